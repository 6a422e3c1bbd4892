"""indexes for the query filters (was migration 2 of the old chitieu_migrations runner)

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_targets_indicator_year", "targets", ["indicator_id", "year"])
    op.create_index("ix_documents_jurisdiction_year", "documents", ["jurisdiction_key", "year"])

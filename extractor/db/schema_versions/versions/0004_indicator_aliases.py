"""indicator aliases confirmed by staff (`chitieu db link`)

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade():
    # No foreign key to targets, whose row ids change on re-ingest: an alias keys on the
    # normalised indicator text (identity.normal_key), so it holds for every later document
    # that words the indicator the same way.
    op.create_table(
        "indicator_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("indicator_key", sa.Text, nullable=False, unique=True),
        # an official id, or "~" + the normalised key of the wording it is the same as
        sa.Column("identity", sa.Text, nullable=False),
        sa.Column("indicator_text", sa.Text, nullable=False),  # the wording linked, for people
        sa.Column("same_as_text", sa.Text, nullable=False),  # the wording it was linked to
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade():
    op.drop_table("indicator_aliases")

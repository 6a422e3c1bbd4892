"""documents and targets (was migration 1 of the old chitieu_migrations runner)

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("path", sa.Text, nullable=False, unique=True),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("pages", sa.Integer),
        sa.Column("ocr", sa.Boolean, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("decision_number", sa.Text),
        sa.Column("decision_type", sa.Text),
        sa.Column("decision_date", sa.Date),
        sa.Column("decision_issuer", sa.Text),
        sa.Column("decision_signer", sa.Text),
        sa.Column("jurisdiction_name", sa.Text),
        sa.Column("jurisdiction_key", sa.Text),
        sa.Column("jurisdiction_level", sa.String(16)),
        sa.Column("year", sa.Integer),
        sa.Column("document", sa.JSON, nullable=False),
    )
    op.create_table(
        "targets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("indicator_id", sa.String(64)),
        sa.Column("indicator_text", sa.Text, nullable=False),
        sa.Column("level", sa.String(16)),
        sa.Column("operator", sa.String(2), nullable=False),
        sa.Column("value_num", sa.Float),
        sa.Column("value_text", sa.Text),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("noun", sa.Text),
        sa.Column("threshold_text", sa.Text, nullable=False),
        sa.Column("year", sa.Integer),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("scope", sa.Text),
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("evidence_page", sa.Integer),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.UniqueConstraint("document_id", "ordinal", name="uq_targets_document_ordinal"),
    )

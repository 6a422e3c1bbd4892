"""review: document texts, corrections, row review state, document reviews, users

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade():
    from extractor.db.rows import search_key

    with op.batch_alter_table("targets") as batch:
        batch.add_column(sa.Column("origin", sa.String(9), nullable=False, server_default="extracted"))
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("search_key", sa.Text))
    conn = op.get_bind()
    docs = sa.table("documents", sa.column("id"), sa.column("decision_number"), sa.column("title"), sa.column("path"),
                    sa.column("search_key"))
    for row in conn.execute(sa.select(docs.c.id, docs.c.decision_number, docs.c.title, docs.c.path)).all():
        conn.execute(docs.update().where(docs.c.id == row.id).values(
            search_key=search_key(row.decision_number, row.title, row.path)))
    op.create_table(
        "document_texts",
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("page_starts", sa.JSON),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_path", sa.Text, nullable=False),
        sa.Column("document_sha256", sa.String(64), nullable=False),
        sa.Column("target_id", sa.Integer, sa.ForeignKey("targets.id", ondelete="SET NULL")),
        sa.Column("added_by", sa.Integer, sa.ForeignKey("corrections.id", ondelete="SET NULL")),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("action", sa.String(6), nullable=False),
        sa.Column("field", sa.String(16)),
        sa.Column("old_value", sa.JSON),
        sa.Column("new_value", sa.JSON),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("unmatched", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_corrections_document", "corrections", ["document_path"])
    op.create_table(
        "row_reviews",
        sa.Column("target_id", sa.Integer, sa.ForeignKey("targets.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("status", sa.String(9), nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("reviewed_at", sa.DateTime, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("indicator_id", sa.String(64)),
        sa.Column("indicator_text", sa.Text, nullable=False),
        sa.Column("level", sa.String(16)),
        sa.Column("operator", sa.String(2), nullable=False),
        sa.Column("value_num", sa.Float),
        sa.Column("value_text", sa.Text),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("year", sa.Integer),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("scope", sa.Text),
    )
    op.create_table(
        "document_reviews",
        sa.Column("document_path", sa.Text, primary_key=True),
        sa.Column("document_sha256", sa.String(64), nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("reviewed_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )

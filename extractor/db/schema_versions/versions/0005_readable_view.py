"""a view with readable column names, for people browsing the database (datasette, sqlite3)

Revision ID: 0005
Revises: 0004
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Written out here, not built from the application's query, so that this revision stays as
# it was released. Reviewed values win over extracted ones; rejected rows are left out.
REVIEWED = ["indicator_id", "indicator_text", "level", "operator", "value_num", "value_text", "unit", "year",
            "kind", "scope"]


def _pick(column: str) -> str:
    return f"CASE WHEN r.target_id IS NOT NULL THEN r.{column} ELSE t.{column} END"


def upgrade():
    pick = {c: _pick(c) for c in REVIEWED}
    op.execute(f"""
        CREATE VIEW targets_readable AS
        SELECT t.id AS row_id,
               d.jurisdiction_name AS jurisdiction,
               COALESCE({pick["year"]}, d.year) AS year,
               {pick["level"]} AS level,
               {pick["indicator_text"]} AS indicator,
               {pick["indicator_id"]} AS indicator_id,
               {pick["operator"]} AS operator,
               {pick["value_num"]} AS value,
               {pick["value_text"]} AS grade,
               {pick["unit"]} AS unit,
               {pick["kind"]} AS kind,
               {pick["scope"]} AS scope,
               COALESCE(r.status, 'extracted') AS status,
               r.reviewer AS reviewer,
               d.decision_number AS decision_number,
               d.title AS document_title,
               d.path AS document,
               t.evidence_text AS evidence,
               t.evidence_page AS page
        FROM targets t
        JOIN documents d ON d.id = t.document_id
        LEFT JOIN row_reviews r ON r.target_id = t.id
        WHERE COALESCE(r.status, 'extracted') <> 'rejected'
    """)


def downgrade():
    op.execute("DROP VIEW targets_readable")

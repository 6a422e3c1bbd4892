"""The tables as the latest Alembic revision leaves them; queries import these.

A test (test_review_db.py) upgrades an empty database through every revision and
compares it with this metadata, so the two cannot drift.
"""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

documents = sa.Table(
    "documents", metadata,
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
    # casefolded name: SQLite's lower() only folds ASCII, so "ĐỒNG NAI" needs this
    sa.Column("jurisdiction_key", sa.Text),
    sa.Column("jurisdiction_level", sa.String(16)),
    sa.Column("year", sa.Integer),
    # the catalogue document as ingested, so `db export --format json` gives a valid catalogue
    sa.Column("document", sa.JSON, nullable=False),
    # decision number, title and path folded (lower case, no accents: "đồng nai" = "dong nai"),
    # for the web app's search: neither SQLite's nor PostgreSQL's lower() folds Đ or Ồ
    sa.Column("search_key", sa.Text),
    sa.Index("ix_documents_jurisdiction_year", "jurisdiction_key", "year"),
)

targets = sa.Table(
    "targets", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("ordinal", sa.Integer, nullable=False),  # position in the document's targets list
    sa.Column("indicator_id", sa.String(64)),
    sa.Column("indicator_text", sa.Text, nullable=False),
    sa.Column("level", sa.String(16)),
    sa.Column("operator", sa.String(2), nullable=False),
    sa.Column("value_num", sa.Float),  # numeric thresholds
    sa.Column("value_text", sa.Text),  # grade words (Khá, Tốt...)
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
    # extracted: from the extraction; added: a row a reviewer added (re-made from its
    # correction after every re-extraction)
    sa.Column("origin", sa.String(9), nullable=False, server_default="extracted"),
    sa.UniqueConstraint("document_id", "ordinal", name="uq_targets_document_ordinal"),
    sa.Index("ix_targets_indicator_year", "indicator_id", "year"),
)

# The text the evidence offsets point into, kept so the review page can show it.
document_texts = sa.Table(
    "document_texts", metadata,
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("page_starts", sa.JSON),
)

# Every reviewer decision, in order: the source of truth for reviews. Kept by document
# (path and sha256) and evidence span, never by target id alone, so a re-extraction
# re-attaches them; one that no longer matches is flagged `unmatched`, never deleted.
corrections = sa.Table(
    "corrections", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_path", sa.Text, nullable=False),
    sa.Column("document_sha256", sa.String(64), nullable=False),
    sa.Column("target_id", sa.Integer, sa.ForeignKey("targets.id", ondelete="SET NULL")),
    # the correction that added the row this one changes (corrections of added rows)
    sa.Column("added_by", sa.Integer, sa.ForeignKey("corrections.id", ondelete="SET NULL")),
    sa.Column("evidence_start", sa.Integer, nullable=False),
    sa.Column("evidence_end", sa.Integer, nullable=False),
    sa.Column("evidence_text", sa.Text, nullable=False),
    sa.Column("action", sa.String(6), nullable=False),  # accept / reject / edit / add
    sa.Column("field", sa.String(16)),
    sa.Column("old_value", sa.JSON),
    sa.Column("new_value", sa.JSON),
    sa.Column("reviewer", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("unmatched", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index("ix_corrections_document", "document_path"),
)

# The current review state of a row: its reviewed values (a full copy), status and
# version (optimistic locking). Derived from `corrections`; rebuilt on re-extraction.
row_reviews = sa.Table(
    "row_reviews", metadata,
    sa.Column("target_id", sa.Integer, sa.ForeignKey("targets.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("status", sa.String(9), nullable=False),  # accepted / edited / rejected / added
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

# A document a reviewer marked as reviewed; by path and content, so a new version of
# the file is not taken as reviewed.
document_reviews = sa.Table(
    "document_reviews", metadata,
    sa.Column("document_path", sa.Text, primary_key=True),
    sa.Column("document_sha256", sa.String(64), nullable=False),
    sa.Column("reviewer", sa.Text, nullable=False),
    sa.Column("reviewed_at", sa.DateTime, nullable=False),
)

# Accounts for `chitieu serve` on a host other than 127.0.0.1.
users = sa.Table(
    "users", metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("role", sa.String(8), nullable=False),  # reviewer / viewer
    sa.Column("created_at", sa.DateTime, nullable=False),
)

# Links staff confirmed between two wordings (`chitieu db link`), by normalised wording.
indicator_aliases = sa.Table(
    "indicator_aliases", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("indicator_key", sa.Text, nullable=False, unique=True),
    sa.Column("identity", sa.Text, nullable=False),
    sa.Column("indicator_text", sa.Text, nullable=False),
    sa.Column("same_as_text", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

# Fields a reviewer may change (the row's values, not its evidence).
EDITABLE = ["indicator_text", "indicator_id", "level", "operator", "value", "unit", "year", "kind", "scope"]

"""The target database: one storage layer (SQLAlchemy Core) over SQLite or PostgreSQL.

engine     open a database from --db / CHITIEU_DB, with the locking each backend needs
migrations Alembic, run programmatically: every command upgrades the database it opens
           (revisions in schema_versions/versions/; pre-Alembic databases stamped, then upgraded)
schema     the tables as the latest revision leaves them (what queries use)
ingest     put documents into the database, one transaction per document
rows       the flat target row shared by query, export, compare and check
query      filters and exports (table, CSV, XLSX, catalogue JSON), all of the reviewed rows
corrections reviewers' decisions, kept apart from extraction and re-attached after re-ingest
reviewed   the reviewed view: one select every output reads
gold       reviewed documents as gold annotations
texts      the document text the evidence offsets point into (for the review page)
"""

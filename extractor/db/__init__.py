"""The target database: one storage layer (SQLAlchemy Core) over SQLite or PostgreSQL.

engine     open a database from --db / CHITIEU_DB, with the locking each backend needs
migrations numbered schema migrations, applied in order, recorded in chitieu_migrations
schema     the tables as the latest migration leaves them (what queries use)
ingest     put documents into the database, one transaction per document
rows       the flat target row shared by query, export, compare and check
query      filters and exports (table, CSV, XLSX, catalogue JSON)
"""

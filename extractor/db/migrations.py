"""Numbered schema migrations, applied in order and recorded in chitieu_migrations.

Like the `llm` tool: each migration runs once per database, in number order, and the
table records which ones ran. A migration declares its tables and indexes on a
MetaData and creates them; replaying every migration on an empty MetaData (conn=None)
gives the current schema, which schema.py exposes to the queries, so the two cannot
drift. Never edit a released migration: add the next number.
"""
from __future__ import annotations

import datetime as dt
import zlib

import sqlalchemy as sa

MIGRATIONS_TABLE = "chitieu_migrations"
# Key of the PostgreSQL advisory lock that makes concurrent migrators queue.
_PG_LOCK_KEY = zlib.crc32(b"chitieu-migrations")

MIGRATIONS = []


def migration(number: int, name: str):
    def register(fn):
        assert not MIGRATIONS or MIGRATIONS[-1][0] == number - 1, "migrations must be numbered 1, 2, 3..."
        MIGRATIONS.append((number, name, fn))
        return fn

    return register


def _create(conn, *items):
    if conn is not None:
        for item in items:
            item.create(conn)


@migration(1, "documents and targets")
def _m001(conn, md: sa.MetaData):
    documents = sa.Table(
        "documents", md,
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
    )
    targets = sa.Table(
        "targets", md,
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
        sa.UniqueConstraint("document_id", "ordinal", name="uq_targets_document_ordinal"),
    )
    _create(conn, documents, targets)


@migration(2, "indexes for the query filters")
def _m002(conn, md: sa.MetaData):
    t, d = md.tables["targets"], md.tables["documents"]
    _create(
        conn,
        sa.Index("ix_targets_indicator_year", t.c.indicator_id, t.c.year),
        sa.Index("ix_documents_jurisdiction_year", d.c.jurisdiction_key, d.c.year),
    )


@migration(3, "indicator aliases confirmed by staff")
def _m003(conn, md: sa.MetaData):
    # Self-contained: no foreign key to targets, whose row ids change when a document is
    # re-ingested; an alias keys on the normalised indicator text (identity.normal_key), so it
    # holds for every later document that words the indicator the same way.
    aliases = sa.Table(
        "indicator_aliases", md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("indicator_key", sa.Text, nullable=False, unique=True),
        # an official id, or "~" + the normalised key of the wording it is the same as
        sa.Column("identity", sa.Text, nullable=False),
        sa.Column("indicator_text", sa.Text, nullable=False),  # the wording linked, for people
        sa.Column("same_as_text", sa.Text, nullable=False),  # the wording it was linked to
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    _create(conn, aliases)


def current_metadata() -> sa.MetaData:
    md = sa.MetaData()
    for _number, _name, fn in MIGRATIONS:
        fn(None, md)
    return md


def _migrations_table(md: sa.MetaData) -> sa.Table:
    return sa.Table(
        MIGRATIONS_TABLE, md,
        sa.Column("number", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("applied_at", sa.DateTime, nullable=False),
    )


def applied(conn) -> list[int]:
    table = _migrations_table(sa.MetaData())
    if not sa.inspect(conn).has_table(MIGRATIONS_TABLE):
        return []
    return [r.number for r in conn.execute(sa.select(table.c.number).order_by(table.c.number))]


def migrate(engine: sa.Engine) -> list[int]:
    """Apply pending migrations in one transaction; returns the numbers applied.

    Two processes opening a new database at once queue on a lock (SQLite: BEGIN
    IMMEDIATE from the engine; PostgreSQL: an advisory lock) so only one creates tables.
    """
    from .engine import guard

    with guard(engine), engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_PG_LOCK_KEY)))
        track = sa.MetaData()
        table = _migrations_table(track)
        track.create_all(conn, checkfirst=True)
        done = set(applied(conn))
        unknown = done - {n for n, _, _ in MIGRATIONS}
        if unknown:
            from .engine import DatabaseError

            raise DatabaseError(f"database has migration {max(unknown)}, newer than this chitieu: upgrade chitieu")
        md, ran = sa.MetaData(), []
        for number, name, fn in MIGRATIONS:
            fn(conn if number not in done else None, md)
            if number not in done:
                conn.execute(table.insert().values(number=number, name=name, applied_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)))
                ran.append(number)
        return ran

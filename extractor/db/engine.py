"""Open the database named by --db: a SQLite file path or a postgresql:// URL."""
from __future__ import annotations

import contextlib
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event

from ..errors import ChitieuError

DEFAULT_DB = "chitieu.db"
BUSY_TIMEOUT_S = 60  # a second ingest waits this long for the first one's write lock


class DatabaseError(ChitieuError):
    """The database cannot be opened or used; the message is one line."""


def url_for(db: str) -> sa.engine.URL:
    """A path becomes a SQLite URL; postgres URLs get the psycopg 3 driver."""
    if "://" not in db:
        return sa.engine.URL.create("sqlite", database=str(Path(db).expanduser().resolve()))
    try:
        url = sa.engine.make_url(db)
    except sa.exc.ArgumentError:
        raise DatabaseError(f"not a database URL: {db}") from None
    if url.drivername in ("postgres", "postgresql"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(f"unsupported database {url.get_backend_name()!r}: use a file path or postgresql://")
    return url


def open_engine(db: str | None = None, must_exist: bool = False) -> sa.Engine:
    """must_exist: for commands that only read, a missing SQLite file is an error
    rather than a new empty database."""
    url = url_for(db or DEFAULT_DB)
    if url.get_backend_name() == "sqlite":
        if must_exist and url.database and not Path(url.database).is_file():
            raise DatabaseError(f"no database at {db or DEFAULT_DB}: run `chitieu db ingest` first, or give --db")
        return _sqlite_engine(url)
    return sa.create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: sa.engine.URL) -> sa.Engine:
    if url.database and url.database != ":memory:" and not Path(url.database).parent.is_dir():
        raise DatabaseError(f"cannot create {url.database}: folder does not exist")
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    # pysqlite's own transaction handling defers BEGIN and cannot take the write lock
    # up front; we issue BEGIN ourselves (SQLAlchemy's documented recipe) so that a
    # writer takes the lock before it reads, and two ingests queue instead of failing.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        _use_wal(cur)  # readers never block the writer
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = "DEFERRED" if conn.get_execution_options().get("chitieu_readonly") else "IMMEDIATE"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _use_wal(cur):
    """Switch to WAL once. The switch needs the database to itself and SQLite does not wait
    on its busy handler for it, so two processes opening a new database at the same moment
    retry here instead of failing."""
    import sqlite3
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def describe(engine: sa.Engine) -> str:
    """The database for messages, without a password."""
    return engine.url.render_as_string(hide_password=True)


@contextlib.contextmanager
def reading(engine: sa.Engine):
    """A connection for queries: no write lock on SQLite."""
    with guard(engine), engine.connect() as conn:
        yield conn.execution_options(chitieu_readonly=True)


@contextlib.contextmanager
def guard(engine: sa.Engine):
    """Turn driver errors into one-line DatabaseErrors."""
    try:
        yield
    except sa.exc.DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc).splitlines()[0]
        raise DatabaseError(f"{describe(engine)}: {reason}") from exc

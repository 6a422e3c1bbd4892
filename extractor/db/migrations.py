"""Schema changes through Alembic, run programmatically when a command opens a database.

The revisions live in the package (extractor/db/schema_versions/versions/, one file per
change, numbered 0001, 0002...), so an installed chitieu upgrades any database it opens.
A database made before Alembic records the migrations it ran in `chitieu_migrations`
(numbers 1, 2); it is stamped at the matching revision, then upgraded in place.
Never edit a released revision: add the next number.
"""
from __future__ import annotations

import functools
import zlib
from pathlib import Path

import sqlalchemy as sa

LEGACY_TABLE = "chitieu_migrations"
# old runner's migration number -> the Alembic revision that does the same
LEGACY_REVISIONS = {1: "0001", 2: "0002"}
SCRIPTS = Path(__file__).resolve().parent / "schema_versions"
# Key of the PostgreSQL advisory lock that makes concurrent migrators queue.
_PG_LOCK_KEY = zlib.crc32(b"chitieu-migrations")


def _config(conn=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    cfg.attributes["connection"] = conn
    return cfg


@functools.lru_cache(maxsize=1)
def _script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def revisions() -> list[str]:
    """Every revision, oldest first."""
    return [s.revision for s in reversed(list(_script().walk_revisions()))]


def head() -> str:
    return _script().get_current_head()


def _current(conn) -> str | None:
    from alembic.runtime.migration import MigrationContext

    heads = MigrationContext.configure(conn).get_current_heads()
    return heads[0] if heads else None


def applied(conn) -> list[str]:
    """The revisions this database has, oldest first."""
    current, known = _current(conn), revisions()
    if current is None:
        return []
    return known[: known.index(current) + 1] if current in known else [current]


def _legacy_revision(conn) -> str | None:
    if not sa.inspect(conn).has_table(LEGACY_TABLE):
        return None
    numbers = [r[0] for r in conn.execute(sa.text(f"SELECT number FROM {LEGACY_TABLE} ORDER BY number"))]
    if not numbers:
        return None
    unknown = [n for n in numbers if n not in LEGACY_REVISIONS]
    if unknown:
        from .engine import DatabaseError

        raise DatabaseError(f"database has migration {max(unknown)}, newer than this chitieu: upgrade chitieu")
    return LEGACY_REVISIONS[max(numbers)]


def migrate(engine: sa.Engine) -> list[str]:
    """Bring the database to the latest revision in one transaction; returns the
    revisions applied.

    Two processes opening a new database at once queue on a lock (SQLite: BEGIN
    IMMEDIATE from the engine; PostgreSQL: an advisory lock) so only one creates tables.
    """
    from alembic import command

    from .engine import DatabaseError, guard

    with guard(engine), engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_PG_LOCK_KEY)))
        current = _current(conn)
        known = revisions()
        if current is not None and current not in known:
            raise DatabaseError(f"database has revision {current}, newer than this chitieu: upgrade chitieu")
        if current == head():
            return []
        cfg = _config(conn)
        if current is None:
            current = _legacy_revision(conn)
            if current is not None:
                command.stamp(cfg, current)
        done = known.index(current) + 1 if current else 0
        command.upgrade(cfg, "head")
        return known[done:]

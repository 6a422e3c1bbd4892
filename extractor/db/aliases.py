"""Indicator aliases: links staff confirmed ("this row is the same indicator as that one").

An alias maps the normalised key of one wording (identity.normal_key) to the identity of the
row it was linked to: that row's own alias, else its official id, else "~" + its key. Aliases
live in their own table, which ingest never touches, so they hold across `db ingest --force`
and apply to every later document that words the indicator the same way.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from .. import identity as ident
from .. import patterns as pattern_store
from ..errors import ChitieuError
from . import schema
from .engine import guard


def load(conn) -> dict[str, str]:
    """normalised key -> identity, for compare."""
    a = schema.indicator_aliases
    return {r.indicator_key: r.identity for r in conn.execute(sa.select(a.c.indicator_key, a.c.identity))}


def _target(conn, row_id: int):
    t = schema.targets
    row = conn.execute(sa.select(t.c.id, t.c.indicator_text, t.c.indicator_id).where(t.c.id == row_id)).first()
    if row is None:
        raise ChitieuError(f"no target row {row_id} (row ids are shown by `chitieu db query`)")
    return row


def link(engine: sa.Engine, row_id: int, same_as: int | None = None, official_id: str | None = None) -> dict:
    """Make ROW_ID's wording the same indicator as row SAME_AS's, or give it OFFICIAL_ID (an id
    of patterns/indicators.yaml: a corrected id); returns what was stored."""
    a = schema.indicator_aliases
    if (same_as is None) == (official_id is None):
        raise ChitieuError("give either the row it is the same as or an official id")
    with guard(engine), engine.begin() as conn:
        row = _target(conn, row_id)
        aliases = load(conn)
        row_key = ident.normal_key(row.indicator_text)
        if not row_key:
            raise ChitieuError(f"row {row_id}: its indicator text has no words to key on")
        if official_id is not None:
            known = {e["id"]: e["name"] for e in pattern_store.default().indicators}
            if official_id not in known:
                raise ChitieuError(f"unknown indicator id {official_id!r} (ids are listed in patterns/indicators.yaml)")
            target_identity, other_text = official_id, known[official_id]
        else:
            other = _target(conn, same_as)
            target_identity = ident.identity(other.indicator_text, other.indicator_id, aliases)
            other_text = other.indicator_text
        old_identity = ident.identity(row.indicator_text, row.indicator_id, aliases)
        if target_identity == old_identity:
            return {"indicator_key": row_key, "identity": target_identity, "changed": False}
        conn.execute(a.delete().where(a.c.indicator_key == row_key))
        conn.execute(a.insert().values(
            indicator_key=row_key, identity=target_identity, indicator_text=row.indicator_text,
            same_as_text=other_text, created_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
        ))
        # wordings linked earlier to this row's old key follow it
        if not ident.is_official(old_identity):
            conn.execute(a.update().where(a.c.identity == old_identity).values(identity=target_identity))
        return {"indicator_key": row_key, "identity": target_identity, "changed": True}

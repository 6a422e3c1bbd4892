"""Reviewer corrections: kept apart from extraction, re-attached after every re-extraction.

`corrections` is an append-only log (who, when, which row, which field, from what, to
what, action accept / reject / edit / add). A row's current review state is kept in
`row_reviews` (its reviewed values, status, reviewer and a version for optimistic
locking). Corrections point at their row by document (path, sha256) and evidence span
(start, end, text) plus the values the extraction gave the row, so `db ingest --force`
replays them onto the new extraction (`reattach`); one whose row is gone is flagged
`unmatched` and listed for the reviewer, never dropped.
"""
from __future__ import annotations

import datetime as dt
import re

import sqlalchemy as sa

from ..errors import ChitieuError
from ..patterns import LEVELS
from . import schema
from .rows import STATUSES  # noqa: F401  (extracted / accepted / edited / rejected / added)

OPERATORS = (">=", ">", "<=", "<", "=")
UNITS = ("percent", "count", "day", "rank", "grade", "point")
KINDS = ("target", "result")
ACTIONS = ("accept", "reject", "edit", "add")
# the values of a row, as columns of targets / row_reviews
VALUE_COLUMNS = ["indicator_text", "indicator_id", "level", "operator", "value_num", "value_text", "unit",
                 "year", "kind", "scope"]
KEY_FIELDS = ["indicator_text", "level", "operator", "value_num", "value_text", "unit", "year", "kind", "scope"]


class ReviewError(ChitieuError):
    """A correction that cannot be made (bad value, unknown row); the message is one line."""


class Conflict(ReviewError):
    """Someone else changed the row since it was shown: nothing was written."""


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")


def parse_value(raw) -> float | str:
    """"80" -> 80.0, "2,5" -> 2.5, "1.000" -> 1000.0, "80%" -> 80.0; a word is a grade ("Khá")."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return float(raw)
    text = str(raw or "").strip().rstrip("%").strip()
    if not text:
        raise ReviewError("value is empty")
    number = text.replace(".", "").replace(",", ".") if _THOUSANDS.match(text) else text.replace(",", ".")
    try:
        return float(number)
    except ValueError:
        return text


def parse_field(field: str, raw) -> dict:
    """One editable field from a form or --set: the column values it sets."""
    blank = raw is None or (isinstance(raw, str) and not raw.strip())
    text = None if blank else str(raw).strip()
    if field == "value":
        value = parse_value(raw)
        return {"value_num": value, "value_text": None} if isinstance(value, float) else {"value_num": None, "value_text": value}
    if field == "indicator_text" or field == "indicator":
        if text is None:
            raise ReviewError("indicator is empty")
        return {"indicator_text": text}
    if field in ("indicator_id", "canonical_id"):
        if text is not None and not re.fullmatch(r"[a-z0-9_]+", text):
            raise ReviewError(f"canonical id {text!r}: use lower-case letters, digits and _")
        return {"indicator_id": text}
    if field == "level":
        if text is not None and text not in LEVELS:
            raise ReviewError(f"level {text!r}: use one of {', '.join(LEVELS)} or empty")
        return {"level": text}
    if field == "operator":
        text = {"≥": ">=", "≤": "<="}.get(text, text)
        if text not in OPERATORS:
            raise ReviewError(f"operator {text!r}: use one of {' '.join(OPERATORS)}")
        return {"operator": text}
    if field == "unit":
        if text not in UNITS:
            raise ReviewError(f"unit {text!r}: use one of {', '.join(UNITS)}")
        return {"unit": text}
    if field == "year":
        if text is None:
            return {"year": None}
        if not text.isdigit() or not 1945 <= int(text) <= 2100:
            raise ReviewError(f"year {text!r}: a year from 1945 to 2100, or empty")
        return {"year": int(text)}
    if field == "kind":
        if text not in KINDS:
            raise ReviewError(f"kind {text!r}: use target or result")
        return {"kind": text}
    if field == "scope":
        return {"scope": text}
    raise ReviewError(f"unknown field {field!r}: use one of {', '.join(schema.EDITABLE)}")


def parse_changes(pairs: dict) -> dict:
    out = {}
    for field, raw in pairs.items():
        out.update(parse_field(field, raw))
    return out


def _field_of(column: str) -> str:
    return "value" if column in ("value_num", "value_text") else column


def _shown(values: dict, field: str):
    if field == "value":
        return values["value_num"] if values["value_num"] is not None else values["value_text"]
    return values[field]


def _target(conn, target_id: int):
    t, d = schema.targets, schema.documents
    row = conn.execute(
        sa.select(t, d.c.path.label("document_path"), d.c.sha256.label("document_sha256"))
        .select_from(t.join(d, t.c.document_id == d.c.id)).where(t.c.id == target_id)
    ).mappings().first()
    if row is None:
        raise ReviewError(f"no row {target_id}")
    return row


def _state(conn, target_id: int):
    r = schema.row_reviews
    return conn.execute(sa.select(r).where(r.c.target_id == target_id)).mappings().first()


def current(conn, target_id: int) -> dict:
    """A row's values as reviewed so far, with its status and version (0: never reviewed)."""
    target, state = _target(conn, target_id), _state(conn, target_id)
    source = state if state is not None else target
    out = {c: source[c] for c in VALUE_COLUMNS}
    out.update(status=state["status"] if state else "extracted", version=state["version"] if state else 0,
               reviewer=state["reviewer"] if state else None, origin=target["origin"])
    return out


def _status(action: str, origin: str, values: dict, target) -> str:
    if action == "reject":
        return "rejected"
    if origin == "added":
        return "added"
    return "edited" if any(values[c] != target[c] for c in VALUE_COLUMNS) else "accepted"


def _write_state(conn, target, action, changes, reviewer, at, expected_version=None) -> dict:
    """Update row_reviews for one decision; raises Conflict if the version moved."""
    r = schema.row_reviews
    state = _state(conn, target["id"])
    version = state["version"] if state else 0
    if expected_version is not None and expected_version != version:
        raise Conflict(f"row {target['id']} was changed by {state['reviewer'] if state else 'someone'} "
                       f"since you opened it (version {version}, yours {expected_version}): reload and try again")
    values = {c: (state if state else target)[c] for c in VALUE_COLUMNS}
    values.update(changes)
    status = _status(action, target["origin"], values, target)
    row = dict(values, status=status, reviewer=reviewer, reviewed_at=at, version=version + 1)
    if state is None:
        try:
            with conn.begin_nested():
                conn.execute(r.insert().values(target_id=target["id"], **row))
        except sa.exc.IntegrityError:
            raise Conflict(f"row {target['id']} was reviewed by someone else at the same moment: reload and try again") from None
    else:
        done = conn.execute(r.update().where(r.c.target_id == target["id"], r.c.version == version).values(**row))
        if done.rowcount != 1:
            raise Conflict(f"row {target['id']} was changed by someone else at the same moment: reload and try again")
    return row


def _span_rank(conn, target) -> int:
    """Which of the rows sharing this evidence span it is (one sentence can give several)."""
    t = schema.targets
    return conn.execute(sa.select(sa.func.count()).where(
        t.c.document_id == target["document_id"], t.c.evidence_start == target["evidence_start"],
        t.c.evidence_end == target["evidence_end"], t.c.ordinal < target["ordinal"], t.c.origin == target["origin"],
    )).scalar()


def _log(conn, target, action, reviewer, at, field=None, old=None, new=None, added_by=None):
    c = schema.corrections
    key = {k: target[k] for k in KEY_FIELDS}
    key["span_rank"] = _span_rank(conn, target)
    return conn.execute(c.insert().values(
        document_path=target["document_path"], document_sha256=target["document_sha256"], target_id=target["id"],
        added_by=added_by, evidence_start=target["evidence_start"], evidence_end=target["evidence_end"],
        evidence_text=target["evidence_text"], action=action, field=field,
        old_value={"value": old, "row": key}, new_value={"value": new}, reviewer=reviewer, created_at=at,
    ).returning(c.c.id)).scalar()


def _added_by(conn, target_id: int) -> int | None:
    c = schema.corrections
    return conn.execute(sa.select(c.c.id).where(c.c.target_id == target_id, c.c.action == "add")).scalar()


def review(conn, target_id: int, action: str, changes: dict | None = None, reviewer: str = "local",
           version: int | None = None) -> dict:
    """Accept, reject or edit one row (changes: column values from parse_changes), in the
    caller's transaction. With `version`, refuses (Conflict) if the row moved since then."""
    if action not in ("accept", "reject", "edit"):
        raise ReviewError(f"unknown action {action!r}")
    target = _target(conn, target_id)
    before = current(conn, target_id)
    changes = {k: v for k, v in (changes or {}).items() if before[k] != v}
    if action == "edit" and not changes:
        action = "accept"
    at = now()
    row = _write_state(conn, target, action, changes if action == "edit" else {}, reviewer, at, version)
    added_by = _added_by(conn, target_id) if target["origin"] == "added" else None
    if action == "edit":
        for field in dict.fromkeys(_field_of(c) for c in changes):
            _log(conn, target, "edit", reviewer, at, field, _shown(before, field), _shown(row, field), added_by)
    else:
        _log(conn, target, action, reviewer, at, added_by=added_by)
    return row


def _text(conn, document_id: int):
    dt_ = schema.document_texts
    return conn.execute(sa.select(dt_.c.text, dt_.c.page_starts).where(dt_.c.document_id == document_id)).first()


def _page_of(offset: int, page_starts) -> int | None:
    if not page_starts:
        return None
    return sum(1 for s in page_starts if s <= offset) or 1


def _insert_added(conn, document_id, start, end, evidence, values, page_starts) -> int:
    t = schema.targets
    ordinal = conn.execute(sa.select(sa.func.coalesce(sa.func.max(t.c.ordinal), -1) + 1)
                           .where(t.c.document_id == document_id)).scalar()
    return conn.execute(t.insert().values(
        document_id=document_id, ordinal=ordinal, origin="added", noun=None, threshold_text=evidence,
        evidence_text=evidence, evidence_page=_page_of(start, page_starts), evidence_start=start,
        evidence_end=end, confidence=1.0, **{c: values.get(c) for c in VALUE_COLUMNS},
    ).returning(t.c.id)).scalar()


def add(conn, document_id: int, start: int, end: int, fields: dict, reviewer: str = "local") -> int:
    """A row the extraction missed, its evidence the text from start to end; returns its id."""
    found = _text(conn, document_id)
    if found is None:
        raise ReviewError("this document's text is not in the database: re-ingest it to add rows")
    text, page_starts = found
    if not (0 <= start < end <= len(text)):
        raise ReviewError(f"evidence {start}-{end} is outside the text (0-{len(text)})")
    values = {"indicator_id": None, "level": None, "operator": ">=", "year": None, "kind": "target", "scope": None}
    values.update(parse_changes({k: v for k, v in fields.items() if k != "value"}))
    values.update(parse_field("value", fields.get("value")))
    for need in ("indicator_text", "unit"):
        if not values.get(need):
            raise ReviewError(f"{need.replace('_text', '')} is needed to add a row")
    evidence = text[start:end]
    target_id = _insert_added(conn, document_id, start, end, evidence, values, page_starts)
    target, at = _target(conn, target_id), now()
    _write_state(conn, target, "add", {}, reviewer, at)
    stored = {c: values[c] for c in VALUE_COLUMNS}
    _log(conn, target, "add", reviewer, at, new=stored)
    return target_id


def mark_document(conn, document_id: int, reviewer: str = "local") -> None:
    d, dr = schema.documents, schema.document_reviews
    doc = conn.execute(sa.select(d.c.path, d.c.sha256).where(d.c.id == document_id)).first()
    if doc is None:
        raise ReviewError(f"no document {document_id}")
    conn.execute(dr.delete().where(dr.c.document_path == doc.path))
    conn.execute(dr.insert().values(document_path=doc.path, document_sha256=doc.sha256, reviewer=reviewer,
                                    reviewed_at=now()))


# ---- re-attaching after a new extraction -------------------------------------------------

def _relocate(c, text):
    """The correction's evidence span in the new text: the same offsets, else the same
    words found once elsewhere (the text moved), else None."""
    if text is None:
        return c.evidence_start, c.evidence_end
    if text[c.evidence_start:c.evidence_end] == c.evidence_text:
        return c.evidence_start, c.evidence_end
    at = text.find(c.evidence_text)
    if at >= 0 and text.find(c.evidence_text, at + 1) < 0:
        return at, at + len(c.evidence_text)
    return None


def _match(conn, document_id, c, span):
    """The extracted row a correction was made on: same evidence span, then the row whose
    extracted values agree most with those the correction recorded."""
    t = schema.targets
    rows = conn.execute(sa.select(t).where(
        t.c.document_id == document_id, t.c.origin == "extracted",
        t.c.evidence_start == span[0], t.c.evidence_end == span[1]).order_by(t.c.ordinal)).mappings().all()
    key = (c.old_value or {}).get("row") or {}
    if not rows:
        return None

    def score(pair):
        rank, row = pair
        same = sum(row[k] == key.get(k) for k in KEY_FIELDS)
        return (same, -abs(rank - key.get("span_rank", 0)))

    rank, best = max(enumerate(rows), key=score)
    # the value and unit identify a figure: a row with other ones is another target
    if key and (best["value_num"], best["value_text"], best["unit"]) != (key.get("value_num"), key.get("value_text"), key.get("unit")):
        return None
    return best["id"]


def reattach(conn, document_id: int) -> dict:
    """Replay every correction of this document (same path or content) onto its rows as
    now extracted, in the order they were made. Returns counts attached / unmatched."""
    c, d = schema.corrections, schema.documents
    doc = conn.execute(sa.select(d.c.path, d.c.sha256).where(d.c.id == document_id)).first()
    log = conn.execute(sa.select(c).where(sa.or_(c.c.document_path == doc.path, c.c.document_sha256 == doc.sha256))
                       .order_by(c.c.id)).all()
    if not log:
        return {"attached": 0, "unmatched": 0}
    found = _text(conn, document_id)
    text, page_starts = (found.text, found.page_starts) if found else (None, None)
    added: dict[int, int] = {}
    counts = {"attached": 0, "unmatched": 0}
    for corr in log:
        target_id = None
        span = _relocate(corr, text)
        if corr.action == "add":
            if span is not None:
                values = corr.new_value["value"]
                target_id = _insert_added(conn, document_id, span[0], span[1], corr.evidence_text, values, page_starts)
                target = _target(conn, target_id)
                _write_state(conn, target, "add", {}, corr.reviewer, corr.created_at)
                added[corr.id] = target_id
        elif corr.added_by is not None:
            target_id = added.get(corr.added_by)
        elif span is not None:
            target_id = _match(conn, document_id, corr, span)
        if target_id is not None and corr.action != "add":
            changes = parse_field(corr.field, corr.new_value["value"]) if corr.action == "edit" else {}
            _write_state(conn, _target(conn, target_id), corr.action, changes, corr.reviewer, corr.created_at)
        values = {"target_id": target_id, "unmatched": target_id is None, "document_path": doc.path,
                  "document_sha256": doc.sha256}
        if span is not None and target_id is not None:
            values.update(evidence_start=span[0], evidence_end=span[1])
        conn.execute(c.update().where(c.c.id == corr.id).values(**values))
        counts["unmatched" if target_id is None else "attached"] += 1
    return counts


def unmatched(conn, document_path: str | None = None) -> list[dict]:
    """Corrections whose row the latest extraction no longer has: for the reviewer to redo."""
    c = schema.corrections
    stmt = sa.select(c).where(c.c.unmatched.is_(True)).order_by(c.c.id)
    if document_path is not None:
        stmt = stmt.where(c.c.document_path == document_path)
    return [dict(r) for r in conn.execute(stmt).mappings()]


def history(conn, target_id: int) -> list[dict]:
    c = schema.corrections
    return [dict(r) for r in conn.execute(sa.select(c).where(c.c.target_id == target_id).order_by(c.c.id)).mappings()]

"""Read targets back out of the database: filtered rows, tables, CSV/XLSX/JSON exports."""
from __future__ import annotations

import sqlalchemy as sa

from .. import catalogue as cat
from . import schema
from .rows import FIELDS, cut as _cut, loose, search_matches, show_threshold

def _where(stmt, d, t, jurisdiction_keys=None, year=None, level=None, indicator=None, kind=None):
    # a target without its own year belongs to its document's year
    eff_year = sa.func.coalesce(t.c.year, d.c.year)
    if jurisdiction_keys is not None:
        stmt = stmt.where(d.c.jurisdiction_key.in_(jurisdiction_keys))
    if year is not None:
        stmt = stmt.where(eff_year == year)
    if level is not None:
        stmt = stmt.where(t.c.level == level)
    if indicator is not None:
        stmt = stmt.where(t.c.indicator_id == indicator)
    if kind is not None:
        stmt = stmt.where(t.c.kind == kind)
    return stmt


def _jurisdiction_keys(conn, jurisdiction):
    """The stored jurisdiction keys that match a name as typed, diacritics or not ("can
    tho" finds "cần thơ"): the few names are compared here, so SQLite and PostgreSQL
    need no accent-folding function of their own."""
    if jurisdiction is None:
        return None
    d = schema.documents
    stored = conn.execute(sa.select(d.c.jurisdiction_key).distinct()).scalars()
    return [k for k in stored if k is not None and loose(k) == loose(jurisdiction)]


def select_rows(conn, jurisdiction=None, search=None, limit=None, **filters) -> list[dict]:
    """Flat target rows (see rows.FIELDS), ordered by jurisdiction, year, indicator, level;
    SEARCH: words of the indicator (rows.search_matches); LIMIT: at most that many rows."""
    d, t = schema.documents, schema.targets
    eff_year = sa.func.coalesce(t.c.year, d.c.year)
    stmt = sa.select(
        d.c.jurisdiction_name.label("jurisdiction"), d.c.jurisdiction_level, eff_year.label("year"),
        t.c.level, t.c.indicator_id, t.c.indicator_text.label("indicator"), t.c.operator,
        t.c.value_num, t.c.value_text, t.c.unit, t.c.noun, t.c.threshold_text.label("threshold"),
        t.c.kind, t.c.scope, t.c.confidence, d.c.decision_number, d.c.decision_date,
        d.c.path.label("document"), d.c.sha256, d.c.title, d.c.decision_issuer.label("issuer"), t.c.ordinal,
        t.c.evidence_text.label("evidence"), t.c.evidence_page.label("page"),
        t.c.evidence_start.label("start"), t.c.evidence_end.label("end"), t.c.id.label("row_id"),
    ).select_from(t.join(d, t.c.document_id == d.c.id))
    stmt = _where(stmt, d, t, _jurisdiction_keys(conn, jurisdiction), **filters).order_by(
        d.c.jurisdiction_key, eff_year, t.c.indicator_id, t.c.level, d.c.path, t.c.ordinal
    )
    out = []
    for r in conn.execute(stmt).mappings():
        row = dict(r)
        num, text = row.pop("value_num"), row.pop("value_text")
        row["value"] = num if num is not None else text
        if row["decision_date"] is not None:
            row["decision_date"] = row["decision_date"].isoformat()
        # row_id (the target's id, for `db link`) is not an export column: it changes on re-ingest
        row = {**{f: row[f] for f in FIELDS}, "row_id": row["row_id"]}
        if search is None or search_matches(row, search):
            out.append(row)
            if limit is not None and len(out) >= limit:
                break
    return out


def select_catalogue(conn, jurisdiction=None, search=None, **filters) -> dict:
    """A valid catalogue of the stored documents; with filters, only matching targets
    (and only documents that have one)."""
    d, t = schema.documents, schema.targets
    keep: dict[int, set[int]] = {}
    stmt = _where(sa.select(t.c.document_id, t.c.ordinal, t.c.indicator_text, t.c.indicator_id)
                  .select_from(t.join(d, t.c.document_id == d.c.id)), d, t,
                  _jurisdiction_keys(conn, jurisdiction), **filters)
    for doc_id, ordinal, text, ident in conn.execute(stmt):
        if search is None or search_matches({"indicator": text, "indicator_id": ident}, search):
            keep.setdefault(doc_id, set()).add(ordinal)
    filtered = any(v is not None for v in [jurisdiction, search, *filters.values()])
    docs = []
    for doc_id, doc in conn.execute(sa.select(d.c.id, d.c.document).order_by(d.c.path)):
        if filtered and doc_id not in keep:
            continue
        if filtered:
            doc = dict(doc, targets=[x for i, x in enumerate(doc["targets"]) if i in keep[doc_id]])
        docs.append(doc)
    return cat.new_catalogue(docs)


TABLE_COLUMNS = ["row", "jurisdiction", "year", "level", "indicator_id", "indicator", "threshold", "kind", "scope",
                 "decision_number", "document", "evidence"]


def format_table(rows: list[dict]) -> str:
    from pathlib import PurePath

    from tabulate import tabulate

    if not rows:
        return "(no targets match)"
    body = [
        [
            r.get("row_id") or "", _cut(r["jurisdiction"], 20), r["year"] or "", r["level"] or "", r["indicator_id"] or "—",
            _cut(r["indicator"], 40), show_threshold(r["operator"], r["value"], r["unit"], r["noun"]),
            r["kind"], _cut(r["scope"], 20), r["decision_number"] or "", _cut(PurePath(r["document"]).name, 30),
            _cut(r["evidence"], 50),
        ]
        for r in rows
    ]
    return tabulate(body, headers=TABLE_COLUMNS, tablefmt="simple", disable_numparse=True)


EXPORT_FIELDS = [g for f in FIELDS for g in (("value", "grade") if f == "value" else (f,))]


def export_frame(rows: list[dict]):
    """One row per target; `value` is a number column (spreadsheets sum and sort it) and
    a grade ("Khá", "Tốt": the only text values) has its own `grade` column."""
    import pandas as pd

    flat = []
    for r in rows:
        number = isinstance(r["value"], (int, float)) and not isinstance(r["value"], bool)
        flat.append(dict(r, value=r["value"] if number else None, grade=None if number else r["value"]))
    # integer columns with gaps stay integers (else pandas writes 2023.0)
    frame = pd.DataFrame(flat, columns=EXPORT_FIELDS)
    return frame.astype({"value": "float64", **{c: "Int64" for c in ("year", "ordinal", "page", "start", "end")}})


def count_values(rows: list[dict], field: str) -> list[tuple]:
    """(value, count) of FIELD over ROWS, most frequent first; an indicator id comes with
    its name from patterns/indicators.yaml."""
    from collections import Counter

    counts = Counter(r[field] for r in rows)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    if field != "indicator_id":
        return ordered
    from ..patterns import default

    names = {i["id"]: i.get("name") or "" for i in default().indicators}
    return [(v, n, names.get(v, "")) for v, n in ordered]


def write_rows(rows: list[dict], fmt: str, path) -> None:
    """CSV (UTF-8 with BOM, so Excel shows Vietnamese) or XLSX, one row per target."""
    from ..sheets import write_table

    write_table(export_frame(rows), fmt, path, sheet="targets")

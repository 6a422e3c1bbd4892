"""Read targets back out of the database, as reviewed: filtered rows, tables, CSV/XLSX/JSON exports."""
from __future__ import annotations

import sqlalchemy as sa

from .. import catalogue as cat
from . import schema
from .reviewed import catalogue_target, value_of, view
from .rows import FIELDS, cut as _cut, loose, search_matches, show_threshold


def _where(stmt, v, jurisdiction_keys=None, year=None, level=None, indicator=None, kind=None, status=None,
           document_id=None):
    # a target without its own year belongs to its document's year
    eff_year = sa.func.coalesce(v.c.year, v.c.document_year)
    if jurisdiction_keys is not None:
        stmt = stmt.where(v.c.jurisdiction_key.in_(jurisdiction_keys))
    if year is not None:
        stmt = stmt.where(eff_year == year)
    if level is not None:
        stmt = stmt.where(v.c.level == level)
    if indicator is not None:
        stmt = stmt.where(v.c.indicator_id == indicator)
    if kind is not None:
        stmt = stmt.where(v.c.kind == kind)
    if status is not None:
        stmt = stmt.where(v.c.status == status)
    if document_id is not None:
        stmt = stmt.where(v.c.document_id == document_id)
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


def flat(r) -> dict:
    """A reviewed row of the view as a flat row (rows.FIELDS)."""
    date = r["decision_date"]
    return {
        "jurisdiction": r["jurisdiction_name"], "jurisdiction_level": r["jurisdiction_level"],
        "year": r["year"] if r["year"] is not None else r["document_year"], "level": r["level"],
        "indicator_id": r["indicator_id"], "indicator": r["indicator_text"], "operator": r["operator"],
        "value": value_of(r), "unit": r["unit"], "noun": r["noun"], "threshold": r["threshold_text"],
        "kind": r["kind"], "scope": r["scope"], "confidence": r["confidence"],
        "decision_number": r["decision_number"], "decision_date": date.isoformat() if date is not None else None,
        "document": r["path"], "sha256": r["sha256"], "title": r["title"], "issuer": r["decision_issuer"],
        "ordinal": r["ordinal"], "evidence": r["evidence_text"], "page": r["evidence_page"],
        "start": r["evidence_start"], "end": r["evidence_end"], "row_id": r["row_id"], "status": r["status"],
        "reviewer": r["reviewer"],
    }


def select_rows(conn, include_rejected=False, jurisdiction=None, search=None, limit=None, **filters) -> list[dict]:
    """Flat target rows as reviewed (see rows.FIELDS), ordered by jurisdiction, year,
    indicator, level; rejected rows only when asked for. JURISDICTION as typed (diacritics
    or not); SEARCH: words of the indicator (rows.search_matches); LIMIT: at most that many."""
    v = view(include_rejected).subquery()
    eff_year = sa.func.coalesce(v.c.year, v.c.document_year)
    stmt = _where(sa.select(v), v, _jurisdiction_keys(conn, jurisdiction), **filters).order_by(
        v.c.jurisdiction_key, eff_year, v.c.indicator_id, v.c.level, v.c.path, v.c.ordinal
    )
    out = []
    for r in conn.execute(stmt).mappings():
        row = flat(r)
        if search is None or search_matches(row, search):
            out.append(row)
            if limit is not None and len(out) >= limit:
                break
    return out


def select_catalogue(conn, jurisdiction=None, search=None, **filters) -> dict:
    """A valid catalogue of the stored documents as reviewed: corrected values, rejected
    rows left out, added rows in, each target with its review (row_id, status, reviewer);
    with filters, only matching targets (and only documents that have one)."""
    d = schema.documents
    v = view().subquery()
    by_doc: dict[int, list[dict]] = {}
    stmt = _where(sa.select(v), v, _jurisdiction_keys(conn, jurisdiction), **filters).order_by(
        v.c.document_id, v.c.ordinal)
    for r in conn.execute(stmt).mappings():
        if search is None or search_matches({"indicator": r["indicator_text"], "indicator_id": r["indicator_id"]},
                                            search):
            by_doc.setdefault(r["document_id"], []).append(catalogue_target(r))
    filtered = any(x is not None for x in [jurisdiction, search, *filters.values()])
    docs = []
    for doc_id, doc in conn.execute(sa.select(d.c.id, d.c.document).order_by(d.c.path)):
        if filtered and doc_id not in by_doc:
            continue
        docs.append(dict(doc, targets=by_doc.get(doc_id, [])))
    return cat.new_catalogue(docs)


TABLE_COLUMNS = ["row", "jurisdiction", "year", "level", "indicator_id", "indicator", "threshold", "kind", "scope",
                 "decision_number", "status", "reviewer", "document", "evidence"]


def format_table(rows: list[dict]) -> str:
    from pathlib import PurePath

    from tabulate import tabulate

    if not rows:
        return "(no targets match)"
    body = [
        [
            r["row_id"], _cut(r["jurisdiction"], 20), r["year"] or "", r["level"] or "", r["indicator_id"] or "—",
            _cut(r["indicator"], 40), show_threshold(r["operator"], r["value"], r["unit"], r["noun"]),
            r["kind"], _cut(r["scope"], 20), r["decision_number"] or "", r["status"], r["reviewer"] or "",
            _cut(PurePath(r["document"]).name, 30), _cut(r["evidence"], 50),
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
    return frame.astype({"value": "float64", **{c: "Int64" for c in ("year", "ordinal", "page", "start", "end", "row_id")}})


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

"""Read targets back out of the database, as reviewed: filtered rows, tables, CSV/XLSX/JSON exports."""
from __future__ import annotations

import sqlalchemy as sa

from .. import catalogue as cat
from . import schema
from .reviewed import catalogue_target, value_of, view
from .rows import FIELDS, cut as _cut, key, show_threshold


def _where(stmt, v, jurisdiction=None, year=None, level=None, indicator=None, kind=None, status=None, document_id=None):
    # a target without its own year belongs to its document's year
    eff_year = sa.func.coalesce(v.c.year, v.c.document_year)
    if jurisdiction is not None:
        stmt = stmt.where(v.c.jurisdiction_key == key(jurisdiction))
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


def select_rows(conn, include_rejected=False, **filters) -> list[dict]:
    """Flat target rows as reviewed (see rows.FIELDS), ordered by jurisdiction, year,
    indicator, level; rejected rows only when asked for."""
    v = view(include_rejected).subquery()
    eff_year = sa.func.coalesce(v.c.year, v.c.document_year)
    stmt = _where(sa.select(v), v, **filters).order_by(
        v.c.jurisdiction_key, eff_year, v.c.indicator_id, v.c.level, v.c.path, v.c.ordinal
    )
    return [flat(r) for r in conn.execute(stmt).mappings()]


def select_catalogue(conn, **filters) -> dict:
    """A valid catalogue of the stored documents as reviewed: corrected values, rejected
    rows left out, added rows in, each target with its review (row_id, status, reviewer);
    with filters, only matching targets (and only documents that have one)."""
    d = schema.documents
    v = view().subquery()
    by_doc: dict[int, list[dict]] = {}
    stmt = _where(sa.select(v), v, **filters).order_by(v.c.document_id, v.c.ordinal)
    for r in conn.execute(stmt).mappings():
        by_doc.setdefault(r["document_id"], []).append(catalogue_target(r))
    filtered = any(v is not None for v in filters.values())
    docs = []
    for doc_id, doc in conn.execute(sa.select(d.c.id, d.c.document).order_by(d.c.path)):
        if filtered and doc_id not in by_doc:
            continue
        docs.append(dict(doc, targets=by_doc.get(doc_id, [])))
    return cat.new_catalogue(docs)


TABLE_COLUMNS = ["row_id", "jurisdiction", "year", "level", "indicator_id", "indicator", "threshold", "kind", "scope",
                 "decision_number", "status", "reviewer"]


def format_table(rows: list[dict]) -> str:
    from tabulate import tabulate

    if not rows:
        return "(no targets match)"
    body = [
        [
            r["row_id"], _cut(r["jurisdiction"], 20), r["year"] or "", r["level"] or "", r["indicator_id"] or "—",
            _cut(r["indicator"], 45), show_threshold(r["operator"], r["value"], r["unit"], r["noun"]),
            r["kind"], _cut(r["scope"], 25), r["decision_number"] or "", r["status"], r["reviewer"] or "",
        ]
        for r in rows
    ]
    return tabulate(body, headers=TABLE_COLUMNS, tablefmt="simple", disable_numparse=True)


def write_rows(rows: list[dict], fmt: str, path) -> None:
    """CSV (UTF-8 with BOM, so Excel shows Vietnamese) or XLSX, one row per target."""
    import pandas as pd

    # integer columns with gaps stay integers (else pandas writes 2023.0)
    frame = pd.DataFrame(rows, columns=FIELDS).astype({c: "Int64" for c in ("year", "ordinal", "page", "start", "end", "row_id")})
    if fmt == "csv":
        frame.to_csv(path, index=False, encoding="utf-8-sig")
    elif fmt == "xlsx":
        frame.to_excel(path, index=False, sheet_name="targets", engine="openpyxl")
    else:
        raise ValueError(fmt)

"""The reviewed view: every row as staff left it. One select used by query, export,
compare, check, gold and the web app.

A row's values are its review's (row_reviews) when it was reviewed, else the
extraction's; `status` is extracted / accepted / edited / rejected / added. Rejected
rows are left out unless asked for; rows staff added are in like any other.
"""
from __future__ import annotations

import sqlalchemy as sa

from . import schema
from .corrections import VALUE_COLUMNS


def view(include_rejected: bool = False, with_document: bool = True) -> sa.Select:
    """Columns: row_id, document_id, ordinal, the value columns (reviewed), status,
    reviewer, version, origin, evidence_*, threshold_text, noun, confidence, the
    extracted value columns as extracted_*, and the document's columns when asked."""
    t, r, d = schema.targets, schema.row_reviews, schema.documents
    reviewed = r.c.target_id.is_not(None)
    cols = [t.c.id.label("row_id"), t.c.document_id, t.c.ordinal]
    cols += [sa.case((reviewed, r.c[c]), else_=t.c[c]).label(c) for c in VALUE_COLUMNS]
    cols += [
        sa.func.coalesce(r.c.status, "extracted").label("status"), r.c.reviewer, r.c.reviewed_at,
        sa.func.coalesce(r.c.version, 0).label("version"), t.c.origin, t.c.noun, t.c.threshold_text,
        t.c.evidence_text, t.c.evidence_page, t.c.evidence_start, t.c.evidence_end, t.c.confidence,
    ]
    cols += [t.c[c].label(f"extracted_{c}") for c in VALUE_COLUMNS]
    joined = t.outerjoin(r, r.c.target_id == t.c.id)
    if with_document:
        cols += [
            d.c.jurisdiction_name, d.c.jurisdiction_key, d.c.jurisdiction_level, d.c.year.label("document_year"),
            d.c.decision_number, d.c.decision_date, d.c.path, d.c.sha256, d.c.title, d.c.decision_issuer,
        ]
        joined = joined.join(d, t.c.document_id == d.c.id)
    stmt = sa.select(*cols).select_from(joined)
    if not include_rejected:
        stmt = stmt.where(sa.or_(r.c.status.is_(None), r.c.status != "rejected"))
    return stmt


def value_of(row) -> float | str | None:
    return row["value_num"] if row["value_num"] is not None else row["value_text"]


def catalogue_target(row) -> dict:
    """A reviewed row as a catalogue target (the schema's shape, with its review)."""
    value = value_of(row)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return {
        "indicator": {"text": row["indicator_text"], "id": row["indicator_id"]},
        "level": row["level"],
        "threshold": {"operator": row["operator"], "value": value, "unit": row["unit"], "noun": row["noun"],
                      "text": row["threshold_text"]},
        "year": row["year"],
        "kind": row["kind"],
        "scope": row["scope"],
        "review": {"row_id": row["row_id"], "status": row["status"], "reviewer": row["reviewer"]},
        "evidence": {"text": row["evidence_text"], "page": row["evidence_page"], "start": row["evidence_start"],
                     "end": row["evidence_end"]},
        "confidence": row["confidence"],
    }

"""Reviewed documents as gold annotations (the format of ../shared/GOLD.md), so that
`chitieu eval --gold DIR` measures the next version against what staff confirmed."""
from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from ..errors import ChitieuError
from ..output import write_text_atomic
from . import schema
from .reviewed import value_of, view


def reviewed_documents(conn, touched: bool = False) -> list:
    """Documents marked reviewed (for their current content); with touched, also every
    document with at least one reviewed row."""
    d, dr, r, t = schema.documents, schema.document_reviews, schema.row_reviews, schema.targets
    marked = sa.select(d.c.id).join(dr, sa.and_(dr.c.document_path == d.c.path, dr.c.document_sha256 == d.c.sha256))
    ids = set(conn.execute(marked).scalars())
    if touched:
        ids |= set(conn.execute(sa.select(t.c.document_id).join(r, r.c.target_id == t.c.id).distinct()).scalars())
    if not ids:
        return []
    return conn.execute(sa.select(d).where(d.c.id.in_(ids)).order_by(d.c.path)).mappings().all()


def gold_row(row) -> dict:
    value = value_of(row)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    out = {"indicator": row["indicator_text"], "level": row["level"], "operator": row["operator"], "value": value,
           "unit": row["unit"], "year": row["year"], "kind": row["kind"]}
    if row["scope"]:
        out["scope"] = row["scope"]
    return out


def gold_document(conn, doc) -> dict:
    v = view(with_document=False).subquery()
    rows = conn.execute(sa.select(v).where(v.c.document_id == doc["id"]).order_by(v.c.ordinal)).mappings().all()
    date = doc["decision_date"]
    juris = {"name": doc["jurisdiction_name"], "level": doc["jurisdiction_level"]} if doc["jurisdiction_name"] else None
    statuses = sorted({r["status"] for r in rows})
    return {
        "document": Path(doc["path"]).name,
        "year": doc["year"],
        "decision": {"number": doc["decision_number"], "date": date.isoformat() if date else None},
        "jurisdiction": juris,
        "targets": [gold_row(r) for r in rows],
        "note": f"from chitieu review of {doc['path']} (sha256 {doc['sha256'][:12]}); row statuses: {', '.join(statuses) or 'none'}",
    }


def write_gold(conn, out_dir, touched: bool = False) -> list[Path]:
    """One JSON file per reviewed document, named like the document (as the judge pairs them)."""
    out_dir = Path(out_dir)
    docs = reviewed_documents(conn, touched)
    names: dict[str, str] = {}
    for doc in docs:
        name = Path(doc["path"]).stem + ".json"
        if name in names:
            raise ChitieuError(f"{doc['path']} and {names[name]} would both be {name}: "
                               "the judge pairs documents by file name; rename one")
        names[name] = doc["path"]
    written = []
    for doc in docs:
        path = out_dir / (Path(doc["path"]).stem + ".json")
        write_text_atomic(json.dumps(gold_document(conn, doc), ensure_ascii=False, indent=1) + "\n", path)
        written.append(path)
    return written

"""Put documents into the database: idempotent, one transaction per document.

A document is known by its content (sha256) and its path. The same content again
changes nothing (under another path it is reported as a duplicate of the stored
document, not stored twice); new content at a known path replaces that path's rows. Each
document is written in its own transaction, so a crash or a bad file never leaves
half a document, and a re-run after a crash finishes the job and ends in the same
state as one clean run.
"""
from __future__ import annotations

import datetime as dt
import json
import zlib
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from .. import catalogue as cat
from ..errors import ChitieuError
from ..paths import shown
from . import corrections, schema
from .engine import guard
from .migrations import migrate
from .rows import key, search_key
from .texts import source_texts

ADDED, REPLACED, UNCHANGED, FAILED = "added", "replaced", "unchanged", "failed"
# the content is stored already, under another path: one document per content, so the
# file is not stored again, and the outcome names the stored document
DUPLICATE = "duplicate"


@dataclass
class Outcome:
    path: str
    status: str
    targets: int = 0
    error: str | None = None
    same_as: str | None = None  # DUPLICATE: the path the content is stored under


def document_row(doc: dict) -> dict:
    src = doc["source"]
    decision = doc.get("decision") or {}
    juris = doc.get("jurisdiction") or {}
    date = decision.get("date")
    return {
        "sha256": src["sha256"],
        "path": src["path"],
        "format": src["format"],
        "pages": src.get("pages"),
        "ocr": bool(src.get("ocr")),
        "title": doc.get("title"),
        "decision_number": decision.get("number"),
        "decision_type": decision.get("type"),
        "decision_date": dt.date.fromisoformat(date) if date else None,
        "decision_issuer": decision.get("issuer"),
        "decision_signer": decision.get("signer"),
        "jurisdiction_name": juris.get("name"),
        "jurisdiction_key": key(juris.get("name")),
        "jurisdiction_level": juris.get("level"),
        "year": doc.get("year"),
        "document": doc,
        "search_key": search_key(decision.get("number"), doc.get("title"), src["path"]),
    }


def target_rows(doc: dict, document_id: int) -> list[dict]:
    out = []
    for i, t in enumerate(doc.get("targets", [])):
        th, ev, value = t["threshold"], t["evidence"], t["threshold"]["value"]
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        out.append({
            "document_id": document_id,
            "ordinal": i,
            "indicator_id": t["indicator"]["id"],
            "indicator_text": t["indicator"]["text"],
            "level": t["level"],
            "operator": th["operator"],
            "value_num": float(value) if numeric else None,
            "value_text": None if numeric else str(value),
            "unit": th["unit"],
            "noun": th.get("noun"),
            "threshold_text": th["text"],
            "year": t["year"],
            "kind": t["kind"],
            "scope": t["scope"],
            "evidence_text": ev["text"],
            "evidence_page": ev["page"],
            "evidence_start": ev["start"],
            "evidence_end": ev["end"],
            "confidence": float(t["confidence"]),
        })
    return out


def _insert(conn, table):
    return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)


def _lock_path(conn, path: str) -> None:
    """PostgreSQL: serialise writers of the same path (SQLite's BEGIN IMMEDIATE already does)."""
    if conn.dialect.name == "postgresql":
        lock_key = zlib.crc32(path.encode("utf-8"))
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(lock_key)))


def ingest_document(engine: sa.Engine, doc: dict, force: bool = False, text=None) -> str:
    """Store one catalogue document in its own transaction; returns added/replaced/unchanged.

    text: (text, page_starts) the evidence offsets point into, kept for the review page.
    Reviewers' corrections of an earlier extraction of the same document (same path or
    content) are re-attached to the new rows in the same transaction (corrections.reattach).
    """
    d, t = schema.documents, schema.targets
    sha, path = doc["source"]["sha256"], doc["source"]["path"]
    with guard(engine), engine.begin() as conn:
        _lock_path(conn, path)
        at_path = conn.execute(sa.select(d.c.id, d.c.sha256).where(d.c.path == path)).first()
        same_content = conn.execute(sa.select(d.c.id).where(d.c.sha256 == sha)).first()
        if not force and same_content is not None and (at_path is None or at_path.sha256 == sha):
            return UNCHANGED if at_path is not None else DUPLICATE
        stale = {r.id for r in (at_path, same_content) if r is not None}
        if stale:
            conn.execute(t.delete().where(t.c.document_id.in_(stale)))
            conn.execute(schema.document_texts.delete().where(schema.document_texts.c.document_id.in_(stale)))
        if at_path is not None:
            # the document keeps its id (and its address in the web app); its rows are new
            conn.execute(d.delete().where(d.c.id.in_(stale - {at_path.id})))
            conn.execute(d.update().where(d.c.id == at_path.id).values(**document_row(doc)))
            new_id = at_path.id
        else:
            if stale:
                conn.execute(d.delete().where(d.c.id.in_(stale)))
            # ON CONFLICT: a concurrent ingest may have stored the same content since we looked
            new_id = conn.execute(
                _insert(conn, d).values(**document_row(doc)).on_conflict_do_nothing().returning(d.c.id)
            ).scalar()
            if new_id is None:
                return DUPLICATE
        rows = target_rows(doc, new_id)
        if rows:
            conn.execute(t.insert(), rows)
        if text is not None:
            conn.execute(schema.document_texts.insert().values(document_id=new_id, text=text[0], page_starts=text[1]))
        corrections.reattach(conn, new_id)
        return REPLACED if at_path is not None else ADDED


def stored_as(engine: sa.Engine, path: str, sha: str) -> str | None:
    """Where this content is stored when ingesting the file would change nothing (so
    extraction can be skipped): PATH itself, or the other path it is stored under; else None."""
    d = schema.documents
    from .engine import reading

    with reading(engine) as conn:
        at_path = conn.execute(sa.select(d.c.sha256).where(d.c.path == path)).scalar()
        if at_path is not None:
            return path if at_path == sha else None
        return conn.execute(sa.select(d.c.path).where(d.c.sha256 == sha)).scalar()


def stored_documents(engine: sa.Engine) -> dict[str, str]:
    """{sha256: path} of every stored document (for `chitieu extract --resume --db`)."""
    from .engine import reading

    d = schema.documents
    with reading(engine) as conn:
        return {row.sha256: row.path for row in conn.execute(sa.select(d.c.sha256, d.c.path))}


def _is_catalogue(path: str) -> dict | None:
    if not path.lower().endswith(".json"):
        return None
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "documents" in data else None


def ingest_paths(engine, paths, ocr="auto", force=False, report=None, debug=False, timeout=None,
                 sources=None, follow_symlinks=False) -> list[Outcome]:
    """Ingest documents and catalogue files (folders searched recursively).

    Documents are extracted in isolated workers (batch.extract_each) and each is stored
    as soon as it is ready, so an interrupted run keeps what it finished. Unchanged
    files are not re-extracted. A catalogue's documents get the text of their source
    files found under SOURCES (review.source_roots).
    """
    from ..batch import CATALOGUE_SUFFIXES, extract_each, iter_files, sha256_of

    migrate(engine)
    outcomes: list[Outcome] = []

    def note(outcome: Outcome):
        outcomes.append(outcome)
        if report:
            report(outcome)

    def store(doc, text=None):
        path, sha = doc["source"]["path"], doc["source"]["sha256"]
        try:
            status = ingest_document(engine, doc, force=force, text=text)
            same_as = stored_as(engine, path, sha) if status == DUPLICATE else None
        except ChitieuError as exc:
            if debug:
                raise
            note(Outcome(path, FAILED, error=str(exc)))
            return
        note(Outcome(path, status, len(doc["targets"]) if status != DUPLICATE else 0, same_as=same_as))

    documents = []
    for path in iter_files(paths, on_error=lambda p, e: note(Outcome(shown(p), FAILED, error=e)),
                           suffixes=CATALOGUE_SUFFIXES, follow_symlinks=follow_symlinks):
        catalogue = _is_catalogue(path)
        if catalogue is not None:
            errs = cat.problems(catalogue)
            if errs:
                note(Outcome(shown(path), FAILED, error=f"not a valid catalogue: {errs[0]}"))
                continue
            docs = catalogue["documents"]
            new = [d for d in docs if force or stored_as(engine, d["source"]["path"], d["source"]["sha256"]) is None]
            texts = dict(zip(map(id, new), source_texts(new, path, ocr, timeout, sources)))
            for doc in docs:
                store(doc, texts.get(id(doc)))
            for err in catalogue["errors"]:
                note(Outcome(err["path"], FAILED, error=f"listed as failed in {shown(path)}: {err['error']}"))
            continue
        if not force:
            sha = sha256_of(path)  # None: not readable as a document; the worker says why
            where = stored_as(engine, shown(path), sha) if sha is not None else None
            if where is not None:
                note(Outcome(shown(path), UNCHANGED) if where == shown(path)
                     else Outcome(shown(path), DUPLICATE, same_as=where))
                continue
        documents.append(path)
    for path, value, err in extract_each(documents, ocr=ocr, timeout=timeout, debug=debug, keep_text=True):
        if err:
            note(Outcome(shown(path), FAILED, error=err))
        else:
            doc, text = value
            store(doc, text=text)
    return outcomes

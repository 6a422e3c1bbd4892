"""What the pages show, read from the database (parameterised SQLAlchemy Core only)."""
from __future__ import annotations

import html
from dataclasses import dataclass

import sqlalchemy as sa

from ..db import corrections as corr
from ..db import schema
from ..db.reviewed import view
from ..db.rows import key, search_key

PER_PAGE = 50


@dataclass
class Filters:
    jurisdiction: str | None = None
    year: int | None = None
    kind: str | None = None
    status: str | None = None  # done / todo
    q: str | None = None
    page: int = 1


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _reviewed_join(d):
    dr = schema.document_reviews
    return dr, sa.and_(dr.c.document_path == d.c.path, dr.c.document_sha256 == d.c.sha256)


def document_list(conn, f: Filters, per_page: int = PER_PAGE) -> dict:
    """One page of documents with their row counts, the total, and the filter choices."""
    d = schema.documents
    dr, on = _reviewed_join(d)
    base = sa.select(d.c.id).select_from(d.outerjoin(dr, on))
    if f.jurisdiction:
        base = base.where(d.c.jurisdiction_key == key(f.jurisdiction))
    if f.year:
        base = base.where(d.c.year == f.year)
    if f.kind:
        base = base.where(d.c.decision_type == f.kind)
    if f.status == "done":
        base = base.where(dr.c.document_path.is_not(None))
    elif f.status == "todo":
        base = base.where(dr.c.document_path.is_(None))
    for word in search_key(f.q).split()[:8]:
        base = base.where(d.c.search_key.like("%" + _escape_like(word) + "%", escape="\\"))
    total = conn.execute(sa.select(sa.func.count()).select_from(base.subquery())).scalar()
    pages = max(1, -(-total // per_page))
    page = min(max(1, f.page), pages)
    ids = base.order_by(d.c.jurisdiction_key, d.c.year.desc(), d.c.path).limit(per_page).offset((page - 1) * per_page)
    docs = conn.execute(
        sa.select(d.c.id, d.c.path, d.c.title, d.c.decision_number, d.c.decision_type, d.c.decision_date,
                  d.c.jurisdiction_name, d.c.year, dr.c.reviewer, dr.c.reviewed_at)
        .select_from(d.outerjoin(dr, on)).where(d.c.id.in_(ids.scalar_subquery()))
        .order_by(d.c.jurisdiction_key, d.c.year.desc(), d.c.path)
    ).mappings().all()
    counts = row_counts(conn, [x["id"] for x in docs])
    return {
        "documents": [dict(x, **counts.get(x["id"], {"total": 0, "reviewed": 0})) for x in docs],
        "total": total, "page": page, "pages": pages,
        "choices": filter_choices(conn),
    }


def row_counts(conn, doc_ids) -> dict[int, dict]:
    if not doc_ids:
        return {}
    t, r = schema.targets, schema.row_reviews
    stmt = (sa.select(t.c.document_id, sa.func.count(t.c.id), sa.func.count(r.c.target_id))
            .select_from(t.outerjoin(r, r.c.target_id == t.c.id))
            .where(t.c.document_id.in_(doc_ids)).group_by(t.c.document_id))
    return {doc: {"total": n, "reviewed": done} for doc, n, done in conn.execute(stmt)}


def filter_choices(conn) -> dict:
    d = schema.documents
    return {
        "jurisdictions": [x for x in conn.execute(sa.select(d.c.jurisdiction_name).where(d.c.jurisdiction_name.is_not(None))
                                                   .distinct().order_by(d.c.jurisdiction_name)).scalars()],
        "years": [x for x in conn.execute(sa.select(d.c.year).where(d.c.year.is_not(None)).distinct().order_by(d.c.year.desc())).scalars()],
        "kinds": [x for x in conn.execute(sa.select(d.c.decision_type).where(d.c.decision_type.is_not(None))
                                           .distinct().order_by(d.c.decision_type)).scalars()],
    }


def document(conn, doc_id: int) -> dict | None:
    d, texts = schema.documents, schema.document_texts
    dr, on = _reviewed_join(d)
    doc = conn.execute(
        sa.select(d.c.id, d.c.path, d.c.sha256, d.c.title, d.c.decision_number, d.c.decision_type, d.c.decision_date,
                  d.c.decision_issuer, d.c.jurisdiction_name, d.c.year, dr.c.reviewer.label("marked_by"),
                  dr.c.reviewed_at.label("marked_at"), texts.c.text, texts.c.page_starts)
        .select_from(d.outerjoin(dr, on).outerjoin(texts, texts.c.document_id == d.c.id)).where(d.c.id == doc_id)
    ).mappings().first()
    if doc is None:
        return None
    v = view(include_rejected=True, with_document=False).subquery()
    rows = conn.execute(sa.select(v).where(v.c.document_id == doc_id).order_by(v.c.ordinal)).mappings().all()
    out = dict(doc)
    out["rows"] = [dict(r, n=i) for i, r in enumerate(rows, start=1)]
    out["reviewed"] = sum(r["status"] != "extracted" for r in rows)
    out["unmatched"] = corr.unmatched(conn, doc["path"])
    out["text_html"] = highlight(doc["text"], out["rows"], doc["page_starts"]) if doc["text"] is not None else None
    return out


def highlight(text: str, rows: list[dict], page_starts=None) -> str:
    """The text as HTML: every stretch in its own element carrying its offset (data-o),
    so a selection maps back to offsets; stretches inside a row's evidence are <mark>s
    naming their rows; each row's number tag where its evidence starts. Escaped."""
    spans = [(r["row_id"], r["n"], r["evidence_start"], r["evidence_end"], r["status"]) for r in rows
             if r["status"] != "rejected" and 0 <= r["evidence_start"] < r["evidence_end"] <= len(text)
             and text[r["evidence_start"]:r["evidence_end"]] == r["evidence_text"]]
    pages = {s: n for n, s in enumerate(page_starts or [], start=1) if n > 1}
    starts: dict[int, list] = {}
    ends: dict[int, list] = {}
    for span in spans:
        starts.setdefault(span[2], []).append(span)
        ends.setdefault(span[3], []).append(span)
    cuts = sorted({0, len(text), *pages, *starts, *ends})
    active: dict[int, tuple] = {}
    out = []
    for a, b in zip(cuts, cuts[1:]):
        for span in ends.get(a, []):
            active.pop(span[0], None)
        if a in pages:
            out.append(f'<span class="page">— trang {pages[a]} —</span>')
        for span in starts.get(a, []):
            active[span[0]] = span
            out.append(f'<a class="tag" id="ev-{span[0]}" href="#row-{span[0]}">{span[1]}</a>')
        chunk = html.escape(text[a:b])
        if active:
            ids = " ".join(str(i) for i in active)
            status = {s[4] for s in active.values()}
            cls = "hl st-" + (status.pop() if len(status) == 1 else "mixed")
            out.append(f'<mark class="{cls}" data-o="{a}" data-rows="{ids}">{chunk}</mark>')
        else:
            out.append(f'<span data-o="{a}">{chunk}</span>')
    return "".join(out)


def target_rows(conn, filters: dict, page: int = 1, per_page: int = 100) -> dict:
    """Rows as reviewed (rejected too, when the status filter asks for them), with facet counts."""
    include_rejected = filters.get("status") == "rejected"
    v = view(include_rejected=include_rejected).subquery()
    eff_year = sa.func.coalesce(v.c.year, v.c.document_year)
    conds = []
    if filters.get("jurisdiction"):
        conds.append(v.c.jurisdiction_key == key(filters["jurisdiction"]))
    if filters.get("year"):
        conds.append(eff_year == filters["year"])
    if filters.get("level"):
        conds.append(v.c.level.is_(None) if filters["level"] == "-" else v.c.level == filters["level"])
    if filters.get("indicator"):
        conds.append(v.c.indicator_id == filters["indicator"])
    if filters.get("status"):
        conds.append(v.c.status == filters["status"])
    where = sa.and_(sa.true(), *conds)
    total = conn.execute(sa.select(sa.func.count()).select_from(v).where(where)).scalar()
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    rows = conn.execute(
        sa.select(v, eff_year.label("eff_year")).where(where)
        .order_by(v.c.jurisdiction_key, eff_year, v.c.indicator_id, v.c.level, v.c.path, v.c.ordinal)
        .limit(per_page).offset((page - 1) * per_page)).mappings().all()
    facets = {}
    for name, col in (("jurisdiction", v.c.jurisdiction_name), ("year", eff_year), ("level", v.c.level),
                      ("indicator", v.c.indicator_id), ("status", v.c.status)):
        facets[name] = conn.execute(sa.select(col, sa.func.count()).where(where).group_by(col)
                                    .order_by(sa.func.count().desc()).limit(40)).all()
    return {"rows": rows, "total": total, "page": page, "pages": pages, "facets": facets}

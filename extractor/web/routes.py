"""The handlers. Reads use a read-only connection; every change is one transaction,
after the CSRF token and the user's role are checked."""
from __future__ import annotations

from urllib.parse import urlencode

import sqlalchemy as sa
from starlette.responses import RedirectResponse, Response

from ..db import aliases
from ..db import corrections as corr
from ..db import schema
from ..db.engine import guard, reading
from ..db.schema import EDITABLE
from ..errors import ChitieuError
from ..patterns import LEVELS
from . import auth, i18n, pages

FIELDS_FORM = EDITABLE  # indicator_text, indicator_id, level, operator, value, unit, year, kind, scope


def _settings(request):
    return request.app.state.settings


def _lang(request) -> str:
    asked = request.query_params.get("lang")
    if asked in ("vi", "en"):
        request.session["lang"] = asked
    return request.session.get("lang", _settings(request).lang)


def _user(request):
    """(name, role) of who is asking; None when a login is needed and missing."""
    s = _settings(request)
    if not s.login_required:
        return s.reviewer, "reviewer"
    name, role = request.session.get("user"), request.session.get("role")
    return (name, role) if name else None


def _render(request, template, status_code=200, **ctx):
    lang = _lang(request)
    user = _user(request)
    ctx.update(
        request=request, t=i18n.texts(lang), lang=lang, csrf=auth.csrf_token(request.session),
        user=user, can_change=bool(user and user[1] == "reviewer"), login_required=_settings(request).login_required,
        STATUS=i18n.STATUS["en" if lang == "en" else "vi"], LEVEL=i18n.LEVEL["en" if lang == "en" else "vi"],
        KIND=i18n.KIND["en" if lang == "en" else "vi"], UNIT_NAMES=i18n.UNIT_NAMES["en" if lang == "en" else "vi"],
        LEVELS=LEVELS, OPERATORS=corr.OPERATORS, UNITS=corr.UNITS, KINDS=corr.KINDS, STATUSES=corr.STATUSES,
    )
    return request.app.state.templates.TemplateResponse(request, template, ctx, status_code=status_code)


def _message(request, title_key, message, status_code, back=None):
    return _render(request, "message.html", status_code=status_code, title_key=title_key, message=message, back=back)


def _need_login(request):
    if _user(request) is None:
        return RedirectResponse("/login?" + urlencode({"next": request.url.path}), status_code=303)
    return None


async def _change_allowed(request):
    """The form of a state-changing request, or the refusal: 403 without a valid CSRF
    token, without a login when one is needed, or for a viewer."""
    form = await request.form()
    sent = form.get("csrf") or request.headers.get("x-csrf-token")
    if not auth.csrf_ok(request.session, sent):
        return None, _message(request, "forbidden", "CSRF token missing or wrong: reload the page and try again.", 403)
    user = _user(request)
    if user is None:
        return None, _message(request, "forbidden", "log in first", 403)
    if user[1] != "reviewer":
        return None, _message(request, "forbidden", i18n.texts(_lang(request))["viewer_note"], 403)
    return form, None


def _int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


async def not_found(request, exc):
    return _message(request, "not_found", request.url.path, 404)


def home(request):
    return RedirectResponse("/documents", status_code=303)


def documents(request):
    if (r := _need_login(request)):
        return r
    q = request.query_params
    f = pages.Filters(jurisdiction=q.get("jurisdiction") or None, year=_int(q.get("year")), kind=q.get("kind") or None,
                      status=q.get("status") or None, q=(q.get("q") or "").strip() or None, page=_int(q.get("page"), 1))
    with reading(_settings(request).engine) as conn:
        data = pages.document_list(conn, f)
    keep = {k: v for k, v in q.items() if k != "page" and v}
    return _render(request, "documents.html", f=f, data=data, query=lambda page: urlencode({**keep, "page": page}))


def review_page(request):
    if (r := _need_login(request)):
        return r
    with reading(_settings(request).engine) as conn:
        doc = pages.document(conn, request.path_params["doc_id"])
    if doc is None:
        return _message(request, "not_found", f"document {request.path_params['doc_id']}", 404)
    return _render(request, "review.html", doc=doc, FIELDS_FORM=FIELDS_FORM)


def _write(request, fn):
    """Run fn(conn) in one transaction; ReviewError / Conflict become pages."""
    engine = _settings(request).engine
    try:
        with guard(engine), engine.begin() as conn:
            return fn(conn), None
    except corr.Conflict as exc:
        return None, _message(request, "conflict", str(exc), 409, back=request.headers.get("referer"))
    except corr.ReviewError as exc:
        return None, _message(request, "invalid", str(exc), 400, back=request.headers.get("referer"))


async def change_row(request):
    form, refused = await _change_allowed(request)
    if refused:
        return refused
    row_id = request.path_params["row_id"]
    action = form.get("action")
    if action not in ("accept", "reject", "edit"):
        return _message(request, "invalid", f"action {action!r}", 400)
    version = _int(form.get("version"))
    who = _user(request)[0]

    def do(conn):
        changes = corr.parse_changes({f: form.get(f, "") for f in FIELDS_FORM if f in form}) if action == "edit" else {}
        corr.review(conn, row_id, action, changes, who, version=version)
        return conn.execute(sa.select(schema.targets.c.document_id).where(schema.targets.c.id == row_id)).scalar()

    doc_id, refused = _write(request, do)
    if refused:
        return refused
    return RedirectResponse(f"/documents/{doc_id}#row-{row_id}", status_code=303)


async def same_as(request):
    """"Same indicator as row N": a link staff confirm, stored as an alias (db/aliases.py) that
    compare uses for every document worded this way, as `chitieu db link` does."""
    form, refused = await _change_allowed(request)
    if refused:
        return refused
    row_id, other = request.path_params["row_id"], _int(form.get("same_as"))
    if other is None:
        return _message(request, "invalid", "give the number of the row it is the same as", 400)
    engine = _settings(request).engine
    try:
        aliases.link(engine, row_id, same_as=other)
    except ChitieuError as exc:
        return _message(request, "invalid", str(exc), 400, back=request.headers.get("referer"))
    with reading(engine) as conn:
        doc_id = conn.execute(sa.select(schema.targets.c.document_id).where(schema.targets.c.id == row_id)).scalar()
    return RedirectResponse(f"/documents/{doc_id}#row-{row_id}", status_code=303)


async def add_row(request):
    form, refused = await _change_allowed(request)
    if refused:
        return refused
    doc_id = request.path_params["doc_id"]
    start, end = _int(form.get("start")), _int(form.get("end"))
    if start is None or end is None:
        return _message(request, "invalid", "select the evidence in the text first", 400)
    fields = {f: form.get(f, "") for f in FIELDS_FORM if f in form}
    row_id, refused = _write(request, lambda conn: corr.add(conn, doc_id, start, end, fields, _user(request)[0]))
    if refused:
        return refused
    return RedirectResponse(f"/documents/{doc_id}#row-{row_id}", status_code=303)


async def mark_reviewed(request):
    form, refused = await _change_allowed(request)
    if refused:
        return refused
    doc_id = request.path_params["doc_id"]
    _, refused = _write(request, lambda conn: corr.mark_document(conn, doc_id, _user(request)[0]))
    return refused or RedirectResponse(f"/documents/{doc_id}", status_code=303)


def targets(request):
    if (r := _need_login(request)):
        return r
    q = request.query_params
    filters = {k: q.get(k) or None for k in ("jurisdiction", "level", "indicator", "status")}
    filters["year"] = _int(q.get("year"))
    with reading(_settings(request).engine) as conn:
        data = pages.target_rows(conn, filters, page=_int(q.get("page"), 1))
    keep = {k: v for k, v in q.items() if k != "page" and v}
    return _render(request, "targets.html", filters=filters, data=data,
                   link=lambda **kw: "/targets?" + urlencode({**keep, **{k: v for k, v in kw.items()}}))


def compare_page(request):
    if (r := _need_login(request)):
        return r
    from .. import compare as cmp_mod
    from ..db.query import select_rows

    q = request.query_params
    jurisdiction, old, new = q.get("jurisdiction") or None, _int(q.get("old")), _int(q.get("new"))
    result = None
    with reading(_settings(request).engine) as conn:
        choices = pages.filter_choices(conn)
        if old and new:
            old_rows = select_rows(conn, year=old, jurisdiction=jurisdiction)
            new_rows = select_rows(conn, year=new, jurisdiction=jurisdiction)
            result = cmp_mod.compare(old_rows, new_rows, str(old), str(new), old_year=old, new_year=new)
    return _render(request, "compare.html", choices=choices, jurisdiction=jurisdiction, old=old, new=new, result=result,
                   CHANGE=i18n.STATUS_CHANGE.get(_lang(request), {}))


async def login(request):
    if request.method == "GET":
        return _render(request, "login.html", error=None, next=request.query_params.get("next", "/documents"))
    form = await request.form()
    if not auth.csrf_ok(request.session, form.get("csrf")):
        return _message(request, "forbidden", "CSRF token missing or wrong: reload the page and try again.", 403)
    with reading(_settings(request).engine) as conn:
        role = auth.verify(conn, form.get("user", ""), form.get("password", ""))
    if role is None:
        return _render(request, "login.html", status_code=401, error=i18n.texts(_lang(request))["bad_login"],
                       next=form.get("next", "/documents"))
    lang = request.session.get("lang")
    request.session.clear()  # a new session (and CSRF token) on login
    request.session.update(user=form.get("user"), role=role, **({"lang": lang} if lang else {}))
    target = form.get("next") or "/documents"
    return RedirectResponse(target if target.startswith("/") and not target.startswith("//") else "/documents", status_code=303)


async def logout(request):
    form = await request.form()
    if not auth.csrf_ok(request.session, form.get("csrf")):
        return Response("CSRF token missing or wrong", status_code=403)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)

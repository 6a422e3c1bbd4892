"""The review page: each document's text with every target's evidence highlighted.

One self-contained HTML file (inline CSS, no scripts, nothing fetched), so staff can
open it anywhere and check the catalogue against the words it came from. Each
highlight starts with a numbered tag that links to its row in the targets table,
and each row links to its highlight. Every piece of document text goes through
html.escape.
"""
from __future__ import annotations

import html
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .db.rows import show_threshold
from .errors import ChitieuError
from .paths import on_disk, shown

CSS = """
body { font: 15px/1.5 "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1em 2em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.2em; border-top: 2px solid #999; padding-top: .8em; margin-top: 2em; }
.meta { color: #555; font-size: .9em; }
.legend span, .kind { padding: 0 .4em; border-radius: 3px; }
.k-target { background: #ffd966; } .k-result { background: #9fd3f5; }
.k-both { background: linear-gradient(#ffd966 50%, #9fd3f5 50%); }
mark.hl { color: inherit; padding: 1px 0; border-radius: 2px; }
table { border-collapse: collapse; width: 100%; font-size: .9em; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; } tr:target { outline: 3px solid #d62828; }
td.num, td.go { text-align: right; white-space: nowrap; } .id { color: #666; font-family: monospace; font-size: .9em; }
.text { white-space: pre-wrap; font-size: .9em; background: #fafafa; border: 1px solid #ddd; padding: 1em; }
a.tag { font-size: .7em; vertical-align: super; text-decoration: none; color: #fff; background: #555; border-radius: 3px; padding: 0 .25em; margin-right: 1px; scroll-margin-top: 40vh; }
a.tag:target { background: #d62828; outline: 2px solid #d62828; }
.page { display: block; color: #999; text-align: center; border-top: 1px dashed #bbb; margin: .5em 0; font-size: .8em; }
.warn { color: #9a3412; background: #fff7ed; border: 1px solid #fdba74; padding: .3em .6em; }
"""


@dataclass
class Item:
    """One document to show: its catalogue entry and, when it could be read, its text."""
    doc: dict
    text: str | None = None
    page_starts: list[int] | None = None
    problem: str | None = None
    errors: list[str] = field(default_factory=list)
    outside: bool = False  # its source file lies outside the folders review may read


def _candidates(src_path: str, catalogue_path: Path):
    """Where a catalogue's source.path may be: as given (relative to here), or relative
    to the catalogue's folder or one of its parents (catalogues usually sit in out/)."""
    p = Path(src_path)
    yield p
    if not p.is_absolute():
        for base in [catalogue_path.resolve().parent, *catalogue_path.resolve().parent.parents]:
            yield base / p


def source_roots(catalogue_path: Path, sources=None) -> list[str]:
    """The folders a catalogue's source files may be read from: those given (--sources),
    else the folder above the catalogue's (catalogues sit in out/ beside the documents)
    and the current folder. A catalogue is data from anywhere: its source.path must not
    make chitieu read /etc/passwd into a page."""
    folders = sources or [catalogue_path.resolve().parent.parent, Path.cwd()]
    return list(dict.fromkeys(os.path.realpath(f) for f in folders))


def locate(item: Item, catalogue_path: Path | None, sources=None) -> Path | None:
    """The file ITEM's document was extracted from, if it is found under the allowed
    folders; else None, with item.problem saying why."""
    from .batch import sha256_of, under

    src = item.doc["source"]
    if catalogue_path is None:  # extracted in this run from a file the user named
        return Path(src["path"])
    roots = source_roots(catalogue_path, sources)
    found = [p for name in on_disk(src["path"]) for p in _candidates(name, catalogue_path) if p.is_file()]
    inside = [p for p in found if under(os.path.realpath(p), roots)]
    if inside:
        # a stored name with escapes (paths.shown) may stand for two files: the stored content tells
        return next((p for p in inside if len(inside) == 1 or sha256_of(p) == src["sha256"]), inside[0])
    if found:
        item.problem = (f"source file {src['path']} is outside the folders review reads ({', '.join(roots)}): "
                        "not read (--sources names others)")
        item.outside = True
    else:
        item.problem = f"source file {src['path']} not found: highlights cannot be shown"
    return None


def attach_texts(located, ocr: str, timeout=None) -> None:
    """Read each (item, path) in an isolated worker and keep the text when the file is
    still what the document was extracted from (same sha256)."""
    from .batch import read_each

    by_path = {}
    for item, path in located:
        by_path.setdefault(str(path), []).append(item)
    for path, source, err in read_each(list(by_path), ocr=ocr, timeout=timeout):
        for item in by_path[path]:
            if err:
                item.problem = f"{shown(path)}: {err}"
            elif source.sha256 != item.doc["source"]["sha256"]:
                item.problem = f"{shown(path)} has changed since it was extracted (sha256 differs): highlights not shown"
            else:
                item.text, item.page_starts = source.text, source.page_starts


def collect(paths, ocr="auto", on_error=None, timeout=None, sources=None, follow_symlinks=False) -> list[Item]:
    """Documents are extracted first (in isolated workers); catalogue files are shown as
    they are, with the text of their source files found under SOURCES (source_roots)."""
    from . import catalogue as cat
    from .batch import CATALOGUE_SUFFIXES, extract_each, iter_files

    items, documents, located = [], [], []
    for path in iter_files(paths, on_error=on_error, suffixes=CATALOGUE_SUFFIXES, follow_symlinks=follow_symlinks):
        data = None
        if path.lower().endswith(".json"):
            try:
                data = json.loads(Path(path).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = None
        if isinstance(data, dict) and "documents" in data:
            errs = cat.problems(data)
            if errs:
                raise ChitieuError(f"{shown(path)}: not a valid catalogue: {errs[0]}")
            for doc in data["documents"]:
                item = Item(doc)
                found = locate(item, Path(path), sources)
                if found is not None:
                    located.append((item, found))
                elif item.outside and on_error:
                    on_error(path, item.problem)
                items.append(item)
        else:
            documents.append(path)
    for path, value, err in extract_each(list(dict.fromkeys(documents)), ocr=ocr, timeout=timeout, keep_text=True):
        if err:
            if on_error:
                on_error(path, err)
            continue
        doc, (text, page_starts) = value
        items.append(Item(doc, text, page_starts))
    attach_texts(located, ocr, timeout)
    return items


def _valid(t: dict, text: str | None) -> bool:
    ev = t["evidence"]
    return text is not None and 0 <= ev["start"] < ev["end"] <= len(text) and text[ev["start"]:ev["end"]] == ev["text"]


def highlight(text: str, targets: list[dict], prefix: str, page_starts=None) -> str:
    """The text as HTML, with one <mark> per stretch covered by the same set of targets
    (spans may overlap or nest), and each target's numbered tag where it starts."""
    spans = [(i, t["evidence"]["start"], t["evidence"]["end"], t["kind"]) for i, t in enumerate(targets) if _valid(t, text)]
    pages = {s: n for n, s in enumerate(page_starts or [], start=1) if n > 1}
    cuts = sorted({0, len(text), *pages, *(s for _, s, _, _ in spans), *(e for _, _, e, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a in pages:
            out.append(f'<span class="page">— trang {pages[a]} —</span>')
        for i, s, _, _ in spans:
            if s == a:
                out.append(f'<a class="tag" id="{prefix}-t{i + 1}" href="#{prefix}-row{i + 1}">{i + 1}</a>')
        chunk = html.escape(text[a:b])
        covering = [(i, kind) for i, s, e, kind in spans if s <= a and b <= e]
        if not covering:
            out.append(chunk)
            continue
        kinds = {kind for _, kind in covering}
        cls = "k-both" if len(kinds) > 1 else f"k-{kinds.pop()}"
        ids = " ".join(str(i + 1) for i, _ in covering)
        out.append(f'<mark class="hl {cls}" data-t="{ids}">{chunk}</mark>')
    return "".join(out)


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _table(targets, text, prefix) -> str:
    rows = []
    for i, t in enumerate(targets, start=1):
        th = t["threshold"]
        ok = _valid(t, text)
        link = f'<a href="#{prefix}-t{i}">xem ↓</a>' if ok else '<span class="warn">evidence not at its offsets</span>'
        rows.append(
            f'<tr id="{prefix}-row{i}"><td class="num">{i}</td>'
            f'<td>{_e(t["indicator"]["text"])}<br><span class="id">{_e(t["indicator"]["id"] or "no id")}</span></td>'
            f'<td>{_e(t["level"] or "")}</td>'
            f'<td>{_e(show_threshold(th["operator"], th["value"], th["unit"], th.get("noun")))}<br><span class="id">{_e(th["text"])}</span></td>'
            f'<td>{_e(t["year"] or "")}</td><td><span class="kind k-{_e(t["kind"])}">{_e(t["kind"])}</span></td>'
            f'<td>{_e(t["scope"] or "")}</td><td class="num">{t["confidence"]:.2f}</td><td class="go">{link}</td></tr>'
        )
    head = "<tr><th>#</th><th>indicator</th><th>level</th><th>threshold</th><th>year</th><th>kind</th><th>scope</th><th>confidence</th><th></th></tr>"
    return f"<table>{head}{''.join(rows)}</table>" if rows else "<p>No targets found in this document.</p>"


def render(items: list[Item], errors=(), title="chitieu review") -> str:
    parts = [
        "<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="legend">{len(items)} document(s), {sum(len(i.doc["targets"]) for i in items)} target(s). '
        '<span class="k-target">target (chỉ tiêu)</span> <span class="k-result">result (kết quả)</span> '
        '<span class="k-both">both</span></p>',
    ]
    for path, reason in errors:
        parts.append(f'<p class="warn">{_e(path)}: {_e(reason)}</p>')
    if items:
        parts.append("<ol>" + "".join(
            f'<li><a href="#d{n}">{_e(it.doc["title"] or it.doc["source"]["path"])}</a> ({len(it.doc["targets"])})</li>'
            for n, it in enumerate(items, start=1)) + "</ol>")
    for n, it in enumerate(items, start=1):
        doc, prefix = it.doc, f"d{n}"
        decision = doc.get("decision") or {}
        juris = doc.get("jurisdiction") or {}
        meta = " · ".join(_e(x) for x in (
            doc["source"]["path"], decision.get("number"), decision.get("date"), juris.get("name"),
            doc.get("year") and f"năm {doc['year']}") if x)
        parts.append(f'<section id="{prefix}"><h2>{n}. {_e(doc["title"] or doc["source"]["path"])}</h2><p class="meta">{meta}</p>')
        if it.problem:
            parts.append(f'<p class="warn">{_e(it.problem)}</p>')
        parts.append(_table(doc["targets"], it.text, prefix))
        if it.text is not None:
            parts.append(f'<div class="text">{highlight(it.text, doc["targets"], prefix, it.page_starts)}</div>')
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"

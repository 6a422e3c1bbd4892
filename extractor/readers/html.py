"""HTML: the article body only, tables as pipe lines.

selectolax (Lexbor) parses the page; the body is the first element matching a known
article container (article, [itemprop=articleBody], the content classes Vietnamese
portals use), else the element holding the most paragraph text. Menus, headers,
footers, sidebars, forms, scripts, hotline boxes ("Số điện thoại đặc biệt") and
visitor counters are removed before the walk.

Why not trafilatura: it re-flows tables into its own format and brings a dozen
dependencies; the DOM walk below is short and keeps tables as the pipeline reads them.
"""
from __future__ import annotations

import re
import unicodedata

from selectolax.lexbor import LexborHTMLParser

from ..errors import ReadError
from . import Source
from .layout import pipe_line, pipe_rows
from .text import decode

ARTICLE = ["article", "[itemprop=articleBody]", ".detail-content", ".content-detail", ".article-content",
           ".news-content", ".post-content", ".entry-content", ".noidung", ".chitiet", "#content-detail", "main"]
DROP = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "select", "[role=navigation]", ".menu", ".navbar", ".breadcrumb", ".sidebar", ".footer", ".header",
        ".share", ".social", ".related", ".comment", ".comments", ".banner", ".ads", ".advert", ".hotline",
        ".counter", ".visitor", ".thong-ke-truy-cap", ".tags"]
CHROME_TEXT = re.compile(r"số điện thoại đặc biệt|đang truy cập|lượt truy cập|tổng số truy cập|thống kê truy cập"
                         r"|bản quyền thuộc|đường dây nóng|hotline|đăng nhập|tin liên quan|chia sẻ", re.IGNORECASE)
BLOCK = {"p", "div", "section", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt",
         "figcaption", "address", "center", "tr", "ul", "ol", "article", "header", "footer", "main"}


def _decode_html(data: bytes) -> str:
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.IGNORECASE)
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), errors="replace").lstrip("\ufeff")
        except LookupError:
            pass
    return decode(data)[0]


def _body(tree):
    for sel in ARTICLE:
        node = tree.css_first(sel)
        if node is not None and len(node.text(strip=True)) > 200:
            return node
    # the element with the most text in its own paragraphs
    best, best_len = tree.body, 0
    for node in tree.css("div, section, td"):
        n = sum(len(p.text(strip=True)) for p in node.css("p"))
        if n > best_len * 1.0 and n > 0:
            own = sum(len(p.text(strip=True)) for p in node.iter() if p.tag == "p")
            if own >= best_len:
                best, best_len = node, own
    return best


def _is_chrome(node) -> bool:
    text = node.text(strip=True)
    return len(text) < 400 and bool(CHROME_TEXT.search(text))


def _walk(node, lines, buf):
    """Depth-first: inline text accumulates in BUF, block ends flush it to LINES."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            buf.append(child.text(deep=False) or "")
            continue
        if tag == "br":
            _flush(lines, buf)
            continue
        if tag == "table":
            _flush(lines, buf)
            _table(child, lines)
            continue
        if tag in BLOCK:
            _flush(lines, buf)
            if tag in ("div", "section", "p", "li") and _is_chrome(child) and tag != "p":
                continue
            _walk(child, lines, buf)
            _flush(lines, buf)
        else:
            _walk(child, lines, buf)


def _flush(lines, buf):
    text = re.sub(r"\s+", " ", "".join(buf)).strip()
    buf.clear()
    if text:
        lines.append(text)


def _table(table, lines):
    rows = []
    for tr in table.css("tr"):
        cells = []
        for cell in tr.iter():
            if cell.tag not in ("td", "th"):
                continue
            cells.append(cell.text(separator=" ", strip=True))
            span = cell.attributes.get("colspan")
            if span and span.isdigit():
                cells.extend([""] * (int(span) - 1))
        rows.append(cells)
    for r in pipe_rows(rows):
        lines.append(pipe_line(r))


def read_html(path: str, data: bytes, sha: str) -> Source:
    html = _decode_html(data)
    try:
        tree = LexborHTMLParser(html)
    except Exception as exc:
        raise ReadError(f"cannot parse HTML: {type(exc).__name__}") from None
    if tree.body is None:
        raise ReadError("no <body> in HTML")
    for sel in DROP:
        for node in tree.css(sel):
            node.decompose()
    body = _body(tree)
    lines: list[str] = []
    title = tree.css_first("h1")
    if title is not None and body is not None and title.text(strip=True) and title.text(strip=True) not in body.text():
        lines.append(re.sub(r"\s+", " ", title.text(strip=True)))
    buf: list[str] = []
    _walk(body, lines, buf)
    _flush(lines, buf)
    lines = [l for l in lines if not (len(l) < 200 and CHROME_TEXT.search(l))]
    text = unicodedata.normalize("NFC", "\n".join(lines))
    if not text.strip():
        raise ReadError("no article text in HTML")
    return Source(path=path, text=text, format="html", sha256=sha, encoding="utf-8")

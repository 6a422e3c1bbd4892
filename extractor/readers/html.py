"""HTML: the article body only, tables as pipe lines.

selectolax (Lexbor) parses the page; the body is the first element matching a known
article container (article, [itemprop=articleBody], the content classes Vietnamese
portals use), else the element holding the most paragraph text. The headline (h1) and the
lead paragraph ("sapo") go before it when they stand outside it. Menus, headers,
footers, sidebars, forms (not one wrapping the page, as ASP.NET portals do), scripts, hotline boxes ("Số điện thoại đặc biệt") and
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
# Lexbor's tree building slows with depth (100,000 nested <div> took 25 s) and the walk below
# recurses: markup nested deeper than any page is cut to MAX_DEPTH before parsing.
MAX_DEPTH = 256
# Elements that never hold others (void) or whose end tag may be left out (a new <p>, <li>,
# <td> closes the last): they add no depth of their own, so they are not counted.
UNCOUNTED = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
             "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option",
             "optgroup", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body"}
# a tag, or something whose content holds no tags: a comment, a script, a style
TAG = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)|<(/?)([A-Za-z][\w:-]*)[^<>]*>",
                 re.IGNORECASE | re.DOTALL)
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


def _cut_depth(html: str) -> tuple[str, int]:
    """HTML with the tags of elements nested beyond MAX_DEPTH left out (their text stays,
    in the element at MAX_DEPTH), and the deepest nesting found; a page within the limit
    comes back unchanged. One pass over the tags: linear in the size of the page."""
    depth = deepest = 0
    drop = []  # (start, end) of tags to leave out
    for m in TAG.finditer(html):
        name = m.group(3)
        if name is None or name.lower() in UNCOUNTED or m.group(0).endswith("/>"):
            continue
        if m.group(2):  # an end tag
            if depth > MAX_DEPTH:
                drop.append(m.span())
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
            if depth > MAX_DEPTH:
                drop.append(m.span())
    if not drop:
        return html, deepest
    parts, at = [], 0
    for a, b in drop:
        parts.append(html[at:a])
        at = b
    parts.append(html[at:])
    return "".join(parts), deepest


# the lead paragraph news portals set between the headline and the body, outside the body's
# container ("<div class="detail-sapo">(Chinhphu.vn) - ... vừa ký Quyết định số ...")
LEAD = [".sapo", ".detail-sapo", ".article-sapo", ".news-sapo", ".chapeau", ".lead", ".article-lead",
        ".detail-lead", ".summary", ".article-summary", ".description", "[class*=sapo]", "[class*=summary]",
        "[class*=tomtat]", "[class*=-lead]"]
# the headline: an h1, else a heading set in a title box ("<div class="news-title"><h2>...") or
# titled itself ("<h2 class="news-title">")
HEADLINE = ["h1", "[class*=title] h2", "[class*=title] h3", "h2[class*=title]", "h3[class*=title]"]
# the line dating an article, outside its body ("<div class="news-date">Cập nhật lúc 16:05 ngày 25/06/2024")
DATELINE = ["[class*=date]", "[class*=time]"]
DATED = re.compile(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b")
MAX_DATELINE = 80  # characters: a date line, not a box of news with their dates


def _lead(tree, body):
    """The lead paragraph's text when it stands outside the body, else None."""
    shown = body.text() if body is not None else ""
    for sel in LEAD:
        node = tree.css_first(sel)
        if node is None:
            continue
        text = re.sub(r"\s+", " ", node.text(strip=True))
        if len(text) > 40 and text not in shown:
            return text
    return None


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


# a list item's label ("1.", "-") as a browser draws it, held in BUF until the item's text comes
LABEL = "\ue000"
ITEM_LABEL = re.compile(f"^{LABEL}([^{LABEL}]*){LABEL}\\s*(.*)$", re.DOTALL)
TYPED_LABEL = re.compile(r"(?:[-+•*–]|\(?\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-zđ]\)|[IVXLC]+\.)\s")


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
            if tag == "li":
                if len(buf) == 1 and buf[0].startswith(LABEL):
                    buf.clear()  # an item holding only a list: its items carry the labels
                buf.append(f"{LABEL}{_item_label(child)}{LABEL}")
            _walk(child, lines, buf)
            _flush(lines, buf)
            if tag == "li":
                buf.clear()  # an item with no text of its own leaves no label behind
        else:
            _walk(child, lines, buf)


def _item_label(li) -> str:
    """"1." for the n-th item of an ordered list, "-" for any other list item."""
    parent = li.parent
    if parent is None or parent.tag != "ol":
        return "-"
    start = parent.attributes.get("start") or "1"
    n = int(start) if start.isdigit() else 1
    for sibling in parent.iter():
        if sibling.tag == "li":
            if sibling == li:
                break
            n += 1
    return f"{n}."


def _flush(lines, buf):
    text = re.sub(r"\s+", " ", "".join(buf)).strip()
    buf.clear()
    labelled = ITEM_LABEL.match(text)
    if labelled:
        label, rest = labelled.groups()
        if not rest:
            buf.append(text)  # a list item whose text sits in a block inside it: the label waits for it
            return
        # a browser draws the label; text that already starts with one keeps its own
        text = rest if TYPED_LABEL.match(rest) else f"{label} {rest}"
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
    html, deepest = _cut_depth(_decode_html(data))
    warnings = []
    if deepest > MAX_DEPTH:
        warnings.append(f"HTML nested {deepest} levels deep: markup below level {MAX_DEPTH} ignored, its text kept")
    try:
        tree = LexborHTMLParser(html)
    except Exception as exc:
        raise ReadError(f"cannot parse HTML: {type(exc).__name__}") from None
    if tree.body is None:
        raise ReadError("no <body> in HTML")
    for sel in DROP:
        for node in tree.css(sel):
            if sel == "form" and node.css_first("p, table, article") is not None:
                # ASP.NET and SharePoint portals wrap the whole page in one <form>: keep it, drop its inputs
                for field in node.css("input, select, textarea"):
                    field.decompose()
                continue
            node.decompose()
    body = _body(tree)
    lines: list[str] = []
    title = next((node for sel in HEADLINE if (node := tree.css_first(sel)) is not None), None)
    if title is not None and body is not None and title.text(strip=True) and title.text(strip=True) not in body.text():
        lines.append(re.sub(r"\s+", " ", title.text(strip=True)))
    dateline = next((text for sel in DATELINE for node in tree.css(sel)
                     if len(text := re.sub(r"\s+", " ", node.text(strip=True))) <= MAX_DATELINE and DATED.search(text)),
                    None)
    if dateline and body is not None and dateline not in body.text():
        lines.append(dateline)
    lead = _lead(tree, body)
    if lead:
        lines.append(lead)
    buf: list[str] = []
    _walk(body, lines, buf)
    _flush(lines, buf)
    lines = [l.replace(LABEL, "") for l in lines if not (len(l) < 200 and CHROME_TEXT.search(l))]
    text = unicodedata.normalize("NFC", "\n".join(lines))
    if not text.strip():
        raise ReadError("no article text in HTML")
    return Source(path=path, text=text, format="html", sha256=sha, encoding="utf-8", warnings=warnings)

"""From positioned text runs to the lines of a document's text.

PDF text layers (pypdfium2 text rectangles) and OCR output (Tesseract word boxes)
both arrive as runs of text with a box on a page. This module turns them into the
lines the pipeline reads, the same way for both:

- runs on one visual row are grouped; a wide gap splits a row into segments;
- a row of two segments belongs to a two-column block (the decision header
  "UBND TỈNH ... | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the signature block); such a
  block is written column by column, one line per row, so it never glues into the body;
- rows of three or more segments (a table drawn without rules) and detected tables
  become pipe lines "cell | cell | cell", header first;
- body lines broken by the layout are joined back into sentences, hyphenation repaired;
- page numbers at the top or bottom of a page are dropped; a table continued on the
  next page is joined with its repeated header dropped.

Written by hand because no library does this for Vietnamese decisions: pdfplumber's
extract_text keeps layout line breaks and glues the header columns into one line, and
layout libraries (pdfminer's LAParams) group by boxes but do not know list markers,
sentence ends or the decision header.
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field

SEP = " | "


@dataclass
class Seg:
    """A run of text with its box, top-down coordinates (top < bottom)."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    ink_x0: float | None = None  # left of the first visible glyph, when the run opens with spaces

    @property
    def height(self):
        return self.bottom - self.top


@dataclass
class Table:
    top: float
    bottom: float
    rows: list[list[str]]


@dataclass
class Line:
    text: str
    kind: str  # body | column | pipe | table
    x0: float = 0.0
    x1: float = 0.0
    rows: list[list[str]] = field(default_factory=list)  # for kind == "table"


def clean_cell(text) -> str:
    """One table cell as text: newlines and runs of spaces become one space, '|' becomes '/'."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text)).replace("|", "/")
    text = re.sub(r"(\w)[\xad\x02]\s*\n\s*(\w)", r"\1\2", text)  # soft hyphen at a cell's line end
    return re.sub(r"\s+", " ", text).strip()


def pipe_rows(rows, pad=True) -> list[list[str]]:
    """Clean every cell; drop rows with no text; pad rows to the widest (PAD).

    PDF tables pass pad=False and mark the grid columns a merged cell covers with None
    (pdfplumber's own convention): those are dropped, so a merged cell is written once
    and a row lists the cells it really has, as the text convention of the pipeline
    wants it ("1.2. Criterion | Đạt | note" under a wider header: one merged value)."""
    if not pad:
        rows = [[c for c in row if c is not None] for row in rows]
    out = [[clean_cell(c) for c in row] for row in rows]
    out = [r for r in out if any(r)]
    if not pad:
        return out
    width = max((len(r) for r in out), default=0)
    return [r + [""] * (width - len(r)) for r in out]


def pipe_line(cells) -> str:
    return SEP.join(cells)


# ---------------------------------------------------------------- rows of a page
def group_rows(segs: list[Seg]) -> list[list[Seg]]:
    """Segments that share a visual row, rows top to bottom, runs left to right."""
    rows: list[list[Seg]] = []
    bands: list[tuple[float, float]] = []
    for s in sorted(segs, key=lambda s: (s.top + s.bottom) / 2):
        if rows:
            top, bottom = bands[-1]
            overlap = min(bottom, s.bottom) - max(top, s.top)
            if overlap > 0.5 * min(bottom - top, s.height or 1):
                rows[-1].append(s)
                bands[-1] = (min(top, s.top), max(bottom, s.bottom))
                continue
        rows.append([s])
        bands.append((s.top, s.bottom))
    return [sorted(r, key=lambda s: s.x0) for r in rows]


def split_row(row: list[Seg], gap_factor=1.8) -> list[Seg]:
    """Merge the runs of one row, keeping apart those separated by a wide gap."""
    height = statistics.median([s.height for s in row]) or 1.0
    out = [Seg(row[0].x0, row[0].x1, row[0].top, row[0].bottom, row[0].text.strip(), row[0].ink_x0)]
    for s in row[1:]:
        last = out[-1]
        if s.x0 - last.x1 > gap_factor * height:
            out.append(Seg(s.x0, s.x1, s.top, s.bottom, s.text.strip(), s.ink_x0))
        else:
            joiner = "" if (not last.text or last.text.endswith(" ") or s.text.startswith(" ")
                            or s.x0 - last.x1 < 0.15 * height) else " "
            last.text = (last.text + joiner + s.text.strip()).strip()
            last.x1 = max(last.x1, s.x1)
            last.top, last.bottom = min(last.top, s.top), max(last.bottom, s.bottom)
    return [s for s in out if s.text]


FURNITURE = re.compile(r"^\s*(?:[-–]\s*)?(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–])?\s*$", re.IGNORECASE)
MARKED_NUMBER = re.compile(r"^\s*(?:[-–]\s*\d{1,4}\s*[-–]|trang\s+\d{1,4}(?:\s*/\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4})\s*$",
                           re.IGNORECASE)


def _page_number(items, k, page_no) -> bool:
    """Is items[k], a lone row at the top or bottom of the page, its printed page number?

    A bare number is one only if it is this page's number or stands apart from the text
    (in the margin): a table written one cell per line ("|", "0", "|", "54"...) puts lone
    figures at the top and bottom of pages, and they are text."""
    seg = items[k][2][0]
    if not FURNITURE.match(seg.text):
        return False
    if MARKED_NUMBER.match(seg.text):
        return True
    if page_no is not None and int(re.search(r"\d+", seg.text).group()) == page_no:
        return True
    nxt = k + 1 if k == 0 else k - 1
    if not 0 <= nxt < len(items):
        return False
    other = items[nxt]
    if other[1] == "table":
        gap = other[2].top - seg.bottom if k == 0 else seg.top - other[2].bottom
    else:
        gap = (min(p.top for p in other[2]) - seg.bottom if k == 0
               else seg.top - max(p.bottom for p in other[2]))
    heights = [p.height for it in items if it[1] == "row" for p in it[2]]
    return gap > 1.8 * (statistics.median(heights) if heights else seg.height)


def page_lines(segs: list[Seg], tables: list[Table], page_width: float, page_no: int | None = None) -> list[Line]:
    """Lines of one page: body rows, two-column blocks column by column, tables.
    PAGE_NO (1-based), when known, recognises the printed page number."""
    items = []  # (top, kind, payload)
    for t in tables:
        items.append((t.top, "table", t))
    inside = [s for s in segs if s.text.strip() and not _in_table(s, tables)]
    for row in group_rows(inside):
        parts = split_row(row)
        if parts:
            items.append((min(p.top for p in parts), "row", parts))
    items.sort(key=lambda it: it[0])
    # page numbers: a lone number as the first or last row of the page (one of each)
    if items and items[0][1] == "row" and len(items[0][2]) == 1 and _page_number(items, 0, page_no):
        items.pop(0)
    if items and items[-1][1] == "row" and len(items[-1][2]) == 1 and _page_number(items, len(items) - 1, page_no):
        items.pop()

    out: list[Line] = []
    i = 0
    while i < len(items):
        _, kind, payload = items[i]
        if kind == "table":
            rows = pipe_rows(payload.rows, pad=False)
            if rows:
                out.append(Line("", "table", rows=rows))
            i += 1
            continue
        if len(payload) == 2:
            i = _column_block(items, i, page_width, out)
            continue
        if len(payload) >= 3:
            out.append(Line(pipe_line(clean_cell(p.text) for p in payload), "pipe", payload[0].x0, payload[-1].x1))
        else:
            # a first line indented with spaces starts where its first glyph does: it is
            # not flush with the margin, so it opens a paragraph (see joins)
            first = payload[0]
            out.append(Line(first.text, "body", first.ink_x0 if first.ink_x0 is not None else first.x0, first.x1))
        i += 1
    return out


def _in_table(s: Seg, tables: list[Table]) -> bool:
    cy = (s.top + s.bottom) / 2
    return any(t.top - 1 <= cy <= t.bottom + 1 for t in tables)


def _column_block(items, i, page_width, out) -> int:
    """Write the two-column block starting at items[i]; return the index after it."""
    first = items[i][2]
    split = (first[0].x1 + first[1].x0) / 2
    left, right = [], []
    j = i
    while j < len(items) and items[j][1] == "row":
        parts = items[j][2]
        if len(parts) == 2 and parts[0].x1 < parts[1].x0:
            split_here = (parts[0].x1 + parts[1].x0) / 2
            if j > i and abs(split_here - split) > 0.25 * page_width:
                break
            left.append(parts[0])
            right.append(parts[1])
        elif len(parts) == 1 and j > i and (parts[0].x1 < split or parts[0].x0 > split):
            (left if parts[0].x1 < split else right).append(parts[0])
        else:
            break
        j += 1
    for s in left + right:
        out.append(Line(s.text, "column", s.x0, s.x1))
    return j


# ---------------------------------------------------------------- joining lines into text
SENTENCE_END = re.compile(r"[.;:!?…]['\"”’)\]]*$")
LIST_START = re.compile(
    r"^(?:\d+(?:\.\d+)*[.)](?:\s|$)|[a-zđ][.)]\s|[-–—•+*]\s?|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+|[IVXLC]+[.)]\s"
    r"|PHỤ LỤC|Phụ lục\s|Nơi nhận|QUYẾT ĐỊNH|Căn cứ\s|Theo đề nghị|Xét đề nghị)"
)


def _starts_lower(text: str) -> bool:
    c = text.lstrip()[:1]
    return c.isalpha() and c.islower()


def joins(prev: Line, nxt: Line, right_edge: float, left_edge: float, width: float) -> bool:
    """Is NXT the continuation of PREV's sentence (a line break made by the layout)?"""
    if prev.kind != "body" or nxt.kind != "body":
        return False
    a, b = prev.text.rstrip(), nxt.text.lstrip()
    if not a or not b or LIST_START.match(b):
        return False
    if a.endswith(("\xad", "\x02")) or (a.endswith("-") and a[-2:-1].isalnum()):
        return True  # hyphenation, or a code cut after its dash ("12/QĐ-"); not "-------"
    if a.endswith(";") and prev.x1 >= right_edge - 0.03 * width and nxt.x0 <= left_edge + 0.04 * width:
        # "... cấp huyện;" filling a justified line, "Tỷ lệ ..." flush on the next: one
        # paragraph wrapped after a clause of a list ("gồm: A; B; C và D."); a new item
        # would open with its marker (LIST_START) or an indent
        return True
    if SENTENCE_END.search(a):
        return False
    if _starts_lower(b):
        return True
    if a.isupper() and b.isupper() and prev.x1 - prev.x0 >= 0.6 * width and not b.startswith(("CỘNG HÒA", "CỘNG HOÀ")):
        return True  # a centred heading in capitals wrapped over two lines
    full = prev.x1 >= right_edge - 0.08 * width
    flush = nxt.x0 <= left_edge + 0.04 * width
    return full and flush


def glue(a: str, b: str) -> str:
    a, b = a.rstrip(), b.lstrip()
    if a.endswith(("\xad", "\x02")):
        return a[:-1] + b
    if a.endswith("-") and not a.endswith(" -") and a[-2:-1].isalnum():
        # "QĐ-" + "UBND" keeps the hyphen (a code); "tuy-" + "ến" was word hyphenation
        return (a[:-1] if _starts_lower(b) else a) + b
    return a + " " + b


def _edges(pages: list[list[Line]], widths) -> list[tuple[float, float]]:
    """(left, right) edge of the text block of each page, from the body lines of all the
    pages of its size: a page of short lines (a list, a table written one cell per line)
    has no line reaching the margin, and its own widest line is no measure of "full".
    The third widest line sets the edge, so one line overflowing the margin does not."""
    keys = [round(w) if w else None for w in (widths or [None] * len(pages))]
    groups = {}
    for key, lines in zip(keys, pages):
        groups.setdefault(key, []).extend(l for l in lines if l.kind == "body")
    edges = {}
    for key, body in groups.items():
        x1 = sorted((l.x1 for l in body), reverse=True)
        x0 = sorted(l.x0 for l in body)
        edges[key] = (x0[min(2, len(x0) - 1)] if x0 else 0, x1[min(2, len(x1) - 1)] if x1 else 0)
    out = []
    for key, lines in zip(keys, pages):
        body = [l for l in lines if l.kind == "body"]
        if key is None:  # no page sizes given: each page on its own
            out.append((min((l.x0 for l in body), default=0), max((l.x1 for l in body), default=0)))
        else:
            out.append(edges[key])
    return out


def assemble(pages: list[list[Line]], widths=None) -> tuple[str, list[int]]:
    """Join the pages' lines into the document text; return (text, page_starts).
    WIDTHS: each page's width in the units of its lines' boxes (pages of one size share
    the edges of their text block); without it each page is measured on its own."""
    out: list[str] = []  # finished lines
    page_starts: list[int] = []
    offset = 0  # length of the text made of out[:-1] plus newlines
    last: Line | None = None
    last_table: list[list[str]] | None = None
    page_edges = _edges(pages, widths)
    for lines, (left_edge, right_edge) in zip(pages, page_edges):
        width = (right_edge - left_edge) or 1
        page_started = False
        for n, line in enumerate(lines):
            if line.kind == "table":
                rows = line.rows
                if n == 0 and last_table is not None and last is not None and last.kind == "table" \
                        and len(rows[0]) == len(last_table[0]):
                    if _same_row(rows[0], last_table[0]):
                        rows = rows[1:]  # the header repeated on the continued page
                    last_table.extend(rows)
                else:
                    last_table = rows
                if not rows:
                    continue
                texts = [pipe_line(r) for r in rows]
            else:
                texts = [line.text.strip()]
                if not texts[0]:
                    continue
            if last is not None and line.kind != "table" and joins(last, line, right_edge, left_edge, width):
                joined = glue(out[-1], texts[0])
                if not page_started:
                    page_starts.append(offset + len(joined) - len(texts[0].lstrip()))
                    page_started = True
                out[-1] = joined
                last = Line(joined, "body", line.x0, line.x1)
                continue
            for t in texts:
                if out:
                    offset += len(out[-1]) + 1
                out.append(t)
                if not page_started:
                    page_starts.append(offset)
                    page_started = True
            last = line
            if line.kind != "table":
                last_table = None
        if not page_started:
            page_starts.append(offset + len(out[-1]) + 1 if out else 0)
    text = "\n".join(out)
    page_starts = [min(p, len(text)) for p in page_starts]
    return text, page_starts


def _same_row(a, b) -> bool:
    norm = lambda r: [re.sub(r"\s+", "", c).lower() for c in r]  # noqa: E731
    return norm(a) == norm(b)

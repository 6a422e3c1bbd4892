"""PDF: page text from pypdfium2, tables from pdfplumber (only where needed), OCR for scans.

pypdfium2 gives each page's text runs with their boxes in milliseconds. Tables are
looked for only on pages that draw enough rules to hold one (path objects counted with
pypdfium2): first as a grid of those rules (readers/pdfgrid.py, milliseconds), and
where the rules form no clean grid with pdfplumber's table finder, accurate but slow
(about 20 pages a second); each pdfplumber page is closed as soon as it is read so
memory stays flat. Pages with no
usable text layer are sent to OCR (readers/ocr.py) according to --ocr.
"""
from __future__ import annotations

import io
import re
import unicodedata

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import ReadError
from . import Source
from . import layout, pdfgrid
from .layout import Seg, Table

MIN_RULES = 6  # path objects a page needs before pdfplumber looks for tables on it
MIN_PAGE_CHARS = 25  # fewer characters than this: the page has no usable text layer


def _open(data: bytes) -> pdfium.PdfDocument:
    if b"%%EOF" not in data[-2048:] and b"%%EOF" not in data[-64 * 1024:]:
        # pdfium repairs many broken files silently; a file cut short is refused plainly
        raise ReadError("truncated PDF (no end-of-file marker)")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise ReadError("encrypted PDF (password required)") from None
        if "format" in msg or "corrupt" in msg or "file" in msg:
            raise ReadError("not a readable PDF (damaged or not a PDF)") from None
        raise ReadError(f"PDF cannot be opened: {exc}".splitlines()[0]) from None


def _is_encrypted(data: bytes) -> bool:
    return re.search(rb"/Encrypt\s+\d+\s+\d+\s+R|/Encrypt\s*<<", data[-200_000:]) is not None


def page_runs(page) -> tuple[list[Seg], int]:
    """Text runs of a page (pdfium text rectangles) in top-down coordinates; char count."""
    height = page.get_height()
    tp = page.get_textpage()
    try:
        n = tp.count_chars()
        segs = []
        if n > 0:
            for i in range(tp.count_rects(0, n)):
                left, bottom, right, top = tp.get_rect(i)
                text = tp.get_text_bounded(left, bottom, right, top)
                text = text.replace("\r", " ").replace("\n", " ").replace("\ufffe", "\xad")
                if text.strip():
                    segs.append(Seg(left, right, height - top, height - bottom, text))
            _ink_starts(tp, n, segs, height)
        return segs, n
    finally:
        tp.close()


def _ink_starts(tp, n, segs, height) -> None:
    """Set ink_x0 on the runs that open with spaces (a first-line indent typed as spaces:
    pdfium's run box starts at the first space). Character boxes are read only on pages
    that have such runs."""
    lead = [s for s in segs if s.text[:1].isspace()]
    if not lead:
        return
    chars = tp.get_text_range(0, n)
    if len(chars) != n:
        return
    boxes = np.array([tp.get_charbox(i) for i in range(n) if not chars[i].isspace()] or [(0, 0, 0, 0)])
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, height - (boxes[:, 1] + boxes[:, 3]) / 2  # top-down y
    for s in lead:
        inside = (cx >= s.x0 - 0.5) & (cx <= s.x1 + 0.5) & (cy >= s.top - 0.5) & (cy <= s.bottom + 0.5)
        if inside.any():
            s.ink_x0 = float(boxes[inside, 0].min())


def rule_count(page) -> int:
    return sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2))


class _Plumber:
    """pdfplumber opened lazily, once, and only if a page needs its table finder."""

    def __init__(self, data):
        self.data = data
        self.pdf = None

    def tables(self, index) -> list[Table]:
        import pdfplumber

        if self.pdf is None:
            self.pdf = pdfplumber.open(io.BytesIO(self.data))
        page = self.pdf.pages[index]
        try:
            out = []
            for t in page.find_tables():
                rows = t.extract()
                if rows and max(len(r) for r in rows) >= 2:
                    x0, top, x1, bottom = t.bbox
                    out.append(Table(top, bottom, rows))
            return out
        finally:
            page.close()  # drops the page's parsed objects: memory stays flat

    def close(self):
        if self.pdf is not None:
            self.pdf.close()


def read_pdf(path: str, data: bytes, sha: str, ocr: str = "auto") -> Source:
    if _is_encrypted(data):
        try:
            pdfium.PdfDocument(data).close()  # an empty user password opens some "encrypted" files
        except pdfium.PdfiumError:
            raise ReadError("encrypted PDF (password required)") from None
    pdf = _open(data)
    plumber = _Plumber(data)
    warnings: list[str] = []
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise ReadError("PDF has no pages")
        pages_runs, rules, widths, grids = [], [], [], []
        for i in range(n_pages):
            page = pdf[i]
            try:
                segs, n = page_runs(page)
                pages_runs.append(segs if n >= MIN_PAGE_CHARS else [])
                rules.append(rule_count(page) if n >= MIN_PAGE_CHARS else 0)
                widths.append(page.get_width())
                grid = None
                if rules[-1] >= MIN_RULES:
                    tp = page.get_textpage()
                    try:
                        grid = pdfgrid.find_tables(page, tp)  # None: no clean grid, pdfplumber decides
                    finally:
                        tp.close()
                grids.append(grid)
            finally:
                page.close()

        from . import legacy

        all_text = "\n".join(s.text for segs in pages_runs for s in segs)
        encoding = None
        conv = legacy.detect(all_text, fonts=legacy.pdf_font_names(data))
        if conv:
            encoding = conv
            for segs in pages_runs:
                for s in segs:
                    s.text = legacy.convert(s.text, conv)
            all_text = legacy.convert(all_text, conv)
            warnings.append(f"legacy {conv} text converted to Unicode")

        garbage = bool(all_text.strip()) and not legacy.reads_as_vietnamese(all_text)
        need_ocr = [i for i in range(n_pages) if not pages_runs[i]]
        if ocr == "always" or (garbage and ocr == "auto"):
            need_ocr = list(range(n_pages))
            if garbage:
                warnings.append("text layer is not readable Vietnamese: pages were OCRed")
        if ocr == "never":
            need_ocr = []

        ocr_pages = {}
        if need_ocr:
            from .ocr import ocr_pdf_pages

            ocr_pages = ocr_pdf_pages(pdf, need_ocr)

        pages_lines, confidences = [], []
        for i in range(n_pages):
            if i in ocr_pages:
                lines, conf = ocr_pages[i]
                pages_lines.append(lines)
                confidences.append(conf)
                continue
            segs = pages_runs[i]
            tables = [] if rules[i] < MIN_RULES else grids[i] if grids[i] is not None else plumber.tables(i)
            if tables and conv:
                for t in tables:
                    t.rows = [[legacy.convert(c, conv) if c else c for c in r] for r in t.rows]
            pages_lines.append(layout.page_lines(segs, tables, widths[i], page_no=i + 1))
            confidences.append(1.0)
    finally:
        plumber.close()
        pdf.close()

    # OCR lines are in pixels of the page rendered at ocr.DPI: pages of another size class
    scale = 1.0
    if ocr_pages:
        from .ocr import DPI as OCR_DPI

        scale = OCR_DPI / 72
    sizes = [w * scale if i in ocr_pages else w for i, w in enumerate(widths)]
    text, page_starts = layout.assemble(pages_lines, sizes)
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        if ocr == "never":
            raise ReadError("no text layer (scanned PDF) and --ocr never")
        raise ReadError("no text found in PDF (not even by OCR)")
    src = Source(path=path, text=text, format="pdf", sha256=sha, page_starts=page_starts,
                 encoding=encoding, warnings=warnings)
    if ocr_pages:
        src.ocr = True
        src.page_confidence = confidences
        src.ocr_confidence = round(sum(confidences[i] for i in ocr_pages) / len(ocr_pages), 3)
        blank = [i + 1 for i in need_ocr if not any(l.text or l.rows for l in ocr_pages[i][0])]
        if blank:
            warnings.append(f"OCR found no text on page(s) {', '.join(map(str, blank))}")
    return src

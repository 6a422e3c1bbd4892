"""DOCX with python-docx: paragraphs and tables in document order.

Tables become pipe lines (readers/layout.py), header row first. Merged cells: a cell
spanning several grid columns is written once and followed by empty cells; a cell
continued downwards (vMerge) repeats the value above. Layout tables (the two-column
decision header and the signature block, drawn as borderless tables in Word) are
written column by column, one line per paragraph, so they do not glue into the body.
Runs set in a legacy Vietnamese font (.VnTime, VNI-Times) are converted to Unicode. Word's
automatic numbering labels ("1.", "a)", "-") are put back in front of their paragraphs (docxlabels.py).

Source.locations maps offsets to "paragraph N" / "table N row M" (the DOCX has no pages).
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile

from ..errors import ReadError
from . import Source, legacy
from .docxlabels import Labeller
from .layout import pipe_line, pipe_rows

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LAYOUT_TABLE = re.compile(r"CỘNG H[ÒO]A XÃ HỘI|Độc lập\s*-\s*Tự do|Nơi nhận|^(?:TM|KT|TL|TUQ)\.", re.IGNORECASE | re.MULTILINE)


# The parts of a DOCX once unpacked; a decision with every appendix stays far under it
EXPANDED_MAX_BYTES = 200 * 1024 * 1024


def _open(data: bytes):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        # the sizes the archive declares bound what zipfile will unpack (it stops there)
        if sum(info.file_size for info in archive.infolist()) > EXPANDED_MAX_BYTES:
            raise ReadError(f"DOCX expands to more than {EXPANDED_MAX_BYTES // 2**20} MB (a zip bomb?), not read")
        archive.testzip()
    except zipfile.BadZipFile:
        raise ReadError("damaged DOCX (not a readable zip archive)") from None
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError):
        raise ReadError("zip archive is not a Word document (.docx)") from None
    except MemoryError:
        raise  # over the worker's memory limit: said as such, not as damage
    except Exception as exc:  # lxml errors on a broken document.xml
        raise ReadError(f"damaged DOCX: {type(exc).__name__}") from None


class _Fonts:
    """The font a run is set in: its own, else its paragraph style's, else the default."""

    def __init__(self, document):
        self.default = None
        try:
            self.default = document.styles["Normal"].font.name
        except KeyError:
            pass
        if not self.default:
            fonts = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
            if fonts is not None:
                self.default = fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi")

    def of(self, run, paragraph):
        name = run.font.name
        if not name:
            style = paragraph.style
            while style is not None and not name:
                name = style.font.name
                style = style.base_style
        return name or self.default


def _paragraph_text(paragraph, fonts: _Fonts, used: set, labels: Labeller) -> str:
    parts = []
    for run in paragraph.runs:
        text = run.text
        enc = legacy.font_encoding(fonts.of(run, paragraph))
        if enc:
            used.add(enc)
            text = legacy.convert(text, enc)
        parts.append(text)
    if not paragraph.runs:  # text in hyperlinks / fields only
        parts.append(paragraph.text)
    text = "".join(parts)
    label = labels(paragraph._p)  # counted even on an empty paragraph, as Word counts it
    return f"{label} {text.lstrip()}" if label and text.strip() else text


def _cell_text(cell, fonts, used, labels) -> str:
    return "\n".join(_paragraph_text(p, fonts, used, labels) for p in cell.paragraphs)


def _table_rows(table, fonts, used, labels) -> list[list[str]]:
    """Rows on the table's grid, merges resolved (see module doc)."""
    from docx.table import _Cell

    rows, above = [], {}
    for tr in table._tbl.tr_lst:
        row, col = [], 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            vmerge = tc.vMerge
            if vmerge == "continue":
                text = above.get(col, "")
            else:
                text = _cell_text(_Cell(tc, table), fonts, used, labels)
            row.append(text)
            row.extend([""] * (span - 1))
            above[col] = text
            col += span
        rows.append(row)
    return rows


def read_docx(path: str, data: bytes, sha: str) -> Source:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = _open(data)
    fonts = _Fonts(document)
    labels = Labeller(document)
    used: set[str] = set()
    lines: list[tuple[str, str]] = []  # (text, location)
    n_par = n_tab = 0
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == f"{W}p":
            n_par += 1
            text = _paragraph_text(Paragraph(child, document), fonts, used, labels)
            for part in text.split("\n"):
                lines.append((part.strip(), f"paragraph {n_par}"))
        elif child.tag == f"{W}tbl":
            n_tab += 1
            table = Table(child, document)
            rows = _table_rows(table, fonts, used, labels)
            flat = "\n".join(c for r in rows for c in r)
            if LAYOUT_TABLE.search(flat) and max((len(r) for r in rows), default=0) <= 3:
                for col in range(max(len(r) for r in rows)):
                    for r_i, r in enumerate(rows):
                        if col < len(r):
                            for part in r[col].split("\n"):
                                lines.append((part.strip(), f"table {n_tab} row {r_i + 1}"))
                continue
            cleaned = pipe_rows(rows)
            for r_i, r in enumerate(cleaned):
                lines.append((pipe_line(r), f"table {n_tab} row {r_i + 1}"))
    text_parts, locations, offset = [], [], 0
    for text, loc in lines:
        if not text:
            continue
        text = unicodedata.normalize("NFC", text)
        locations.append((offset, loc))
        text_parts.append(text)
        offset += len(text) + 1
    text = "\n".join(text_parts)
    encoding = None
    warnings = []
    if used:
        encoding = "+".join(sorted(used))
        warnings.append(f"legacy {encoding} font runs converted to Unicode")
    else:
        enc = legacy.detect(text)
        if enc:
            text = legacy.convert(text, enc)  # same number of lines; locations stay close
            encoding = enc
            warnings.append(f"legacy {enc} text (detected from its characters) converted to Unicode")
            locations = None
    if not text.strip():
        raise ReadError("no text in DOCX")
    return Source(path=path, text=text, format="docx", sha256=sha, encoding=encoding, warnings=warnings,
                  locations=locations)

"""Render the text-PDF documents of corpus/build/docs.py into corpus/pdf/ (fpdf2).

    .venv/bin/pip install -e '.[corpus]' && .venv/bin/python corpus/build/make_pdfs.py

The layout follows a real decision: the two-column header block (issuer | national motto,
number | place and date), the centred title, justified paragraphs that the renderer
wraps, ruled appendix tables whose header repeats on every page, the signature block,
and a page number at the top of every page after the first. The font is DejaVu Serif
(Debian package fonts-dejavu-core), embedded as a Unicode TrueType subset.
"""
from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TableBordersLayout  # noqa: F401  (kept for readers tweaking borders)
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import docs  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
OUT = HERE.parent / "pdf"


class Decision(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("serif", size=11)
            self.set_y(8)
            self.cell(0, 5, str(self.page_no()), align="C")
            self.set_y(20)


def new_pdf():
    pdf = Decision(format="A4")
    pdf.set_margins(25, 20, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.set_creator("chitieu corpus")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 1))
    pdf.add_page()
    return pdf


def two_columns(pdf, left, right, left_style="B", right_style="B", size=11):
    """Write LEFT and RIGHT lines side by side, each centred in its column."""
    y0 = pdf.get_y()
    lx, lw, rx, rw = 18, 72, 92, 106
    pdf.set_xy(lx, y0)
    for i, line in enumerate(left):
        pdf.set_font("serif", left_style if (i > 0 or left_style != "B") else "", size)
        if line.startswith("-"):
            pdf.set_font("serif", "", size)
        pdf.set_x(lx)
        pdf.cell(lw, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    y_left = pdf.get_y()
    pdf.set_xy(rx, y0)
    for i, line in enumerate(right):
        style = right_style if i == 0 or right_style == "I" else "B"
        pdf.set_font("serif", style, size)
        pdf.set_x(rx)
        pdf.cell(rw, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y_left, pdf.get_y()) + 2)


def paragraph(pdf, text, style="", size=13, align="J", indent=True):
    pdf.set_font("serif", style, size)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(0, 7, ("      " if indent else "") + text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def table(pdf, spec):
    header = spec["header"]
    n = len(header)
    widths = {3: (12, 110, 45), 4: (12, 95, 30, 30), 5: (12, 78, 28, 24, 25)}.get(n) or tuple([166 / n] * n)
    pdf.set_font("serif", "", 11)
    with pdf.table(col_widths=widths, line_height=6, text_align=("CENTER", "LEFT") + ("CENTER",) * (n - 2),
                   headings_style=FontFace(emphasis="BOLD"), repeat_headings=1, width=sum(widths)) as t:
        row = t.row()
        for cell in header:
            row.cell(cell)
        for values in spec["rows"]:
            row = t.row()
            for cell in values:
                row.cell(cell)
    pdf.ln(3)


def render(d, pdf=None):
    """Draw document D; returns the FPDF object."""
    pdf = pdf or new_pdf()
    h = d["head"]
    two_columns(pdf, h["left"] + [h["number"]], h["right"] + [h["date"]])
    pdf.ln(4)
    paragraph(pdf, d["kind"], "B", 14, "C", indent=False)
    paragraph(pdf, d["title"], "B", 13, "C", indent=False)
    if d.get("authority"):
        pdf.ln(2)
        paragraph(pdf, d["authority"], "B", 13, "C", indent=False)
    pdf.ln(2)
    for line in d.get("basis", []):
        paragraph(pdf, line, "I" if line.startswith(("Căn cứ", "Theo", "Xét")) else "")
    if d["kind"] == "QUYẾT ĐỊNH":
        paragraph(pdf, "QUYẾT ĐỊNH:", "B", 13, "C", indent=False)
    for block in d["body"]:
        if block[0] == "break":
            pdf.add_page()
        elif block[0] == "h":
            text = block[1]
            centred = text.isupper() and len(text) < 90
            paragraph(pdf, text, "B", 13, "C" if centred else "J", indent=not centred)
        elif block[0] == "p":
            paragraph(pdf, block[1], "I" if block[1].startswith("(Kèm theo") else "")
        elif block[0] == "table":
            table(pdf, block[1])
    pdf.ln(6)
    if pdf.get_y() > 230:
        pdf.add_page()
    title, name = d["signer"]
    left = ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."]
    right = title.split("\n") + ["", "(Đã ký)", "", name]
    two_columns(pdf, left, right, left_style="I", right_style="B", size=11)
    return pdf


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for d in docs.DOCS:
        if d["fmt"] != "pdf":
            continue
        path = OUT / f"{d['stem']}.pdf"
        render(d).output(str(path))
        print(path)


if __name__ == "__main__":
    main()

"""Write the DOCX documents of docs.py into corpus/docx/ and the legacy-encoded ones
into corpus/legacy/ (python-docx; legacy tables inverted from viparse's).

A DOCX is laid out as Word users do: the decision header is a borderless two-column
table, the body is paragraphs, appendix tables use the "Table Grid" style, and the
signature block is another borderless table. The VNI document types every run in
"VNI-Times" with VNI byte sequences; the TCVN3 document is a plain .txt file in TCVN3
bytes (what a .VnTime text saved as "plain text" gives).
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from viparse.normalize.encodings import get_charmap

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import docs  # noqa: E402

ROOT = HERE.parent


def legacy_encoder(name):
    """Unicode -> legacy surface text, by inverting viparse's conversion table."""
    inverse = {}
    for legacy_seq, uni in get_charmap(name).pairs:
        uni = unicodedata.normalize("NFC", uni)
        if len(uni) == 1 and uni not in inverse:
            inverse[uni] = legacy_seq

    def encode(text):
        out = []
        for ch in unicodedata.normalize("NFC", text):
            if ch in inverse:
                out.append(inverse[ch])
            elif ch.lower() in inverse and not ch.isascii():
                out.append(inverse[ch.lower()])  # TCVN3 has no capital toned letters
            else:
                out.append(ch)
        return "".join(out)

    return encode


def document_lines(d):
    """The document as (kind, payload) items shared by the DOCX and text renderers."""
    h = d["head"]
    yield "layout", (h["left"] + [h["number"]], h["right"] + [h["date"]])
    yield "title", d["kind"]
    yield "title", d["title"]
    if d.get("authority"):
        yield "title", d["authority"]
    for line in d.get("basis", []):
        yield "p", line
    if d["kind"] == "QUYẾT ĐỊNH":
        yield "title", "QUYẾT ĐỊNH:"
    for block in d["body"]:
        if block[0] in ("h", "p"):
            yield block
        elif block[0] == "table":
            yield "table", block[1]
    title, name = d["signer"]
    yield "layout", (["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."], title.split("\n") + ["(Đã ký)", name])


def render_docx(d, encode=None, font="Times New Roman"):
    enc = encode or (lambda s: s)
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(13)

    def para(container, text, bold=False, center=False, italic=False):
        p = container.add_paragraph()
        run = p.add_run(enc(text))
        run.bold, run.italic = bold, italic
        run.font.name = font
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    for kind, payload in document_lines(d):
        if kind == "layout":
            left, right = payload
            t = doc.add_table(rows=1, cols=2)
            for cell, lines in zip(t.rows[0].cells, (left, right)):
                cell.paragraphs[0].text = ""
                first = True
                for line in lines:
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    run = p.add_run(enc(line))
                    run.font.name = font
                    run.bold = line.isupper()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "title":
            para(doc, payload, bold=True, center=True)
        elif kind == "h":
            para(doc, payload, bold=True)
        elif kind == "p":
            para(doc, payload, italic=payload.startswith("Căn cứ"))
        elif kind == "table":
            t = doc.add_table(rows=1 + len(payload["rows"]), cols=len(payload["header"]))
            t.style = "Table Grid"
            for r, values in enumerate([payload["header"]] + payload["rows"]):
                for c, value in enumerate(values):
                    cell = t.cell(r, c)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(enc(value))
                    run.font.name = font
                    run.bold = r == 0
    return doc


def render_text(d, encode):
    out = []
    for kind, payload in document_lines(d):
        if kind == "layout":
            out.extend(payload[0] + payload[1])
        elif kind == "table":
            for row in [payload["header"]] + payload["rows"]:
                out.append(" | ".join(row))
        else:
            out.append(payload)
    return encode("\r\n".join(out) + "\r\n")


def _byte(ch):
    """The byte of a TCVN3 surface character (Windows-1252 where it has one, else Latin-1)."""
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ch.encode("latin-1")[0]


def main():
    tcvn3, vni = legacy_encoder("tcvn3"), legacy_encoder("vni")
    for d in docs.DOCS:
        if d["fmt"] == "docx":
            path = ROOT / "docx" / f"{d['stem']}.docx"
            path.parent.mkdir(parents=True, exist_ok=True)
            render_docx(d).save(path)
        elif d["fmt"] == "legacy-vni":
            path = ROOT / "legacy" / f"{d['stem']}.docx"
            path.parent.mkdir(parents=True, exist_ok=True)
            render_docx(d, encode=vni, font="VNI-Times").save(path)
        elif d["fmt"] == "legacy-tcvn3":
            path = ROOT / "legacy" / f"{d['stem']}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            # the TCVN3 surface characters are single bytes in Windows-1252/Latin-1
            path.write_bytes(bytes(_byte(ch) for ch in render_text(d, tcvn3)))
        else:
            continue
        print(path)


if __name__ == "__main__":
    main()

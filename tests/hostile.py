"""A folder of hostile input next to a few good Vietnamese documents.

    python tests/hostile.py DIR

make_hostile(folder) writes, into FOLDER (created if needed):
  good: a handful of decisions copied from corpus/text (and their gold files in
        FOLDER/../gold, for `chitieu eval`);
  bad:  a DOCX zip bomb (a few MB expanding to gigabytes), a PDF whose one page is
        5 m square with no text (rendering it for OCR would take gigabytes), a FIFO, a
        symlink to /dev/zero named like a document, a symlinked folder leading outside
        FOLDER (to FOLDER/../outside, which holds a decision of its own), a file whose
        name has a newline;
  odd:  a name that is not valid UTF-8 (a good decision), deeply nested HTML, a text
        table of about 256 KB, a decision with NUL bytes inside words, a decision
        mixing UTF-8 and Windows-1258 lines.
It returns {case: path} so tests can say what each file must become.
"""
from __future__ import annotations

import os
import shutil
import struct
import sys
import unicodedata
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOOD = ["t01_binhphuoc-qd-2024-giao-chi-tieu-tthc", "t05_tayninh-tin-2024-giao-chi-tieu-dvc",
        "t09_ninhbinh-kh-2025-cchc", "t19_cantho-qd-2025-chi-tieu-cuoi-nam-hai-cap"]

# what each case must become in every command: a document, or one error line
BAD = ("bomb", "huge_page", "fifo", "dev_zero", "outside_link", "newline_name")
GOOD_CASES = ("good", "bad_utf8_name", "nul_bytes", "mixed_encoding")
EITHER = ("nested_html", "big_table")  # read, or refused in one line: both are fine


# ------------------------------------------------------------------ zip bomb
def _zip_member(name: bytes, method: int, crc: int, csize: int, usize: int, offset: int):
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, csize, usize, len(name), 0) + name
    central = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 0x21, crc, csize, usize,
                          len(name), 0, 0, 0, 0, 0, offset) + name
    return local, central


def zip_bomb_docx(path: Path, expanded_gb: float = 3.0) -> None:
    """A DOCX whose word/document.xml expands to EXPANDED_GB gigabytes of paragraphs.

    Deflate after a full flush forgets its history, so one compressed megabyte of
    paragraphs can be repeated as bytes: writing takes a second, not a minute of zlib."""
    # one long run of one letter per paragraph: the shortest match distance, the best ratio
    unit = b"<w:p><w:r><w:t>" + b"9" * ((1 << 20) - 33) + b"</w:t></w:r></w:p>"
    times = int(expanded_gb * 2**30 / len(unit))
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    tail = b"</w:body></w:document>"

    def flushed(data):
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(zlib.Z_FULL_FLUSH)

    unit_z = flushed(unit)
    end = zlib.compressobj(9, zlib.DEFLATED, -15)
    tail_z = end.compress(tail) + end.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(unit, crc)
    crc = zlib.crc32(tail, crc)
    usize = len(head) + times * len(unit) + len(tail)
    assert usize < 2**32, "keep under 4 GB: no zip64 records are written"
    head_z = flushed(head)
    csize = len(head_z) + times * len(unit_z) + len(tail_z)

    small = {
        b"[Content_Types].xml": (
            b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            b'"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            b'document.main+xml"/></Types>'),
        b"_rels/.rels": (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    }
    centrals = []
    with open(path, "wb") as fh:
        for name, data in small.items():
            local, central = _zip_member(name, 0, zlib.crc32(data), len(data), len(data), fh.tell())
            fh.write(local + data)
            centrals.append(central)
        local, central = _zip_member(b"word/document.xml", 8, crc, csize, usize, fh.tell())
        fh.write(local + head_z)
        for _ in range(times):
            fh.write(unit_z)
        fh.write(tail_z)
        centrals.append(central)
        start = fh.tell()
        directory = b"".join(centrals)
        fh.write(directory)
        fh.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(centrals), len(centrals), len(directory), start, 0))


# ------------------------------------------------------------------ huge page
def huge_page_pdf(path: Path, points: int = 14400) -> None:
    """One page POINTS x POINTS (14400 pt = 5 m, the largest PDF allows) with a ruled
    frame and no text: a scan as far as chitieu can tell, so OCR would render it
    (60,000 pixels square at 300 dpi)."""
    stream = b"4 w 100 100 m %d 100 l %d %d l 100 %d l h S" % (points - 100, points - 100, points - 100, points - 100)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R >>" % (points, points),
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))


# ------------------------------------------------------------------ the rest
def nested_html(levels: int) -> str:
    return ("<!DOCTYPE html><html><body>" + "<div>" * levels
            + "<p>Tỷ lệ hồ sơ giải quyết đúng hạn năm 2025 đạt tối thiểu 98%.</p>" + "</div>" * levels
            + "</body></html>")


def text_table(size: int) -> str:
    """A plan's appendix as a text table: one row per commune, about SIZE bytes."""
    head = ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025\nPhụ lục: chỉ tiêu giao các xã\n"
            "STT | Đơn vị | Tỷ lệ hồ sơ trực tuyến | Tỷ lệ đúng hạn | Số hồ sơ\n")
    rows, n = [], 0
    while len(head.encode()) + sum(len(r.encode()) for r in rows) < size:
        n += 1
        rows.append(f"{n} | Xã Thuận Lợi {n} | {40 + n % 50}% | {90 + n % 9}% | {1000 + 37 * n}\n")
    return head + "".join(rows)


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """TEXT as Windows-1258 writes it: letters with circumflex, breve or horn precomposed,
    the tone as a separate combining mark (Python's codec maps only that form)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        out.append(base + "".join(c for c in parts if c in TONE_MARKS))
    return "".join(out).encode("cp1258")


def make_hostile(folder, nested_levels: int = 100_000, table_bytes: int = 256 * 1024,
                 bomb_gb: float = 3.0, leave_out=()) -> dict[str, Path]:
    """Write the corpus into FOLDER; return {case: path} (paths as the walk will list them).
    LEAVE_OUT: cases not to write."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    gold, outside = folder.parent / "gold", folder.parent / "outside"
    gold.mkdir(exist_ok=True)
    outside.mkdir(exist_ok=True)
    cases: dict[str, Path] = {}
    for n, name in enumerate(GOOD):
        shutil.copy(CORPUS / "text" / f"{name}.txt", folder / f"{name}.txt")
        shutil.copy(CORPUS / "gold" / f"{name}.json", gold / f"{name}.json")
        cases[f"good{n}" if n else "good"] = folder / f"{name}.txt"
    decision = (CORPUS / "text" / f"{GOOD[0]}.txt").read_text(encoding="utf-8")

    zip_bomb_docx(folder / "phu-luc-bom.docx", bomb_gb)
    cases["bomb"] = folder / "phu-luc-bom.docx"
    huge_page_pdf(folder / "ban-do-khong-lo.pdf")
    cases["huge_page"] = folder / "ban-do-khong-lo.pdf"
    os.mkfifo(folder / "ong-dan.txt")
    cases["fifo"] = folder / "ong-dan.txt"
    os.symlink("/dev/zero", folder / "so-khong.txt")
    cases["dev_zero"] = folder / "so-khong.txt"
    (outside / "qd-ben-ngoai.txt").write_text(decision.replace("Bình Phước", "Bình Dương"), encoding="utf-8")
    os.symlink(outside, folder / "lien-ket-ra-ngoai", target_is_directory=True)
    cases["outside_link"] = folder / "lien-ket-ra-ngoai"
    (folder / "dong\nchitieu: gia-mao.txt").write_bytes(b"")
    cases["newline_name"] = folder / "dong\nchitieu: gia-mao.txt"
    bad_name = os.fsencode(folder) + b"/qd-\xff\xfe-ten-hong.txt"
    with open(bad_name, "wb") as fh:
        fh.write(decision.replace("Bình Phước", "Bình Thuận").encode("utf-8"))
    cases["bad_utf8_name"] = Path(os.fsdecode(bad_name))

    (folder / "long-sau.html").write_text(nested_html(nested_levels), encoding="utf-8")
    cases["nested_html"] = folder / "long-sau.html"
    (folder / "bang-lon.txt").write_text(text_table(table_bytes), encoding="utf-8")
    cases["big_table"] = folder / "bang-lon.txt"
    # NULs inside words, as a broken export leaves them (few enough not to look binary)
    nul = decision.replace("Bình Phước", "Long An").replace("hồ sơ", "h\x00ồ sơ").replace("Tỷ lệ", "T\x00\x00ỷ lệ")
    (folder / "co-nul.txt").write_text(nul, encoding="utf-8")
    cases["nul_bytes"] = folder / "co-nul.txt"
    # a UTF-8 decision to which someone appended lines typed in Windows-1258
    mixed = decision.replace("Bình Phước", "Hậu Giang").encode("utf-8") + (
        cp1258("\nPhụ lục bổ sung: Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.\n"))
    (folder / "tron-ma.txt").write_bytes(mixed)
    cases["mixed_encoding"] = folder / "tron-ma.txt"
    for case in leave_out:
        path = cases.pop(case)
        os.unlink(os.fsencode(path))
    return cases


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/hostile.py DIR")
    for case, path in make_hostile(sys.argv[1]).items():
        print(f"{case:15} {os.fsencode(path)!r}")

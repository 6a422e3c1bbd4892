"""PDF reader on the format corpus: page numbers, pipe tables, continued tables,
header block, sentence joining, and one-line errors for broken files."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from extractor.errors import ReadError
from extractor.readers import read
from extractor.readers.layout import Line, assemble, glue, joins

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "corpus" / "pdf"


def _pdf(stem):
    return read(str(next(PDF.glob(f"{stem}*.pdf"))), ocr="never")


def test_header_block_is_one_line_per_row_and_column():
    src = _pdf("p04_")
    lines = src.text.splitlines()
    assert lines[:8] == ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "-------", "Số: 2031/QĐ-UBND",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
                         "Hà Tĩnh, ngày 15 tháng 08 năm 2024"]
    # nothing of the header glued to another line
    assert not any("TỈNH HÀ TĨNH" in l and "CỘNG HÒA" in l for l in lines)


def test_lines_broken_by_the_layout_are_joined_into_sentences():
    text = _pdf("p04_").text
    assert ("4. Tỷ lệ hồ sơ trực tuyến toàn trình tối thiểu 60% đối với sở, ban, ngành; 40% đối với UBND cấp "
            "huyện và 30% đối với UBND cấp xã.") in text.splitlines()
    assert "1. Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt tối thiểu 98%." in text.splitlines()
    # numbered items and articles stay on their own lines
    assert "\n2. Phấn đấu tỷ lệ hài lòng" in text and "\nĐiều 2. Chỉ tiêu về số hóa hồ sơ\n" in text


def test_tables_are_pipe_lines_with_the_header_first():
    lines = _pdf("p01_").text.splitlines()
    i = lines.index("STT | Chỉ tiêu | Sở, ban, ngành | UBND cấp huyện | UBND cấp xã")
    assert lines[i + 1] == "1 | Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn | 100% | 98% | 98%"
    assert lines[i + 6].startswith("6 | Mức độ hài lòng của người dân, doanh nghiệp | 95%")


def test_per_year_columns():
    lines = _pdf("p02_").text.splitlines()
    i = lines.index("STT | Chỉ tiêu | 2025 | 2026 | 2027")
    assert lines[i + 1] == "1 | Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ | 50% | 65% | 80%"


def test_table_continued_over_pages_is_joined_once_and_pages_are_right():
    src = _pdf("p03_")
    assert src.pages == 3
    lines = src.text.splitlines()
    header = "STT | Chỉ tiêu | Sở, ban, ngành | UBND cấp huyện | UBND cấp xã"
    assert lines.count(header) == 1  # repeated header dropped on pages 2 and 3
    start = lines.index(header)
    numbers = [l.split(" | ")[0] for l in lines[start + 1:start + 31]]
    assert numbers == [str(n) for n in range(1, 31)]  # one table, rows in order, none lost
    # the page of a row is the page it is printed on
    row30 = src.text.index("30 | Tỷ lệ hồ sơ được tiếp nhận không phụ thuộc địa giới")
    row1 = src.text.index("1 | Tỷ lệ hồ sơ đất đai")
    assert src.page_of(row1) == 1 and src.page_of(row30) == 3
    # every page start is the start of a line
    assert all(p == 0 or src.text[p - 1] == "\n" for p in src.page_starts)


def test_page_numbers_of_the_appendix_and_no_page_furniture():
    src = _pdf("p07_")
    assert src.pages == 2
    assert src.page_of(src.text.index("Phấn đấu năm 2024")) == 1
    assert src.page_of(src.text.index("PHỤ LỤC")) == 2
    assert "\n2\n" not in src.text  # the printed page number is not text


def test_joining_rules():
    w = 400
    body = lambda t, x0=50, x1=450: Line(t, "body", x0, x1)  # noqa: E731
    assert joins(body("tỷ lệ hồ sơ được giải quyết đúng hạn đạt tối"), body("thiểu 98%.", x1=120), 450, 50, w)
    assert not joins(body("giải quyết thủ tục hành chính;"), body("b) Tỷ lệ hồ sơ"), 450, 50, w)
    assert not joins(body("Điều 1. Mục tiêu", x1=200), body("Phấn đấu năm 2025"), 450, 50, w)
    assert joins(body("ban hành kèm theo Quyết định số 12/QĐ-"), body("UBND ngày 5 tháng 3"), 450, 50, w)
    assert glue("Quyết định số 12/QĐ-", "UBND ngày") == "Quyết định số 12/QĐ-UBND ngày"
    assert glue("giải quyết trực tuy-", "ến toàn trình") == "giải quyết trực tuyến toàn trình"
    assert glue("kinh tế -", "xã hội") == "kinh tế - xã hội"
    text, starts = assemble([[body("một câu bị cắt ở cuối")], [body("trang và tiếp tục.")]])
    assert text == "một câu bị cắt ở cuối trang và tiếp tục." and starts == [0, text.index("trang")]


def test_fast_grid_tables_agree_with_pdfplumber_and_skip_it(monkeypatch):
    """Ruled tables are read from pypdfium2's rules (fast) and give pdfplumber's cells."""
    import pdfplumber
    import pypdfium2 as pdfium

    import extractor.readers.pdf as pdf_mod
    from extractor.readers import pdfgrid
    from extractor.readers.layout import pipe_rows

    checked = 0
    for path in sorted(PDF.glob("*.pdf")):
        doc = pdfium.PdfDocument(str(path))
        with pdfplumber.open(str(path)) as plumber:
            for i in range(len(doc)):
                page = doc[i]
                tp = page.get_textpage()
                fast = pdfgrid.find_tables(page, tp) or []
                slow = [t.extract() for t in plumber.pages[i].find_tables()]
                assert [pipe_rows(t.rows) for t in fast] == [pipe_rows(rows) for rows in slow], (path.name, i)
                checked += len(fast)
        doc.close()
    assert checked >= 9
    calls = []
    monkeypatch.setattr(pdf_mod._Plumber, "tables", lambda self, i: calls.append(i) or [])
    _pdf("p03_")
    assert calls == []  # clean grids never wake pdfplumber up


# ---------------------------------------------------------------- broken files
def _one_line_error(path):
    with pytest.raises(ReadError) as info:
        read(str(path))
    msg = str(info.value)
    assert msg and "\n" not in msg and len(msg) < 160
    return msg


def test_encrypted_pdf_is_one_line_error(tmp_path):
    pypdf = pytest.importorskip("pypdf", reason="pypdf is a test dependency (pip install -e '.[test]')")
    writer = pypdf.PdfWriter(clone_from=str(next(PDF.glob("p08_*.pdf"))))
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu")
    path = tmp_path / "encrypted.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    assert "encrypted" in _one_line_error(path)


def test_truncated_pdf_is_one_line_error(tmp_path):
    data = next(PDF.glob("p08_*.pdf")).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    assert "truncated" in _one_line_error(path)


def test_not_a_pdf_with_pdf_extension(tmp_path):
    path = tmp_path / "quyet-dinh.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)  # an image named .pdf
    assert "not a PDF" in _one_line_error(path)
    # a decision saved as text and only renamed is still read (the content decides)
    path.write_text("Quyết định số 12/QĐ-UBND: tỷ lệ hồ sơ đúng hạn đạt 98%.\n", encoding="utf-8")
    assert read(str(path)).format == "text"


def test_docx_that_is_not_a_zip(tmp_path):
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)  # an old binary .doc renamed
    assert "DOCX" in _one_line_error(path)
    path.write_bytes(b"PK\x03\x04" + b"\0" * 100)  # a zip cut short
    assert "DOCX" in _one_line_error(path)


def test_broken_files_do_not_stop_a_batch(tmp_path):
    from extractor.batch import extract_paths

    (tmp_path / "a.pdf").write_bytes(next(PDF.glob("p08_*.pdf")).read_bytes()[:3000])
    (tmp_path / "b.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 3)
    good = tmp_path / "c.pdf"
    good.write_bytes(next(PDF.glob("p08_*.pdf")).read_bytes())
    out = extract_paths([str(tmp_path)], ocr="never")
    assert len(out["documents"]) == 1 and out["documents"][0]["targets"]
    errors = {Path(e["path"]).name: e["error"] for e in out["errors"]}
    assert set(errors) == {"a.pdf", "b.docx"} and all("\n" not in e for e in errors.values())

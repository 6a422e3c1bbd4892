"""DOCX, HTML, legacy encodings and `chitieu text` on the format corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.readers import read
from extractor.readers import legacy

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def _one(folder, stem):
    return next((CORPUS / folder).glob(f"{stem}*"))


# ---------------------------------------------------------------- DOCX
def test_docx_paragraphs_and_tables_in_document_order():
    src = read(str(_one("docx", "d01_")))
    assert src.format == "docx" and src.page_starts is None
    lines = src.text.splitlines()
    # the header table is written column by column, not as a pipe row
    assert lines[:4] == ["ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH", "-------", "Số: 512/QĐ-UBND"]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines and not any(" | CỘNG HÒA" in l for l in lines)
    i = lines.index("STT | Chỉ tiêu | Sở, ban, ngành | UBND cấp huyện | UBND cấp xã")
    assert lines.index("PHỤ LỤC") < i  # document order: appendix heading, then its table
    assert lines[i + 3] == "3 | Tỷ lệ văn bản điện tử được ký số | 100% | 95% | 90%"
    # location of each line: paragraph or table row
    locs = dict(src.locations)
    assert locs[src.text.index(lines[i + 3])] == "table 2 row 4"
    assert locs[src.text.index("Điều 1.")].startswith("paragraph ")


def test_docx_merged_cells(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for r, row in enumerate([["STT", "Chỉ tiêu", "2025", "2026"],
                             ["I", "Nhóm chỉ tiêu dịch vụ công", "", ""],
                             ["1", "Tỷ lệ hồ sơ trực tuyến | toàn trình", "50%", "60%"]]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    t.cell(1, 1).merge(t.cell(1, 3))  # a section row spanning the value columns
    path = tmp_path / "merged.docx"
    d.save(path)
    lines = read(str(path)).text.splitlines()
    assert lines[0] == "STT | Chỉ tiêu | 2025 | 2026"
    assert lines[1] == "I | Nhóm chỉ tiêu dịch vụ công |  | "  # written once, then empty cells
    assert lines[2] == "1 | Tỷ lệ hồ sơ trực tuyến / toàn trình | 50% | 60%"  # a "|" in a cell becomes "/"


def _numbered_docx(path, paragraphs):
    """A DOCX whose paragraphs carry Word's automatic numbering, defined the way a decision
    template does: "I." sections, "1." items, "a)" sub-items, "-" bullets in a symbol font."""
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "\uf0b7")]
    lvl_xml = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                      f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {w} w:abstractNumId="90">{lvl_xml}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, text in paragraphs:
        par = d.add_paragraph(text)
        if level is not None:
            par._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    d.save(path)
    return path


def test_docx_automatic_numbering_labels_are_put_back(tmp_path):
    path = _numbered_docx(tmp_path / "numbered.docx", [
        (None, "KẾ HOẠCH"), (None, "Cải cách hành chính năm 2025 của huyện Tân Phú"),
        (0, "MỤC ĐÍCH, YÊU CẦU"), (0, "MỤC TIÊU"), (1, "Mục tiêu chung"), (1, "Mục tiêu cụ thể"),
        (2, "Tỷ lệ hồ sơ trực tuyến toàn trình:"), (3, "Cấp huyện: tối thiểu 60%;"), (3, "Cấp xã: tối thiểu 40%."),
        (2, "Tỷ lệ hồ sơ được số hóa đạt 100%."), (0, "TỔ CHỨC THỰC HIỆN")])
    lines = read(str(path)).text.splitlines()
    assert lines[2:] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "1. Mục tiêu chung", "2. Mục tiêu cụ thể",
                         "a) Tỷ lệ hồ sơ trực tuyến toàn trình:", "- Cấp huyện: tối thiểu 60%;",
                         "- Cấp xã: tối thiểu 40%.", "b) Tỷ lệ hồ sơ được số hóa đạt 100%.", "III. TỔ CHỨC THỰC HIỆN"]


def test_docx_list_styles_number_their_paragraphs(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Mục tiêu cụ thể")
    d.add_paragraph("Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%.", style="List Number")
    d.add_paragraph("Tỷ lệ số hóa kết quả đạt 100%.", style="List Number")
    d.add_paragraph("Cấp xã: tối thiểu 40%.", style="List Bullet")
    path = tmp_path / "styles.docx"
    d.save(path)
    assert read(str(path)).text.splitlines() == [
        "Mục tiêu cụ thể", "1. Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%.", "2. Tỷ lệ số hóa kết quả đạt 100%.",
        "- Cấp xã: tối thiểu 40%."]


# ---------------------------------------------------------------- HTML
@pytest.mark.parametrize("stem", ["h01_", "h02_", "h03_"])
def test_html_article_body_only(stem):
    src = read(str(_one("html", stem)))
    text = src.text
    assert src.format == "html"
    for chrome in ("Số điện thoại đặc biệt", "Đang truy cập", "Tổng lượt truy cập", "Trang chủ", "Bản quyền",
                   "Tin liên quan", "toàn tỉnh đạt 99%", "Thứ Sáu, 20/03/2026", "Cứu hỏa"):
        assert chrome not in text, chrome
    assert text.count("\n") >= 3 and text.splitlines()[-1] == "Phương Anh"  # the article, to its byline


def test_html_list_items_get_the_labels_a_browser_draws(tmp_path):
    path = tmp_path / "list.html"
    path.write_text(
        "<html><body><article><h1>Huyện Tân Phú đặt chỉ tiêu dịch vụ công năm 2025</h1>"
        "<p>Năm 2025, huyện phấn đấu đạt các chỉ tiêu sau:</p><ol start='2'>"
        "<li>Tỷ lệ hồ sơ trực tuyến toàn trình:<ul><li>Cấp huyện: tối thiểu 60%;</li>"
        "<li><p>Cấp xã: tối thiểu 40%.</p></li></ul></li><li>- Tỷ lệ số hóa kết quả đạt 100%.</li><li></li></ol>"
        "<p>Các xã báo cáo kết quả trước ngày 15/12.</p></article></body></html>", encoding="utf-8")
    assert read(str(path)).text.splitlines()[2:] == [
        "2. Tỷ lệ hồ sơ trực tuyến toàn trình:", "- Cấp huyện: tối thiểu 60%;", "- Cấp xã: tối thiểu 40%.",
        "- Tỷ lệ số hóa kết quả đạt 100%.", "Các xã báo cáo kết quả trước ngày 15/12."]


def test_html_lead_set_outside_the_article_body_goes_after_the_headline(tmp_path):
    path = tmp_path / "lead.html"
    body = "<p>Kế hoạch nhằm nâng cao chất lượng phục vụ người dân, doanh nghiệp trên địa bàn toàn tỉnh.</p>" * 4
    path.write_text(
        "<html><body><nav>Trang chủ | Thời sự</nav><h1>Bình Phước đặt mục tiêu 60% hồ sơ trực tuyến</h1>"
        "<div class='detail-sapo'>(BP) - Chủ tịch UBND tỉnh vừa ký Quyết định số 312/QĐ-UBND ngày 05/3/2025 "
        "ban hành Kế hoạch cải cách hành chính năm 2025.</div>"
        f"<div class='detail-content'>{body}<p>Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%.</p></div></body></html>",
        encoding="utf-8")
    lines = read(str(path)).text.splitlines()
    assert lines[:2] == ["Bình Phước đặt mục tiêu 60% hồ sơ trực tuyến",
                         "(BP) - Chủ tịch UBND tỉnh vừa ký Quyết định số 312/QĐ-UBND ngày 05/3/2025 "
                         "ban hành Kế hoạch cải cách hành chính năm 2025."]
    assert lines.count(lines[1]) == 1 and lines[-1] == "Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%."


def test_html_titled_headline_dateline_and_lead_outside_the_body_come_first(tmp_path):
    # a portal laid out in a table: the headline is an <h2> titled by its own class, the date and
    # the lead are boxes of their own beside the body
    path = tmp_path / "portal.html"
    body = "<p>Theo Phòng Y tế huyện, công tác tiêm chủng mở rộng được triển khai đồng bộ tại các xã.</p>" * 3
    path.write_text(
        "<html><body><table><tr><td class='left-col'><div class='box-title'>TIN NỔI BẬT</div></td>"
        "<td class='main-col'><h2 class='news-title'>Huyện Tam Nông: 97,2% trẻ em được tiêm chủng đầy đủ</h2>"
        "<div class='news-date'>Cập nhật lúc 09:12 ngày 18/12/2023</div>"
        "<div class='news-lead'><b>Năm 2023, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ trên địa bàn "
        "huyện đạt 97,2%.</b></div>"
        f"<div class='news-body'>{body}</div></td></tr></table></body></html>", encoding="utf-8")
    lines = read(str(path)).text.splitlines()
    assert lines[:3] == ["Huyện Tam Nông: 97,2% trẻ em được tiêm chủng đầy đủ", "Cập nhật lúc 09:12 ngày 18/12/2023",
                         "Năm 2023, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ trên địa bàn huyện đạt 97,2%."]


def test_html_page_wrapped_in_one_form_keeps_its_article_headline_and_summary(tmp_path):
    # ASP.NET and SharePoint portals put the whole page inside <form id="aspnetForm">
    path = tmp_path / "aspnet.html"
    body = "<p>Hội nghị đánh giá kết quả cải cách hành chính quý III của các sở, ngành và địa phương.</p>" * 3
    path.write_text(
        "<html><body><form id='aspnetForm' method='post'><input type='hidden' name='__VIEWSTATE' value='x'>"
        "<div class='portal-header'>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM</div>"
        "<div class='news-title'><h2>Kon Tum công bố Chỉ số CCHC quý III năm 2024</h2></div>"
        "<div class='news-summary'>Ngày 10/10/2024, UBND tỉnh ban hành Quyết định số 611/QĐ-UBND công bố kết quả.</div>"
        f"<div class='news-content'>{body}<p>Tỷ lệ hồ sơ đúng hạn đạt 98,7%.</p></div></form></body></html>",
        encoding="utf-8")
    lines = read(str(path)).text.splitlines()
    assert lines[:2] == ["Kon Tum công bố Chỉ số CCHC quý III năm 2024",
                         "Ngày 10/10/2024, UBND tỉnh ban hành Quyết định số 611/QĐ-UBND công bố kết quả."]
    assert lines[-1] == "Tỷ lệ hồ sơ đúng hạn đạt 98,7%." and not any("VIEWSTATE" in l for l in lines)


def test_html_table_is_pipe_lines():
    lines = read(str(_one("html", "h02_"))).text.splitlines()
    i = lines.index("STT | Chỉ tiêu | Sở, ban, ngành | UBND cấp huyện | UBND cấp xã")
    assert lines[i + 1] == "1 | Tỷ lệ số hóa hồ sơ khi tiếp nhận | 100% | 90% | 80%"


def test_html_windows_1258_and_meta_charset(tmp_path):
    page = ('<html><head><meta charset="windows-1258"></head><body><article><h1>Giao chỉ tiêu năm 2025</h1>'
            + "<p>Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%.</p>" * 5 + "</article></body></html>")
    path = tmp_path / "trang.html"
    path.write_bytes(_cp1258(page))
    assert "Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%." in read(str(path)).text


# ---------------------------------------------------------------- encodings
def _cp1258(text: str) -> bytes:
    """Windows-1258 keeps â, ê, ơ, ư... precomposed and writes the tone as a combining mark."""
    import re
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"

    def one(m):
        base, marks = m.group(1), m.group(2)
        keep = "".join(c for c in marks if c not in tones)
        return unicodedata.normalize("NFC", base + keep) + "".join(c for c in marks if c in tones)

    return re.sub(r"(.)([\u0300-\u036f]*)", one, unicodedata.normalize("NFD", text), flags=re.S).encode("cp1258")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_unicode_encodings_and_nfd(tmp_path, encoding):
    import unicodedata

    text = "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80% trong năm 2025.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(unicodedata.normalize("NFD", text).encode(encoding) if encoding != "cp1258"
                     else _cp1258(text))
    got = read(str(path))
    assert got.text == text and got.encoding in (encoding, "utf-16", "utf-8-sig")


def test_unicode_vietnamese_is_never_converted():
    good = "Căn cứ Luật Tổ chức chính quyền địa phương; tỷ lệ hồ sơ đạt 95%. Ủy ban nhân dân tỉnh Đồng Nai."
    assert legacy.detect(good * 5) is None
    assert legacy.detect("Quarterly report: online filings reached 95 percent of all filings." * 3) is None


# ---------------------------------------------------------------- chitieu text
def test_chitieu_text_prints_exactly_the_source_text():
    from click.testing import CliRunner

    from extractor.cli import main

    path = _one("pdf", "p03_")
    res = CliRunner().invoke(main, ["text", "--ocr", "never", str(path)])
    assert res.exit_code == 0, res.output
    assert res.output == read(str(path), ocr="never").text + "\n"


def test_chitieu_text_error_is_one_line(tmp_path):
    from click.testing import CliRunner

    from extractor.cli import main

    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\n")
    res = CliRunner().invoke(main, ["text", str(bad)])
    assert res.exit_code == 1
    assert res.output.strip().count("\n") == 0 and "hong.pdf" in res.output


def test_text_info_is_its_own_line_before_the_text(tmp_path):
    """--info: one JSON line on stderr, never glued to the text, even with 2>&1."""
    import json
    import subprocess
    import sys

    doc = tmp_path / "qd-15.txt"
    doc.write_text("QUYẾT ĐỊNH\nTỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 95%", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "extractor.cli", "text", "--info", str(doc)],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=True)
    first, *rest = proc.stdout.splitlines()
    assert json.loads(first)["format"] == "text"
    assert rest == ["QUYẾT ĐỊNH", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 95%"]

"""OCR of scanned PDFs: our own scans (stamp, rotation, noise) and the three real
scanned decisions in ../shared/realdocs/scans (the `shared` fixture of conftest.py:
skipped in a clone without the shared folder, a failure on CI)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractor.readers import read
from extractor.readers.ocr import mend_line

ROOT = Path(__file__).resolve().parent.parent
SCAN = ROOT / "corpus" / "scan"


def _need_tesseract():
    if not shutil.which("tesseract"):
        pytest.fail("tesseract is not installed: run `make` (debian-packages/run.txt lists tesseract-ocr and "
                    "tesseract-ocr-vie)")


@pytest.fixture(scope="module")
def real_scans(shared):
    return shared("realdocs", "scans")


def test_mends_that_are_safe_in_this_domain():
    assert mend_line("tối thiểu 9O % hồ sơ") == "tối thiểu 90% hồ sơ"
    assert mend_line("ngày l5 tháng O9 năm 2O24") == "ngày 15 tháng 09 năm 2024"
    assert mend_line("Số: 985/QĐÐ- TTG") == "Số: 985/QĐ-TTg"
    assert mend_line("Quyết định số 12/ QD - UBND") == "Quyết định số 12/QĐ-UBND"
    assert mend_line("đạt > = 80%") == "đạt ≥80%"
    assert mend_line("UBND câp xa") == "UBND cấp xã"
    # not mended: a bare ">" may be "trên"; words are left alone
    assert mend_line("đạt > 80%") == "đạt > 80%" and mend_line("Lào Cai, Sơn La") == "Lào Cai, Sơn La"


@pytest.mark.ocr
def test_own_scan_with_stamp_over_the_number():
    _need_tesseract()
    src = read(str(next(SCAN.glob("s04_*.pdf"))), ocr="auto")
    assert src.ocr and src.format == "pdf" and src.pages == 1
    assert 0.8 <= src.ocr_confidence <= 1 and len(src.page_confidence) == 1
    lines = src.text.splitlines()
    assert "Số: 620/QĐ-UBND" in lines and "Sơn La, ngày 04 tháng 04 năm 2025" in lines
    # the ruled table comes back as pipe lines, header first
    i = lines.index("STT | Chỉ tiêu | 2025 | 2026")
    assert lines[i + 1] == "1 | Tỷ lệ hồ sơ trực tuyến toàn trình | 55% | 70%"
    assert lines[i + 2] == "2 | Tỷ lệ người dân hài lòng | 90% | 95%"


@pytest.mark.ocr
def test_own_scan_at_150_dpi_with_specks():
    _need_tesseract()
    src = read(str(next(SCAN.glob("s03_*.pdf"))))
    assert ("Đến hết năm 2024, tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến đạt ít nhất 45%; "
            "100% Bộ phận Một cửa các cấp bố trí thiết bị thanh toán không dùng tiền mặt.") in src.text


def test_ocr_never_on_a_scan_is_a_one_line_error():
    from extractor.errors import ReadError

    with pytest.raises(ReadError, match="no text layer"):
        read(str(next(SCAN.glob("s05_*.pdf"))), ocr="never")


@pytest.mark.ocr
def test_ocr_always_on_a_text_pdf_reads_the_rendered_page():
    _need_tesseract()
    src = read(str(ROOT / "corpus" / "pdf" / "p08_nghean-qd-2025-chi-tieu-hai-cap.pdf"), ocr="always")
    assert src.ocr and "Số: 2290/QĐ-UBND" in src.text and "STT | Chỉ tiêu | Cấp tỉnh | Cấp xã" in src.text


@pytest.fixture(scope="module")
def real_catalogue(real_scans):
    _need_tesseract()
    from extractor.batch import extract_paths

    return extract_paths([str(p) for p in sorted(real_scans.glob("*.pdf"))], ocr="auto")


@pytest.mark.ocr
def test_real_scans_number_date_issuer_and_no_invented_target(real_scans, real_catalogue):
    docs = {Path(d["source"]["path"]).stem: d for d in real_catalogue["documents"]}
    assert real_catalogue["errors"] == []
    for pdf in sorted(real_scans.glob("*.pdf")):
        gold = json.loads((real_scans / "gold" / f"{pdf.stem}.json").read_text(encoding="utf-8"))
        doc = docs[pdf.stem]
        assert doc["source"]["ocr"] is True
        assert doc["decision"]["number"] == gold["decision"]["number"], pdf.name
        assert doc["decision"]["date"] == gold["decision"]["date"], pdf.name
        assert doc["decision"]["issuer"] == "Chính phủ", pdf.name  # THỦ TƯỚNG CHÍNH PHỦ
        assert doc["targets"] == [], pdf.name  # these decisions set no target


@pytest.mark.ocr
def test_scan_saved_as_png_and_tiff_reads_like_the_scanned_pdf(tmp_path):
    """A portal that serves the scan as an image: PNG, and a two-page TIFF, are read
    through the same OCR path as the scanned PDF and give the same targets."""
    _need_tesseract()
    import pypdfium2

    from extractor.batch import extract_paths

    pdf_path = next(SCAN.glob("s01_*.pdf"))
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    page = pdf[0].render(scale=300 / 72).to_pil().convert("L")
    pdf.close()
    folder = tmp_path / "anh"
    folder.mkdir()
    page.save(folder / "qd-733-trang-1.png")
    page.save(folder / "qd-733.tif", save_all=True, append_images=[page], compression="tiff_lzw")
    got = extract_paths([str(folder)])
    want = extract_paths([str(pdf_path)])["documents"][0]
    assert got["errors"] == []
    docs = {Path(d["source"]["path"]).name: d for d in got["documents"]}
    show = lambda d: sorted((t["indicator"]["id"] or "", t["level"] or "", str(t["threshold"]["value"]))  # noqa: E731
                            for t in d["targets"])
    png, tif = docs["qd-733-trang-1.png"], docs["qd-733.tif"]
    assert png["source"]["format"] == "pdf" and png["source"]["ocr"] is True and png["source"]["pages"] == 1
    assert png["warnings"][0] == "PNG image read as a scanned page (OCR)"
    assert png["decision"]["number"] == want["decision"]["number"] == "733/QĐ-UBND"
    assert show(png) == show(want) and len(want["targets"]) >= 3
    assert tif["source"]["pages"] == 2 and len(tif["targets"]) >= len(want["targets"])


def test_image_with_ocr_never_is_a_one_line_error(tmp_path):
    from PIL import Image

    from extractor.errors import ReadError

    img = tmp_path / "trang.png"
    Image.new("L", (200, 100), 255).save(img)
    with pytest.raises(ReadError, match="PNG image: its text needs OCR, and --ocr never"):
        read(str(img), ocr="never")

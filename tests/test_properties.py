"""Properties of the text pipeline on any input (hypothesis): any Unicode string is either
a valid catalogue document or a clean ReadError, every target's evidence is the exact
slice of the document text at its offsets, and a batch's output does not depend on the
order of its files."""
from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import catalogue as cat
from extractor.batch import extract_paths
from extractor.errors import ReadError
from extractor.pipeline import extract_source
from extractor.readers import read

# Pieces of real decisions, so the examples reach the rules and not only the reader.
PHRASES = [
    "Tối thiểu 70% đối với Sở, ban, ngành; 40% UBND cấp huyện và 35% đối với cấp xã",
    "Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên",
    "trong đó lĩnh vực đất đai đạt 85% trở lên",
    "năm 2026 đạt 90%, năm 2027 đạt 95%",
    "4 chỉ tiêu phải đạt 100% gồm: ",
    "đạt 63,47% (mục tiêu 70%)",
    "không quá 07 ngày làm việc",
    "giảm ít nhất 30% thời gian",
    "ở cả 3 cấp",
    "Quyết định số 1342/QĐ-UBND ngày 18 tháng 8 năm 2025",
    "Điều 1. ", "1. ", "a) ", "- ", "+ ", "≥ ", "≤ ", "Khá", "Tốt",
    "Chỉ tiêu | Cấp tỉnh | Cấp xã", "UBND cấp xã, phường, đặc khu",
]
NUMBERS = st.one_of(
    st.integers(0, 10**7).map(str),
    st.builds(lambda a, b: f"{a},{b}%", st.integers(0, 100), st.integers(0, 99)),
    st.builds(lambda a, b: f"{a}.{b:03d}", st.integers(1, 999), st.integers(0, 999)),
)
GLUE = st.sampled_from(["|", "\n", "\n\n", "; ", ", ", " ", ".", ":", "\t", "\r\n", "\u00a0", "\u0301"])
VIETNAMESE = st.lists(st.one_of(st.sampled_from(PHRASES), NUMBERS, GLUE, st.text(max_size=6)),
                      max_size=30).map("".join)
ANY_TEXT = st.one_of(st.text(), VIETNAMESE)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def extract_text(text: str):
    """(document text, document) for TEXT saved as a UTF-8 .txt file; ReadError propagates."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "van-ban.txt"
        path.write_text(text, encoding="utf-8", newline="")
        source = read(path)
        return source.text, extract_source(source)


@SETTINGS
@given(ANY_TEXT)
def test_any_text_is_a_valid_document_or_a_clean_read_error(text):
    try:
        doc_text, doc = extract_text(text)
    except ReadError as exc:
        reason = str(exc)
        assert reason and "\n" not in reason
        return
    # the document text is the file decoded (a leading BOM is the encoding's mark), NFC, with
    # NUL characters removed (readers strip them: they break PostgreSQL and XLSX)
    assert doc_text == unicodedata.normalize("NFC", text.removeprefix("\ufeff")).replace("\x00", "")
    assert cat.problems(cat.new_catalogue([doc])) == []


@SETTINGS
@given(VIETNAMESE)
def test_evidence_is_the_exact_slice_at_its_offsets(text):
    try:
        doc_text, doc = extract_text(text)
    except ReadError:
        return
    for t in doc["targets"]:
        ev = t["evidence"]
        assert 0 <= ev["start"] < ev["end"] <= len(doc_text)
        assert doc_text[ev["start"]:ev["end"]] == ev["text"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(VIETNAMESE, min_size=2, max_size=4), st.randoms(use_true_random=False))
def test_batch_output_does_not_depend_on_file_order(texts, rnd):
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, text in enumerate(texts):
            p = Path(tmp) / f"vb-{i}.txt"
            p.write_text(text, encoding="utf-8")
            paths.append(str(p))
        shuffled = paths[:]
        rnd.shuffle(shuffled)
        a, b = extract_paths(paths), extract_paths(shuffled)
    assert a == b
    assert cat.problems(a) == []
    assert not any(e["error"].startswith("internal error") for e in a["errors"]), a["errors"]

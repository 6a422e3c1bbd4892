"""Vietnamese number format, the whitespace-repaired text view and its offset map, and
decoding of text files (BOMs, UTF-16, Windows-1258, NFD) into the document's NFC text."""
from __future__ import annotations

import unicodedata

import pytest

from extractor.errors import ReadError
from extractor.numbers import NUMBER, parse
from extractor.readers import read
from extractor.readers.text import decode
from extractor.textview import TextView


# --------------------------------------------------------------------------- numbers

@pytest.mark.parametrize("text, value", [
    ("95,73", 95.73),
    ("703.938", 703938),
    ("1.234,5", 1234.5),
    ("0,5", 0.5),
    ("90.17", 90.17),       # some outlets write a decimal point
    ("1.234.567", 1234567),
    ("12.450", 12450),
    ("100", 100),
    ("7", 7),
    ("2,0", 2),
    ("1,234,567", 1234567),  # thousands set apart with commas: more than one group, so no decimal
])
def test_parse_vietnamese_numbers(text, value):
    got = parse(text)
    assert got == value
    assert type(got) is type(value)


@pytest.mark.parametrize("text", ["1,2,3", "1.2.3", "12,34,567", "abc", ""])
def test_parse_rejects_malformed(text):
    assert parse(text) is None


def test_number_regex_finds_whole_numbers_only():
    s = "đạt 95,73% (tăng 2,1%), tiếp nhận 703.938 hồ sơ; Quyết định 194/QĐ-UBND; mã H45."
    assert [m.group() for m in NUMBER.finditer(s)] == ["95,73", "2,1", "703.938"]


# --------------------------------------------------------------------------- TextView

def assert_maps_back(view):
    """Every character of the repaired text that is not an inserted separator comes from
    the same character of the original."""
    for i, ch in enumerate(view.norm):
        src = view.text[view.origin[i]]
        if ch == src:
            continue
        assert ch in " \n|" and (src.isspace() or src in "|\u200b\u200c\u200d\ufeff"), (i, ch, src)


def test_clean_text_is_unchanged():
    s = "Điều 1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 95%.\nĐiều 2. Tổ chức thực hiện."
    v = TextView(s)
    assert v.norm == s
    assert v.origin[:-1] == list(range(len(s)))
    assert v.span(10, 20) == (10, 20)


def test_whitespace_runs_fold_and_map_back():
    s = "Tỷ lệ  hồ sơ\t\tđược số hóa\u00a0đạt   tối thiểu 70%\r\ntheo kế hoạch."
    v = TextView(s)
    assert v.norm == "Tỷ lệ hồ sơ được số hóa đạt tối thiểu 70%\ntheo kế hoạch."
    assert_maps_back(v)
    a = v.norm.index("tối thiểu 70%")
    start, end = v.span(a, a + len("tối thiểu 70%"))
    assert s[start:end] == "tối thiểu 70%"
    # a slice across folded white space maps to the original, spaces and all
    a = v.norm.index("hồ sơ được")
    start, end = v.span(a, a + len("hồ sơ được"))
    assert s[start:end] == "hồ sơ\t\tđược"


def test_zero_width_characters_are_dropped_and_offsets_survive():
    s = "\ufeffTỷ lệ hài lòng\u200b đạt\u200c 90%\u200d trở lên."
    v = TextView(s)
    assert v.norm == "Tỷ lệ hài lòng đạt 90% trở lên."
    assert_maps_back(v)
    a = v.norm.index("90% trở lên")
    start, end = v.span(a, a + len("90% trở lên"))
    assert s[start:end] == "90%\u200d trở lên"
    a = v.norm.index("Tỷ")
    assert v.span(a, a + 2) == (1, 3)


def test_empty_span_maps_to_a_point():
    v = TextView("a  b")
    assert v.span(2, 2) == (3, 3)


def test_line_table_cells_join_into_rows():
    s = ("Chỉ tiêu\n|\nKế hoạch 2024\n|\n|\n"
         "Tỷ lệ hồ sơ giải quyết đúng hạn\n|\n98%\n|\n|\n"
         "Tỷ lệ hồ sơ trực tuyến\n|\n60%\n")
    v = TextView(s)
    assert v.norm.split("\n") == [
        "Chỉ tiêu | Kế hoạch 2024",
        "Tỷ lệ hồ sơ giải quyết đúng hạn | 98%",
        "Tỷ lệ hồ sơ trực tuyến | 60%",
        "",
    ]
    assert_maps_back(v)
    for cell in ("Chỉ tiêu", "Kế hoạch 2024", "Tỷ lệ hồ sơ giải quyết đúng hạn", "98%", "Tỷ lệ hồ sơ trực tuyến", "60%"):
        a = v.norm.index(cell)
        start, end = v.span(a, a + len(cell))
        assert s[start:end] == cell
    # a whole row maps back to the cells with their separator lines
    a = v.norm.index("Tỷ lệ hồ sơ giải quyết")
    row = "Tỷ lệ hồ sơ giải quyết đúng hạn | 98%"
    start, end = v.span(a, a + len(row))
    assert s[start:end] == "Tỷ lệ hồ sơ giải quyết đúng hạn\n|\n98%"


def test_minimal_line_table():
    s = "cell\n|\ncell\n|\n|\nrow2"
    v = TextView(s)
    assert v.norm == "cell | cell\nrow2"
    assert_maps_back(v)
    assert [s[v.origin[i]] for i in range(len(v.norm))] == list("cell|||cell|row2")
    assert v.span(v.norm.index("row2"), len(v.norm)) == (s.index("row2"), len(s))


def test_single_pipe_line_is_not_a_table():
    s = "Ý kiến của người dân\n|\nđược tiếp nhận qua tổng đài."
    assert TextView(s).norm == s


# --------------------------------------------------------------------------- decoding

SAMPLE = ("QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh Đồng Nai\n"
          "1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 95,5%; thủ tục hành chính được số hóa 100%.\n")
TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(s: str) -> bytes:
    """Windows-1258 as Vietnamese files use it: precomposed base letters (â, ơ, đ...) with
    a combining tone mark after them."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return bytes(out)


def read_bytes(tmp_path, data, name="van-ban.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return read(path)


@pytest.mark.parametrize("data, encoding", [
    (SAMPLE.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
    (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16"),
    (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16"),
    (SAMPLE.encode("utf-16-le"), "utf-16"),
    (to_cp1258(SAMPLE), "cp1258"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "cp1258"])
def test_decoding(tmp_path, data, encoding):
    src = read_bytes(tmp_path, data)
    assert src.text == SAMPLE
    assert src.encoding == encoding
    assert src.format == "text"
    assert "\ufeff" not in src.text


def test_cp1258_sample_really_is_not_utf8():
    data = to_cp1258(SAMPLE)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode(data)[1] == "cp1258"


def test_nfd_input_is_normalised_to_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", SAMPLE)
    assert nfd != SAMPLE
    src = read_bytes(tmp_path, nfd.encode("utf-8"))
    assert src.text == SAMPLE
    assert unicodedata.is_normalized("NFC", src.text)


def test_sha256_is_of_the_bytes(tmp_path):
    import hashlib

    data = b"\xef\xbb\xbf" + SAMPLE.encode("utf-8")
    assert read_bytes(tmp_path, data).sha256 == hashlib.sha256(data).hexdigest()


def test_binary_garbage_is_refused(tmp_path):
    garbage = bytes((i * 37 + 11) % 256 for i in range(8192))
    with pytest.raises(ReadError, match="binary"):
        read_bytes(tmp_path, garbage, "anh.txt")


def test_empty_and_blank_files_are_refused(tmp_path):
    with pytest.raises(ReadError, match="empty"):
        read_bytes(tmp_path, b"", "rong.txt")
    with pytest.raises(ReadError, match="no text"):
        read_bytes(tmp_path, b"  \n\t\n", "trang.txt")


def test_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(ReadError):
        read(tmp_path / "khong-co.txt")

"""Tables written as text (issue 8): TextView gives them the "cell | cell" form of the other
readers, with every character mapped back to the original.

Unit tests on the repaired text and its origin map, then whole documents through extract()
with their gold rows (../shared/GOLD.md), checked with the judge's strict pairing.
"""
from __future__ import annotations

import pytest
from test_extraction_rules import assert_rows, extract, row

from extractor.textview import TextView
from extractor.vntext import fold


def rows_of(text):
    return [line for line in TextView(text).norm.split("\n") if line]


def assert_maps_back(view):
    """Every character comes from the same character of the original, except the inserted
    separators, which come from the blank they replace, tone marks moved to the other vowel
    of the syllable (the same letter, another mark), and a markdown table's bars and rule."""
    for i, ch in enumerate(view.norm):
        src = view.text[view.origin[i]]
        if ch != src:
            # (a markdown table's outer bars and rule become blanks)
            # (and a drawn table's rules become blanks, its walls "|")
            assert (ch in " |" and src.isspace()) or (ch == " " and src in "|-:+=─═┼├┤┌┐└┘┬┴") or \
                (ch == "|" and src in "│┃║") or (fold(ch) == fold(src) and ch.isalpha()), (i, ch, src)


def assert_cells_map_back(view, cells):
    for cell in cells:
        a = view.norm.index(cell)
        start, end = view.span(a, a + len(cell))
        assert view.text[start:end] == cell, cell


# --------------------------------------------------------------------------- cells set apart by tabs

TAB_TABLE = ("Kết quả giải quyết hồ sơ năm 2024:\n"
             "STT\tĐơn vị\tTiếp nhận\tĐúng hạn\tTỷ lệ (%)\n"
             "1\tSở Tư pháp\t1.240\t1.236\t99,68\n"
             "2\tSở Y tế\t865\t850\t98,27\n"
             "Các đơn vị còn lại thực hiện đúng quy định.\n")


def test_tab_separated_rows_become_pipe_rows():
    view = TextView(TAB_TABLE)
    assert view.norm.split("\n") == [
        "Kết quả giải quyết hồ sơ năm 2024:",
        "STT | Đơn vị | Tiếp nhận | Đúng hạn | Tỷ lệ (%)",
        "1 | Sở Tư pháp | 1.240 | 1.236 | 99,68",
        "2 | Sở Y tế | 865 | 850 | 98,27",
        "Các đơn vị còn lại thực hiện đúng quy định.",
        "",
    ]
    assert_maps_back(view)
    assert_cells_map_back(view, ["Sở Tư pháp", "1.236", "98,27", "Tỷ lệ (%)"])
    # each separator maps to its tab
    first_sep = view.norm.index(" | ")
    assert [TAB_TABLE[view.origin[first_sep + k]] for k in range(3)] == ["\t"] * 3
    # a whole row maps back to the original row, tabs and all
    a = view.norm.index("1 | Sở Tư pháp")
    b = view.norm.index("99,68") + len("99,68")
    start, end = view.span(a, b)
    assert TAB_TABLE[start:end] == "1\tSở Tư pháp\t1.240\t1.236\t99,68"


def test_a_row_of_figures_keeps_its_empty_cells_and_a_header_its_merged_ones_go():
    # copied from a spreadsheet: "Hồ sơ tiếp nhận" spans two columns; Sở Y tế received nothing by post
    text = ("STT\tĐơn vị\tHồ sơ tiếp nhận\t\tGhi chú\n"
            "\t\tTrực tuyến\tQua bưu chính\t\n"
            "1\tSở Tư pháp\t640\t52\t\n"
            "2\tSở Y tế\t\t31\tchưa có hồ sơ trực tuyến\n")
    assert rows_of(text) == ["STT | Đơn vị | Hồ sơ tiếp nhận | Ghi chú",
                             " Trực tuyến | Qua bưu chính ",
                             "1 | Sở Tư pháp | 640 | 52 ",  # an empty last cell is left out
                             "2 | Sở Y tế | | 31 | chưa có hồ sơ trực tuyến"]
    assert_maps_back(TextView(text))


def test_tabs_without_a_row_of_figures_are_no_table():
    text = ("Nơi nhận:\tKT. CHỦ TỊCH\tPHÓ CHỦ TỊCH\n"
            "- Như Điều 3;\t(đã ký)\tNguyễn Văn An\n")
    assert TextView(text).norm == text.replace("\t", " ")


# --------------------------------------------------------------------------- cells aligned with spaces

SPACE_TABLE = ("STT   Đơn vị              Hồ sơ tiếp nhận   Tỷ lệ trực tuyến (%)\n"
               "1     xã Hải Thượng                   812                   66,5\n"
               "2     xã Hải Lâm                      655                   46,0\n"
               "      Tổng cộng                     1.467                   57,2\n")


def test_space_aligned_rows_become_pipe_rows():
    view = TextView(SPACE_TABLE)
    assert rows_of(SPACE_TABLE) == ["STT | Đơn vị | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%)",
                                    "1 | xã Hải Thượng | 812 | 66,5",
                                    "2 | xã Hải Lâm | 655 | 46,0",
                                    " Tổng cộng | 1.467 | 57,2"]  # the empty number cell leaves a shorter row
    assert_maps_back(view)
    assert_cells_map_back(view, ["xã Hải Lâm", "1.467", "Tỷ lệ trực tuyến (%)"])
    sep = view.norm.index(" | 812")
    assert SPACE_TABLE[view.origin[sep]] == " " and SPACE_TABLE[view.origin[sep] - 1] == "g"  # the gap's first space


def test_a_single_spaced_header_over_aligned_rows_is_split_by_its_column_heads():
    text = ("STT Đơn vị Tiếp nhận Đúng hạn Tỷ lệ (%)\n"
            "1     Sở Tư pháp     1.240     1.236     99,68\n"
            "2     Sở Y tế          865       850     98,27\n")
    assert rows_of(text) == ["STT | Đơn vị | Tiếp nhận | Đúng hạn | Tỷ lệ (%)",
                             "1 | Sở Tư pháp | 1.240 | 1.236 | 99,68",
                             "2 | Sở Y tế | 865 | 850 | 98,27"]
    assert_maps_back(TextView(text))


def test_prose_with_stray_double_spaces_is_no_table():
    text = ("Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn  đạt 97,35%, cao hơn năm trước;  toàn huyện có 12 xã\n"
            "đạt chuẩn nông thôn mới  và 3 xã  đạt chuẩn nông thôn mới nâng cao, vượt kế hoạch 2 xã.\n")
    assert " | " not in TextView(text).norm


def test_a_decision_header_set_in_two_columns_is_no_table():
    text = ("ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỈNH ĐỒNG NAI                  Độc lập - Tự do - Hạnh phúc\n"
            "Số: 194/QĐ-UBND           Đồng Nai, ngày 23 tháng 01 năm 2024\n")
    assert " | " not in TextView(text).norm


def test_a_single_line_with_wide_gaps_is_no_table():
    assert " | " not in TextView("Tỷ lệ hồ sơ đúng hạn    98,5%    99,1%    99,3%\n").norm


def test_gaps_that_do_not_line_up_around_long_cells_are_no_table():
    text = ("Các xã đã hoàn thành  rà soát thủ tục hành chính theo kế hoạch  đạt 100% số thủ tục\n"
            "UBND huyện tiếp tục chỉ đạo  tăng cường kiểm tra công vụ tại các xã  trong 6 tháng\n")
    assert " | " not in TextView(text).norm


# --------------------------------------------------------------------------- single-spaced rows of figures

def test_rows_of_figures_under_a_header_of_known_heads():
    text = ("Thống kê hồ sơ theo mức độ\n"
            "Mức độ Tiếp nhận Đã giải quyết Đúng hạn Quá hạn\n"
            "Mức độ 3 68544 61827 61500 327\n"
            "Mức độ 4 12.050 11.800 11.790 10\n"
            "Tổng 80594 73627 73290 337\n")
    view = TextView(text)
    assert view.norm.split("\n")[1:5] == ["Mức độ | Tiếp nhận | Đã giải quyết | Đúng hạn | Quá hạn",
                                          "Mức độ 3 | 68544 | 61827 | 61500 | 327",
                                          "Mức độ 4 | 12.050 | 11.800 | 11.790 | 10",
                                          "Tổng | 80594 | 73627 | 73290 | 337"]
    assert_maps_back(view)
    assert_cells_map_back(view, ["Đã giải quyết", "Mức độ 3", "11.790"])


def test_a_dash_is_an_empty_figure_cell():
    text = ("Đơn vị Tiếp nhận Trực tuyến Qua bưu chính\n"
            "Sở Y tế 865 - 31\n"
            "Sở Tư pháp 640 52 -\n")
    assert rows_of(text) == ["Đơn vị | Tiếp nhận | Trực tuyến | Qua bưu chính",
                             "Sở Y tế | 865 | - | 31",
                             "Sở Tư pháp | 640 | 52 | -"]


def test_windows_line_ends_do_not_hide_a_table():
    text = ("Đơn vị Tiếp nhận Đúng hạn\r\nSở Tư pháp 120 118\r\nSở Y tế 95 90\r\n"
            "\r\nSTT\tĐơn vị\tTiếp nhận\r\n1\tSở Tài chính\t310\r\n2\tSở Nội vụ\t205\r\n")
    view = TextView(text)
    assert rows_of(text) == ["Đơn vị | Tiếp nhận | Đúng hạn", "Sở Tư pháp | 120 | 118", "Sở Y tế | 95 | 90",
                             "STT | Đơn vị | Tiếp nhận", "1 | Sở Tài chính | 310", "2 | Sở Nội vụ | 205"]
    assert_maps_back(view)
    assert_cells_map_back(view, ["Sở Nội vụ", "205", "118"])


def test_the_row_number_gets_its_own_cell_under_a_number_column():
    text = ("STT Đơn vị Tiếp nhận Đúng hạn Tỷ lệ đúng hạn (%)\n"
            "1 UBND huyện Cam Lộ 4.120 4.050 98,30\n"
            "2 UBND huyện Gio Linh 3.275 3.101 94,69\n")
    assert rows_of(text) == ["STT | Đơn vị | Tiếp nhận | Đúng hạn | Tỷ lệ đúng hạn (%)",
                             "1 | UBND huyện Cam Lộ | 4.120 | 4.050 | 98,30",
                             "2 | UBND huyện Gio Linh | 3.275 | 3.101 | 94,69"]


def test_heads_match_without_case_or_diacritics_and_keep_the_original_text():
    text = ("ĐƠN VỊ TIẾP NHẬN TRỰC TUYẾN QUA DỊCH VỤ BƯU CHÍNH\n"
            "Sở Tài chính 310 122 15\n"
            "Sở Công Thương 205 98 7\n")
    assert rows_of(text)[0] == "ĐƠN VỊ | TIẾP NHẬN | TRỰC TUYẾN | QUA DỊCH VỤ BƯU CHÍNH"
    text = "Don vi Tiep nhan Dung han\nSo Tu phap 120 118\nSo Y te 95 90\n"
    assert rows_of(text) == ["Don vi | Tiep nhan | Dung han", "So Tu phap | 120 | 118", "So Y te | 95 | 90"]


def test_years_head_their_columns():
    text = ("Chỉ tiêu Năm 2023 Năm 2024\n"
            "Tỷ lệ hồ sơ trực tuyến (%) 52,1 68,4\n"
            "Tỷ lệ hồ sơ đúng hạn (%) 97,2 98,9\n")
    assert rows_of(text) == ["Chỉ tiêu | Năm 2023 | Năm 2024",
                             "Tỷ lệ hồ sơ trực tuyến (%) | 52,1 | 68,4",
                             "Tỷ lệ hồ sơ đúng hạn (%) | 97,2 | 98,9"]


def test_a_header_the_heads_do_not_cover_leaves_the_lines_alone():
    # "Ghi nhận" is no known head: the header cannot be split, so nothing is guessed
    text = "Đơn vị Tiếp nhận Ghi nhận Đúng hạn\nSở Tư pháp 120 3 118\nSở Y tế 95 1 90\n"
    assert TextView(text).norm == text


def test_a_header_with_more_columns_than_the_rows_have_figures_leaves_the_lines_alone():
    text = "Đơn vị Tiếp nhận Trước hạn Đúng hạn Quá hạn\nSở Tư pháp 120 118 2\nSở Y tế 95 90 5\n"
    assert TextView(text).norm == text


def test_one_row_of_figures_is_no_table():
    text = "Đơn vị Tiếp nhận Đúng hạn\nSở Tư pháp 120 118\nĐề nghị các sở tiếp tục theo dõi.\n"
    assert TextView(text).norm == text


def test_pipe_rows_are_left_as_they_are():
    text = "STT | Đơn vị | Tiếp nhận  | Đúng hạn\n1 | Sở Tư pháp | 120  | 118\n2 | Sở Y tế | 95 | 90\n"
    assert TextView(text).norm == text.replace("  ", " ")


# --------------------------------------------------------------------------- whole documents

def test_a_results_table_copied_with_tabs_gives_a_row_per_unit_and_column():
    text = ("Tổng hợp kết quả giải quyết hồ sơ thủ tục hành chính năm 2024 của các sở, ngành như sau:\n"
            "STT\tĐơn vị\tSố hồ sơ tiếp nhận\tSố hồ sơ giải quyết đúng hạn\tTỷ lệ đúng hạn (%)\n"
            "1\tSở Tư pháp\t1.240\t1.236\t99,68\n"
            "2\tSở Y tế\t865\t850\t98,27\n")
    doc = extract(text)

    def result(indicator, value, unit, scope):
        return row(indicator, value, unit=unit, operator="=", level="province", year=2024, kind="result",
                   scope=scope)

    assert_rows(doc, [
        result("Số hồ sơ tiếp nhận", 1240, "count", "Sở Tư pháp"),
        result("Số hồ sơ giải quyết đúng hạn", 1236, "count", "Sở Tư pháp"),
        result("Tỷ lệ đúng hạn", 99.68, "percent", "Sở Tư pháp"),
        result("Số hồ sơ tiếp nhận", 865, "count", "Sở Y tế"),
        result("Số hồ sơ giải quyết đúng hạn", 850, "count", "Sở Y tế"),
        result("Tỷ lệ đúng hạn", 98.27, "percent", "Sở Y tế"),
    ])


def test_a_space_aligned_table_in_a_report_gives_a_row_per_unit_and_column():
    text = ("Báo cáo kết quả thực hiện cải cách hành chính năm 2023 của huyện Hải Lăng\n"
            "Kết quả giải quyết hồ sơ của các xã trong năm như sau:\n"
            "STT   Đơn vị              Hồ sơ tiếp nhận   Hồ sơ trực tuyến\n"
            "1     xã Hải Thượng                   812                540\n"
            "2     xã Hải Lâm                      655                301\n"
            "Nhìn chung, các xã đã chủ động  triển khai nhiệm vụ.\n")

    def result(indicator, value, scope):
        return row(indicator, value, unit="count", operator="=", level="commune", year=2023, kind="result",
                   scope=scope)

    assert_rows(extract(text), [result("Hồ sơ tiếp nhận", 812, "xã Hải Thượng"),
                                result("Hồ sơ trực tuyến", 540, "xã Hải Thượng"),
                                result("Hồ sơ tiếp nhận", 655, "xã Hải Lâm"),
                                result("Hồ sơ trực tuyến", 301, "xã Hải Lâm")])


def test_a_statistics_page_flattened_to_single_spaces_gives_a_row_per_unit_and_column():
    text = ("Tổng hợp kết quả giải quyết thủ tục hành chính năm 2024 của các huyện\n"
            "STT Đơn vị Tiếp nhận Đã giải quyết Đúng hạn Tỷ lệ đúng hạn (%)\n"
            "1 UBND huyện Cam Lộ 4.120 4.080 4.050 99,26\n"
            "2 UBND huyện Gio Linh 3.275 3.150 3.101 98,44\n")

    def result(indicator, value, scope, unit="count"):
        return row(indicator, value, unit=unit, operator="=", level="district", year=2024, kind="result",
                   scope=scope)

    assert_rows(extract(text), [
        result("Tiếp nhận", 4120, "huyện Cam Lộ"), result("Đã giải quyết", 4080, "huyện Cam Lộ"),
        result("Đúng hạn", 4050, "huyện Cam Lộ"), result("Tỷ lệ đúng hạn", 99.26, "huyện Cam Lộ", "percent"),
        result("Tiếp nhận", 3275, "huyện Gio Linh"), result("Đã giải quyết", 3150, "huyện Gio Linh"),
        result("Đúng hạn", 3101, "huyện Gio Linh"), result("Tỷ lệ đúng hạn", 98.44, "huyện Gio Linh", "percent"),
    ])


def test_prose_with_double_spaces_reads_as_prose():
    text = ("Kế hoạch cải cách hành chính năm 2025 của tỉnh Quảng Trị\n"
            "1. Tỷ lệ hồ sơ giải quyết đúng hạn  đạt tối thiểu 98%;  tỷ lệ hồ sơ trực tuyến toàn trình\n"
            "đạt tối thiểu 60%  trên tổng số hồ sơ.\n")
    assert_rows(extract(text), [row("Tỷ lệ hồ sơ giải quyết đúng hạn", 98, year=2025),
                                row("tỷ lệ hồ sơ trực tuyến toàn trình", 60, year=2025)])


def test_rows_whose_label_opens_in_lower_case_stay_rows():
    text = ("Tổng hợp kết quả giải quyết hồ sơ năm 2024 của các xã như sau:\n"
            "Đơn vị Tiếp nhận Đúng hạn\n"
            "xã Hải Thượng 812 805\n"
            "xã Hải Lâm 655 650\n")

    def result(indicator, value, scope):
        return row(indicator, value, unit="count", operator="=", level="commune", year=2024, kind="result",
                   scope=scope)

    assert_rows(extract(text), [result("Tiếp nhận", 812, "xã Hải Thượng"), result("Đúng hạn", 805, "xã Hải Thượng"),
                                result("Tiếp nhận", 655, "xã Hải Lâm"), result("Đúng hạn", 650, "xã Hải Lâm")])


# --------------------------------------------------------------------------- one cell per line

STACKED = ("Kết quả giải quyết hồ sơ quý I năm 2025\nSTT\nĐơn vị\nTiếp nhận\nTỷ lệ đúng hạn (%)\n"
           "1\nSở Nội vụ\n642\n99,5\n2\nhuyện Mường Nhé\n1.318\n97,1\nNguồn: Cổng dịch vụ công tỉnh\n")


def test_a_table_written_one_cell_per_line_becomes_rows_of_cells():
    view = TextView(STACKED)
    assert rows_of(STACKED)[1:4] == ["STT | Đơn vị | Tiếp nhận | Tỷ lệ đúng hạn (%)",
                                     "1 | Sở Nội vụ | 642 | 99,5", "2 | huyện Mường Nhé | 1.318 | 97,1"]
    assert rows_of(STACKED)[4] == "Nguồn: Cổng dịch vụ công tỉnh"
    assert_maps_back(view)
    assert_cells_map_back(view, ["Sở Nội vụ", "1.318", "97,1"])


def test_a_table_written_one_cell_per_line_gives_rows_per_unit():
    doc = extract("Báo cáo kết quả giải quyết hồ sơ quý I năm 2025\n" + STACKED.split("\n", 1)[1])
    assert_rows(doc, [row("Tiếp nhận", 642, unit="count", operator="=", level="province", year=2025,
                          kind="result", scope="Sở Nội vụ"),
                      row("Tỷ lệ đúng hạn", 99.5, operator="=", level="province", year=2025, kind="result",
                          scope="Sở Nội vụ"),
                      row("Tiếp nhận", 1318, unit="count", operator="=", level="district", year=2025,
                          kind="result", scope="huyện Mường Nhé"),
                      row("Tỷ lệ đúng hạn", 97.1, operator="=", level="district", year=2025, kind="result",
                          scope="huyện Mường Nhé")])


def test_a_numbered_list_of_one_line_items_is_no_table():
    # guard: the numbering must follow a row-number head and rows must hold figures
    text = "Nhiệm vụ\n1\nRà soát thủ tục\n2\nSố hóa hồ sơ\n"
    assert rows_of(text) == ["Nhiệm vụ", "1", "Rà soát thủ tục", "2", "Số hóa hồ sơ"]


UNNUMBERED = ("Tình hình giải quyết hồ sơ quý II năm 2025\nĐơn vị\nTiếp nhận\nĐúng hạn\nTỷ lệ đúng hạn\n"
              "Sở Công Thương\n1.204\n1.198\n99,5%\nUBND huyện Điện Biên\n3.870\n3.702\n95,7%\n"
              "Nguồn: Văn phòng UBND tỉnh\n")


def test_a_table_of_one_cell_per_line_without_row_numbers_becomes_rows_of_cells():
    view = TextView(UNNUMBERED)
    assert rows_of(UNNUMBERED)[1:4] == ["Đơn vị | Tiếp nhận | Đúng hạn | Tỷ lệ đúng hạn",
                                        "Sở Công Thương | 1.204 | 1.198 | 99,5%",
                                        "UBND huyện Điện Biên | 3.870 | 3.702 | 95,7%"]
    assert rows_of(UNNUMBERED)[4] == "Nguồn: Văn phòng UBND tỉnh"
    assert_maps_back(view)


def test_a_list_of_words_under_a_label_head_is_no_table():
    # guard: rows need a figure in every column after the name
    text = "Đơn vị\nPhòng Nội vụ\nPhòng Tư pháp\nVăn phòng HĐND và UBND\n"
    assert rows_of(text) == ["Đơn vị", "Phòng Nội vụ", "Phòng Tư pháp", "Văn phòng HĐND và UBND"]


def test_a_dashboard_printing_each_figure_above_its_label_pairs_them_that_way():
    doc = extract("CỔNG DỊCH VỤ CÔNG TỈNH ĐIỆN BIÊN\nSố liệu giải quyết hồ sơ năm 2024\n"
                  "412.560\nHồ sơ tiếp nhận\n98,9%\nTỷ lệ giải quyết đúng hạn\n57,3%\nTỷ lệ hồ sơ trực tuyến\n")
    assert doc["jurisdiction"] == {"name": "Điện Biên", "level": "province"}
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        ("Hồ sơ tiếp nhận", 412560, "result", 2024), ("Tỷ lệ giải quyết đúng hạn", 98.9, "result", 2024),
        ("Tỷ lệ hồ sơ trực tuyến", 57.3, "result", 2024)]


def test_a_label_above_its_figure_still_pairs_with_the_figure_below():
    doc = extract("Số liệu giải quyết hồ sơ năm 2024 của tỉnh Điện Biên\n"
                  "Hồ sơ tiếp nhận\n412.560\nTỷ lệ giải quyết đúng hạn\n98,9%\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Hồ sơ tiếp nhận", 412560), ("Tỷ lệ giải quyết đúng hạn", 98.9)]


def test_tones_written_on_the_second_vowel_move_to_the_first_and_offsets_hold():
    text = "UỶ BAN NHÂN DÂN TỈNH THANH HOÁ\nTỷ lệ hồ sơ được số hoá, khoẻ, thuỷ; quý II giữ nguyên.\n"
    view = TextView(text)
    assert view.norm == "ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nTỷ lệ hồ sơ được số hóa, khỏe, thủy; quý II giữ nguyên.\n"
    assert_maps_back(view)


def test_a_plan_written_with_tones_on_the_second_vowel_reads_like_one_written_on_the_first():
    old = extract("UỶ BAN NHÂN DÂN\nTỈNH KHÁNH HOÀ\nSố: 12/KH-UBND\nKẾ HOẠCH\nSố hoá hồ sơ năm 2024\n"
                  "Tỷ lệ hồ sơ được số hoá đạt tối thiểu 80% đối với cấp xã.\n")
    new = extract("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 12/KH-UBND\nKẾ HOẠCH\nSố hóa hồ sơ năm 2024\n"
                  "Tỷ lệ hồ sơ được số hóa đạt tối thiểu 80% đối với cấp xã.\n")
    assert old["jurisdiction"] == new["jurisdiction"] == {"name": "Khánh Hòa", "level": "province"}
    assert [(t["level"], t["threshold"]["value"]) for t in old["targets"]] == [("commune", 80)]
    assert old["targets"][0]["evidence"]["text"].endswith("số hoá đạt tối thiểu 80% đối với cấp xã")


def test_a_figure_crowded_against_a_long_name_in_an_aligned_row_is_a_cell_of_its_own():
    text = ("Đơn vị          Tiếp nhận     Đúng hạn\nSở Tư pháp      12.450        12.401\n"
            "Huyện Càng Long 45.320        45.100\n")
    assert rows_of(text)[2] == "Huyện Càng Long | 45.320 | 45.100"
    assert_maps_back(TextView(text))


def test_a_single_spaced_header_of_level_columns_splits_over_rows_of_figures():
    doc = extract("Kế hoạch chuyển đổi số năm 2025 của tỉnh Trà Vinh\nSTT Chỉ tiêu Cấp tỉnh Cấp huyện Cấp xã\n"
                  "1 Tỷ lệ hồ sơ trực tuyến toàn trình 80% 60% 50%\n2 Tỷ lệ thanh toán trực tuyến 70% 50% 40%\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ trực tuyến toàn trình", "province", 80), ("Tỷ lệ hồ sơ trực tuyến toàn trình", "district", 60),
        ("Tỷ lệ hồ sơ trực tuyến toàn trình", "commune", 50), ("Tỷ lệ thanh toán trực tuyến", "province", 70),
        ("Tỷ lệ thanh toán trực tuyến", "district", 50), ("Tỷ lệ thanh toán trực tuyến", "commune", 40)]


@pytest.mark.parametrize("table", [
    "Năm Tiếp nhận Tỷ lệ đúng hạn\n2022 45.120 98,7%\n2023 48.300 99,1%\n",
    "| Năm | Tiếp nhận | Tỷ lệ đúng hạn (%) |\n| 2022 | 45.120 | 98,7 |\n| 2023 | 48.300 | 99,1 |\n",
])
def test_rows_labelled_by_year_give_each_figure_its_year_and_the_column_its_indicator(table):
    doc = extract("Thống kê hồ sơ thủ tục hành chính của huyện Càng Long qua các năm\n" + table)
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["threshold"]["unit"], t["year"]) for t in doc["targets"]] == [
        ("Tiếp nhận", 45120, "count", 2022), ("Tỷ lệ đúng hạn", 98.7, "percent", 2022),
        ("Tiếp nhận", 48300, "count", 2023), ("Tỷ lệ đúng hạn", 99.1, "percent", 2023)]


def test_symbol_bullets_read_as_dashes_one_character_for_one():
    text = "a) Tỷ lệ hồ sơ trực tuyến:\n\uf0b7 Cấp huyện: 60%;\n\u27a2Cấp xã: 40%;\n\u25cf Cấp tỉnh: 80%.\nGiá 1\u00b7000"
    view = TextView(text)
    assert view.norm.splitlines()[1:4] == ["- Cấp huyện: 60%;", "-Cấp xã: 40%;", "- Cấp tỉnh: 80%."]
    assert view.norm.endswith("1\u00b7000")  # only a line's first character is a bullet
    assert len(view.norm) == len(text) and view.span(0, len(view.norm)) == (0, len(text))


def test_levels_under_an_indicator_line_with_symbol_bullets_keep_their_level():
    doc = extract("KẾ HOẠCH\nCải cách hành chính năm 2025 của huyện Tân Phú\n2. Mục tiêu cụ thể\n"
                  "a) Tỷ lệ hồ sơ trực tuyến toàn trình:\n\uf0b7 Cấp huyện: tối thiểu 60%;\n"
                  "\uf0b7 Cấp xã: tối thiểu 40%.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ trực tuyến toàn trình", "district", 60), ("Tỷ lệ hồ sơ trực tuyến toàn trình", "commune", 40)]


def test_a_two_column_table_of_labels_and_aligned_figures_is_read_as_cells():
    text = ("Kết quả các chỉ số thành phần PCI 2022 của tỉnh Bến Tre như sau:\n"
            "Chỉ số thành phần                    Điểm\n"
            "Gia nhập thị trường                  7,10\n"
            "Tính minh bạch                       6,42\n"
            "Đào tạo lao động                     6,95\n")
    view = TextView(text)
    assert view.norm.splitlines()[2:] == ["Gia nhập thị trường | 7,10", "Tính minh bạch | 6,42", "Đào tạo lao động | 6,95"]
    prose = "Năm nay tỉnh  đạt 7,10\nvà huyện  đạt 6,42\nnhưng xã còn thấp  6,95\n"
    assert " | " not in TextView(prose).norm  # figures not lined up in a column: no table


def test_each_figure_of_a_two_column_table_is_a_row_named_by_its_label():
    doc = extract("Bến Tre công bố kết quả PCI năm 2022\nKết quả các chỉ số thành phần PCI 2022 của tỉnh như sau:\n"
                  "Chỉ số thành phần                    Điểm\nGia nhập thị trường                  7,10\n"
                  "Tính minh bạch                       6,42\nĐào tạo lao động                     6,95\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [
        ("Gia nhập thị trường", 7.1, "result"), ("Tính minh bạch", 6.42, "result"), ("Đào tạo lao động", 6.95, "result")]


def test_a_markdown_table_reads_as_a_table_with_its_rule_blanked():
    text = ("Kết quả chấm điểm quý II/2024 của các sở:\n| STT | Cơ quan | Điểm | Xếp hạng |\n"
            "|-----|:--------|-----:|:--------:|\n| 1 | Sở Tư pháp | 91,5 | 1 |\n| 2 | Sở Xây dựng | 88,2 | 2 |\n")
    view = TextView(text)
    assert [l.strip() for l in view.norm.splitlines()[1:]] == [
        "| STT | Cơ quan | Điểm | Xếp hạng |", "", "| 1 | Sở Tư pháp | 91,5 | 1 |", "| 2 | Sở Xây dựng | 88,2 | 2 |"]
    assert_maps_back(view)
    doc = extract(text)
    assert [(t["indicator"]["text"], t["scope"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("Điểm", "Sở Tư pháp", 91.5, "point"), ("Xếp hạng", "Sở Tư pháp", 1, "rank"),
        ("Điểm", "Sở Xây dựng", 88.2, "point"), ("Xếp hạng", "Sở Xây dựng", 2, "rank")]


@pytest.mark.parametrize("rule, wall", [("+----------------+-----------+-----------+", "|"),
                                        ("├────────────────┼───────────┼───────────┤", "│")])
def test_a_table_drawn_in_characters_reads_as_a_table_with_its_rules_blanked(rule, wall):
    text = ("Báo cáo kết quả cải cách hành chính năm 2024 của huyện Krông Ana\n" + rule + "\n"
            + f"{wall} Cấp            {wall} Tiếp nhận{wall} Đúng hạn (%){wall}\n" + rule + "\n"
            + f"{wall} Cấp huyện      {wall}   6.214   {wall}   98,40   {wall}\n"
            + f"{wall} Cấp xã (12 xã) {wall}  21.530   {wall}   99,10   {wall}\n" + rule + "\n")
    view = TextView(text)
    assert not any(set(l.strip()) & set("+─┼") for l in view.norm.splitlines())
    assert_maps_back(view)
    doc = extract(text)
    assert [(t["indicator"]["text"], t["level"], t["scope"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tiếp nhận", "district", None, 6214), ("Đúng hạn", "district", None, 98.4),
        ("Tiếp nhận", "commune", None, 21530), ("Đúng hạn", "commune", None, 99.1)]


def test_a_header_over_a_rule_of_dashes_is_parted_where_the_rule_has_gaps():
    text = ("Thống kê kết quả giải quyết hồ sơ quý III năm 2023 của tỉnh An Giang\n"
            "  STT  Đơn vị                        Tiếp nhận   Đúng hạn (%)\n"
            "  ---  ----------------------------  ---------   ------------\n"
            "   1   Sở Tư pháp                        2.140          99,53\n"
            "   2   Sở Xây dựng                         865          97,20\n")
    view = TextView(text)
    assert view.norm.splitlines()[1].strip() == "STT | Đơn vị | Tiếp nhận | Đúng hạn (%)"
    assert_maps_back(view)
    doc = extract(text)
    assert [(t["indicator"]["text"], t["scope"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tiếp nhận", "Sở Tư pháp", 2140), ("Đúng hạn", "Sở Tư pháp", 99.53),
        ("Tiếp nhận", "Sở Xây dựng", 865), ("Đúng hạn", "Sở Xây dựng", 97.2)]


def test_a_head_spanning_quarter_columns_names_what_each_unit_cell_measures():
    doc = extract("Kết quả giải quyết hồ sơ của UBND cấp huyện năm 2023\n"
                  "                              Tỷ lệ hồ sơ trực tuyến (%)\n"
                  "Đơn vị                        ----------------------------\n"
                  "                              Quý I      Quý II\n"
                  "Thành phố Bạc Liêu            52,4       58,1\n"
                  "Huyện Hồng Dân                41,0       44,6\n")
    assert [(t["indicator"]["text"], t["scope"], t["level"], t["threshold"]["value"], t["threshold"]["unit"])
            for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ trực tuyến", "Thành phố Bạc Liêu; Quý I", "district", 52.4, "percent"),
        ("Tỷ lệ hồ sơ trực tuyến", "Thành phố Bạc Liêu; Quý II", "district", 58.1, "percent"),
        ("Tỷ lệ hồ sơ trực tuyến", "Huyện Hồng Dân; Quý I", "district", 41.0, "percent"),
        ("Tỷ lệ hồ sơ trực tuyến", "Huyện Hồng Dân; Quý II", "district", 44.6, "percent")]


@pytest.mark.parametrize("table", [
    # a year under each indicator head (a two-row header, as DOCX merged cells give it)
    "Đơn vị | Tỷ lệ bao phủ BHYT (%) |  | Tỷ lệ tham gia BHXH (%) | \n"
    "Đơn vị | Năm 2022 | Năm 2023 | Năm 2022 | Năm 2023\nThị xã Ba Đồn | 93,1 | 94,0 | 30,2 | 31,5\n",
    # the indicator set above a tab table whose columns are years
    "Tỷ lệ bao phủ BHYT (%):\nĐơn vị\tNăm 2022\tNăm 2023\nThị xã Ba Đồn\t93,1\t94,0\nHuyện Minh Hóa\t98,5\t98,8\n",
])
def test_unit_rows_under_year_columns_take_the_indicator_named_over_the_years(table):
    doc = extract("BÁO CÁO\nKết quả năm 2023 của Bảo hiểm xã hội tỉnh Quảng Bình\n" + table)
    first = doc["targets"][0]
    assert (first["indicator"]["text"], first["scope"], first["level"], first["threshold"]["value"],
            first["threshold"]["unit"], first["year"]) == ("Tỷ lệ bao phủ BHYT", "Thị xã Ba Đồn", "district", 93.1, "percent", 2022)


def test_a_two_column_tab_table_of_units_gives_rows():
    doc = extract("Tỷ lệ bao phủ BHYT năm 2023 của các địa phương:\nĐơn vị\tTỷ lệ bao phủ BHYT (%)\n"
                  "Thị xã Ba Đồn\t94,0\nHuyện Minh Hóa\t98,8\n")
    assert [(t["indicator"]["text"], t["scope"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ bao phủ BHYT", "Thị xã Ba Đồn", 94.0), ("Tỷ lệ bao phủ BHYT", "Huyện Minh Hóa", 98.8)]


def test_column_heads_wrapped_over_lines_read_as_one_header_row():
    text = ("PHỤ LỤC: CHỈ TIÊU PHỔ CẬP GIÁO DỤC NĂM 2025 GIAO CHO CÁC HUYỆN\n"
            "\n"
            "                            Tỷ lệ trẻ 5 tuổi      Tỷ lệ thanh thiếu\n"
            " STT  Đơn vị                ra lớp mẫu giáo       niên 15-18 tuổi có\n"
            "                            (%)                   bằng THCS (%)\n"
            "                            (chỉ tiêu tối thiểu)  (chỉ tiêu tối thiểu)\n"
            " 1    Huyện Sìn Hồ                 99,5                 91\n"
            " 2    Huyện Phong Thổ              99                   90,5\n"
            " 3    Thành phố Lai Châu          100                   97\n")
    view = TextView(text)
    assert view.norm.splitlines()[2].strip() == (
        "STT | Đơn vị | Tỷ lệ trẻ 5 tuổi ra lớp mẫu giáo (%) (chỉ tiêu tối thiểu) | "
        "Tỷ lệ thanh thiếu niên 15-18 tuổi có bằng THCS (%) (chỉ tiêu tối thiểu)")
    assert_maps_back(view)
    doc = extract(text)
    assert [(t["indicator"]["text"], t["scope"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ trẻ 5 tuổi ra lớp mẫu giáo", "Huyện Sìn Hồ", "district", 99.5),
        ("Tỷ lệ thanh thiếu niên 15-18 tuổi có bằng THCS", "Huyện Sìn Hồ", "district", 91),
        ("Tỷ lệ trẻ 5 tuổi ra lớp mẫu giáo", "Huyện Phong Thổ", "district", 99),
        ("Tỷ lệ thanh thiếu niên 15-18 tuổi có bằng THCS", "Huyện Phong Thổ", "district", 90.5),
        ("Tỷ lệ trẻ 5 tuổi ra lớp mẫu giáo", "Thành phố Lai Châu", "district", 100),
        ("Tỷ lệ thanh thiếu niên 15-18 tuổi có bằng THCS", "Thành phố Lai Châu", "district", 97)]


def test_a_one_cell_per_line_table_whose_heads_wrap_over_two_lines_reads_as_rows():
    text = ("Biểu 02. Hồ sơ trực tuyến của các xã quý I/2023\n"
            "STT\nĐơn vị\nTổng số hồ sơ\ntiếp nhận\nTỷ lệ trực\ntuyến (%)\n"
            "1\nXã Thạch Kim\n812\n64,2\n"
            "2\nXã Thạch Bàn\n655\n41,8\n")
    view = TextView(text)
    assert view.norm.splitlines()[1:4] == ["STT | Đơn vị | Tổng số hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%)",
                                           "1 | Xã Thạch Kim | 812 | 64,2", "2 | Xã Thạch Bàn | 655 | 41,8"]
    assert_maps_back(view)


def test_cells_wrapped_onto_the_next_line_of_an_aligned_table_join_their_row():
    text = ("        BIỂU CHỈ TIÊU CHỦ YẾU NĂM 2024\n"
            " TT   Chỉ tiêu                         ĐVT        KH năm    TH năm\n"
            "                                                  2024      2024\n"
            " 1    Tỷ lệ người dân tham gia        %          92        93,1\n"
            "      bảo hiểm y tế\n"
            " 2    Tỷ lệ hộ nghèo                  %          <2        1,8\n")
    view = TextView(text)
    lines = view.norm.splitlines()
    assert lines[1:4] == ["TT | Chỉ tiêu | ĐVT | KH năm 2024 | TH năm 2024",
                          "1 | Tỷ lệ người dân tham gia bảo hiểm y tế | % | 92 | 93,1",
                          " 2 | Tỷ lệ hộ nghèo | % | <2 | 1,8"]
    assert_maps_back(view)


def test_a_wrapped_cell_ending_in_a_note_mark_still_joins_its_row():
    text = ("        BIỂU CHỈ TIÊU NĂM 2023\n"
            " TT   Chỉ tiêu                         KH năm    TH năm\n"
            "                                       2023      2023\n"
            " 1    Tỷ lệ dịch vụ công trực tuyến    80        72,5\n"
            "      có phát sinh hồ sơ (1)\n"
            " 2    Tỷ lệ hồ sơ trực tuyến           50        41,2\n")
    lines = TextView(text).norm.splitlines()
    assert lines[2] == "1 | Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ (1) | 80 | 72,5"


def test_a_long_wrapped_label_joins_its_row_when_it_stays_inside_its_column():
    # nine words carried over: the label column is wide, and the piece ends before the figures
    text = ("  STT  Chỉ tiêu                                     Khối sở     Cấp huyện    Cấp xã\n"
            "  1    Tỷ lệ văn bản trao đổi giữa các cơ quan      ≥ 95%       ≥ 90%        ≥ 85%\n"
            "       nhà nước dưới dạng điện tử có chữ ký số\n"
            "  2    Tỷ lệ cuộc họp được tổ chức trực tuyến       ≥ 50%       ≥ 40%        ≥ 30%\n"
            "\n"
            "  Các cơ quan, đơn vị có trách nhiệm báo cáo kết quả hằng quý.\n")
    lines = [line.strip() for line in rows_of(text)]
    assert lines[:3] == [
        "STT | Chỉ tiêu | Khối sở | Cấp huyện | Cấp xã",
        "1 | Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử có chữ ký số"
        " | ≥ 95% | ≥ 90% | ≥ 85%",
        "2 | Tỷ lệ cuộc họp được tổ chức trực tuyến | ≥ 50% | ≥ 40% | ≥ 30%"]
    assert_maps_back(TextView(text))


def test_a_wrapped_label_beside_a_wrapped_note_with_a_reference_joins_its_row():
    text = ("  TT   Nội dung                             Năm 2025    Căn cứ\n"
            "  1    Tỷ lệ trường mầm non đạt chuẩn       ≥ 65%       Theo Nghị\n"
            "       quốc gia mức độ 1                                quyết 12/2021/\n"
            "                                                        NQ-HĐND\n"
            "  2    Tỷ lệ trẻ em đi học đúng độ tuổi     ≥ 99%\n")
    lines = rows_of(text)
    assert [l.strip() for l in lines[1:3]] == [
        "1 | Tỷ lệ trường mầm non đạt chuẩn quốc gia mức độ 1 | ≥ 65% | Theo Nghị quyết 12/2021/ NQ-HĐND",
        "2 | Tỷ lệ trẻ em đi học đúng độ tuổi | ≥ 99%"]
    assert_maps_back(TextView(text))


def test_an_item_line_and_a_table_number_above_a_wrapped_header_are_no_heads():
    text = ("  3. Chỉ tiêu giảm tỷ lệ hộ nghèo của các huyện, thị xã giai đoạn 2022 - 2025\n"
            "Biểu số 02\n"
            " STT   Đơn vị                  Tỷ lệ hộ nghèo cuối      Mức giảm bình quân\n"
            "                               năm 2021 (%)             mỗi năm (%)\n"
            " 1     Huyện Trạm Tấu          48,20                    5,0\n"
            " 2     Thị xã Nghĩa Lộ         6,35                     1,0\n")
    lines = [line.strip() for line in rows_of(text)]
    assert lines[:3] == ["3. Chỉ tiêu giảm tỷ lệ hộ nghèo của các huyện, thị xã giai đoạn 2022 - 2025", "Biểu số 02",
                         "STT | Đơn vị | Tỷ lệ hộ nghèo cuối năm 2021 (%) | Mức giảm bình quân mỗi năm (%)"]


def test_a_note_column_one_row_fills_still_lets_the_header_wrap():
    text = (" TT   Lĩnh vực                   Số hồ sơ        Tỷ lệ đúng       Ghi chú\n"
            "                                 tiếp nhận       hạn (%)\n"
            " 1    Hộ tịch                    2.140           100\n"
            " 2    Đất đai                    1.315           97,40            34 hồ sơ quá hạn\n"
            " 3    Xây dựng                     286           99,30\n")
    lines = [line.strip() for line in rows_of(text)]
    assert lines[:3] == ["TT | Lĩnh vực | Số hồ sơ tiếp nhận | Tỷ lệ đúng hạn (%) | Ghi chú",
                         "1 | Hộ tịch | 2.140 | 100", "2 | Đất đai | 1.315 | 97,40 | 34 hồ sơ quá hạn"]


def test_a_sentence_after_a_table_joins_no_cell():
    text = ("  TT   Đơn vị                     Tiếp nhận     Đúng hạn\n"
            "  1    Sở Tài chính               1.250         1.248\n"
            "  2    Sở Xây dựng                  830           829\n"
            "       Các đơn vị còn lại thực hiện nghiêm quy định về tiếp nhận hồ sơ trong năm\n")
    lines = rows_of(text)
    assert lines[2].strip() == "2 | Sở Xây dựng | 830 | 829"
    assert lines[3].strip().startswith("Các đơn vị còn lại")


def test_rows_of_bounds_under_a_wrapped_header_are_rows_not_heads():
    text = ("  TT   Chỉ tiêu                                          Chỉ tiêu giao\n"
            "                                                         năm 2024\n"
            "  1    Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn        Tối thiểu 98%\n"
            "  2    Tỷ lệ hồ sơ trực tuyến                            Từ 50% trở lên\n"
            "  3    Tỷ lệ số hóa hồ sơ                                100%\n")
    lines = TextView(text).norm.splitlines()
    assert [l.strip() for l in lines[:3]] == ["TT | Chỉ tiêu | Chỉ tiêu giao năm 2024",
                                              "1 | Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn | Tối thiểu 98%",
                                              "2 | Tỷ lệ hồ sơ trực tuyến | Từ 50% trở lên"]


GROUPED_CRITERIA = (
    "Kết quả một số tiêu chí như sau:\n"
    "\n"
    " Tiêu chí           Nội dung chỉ tiêu                   Yêu cầu    Kết quả    Đánh giá\n"
    " ----------------------------------------------------------------------------------\n"
    " Số 5. Trường học   Tỷ lệ trường học đạt chuẩn cơ sở     100%       100%       Đạt\n"
    "                    vật chất\n"
    "                    Tỷ lệ phòng học kiên cố hóa          ≥ 80%      86,4%      Đạt\n"
    "                    theo quy định\n"
    " Số 8. Thông tin    Tỷ lệ hộ sử dụng Internet            ≥ 70%      77,2%      Đạt\n"
    " ----------------------------------------------------------------------------------\n")


def test_rows_grouped_under_a_criterion_keep_their_own_cells_under_a_header_over_one_rule():
    view = TextView(GROUPED_CRITERIA)
    assert rows_of(GROUPED_CRITERIA)[1:5] == [
        " Tiêu chí | Nội dung chỉ tiêu | Yêu cầu | Kết quả | Đánh giá",
        " ----------------------------------------------------------------------------------",
        "Số 5. Trường học | Tỷ lệ trường học đạt chuẩn cơ sở vật chất | 100% | 100% | Đạt",
        "Tỷ lệ phòng học kiên cố hóa theo quy định | ≥ 80% | 86,4% | Đạt"]
    assert_maps_back(view)


def test_a_requirement_column_beside_a_result_column_sets_targets_and_the_result_reports():
    doc = extract("BÁO CÁO\nKết quả xây dựng xã nông thôn mới nâng cao năm 2021 của xã Quỳnh Hồng\n"
                  + GROUPED_CRITERIA)
    assert_rows(doc, [row("Tỷ lệ trường học đạt chuẩn cơ sở vật chất", 100, year=2021),
                      row("Tỷ lệ trường học đạt chuẩn cơ sở vật chất", 100, operator="=", year=2021, kind="result"),
                      row("Tỷ lệ phòng học kiên cố hóa theo quy định", 80, year=2021),
                      row("Tỷ lệ phòng học kiên cố hóa theo quy định", 86.4, operator="=", year=2021, kind="result"),
                      row("Tỷ lệ hộ sử dụng Internet", 70, year=2021),
                      row("Tỷ lệ hộ sử dụng Internet", 77.2, operator="=", year=2021, kind="result")])


def test_a_unit_caption_set_above_a_header_is_no_part_of_its_heads_and_makes_bare_cells_percentages():
    text = ("Bảng 2. Lộ trình một số chỉ tiêu giai đoạn 2024 - 2026\n"
            "                                                              Đơn vị tính: %\n"
            "TT  Chỉ tiêu                                     Năm 2024  Năm 2025  Năm 2026\n"
            "1   Tỷ lệ hồ sơ trực tuyến toàn trình                35        45        60\n"
            "2   Tỷ lệ hồ sơ được số hóa                          60        80       100\n")
    assert rows_of(text)[2] == "TT | Chỉ tiêu | Năm 2024 | Năm 2025 | Năm 2026"
    doc = extract("KẾ HOẠCH\nChuyển đổi số giai đoạn 2024 - 2026\n" + text)
    assert_rows(doc, [row("Tỷ lệ hồ sơ trực tuyến toàn trình", v, year=y) for v, y in ((35, 2024), (45, 2025), (60, 2026))]
                + [row("Tỷ lệ hồ sơ được số hóa", v, year=y) for v, y in ((60, 2024), (80, 2025), (100, 2026))])


# A roadmap's header on two lines over a rule: a group head spans the years' columns, a part's
# number and name head the rows of each part, and labels wrap onto the lines under their rows.
ROADMAP = ("STT  Chỉ tiêu                          Đơn vị  Hiện trạng  Lộ trình thực hiện\n"
           "                                       tính    năm 2025    2026     2027     2028\n"
           "--------------------------------------------------------------------------------\n"
           "I    XÃ HỘI SỐ\n"
           "1    Tỷ lệ hộ gia đình có cáp quang    %       71          76       81       86\n"
           "     băng rộng\n"
           "II   KINH TẾ SỐ\n"
           "2    Tỷ lệ doanh nghiệp dùng hóa đơn   %       88          92       96       100\n"
           "     điện tử\n")


def test_a_two_line_header_over_a_rule_with_a_group_head_over_the_years_heads_each_column():
    lines = rows_of(ROADMAP)
    assert lines[0] == ("STT | Chỉ tiêu | Đơn vị tính | Hiện trạng năm 2025 | Lộ trình thực hiện 2026 | "
                        "Lộ trình thực hiện 2027 | Lộ trình thực hiện 2028")
    assert lines[2] == "I | XÃ HỘI SỐ"
    assert lines[3] == "1 | Tỷ lệ hộ gia đình có cáp quang băng rộng | % | 71 | 76 | 81 | 86"
    doc = extract("KẾ HOẠCH\nChuyển đổi số tỉnh Gia Lai giai đoạn 2026 - 2028\n" + ROADMAP)
    got = sorted((t["indicator"]["text"][:22], t["threshold"]["value"], t["year"], t["kind"]) for t in doc["targets"])
    assert got == [("Tỷ lệ doanh nghiệp dùn", 88, 2025, "result"), ("Tỷ lệ doanh nghiệp dùn", 92, 2026, "target"),
                   ("Tỷ lệ doanh nghiệp dùn", 96, 2027, "target"), ("Tỷ lệ doanh nghiệp dùn", 100, 2028, "target"),
                   ("Tỷ lệ hộ gia đình có c", 71, 2025, "result"), ("Tỷ lệ hộ gia đình có c", 76, 2026, "target"),
                   ("Tỷ lệ hộ gia đình có c", 81, 2027, "target"), ("Tỷ lệ hộ gia đình có c", 86, 2028, "target")]


def test_a_line_of_years_under_year_heads_between_two_rules_is_part_of_the_header():
    text = ("  ---------------------------------------------------------------------\n"
            "   TT  Chỉ tiêu                          ĐVT   Năm    Năm    Năm    Năm\n"
            "                                               2023   2024   2025   2026\n"
            "  ---------------------------------------------------------------------\n"
            "   1   Số xã đạt chuẩn nông thôn mới     xã     18     20     22     24\n"
            "   2   Số xã đạt chuẩn NTM nâng cao      xã      3      5      7      9\n")
    assert rows_of(text)[1] == "TT | Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 | Năm 2025 | Năm 2026"
    doc = extract("NGHỊ QUYẾT\nVề xây dựng nông thôn mới huyện Yên Thành giai đoạn 2023 - 2026\n" + text)
    assert sorted((t["threshold"]["value"], t["year"]) for t in doc["targets"]
                  if t["indicator"]["text"] == "Số xã đạt chuẩn nông thôn mới") == [
        (18, 2023), (20, 2024), (22, 2025), (24, 2026)]


def test_two_columns_notes_in_brackets_one_space_apart_are_no_head_over_both():
    # (a guard: the group heads read above must not take "(tối thiểu) (tối thiểu)" for one)
    text = ("                               Số trẻ            Tỷ lệ tiêm  Tỷ lệ uống\n"
            " STT  Đơn vị                   dưới 1 tuổi       đầy đủ (%)  vitamin A (%)\n"
            "                                                 (tối thiểu) (tối thiểu)\n"
            " 1    Huyện Vị Thủy            1.204             96          98\n"
            " 2    Huyện Long Mỹ            987               95          97\n")
    assert rows_of(text)[0] == ("STT | Đơn vị | Số trẻ dưới 1 tuổi | Tỷ lệ tiêm đầy đủ (%) (tối thiểu) | "
                                "Tỷ lệ uống vitamin A (%) (tối thiểu)")

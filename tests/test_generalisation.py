"""The constructions of issue 8 (documents nobody here has seen), one test each, in the
team's own sentences: years and periods, results against targets, breakdowns by unit,
numbers as people write them, changes that are not rows, addressees and shared lists.

Each test states the gold rows (../shared/GOLD.md) and checks them with the judge's strict
pairing, as tests/test_extraction_rules.py does.
"""
from __future__ import annotations

import pytest

from extractor import breakdowns, periods
from test_extraction_rules import assert_rows, extract, row


# --------------------------------------------------------------------------- years and periods

@pytest.mark.parametrize("text, kind, year", [
    ("tăng 12% so với cùng kỳ năm 2022", "baseline", 2022),
    ("đạt 35% (cuối năm 2022 là 21%)", "baseline", 2022),
    ("trong giai đoạn 2026 – 2030", "deadline", 2030),
    ("Từ năm 2016-2020, toàn tỉnh", "span", 2020),
    ("báo cáo kết quả quý III/2023", "period", 2023),
    ("sơ kết 9 tháng đầu năm 2025", "period", 2025),
    ("Quảng Trị, ngày 18 tháng 12 năm 2025", "date", 2025),
    ("phấn đấu đến hết năm 2027", "deadline", 2027),
])
def test_period_grammar_names_the_year_and_its_role(text, kind, year):
    found = periods.mentions(text)
    assert [(y.kind, y.year) for y in found] == [(kind, year)]


def test_a_plan_titled_for_next_year_is_for_that_year_not_its_signing_year():
    doc = extract("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 318/KH-UBND\nQuảng Trị, ngày 18 tháng 12 năm 2025\n"
                  "KẾ HOẠCH\nCải cách hành chính nhà nước năm 2026\n"
                  "1. Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt tối thiểu 98%.\n"
                  "2. Mức độ hài lòng của người dân đạt trên 90%.\n")
    assert doc["year"] == 2026
    assert_rows(doc, [row("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", 98, year=2026),
                      row("Mức độ hài lòng của người dân", 90, operator=">", year=2026)])


def test_a_review_that_plans_next_year_reports_its_own_year():
    doc = extract("UBND huyện Hải Lăng tổng kết công tác cải cách hành chính năm 2024 và triển khai nhiệm vụ năm 2025.\n"
                  "Năm 2024, toàn huyện tiếp nhận 18.240 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng hạn "
                  "đạt 97,35%.\n")
    assert doc["year"] == 2025
    assert_rows(doc, [row("hồ sơ thủ tục hành chính tiếp nhận", 18240, unit="count", operator="=", year=2024,
                          kind="result"),
                      row("tỷ lệ hồ sơ giải quyết đúng hạn", 97.35, operator="=", year=2024, kind="result")])


def test_a_review_with_its_own_years_plan_column_and_a_plan_for_next_year_is_for_next_year():
    doc = extract("SỞ Y TẾ TỈNH PHÚ YÊN\nSố: 15/BC-SYT                 Phú Yên, ngày 08 tháng 01 năm 2025\nBÁO CÁO\n"
                  "Kết quả thực hiện các chỉ tiêu y tế năm 2024; kế hoạch năm 2025\n"
                  "| STT | Chỉ tiêu | Kế hoạch 2024 | Thực hiện 2024 |\n"
                  "| 1 | Tỷ lệ bao phủ bảo hiểm y tế (%) | 93 | 93,4 |\n"
                  "| 2 | Tỷ lệ trạm y tế xã có bác sĩ (%) | 95 | 96,1 |\n"
                  "| 3 | Tỷ lệ người dân được quản lý sức khỏe (%) | 90 | 88,7 |\n"
                  "II. KẾ HOẠCH NĂM 2025\n- Tỷ lệ bao phủ bảo hiểm y tế đạt tối thiểu 94%.\n")
    assert doc["year"] == 2025
    assert (94, 2025, "target") in [(t["threshold"]["value"], t["year"], t["kind"]) for t in doc["targets"]]


@pytest.mark.parametrize("phrase, levels", [
    ("ở cả 3 cấp tỉnh, huyện, xã", ["province", "district", "commune"]),
    ("ở cả hai cấp huyện và xã", ["district", "commune"]),
    ("tại cả 2 cấp tỉnh, xã", ["province", "commune"]),
])
def test_levels_named_after_a_phrase_of_every_level_give_one_row_each(phrase, levels):
    doc = extract("Kế hoạch chuyển đổi số năm 2026 của tỉnh Yên Bái\n"
                  f"- 100% văn bản đi được ký số và gửi trên môi trường mạng {phrase}.\n")
    assert [(t["indicator"]["text"], t["level"]) for t in doc["targets"]] == [
        ("văn bản đi được ký số và gửi trên môi trường mạng", lv) for lv in levels]


def test_a_field_named_after_ve_then_a_level_then_the_indicator_keeps_the_indicator():
    doc = extract("Báo cáo kết quả năm 2024 của huyện Yên Định\n"
                  "Về chuyển đổi số, ở cấp huyện, tỷ lệ hồ sơ được số hóa đạt 81,5%; ở cấp xã đạt 64,2%.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("tỷ lệ hồ sơ được số hóa", "district", 81.5), ("tỷ lệ hồ sơ được số hóa", "commune", 64.2)]


def test_a_request_for_a_figure_in_a_year_after_the_review_is_a_target_of_what_it_names():
    doc = extract("Báo cáo kết quả đo lường sự hài lòng năm 2021 của tỉnh Bình Định\n"
                  "Năm 2021, chỉ số hài lòng chung của tỉnh đạt 83,1%.\n"
                  "Theo Kế hoạch năm 2022, UBND tỉnh yêu cầu chỉ số hài lòng của các xã, phường đạt trên 86%.\n")
    got = [(t["indicator"]["text"], t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]]
    assert got == [("chỉ số hài lòng chung", 83.1, "result", 2021), ("chỉ số hài lòng", 86, "target", 2022)]
    assert doc["targets"][1]["level"] == "commune"


@pytest.mark.parametrize("lead", ["Tuy nhiên, vẫn còn", "Nhìn chung,", "Đáng chú ý,", "Kết quả cho thấy"])
def test_a_discourse_lead_is_no_part_of_the_indicator(lead):
    doc = extract(f"Báo cáo kết quả năm 2024 của tỉnh Quảng Bình\n{lead} 4 huyện có tỷ lệ hồ sơ trễ hạn trên 2%.\n")
    assert [t["indicator"]["text"] for t in doc["targets"]] == ["huyện có tỷ lệ hồ sơ trễ hạn trên 2%"]


def test_a_plans_milestones_for_parts_of_its_year_are_targets():
    doc = extract("ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 15/KH-UBND\nKẾ HOẠCH\nNâng cao Chỉ số cải cách hành chính năm 2025\n"
                  "Tỷ lệ hồ sơ trực tuyến: quý I/2025 đạt từ 40%; 6 tháng đầu năm đạt từ 45%; 9 tháng đạt từ 50%.\n")
    assert [(t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        (40, "target", 2025), (45, "target", 2025), (50, "target", 2025)]


def test_a_score_on_a_named_scale_is_read_and_the_scale_is_no_figure():
    doc = extract("Kế hoạch nâng cao Chỉ số hài lòng năm 2025 của huyện Đức Linh\n"
                  "Phấn đấu năm 2025 Chỉ số hài lòng của huyện đạt từ 88 điểm trở lên trên thang điểm 100.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("Chỉ số hài lòng", 88, "point")]


def test_a_quarter_report_gives_its_rows_that_year():
    doc = extract("Sở Nội vụ vừa có báo cáo kết quả đánh giá chất lượng giải quyết thủ tục hành chính quý III/2023.\n"
                  "Điểm trung bình của các sở, ban, ngành đạt 88,42%; điểm trung bình của cấp xã đạt 84,10%.\n")
    assert {t["year"] for t in doc["targets"]} == {2023}
    assert {t["kind"] for t in doc["targets"]} == {"result"}


def test_a_paragraph_opening_year_governs_its_later_sentences():
    doc = extract("Kế hoạch chuyển đổi số giai đoạn 2026-2027 của tỉnh Quảng Trị\n"
                  "Năm 2027, phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%. Tỷ lệ thanh toán trực tuyến "
                  "đạt 60%.\n")
    assert_rows(doc, [row("tỷ lệ hồ sơ trực tuyến toàn trình", 70, year=2027),
                      row("Tỷ lệ thanh toán trực tuyến", 60, year=2027)])


def test_a_baseline_year_is_never_the_rows_year():
    doc = extract("Báo cáo sơ kết 6 tháng đầu năm 2025 về chuyển đổi số\n"
                  "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 48,2% (cuối năm 2024 là 30,5%).\n")
    years = {t["threshold"]["value"]: t["year"] for t in doc["targets"]}
    assert years[48.2] == 2025


# --------------------------------------------------------------------------- breakdowns

def test_blocs_keep_the_parent_indicator_with_scope_and_level():
    doc = extract("Theo báo cáo, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đã đạt 41,27%, trong đó khối bộ "
                  "đạt 57,10% và khối tỉnh là 18,33%.\n")
    rows = {t["threshold"]["value"]: t for t in doc["targets"]}
    for value, scope, level in ((57.10, "khối bộ", "national"), (18.33, "khối tỉnh", "province")):
        assert rows[value]["scope"] == scope and rows[value]["level"] == level
        assert rows[value]["indicator"]["text"].lower().startswith("tỷ lệ hồ sơ trực tuyến toàn trình")


def test_named_provinces_in_a_ranking_keep_the_indicator():
    doc = extract("Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia của tỉnh Quảng Trị đạt 62,4%. "
                  "Bình Định (58,1%), Phú Yên (55,3%) là những địa phương xếp sau.\n")
    rows = {t["threshold"]["value"]: t for t in doc["targets"]}
    assert rows[58.1]["scope"] == "Bình Định" and rows[58.1]["level"] == "province"
    assert rows[55.3]["scope"] == "Phú Yên"
    assert "thanh toán trực tuyến" in rows[55.3]["indicator"]["text"]


def test_an_anaphor_takes_the_indicator_named_before():
    doc = extract("Tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức 2 là chỉ tiêu quan trọng. "
                  "Đến cuối năm 2024, tỷ lệ này chỉ đạt 61,5%.\n")
    [t] = doc["targets"]
    assert "định danh điện tử" in t["indicator"]["text"] and t["year"] == 2024


@pytest.mark.parametrize("text, scope, level", [
    ("Bộ Tư pháp", "Bộ Tư pháp", "national"),
    ("huyện Cam Lộ", "huyện Cam Lộ", "district"),
    ("xã Triệu Phong", "xã Triệu Phong", "commune"),
    ("còn khối tỉnh, thành phố chỉ đạt", "khối tỉnh, thành phố", "province"),
])
def test_units_and_blocs_alone_are_breakdowns(text, scope, level):
    units, is_breakdown = breakdowns.breakdown_of(text)
    assert is_breakdown and (units[-1].text, units[-1].level) == (scope, level)


def test_an_indicator_that_names_a_unit_is_no_breakdown():
    assert breakdowns.breakdown_of("Tỷ lệ hồ sơ trực tuyến của tỉnh Quảng Trị") == ([], False)


# --------------------------------------------------------------------------- numbers

def test_numbers_with_multiplier_words_are_counts():
    doc = extract("Báo cáo kết quả năm 2024: toàn tỉnh đã tiếp nhận hơn 52 nghìn hồ sơ, tương đương "
                  "1,2 triệu hồ sơ trong 5 năm; hỗ trợ 3 triệu đồng mỗi xã.\n")
    assert sorted(t["threshold"]["value"] for t in doc["targets"]) == [52000, 1200000]


def test_times_after_a_growth_verb():
    doc = extract("Mục tiêu đến năm 2030: thu nhập bình quân của lao động nông thôn tăng ít nhất 2,5 lần so với "
                  "năm 2020; tổ chức họp 2 lần mỗi năm.\n")
    assert [(t["threshold"]["value"], t["threshold"]["unit"], t["year"]) for t in doc["targets"]] == [(2.5, "times", 2030)]


def test_ordinal_and_fraction_ranks_are_results():
    doc = extract("Năm 2023, Chỉ số PAR INDEX của tỉnh xếp 12/63; Chỉ số SIPAS giữ vị trí thứ ba cả nước.\n")
    got = sorted((t["threshold"]["value"], t["threshold"]["unit"], t["kind"]) for t in doc["targets"])
    assert got == [(3, "rank", "result"), (12, "rank", "result")]


# --------------------------------------------------------------------------- what is not a row

def test_a_difference_written_before_its_number_is_no_row():
    doc = extract("Báo cáo kết quả Chỉ số cải cách hành chính năm 2024\n"
                  "Điểm trung bình của khối huyện là 81,25 điểm (so với năm 2023 tăng 2,40 điểm).\n")
    assert [t["threshold"]["value"] for t in doc["targets"]] == [81.25]


# --------------------------------------------------------------------------- levels and lists

def test_addressees_after_giao_cho_give_one_row_per_level_and_item():
    doc = extract("Kế hoạch năm 2026 của tỉnh Quảng Trị\n"
                  "Chỉ tiêu giao cho 17 sở, ban và UBND các xã, phường đối với tỷ lệ số hóa kết quả giải quyết "
                  "thủ tục hành chính, tỷ lệ cấp kết quả điện tử đều ở mức 100%.\n")
    assert_rows(doc, [row("tỷ lệ số hóa kết quả giải quyết thủ tục hành chính", 100, level=lv, year=2026)
                      for lv in ("province", "commune")] +
                [row("tỷ lệ cấp kết quả điện tử", 100, level=lv, year=2026) for lv in ("province", "commune")])


def test_a_level_inside_an_indicator_name_is_not_an_addressee():
    doc = extract("Kế hoạch năm 2025 của tỉnh Quảng Trị\nChỉ số năng lực cạnh tranh đối với cấp huyện xếp loại Tốt.\n")
    assert [t["level"] for t in doc["targets"]] == [None]


def test_a_document_whose_clauses_report_results_is_read_as_a_report():
    doc = extract("Năm 2024, công tác chuyển đổi số của huyện đạt được nhiều kết quả; đã thực hiện 37/40 nhiệm vụ. "
                  "Tỷ lệ hồ sơ trực tuyến đạt 64,2%; chỉ số chuyển đổi số của huyện xếp thứ 5/9; "
                  "tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%.\n")
    assert {t["kind"] for t in doc["targets"]} == {"result"}


def test_a_share_of_units_takes_each_kind_of_units_level():
    doc = extract("QUYẾT ĐỊNH của THỦ TƯỚNG CHÍNH PHỦ\nPhê duyệt Chương trình dữ liệu số đến năm 2030\n"
                  "Đến năm 2030, tỉ lệ bộ, ngành, địa phương đạt cấp độ 4 về quản trị dữ liệu đạt 100%.\n")
    assert sorted(t["level"] for t in doc["targets"]) == ["national", "province"]


def test_staff_of_units_are_no_share_of_units():
    doc = extract("QUYẾT ĐỊNH của THỦ TƯỚNG CHÍNH PHỦ\nPhê duyệt Chương trình dữ liệu số đến năm 2030\n"
                  "Đến năm 2030, 80% cán bộ chuyên trách của bộ, ngành, địa phương được bồi dưỡng kỹ năng dữ liệu.\n")
    assert [t["level"] for t in doc["targets"]] == [None]


# --------------------------------------------------------------------------- tables of results by unit

RESULTS_TABLE = (
    "BÁO CÁO\nKết quả thực hiện dịch vụ công trực tuyến năm 2024 của các huyện\n"
    "STT | Đơn vị | Tổng số TTHC thuộc thẩm quyền | Số TTHC đã cung cấp trực tuyến | Tỷ lệ thực hiện (%)\n"
    "1 | huyện Cam Lộ | 240 | 228 | 95,0\n"
    "2 | huyện Gio Linh | 236 | 201 | 85,17\n"
)


def test_a_results_table_by_unit_puts_the_unit_in_scope_and_the_column_in_the_indicator():
    doc = extract(RESULTS_TABLE)
    got = sorted((t["threshold"]["value"], t["threshold"]["unit"], t["scope"], t["level"], t["kind"])
                 for t in doc["targets"])
    assert got == [(85.17, "percent", "huyện Gio Linh", "district", "result"),
                   (95.0, "percent", "huyện Cam Lộ", "district", "result"),
                   (201, "count", "huyện Gio Linh", "district", "result"),
                   (228, "count", "huyện Cam Lộ", "district", "result")]
    rate = next(t for t in doc["targets"] if t["threshold"]["value"] == 95.0)
    assert rate["indicator"]["text"] == "Tỷ lệ thực hiện dịch vụ công trực tuyến"  # the title's object, the "(%)" mark gone


def test_units_of_a_set_that_reached_a_state_are_a_count_at_their_level():
    doc = extract("Báo cáo tổng kết công tác cải cách hành chính năm 2024 của huyện\n"
                  "Năm 2024, 9/12 xã, thị trấn được xếp loại cải cách hành chính loại Tốt; "
                  "Chỉ số cải cách hành chính của huyện xếp thứ 4/9 huyện, thị xã, thành phố.\n")
    got = sorted((t["threshold"]["value"], t["threshold"]["unit"], t["level"], t["kind"]) for t in doc["targets"])
    assert got == [(4, "rank", None, "result"), (9, "count", "commune", "result")]


@pytest.mark.parametrize("source", [
    "Theo số liệu của Văn phòng UBND tỉnh, tính đến 30/9,",
    # a source whose name holds a comma and a word that can head an indicator ("số")
    "Theo số liệu từ hệ thống theo dõi, đánh giá Chính phủ số (EMC), tính đến 30/9,",
])
def test_a_source_and_a_period_leading_in_are_not_the_indicator(source):
    doc = extract(source + " tỷ lệ hồ sơ được số hóa đạt 77,4%.\n")
    [t] = doc["targets"]
    assert t["indicator"]["text"].lower().startswith("tỷ lệ hồ sơ được số hóa")


def test_a_target_quoted_beside_a_result_takes_its_indicator():
    doc = extract("Báo cáo kết quả năm 2024\nTỷ lệ thanh toán trực tuyến của tỉnh chỉ đạt 38,2%, trong khi mục "
                  "tiêu đề ra là 45%.\n")
    rows = {t["threshold"]["value"]: t for t in doc["targets"]}
    assert rows[45]["kind"] == "target" and rows[38.2]["kind"] == "result"
    assert rows[45]["indicator"]["text"] == rows[38.2]["indicator"]["text"]


def test_levels_qualifying_what_is_counted_give_no_level_but_placed_levels_do():
    doc = extract("Kế hoạch chuyển đổi số năm 2026 của tỉnh Quảng Trị\n"
                  "a) 100% hồ sơ công việc cấp tỉnh, cấp xã được xử lý trên môi trường mạng.\n"
                  "b) 90% văn bản tại cấp tỉnh, cấp xã được ký số.\n"
                  "c) 100% UBND cấp xã hoàn thành kết nối hệ thống họp trực tuyến.\n")
    by_value = sorted((t["threshold"]["value"], str(t["level"])) for t in doc["targets"])
    assert by_value == [(90, "commune"), (90, "province"), (100, "None"), (100, "commune")]


def test_news_of_a_resolution_names_it_as_the_act_setting_the_targets():
    doc = extract("Theo Nghị quyết số 12/NQ-CP ngày 10/02/2026 của Chính phủ, mục tiêu đến năm 2027 là 80% "
                  "hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.\n")
    assert doc["decision"]["number"] == "12/NQ-CP" and doc["decision"]["type"] == "Nghị quyết"


# An opening long enough that an act named after it is no longer "named in the opening".
NEWS_OPENING = ("Sáng nay, hội nghị đã đánh giá kết quả thực hiện nhiệm vụ của năm qua với sự tham dự của lãnh đạo "
                "các sở, ban, ngành, các huyện, thị xã, thành phố và đại diện nhiều doanh nghiệp trên địa bàn. "
                "Nhiều ý kiến cho rằng việc phối hợp giữa các cơ quan còn chậm, hạ tầng số ở vùng sâu, vùng xa "
                "chưa đồng bộ, một bộ phận cán bộ còn ngại đổi mới cách làm và chưa chủ động hướng dẫn người dân. "
                "Các đại biểu cũng thảo luận những cách làm hay đã được nhân rộng ở nhiều địa phương trong năm, "
                "từ việc tổ chức tổ công nghệ số cộng đồng đến việc đưa cán bộ đến tận thôn, bản để hỗ trợ.\n")


def test_an_act_named_late_as_the_source_of_the_targets_is_the_decision():
    doc = extract("Hội nghị triển khai nhiệm vụ năm 2025 của ngành Bảo hiểm xã hội tỉnh Hà Tĩnh\n"
                  + NEWS_OPENING +
                  "Năm 2024, tỷ lệ bao phủ bảo hiểm y tế của tỉnh đạt 93,2%.\n"
                  "Năm 2025, toàn ngành phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt ít nhất 94,5%. Các chỉ tiêu "
                  "trên được giao tại Quyết định số 2215/QĐ-BHXH ngày 26/12/2024 của Bảo hiểm xã hội Việt Nam.\n")
    assert doc["decision"]["number"] == "2215/QĐ-BHXH"
    # the cited act's date is not the time the news speaks from: 2024 stays a reported result
    got = sorted((t["threshold"]["value"], t["year"], t["kind"]) for t in doc["targets"])
    assert got == [(93.2, 2024, "result"), (94.5, 2025, "target")]


def test_a_plan_followed_in_a_bracket_after_a_heading_of_targets_is_the_decision():
    doc = extract("Tin hoạt động\n"
                  + NEWS_OPENING +
                  "2. Các chỉ tiêu chủ yếu năm 2026 (theo Kế hoạch số 17/KH-UBND ngày 03/02/2026)\n"
                  "- Tỷ lệ hồ sơ được số hóa đạt tối thiểu 80%.\n")
    assert doc["decision"]["number"] == "17/KH-UBND"


def test_an_act_the_opening_cites_in_a_bracket_is_no_decision():
    doc = extract("Kết quả Bộ chỉ số phục vụ người dân quý II/2026\n"
                  "Sở Nội vụ vừa công bố kết quả đánh giá Bộ chỉ số (theo Quyết định số 766/QĐ-TTg) quý II/2026.\n"
                  "Bộ chỉ số của tỉnh đạt 84,5 điểm, xếp thứ 21/34 tỉnh, thành phố.\n")
    assert doc["decision"] is None


def test_an_act_that_issued_what_the_news_measures_is_no_decision_and_its_figures_stay_results():
    text = ("Công bố kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý I/2026\n"
            "Bộ chỉ số được ban hành kèm theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ. "
            "Điểm của tỉnh Gia Lai đạt 82,4/100 điểm, xếp thứ 9/34 tỉnh, thành phố.\n"
            "Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.\n")
    doc = extract(text)
    assert doc["decision"] is None
    got = sorted((t["threshold"]["value"], t["kind"]) for t in doc["targets"])
    assert got == [(9, "result"), (60, "target"), (82.4, "result")]
    # a method approved by an act is cited the same way; an act approving the results is the news' own
    method = extract("Chỉ số chuyển đổi số năm 2025 được đánh giá theo Quyết định số 922/QĐ-BTTTT ngày 20/5/2022. "
                     "Chỉ số của tỉnh đạt 0,6124 điểm.\n")
    assert method["decision"] is None
    results = extract("Kết quả được phê duyệt tại Quyết định số 145/QĐ-BNV ngày 12/5/2026 của Bộ trưởng Bộ Nội vụ. "
                      "Chỉ số cải cách hành chính của tỉnh đạt 88,21%.\n")
    assert results["decision"]["number"] == "145/QĐ-BNV"


def test_a_reports_year_comes_from_its_title_under_a_tall_header_not_from_its_reporting_period():
    doc = extract("UBND HUYỆN TAM NÔNG\n"
                  "ỦY BAN NHÂN DÂN\n"
                  "XÃ PHÚ THÀNH A\n"
                  "Số: 41/BC-UBND\n"
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                  "Độc lập - Tự do - Hạnh phúc\n"
                  "Phú Thành A, ngày 08 tháng 12 năm 2025\n"
                  "BÁO CÁO\n"
                  "Kết quả công tác cải cách hành chính năm 2025\n"
                  "Thực hiện Công văn số 1402/UBND-NV ngày 20/11/2025 của UBND huyện về báo cáo công tác cải "
                  "cách hành chính năm 2025; kỳ báo cáo từ ngày 15/12/2024 đến ngày 30/11/2025, UBND xã báo cáo "
                  "như sau:\n"
                  "I. KẾT QUẢ THỰC HIỆN\n"
                  "1. Cải cách thủ tục hành chính\n"
                  "Bộ phận Một cửa xã tiếp nhận 2.105 hồ sơ, giải quyết đúng hạn đạt 99,4%.\n"
                  "2. Kết quả Chỉ số CCHC\n"
                  "Chỉ số CCHC năm 2024 của xã đạt 84,6 điểm, xếp thứ 4/12 xã của huyện.\n")
    got = sorted((t["threshold"]["value"], t["year"], t["kind"]) for t in doc["targets"])
    assert got == [(4, 2024, "result"), (84.6, 2024, "result"), (99.4, 2025, "result"), (2105, 2025, "result")]


@pytest.mark.parametrize("header", ["UBND HUYỆN VĂN BÀN\nỦY BAN NHÂN DÂN\nXÃ KHÁNH YÊN HẠ\n",
                                    "UBND HUYỆN VĂN BÀN\nUBND XÃ KHÁNH YÊN HẠ\n"])
def test_a_header_naming_the_committee_above_is_issued_by_the_one_under_it(header):
    doc = extract(header + "Số: 12/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                  "Khánh Yên Hạ, ngày 10 tháng 6 năm 2026\nBÁO CÁO\nKết quả cải cách hành chính 6 tháng đầu năm 2026\n"
                  "Tỷ lệ hồ sơ giải quyết đúng hạn của UBND xã đạt 98,7%.\n")
    assert doc["jurisdiction"] == {"name": "Khánh Yên Hạ", "level": "commune"}
    assert doc["decision"]["issuer"] == "UBND xã Khánh Yên Hạ"


def test_an_estimated_result_column_abbreviated_uth_holds_results_beside_the_plans():
    doc = extract("BÁO CÁO\nTình hình thực hiện nhiệm vụ kinh tế - xã hội năm 2022;\nmục tiêu, nhiệm vụ năm 2023\n"
                  "Phần thứ nhất\nTÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2022\n"
                  "Tỷ lệ hộ dân được dùng nước sạch đạt 96,1%.\n"
                  "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU\n"
                  "Các chỉ tiêu chủ yếu Nghị quyết HĐND huyện đề ra đều đạt và vượt kế hoạch:\n"
                  "TT | Chỉ tiêu | ĐVT | KH 2022 | ƯTH 2022 | KH 2023\n"
                  "1 | Tỷ lệ dân số tham gia BHYT | % | 91,0 | 92,4 | 93,0\n"
                  "2 | Tỷ lệ trường đạt chuẩn quốc gia | % | 80,0 | 81,5 | 84,0\n")
    got = sorted((t["threshold"]["value"], t["year"], t["kind"]) for t in doc["targets"])
    assert got == [(80, 2022, "target"), (81.5, 2022, "result"), (84, 2023, "target"),
                   (91, 2022, "target"), (92.4, 2022, "result"), (93, 2023, "target"), (96.1, 2022, "result")]


def test_a_bare_target_for_a_rate_a_plan_wants_down_is_a_ceiling():
    doc = extract("KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027 của xã Tân Hòa\n"
                  "TT | Chỉ tiêu | ĐVT | Kế hoạch 2027\n"
                  "1 | Tỷ lệ hộ nghèo theo chuẩn đa chiều | % | 1,4\n"
                  "2 | Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi | % | 9,5\n"
                  "3 | Giảm tỷ lệ hộ nghèo | % | 0,6\n"
                  "4 | Tỷ lệ hộ nghèo được hỗ trợ nhà ở | % | 100\n"
                  "5 | Tỷ lệ lao động tham gia bảo hiểm thất nghiệp | % | 14\n")
    got = sorted((t["threshold"]["value"], t["threshold"]["operator"]) for t in doc["targets"])
    assert got == [(0.6, ">="), (1.4, "<="), (9.5, "<="), (14, ">="), (100, ">=")]


def test_a_plan_column_naming_its_rate_after_the_role_word_measures_that_rate():
    doc = extract("QUYẾT ĐỊNH\nVề việc giao chỉ tiêu giảm nghèo năm 2027\n"
                  "TT | Xã | Tỷ lệ hộ nghèo năm 2026 (%) | Chỉ tiêu giảm tỷ lệ hộ nghèo năm 2027 (%)\n"
                  "1 | Xã Nậm Chảy | 31,2 | 3,5\n"
                  "2 | Xã Tả Gia Khâu | 27,8 | 3,0\n")
    got = sorted((t["threshold"]["value"], t["kind"], t["indicator"]["text"], t["scope"]) for t in doc["targets"])
    assert got == [(3, "target", "Chỉ tiêu giảm tỷ lệ hộ nghèo", "Xã Tả Gia Khâu"),
                   (3.5, "target", "Chỉ tiêu giảm tỷ lệ hộ nghèo", "Xã Nậm Chảy"),
                   (27.8, "result", "Tỷ lệ hộ nghèo", "Xã Tả Gia Khâu"),
                   (31.2, "result", "Tỷ lệ hộ nghèo", "Xã Nậm Chảy")]


def test_a_rate_a_year_in_the_unit_column_is_a_percentage():
    doc = extract("KẾ HOẠCH\nPhát triển kinh tế - xã hội 5 năm 2026 - 2030 của thị xã Sơn Tây\n"
                  "TT | Chỉ tiêu | ĐVT | Thực hiện 2025 | Mục tiêu 2030\n"
                  "1 | Tốc độ tăng giá trị sản xuất bình quân | %/năm | 9,8 | 10,5\n"
                  "2 | Tỷ lệ đô thị hóa | % | 46 | 55\n")
    got = sorted((t["threshold"]["value"], t["threshold"]["unit"], t["kind"]) for t in doc["targets"])
    assert got == [(9.8, "percent", "result"), (10.5, "percent", "target"), (46, "percent", "result"),
                   (55, "percent", "target")]


def test_a_long_article_heading_reviewing_a_year_gives_the_results_under_it_that_year():
    doc = extract("NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2027\n"
                  "Điều 1. Đánh giá tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2026 của tỉnh\n"
                  "Hội đồng nhân dân tỉnh tán thành Báo cáo của UBND tỉnh. Tỷ lệ che phủ rừng đạt 51,3%; "
                  "tỷ lệ lao động qua đào tạo đạt 68,2%.\n"
                  "Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2027\n"
                  "- Tỷ lệ lao động qua đào tạo đạt 70%.\n")
    got = sorted((t["threshold"]["value"], t["year"], t["kind"]) for t in doc["targets"])
    assert got == [(51.3, 2026, "result"), (68.2, 2026, "result"), (70, 2027, "target")]


def test_a_column_for_the_wards_committees_is_the_commune_level():
    doc = extract("KẾ HOẠCH\nCải cách hành chính năm 2027 của thị xã Bình Minh\n"
                  "TT | Chỉ tiêu | UBND các phường | Cơ quan theo dõi\n"
                  "1 | Hồ sơ trực tuyến toàn trình | ≥ 40% | Phòng Văn hóa và Thông tin\n")
    assert [(t["threshold"]["value"], t["level"]) for t in doc["targets"]] == [(40, "commune")]


def test_the_date_a_result_was_announced_is_not_the_year_it_measures():
    doc = extract("BÁO CÁO\nKết quả cải cách hành chính quý I năm 2027 của huyện Đắk Song\n"
                  "Theo kết quả do UBND tỉnh công bố tháng 3/2027, Chỉ số cải cách hành chính (PAR Index) cấp huyện năm 2026 của "
                  "huyện đạt 86,15 điểm, xếp thứ 3/8 huyện, thành phố.\n")
    assert sorted((t["threshold"]["value"], t["year"]) for t in doc["targets"]) == [(3, 2026), (86.15, 2026)]


def test_a_rate_labelled_after_an_item_label_names_the_levels_figures_after_its_colon():
    doc = extract("BÁO CÁO\nKết quả chuyển đổi số năm 2026 của huyện Mỹ Đức\n"
                  "b) Dịch vụ công: tỷ lệ hồ sơ thanh toán trực tuyến: cấp huyện đạt 61,2%, cấp xã đạt 47,5%.\n")
    got = sorted((t["threshold"]["value"], t["level"], t["indicator"]["text"]) for t in doc["targets"])
    assert got == [(47.5, "commune", "tỷ lệ hồ sơ thanh toán trực tuyến"),
                   (61.2, "district", "tỷ lệ hồ sơ thanh toán trực tuyến")]


def test_a_rate_labelled_after_a_semicolon_names_the_levels_figures_after_its_colon():
    doc = extract("BÁO CÁO\nKết quả chuyển đổi số năm 2025 của tỉnh Bắc Kạn\n"
                  "Về văn bản điện tử: tỷ lệ văn bản đến được số hóa đạt 96,3%; tỷ lệ văn bản đi được ký số: "
                  "cấp tỉnh đạt 99,2%, cấp huyện đạt 94,8%.\n")
    got = sorted((t["threshold"]["value"], t["level"], t["indicator"]["text"]) for t in doc["targets"])
    assert got == [(94.8, "district", "tỷ lệ văn bản đi được ký số"), (96.3, None, "tỷ lệ văn bản đến được số hóa"),
                   (99.2, "province", "tỷ lệ văn bản đi được ký số")]


def test_a_year_labelled_after_a_semicolon_keeps_the_lead_label():
    # a guard: a label holding a figure (a year) names no indicator of its own; passed before and must
    doc = extract("Kế hoạch chuyển đổi số năm 2024 của huyện Ba Vì\n"
                  "Tỷ lệ hồ sơ trực tuyến toàn trình: năm 2024 đạt 40%; năm 2025: cấp huyện đạt 60%, cấp xã đạt 45%.\n")
    assert {t["indicator"]["text"] for t in doc["targets"]} == {"Tỷ lệ hồ sơ trực tuyến toàn trình"}
    assert sorted((t["threshold"]["value"], t["year"], t["level"]) for t in doc["targets"]) == [
        (40, 2024, None), (45, 2025, "commune"), (60, 2025, "district")]


def test_a_share_of_staff_of_a_level_has_no_level_and_a_share_of_its_bodies_has_it():
    doc = extract("KẾ HOẠCH\nCải cách hành chính năm 2021 của tỉnh Phú Yên\n"
                  "- 100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản.\n"
                  "- 90% công chức cấp huyện đạt chuẩn về trình độ chuyên môn.\n"
                  "- 100% cơ quan hành chính nhà nước cấp xã sử dụng phần mềm quản lý văn bản.\n")
    got = sorted(((t["threshold"]["value"], t["level"], t["indicator"]["text"]) for t in doc["targets"]),
                 key=lambda r: (r[0], r[2]))
    assert got == [(90, None, "công chức cấp huyện đạt chuẩn về trình độ chuyên môn"),
                   (100, None, "cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản"),
                   (100, "commune", "cơ quan hành chính nhà nước cấp xã sử dụng phần mềm quản lý văn bản")]


NEWS_WITH_TABLES = (
    "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 45,8%\n"
    "Hà Nội, 20/02/2025 - Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 45,8%, chưa đạt mục tiêu 50%.\n"
    "Ở khối địa phương, Hà Nam dẫn đầu với 68,54%, sau đó là Bắc Ninh và Quảng Ninh.\n"
    "| STT | Tỉnh, thành phố | Tỷ lệ hồ sơ trực tuyến toàn trình (%) |\n"
    "| 1 | Hà Nam | 68,54 |\n| 2 | Bắc Ninh | 55,21 |\n| 3 | Quảng Ninh | 49,80 |\n"
    "Các bộ, ngành có kết quả cao hơn nhiều, dẫn đầu là Bộ Công an và Bộ Tài chính.\n"
    "| STT | Bộ, ngành | Tỷ lệ hồ sơ thanh toán trực tuyến (%) |\n"
    "| 1 | Bộ Công an | 94,12 |\n| 2 | Bộ Tài chính | 91,37 |\n"
    "Năm 2025, phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%; khối bộ, ngành đạt từ 80% trở lên; "
    "khối địa phương đạt tối thiểu 40%; tỷ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 45%.\n")


def test_a_news_pages_table_right_after_its_results_reports_them():
    doc = extract(NEWS_WITH_TABLES)
    table = [t for t in doc["targets"] if t["scope"] in ("Bắc Ninh", "Quảng Ninh", "Bộ Công an", "Bộ Tài chính")]
    assert len(table) == 4 and {(t["kind"], t["year"]) for t in table} == {("result", 2024)}
    assert doc["year"] == 2025  # the page plans 2025 and reports 2024


def test_a_sentence_of_the_body_between_two_tables_names_no_column():
    doc = extract(NEWS_WITH_TABLES.replace("Tỷ lệ hồ sơ thanh toán trực tuyến (%)", "Tỷ lệ (%)"))
    by_scope = {t["scope"]: t["indicator"]["text"] for t in doc["targets"] if t["scope"]}
    assert by_scope["Bắc Ninh"] == "Tỷ lệ hồ sơ trực tuyến toàn trình"
    # (neither the headline, nor the sentences under it, nor the one between the tables)
    assert all(len(by_scope[s].split()) <= 8 and "45,8" not in by_scope[s] and "dẫn đầu" not in by_scope[s]
               for s in ("Bộ Công an", "Bộ Tài chính"))


@pytest.mark.parametrize("spread", ["trải rộng từ", "trải dài từ", "nằm trong khoảng"])
def test_a_spread_over_unnamed_units_written_another_way_is_no_row(spread):
    doc = extract("Báo cáo kết quả chuyển đổi số năm 2024 của tỉnh Hà Nam\n"
                  f"Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 45%. Tỷ lệ của các xã {spread} 3,2% đến 68,5%.\n")
    assert [t["threshold"]["value"] for t in doc["targets"]] == [45]


def test_a_caption_placing_a_table_at_a_level_gives_its_rows_that_level():
    doc = extract("BÁO CÁO\nKết quả công tác cải cách hành chính năm 2019 của tỉnh Hải Dương\n"
                  "Toàn tỉnh đã tiếp nhận 152.300 hồ sơ. Kết quả giải quyết hồ sơ ở cấp xã theo lĩnh vực như sau:\n"
                  "| TT | Lĩnh vực | Tiếp nhận | Tỷ lệ đúng hạn (%) |\n"
                  "| 1 | Chứng thực | 41.200 | 99,8 |\n| 2 | Hộ tịch | 28.760 | 98,9 |\n")
    table = [t for t in doc["targets"] if t["threshold"]["value"] != 152300]
    assert len(table) == 4 and {t["level"] for t in table} == {"commune"}
    assert [t["level"] for t in doc["targets"] if t["threshold"]["value"] == 152300] == [None]


def test_the_city_an_announcement_was_held_in_is_no_province_the_page_ranks():
    doc = extract("PAPI 2023: Phú Yên tăng 5 bậc\n"
                  "Ngày 16/4, tại Hà Nội, UNDP công bố Chỉ số PAPI năm 2023. Phú Yên đạt 42,6 điểm, xếp thứ 20/63 "
                  "tỉnh, thành phố. Quảng Ninh tiếp tục đứng đầu cả nước.\n")
    assert doc["jurisdiction"] == {"name": "Phú Yên", "level": "province"}
    assert [(t["threshold"]["value"], t["level"], t["scope"]) for t in doc["targets"] if t["threshold"]["value"] == 42.6] \
        == [(42.6, None, None)]


def test_a_column_headed_by_the_writers_own_tier_takes_that_tiers_level():
    doc = extract("UBND THÀNH PHỐ PLEIKU\nKẾ HOẠCH\nCải cách hành chính năm 2025 của thành phố Pleiku\n"
                  "| TT | Chỉ tiêu | Cấp thành phố | Cấp xã |\n"
                  "| 1 | Tỷ lệ hồ sơ thanh toán trực tuyến | ≥ 45% | ≥ 30% |\n")
    assert doc["jurisdiction"]["level"] == "district"
    assert sorted((t["threshold"]["value"], t["level"], t["scope"]) for t in doc["targets"]) == [
        (30, "commune", None), (45, "district", None)]


def test_a_whole_area_column_beside_the_units_of_an_appendix_has_no_level():
    doc = extract("NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2026 của tỉnh Lai Châu\n"
                  "Phụ lục\nCHỈ TIÊU CHỦ YẾU NĂM 2026 GIAO CHO CÁC XÃ, PHƯỜNG\n"
                  "| TT | Chỉ tiêu | ĐVT | Toàn tỉnh | Xã Bình Lư | Phường Tân Phong |\n"
                  "| 1 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 95,2 | 94,0 | 97,5 |\n")
    got = sorted((t["threshold"]["value"], t["level"], t["scope"]) for t in doc["targets"])
    assert got == [(94, "commune", "Xã Bình Lư"), (95.2, None, None), (97.5, "commune", "Phường Tân Phong")]


@pytest.mark.parametrize("lead", ["Kết quả xác định", "Kết quả đánh giá", "Kết quả công bố"])
def test_a_results_lead_naming_an_index_is_a_source_and_the_index_names_the_figures(lead):
    doc = extract("BÁO CÁO\nKết quả công tác cải cách hành chính năm 2020 của huyện Đức Linh\n"
                  f"{lead} Chỉ số CCHC năm 2019 do UBND tỉnh công bố, huyện Đức Linh đạt 84,6 điểm, xếp thứ 4/10 "
                  "huyện, thị xã, thành phố.\n")
    assert sorted((t["indicator"]["text"], t["threshold"]["value"], t["scope"], t["year"]) for t in doc["targets"]) == [
        ("Chỉ số CCHC", 4, None, 2019), ("Chỉ số CCHC", 84.6, None, 2019)]


def test_a_report_whose_next_years_tasks_set_no_figure_is_for_the_year_it_reports():
    report = ("UBND TỈNH HÀ GIANG\nỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ GIANG\nSố: 1502/BC-UBND\n"
              "Hà Giang, ngày 18 tháng 12 năm 2023\nBÁO CÁO\nKết quả chuyển đổi số năm 2023 của thành phố Hà Giang\n"
              "I. KẾT QUẢ THỰC HIỆN\nNăm 2023, toàn thành phố tiếp nhận 28.614 hồ sơ, tỷ lệ hồ sơ nộp trực tuyến đạt "
              "72,5%, vượt kế hoạch tỉnh giao (70%).\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\n")
    assert extract(report + "Tiếp tục đẩy mạnh tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.\n")[
        "year"] == 2023
    # (a guard: next year's figures make it next year's plan, as before)
    assert extract(report + "Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt trên 80%.\n")["year"] == 2024


def test_a_target_named_as_what_was_met_does_not_make_the_next_clause_a_target():
    doc = extract("Năm 2024, tỷ lệ hồ sơ trực tuyến của huyện Krông Pắc đạt 52,3%\n"
                  "Năm 2024, tỷ lệ hồ sơ trực tuyến của huyện đạt 52,3%. Có 6 xã đạt và vượt mục tiêu 60%; "
                  "ở khối thị trấn, có 1 đơn vị đạt trên 70%.\n"
                  "Năm 2025, phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 65%.\n")
    counts = [(t["threshold"]["value"], t["kind"]) for t in doc["targets"] if t["threshold"]["unit"] == "count"]
    assert (1, "result") in counts and not any(kind == "target" for _, kind in counts)


@pytest.mark.parametrize("caption", ["Quang cảnh hội nghị công bố Chỉ số CCHC tại điểm cầu tỉnh - Ảnh: T.L",
                                     "Người dân làm thủ tục tại Bộ phận Một cửa (Ảnh minh họa: Báo Quảng Trị)"])
def test_a_photos_caption_between_a_paragraph_and_a_table_heads_nothing(caption):
    doc = extract("Quảng Trị tăng 9 bậc Chỉ số cải cách hành chính năm 2023\n"
                  "Chiều 16/5, Bộ Nội vụ công bố Chỉ số CCHC năm 2023; Quảng Trị đạt 87,35%.\n"
                  f"{caption}\nKết quả Chỉ số CCHC năm 2023 của tỉnh Quảng Trị theo lĩnh vực\n"
                  "| TT | Lĩnh vực | Tỷ lệ đạt (%) |\n| 1 | Cải cách thủ tục hành chính | 91,31 |\n"
                  "| 2 | Cải cách tài chính công | 84,19 |\n")
    rows = [t for t in doc["targets"] if t["threshold"]["value"] in (91.31, 84.19)]
    assert len(rows) == 2
    assert not any(w in f'{t["indicator"]["text"]} {t["scope"]}' for t in rows for w in ("Ảnh", "Quang cảnh", "Người dân"))


def test_a_bracketed_earlier_figure_is_the_same_row_at_its_own_time():
    doc = extract("Báo cáo sơ kết 6 tháng đầu năm 2025\n"
                  "Tỷ lệ thanh toán trực tuyến của cả nước đạt 51% (cuối năm 2024 là 36%); khối bộ, ngành đạt 60% "
                  "(cuối năm 2024 là 44%).\n")
    got = sorted((t["threshold"]["value"], t["year"], t["level"], t["scope"]) for t in doc["targets"])
    assert got == [(36, 2024, "national", None), (44, 2024, "national", "khối bộ, ngành"),
                   (51, 2025, "national", None), (60, 2025, "national", "khối bộ, ngành")]
    assert {t["indicator"]["text"] for t in doc["targets"]} == {doc["targets"][0]["indicator"]["text"]}


def test_a_news_outlets_tag_is_not_part_of_the_indicator():
    doc = extract("QTO - Chỉ số cải cách hành chính của tỉnh Quảng Trị năm 2024 đạt 86,12%.\n")
    [t] = doc["targets"]
    assert t["indicator"]["text"].startswith("Chỉ số cải cách hành chính")


def test_a_named_unit_as_subject_of_its_own_indicator_is_its_scope():
    doc = extract("Báo cáo kết quả cải cách hành chính năm 2024 của tỉnh Quảng Ngãi\n"
                  "Ở cấp huyện, huyện Bình Sơn dẫn đầu với tỷ lệ số hóa hồ sơ đạt 91,2%, tiếp theo là huyện "
                  "Sơn Tịnh (87,5%).\n")
    got = sorted((t["threshold"]["value"], t["indicator"]["text"], t["scope"], t["level"]) for t in doc["targets"])
    assert got == [(87.5, "tỷ lệ số hóa hồ sơ", "huyện Sơn Tịnh", "district"),
                   (91.2, "tỷ lệ số hóa hồ sơ", "huyện Bình Sơn", "district")]


def test_every_clause_of_a_target_sentence_is_a_target_even_in_a_report():
    doc = extract("Báo cáo tổng kết năm 2024\nNăm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối "
                  "thiểu 60%; 100% hồ sơ thủ tục hành chính được số hóa; mức độ hài lòng đạt trên 90%.\n")
    assert [(t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        (60, "target", 2025), (100, "target", 2025), (90, "target", 2025)]
    assert doc["targets"][0]["indicator"]["text"] == "tỷ lệ hồ sơ trực tuyến toàn trình"


def test_a_count_keeps_the_noun_it_counts():
    doc = extract("Năm 2024, toàn tỉnh đã tiếp nhận hơn 412 nghìn hồ sơ thủ tục hành chính.\n")
    [t] = doc["targets"]
    assert t["threshold"]["value"] == 412000 and t["indicator"]["text"].startswith("hồ sơ thủ tục hành chính")


def test_columns_that_count_legal_documents_are_no_rows():
    doc = extract("BÁO CÁO\nKết quả rà soát văn bản năm 2025 của các sở\n"
                  "STT | Đơn vị | Luật | Nghị định | Tỷ lệ TTHC đã số hóa (%)\n"
                  "1 | Sở Tư pháp | 2 | 5 | 96,5\n")
    got = [(t["threshold"]["value"], t["threshold"]["unit"], t["scope"]) for t in doc["targets"]]
    assert got == [(96.5, "percent", "Sở Tư pháp")]


def test_a_headline_restating_a_figure_of_the_body_is_not_a_second_row():
    doc = extract("Quảng Trị: 85% hồ sơ được giải quyết trực tuyến vào năm 2026\n"
                  "Theo kế hoạch vừa ban hành, đến năm 2026 tỉnh phấn đấu tỷ lệ hồ sơ được giải quyết trực tuyến "
                  "đạt 85%; tỷ lệ thanh toán trực tuyến đạt 60%.\n")
    assert sorted(t["threshold"]["value"] for t in doc["targets"]) == [60, 85]
    assert all(t["evidence"]["start"] > 60 for t in doc["targets"])


def test_the_base_of_a_rate_is_no_row_and_a_long_source_is_no_indicator():
    doc = extract("Theo số liệu từ hệ thống giám sát, đo lường dịch vụ công (DVC), trong năm 2024, tỉnh đã xử lý "
                  "trực tuyến toàn trình 61,2% trong tổng số 95.000 hồ sơ thủ tục hành chính.\n")
    [t] = doc["targets"]
    assert t["threshold"]["value"] == 61.2
    assert not t["indicator"]["text"].lower().startswith(("theo", "đo lường"))


# --------------------------------------------------------------------------- tables with two header rows

def _line_table(rows):
    """Rows of cells written the way pages converted to text write tables: each cell on its
    own lines, a "|" line before every cell, and rows meeting at a double "|"."""
    return "\n|\n|\n".join("\n|\n".join(cells) for cells in rows)


def test_a_framed_line_table_after_a_heading_and_before_an_appendix_keeps_its_rows():
    text = ("PHỤ LỤC I\nKẾT QUẢ TIẾP NHẬN HỒ SƠ TRỰC TUYẾN NĂM 2024\n(Kèm theo Báo cáo số 57/BC-UBND)\n|\n"
            + _line_table([["**STT**", "**Đơn vị**", "**Hồ sơ\ntrực tuyến**", "**Tỷ lệ\n(%)**"],
                           ["1", "huyện Triệu Phong", "4120", "61,5"],
                           ["2", "huyện Hướng\nHóa", "3275", "48,2"]])
            + "\n|\nPHỤ LỤC II\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n")
    from extractor.textview import TextView

    lines = TextView(text).norm.split("\n")
    assert "**STT** | **Đơn vị** | **Hồ sơ trực tuyến** | **Tỷ lệ (%)**" in lines
    assert "2 | huyện Hướng Hóa | 3275 | 48,2" in lines
    assert "PHỤ LỤC II" in lines  # the "|" closing the table does not make the next heading a cell
    assert "(Kèm theo Báo cáo số 57/BC-UBND)" in lines  # nor the line before it


def test_a_second_header_row_divides_the_group_cells_above_it():
    # "Hồ sơ tiếp nhận" and "Hồ sơ giải quyết đúng hạn" each divide into two columns
    text = ("Tổng hợp kết quả giải quyết hồ sơ năm 2024 của các xã như sau:\n"
            "STT | Đơn vị | Hồ sơ tiếp nhận | Hồ sơ giải quyết đúng hạn | Ghi chú\n"
            "Trực tuyến | Trực tiếp | Trực tuyến | Trực tiếp\n"
            "1 | xã Hải Thượng | 812 | 240 | 805 | 238\n"
            "2 | xã Hải Lâm | 655 | 301 | 650 | 297 | chậm 9 hồ sơ\n")
    doc = extract(text)
    cells = {(t["scope"], t["threshold"]["value"]): t for t in doc["targets"]}
    assert set(cells) == {("xã Hải Thượng", 812), ("xã Hải Thượng", 240), ("xã Hải Thượng", 805),
                          ("xã Hải Thượng", 238), ("xã Hải Lâm", 655), ("xã Hải Lâm", 301),
                          ("xã Hải Lâm", 650), ("xã Hải Lâm", 297)}
    assert cells[("xã Hải Lâm", 301)]["indicator"]["text"] == "Trực tiếp (Hồ sơ tiếp nhận)"
    assert cells[("xã Hải Thượng", 805)]["indicator"]["text"] == "Trực tuyến (Hồ sơ giải quyết đúng hạn)"
    assert {t["level"] for t in doc["targets"]} == {"commune"}
    assert {t["kind"] for t in doc["targets"]} == {"result"}


def test_a_generic_group_label_above_divided_columns_is_left_out():
    text = ("Chỉ tiêu giao cho các nhóm xã năm 2026:\n"
            "TT | Chỉ tiêu | Mức chỉ tiêu theo nhóm\n"
            "Nhóm 1 | Nhóm 2\n"
            "1 | Tỷ lệ hồ sơ trực tuyến toàn trình | 70% | 55%\n")
    doc = extract(text)
    assert_rows(doc, [row("Tỷ lệ hồ sơ trực tuyến toàn trình", 70, year=2026, scope="Nhóm 1"),
                      row("Tỷ lệ hồ sơ trực tuyến toàn trình", 55, year=2026, scope="Nhóm 2")])


# --------------------------------------------------------------------------- news of index rankings

def test_a_quoted_component_named_before_is_what_a_later_anaphor_and_breakdowns_measure():
    doc = extract("Năm 2023, trong 8 lĩnh vực được đánh giá, lĩnh vực “Cải cách tài chính công” của tỉnh Phú Yên "
                  "tiếp tục được đánh giá cao.\n"
                  "Phú Yên đứng thứ nhất về chỉ số thành phần này với tỷ lệ điểm đạt 91,35%, trong khi "
                  "Gia Lai đạt 88,12% và một số địa phương khác cũng đạt kết quả khá cao là Kon Tum (86,40%).\n",
                  name="phu-yen-chi-so.txt")
    component = "lĩnh vực Cải cách tài chính công"
    assert_rows(doc, [row(component, 1, unit="rank", operator="=", year=2023, kind="result"),
                      row(component, 91.35, operator="=", year=2023, kind="result"),
                      row(component, 88.12, operator="=", year=2023, kind="result", level="province", scope="Gia Lai"),
                      row(component, 86.4, operator="=", year=2023, kind="result", level="province",
                          scope="Kon Tum")])


def test_a_difference_read_as_an_operator_is_still_no_row():
    doc = extract("Năm 2024, tỷ lệ thanh toán trực tuyến đạt 52,6%, cao hơn 4,1% so với năm 2023.\n")
    assert_rows(doc, [row("tỷ lệ thanh toán trực tuyến", 52.6, operator="=", year=2024, kind="result")])
    # with no comparison it stays a bound
    assert extract("Phấn đấu tỷ lệ thanh toán trực tuyến năm 2026 cao hơn 60%.\n")["targets"][0]["threshold"]["operator"] == ">"


def test_a_rank_with_no_words_of_its_own_ranks_what_follows_ve():
    doc = extract("Năm 2024, Quảng Bình đạt 86,12 điểm, xếp vị trí thứ 7 trong cả nước về Chỉ số hài lòng "
                  "năm 2024, tăng 2 bậc so với năm 2023.\n")
    ranks = [t for t in doc["targets"] if t["threshold"]["unit"] == "rank"]
    assert [(r["threshold"]["value"], r["indicator"]["text"]) for r in ranks] == [(7, "Chỉ số hài lòng")]


def test_a_bound_over_unnamed_units_is_no_row():
    doc = extract("Năm 2023, nhóm 5 huyện đứng cuối bảng đều có tỷ lệ số hóa dưới 40%; riêng huyện Mường Tè "
                  "chỉ đạt 21,5% và là đơn vị duy nhất có kết quả dưới 25%.\n")
    assert [t["threshold"]["value"] for t in doc["targets"]] == [21.5]


# --------------------------------------------------------------------------- the document's year

def test_a_news_page_whose_targets_name_another_year_is_for_that_year():
    doc = extract("Kết quả khảo sát mức độ hài lòng của người dân tỉnh Tây Ninh năm 2017\n"
                  "Lượt xem: 311\n"
                  "Kết quả cho thấy nhiều lĩnh vực còn ở mức trung bình, trong khi mục tiêu của tỉnh là đưa mức "
                  "hài lòng của người dân đạt trên 85% vào năm 2020.\n")
    assert doc["year"] == 2020


def test_an_acts_own_year_stands_when_a_target_names_the_next_year():
    doc = extract("ỦY BAN NHÂN DÂN TỈNH TÂY NINH\nSố: 27/CT-UBND\nTây Ninh, ngày 4 tháng 12 năm 2025\n"
                  "CHỈ THỊ\nVề đẩy mạnh cải cách thủ tục hành chính\n"
                  "Các sở, ngành rà soát, cắt giảm tối thiểu 25% thời gian giải quyết thủ tục hành chính trong "
                  "năm 2026.\n")
    assert doc["year"] == 2025
    assert [t["year"] for t in doc["targets"]] == [2026]


def test_a_two_row_header_on_the_full_grid_spreads_merged_labels_and_skips_column_numbers():
    # DOCX tables come on the full grid: a merged cell is followed by empty cells, a cell merged
    # downwards repeats its label, and a row "(1) | (2) | ..." numbers the columns
    text = ("Tổng hợp kết quả tiếp nhận hồ sơ năm 2024 của các huyện:\n"
            "STT | Đơn vị | Hồ sơ tiếp nhận | \n"
            "STT | Đơn vị | Trực tuyến | Trực tiếp\n"
            "(1) | (2) | (3) | (4)\n"
            "1 | huyện Vĩnh Linh | 1520 | 864\n"
            "2 | huyện Đakrông | 730 | 415\n")
    doc = extract(text)
    got = sorted((t["scope"], t["threshold"]["value"], t["indicator"]["text"], t["level"]) for t in doc["targets"])
    assert got == [("huyện Vĩnh Linh", 864, "Trực tiếp (Hồ sơ tiếp nhận)", "district"),
                   ("huyện Vĩnh Linh", 1520, "Trực tuyến (Hồ sơ tiếp nhận)", "district"),
                   ("huyện Đakrông", 415, "Trực tiếp (Hồ sơ tiếp nhận)", "district"),
                   ("huyện Đakrông", 730, "Trực tuyến (Hồ sơ tiếp nhận)", "district")]


RESULTS_BY_DISTRICT = (
    "PHỤ LỤC II\n"
    "KẾT QUẢ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2024\n"
    "STT | Đơn vị | Số hồ sơ đã số hóa | Tỷ lệ (%)\n"
    "1 | huyện Bảo Lâm | 3410 | 81,6\n"
    "2 | huyện Bảo Lạc | 2275 | 74,3\n"
    "Tổng cộng | 5685 | 78,5\n"
    "STT | Đơn vị | Văn bản cần ban hành | \n"
    "STT | Đơn vị | Quyết định | Kế hoạch\n"
    "1 | huyện Bảo Lâm | 4 | 2\n"
)


def test_a_rate_column_named_by_its_head_alone_measures_what_the_title_names():
    doc = extract(RESULTS_BY_DISTRICT)
    rates = sorted((t["scope"] or "", t["threshold"]["value"], t["indicator"]["text"]) for t in doc["targets"]
                   if t["threshold"]["unit"] == "percent")
    title = "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"
    assert rates == sorted([("", 78.5, f"Tỷ lệ {title}"), ("huyện Bảo Lạc", 74.3, f"Tỷ lệ {title}"),
                            ("huyện Bảo Lâm", 81.6, f"Tỷ lệ {title}")])


def test_a_total_row_under_units_is_the_columns_indicator_at_their_level_with_no_scope():
    doc = extract(RESULTS_BY_DISTRICT)
    total = next(t for t in doc["targets"] if t["threshold"]["value"] == 5685)
    assert (total["indicator"]["text"], total["scope"], total["level"]) == ("Số hồ sơ đã số hóa", None, "district")


def test_a_second_table_in_the_same_block_reads_its_own_header_and_documents_counted_are_no_rows():
    doc = extract(RESULTS_BY_DISTRICT)
    assert not [t for t in doc["targets"] if t["threshold"]["value"] in (4, 2)]
    assert len(doc["targets"]) == 6


def test_a_level_leading_a_clause_goes_on_over_semicolons_until_another_level_leads():
    doc = extract("Năm 2024, trong đó cấp huyện tiếp nhận 9.450 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 98,2%; "
                  "cấp xã tiếp nhận 14.310 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 76,4%.\n")
    got = [(t["threshold"]["value"], t["level"]) for t in doc["targets"]]
    assert got == [(9450, "district"), (98.2, "district"), (14310, "commune"), (76.4, "commune")]
    # a level qualifying a later noun does not lead: the next clause keeps no level
    doc = extract("Năm 2024, tỷ lệ hồ sơ cấp huyện giải quyết đúng hạn đạt 97,1%; tỷ lệ thanh toán trực tuyến "
                  "đạt 61,3%.\n")
    assert [t["level"] for t in doc["targets"] if t["threshold"]["value"] == 61.3] == [None]


def test_a_table_that_lost_its_row_marks_is_cut_at_its_row_numbers():
    # every cell on its own lines with one "|" between: header, section rows and numbered rows
    # run together, and the unit sits in its own column
    cells = ["STT", "Tên chỉ tiêu", "Cách tính", "Đơn vị tính", "Chỉ tiêu năm 2026",
             "I", "Dịch vụ công (02 chỉ tiêu)",
             "1", "Tỷ lệ hồ sơ nộp trực tuyến", "Số hồ sơ nộp trực tuyến/tổng số hồ sơ", "%", "80",
             "2", "Tỷ lệ hồ sơ được số hóa", "Số hồ sơ số hóa/tổng số hồ sơ tiếp nhận", "%", "100",
             "II", "Hạ tầng số (01 chỉ tiêu)",
             "1", "Tỷ lệ thôn có cáp quang", "Số thôn có cáp quang/tổng số thôn", "%", "95"]
    doc = extract("Phụ lục: Chỉ tiêu chuyển đổi số năm 2026\n" + "\n|\n".join(cells) + "\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ nộp trực tuyến", 80, year=2026),
                      row("Tỷ lệ hồ sơ được số hóa", 100, year=2026),
                      row("Tỷ lệ thôn có cáp quang", 95, year=2026)])


def test_classes_of_units_give_the_count_in_each_class_and_no_bound_rows():
    doc = extract("Báo cáo kết quả xác định Chỉ số cải cách hành chính năm 2024 của tỉnh.\n"
                  "Năm 2024, điểm trung bình của khối huyện đạt 85,36%, được chia làm 2 nhóm: Nhóm I có chỉ số "
                  "CCHC đạt từ 80% trở lên gồm 6 đơn vị, Nhóm II có chỉ số CCHC đạt từ 70% đến dưới 80% "
                  "gồm 02 đơn vị.\n")
    got = sorted((t["threshold"]["value"], t["threshold"]["unit"], t["level"], t["kind"]) for t in doc["targets"])
    assert got == [(2, "count", "district", "result"), (6, "count", "district", "result"),
                   (85.36, "percent", "district", "result")]
    six = next(t for t in doc["targets"] if t["threshold"]["value"] == 6)
    assert six["indicator"]["text"] == "Nhóm I có chỉ số CCHC đạt từ 80% trở lên"


def test_an_anaphor_takes_the_indicator_named_last_even_in_a_sentence_with_no_figure():
    doc = extract("Năm 2024, huyện Krông Pắc tiếp nhận 5.230 hồ sơ thủ tục hành chính.\n"
                  "Tuy vậy, tỷ lệ thanh toán trực tuyến nghĩa vụ tài chính của huyện vẫn chưa đạt mục tiêu. Đến cuối năm "
                  "2024, tỷ lệ này chỉ đạt 38,6%, trong khi mục tiêu đề ra là 45%.\n")
    rates = [(t["threshold"]["value"], t["indicator"]["text"], t["kind"]) for t in doc["targets"]
             if t["threshold"]["unit"] == "percent"]
    assert rates == [(38.6, "tỷ lệ thanh toán trực tuyến nghĩa vụ tài chính", "result"),
                     (45, "tỷ lệ thanh toán trực tuyến nghĩa vụ tài chính", "target")]


def test_a_result_up_to_now_in_a_programme_sentence_has_no_year_and_its_headline_is_no_second_row():
    doc = extract("81% xã trong tỉnh đạt chuẩn nông thôn mới\n"
                  "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025, đến nay "
                  "toàn tỉnh đã có 81% xã đạt chuẩn nông thôn mới. Mục tiêu đến năm 2025 là 90% số xã đạt chuẩn.\n")
    assert_rows(doc, [row("xã đạt chuẩn nông thôn mới", 81, operator="=", level="commune", kind="result"),
                      row("số xã đạt chuẩn", 90, level="commune", year=2025)])


def test_an_addressee_list_with_an_owner_and_a_count_gives_every_level():
    doc = extract("Chỉ tiêu năm 2026 giao cho 19 sở, ngành thuộc tỉnh và 47 xã, phường đối với tỷ lệ số hóa "
                  "kết quả giải quyết thủ tục hành chính ở mức 100%.\n")
    assert sorted(t["level"] for t in doc["targets"]) == ["commune", "province"]


def test_targets_counted_as_things_reported_on_do_not_make_the_figures_targets():
    doc = extract("Theo báo cáo, kết quả thực hiện 4 chỉ tiêu về dịch vụ công trực tuyến của tỉnh tính đến ngày "
                  "30/6/2024 như sau: hồ sơ trực tuyến đạt 48,2%; thanh toán trực tuyến đạt 51,3%; số hóa hồ sơ "
                  "đạt 62,5%.\n")
    assert [t["kind"] for t in doc["targets"] if t["threshold"]["value"] in (51.3, 62.5)] == ["result", "result"]
    # a target word with no count still sets targets
    doc = extract("Chỉ tiêu năm 2025: tỷ lệ thanh toán trực tuyến đạt 60%.\n")
    assert {t["kind"] for t in doc["targets"]} == {"target"}


def test_a_simplification_plan_gives_each_procedure_as_scope_at_its_parts_levels():
    # parts and procedures are bold headings wrapped over lines, as pages converted to text set them
    doc = extract("KẾ HOẠCH\nĐơn giản hóa thủ tục hành chính năm 2025\n"
                  "**A. THỦ TỤC\nHÀNH CHÍNH CẤP TỈNH, CẤP XÃ**\n\n"
                  "**1. Thủ tục\nCấp giấy phép hoạt động cơ sở trợ giúp xã hội**\n\n"
                  "Giảm thời gian giải quyết từ 15 ngày làm việc còn 12 ngày làm việc.\n\n"
                  "**B. THỦ TỤC\nHÀNH CHÍNH CẤP XÃ**\n\n**I. LĨNH VỰC HỘ TỊCH**\n\n"
                  "**1. Thủ tục\nĐăng ký khai sinh lưu động**\n\n"
                  "Giảm thời gian giải quyết từ 5 ngày làm việc còn 3 ngày làm việc.\n")
    got = sorted((t["threshold"]["value"], t["level"], t["scope"]) for t in doc["targets"])
    assert got == [(3, "commune", "Đăng ký khai sinh lưu động"),
                   (12, "commune", "Cấp giấy phép hoạt động cơ sở trợ giúp xã hội"),
                   (12, "province", "Cấp giấy phép hoạt động cơ sở trợ giúp xã hội")]
    assert {t["threshold"]["unit"] for t in doc["targets"]} == {"day"}


def test_a_column_of_procedure_codes_gives_no_figures():
    doc = extract("STT | Mã số TTHC | Tên thủ tục hành chính | Thời gian giải quyết (ngày)\n"
                  "1 | 1.001699 | Cấp giấy phép xây dựng | 15\n")
    assert [t["threshold"]["value"] for t in doc["targets"]] == [15]


def test_a_table_row_counting_a_share_of_units_takes_each_kind_of_units_level():
    doc = extract("QUYẾT ĐỊNH của THỦ TƯỚNG CHÍNH PHỦ\nChương trình dữ liệu số đến năm 2030\n"
                  "TT | Chỉ tiêu | Đơn vị tính | Mục tiêu năm 2030\n"
                  "1 | Tỉ lệ bộ, ngành, địa phương kết nối cơ sở dữ liệu dân cư | % | 100%\n"
                  "2 | Tỉ lệ hồ sơ được số hóa | % | 90%\n")
    got = sorted((t["threshold"]["value"], t["level"] or "") for t in doc["targets"])
    assert got == [(90, ""), (100, "national"), (100, "province")]


def test_sub_criteria_under_a_numbered_criterion_with_no_figure_keep_its_indicator():
    doc = extract("Bộ tiêu chí năm 2030\n"
                  "STT | Tiêu chí | Mức đạt\n"
                  "3 | 3.2. Tỷ lệ trường học trên địa bàn đạt chuẩn quốc gia | \n"
                  "3.2.1. Trường mầm non | 80%\n"
                  "3.2.2. Trường tiểu học | 90%\n")
    got = sorted((t["threshold"]["value"], t["indicator"]["text"], t["scope"]) for t in doc["targets"])
    assert got == [(80, "Tỷ lệ trường học trên địa bàn đạt chuẩn quốc gia", "Trường mầm non"),
                   (90, "Tỷ lệ trường học trên địa bàn đạt chuẩn quốc gia", "Trường tiểu học")]


def test_a_longer_sub_criterion_repeating_its_parents_head_is_a_sub_type():
    doc = extract("Bộ tiêu chí năm 2030\n"
                  "STT | Tiêu chí | Mức đạt\n"
                  "4 | 4.1. Tỷ lệ thiết chế văn hóa cấp xã được đầu tư nâng cấp | \n"
                  "4.1.1. Tỷ lệ thiết chế văn hóa ở vùng đặc biệt khó khăn | 60%\n")
    [t] = doc["targets"]
    assert (t["indicator"]["text"], t["scope"]) == ("Tỷ lệ thiết chế văn hóa cấp xã được đầu tư nâng cấp",
                                                    "Tỷ lệ thiết chế văn hóa ở vùng đặc biệt khó khăn")


def test_a_period_after_a_closing_level_leaves_the_level_and_the_year():
    doc = extract("Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch của cả nước quý III/2025 đạt 47,2%.\n")
    assert_rows(doc, [row("Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch", 47.2, operator="=",
                          level="national", year=2025, kind="result")])


def test_a_share_whose_units_are_left_out_takes_the_units_named_before():
    doc = extract("Đến năm 2027, 100% xã, phường đạt chuẩn tiếp cận pháp luật và 80% đạt chuẩn dân vận khéo.\n")
    assert sorted((t["threshold"]["value"], t["level"]) for t in doc["targets"]) == [(80, "commune"),
                                                                                     (100, "commune")]
    # a figure with units of its own keeps them
    doc = extract("Đến năm 2027, 100% xã đạt chuẩn tiếp cận pháp luật và 80% hồ sơ được số hóa.\n")
    assert sorted((t["threshold"]["value"], t["level"] or "") for t in doc["targets"]) == [(80, ""),
                                                                                           (100, "commune")]


def test_an_acts_addressees_all_of_one_level_give_that_level_to_figures_with_none():
    doc = extract("BỘ NỘI VỤ\nSố: 07/2026/TT-BNV\nHà Nội, ngày 12 tháng 3 năm 2026\nTHÔNG TƯ\n"
                  "Quy định tiêu chí chất lượng phục vụ của các đơn vị lưu trữ\n"
                  "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định tiêu chí chất lượng phục vụ.\n"
                  "Điều 2. Đối tượng áp dụng\n"
                  "Thông tư này áp dụng đối với các Trung tâm Lưu trữ quốc gia thuộc Cục Văn thư và Lưu trữ nhà nước.\n"
                  "Điều 3. Tiêu chí\n1. Tỷ lệ hồ sơ được số hóa đạt tối thiểu 80%.\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ được số hóa", 80, level="national", year=2026)])


@pytest.mark.parametrize("addressees", [
    # two levels: the figures keep no level of their own
    "2. Đối tượng áp dụng: cán bộ, công chức tại các sở, ban, ngành và Ủy ban nhân dân xã, phường, đặc khu.",
    # the scope says what is regulated, not whom: no addressee at all
    "1. Quyết định này quy định bộ tiêu chí đánh giá cấp xã giai đoạn 2026 - 2030.",
])
def test_addressees_of_several_levels_or_none_give_no_level(addressees):
    doc = extract("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 45/QĐ-UBND\nNinh Bình, ngày 2 tháng 2 năm 2026\n"
                  "QUYẾT ĐỊNH\nBan hành quy định đánh giá năm 2026\n"
                  "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n" + addressees + "\n"
                  "Điều 2. Mục tiêu\nTỷ lệ hồ sơ được giải quyết đúng hạn đạt tối thiểu 95%.\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ được giải quyết đúng hạn", 95, year=2026)])


def test_tasks_set_by_a_plan_and_reported_as_done_do_not_make_the_next_clauses_targets():
    # the review has no report title: its clauses' own words must decide
    doc = extract("Huyện Đức Linh họp bàn công tác cải cách hành chính\n"
                  "Năm 2024, huyện đã hoàn thành 18/20 nhiệm vụ đề ra theo kế hoạch; 9/9 xã, thị trấn được "
                  "xếp loại cải cách hành chính Tốt; mức độ hài lòng của người dân đạt 95,2%.\n")
    kinds = {t["threshold"]["value"]: t["kind"] for t in doc["targets"]}
    assert kinds.get(9) == "result" and kinds.get(95.2) == "result", kinds


@pytest.mark.parametrize("reference, level", [("vượt chỉ tiêu 60%", None),
                                              ("vượt chỉ tiêu toàn quốc là 60%", "national")])
def test_a_target_referred_to_with_its_figure_is_still_a_target(reference, level):
    doc = extract("Báo cáo kết quả chuyển đổi số năm 2024 của tỉnh Bình Phước\n"
                  f"Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 72,4% ({reference}).\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ trực tuyến", 72.4, operator="=", year=2024, kind="result"),
                      row("Tỷ lệ hồ sơ trực tuyến", 60, level=level, year=2024)])


def test_a_part_counted_by_its_bare_noun_takes_the_fuller_name_of_its_whole():
    doc = extract("Báo cáo kết quả cải cách hành chính năm 2024 của huyện Hàm Tân\n"
                  "Năm 2024, huyện tiếp nhận và giải quyết 24.310 hồ sơ thủ tục hành chính. Trong đó cấp huyện "
                  "hơn 9 nghìn hồ sơ, cấp xã 15.210 hồ sơ.\n")
    whole = "hồ sơ thủ tục hành chính tiếp nhận và giải quyết"
    assert_rows(doc, [row(whole, 24310, unit="count", operator="=", year=2024, kind="result"),
                      row(whole, 9000, unit="count", operator="=", level="district", year=2024, kind="result"),
                      row(whole, 15210, unit="count", operator="=", level="commune", year=2024, kind="result")])


def test_targets_named_far_before_a_figure_do_not_make_it_a_target():
    doc = extract("Tin tức: Kon Tum giao chỉ tiêu dịch vụ công trực tuyến\n"
                  "Theo số liệu của Văn phòng Chính phủ, kết quả thực hiện 4 chỉ tiêu về dịch vụ công trực tuyến "
                  "của tỉnh tính đến ngày 30/6/2024 như sau: Tỷ lệ thanh toán trực tuyến đạt 38,5%.\n")
    assert_rows(doc, [row("Tỷ lệ thanh toán trực tuyến", 38.5, operator="=", year=2024, kind="result")])


@pytest.mark.parametrize("issuer, level", [("Bộ Nội vụ báo cáo", "province"), ("Báo cáo của tỉnh Bình Phước về", None)])
def test_localities_counted_in_a_national_document_are_provinces_and_a_linking_phrase_is_no_indicator(issuer, level):
    doc = extract(f"{issuer} kết quả cải cách hành chính 9 tháng năm 2025\n"
                  "Trên cơ sở đó, 30/34 địa phương đã thành lập Trung tâm Phục vụ hành chính công cấp xã.\n")
    assert_rows(doc, [row("địa phương đã thành lập Trung tâm Phục vụ hành chính công cấp xã", 30, unit="count",
                          operator="=", level=level, year=2025, kind="result")])
    assert not doc["targets"][0]["indicator"]["text"].startswith("cơ sở")


def test_a_bracketed_earlier_figure_keeps_the_level_and_scope_of_its_clause():
    doc = extract("Bộ Thông tin và Truyền thông báo cáo tình hình chuyển đổi số 6 tháng đầu năm 2024\n"
                  "Tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 40% (cuối năm 2023 là 15%); bộ, ngành đạt 60% "
                  "(cuối năm 2023 là 35%); địa phương đạt 18% (cuối năm 2023 là 8%).\n")
    ind = "Tỷ lệ hồ sơ trực tuyến toàn trình"
    assert_rows(doc, [row(ind, 40, operator="=", level="national", year=2024, kind="result"),
                      row(ind, 15, operator="=", level="national", year=2023, kind="result"),
                      row(ind, 60, operator="=", level="national", year=2024, kind="result", scope="bộ, ngành"),
                      row(ind, 35, operator="=", level="national", year=2023, kind="result", scope="bộ, ngành"),
                      row(ind, 18, operator="=", level="province", year=2024, kind="result", scope="địa phương"),
                      row(ind, 8, operator="=", level="province", year=2023, kind="result", scope="địa phương")])


def test_a_part_of_a_set_written_in_thousands_is_a_count_of_its_units():
    doc = extract("Tin tức: Chương trình xây dựng nông thôn mới\n"
                  "Đến nay, cả nước đã có 6.120/7.669 xã đạt chuẩn nông thôn mới.\n")
    assert_rows(doc, [row("xã đạt chuẩn nông thôn mới", 6120, unit="count", operator="=", level="commune",
                          kind="result")])
    assert doc["targets"][0]["indicator"]["text"].endswith("nông thôn mới")


def test_a_count_a_rate_beside_it_is_made_of_is_a_row_and_the_rate_measures_its_share():
    doc = extract("Báo cáo chuyển đổi số năm 2024 của tỉnh Bình Phước\n"
                  "Tỉnh đã tích hợp được 1.240 dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia, chiếm tỉ lệ 85%.\n")
    ind = "dịch vụ công trực tuyến tích hợp lên Cổng Dịch vụ công quốc gia"
    assert_rows(doc, [row(ind, 1240, unit="count", operator="=", year=2024, kind="result"),
                      row("Tỷ lệ " + ind, 85, operator="=", year=2024, kind="result")])


@pytest.mark.parametrize("sentence", [
    # an inventory sorted by a share of it
    "Bộ đã công bố tổng số 5.120 thủ tục, trong đó có 3.010 thủ tục (chiếm 58,8%) liên quan đến doanh nghiệp.",
    # a speed in a definition
    "Tỷ lệ hộ gia đình truy cập băng rộng cố định với tốc độ 01 Gb/s đạt 100%.",
])
def test_a_number_before_a_rate_that_sorts_or_defines_is_no_count(sentence):
    doc = extract("Báo cáo năm 2024 của tỉnh Bình Phước\n" + sentence + "\n")
    assert [t["threshold"]["unit"] for t in doc["targets"]].count("count") == 0, [t["threshold"] for t in doc["targets"]]


def test_a_count_a_plan_sets_out_to_provide_is_a_target_and_the_figure_defining_it_is_no_row():
    doc = extract("Kế hoạch chuyển đổi số năm 2026 của tỉnh Tây Ninh\n"
                  "Mục tiêu đến năm 2026 là cung cấp 450 dịch vụ công có số lượng hồ sơ phát sinh tối thiểu "
                  "500 hồ sơ/năm; phấn đấu mỗi năm phát triển từ 03 bộ dữ liệu mở.\n")
    assert_rows(doc, [row("cung cấp dịch vụ công có số lượng hồ sơ phát sinh", 450, unit="count", year=2026),
                      row("mỗi năm phát triển bộ dữ liệu mở", 3, unit="count", year=2026)])


def test_a_count_after_a_provision_verb_in_a_report_is_an_inventory_not_a_row():
    doc = extract("Báo cáo kết quả chuyển đổi số năm 2024 của tỉnh Tây Ninh\n"
                  "Năm 2024, tỉnh đã cung cấp 1.450 dịch vụ công trực tuyến trên Cổng Dịch vụ công của tỉnh.\n")
    assert doc["targets"] == []


def test_an_anaphor_takes_the_level_that_closes_the_topic_it_refers_to():
    doc = extract("Tin tức: Dịch vụ công trực tuyến toàn trình năm 2024\n"
                  "Tỷ lệ hồ sơ trực tuyến toàn trình của cả nước vẫn chưa đạt mục tiêu. Đến cuối năm 2024, "
                  "tỷ lệ này chỉ đạt 42,5%, trong khi mục tiêu đề ra là 50%.\n")
    ind = "Tỷ lệ hồ sơ trực tuyến toàn trình"
    assert_rows(doc, [row(ind, 42.5, operator="=", level="national", year=2024, kind="result"),
                      row(ind, 50, level="national", year=2024)])


def test_an_index_announcement_gives_blocs_and_ranked_ministries_and_provinces_their_levels():
    doc = extract("Công bố Chỉ số cải cách hành chính năm 2024\n"
                  "Chỉ số CCHC năm 2024 của các bộ đạt trung bình 86,89%, của các tỉnh đạt 88,23%. Trong khối bộ, "
                  "Bộ Tư pháp xếp vị trí thứ nhất với 91,07%. Quảng Ninh đứng đầu khối tỉnh với 93,45%.\n")
    ind = "Chỉ số cải cách hành chính"

    def res(value, level, scope=None, unit="percent"):
        return row(ind, value, unit=unit, operator="=", level=level, year=2024, kind="result", scope=scope)
    assert_rows(doc, [row("Chỉ số CCHC", 86.89, operator="=", level="national", year=2024, kind="result"),
                      res(88.23, "province", "các tỉnh"), res(1, "national", "Bộ Tư pháp", unit="rank"),
                      res(91.07, "national", "Bộ Tư pháp"), res(93.45, "province", "Quảng Ninh")])


def test_figures_in_turn_take_the_years_listed_in_turn_and_a_percent_band_is_one_row():
    doc = extract("Kế hoạch cải cách hành chính giai đoạn 2026-2030 của tỉnh Gia Lai\n"
                  "Tỷ lệ thanh toán trực tuyến lần lượt đạt 40%, 50% và 60% vào các năm 2026, 2027, 2028.\n"
                  "Chỉ số hài lòng của người dân đạt từ 85% đến 90%.\n")
    ind = "Tỷ lệ thanh toán trực tuyến"
    assert_rows(doc, [row(ind, 40, year=2026), row(ind, 50, year=2027), row(ind, 60, year=2028),
                      row("Chỉ số hài lòng của người dân", 85, year=2030)])


def test_units_itemised_under_a_head_are_scopes_of_the_head_at_their_level():
    doc = extract("Quyết định giao chỉ tiêu chuyển đổi số năm 2025 cho các xã, phường\n"
                  "Tỷ lệ hồ sơ trực tuyến toàn trình: các xã tối thiểu 45%.\n"
                  "Tỷ lệ thanh toán trực tuyến: phường Tân An 50%; xã Phú Hòa 40%.\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ trực tuyến toàn trình", 45, level="commune", year=2025, scope="các xã"),
                      row("Tỷ lệ thanh toán trực tuyến", 50, level="commune", year=2025, scope="phường Tân An"),
                      row("Tỷ lệ thanh toán trực tuyến", 40, level="commune", year=2025, scope="xã Phú Hòa")])


def test_an_excess_over_a_target_is_a_difference_not_a_row():
    doc = extract("Báo cáo kết quả năm 2024 của UBND xã Tân Phú\n"
                  "Tỷ lệ hồ sơ trực tuyến đạt 65%, vượt 15% so với chỉ tiêu huyện giao.\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ trực tuyến", 65, operator="=", year=2024, kind="result")])


def test_a_statistics_page_reports_results_by_column_with_each_dimension_row_as_scope():
    doc = extract("Thống kê kết quả giải quyết hồ sơ năm 2024 trên Cổng dịch vụ công tỉnh Kon Tum\n"
                  "Mức độ | Tiếp nhận | Đúng hạn\n"
                  "Mức độ 3 | 12450 | 12100\n"
                  "Mức độ 4 | 8640 | 8550\n"
                  "Tổng số | 21090 | 20650\n")

    def res(indicator, value, scope=None):
        return row(indicator, value, unit="count", operator="=", year=2024, kind="result", scope=scope)
    assert_rows(doc, [res("Tiếp nhận", 12450, "Mức độ 3"), res("Đúng hạn", 12100, "Mức độ 3"),
                      res("Tiếp nhận", 8640, "Mức độ 4"), res("Đúng hạn", 8550, "Mức độ 4"),
                      res("Tiếp nhận", 21090), res("Đúng hạn", 20650)])
    assert {t["indicator"]["text"] for t in doc["targets"]} == {"Tiếp nhận", "Đúng hạn"}


def test_news_of_part_of_a_year_reports_what_was_done_and_its_share_of_the_total():
    doc = extract("Tin tức: Bình Phước đẩy mạnh dịch vụ công trực tuyến\n"
                  "Trong 9 tháng đầu năm 2025, toàn tỉnh đã tiếp nhận 245.300 hồ sơ trực tuyến, chiếm 72,5% "
                  "tổng số hồ sơ. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,2%, cao hơn mức trung bình cả nước (95,1%).\n")

    def res(indicator, value, unit="percent", level=None):
        return row(indicator, value, unit=unit, operator="=", level=level, year=2025, kind="result")
    assert_rows(doc, [res("hồ sơ tiếp nhận trực tuyến", 245300, unit="count"),
                      res("Tỷ lệ hồ sơ tiếp nhận trực tuyến", 72.5),
                      res("Tỷ lệ hồ sơ giải quyết đúng hạn", 98.2),
                      res("Tỷ lệ hồ sơ giải quyết đúng hạn", 95.1, level="national")])
    assert all(t["threshold"]["unit"] != "grade" for t in doc["targets"])


@pytest.mark.parametrize("text, grades", [
    ("Nhiều lĩnh vực chỉ đạt mức hài lòng ở mức trung bình và thấp.", []),
    ("Năm 2024, Chỉ số cải cách hành chính của huyện được xếp loại Trung bình.", ["Trung bình"]),
])
def test_a_grade_word_describing_a_spread_is_no_rating(text, grades):
    doc = extract("Báo cáo kết quả năm 2024 của huyện Tân Phú\n" + text + "\n")
    assert [t["threshold"]["value"] for t in doc["targets"] if t["threshold"]["unit"] == "grade"] == grades


def test_data_described_as_digitised_in_a_plan_stay_targets():
    doc = extract("Kế hoạch chuyển đổi số năm 2026 của tỉnh Bình Phước\n"
                  "Thông tin, dữ liệu đã được số hóa trong giải quyết thủ tục hành chính được khai thác, sử dụng lại "
                  "đạt 80%.\n")
    assert [t["kind"] for t in doc["targets"]] == ["target"]


def test_a_forecast_for_the_next_year_in_a_review_is_a_target_of_that_year():
    doc = extract("Báo cáo kết quả công tác cải cách hành chính năm 2024 của UBND tỉnh Sóc Trăng\n"
                  "Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 đạt 41,3%.\n"
                  "Dự kiến năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%.\n")
    ind = "tỷ lệ hồ sơ trực tuyến toàn trình"
    assert_rows(doc, [row(ind, 41.3, operator="=", year=2024, kind="result"),
                      row(ind, 60, operator=">", year=2025)])


def test_departments_named_in_lower_case_after_so_are_scopes_with_their_standing():
    doc = extract("Thông báo kết quả đánh giá Chỉ số chuyển đổi số năm 2024 của các sở, ngành tỉnh Long An\n"
                  "Sở Tư pháp đạt 850,5 điểm, xếp thứ nhất; Sở Y tế đạt 812 điểm, xếp thứ hai.\n")
    ind = "Chỉ số chuyển đổi số"

    def res(value, unit, scope):
        return row(ind, value, unit=unit, operator="=", level="province", year=2024, kind="result", scope=scope)
    assert_rows(doc, [res(850.5, "point", "Sở Tư pháp"), res(1, "rank", "Sở Tư pháp"),
                      res(812, "point", "Sở Y tế"), res(2, "rank", "Sở Y tế")])


def test_a_target_quoted_in_brackets_sets_only_its_own_figure():
    doc = extract("Kết quả thực hiện Bộ chỉ số chỉ đạo, điều hành năm 2025 tỉnh Gia Lai\n"
                  "Tỷ lệ thanh toán trực tuyến đạt 48% (chỉ tiêu 55%), tỷ lệ số hóa hồ sơ đạt 90,1%.\n")
    assert_rows(doc, [row("Tỷ lệ thanh toán trực tuyến", 48, operator="=", year=2025, kind="result"),
                      row("Tỷ lệ thanh toán trực tuyến", 55, year=2025),
                      row("tỷ lệ số hóa hồ sơ", 90.1, operator="=", year=2025, kind="result")])


def test_a_city_within_a_province_is_of_district_level():
    doc = extract("Kết quả Chỉ số cải cách hành chính năm 2024 các huyện, thị xã, thành phố tỉnh Quảng Trị\n"
                  "Thành phố Đông Hà dẫn đầu với 89,76%; huyện Cam Lộ đạt 88,02%.\n")
    assert [(t["scope"], t["level"]) for t in doc["targets"]] == [("Thành phố Đông Hà", "district"),
                                                                   ("huyện Cam Lộ", "district")]


def test_a_country_ranked_among_others_is_ranked_on_what_follows_ve():
    doc = extract("Thủ tướng phê duyệt Chiến lược phát triển Chính phủ số đến năm 2030\n"
                  "Mục tiêu đến năm 2030, Việt Nam thuộc nhóm 30 nước dẫn đầu về Chính phủ điện tử.\n")
    assert_rows(doc, [row("Chính phủ điện tử", 30, unit="rank", operator="<=", year=2030)])


def test_a_table_of_plans_against_results_gives_targets_results_and_no_ratio_rows():
    doc = extract("Báo cáo kết quả thực hiện chỉ tiêu năm 2024 của tỉnh Bình Phước\n"
                  "| STT | Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ đạt |\n"
                  "| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 40 | 45,2 | 113% |\n"
                  "| 2 | Số hồ sơ được số hóa | 10.000 | 12.500 | 125% |\n")
    rate, count = "Tỷ lệ hồ sơ trực tuyến toàn trình", "Số hồ sơ được số hóa"
    assert_rows(doc, [row(rate, 40, year=2024), row(rate, 45.2, operator="=", year=2024, kind="result"),
                      row(count, 10000, unit="count", year=2024),
                      row(count, 12500, unit="count", operator="=", year=2024, kind="result")])
    assert {t["indicator"]["text"] for t in doc["targets"]} == {rate, count}  # "(%)" marks the unit only


def test_a_target_word_after_a_figure_makes_it_a_result_only_when_the_targets_figure_follows():
    doc = extract("Bình Dương triển khai đo lường sự hài lòng năm 2016\n"
                  "Các cơ quan cần nỗ lực để đạt mức hài lòng của người dân từ 80% trở lên vào năm 2020 theo mục "
                  "tiêu của Chương trình tổng thể cải cách hành chính.\n"
                  "Năm 2016, mức hài lòng đạt 72,5% (mục tiêu 75%).\n")
    kinds = [(t["threshold"]["value"], t["kind"]) for t in doc["targets"]]
    assert kinds == [(80, "target"), (72.5, "result"), (75, "target")]


def test_a_bare_unit_noun_in_a_list_of_cap_levels_shares_the_cap():
    doc = extract("Chương trình Chính phủ số năm 2027\n"
                  "Năm 2027: 100% hồ sơ công việc tại cấp bộ, tỉnh, cấp xã được xử lý trên môi trường điện tử.\n")
    assert sorted(t["level"] for t in doc["targets"]) == ["commune", "national", "province"]


def test_a_year_written_right_after_each_figure_is_that_figures_year():
    doc = extract("Quyết định số 45/QĐ-UBND ngày 10/01/2025 của UBND tỉnh Tây Ninh giao chỉ tiêu giai đoạn 2025-2027\n"
                  "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 50% năm 2025, 60% năm 2026 và 70% năm 2027.\n")
    ind = "Tỷ lệ hồ sơ trực tuyến toàn trình"
    assert_rows(doc, [row(ind, 50, year=2025), row(ind, 60, year=2026), row(ind, 70, year=2027)])


def test_a_target_for_the_end_of_the_year_measures_what_was_named_before():
    doc = extract("Sơ kết 6 tháng đầu năm 2024, Bình Phước đạt nhiều kết quả\n"
                  "Trong 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến đạt 45,3%. Mục tiêu đến cuối năm đạt 60%.\n")
    ind = "tỷ lệ hồ sơ trực tuyến"
    assert_rows(doc, [row(ind, 45.3, operator="=", year=2024, kind="result"), row(ind, 60, year=2024)])


def test_a_section_planning_the_next_year_in_a_review_sets_targets():
    doc = extract("ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 250/BC-UBND\nKon Tum, ngày 10 tháng 12 năm 2024\nBÁO CÁO\n"
                  "Kết quả công tác cải cách hành chính năm 2024 và phương hướng, nhiệm vụ năm 2025\n"
                  "I. KẾT QUẢ ĐẠT ĐƯỢC\nTỷ lệ hồ sơ trực tuyến toàn trình đạt 38,2%.\n"
                  "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n1. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 50,5%.\n")
    ind = "Tỷ lệ hồ sơ trực tuyến toàn trình"
    assert_rows(doc, [row(ind, 38.2, operator="=", year=2024, kind="result"), row(ind, 50.5, year=2025)])


def test_a_change_a_plan_sets_is_its_target_and_a_reported_change_is_no_row():
    plan = extract("Kế hoạch phát triển năm 2026 của tỉnh Gia Lai\n"
                   "Giảm 15% chi phí tuân thủ thủ tục hành chính so với năm 2025.\n"
                   "Thu nhập bình quân của người dân nông thôn tăng 1,5 lần so với năm 2020.\n")
    assert_rows(plan, [row("Giảm chi phí tuân thủ thủ tục hành chính", 15, year=2026),
                       row("Thu nhập bình quân của người dân nông thôn tăng", 1.5, unit="times", year=2026)])
    report = extract("Báo cáo kết quả năm 2025 của tỉnh Gia Lai\n"
                     "Thời gian giải quyết thủ tục hành chính giảm 20% so với năm 2024.\n")
    assert report["targets"] == []


def test_a_number_of_units_that_reached_a_state_is_a_count_at_their_level():
    doc = extract("Báo cáo kết quả chuyển đổi số năm 2025 của tỉnh Nghệ An\n"
                  "Năm 2025, có 94 xã hoàn thành chuyển đổi số; 12 huyện, thị xã, thành phố được công nhận "
                  "hoàn thành nhiệm vụ.\n")
    assert_rows(doc, [row("xã hoàn thành chuyển đổi số", 94, unit="count", operator="=", level="commune",
                          year=2025, kind="result"),
                      row("huyện, thị xã, thành phố được công nhận hoàn thành nhiệm vụ", 12, unit="count",
                          operator="=", level="district", year=2025, kind="result")])


def test_the_base_of_a_per_capita_rate_is_no_figure():
    doc = extract("Kế hoạch năm 2026 của tỉnh Nghệ An\nSố bác sĩ trên 10.000 dân đạt 12 bác sĩ; tỷ lệ hài lòng đạt trên 90%.\n")
    assert [t["threshold"]["value"] for t in doc["targets"]] == [90]


def test_a_short_lead_in_names_the_item_with_the_few_words_after_its_figure():
    doc = extract("Kế hoạch chuyển đổi số tỉnh Quảng Bình năm 2026\n"
                  "a) Kinh tế số chiếm tỷ trọng 20% GRDP của tỉnh.\n")
    assert_rows(doc, [row("Kinh tế số chiếm GRDP tỉnh", 20, year=2026)])
    assert doc["targets"][0]["indicator"]["text"].startswith("Kinh tế số")


def test_sibling_sub_scopes_after_trong_do_keep_the_parent_indicator():
    doc = extract("Tin tức: Hà Tĩnh công bố kết quả Chỉ số SIPAS năm 2024\n"
                  "Chỉ số hài lòng về sự phục vụ hành chính năm 2024 của tỉnh đạt 86,5%. Trong đó, lĩnh vực tư pháp "
                  "đạt 90,1%, lĩnh vực đất đai đạt 80,2%.\n")
    ind = "Chỉ số hài lòng về sự phục vụ hành chính"

    def res(value, scope=None):
        return row(ind, value, operator="=", year=2024, kind="result", scope=scope)
    assert_rows(doc, [res(86.5), res(90.1, "lĩnh vực tư pháp"), res(80.2, "lĩnh vực đất đai")])


def test_units_of_a_set_that_reached_a_defined_state_are_one_count_row():
    doc = extract("Tin tức: Hà Tĩnh công bố kết quả Chỉ số SIPAS năm 2024\n"
                  "Có 8/13 huyện, thị xã, thành phố đạt trên 85%.\n")
    assert_rows(doc, [row("huyện, thị xã, thành phố đạt trên 85%", 8, unit="count", operator="=",
                          level="district", year=2024, kind="result")])


def test_a_notice_of_evaluation_results_reports_results():
    doc = extract("Thông báo kết quả đánh giá Chỉ số chuyển đổi số năm 2025 của các sở, ngành\n"
                  "Chỉ số chuyển đổi số trung bình của các sở, ngành đạt 812 điểm.\n")
    assert [t["kind"] for t in doc["targets"]] == ["result"]


def test_units_listed_under_a_head_line_are_scopes_of_its_indicator():
    doc = extract("Báo cáo kết quả số hóa hồ sơ năm 2024 của UBND huyện Cát Tiên\n"
                  "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của các xã như sau:\n"
                  "- Xã Tiên Hoàng: 95,2%;\n- Thị trấn Cát Tiên: 88%.\n")
    ind = "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC"
    assert_rows(doc, [row(ind, 95.2, operator="=", level="commune", year=2024, kind="result", scope="Xã Tiên Hoàng"),
                      row(ind, 88, operator="=", level="commune", year=2024, kind="result", scope="Thị trấn Cát Tiên")])
    assert {t["indicator"]["text"] for t in doc["targets"]} == {ind}


def test_units_counted_by_the_grade_they_reached_give_no_grade_row():
    doc = extract("Báo cáo kết quả đánh giá chất lượng phục vụ quý III/2025 của tỉnh Lâm Đồng\n"
                  "Có 15/20 sở, ban, ngành đạt mức Tốt; 3 đơn vị đạt mức Khá.\n")
    assert [t["threshold"]["unit"] for t in doc["targets"]] == ["count", "count"]
    assert doc["targets"][1]["indicator"]["text"] == "đơn vị đạt mức Khá"


def test_the_numerator_written_beside_a_rate_is_a_count_of_what_the_rate_measures():
    doc = extract("Báo cáo kết quả năm 2024 của UBND xã Tân Phú\n"
                  "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,3% (3.080/3.102 hồ sơ).\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ giải quyết đúng hạn", 99.3, operator="=", year=2024, kind="result"),
                      row("hồ sơ giải quyết đúng hạn", 3080, unit="count", operator="=", year=2024, kind="result")])


HEADER_2025_12 = "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSố: 300/KH-UBND\nPhú Thọ, ngày 20 tháng 12 năm 2025\nKẾ HOẠCH\n"
HEADER_2025_01 = "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSố: 12/KH-UBND\nPhú Thọ, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\n"


@pytest.mark.parametrize("header, title, kind", [
    (HEADER_2025_12, "Cải cách hành chính năm 2026", "result"),  # the year it is written in: the past
    (HEADER_2025_01, "Cải cách hành chính giai đoạn 2025 - 2027", "target"),  # the first year of the plan
])
def test_a_year_before_the_plan_starts_is_reported_and_the_first_plan_year_is_planned(header, title, kind):
    doc = extract(header + title + "\nNăm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 45,2%.\n")
    assert [(t["kind"], t["year"]) for t in doc["targets"]] == [(kind, 2025)]


def test_a_section_on_the_signing_years_results_in_a_plan_for_the_next_year_reports():
    doc = extract(HEADER_2025_12 + "Cải cách hành chính năm 2026\nI. KẾT QUẢ NĂM 2025\n"
                  "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 45%.\nII. MỤC TIÊU NĂM 2026\n"
                  "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.\n")
    ind = "Tỷ lệ hồ sơ trực tuyến toàn trình"
    assert_rows(doc, [row(ind, 45, operator="=", year=2025, kind="result"), row(ind, 60, year=2026)])


def test_a_deadline_date_leading_in_is_no_part_of_the_indicator():
    doc = extract("Công văn đôn đốc thanh toán trực tuyến năm 2025 của UBND tỉnh Quảng Trị\n"
                  "Phấn đấu đến ngày 31/12/2025 tỷ lệ thanh toán trực tuyến đạt tối thiểu 50%.\n")
    assert [t["indicator"]["text"] for t in doc["targets"]] == ["tỷ lệ thanh toán trực tuyến"]
    assert [t["year"] for t in doc["targets"]] == [2025]


@pytest.mark.parametrize("addressees", ["các sở, ngành, UBND các xã, phường", "các sở, ngành và UBND các xã, phường"])
def test_the_addressees_of_a_request_give_its_target_their_levels(addressees):
    doc = extract("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 2150/UBND-KSTT\nQuảng Trị, ngày 15 tháng 10 năm 2025\n"
                  "V/v đôn đốc thanh toán trực tuyến\n"
                  f"Đề nghị {addressees} phấn đấu đến ngày 31/12/2025 tỷ lệ thanh toán trực tuyến đạt tối thiểu 50%.\n")
    assert_rows(doc, [row("tỷ lệ thanh toán trực tuyến", 50, level=lv, year=2025) for lv in ("province", "commune")])


def test_a_clause_after_one_reporting_a_quarter_reports_too():
    doc = extract("Tin tức: Lâm Đồng đánh giá chất lượng phục vụ\n"
                  "Kết quả đánh giá quý III/2025, có 15/20 sở, ban, ngành đạt mức Tốt; 3 đơn vị đạt mức Khá.\n")
    assert [(t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [(15, "result"), (3, "result")]


def test_the_jurisdiction_as_subject_and_the_past_marker_lead_no_indicator():
    doc = extract("Báo cáo kết quả năm 2024 của UBND xã Tân Phú\n"
                  "Năm 2024, xã đã giải quyết đúng hạn 3.080 hồ sơ.\n")
    assert [t["indicator"]["text"] for t in doc["targets"]] == ["giải quyết đúng hạn hồ sơ"]


def test_a_time_brought_down_to_is_a_ceiling_in_a_plan_and_the_level_reached_in_a_report():
    plan = extract("Kế hoạch năm 2025 của tỉnh Gia Lai\n"
                   "Rút ngắn thời gian giải quyết thủ tục đăng ký doanh nghiệp xuống còn 2 ngày làm việc.\n")
    report = extract("Báo cáo kết quả năm 2024 của tỉnh Gia Lai\n"
                     "Thời gian giải quyết thủ tục đăng ký doanh nghiệp bình quân còn 2,5 ngày làm việc.\n")
    assert [t["threshold"]["operator"] for t in plan["targets"]] == ["<="]
    assert [(t["threshold"]["operator"], t["kind"]) for t in report["targets"]] == [("=", "result")]
    assert not report["targets"][0]["indicator"]["text"].endswith("còn")


def test_an_approximate_level_reached_is_a_result_with_its_approximation_out_of_the_indicator():
    doc = extract("Tin tức: Quảng Ngãi năm 2025\nNăm 2025, tỷ lệ số hóa hồ sơ đạt gần 100%.\n")
    assert_rows(doc, [row("tỷ lệ số hóa hồ sơ", 100, operator="=", year=2025, kind="result")])
    assert doc["targets"][0]["indicator"]["text"] == "tỷ lệ số hóa hồ sơ"


@pytest.mark.parametrize("text, kind", [
    ("Tin tức: Quảng Ninh năm 2024\nNăm 2024, Chỉ số PCI của tỉnh nằm trong top 10.\n", "result"),
    ("Kế hoạch năm 2026 của tỉnh Quảng Ninh\nPhấn đấu Chỉ số PCI nằm trong top 10.\n", "target"),
])
def test_a_top_standing_is_a_ceiling_reported_or_set(text, kind):
    doc = extract(text)
    assert [(t["threshold"]["operator"], t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [("<=", 10, kind)]


def test_headlines_of_other_articles_after_a_related_label_are_no_rows():
    doc = extract("Tin tức: Gia Lai đẩy mạnh dịch vụ công\n"
                  "Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 65,3%.\n"
                  "Tin liên quan\nKon Tum: 90% hồ sơ được số hóa\nĐắk Lắk đạt 70% hồ sơ trực tuyến toàn trình\n"
                  "Trong năm 2026, tỉnh Gia Lai sẽ tiếp tục đẩy mạnh cải cách hành chính, với mục tiêu tỷ lệ hồ sơ "
                  "trực tuyến toàn trình đạt tối thiểu 80% và bảo đảm 100% hồ sơ được số hóa khi tiếp nhận.\n")
    assert [t["threshold"]["value"] for t in doc["targets"]] == [65.3, 80, 100]


def test_a_box_of_market_figures_on_a_news_page_is_furniture():
    doc = extract("Tin tức: Gia Lai\nNăm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 65,3%.\n"
                  "Tỷ giá USD: 25.420 đồng\nVN-Index: 1.250,3 điểm (+0,8%)\n")
    assert [t["threshold"]["value"] for t in doc["targets"]] == [65.3]


def test_a_standing_followed_by_the_unit_holding_it_is_that_units():
    doc = extract("Tin tức: Bắc Giang dẫn đầu về chính quyền số\n"
                  "Tỷ lệ điểm Chỉ số thành phần chính quyền số của tỉnh đạt 91,2%, cao hơn 0,4% so với đơn vị xếp "
                  "vị trí thứ 2 là Hải Dương (đạt 90,8%).\n")
    ranks = [(t["threshold"]["value"], t["scope"], t["level"]) for t in doc["targets"] if t["threshold"]["unit"] == "rank"]
    assert ranks == [(2, "Hải Dương", "province")]


# --------------------------------------------------------------------------- news of results (session 2026-11-29)

def test_a_news_title_naming_its_province_bare_gives_the_jurisdiction_not_a_ministry_in_the_lead():
    doc = extract("Kon Tum: tỷ lệ hồ sơ trực tuyến năm 2024 tăng mạnh\n"
                  "Theo Bộ Nội vụ, năm 2024 tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 52,4%, "
                  "trong đó huyện Đắk Hà đạt 61%.\n")
    assert doc["jurisdiction"] == {"name": "Kon Tum", "level": "province"}
    assert_rows(doc, [row("tỷ lệ hồ sơ nộp trực tuyến của tỉnh", 52.4, operator="=", year=2024, kind="result"),
                      row("tỷ lệ hồ sơ nộp trực tuyến của tỉnh", 61, operator="=", year=2024, kind="result",
                          level="district", scope="huyện Đắk Hà")])


def test_a_ministry_on_a_header_line_of_its_own_still_issues_the_document():
    doc = extract("BỘ TƯ PHÁP\nSố: 12/KH-BTP\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
                  "Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 95%.\n")
    assert doc["jurisdiction"] == {"name": "Bộ Tư pháp", "level": "national"}


def test_a_headline_opening_a_web_page_is_its_title_even_without_plan_words():
    doc = extract("Sơn La: Đến nay có 120 xã đạt chuẩn nông thôn mới\n"
                  "Cập nhật: 02/12/2024\n"
                  "Thu nhập bình quân đầu người khu vực nông thôn năm 2023 đạt 38 triệu đồng.\n")
    assert doc["title"] == "Sơn La: Đến nay có 120 xã đạt chuẩn nông thôn mới"
    assert doc["jurisdiction"]["name"] == "Sơn La"


@pytest.mark.parametrize("dateline", ["BÁO BÌNH THUẬN                                  Chủ Nhật, 12/11/2023",
                                      "TIN TỨC - SỰ KIỆN   Thứ Ba, 05 - 03 - 2024"])
def test_a_newspapers_dateline_is_page_furniture_not_the_title(dateline):
    doc = extract(f"{dateline}\n\n"
                  "Bình Thuận tăng 4 bậc trên bảng xếp hạng chỉ số PAPI\n\n"
                  "Năm 2023, chỉ số PAPI của tỉnh đạt 43,05 điểm, xếp thứ 21/63 tỉnh, thành phố.\n")
    assert doc["title"] == "Bình Thuận tăng 4 bậc trên bảng xếp hạng chỉ số PAPI"


def test_the_share_of_units_counted_just_before_takes_their_level():
    doc = extract("Báo cáo kết quả xây dựng nông thôn mới năm 2024\n"
                  "Năm 2024, toàn tỉnh có 96/118 xã đạt chuẩn nông thôn mới, chiếm 81,4%; "
                  "có 4 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới.\n")
    assert_rows(doc, [row("xã đạt chuẩn nông thôn mới", 96, unit="count", operator="=", level="commune",
                          year=2024, kind="result"),
                      row("tỷ lệ xã đạt chuẩn nông thôn mới", 81.4, operator="=", level="commune",
                          year=2024, kind="result"),
                      row("đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới", 4, unit="count",
                          operator="=", level="district", year=2024, kind="result")])


@pytest.mark.parametrize("lead", ["Đối với cấp huyện, huyện Mường La xếp cuối với",
                                  "Huyện Mường La đứng cuối bảng với",
                                  "Đơn vị có điểm thấp nhất là huyện Mường La với"])
def test_a_unit_named_with_a_standing_word_is_the_scope_of_the_figure(lead):
    doc = extract("Báo cáo kết quả năm 2023\nTỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 97,2%. "
                  f"{lead} 90,5%.\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh", 97.2, operator="=", year=2023, kind="result"),
                      row("Tỷ lệ hồ sơ giải quyết đúng hạn", 90.5, operator="=", year=2023, kind="result",
                          level="district", scope="huyện Mường La")])


def test_a_bloc_opening_the_sentence_does_not_hand_its_units_to_the_figure_before():
    # "70% đối với Sở, ban, ngành" gives the units to the figure before; at a sentence's start
    # "Đối với khối sở, ban, ngành, Sở Nội vụ dẫn đầu" names the unit of the figure after
    doc = extract("Báo cáo kết quả năm 2023\nTỷ lệ hồ sơ đúng hạn của tỉnh đạt 97%. "
                  "Đối với khối sở, ban, ngành, Sở Nội vụ dẫn đầu với 99,1%.\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ đúng hạn của tỉnh", 97, operator="=", year=2023, kind="result"),
                      row("Tỷ lệ hồ sơ đúng hạn", 99.1, operator="=", year=2023, kind="result",
                          level="province", scope="Sở Nội vụ")])


def test_units_of_blocs_an_index_was_announced_for_break_that_index_down():
    doc = extract("Lai Châu công bố Chỉ số cải cách hành chính năm 2023\n"
                  "Ngày 20/3/2024, UBND tỉnh công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành "
                  "và UBND các huyện, thành phố.\n"
                  "Trong năm, tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 38,5%.\n"
                  "Ở khối sở, Sở Tài chính dẫn đầu với 90,12%. Ở khối huyện, huyện Tam Đường đạt 85,3%.\n")
    assert_rows(doc, [row("tỷ lệ hồ sơ nộp trực tuyến của tỉnh", 38.5, operator="=", year=2023, kind="result"),
                      row("Chỉ số cải cách hành chính", 90.12, operator="=", year=2023, kind="result",
                          level="province", scope="Sở Tài chính"),
                      row("Chỉ số cải cách hành chính", 85.3, operator="=", year=2023, kind="result",
                          level="district", scope="huyện Tam Đường")])


def test_a_breakdown_in_the_sentence_of_its_parent_keeps_that_parent_after_an_announced_index():
    # guard: the announced index does not take a "trong đó" breakdown from its own sentence's figure
    doc = extract("Báo cáo kết quả năm 2023\n"
                  "UBND tỉnh công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành.\n"
                  "Tỷ lệ hồ sơ đúng hạn của tỉnh đạt 97%, trong đó Sở Xây dựng đạt 92%.\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ đúng hạn của tỉnh", 97, operator="=", year=2023, kind="result"),
                      row("Tỷ lệ hồ sơ đúng hạn", 92, operator="=", year=2023, kind="result",
                          level="province", scope="Sở Xây dựng")])


def test_a_grade_reported_is_the_grade_reached_not_a_floor():
    doc = extract("Báo cáo kết quả quý III năm 2024\nĐiểm trung bình của tỉnh đạt 84,56 điểm, xếp loại Tốt.\n")
    grades = [t["threshold"] for t in doc["targets"] if t["threshold"]["unit"] == "grade"]
    assert [(g["value"], g["operator"]) for g in grades] == [("Tốt", "=")]


def test_a_report_on_how_targets_were_met_reports_results():
    doc = extract("UBND HUYỆN MƯỜNG KHƯƠNG\nBáo cáo kết quả thực hiện các chỉ tiêu chuyển đổi số năm 2024\n"
                  "- Số hồ sơ tiếp nhận trực tuyến: 18.240 hồ sơ.\n")
    assert [(t["kind"], t["threshold"]["value"]) for t in doc["targets"]] == [("result", 18240)]


def test_a_plan_title_naming_targets_first_is_no_report():
    # guard: the target words come before any report words
    doc = extract("Kế hoạch thực hiện chỉ tiêu và báo cáo kết quả cải cách hành chính năm 2025\n"
                  "- Số hồ sơ tiếp nhận trực tuyến: 18.240 hồ sơ.\n")
    assert [t["kind"] for t in doc["targets"]] == ["target"]


@pytest.mark.parametrize("sentence", ["Tỷ lệ thanh toán trực tuyến: kế hoạch 40%, thực hiện 46,5%.",
                                      "Tỷ lệ thanh toán trực tuyến đạt 46,5% (kế hoạch 40%)."])
def test_the_plans_figure_after_the_word_for_plan_is_a_target_not_a_reference(sentence):
    doc = extract(f"Báo cáo kết quả năm 2024\n{sentence}\n")
    assert_rows(doc, [row("Tỷ lệ thanh toán trực tuyến", 40, year=2024),
                      row("Tỷ lệ thanh toán trực tuyến", 46.5, operator="=", year=2024, kind="result")])


def test_a_plan_cited_by_its_number_is_still_a_reference():
    doc = extract("Báo cáo kết quả năm 2024\nThực hiện Kế hoạch 80/KH-UBND, tỷ lệ hồ sơ đúng hạn đạt 98,5%.\n")
    assert [t["threshold"]["value"] for t in doc["targets"]] == [98.5]


def test_a_label_counting_units_that_reached_a_state_gives_a_count_at_their_level():
    doc = extract("Báo cáo kết quả xây dựng nông thôn mới năm 2024\n"
                  "- Số xã đạt chuẩn nông thôn mới nâng cao: 9 xã.\n"
                  "- Số đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới: 3.\n")
    assert_rows(doc, [row("Số xã đạt chuẩn nông thôn mới nâng cao", 9, unit="count", operator="=",
                          level="commune", year=2024, kind="result"),
                      row("Số đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới", 3, unit="count",
                          operator="=", level="district", year=2024, kind="result")])


def test_a_label_counting_units_with_no_state_is_an_inventory():
    # guard: GOLD counts units only when they reached a stated state
    doc = extract("Báo cáo kết quả năm 2024\n- Số xã trên địa bàn huyện: 14 xã.\n")
    assert doc["targets"] == []


def test_a_heading_of_targets_makes_a_decimal_after_dat_a_target():
    doc = extract("NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2026\n"
                  "Điều 1. Các chỉ tiêu chủ yếu năm 2026\n"
                  "1. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,2%.\n"
                  "2. Lũy kế đến hết năm 2026 có 41 xã đạt chuẩn nông thôn mới.\n"
                  "Điều 2. Tổ chức thực hiện\n")
    assert_rows(doc, [row("Tỷ lệ dân số tham gia bảo hiểm y tế", 94.2, year=2026),
                      row("xã đạt chuẩn nông thôn mới", 41, unit="count", level="commune", year=2026)])


@pytest.mark.parametrize("heading", ["1. Kết quả thực hiện các chỉ tiêu năm 2026",
                                     "Giao chỉ tiêu dịch vụ công trực tuyến năm 2026"])
def test_a_review_heading_or_a_title_line_naming_targets_sets_nothing(heading):
    # guards: review words veto the heading; a page's title line is no section heading
    doc = extract(f"{heading}\nTính đến ngày 20/6/2026, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 42,6%.\n")
    assert [t["kind"] for t in doc["targets"]] == ["result"]


@pytest.mark.parametrize("sentence, value, level", [
    ("Có 11 xã đạt từ 90% trở lên.", 11, "commune"),
    ("Có 6 cơ quan, địa phương có tỷ lệ hồ sơ trực tuyến trên 50%.", 6, None),
    ("Toàn tỉnh có 4 huyện có tỷ lệ hồ sơ trực tuyến đạt trên 60%.", 4, "district"),
])
def test_units_meeting_a_bound_in_a_report_are_a_count_reported_and_the_bound_no_row(sentence, value, level):
    doc = extract(f"Báo cáo kết quả năm 2024\n{sentence}\n")
    assert [(t["threshold"]["value"], t["threshold"]["unit"], t["level"], t["kind"]) for t in doc["targets"]] == \
        [(value, "count", level, "result")]


def test_a_rate_after_a_count_of_units_and_a_comma_is_a_row_of_its_own():
    # guard: only the words right after the units define their state
    doc = extract("Báo cáo kết quả năm 2024\nCó 13 xã đạt chuẩn, tỷ lệ hồ sơ trực tuyến đạt 45,5%.\n")
    assert [t["threshold"]["value"] for t in doc["targets"]] == [13, 45.5]


def test_a_part_named_after_trong_do_is_a_sub_scope_of_the_rate_before():
    doc = extract("Kế hoạch năm 2026\nTỷ lệ lao động qua đào tạo đạt 62%, trong đó có bằng cấp, chứng chỉ đạt 31%.\n")
    assert_rows(doc, [row("Tỷ lệ lao động qua đào tạo", 62, year=2026),
                      row("Tỷ lệ lao động qua đào tạo", 31, year=2026, scope="có bằng cấp, chứng chỉ")])


def test_a_new_rate_after_trong_do_is_its_own_indicator():
    # guard: a head word ("tỷ lệ") after "trong đó" names a new indicator, not a part
    doc = extract("Kế hoạch năm 2026\nTỷ lệ hồ sơ trực tuyến đạt 70%, trong đó tỷ lệ hồ sơ trực tuyến toàn trình "
                  "đạt 50%.\n")
    assert [t["scope"] for t in doc["targets"]] == [None, None]


def test_a_score_naming_only_the_period_and_the_province_measures_what_the_title_reports_on():
    doc = extract("Cao Bằng công bố kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp quý III/2024\n"
                  "Theo kết quả đánh giá trên Hệ thống thông tin giải quyết thủ tục hành chính, quý III/2024 "
                  "tỉnh Cao Bằng đạt 81,6/100 điểm, xếp loại Tốt.\n")
    assert [t["indicator"]["text"] for t in doc["targets"]] == \
        ["đánh giá chất lượng phục vụ người dân, doanh nghiệp"] * 2
    assert [t["threshold"]["value"] for t in doc["targets"]] == [81.6, "Tốt"]


def test_blocs_of_peoples_committees_give_their_level():
    doc = extract("Báo cáo kết quả quý II/2024\nĐiểm trung bình của tỉnh đạt 85 điểm. Khối UBND cấp huyện đạt "
                  "83,4 điểm; khối UBND cấp xã đạt 82,7 điểm.\n")
    assert [(t["level"], t["scope"]) for t in doc["targets"]] == \
        [(None, None), ("district", "Khối UBND cấp huyện"), ("commune", "khối UBND cấp xã")]


@pytest.mark.parametrize("header, level", [
    ("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG\nKẾ HOẠCH\nChuyển đổi số năm 2025\n", "district"),
    ("THỦ TƯỚNG CHÍNH PHỦ\nCÔNG ĐIỆN\nVề chuyển đổi số năm 2025\n", "province"),
])
def test_a_city_named_like_its_province_is_the_provinces_city_except_in_a_national_document(header, level):
    doc = extract(header + "Tỷ lệ hồ sơ trực tuyến toàn trình năm 2025: Thành phố Sóc Trăng đạt 70%; "
                           "Thành phố Cần Thơ đạt 80%.\n")
    assert [(t["scope"], t["level"]) for t in doc["targets"]] == \
        [("Thành phố Sóc Trăng", level), ("Thành phố Cần Thơ", "province")]


def test_named_units_listed_before_lan_luot_each_take_their_figure():
    doc = extract("BỘ NỘI VỤ\nBáo cáo kết quả năm 2024\nBộ Tài chính, Bộ Y tế và Bảo hiểm xã hội Việt Nam là "
                  "những đơn vị có tỷ lệ thanh toán trực tuyến cao nhất, lần lượt đạt 81,2%, 77,9% và 70,4%.\n")
    assert [(t["scope"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Bộ Tài chính", "national", 81.2), ("Bộ Y tế", "national", 77.9),
        ("Bảo hiểm xã hội Việt Nam", "national", 70.4)]
    assert {t["indicator"]["text"] for t in doc["targets"]} == {"tỷ lệ thanh toán trực tuyến"}


@pytest.mark.parametrize("sentence, expected", [
    ("Toàn tỉnh có 2 huyện và 38 xã hoàn thành chuyển đổi số.",
     [(2, "district", "huyện hoàn thành chuyển đổi số"), (38, "commune", "xã hoàn thành chuyển đổi số")]),
    ("Tỷ lệ số hóa hồ sơ của các bộ, ngành đạt 71%. Có 14/21 bộ, ngành và 49/63 địa phương đạt chỉ tiêu số hóa.",
     [(71, "national", "Tỷ lệ số hóa hồ sơ"), (14, "national", "bộ, ngành đạt chỉ tiêu số hóa"),
      (49, "province", "địa phương đạt chỉ tiêu số hóa")]),
])
def test_counts_of_units_joined_by_va_share_the_state_and_are_no_breakdowns(sentence, expected):
    doc = extract(f"BỘ NỘI VỤ\nBáo cáo kết quả năm 2024\n{sentence}\n" if "bộ" in sentence
                  else f"Báo cáo kết quả năm 2024\n{sentence}\n")
    assert [(t["threshold"]["value"], t["level"], t["indicator"]["text"]) for t in doc["targets"]] == expected
    assert all(t["scope"] is None for t in doc["targets"])


def test_a_clause_naming_another_owner_before_la_keeps_the_indicator_before():
    doc = extract("Báo cáo kết quả năm 2023\nĐiểm tự đánh giá trung bình năm 2023 của khối huyện là 81,3 điểm; "
                  "Hội đồng đánh giá là 78,9 điểm, đạt 87,7%.\n")
    assert_rows(doc, [row("Điểm tự đánh giá trung bình", 81.3, unit="point", operator="=", level="district",
                          year=2023, kind="result"),
                      row("Điểm tự đánh giá trung bình của Hội đồng đánh giá", 78.9, unit="point", operator="=",
                          level="district", year=2023, kind="result"),
                      row("Điểm tự đánh giá trung bình của Hội đồng đánh giá", 87.7, operator="=",
                          level="district", year=2023, kind="result")])


def test_a_clause_with_its_own_head_after_la_is_its_own_indicator():
    # guard: a head word ("tỷ lệ") in the clause names a new indicator
    doc = extract("Báo cáo kết quả năm 2023\nĐiểm trung bình của khối huyện là 81,3 điểm; tỷ lệ hài lòng là 90,2%.\n")
    assert [t["indicator"]["text"] for t in doc["targets"]] == ["Điểm trung bình", "tỷ lệ hài lòng"]


def test_the_action_after_the_subjects_auxiliary_names_what_a_figure_with_an_object_measures():
    doc = extract("Báo cáo kết quả năm 2024\nTrung tâm Phục vụ hành chính công tỉnh đã thực hiện số hóa "
                  "100% hồ sơ tiếp nhận trong năm.\n")
    assert_rows(doc, [row("số hóa hồ sơ tiếp nhận", 100, operator="=", level="province", year=2024, kind="result")])
    assert doc["targets"][0]["indicator"]["text"].startswith("số hóa")


def test_an_item_after_a_statement_with_a_colon_that_opens_with_its_own_head_names_itself():
    doc = extract("Báo cáo kết quả năm 2022\nCác chỉ số của tỉnh đều tăng hạng so với năm 2021: Chỉ số SIPAS "
                  "xếp 12/63; Chỉ số PCI xếp 20/63.\n")
    assert [t["indicator"]["text"] for t in doc["targets"]] == ["Chỉ số SIPAS", "Chỉ số PCI"]


def test_the_same_period_last_year_is_a_baseline_and_its_year_does_not_go_on_to_the_next_sentence():
    doc = extract("Báo cáo kết quả 9 tháng đầu năm 2024\nTỷ lệ hồ sơ đúng hạn đạt 97,4% (cùng kỳ năm 2023 đạt "
                  "95,1%). Tỷ lệ thanh toán trực tuyến đạt 41,3%.\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ đúng hạn", 97.4, operator="=", year=2024, kind="result"),
                      row("Tỷ lệ hồ sơ đúng hạn", 95.1, operator="=", year=2023, kind="result"),
                      row("Tỷ lệ thanh toán trực tuyến", 41.3, operator="=", year=2024, kind="result")])


def test_a_year_named_in_a_later_clause_is_not_the_year_of_a_result_before_it():
    doc = extract("Báo cáo kết quả năm 2024\nTỷ trọng kinh tế số trong GRDP đạt 9,8%; năm 2025 dự kiến đạt 12%.\n")
    assert_rows(doc, [row("Tỷ trọng kinh tế số trong GRDP", 9.8, operator="=", year=2024, kind="result"),
                      row("Tỷ trọng kinh tế số trong GRDP", 12, year=2025)])


def test_a_figure_in_brackets_after_an_earlier_year_is_that_years_result():
    doc = extract("KẾ HOẠCH\nXây dựng nông thôn mới năm 2026 của tỉnh Yên Bái\n"
                  "Phấn đấu năm 2026, 100% xã đạt chuẩn nông thôn mới (năm 2025 đạt 91%).\n")
    assert_rows(doc, [row("xã đạt chuẩn nông thôn mới", 100, level="commune", year=2026),
                      row("xã đạt chuẩn nông thôn mới", 91, operator="=", level="commune", year=2025,
                          kind="result")])
    assert all("(" not in t["indicator"]["text"] for t in doc["targets"])


def test_a_level_closing_the_first_indicator_opens_a_split_by_level():
    doc = extract("Báo cáo kết quả công tác cải cách hành chính năm 2024 của tỉnh\n"
                  "Tỷ lệ hồ sơ đúng hạn cấp tỉnh đạt 99,2%, cấp huyện đạt 98,1%, cấp xã đạt 99,4%.\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ đúng hạn", 99.2, operator="=", level="province", year=2024, kind="result"),
                      row("Tỷ lệ hồ sơ đúng hạn", 98.1, operator="=", level="district", year=2024, kind="result"),
                      row("Tỷ lệ hồ sơ đúng hạn", 99.4, operator="=", level="commune", year=2024, kind="result")])
    assert {t["indicator"]["text"] for t in doc["targets"]} == {"Tỷ lệ hồ sơ đúng hạn"}


def test_a_table_row_counting_units_that_reached_a_state_takes_their_level():
    doc = extract("KẾ HOẠCH\nChuyển đổi số tỉnh Lào Cai giai đoạn 2026-2030\n"
                  "STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2030\n"
                  "1 | Số xã đạt chuẩn xã thông minh | xã | 6 | 20\n"
                  "2 | Số xã trên địa bàn có trạm BTS | xã | 150 | 152\n")
    levels = {(t["threshold"]["value"], t["level"]) for t in doc["targets"] if t["indicator"]["text"].startswith("Số xã đạt")}
    assert levels == {(6, "commune"), (20, "commune")}
    assert all(t["level"] is None for t in doc["targets"] if "địa bàn" in t["indicator"]["text"])


def test_news_that_names_nothing_planned_reports_results():
    doc = extract("Điện Biên nâng cao chất lượng giải quyết thủ tục hành chính\n"
                  "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 46%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%. "
                  "Toàn tỉnh tiếp nhận 180.000 hồ sơ.\n")
    assert [(t["kind"], t["threshold"]["operator"]) for t in doc["targets"]] == [("result", "=")] * 3


def test_news_naming_a_plan_keeps_its_figures_set():
    # guard: one plan word anywhere ("kế hoạch") keeps the clauses' own reading
    doc = extract("Điện Biên ban hành kế hoạch cải cách hành chính\n"
                  "Năm 2026, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 60%.\n")
    assert [t["kind"] for t in doc["targets"]] == ["target"]


def test_the_province_striving_for_a_figure_names_no_indicator_of_its_own():
    doc = extract("Sơn La nâng cao chất lượng giải quyết thủ tục hành chính\n"
                  "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 47%. Năm 2025, tỉnh phấn đấu đạt 60%.\n")
    assert_rows(doc, [row("tỷ lệ hồ sơ trực tuyến của tỉnh", 47, operator="=", year=2024, kind="result"),
                      row("tỷ lệ hồ sơ trực tuyến của tỉnh", 60, year=2025)])


def test_an_average_number_of_days_is_a_measured_value_and_a_duration_is_not():
    doc = extract("Báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2025\n"
                  "Thời gian giải quyết hồ sơ đất đai bình quân 6,5 ngày. Hồ sơ được trả kết quả trong 3 ngày làm việc.\n")
    assert_rows(doc, [row("Thời gian giải quyết hồ sơ đất đai", 6.5, unit="day", operator="=", year=2025,
                          kind="result")])


def test_a_unit_with_a_long_name_under_a_head_is_the_scope():
    doc = extract("Báo cáo kết quả giải quyết hồ sơ quý II năm 2024\nTỷ lệ hồ sơ giải quyết đúng hạn của các sở, ngành:\n"
                  "- Sở Văn hóa, Thể thao và Du lịch: 97,6%;\n- Sở Nông nghiệp và Phát triển nông thôn: 93,4%.\n")
    assert [(t["scope"], t["level"]) for t in doc["targets"]] == [
        ("Sở Văn hóa, Thể thao và Du lịch", "province"), ("Sở Nông nghiệp và Phát triển nông thôn", "province")]


@pytest.mark.parametrize("sentence", ["Thu hồ sơ trực tuyến đạt 92% kế hoạch.",
                                      "Số hồ sơ số hóa bằng 105% so với chỉ tiêu.",
                                      "Huyện hoàn thành 100% chỉ tiêu được giao."])
def test_the_share_of_a_plan_met_is_no_row(sentence):
    doc = extract(f"Báo cáo kết quả thực hiện năm 2024 của huyện Quan Hóa\n{sentence}\n")
    assert doc["targets"] == []


def test_a_count_after_its_label_keeps_the_label_when_the_share_of_plan_follows():
    doc = extract("Báo cáo kết quả thực hiện năm 2024 của huyện Quan Hóa\n"
                  "Số hồ sơ tiếp nhận trực tuyến: 8.420 hồ sơ, đạt 92% kế hoạch.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"]) for t in doc["targets"]] == \
        [("Số hồ sơ tiếp nhận trực tuyến", 8420)]


def test_a_school_year_is_a_period_ending_in_its_second_year_and_a_title_doing_a_task_is_no_citation():
    doc = extract("KẾ HOẠCH\nThực hiện nhiệm vụ giáo dục mầm non năm học 2026-2027\n"
                  "Tỷ lệ huy động trẻ mẫu giáo đến trường đạt 99%. Năm học 2025-2026, tỷ lệ này đạt 98,4%.\n")
    assert doc["title"] == "Thực hiện nhiệm vụ giáo dục mầm non năm học 2026-2027"
    assert doc["year"] == 2027
    assert [(t["kind"], t["year"]) for t in doc["targets"]] == [("target", 2027), ("result", 2026)]


def test_a_line_citing_an_act_is_still_a_citation():
    doc = extract("KẾ HOẠCH\nThực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND tỉnh\n"
                  "Cải cách hành chính năm 2025 của huyện Mường Lát\nTỷ lệ hồ sơ đúng hạn đạt tối thiểu 98%.\n")
    assert doc["title"] == "Cải cách hành chính năm 2025 của huyện Mường Lát"


def test_a_count_of_workers_given_jobs_is_a_count_of_people():
    doc = extract("NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2026 của tỉnh Cao Bằng\n"
                  "Điều 1. Các chỉ tiêu chủ yếu năm 2026\n1. Giải quyết việc làm mới cho 12.500 lao động.\n"
                  "2. Thu ngân sách nhà nước trên địa bàn đạt 3.200 tỷ đồng.\n")
    assert_rows(doc, [row("Giải quyết việc làm mới lao động", 12500, unit="count", year=2026)])


@pytest.mark.parametrize("layout", ["Tổng số hồ sơ tiếp nhận: 41.276\nSố hồ sơ đã giải quyết: 40.118\n",
                                    "Tổng số hồ sơ tiếp nhận\n41.276\nSố hồ sơ đã giải quyết\n40.118\n"])
def test_a_label_naming_dossiers_then_a_bare_number_is_a_count(layout):
    doc = extract("Thống kê tình hình giải quyết hồ sơ năm 2025\nCổng dịch vụ công tỉnh Kon Tum\n" + layout +
                  "Điện thoại: 0260.3862.111\n")
    assert_rows(doc, [row("Tổng số hồ sơ tiếp nhận", 41276, unit="count", operator="=", year=2025, kind="result"),
                      row("Số hồ sơ đã giải quyết", 40118, unit="count", operator="=", year=2025, kind="result")])


def test_a_label_with_no_measured_noun_before_a_bare_number_is_no_count():
    # guard: only a label naming what counts as measured (hồ sơ) makes a bare number a row
    doc = extract("Thống kê năm 2025\nSố thủ tục hành chính đang áp dụng: 1.812\nSố lượt truy cập: 250.000\n")
    assert doc["targets"] == []


def test_the_whole_country_as_subject_gives_national_to_figures_with_no_level_of_their_own():
    doc = extract("Chương trình phấn đấu đến năm 2030 cả nước có ít nhất 90% số xã đạt chuẩn nông thôn mới, "
                  "thu nhập bình quân của người dân nông thôn tăng ít nhất 2 lần so với năm 2025.\n")
    assert [(t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [("commune", 90), ("national", 2)]


def test_more_than_so_many_things_of_no_measured_kind_is_an_inventory():
    doc = extract("Huế triển khai Cổng dữ liệu mở với hơn 1.200 tập dữ liệu và ít nhất 05 nền tảng dùng chung "
                  "phải được kết nối trong năm 2026.\n")
    assert [(t["threshold"]["value"], t["threshold"]["operator"]) for t in doc["targets"]] == [(5, ">=")]


def test_a_comparison_opening_the_sentence_makes_the_change_at_its_end_no_row():
    doc = extract("Báo cáo tháng 9/2025\nNhư vậy, so với cùng kỳ năm 2024, tỷ lệ thanh toán trực tuyến của tỉnh "
                  "tháng 9/2025 đã tăng 3,4%.\n")
    assert doc["targets"] == []


def test_a_restatement_naming_no_level_is_the_row_that_names_one():
    doc = extract("Báo cáo tháng 10/2025\nTỷ lệ hồ sơ trực tuyến toàn trình của cả nước tháng 10/2025 đạt 41,25%.\n"
                  "Theo số liệu của Văn phòng Chính phủ, tính đến 26/10, tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,25%.\n")
    assert [(t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [("national", 41.25)]


def test_the_documents_own_unit_as_subject_leaves_the_indicator():
    doc = extract("Thái Bình dẫn đầu về hồ sơ trực tuyến toàn trình năm 2024\n"
                  "Thái Bình đã xử lý trực tuyến toàn trình 61,2%, đứng đầu cả nước.\n")
    assert [t["indicator"]["text"] for t in doc["targets"]][:1] == ["xử lý trực tuyến toàn trình"]


def test_a_result_word_right_before_a_figure_reports_it_after_a_target_in_the_clause():
    doc = extract("Kon Tum: chuyển đổi số 9 tháng năm 2024\nSo với mục tiêu 70% mà Chính phủ đề ra, tỷ lệ hồ sơ "
                  "trực tuyến toàn trình của tỉnh mới đạt 55,3%.\n")
    assert [(t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [(70, "target"), (55.3, "result")]


def test_a_rank_after_a_change_of_standing_ranks_the_figure_before():
    doc = extract("Báo cáo kết quả năm 2023\nNăm 2023, chỉ số PAR Index của tỉnh đạt 84,12%, giảm 3 bậc, xếp thứ 45/63.\n")
    assert [(t["indicator"]["text"], t["threshold"]["unit"]) for t in doc["targets"]] == \
        [("chỉ số PAR Index", "percent"), ("chỉ số PAR Index", "rank")]


def test_every_level_named_after_the_indicator_gives_one_row_per_level():
    doc = extract("Kế hoạch cải cách hành chính năm 2025 của tỉnh Bắc Kạn\n"
                  "Phấn đấu 100% hồ sơ được số hóa khi tiếp nhận ở cả 3 cấp.\n")
    assert_rows(doc, [row("hồ sơ được số hóa khi tiếp nhận", 100, level=lv, year=2025)
                      for lv in ("province", "district", "commune")])


def test_the_count_a_provision_verb_gives_is_the_numerator_of_the_rate_after_it():
    doc = extract("Báo cáo kết quả thực hiện năm 2024 của tỉnh Bắc Kạn\n"
                  "Đã cung cấp 1.102 dịch vụ công trực tuyến toàn trình, đạt 59,4%.\n")
    assert [(t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [(1102, "count"), (59.4, "percent")]


def test_a_line_that_asks_names_no_indicator_and_the_provinces_city_is_a_scope():
    doc = extract("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 07/CT-UBND\nCHỈ THỊ\nVề thanh toán trực tuyến năm 2025\n"
                  "Chủ tịch UBND tỉnh yêu cầu:\n"
                  "1. Các sở, ban, ngành bảo đảm tỷ lệ thanh toán trực tuyến đạt tối thiểu 50%.\n"
                  "2. UBND các huyện bảo đảm tỷ lệ thanh toán trực tuyến đạt tối thiểu 40%; riêng thành phố Lào Cai "
                  "đạt tối thiểu 55%.\n")
    assert [(t["indicator"]["text"], t["level"], t["scope"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("tỷ lệ thanh toán trực tuyến", "province", None, 50), ("tỷ lệ thanh toán trực tuyến", "district", None, 40),
        ("tỷ lệ thanh toán trực tuyến", "district", "thành phố Lào Cai", 55)]


def test_comparison_signs_are_operators():
    doc = extract("Kế hoạch năm 2025 của huyện Mèo Vạc\nTỷ lệ hồ sơ trực tuyến > 60%; tỷ lệ hồ sơ trễ hạn < 2%; "
                  "tỷ lệ số hóa ≥ 80%.\n")
    assert [(t["threshold"]["operator"], t["threshold"]["value"]) for t in doc["targets"]] == [(">", 60), ("<", 2), (">=", 80)]
    assert all(">" not in t["indicator"]["text"] for t in doc["targets"])


def test_a_year_in_brackets_after_each_figure_is_its_year():
    doc = extract("Kế hoạch chuyển đổi số giai đoạn 2026-2028 của tỉnh Hòa Bình\n"
                  "Tỷ lệ thanh toán trực tuyến đạt 45% (năm 2026), 55% (năm 2027) và 65% (năm 2028).\n")
    assert [(t["threshold"]["value"], t["year"]) for t in doc["targets"]] == [(45, 2026), (55, 2027), (65, 2028)]


def test_a_bare_year_label_before_a_figure_gives_its_year():
    doc = extract("Kế hoạch chuyển đổi số giai đoạn 2026-2028 của tỉnh Hòa Bình\n"
                  "Tỷ lệ thanh toán trực tuyến: 2026: 45%; 2027: 55%; 2028: 65%.\n")
    assert [(t["threshold"]["value"], t["year"]) for t in doc["targets"]] == [(45, 2026), (55, 2027), (65, 2028)]


def test_levels_in_brackets_after_each_figure_are_its_levels():
    doc = extract("Kế hoạch số hóa hồ sơ năm 2025 của tỉnh Yên Bái\n"
                  "Tỷ lệ hồ sơ được số hóa: ≥ 85% (cấp tỉnh), ≥ 70% (cấp huyện, cấp xã).\n"
                  "Tỷ lệ thanh toán trực tuyến đạt 40% (các sở, ngành) và 30% (UBND các xã).\n")
    assert [(t["threshold"]["value"], t["level"]) for t in doc["targets"]] == [
        (85, "province"), (70, "district"), (70, "commune"), (40, "province"), (30, "commune")]


def test_a_change_told_right_after_a_figure_is_no_row_in_a_plan_or_a_report():
    plan = extract("Kế hoạch chuyển đổi số năm 2025 của huyện Bảo Lâm\n"
                   "Tỷ lệ người dân có tài khoản định danh điện tử đạt 80%, tăng 15% so với năm 2024.\n"
                   "Tỷ lệ hồ sơ trực tuyến đạt 60%, giảm 30% thời gian đi lại của người dân.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"]) for t in plan["targets"]] == [
        ("Tỷ lệ người dân có tài khoản định danh điện tử", 80), ("Tỷ lệ hồ sơ trực tuyến", 60),
        ("giảm thời gian đi lại của người dân", 30)]
    report = extract("Báo cáo kết quả chuyển đổi số năm 2024 của huyện Bảo Lâm\n"
                     "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 52,5% (tăng 12,1%); chỉ số chuyển đổi số đạt "
                     "0,61 điểm (tăng 0,08 điểm so với năm 2023).\n")
    assert [(t["threshold"]["value"], t["kind"]) for t in report["targets"]] == [(52.5, "result"), (0.61, "result")]


def test_a_group_of_an_index_is_named_not_set_and_units_over_a_score_are_counted():
    doc = extract("Kon Tum: kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý III/2024\n"
                  "Quý III/2024, nhóm chỉ tiêu Tiến độ giải quyết đạt 18,6/20 điểm; chỉ tiêu thành phần "
                  "Thanh toán trực tuyến đạt 6,9/10 điểm.\n"
                  "Khối sở, ngành có 4 đơn vị đạt trên 90 điểm gồm: Sở Tư pháp, Sở Nội vụ, Sở Y tế và Sở Tài chính.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["threshold"]["operator"], t["kind"], t["level"])
            for t in doc["targets"]] == [
        ("nhóm chỉ tiêu Tiến độ giải quyết", 18.6, "=", "result", None),
        ("chỉ tiêu thành phần Thanh toán trực tuyến", 6.9, "=", "result", None),
        ("đơn vị đạt trên 90 điểm", 4, "=", "result", "province")]


def test_the_index_a_source_lead_in_names_is_what_the_units_after_it_scored():
    doc = extract("Tin tức: công bố điểm cải cách hành chính\nCập nhật 12/4/2024\n"
                  "Theo kết quả thẩm định Chỉ số CCHC năm 2023 theo Quyết định số 1250/QĐ-UBND ngày 2/4/2024, "
                  "huyện Đăk Hà đạt 84,3 điểm, huyện Sa Thầy đạt 80,6 điểm.\n"
                  "Tỷ lệ hồ sơ trực tuyến theo Kế hoạch số 45/KH-UBND đạt 51,2%.\n")
    assert [(t["indicator"]["text"], t["scope"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Chỉ số CCHC", "huyện Đăk Hà", "district", 84.3), ("Chỉ số CCHC", "huyện Sa Thầy", "district", 80.6),
        ("Tỷ lệ hồ sơ trực tuyến", None, None, 51.2)]


def test_a_decimal_an_index_reaches_with_no_unit_is_its_value_in_points():
    doc = extract("Báo cáo kết quả chuyển đổi số năm 2023 của tỉnh Hà Giang\n"
                  "Chỉ số chuyển đổi số (DTI) của tỉnh năm 2023 đạt 0,4718, xếp hạng 41/63. Chỉ số PAPI là 40,26, "
                  "thuộc nhóm thấp nhất.\n"
                  "Tỷ lệ hộ có điện thoại thông minh đạt 76,5, cao nhất từ trước đến nay.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("Chỉ số chuyển đổi số (DTI)", 0.4718, "point"), ("Chỉ số chuyển đổi số (DTI)", 41, "rank"),
        ("Chỉ số PAPI", 40.26, "point")]


def test_a_plan_against_result_table_gives_no_row_for_its_comparison_column_and_skips_the_unit_column():
    doc = extract("ỦY BAN NHÂN DÂN HUYỆN NA HANG\nSố: 88/BC-UBND\nNa Hang, ngày 08 tháng 12 năm 2023\nBÁO CÁO\n"
                  "Kết quả thực hiện các chỉ tiêu cải cách hành chính năm 2023\n"
                  "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2023 | Thực hiện năm 2023 | So sánh (%) |\n"
                  "| 1 | Tỷ lệ hồ sơ trực tuyến | % | 50 | 56,4 | 112,8 |\n"
                  "| 2 | Số hộ kinh doanh dùng hóa đơn điện tử | Hộ kinh doanh | 300 | 276 | 92 |\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ trực tuyến", 50, "target"), ("Tỷ lệ hồ sơ trực tuyến", 56.4, "result"),
        ("Số hộ kinh doanh dùng hóa đơn điện tử", 300, "target"),
        ("Số hộ kinh doanh dùng hóa đơn điện tử", 276, "result")]


def test_news_ranking_provinces_scores_each_unit_on_the_index_not_on_its_average():
    doc = extract("Công bố Chỉ số hài lòng năm 2024: Bình Dương đứng đầu\n"
                  "Sáng 20/4/2025, Bộ Nội vụ công bố Chỉ số SIPAS năm 2024.\n"
                  "Giá trị trung bình Chỉ số SIPAS năm 2024 của cả nước đạt 83,38%. Bình Dương dẫn đầu với 90,12%, "
                  "Long An xếp thứ hai với 89,70%, thứ ba là Hà Tĩnh với 89,05%. Sơn La có chỉ số thấp nhất, đạt 77,43%.\n"
                  "Đối với các bộ, giá trị trung bình đạt 80,1%.\n")
    assert doc["jurisdiction"] is None or doc["jurisdiction"]["name"] != "Bình Dương"
    assert [(t["indicator"]["text"], t["scope"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("Giá trị trung bình Chỉ số SIPAS", None, 83.38, "percent"),
        ("Chỉ số SIPAS", "Bình Dương", 90.12, "percent"),
        ("Chỉ số SIPAS", "Long An", 2, "rank"), ("Chỉ số SIPAS", "Long An", 89.70, "percent"),
        ("Chỉ số SIPAS", "Hà Tĩnh", 3, "rank"), ("Chỉ số SIPAS", "Hà Tĩnh", 89.05, "percent"),
        ("Chỉ số SIPAS", "Sơn La", 77.43, "percent"),
        ("Giá trị trung bình Chỉ số SIPAS", None, 80.1, "percent")]


def test_a_level_as_the_label_of_an_item_under_an_indicator_gives_the_level():
    doc = extract("KẾ HOẠCH\nCải cách hành chính năm 2022 của huyện Mỹ Xuyên\nII. CHỈ TIÊU\n"
                  "1. Tỷ lệ hồ sơ được số hóa:\n- Cấp huyện: tối thiểu 70%;\n- Cấp xã: tối thiểu 50%.\n"
                  "2. Tỷ lệ thanh toán trực tuyến: UBND cấp huyện: 40%; UBND cấp xã: 25%.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ được số hóa", "district", 70), ("Tỷ lệ hồ sơ được số hóa", "commune", 50),
        ("Tỷ lệ thanh toán trực tuyến", "district", 40), ("Tỷ lệ thanh toán trực tuyến", "commune", 25)]


def test_work_placed_at_the_documents_own_level_keeps_that_level():
    doc = extract("Kế hoạch chuyển đổi số năm 2024 của tỉnh Cà Mau\n"
                  "Phấn đấu 100% hồ sơ công việc tại cấp tỉnh và 90% hồ sơ công việc tại cấp xã được xử lý "
                  "trên môi trường mạng.\n")
    assert [(t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [("province", 100), ("commune", 90)]


def test_the_share_of_targets_met_sets_nothing_for_the_clauses_after_it():
    doc = extract("Báo cáo kết quả cải cách hành chính năm 2023 của huyện Đầm Dơi\n"
                  "Các xã hoàn thành 100% chỉ tiêu được giao; tỷ lệ hồ sơ số hóa đạt 85,2%.\n")
    assert [(t["threshold"]["value"], t["kind"], t["threshold"]["operator"]) for t in doc["targets"]
            if t["threshold"]["value"] == 85.2] == [(85.2, "result", "=")]


def test_a_target_quoted_in_brackets_after_a_result_is_the_same_indicators_target():
    doc = extract("Báo cáo kết quả chuyển đổi số năm 2024 của tỉnh Ninh Thuận\n"
                  "Tỷ lệ hồ sơ trực tuyến đạt 48,6%, cao hơn 8,6% so với chỉ tiêu được giao (40%); "
                  "tỷ lệ số hóa kết quả đạt 55%, chưa đạt kế hoạch (70%).\n"
                  "Lũy kế đến ngày 31/12/2024, toàn tỉnh đã tiếp nhận 12.450 hồ sơ trực tuyến.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ trực tuyến", 48.6, "result"), ("Tỷ lệ hồ sơ trực tuyến", 40, "target"),
        ("tỷ lệ số hóa kết quả", 55, "result"), ("tỷ lệ số hóa kết quả", 70, "target"),
        ("hồ sơ trực tuyến tiếp nhận", 12450, "result")]


def test_units_counted_in_brackets_after_a_share_are_an_aside_with_a_row_of_their_own():
    doc = extract("Báo cáo kết quả xây dựng nông thôn mới năm 2023 của huyện Phong Điền\n"
                  "Đến cuối năm 2023, có 100% (14/14) xã có trạm y tế đạt chuẩn; 85,7% xã (12/14 xã) có chợ "
                  "đạt chuẩn và 78,6% (11/14 xã) hoàn thành tiêu chí môi trường.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("xã có trạm y tế đạt chuẩn", "commune", 100, "percent"), ("xã có trạm y tế đạt chuẩn", "commune", 14, "count"),
        ("xã có chợ đạt chuẩn", "commune", 85.7, "percent"), ("xã có chợ đạt chuẩn", "commune", 12, "count"),
        ("xã hoàn thành tiêu chí môi trường", "commune", 78.6, "percent"),
        ("xã hoàn thành tiêu chí môi trường", "commune", 11, "count")]


def test_a_count_labelled_before_its_units_is_named_by_the_label_and_its_share_by_the_units():
    doc = extract("Báo cáo kết quả xây dựng nông thôn mới năm 2023 của huyện Hòa Vang\n"
                  "Hiện nay, tổng số xã đạt chuẩn nông thôn mới nâng cao là 5/11 xã, chiếm 45,5%.\n"
                  "Số đơn vị hoàn thành chuyển đổi số đạt 9/11 đơn vị.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("tổng số xã đạt chuẩn nông thôn mới nâng cao", 5), ("tỷ lệ xã đạt chuẩn nông thôn mới nâng cao", 45.5),
        ("Số đơn vị hoàn thành chuyển đổi số", 9)]
    assert doc["targets"][0]["level"] == doc["targets"][1]["level"] == "commune"


def test_a_headline_rounding_a_body_figure_is_no_row_and_the_action_after_da_names_the_count():
    doc = extract("Cổng dịch vụ công tỉnh: năm 2024 tiếp nhận gần 300 nghìn hồ sơ trực tuyến\n"
                  "Trong năm 2024, Cổng đã tiếp nhận 291.380 hồ sơ trực tuyến, tăng 20% so với năm 2023.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("hồ sơ trực tuyến tiếp nhận", 291380)]


def test_the_items_of_an_article_assigning_targets_to_levels_take_those_levels():
    doc = extract("ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 210/QĐ-UBND\nQUYẾT ĐỊNH\nGiao chỉ tiêu chuyển đổi số năm 2025\n"
                  "Điều 1. Giao chỉ tiêu chuyển đổi số năm 2025 cho các sở, ban, ngành và UBND các huyện, "
                  "thành phố như sau:\n"
                  "1. Tỷ lệ kích hoạt tài khoản định danh điện tử đạt tối thiểu 85% số công dân từ đủ 14 tuổi trở lên.\n"
                  "2. 100% các sở, ban, ngành, UBND các huyện, thành phố tiếp nhận hồ sơ trực tuyến toàn trình "
                  "đối với 25 dịch vụ công thiết yếu.\n"
                  "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")
    assert [(t["indicator"]["text"][:40], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ kích hoạt tài khoản định danh điện", "province", 85),
        ("Tỷ lệ kích hoạt tài khoản định danh điện", "district", 85),
        ("sở, ban, ngành, UBND các huyện, thành ph", "province", 100),
        ("sở, ban, ngành, UBND các huyện, thành ph", "district", 100)]


def test_plan_and_result_columns_under_a_year_spanning_both_keep_their_roles():
    doc = extract("ỦY BAN NHÂN DÂN HUYỆN LẠC DƯƠNG\nSố: 77/BC-UBND\nBÁO CÁO\n"
                  "Kết quả thực hiện các chỉ tiêu chuyển đổi số năm 2024\n"
                  "| STT | Chỉ tiêu | Năm 2024 | Năm 2024 |\n| | | Kế hoạch | Thực hiện |\n"
                  "| 1 | Tỷ lệ hồ sơ trực tuyến (%) | 45 | 51,3 |\n| 2 | Tỷ lệ thanh toán trực tuyến (%) | 40 | 36,2 |\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ trực tuyến", 45, "target", 2024), ("Tỷ lệ hồ sơ trực tuyến", 51.3, "result", 2024),
        ("Tỷ lệ thanh toán trực tuyến", 40, "target", 2024), ("Tỷ lệ thanh toán trực tuyến", 36.2, "result", 2024)]


def test_a_headline_opening_with_a_capitalised_district_names_the_jurisdiction():
    doc = extract("Huyện Tánh Linh đẩy mạnh chuyển đổi số\nThứ Sáu, 20/12/2024\n"
                  "Năm 2024, tỷ lệ hồ sơ trực tuyến của huyện đạt 52,3%.\n")
    assert doc["jurisdiction"] == {"name": "Tánh Linh", "level": "district"}
    header = extract("UBND TỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\nKẾ HOẠCH\nChuyển đổi số năm 2025\n"
                     "Tỷ lệ hồ sơ trực tuyến đạt 60%.\n")
    assert header["jurisdiction"] == {"name": "Lâm Đồng", "level": "province"}


def test_words_that_only_lead_in_are_no_action_of_a_count():
    doc = extract("Báo cáo kết quả chuyển đổi số năm 2023 của tỉnh Phú Thọ\n"
                  "Năm 2023, toàn tỉnh có 225/225 xã, phường, thị trấn triển khai thanh toán trực tuyến.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("xã, phường, thị trấn triển khai thanh toán trực tuyến", "commune", 225)]


def test_the_line_under_the_acts_type_is_its_title_in_full_and_a_date_stamp_is_not_part_of_a_headline():
    plan = extract("ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 33/KH-UBND\nKon Tum, ngày 28 tháng 12 năm 2023\nKẾ HOẠCH\n"
                   "THỰC HIỆN ĐỀ ÁN 06 TRÊN ĐỊA BÀN TỈNH\nNĂM 2024\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
                   "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 60%.\n")
    assert plan["title"] == "THỰC HIỆN ĐỀ ÁN 06 TRÊN ĐỊA BÀN TỈNH NĂM 2024"
    news = extract("Kon Tum: kết quả cải cách hành chính 9 tháng\n10/10/2024 08:00\n"
                   "Trong 9 tháng đầu năm 2024, tỷ lệ hồ sơ đúng hạn đạt 98,5%.\n")
    assert news["title"] == "Kon Tum: kết quả cải cách hành chính 9 tháng"


def test_levels_closing_the_words_after_a_figure_are_its_levels():
    doc = extract("Kế hoạch cải cách hành chính năm 2025 của tỉnh Hậu Giang\n"
                  "Tối thiểu 85% hồ sơ được số hóa đối với cấp tỉnh; 70% đối với cấp huyện.\n"
                  "100% TTHC được công khai đối với các sở, ngành và 95% đối với UBND cấp xã.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("hồ sơ được số hóa", "province", 85), ("hồ sơ được số hóa", "district", 70),
        ("TTHC được công khai", "province", 100), ("TTHC được công khai", "commune", 95)]


def test_a_predicate_after_the_last_figure_of_a_list_of_levels_names_them_all():
    doc = extract("Kế hoạch chuyển đổi số năm 2025 của tỉnh Sóc Trăng\n"
                  "Phấn đấu cấp tỉnh đạt 100%, cấp huyện đạt 90%, cấp xã đạt 80% hồ sơ công việc được xử lý "
                  "trên môi trường mạng.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("hồ sơ công việc được xử lý trên môi trường mạng", "province", 100),
        ("hồ sơ công việc được xử lý trên môi trường mạng", "district", 90),
        ("hồ sơ công việc được xử lý trên môi trường mạng", "commune", 80)]


def test_a_report_period_written_as_two_dates_gives_the_year_it_ends_in():
    doc = extract("Báo cáo kết quả giải quyết thủ tục hành chính của huyện Mỹ Tú\n"
                  "Kỳ báo cáo từ ngày 15/12/2023 đến ngày 14/12/2024, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%.\n")
    assert [(t["threshold"]["value"], t["year"], t["kind"]) for t in doc["targets"]] == [(98.6, 2024, "result")]


def test_columns_named_for_points_and_standings_give_their_bare_numbers_those_units():
    doc = extract("Kết quả đánh giá chất lượng phục vụ của tỉnh Đắk Nông qua các quý\n"
                  "| Kỳ đánh giá | Điểm | Xếp hạng |\n| Quý I/2024 | 78,4 | 40 |\n| Quý II/2024 | 82,9 | 29 |\n")
    assert [(t["indicator"]["text"], t["scope"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("Điểm", "Quý I/2024", 78.4, "point"), ("Xếp hạng", "Quý I/2024", 40, "rank"),
        ("Điểm", "Quý II/2024", 82.9, "point"), ("Xếp hạng", "Quý II/2024", 29, "rank")]


def test_a_rate_rising_from_one_year_to_the_next_gives_both_years_results():
    doc = extract("Báo cáo kết quả chuyển đổi số của tỉnh Tây Ninh\n"
                  "Tỷ lệ hồ sơ trực tuyến tăng từ 41,5% năm 2022 lên 63,2% năm 2023.\n")
    assert [(t["indicator"]["text"], t["threshold"]["operator"], t["threshold"]["value"], t["year"]) for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ trực tuyến", "=", 41.5, 2022), ("Tỷ lệ hồ sơ trực tuyến", "=", 63.2, 2023)]


def test_a_change_of_standing_before_a_ranked_group_is_no_part_of_the_indicator():
    doc = extract("Kế hoạch cải cách hành chính năm 2025 của tỉnh Bến Tre\n"
                  "Chỉ số CCHC của tỉnh tăng ít nhất 3 bậc, thuộc nhóm 30 tỉnh, thành phố dẫn đầu cả nước.\n")
    assert [(t["indicator"]["text"], t["threshold"]["operator"], t["threshold"]["value"], t["threshold"]["unit"])
            for t in doc["targets"]] == [("Chỉ số CCHC", "<=", 30, "rank")]


def test_news_of_nine_months_names_counts_by_their_action_and_scores_by_the_index_named_first():
    doc = extract("Ninh Bình: kết quả cải cách hành chính 9 tháng năm 2024\nThứ Hai, 07/10/2024 - 15:20\n"
                  "Theo báo cáo, 9 tháng năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 298.120 hồ sơ.\n"
                  "Về Bộ chỉ số 766, điểm của tỉnh trong quý III đạt 84,10/100 điểm, xếp thứ 18/63 tỉnh, thành phố.\n"
                  "Tỷ lệ thanh toán trực tuyến còn thấp (mới đạt 35,2%).\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("tiếp nhận hồ sơ", 298120, "count"), ("Bộ chỉ số 766", 84.1, "point"), ("Bộ chỉ số 766", 18, "rank"),
        ("Tỷ lệ thanh toán trực tuyến", 35.2, "percent")]


def test_a_result_column_named_with_its_part_of_the_year_keeps_its_role():
    doc = extract("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nSố: 190/BC-UBND\nBÁO CÁO\nKết quả chuyển đổi số 6 tháng đầu năm 2024\n"
                  "| STT | Chỉ tiêu | Mục tiêu năm 2024 | Kết quả 6 tháng | Đánh giá |\n"
                  "| 1 | Tỷ lệ hồ sơ trực tuyến | 50% | 41,3% | Chưa đạt |\n")
    assert [(t["threshold"]["value"], t["kind"], t["scope"]) for t in doc["targets"]] == [
        (50, "target", None), (41.3, "result", None)]


def test_a_column_named_with_a_percent_mark_names_the_indicator_of_each_units_row_without_it():
    doc = extract("QUYẾT ĐỊNH\nGiao chỉ tiêu chuyển đổi số năm 2025 cho các huyện của tỉnh Cà Mau\n"
                  "| STT | Đơn vị | Tỷ lệ số hóa hồ sơ (%) |\n| 1 | Huyện Thới Bình | 80 |\n| 2 | Huyện U Minh | 75 |\n")
    assert [(t["indicator"]["text"], t["scope"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("Tỷ lệ số hóa hồ sơ", "Huyện Thới Bình", 80, "percent"), ("Tỷ lệ số hóa hồ sơ", "Huyện U Minh", 75, "percent")]


def test_a_review_of_a_titled_period_reports_on_it_and_does_not_plan_it():
    doc = extract("Tổng kết 5 năm thực hiện chương trình cải cách hành chính giai đoạn 2016-2020\n15/01/2021\n"
                  "Giai đoạn 2016-2020, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh Cà Mau đạt 98,5%.\n")
    assert [(t["threshold"]["value"], t["threshold"]["operator"], t["kind"], t["year"]) for t in doc["targets"]] == [
        (98.5, "=", "result", 2020)]


def test_a_share_in_brackets_after_units_counted_is_an_aside_with_a_row_of_its_own():
    doc = extract("Tin tức: Hà Nam đẩy mạnh chuyển đổi số\n"
                  "Đến hết tháng 9/2024, 100% cơ quan nhà nước các cấp đã kết nối mạng truyền số liệu chuyên dùng.\n"
                  "Năm 2024, có 32/34 phường, xã (đạt 94,1%) hoàn thành chuyển đổi số.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("cơ quan nhà nước các cấp đã kết nối mạng truyền số liệu chuyên dùng", None, 100, "percent"),
        ("phường, xã hoàn thành chuyển đổi số", "commune", 32, "count"),
        ("tỷ lệ phường, xã hoàn thành chuyển đổi số", "commune", 94.1, "percent")]


def test_a_line_opening_with_a_named_unit_and_a_colon_gives_its_figures_that_scope():
    doc = extract("Công khai kết quả giải quyết hồ sơ tháng 11/2024 của tỉnh Gia Lai\n"
                  "- Sở Tư pháp: tiếp nhận 1.234 hồ sơ, giải quyết đúng hạn 1.230 hồ sơ (đạt 99,7%).\n"
                  "- UBND thành phố Pleiku: tiếp nhận 5.210 hồ sơ.\n")
    assert [(t["indicator"]["text"], t["scope"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("tiếp nhận hồ sơ", "Sở Tư pháp", "province", 1234),
        ("giải quyết đúng hạn hồ sơ", "Sở Tư pháp", "province", 1230),
        ("tỷ lệ giải quyết đúng hạn hồ sơ", "Sở Tư pháp", "province", 99.7),
        ("tiếp nhận hồ sơ", "UBND thành phố Pleiku", "district", 5210)]


def test_a_count_of_dossiers_written_with_a_thousands_comma_is_whole():
    doc = extract("Báo cáo kết quả giải quyết hồ sơ năm 2024 của tỉnh Hà Nam\n"
                  "Năm 2024, toàn tỉnh tiếp nhận 12,345 hồ sơ trực tuyến; tỷ lệ đúng hạn đạt 98,765%.\n")
    assert [(t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [(12345, "count"), (98.765, "percent")]


def test_a_line_naming_only_a_unit_before_its_scores_keeps_the_index_named_above():
    doc = extract("QUYẾT ĐỊNH\nPhê duyệt kết quả Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh Đắk Nông\n"
                  "1. Khối sở, ban, ngành:\n- Sở Tư pháp: 91,25 điểm, xếp thứ 1/18;\n- Sở Nội vụ: 89,60 điểm, xếp thứ 2/18.\n")
    assert [(t["indicator"]["text"], t["scope"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Chỉ số cải cách hành chính", "Sở Tư pháp", 91.25), ("Chỉ số cải cách hành chính", "Sở Tư pháp", 1),
        ("Chỉ số cải cách hành chính", "Sở Nội vụ", 89.6), ("Chỉ số cải cách hành chính", "Sở Nội vụ", 2)]


def test_a_deadline_written_as_a_date_gives_its_year_and_is_no_part_of_the_indicator():
    doc = extract("Công văn của UBND tỉnh Bình Dương năm 2024 về dữ liệu hộ tịch\n"
                  "Chậm nhất đến ngày 30/6/2025, 100% UBND cấp xã hoàn thành việc cập nhật dữ liệu hộ tịch.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"], t["year"]) for t in doc["targets"]] == [
        ("UBND cấp xã hoàn thành việc cập nhật dữ liệu hộ tịch", "commune", 100, 2025)]


def test_the_units_a_level_directs_are_the_ones_its_target_binds():
    doc = extract("Công văn của UBND tỉnh Bình Dương năm 2024 về dịch vụ công trực tuyến\n"
                  "Đề nghị UBND các huyện chỉ đạo các xã bảo đảm tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50% "
                  "trong quý IV/2024.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("tỷ lệ hồ sơ trực tuyến", "commune", 50)]


def test_the_documents_own_unit_named_by_its_kind_is_no_action_of_its_figure():
    doc = extract("Báo cáo kết quả cải cách hành chính năm 2023 của tỉnh Bình Định\n"
                  "Theo báo cáo của Sở Nội vụ, năm 2023 tỉnh có 98,5% hồ sơ giải quyết đúng hạn.\n"
                  "Đến cuối năm 2023, có 100% (11/11) huyện có Trung tâm hành chính công.\n")
    assert [t["indicator"]["text"] for t in doc["targets"]] == [
        "hồ sơ giải quyết đúng hạn", "huyện có Trung tâm hành chính công", "huyện có Trung tâm hành chính công"]


def test_a_figure_opening_its_sentence_takes_the_unit_and_the_index_named_after_it():
    doc = extract("Tin tức: Bình Định công bố Chỉ số CCHC năm 2023\n"
                  "Với 92,5 điểm, Sở Tư pháp dẫn đầu khối sở, ngành về Chỉ số CCHC năm 2023.\n")
    assert [(t["indicator"]["text"], t["scope"], t["level"], t["threshold"]["value"], t["year"]) for t in doc["targets"]] == [
        ("Chỉ số CCHC", "Sở Tư pháp", "province", 92.5, 2023)]


def test_a_time_up_to_now_opening_the_words_before_a_count_is_no_action():
    doc = extract("Tin tức: kết quả xây dựng nông thôn mới và thanh toán số ở Hậu Giang\n"
                  "Hiện nay huyện có 45/52 xã đạt chuẩn nông thôn mới.\n"
                  "Đến nay toàn tỉnh có 12.450 hồ sơ cấp phép xây dựng trực tuyến.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"], t["year"]) for t in doc["targets"]] == [
        ("xã đạt chuẩn nông thôn mới", "commune", 45, None),
        ("hồ sơ cấp phép xây dựng trực tuyến", None, 12450, None)]


def test_a_count_is_no_numerator_of_a_rate_that_names_something_else():
    doc = extract("Tin tức: kết quả cải cách hành chính năm 2024 của tỉnh Bắc Giang\n"
                  "Năm 2024, tỉnh đã cung cấp 1.250 dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến đạt 68,4%.\n"
                  "Sở Thông tin và Truyền thông đã tích hợp 1.569 dịch vụ công lên Cổng Dịch vụ công quốc gia, "
                  "chiếm tỷ lệ 82%.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("tỷ lệ hồ sơ trực tuyến", 68.4), ("tích hợp dịch vụ công lên Cổng Dịch vụ công quốc gia", 1569),
        ("tỷ lệ tích hợp dịch vụ công lên Cổng Dịch vụ công quốc gia", 82)]


def test_the_year_of_a_results_part_ends_at_the_next_part_heading():
    doc = extract("UBND HUYỆN ĐỨC LINH\nSố: 30/KH-UBND\nĐức Linh, ngày 10 tháng 01 năm 2024\nKẾ HOẠCH\n"
                  "Chuyển đổi số năm 2024\nI. KẾT QUẢ THỰC HIỆN NĂM 2023\n"
                  "Tỷ lệ hồ sơ trực tuyến của huyện đạt 48,5%.\nII. MỤC TIÊU\n1. Mục tiêu cụ thể\n"
                  "a) Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%.\nb) 100% kết quả giải quyết TTHC được số hóa.\n")
    assert [(t["threshold"]["value"], t["year"], t["kind"]) for t in doc["targets"]] == [
        (48.5, 2023, "result"), (60, 2024, "target"), (100, 2024, "target")]


def test_a_rate_over_a_base_right_after_a_count_is_the_share_of_what_was_counted():
    doc = extract("Báo cáo kết quả triển khai Đề án 06 năm 2023 của huyện Cư Kuin\n"
                  "Năm 2023, Công an huyện đã thu nhận 38.460 hồ sơ cấp tài khoản định danh điện tử, "
                  "đạt 52,7% số công dân từ đủ 14 tuổi.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [
        ("hồ sơ cấp tài khoản định danh điện tử thu nhận", 38460, "result"),
        ("tỷ lệ hồ sơ cấp tài khoản định danh điện tử thu nhận", 52.7, "result")]


def test_a_bound_that_defines_a_group_of_people_sets_no_target():
    doc = extract("Báo cáo kết quả triển khai Đề án 06 năm 2023 của huyện Cư Kuin\n"
                  "Năm 2023, huyện có 61,4% công dân từ 14 tuổi trở lên kích hoạt tài khoản định danh điện tử.\n")
    assert [(t["indicator"]["text"], t["threshold"]["operator"], t["threshold"]["value"], t["kind"], t["year"])
            for t in doc["targets"]] == [
        ("công dân từ 14 tuổi trở lên kích hoạt tài khoản định danh điện tử", "=", 61.4, "result", 2023)]


def test_an_item_naming_a_group_bound_before_its_colon_heads_its_per_year_figures():
    doc = extract("KẾ HOẠCH\nThực hiện Đề án 06 năm 2024 của huyện Ea Kar\n2. Mục tiêu cụ thể\n"
                  "a) Phấn đấu 100% hồ sơ thủ tục hành chính đủ điều kiện được tiếp nhận trực tuyến.\n"
                  "b) Tỷ lệ người từ 18 tuổi trở lên có chữ ký số cá nhân: năm 2024 tối thiểu 30%, năm 2025 tối thiểu 50%.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["year"]) for t in doc["targets"]][1:] == [
        ("Tỷ lệ người từ 18 tuổi trở lên có chữ ký số cá nhân", 30, 2024),
        ("Tỷ lệ người từ 18 tuổi trở lên có chữ ký số cá nhân", 50, 2025)]


def test_indented_lines_read_like_others_and_their_evidence_points_at_the_source():
    text = ("Báo cáo kết quả cải cách hành chính năm 2023 của huyện Hàm Tân\n"
            "   Trong năm 2023:\n     - Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.\n"
            "     - Tỷ lệ hồ sơ trực tuyến   đạt 45,2%.\n")
    doc = extract(text)
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ giải quyết đúng hạn", 98.5, "result", 2023), ("Tỷ lệ hồ sơ trực tuyến", 45.2, "result", 2023)]
    for t in doc["targets"]:
        ev = t["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]


def test_a_total_written_tong_cong_is_no_scoring_rule_that_mutes_the_table_after_it():
    doc = extract("Tình hình giải quyết hồ sơ của Sở Xây dựng tháng 8/2024\n"
                  "Trong tháng 8/2024, Sở tiếp nhận tổng cộng 1.254 hồ sơ. Kết quả theo lĩnh vực như sau:\n"
                  "Lĩnh vực | Tiếp nhận | Tỷ lệ đúng hạn\nCấp phép xây dựng | 812 | 99,6%\nQuy hoạch | 442 | 100%\n"
                  "Tỷ lệ hồ sơ trực tuyến trong tháng đạt 76,4%.\n")
    assert [t["threshold"]["value"] for t in doc["targets"]] == [1254, 812, 99.6, 442, 100, 76.4]


def test_a_scoring_rule_mutes_its_own_clause_only_and_top_may_be_written_top():
    doc = extract("Tin tức: Bình Thuận công bố Chỉ số CCHC năm 2023\n"
                  "Lãnh đạo tỉnh yêu cầu các sở rà soát những nội dung bị trừ điểm; phấn đấu năm 2024 "
                  "Chỉ số CCHC của tỉnh đạt trên 88%, xếp trong tốp 15 cả nước.\n"
                  "Đơn vị đạt từ 90% trở lên thì được điểm tối đa.\n")
    assert [(t["threshold"]["operator"], t["threshold"]["value"], t["threshold"]["unit"], t["year"])
            for t in doc["targets"]] == [(">", 88, "percent", 2024), ("<=", 15, "rank", 2024)]


def test_a_label_line_naming_results_heads_results_even_in_news_citing_an_older_act():
    doc = extract("HẬU GIANG: KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2023 VÀ NHIỆM VỤ NĂM 2024\n"
                  "Ngày 12/01/2024, Ban Chỉ đạo chuyển đổi số tỉnh tổ chức hội nghị triển khai "
                  "Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ.\n"
                  "Kết quả năm 2023:\n- Tiếp nhận 215.300 hồ sơ trực tuyến.\n"
                  "- 92,4% hồ sơ được số hóa kết quả giải quyết.\n"
                  "Nhiệm vụ năm 2024:\n- Tỷ lệ hồ sơ trực tuyến đạt 60%.\n")
    assert [(t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        (215300, "result", 2023), (92.4, "result", 2023), (60, "target", 2024)]


def test_a_breadcrumb_line_is_no_title_and_a_results_headline_below_it_makes_results():
    doc = extract("SỞ NỘI VỤ TỈNH BÌNH ĐỊNH\nTrang chủ » Tin tức » Cải cách hành chính » Thông báo\n"
                  "Công bố kết quả khảo sát sự hài lòng của người dân năm 2022\n"
                  "Kết quả khảo sát theo Kế hoạch số 45/KH-UBND của UBND tỉnh như sau:\n"
                  "Đơn vị | Chỉ số hài lòng | Xếp hạng\nSở Tư pháp | 91,2% | 1\nSở Xây dựng | 84,5% | 2\n")
    assert doc["title"] == "Công bố kết quả khảo sát sự hài lòng của người dân năm 2022"
    assert {t["kind"] for t in doc["targets"]} == {"result"} and len(doc["targets"]) == 4


def test_ranking_news_names_each_unit_after_its_ranking_words_and_planning_offices_set_nothing():
    doc = extract("Nghệ An công bố kết quả Chỉ số DDCI năm 2023\n"
                  "Đối với khối sở, ban, ngành, điểm bình quân đạt 80,4 điểm. Đơn vị có điểm số cao nhất là "
                  "Sở Kế hoạch và Đầu tư với 88,7 điểm; tiếp đến là Sở Tư pháp 86,2 điểm. "
                  "Một số đơn vị có điểm số thấp như Sở Xây dựng 70,1 điểm.\n")
    assert [(t["scope"], t["level"], t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [
        (None, "province", 80.4, "result"), ("Sở Kế hoạch và Đầu tư", "province", 88.7, "result"),
        ("Sở Tư pháp", "province", 86.2, "result"), ("Sở Xây dựng", "province", 70.1, "result")]
    # the index the title names by its acronym is what each unit scored
    assert {t["indicator"]["text"] for t in doc["targets"][1:]} == {"Chỉ số DDCI"}


def test_a_total_raised_by_units_added_is_the_row_and_the_units_added_are_a_change():
    doc = extract("Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 của tỉnh Kon Tum\n"
                  "Có thêm 6 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn nông thôn mới lên 48 xã.\n"
                  "Năm 2026 có 3 xã được công nhận đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã đạt chuẩn "
                  "nâng cao lên 12 xã.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("tổng số xã đạt chuẩn nông thôn mới", "commune", 48),
        ("xã được công nhận đạt chuẩn nông thôn mới nâng cao", "commune", 3),
        ("tổng số xã đạt chuẩn nâng cao", "commune", 12)]


def test_a_standing_listed_under_a_heading_of_targets_is_a_target():
    doc = extract("NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2026 của tỉnh Đắk Nông\n"
                  "Điều 2. Các chỉ tiêu chủ yếu năm 2026\n"
                  "(12) Tỷ lệ hồ sơ trực tuyến toàn trình đạt 55%.\n"
                  "(13) Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) nằm trong top 25 cả nước.\n")
    assert [(t["threshold"]["operator"], t["threshold"]["value"], t["threshold"]["unit"], t["kind"])
            for t in doc["targets"]] == [(">=", 55, "percent", "target"), ("<=", 25, "rank", "target")]


def test_a_table_row_naming_only_a_level_gives_that_level_to_its_cells():
    doc = extract("QUYẾT ĐỊNH\nGiao chỉ tiêu chuyển đổi số năm 2024 của tỉnh Ninh Thuận\n"
                  "STT | Cơ quan, đơn vị | Tỷ lệ hồ sơ trực tuyến (%) | Tỷ lệ thanh toán trực tuyến (%)\n"
                  "I | Các sở, ban, ngành tỉnh | 70 | 50\nII | UBND cấp huyện | 55 | 40\nIII | UBND cấp xã | 40 | 30\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]][2:] == [
        ("Tỷ lệ hồ sơ trực tuyến", "district", 55), ("Tỷ lệ thanh toán trực tuyến", "district", 40),
        ("Tỷ lệ hồ sơ trực tuyến", "commune", 40), ("Tỷ lệ thanh toán trực tuyến", "commune", 30)]


def test_a_column_of_executing_units_gives_each_row_its_levels_and_names_no_indicator():
    doc = extract("KẾ HOẠCH\nCải cách hành chính năm 2023 của huyện Đơn Dương\nPHỤ LỤC\n"
                  "STT | Nội dung chỉ tiêu | Đơn vị thực hiện | Chỉ tiêu năm 2023\n"
                  "1 | Tỷ lệ hồ sơ được số hóa khi tiếp nhận | Bộ phận Một cửa huyện | 100%\n"
                  "2 | Tỷ lệ hồ sơ giải quyết đúng hạn | UBND các xã, thị trấn | ≥ 98%\n"
                  "3 | Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn | UBND huyện và UBND các xã, thị trấn | 100%\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ được số hóa khi tiếp nhận", "district", 100), ("Tỷ lệ hồ sơ giải quyết đúng hạn", "commune", 98),
        ("Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn", "district", 100),
        ("Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn", "commune", 100)]


def test_a_column_of_unit_names_makes_each_row_a_unit_and_a_reached_column_gives_results():
    doc = extract("QUYẾT ĐỊNH\nGiao chỉ tiêu xây dựng nông thôn mới năm 2021 cho các xã của huyện Hướng Hóa\nPHỤ LỤC\n"
                  "STT | Tên xã | Số tiêu chí đạt đến 31/12/2020 | Chỉ tiêu số tiêu chí năm 2021\n"
                  "1 | Tân Hợp | 14 | 17\n2 | Hướng Phùng | 12 | 15\n")
    assert [(t["scope"], t["level"], t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        ("Tân Hợp", "commune", 14, "result", 2020), ("Tân Hợp", "commune", 17, "target", 2021),
        ("Hướng Phùng", "commune", 12, "result", 2020), ("Hướng Phùng", "commune", 15, "target", 2021)]


@pytest.mark.parametrize("unit_head", ["Xã, phường", "Huyện/thị xã", "Tên xã"])
def test_a_caption_names_the_rate_of_a_table_of_units_whose_column_names_only_the_plan(unit_head):
    doc = extract("KẾ HOẠCH\nCải cách hành chính năm 2025 của tỉnh Quảng Trị\n"
                  "PHỤ LỤC II: CHỈ TIÊU TỶ LỆ THANH TOÁN TRỰC TUYẾN CỦA CÁC ĐỊA PHƯƠNG NĂM 2025\n"
                  f"STT | {unit_head} | Chỉ tiêu năm 2025 (%) | Ghi chú\n"
                  "1 | Xã Cam Hiếu | 45 | \n2 | Xã Triệu Phong | 40 | Xã miền núi\n")
    assert [(t["indicator"]["text"], t["scope"], t["threshold"]["value"], t["threshold"]["unit"], t["kind"])
            for t in doc["targets"]] == [
        ("tỷ lệ thanh toán trực tuyến", "Xã Cam Hiếu", 45, "percent", "target"),
        ("tỷ lệ thanh toán trực tuyến", "Xã Triệu Phong", 40, "percent", "target")]
    assert {t["level"] for t in doc["targets"]} == {"commune"}


def test_a_city_of_a_province_in_the_issuers_header_beside_the_motto_is_a_district():
    doc = extract("ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                  "THÀNH PHỐ BẢO LỘC                    Độc lập - Tự do - Hạnh phúc\n"
                  "Số: 88/BC-UBND                       Bảo Lộc, ngày 10 tháng 12 năm 2024\n"
                  "BÁO CÁO\nKết quả cải cách hành chính năm 2024\n"
                  "Thực hiện Công văn của Sở Nội vụ tỉnh Lâm Đồng, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,9%.\n")
    assert doc["jurisdiction"] == {"name": "Bảo Lộc", "level": "district"}
    province = extract("ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       "THÀNH PHỐ ĐÀ NẴNG                    Độc lập - Tự do - Hạnh phúc\n"
                       "KẾ HOẠCH\nChuyển đổi số năm 2025\nTỷ lệ hồ sơ trực tuyến đạt 80%.\n")
    assert province["jurisdiction"] == {"name": "Đà Nẵng", "level": "province"}


def test_an_act_cited_after_a_figure_is_no_indicator_of_it():
    doc = extract("Báo cáo kết quả chuyển đổi số năm 2024 của huyện Lắk\n"
                  "Tỷ lệ thanh toán trực tuyến năm 2025 phải đạt 40% theo Kế hoạch số 21/KH-UBND.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ thanh toán trực tuyến", 40)]


def test_a_plain_line_naming_targets_ends_the_year_of_a_plain_line_of_past_results():
    doc = extract("Cả nước phấn đấu 60% hồ sơ trực tuyến toàn trình trong năm 2025\n"
                  "Thủ tướng vừa ký Quyết định số 118/QĐ-TTg ngày 20/02/2025 ban hành Kế hoạch năm 2025.\n"
                  "Kết quả năm 2024 chưa như kỳ vọng\n"
                  "Năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước mới đạt 41,2%.\n"
                  "Mục tiêu cho từng cấp\n"
                  "Tỷ lệ số hóa hồ sơ tại các bộ, ngành đạt tối thiểu 90%.\n")
    assert [(t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        (60, "target", 2025), (41.2, "result", 2024), (90, "target", 2025)]


def test_a_month_and_a_span_of_dates_before_a_figure_are_times_not_counts_nor_names():
    doc = extract("Báo cáo kết quả cải cách hành chính năm 2025 của phường Tân An\n"
                  "Từ ngày 01/7/2025 đến ngày 30/11/2025, Bộ phận Một cửa phường tiếp nhận 9.214 hồ sơ.\n"
                  "Tháng 10/2025 phường có 6 thủ tục bị trễ hạn, tỷ lệ hồ sơ đúng hạn đạt 99,2%.\n")
    got = [(t["indicator"]["text"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]]
    assert ("Bộ phận Một cửa phường tiếp nhận hồ sơ", 9214, "count") in got
    assert ("tỷ lệ hồ sơ đúng hạn", 99.2, "percent") in got
    assert 10 not in [v for _, v, _ in got]  # "Tháng 10/2025 phường" counts no wards


def test_a_verb_holding_a_rank_word_gives_no_rank():
    doc = extract("Báo cáo kết quả cải cách hành chính năm 2025 của xã Đông Hưng\n"
                  "Xã được thành lập trên cơ sở sắp xếp 4 xã cũ. Năm 2025, xã xếp thứ 9/166 xã, phường của tỉnh.\n")
    assert [(t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [(9, "rank")]


def test_the_own_unit_standing_alone_takes_what_the_heading_over_it_names():
    doc = extract("Báo cáo kết quả cải cách hành chính năm 2025 của tỉnh Ninh Bình\n"
                  "3. Chỉ số hài lòng của người dân, tổ chức\n"
                  "Năm 2025, tỉnh đạt 88,6%, xếp thứ 7/34 tỉnh, thành phố.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Chỉ số hài lòng của người dân", 88.6), ("Chỉ số hài lòng của người dân", 7)]


def test_a_column_of_the_most_points_beside_the_points_reached_is_a_table_of_results():
    doc = extract("Báo cáo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý II/2024 của tỉnh Bình Định\n"
                  "Kết quả theo nhóm chỉ số:\n"
                  "STT | Nhóm chỉ số | Điểm tối đa | Điểm đạt được\n"
                  "1 | Công khai, minh bạch | 18 | 15,40\n2 | Thanh toán trực tuyến | 10 | 7,25\n")
    assert [(t["indicator"]["text"], t["scope"], t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [
        ("Công khai, minh bạch", None, 15.4, "result"), ("Thanh toán trực tuyến", None, 7.25, "result")]
    sheet = extract("Quyết định ban hành Bộ tiêu chí chấm điểm cải cách hành chính năm 2024 của huyện Tuy Phước\n"
                    "STT | Tiêu chí | Điểm tối đa | Cách chấm điểm\n1 | Công khai, minh bạch | 18 | Đủ thì được 18 điểm\n")
    assert sheet["targets"] == []


def test_an_act_cited_in_a_title_is_no_part_of_what_the_title_reports_on():
    doc = extract("UBND TỈNH GIA LAI\nBÁO CÁO\nKết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp ban hành kèm "
                  "theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ quý I năm 2025\n"
                  "Quý I năm 2025, tỉnh Gia Lai đạt 81,25/100 điểm, đứng thứ 17/34 tỉnh, thành phố.\n")
    names = {t["indicator"]["text"] for t in doc["targets"]}
    assert names == {"đánh giá chất lượng phục vụ người dân, doanh nghiệp"}


def test_a_spread_after_a_clause_of_targets_gives_no_rows():
    doc = extract("Kế hoạch chuyển đổi số năm 2026 của tỉnh Đồng Tháp\n"
                  "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ 60% trở lên; các xã còn lại dao động "
                  "trong khoảng 20 - 45%.\n")
    assert [t["threshold"]["value"] for t in doc["targets"]] == [60]


def test_a_result_falling_short_of_a_target_word_is_still_a_result():
    doc = extract("Tin tức chuyển đổi số năm 2024\n"
                  "Quý III/2024: tỷ lệ thanh toán trực tuyến cả nước đạt 51,2%, khối địa phương còn cách xa mục tiêu\n")
    assert [(t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [(51.2, "result")]


def test_figures_in_brackets_after_the_year_compared_are_that_years_results():
    doc = extract("Chỉ số PAPI năm 2024 của tỉnh Nghệ An\n"
                  "Năm 2024, Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh đạt 44,12 điểm, xếp thứ 9/63.\n"
                  "So với năm 2023 (đạt 42,80 điểm, xếp thứ 15/63), tỉnh tăng 1,32 điểm và tăng 6 bậc.\n")
    got = [(t["indicator"]["text"], t["threshold"]["value"], t["year"], t["kind"]) for t in doc["targets"]]
    name = "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh"
    assert got == [(name, 44.12, 2024, "result"), (name, 9, 2024, "result"),
                   (name, 42.8, 2023, "result"), (name, 15, 2023, "result")]


def test_a_grade_after_a_standing_is_of_the_same_indicator():
    doc = extract("Chỉ số PAPI năm 2024 của tỉnh Hà Tĩnh\n"
                  "Năm 2024, Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh đạt 45,02 điểm, xếp thứ 6/63 "
                  "tỉnh, thành phố, thuộc nhóm xếp loại Khá.\n")
    assert {t["indicator"]["text"] for t in doc["targets"]} == {"Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh"}
    assert [t["threshold"]["unit"] for t in doc["targets"]] == ["point", "rank", "grade"]


def test_a_title_in_capitals_going_on_to_next_years_targets_opens_no_part_of_targets():
    doc = extract("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH QUẢNG BÌNH\n"
                  "SỐ LIỆU THỐNG KÊ DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2021\nVÀ CHỈ TIÊU NĂM 2022\n"
                  "1. Hồ sơ trực tuyến\nTỷ lệ hồ sơ trực tuyến của tỉnh đạt 18,4%, tăng đều qua các quý.\n"
                  "Số liệu theo quý như sau:\n"
                  "Kỳ báo cáo | Hồ sơ trực tuyến | Tỷ lệ trực tuyến (%)\nQuý I/2021 | 4.120 | 12,5\nCả năm 2021 | 21.760 | 18,4\n")
    assert doc["title"].endswith("VÀ CHỈ TIÊU NĂM 2022")
    assert {(t["kind"], t["year"]) for t in doc["targets"]} == {("result", 2021)}
    assert [(t["indicator"]["text"], t["scope"]) for t in doc["targets"]][1:4] == [
        ("Hồ sơ trực tuyến", "Quý I/2021"), ("Tỷ lệ trực tuyến", "Quý I/2021"), ("Hồ sơ trực tuyến", None)]


def test_an_index_scale_and_its_grading_bands_give_no_rows():
    doc = extract("Công bố Chỉ số cải cách hành chính năm 2020 của các sở, ngành tỉnh Bình Thuận\n"
                  "Chỉ số được đánh giá trên thang điểm 100, gồm điểm tự đánh giá (65 điểm) và điểm khảo sát (35 điểm). "
                  "Đơn vị đạt từ 80% trở lên được xếp loại Tốt, từ 65% đến dưới 80% xếp loại Khá.\n"
                  "Khối sở, ngành: Sở Tư pháp dẫn đầu với 90,12%.\n"
                  "Khối huyện: Thành phố Phan Thiết tiếp tục dẫn đầu với 85,3%.\n")
    got = [(t["scope"], t["level"], t["threshold"]["value"]) for t in doc["targets"]]
    assert got == [("Sở Tư pháp", "province", 90.12), ("Thành phố Phan Thiết", "district", 85.3)]


def test_a_leading_group_written_out_of_its_total_is_a_standing():
    doc = extract("Kế hoạch chuyển đổi số năm 2026 của tỉnh Quảng Ngãi\n"
                  "- Chỉ số DTI của tỉnh nằm trong nhóm 10/34 tỉnh, thành phố dẫn đầu cả nước.\n")
    assert [(t["threshold"]["operator"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("<=", 10, "rank")]


def test_a_bracket_saying_what_on_time_means_gives_no_row():
    doc = extract("Kế hoạch cải cách hành chính năm 2025 của huyện Đắk Mil\n"
                  "- 100% hồ sơ, thủ tục được giải quyết đúng hạn (không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ).\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("hồ sơ, thủ tục được giải quyết đúng hạn", 100)]


def test_an_item_of_targets_named_for_results_it_measures_stays_a_target_and_loses_its_level_phrase():
    doc = extract("ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG\nSố: 31/KH-UBND\nKẾ HOẠCH\nNâng cao chất lượng phục vụ năm 2025\n"
                  "2. Chỉ tiêu cụ thể\na) Tiến độ, kết quả giải quyết\n"
                  "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%.\nb) Số hóa hồ sơ\n"
                  "- Thực hiện số hóa 100% hồ sơ khi tiếp nhận ở cả 3 cấp tỉnh, huyện, xã.\n")
    got = [(t["indicator"]["text"], t["level"], t["threshold"]["value"], t["kind"]) for t in doc["targets"]]
    assert got == [("Tỷ lệ hồ sơ giải quyết đúng hạn", None, 98, "target")] + [
        ("số hóa hồ sơ khi tiếp nhận", lv, 100, "target") for lv in ("province", "district", "commune")]


def test_a_count_repeating_the_noun_its_label_counts_is_a_row():
    doc = extract("Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026 của tỉnh Sơn La\n"
                  "- Số bác sĩ trên 1 vạn dân đạt 12 bác sĩ; số giường bệnh trên 1 vạn dân đạt 35 giường.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("Số bác sĩ trên 1 vạn dân", 12, "count"), ("số giường bệnh trên 1 vạn dân", 35, "count")]


def test_electronic_identity_accounts_counted_are_a_row():
    doc = extract("Báo cáo kết quả thực hiện Đề án 06 năm 2024 của huyện Yên Thế\n"
                  "Năm 2024, toàn huyện đã kích hoạt 48.215 tài khoản định danh điện tử mức độ 2.\n")
    assert [(t["threshold"]["value"], t["threshold"]["unit"], t["kind"]) for t in doc["targets"]] == [
        (48215, "count", "result")]


def test_a_caption_names_what_plan_and_result_columns_of_units_measure():
    doc = extract("KẾ HOẠCH\nThực hiện Đề án 06 năm 2025 của huyện Hàm Tân\n"
                  "Chỉ tiêu thanh toán không dùng tiền mặt giao cụ thể cho một số xã như sau:\n"
                  "TT | Đơn vị | Kết quả đến 31/12/2024 (%) | Chỉ tiêu năm 2025 (%)\n"
                  "1 | Xã Tân Xuân | 42,5 | 60\n2 | Xã Sơn Mỹ | 38,0 | 55\n")
    assert [(t["indicator"]["text"], t["scope"], t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        ("thanh toán không dùng tiền mặt", "Xã Tân Xuân", 42.5, "result", 2024),
        ("thanh toán không dùng tiền mặt", "Xã Tân Xuân", 60, "target", 2025),
        ("thanh toán không dùng tiền mặt", "Xã Sơn Mỹ", 38, "result", 2024),
        ("thanh toán không dùng tiền mặt", "Xã Sơn Mỹ", 55, "target", 2025)]


def test_a_caption_naming_results_right_over_a_table_beats_a_target_quoted_before_it():
    doc = extract("Hải Dương: tỷ lệ hồ sơ trực tuyến tháng 10/2023 đạt 70%\n"
                  "Mục tiêu Chính phủ đặt ra cho cả nước năm 2023 là 60% hồ sơ được nộp trực tuyến.\n"
                  "Kết quả của 02 đơn vị cao nhất như sau:\n"
                  "Đơn vị | Tỷ lệ hồ sơ trực tuyến (%)\nThành phố Chí Linh | 85,36\nHuyện Nam Sách | 81,02\n")
    rows = [(t["scope"], t["kind"]) for t in doc["targets"] if t["threshold"]["value"] in (85.36, 81.02)]
    assert rows == [("Thành phố Chí Linh", "result"), ("Huyện Nam Sách", "result")]


def test_a_numbered_heading_naming_the_whole_area_ends_the_addressees_levels():
    doc = extract("QUYẾT ĐỊNH\nGiao chỉ tiêu nông thôn mới năm 2022 của huyện Quảng Ninh\n"
                  "Điều 1. Giao chỉ tiêu xây dựng nông thôn mới năm 2022 cho UBND các xã như sau:\n"
                  "1. Chỉ tiêu chung toàn huyện\na) Tỷ lệ hộ nghèo giảm còn dưới 4%.\n"
                  "2. Chỉ tiêu giao cho các xã\na) Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93%.\n")
    # the addressees' level comes back at the next item of the article
    assert [(t["threshold"]["value"], t["level"]) for t in doc["targets"]] == [(4, None), (93, "commune")]


def test_units_counted_under_a_score_bound_are_one_row_each_and_the_bounds_are_no_rows():
    doc = extract("Báo cáo kết quả đánh giá chất lượng phục vụ người dân quý III/2024 của huyện Krông Búk\n"
                  "Trong 12 xã, có 3 xã đạt trên 90 điểm; 7 xã đạt từ 80 đến dưới 90 điểm; 2 xã dưới 80 điểm.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("xã đạt trên 90 điểm", "commune", 3, "count"), ("xã đạt từ 80 đến dưới 90 điểm", "commune", 7, "count"),
        ("xã dưới 80 điểm", "commune", 2, "count")]


def test_the_documents_own_unit_and_an_act_in_brackets_end_no_indicator_and_an_average_over_a_level_is_no_parent():
    doc = extract("Kết quả đánh giá chất lượng phục vụ người dân quý I/2024 của huyện Krông Năng\n"
                  "Trong quý I/2024, điểm đánh giá chất lượng phục vụ người dân, doanh nghiệp "
                  "(theo Quyết định số 766/QĐ-TTg) của UBND huyện Krông Năng đạt 84,1 điểm.\n"
                  "Điểm bình quân cấp xã đạt 82,6 điểm.\n"
                  "- Xã Ea Tóh: 91,3 điểm;\n- Thị trấn Krông Năng: 89,9 điểm.\n")
    rows = [(t["indicator"]["text"], t["scope"], t["threshold"]["value"]) for t in doc["targets"]]
    assert rows[0] == ("điểm đánh giá chất lượng phục vụ người dân, doanh nghiệp", None, 84.1)
    assert rows[2:] == [("điểm đánh giá chất lượng phục vụ người dân, doanh nghiệp", "Xã Ea Tóh", 91.3),
                        ("điểm đánh giá chất lượng phục vụ người dân, doanh nghiệp", "Thị trấn Krông Năng", 89.9)]


def test_a_request_leading_up_to_a_raising_verb_names_what_is_raised_and_a_leading_quarter_is_no_indicator():
    doc = extract("Tin tức: Sơn La sơ kết 6 tháng đầu năm 2024\n"
                  "Chủ tịch UBND tỉnh yêu cầu các sở, ngành và địa phương phấn đấu trong 6 tháng cuối năm 2024 "
                  "đưa tỷ lệ thanh toán trực tuyến của tỉnh đạt từ 50% trở lên.\n"
                  "Văn phòng UBND tỉnh đề nghị các đơn vị rà soát quy trình nội bộ; phấn đấu quý IV/2024 tỷ lệ hồ sơ "
                  "trực tuyến đạt 60%.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [
        ("tỷ lệ thanh toán trực tuyến", 50, "target"), ("tỷ lệ hồ sơ trực tuyến", 60, "target")]


def test_a_standing_among_provinces_names_the_index_after_ve():
    doc = extract("Lào Cai xếp thứ 8/63 tỉnh, thành phố về chỉ số cải cách hành chính năm 2023\nCập nhật: 20/05/2024\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("chỉ số cải cách hành chính", 8, "rank")]


def test_a_note_explaining_maxima_and_a_floor_no_unit_falls_under_give_no_rows():
    doc = extract("THÔNG BÁO\nKết quả đánh giá Bộ chỉ số phục vụ người dân quý III/2024 của tỉnh Bình Dương\n"
                  "Điểm Bộ chỉ số của tỉnh quý III/2024: 86,3 điểm.\n"
                  "(Ghi chú: Công khai, minh bạch - tối đa 18 điểm; Tiến độ giải quyết - tối đa 20 điểm.)\n"
                  "Yêu cầu các đơn vị phấn đấu trong quý IV/2024 tỷ lệ số hóa hồ sơ đạt trên 80%, "
                  "không có đơn vị nào dưới 60%.\n")
    assert [(t["threshold"]["operator"], t["threshold"]["value"]) for t in doc["targets"]] == [("=", 86.3), (">", 80)]


def test_levels_listed_closing_an_indicator_after_o_give_one_row_each_and_without_o_stay_in_it():
    doc = extract("Kế hoạch cải cách hành chính năm 2024 của huyện Đức Hòa\n"
                  "1. Tỷ lệ hồ sơ giải quyết đúng hạn ở cấp huyện, cấp xã đạt từ 98% trở lên.\n"
                  "2. Tỷ lệ văn bản đi được ký số cấp huyện, cấp xã đạt 95%.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ giải quyết đúng hạn", "district", 98), ("Tỷ lệ hồ sơ giải quyết đúng hạn", "commune", 98),
        ("Tỷ lệ văn bản đi được ký số cấp huyện, cấp xã", None, 95)]


def test_a_heading_of_tasks_for_the_next_period_in_a_report_heads_targets():
    doc = extract("BÁO CÁO kết quả cải cách hành chính 6 tháng đầu năm 2024 của UBND xã Tân Lập\n"
                  "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%.\n"
                  "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\n"
                  "1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.\n2. Tỷ lệ hồ sơ trực tuyến đạt trên 60%.\n")
    assert [(t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [(97.2, "result"), (100, "target"), (60, "target")]


def test_units_an_average_is_taken_over_are_no_count_and_no_part_of_its_name_and_o_cap_opens_a_subject():
    doc = extract("Tin tức: Bộ Nội vụ công bố Chỉ số CCHC năm 2023\n"
                  "Năm 2023, giá trị trung bình Chỉ số CCHC của 63 tỉnh, thành phố đạt 87,48%.\n"
                  "Năm 2022, ở cấp huyện, Bộ phận Một cửa đã tiếp nhận 24.617 hồ sơ.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("giá trị trung bình Chỉ số CCHC", None, 87.48), ("tiếp nhận hồ sơ", "district", 24617)]


def test_a_bare_rate_column_beside_plan_and_result_is_the_share_of_the_plan_met():
    doc = extract("Kết quả thực hiện các chỉ tiêu năm 2021 của huyện Châu Thành\n"
                  "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2021 | Thực hiện 2021 | Tỷ lệ (%)\n"
                  "1 | Tỷ lệ lao động qua đào tạo | % | 68 | 68,5 | 100,7\n")
    assert [(t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [(68, "target"), (68.5, "result")]


def test_the_year_before_a_range_opening_with_tu_is_the_figures_and_unnamed_extremes_are_no_rows():
    doc = extract("KẾ HOẠCH giai đoạn 2021 - 2025 của huyện Ea Súp\n"
                  "Tỷ lệ trường đạt chuẩn quốc gia: năm 2023 đạt 55% và năm 2025 đạt từ 65% trở lên.\n"
                  "Năm 2020, tỷ lệ hồ sơ trực tuyến giữa các xã còn chênh lệch, thấp nhất là 8% và cao nhất là 61%.\n")
    assert [(t["threshold"]["value"], t["year"]) for t in doc["targets"]] == [(55, 2023), (65, 2025)]


def test_a_part_heading_named_phan_heads_targets_and_kinds_of_things_are_no_counts():
    doc = extract("BÁO CÁO\nKết quả 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2024 của UBND phường An Khê\n"
                  "Phần I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024\n"
                  "Tỷ lệ trẻ em được tiêm chủng đầy đủ 8 loại vắc xin đạt 97,1%.\n"
                  "Phần II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\n"
                  "1. Tỷ lệ hồ sơ nộp trực tuyến đạt trên 70%.\n"
                  "2. Có thêm 2 tổ dân phố đạt chuẩn văn minh, nâng tổng số lên 14 tổ dân phố.\n")
    # (the units added are a change; the total they raise is the row, named by what the units reach)
    assert [(t["threshold"]["value"], t["threshold"]["unit"], t["kind"]) for t in doc["targets"]] == [
        (97.1, "percent", "result"), (70, "percent", "target"), (14, "count", "target")]
    assert doc["targets"][2]["indicator"]["text"] == "tổ dân phố đạt chuẩn văn minh"


def test_a_national_body_over_its_provincial_branch_gives_the_province_and_a_change_after_a_comma_ends_the_words():
    doc = extract("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH QUẢNG BÌNH\nSố: 15/BC-BHXH\nBÁO CÁO\n"
                  "Kết quả thực hiện nhiệm vụ năm 2023\n"
                  "Tỷ lệ bao phủ BHYT toàn tỉnh đạt 94,8% dân số, vượt 0,3% chỉ tiêu Nghị quyết HĐND tỉnh giao.\n")
    assert doc["jurisdiction"] == {"name": "Quảng Bình", "level": "province"}
    assert [(t["indicator"]["text"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ bao phủ BHYT toàn tỉnh", 94.8)]


def test_an_average_over_a_bloc_is_at_its_level_and_a_range_the_units_vary_over_is_no_row():
    doc = extract("Thông báo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý II/2025 của tỉnh Kon Tum\n"
                  "Quý II/2025, Bộ chỉ số của tỉnh đạt 85,2/100 điểm. Bình quân các sở, ban, ngành đạt 83,1 điểm; "
                  "bình quân UBND cấp xã đạt 78,4 điểm.\nĐiểm số giữa các xã dao động từ 55,6 đến 92,1 điểm.\n")
    assert [(t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        (None, 85.2), ("province", 83.1), ("commune", 78.4)]


def test_a_bracket_of_targets_per_unit_after_a_target_word_gives_targets_of_the_result_before():
    doc = extract("Tin tức: kết quả dịch vụ công trực tuyến năm 2024\n"
                  "Năm 2024, tỷ lệ thanh toán trực tuyến của cả nước đạt 38,2%, thấp hơn chỉ tiêu được giao "
                  "(cả nước 45%, bộ, ngành 60%).\n")
    assert [(t["indicator"]["text"], t["scope"], t["level"], t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [
        ("tỷ lệ thanh toán trực tuyến", None, "national", 38.2, "result"),
        ("tỷ lệ thanh toán trực tuyến", None, "national", 45, "target"),
        ("tỷ lệ thanh toán trực tuyến", "bộ, ngành", "national", 60, "target")]


def test_a_semicolon_inside_brackets_parts_no_clause_and_no_item():
    doc = extract("Kế hoạch thực hiện Đề án 06 năm 2024 của huyện Lắk\n"
                  "d) Tỷ lệ hồ sơ liên thông 02 nhóm thủ tục hành chính (khai sinh - thường trú; khai tử - xóa "
                  "thường trú) thực hiện qua môi trường điện tử đạt 75%.\n")
    assert [(t["indicator"]["text"].split(" (")[0], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ liên thông 02 nhóm thủ tục hành chính", 75)]


def test_petitions_received_and_handled_are_counts_named_by_the_action_not_the_body_reporting():
    doc = extract("Báo cáo kết quả cải cách hành chính quý II/2024 của Sở Xây dựng\n"
                  "Trong quý, Sở tiếp nhận 28 phản ánh, kiến nghị; đã xử lý 27 phản ánh, kiến nghị.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        ("tiếp nhận phản ánh, kiến nghị", 28, "count"), ("xử lý phản ánh, kiến nghị", 27, "count")]


def test_a_sentence_naming_its_own_year_keeps_it_after_a_sentence_of_another_year_on_its_line():
    doc = extract("Báo cáo kết quả cải cách hành chính năm 2021 của huyện Nông Cống\n"
                  "Chỉ số CCHC năm 2020 của huyện đạt 85,1 điểm. Kết quả khảo sát mức độ hài lòng của người dân "
                  "năm 2021 tại huyện đạt 92,7%.\n")
    assert [(t["threshold"]["value"], t["year"]) for t in doc["targets"]] == [(85.1, 2020), (92.7, 2021)]


def test_agencies_and_units_of_the_province_are_its_level():
    doc = extract("Kế hoạch cải cách hành chính năm 2025 của Sở Nội vụ tỉnh Lạng Sơn\n"
                  "Kiểm tra công tác cải cách hành chính tại ít nhất 25% cơ quan, đơn vị cấp tỉnh và 40% UBND cấp huyện.\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Kiểm tra công tác cải cách hành chính", "province", 25), ("Kiểm tra công tác cải cách hành chính", "district", 40)]


def test_a_quoted_request_names_nothing_and_a_level_opening_a_past_paragraph_reports_results():
    doc = extract("Tin tức: huyện Tuy Phong tổng kết công tác năm 2023\n"
                  "Năm 2023, công tác CCHC có nhiều chuyển biến. Ở cấp huyện, Bộ phận Một cửa đã tiếp nhận 18.204 hồ sơ.\n"
                  "Phát biểu kết luận, Chủ tịch UBND huyện yêu cầu: \"Năm 2024, huyện phấn đấu Chỉ số CCHC đạt từ 86% "
                  "trở lên và giữ vững vị trí trong top 5 của tỉnh.\"\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        ("tiếp nhận hồ sơ", "district", 18204, "result", 2023), ("Chỉ số CCHC", None, 86, "target", 2024),
        ("Chỉ số CCHC", None, 5, "target", 2024)]


def test_a_count_bound_inside_the_name_of_a_rate_reported_after_it_is_no_row():
    doc = extract("Báo cáo kết quả thanh toán không dùng tiền mặt năm 2023 của huyện Tam Nông\n"
                  "Năm 2023, tỷ lệ người trưởng thành có từ 2 tài khoản thanh toán trở lên (TK2+) đạt 64,3%.\n")
    assert_rows(doc, [row("tỷ lệ người trưởng thành có từ 2 tài khoản thanh toán trở lên (TK2+)", 64.3,
                          operator="=", year=2023, kind="result")])


def test_units_counted_under_a_bound_defined_with_an_age_keep_the_bound_as_their_state():
    doc = extract("Kế hoạch phòng, chống suy dinh dưỡng trẻ em tỉnh Kon Tum năm 2025\n"
                  "Chỉ tiêu: có ít nhất 8/10 huyện, thành phố đạt tỷ lệ trẻ dưới 5 tuổi được theo dõi tăng trưởng "
                  "từ 95% trở lên.\n")
    assert_rows(doc, [row("huyện, thành phố đạt tỷ lệ trẻ dưới 5 tuổi được theo dõi tăng trưởng từ 95% trở lên", 8,
                          unit="count", level="district", year=2025)])


def test_a_change_after_a_bracketed_target_is_no_row():
    doc = extract("Báo cáo tổng kết công tác dân số năm 2024 của tỉnh Hậu Giang\n"
                  "Năm 2024, tỷ lệ sàng lọc trước sinh đạt 61,2% (chỉ tiêu giao 65%), thấp hơn 3,4% so với năm 2023.\n")
    assert_rows(doc, [row("tỷ lệ sàng lọc trước sinh", 61.2, operator="=", year=2024, kind="result"),
                      row("tỷ lệ sàng lọc trước sinh", 65, year=2024)])


def test_society_and_cooperatives_name_no_commune_nor_does_the_act_an_appendix_is_attached_to_and_a_years_plan_column_counts_no_plans():
    doc = extract("NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2025 của huyện Đức Thọ\n"
                  "PHỤ LỤC\nCÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2025\n"
                  "(Kèm theo Nghị quyết số 27/NQ-HĐND ngày 15/12/2024 của HĐND huyện Đức Thọ)\n"
                  "| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 |\n"
                  "| 1 | Tỷ lệ lao động qua đào tạo | % | 72 |\n"
                  "| 2 | Tỷ lệ hộ nghèo | % | 2,1 |\n"
                  "II. VĂN HÓA - XÃ HỘI\n"
                  "- Tỷ lệ hợp tác xã ứng dụng công nghệ số đạt 40%.\n")
    assert_rows(doc, [row("Tỷ lệ lao động qua đào tạo", 72, year=2025),
                      row("Tỷ lệ hộ nghèo", 2.1, operator="<=", year=2025),
                      row("Tỷ lệ hợp tác xã ứng dụng công nghệ số", 40, year=2025)])


def test_parts_in_a_bracket_after_a_rate_and_bare_parts_listed_after_trong_do_keep_the_rates_name():
    doc = extract("Kế hoạch phát triển giáo dục tỉnh Điện Biên giai đoạn 2021 - 2025\n"
                  "Đến cuối năm 2020, tỷ lệ phòng học kiên cố đạt 71,2% (mầm non 64,5%; tiểu học 70,8%).\n"
                  "Mục tiêu đến năm 2025, tỷ lệ phòng học kiên cố đạt ít nhất 85%, trong đó: mầm non 80%, "
                  "trung học cơ sở 90%.\n")
    name = "tỷ lệ phòng học kiên cố"
    assert_rows(doc, [row(name, 71.2, operator="=", year=2020, kind="result"),
                      row(name, 64.5, operator="=", year=2020, kind="result", scope="mầm non"),
                      row(name, 70.8, operator="=", year=2020, kind="result", scope="tiểu học"),
                      row(name, 85, year=2025),
                      row(name, 80, year=2025, scope="mầm non"),
                      row(name, 90, year=2025, scope="trung học cơ sở")])


def test_a_past_dated_column_of_a_plans_unit_table_reports_and_a_bare_target_column_takes_its_rate():
    doc = extract("KẾ HOẠCH\nPhát triển mạng lưới y tế cơ sở tỉnh Lai Châu giai đoạn 2021 - 2025\n"
                  "Chỉ tiêu cụ thể đối với từng huyện, thành phố:\n"
                  "| STT | Huyện, thành phố | Tỷ lệ trạm y tế đạt chuẩn đến 31/12/2020 (%) | Chỉ tiêu đến năm 2025 (%) |\n"
                  "| 1 | Huyện Tam Đường | 62,5 | 80 |\n"
                  "| 2 | Huyện Sìn Hồ | 48,3 | 70 |\n")
    name = "Tỷ lệ trạm y tế đạt chuẩn"
    assert_rows(doc, [row(name, 62.5, operator="=", level="district", year=2020, kind="result", scope="Huyện Tam Đường"),
                      row(name, 80, level="district", year=2025, scope="Huyện Tam Đường"),
                      row(name, 48.3, operator="=", level="district", year=2020, kind="result", scope="Huyện Sìn Hồ"),
                      row(name, 70, level="district", year=2025, scope="Huyện Sìn Hồ")])


def test_items_under_a_line_setting_next_years_targets_are_its_targets_and_a_councils_term_plans_nothing():
    doc = extract("Ngày 18/12, HĐND thị xã Hương Thủy khóa XIII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp cuối năm 2023.\n"
                  "Năm 2023, tỷ lệ hộ gia đình sử dụng nước sạch đạt 96,4%.\n"
                  "Năm 2024, HĐND thị xã Hương Thủy thống nhất 18 chỉ tiêu chủ yếu về kinh tế, xã hội và môi "
                  "trường, trong đó phấn đấu:\n"
                  "- Tỷ lệ hộ gia đình sử dụng nước sạch đạt 97,5%;\n"
                  "- Tỷ lệ lao động qua đào tạo đạt 78,2%.\n"
                  "Tại kỳ họp, các đại biểu thống nhất cao với báo cáo của UBND thị xã.\n")
    assert_rows(doc, [row("tỷ lệ hộ gia đình sử dụng nước sạch", 96.4, operator="=", year=2023, kind="result"),
                      row("Tỷ lệ hộ gia đình sử dụng nước sạch", 97.5, year=2024),
                      row("Tỷ lệ lao động qua đào tạo", 78.2, year=2024)])


def test_an_appendix_of_the_districts_own_targets_has_no_level():
    doc = extract("ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu kế hoạch năm 2025\n"
                  "Phụ lục I\nCÁC CHỈ TIÊU CHỦ YẾU NĂM 2025 CỦA HUYỆN\n"
                  "| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 |\n"
                  "| 1 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 93 |\n"
                  "| 2 | Tỷ lệ hộ dân dùng nước sạch | % | 98 |\n")
    assert_rows(doc, [row("Tỷ lệ dân số tham gia bảo hiểm y tế", 93, year=2025),
                      row("Tỷ lệ hộ dân dùng nước sạch", 98, year=2025)])


def test_a_paragraph_opening_on_the_year_to_come_sets_that_years_targets_in_news_of_the_year_before():
    doc = extract("HĐND huyện Quỳnh Lưu tổ chức kỳ họp cuối năm 2024\n"
                  "Ngày 20/12/2024, HĐND huyện Quỳnh Lưu tổ chức kỳ họp thường lệ cuối năm.\n"
                  "Năm 2024, tỷ lệ dân số tham gia bảo hiểm y tế đạt 91,3%.\n"
                  "Năm 2025 là năm cuối thực hiện Nghị quyết Đại hội Đảng bộ huyện. HĐND huyện thống nhất "
                  "18 chỉ tiêu chủ yếu, trong đó: tỷ lệ dân số tham gia bảo hiểm y tế đạt 93%; tỷ lệ che phủ "
                  "rừng 42%.\n")
    assert_rows(doc, [row("tỷ lệ dân số tham gia bảo hiểm y tế", 91.3, operator="=", year=2024, kind="result"),
                      row("tỷ lệ dân số tham gia bảo hiểm y tế", 93, year=2025),
                      row("tỷ lệ che phủ rừng", 42, year=2025)])


def test_news_of_a_meeting_deciding_next_years_tasks_reports_results_of_the_year_it_reviews():
    doc = extract("HĐND xã Kỳ Tân tổ chức kỳ họp cuối năm, quyết định nhiệm vụ năm 2026\n"
                  "Sáng 24/12, HĐND xã Kỳ Tân tổ chức kỳ họp thường lệ để đánh giá kết quả thực hiện nhiệm vụ "
                  "năm 2025.\n"
                  "Theo báo cáo của UBND xã, năm 2025 kinh tế của xã tiếp tục phát triển. Tỷ lệ lao động qua "
                  "đào tạo đạt 71,4%.\n"
                  "Bộ phận Một cửa xã đã tiếp nhận 1.204 hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn "
                  "đạt 99,2%.\n")
    assert_rows(doc, [row("Tỷ lệ lao động qua đào tạo", 71.4, operator="=", year=2025, kind="result"),
                      row("hồ sơ thủ tục hành chính tiếp nhận", 1204, unit="count", operator="=", year=2025,
                          kind="result"),
                      row("tỷ lệ giải quyết đúng hạn", 99.2, operator="=", year=2025, kind="result")])


def test_year_columns_of_a_midterm_review_beside_the_target_report_and_an_estimate_column_too():
    doc = extract("UBND TỈNH NINH THUẬN\nSố: 188/BC-UBND          Ninh Thuận, ngày 15 tháng 11 năm 2023\nBÁO CÁO\n"
                  "Sơ kết 3 năm thực hiện các chỉ tiêu môi trường giai đoạn 2021 - 2025\n"
                  "| TT | Chỉ tiêu | Mục tiêu đến năm 2025 | Năm 2021 | Năm 2022 | Ước năm 2023 |\n"
                  "| 1 | Tỷ lệ che phủ rừng (%) | 48 | 46,2 | 46,9 | 47,3 |\n")
    name = "Tỷ lệ che phủ rừng"
    assert_rows(doc, [row(name, 48, year=2025),
                      row(name, 46.2, operator="=", year=2021, kind="result"),
                      row(name, 46.9, operator="=", year=2022, kind="result"),
                      row(name, 47.3, operator="=", year=2023, kind="result")])


def test_the_base_written_after_a_rates_figure_is_not_its_name():
    doc = extract("Báo cáo kết quả thực hiện chính sách bảo hiểm xã hội năm 2022 của tỉnh Hà Nam\n"
                  "Năm 2022, tỷ lệ bao phủ bảo hiểm y tế đạt 92,4% dân số; tỷ lệ lao động trong độ tuổi "
                  "tham gia bảo hiểm xã hội đạt 31,6% lực lượng lao động.\n")
    assert_rows(doc, [row("tỷ lệ bao phủ bảo hiểm y tế", 92.4, operator="=", year=2022, kind="result"),
                      row("tỷ lệ lao động trong độ tuổi tham gia bảo hiểm xã hội", 31.6, operator="=", year=2022,
                          kind="result")])


def test_agencies_named_on_in_lower_case_are_units_and_a_lead_saying_how_many_were_rated_names_nothing():
    doc = extract("Công bố Chỉ số chuyển đổi số năm 2024 của các sở, ban, ngành tỉnh Phú Yên\n"
                  "Năm 2024, có 19 cơ quan được đánh giá, điểm DTI trung bình đạt 0,5872 điểm. Sở Ngoại vụ "
                  "xếp thứ hai với 0,7120 điểm; thấp nhất là Ban Dân tộc với 0,3985 điểm.\n")
    name = "Chỉ số chuyển đổi số"  # the units' scores are of the index the title names
    assert_rows(doc, [row("điểm DTI trung bình", 0.5872, unit="point", operator="=", year=2024, kind="result"),
                      row(name, 2, unit="rank", operator="=", level="province", year=2024, kind="result",
                          scope="Sở Ngoại vụ"),
                      row(name, 0.712, unit="point", operator="=", level="province", year=2024, kind="result",
                          scope="Sở Ngoại vụ"),
                      row(name, 0.3985, unit="point", operator="=", level="province", year=2024, kind="result",
                          scope="Ban Dân tộc")])


def test_schools_villages_and_health_stations_reaching_a_state_are_counted_like_other_units():
    doc = extract("Báo cáo tổng kết năm học 2023 - 2024 của Phòng Giáo dục và Đào tạo huyện Cam Lộ\n"
                  "Năm 2024, toàn huyện có 32/45 trường đạt chuẩn quốc gia; 18/21 thôn đạt chuẩn khu dân cư "
                  "nông thôn mới kiểu mẫu.\n")
    assert_rows(doc, [row("trường đạt chuẩn quốc gia", 32, unit="count", operator="=", year=2024, kind="result"),
                      row("thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu", 18, unit="count", operator="=",
                          year=2024, kind="result")])


def test_an_appendix_of_the_ratings_given_reports_them_though_rating_words_head_it():
    doc = extract("QUYẾT ĐỊNH\nVề việc công bố kết quả đánh giá, xếp loại chất lượng giải quyết thủ tục hành chính "
                  "năm 2021\n"
                  "Điều 2. Giao Sở Nội vụ sử dụng kết quả tại Điều 1 làm căn cứ chấm điểm Chỉ số cải cách hành chính.\n"
                  "Phụ lục\nKẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2021\n"
                  "| STT | Đơn vị | Tỷ lệ giải quyết đúng hạn (%) | Xếp loại |\n"
                  "| 1 | Sở Tư pháp | 99,6 | Tốt |\n"
                  "| 2 | Sở Xây dựng | 95,2 | Khá |\n")
    assert_rows(doc, [row("Tỷ lệ giải quyết đúng hạn", 99.6, operator="=", level="province", year=2021,
                          kind="result", scope="Sở Tư pháp"),
                      row("Xếp loại", "Tốt", unit="grade", operator="=", level="province", year=2021, kind="result",
                          scope="Sở Tư pháp"),
                      row("Tỷ lệ giải quyết đúng hạn", 95.2, operator="=", level="province", year=2021,
                          kind="result", scope="Sở Xây dựng"),
                      row("Xếp loại", "Khá", unit="grade", operator="=", level="province", year=2021, kind="result",
                          scope="Sở Xây dựng")])


def test_a_part_naming_last_years_results_and_next_years_targets_gives_each_sub_part_its_year():
    doc = extract("KẾ HOẠCH\nCải cách hành chính năm 2026 trên địa bàn phường Tân Mai\n"
                  "II. KẾT QUẢ NĂM 2025 VÀ MỤC TIÊU NĂM 2026\n"
                  "1. Kết quả năm 2025\n"
                  "Tỷ lệ hồ sơ trực tuyến đạt 61,3%.\n"
                  "2. Các chỉ tiêu cụ thể\n"
                  "- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70%.\n"
                  "- 100% hồ sơ được số hóa ngay khi tiếp nhận.\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ trực tuyến", 61.3, operator="=", year=2025, kind="result"),
                      row("Tỷ lệ hồ sơ trực tuyến", 70, year=2026),
                      row("hồ sơ được số hóa ngay khi tiếp nhận", 100, year=2026)])


def test_a_reports_table_labelled_chi_tieu_reports_and_a_caption_giving_percent_makes_bare_cells_percentages():
    doc = extract("BÁO CÁO\nKết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2025 của tỉnh Lào Cai\n"
                  "II. KẾT QUẢ GIẢI QUYẾT HỒ SƠ\n"
                  "Bảng 1. Một số chỉ tiêu thành phần tháng 5/2025 (đơn vị tính: %)\n"
                  "| STT | Chỉ tiêu | Cấp tỉnh | Cấp xã |\n"
                  "| 1 | Tỷ lệ hồ sơ trực tuyến | 82,4 | 61,7 |\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ trực tuyến", 82.4, operator="=", level="province", year=2025, kind="result"),
                      row("Tỷ lệ hồ sơ trực tuyến", 61.7, operator="=", level="commune", year=2025, kind="result")])


def test_a_first_column_of_standings_gives_each_unit_its_rank():
    doc = extract("Thông báo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý II năm 2025 của các xã, phường\n"
                  "Bảng 2. Các xã có điểm thấp nhất\n"
                  "| Xếp hạng | Đơn vị | Điểm |\n"
                  "| 101 | Xã Ea Tân | 55,2 |\n"
                  "| 102 | Xã Cư Pui | 52,8 |\n")
    assert_rows(doc, [row("Xếp hạng", 101, unit="rank", operator="=", level="commune", year=2025, kind="result",
                          scope="Xã Ea Tân"),
                      row("Điểm", 55.2, unit="point", operator="=", level="commune", year=2025, kind="result",
                          scope="Xã Ea Tân"),
                      row("Xếp hạng", 102, unit="rank", operator="=", level="commune", year=2025, kind="result",
                          scope="Xã Cư Pui"),
                      row("Điểm", 52.8, unit="point", operator="=", level="commune", year=2025, kind="result",
                          scope="Xã Cư Pui")])


def test_a_report_on_a_period_written_as_two_dates_reports_results_of_its_end_year():
    doc = extract("BÁO CÁO\nSơ kết 06 tháng vận hành Trung tâm Phục vụ hành chính công xã (từ ngày 01/7/2025 "
                  "đến ngày 31/12/2025) và nhiệm vụ năm 2026\n"
                  "I. KẾT QUẢ THỰC HIỆN\n"
                  "Tỷ lệ thanh toán trực tuyến đạt 47,2%; mức độ hài lòng của người dân đạt 94,1%.\n")
    assert_rows(doc, [row("Tỷ lệ thanh toán trực tuyến", 47.2, operator="=", year=2025, kind="result"),
                      row("mức độ hài lòng của người dân", 94.1, operator="=", year=2025, kind="result")])


def test_a_heading_naming_the_town_level_gives_its_items_the_district_level():
    doc = extract("BÁO CÁO\nKết quả thực hiện cơ chế một cửa năm 2022 của thị xã Ninh Hòa\n"
                  "1. Cấp thị xã\n"
                  "- Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 99,3%.\n"
                  "2. Cấp xã\n"
                  "- Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 99,8%.\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", 99.3, operator="=", level="district",
                          year=2022, kind="result"),
                      row("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", 99.8, operator="=", level="commune",
                          year=2022, kind="result")])


def test_levels_after_a_figure_name_nothing_and_a_deadline_quarter_alone_names_no_indicator():
    doc = extract("Thông báo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý II/2025 của tỉnh Gia Lai\n"
                  "1. Các sở, ban, ngành phấn đấu đến hết quý IV/2025 đạt từ 85 điểm trở lên.\n"
                  "2. Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98% ở cả cấp tỉnh và cấp xã.\n")
    assert_rows(doc, [row("Bộ chỉ số phục vụ người dân, doanh nghiệp", 85, unit="point", level="province", year=2025),
                      row("Tỷ lệ hồ sơ giải quyết đúng hạn", 98, operator=">", level="province", year=2025),
                      row("Tỷ lệ hồ sơ giải quyết đúng hạn", 98, operator=">", level="commune", year=2025)])


def test_a_list_of_rating_rules_under_a_line_naming_them_gives_no_rows():
    doc = extract("Quyết định công bố kết quả xếp loại chất lượng giải quyết thủ tục hành chính năm 2022\n"
                  "Năm 2022, tỷ lệ hồ sơ giải quyết đúng hạn của các sở đạt 99,1%.\n"
                  "Tiêu chí xếp loại (theo Quy chế đánh giá của tỉnh):\n"
                  "1. Xuất sắc: tỷ lệ giải quyết đúng hạn đạt 100%;\n"
                  "2. Tốt: tỷ lệ giải quyết đúng hạn từ 98% trở lên.\n"
                  "Kết quả cụ thể: tỷ lệ hồ sơ trực tuyến đạt 31,5%.\n")
    assert_rows(doc, [row("tỷ lệ hồ sơ giải quyết đúng hạn của các sở", 99.1, operator="=", year=2022, kind="result"),
                      row("tỷ lệ hồ sơ trực tuyến", 31.5, operator="=", year=2022, kind="result")])


@pytest.mark.parametrize("ratio", ["So sánh TH/KH (%)", "So KH (%)"])
def test_a_column_comparing_result_with_plan_gives_no_rows_whatever_follows_its_head(ratio):
    doc = extract("BÁO CÁO\nTình hình thực hiện nhiệm vụ năm 2022 và kế hoạch năm 2023 của huyện Si Ma Cai\n"
                  f"| STT | Chỉ tiêu | Kế hoạch năm 2022 | Ước thực hiện năm 2022 | {ratio} |\n"
                  "| 1 | Tỷ lệ lao động qua đào tạo (%) | 52 | 53,1 | 102,1 |\n")
    assert_rows(doc, [row("Tỷ lệ lao động qua đào tạo", 52, year=2022),
                      row("Tỷ lệ lao động qua đào tạo", 53.1, operator="=", year=2022, kind="result")])


def test_an_act_titled_for_the_targets_it_sets_stays_a_plan_and_a_unit_cell_of_days_makes_days():
    doc = extract("QUYẾT ĐỊNH\nGiao chỉ tiêu cải cách hành chính năm 2026 cho các sở, ban, ngành\n"
                  "Điều 1. Giao chỉ tiêu như sau:\n"
                  "1. Chỉ số hài lòng của người dân đạt trên 90%.\n"
                  "Năm 2024, Chỉ số CCHC của tỉnh đạt 88,1%. Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 71,4%; "
                  "tỷ lệ thanh toán trực tuyến đạt 45,2%.\n"
                  "| STT | Chỉ tiêu | ĐVT | Năm 2026 |\n"
                  "| 1 | Thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu | ngày làm việc | ≤ 15 |\n")
    assert_rows(doc, [row("Chỉ số hài lòng của người dân", 90, operator=">", year=2026),
                      row("Chỉ số CCHC", 88.1, operator="=", year=2024, kind="result"),
                      row("tỷ lệ hồ sơ trực tuyến", 71.4, operator="=", year=2025, kind="result"),
                      row("tỷ lệ thanh toán trực tuyến", 45.2, operator="=", year=2025, kind="result"),
                      row("Thời gian cấp Giấy chứng nhận quyền sử dụng đất lần đầu", 15, unit="day", operator="<=",
                          year=2026)])


def test_the_unit_holding_an_extreme_of_a_rate_named_before_it_is_the_rates_scope():
    doc = extract("Báo cáo kết quả thực hiện Đề án 06 năm 2024 của huyện Đắk Hà\n"
                  "Năm 2024, đơn vị có tỷ lệ kích hoạt tài khoản cao nhất là thị trấn Đắk Hà (72,4%), thấp nhất "
                  "là xã Ngọk Réo (41,9%).\n")
    assert_rows(doc, [row("tỷ lệ kích hoạt tài khoản", 72.4, operator="=", level="commune", year=2024, kind="result",
                          scope="thị trấn Đắk Hà"),
                      row("tỷ lệ kích hoạt tài khoản", 41.9, operator="=", level="commune", year=2024, kind="result",
                          scope="xã Ngọk Réo")])


def test_a_table_of_units_is_measured_by_its_labelled_column_a_sibling_or_its_numbered_caption():
    doc = extract("Kết quả đánh giá năng lực cạnh tranh cấp sở, ngành năm 2023 của tỉnh Hòa Bình\n"
                  "Bảng 1. Điểm và thứ hạng PCI cấp sở năm 2023\n"
                  "| STT | Đơn vị | Điểm PCI sở 2023 | Xếp hạng 2023 |\n"
                  "| 1 | Sở Công Thương | 81,20 | 1 |\n"
                  "| 2 | Sở Y tế | 77,45 | 2 |\n"
                  "Bảng 2. Điểm PCI sở của các huyện năm 2022 và năm 2023\n"
                  "| STT | Địa phương | Năm 2022 | Năm 2023 | Tăng/giảm |\n"
                  "| 1 | Huyện Lạc Sơn | 70,15 | 71,02 | +0,87 |\n")
    assert_rows(doc, [row("Điểm PCI sở", 81.2, unit="point", operator="=", level="province", year=2023,
                          kind="result", scope="Sở Công Thương"),
                      row("Điểm PCI sở", 1, unit="rank", operator="=", level="province", year=2023, kind="result",
                          scope="Sở Công Thương"),
                      row("Điểm PCI sở", 77.45, unit="point", operator="=", level="province", year=2023,
                          kind="result", scope="Sở Y tế"),
                      row("Điểm PCI sở", 2, unit="rank", operator="=", level="province", year=2023, kind="result",
                          scope="Sở Y tế"),
                      row("Điểm PCI sở", 70.15, unit="point", operator="=", level="district", year=2022,
                          kind="result", scope="Huyện Lạc Sơn"),
                      row("Điểm PCI sở", 71.02, unit="point", operator="=", level="district", year=2023,
                          kind="result", scope="Huyện Lạc Sơn")])


def test_a_place_opening_a_sentence_gives_its_level_from_a_bracket_or_the_kind_of_unit_closing_it():
    doc = extract("Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2023 của thị xã Hương Trà\n"
                  "Tại Bộ phận Tiếp nhận và Trả kết quả thị xã (cấp thị xã), đã tiếp nhận 4.215 hồ sơ; tỷ lệ "
                  "giải quyết đúng hạn đạt 99,1%.\n"
                  "Tại Trung tâm Phục vụ hành chính công tỉnh, tỷ lệ hồ sơ trực tuyến đạt 62,5%.\n")
    assert_rows(doc, [row("tiếp nhận hồ sơ", 4215, unit="count", operator="=", level="district", year=2023,
                          kind="result"),
                      row("tỷ lệ giải quyết đúng hạn", 99.1, operator="=", level="district", year=2023, kind="result"),
                      row("tỷ lệ hồ sơ trực tuyến", 62.5, operator="=", level="province", year=2023, kind="result")])


def test_a_year_inside_a_bracket_of_figures_speaks_only_for_them():
    doc = extract("Chỉ số hài lòng của tỉnh Phú Yên năm 2023 tăng 6 bậc\n"
                  "Năm 2023, Chỉ số SIPAS của tỉnh đạt 82,4%, xếp thứ 21/63, tăng 6 bậc so với năm trước "
                  "(năm 2022 tỉnh xếp thứ 27/63).\n")
    assert_rows(doc, [row("Chỉ số SIPAS", 82.4, operator="=", year=2023, kind="result"),
                      row("Chỉ số SIPAS", 21, unit="rank", operator="=", year=2023, kind="result"),
                      row("Chỉ số SIPAS", 27, unit="rank", operator="=", year=2022, kind="result")])


def test_a_running_total_in_a_bracket_leaves_the_figures_around_it_to_the_reports_year():
    doc = extract("BÁO CÁO\nKết quả thực hiện Đề án 06 năm 2024 của huyện Tứ Kỳ\n"
                  "Công an huyện thu nhận 2.045 hồ sơ cấp thẻ Căn cước (lũy kế từ năm 2021 đến nay thu nhận "
                  "98.310 hồ sơ). Đã kích hoạt 51.274 tài khoản định danh điện tử.\n")
    assert_rows(doc, [row("hồ sơ cấp thẻ Căn cước", 2045, unit="count", operator="=", year=2024, kind="result"),
                      row("hồ sơ cấp thẻ Căn cước", 98310, unit="count", operator="=", year=None, kind="result"),
                      row("tài khoản định danh điện tử kích hoạt", 51274, unit="count", operator="=", year=2024,
                          kind="result")])


def test_an_index_named_with_its_acronym_goes_by_that_name_and_an_alias_in_a_bracket_wins():
    doc = extract("Chỉ số PAPI năm 2020 của Kon Tum tăng 5 bậc\n"
                  "Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2020 vừa được công bố cho "
                  "thấy Kon Tum đạt 42,6 điểm, xếp thứ 24/63.\n"
                  "Quý IV/2023, kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người "
                  "dân, doanh nghiệp (gọi tắt là Bộ chỉ số 766) của tỉnh đạt 79,3 điểm.\n")
    assert_rows(doc, [row("Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)", 42.6, unit="point",
                          operator="=", year=2020, kind="result"),
                      row("Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)", 24, unit="rank",
                          operator="=", year=2020, kind="result"),
                      row("Bộ chỉ số 766", 79.3, unit="point", operator="=", year=2023, kind="result")])


def test_a_scoring_column_beside_a_rank_column_is_a_table_of_results_not_rules():
    doc = extract("Kết quả Chỉ số CCHC năm 2023 của tỉnh Phú Thọ\n"
                  "| TT | Lĩnh vực | Điểm tối đa | Chỉ số (%) | Xếp hạng |\n"
                  "| 1 | Cải cách thủ tục hành chính | 11,00 | 91,20 | 12 |\n")
    assert_rows(doc, [row("Cải cách thủ tục hành chính", 91.2, operator="=", year=2023, kind="result",
                          scope="Chỉ số (%)"),
                      row("Cải cách thủ tục hành chính", 12, unit="rank", operator="=", year=2023, kind="result",
                          scope="Xếp hạng")])


def test_unnumbered_rows_of_levels_under_a_numbered_criterion_without_figures_give_it_for_each_level():
    doc = extract("KẾ HOẠCH\nThúc đẩy dịch vụ công trực tuyến năm 2024\n"
                  "| STT | Chỉ tiêu | Năm 2024 |\n"
                  "| 1 | Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công |  |\n"
                  "|  | - Khối sở, ban, ngành | 45% |\n"
                  "|  | - Khối địa phương: cấp xã | 30% |\n"
                  "| 2 | Tỷ lệ hồ sơ được số hóa | 80% |\n")
    assert_rows(doc, [row("Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công", 45, level="province", year=2024),
                      row("Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công", 30, level="commune", year=2024),
                      row("Tỷ lệ hồ sơ được số hóa", 80, year=2024)])


def test_a_bare_score_or_rank_column_of_a_table_of_units_takes_the_measure_its_numbered_caption_names():
    doc = extract("Kết quả đánh giá năm 2024\n"
                  "Bảng 2. Điểm Chỉ số chuyển đổi số năm 2024 của một số huyện\n"
                  "| Xếp hạng | Huyện | Tổng điểm (/1000) |\n"
                  "| 1 | Huyện Chư Sê | 612,4 |\n")
    assert_rows(doc, [row("Điểm Chỉ số chuyển đổi số", 612.4, unit="point", operator="=", level="district",
                          year=2024, kind="result", scope="Huyện Chư Sê"),
                      row("Điểm Chỉ số chuyển đổi số", 1, unit="rank", operator="=", level="district", year=2024,
                          kind="result", scope="Huyện Chư Sê")])
    assert {t["indicator"]["text"] for t in doc["targets"]} == {"Điểm Chỉ số chuyển đổi số"}
    # a caption naming only results names no measure
    doc = extract("Kết quả đánh giá năm 2024\n"
                  "Bảng 3. Kết quả của một số xã\n"
                  "| STT | Xã | Điểm |\n"
                  "| 1 | Xã Ia Blang | 55,8 |\n")
    assert [t["indicator"]["text"] for t in doc["targets"]] == ["Điểm"]


def test_a_bare_rate_column_is_named_by_the_numbered_caption_right_above_not_the_paragraph_before_it():
    doc = extract("BÁO CÁO\nKết quả triển khai Đề án 06 năm 2024 của huyện Gia Lộc\n"
                  "Công an huyện thu nhận 2.410 hồ sơ cấp thẻ Căn cước.\n"
                  "Bảng 1. Kết quả kích hoạt tài khoản định danh điện tử tại một số xã, thị trấn\n"
                  "| TT | Đơn vị | Số tài khoản đã kích hoạt | Tỷ lệ (%) |\n"
                  "| 1 | Thị trấn Gia Lộc | 5.120 | 84,6 |\n")
    rates = [t for t in doc["targets"] if t["threshold"]["unit"] == "percent"]
    assert [(t["indicator"]["text"], t["scope"], t["level"]) for t in rates] == \
        [("Tỷ lệ kích hoạt tài khoản định danh điện tử", "Thị trấn Gia Lộc", "commune")]


def test_the_documents_own_unit_by_its_kind_alone_gives_no_scope_and_a_bracket_opening_on_a_level_gives_it():
    doc = extract("BÁO CÁO\nKết quả cải cách hành chính năm 2024 của huyện Quế Sơn\n"
                  "Chỉ số CCHC năm 2023: huyện đạt 84,15%.\n"
                  "Năm 2024, toàn huyện tiếp nhận 21.406 hồ sơ (cấp huyện 6.120 hồ sơ, cấp xã 15.286 hồ sơ).\n")
    assert_rows(doc, [row("Chỉ số CCHC", 84.15, operator="=", year=2023, kind="result"),
                      row("hồ sơ tiếp nhận", 21406, unit="count", operator="=", year=2024, kind="result"),
                      row("hồ sơ tiếp nhận", 6120, unit="count", operator="=", level="district", year=2024,
                          kind="result"),
                      row("hồ sơ tiếp nhận", 15286, unit="count", operator="=", level="commune", year=2024,
                          kind="result")])


def test_a_target_compared_after_a_result_keeps_its_indicator_when_the_act_that_set_it_is_cited():
    doc = extract("Tỷ lệ thanh toán trực tuyến năm 2023 của cả nước\n"
                  "Năm 2023, tỷ lệ hồ sơ thanh toán trực tuyến đạt 38,6%, chưa đạt mục tiêu 45% đặt ra tại Kế "
                  "hoạch hành động năm 2023 của Ủy ban Quốc gia về chuyển đổi số.\n")
    assert_rows(doc, [row("tỷ lệ hồ sơ thanh toán trực tuyến", 38.6, operator="=", year=2023, kind="result"),
                      row("tỷ lệ hồ sơ thanh toán trực tuyến", 45, year=2023)])


def test_a_year_column_naming_its_level_gives_that_level():
    doc = extract("KẾ HOẠCH\nChuyển đổi số năm 2024\n"
                  "| TT | Chỉ tiêu | Kết quả năm 2023 | Chỉ tiêu năm 2024 - Cấp tỉnh | Chỉ tiêu năm 2024 - Cấp xã |\n"
                  "| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | 31,5% | 60% | 40% |\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ trực tuyến toàn trình", 31.5, operator="=", year=2023, kind="result"),
                      row("Tỷ lệ hồ sơ trực tuyến toàn trình", 60, level="province", year=2024),
                      row("Tỷ lệ hồ sơ trực tuyến toàn trình", 40, level="commune", year=2024)])


def test_an_index_named_with_its_year_reports_that_year_whatever_year_leads_the_sentence():
    doc = extract("Kế hoạch cải cách hành chính năm 2026 của Bộ Xây dựng\n"
                  "Năm 2025, Chỉ số cải cách hành chính năm 2024 của Bộ đạt 84,9%, xếp thứ 9/17 bộ, cơ quan ngang bộ; "
                  "tỷ lệ hồ sơ trực tuyến năm 2025 đạt 61,2%.\n")
    years = {(t["threshold"]["value"], t["threshold"]["unit"]): t["year"] for t in doc["targets"]}
    assert years == {(84.9, "percent"): 2024, (9, "rank"): 2024, (61.2, "percent"): 2025}


def test_a_headline_in_capitals_under_a_masthead_gives_way_to_the_body_that_restates_it():
    doc = extract("SỞ CÔNG THƯƠNG TỈNH BẾN TRE                 BẢN TIN CÔNG THƯƠNG\n"
                  "Số 03 - Tháng 4/2022\n"
                  "\n"
                  "            DDCI 2021: SỞ CÔNG THƯƠNG XẾP THỨ 3/20\n"
                  "\n"
                  "   Theo kết quả công bố, Chỉ số DDCI năm 2021 của Sở Công Thương đạt 76,4 điểm, xếp thứ 3/20 sở, "
                  "ngành.\n")
    ranks = [t for t in doc["targets"] if t["threshold"]["unit"] == "rank"]
    assert [(t["indicator"]["text"], t["year"]) for t in ranks] == [("Chỉ số DDCI năm 2021 của Sở Công Thương", 2021)]


def test_bare_cells_of_a_rate_row_or_under_a_caption_ending_in_a_percent_mark_are_percentages():
    doc = extract("KẾ HOẠCH\nNâng cao chất lượng phục vụ năm 2025\n"
                  "Chỉ tiêu năm 2025 theo từng cấp (%)\n"
                  "| TT | Chỉ tiêu | Cấp tỉnh | Cấp xã |\n"
                  "| 1 | Hồ sơ giải quyết đúng hạn | ≥ 98 | ≥ 97 |\n")
    assert_rows(doc, [row("Hồ sơ giải quyết đúng hạn", 98, level="province", year=2025),
                      row("Hồ sơ giải quyết đúng hạn", 97, level="commune", year=2025)])
    doc = extract("KẾ HOẠCH\nNâng cao chất lượng phục vụ năm 2025\n"
                  "| TT | Chỉ tiêu | ĐVT | Năm 2025 |\n"
                  "| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình |  | 60 |\n"
                  "| 2 | Tỷ lệ giường bệnh trên vạn dân | giường | 32 |\n")
    assert [(t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [(60, "percent"), (32, "count")]


def test_a_target_quoted_in_the_paragraph_above_a_caption_does_not_make_the_table_one_of_targets():
    doc = extract("BÁO CÁO\nSơ kết cải cách hành chính 6 tháng đầu năm 2025 của phường An Hải\n"
                  "Từ ngày 15/12/2024 đến ngày 14/6/2025, Trung tâm Phục vụ hành chính công phường đã tiếp nhận "
                  "9.870 hồ sơ, trong đó 8.120 hồ sơ nộp trực tuyến, đạt 82,3% (chỉ tiêu thành phố giao năm 2025 là "
                  "75%); hồ sơ trực tuyến toàn trình chiếm 51,6%; đã giải quyết 9.702 hồ sơ, trong đó trước hạn, "
                  "đúng hạn 9.688 hồ sơ.\n"
                  "Bảng 1. Hồ sơ tiếp nhận theo một số lĩnh vực\n"
                  "| TT | Lĩnh vực | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%) |\n"
                  "| 1 | Hộ tịch | 3.410 | 92,8 |\n")
    table = [t for t in doc["targets"] if t["threshold"]["value"] in (3410, 92.8)]
    assert [t["kind"] for t in table] == ["result", "result"]


def test_a_target_quoted_in_brackets_in_an_earlier_clause_does_not_make_the_next_clause_a_target():
    doc = extract("BÁO CÁO\nKết quả cải cách hành chính năm 2023 của thị xã Kỳ Anh\nI. KẾT QUẢ THỰC HIỆN\n"
                  "Tỷ lệ hồ sơ nộp trực tuyến toàn thị xã đạt 64,2% (chỉ tiêu tỉnh giao năm 2023 là 50%), vượt kế hoạch; trong đó "
                  "cấp thị xã đạt 70,4%, cấp xã đạt 61,8%.\n")
    kinds = {t["threshold"]["value"]: t["kind"] for t in doc["targets"]}
    assert kinds == {64.2: "result", 50: "target", 70.4: "result", 61.8: "result"}


def test_a_lead_ending_in_the_whole_country_gives_its_level_to_every_item_after_the_colon():
    doc = extract("Báo cáo kết quả Bộ chỉ số 766 năm 2024 của Văn phòng Chính phủ\n"
                  "Xét theo nhóm chỉ số, trên phạm vi toàn quốc: tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,8%; tỷ lệ hồ "
                  "sơ được số hóa đạt 41,5%.\n"
                  "Trên phạm vi cả nước, tỷ lệ thanh toán trực tuyến đạt 31,2%.\n")
    assert {t["threshold"]["value"]: t["level"] for t in doc["targets"]} == \
        {96.8: "national", 41.5: "national", 31.2: "national"}


def test_a_level_opening_a_bracket_ends_with_the_bracket():
    doc = extract("BÁO CÁO\nKết quả cải cách hành chính năm 2024 của huyện Quế Sơn\n"
                  "Năm 2024, toàn huyện tiếp nhận 21.406 hồ sơ (cấp huyện 6.120 hồ sơ, cấp xã 15.286 hồ sơ); đã giải "
                  "quyết 21.118 hồ sơ, trong đó đúng hạn 21.020 hồ sơ, đạt 99,54%.\n")
    assert {t["threshold"]["value"]: t["level"] for t in doc["targets"]} == \
        {21406: None, 6120: "district", 15286: "commune", 21118: None, 21020: None, 99.54: None}


def test_a_column_counting_the_procedures_a_unit_holds_gives_no_rows_beside_its_scores():
    doc = extract("Kết quả Bộ chỉ số 766 năm 2024 của các sở, ngành tỉnh Hà Nam\n"
                  "Bảng 1. Điểm Bộ chỉ số 766 năm 2024 của các sở, ngành\n"
                  "| STT | Đơn vị | Số TTHC thuộc thẩm quyền | Tổng số hồ sơ tiếp nhận | Điểm |\n"
                  "| 1 | Sở Tư pháp | 142 | 5.120 | 88,4 |\n")
    assert sorted((t["threshold"]["value"], t["scope"]) for t in doc["targets"]) == \
        [(88.4, "Sở Tư pháp"), (5120, "Sở Tư pháp")]


def test_levels_listed_after_a_colon_keep_the_indicator_before_and_give_their_levels():
    doc = extract("Chỉ thị về nâng cao chất lượng giải quyết thủ tục hành chính năm 2018\n"
                  "Năm 2017, tỷ lệ hồ sơ được giải quyết đúng hạn tại các bộ, ngành đạt 93,1%; tại địa phương, "
                  "trong đó: cấp tỉnh đạt 92,4%, cấp xã đạt 97,2%.\n")
    assert_rows(doc, [row("tỷ lệ hồ sơ được giải quyết đúng hạn", 93.1, operator="=", level="national", year=2017,
                          kind="result"),
                      row("tỷ lệ hồ sơ được giải quyết đúng hạn", 92.4, operator="=", level="province", year=2017,
                          kind="result"),
                      row("tỷ lệ hồ sơ được giải quyết đúng hạn", 97.2, operator="=", level="commune", year=2017,
                          kind="result")])


def test_a_caption_without_a_number_names_a_bare_rate_and_a_target_quoted_in_a_label_sets_no_kind():
    doc = extract("BÁO CÁO\nKết quả thanh toán không dùng tiền mặt năm 2023 của thành phố Hội An\n"
                  "Toàn thành phố có 2.310 hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt, đạt 48,2% tổng số "
                  "hộ kinh doanh trên địa bàn, gần đạt chỉ tiêu Kế hoạch số 95/KH-UBND (50%); tỷ lệ doanh nghiệp nộp "
                  "thuế điện tử đạt 99,1%; tại các chợ, tỷ lệ tiểu thương chấp nhận thanh toán dao động từ 30% đến 60%.\n"
                  "Kết quả theo từng phường, xã như sau:\n"
                  "Bảng: Tỷ lệ hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt năm 2023\n"
                  "| TT | Đơn vị | Tỷ lệ (%) | Đánh giá (chỉ tiêu 50%) |\n"
                  "| 1 | Phường Minh An | 61,3 | Đạt |\n")
    rows = [t for t in doc["targets"] if t["scope"] == "Phường Minh An"]
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["kind"], t["level"]) for t in rows] == \
        [("Tỷ lệ hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt", 61.3, "result", "commune")]


def test_the_items_a_list_of_targets_introduces_in_news_of_results_are_targets():
    doc = extract("Quý II/2024: tỷ lệ thanh toán trực tuyến của cả nước đạt 38,2%\n"
                  "Theo số liệu quý II/2024, tỷ lệ thanh toán trực tuyến của cả nước đạt 38,2%; tỷ lệ hồ sơ trực tuyến "
                  "đạt 46,1%.\n"
                  "Kế hoạch năm 2024 đặt ra 3 chỉ tiêu chính, gồm: tỷ lệ thanh toán trực tuyến đạt 45%; tỷ lệ hồ sơ "
                  "trực tuyến đạt 50%; tỷ lệ hồ sơ được số hóa đạt 60%.\n")
    kinds = {t["threshold"]["value"]: t["kind"] for t in doc["targets"]}
    assert kinds == {38.2: "result", 46.1: "result", 45: "target", 50: "target", 60: "target"}


def test_a_grade_defined_in_brackets_above_a_table_of_results_does_not_make_it_a_table_of_targets():
    doc = extract("THÔNG BÁO\nKết quả chấm điểm chuyển đổi số quý III năm 2025 của các xã, phường\n"
                  "Có 4 xã đạt mức Tốt (từ 85 điểm trở lên).\n"
                  "2. Khối xã, phường\n"
                  "Ba đơn vị đứng đầu:\n"
                  "Đơn vị | Tổng điểm\n"
                  "Xã Phước An | 88,50\n"
                  "Phường Tân Hiệp | 79,25\n")
    units = [(t["scope"], t["threshold"]["value"], t["kind"]) for t in doc["targets"] if t["scope"]]
    assert units == [("Xã Phước An", 88.5, "result"), ("Phường Tân Hiệp", 79.25, "result")]


def test_a_rank_column_beside_a_column_naming_the_index_in_points_takes_its_name():
    doc = extract("Công bố Chỉ số cải cách hành chính năm 2023 của các huyện, thị xã\n"
                  "Kết quả cụ thể như sau:\n"
                  "TT | Đơn vị | Chỉ số CCHC 2023 (điểm) | Xếp hạng | So với năm 2022\n"
                  "1 | Thị xã Ninh Hòa | 88,42 | 1 | +2\n"
                  "2 | Huyện Vạn Ninh | 86,10 | 2 | 0\n")
    got = [(t["indicator"]["text"], t["scope"], t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]]
    assert got == [("Chỉ số CCHC", "Thị xã Ninh Hòa", 88.42, "point"), ("Chỉ số CCHC", "Thị xã Ninh Hòa", 1, "rank"),
                   ("Chỉ số CCHC", "Huyện Vạn Ninh", 86.1, "point"), ("Chỉ số CCHC", "Huyện Vạn Ninh", 2, "rank")]


def test_a_grade_column_names_no_measure_for_the_points_beside_it():
    doc = extract("Kết quả Bộ chỉ số 766 quý II năm 2025 của các sở\n"
                  "Đơn vị | Điểm | Xếp hạng | Xếp loại\n"
                  "Sở Nội vụ | 90,15 | 1 | Tốt\n")
    assert {t["indicator"]["text"] for t in doc["targets"] if t["threshold"]["unit"] != "grade"} == {"Điểm", "Xếp hạng"}


def test_items_after_a_lead_naming_the_parts_of_an_index_are_parts_of_the_row_before():
    doc = extract("Tin cải cách hành chính\n"
                  "Quý II/2024, Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh Bắc Kạn đạt 82,30/100 điểm. "
                  "Ở các nhóm chỉ số thành phần: Công khai, minh bạch đạt 16,5/18 điểm; Mức độ hài lòng đạt 15,9/18 điểm.\n")
    assert [(t["indicator"]["text"], t["scope"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Bộ chỉ số phục vụ người dân, doanh nghiệp", None, 82.3),
        ("Bộ chỉ số phục vụ người dân, doanh nghiệp", "Công khai, minh bạch", 16.5),
        ("Bộ chỉ số phục vụ người dân, doanh nghiệp", "Mức độ hài lòng", 15.9)]
    rates = extract("Tin cải cách hành chính\nNăm 2024, Bộ chỉ số 766 của tỉnh đạt 80 điểm. Theo nhóm chỉ số: "
                    "tỷ lệ hồ sơ trực tuyến đạt 52%; tỷ lệ số hóa đạt 61%.\n")
    assert [t["scope"] for t in rates["targets"]] == [None, None, None]


def test_a_one_stop_office_of_a_level_gives_its_level_and_a_subject_of_bodies_of_several_levels_none():
    doc = extract("Báo cáo kết quả giải quyết thủ tục hành chính quý I năm 2023\n"
                  "1. Bộ phận tiếp nhận và trả kết quả cấp huyện tiếp nhận 1.526 hồ sơ.\n"
                  "2. Bộ phận một cửa các xã, thị trấn tiếp nhận 6.240 hồ sơ.\n"
                  "3. Trong quý, Trung tâm Phục vụ hành chính công tỉnh và Bộ phận một cửa các cấp đã tiếp nhận 48.300 hồ sơ.\n")
    assert [(t["threshold"]["value"], t["level"]) for t in doc["targets"]] == [
        (1526, "district"), (6240, "commune"), (48300, None)]


def test_a_plan_figure_quoted_against_a_result_is_a_target_of_the_results_year():
    doc = extract("BÁO CÁO\nTình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2022 và kế hoạch "
                  "phát triển kinh tế - xã hội năm 2023\n"
                  "Phần thứ nhất\nTÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2022\n"
                  "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU\n"
                  "1. Tỷ lệ che phủ rừng đạt 47,3% (kế hoạch 47%).\n"
                  "Phần thứ hai\nCÁC CHỈ TIÊU CHỦ YẾU NĂM 2023\n1. Tỷ lệ che phủ rừng 47,5%.\n")
    assert [(t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        (47.3, "result", 2022), (47, "target", 2022), (47.5, "target", 2023)]
    own = extract("BÁO CÁO\nTình hình thực hiện kế hoạch năm 2022 và kế hoạch năm 2023\n"
                  "Tỷ lệ che phủ rừng đạt 47,3% (kế hoạch năm 2023 là 48%).\n")
    assert [(t["threshold"]["value"], t["year"]) for t in own["targets"]] == [(47.3, 2022), (48, 2023)]


def test_a_bound_after_a_labelled_number_names_a_group_and_sets_no_target():
    doc = extract("Báo cáo công tác dân số năm 2021\n"
                  "Năm 2021, tỷ lệ sinh con thứ 3 trở lên là 12,6%; tỷ lệ dịch vụ công mức độ 3 trở lên có phát sinh "
                  "hồ sơ đạt 58%.\n")
    assert [(t["threshold"]["value"], t["kind"], t["threshold"]["operator"]) for t in doc["targets"]] == [
        (12.6, "result", "="), (58, "result", "=")]


def test_a_bound_in_brackets_closing_a_column_label_is_the_operator_of_its_cells():
    doc = extract("QUYẾT ĐỊNH\nGiao chỉ tiêu công tác dân số năm 2020 cho các huyện\n"
                  "TT | Đơn vị | Tỷ lệ sinh con thứ 3 trở lên (dưới ... %) | Tỷ lệ sàng lọc sơ sinh (tối thiểu, %)\n"
                  "1 | Huyện Kim Sơn | 11,5 | 80\n")
    assert [(t["indicator"]["text"], t["threshold"]["operator"], t["threshold"]["value"], t["threshold"]["unit"])
            for t in doc["targets"]] == [("Tỷ lệ sinh con thứ 3 trở lên", "<", 11.5, "percent"),
                                         ("Tỷ lệ sàng lọc sơ sinh", ">=", 80, "percent")]


def test_the_school_year_before_the_one_a_directive_plans_is_reported():
    doc = extract("Số: 12/CT-UBND                 Cao Bằng, ngày 20 tháng 8 năm 2021\n"
                  "CHỈ THỊ\nVề nhiệm vụ trọng tâm năm học 2021 - 2022\n"
                  "Năm học 2020 - 2021, ngành Giáo dục tỉnh đã hoàn thành các nhiệm vụ đề ra. "
                  "Tỷ lệ học sinh tốt nghiệp THPT đạt 97,2%.\n"
                  "I. CHỈ TIÊU NĂM HỌC 2021 - 2022\n1. Tỷ lệ học sinh tốt nghiệp THPT đạt từ 96% trở lên.\n")
    assert [(t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        (97.2, "result", 2021), (96, "target", 2022)]


def test_a_year_after_a_multiple_is_its_baseline_not_the_figures_year():
    doc = extract("Kế hoạch xây dựng nông thôn mới giai đoạn 2021 - 2025\n"
                  "Thu nhập bình quân khu vực nông thôn năm 2020 gấp 1,6 lần năm 2015. Tỷ lệ hộ nghèo còn 2,05%.\n")
    assert [(t["threshold"]["value"], t["year"]) for t in doc["targets"]] == [(1.6, 2020), (2.05, 2020)]


def test_a_whole_area_row_under_units_is_the_jurisdiction_and_a_total_row_keeps_the_units_level():
    table = ("| TT | Đơn vị | Tỷ lệ bao phủ BHYT (%) |\n| 1 | Huyện Long Phú | 90,8 |\n| 2 | Huyện Trần Đề | 91,2 |\n")
    whole = extract("QUYẾT ĐỊNH\nGiao chỉ tiêu bảo hiểm y tế năm 2022\n" + table + "|  | Toàn tỉnh | 91,0 |\n")
    total = extract("QUYẾT ĐỊNH\nGiao chỉ tiêu bảo hiểm y tế năm 2022\n" + table + "|  | Tổng | 91,0 |\n")
    assert [(t["scope"], t["level"]) for t in whole["targets"]][-1] == (None, None)
    assert [(t["scope"], t["level"]) for t in total["targets"]][-1] == (None, "district")


def test_a_bracket_of_its_own_figures_after_a_figure_is_no_part_of_the_words_after_it():
    doc = extract("QUYẾT ĐỊNH\nGiao chỉ tiêu bảo hiểm y tế năm 2023\n"
                  "a) Tỷ lệ bao phủ BHYT đạt 93,2% dân số (chỉ tiêu chung năm 2023 là 93%).\n")
    assert {t["indicator"]["text"] for t in doc["targets"]} == {"Tỷ lệ bao phủ BHYT"}


def test_numbers_listed_after_a_label_label_too_and_a_share_is_named_before_its_linking_verb():
    doc = extract("Báo cáo cải cách hành chính năm 2022\n"
                  "Tỷ lệ thủ tục hành chính được cung cấp trực tuyến mức độ 3, 4 đạt 61,7%; hồ sơ nộp trực tuyến "
                  "mức độ 3 và 4 chiếm 18,4% tổng số hồ sơ.\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ thủ tục hành chính được cung cấp trực tuyến mức độ 3, 4", 61.7),
        ("hồ sơ nộp trực tuyến mức độ 3 và 4", 18.4)]


def test_a_named_unit_acting_on_a_count_is_its_scope_not_part_of_its_name():
    doc = extract("Báo cáo kết quả giải quyết thủ tục hành chính năm 2023 của tỉnh Hà Nam\n"
                  "Trong đó: Sở Tư pháp tiếp nhận 2.140 hồ sơ; huyện Kim Bảng tiếp nhận 905 hồ sơ.\n")
    assert [(t["indicator"]["text"], t["scope"], t["level"]) for t in doc["targets"]] == [
        ("tiếp nhận hồ sơ", "Sở Tư pháp", "province"), ("tiếp nhận hồ sơ", "huyện Kim Bảng", "district")]


def test_a_standing_of_n_out_of_m_in_a_rank_column_or_row_is_a_rank():
    doc = extract("Báo cáo kết quả các chỉ số năm 2023 của tỉnh Phú Yên\n"
                  "Chỉ số | Điểm 2022 | Xếp hạng 2022 | Điểm 2023 | Xếp hạng 2023\n"
                  "SIPAS (%) | 80,15 | 40/63 | 82,77 | 33/63\n")
    assert [(t["threshold"]["value"], t["threshold"]["unit"], t["year"]) for t in doc["targets"]] == [
        (80.15, "percent", 2022), (40, "rank", 2022), (82.77, "percent", 2023), (33, "rank", 2023)]


def test_a_bracket_opening_on_levels_parts_the_figure_before_it_by_level():
    doc = extract("Báo cáo kết quả chuyển đổi số năm 2024\n"
                  "- Tỷ lệ hồ sơ trực tuyến đạt 68,2% (cấp tỉnh đạt 81,5%, cấp xã 60,3%).\n")
    assert [(t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]] == [
        ("Tỷ lệ hồ sơ trực tuyến", None, 68.2), ("Tỷ lệ hồ sơ trực tuyến", "province", 81.5),
        ("Tỷ lệ hồ sơ trực tuyến", "commune", 60.3)]


def test_a_grade_column_in_a_table_of_results_is_the_captions_measure_given_not_a_bound():
    doc = extract("Báo cáo kết quả năm 2024\n"
                  "Bảng 2. Chỉ số cải cách hành chính năm 2024 của một số sở, ngành\n"
                  "TT | Đơn vị | Điểm | Xếp loại\n1 | Sở Nội vụ | 91,4 | Tốt\n")
    grade = next(t for t in doc["targets"] if t["threshold"]["unit"] == "grade")
    assert (grade["indicator"]["text"], grade["threshold"]["operator"], grade["scope"]) == (
        "Chỉ số cải cách hành chính", "=", "Sở Nội vụ")


def test_a_share_of_the_budget_estimate_met_is_no_row():
    doc = extract("Báo cáo tình hình kinh tế - xã hội năm 2023 của phường Tân Phong\n"
                  "Thu ngân sách trên địa bàn bằng 108,4% dự toán quận giao; tỷ lệ hộ nghèo còn 0,8%.\n")
    assert [t["threshold"]["value"] for t in doc["targets"]] == [0.8]


def test_a_period_mentioned_in_a_body_sentence_is_not_the_year_the_document_speaks_from():
    doc = extract("Thành phố Hà Giang ban hành Kế hoạch bảo vệ môi trường năm 2022\n"
                  "Năm 2021, tỷ lệ thu gom chất thải rắn đô thị đạt 97,5%; tỷ lệ che phủ rừng đạt 60,2%.\n"
                  "Đến hết năm 2021, 4/5 xã đạt tiêu chí số 17 về môi trường trong Bộ tiêu chí quốc gia về xã "
                  "nông thôn mới giai đoạn 2016 - 2020.\n"
                  "Năm 2022 phấn đấu tỷ lệ che phủ rừng đạt 61%.\n")
    assert [(t["threshold"]["value"], t["kind"]) for t in doc["targets"]][:2] == [(97.5, "result"), (60.2, "result")]


def test_a_fixed_width_paragraph_runs_on_past_a_clause_ending_a_line():
    body = ("     Năm học 2019 - 2020, ngành Giáo dục và Đào tạo tỉnh đã hoàn thành cơ bản các\n"
            "mục tiêu, nhiệm vụ đề ra. Quy mô, mạng lưới trường lớp tiếp tục được sắp xếp hợp lý;\n"
            "tỷ lệ huy động trẻ em 5 tuổi ra lớp đạt 99,2%; tỷ lệ học sinh tốt nghiệp trung học\n"
            "phổ thông đạt 95,1%, tăng 0,8% so với năm học trước.\n")
    filler = "".join(f"     {i}. Các trường tiếp tục rà soát, sắp xếp đội ngũ giáo viên theo đúng quy\n"
                     "định, bảo đảm đủ điều kiện dạy học, tăng cường kiểm tra chuyên môn và\n"
                     "đổi mới phương pháp dạy học cho năm học mới.\n" for i in range(1, 7))
    doc = extract("Số: 10/CT-UBND                 Cao Bằng, ngày 25 tháng 8 năm 2020\nCHỈ THỊ\n"
                  "Về nhiệm vụ trọng tâm năm học 2020 - 2021\n\n" + body + "\n" + filler)
    assert [(t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        (99.2, "result", 2020), (95.1, "result", 2020)]


def test_a_unit_cell_of_points_or_standings_gives_the_rows_bare_numbers_their_unit():
    doc = extract("KẾ HOẠCH\nChuyển đổi số năm 2024 của huyện Đức Cơ\n"
                  "STT | Chỉ tiêu | ĐVT | Năm 2023 | Chỉ tiêu 2024\n"
                  "1 | Chỉ số DTI cấp huyện | Điểm | 0,4380 | 0,5\n"
                  "2 | Xếp hạng DTI cấp huyện trong tỉnh | Hạng | 11 | 8\n")
    assert [(t["threshold"]["value"], t["threshold"]["unit"]) for t in doc["targets"]] == [
        (0.438, "point"), (0.5, "point"), (11, "rank"), (8, "rank")]


def test_a_column_counting_units_that_reach_a_state_is_at_the_counted_units_level():
    # GOLD: a count of units takes the level of the units counted; the row's district is the scope
    doc = extract("UBND TỈNH QUẢNG BÌNH\nKẾ HOẠCH\nXây dựng nông thôn mới năm 2023\n"
                  "Giao chỉ tiêu cho các địa phương như sau:\n"
                  "TT | Địa phương | Xã đạt chuẩn nông thôn mới nâng cao | Phường đạt chuẩn đô thị văn minh\n"
                  "1 | Huyện Lệ Thủy | 4 | 0\n"
                  "2 | Thị xã Ba Đồn | 1 | 2\n")
    assert [(t["threshold"]["value"], t["level"], t["scope"]) for t in doc["targets"]] == [
        (4, "commune", "Huyện Lệ Thủy"), (0, "commune", "Huyện Lệ Thủy"),
        (1, "commune", "Thị xã Ba Đồn"), (2, "commune", "Thị xã Ba Đồn")]


def test_a_header_read_from_a_scan_wraps_its_heads_and_parts_the_last_one():
    # as OCR writes an appendix: the row-number head is lost (an empty first cell), the second header
    # line carries the wrapped ends of the heads above and the parts of the last, spanning head
    doc = extract("UBND TỈNH HẬU GIANG\nSố: 512/QĐ-UBND\nQUYẾT ĐỊNH\nGiao chỉ tiêu năm 2024\n"
                  "PHỤ LỤC\n"
                  "CHỈ TIÊU TỶ LỆ TRẺ EM ĐƯỢC TIÊM CHỦNG ĐẦY ĐỦ NĂM 2024 (Kèm theo Quyết định "
                  "số 512/QĐ-UBND ngày 10/3/2024 của UBND tỉnh)\n"
                  " | Đơn vị | Số trẻ | Tỷ lệ đạt được | Chỉ tiêu năm 2024\n"
                  " |  | (trẻ) | năm 2023 (%) | Số trẻ tiêm đủ | Tỷ lệ\n"
                  "1 | Thành phố Vị Thanh | 1.120 | 96,40 | 1.086 | 97,0\n"
                  "2 | Huyện Long Mỹ | 1.480 | 95,15 | 1.421 | 96,0\n")
    rows = [(t["indicator"]["text"], t["threshold"]["value"], t["kind"], t["year"])
            for t in doc["targets"] if t["scope"] == "Thành phố Vị Thanh"]
    assert rows == [("Số trẻ (trẻ)", 1120, "target", 2024),
                    ("Tỷ lệ đạt được", 96.4, "result", 2023),
                    ("Số trẻ tiêm đủ", 1086, "target", 2024),
                    ("tỷ lệ trẻ em được tiêm chủng đầy đủ", 97.0, "target", 2024)]


def test_a_bound_closing_a_lead_bounds_each_year_of_the_list_after_it():
    # the list is wrapped at a fixed width right after a year's colon
    doc = extract("UBND TỈNH YÊN BÁI\nKẾ HOẠCH\nGiảm nghèo bền vững giai đoạn 2022 - 2025\n"
                  "2. Chỉ tiêu hằng năm\n"
                  "Phấn đấu tỷ lệ hộ cận nghèo toàn tỉnh không vượt quá mức sau: năm 2023:\n"
                  "8,4%; năm 2024: 7,6%; năm 2025: 6,9%.\n"
                  "Tỷ lệ che phủ rừng tối thiểu đạt: năm 2024: 63%; năm 2025: 63,5%.\n")
    assert_rows(doc, [row("tỷ lệ hộ cận nghèo toàn tỉnh", 8.4, operator="<=", year=2023),
                      row("tỷ lệ hộ cận nghèo toàn tỉnh", 7.6, operator="<=", year=2024),
                      row("tỷ lệ hộ cận nghèo toàn tỉnh", 6.9, operator="<=", year=2025),
                      row("Tỷ lệ che phủ rừng", 63, year=2024), row("Tỷ lệ che phủ rừng", 63.5, year=2025)])


def test_a_result_set_against_the_plan_in_one_column_label_is_a_ratio_no_row():
    doc = extract("UBND HUYỆN THANH CHƯƠNG\nBÁO CÁO\nKết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024\n"
                  "TT | Chỉ tiêu | ĐVT | KH năm 2024 | TH 6 tháng | TH 6 tháng so KH (%)\n"
                  "1 | Tỷ lệ hộ dân được dùng nước hợp vệ sinh | % | 98 | 97,2 | 99,2\n"
                  "2 | Số lao động được tạo việc làm mới | người | 2.800 | 1.530 | 54,6\n")
    assert sorted((t["threshold"]["value"], t["kind"]) for t in doc["targets"]) == [
        (97.2, "result"), (98, "target"), (1530, "result"), (2800, "target")]


def test_an_item_heading_a_table_of_units_names_what_its_plan_and_result_columns_measure():
    doc = extract("KẾ HOẠCH\nPhát triển lâm nghiệp năm 2019\n"
                  "2. Chỉ tiêu tỷ lệ che phủ rừng năm 2019 giao cho các huyện, thành phố\n"
                  "TT | Đơn vị | Thực hiện năm 2018 (%) | Kế hoạch năm 2019 (%)\n"
                  "1 | Huyện Mù Cang Chải | 63,4 | 64,0\n"
                  "2 | Huyện Trạm Tấu | 58,1 | 58,6\n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["kind"], t["scope"]) for t in doc["targets"]][:2] == [
        ("tỷ lệ che phủ rừng", 63.4, "result", "Huyện Mù Cang Chải"),
        ("tỷ lệ che phủ rừng", 64.0, "target", "Huyện Mù Cang Chải")]


def test_a_column_of_all_the_units_a_district_holds_is_no_row_in_a_results_table():
    doc = extract("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nBÁO CÁO\nKết quả xây dựng nông thôn mới năm 2019\n"
                  "Bảng 2. Kết quả theo đơn vị cấp huyện đến ngày 31/12/2019\n"
                  "TT | Đơn vị | Tổng số xã | Số xã đạt chuẩn nông thôn mới\n"
                  "1 | Huyện Gò Quao | 10 | 4\n"
                  "2 | Huyện Giồng Riềng | 18 | 7\n")
    assert [(t["threshold"]["value"], t["level"], t["scope"]) for t in doc["targets"]] == [
        (4, "commune", "Huyện Gò Quao"), (7, "commune", "Huyện Giồng Riềng")]


def test_an_age_group_in_a_caption_set_in_capitals_is_no_figure():
    # the same words in lower case already gave none; in capitals the segmenter joined "TUỔI ĐƯỢC"
    doc = extract("BÁO CÁO\nKết quả tiêm chủng mở rộng năm 2023\n"
                  "TỶ LỆ TRẺ EM DƯỚI 1 TUỔI ĐƯỢC TIÊM CHỦNG ĐẦY ĐỦ NĂM 2023\n"
                  "Năm 2023, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,5%.\n")
    assert [(t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [(96.5, "result")]


def test_a_count_after_a_level_lead_is_named_by_its_action_not_by_the_topic_line_above():
    doc = extract("BÁO CÁO\nKết quả cải cách hành chính quý III năm 2020\n"
                  "2. Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính trong quý:\n"
                  "- Tại Bộ phận một cửa cấp huyện: tiếp nhận 2.310 hồ sơ; đã giải quyết 2.254 hồ sơ.\n")
    assert_rows(doc, [row("hồ sơ tiếp nhận", 2310, unit="count", operator="=", level="district", year=2020,
                          kind="result"),
                      row("hồ sơ đã giải quyết", 2254, unit="count", operator="=", level="district", year=2020,
                          kind="result")])


def test_a_total_of_dossiers_received_beside_a_rate_is_a_count_not_the_rates_base():
    doc = extract("UBND HUYỆN HƯƠNG KHÊ\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính năm 2022\n"
                  "TT | Lĩnh vực | Tổng số hồ sơ tiếp nhận | Tổng số TTHC thuộc thẩm quyền | Tỷ lệ đúng hạn (%)\n"
                  "1 | Hộ tịch | 2.140 | 35 | 100\n"
                  "2 | Đất đai | 1.315 | 42 | 97,4\n")
    count = dict(unit="count", operator="=", year=2022, kind="result")
    rate = dict(operator="=", year=2022, kind="result")
    assert_rows(doc, [row("Tổng số hồ sơ tiếp nhận", 2140, scope="Hộ tịch", **count),
                      row("Tổng số hồ sơ tiếp nhận", 1315, scope="Đất đai", **count),
                      row("Tỷ lệ đúng hạn", 100, scope="Hộ tịch", **rate),
                      row("Tỷ lệ đúng hạn", 97.4, scope="Đất đai", **rate)])


def test_a_column_counting_the_procedures_each_unit_holds_is_no_row():
    doc = extract("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH\nBÁO CÁO\nKết quả tiếp nhận hồ sơ năm 2024\n"
                  "TT | Đơn vị | Số TTHC | Hồ sơ tiếp nhận | Tỷ lệ đúng hạn (%)\n"
                  "1 | Sở Nội vụ | 88 | 1.420 | 100\n"
                  "2 | Sở Công Thương | 126 | 3.915 | 99,6\n")
    assert sorted(t["threshold"]["value"] for t in doc["targets"]) == [99.6, 100, 1420, 3915]


def test_a_level_lead_renamed_in_a_bracket_still_gives_its_level_and_lets_the_items_name_themselves():
    doc = extract("BÁO CÁO\nKết quả cải cách hành chính năm 2021\n"
                  "3. Kết quả giải quyết thủ tục hành chính:\n"
                  "- Tại Bộ phận Một cửa cấp huyện (Trung tâm Hành chính công thị xã): tiếp nhận 9.310 hồ sơ, "
                  "đã giải quyết 9.122 hồ sơ.\n")
    assert_rows(doc, [row("hồ sơ tiếp nhận", 9310, unit="count", operator="=", level="district", year=2021,
                          kind="result"),
                      row("hồ sơ đã giải quyết", 9122, unit="count", operator="=", level="district", year=2021,
                          kind="result")])


def test_a_named_unit_holding_a_rate_before_its_head_is_the_rows_scope():
    doc = extract("Năm 2023, huyện Mường Tè có tỷ lệ hộ nghèo 31,4%, huyện Sìn Hồ có tỷ lệ hộ nghèo 28,9%. "
                  "Sở Y tế đạt tỷ lệ hồ sơ trực tuyến 96,2%.\n")
    assert [(t["threshold"]["value"], t["level"], t["scope"]) for t in doc["targets"]] == [
        (31.4, "district", "huyện Mường Tè"), (28.9, "district", "huyện Sìn Hồ"), (96.2, "province", "Sở Y tế")]


def test_a_headline_year_followed_by_a_target_word_is_the_year_planned_not_the_year_reviewed():
    # news of a year-end conference: the results in its body name no year of their own
    doc = extract("Tam Đảo: Năm 2025 phấn đấu tăng trưởng 9 - 10%\n"
                  "Ngày 27/12/2024, UBND huyện Tam Đảo tổ chức hội nghị tổng kết tình hình kinh tế - xã hội năm 2024 "
                  "và triển khai nhiệm vụ năm 2025.\n"
                  "Theo báo cáo, tốc độ tăng trưởng giá trị sản xuất đạt 8,7%. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%.\n"
                  "Năm 2025, huyện phấn đấu tốc độ tăng trưởng giá trị sản xuất đạt 9 - 10%.\n")
    assert doc["year"] == 2025
    assert [(t["threshold"]["value"], t["kind"], t["year"]) for t in doc["targets"]] == [
        (8.7, "result", 2024), (99.1, "result", 2024), (9, "target", 2025)]


def test_a_rate_above_the_national_average_by_nearly_n_points_is_a_change_and_met_aims_report_results():
    doc = extract("BÁO CÁO\nKết quả chuyển đổi số năm 2025\n"
                  "Năm 2025, tỉnh đã cơ bản hoàn thành các mục tiêu chuyển đổi số; tỷ lệ hồ sơ trực tuyến toàn "
                  "trình đạt 58,3%, cao gần 17 điểm phần trăm so với bình quân cả nước.\n")
    assert [(t["threshold"]["value"], t["kind"]) for t in doc["targets"]] == [(58.3, "result")]


def test_a_title_in_capitals_sharing_out_one_aim_names_the_units_column_of_counts():
    doc = extract("UBND HUYỆN CƯ M'GAR\nKẾ HOẠCH\nĐào tạo nghề năm 2019\n"
                  "PHỤ LỤC\nPHÂN BỔ CHỈ TIÊU HỖ TRỢ ĐÀO TẠO NGHỀ CHO PHỤ NỮ NÔNG THÔN NĂM 2019\n"
                  "TT | Xã, thị trấn | Chỉ tiêu (người) | Ghi chú\n"
                  "1 | Thị trấn Quảng Phú | 40 | \n"
                  "2 | Xã Ea Pốk | 35 | \n")
    assert [(t["indicator"]["text"], t["threshold"]["value"], t["level"], t["scope"]) for t in doc["targets"]] == [
        ("hỗ trợ đào tạo nghề cho phụ nữ nông thôn", 40, "commune", "Thị trấn Quảng Phú"),
        ("hỗ trợ đào tạo nghề cho phụ nữ nông thôn", 35, "commune", "Xã Ea Pốk")]


def test_a_column_counting_the_communes_of_each_district_is_no_row_beside_their_rates():
    doc = extract("SỞ Y TẾ\nBÁO CÁO\nKết quả tiêm chủng mở rộng năm 2018\n"
                  "TT | Đơn vị | Số xã, phường, thị trấn | Tỷ lệ tiêm chủng đầy đủ (%)\n"
                  "1 | Huyện Krông Nô | 12 | 96,4\n"
                  "2 | Huyện Đắk Mil | 10 | 97,8\n")
    assert [(t["threshold"]["value"], t["scope"]) for t in doc["targets"]] == [
        (96.4, "Huyện Krông Nô"), (97.8, "Huyện Đắk Mil")]


def test_the_tiers_of_the_health_system_are_levels():
    doc = extract("Năm 2019, công suất sử dụng giường bệnh: tuyến tỉnh đạt 108,5%, tuyến huyện đạt 91,2%, "
                  "tuyến xã đạt 45,3%.\n")
    assert [(t["threshold"]["value"], t["level"]) for t in doc["targets"]] == [
        (108.5, "province"), (91.2, "district"), (45.3, "commune")]


def test_a_population_column_is_the_base_of_the_rates_beside_it_not_a_row():
    doc = extract("UBND TỈNH BẾN TRE\nKẾ HOẠCH\nCấp nước sạch nông thôn năm 2020\n"
                  "TT | Đơn vị | Dân số nông thôn (người) | Tỷ lệ dân số nông thôn dùng nước sạch năm 2020 (%)\n"
                  "1 | Huyện Giồng Trôm | 152.300 | 65\n"
                  "2 | Huyện Ba Tri | 171.800 | 60\n")
    assert [(t["threshold"]["value"], t["scope"]) for t in doc["targets"]] == [
        (65, "Huyện Giồng Trôm"), (60, "Huyện Ba Tri")]


def test_people_taking_part_are_counted_and_a_rate_over_its_base_keeps_its_name_before_a_comment():
    doc = extract("Tính đến ngày 31/12/2021, toàn tỉnh có 1.052.310 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ "
                  "91,4% dân số, vượt chỉ tiêu được giao.\n")
    assert_rows(doc, [row("người tham gia bảo hiểm y tế", 1052310, unit="count", operator="=", year=2021,
                          kind="result"),
                      row("tỷ lệ bao phủ", 91.4, operator="=", year=2021, kind="result")])


def test_a_yearly_roadmap_written_with_con_keeps_each_years_figure_under_the_rate_named_before():
    doc = extract("KẾ HOẠCH\nGiảm nghèo bền vững giai đoạn 2023 - 2025 của xã Nậm Lành\n"
                  "a) Tỷ lệ hộ nghèo giảm bình quân 3 - 4%/năm. Lộ trình cụ thể: năm 2023 giảm xuống còn 41,2%; "
                  "năm 2024 còn 37,5%; năm 2025 còn 34%.\n")
    assert [(t["threshold"]["value"], t["threshold"]["operator"], t["year"]) for t in doc["targets"]][1:] == [
        (41.2, "<=", 2023), (37.5, "<=", 2024), (34, "<=", 2025)]
    assert {t["indicator"]["text"] for t in doc["targets"]} == {"Tỷ lệ hộ nghèo giảm"}


def test_a_results_title_names_bare_plan_and_result_columns_counted_in_people():
    # columns "Kế hoạch năm 2021 (người) | Thực hiện năm 2021 (người)" name no measure: the
    # title "KẾT QUẢ ... THEO HUYỆN" does, once its period and its breakdown are gone; the
    # column of the result over the plan gives no row; the total row is the units' together
    doc = extract("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH VĨNH LONG\nSố: 402/BC-SLĐTBXH\n"
                  "Vĩnh Long, ngày 05 tháng 01 năm 2022\nBÁO CÁO\nKết quả công tác lao động năm 2021\n"
                  "PHỤ LỤC\nKẾT QUẢ TUYỂN SINH ĐÀO TẠO NGHỀ NĂM 2021 THEO HUYỆN, THỊ XÃ\n"
                  "| STT | Đơn vị | Kế hoạch năm 2021 (người) | Thực hiện năm 2021 (người) | Tỷ lệ so với KH (%) |\n"
                  "| 1 | Huyện Long Hồ | 1.150 | 1.204 | 104,7 |\n"
                  "| 2 | Thị xã Bình Minh | 900 | 862 | 95,8 |\n"
                  "| | Tổng cộng | 2.050 | 2.066 | 100,8 |\n")
    people = dict(unit="count", operator="=", year=2021, level="district")
    assert_rows(doc, [row("tuyển sinh đào tạo nghề", 1150, kind="target", scope="Huyện Long Hồ", **people),
                      row("tuyển sinh đào tạo nghề", 1204, kind="result", scope="Huyện Long Hồ", **people),
                      row("tuyển sinh đào tạo nghề", 900, kind="target", scope="Thị xã Bình Minh", **people),
                      row("tuyển sinh đào tạo nghề", 862, kind="result", scope="Thị xã Bình Minh", **people),
                      row("tuyển sinh đào tạo nghề", 2050, kind="target", **people),
                      row("tuyển sinh đào tạo nghề", 2066, kind="result", **people)])


def test_people_a_service_reached_are_counted_and_named_by_the_service():
    # GOLD: counts of people are rows; "cho 6.420 lao động" counts whom the service reached, so the
    # service names it. People at a training event ("tổ chức 4 lớp ... cho 220 cán bộ") are no row,
    # nor is an inventory of survey forms after a time lead
    doc = extract("BÁO CÁO\nKết quả công tác lao động, việc làm 9 tháng đầu năm 2023\n"
                  "Trong 9 tháng, Trung tâm Dịch vụ việc làm đã tư vấn, giới thiệu việc làm cho 6.420 lao động; "
                  "các cơ sở giáo dục nghề nghiệp tuyển sinh đào tạo cho 3.115 người.\n"
                  "Tính đến ngày 30/9/2023, số người tham gia bảo hiểm thất nghiệp là 45.120 người.\n"
                  "Trong năm, Sở đã tổ chức 4 lớp tập huấn cho 220 cán bộ làm công tác lao động cấp xã.\n")
    counted = dict(unit="count", operator="=", year=2023, kind="result")
    assert_rows(doc, [row("tư vấn, giới thiệu việc làm", 6420, **counted),
                      row("tuyển sinh đào tạo", 3115, **counted),
                      row("số người tham gia bảo hiểm thất nghiệp", 45120, **counted)])


def test_a_long_paragraph_whose_last_clause_announces_the_years_targets_leads_its_list():
    # the lead is the paragraph's last clause ("...; đồng thời thông qua 18 chỉ tiêu chủ yếu, trong đó:")
    # and its year the part's ("Các chỉ tiêu chủ yếu năm 2025" above it); a news page of last
    # year's results otherwise reads bare list items as results
    doc = extract("HĐND tỉnh thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2025\n"
                  "Báo cáo tại kỳ họp cho biết, năm 2024 toàn tỉnh tạo việc làm mới cho 24.300 lao động; "
                  "tỷ lệ che phủ rừng đạt 51,2%.\n"
                  "Các chỉ tiêu chủ yếu năm 2025\n"
                  "Sau khi nghe tờ trình của Ủy ban nhân dân tỉnh, báo cáo thẩm tra của các Ban và ý kiến thảo luận "
                  "của các đại biểu tại tổ và tại hội trường, kỳ họp đã thống nhất mục tiêu tổng quát là giữ vững "
                  "ổn định kinh tế vĩ mô, thúc đẩy tăng trưởng nhanh và bền vững; đồng thời thông qua 18 chỉ tiêu "
                  "chủ yếu, trong đó:\n"
                  "- Tạo việc làm mới cho 25.000 lao động.\n"
                  "- Tỷ lệ che phủ rừng 51,5%.\n")
    done = dict(operator="=", year=2024, kind="result")
    assert_rows(doc, [row("tạo việc làm mới", 24300, unit="count", **done),
                      row("tỷ lệ che phủ rừng", 51.2, **done),
                      row("Tạo việc làm mới", 25000, unit="count", year=2025),
                      row("Tỷ lệ che phủ rừng", 51.5, year=2025)])


def test_a_row_of_units_under_the_labels_gives_each_column_its_unit():
    # three header rows, as a PDF's merged cells come out: group heads that cannot be placed, the
    # full row of labels, then "người | hộ | % | %" (its empty cells lost); the labels name the
    # columns, the units say the rates are percentages, and the population columns give no rows
    doc = extract("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN\nSố: 3120/QĐ-UBND\nĐông Sơn, ngày 26 tháng 12 năm 2024\n"
                  "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu kế hoạch năm 2025 cho các xã, thị trấn\n"
                  "Phụ lục\nCHỈ TIÊU GIAO CHO CÁC XÃ, THỊ TRẤN NĂM 2025\n"
                  "| | Dân số | | Chỉ tiêu giao năm 2025 |\n"
                  "| STT | Xã, thị trấn | Dân số năm 2024 (người) | Số hộ dân cư (hộ) | Giảm tỷ lệ hộ nghèo "
                  "| Tỷ lệ dân số tham gia BHYT | Ghi chú |\n"
                  "| | người | hộ | % | % | |\n"
                  "| 1 | Xã Đông Khê | 7.420 | 1.930 | 0,6 | 94,5 | |\n"
                  "| 2 | Thị trấn Rừng Thông | 11.215 | 3.044 | 0,3 | 96,0 | |\n")
    rows = [row("Giảm tỷ lệ hộ nghèo", 0.6, level="commune", year=2025, scope="Xã Đông Khê"),
            row("Tỷ lệ dân số tham gia BHYT", 94.5, level="commune", year=2025, scope="Xã Đông Khê"),
            row("Giảm tỷ lệ hộ nghèo", 0.3, level="commune", year=2025, scope="Thị trấn Rừng Thông"),
            row("Tỷ lệ dân số tham gia BHYT", 96, level="commune", year=2025, scope="Thị trấn Rừng Thông")]
    assert_rows(doc, rows)


def test_group_heads_over_a_full_row_of_labels_are_placed_and_units_counted_keep_their_level():
    # a PDF's merged header: "Tổng số xã" is the first column's own head cut off, "Kết quả đến
    # 31/12/2020" stands over the next column (reached, so a result of 2020), the plan's head
    # over the rest. Counts of communes that reach a state are at commune level, each district
    # the scope; the number of communes a district has is no row, in a plan as in a report
    doc = extract("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH GIA LAI\nSố: 88/KH-SNNPTNT\n"
                  "Gia Lai, ngày 15 tháng 01 năm 2021\nKẾ HOẠCH\nXây dựng nông thôn mới năm 2021\n"
                  "Phụ lục\nCHỈ TIÊU XÂY DỰNG NÔNG THÔN MỚI NĂM 2021 THEO HUYỆN\n"
                  "| | Tổng số xã | Kết quả đến 31/12/2020 | Kế hoạch năm 2021 |\n"
                  "| TT | Huyện, thị xã | Tổng số xã (xã) | Số xã đạt chuẩn NTM (xã) "
                  "| Số xã đạt chuẩn NTM tăng thêm năm 2021 (xã) | Ghi chú |\n"
                  "| 1 | Huyện Chư Păh | 14 | 6 | 2 | |\n"
                  "| 2 | Thị xã An Khê | 6 | 4 | 1 | |\n")
    communes = dict(unit="count", level="commune")
    assert_rows(doc, [
        row("Số xã đạt chuẩn NTM", 6, operator="=", year=2020, kind="result", scope="Huyện Chư Păh", **communes),
        row("Số xã đạt chuẩn NTM tăng thêm", 2, year=2021, scope="Huyện Chư Păh", **communes),
        row("Số xã đạt chuẩn NTM", 4, operator="=", year=2020, kind="result", scope="Thị xã An Khê", **communes),
        row("Số xã đạt chuẩn NTM tăng thêm", 1, year=2021, scope="Thị xã An Khê", **communes)])


def test_new_rural_areas_reaching_a_rate_is_no_word_of_a_result_and_a_review_ties_go_to_next_year():
    # "nông thôn mới đạt 68%" holds "mới đạt" (only reached) by accident: the clauses after
    # "phấn đấu" stay targets. The page reviews 2023 and plans 2024, with as many targets for
    # 2025: it is for 2024, the year after the one it reviews
    doc = extract("Tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024\n"
                  "Năm 2023, tỷ lệ xã đạt chuẩn nông thôn mới đạt 71,3%; tỷ lệ che phủ rừng đạt 39,6%.\n"
                  "Năm 2024, ngành phấn đấu tỷ lệ che phủ rừng ổn định ở mức 40%; "
                  "tỷ lệ xã đạt chuẩn nông thôn mới đạt 75%.\n"
                  "Đến năm 2025, tỷ lệ xã đạt chuẩn nông thôn mới đạt tối thiểu 80%, tỷ lệ che phủ rừng đạt 41%.\n")
    assert doc["year"] == 2024
    done = dict(operator="=", year=2023, kind="result")
    assert_rows(doc, [row("tỷ lệ xã đạt chuẩn nông thôn mới", 71.3, level="commune", **done),
                      row("tỷ lệ che phủ rừng", 39.6, **done),
                      row("tỷ lệ che phủ rừng", 40, year=2024),
                      row("tỷ lệ xã đạt chuẩn nông thôn mới", 75, level="commune", year=2024),
                      row("tỷ lệ xã đạt chuẩn nông thôn mới", 80, level="commune", year=2025),
                      row("tỷ lệ che phủ rừng", 41, year=2025)])


def test_a_statistics_table_with_a_unit_column_and_comparison_columns():
    # "Ước quý III/2025" with no plan beside it reports; "so với cùng kỳ (%)" and "So với KH năm
    # (%)" set a figure against another and give no rows; money in the unit column ("Tỷ đồng",
    # "Triệu USD") is no indicator's; "Nghìn lượt" scales the count
    doc = extract("THÔNG CÁO BÁO CHÍ\nTình hình kinh tế - xã hội quý III năm 2025 tỉnh Bình Phước\n"
                  "| STT | Chỉ tiêu | ĐVT | Ước quý III/2025 | Quý III/2025 so với cùng kỳ (%) | So với KH năm 2025 (%) |\n"
                  "| 1 | Tổng thu ngân sách nhà nước | Tỷ đồng | 4.120 | 108,2 | 71,5 |\n"
                  "| 2 | Kim ngạch xuất khẩu | Triệu USD | 1.865 | 112,4 | 74,6 |\n"
                  "| 3 | Lượt khách du lịch | Nghìn lượt | 412 | 109,5 | 68,7 |\n"
                  "| 4 | Tỷ lệ dân số tham gia BHYT | % | 94,1 | - | - |\n")
    done = dict(operator="=", year=2025, kind="result")
    assert_rows(doc, [row("Lượt khách du lịch", 412000, unit="count", **done),
                      row("Tỷ lệ dân số tham gia BHYT", 94.1, **done)])


def test_an_outcome_column_in_a_plan_sets_targets():
    # "Kết quả" beside the agency that tracks it names the outcome a plan expects, not one reached
    doc = extract("ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố: 77/KH-UBND\nHà Nam, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\n"
                  "Chuyển đổi số năm 2026\n"
                  "| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi |\n"
                  "| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 80% | Văn phòng UBND tỉnh |\n"
                  "| 2 | Tỷ lệ hồ sơ được số hóa | % | 95% | Sở Khoa học và Công nghệ |\n")
    assert_rows(doc, [row("Tỷ lệ hồ sơ trực tuyến toàn trình", 80, year=2026),
                      row("Tỷ lệ hồ sơ được số hóa", 95, year=2026)])


def test_an_assessment_column_between_figures_does_not_end_the_row():
    # "KH 2023 | TH 2023 | Đánh giá | KH 2024": the words judging the result stand between this
    # year's figures and next year's plan; a row in "Tr.đồng" is money and gives none
    doc = extract("Xã Tân Phú tổng kết năm 2023, triển khai nhiệm vụ năm 2024\n"
                  "Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2023 và chỉ tiêu năm 2024:\n"
                  "| TT | Chỉ tiêu | ĐVT | KH 2023 | TH 2023 | Đánh giá | KH 2024 |\n"
                  "| 1 | Thu nhập bình quân đầu người | Tr.đồng | 52 | 53,4 | Vượt | 56 |\n"
                  "| 2 | Tỷ lệ người dân tham gia BHYT | % | 90 | 91,2 | Vượt | 92 |\n"
                  "| 3 | Tỷ lệ hộ nghèo | % | dưới 2,5 | 2,61 | Chưa đạt | dưới 2 |\n")
    assert_rows(doc, [row("Tỷ lệ người dân tham gia BHYT", 90, year=2023),
                      row("Tỷ lệ người dân tham gia BHYT", 91.2, operator="=", year=2023, kind="result"),
                      row("Tỷ lệ người dân tham gia BHYT", 92, year=2024),
                      row("Tỷ lệ hộ nghèo", 2.5, operator="<", year=2023),
                      row("Tỷ lệ hộ nghèo", 2.61, operator="=", year=2023, kind="result"),
                      row("Tỷ lệ hộ nghèo", 2, operator="<", year=2024)])


def test_visits_counted_in_millions_and_a_column_in_thousands_are_counts():
    # GOLD counts transactions: "7,4 triệu lượt khách" is 7.400.000 visits; a column "(nghìn lượt)"
    # gives its bare figures in thousands
    doc = extract("BÁO CÁO\nKết quả hoạt động du lịch năm 2023 tỉnh Quảng Ninh\n"
                  "Năm 2023, toàn tỉnh đón khoảng 7,4 triệu lượt khách du lịch.\n"
                  "| TT | Địa phương | Lượt khách lưu trú (nghìn lượt) |\n"
                  "| 1 | Thành phố Hạ Long | 4.120 |\n"
                  "| 2 | Thành phố Cẩm Phả | 655 |\n")
    visits = dict(unit="count", operator="=", year=2023, kind="result")
    assert_rows(doc, [row("lượt khách du lịch", 7400000, **visits),
                      row("Lượt khách lưu trú", 4120000, level="district", scope="Thành phố Hạ Long", **visits),
                      row("Lượt khách lưu trú", 655000, level="district", scope="Thành phố Cẩm Phả", **visits)])


def test_how_an_amount_of_money_moved_is_no_row_in_a_report():
    # "ước đạt 3.010 triệu USD, tăng 9,2%": the amount has no unit GOLD knows and the percentage
    # is its change; in a plan "đạt 80 triệu đồng, tăng 1,1 lần so với năm 2025" stays a target
    doc = extract("Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2022\n"
                  "Kim ngạch nhập khẩu ước đạt 3.010 triệu USD, tăng 9,2%.\n"
                  "Tổng mức bán lẻ hàng hóa ước đạt 82.500 tỷ đồng, tăng 14,2%.\n"
                  "Tỷ lệ hộ nghèo còn 2,9%.\n")
    assert_rows(doc, [row("Tỷ lệ hộ nghèo", 2.9, operator="=", year=2022, kind="result")])
    plan = extract("HỘI ĐỒNG NHÂN DÂN XÃ NAM TRỰC\nSố: 15/NQ-HĐND\nNGHỊ QUYẾT\n"
                   "Về nhiệm vụ phát triển kinh tế - xã hội năm 2026\nĐiều 1. Các chỉ tiêu chủ yếu năm 2026:\n"
                   "(1) Thu nhập bình quân đầu người đạt 80 triệu đồng, tăng 1,1 lần so với năm 2025.\n")
    assert [(t["threshold"]["value"], t["threshold"]["unit"], t["kind"]) for t in plan["targets"]] == [(1.1, "times", "target")]


def test_a_page_opening_on_a_review_meeting_reports_its_year_and_plans_the_next():
    # the headline counts targets met ("15/22 CHỈ TIÊU"), which sets none; the lead opens on a
    # meeting reviewing 2023, so the figures after it are 2023's results, bare as they are, and
    # the page is for 2024, the year it goes on to plan
    doc = extract("KINH TẾ - XÃ HỘI\nNĂM 2023: 15/22 CHỈ TIÊU CHỦ YẾU\nĐẠT VÀ VƯỢT KẾ HOẠCH\n"
                  "Sáng 27/12, UBND tỉnh tổ chức hội nghị tổng kết tình hình thực hiện nhiệm vụ phát triển "
                  "kinh tế - xã hội năm 2023, triển khai kế hoạch năm 2024.\n"
                  "Trong năm, có 9 xã được công nhận đạt chuẩn nông thôn mới; tỷ lệ xã đạt chuẩn là 64,2%.\n"
                  "Năm 2024, tỉnh phấn đấu tỷ lệ xã đạt chuẩn nông thôn mới đạt 70%.\n")
    assert doc["year"] == 2024
    done = dict(operator="=", year=2023, kind="result", level="commune")
    assert_rows(doc, [row("xã được công nhận đạt chuẩn nông thôn mới", 9, unit="count", **done),
                      row("tỷ lệ xã đạt chuẩn", 64.2, **done),
                      row("tỷ lệ xã đạt chuẩn nông thôn mới", 70, level="commune", year=2024)])


def test_a_session_assessing_a_years_performance_is_a_review_and_the_page_is_for_the_year_it_plans():
    # a council session "đánh giá tình hình thực hiện ... năm 2024" reviews as a "tổng kết" does;
    # the headline counting targets met sets none, and the page is for the year it plans
    doc = extract("Phường Tân An hoàn thành 14/16 chỉ tiêu kinh tế - xã hội năm 2024\n"
                  "Ngày 18/12/2024, HĐND phường tổ chức kỳ họp thứ 9 đánh giá tình hình thực hiện nhiệm vụ "
                  "kinh tế - xã hội năm 2024 và quyết định phương hướng, nhiệm vụ năm 2025.\n"
                  "STT | Chỉ tiêu | ĐVT | Kế hoạch 2024 | Thực hiện 2024\n"
                  "1 | Tỷ lệ hộ nghèo | % | 1,5 | 1,2\n"
                  "2 | Tỷ lệ người dân tham gia BHYT | % | 95 | 93,6\n"
                  "3 | Số lao động được giải quyết việc làm | Người | 250 | 268\n"
                  "Năm 2025, phường phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%; "
                  "giải quyết việc làm cho 300 lao động.\n")
    assert doc["year"] == 2025
    planned = [(t["threshold"]["value"], t["year"]) for t in doc["targets"] if t["kind"] == "target"]
    assert sorted(planned) == [(1.5, 2024), (95, 2024), (95, 2025), (250, 2024), (300, 2025)]


def test_a_level_naming_a_part_of_the_figure_before_stops_at_its_clause():
    # "trong đó cấp tỉnh ..." after a figure is that figure's part; the next clause names its own
    doc = extract("Kế hoạch chuyển đổi số năm 2025\n"
                  "Các chỉ tiêu: tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt tối thiểu 60%, trong đó cấp tỉnh "
                  "tối thiểu 85%; tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính đạt tối thiểu 45%.\n")
    assert_rows(doc, [row("tỷ lệ hồ sơ xử lý trực tuyến toàn trình", 60, year=2025),
                      row("tỷ lệ hồ sơ xử lý trực tuyến toàn trình", 85, level="province", year=2025),
                      row("tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính", 45, year=2025)])


@pytest.mark.parametrize("joint", [" và", ","])
def test_units_after_a_figure_and_before_a_conjunction_are_that_figures_not_a_breakdown(joint):
    doc = extract("Kế hoạch cải cách hành chính năm 2025\n"
                  f"Phấn đấu 100% sở, ban, ngành{joint} 85% UBND cấp huyện được xếp loại Tốt trở lên.\n")
    assert sorted((t["threshold"]["value"], t["level"], t.get("scope")) for t in doc["targets"]) == \
        [(85, "district", None), (100, "province", None)]


def test_units_scores_under_bare_columns_measure_the_index_the_page_is_about():
    # "Điểm (/100)" and "Xếp hạng cấp xã" name no measure and the caption names none: the title's
    # index is measured, each commune's score a score (the standing beside it is no sibling measure)
    doc = extract("Năm 2024, Chỉ số cải cách hành chính của huyện Yên Định đạt 86,7 điểm\n"
                  "Kết quả đánh giá 3 xã đứng đầu năm 2024:\n"
                  "TT | Đơn vị | Điểm (/100) | Xếp hạng cấp xã\n"
                  "1 | Xã Định Tân | 91,25 | 1/22\n"
                  "2 | Xã Định Hải | 90,10 | 2/22\n")
    got = sorted((t["indicator"]["text"], t["threshold"]["value"], t["threshold"]["unit"], t.get("scope"))
                 for t in doc["targets"] if t.get("scope"))
    assert got == [("Chỉ số cải cách hành chính", 1, "rank", "Xã Định Tân"),
                   ("Chỉ số cải cách hành chính", 2, "rank", "Xã Định Hải"),
                   ("Chỉ số cải cách hành chính", 90.1, "point", "Xã Định Hải"),
                   ("Chỉ số cải cách hành chính", 91.25, "point", "Xã Định Tân")]


def test_an_index_named_by_its_acronym_takes_a_bare_decimal_and_its_units_scores_break_down_the_index():
    # "PCI trung bình cấp tỉnh đạt 64,3": an acronym heads the index as "chỉ số" does; the parts
    # after "Trong đó" are no parent for the provinces after them, and the average word and its
    # level leave the index each province's score breaks down
    doc = extract("Công bố Chỉ số năng lực cạnh tranh cấp tỉnh năm 2023 (PCI 2023)\n"
                  "PCI trung bình cấp tỉnh năm 2023 đạt 64,3. Trong đó, trụ cột tính minh bạch đạt 6,12; "
                  "trụ cột chi phí thời gian đạt 6,85.\n"
                  "Hải Phòng xếp thứ nhất với 73,01 điểm; Quảng Ninh đứng thứ hai (72,71 điểm).\n")
    got = [(t["indicator"]["text"], t["threshold"]["value"], t["threshold"]["unit"], t.get("scope"))
           for t in doc["targets"]]
    assert ("PCI trung bình cấp tỉnh", 64.3, "point", None) in got
    assert ("trụ cột chi phí thời gian", 6.85, "point", None) in got
    assert ("PCI", 73.01, "point", "Hải Phòng") in got and ("PCI", 2, "rank", "Quảng Ninh") in got


def test_a_caption_of_results_of_targets_heads_results_and_a_whole_area_column_names_no_unit():
    # "Kết quả một số chỉ tiêu năm 2024 theo cấp": the targets named after the results word are
    # what the table measures; "Toàn huyện" is the jurisdiction as a whole, no scope
    doc = extract("Kế hoạch cải cách hành chính năm 2025\n"
                  "I. Kết quả năm 2024\n"
                  "Bảng 1. Kết quả thực hiện một số chỉ tiêu năm 2024 theo cấp\n"
                  "Chỉ tiêu | Cấp huyện | Cấp xã | Toàn huyện\n"
                  "Tỷ lệ hồ sơ trực tuyến (%) | 84,2 | 71,6 | 76,3\n")
    assert sorted((t["threshold"]["value"], t["kind"], t["level"], t.get("scope")) for t in doc["targets"]) == \
        [(71.6, "result", "commune", None), (76.3, "result", None, None), (84.2, "result", "district", None)]


def test_a_cell_merged_across_the_levels_columns_holds_each_levels_target():
    doc = extract("Kế hoạch cải cách hành chính năm 2026\n"
                  "Bảng 2. Chỉ tiêu năm 2026\n"
                  "TT | Chỉ tiêu | Cấp tỉnh | Cấp xã\n"
                  "1 | Tỷ lệ thanh toán trực tuyến | Tối thiểu 75%\n"
                  "2 | Tỷ lệ hồ sơ trực tuyến toàn trình | ≥ 65% | ≥ 50%\n")
    assert sorted((t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]) == [
        ("Tỷ lệ hồ sơ trực tuyến toàn trình", "commune", 50), ("Tỷ lệ hồ sơ trực tuyến toàn trình", "province", 65),
        ("Tỷ lệ thanh toán trực tuyến", "commune", 75), ("Tỷ lệ thanh toán trực tuyến", "province", 75)]


@pytest.mark.parametrize("issuer, level", [("UBND THÀNH PHỐ BẢO LỘC", "district"), ("UBND THÀNH PHỐ ĐÀ NẴNG", "province")])
def test_a_row_for_the_city_tier_takes_the_level_of_the_city_writing(issuer, level):
    doc = extract(f"{issuer}\nSố: 118/BC-UBND\nBÁO CÁO\n"
                  "Kết quả công tác cải cách hành chính quý I năm 2025\n"
                  "Bảng 1. Kết quả giải quyết hồ sơ quý I năm 2025\n"
                  "Cấp giải quyết | Hồ sơ tiếp nhận | Tỷ lệ đúng hạn (%)\n"
                  "Cấp thành phố | 4.215 | 98,75\n"
                  "Cấp xã (16 xã, phường) | 6.930 | 99,12\n"
                  "Tổng cộng | 11.145 | 98,98\n")
    got = sorted((t["threshold"]["value"], t["level"]) for t in doc["targets"] if t["threshold"]["unit"] == "percent")
    assert got == [(98.75, level), (98.98, None), (99.12, "commune")]


@pytest.mark.parametrize("header, issuer", [("ỦY BAN NHÂN DÂN\nTHỊ XÃ HƯƠNG TRÀ", "UBND thị xã Hương Trà"),
                                            ("UBND PHƯỜNG HẢI CHÂU", "UBND phường Hải Châu"),
                                            ("ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC", "UBND huyện Krông Pắc")])
def test_the_issuer_keeps_the_kind_of_unit_its_header_names(header, issuer):
    doc = extract(f"{header}\nSố: 35/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2025\n"
                  "Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.\n")
    assert doc["decision"]["issuer"] == issuer


def test_a_text_tables_wrapped_label_may_hold_a_year_and_a_band_cell_reads_at_its_lower_end():
    # "(giá so sánh 2010)" goes on the label above it (a year is no figure); "9 - 10" is a band
    doc = extract("BÁO CÁO\nTình hình kinh tế - xã hội năm 2022 và kế hoạch năm 2023\n"
                  " TT  Chỉ tiêu                          ĐVT     KH 2022    Ước TH 2022    KH 2023\n"
                  " ---------------------------------------------------------------------------\n"
                  " 1   Tốc độ tăng giá trị sản xuất      %       9 - 10        9,4        9,5 - 10\n"
                  "     (giá so sánh 2010)\n"
                  " 2   Tỷ lệ hộ nghèo                    %       < 4,2         3,9         < 3,5\n")
    got = sorted((t["threshold"]["value"], t["kind"], t["year"], t["indicator"]["text"]) for t in doc["targets"])
    name = "Tốc độ tăng giá trị sản xuất (giá so sánh 2010)"
    assert got == [(3.5, "target", 2023, "Tỷ lệ hộ nghèo"), (3.9, "result", 2022, "Tỷ lệ hộ nghèo"),
                   (4.2, "target", 2022, "Tỷ lệ hộ nghèo"), (9, "target", 2022, name), (9.4, "result", 2022, name),
                   (9.5, "target", 2023, name)]


def test_a_roadmap_horizon_in_the_title_is_not_the_plans_year():
    doc = extract("ỦY BAN NHÂN DÂN\nHUYỆN PHÚ LƯƠNG\nSố: 41/KH-UBND\nPhú Lương, ngày 05 tháng 3 năm 2019\n"
                  "KẾ HOẠCH\nPhát triển người tham gia bảo hiểm xã hội tự nguyện năm 2019\nvà lộ trình đến năm 2021\n"
                  "1. Năm 2019: số người tham gia bảo hiểm xã hội tự nguyện đạt 1.250 người.\n"
                  "2. Năm 2020 đạt 1.400 người; năm 2021 đạt 1.600 người.\n")
    assert doc["year"] == 2019


@pytest.mark.parametrize("adverb", ["Cũng", "Riêng", "Còn"])
def test_a_place_after_an_adverb_opens_the_clause_with_its_level(adverb):
    doc = extract("Báo cáo kết quả cải cách hành chính năm 2023 của huyện Tân Phú\n"
                  f"{adverb} tại cấp xã, số hồ sơ tiếp nhận trực tuyến là 3.418 hồ sơ.\n")
    assert [(t["indicator"]["text"], t["level"]) for t in doc["targets"]] == [("số hồ sơ tiếp nhận trực tuyến", "commune")]


def test_a_table_of_units_scores_under_a_sentence_naming_the_index_measures_that_index():
    doc = extract("Huyện Đức Linh tổng kết công tác cải cách hành chính năm 2023\n"
                  "Đối với cấp xã, kết quả đánh giá Chỉ số CCHC năm 2023 của 12 xã, thị trấn cho thấy có 5 đơn vị "
                  "đạt loại Tốt. Kết quả một số đơn vị như sau:\n"
                  "STT | Đơn vị | Điểm đạt (/100) | Xếp hạng\n"
                  "1 | Thị trấn Võ Xu | 91,40 | 1\n"
                  "2 | Xã Đức Tài | 89,75 | 2\n")
    got = sorted((t["threshold"]["value"], t["indicator"]["text"], t.get("scope")) for t in doc["targets"] if t.get("scope"))
    assert got == [(1, "Chỉ số CCHC", "Thị trấn Võ Xu"), (2, "Chỉ số CCHC", "Xã Đức Tài"),
                   (89.75, "Chỉ số CCHC", "Xã Đức Tài"), (91.4, "Chỉ số CCHC", "Thị trấn Võ Xu")]


def test_a_lead_counting_the_targets_it_lists_names_none_of_them():
    doc = extract("Kế hoạch chuyển đổi số năm 2025\n"
                  "Kế hoạch đặt ra 9 chỉ tiêu, trong đó: tỷ lệ hồ sơ xử lý trực tuyến cấp tỉnh đạt từ 85% trở lên, "
                  "cấp xã từ 65% trở lên.\n")
    assert sorted((t["indicator"]["text"], t["level"], t["threshold"]["value"]) for t in doc["targets"]) == [
        ("tỷ lệ hồ sơ xử lý trực tuyến", "commune", 65), ("tỷ lệ hồ sơ xử lý trực tuyến", "province", 85)]


def test_a_baseline_named_before_its_year_and_a_standards_period_are_no_rows_year():
    doc = extract("ỦY BAN NHÂN DÂN\nHUYỆN QUẢNG TRẠCH\nSố: 12/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2018\n"
                  "Tinh giản biên chế tối thiểu 2% so với biên chế được giao năm 2016; tỷ lệ hộ nghèo giảm 1,8% "
                  "(theo chuẩn nghèo đa chiều giai đoạn 2016 - 2020).\n")
    assert sorted((t["threshold"]["value"], t["year"]) for t in doc["targets"]) == [(1.8, 2018), (2, 2018)]


def test_points_reached_beside_the_most_points_are_results_and_the_text_after_them_is_read():
    # a sentence weighing the result against "số điểm tối đa" sets no scoring sheet; "Điểm đạt" beside
    # "Điểm tối đa" is what each field reached, and the page goes on being read after the table
    doc = extract("BẢN TIN CẢI CÁCH HÀNH CHÍNH\nChỉ số CCHC năm 2022 của tỉnh Hà Tĩnh\n"
                  "Xét theo lĩnh vực, tỉnh có 4 lĩnh vực đạt trên 85% số điểm tối đa. Kết quả cụ thể như sau:\n"
                  "Bảng 1. Kết quả Chỉ số CCHC năm 2022 theo lĩnh vực\n"
                  "| TT | Lĩnh vực | Điểm tối đa | Điểm đạt |\n"
                  "| 1 | Cải cách thủ tục hành chính | 12 | 10,85 |\n"
                  "| 2 | Hiện đại hóa hành chính | 12 | 9,40 |\n"
                  "Trong năm 2022, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,9%.\n")
    got = sorted((t["threshold"]["value"], t["kind"]) for t in doc["targets"])
    assert got == [(9.4, "result"), (10.85, "result"), (98.9, "result")]

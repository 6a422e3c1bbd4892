"""patterns/: the shipped rule files load, each family behaves as written through the real
matcher, and a broken file stops start-up with an error naming the file and the line."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from extractor import patterns as pattern_store
from extractor.errors import PatternError
from extractor.indicators import canonical_id
from extractor.nlp import rules
from extractor.pipeline import extract_source
from extractor.readers import Source
from extractor.thresholds import find


def figures(sentence):
    """(value, unit, operator, threshold text) of every figure the real matcher finds."""
    _, matches = rules().analyse(sentence)
    return [(m.value, m.unit, m.op, sentence[m.start:m.end]) for m in find(sentence, matches)]


def groups(sentence, group):
    """(value, matched text) of every phrase match of one group."""
    _, matches = rules().analyse(sentence)
    return [(m.value, m.text) for m in matches if m.group == group]


# --------------------------------------------------------------------------- loading

def test_shipped_patterns_load_with_every_family():
    pats = pattern_store.load()
    assert set(pats.operators) == {"before", "after", "negations"}
    assert set(pats.operators["before"]) == {">=", ">", "<=", "<"}
    assert "tối thiểu" in pats.operators["before"][">="]
    assert "không để" in pats.operators["negations"]
    assert set(pats.levels["levels"]) == {"national", "province", "district", "commune"}
    assert {"target_cues", "result_cues", "list_intros", "scope_nouns"} <= set(pats.cues)
    assert "Khá" in pats.units["grades"]
    assert "Quyết định" in pats.documents["act_types"]
    ids = [entry["id"] for entry in pats.indicators]
    assert len(ids) == len(set(ids)), "indicator ids must be unique"
    assert all(re.fullmatch(r"[a-z0-9_]+", i) for i in ids)


def test_default_is_loaded_once():
    assert pattern_store.default() is pattern_store.default()


# --------------------------------------------------------------------------- operators

@pytest.mark.parametrize("sentence, value, unit, op, text", [
    ("Tỷ lệ hồ sơ được số hóa tối thiểu 70% đối với Sở, ban, ngành.", 70, "percent", ">=", "tối thiểu 70%"),
    ("Tỷ lệ hài lòng của người dân không thấp hơn 90%.", 90, "percent", ">=", "không thấp hơn 90%"),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 85% trở lên.", 85, "percent", ">=", "85% trở lên"),
    ("Thời gian giải quyết không vượt quá 5 ngày làm việc.", 5, "day", "<=", "không vượt quá 5 ngày làm việc"),
    ("Chỉ số hài lòng về phục vụ hành chính ≥ 93%.", 93, "percent", ">=", "≥ 93%"),
    ("Tỷ lệ hồ sơ trễ hạn ≤ 2%.", 2, "percent", "<=", "≤ 2%"),
    ("Tỷ lệ hồ sơ trực tuyến >= 60%.", 60, "percent", ">=", ">= 60%"),
    ("Có ít nhất 95% hồ sơ được trả kết quả qua bưu chính.", 95, "percent", ">=", "ít nhất 95%"),
    ("Tỷ lệ giải ngân vốn đầu tư công đạt trên 95%.", 95, "percent", ">", "trên 95%"),
    ("Tỷ lệ thanh toán không dùng tiền mặt vượt 50%.", 50, "percent", ">", "vượt 50%"),
    ("Tỷ lệ hồ sơ quá hạn tối đa 3%.", 3, "percent", "<=", "tối đa 3%"),
    ("Tỷ lệ hồ sơ quá hạn không quá 1,5%.", 1.5, "percent", "<=", "không quá 1,5%"),
    ("Tỷ lệ hộ nghèo giảm xuống dưới 2%.", 2, "percent", "<", "dưới 2%"),
    ("Tỷ lệ thất nghiệp ở khu vực thành thị từ 3% trở xuống.", 3, "percent", "<=", "3% trở xuống"),
])
def test_operator_wording(sentence, value, unit, op, text):
    assert figures(sentence) == [(value, unit, op, text)]


def test_no_operator_word_leaves_operator_to_the_clause():
    # "đạt 90%" has no comparison word: the pipeline decides (>= in a target, = in a result)
    assert figures("Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn đạt 90%.") == [(90, "percent", None, "90%")]


def test_longest_operator_phrase_wins():
    # "không thấp hơn" holds "thấp hơn" (<) and "hơn" (>): the whole phrase decides
    assert figures("Tỷ lệ hồ sơ đúng hạn không thấp hơn 97%.")[0][2] == ">="
    assert figures("Tỷ lệ hồ sơ trễ hạn thấp hơn 3%.")[0][2] == "<"
    assert figures("Số hồ sơ tồn đọng không nhiều hơn 15 hồ sơ.")[0][:3] == (15, "count", "<=")


def test_every_listed_before_phrase_gives_its_operator():
    pats = pattern_store.default()
    for op, phrases in pats.operators["before"].items():
        for phrase in phrases:
            sentence = f"Tỷ lệ hồ sơ giải quyết đúng hạn {phrase} 90%."
            found = figures(sentence)
            assert found and found[0][2] == op and found[0][0] == 90, (phrase, found)


# --------------------------------------------------------------------------- units

@pytest.mark.parametrize("sentence, value, unit", [
    ("Tỷ lệ cán bộ được bồi dưỡng đạt 95 phần trăm.", 95, "percent"),
    ("Tỷ lệ hồ sơ trực tuyến đạt 45,5%.", 45.5, "percent"),
    ("Thời gian cấp giấy phép xây dựng tối đa 15 ngày làm việc.", 15, "day"),
    ("Thời gian đăng ký doanh nghiệp không quá 3 ngày.", 3, "day"),
    ("Chỉ số cải cách hành chính của tỉnh đứng thứ 12.", 12, "rank"),
    ("Chỉ số PAPI năm 2023 (hạng 7).", 7, "rank"),
    ("Chỉ số hài lòng đạt 90 điểm.", 90, "point"),
    ("Toàn tỉnh tiếp nhận 703.938 hồ sơ.", 703938, "count"),
    ("Mỗi sở có tối thiểu 20 sáng kiến cải cách hành chính.", 20, "count"),
    ("Tổng tỷ suất sinh đạt 2,1 con/phụ nữ.", 2.1, "count"),
])
def test_units(sentence, value, unit):
    found = figures(sentence)
    assert [(v, u) for v, u, _, _ in found] == [(value, unit)]


@pytest.mark.parametrize("sentence, grade, text", [
    ("Chỉ số cải cách hành chính xếp loại Khá trở lên.", "Khá", "xếp loại Khá trở lên"),
    ("Cơ quan đạt loại Xuất sắc.", "Xuất sắc", "đạt loại Xuất sắc"),
    ("Mức độ hài lòng đạt mức Rất tốt.", "Rất tốt", "đạt mức Rất tốt"),
])
def test_grade_words_need_a_trigger(sentence, grade, text):
    assert figures(sentence) == [(grade, "grade", ">=", text)]


def test_grade_word_without_trigger_is_not_a_figure():
    assert figures("Công tác phối hợp giữa các sở được đánh giá tốt.") == []


@pytest.mark.parametrize("sentence", [
    "Ủy ban nhân dân tỉnh giao 10 chỉ tiêu cho các sở.",                # a count of targets
    "Hồ sơ được giải quyết trong 10 ngày làm việc.",                     # a duration, not a threshold
    "Khen thưởng không quá 10% tập thể có thành tích xuất sắc.",         # an award quota
    "Tổ chức 12 hội nghị tập huấn trong năm.",
    "Kinh phí thực hiện là 500 triệu đồng.",
])
def test_numbers_that_measure_nothing(sentence):
    assert figures(sentence) == []


def test_baseline_before_xuong_con_is_not_the_threshold():
    found = figures("Rút ngắn thời gian giải quyết từ 26 ngày làm việc xuống còn 13 ngày làm việc.")
    assert found == [(13, "day", "<=", "13 ngày làm việc")]


# --------------------------------------------------------------------------- levels

@pytest.mark.parametrize("phrase, level", [
    ("Tối thiểu 70% đối với Sở, ban, ngành", "province"),
    ("đối với cơ quan chuyên môn thuộc UBND tỉnh", "province"),
    ("40% UBND cấp huyện", "district"),
    ("các huyện, thị xã, thành phố", "district"),
    ("35% đối với cấp xã", "commune"),
    ("Ủy ban nhân dân cấp xã", "commune"),
    ("100% xã, phường, đặc khu", "commune"),
    ("xã, phường, thị trấn", "commune"),
    ("các bộ, ngành", "national"),
])
def test_level_phrases(phrase, level):
    found = groups(phrase, "level")
    assert found, phrase
    longest = max(found, key=lambda m: len(m[1]))
    assert longest[0] == level


def extracted_levels(text):
    doc = extract_source(Source("muc-tieu.txt", text, format="text", sha256="0" * 64))
    return [(t["threshold"]["value"], t["level"]) for t in doc["targets"]]


def test_ca_3_cap_names_three_levels():
    assert [text for _, text in groups("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98% ở cả 3 cấp.", "all_levels")] \
        == ["cả 3 cấp"]
    entries = [e for e in pattern_store.default().levels["all_levels"] if e["phrase"] in ("cả 3 cấp", "cả ba cấp")]
    assert entries and all(sorted(e["levels"]) == ["commune", "district", "province"] for e in entries)
    text = ("Kế hoạch cải cách hành chính năm 2024 của tỉnh Bình Phước\n"
            "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên ở cả ba cấp.\n")
    assert sorted(extracted_levels(text), key=str) == [(98, "commune"), (98, "district"), (98, "province")]


@pytest.mark.parametrize("item, level", [
    ("Tỷ lệ hồ sơ được số hóa đạt tối thiểu 80% đối với các sở, ban, ngành.", "province"),
    ("Tỷ lệ hồ sơ được số hóa đạt tối thiểu 60% đối với UBND cấp huyện.", "district"),
    ("Tỷ lệ hồ sơ được số hóa đạt tối thiểu 50% đối với cấp xã.", "commune"),
    ("Tỷ lệ hồ sơ được số hóa đạt tối thiểu 90% đối với các bộ, ngành.", "national"),
    ("Tỷ lệ hồ sơ được số hóa đạt tối thiểu 75%.", None),
])
def test_level_is_assigned_by_the_text(item, level):
    text = f"Kế hoạch chuyển đổi số năm 2024 của tỉnh Bình Phước\n- {item}\n"
    assert [lv for _, lv in extracted_levels(text)] == [level]


def test_ca_3_cap_is_not_a_figure():
    assert figures("Thực hiện thống nhất ở cả 3 cấp.") == []


def test_level_match_ignores_case():
    assert groups("ĐỐI VỚI UBND CẤP XÃ", "level")[0][0] == "commune"


# --------------------------------------------------------------------------- cues

@pytest.mark.parametrize("sentence, cue, text", [
    ("Phấn đấu tỷ lệ hồ sơ đúng hạn đạt 98%.", "target_cues", "Phấn đấu"),
    ("Chỉ tiêu: 100% hồ sơ được số hóa.", "target_cues", "Chỉ tiêu"),
    ("Trong năm, toàn tỉnh đã giải quyết 5.430 hồ sơ.", "past_markers", "đã"),
    ("Lũy kế đến nay, đã số hóa 12.000 hồ sơ.", "result_cues", "Lũy kế"),
    ("04 chỉ tiêu phải đạt 100% gồm: A; B và C.", "list_intros", "gồm"),
    ("trong đó lĩnh vực đất đai đạt 85%", "scope_nouns", "lĩnh vực"),
    ("đạt 63,47% (mục tiêu 70%)", "inline_target_cues", "mục tiêu"),
    ("Tỷ lệ đạt 80% thì được điểm tối đa.", "scoring_cues", "điểm tối đa"),
    ("giảm thời gian từ 20 ngày xuống còn 12 ngày", "baseline_links", "xuống còn"),
    ("UBND cấp tỉnh hướng dẫn cụ thể việc áp dụng", "regulator_verbs", "hướng dẫn"),
    ("duy trì mức sinh thay thế, cụ thể: tổng tỷ suất sinh đạt 2,1", "list_intros", "cụ thể"),
])
def test_cue_phrases(sentence, cue, text):
    assert (cue, text) in groups(sentence, "cue")


def test_cues_match_whole_words_only():
    # "có" is a lead/trail word, but underthesea reads "có thể" as one word: no cue there
    found = groups("Người dân có thể nộp hồ sơ trực tuyến tại nhà.", "cue")
    assert all(text.lower() != "có" for _, text in found), found
    # the same syllable standing alone is matched
    found = groups("Đơn vị có 95% hồ sơ trực tuyến.", "cue")
    assert any(text.lower() == "có" for _, text in found), found


# --------------------------------------------------------------------------- indicators

@pytest.mark.parametrize("wordings, ident", [
    (["Tỷ lệ hồ sơ giải quyết đúng hạn", "tỷ lệ hồ sơ TTHC được giải quyết đúng hạn",
      "Tỉ lệ hồ sơ giải quyết trước và đúng hạn", "hồ sơ giải quyết đúng hạn"], "on_time_resolution_rate"),
    (["Tỷ lệ hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia", "hồ sơ đồng bộ trạng thái lên Cổng DVCQG"],
     "dossier_sync_rate"),
    (["Tỷ lệ hồ sơ trễ hạn", "tỷ lệ hồ sơ giải quyết quá hạn"], "overdue_dossier_rate"),
    (["giảm thời gian giải quyết thủ tục hành chính", "rút ngắn thời gian giải quyết TTHC"],
     "processing_time_reduction_pct"),
])
def test_canonical_id_of_several_wordings(wordings, ident):
    assert {canonical_id(w) for w in wordings} == {ident}


def test_distinct_indicators_get_distinct_ids():
    texts = ["Tỷ lệ hồ sơ giải quyết đúng hạn", "Tỷ lệ hồ sơ trễ hạn", "Tỷ lệ hồ sơ được đồng bộ lên Cổng DVCQG",
             "giảm thời gian giải quyết thủ tục hành chính", "Tỷ lệ hồ sơ trực tuyến toàn trình",
             "Tỷ lệ thủ tục hành chính được công bố đúng hạn"]
    ids = [canonical_id(t) for t in texts]
    assert None not in ids
    assert len(set(ids)) == len(ids), ids


def test_exclusions_keep_near_wordings_apart():
    # "thời gian giải quyết" alone is the duration; with "giảm" it is the reduction
    assert canonical_id("Thời gian giải quyết thủ tục hành chính") == "avg_processing_time"
    assert canonical_id("Giảm thời gian giải quyết thủ tục hành chính") == "processing_time_reduction_pct"


def test_unknown_indicator_has_no_id():
    assert canonical_id("Tỷ lệ trẻ em dưới 5 tuổi được tiêm chủng đầy đủ") is None


# --------------------------------------------------------------------------- validation errors

@pytest.fixture
def pattern_copy(tmp_path):
    dest = tmp_path / "patterns"
    shutil.copytree(pattern_store.PATTERNS_DIR, dest)
    return dest


def edit_line(path: Path, find_re: str, replace):
    """Apply REPLACE (a function of the line) to the one line matching FIND_RE; return its 1-based number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    hits = [i for i, line in enumerate(lines) if re.search(find_re, line)]
    assert len(hits) == 1, f"{find_re!r} matched {len(hits)} lines of {path.name}"
    lines[hits[0]] = replace(lines[hits[0]])
    path.write_text("\n".join(lines), encoding="utf-8")
    return hits[0] + 1


def load_error(directory) -> str:
    with pytest.raises(PatternError) as info:
        pattern_store.load(directory)
    return str(info.value)


def test_copied_patterns_load(pattern_copy):
    assert pattern_store.load(pattern_copy).units["grades"] == pattern_store.default().units["grades"]


def test_bad_yaml_names_file_and_line(pattern_copy):
    line = edit_line(pattern_copy / "units.yaml", r"^point:", lambda l: "point: điểm: số điểm")
    msg = load_error(pattern_copy)
    assert msg.startswith("units.yaml:"), msg
    assert "not valid YAML" in msg
    assert msg.startswith(f"units.yaml:{line}: not valid YAML (mapping values are not allowed here)"), (line, msg)


def test_bad_indentation_names_the_line(pattern_copy):
    line = edit_line(pattern_copy / "units.yaml", r"^day:", lambda l: l + "\n  - bad: : indent")
    msg = load_error(pattern_copy)
    assert re.match(rf"units\.yaml:({line}|{line + 1}): not valid YAML", msg), (line, msg)


def test_unknown_operator(pattern_copy):
    line = edit_line(pattern_copy / "operators.yaml", r'^  "<": \[dưới', lambda l: l.replace('"<":', '"=<":'))
    msg = load_error(pattern_copy)
    assert msg.startswith(f"operators.yaml:{line}: unknown operator '=<'"), (line, msg)


def test_unknown_level_in_all_levels(pattern_copy):
    line = edit_line(pattern_copy / "levels.yaml", r"phrase: cả 3 cấp",
                     lambda l: l.replace("district", "county"))
    msg = load_error(pattern_copy)
    assert msg.startswith(f"levels.yaml:{line}: unknown level 'county'"), (line, msg)


def test_unknown_level_key(pattern_copy):
    line = edit_line(pattern_copy / "levels.yaml", r"^  district:$", lambda l: "  huyen:")
    msg = load_error(pattern_copy)
    assert msg.startswith(f"levels.yaml:{line}: unknown level 'huyen'"), (line, msg)


def test_unknown_jurisdiction_level(pattern_copy):
    line = edit_line(pattern_copy / "documents.yaml", r'prefix: "UBND huyện"',
                     lambda l: l.replace("level: district", "level: quan"))
    msg = load_error(pattern_copy)
    assert msg.startswith(f"documents.yaml:{line}: unknown level 'quan'"), (line, msg)


def test_missing_key_names_the_entry(pattern_copy):
    path = pattern_copy / "indicators.yaml"
    entry_line = edit_line(path, r"^  - id: dossier_sync_rate$", lambda l: l)
    edit_line(path, r"^    name: Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG$", lambda l: "    # name removed")
    msg = load_error(pattern_copy)
    assert msg.startswith(f"indicators.yaml:{entry_line}: missing key 'name'"), (entry_line, msg)


def test_missing_top_level_key(pattern_copy):
    path = pattern_copy / "units.yaml"
    edit_line(path, r"^grade_triggers:", lambda l: "# " + l)
    msg = load_error(pattern_copy)
    assert msg.startswith("units.yaml:") and "missing key 'grade_triggers'" in msg, msg


def test_unknown_key(pattern_copy):
    line = edit_line(pattern_copy / "units.yaml", r"^point:", lambda l: l.replace("point:", "points:"))
    msg = load_error(pattern_copy)
    assert msg.startswith(f"units.yaml:{line}: unknown key 'points'"), (line, msg)


def test_phrases_must_be_a_list(pattern_copy):
    line = edit_line(pattern_copy / "units.yaml", r"^point:", lambda l: "point: điểm")
    msg = load_error(pattern_copy)
    assert msg.startswith(f"units.yaml:{line}: expected a non-empty list of phrases"), (line, msg)


def test_empty_phrase_in_a_list(pattern_copy):
    line = edit_line(pattern_copy / "units.yaml", r"^percent:", lambda l: 'percent: ["%", "  "]')
    msg = load_error(pattern_copy)
    assert msg.startswith(f"units.yaml:{line}: expected a phrase"), (line, msg)


def test_indicator_id_must_be_snake_case(pattern_copy):
    line = edit_line(pattern_copy / "indicators.yaml", r"^  - id: overdue_dossier_rate$",
                     lambda l: "  - id: Overdue-Rate")
    msg = load_error(pattern_copy)
    assert msg.startswith(f"indicators.yaml:{line}: ids are lower-case ASCII snake_case"), (line, msg)


def test_missing_file_is_named(pattern_copy):
    (pattern_copy / "cues.yaml").unlink()
    assert load_error(pattern_copy).startswith("cues.yaml: missing")


def test_loader_is_safe(pattern_copy, tmp_path):
    marker = tmp_path / "pwned"
    line = edit_line(pattern_copy / "units.yaml", r"^point:",
                     lambda l: f'point: !!python/object/apply:os.system ["touch {marker}"]')
    msg = load_error(pattern_copy)
    assert msg.startswith(f"units.yaml:{line}:"), (line, msg)
    assert not marker.exists()


def test_python_object_tag_is_rejected(pattern_copy):
    line = edit_line(pattern_copy / "units.yaml", r"^day:",
                     lambda l: "day: !!python/object:pathlib.PurePosixPath {}")
    msg = load_error(pattern_copy)
    assert msg.startswith(f"units.yaml:{line}:"), (line, msg)


def test_negation_turns_an_excess_into_a_ceiling():
    # "không để ... vượt quá 2%" forbids going over 2%: a ceiling, not a floor
    from extractor.pipeline import extract_source
    from extractor.readers import Source

    text = "Yêu cầu chung năm 2025:\na) Không để tỷ lệ hồ sơ quá hạn vượt quá 2% trên tổng số hồ sơ đã giải quyết.\n"
    doc = extract_source(Source(path="neg.txt", text=text, format="text", sha256="0" * 64))
    [row] = doc["targets"]
    assert (row["threshold"]["operator"], row["threshold"]["value"], row["kind"]) == ("<=", 2, "target")


# --------------------------------------------------------------------------- clause-shape cues

def _rows(text):
    from extractor.pipeline import extract_source
    from extractor.readers import Source

    doc = extract_source(Source(path="cues.txt", text=text, format="text", sha256="0" * 64))
    return [(t["indicator"]["text"], t["level"], t["threshold"]["operator"], t["threshold"]["value"], t["kind"])
            for t in doc["targets"]]


def test_respectively_pairs_items_with_figures():
    rows = _rows("Kế hoạch năm 2025 của tỉnh Hưng Yên.\n3. Tỷ lệ số hóa hồ sơ và tỷ lệ khai thác, sử dụng lại "
                 "dữ liệu số hóa lần lượt đạt 100% và 70%.\n")
    assert [(r[0], r[3]) for r in rows] == [("Tỷ lệ số hóa hồ sơ", 100),
                                            ("tỷ lệ khai thác, sử dụng lại dữ liệu số hóa", 70)]


def test_topic_opener_names_the_indicator_and_subjects_the_levels():
    rows = _rows("Kế hoạch năm 2024 của tỉnh Tây Ninh.\nĐối với tỷ lệ hồ sơ trực tuyến toàn trình, các sở, ngành "
                 "phấn đấu đạt 50%, UBND các huyện, thị xã, thành phố đạt 30% và UBND các xã, phường, thị trấn đạt 20%.\n")
    assert [(r[1], r[3]) for r in rows] == [("province", 50), ("district", 30), ("commune", 20)]
    assert {r[0] for r in rows} == {"tỷ lệ hồ sơ trực tuyến toàn trình"}


def test_closing_assigner_gives_the_level():
    rows = _rows("Báo cáo năm 2025.\nNăm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 45,8%, "
                 "chưa đạt mục tiêu 50% đề ra.\n")
    assert [(r[1], r[3], r[4]) for r in rows] == [("national", 45.8, "result"), ("national", 50, "target")]


def test_change_words_in_a_report_are_no_rows():
    rows = _rows("Báo cáo kết quả năm 2024 của tỉnh Quảng Bình.\nNăm 2024, Chỉ số hài lòng của tỉnh đạt 84,5%, "
                 "tăng 2,1% so với năm trước.\n")
    assert [(r[3], r[4]) for r in rows] == [(84.5, "result")]


def test_a_results_heading_joined_to_its_table_keeps_the_table_results():
    # web tables written one cell per line: the heading line before the first '|' joins the first row
    text = ("UBND TỈNH AN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 15/CĐ-UBND | An Phú, ngày 10 tháng 11 năm 2025\nCÔNG ĐIỆN\n"
            "Các sở hoàn thành nhiệm vụ trong năm 2025.\nPHỤ LỤC I\n"
            "TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025\n"
            "|\nSTT\n|\nSở, ngành\n|\nTỷ lệ hồ sơ giải quyết đúng hạn\n|\n|\n1\n|\nSở Tư pháp\n|\n98,5%\n|\n")
    kinds = {r[4] for r in _rows(text)}
    assert kinds == {"result"}


def test_an_appendix_of_results_read_with_the_signature_block_stays_results():
    # a text PDF of a web page: the signature cells, the appendix title and its table come
    # out as one block of '|' lines; the title above the first figures decides the kind
    text = ("CÔNG ĐIỆN\nCác sở hoàn thành nhiệm vụ trong năm 2025.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
            "|\n**CHỦ TỊCH**\nNguyễn Văn An\n|\n**PHỤ LỤC I**\n"
            "TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA CÁC SỞ, NGÀNH\n"
            "*(Kèm theo Công điện số 15/CĐ-UBND)*\n|\nSTT\n|\nSở, ngành\n|\nTỷ lệ hồ sơ giải quyết đúng hạn\n|\n|\n"
            "1\n|\nSở Tư pháp\n|\n98,5%\n|\n|\n2\n|\nSở Y tế\n|\n97%\n|\n")
    rows = _rows(text)
    assert rows and {r[4] for r in rows} == {"result"}, rows


# --------------------------------------------------------------------------- periods.yaml and places.yaml

def test_a_period_rule_that_misses_its_own_example_stops_start_up(pattern_copy):
    edit_line(pattern_copy / "periods.yaml", r"sơ kết 6 tháng đầu năm 2024", lambda l: l.replace("2024\", 2024", "2024\", 2023"))
    msg = load_error(pattern_copy)
    assert msg.startswith("periods.yaml: rule") and "does not find 2023" in msg, msg


def test_a_period_rule_with_a_broken_regex_or_unknown_fragment_stops_start_up(pattern_copy):
    edit_line(pattern_copy / "periods.yaml", r"tháng\\s\+\\d\{1,2\}\\s\*/", lambda l: l.replace("{Year}", "{Yeer}"))
    msg = load_error(pattern_copy)
    assert msg.startswith("periods.yaml: rule") and "unknown fragment {Yeer}" in msg, msg


def test_an_unknown_period_kind_names_its_line(pattern_copy):
    line = edit_line(pattern_copy / "periods.yaml", r"^  - kind: span$", lambda l: l.replace("span", "khoang"))
    assert load_error(pattern_copy).startswith(f"periods.yaml:{line}: unknown kind 'khoang'")


def test_places_need_a_known_level(pattern_copy):
    line = edit_line(pattern_copy / "places.yaml", r"^  district: \[huyện", lambda l: l.replace("district", "huyen"))
    assert load_error(pattern_copy).startswith(f"places.yaml:{line}: unknown level 'huyen'")


def test_a_province_added_to_places_is_a_breakdown_unit(pattern_copy, monkeypatch):
    from extractor import breakdowns

    edit_line(pattern_copy / "places.yaml", r"^provinces: \[An Giang", lambda l: l.replace("[An Giang", "[Xứ Đoài, An Giang"))
    monkeypatch.setenv("CHITIEU_PATTERNS", str(pattern_copy))
    pattern_store.default.cache_clear()
    breakdowns._rules.cache_clear()
    try:
        units, is_breakdown = breakdowns.breakdown_of("Xứ Đoài")
        assert is_breakdown and units[0].level == "province"
    finally:
        monkeypatch.delenv("CHITIEU_PATTERNS")
        pattern_store.default.cache_clear()
        breakdowns._rules.cache_clear()


# --------------------------------------------------------------------------- table heads

def test_table_heads_load_in_their_roles():
    heads = pattern_store.load().table_heads
    assert set(heads) == {"numbering_heads", "label_heads", "value_heads", "dimension_rows", "plan_columns",
                          "result_columns", "outcome_columns", "ratio_columns", "point_columns", "rank_columns", "grade_columns",
                          "caption_numbers", "result_column_words", "role_label_fillers", "indicator_column_labels"}
    assert "STT" in heads["numbering_heads"] and "Đơn vị" in heads["label_heads"]
    assert {"Tiếp nhận", "Đúng hạn", "Quá hạn", "Tỷ lệ (%)"} <= set(heads["value_heads"])
    assert {"Mức độ", "Quý"} <= set(heads["dimension_rows"])
    assert "Kế hoạch" in heads["plan_columns"] and "Thực hiện" in heads["result_columns"]
    assert set(heads["outcome_columns"]) <= set(heads["result_columns"])  # result heads that in a plan expect
    assert "Tỷ lệ đạt" in heads["ratio_columns"]
    assert "Điểm" in heads["point_columns"] and "Xếp hạng" in heads["rank_columns"]


def test_table_heads_are_validated(pattern_copy):
    path = pattern_copy / "table_heads.yaml"
    line = edit_line(path, r"^numbering_heads:", lambda l: "numbering_heads: STT")
    assert load_error(pattern_copy).startswith(f"table_heads.yaml:{line}: expected a non-empty list of phrases")
    edit_line(path, r"^numbering_heads:", lambda l: 'numbering_heads: [STT, "  "]')
    assert load_error(pattern_copy).startswith(f"table_heads.yaml:{line}: expected a phrase")
    edit_line(path, r"^numbering_heads:", lambda l: "row_heads: [STT]")
    assert load_error(pattern_copy).startswith(f"table_heads.yaml:{line}: unknown key 'row_heads'")


def test_missing_table_heads_file_is_named(pattern_copy):
    (pattern_copy / "table_heads.yaml").unlink()
    assert load_error(pattern_copy).startswith("table_heads.yaml: missing")


def test_fold_by_table_matches_decomposition_on_vietnamese_and_mixed_text():
    import random
    import unicodedata

    from extractor.vntext import fold

    def decomposed(text):
        text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        return "".join(c for c in text if not unicodedata.combining(c)).lower()

    samples = ["Đồng Nai", "TỶ LỆ HỒ SƠ TRỰC TUYẾN", "Ủy ban nhân dân xã Phú Hòa", "Quý II/2024: 98,5%",
               "hoà / hòa", "Tie\u0302\u0301ng Vie\u0323\u0302t (decomposed)", "İstanbul", "Ǆ ǅ ǆ", "𝐀 emoji 🙂"]
    rnd = random.Random(7)
    samples += ["".join(chr(rnd.choice([rnd.randrange(0x20, 0x2000), rnd.randrange(0x1E00, 0x1F00)])) for _ in range(10))
                for _ in range(3000)]
    for text in samples:
        assert fold(text) == decomposed(text), text

"""Regexes and word sets compiled once from the phrase lists of patterns/, for the readers of
sentences (clauses, kinds, sentence)."""
from __future__ import annotations

import re
from functools import lru_cache

from .vntext import fold, phrase_alternation


@lru_cache(maxsize=1)
def count_label_head():
    from .patterns import default

    return re.compile(r"(?:" + phrase_alternation(default().units["count_label_heads"]) + r")(?!\w)", re.IGNORECASE)


def share_name(counted: str) -> str:
    """The name of the share a count is of: "tỷ lệ" and what was counted, without the label's
    "Số"/"Tổng số" ("Tổng số xã đạt chuẩn" -> "tỷ lệ xã đạt chuẩn")."""
    label = count_label_head().match(counted)
    return f"tỷ lệ {counted[label.end():].strip() if label and counted[label.end():].strip() else counted}"


def names_a_base(text: str) -> bool:
    """'số công dân đủ điều kiện', 'tổng số hồ sơ': a count label opening the words after a rate
    names what the rate is taken over (not 'số hóa', digitising: units.yaml not_count_labels)."""
    from .patterns import default

    text = text.lstrip()
    label = count_label_head().match(text)
    return bool(label) and re.match(r"\s+\w", text[label.end():]) is not None and not re.match(
        r"(?:" + phrase_alternation(default().units["not_count_labels"]) + r")(?!\w)", text, re.IGNORECASE)


def rate_base_only(text: str) -> bool:
    """The words after a rate's figure are only what it is taken over ("dân số", "lực lượng lao
    động": units.yaml rate_bases)."""
    from .patterns import default

    return fold(text.strip(" ,.;")) in {fold(w) for w in default().units["rate_bases"]}


def first_named(text, words):
    """Where the first of WORDS stands in TEXT as whole words (case and diacritics ignored), else None."""
    h = fold(text)
    found = [m.start() for w in words for m in [re.search(r"(?<!\w)" + re.escape(fold(w)) + r"(?!\w)", h)] if m]
    return min(found, default=None)


def names_any(text, words):
    """TEXT holds one of WORDS as whole words (case and diacritics ignored)."""
    return first_named(text, words) is not None


def names_results(heading):
    """A heading or caption over what was met ("Kết quả năm 2023:", "I. KẾT QUẢ ĐẠT ĐƯỢC")."""
    from .patterns import default

    return names_any(heading, default().documents["result_headings"])


@lru_cache(maxsize=1)
def act_reference_tail():
    """An act cited at the end of a stretch ("theo Quyết định số 766/QĐ-TTg ngày 23/6/2022")."""
    from .patterns import default

    acts = phrase_alternation(default().documents["setting_act_types"])
    # ("Bộ chỉ số ban hành kèm theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ")
    return re.compile(r"\s*(?:(?:(?:được\s+)?ban\s+hành\s+)?(?:kèm\s+)?(?:theo|tại|của)\s+)?(?:" + acts
                      + r")\s+(?:số\s+)?\d+(?:/[\w.-]+)+"
                      r"(?:\s+ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{2,4})?"
                      r"(?:\s+của\s+(?:" + phrase_alternation(default().documents["issuer_heads"]) + r")[^,;.()]{0,40})?"
                      r"\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def act_citation():
    """Where an act is cited inside a stretch ("Bộ chỉ số ban hành kèm theo Quyết định số 766/QĐ-TTg
    ... quý III"): what follows names the act, not what is measured."""
    from .patterns import default

    acts = phrase_alternation(default().documents["setting_act_types"])
    return re.compile(r"\s+(?:(?:được\s+)?ban\s+hành\s+)?(?:kèm\s+)?(?:theo|tại)\s+(?:" + acts + r")\s+(?:số\s+)?\d",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def change_words():
    from .patterns import default

    return frozenset(str(w).lower() for w in default().cues["change_words"])


@lru_cache(maxsize=1)
def moving_words():
    """The words that only move a figure ("giảm xuống còn"; cues.yaml change_words, baseline_links), lower case."""
    from .patterns import default

    return frozenset(w for p in default().cues["change_words"] + default().cues["baseline_links"] for w in str(p).lower().split())


@lru_cache(maxsize=1)
def self_subjects():
    """Words a body's report calls itself by ("Sở tiếp nhận 1.246 hồ sơ"): no part of an action."""
    from .patterns import default

    return frozenset(str(w).lower() for w in default().cues["self_subjects"])


@lru_cache(maxsize=1)
def change_after_comma():
    """', vượt 0,4%', ', tăng 2 bậc': a change joined by a comma to the words after a figure."""
    from .patterns import default

    return re.compile(r",\s*(?:" + phrase_alternation(default().cues["change_words"]) + r")\s+\d", re.IGNORECASE)


@lru_cache(maxsize=1)
def owner_re():
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().cues["owner_words"]) + r")\s+(?:các\s+)?$",
                      re.IGNORECASE)


def owner_before(text, pos):
    return bool(owner_re().search(text, max(0, pos - 16), pos))


@lru_cache(maxsize=1)
def target_words():
    from .patterns import default

    cues = default().cues
    return tuple(str(w) for w in cues["target_cues"] + cues["inline_target_cues"])


@lru_cache(maxsize=1)
def lead_words():
    from .patterns import default

    pats = default()
    unit_nouns = [w for words in pats.levels["unit_nouns"].values() for w in words]
    return tuple(str(w) for w in pats.cues["lead_words"] + pats.cues["subject_determiners"] + unit_nouns)


@lru_cache(maxsize=1)
def strong_heads():
    from .patterns import default

    return tuple(str(h).lower() for h in default().cues["strong_heads"])


@lru_cache(maxsize=1)
def unit_noun_re():
    return re.compile(r"\s*(?:" + phrase_alternation(unit_noun_levels()) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def state_verb_after():
    from .patterns import default

    return re.compile(r"\s+(?:" + phrase_alternation(default().cues["state_verbs"]) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def linked():
    """A linking verb ending the text before a figure ("... Hội đồng thẩm định là")."""
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().cues["linking_verbs"]) + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def coordinated_units():
    """Units joined to the next count by a conjunction ("bộ, ngành và"), the units as group 1."""
    from .patterns import default

    return re.compile(r"([^;.()\d]+?)\s*(?:,\s*)?(?:" + phrase_alternation(default().cues["conjunctions"]) + r")\s*",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def unit_states_re():
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().units["unit_states"]) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def unit_noun_levels():
    from .patterns import default

    nouns = default().levels["unit_nouns"]
    return {str(w).lower(): level for level, words in nouns.items() for w in words}


@lru_cache(maxsize=1)
def lead_only_re():
    """A stretch of nothing but lead words ("toàn tỉnh có", "đã", "đến nay toàn tỉnh có")."""
    from .patterns import default

    cues = default().cues
    words = phrase_alternation(cues["lead_words"] + cues["trail_words"] + cues["now_cues"])
    return re.compile(r"^(?:(?:" + words + r")(?:\s+|$))+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def holding_verbs() -> frozenset:
    """Verbs between a named unit and the rate it holds ("Sở Tư pháp có tỷ lệ ..."; cues.yaml
    holder_verbs, state_verbs), lower case."""
    from .patterns import default

    return frozenset(str(v).lower() for v in default().cues["holder_verbs"] + default().cues["state_verbs"])


@lru_cache(maxsize=1)
def list_lead_tail_re():
    """The words closing a lead before its list ("... không vượt quá mức sau:"; cues.yaml
    list_lead_tails)."""
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().cues["list_lead_tails"]) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def group_bound_re():
    """Matches up to the end of a bound that defines a group ("công dân từ 14 tuổi trở lên"): a
    number, a noun no indicator measures (units.yaml not_measured_nouns), the bound (cues.yaml)."""
    from .patterns import default

    nouns = phrase_alternation(default().units["not_measured_nouns"])
    bounds = phrase_alternation(default().cues["group_bounds"])
    # or a number labelled before it ("sinh con thứ 3 trở lên", "dịch vụ công mức độ 3 trở lên";
    # cues.yaml number_labels)
    labels = phrase_alternation(default().cues["number_labels"])
    return re.compile(r".*(?:\d\s*(?:" + nouns + r")|(?<!\w)(?:" + labels + r")\s+\d+)\s*(?:" + bounds + r")$",
                      re.IGNORECASE | re.DOTALL)


BRACKETED = re.compile(r"\([^()]*\)")  # a bracket with no bracket inside: "(UV2+)", "(chỉ tiêu 95%)"
RATE_DEFINITION_REACH = 300  # characters back to the rate's head; a clause is never longer


def rate_link_gap():
    """Words with no figure up to a verb linking a rate to its figure ("trở lên (UV2+) đạt"):
    the fragment both readers of a rate's definition end with."""
    from .patterns import default

    return r"[^;:.\d%]*?(?<!\w)(?:" + phrase_alternation(default().cues["rate_links"]) + r")(?!\w)"


@lru_cache(maxsize=1)
def _rate_definition_parts():
    from .patterns import default

    cues = default().cues
    return (re.compile(r"(?<!\w)(?:" + phrase_alternation(cues["share_heads"]) + r")\s[^;:.]*?(?<!\w)từ\s+\d[\d.,]*\s+"
                       r"[^\W\d_][^;:.,\d]{0,40}$", re.IGNORECASE),
            re.compile(rate_link_gap() + r"\s*(?:[^\W\d_]+\s+){0,3}\d[\d.,]*\s*%", re.IGNORECASE))


def bounds_a_rates_definition(text: str, start: int, end: int) -> bool:
    """'trở lên' in "tỷ lệ người trưởng thành có từ 2 tài khoản thanh toán trở lên đạt 64,3%": the
    bound is part of what the rate measures; it sets nothing."""
    head, link = _rate_definition_parts()
    floor = max(0, start - RATE_DEFINITION_REACH)  # bounded: a long line holds many bounds
    clause = max(floor - 1, text.rfind(";", floor, start), text.rfind(".", floor, max(floor, start - 1))) + 1
    return bool(head.search(text, clause, start)) and bool(link.match(BRACKETED.sub(" ", text[end:end + 120])))


@lru_cache(maxsize=1)
def added_units_re():
    """'thêm 4 xã đạt chuẩn NTM nâng cao, nâng tổng số': the units added (group 1) before the total
    they raise."""
    from .patterns import default

    units = default().units
    return re.compile(r"(?<!\w)(?:" + phrase_alternation(units["added_words"]) + r")\s+\d+\s+([^,;]{3,80}?)\s*,\s*(?:"
                      + phrase_alternation(units["raise_verbs"]) + r")\s+(?:" + phrase_alternation(units["count_label_heads"])
                      + r")(?!\w)", re.IGNORECASE)


def raised_object(text: str) -> str | None:
    """'... yêu cầu các cơ quan phấn đấu trong năm 2024 đưa điểm Bộ chỉ số của tỉnh ': what a
    raising verb raises, when a request or a plan leads up to it."""
    last = None
    for last in _raise_verb_re().finditer(text):
        pass
    if last is None:
        return None
    rest = text[last.end():].strip(" ,")
    return rest if len(rest.split()) >= 2 else None


@lru_cache(maxsize=1)
def _raise_verb_re():
    from .patterns import default

    units = default().units
    return re.compile(r"(?<!\w)(?:" + phrase_alternation(units["raise_verbs"]) + r")(?!\s+(?:"
                      + phrase_alternation(units["raise_verb_not_before"]) + r")(?!\w))\s+", re.IGNORECASE)


def raised_label(text: str) -> str | None:
    """'..., nâng tổng số xã đạt chuẩn lên ': the label of the total a count raises (TEXT runs
    up to the figure)."""
    m = _raised_label_re().search(text)
    return m.group("label").strip() if m else None


@lru_cache(maxsize=1)
def _raised_label_re():
    from .patterns import default

    units = default().units
    return re.compile(r"(?<!\w)(?:" + phrase_alternation(units["raise_verbs"]) + r")\s+(?P<label>(?:"
                      + phrase_alternation(units["count_label_heads"]) + r")(?:\s[^;:\d]{1,100}?)?)\s+(?:"
                      + phrase_alternation(units["raise_links"]) + r")\s*$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def base_lead_re():
    """A base the figures after it are out of, opening a clause ("Trong 12 xã, có 3 xã ...",
    "Trong tổng số 1.250 hồ sơ, ..."): no action of those figures."""
    from .patterns import default

    markers = phrase_alternation(default().cues["base_markers"] + default().cues["base_lead_words"])
    return re.compile(r"^(?:" + markers + r")\s+\d[\d.,]*\s+[^,;\d]{1,40}(?:,\s*|$)", re.IGNORECASE)


@lru_cache(maxsize=1)
def level_phrases() -> dict:
    """Every level phrase of levels.yaml, lower case -> its level."""
    from .patterns import default

    return {str(p).lower(): level for level, ps in default().levels["levels"].items() for p in ps}


@lru_cache(maxsize=1)
def level_phrase_re():
    return re.compile(r"(?<!\w)(?:" + phrase_alternation(level_phrases()) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def trailing_levels_re():
    """Two levels or more listed after an assigner at the end of an indicator ("... ở cấp huyện,
    cấp xã", "... tại cấp tỉnh và cấp huyện")."""
    from .patterns import default

    one = r"(?:" + phrase_alternation(level_phrases()) + r")"
    assigners = phrase_alternation([w for w in default().cues["closing_assigners"] if str(w).lower() != "của"])
    return re.compile(r"\s+(?:" + assigners + r")\s+(?:cả\s+)?" + one + r"(?:\s*(?:,|và)\s*" + one + r")+\s*$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def whole_area_lead_re():
    """The whole jurisdiction opening an action ("toàn tỉnh tạo việc làm mới ..."; cues.yaml whole_area_heads)."""
    from .patterns import default

    return re.compile(r"^(?:" + phrase_alternation(default().cues["whole_area_heads"]) + r")\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def now_lead_re():
    """A time "up to now" opening an action ("Hiện nay huyện có 45/52 xã ...")."""
    from .patterns import default

    return re.compile(r"^(?:" + phrase_alternation(default().cues["now_cues"]) + r")[\s,]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def share_gap():
    """Between units counted and their share in brackets: "32/34 phường, xã (đạt 94,1%)"."""
    from .patterns import default

    return re.compile(r"[^()\d;.]{0,60}\(\s*(?:(?:" + phrase_alternation(default().cues["rate_links"]) + r")\s+)?",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def amount_unit():
    """Regex text of a unit of money or of a physical quantity, maybe after a multiplier and going
    on after "/" ("Tỷ đồng", "triệu USD", "Triệu đồng/người/năm"; units.yaml unmeasured_units)."""
    from .patterns import default

    units = default().units
    return (r"(?:(?:" + phrase_alternation(list(map(str, units["multipliers"]))) + r")\s+)?(?:"
            + phrase_alternation(units["unmeasured_units"]) + r")")


@lru_cache(maxsize=1)
def amount_before_change():
    """An amount of money or of a physical quantity, then a comma, right before a change word
    ("ước đạt 3.010 triệu USD, tăng 9,2%"): how the amount moved; GOLD has no unit for the amount."""
    # (the share of the plan it met may stand between: "3.250 triệu USD, bằng 48,6% kế hoạch, tăng 11,4%")
    return re.compile(r"\d\s*" + amount_unit() + r"(?:/[^\s,]+)?\s*(?:\([^()]*\)\s*)?,\s*"
                      r"(?:(?:[^\W\d_]+\s+){0,2}[\d.,]+\s*%(?:\s+[^\W\d_,]+){0,4}\s*,\s*)?(?:[^\W\d_]+\s+){0,2}$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def figure_before_change():
    """A figure (a percentage or points: units.yaml), then a comma or an opening bracket, ending
    right before a change word ("đạt 45% (tăng 10%)"); a bracket may stand between the figure and
    the comma ("đạt 89,6% (chỉ tiêu 95%), thấp hơn 4,1% so với năm 2022")."""
    from .patterns import default

    units = default().units
    return re.compile(r"\d\s*(?:" + phrase_alternation(units["percent"] + units["point"]) + r")?\s*(?:\([^()]*\)\s*)?(?:,|\()\s*$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def act_citation_only():
    """Text that only cites the act setting a figure ("đặt ra tại Kế hoạch hoạt động năm 2024 của
    Ủy ban Quốc gia về chuyển đổi số"; cues.yaml setting_links, documents.yaml setting_act_types)."""
    from .patterns import default

    links = phrase_alternation(default().cues["setting_links"])
    acts = phrase_alternation(default().documents["setting_act_types"])
    return re.compile(r"\s*(?:" + links + r")\s+(?:" + acts + r")(?!\w).*", re.IGNORECASE | re.DOTALL)


@lru_cache(maxsize=1)
def index_year():
    """An index named with its own year ("Chỉ số cải cách hành chính năm 2024 của Bộ ...", "PAR
    INDEX 2023"; cues.yaml index_heads): the year the index measures."""
    from .patterns import default

    heads = phrase_alternation(default().cues["index_heads"])
    return re.compile(r"(?:(?i:" + heads + r")(?!\w)[^,;:()]{0,80}?\bnăm\s+((?:19|20)\d\d)"
                      r"|\b[A-Z]{3,}(?:\s+INDEX)?\s+((?:19|20)\d\d)\b)")


@lru_cache(maxsize=1)
def part_lead_re():
    """A lead ending in the parts of a measure ("ở các nhóm chỉ số thành phần"; cues.yaml part_leads)."""
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().cues["part_leads"]) + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def share_heads():
    """The heads of a rate ("tỷ lệ"; cues.yaml share_heads), lower case."""
    from .patterns import default

    return tuple(str(h).lower() for h in default().cues["share_heads"])


@lru_cache(maxsize=1)
def coordinated_re():
    """A conjunction opening the next part of a subject ("... tỉnh và Bộ phận ..."; cues.yaml conjunctions)."""
    from .patterns import default

    return re.compile(r"\s*(?:" + phrase_alternation(default().cues["conjunctions"]) + r")\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def place_lead_re():
    """A place opening a clause, after an adverb or a conjunction ("Cũng tại cấp thị xã, ...", "Riêng
    ở cấp xã, ...", "và UBND các xã"; cues.yaml place_adverbs); group 1 holds "ở"/"tại"."""
    from .patterns import default

    adverbs = phrase_alternation(default().cues["place_adverbs"])
    return re.compile(r"\s*(?:(?:" + adverbs + r")\s+)?(?:(ở|tại)|và|hoặc)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def counted_targets_re():
    """Targets counted ("13/20 chỉ tiêu", "20 mục tiêu"; cues.yaml counted_targets)."""
    from .nlp import COUNT_NUMBER
    from .patterns import default

    words = default().cues["counted_targets"]
    return re.compile(COUNT_NUMBER + r"\s+(?:" + phrase_alternation(words) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def index_head_re():
    """An index's head ("chỉ số", an official index's acronym, a pillar, an average score; units.yaml index_heads)."""
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().units["index_heads"]) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _falling_rate():
    """A rate a plan wants to fall, and the words that make it none (cues.yaml falling_rate_heads,
    falling_nouns, falling_exceptions)."""
    from .patterns import default

    cues = default().cues
    heads, nouns, exceptions = (phrase_alternation(cues[k]) for k in ("falling_rate_heads", "falling_nouns",
                                                                       "falling_exceptions"))
    return re.compile(r"(?<!\w)(?:" + heads + r")(?:\s+\S+){0,6}?\s+(?:" + nouns + r")(?!\w)", re.IGNORECASE), \
        re.compile(r"(?<!\w)(?:" + exceptions + r")(?!\w)", re.IGNORECASE)


def falls(indicator):
    """Whether INDICATOR is a rate a plan wants down ("Tỷ lệ hộ nghèo", not "Giảm tỷ lệ hộ nghèo")."""
    rate, exceptions = _falling_rate()
    return bool(rate.search(indicator or "")) and not exceptions.search(indicator)

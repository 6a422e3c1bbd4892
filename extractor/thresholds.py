"""Find the figures in a sentence: value, unit, operator, and what rules them out."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import periods
from .numbers import NUMBER, parse
from .phrases import BRACKETED, index_head_re, rate_link_gap
from .vntext import fold, keep_longest, phrase_alternation

# Shapes that hold digits but are never figures. Each is a plain regex without nested
# quantifiers, so matching time stays linear in the input.
NOT_FIGURES = re.compile(
    r"\b\d+(?:/\d+)*-?[A-Za-zĐđ][\w.\-]*(?:/[\w.\-]+)+"  # 194/QĐ-UBND, 51/2025/QĐ-TTg
    r"|\b\d+/\d+(?:/[\w\-]+)*"  # dates 06/07/2024, 12/2025, 01/NQ-CP, fractions
    r"|\b\d+-[A-ZĐ]+/[A-ZĐ]+"  # party acts 18-NQ/TW
    r"|\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
    r"|\bISO\s*\d+(?::\d+)?|\bTCVN\s*\d+(?::\d+)?"
    r"|\b\d{1,2}:\d{2}\b"  # clock times
    r"|\b0\d{2,3}[.\s]\s?\d{3}[.\s]?\d{3,4}\b"  # phone numbers 0251. 3827070
    r"|\b[12]\d{3}\s*[-–]\s*[12]\d{3}\b"  # periods 2026-2030 (years handled elsewhere)
    r"|\b\d\.\d{6}\b"  # procedure codes in the national TTHC database (1.001776)
    r"|(?<=trên )\d{1,3}(?:\.\d{3})*\s+(?:vạn\s+|nghìn\s+|ngàn\s+)?(?:người\s+)?dân\b",  # a rate's base: "số bác sĩ trên 10.000 dân", "trên 1 vạn dân"
    re.IGNORECASE,
)
SECTION_START = re.compile(r"^\s*(?:\(?\d+(?:\.\d+)*[.)]|\(?[IVXLC]+[.)]|\(?[a-zđ][.)])\s")
YEAR = re.compile(r"^(?:19[5-9]\d|20\d\d|2100)$")
RANGE_TOP = re.compile(r"\s*[-–]\s*\d+(?:[.,]\d+)?")
COUNT_NOUN = re.compile(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)")
NOT_NOUNS = {"đến", "và", "hoặc", "tới", "trở", "so", "của", "trên", "dưới", "năm", "lần", "về", "trong", "tại", "với"}
RANGE_LINK = re.compile(r"\s*(?:-|–|đến|tới)\s*$")
PERCENT_BAND = re.compile(r"\s*%\s*(?:-|–|đến|tới)\s*")


@dataclass
class Mention:
    value: float | int | str
    unit: str
    start: int  # whole threshold text: operator phrase .. unit / "trở lên"
    end: int
    vstart: int  # the number (or grade word) itself
    vend: int
    op: str | None = None
    noun: str | None = None
    kind: str | None = None  # forced kind (inline "(mục tiêu 70%)")
    notes: list = field(default_factory=list)
    of_units: bool = False  # counts units of a set ("8/13 huyện", "94 xã hoàn thành ...")
    served: bool = False  # counts the people a service reached ("... cho 8.730 người")


def _first(matches, group):
    return next((m for m in matches if m.group == group), None)


@lru_cache(maxsize=1)
def score_scale():
    """A score's scale ("trên thang điểm 100", units.yaml score_scales): its number is no figure,
    and after a score it names nothing measured."""
    from .patterns import default

    return re.compile(r"[ \t,]*(?:trên\s+)?(?:" + phrase_alternation(default().units["score_scales"]) + r")\s+\d+",
                      re.IGNORECASE)


def find(text: str, matches, line_start: bool = False, index=None) -> list[Mention]:
    """All figures in TEXT (one sentence), given its phrase matches.

    Lookups go through a MatchIndex (what starts or ends next to a position), so the time
    grows with the length of the text, not with numbers times matches."""
    from .nlp import MatchIndex

    idx = index or MatchIndex(text, matches)
    blocked = [(m.start(), m.end()) for m in NOT_FIGURES.finditer(text)]
    blocked += [(m.start(), m.end()) for m in score_scale().finditer(text)]
    blocked += [(m.start, m.end) for m in idx.by_group.get("all_levels", ())]  # sorted below: order does not matter
    if line_start:
        sec = SECTION_START.match(text)
        if sec:
            blocked.append((sec.start(), sec.end()))
    blocked.sort()
    block_starts = [s for s, _ in blocked]

    def is_blocked(pos):
        i = bisect.bisect_right(block_starts, pos) - 1
        return any(blocked[j][0] <= pos < blocked[j][1] for j in range(max(0, i - 3), i + 1))

    out = []
    skip_next_until = -1
    numbers = list(NUMBER.finditer(text))
    for i, num in enumerate(numbers):
        a, b = num.start(), num.end()
        if a < skip_next_until or is_blocked(a):
            continue
        value = parse(num.group())
        if value is None:
            continue
        before, after = idx.ending(a), idx.starting(b)
        if any(m.group == "cue" and m.value == "base_markers" for m in before):
            continue  # "68,54% trong tổng số 168.000 hồ sơ": the base of a rate is no row of its own
        if any(m.group == "cue" and m.value == "reference_words" for m in before):
            # "khoản 2", "Kế hoạch 80/KH-UBND" are references; "kế hoạch 80%" is the plan's figure
            if not any(m.group == "rank_before" for m in before) and \
                    not any(m.group == "unit" and m.value == "percent" for m in after):
                continue
        nxt_num = numbers[i + 1] if i + 1 < len(numbers) else None
        linked = nxt_num is not None and RANGE_LINK.fullmatch(text, b, nxt_num.start()) is not None
        if linked:
            # "từ 07 đến 09 thành viên": the words after the top of the range decide
            top_after = idx.starting(nxt_num.end())
            if _first(top_after, "not_measured_nouns") and not _first(top_after, "unit"):
                skip_next_until = nxt_num.end()
                continue
        if _first(after, "never_measured_nouns") or _never_after_unit(idx, after) or _ratio_to_plan(text, after):
            continue
        unit, end, noun, units_m, served = None, b, None, None, False
        rank = _first(before, "rank_before")
        if rank and _compound_before(text, rank.start):
            rank = None  # "sắp xếp 3 phường": a verb that only holds a rank word
        pct = _first(after, "unit")
        top_unit = _first(idx.starting(nxt_num.end()), "unit") if linked else None
        if pct is None and top_unit is not None:
            pct = top_unit  # "từ 9,5 - 12%/năm": the band's floor takes the unit written after its top
        mult = multiplier(text, b)
        if rank:
            unit = "rank"
        elif mult:
            factor, mult_end = mult
            noun_m = _first(idx.starting(mult_end), "measured_nouns")
            if noun_m is None:
                continue  # "37 nghìn người", "5 triệu đồng": not a measured count
            value = round(value * factor, 6)
            value = int(value) if float(value).is_integer() else value
            unit, noun, end = "count", noun_m.text, noun_m.end
        elif _is_times(text, idx, a, b, before):
            unit, end = "times", _number_words()["times"].match(text, b).end()
        elif pct:
            unit, end = pct.value, pct.end
            if unit == "day" and not _first(before, "op_before") and not _after_baseline(idx, a) \
                    and not _average_before().search(text, max(0, a - 30), a):
                continue  # "trong 10 ngày làm việc" is a duration, not a threshold ("bình quân 3,5 ngày" is one)
        else:
            noun_m = _first(after, "measured_nouns")
            stop_m = _first(after, "not_measured_nouns")
            if stop_m and not (noun_m and noun_m.end > stop_m.end):
                continue
            if isinstance(value, int) and YEAR.match(num.group()):
                continue
            if isinstance(value, int) and (served_end := _people_served(text, a, b)) is not None:
                # "tuyển sinh đào tạo nghề cho 8.730 người": the people a service reached
                unit, end, served = "count", served_end, True
            elif noun_m:
                unit, noun, end = "count", noun_m.text, noun_m.end
                if isinstance(value, float) and COMMA_THOUSANDS.fullmatch(num.group()):
                    value = int(num.group().replace(",", ""))  # "12,345 hồ sơ": no dossier comes in parts
            elif any(m.group == "op_before" and m.text.lower() != "từ" and m.value != ">" for m in before):
                # "ít nhất 01 bộ dữ liệu", "ít nhất 01-02 tác phẩm": the noun after the number or its range
                # ("hơn 1.000 tập dữ liệu mở" describes an inventory)
                rng = RANGE_TOP.match(text, b, min(len(text), b + 40))
                word = COUNT_NOUN.match(text, rng.end() if rng else b, min(len(text), b + 80))
                if not word or word.group(1).lower() in NOT_NOUNS:
                    continue
                unit, noun = "count", word.group(1)
                if rng:
                    skip_next_until = rng.end()
            elif isinstance(value, int) and _owner_before().search(text, max(0, a - 8), a):
                continue  # "giá trị trung bình Chỉ số CCHC của 63 tỉnh, thành phố đạt 87,48%": all of them, no count
            elif isinstance(value, int) and (units_m := _units_reaching_state(text, idx, b)) is not None:
                # "94 xã hoàn thành chuyển đổi số": how many units reached a state
                if _added_before().search(text, max(0, a - 12), a) and _raised_total().search(text, b, b + RAISE_REACH):
                    continue  # "thêm 8 xã đạt chuẩn ..., nâng tổng số xã đạt chuẩn lên 62 xã": the 8 is a change
                unit, noun = "count", units_m
            elif isinstance(value, int) and (raised := _raised_total().match(text, _clause_start(text, a), b + 40)) \
                    and raised.start("after" if raised.group("after") else 0) >= 0 \
                    and (raised.end() == b or (raised.group("after") and raised.start("after") > b
                                               and not text[b:raised.start("after")].strip())):
                # "nâng tổng số xã đạt chuẩn nông thôn mới lên 62 xã", "nâng tổng số lên 16 xã": the total
                unit, noun = "count", raised.group("noun") or raised.group("after")
            elif isinstance(value, int) and _counted_by_target_verb(text, idx, a):
                # "mục tiêu ... là cung cấp 982 dịch vụ công": a count a plan sets
                word = COUNT_NOUN.match(text, b, min(len(text), b + 80))
                if not word or word.group(1).lower().split()[0] in NOT_NOUNS or text.startswith("/", word.end()):
                    continue
                unit, noun = "count", word.group(1)
            elif _numerator_of_rate(text, idx, b, nxt_num):
                # "tích hợp 1.569 dịch vụ công ..., chiếm tỉ lệ 82%": the count the rate is made of
                word = COUNT_NOUN.match(text, b, min(len(text), b + 80))
                if not word or word.group(1).lower().split()[0] in NOT_NOUNS or stop_m or text.startswith("/", word.end()) \
                        or _subset_before().search(text, max(0, a - 20), a) or _number_label_before(text, a) \
                        or _rate_of_another(text, word.end(), nxt_num.start(), word.group(1)):
                    continue  # "01 Gb/s"; "trong đó có 4.377 TTHC (chiếm 68,8%)" sorts an inventory; "cấp độ 4"
                unit, noun = "count", word.group(1)
            elif isinstance(value, int) and (labelled := _labelled_count(text, idx, a, b)) is not None:
                # "Tổng số hồ sơ tiếp nhận: 325.118": a label naming what is counted, then the number
                unit, noun = "count", labelled
            elif isinstance(value, int) and (repeated := _label_noun_repeated(text, a, b)) is not None:
                # "Số bác sĩ trên 1 vạn dân đạt 14 bác sĩ": the number counts what the label counts
                unit, noun = "count", repeated
            elif isinstance(value, float) and _index_value(text, a, b):
                # "Chỉ số chuyển đổi số (DTI) năm 2023 đạt 0,5146, xếp hạng 20/63": an index's own value
                unit = "point"
            else:
                continue
        if top_unit is not None and pct is top_unit:
            skip_next_until = top_unit.end  # the top of the band is no figure of its own
        elif unit == "percent" and nxt_num is not None and PERCENT_BAND.fullmatch(text, b, nxt_num.start()):
            top = _first(idx.starting(nxt_num.end()), "unit")
            if top is not None and top.value == "percent":
                skip_next_until = top.end  # "từ 85% đến 90%": one band, its floor is the row
        op_m = _first(before, "op_before")
        if op_m and op_m.text.lower() == "từ" and _from_to().match(text, end):
            op_m = None  # "tăng từ 45% năm 2022 lên 60% năm 2023": where it started, not a floor
        start = op_m.start if op_m else (rank.start if rank else a)
        op = op_m.value if op_m else None
        op_after = _first(idx.starting(end), "op_after")
        if op_after:
            # "từ 3% trở xuống": the word after decides when the word before is only "từ"
            if op is None or (op_m and op_m.text.lower() == "từ"):
                op, start = op_after.value, (a if op_m and op_m.text.lower() == "từ" else start)
            end = op_after.end
        notes = []
        if op is None and rank is not None and rank.text.lower() in _rank_ceilings():
            op = "<="  # "nằm trong top 10": a standing of 10 or better, reported or set
            notes.append(STANDING_CEILING)
        if op is None and _after_baseline(idx, start):
            op = "<="  # "(xuống) còn 9 ngày": the new ceiling
            notes.append(CEILING_AFTER_BASELINE)
        out.append(Mention(value=value, unit=unit, start=start, end=end, vstart=a, vend=b, op=op, noun=noun,
                           of_units=units_m is not None, served=served, notes=notes))
    out.extend(_grades(text, idx))
    out.extend(_rank_groups(text, idx, is_blocked))
    out.extend(_rank_ordinals(text))
    out.extend(_rank_fractions(text, matches))
    out.extend(_unit_fractions(text, idx))
    out.extend(_score_fractions(text, idx))
    out.sort(key=lambda m: m.start)
    return _drop_definitions(text, _drop_baselines(text, out, idx))


COMMA_THOUSANDS = re.compile(r"\d{1,3},\d{3}")
DEFINITION_GAP = re.compile(r"[^,;.()\d]*(?<!\w)có(?!\w)[^,;.()\d]*")
# "8/13 huyện, thị xã, thành phố đạt trên 85%": the figure after the units defines the state they reached
UNITS_GAP = re.compile(r"[^;.()\d]*")


@lru_cache(maxsize=1)
def _state_gap():
    """The units (a list of short names), then the state's verb and its words up to the figure:
    "huyện, thị xã, thành phố đạt trên", "cơ quan, địa phương có tỷ lệ hồ sơ trực tuyến trên"; a small
    number naming an age or a span stays in those words ("cho trẻ dưới 1 tuổi từ")."""
    from .patterns import default

    return re.compile(r"[^;.()\d,]*(?:,\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)*\s+(?:"
                      + phrase_alternation(default().cues["state_verbs"]) + r")(?!\w)(?:[^;.,()\d]|\d{1,3}(?=\s+[^\W\d_]))*", re.IGNORECASE)


def _drop_definitions(text, mentions):
    """'cung cấp 982 dịch vụ công có số lượng hồ sơ phát sinh tối thiểu 1.000 hồ sơ/năm': a figure
    in a 'có ...' phrase describing the things just counted defines them; it is no row."""
    def defines(prev, m):
        gap = (prev.end, m.start)
        if prev.unit != "count" or not 0 < gap[1] - gap[0] <= 200:
            return False
        return bool(DEFINITION_GAP.fullmatch(text, *gap)
                    or (prev.of_units and m.unit in ("percent", "point") and _state_gap().fullmatch(text, *gap))
                    # "3 đơn vị đạt mức Khá": the grade (read with its verb) is the state the units reached
                    or (prev.of_units and m.unit == "grade" and UNITS_GAP.fullmatch(text, *gap)))

    def explains(m):
        # "được xử lý đúng hạn (không quá 15 ngày làm việc ...)": a bracket saying what the word
        # before it means
        opened = text.rfind("(", 0, m.start)
        return opened >= 0 and text.find(")", opened, m.start) < 0 and \
            _explained_words().search(text, max(0, opened - 40), opened) is not None

    drop = {i - 1 for i, m in enumerate(mentions) if i and _inside_rate(text, mentions[i - 1], m)}
    return [m for i, m in enumerate(mentions)
            if i not in drop and not (i and defines(mentions[i - 1], m)) and not explains(m)]


@lru_cache(maxsize=1)
def _rate_definition():
    """A rate's head, words with no verb linking a figure, the count, then a verb and the rate:
    "tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván từ 2 mũi trở lên (UV2+) đạt 92,4%"."""
    from .patterns import default

    return (re.compile(r"(?<!\w)(?:" + phrase_alternation(default().cues["share_heads"]) + r")\s+[^;:.\d]*$", re.IGNORECASE),
            re.compile(rate_link_gap() + r"[^;:.\d%]*$", re.IGNORECASE))


def _inside_rate(text, count, rate):
    """A count bound inside the name of the rate reported right after it: the count defines what the
    rate measures and is no row ("từ 2 mũi trở lên" above)."""
    if count.unit != "count" or count.of_units or rate.unit != "percent" or not 0 < rate.start - count.end <= 80:
        return False
    head, link = _rate_definition()
    before = text[_clause_start(text, count.start):count.start]
    gap = BRACKETED.sub(" ", text[count.end:rate.start])  # "(UV2+)": a short name, no figure
    return bool(head.search(before)) and not link.fullmatch(before) and bool(link.fullmatch(gap))



@lru_cache(maxsize=1)
def _explained_words():
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().cues["bracket_explained"]) + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _number_words():
    """Multiplier, times and ordinal words of patterns/units.yaml, compiled once."""
    from .patterns import default

    units = default().units

    return {
        "multiplier": re.compile(r"[ \t]*(" + phrase_alternation(units["multipliers"]) + r")[ \t]+", re.IGNORECASE),
        "factors": {str(k).lower(): v for k, v in units["multipliers"].items()},
        "times": re.compile(r"[ \t]*(?:" + phrase_alternation(units["times"]) + r")(?!\w)", re.IGNORECASE),
        "triggers": re.compile(r"(?:" + phrase_alternation(units["times_triggers"]) + r")\s*$", re.IGNORECASE),
        "ordinal": re.compile(r"(?<!\w)(?:" + phrase_alternation(units["ordinal_markers"]) + r")\s+("
                              + phrase_alternation(units["ordinals"]) + r")(?!\w)", re.IGNORECASE),
        "ordinals": {str(k).lower(): v for k, v in units["ordinals"].items()},
        "ordinal_cue": re.compile(r"(?<!\w)(?:" + phrase_alternation(units["ordinal_rank_cues"]) + r")(?!\w)",
                                  re.IGNORECASE),
    }


def multiplier(text, pos):
    """(factor, where the noun starts) for "37 nghìn hồ sơ" (or a unit cell "Nghìn lượt" at 0), else None."""
    words = _number_words()
    m = words["multiplier"].match(text, pos)
    return (words["factors"][m.group(1).lower()], m.end()) if m else None


def _is_times(text, idx, a, b, before):
    """"tăng 1,5 lần", "tăng ít nhất 1,5 lần", "gấp 2 lần": a change measured in times."""
    words = _number_words()
    if not words["times"].match(text, b):
        return False
    op_m = _first(before, "op_before")
    head = text[max(0, (op_m.start if op_m else a) - 30):(op_m.start if op_m else a)]
    return bool(words["triggers"].search(head))


def _rank_ordinals(text):
    """"giữ vị trí thứ hai và thứ ba": ranks written as ordinal words after a rank cue."""
    words, out = _number_words(), []
    for m in words["ordinal"].finditer(text):
        if not words["ordinal_cue"].search(text, max(0, m.start() - 40), m.start()):
            continue
        out.append(Mention(value=words["ordinals"][m.group(1).lower()], unit="rank", start=m.start(), end=m.end(),
                           vstart=m.start(1), vend=m.end(1)))
    return out


RANK_GROUP = re.compile(r"\bnhóm\s+(\d{1,3})(\s*/\s*\d{1,3})?\b")  # "nhóm 15/34 tỉnh, thành phố dẫn đầu" too


def _rank_groups(text, idx, is_blocked):
    """'nằm trong nhóm 10 tỉnh, thành phố dẫn đầu': a rank target of at most 10."""
    out = []
    for g in RANK_GROUP.finditer(text):
        cues = [c for p in range(g.end(), min(len(text), g.end() + 61)) for c in idx.by_start.get(p, ())
                if c.group == "rank_group_cues"]
        if not cues or (is_blocked(g.start(1)) and not g.group(2)):
            continue
        out.append(Mention(value=int(g.group(1)), unit="rank", start=g.start(), end=cues[0].end,
                           vstart=g.start(1), vend=g.end(1), op="<="))
    return out


# "14/16 đơn vị", "5.813/8.227 xã" (thousands with a dot)
COUNT_PART = r"(\d{1,3}(?:\.\d{3})+|\d{1,4})"
UNITS_OF_TOTAL = re.compile(r"(?<![\w/.,])" + COUNT_PART + r"\s*/\s*" + COUNT_PART + r"(?![\w/]|[.,]\d)[ \t]*")


CLOSING_BRACKET = re.compile(r"\s*\)\s*")


def _unit_fractions(text, idx):
    """'14/16 đơn vị', '11/11 xã, thị trấn được xếp loại Tốt': how many units of a set reached
    a state. A count of the first number; the words after it name the units and the state."""
    out = []
    for f in UNITS_OF_TOTAL.finditer(text):
        closing = CLOSING_BRACKET.match(text, f.end())  # "100% (12/12) xã": the units after the bracket
        after = idx.starting(closing.end() if closing else f.end())
        noun = _first(after, "unit_noun") or _first(after, "level") or _first(after, "counted_units")
        measured = None if noun else _first(after, "measured_nouns")  # "3.080/3.102 hồ sơ"
        part, whole = (int(g.replace(".", "")) for g in f.groups())
        if (noun is None and measured is None) or part > whole or _first(idx.ending(f.start()), "rank_before"):
            continue  # "xếp thứ 10/18 huyện" is a rank
        if MONTH_BEFORE.search(text, max(0, f.start(1) - 8), f.start(1)) or GROUP_BEFORE.search(text, max(0, f.start(1) - 8), f.start(1)):
            continue  # "tháng 11/2025 phường đạt ...": a month, not 11 of 2025 wards
        out.append(Mention(value=part, unit="count", start=f.start(), end=measured.end if measured else f.end(2),
                           vstart=f.start(1), vend=f.end(1), noun=measured.text if measured else None,
                           of_units=noun is not None))
    return out


@lru_cache(maxsize=1)
def _rank_compound_heads():
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().units["rank_compound_heads"]) + r")\s+$", re.IGNORECASE)


def _compound_before(text, pos):
    return _rank_compound_heads().search(text, max(0, pos - 12), pos) is not None


MONTH_BEFORE = re.compile(r"(?:tháng|quý)\s*$", re.IGNORECASE)
GROUP_BEFORE = re.compile(r"\bnhóm\s*$")  # "nhóm 15/34 tỉnh, thành phố dẫn đầu": a standing, read by _rank_groups
RANK_OF_TOTAL = re.compile(r"\s*(\d{1,3})\s*/\s*\d{1,3}\b(?!\s*/)")


def _rank_fractions(text, matches):
    """'xếp thứ 9/63': a rank out of a total (the number regex leaves fractions alone)."""
    out = []
    for m in matches:
        if m.group == "rank_before":
            f = RANK_OF_TOTAL.match(text, m.end)
            if f:
                out.append(Mention(value=int(f.group(1)), unit="rank", start=m.start, end=f.end(),
                                   vstart=f.start(1), vend=f.end(1)))
    return out


SCORE_OF_TOTAL = re.compile(r"(?<![\w/.,])(\d+(?:[.,]\d+)?)\s*/\s*(\d{2,3})\s*(điểm)\b", re.IGNORECASE)


def _score_fractions(text, idx):
    """'đạt từ 80/100 điểm trở lên': a score out of a total."""
    out = []
    for f in SCORE_OF_TOTAL.finditer(text):
        value = parse(f.group(1))
        if value is None:
            continue
        start, end, op = f.start(), f.end(), None
        b = _first(idx.ending(f.start()), "op_before")
        after = _first(idx.starting(f.end()), "op_after")
        if b:
            start, op = b.start, b.value
        if after and (op is None or (b and b.text.lower() == "từ")):
            end, op = after.end, after.value
        out.append(Mention(value=value, unit="point", start=start, end=end, vstart=f.start(1), vend=f.end(1), op=op))
    return out




@lru_cache(maxsize=1)
def _subset_before():
    """'trong đó (có)', 'riêng' right before a number: a part of an inventory named before."""
    from .patterns import default

    return re.compile(r"(?:" + phrase_alternation(default().cues["scope_intros"]) + r")(?:\s+có)?\s*$", re.IGNORECASE)
NUMERATOR_REACH = 160
RAISE_REACH = 200  # characters between a raising verb and its total: bounds the search on a long line

STANDING_CEILING = "standing written as a ceiling"  # "top 10": no operator word of its own
CEILING_AFTER_BASELINE = "ceiling after a baseline"  # "còn 9 ngày": a plan's ceiling, a report's level


UNIT_LIST_TAIL = re.compile(r"(?:\s*,\s*[^\W\d_]+(?:\s+[^\W\d_]+)?){0,3}\s*")


@lru_cache(maxsize=1)
def _coordinated_count():
    """A conjunction and the next count of units ("và 45 xã", "và 52/63 địa phương")."""
    from .patterns import default

    return re.compile(r"\s*,?\s*(?:" + phrase_alternation(default().cues["conjunctions"])
                      + r")\s+\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?\s*", re.IGNORECASE)


LABEL_END = re.compile(r"\s*[:：]?\s*$")
CLAUSE_END = re.compile(r"\s*(?:[.;]|$)")


def _labelled_count(text, idx, a, b):
    """The measured noun of a label that ends right before a bare number ending its clause
    ('Số hồ sơ đã giải quyết: 318.904', a statistics line), else None."""
    if not CLAUSE_END.match(text, b):
        return None
    start = max(text.rfind("\n", 0, a), text.rfind(";", 0, a), text.rfind(".", 0, max(0, a - 1))) + 1
    label = text[start:a]
    if not LABEL_END.search(label) or not 1 <= len(label.split()) <= 12 or re.search(r"\d", label):
        return None
    nouns = [m for m in idx.group_between("measured_nouns", start, a) if m.end <= a]
    return nouns[-1].text if nouns else None


def _label_noun_repeated(text, a, b):
    """The noun a count label opening the clause names ("Số bác sĩ ...", "Tổng số giường bệnh
    ...") when the number is followed by that noun again, else None."""
    start = max(text.rfind("\n", 0, a), text.rfind(";", 0, a), text.rfind(".", 0, max(0, a - 1))) + 1
    label = _count_label_opening().match(text, start, a)
    if not label and (comma := text.rfind(",", start, a)) >= 0 and re.search(r"\d", text[start:comma]) \
            and len(text[start:comma].split()) <= 8:
        # "Đến ngày 31/5/2022, số người ... là 68.215 người": a time before the label
        label = _count_label_opening().match(text, comma + 1, a)
    after = COUNT_NOUN.match(text, b, min(len(text), b + 40))
    if not label or not after:
        return None
    first = label.group("noun").lower()
    if first in _unit_kinds():
        return None  # "Số xã trên địa bàn huyện: 14 xã": units count only in a state they reached
    return after.group(1) if after.group(1).lower().split()[0] == first else None


@lru_cache(maxsize=1)
def _unit_kinds():
    from .patterns import default

    pats = default()
    return frozenset(str(w).lower().split()[0] for words in pats.levels["unit_nouns"].values() for w in words) \
        | frozenset(str(w).lower().split()[0] for w in pats.units["counted_units"])


@lru_cache(maxsize=1)
def _count_label_opening():
    from .patterns import default

    return re.compile(r"[\s\-–•+*]*(?:" + phrase_alternation(default().units["count_label_heads"]) + r")\s+(?P<noun>[^\W\d_]+)",
                      re.IGNORECASE)


def _units_reaching_state(text, idx, b):
    """The unit noun of 'N xã (, thị trấn) đạt chuẩn / hoàn thành ...' or of a label before
    the number ('Số xã đạt chuẩn nông thôn mới: 6 xã'), else None."""
    noun = _first(idx.starting(b), "unit_noun") or _first(idx.starting(b), "counted_units")
    if noun is not None:
        pos, first = noun.end, noun
        for _ in range(3):  # "3 huyện và 45 xã hoàn thành ...": the units joined share the state
            tail = UNIT_LIST_TAIL.match(text, pos)  # "xã, thị trấn", "huyện, thị xã, thành phố"
            pos = tail.end() if tail else pos
            if _unit_states().match(text, pos) or _state_bound().match(text, pos):
                return first.text  # ("3 xã dưới 80 điểm": a bound the units are under is their state)
            joined = _coordinated_count().match(text, pos)
            noun = joined and (_first(idx.starting(joined.end()), "unit_noun")
                               or _first(idx.starting(joined.end()), "counted_units"))
            if not noun:
                break
            pos = noun.end
    start = max(text.rfind("\n", 0, b), text.rfind(";", 0, b)) + 1
    label = _count_label().match(text, start)
    return label.group("noun") if label and label.end() == b else None


@lru_cache(maxsize=1)
def _count_label():
    from .patterns import default

    pats = default()
    nouns = [w for words in pats.levels["unit_nouns"].values() for w in words] + pats.units["counted_units"]
    return re.compile(r"[\s\-–•+*]*(?:" + phrase_alternation(pats.units["count_label_heads"]) + r")\s+(?P<noun>"
                      + phrase_alternation(nouns) + r")" + UNIT_LIST_TAIL.pattern + r"(?:"
                      + phrase_alternation(pats.units["unit_states"]) + r")(?!\w)[^:\n]{0,100}:\s*(?:\d+[.,])*\d+",
                      re.IGNORECASE)


def _people_served(text, a, b):
    """Where the people a service reached end, after a number right after "cho" ("giải quyết việc
    làm cho 12.846 lao động"; units.yaml beneficiary_links, beneficiary_nouns), else None."""
    links, nouns = _beneficiaries()
    link = links.search(text, max(0, a - 16), a)
    if not link:
        return None
    clause = max(text.rfind(",", 0, link.start()), text.rfind(";", 0, link.start()), text.rfind("\n", 0, link.start()))
    if re.search(r"\d", periods.without_periods(text[clause + 1:link.start()])):
        return None  # "tổ chức 11 lớp tập huấn cho 640 lượt cán bộ": who attended events, no service
    noun = nouns.match(text, b)
    return noun.end() if noun else None


@lru_cache(maxsize=1)
def _beneficiaries():
    from .patterns import default

    units = default().units
    return (re.compile(r"(?<!\w)(?:" + phrase_alternation(units["beneficiary_links"]) + r")\s+$", re.IGNORECASE),
            re.compile(r"\s+(?:" + phrase_alternation(units["beneficiary_nouns"]) + r")(?!\w)", re.IGNORECASE))


@lru_cache(maxsize=1)
def _owner_before():
    """'... của 63 tỉnh, thành phố đạt': a number after these names all the units a figure is
    taken over, no count (units.yaml owners_of_all)."""
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().units["owners_of_all"]) + r")\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _raised_total():
    """'nâng tổng số xã đạt chuẩn lên 62': a total raised to the number that ends the match."""
    from .patterns import default

    pats = default()
    nouns = [w for words in pats.levels["unit_nouns"].values() for w in words] + pats.units["counted_units"]
    # ("nâng tổng số lên 16 xã": the units named after the figure)
    units = phrase_alternation(nouns)
    return re.compile(r"[^;]*?(?:" + phrase_alternation(pats.units["raise_verbs"]) + r")\s+(?:"
                      + phrase_alternation(pats.units["count_label_heads"]) + r")(?:\s+(?P<noun>" + units
                      + r")(?!\w)[^;:\d]{0,100}?)?\s(?:" + phrase_alternation(pats.units["raise_links"]) + r")\s+(?:\d+[.,])*\d+(?:\s+(?P<after>" + units + r")(?!\w))?",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _added_before():
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().units["added_words"]) + r")\s*$", re.IGNORECASE)


def _clause_start(text, pos, reach=RAISE_REACH):
    """Where the clause around POS starts, looked for no farther back than REACH."""
    floor = max(0, pos - reach)
    return max(floor - 1, text.rfind(";", floor, pos), text.rfind(".", floor, max(floor, pos - 1))) + 1


@lru_cache(maxsize=1)
def _state_bound():
    from .patterns import default

    return re.compile(r"\s*(?:" + phrase_alternation(default().units["state_bounds"]) + r")\s+\d", re.IGNORECASE)


@lru_cache(maxsize=1)
def _unit_states():
    from .patterns import default

    return re.compile(r"(?:" + phrase_alternation(default().units["unit_states"]) + r")(?!\w)", re.IGNORECASE)


def _counted_by_target_verb(text, idx, a):
    """A number right after a verb of provision ('cung cấp 982', 'phát triển từ 05') in a clause
    that sets targets: the number of things the plan sets out to provide."""
    verb = _count_verbs().search(text, max(0, a - 30), a)
    if not verb:
        return False
    clause_start = text.rfind(";", 0, a) + 1
    return idx.has_cue("target_cues", clause_start, a)


@lru_cache(maxsize=1)
def _count_verbs():
    from .patterns import default

    words = default().cues["count_verbs"]
    return re.compile(r"(?<!\w)(?:" + phrase_alternation(words) + r")(?:\s+(?:từ|được|thêm))?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _rank_ceilings():
    from .patterns import default

    return frozenset(str(w).lower() for w in default().units["rank_ceilings"])


def _number_label_before(text, a):
    """'cấp độ 4', 'nhóm 2', 'mức 3': a number that labels, not one that counts ('cung cấp 1.102'
    ends with 'cấp' but provides)."""
    return bool(_number_labels().search(text, max(0, a - 20), a)) and not _count_verbs().search(text, max(0, a - 30), a)


@lru_cache(maxsize=1)
def _number_labels():
    from .patterns import default

    words = default().cues["number_labels"]
    # ("mức độ 3, 4", "mức độ 3 và 4": the numbers listed after the label label too)
    joins = r"(?:,|" + phrase_alternation(default().cues["conjunctions"]) + r")"
    return re.compile(r"(?<!\w)(?:" + phrase_alternation(words) + r")\s*(?:\d{1,2}\s*" + joins + r"\s*)*$", re.IGNORECASE)  # characters from a count to the rate made of it


def _numerator_of_rate(text, idx, b, nxt):
    """A whole number followed in its clause, with no figure between, by a percentage that a
    linking word ('chiếm tỉ lệ', 'đạt', 'tương đương') ties to it."""
    if nxt is None or nxt.start() - b > NUMERATOR_REACH or ";" in text[b:nxt.start()]:
        return False
    unit = _first(idx.starting(nxt.end()), "unit")
    link = [m for m in idx.ending(nxt.start()) if m.group == "cue" and m.value == "rate_links"]
    return bool(unit and unit.value == "percent" and link)


def _rate_of_another(text, a, b, noun):
    """'cung cấp 1.250 dịch vụ công ..., tỷ lệ hồ sơ trực tuyến đạt 68,4%': between the count and
    the percentage a rate head names something other than the noun counted."""
    head = _share_head().search(text, a, b)
    return bool(head) and fold(noun) not in fold(text[head.end():b])


@lru_cache(maxsize=1)
def _share_head():
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().cues["share_heads"]) + r")\s+(?=\w)", re.IGNORECASE)


def _ratio_to_plan(text, after):
    """'đạt 92% kế hoạch': the share of the plan met, no indicator's figure."""
    unit = _first(after, "unit")
    return bool(unit and unit.value == "percent" and _plan_ratio().match(text, unit.end))


@lru_cache(maxsize=1)
def _plan_ratio():
    from .patterns import default

    return re.compile(r"[ \t]*(?:" + phrase_alternation(default().units["plan_ratio_words"]) + r")(?!\w)")


def _never_after_unit(idx, after):
    """'10% tập thể': a never-measured noun right after the unit."""
    unit = _first(after, "unit")
    return bool(unit and _first(idx.starting(unit.end), "never_measured_nouns"))


def _after_baseline(idx, pos):
    return any(m.group == "cue" and m.value == "baseline_links" for m in idx.ending(pos))


@lru_cache(maxsize=1)
def _average_before():
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().units["average_words"]) + r")\s*$", re.IGNORECASE)


def _index_value(text, a, b):
    """The decimal at [a, b) is the value of an index: an index head earlier in its clause, a
    reaching verb right before it, and nothing measured after it (the clause or a standing goes on)."""
    rules = _index_rules()
    clause_start = text.rfind(";", 0, a) + 1
    return bool(rules["verb"].search(text, max(clause_start, a - 20), a)
                and rules["head"].search(text, max(clause_start, a - 150), a)
                and rules["end"].match(text, b))


@lru_cache(maxsize=1)
def _index_rules():
    from .patterns import default

    units = default().units
    return {"verb": re.compile(r"(?<!\w)(?:" + phrase_alternation(units["index_value_verbs"]) + r")\s*$", re.IGNORECASE),
            "head": index_head_re(),
            # after the value: the end of its clause, a bracket, or a standing
            "end": re.compile(r"\s*(?:$|[,;.)(]|(?:" + phrase_alternation(units["index_value_ends"]) + r")(?!\w))",
                              re.IGNORECASE)}


@lru_cache(maxsize=1)
def _average_after():
    from .patterns import default

    words = default().units["average_areas"]
    return re.compile(r"\s*(?:" + phrase_alternation(words) + r")(?!\w)", re.IGNORECASE)


def _grades(text, idx):
    found = []
    for g in (m for ms in idx.by_start.values() for m in ms if m.group == "grade"):
        trig = [m for m in idx.ending(g.start) if m.group == "grade_triggers"]
        if not trig:
            continue
        if _average_after().match(text, g.end):
            continue  # "cao hơn mức trung bình cả nước": an average, not a rating
        t = max(trig, key=lambda m: m.end - m.start)
        post = _first(idx.starting(g.end), "op_after")
        found.append(Mention(value=g.value, unit="grade", start=t.start, end=post.end if post else g.end,
                             vstart=g.start, vend=g.end, op=">="))
    # "Rất tốt" also contains "tốt": keep the longest grade at a place.
    return keep_longest(found, lambda m: m.vstart, lambda m: m.vend)


def _next_years_item(gap):
    """GAP, between two figures, opens the next item of a list of years ("; năm 2023 còn")."""
    before, semi, after = gap.partition(";")
    if not semi or before.strip():
        return False
    years = periods.mentions(after)
    return bool(years) and not after[:years[0].start].strip()


def _drop_baselines(text, mentions, idx):
    """'từ 26 ngày làm việc (xuống) còn 13 ngày': the first figure is the old value."""
    keep = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt and m.unit == nxt.unit and nxt.start - m.end < 80 and idx.cues_between("baseline_links", m.end, nxt.start):
            # (not "năm 2022 còn 48,5%; năm 2023 còn 44%": each year's own figure, a roadmap)
            if len(text[m.end:nxt.start].split()) <= 6 and not _next_years_item(text[m.end:nxt.start]):
                continue
        keep.append(m)
    return keep


@lru_cache(maxsize=1)
def _from_to():
    """After the first figure of "từ 45% (năm 2022) lên 60%": the way to the second one."""
    from .patterns import default

    return re.compile(r"(?:[^;.\d]|(?:19|20)\d\d){0,25}?(?<!\w)(?:" + phrase_alternation(default().cues["from_to_links"])
                      + r")\s+\d", re.IGNORECASE)

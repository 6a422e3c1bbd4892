"""Find the figures in a sentence: value, unit, operator, and what rules them out."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numbers import NUMBER, parse

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
    r"|\b\d\.\d{6}\b",  # procedure codes in the national TTHC database (1.001776)
    re.IGNORECASE,
)
SECTION_START = re.compile(r"^\s*(?:\(?\d+(?:\.\d+)*[.)]|\(?[IVXLC]+[.)]|\(?[a-zđ][.)])\s")
YEAR = re.compile(r"^(?:19[5-9]\d|20\d\d|2100)$")
RANGE_TOP = re.compile(r"\s*[-–]\s*\d+(?:[.,]\d+)?")
COUNT_NOUN = re.compile(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)")
NOT_NOUNS = {"đến", "và", "hoặc", "tới", "trở", "so", "của", "trên", "dưới", "năm", "lần"}
RANGE_LINK = re.compile(r"\s*(?:-|–|đến|tới)\s*$")


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


def _first(matches, group, pred):
    return next((m for m in matches if m.group == group and pred(m)), None)


def _gap_is_blank(text, a, b, allow=()):
    gap = text[a:b].strip().lower()
    return gap == "" or gap in allow


def find(text: str, matches, line_start: bool = False) -> list[Mention]:
    """All figures in TEXT (one sentence), given its phrase matches."""
    blocked = [(m.start(), m.end()) for m in NOT_FIGURES.finditer(text)]
    blocked += [(m.start, m.end) for m in matches if m.group == "all_levels"]
    if line_start:
        sec = SECTION_START.match(text)
        if sec:
            blocked.append((sec.start(), sec.end()))
    out = []
    skip_next_until = -1
    numbers = list(NUMBER.finditer(text))
    for idx, num in enumerate(numbers):
        a, b = num.start(), num.end()
        if a < skip_next_until or any(s <= a < e for s, e in blocked):
            continue
        value = parse(num.group())
        if value is None:
            continue
        before = [m for m in matches if m.end <= a and _gap_is_blank(text, m.end, a)]
        after = [m for m in matches if m.start >= b and _gap_is_blank(text, b, m.start)]
        if any(m.group == "cue" and m.value == "reference_words" for m in before):
            if not any(m.group == "rank_before" for m in before):
                continue
        nxt_num = numbers[idx + 1] if idx + 1 < len(numbers) else None
        if nxt_num and RANGE_LINK.fullmatch(text[b:nxt_num.start()]):
            # "từ 07 đến 09 thành viên": the words after the top of the range decide
            after = [m for m in matches if m.start >= nxt_num.end() and _gap_is_blank(text, nxt_num.end(), m.start)]
            if _first(after, "not_measured_nouns", lambda m: True) and not _first(after, "unit", lambda m: True):
                skip_next_until = nxt_num.end()
                continue
        if _first(after, "never_measured_nouns", lambda m: True) or (
                pct_after_never(text, after, matches)):
            continue
        unit, end, noun = None, b, None
        rank = _first(before, "rank_before", lambda m: True)
        pct = _first(after, "unit", lambda m: True)
        if rank:
            unit = "rank"
        elif pct:
            unit, end = pct.value, pct.end
            if unit == "day" and not any(m.group == "op_before" for m in before) and not _after_baseline(text, a, matches):
                continue  # "trong 10 ngày làm việc" is a duration, not a threshold
        else:
            noun_m = _first(after, "measured_nouns", lambda m: True)
            stop_m = _first(after, "not_measured_nouns", lambda m: True)
            if stop_m and not (noun_m and noun_m.end > stop_m.end):
                continue
            if isinstance(value, int) and YEAR.match(num.group()):
                continue
            if noun_m:
                unit, noun, end = "count", noun_m.text, noun_m.end
            elif before and any(m.group == "op_before" and m.text.lower() != "từ" for m in before):
                # "ít nhất 01 bộ dữ liệu", "ít nhất 01-02 tác phẩm": the noun after the number or its range
                rng = RANGE_TOP.match(text, b)
                word = COUNT_NOUN.match(text, rng.end() if rng else b)
                if not word or word.group(1).lower() in NOT_NOUNS:
                    continue
                unit, noun = "count", word.group(1)
                if rng:
                    skip_next_until = rng.end()
            else:
                continue
        # "từ 9,5 - 12%": the band's floor takes the unit written after its top.
        nxt = numbers[idx + 1] if idx + 1 < len(numbers) else None
        if nxt and RANGE_LINK.fullmatch(text[b:nxt.start()]):
            nxt_after = [m for m in matches if m.start >= nxt.end() and _gap_is_blank(text, nxt.end(), m.start)]
            top_unit = _first(nxt_after, "unit", lambda m: True)
            if top_unit:
                unit, end = top_unit.value, top_unit.end
                skip_next_until = top_unit.end
        op_m = _first(before, "op_before", lambda m: True)
        start = op_m.start if op_m else (rank.start if rank else a)
        op = op_m.value if op_m else None
        post = [m for m in matches if m.start >= end and _gap_is_blank(text, end, m.start)]
        op_after = _first(post, "op_after", lambda m: True)
        if op_after:
            # "từ 3% trở xuống": the word after decides when the word before is only "từ"
            if op is None or (op_m and op_m.text.lower() == "từ"):
                op, start = op_after.value, (a if op_m and op_m.text.lower() == "từ" else start)
            end = op_after.end
        if op is None and _after_baseline(text, start, matches):
            op = "<="  # "(xuống) còn 9 ngày": the new ceiling
        out.append(Mention(value=value, unit=unit, start=start, end=end, vstart=a, vend=b, op=op, noun=noun))
    out.extend(_grades(text, matches))
    out.extend(_rank_groups(text, matches, blocked))
    out.extend(_rank_fractions(text, matches))
    out.extend(_score_fractions(text, matches))
    out.sort(key=lambda m: m.start)
    return _drop_baselines(text, out, matches)


RANK_GROUP = re.compile(r"\bnhóm\s+(\d{1,3})\b")


def _rank_groups(text, matches, blocked):
    """'nằm trong nhóm 10 tỉnh, thành phố dẫn đầu': a rank target of at most 10."""
    cues = [m for m in matches if m.group == "rank_group_cues"]
    out = []
    for g in RANK_GROUP.finditer(text):
        cue = next((c for c in cues if 0 <= c.start - g.end() <= 60), None)
        if cue is None or any(s <= g.start(1) < e for s, e in blocked):
            continue
        out.append(Mention(value=int(g.group(1)), unit="rank", start=g.start(), end=cue.end,
                           vstart=g.start(1), vend=g.end(1), op="<="))
    return out


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


def _score_fractions(text, matches):
    """'đạt từ 80/100 điểm trở lên': a score out of a total."""
    out = []
    for f in SCORE_OF_TOTAL.finditer(text):
        value = parse(f.group(1))
        if value is None:
            continue
        start, end, op = f.start(), f.end(), None
        before = [m for m in matches if m.group == "op_before" and m.end <= f.start() and _gap_is_blank(text, m.end, f.start())]
        after = [m for m in matches if m.group == "op_after" and m.start >= f.end() and _gap_is_blank(text, f.end(), m.start)]
        if before:
            b = max(before, key=lambda m: m.end - m.start)
            start, op = b.start, b.value
        if after and (op is None or op == ">=" and before and before[0].text.lower() == "từ"):
            end, op = after[0].end, after[0].value
        out.append(Mention(value=value, unit="point", start=start, end=end, vstart=f.start(1), vend=f.end(1), op=op))
    return out


def pct_after_never(text, after, matches):
    """'10% tập thể': a never-measured noun right after the unit."""
    unit = _first(after, "unit", lambda m: True)
    if not unit:
        return False
    return any(m.group == "never_measured_nouns" and m.start >= unit.end and _gap_is_blank(text, unit.end, m.start)
               for m in matches)


def _after_baseline(text, pos, matches):
    return any(m.group == "cue" and m.value == "baseline_links" and m.end <= pos and _gap_is_blank(text, m.end, pos)
               for m in matches)


def _grades(text, matches):
    found = []
    for g in (m for m in matches if m.group == "grade"):
        trig = [m for m in matches if m.group == "grade_triggers" and m.end <= g.start
                and _gap_is_blank(text, m.end, g.start)]
        if not trig:
            continue
        t = max(trig, key=lambda m: m.end - m.start)
        end = g.end
        post = [m for m in matches if m.start >= end and _gap_is_blank(text, end, m.start) and m.group == "op_after"]
        op = ">="
        if post:
            end = post[0].end
        found.append(Mention(value=g.value, unit="grade", start=t.start, end=end, vstart=g.start, vend=g.end, op=op))
    # "Rất tốt" also contains "tốt": keep the longest grade at a place.
    found.sort(key=lambda m: (m.vstart, -(m.vend - m.vstart)))
    out, last_end = [], -1
    for m in found:
        if m.vstart >= last_end:
            out.append(m)
            last_end = m.vend
    return out


def _drop_baselines(text, mentions, matches):
    """'từ 26 ngày làm việc (xuống) còn 13 ngày': the first figure is the old value."""
    links = [m for m in matches if m.group == "cue" and m.value == "baseline_links"]
    keep = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt and m.unit == nxt.unit and any(m.end <= l.start and l.end <= nxt.start for l in links):
            between = text[m.end:nxt.start]
            if len(between.split()) <= 6:
                continue
        keep.append(m)
    return keep

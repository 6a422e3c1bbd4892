"""Target or result, and the year: what a clause's own words say of the kind of its figures
and of the period they are for, and the lead-ins that name only a time."""
from __future__ import annotations

import bisect
import re

from . import periods
from .phrases import act_reference_tail
from .sentence import LEADING_PERIOD, WORD, Sentence, Surroundings, in_brackets, words

LEADING_YEAR_AT = re.compile(r"\W{0,20}(?:dự\s+kiến\s+)?(?:trong\s+|đến\s+|vào\s+)?năm\s+((?:19|20)\d\d)\b", re.IGNORECASE)
YEAR_AFTER_FIGURE = re.compile(r"\s*\(?\s*(?:vào\s+|trong\s+)?năm\s+((?:19|20)\d\d)(?!\s*[-–/]\s*\d)(?=\s*(?:[,;.)]|và\b|$))",
                               re.IGNORECASE)
PART_OF_YEAR = re.compile(r"quý|tháng", re.IGNORECASE)


def kind_of(sent: Sentence, ctx: Surroundings, a=0, b=None, at=None):
    """Target or result for the clause text[a:b] (a sentence may hold both, split by ';'), its
    year, and whether the clause's own words decided it (a vote on reading the whole document
    as a report: pipeline.extract_source)."""
    b = len(sent.text) if b is None else b
    # a target quoted in brackets ("đạt 48% (chỉ tiêu 55%)") sets only its own figure (inline cues)
    targets = any(not in_brackets(sent.text, c.start) for c in sent.index.iter_cues("target_cues", a, b))
    results = sent.index.has_cue("result_cues", a, b)
    lead = LEADING_YEAR_AT.match(sent.text, a) or LEADING_YEAR_AT.match(sent.text, 0)
    lead_year = int(lead.group(1)) if lead else None
    aside = next(((s, e) for s, e in sent.asides(a, b) if s <= at < e), None) if at is not None else None
    if aside and (own := sent.years_between(*aside)):
        lead_year = own[0].year  # "Năm 2023, ... (năm 2022 tỉnh xếp thứ 27/63)": the bracket's year is its figures'
    past = sent.years_between(a, b, at)  # (a bracket's own figures keep its years: Sentence.asides)
    now = ctx.ref_year or ctx.doc_year
    past_year = now and past and min(y.year for y in past) < now and not targets
    if past_year and lead_year is None:
        lead_year = past[0].year  # "..., năm 2023, Bộ phận Một cửa ... tiếp nhận 12.450 hồ sơ"
    # "đã" reports what was done in a report, in a past year, or in a part of a year
    # ("Trong 9 tháng đầu năm 2025, toàn tỉnh đã tiếp nhận ..."); elsewhere it may only describe
    # a thing ("dữ liệu đã được số hóa ... được sử dụng lại")
    part_of_year = any(PART_OF_YEAR.search(sent.text, y.start, y.end) for y in past)
    default_kind = ctx.section_kind or ctx.default_kind
    # ("Năm 2022, ... . Ở cấp huyện, Bộ phận Một cửa đã tiếp nhận ...": the paragraph's past year)
    # (or, in a plan starting after the year it is written in, that year: "Năm học 2016 - 2017, ngành
    # Giáo dục đã ..." in a directive of August 2017 for the school year 2017 - 2018)
    past_paragraph = bool(ctx.para_year and now and not past and (
        ctx.para_year < now or (ctx.plan_start and now < ctx.plan_start and ctx.para_year <= now)))
    if default_kind == "result" or past_year or part_of_year or past_paragraph:
        results = results or sent.index.has_cue("past_markers", a, b)
    if lead_year and now and lead_year < now and not targets:
        return "result", lead_year, True
    if lead_year and ctx.plan_start and now and now < ctx.plan_start and lead_year <= now and not targets:
        # "Năm 2025, tỷ lệ ... đạt 45,2%" in a plan for 2026 signed in December 2025: the year it
        # is written in is the past the plan starts from
        return "result", lead_year, True
    if past_paragraph and not lead_year and not targets:
        # "Năm 2022, ... đã ... . Tỷ lệ hộ nghèo còn 3,5%.": the rest of a paragraph opened on a past year
        return "result", ctx.para_year, True
    due = [y.year for y in sent.deadlines if a <= y.start < b]
    if due and now and max(due) < now and not past and not targets:
        # "Đến cuối năm 2020, tỷ lệ ... đạt 71,2%" in a plan signed in 2021: where it starts from
        return "result", max(due), True
    if lead_year and now and lead_year > now and not results:
        return "target", lead_year, False  # "Dự kiến năm 2025, ..." in a review of 2024: what it plans
    if not lead_year and not past and now and ctx.para_year and ctx.para_year > now and not results:
        # "Năm 2020 là năm cuối ... . HĐND thống nhất 21 chỉ tiêu, trong đó: ... đạt 92%" in news of
        # December 2019: the paragraph opened on the year to come
        return "target", ctx.para_year, False
    if not lead_year and now and past and min(y.year for y in past) > now and not results:
        # "Theo Kế hoạch năm 2020, UBND tỉnh yêu cầu ... đạt trên 85%" in a review of 2019: a
        # clause naming only years to come plans them
        return "target", None, False
    if results and not targets and not (ctx.section_kind == "target" and not past_year):
        # under a heading of targets, "lũy kế đến hết năm 2025 có 35 xã" is a cumulative target
        return "result", lead_year or (past[0].year if past else None), True
    if targets:
        return "target", None, True
    if a > 0:  # "phấn đấu A đạt 98%; B đạt 60%; 100% xã có ...": an earlier clause's cue governs
        i = bisect.bisect_left(sent.semicolons, a)  # the ';' before this clause is semicolons[i - 1]
        for j in range(i - 1, max(-1, i - 20), -1):  # bounded: a hostile line may hold many ';'
            start, end = sent.semicolons[j - 1] + 1 if j > 0 else 0, sent.semicolons[j]
            references = [(r.start, r.end) for r in sent.index.iter_cues("plan_references", start, end)]
            if any(not in_brackets(sent.text, c.start) and not any(ra <= c.start < rb for ra, rb in references)
                   for c in sent.index.iter_cues("target_cues", start, end)):
                # (not a target quoted in brackets: "đạt 68,4% (chỉ tiêu ... là 50%)", nor one named as
                # what was met: "Có 8 bộ đạt và vượt mục tiêu 70%; có 11 tỉnh đạt trên 30%")
                return "target", None, False
            if sent.index.has_cue("result_cues", start, end) or any(
                    PART_OF_YEAR.search(sent.text, y.start, y.end) and (default_kind == "result" or not now or y.year < now)
                    for y in sent.years_between(start, end)):
                # "Kết quả quý III/2025, có 15/20 sở ... đạt mức Tốt; 3 đơn vị ..."; not a plan's
                # milestones ("quý I/2024 đạt từ 75 điểm; 6 tháng đầu năm đạt từ 78 điểm" in a plan for 2024)
                return "result", None, False
    if ctx.line_kind:
        # (the line's year only when the clause names none of its own: "... năm 2020 tại huyện đạt 93,4%")
        return ctx.line_kind, None if past else ctx.line_year, False
    return default_kind, None, False


YEARS_IN_TURN = re.compile(r"[\s,]*(?:vào|trong|cho|tương ứng(?: với)?)?\s*(?:các\s+)?năm\s+((?:19|20)\d\d(?:\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d\d)+)",
                           re.IGNORECASE)


def years_respectively(sent, mentions):
    """'lần lượt đạt 40%, 50% và 60% vào các năm 2026, 2027, 2028': {index of each figure: its
    year}, when the figures after 'lần lượt' are as many as the years listed after the last."""
    cues = sent.cues("respectively")
    if not cues:
        return {}
    after = [i for i, m in enumerate(mentions) if m.start > cues[0].end]
    if len(after) < 2:
        return {}
    m = YEARS_IN_TURN.match(sent.text, mentions[after[-1]].end)
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(1))] if m else []
    return dict(zip(after, years)) if len(years) == len(after) else {}


def target_word_before(sent, pos):
    """A target word right before POS, or before a deadline that is ("phấn đấu đến ngày 31/12/2025 tỷ lệ")."""
    if sent.ending_at(pos, ("cue",), ("target_cues",)):
        return True
    for cue in sent.cues_between("target_cues", max(0, pos - 60), pos):
        gap = sent.text[cue.end:pos].strip()
        if gap and LEADING_PERIOD.fullmatch(gap):
            return True
    return False


def past_lead_ins(sent, a, b):
    """Skip comma-separated lead-ins that name no indicator: a source ("Theo số liệu của Bộ
    KH&CN, ...") or a bare period ("trong năm 2024, ...", "tính đến 26/10, ...")."""
    text, in_source = sent.text, False
    while a < b:
        comma = _top_level_comma(text, a, b)
        if comma < 0:
            break
        source = sent.at(a, ("cue",), ("source_intros",))
        # a source's name may hold commas ("Theo số liệu từ hệ thống giám sát, đo lường Chính phủ
        # số (EMC), ..."): a short lower-case chunk that opens with no indicator head goes on with it
        goes_on = in_source and text[a:a + 1].islower() and (
            words(text[a:comma]) <= 6 or act_reference_tail().search(text, a, comma)) and \
            not sent.at(a, ("cue",), ("indicator_heads",))
        if source is None and not goes_on and not bare_period(sent, a, comma):
            break
        in_source = source is not None or goes_on
        a = comma + 1 + len(re.match(r"\s*", text[comma + 1:b]).group(0))
    return a


DATE_LIKE = re.compile(r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?")


def bare_period(sent, a, b):
    """text[a:b] names only a time: a period or date and the words that lead into one
    ("trong năm 2024", "tính đến 26/10", "quý II/2024")."""
    chunk = list(sent.text[a:b])
    found = periods.mentions(sent.text, a, b)
    for y in found:
        chunk[y.start - a:y.end - a] = " " * (y.end - y.start)
    rest = DATE_LIKE.sub(" ", "".join(chunk))
    now = sent.cues_between("now_cues", a, b)  # "Đến nay, ...", "Hiện nay, ..."
    for cue in sent.cues_between("period_lead_words", a, b) + now:
        rest = rest[:cue.start - a] + " " * (cue.end - cue.start) + rest[cue.end - a:]
    return bool(found or now or DATE_LIKE.search(sent.text, a, b)) and not WORD.search(rest)


def _top_level_comma(text, a, b):
    """The first comma in text[a:b] outside parentheses, or -1."""
    depth = 0
    for i in range(a, b):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            return i
    return -1

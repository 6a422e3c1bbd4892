"""Turn the figures of one sentence into target rows: indicator, level, scope, kind, year.

Vietnamese targets are written in a handful of shapes, handled here from the phrase
matches of patterns/. Still written into this module (to move to patterns/): the year
prepositions of the year regexes below and the conjunctions "và"/"hoặc"/"số".

- "INDICATOR đạt tối thiểu 90%"                   indicator before the figure
- "tối thiểu 90% INDICATOR", "số hóa 60% hồ sơ"     indicator (and its verb) around it
- "HEAD: Tối thiểu 70% đối với Sở...; 40% UBND cấp huyện"   a head shared by split levels
- "Đối với HEAD, các sở đạt 50%, UBND cấp xã đạt 20%"        levels written as subjects
- "4 chỉ tiêu đạt 100% gồm: A; B; C và D", "A và Tỷ lệ B đạt 80%"   one figure, many rows
- "trong đó lĩnh vực đất đai đạt 85%"               a sub-scope of the previous indicator
- "năm 2026 đạt 90%, năm 2027 đạt 95%"              one row per year
- "đạt 45,8%, chưa đạt mục tiêu 50%"                a result and its target in one sentence
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from . import breakdowns, periods
from .items import find_head, later_label, respectively, split_items, unit_item, units_respectively
from .kinds import (YEAR_AFTER_FIGURE, YEARS_IN_TURN, bare_period, kind_of, past_lead_ins,
                    target_word_before, years_respectively)
from .phrases import (act_citation_only, holding_verbs, moving_words, list_lead_tail_re, part_lead_re, share_heads, index_year, names_results, added_units_re, rate_base_only, base_lead_re, self_subjects, change_after_comma, change_words, level_phrase_re, level_phrases, trailing_levels_re, coordinated_units, count_label_head, figure_before_change, lead_only_re, now_lead_re, whole_area_lead_re, amount_before_change,
                      lead_words, linked, names_a_base, owner_before, raised_label, raised_object, share_gap, share_name, state_verb_after,
                      strong_heads, target_words, unit_noun_levels, unit_noun_re, unit_states_re)
from .sentence import LEADING_YEAR, PUNCT_EDGE, Row, Sentence, Surroundings, in_brackets, words
from .thresholds import CEILING_AFTER_BASELINE, STANDING_CEILING, score_scale
from .vntext import blanked

INDEX_REACH = 300  # characters before a figure where the index it reports may be named with its year
FORMULA = re.compile(r"\s[=×]\s|\)\s*[x×]\s|\s[x×]\s*\d")  # "(80 giờ x 40.000 đồng) x hồ sơ", "b/a x 100%"
FRACTION = re.compile(r"\d+(?:[.,]\d+)*\s*/\s*\d")


# a figure with no units of its own before a verb ("... và 90% đạt cấp độ 5") and what may join it
# to the figure before
ELLIPSIS = re.compile(r"\s+(?:đạt|có|được|hoàn thành)\b", re.IGNORECASE)
LINK_ONLY = re.compile(r"[^%;.]{0,80}?(?:,|\bvà)\s*", re.IGNORECASE)


INLINE_REACH = 40  # characters
SHORT_ITEM = 9  # words: a lead-in this short names the item with the words after its figure


def _drop_qualifying_grades(sent):
    """'70% số xã ... đạt loại Khá': the grade qualifies the units counted, it is no row."""
    out = []
    for m in sent.mentions:
        prev = out[-1] if out else None
        if m.unit == "grade" and prev is not None and prev.unit == "count" and prev.noun is None and \
                FRACTION.match(sent.text, prev.start) and ";" not in sent.text[prev.end:m.start]:
            continue  # "11/11 xã được xếp loại Tốt": the grade is the state the units reached
        if m.unit == "grade" and prev is not None and prev.unit == "percent":
            between = sent.text[prev.end:m.start]
            q = prev.end + len(re.match(r"\s*(?:số\s+)?", between).group(0))
            if ";" not in between and sent.at(q, ("unit_noun", "level")):
                continue
        if m.unit == "count" and prev is not None and prev.unit == "percent" and m.op:
            # "100% cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng AI": the count defines the units counted
            between = sent.text[prev.end:m.start]
            if re.match(r" ?[^\W\d_]", between) and not re.search(r"[;.]|\bđạt\b", between) and words(between) <= 12:
                continue
        out.append(m)
    sent.mentions = out


# "Có 20 cơ quan được đánh giá, ...": a clause that only says how many there are, before the indicator
INVENTORY_LEAD = re.compile(r"\W*(?:[^\W\d_]+\s+){0,2}(?:có\s+)?\d[\d.]*\s+[^\W\d_][^,;:\d]{0,60},\s*", re.IGNORECASE)
OPENING_BRACKET = re.compile(r"\s*\(\s*")
SIBLING_GAP = re.compile(r"\s*[,;]\s*")  # the separator between two parts listed
MAX_PART_WORDS = 5


@dataclass
class _Figure:
    """What one figure of a sentence collects on its way to rows."""

    m: object
    nxt: object
    limit: int
    levels: list = field(default_factory=list)
    lv_end: int = 0
    list_m: object = None
    post_text: str = ""
    post_span: tuple | None = None
    next_pre: int = 0
    pre_text: str = ""
    span: tuple = (0, 0)  # the text before the figure that names it
    scope: str | None = None
    year: int | None = None
    subject: bool = False
    indicator: str = ""
    confidence: float = 0.9
    evidence_from: int = 0
    kind: str = "target"
    clause: tuple = (0, 0)
    forced: bool = False  # named by a "lần lượt" list
    open_year: bool = False
    reported_year: bool = False
    held_by: str | None = None  # the named unit holding the rate, written before its head


def assemble(sent: Sentence, ctx: Surroundings) -> tuple[list[Row], Counter]:
    """The rows of the sentence's figures, and the votes of the clauses whose own words decided
    their kind (kind_of)."""
    if not sent.mentions or FORMULA.search(sent.text):
        return [], Counter()
    if sent.cues("scoring_cues"):
        # a scoring rule mutes its own clause ("phân tích những tiêu chí bị trừ điểm; phấn đấu
        # năm 2024 PAR INDEX đạt trên 89%": the target after ';' stands)
        ruled = {sent.clause_of(c.start, c.end) for c in sent.cues("scoring_cues")}
        sent.mentions = [m for m in sent.mentions if sent.clause_of(m.start, m.end) not in ruled]
        if not sent.mentions:
            return [], Counter()
    _drop_qualifying_grades(sent)
    asides = _fraction_asides(sent)
    if asides:
        return _with_asides(sent, ctx, asides)
    assembler = _Assembler(sent, ctx)
    return assembler.rows(), assembler.votes


# between a share and a bracket holding the units it counts: "100% (12/12) xã", "100% xã (12/12 xã)"
ASIDE_GAP = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}\(\s*")
ASIDE_CLOSE = re.compile(r"[^\d()]{0,30}?\)")


def _fraction_asides(sent):
    """[(figure kept, figure in brackets, bracket start, bracket end)]: a share of units followed
    by the units it counts in brackets ("100% (12/12) xã"), or units counted followed by their
    share in brackets ("32/34 phường, xã (đạt 94,1%) hoàn thành ...")."""
    out, text = [], sent.text
    for first, second in zip(sent.mentions, sent.mentions[1:]):
        if first.unit == "percent" and second.of_units:
            gap, close = ASIDE_GAP.fullmatch(text, first.end, second.start), ASIDE_CLOSE.match(text, second.end)
        elif first.of_units and first.unit == "count" and second.unit == "percent":
            gap, close = share_gap().fullmatch(text, first.end, second.start), SHARE_CLOSE.match(text, second.end)
        else:
            continue
        if gap and close:
            out.append((first, second, text.rfind("(", first.end, second.start), close.end()))
    return out


SHARE_CLOSE = re.compile(r"\s*\)")


def _with_asides(sent, ctx, asides):
    """'100% (12/12) xã có điểm phục vụ bưu chính': each bracket is read as an aside, so the figure
    before it takes the words after it; the figure in it is a row of its own on the same words
    (the units counted, or their share)."""
    text, hidden = sent.text, {id(inner) for _, inner, _, _ in asides}
    # the brackets and the numbers go; units named inside ("(11/12 xã)") stay, as the share's units
    blanks = [span for kept, inner, a, b in asides
              for span in (((a, inner.end), (b - 1, b)) if kept.unit == "percent" and not sent.text[kept.end:a].strip()
                           else ((a, b),))]
    for a, b in blanks:
        text = text[:a] + " " * (b - a) + text[b:]
    inner_sent = Sentence(text, [m for m in sent.matches if not any(a <= m.start < b for a, b in blanks)],
                          [m for m in sent.mentions if id(m) not in hidden], sent.all_levels)
    kept_at = {(sent.text[kept.start:kept.end], kept.start): inner for kept, inner, _, _ in asides}
    out, assembler = [], _Assembler(inner_sent, ctx)
    for row in assembler.rows():
        out.append(row)
        inner = next((f for (t, at), f in kept_at.items() if t == row.threshold_text and row.start <= at < row.end), None)
        if inner is None:
            continue
        shown = sent.text[inner.start:inner.end]
        if inner.unit == "count":
            out.append(replace(row, value=inner.value, unit="count", op="=" if row.kind == "result" else row.op,
                               threshold_text=shown, counts_units=True, noun=None))
        else:
            out.append(replace(row, value=inner.value, unit="percent", op="=" if row.kind == "result" else row.op,
                               threshold_text=shown, counts_units=False, noun=None, indicator=share_name(row.indicator)))
    return out, assembler.votes


BASELINE_BEFORE_BRACKET = re.compile(r"so\s+với\s+(?:cùng\s+kỳ\s+)?năm\s+(?:19|20)\d\d\s*$", re.IGNORECASE)


class _Assembler:
    """Reads the figures of one sentence left to right; each step is one method."""

    def __init__(self, sent: Sentence, ctx: Surroundings):
        self.sent, self.ctx, self.text = sent, ctx, sent.text
        self.mentions = sent.mentions
        # (a year inside a bracket of figures is theirs: Sentence.asides; _clause_year reads it for them)
        first_year = periods.first(blanked(self.text, sent.asides(0, len(self.text))), periods.ROW_KINDS)
        self.s_year = first_year.year if first_year else None
        self.s_year_at = first_year.start if first_year else None
        self.head, self.pre_start, topic_levels, self.line_unit = find_head(sent, self.mentions[0], ctx)
        self.head_from_line = self.head is not None and self.head == ctx.line_head
        if self.head and not self.head_from_line:
            self._lead_operator()
        # "Cụ thể, ở các nhóm chỉ số thành phần: Công khai, minh bạch đạt 17,2/18 điểm; ...": the lead
        # names parts of what the row before measured, no indicator
        colon = self.text.rfind(":", 0, self.pre_start)
        self.parts_lead = bool(ctx.prev and colon >= 0 and not self.head_from_line
                               and part_lead_re().search(self.text[:colon].rstrip()))
        if self.parts_lead:
            self.head = None
        self.head_items = None
        if self.head and not topic_levels:
            hs = self.text.find(self.head)
            if hs >= 0:
                parts = split_items(self.text, hs, hs + len(self.head), sent)
                if len(parts) > 1:
                    self.head_items = [self.text[slice(*sent.trim(*p))] for p in parts]
        self.forced = respectively(sent, self.mentions, self.pre_start)
        self.units_in_turn = {} if self.forced else units_respectively(sent, self.mentions, self.pre_start,
                                                                        ctx.juris_level)
        self.years_in_turn = years_respectively(sent, self.mentions)
        self.clause_levels = list(topic_levels)
        # the clause levels came from a subject leading the sentence (or a lead naming the level of the
        # items after it: "..., trên phạm vi toàn quốc: A đạt 97,6%; B đạt 38,7%")
        self.subject_led = bool(topic_levels)
        self.clause_levels_end = None  # where a bracket holding the subject of the clause levels closes
        self.units_before = []  # levels of the units named right after the previous figure
        self.clause_years = {}  # (start, end) of a ';' clause -> its year (_clause_year)
        self.out: list[Row] = []
        self.prev_row = ctx.prev
        self.votes = Counter()  # kinds decided by their clauses' own words

    def _lead_operator(self):
        """'Phấn đấu tỷ lệ hộ nghèo ... không vượt quá mức sau: năm 2022: 19,5%; năm 2023: 16%': a
        comparison closing the lead bounds every figure of the list after it that has none of its
        own, and is no part of the indicator's name."""
        colon = self.text.rfind(":", 0, self.pre_start)
        at = self.text.find(self.head)
        if colon < 0 or at < 0 or at + len(self.head) > colon + 1:
            return
        ops = [m for m in self.sent.matches if m.group == "op_before" and at <= m.start < colon
               and not words(list_lead_tail_re().sub("", self.text[m.end:colon]))]
        if not ops:
            return
        last = max(m.end for m in ops)
        op = min((m for m in ops if m.end == last), key=lambda m: m.start)  # "không vượt quá", not "vượt quá"
        for m in self.mentions:
            if m.start > colon and m.op is None:
                m.op = op.value
        head = self.text[at:op.start]
        deadline = next((d for d in self.sent.deadlines if at <= d.start < op.start), None)
        self.head = head[:deadline.start - at] if deadline else head
        self.head = self.head.rstrip(" ,")

    def rows(self) -> list[Row]:
        if self.head and _is_band_label(self.sent, self.head):
            return []  # "Loại Tốt: từ 90 điểm trở lên" defines a rating band
        pending = []  # figures of levels alone, waiting for the words a later figure of the list ends with
        for i, m in enumerate(self.mentions):
            nxt = self.mentions[i + 1] if i + 1 < len(self.mentions) else None
            if i and (label := later_label(self.sent, self.mentions[i - 1].end, m.start)) is not None:
                self._relabel(*label)
            f = _Figure(m=m, nxt=nxt, limit=nxt.start if nxt else len(self.text))
            self._after(f)
            self._before(f, i)
            units_named = f.lv_end > m.end and bool(f.levels)
            if not f.levels and self.units_before and ELLIPSIS.match(self.text, m.end) and \
                    LINK_ONLY.fullmatch(self.text, self.mentions[i - 1].end, m.start):
                # "100% bộ, ngành, địa phương đạt cấp độ 4 và 90% đạt cấp độ 5": the same units
                f.levels = list(self.units_before)
            self.units_before = f.levels if units_named else []
            self.pre_start = f.next_pre
            if f.levels and not f.post_text and not words(f.pre_text) and not self.head and nxt is not None \
                    and nxt.unit == m.unit and not m.of_units:
                pending.append((i, f))  # "Cấp tỉnh đạt 100%, cấp huyện đạt 90%, cấp xã đạt 80% hồ sơ ..."
                continue
            if pending and f.post_text and f.levels and self._indicator(f, i):
                self._shared_predicate(pending, f, i)
            else:
                self._flush(pending)
                if self._indicator(f, i) and self._kind(f, i):
                    self._emit(f)
            pending = []
        self._flush(pending)
        self._first_of_level_split()
        self._country_as_subject()
        self._trailing_all_levels()
        self._trailing_level_list()
        return self.out

    def _relabel(self, start, colon):
        """A label after a ';' names the figures after its colon, as the sentence's first label
        named those before it."""
        ha, hb = self.sent.trim(start, colon)
        self.head, self.head_from_line, self.head_items = self.text[ha:hb], False, None
        self.pre_start = colon + 1

    def _trailing_all_levels(self):
        """'Phấn đấu 100% hồ sơ được số hóa khi tiếp nhận ở cả 3 cấp': the phrase naming every
        level closes the indicator after the figure; one row per level (GOLD)."""
        juris = self.ctx.juris_level
        for row in self.out:
            low = row.indicator.lower()
            for levels, only, phrase in sorted(self.sent.all_levels, key=lambda e: e[1] is None):
                if only not in (None, juris):
                    continue
                # the levels may be named after it: "ở cả 3 cấp tỉnh, huyện, xã", "ở cả 2 cấp huyện, xã"
                tail = re.search(r"\s*(?:(?:ở|tại)\s+)?" + re.escape(phrase)
                                 + r"(\s+\w+(?:\s*(?:,|và)\s*\w+)+)?\s*$", low)
                if not tail or tail.start() == 0:
                    continue
                if tail.group(1):
                    named = [level_phrases().get(f"cấp {w}") for w in re.findall(r"\w+", tail.group(1)) if w != "và"]
                    if None in named:
                        continue
                    levels = named
                # (levels read already from the phrase stay; the phrase leaves the indicator)
                row.levels = row.levels or list(dict.fromkeys(levels))
                row.indicator = row.indicator[:tail.start()].rstrip(" ,")
                break

    def _trailing_level_list(self):
        """'Tỷ lệ hồ sơ giải quyết đúng hạn ở cấp huyện, cấp xã đạt 98%': levels listed after
        "ở"/"tại" close the indicator; one row per level (GOLD: "ở/tại (cả) N cấp")."""
        out = []
        for row in self.out:
            tail = None if row.levels else trailing_levels_re().search(row.indicator)
            if tail is None:
                out.append(row)
                continue
            phrases = level_phrases()
            levels = [phrases[p.lower()] for p in level_phrase_re().findall(tail.group(0))]
            stem = row.indicator[:tail.start()].rstrip(" ,")
            out.extend(replace(row, indicator=stem, levels=[lv]) for lv in dict.fromkeys(levels))
        self.out = out

    def _country_as_subject(self):
        """'... phấn đấu cả nước có ít nhất 80% số xã ..., thu nhập ... tăng ít nhất 1,5 lần': the
        whole country as the sentence's subject gives its figures with no level of their own the
        national level (GOLD: whole-country figures are national when the text says so)."""
        if not self.out or not self.mentions:
            return
        subject = next((c for c in self.sent.cues_between("closing_areas", 0, self.mentions[0].start)
                        if state_verb_after().match(self.text, c.end)), None)
        if subject is None:
            return
        for row in self.out:
            if not row.levels and not row.scope and row.start >= subject.start:
                row.levels = ["national"]

    def _first_of_level_split(self):
        """'Tỷ lệ hồ sơ đúng hạn cấp tỉnh đạt 99,5%, cấp huyện đạt 98,7%, cấp xã đạt 99,1%': the
        level closing the first indicator opens a split by level, as the figures after it show."""
        phrases = {self.text[m.start:m.end].lower(): m.value for m in self.sent.matches if m.group == "level"}
        for i, row in enumerate(self.out):
            if row.levels:
                continue
            low = row.indicator.lower()
            closing = next((p for p in sorted(phrases, key=len, reverse=True) if low.endswith(" " + p)), None)
            if closing is None:
                continue
            siblings = [r for r in self.out[i + 1:] if r.indicator == row.indicator and r.levels
                        and phrases[closing] not in r.levels]
            if siblings:
                stem = row.indicator[:len(row.indicator) - len(closing)].rstrip(" ,")
                row.levels = [phrases[closing]]
                for r in [row] + siblings:
                    r.indicator = stem

    # --- after the figure: levels, a list, or the indicator itself ("60% hồ sơ ...")
    def _after(self, f):
        sent, text, ctx, m = self.sent, self.text, self.ctx, f.m
        f.levels, f.lv_end = ([], m.end) if m.unit == "rank" else sent.level_list(m.end, f.limit, ctx.juris_level)
        lm = re.match(r"[\s,]*", text[f.lv_end:f.limit])
        f.list_m = sent.at(f.lv_end + lm.end(), ("cue",), ("list_intros",))
        post_from, post_level = m.end, None
        if re.match(r"[ \t]*[^\W\d_(]", text[m.end:m.end + 40]) and m.unit not in ("grade", "rank") and not f.list_m \
                and not score_scale().match(text, m.end):
            # words after the levels make the levels the subject of an indicator ("100% UBND cấp xã hoàn thành ...")
            after_levels = not f.levels or words(
                text[slice(*sent.trim(f.lv_end, _clause_end(sent, f.lv_end, f.limit)))]) >= 2
            q = m.end + len(re.match(r"\s*(?:số\s+)?", text[m.end:f.limit]).group(0))
            unit_noun = sent.at(q, ("unit_noun", "level"))
            if unit_noun:
                post_level = [unit_noun.value] if unit_noun.group == "unit_noun" else sent.expand(unit_noun, ctx.juris_level)
            elif ctx.juris_level == "national":
                post_level = breakdowns.national_document_units(text, q) or None
            if not after_levels:
                post_from = None
        else:
            post_from = None
        assigned = self._assigned_after(f, post_from) if post_from is not None and not f.levels else None
        if assigned:
            # "80% hồ sơ được số hóa đối với cấp tỉnh; 60% ...": the levels closing the words after it
            f.levels, f.lv_end = assigned[1], assigned[2]
        post_b, f.next_pre = self._split_gap(f, post_from)
        if post_from is None:
            return
        if assigned:
            post_b = assigned[0]
        elif m.of_units and m.unit == "count" and f.nxt is not None and f.nxt.start < (state_end := _units_state_end(
                sent, m.end)) and not re.search(r"[,;(]", text[m.end:f.nxt.start]) and words(text[m.end:f.nxt.start]) <= 8:
            post_b = state_end  # "10 xã đạt từ 80 đến dưới 90 điểm": the bound is part of the units' state
        aside = next((s for s, _ in sent.asides(post_from, len(text)) if s < post_b), None)
        if aside is not None:
            post_b = aside  # "đạt 91,5% dân số (chỉ tiêu toàn quốc ... là 91%)": a bracket of its own figures
        change = change_after_comma().search(text, post_from, post_b)
        if change:
            post_b = change.start()  # "đạt 95,6% dân số, vượt 0,4% chỉ tiêu ...": a change follows, no part of it
        pa, pb = sent.trim(post_from, post_b)
        if not (words(text[pa:pb]) >= 2 or (m.unit == "count" and words(text[pa:pb]) >= 1)):
            return
        f.post_text, f.post_span = text[pa:pb], (pa, pb)
        if post_level and not f.levels:
            f.levels = post_level
        if not f.levels:  # "100% UBND cấp xã hoàn thành ...": the units counted open the words after
            verb = sent.index.first_cue("subject_verbs", pa, pb)
            subject_end = verb.start if verb else pb
            # staff and bodies of a level are of that level ("100% cán bộ, công chức cấp xã được ...");
            # not a level that qualifies what is counted ("100% hồ sơ công việc cấp huyện, cấp xã được
            # xử lý ..."), nor units that own or receive it ("cán bộ ... của bộ, ngành, địa phương");
            # but levels after "tại"/"ở" place it ("hồ sơ công việc tại cấp bộ, tỉnh, cấp xã được ...")
            start = sent.skip_marker(pa, subject_end)
            opening = sent.level_at(start, subject_end) or sent.at(start, ("cue",), ("level_bearers",))
            placed = [c.end for c in sent.cues_between("level_assigners", pa, subject_end)]
            found = [x for g in ("level", "all_levels") for x in sent.index.group_between(g, pa, subject_end)
                     if x.end <= subject_end and not owner_before(text, x.start)] \
                if opening or placed else []
            f.levels = list(dict.fromkeys(lv for x in found for lv in sent.expand(x, ctx.juris_level)))
            f.levels += [lv for lv in _cap_list_levels(text, found) if lv not in f.levels]
            if f.levels == [ctx.juris_level] and not any(CAP_LEVEL.match(text, x.start) for x in found):
                f.levels = []  # a commune's own procedures: the jurisdiction as a whole ("tại cấp tỉnh" is a level)

    def _named_later(self, f):
        """(index, named unit or None) when the figure opens its sentence and a comma follows it,
        and what comes after names an index (see breakdowns.topic_of); else None."""
        text, m = self.text, f.m
        if self.mentions[0] is not m or not re.match(r"\s*,", text[m.end:]):
            return None
        rest = text[m.end:]
        topic = breakdowns.topic_of(rest, min_words=3)
        if topic is None:
            return None
        named = [u for u in breakdowns.units(rest[:rest.find(topic)], self.ctx.juris_level) if u.named]
        return topic, (named[0] if named else None)

    def _shared_predicate(self, pending, last, last_i):
        """'Cấp tỉnh đạt 100%, cấp huyện đạt 90%, cấp xã đạt 80% hồ sơ được số hóa': the words
        after the last figure of a list of levels name what each of them measures."""
        for i, f in pending + [(last_i, last)]:
            f.indicator, f.confidence = last.indicator, (0.7 if f is not last else f.confidence)
            if self._kind(f, i):
                self._emit(f)

    def _flush(self, pending):
        """Figures held back for a shared predicate that never came: read on their own."""
        for i, f in pending:
            if self._indicator(f, i) and self._kind(f, i):
                self._emit(f)

    def _assigned_after(self, f, post_from):
        """(assigner start, levels, their end) when the words after the figure end with a
        level-assigning word and levels ("... được công khai đối với các sở, ngành"), before
        the next figure and any break; else None."""
        sent, text = self.sent, self.text
        stop = min([f.limit] + [post_from + i for i, ch in enumerate(text[post_from:f.limit]) if ch in ";.("])
        cue = sent.index.first_cue("level_assigners", post_from, stop)
        if cue is None or words(text[post_from:cue.start]) < 2:
            return None
        levels, end = sent.level_list(cue.end, f.limit, self.ctx.juris_level, assigners=False)
        if not levels or re.search(r"\w", text[end:stop]) and not re.match(r"[\s,]*(?:và|hoặc)?\s*$", text[end:stop]):
            return None
        return cue.start, levels, end

    def _split_gap(self, f, post_from):
        """Where the text after this figure stops belonging to it, and where the next one's starts."""
        sent, text, lv_end, limit = self.sent, self.text, f.lv_end, f.limit
        gap = text[lv_end:limit]
        semis = [lv_end + j for j, ch in enumerate(gap) if ch == ";"]
        post_b, next_pre = limit, lv_end
        if semis:
            post_b, next_pre = semis[0], semis[-1] + 1
        elif f.nxt:
            comma = text.rfind(",", lv_end, limit)
            conj = [lv_end + mm.start() for mm in re.finditer(r"\s(?:và|hoặc)\s", gap)]
            # the earliest break after which a subject level opens the next clause
            # ("..., UBND các huyện, thị xã, thành phố đạt 30%": not the comma inside the list)
            breaks = sorted([lv_end + mm.start() for mm in re.finditer(r",", gap)] + conj)
            subject_break = next((b for b in breaks if sent.level_list(
                b + len(re.match(r"[,\s]*(?:và|hoặc)?\s*", text[b:limit]).group(0)), limit,
                self.ctx.juris_level, assigners=False)[0]), None)
            if subject_break is not None:
                post_b, next_pre = subject_break, subject_break
            elif comma >= 0:
                # the next figure's words start at the first comma after this one's levels
                # ("đạt 90%, nâng mức hài lòng của người dân, doanh nghiệp lên 95%")
                first = text.find(",", lv_end, limit) if post_from is None else comma
                post_b, next_pre = comma, first + 1
            elif conj:
                post_b, next_pre = conj[-1], conj[-1]
            elif post_from is not None:
                next_pre = limit
        scope_intro = sent.index.first_cue("scope_intros", lv_end, limit) if f.nxt else None
        if scope_intro:  # "..., trong đó lĩnh vực đất đai, xây dựng đạt 85%": the sub-scope starts here
            at = scope_intro.start
            post_b, next_pre = min(post_b, at), at
        # "5 đơn vị đạt trên 90 điểm gồm: Sở Tư pháp, ...": the members listed are not what is counted
        members = next((c for c in sent.cues_between("list_intros", lv_end + 1, limit)
                        if not in_brackets(text, c.start)), None)  # not "(bao gồm người được ủy quyền)"
        stops = [c for c in (sent.index.first_cue("post_stops", lv_end + 1, limit), members) if c]
        return min([post_b] + [c.start for c in stops]), next_pre

    # --- before the figure: year, sub-scope, subject levels, the indicator's words
    def _before(self, f, i):
        sent, text, ctx, m = self.sent, self.text, self.ctx, f.m
        pre_a, pre_b = self.pre_start, m.start
        gap_from_prev = self.mentions[i - 1].end if i else 0
        ya = LEADING_YEAR.match(text[pre_a:pre_b]) or re.search(
            r"năm\s+((?:19|20)\d\d)\s*(?:đạt|là|:)?\s*(?:từ\s*)?$", text[pre_a:pre_b], re.IGNORECASE)
        f.year = int(ya.group(1)) if ya else None
        intro = sent.at(pre_a, ("cue",), ("scope_intros",))
        # "đạt tỷ lệ 49,4% (mầm non 43,2%; tiểu học 58,6%)": a bracket of parts opened right after the figure
        opened = OPENING_BRACKET.match(text, pre_a, pre_b) if self.prev_row and i and \
            not text[gap_from_prev:pre_a].strip() and self._bare_part(pre_a + 1, pre_b) else None
        if opened:
            f.scope = text[slice(*sent.trim(opened.end(), pre_b))] or None
        elif intro and self.prev_row:
            after = intro.end + len(re.match(r"[:,]?\s*", text[intro.end:pre_b]).group(0))
            if sent.at(after, ("cue",), ("scope_nouns",)) and not sent.level_at(after, pre_b):
                sa, sb = sent.trim(after, pre_b)
                f.scope = text[sa:sb] or None
            elif not sent.level_at(after, pre_b) and not sent.at(after, ("cue",), ("indicator_heads",)) \
                    and not breakdowns.units(text[after:pre_b], ctx.juris_level) and 0 < words(text[after:pre_b]) <= 8 \
                    and self.prev_row.unit == m.unit == "percent":
                # "đạt 60%, trong đó có bằng cấp, chứng chỉ đạt 30%": a part of what the figure before measures
                sa, sb = sent.trim(after, pre_b)
                f.scope = text[sa:sb] or None
        elif self.parts_lead and (part := self._part_name(pre_a, pre_b)):
            f.scope = part
            self.prev_row = self.ctx.prev  # each part is of what the sentence before measured
        elif self.prev_row and self.out and self.out[-1].scope:
            # "Trong đó, lĩnh vực tư pháp đạt 90,1%, lĩnh vực đất đai đạt 80,2%": a sibling of the sub-scope before
            after = pre_a + len(re.match(r"[:,\s]*", text[pre_a:pre_b]).group(0))
            noun = sent.at(after, ("cue",), ("scope_nouns",))
            if noun and self.out[-1].scope.lower().startswith(noun.text.lower()) and not sent.level_at(after, pre_b):
                sa, sb = sent.trim(after, pre_b)
                f.scope = text[sa:sb] or None
            elif noun is None and i and self.prev_row.unit == m.unit and SIBLING_GAP.fullmatch(text, gap_from_prev, pre_a) \
                    and self._bare_part(after, pre_b):
                # "trong đó: mầm non 55%, tiểu học 70%": a bare name and a figure, a part like the one before
                f.scope = text[slice(*sent.trim(after, pre_b))] or None
        subj_levels, verb_span, how = sent.subject(pre_a, pre_b, ctx.juris_level)
        f.subject = how == "subject"
        opened = text.rfind("(", 0, m.start) if in_brackets(text, m.start) else -1  # the bracket the figure is in
        if not subj_levels and not f.levels and opened >= gap_from_prev:
            # "tiếp nhận 38.462 hồ sơ (cấp thị xã 9.815 hồ sơ, cấp xã 28.647 hồ sơ)": the level opening it
            f.levels = self._bracket_levels(opened, m.start)
        if subj_levels and not f.levels:
            f.levels = subj_levels
            if f.subject:
                self.clause_levels = subj_levels
                # (a subject inside the bracket the figure is in ends with it: "(cấp thị xã 9.815 hồ sơ,
                # cấp xã 28.647 hồ sơ); đã giải quyết 37.905 hồ sơ")
                self.clause_levels_end = text.find(")", m.start) if opened >= 0 and \
                    sent.subject(opened + 1, pre_b, ctx.juris_level)[0] else None
                clause_start = text.rfind(";", 0, pre_a) + 1
                # ("đạt tối thiểu 55%, trong đó cấp tỉnh tối thiểu 80%; tỷ lệ ...": a part of the figure
                # before it in its clause, whose level stops at the clause)
                self.subject_led = not text[clause_start:pre_a].strip(" ,") or (
                    bool(sent.at(pre_a, ("cue",), ("scope_intros",))) and not (i and gap_from_prev > clause_start))
        elif not f.levels and self.clause_levels and (";" not in text[gap_from_prev:m.start] or self.subject_led) \
                and (self.clause_levels_end is None or m.start < self.clause_levels_end):
            # "Bộ phận Một cửa huyện tiếp nhận ..., giải quyết đúng hạn ..."; a level that leads
            # a sentence as its subject goes on over ';' ("Trong đó cấp huyện ...; tỷ lệ ... đạt 67%;
            # cấp xã ...") until another level does
            f.levels = list(self.clause_levels)
        if verb_span is not None:
            f.span = (_from_first_head(sent, *verb_span), verb_span[1])
        else:
            a2, b2 = sent.trim(pre_a, pre_b)
            start = _from_first_head(sent, a2, b2)
            if start > a2 and not f.scope and (unit := self._unit_holding(text[a2:start].rsplit(",", 1)[-1])):
                # "Sở Tư pháp có tỷ lệ hồ sơ trực tuyến đạt 100%": the named unit is the scope of the rate it holds
                f.held_by, f.levels = unit.text, f.levels or ([unit.level] if unit.level else [])
            # "Lũy kế đến ngày 31/12/2024, toàn tỉnh đã tiếp nhận ...": lead words after a skipped lead-in
            f.span = sent.trim(start, b2) if start > a2 else (start, b2)
        sa, sb = f.span
        if sb > sa and text[sa] == "(" and (self.prev_row or self.out) and (levels := self._bracket_levels(sa, sb, " ,:")):
            # "đạt 91,3% (cấp tỉnh 95,6%, cấp xã đạt 89,1%)": a bracket opening on a level parts the
            # figure before by level; it names no indicator of its own
            f.span, f.levels = (sb, sb), f.levels or levels
        if not f.levels:
            f.levels = self._share_of_units(f.span)
        if not f.levels and m.unit == "count" and m.of_units and m.noun:
            # "Số đơn vị cấp huyện hoàn thành nhiệm vụ: 2": the units the label counts
            f.levels = [lv] if (lv := unit_noun_levels().get(m.noun.lower())) else []
        if not f.levels:
            # "chỉ tiêu giao cho 13 sở, ban và UBND các xã, phường đối với tỷ lệ ... ở mức 100%";
            # not a level inside the indicator ("Chỉ số ... đối với cấp huyện xếp loại Tốt")
            f.levels = sent.addressees(pre_a, f.span[0], ctx.juris_level)
        f.pre_text = "" if f.scope else text[slice(*f.span)]

    def _bracket_levels(self, opened, end, rest=None):
        """The levels that open the bracket at OPENED and run up to END, with only whitespace (or
        the REST characters) after them ("(cấp thị xã 9.815", "(cấp tỉnh đạt"); [] otherwise."""
        text = self.text
        inside = opened + 1 + len(text[opened + 1:end]) - len(text[opened + 1:end].lstrip())
        levels, stop = self.sent.level_list(inside, end, self.ctx.juris_level, assigners=False)
        return levels if levels and not text[stop:end].strip(rest) else []

    def _unit_holding(self, lead):
        """The named unit LEAD is, with a verb of holding or reaching after it (cues.yaml
        holder_verbs, state_verbs), before the head of a rate: "Sở Tư pháp có" in "Sở Tư pháp có tỷ
        lệ hồ sơ trực tuyến đạt 100%"; else None."""
        lead = lead.strip(" ,")
        unit = self._opening_unit(lead)
        return unit if unit is not None and lead[unit.end:].strip().lower() in holding_verbs() else None

    def _unit_acting(self, pre_text):
        """The named unit opening PRE_TEXT as the subject of a short action after it ("Sở Tư pháp
        tiếp nhận", "Cục Thú y đã giải quyết"), else None."""
        unit = self._opening_unit(pre_text)
        return unit if unit is not None and 1 <= words(pre_text[unit.end:]) <= 4 else None

    def _opening_unit(self, text):
        """The named unit TEXT opens with ("Sở Tư pháp", "huyện Mường Tè"), else None."""
        return next((u for u in breakdowns.units(text, self.ctx.juris_level) if u.named and u.start == 0), None)

    def _part_name(self, a, b):
        """The bare name of a part opening a clause ("Công khai, minh bạch đạt"): no figure, level
        or head of an indicator of its own, up to the verb before the figure."""
        sent, text = self.sent, self.text
        a, end = sent.trim(a + len(text[a:b]) - len(text[a:b].lstrip(" ,;:")), b)
        part = text[a:end]
        if not 0 < words(part) <= 8 or re.search(r"\d", part) or sent.level_at(a, end) \
                or part.lower().startswith(share_heads()):  # "tỷ lệ ... đạt 97,6%" names its own rate
            return None
        return part

    def _bare_part(self, a, b):
        """A short name of a part and nothing else: no digit, cue, level or unit ("tiểu học",
        "trung học cơ sở"; not "chỉ tiêu", "tăng", "cùng kỳ năm 2023", "huyện Bắc Mê")."""
        text, sent = self.text, self.sent
        part = text[a:b].strip(" ,;:")
        return 0 < words(part) <= MAX_PART_WORDS and not re.search(r"\d", part) \
            and not any(m.group in ("cue", "level", "unit_noun", "op_before", "rank_before", "unit")
                        for pos in range(a, b) for m in sent.index.by_start.get(pos, ())) \
            and not breakdowns.units(part, self.ctx.juris_level)

    def _parallel_owner(self, f, pre_text, a):
        """The row of an earlier ';' clause of this sentence whose figure followed "là", when
        this clause is only a short name (no head word, no figure) before "là" and a figure of
        the same unit; else None."""
        m, text = f.m, self.text
        prev = self.out[-1] if self.out else None
        if prev is None or prev.unit != m.unit or not 0 < words(pre_text) <= 5 or f.post_text:
            return None
        semi = text.rfind(";", 0, m.start)
        if semi < 0 or prev.start > semi or self.sent.cues_between("indicator_heads", semi, m.start):
            return None
        prev_at = text.find(prev.threshold_text, prev.start)
        if prev_at < 0 or not linked().search(text, 0, m.start) or not linked().search(text, prev.start, prev_at):
            return None
        return prev

    def _shared_state(self, i):
        """The units of count I and the state named after the next count of units, when the two
        are joined by 'và' or a comma ('15/21 bộ, ngành và 52/63 địa phương đạt ...'); else None."""
        m, text = self.mentions[i], self.text
        nxt = self.mentions[i + 1] if i + 1 < len(self.mentions) else None
        if nxt is None or not nxt.of_units or not coordinated_units().fullmatch(text, m.end, nxt.start):
            return None
        tail = text[nxt.end:_units_state_end(self.sent, nxt.end)]
        state = unit_states_re().search(tail)
        if not state:
            return None
        units = coordinated_units().fullmatch(text, m.end, nxt.start).group(1)
        return f"{units.strip(' ,')} {tail[state.start():].strip()}"

    def _names_units_only(self, span):
        """text[span] is nothing but a list of units ("xã", "xã, thị trấn", "đơn vị")."""
        a, b = span
        levels, end = self.sent.level_list(a, b, self.ctx.juris_level, assigners=False)
        if levels:
            return not re.search(r"\w", self.text[end:b])
        noun = self.sent.at(a, ("unit_noun", "counted_units"))
        return noun is not None and not re.search(r"\w", self.text[noun.end:b])

    def _share_of_units(self, span):
        """"Tỉ lệ bộ, ngành, địa phương đạt cấp độ 3", "Tỷ lệ xã đạt chuẩn": a share of units
        takes the units' levels, one row each (not "Tỷ lệ hồ sơ cấp xã": hồ sơ are measured)."""
        sent, (a, b) = self.sent, span
        head = sent.at(a, ("cue",), ("share_heads",))
        if head is None:
            return []
        q = head.end + len(re.match(r"\s*(?:số\s+)?", self.text[head.end:b]).group(0))
        unit = sent.level_at(q, b) or sent.at(q, ("unit_noun",))
        if unit is None:
            return []
        return [unit.value] if unit.group == "unit_noun" else sent.expand(unit, self.ctx.juris_level)

    # --- which words name the figure
    def _action(self, f):
        """(the action a count's clause names before its figure, the named unit doing it or None):
        the words after the last "đã", else the last chunk after a comma without the own unit as
        its subject, else the words after a named unit opening the clause."""
        sent, pre_text, (a2, b2) = self.sent, f.pre_text, f.span
        done = sent.cues_between("past_markers", a2, b2)
        action = self.text[done[-1].end:b2].strip(" ,") if done else ""
        if not action and "," in pre_text:
            # "Trong quý, Sở tiếp nhận 46 phản ánh": the last chunk, without the own unit as subject
            # ("..., năm 2024 toàn tỉnh tạo việc làm mới cho ...": nor its year, nor the whole area)
            chunk = whole_area_lead_re().sub("", LEADING_YEAR.sub("", pre_text.rsplit(",", 1)[-1].strip())).split()
            if chunk and (breakdowns.own_kind_only(chunk[0]) or chunk[0].lower() in self_subjects()):
                chunk = chunk[1:]
            action = " ".join(chunk) if 1 <= len(chunk) <= 4 else ""
        if not action and (unit := self._unit_acting(pre_text)) is not None:
            # "Trong đó: Sở Tư pháp tiếp nhận 1.200 hồ sơ; ...": the named unit is a scope of the action
            return pre_text[unit.end:].strip(" ,"), unit
        return action, None

    def _indicator(self, f, i) -> bool:
        sent, m, pre_text, (a2, b2) = self.sent, f.m, f.pre_text, f.span
        head, prev_row = self.head, self.prev_row
        own_scope = None
        f.evidence_from = min(m.start, a2) if pre_text else m.start
        if f.post_text and m.unit == "percent" and self.out and self.out[-1].unit == "count" and \
                _rate_linked(sent, a2, b2, m.start) and sent.at(f.post_span[0], ("cue",), ("total_labels",)):
            f.post_text = ""  # "..., chiếm 72,5% tổng số hồ sơ": the base of the share, not its name
        years = YEARS_IN_TURN.match(f.post_text) if f.post_text else None
        if years and not re.search(r"\w", f.post_text[years.end():]):
            f.post_text = ""  # "... vào các năm 2026, 2027" names years, not what is measured
        opener = sent.at(a2, ("cue",), ("indicator_heads",))
        strong_pre = words(pre_text) >= 3 and opener is not None and opener.text.lower() in strong_heads()
        if f.post_text and strong_pre and (words(f.post_text) <= 2 or names_a_base(f.post_text)):
            # "Tỷ lệ phủ sóng 5G ... đạt 100% dân số", "Tỷ lệ kích hoạt ... đạt 80% số công dân từ đủ
            # 14 tuổi": what the rate is taken over; the indicator is before
            f.post_text = ""
        elif f.post_text and m.unit == "percent" and names_a_base(f.post_text) and self.out \
                and self.out[-1].unit == "count" and _rate_linked(sent, a2, b2, m.start):
            # "thu nhận 42.118 hồ sơ ..., đạt 31,2% số công dân từ 14 tuổi": the share of what was
            # just counted, taken over the base the words after it name
            f.post_text = ""
        elif f.post_text and m.unit == "percent" and names_a_base(f.post_text) and words(pre_text) >= 2 \
                and not (self.out and self.out[-1].unit == "count" and self.out[-1].start >= f.clause[0]) \
                and _link_ends_at(sent, m.start):
            # "hồ sơ nộp trực tuyến mức độ 3, 4 chiếm 21,6% tổng số hồ sơ": the share is named before
            # the linking verb, over the base after the figure
            f.post_text = ""
        elif f.post_text and trailing_levels_re().match(" " + f.post_text.strip(" ,.;")) and words(pre_text) >= 2:
            f.post_text = ""  # "... đạt trên 99% ở cả cấp huyện và cấp xã": the levels, read already, name nothing
        elif f.post_text and m.unit == "percent" and rate_base_only(f.post_text.split(",")[0]) \
                and any(sent.cues_between("share_heads", a2, b2)):
            # "đạt tỷ lệ bao phủ 90,17% dân số(, vượt chỉ tiêu ...)": the rate is named before, over its base after
            f.post_text = ""
        elif f.post_text and m.noun and f.post_text.split(",")[0].strip().lower() == m.noun.lower() and \
                m.noun.lower() in (pre_text if words(pre_text) >= 3 else head or "").lower():
            f.post_text = ""  # "Số xã đạt chuẩn nông thôn mới: 6 xã": the noun repeats what the label names
        elif f.post_text and m.of_units and words(pre_text) >= 3 and self._names_units_only(f.post_span) \
                and count_label_head().match(pre_text):
            f.post_text = ""  # "tổng số xã đạt chuẩn nông thôn mới là 9/12 xã": the units repeat the label's
        if m.served and words(pre_text) >= 1:
            # "các cơ sở đã tuyển sinh đào tạo nghề cho 8.730 người": the service names the count of
            # people it reached, whatever describes them after
            action, unit = self._action(f)
            f.indicator, f.post_text = action if words(action) >= 1 else pre_text, ""
            if unit is not None:
                own_scope, f.levels = unit.text, f.levels or ([unit.level] if unit.level else [])
        elif m.of_units and (shared := self._shared_state(i)):
            # "15/21 bộ, ngành và 52/63 địa phương đạt chỉ tiêu số hóa": the state after the last units
            f.indicator, f.confidence = shared, 0.7
        elif f.post_text:
            last_chunk = pre_text.rsplit(",", 1)[-1].strip()
            verb = pre_text if 0 < words(pre_text) <= 4 else (last_chunk if 0 < words(last_chunk) <= 3 else "")
            if not verb and words(f.post_text) <= 3 and words(pre_text) <= SHORT_ITEM and "," not in pre_text:
                # "Kinh tế số chiếm tỷ trọng 20% GRDP", "Phổ cập cáp quang đến 100% hộ gia đình": the few
                # words after the figure only finish what the words before it say
                verb = pre_text
            if not verb and (aux := sent.cues_between("subject_verbs", a2, b2)) and "," not in self.text[aux[-1].end:m.start]:
                # "Bộ phận Một cửa các cấp đã thực hiện niêm yết công khai 100% TTHC ...": the action
                # after the subject's last auxiliary, right before the figure
                tail = self.text[aux[-1].end:b2].strip(" ,")
                verb = tail if 0 < words(tail) <= 4 else ""
            elif verb and (aux := sent.cues_between("past_markers", b2 - len(verb), b2)) \
                    and words(self.text[aux[-1].end:b2]) >= 1:
                # "Cổng đã tiếp nhận 10,5 triệu hồ sơ": the action after "đã", not its subject
                verb = self.text[aux[-1].end:b2].strip(" ,")
            if m.of_units and f.subject:
                verb = ""  # "Khối sở, ngành có 4 đơn vị đạt ...": the bloc the units belong to is no action
            if verb == pre_text and bare_period(sent, *f.span):
                verb = ""  # "Đến hết tháng 9/2024, 100% cơ quan ... đã kết nối ...": a time, no action
            # "năm 2025 cắt giảm ít nhất 30% ...", "Hiện nay ...", "Trong 12 xã, có 3 xã ..."
            verb = LEADING_YEAR.sub("", now_lead_re().sub("", base_lead_re().sub("", verb))).strip()
            verb = lead_only_re().sub("", verb).strip()  # "toàn tỉnh có 159/159 xã ...": no action
            if breakdowns.own_kind_only(verb):
                verb = ""  # "năm 2023 tỉnh có 98,5% hồ sơ ...": the document's own unit, no action
            f.indicator = f"{verb} {f.post_text}" if verb and not head else f.post_text
            if m.unit == "count" and m.noun and not f.post_text.lower().startswith(m.noun.lower()):
                # "tiếp nhận 412 nghìn hồ sơ thủ tục hành chính": the noun counted leads, the verb follows
                f.indicator = " ".join(x for x in (m.noun, f.post_text, verb if not head else "") if x)
            if words(pre_text) > 4:
                f.evidence_from = m.start
        elif m.unit == "percent" and self.out and self.out[-1].unit == "count" and _rate_linked(sent, a2, b2, m.start):
            # "tích hợp 1.569 dịch vụ công ..., chiếm tỉ lệ 82%": the share of what was just counted
            # ("tổng số xã đạt chuẩn ... là 9/12 xã, chiếm 75%": the share of the units, not of their number)
            f.indicator, f.confidence = share_name(self.out[-1].indicator), 0.7
            # "351/411 xã đạt chuẩn ..., chiếm 85,4%": the share of the units counted is at their level
            f.levels = f.levels or list(self.out[-1].levels)
        elif (parallel := self._parallel_owner(f, pre_text, a2)) is not None:
            # "chấm điểm trung bình của khối Sở là 64,75 điểm; Hội đồng thẩm định là 62,62 điểm":
            # the clause names another owner of the indicator before, with the same "là"
            f.indicator, f.confidence = f"{parallel.indicator} của {pre_text}", 0.7
            f.levels = f.levels or list(parallel.levels)
        elif (last := self.out[-1] if self.out else prev_row) is not None and last.unit == m.unit \
                and _only_change(pre_text):
            # "Tỷ lệ hộ nghèo giảm bình quân 4 - 5%/năm. Lộ trình: năm 2022 giảm xuống còn 48,5%; năm 2023
            # còn 44%": a step of the rate named before, which the words before the figure only move
            f.indicator, f.confidence = last.indicator, 0.7
        elif words(pre_text) >= 1 and not _only_head(sent, a2, b2):
            f.indicator = pre_text
            if words(pre_text) > 6 and (raised := raised_object(pre_text)):
                f.indicator = raised  # "... yêu cầu các đơn vị phấn đấu ... đưa điểm Bộ chỉ số của tỉnh đạt 88 điểm"
            if m.unit == "count" and m.noun and m.noun.lower() not in pre_text.lower():
                action, unit = self._action(f)
                if unit is not None:
                    own_scope, f.levels = unit.text, f.levels or ([unit.level] if unit.level else [])
                # "các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 412.350 hồ sơ": the action, not who did it
                f.indicator = f"{action if words(action) >= 1 else pre_text} {m.noun}"
            # (a unit's name may be long: "Sở Tài nguyên và Môi trường", "Bảo hiểm xã hội Việt Nam")
            unit = unit_item(pre_text, self.ctx.juris_level) if head and words(pre_text) <= 8 else None
            if unit is not None and not unit.named and unit.level == self.ctx.juris_level \
                    and breakdowns.own_kind_only(pre_text) and not sent.at(a2, ("cue",), ("subject_determiners",)):
                # "Chỉ số CCHC năm 2022: thị xã đạt 86,72%" in the town's report: its own unit, no scope
                f.indicator = head
            elif unit is not None:
                # "Tỷ lệ thanh toán trực tuyến: phường Tân An 50%; xã Phú Hòa 40%": the unit is the scope
                f.indicator, f.scope = head, unit.text
                f.levels = f.levels or ([unit.level] if unit.level else [])
            elif head and words(pre_text) <= 4 and not f.subject and not _opens_with_strong_head(sent, a2, b2) \
                    and not (m.unit == "count" and m.noun and self.head_from_line and f.levels):
                # not "...: Chỉ số PAR INDEX xếp 9/63", an item naming its own indicator; nor "- Cấp huyện:
                # tiếp nhận 4.862 hồ sơ" under a topic line, where the action and its noun name the count
                f.indicator = f"{head} ({pre_text})"
            elif head and f.subject:
                f.indicator = head
        elif _only_head(sent, a2, b2) and prev_row:
            f.indicator, f.confidence = f"{pre_text} {prev_row.indicator}", 0.7
        elif head and not (self.head_from_line and self.out):
            f.indicator, f.confidence = head, 0.85
        elif m.of_units and words(self.text[m.end:_units_state_end(sent, m.end)]) >= 2:
            # "8/13 huyện, thị xã, thành phố đạt trên 85%": the units and the state they reached
            f.indicator, f.confidence = self.text[m.end:_units_state_end(sent, m.end)].strip(" ,"), 0.7
        elif m.unit == "count" and m.noun:
            f.indicator, f.confidence = m.noun, 0.6
        elif not words(pre_text) and not f.post_text and (named := self._named_later(f)) is not None:
            # "Với 92,5 điểm, Sở Tư pháp dẫn đầu khối sở, ngành về Chỉ số CCHC năm 2023": the figure
            # opens the sentence; the unit and the index come after it
            f.indicator, unit = named
            f.confidence = 0.6
            if unit is not None:
                f.scope, f.levels = unit.text, [unit.level] if unit.level else []
        elif prev_row is not None:
            f.indicator, f.confidence = prev_row.indicator, 0.7
            f.levels = f.levels or list(prev_row.levels)  # "... là 62,62 điểm, đạt 89,45%": the same row's
        else:
            return False
        if m.unit == "count" and (label := raised_label(self.text[a2:m.start])):
            f.indicator = label  # "..., nâng tổng số xã đạt chuẩn lên 62 xã": the total the label names
            added = added_units_re().search(self.text, a2, m.start)
            if added and count_label_head().fullmatch(label):
                f.indicator = added.group(1)  # "thêm 4 xã đạt chuẩn NTM nâng cao, nâng tổng số lên 16 xã"
        if f.scope and prev_row and f.indicator != head:
            f.indicator = prev_row.indicator
        own_scope = own_scope or f.held_by
        if own_scope:
            f.scope = own_scope
        if i in self.forced:
            f.forced = True
            fa, fb = self.forced[i]
            f.indicator, f.evidence_from = self.text[fa:fb], min(fa, m.start)
        elif i in self.units_in_turn:
            unit, topic = self.units_in_turn[i]
            f.forced = True
            f.indicator, f.scope, f.levels = topic, unit.text, [unit.level]
            f.evidence_from = min(unit.start, m.start)
        return True

    # --- target or result, and the year it is for
    def _kind(self, f, i) -> bool:
        sent, text, ctx, m = self.sent, self.text, self.ctx, f.m
        f.clause = sent.clause_of(m.start, m.end)
        f.kind, kind_year, own = kind_of(sent, ctx, *f.clause, at=m.start)
        if own:
            self.votes[f.kind] += 1
        # an inline target word counts in this figure's own ';' clause only
        gap_from = max(self.mentions[i - 1].end if i else 0, f.clause[0])
        # and only close before it ("mục tiêu đề ra là 50%"): farther back it names the targets
        # a report goes on to measure ("kết quả thực hiện 5 chỉ tiêu ...: tỷ lệ ... đạt 42,6%")
        if sent.index.has_cue("inline_target_cues", max(gap_from, m.start - INLINE_REACH), m.start):
            f.kind = "target"
            if self.out and (words(f.post_text) <= 4 or act_citation_only().fullmatch(f.post_text)) \
                    and (words(f.pre_text) <= 5 or breakdowns.content_words(
                    f.pre_text, target_words()) <= 1):
                # "đạt 45,8%, chưa đạt mục tiêu 50%", "đạt 45,8%, trong khi mục tiêu đề ra là 50%"
                f.indicator = self.out[-1].indicator
                f.levels = f.levels or self.out[-1].levels
                f.scope = f.scope or self.out[-1].scope
        elif f.nxt and sent.index.has_cue("inline_target_cues", max(m.end, f.nxt.start - INLINE_REACH), f.nxt.start):
            f.kind = "result"  # "đạt 63,47% (mục tiêu 70%)": a target's figure follows ("theo mục tiêu ..." alone: no)
        elif f.kind == "target" and m.op is None and m.unit != "times" and not ctx.section_kind \
                and not self._set_by_target_words(f) and (
                isinstance(m.value, float) or FRACTION.search(text[gap_from:m.start]) or FRACTION.match(text, m.start)):
            f.kind = "result"  # "đạt 87,73%", "3.071/4.888 TTHC (đạt 62,8%)": measured, not set
            self.votes["result"] += 1
        elif f.kind == "target" and self._reported_right_before(f, gap_from):
            f.kind = "result"  # "So với mục tiêu 70% ..., tỷ lệ ... mới đạt 58,1%": the nearer word reports
            self.votes["result"] += 1
        elif f.kind == "target" and m.of_units and (ctx.section_kind or ctx.default_kind) == "result" \
                and not any(not _bracketed_before(text, c.start, m.start)
                            for c in sent.index.iter_cues("target_cues", max(f.clause[0], gap_from), m.end)):
            f.kind = "result"  # "Có 13 xã đạt từ 90% trở lên" in a report: the bound defines the units' state
        elif f.kind == "target" and m.op is None and not ctx.section_kind and i and self.out \
                and self.out[-1].kind == "result" and self.out[-1].end <= m.start \
                and not self._set_by_target_words(f) and not periods.mentions(text[self.mentions[i - 1].end:m.start]):
            f.kind = "result"  # "đạt 52,4%, trong đó huyện Đắk Hà đạt 61%": reported with the figure before
        elif f.kind == "target" and m.unit == "rank" and (m.op is None or STANDING_CEILING in m.notes) \
                and not self._set_by_target_words(f) and self.ctx.section_kind != "target":
            # "xếp 9/63", "giữ vị trí thứ hai": a standing reached, not one set (under a heading of
            # targets, "(15) Chỉ số PAR INDEX xếp trong top 20" is one set)
            f.kind = "result"
            self.votes["result"] += 1
        if not own and f.kind == "result" and self._items_of_targets(m.start):
            # "Kế hoạch ... đặt ra 4 chỉ tiêu chính ... cho năm 2023, gồm: tỷ lệ ... đạt 80%; ..." in news
            # of results: the items a list of targets introduces are targets
            f.kind = "target"
        if i in self.years_in_turn:
            f.year = self.years_in_turn[i]  # "lần lượt đạt 40%, 50% vào các năm 2026, 2027"
        elif f.year is None and (own := YEAR_AFTER_FIGURE.match(text, m.end)) and not any(
                y.kind == "baseline" and y.start <= own.start(1) < y.end
                for y in periods.mentions(text, max(0, m.start - 40), own.end())):
            # "50% năm 2025, 60% năm 2026 và 70% năm 2027" (not "gấp 1,7 lần năm 2015", a baseline)
            f.year = int(own.group(1))
        if self._is_change(f):
            return False  # "tăng 2,1% so với năm trước", "(so với năm 2019 tăng 1,83 điểm)": a change
        if f.kind == "result" and m.op in ("<", ">", "<=") and self._bounds_a_group(f, max(gap_from, f.clause[0])):
            return False  # "10 địa phương cuối bảng đều dưới 70%": a bound over unnamed units
        if m.op in ("<", ">", "<=") and sent.index.has_cue("no_unit_words", max(gap_from, f.clause[0]), m.start):
            return False  # "không có đơn vị nào dưới 75%": a floor for every unit, no indicator's figure
        extreme = next((c for c in sent.index.ending(m.start) if c.group == "cue" and c.value == "extreme_words"), None)
        if extreme is not None and f.kind == "result" and not f.scope and not f.levels:
            return False  # "thấp nhất là 12% và cao nhất là 74%": the ends of a spread over unnamed units
        if not f.scope and any(c.group == "cue" and c.value == "spread_words" for c in sent.index.ending(m.start)):
            return False  # "các địa phương còn lại dao động trong khoảng 15 - 35%": a spread
        if in_brackets(text, m.start):
            opened = text.rfind("(", 0, m.start)
            earlier = [y for y in periods.mentions(text[opened:m.start]) if y.kind == "baseline"]
            before = BASELINE_BEFORE_BRACKET.search(text, max(0, opened - 40), opened)
            if not earlier and before and re.search(r"(?:^|[,;.:])\s*$", text[:before.start()]):
                # (the comparison opens its clause; "tăng 5 bậc so với năm 2022 (hạng 7)" gives the new figure)
                # "So với năm 2022 (đạt 66,05 điểm, xếp thứ 19/63), ...": the figures of the year compared
                earlier = [y for y in periods.mentions(before.group(0)) if y.kind == "baseline"]
            if earlier:
                # "100% xã đạt chuẩn (năm 2024 đạt 92%)": the level reached at the earlier time
                f.kind, f.year = "result", earlier[-1].year
        if f.year is None:
            others = [(s, e) for s, e in sent.asides(*f.clause) if not s <= m.start < e]
            if f.kind == "result" and any(not any(s <= c.start < e for s, e in others)
                                          for c in sent.index.iter_cues("now_cues", *f.clause)):
                # "đến nay" reports the present: a programme's "giai đoạn 2021-2025" is not its period
                reported = periods.first(text, ("span", "period"))
                f.year = kind_year or (reported.year if reported else None) or ctx.para_year
                f.open_year = f.year is None
            elif f.kind == "result":
                # a year named only in a later ';' clause ("...ước đạt 9,8%; năm 2025 dự kiến ...") is its own
                s_year = self.s_year if self.s_year_at is not None and self.s_year_at < f.clause[1] else None
                f.year = kind_year or self._clause_year(f.clause, m.start) or s_year or ctx.para_year or ctx.line_year \
                    or ctx.section_year
            elif (measured := self._result_measured(f)) is not None:
                # "đạt 61,2% (kế hoạch 60%)": the plan a result is measured against is of its period
                f.year, f.reported_year = measured.year, measured.year is None
            else:
                # a ';' clause naming its own year wins: "...vào năm 2028; ... nhóm 50 ... vào năm 2030"
                f.year = self._clause_year(f.clause, m.start) or self.s_year or ctx.para_year or ctx.section_year
        if f.kind == "result" and (dated := self._index_year(f)):
            # "Năm 2025, Chỉ số cải cách hành chính năm 2024 của Bộ ... đạt 86,42%, xếp thứ 11/17": the
            # index is of its own year
            f.year = dated
        return True

    def _result_measured(self, f):
        """The result row of this clause a target in brackets right after it is quoted against
        ("đạt 55,2% (kế hoạch 55%)"), when the bracket names no time of its own; else None."""
        text, m = self.text, f.m
        if not in_brackets(text, m.start) or not self.out:
            return None
        opened, closed = text.rfind("(", 0, m.start), text.find(")", m.end)
        bracket = text[opened:closed + 1] if closed >= 0 else text[opened:]
        prev = self.out[-1]
        if prev.kind != "result" or prev.end > opened or not f.clause[0] <= prev.start \
                or text[prev.end:opened].strip(" ,") or periods.mentions(bracket):
            return None
        return prev

    def _items_of_targets(self, at):
        """The figure at AT is an item of a list a target word and a list word introduce before a
        colon in this sentence ("đặt ra 4 chỉ tiêu chính cho năm 2023, gồm: ...")."""
        colon = self.text.rfind(":", 0, at)
        if colon < 0:
            return False
        intro = [c for c in self.sent.cues_between("list_intros", 0, colon) if not self.text[c.end:colon].strip()]
        # (not "kết quả thực hiện 4 chỉ tiêu ... như sau:", which reports on them)
        return bool(intro) and self.sent.index.has_cue("inline_target_cues", 0, intro[-1].start) \
            and not names_results(self.text[:intro[-1].start])

    def _index_year(self, f):  # (within INDEX_REACH characters before the figure)
        """The year of an index named with it before the figure in its clause, no other time between."""
        a = max(f.clause[0], f.m.start - INDEX_REACH)
        found = list(index_year().finditer(self.text, a, f.m.start))
        if not found:
            return None
        last = found[-1]
        at = last.start(1) if last.group(1) else last.start(2)
        times = periods.mentions(self.text[a:f.m.start])
        if any(y.start + a >= last.end() for y in times):
            return None  # "Chỉ số CCHC năm 2024 đạt 86%, tỷ lệ ... năm 2025 đạt 50%": a time of its own
        if any(y.start + a <= at < y.end + a and y.kind not in periods.ROW_KINDS for y in times):
            return None  # "... tăng 5 bậc so với năm 2022": a baseline, not the index's year
        return int(last.group(1) or last.group(2))

    def _clause_year(self, clause, at):
        """The first reported year of a ';' clause (periods.ROW_KINDS), once per clause: its figures share it, and a long
        clause read again for each of its figures would cost time growing with its square.
        A bracket holding figures of its own is an aside: its year is not the clause's for a
        figure outside it ("đạt 85,73%, tăng 9 bậc so với năm trước (năm 2021 xếp thứ 28/63)"),
        and a figure inside it takes the bracket's own year if it comes first."""
        a, b = clause
        if clause not in self.clause_years:
            text = blanked(self.text[a:b], [(s - a, e - a) for s, e in self.sent.asides(a, b)])
            found = periods.first(text, periods.ROW_KINDS)
            self.clause_years[clause] = (found.start + a, found.year) if found else None
        outside = self.clause_years[clause]
        own = next(((s, e) for s, e in self.sent.asides(a, b) if s <= at < e), None)
        if own is not None:
            inner = periods.first(self.text[own[0]:own[1]], periods.ROW_KINDS)
            if inner and (outside is None or own[0] + inner.start < outside[0]):
                return inner.year
        return outside[1] if outside else None

    def _bounds_a_group(self, f, a):
        """A group word ("đều", "duy nhất") between the figure before (A) and this one, and no
        named unit; or the figure bounds the state of units counted right before it ("10 xã đạt
        từ 80 đến dưới 90 điểm", "3 xã dưới 80 điểm")."""
        before = self.text[a:f.m.start]
        prev = next((p for p in reversed(self.mentions) if p.end <= f.m.start), None)
        if prev is not None and prev.of_units and prev.unit == "count" and not re.search(r"[,;(]", self.text[prev.end:f.m.start]) \
                and words(self.text[prev.end:f.m.start]) <= 8:
            return True
        return self.sent.index.has_cue("group_bound_words", a, f.m.start) and not any(
            u.named for u in breakdowns.units(before))

    def _reported_right_before(self, f, gap_from):
        """A result word ("mới đạt", "chỉ đạt", "đạt được") ends right before the figure, with no
        target word between it and the figure, nor one before it in the figure's own stretch."""
        sent, m = self.sent, f.m
        cue = next((c for c in sent.index.ending(m.start) if c.group == "cue" and c.value == "result_cues"), None)
        if cue is None:
            return False
        return not sent.cues_between("target_cues", max(gap_from, cue.start - INLINE_REACH), m.start)

    def _set_by_target_words(self, f):
        """A target word before the figure, or anywhere in its own ';' clause; not one inside a
        bracket closed before it ("đạt 48% (chỉ tiêu 55%), tỷ lệ số hóa đạt 90,1%")."""
        text = self.text
        return any(not _bracketed_before(text, c.start, f.m.start)
                   for c in self.sent.index.iter_cues("target_cues", 0, f.m.end)) \
            or self.sent.index.has_cue("target_cues", *f.clause)

    def _is_change(self, f):
        """A change word right before the figure and a comparison ("so với") in its clause, with
        no target word: a difference, not a level reached. A growth rate is an indicator of its
        own ("tốc độ tăng trưởng ... tăng 80%")."""
        sent, m = self.sent, f.m
        # the change word may also have been read as the figure's operator ("cao hơn 3,2% so với")
        op_words = self.text[m.start:m.vstart].strip().lower()
        if m.op is None:
            changed = sent.ending_at(m.start, ("cue",), ("change_words",))
        else:
            changed = op_words in change_words()
        if not changed:
            return False
        word_at = changed.start if m.op is None else m.start
        if f.kind == "result" and amount_before_change().search(self.text, max(0, word_at - 60), word_at):
            return True  # "ước đạt 3.010 triệu USD, tăng 9,2%": how an amount moved (a plan's is its target)
        after_figure = figure_before_change().search(self.text, max(0, word_at - 40), word_at)
        if after_figure and not sent.index.has_cue("growth_heads", f.clause[0], m.start) and (
                "(" in after_figure.group(0) or "so với" in self.text[m.end:m.end + 40].lower()):
            # "đạt 45% (tăng 10%)", "đạt 45%, tăng 10% so với năm 2023": how the figure before moved,
            # in a plan too; not "đạt 50%, giảm 20% thời gian ...", a second target
            return True
        if self._set_by_target_words(f):
            return False
        if f.kind == "target" and not any(r.kind == "result" for r in self.out):
            return False  # a change a plan sets ("Giảm 15% chi phí tuân thủ so với năm 2025") is its target
        a, b = f.clause
        window = self.text[max(a, m.start - 80):min(b, m.end + 60)]
        opening = self.text[a:min(a + 40, m.start)]  # "Như vậy, so với cùng kỳ năm 2024, tỷ lệ ... đã tăng 1,72%"
        if "so với" not in window.lower() and "so với" not in opening.lower():
            return False
        return not sent.index.has_cue("growth_heads", a, m.start)

    # --- one figure, one or many rows
    def _emit(self, f):
        sent, text, m = self.sent, self.text, f.m
        items = [(f.indicator, f.evidence_from, max(m.end, f.lv_end, f.post_span[1] if f.post_span else 0))]
        if f.list_m:
            colon_at = text.find(":", f.list_m.end, len(text))
            la = colon_at + 1 if 0 <= colon_at < f.list_m.end + 3 else f.list_m.end
            items = [(text[slice(*sent.trim(*it))], min(m.start, it[0]), max(m.end, it[1]))
                     for it in split_items(text, la, len(text), sent)]
        elif self.head_items and f.indicator == self.head:
            items = [(h, m.start, max(m.end, f.lv_end)) for h in self.head_items]
        elif not f.post_text and not self.head and not f.subject and not f.forced and words(f.pre_text):
            parts = split_items(text, *f.span, sent)
            if len(parts) > 1:
                items = [(text[slice(*sent.trim(*p))], min(p[0], m.start), max(m.end, f.lv_end)) for p in parts]
        levels = f.levels or list(self.ctx.head_levels)
        op = m.op
        if f.kind == "result" and (CEILING_AFTER_BASELINE in m.notes or m.unit == "grade"):
            op = None  # "bình quân còn 2,5 ngày", "xếp loại Tốt" in a report: the level reached, not a bound
        if op in (">", ">=") and sent.index.has_cue("negations", f.clause[0], m.start):
            op = "<=" if op == ">" else "<"  # "không để tỷ lệ hồ sơ quá hạn vượt quá 2%"
        for ind, ev_a, ev_b in items:
            row = Row(indicator=_clean(ind), value=m.value, unit=m.unit, op=op, levels=list(levels),
                      year=f.year, kind=f.kind, scope=f.scope or self.line_unit, start=ev_a, end=ev_b,
                      threshold_text=text[m.start:m.end], confidence=f.confidence, noun=m.noun,
                      open_year=f.open_year, counts_units=m.of_units and m.unit == "count",
                      reported_year=f.reported_year)
            if row.indicator:
                self.out.append(row)
                self.prev_row = row


CAP_LEVEL = re.compile(r"cấp\s", re.IGNORECASE)  # "cấp tỉnh": a level named as such




def _units_state_end(sent, a):
    """The end of 'huyện, thị xã, thành phố đạt trên 85%' after a count of units: the clause's
    end, commas inside the list of units left in."""
    end = len(sent.text)
    for j, ch in enumerate(sent.text[a:], a):
        if ch in ";.(:" or (ch == "," and not unit_noun_re().match(sent.text, j + 1)):
            end = j
            break
    # "5 đơn vị đạt trên 90 điểm gồm: Sở Tư pháp, ...": the units named are not the state
    intro = sent.index.first_cue("list_intros", a, end)
    return intro.start if intro else end


def _clause_end(sent, a, limit):
    stop = sent.index.first_cue("post_stops", a + 1, limit)
    ends = [stop.start] if stop else []
    ends += [a + j for j, ch in enumerate(sent.text[a:limit]) if ch in ";,"]
    return min(ends) if ends else limit


def _is_band_label(sent, head):
    hs = sent.text.find(head)
    if hs < 0:
        return False
    trig = sent.at(hs, ("grade_triggers",))
    grade = sent.at(trig.end, ("grade",)) if trig else None
    return bool(grade and words(sent.text[grade.end:hs + len(head)]) == 0)


def _from_first_head(sent, a, b):
    """Drop leading chunks before the chunk that opens with an indicator head
    ('Theo ông X, Giám đốc Sở Nội vụ, tỷ lệ hồ sơ ...' -> 'tỷ lệ hồ sơ ...')."""
    if sent.at(a, ("cue",), ("indicator_heads",)):
        return a
    inventory = INVENTORY_LEAD.match(sent.text, a, b)
    if inventory and words(sent.text[inventory.end():b]) >= 2 and (
            sent.at(inventory.end(), ("cue",), ("indicator_heads",)) or breakdowns.names_a_measure(sent.text[inventory.end():b])):
        a = inventory.end()  # "Có 20 cơ quan được đánh giá, điểm DTI trung bình đạt ...": how many were rated
    # a strong head opens the indicator after a comma or after "đối với"/"về"
    # ("chỉ tiêu giao cho các sở đối với tỷ lệ A, tỷ lệ B đều ở mức 100%")
    starts = [a + m.end() for m in re.finditer(r",\s*", sent.text[a:b])]
    # or after a request ("UBND tỉnh yêu cầu chỉ số hài lòng ... đạt trên 85%")
    starts += [c.end + len(re.match(r"\s*", sent.text[c.end:b]).group(0))
               for group in ("topic_intros", "request_verbs") for c in sent.cues_between(group, a, b)]
    for pos in sorted(starts):
        head = sent.at(pos, ("cue",), ("indicator_heads",))
        if head and head.text.lower() in strong_heads():
            return pos
    a = past_lead_ins(sent, a, b)
    # "Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ ...": what stands before the first strong head names
    # nothing but the subject and target words
    first = next((h for h in sent.cues_between("indicator_heads", a, b) if h.text.lower() in strong_heads()), None)
    if first is not None and first.start > a and breakdowns.content_words(
            sent.text[a:first.start], target_words() + lead_words()) == 0:
        return first.start
    if first is not None and first.start > a and words(sent.text[a:first.start]) <= 24 and target_word_before(sent, first.start):
        # "Đề nghị các sở, ngành và UBND các xã phấn đấu tỷ lệ ...": who is asked, then the target
        return first.start
    return a


CAP_LIST_ITEM = re.compile(r"\s*,\s*([^\W\d_]+)(?=\s*,|\s+(?:và\s+)?cấp\b|\s+được\b)", re.IGNORECASE)


def _cap_list_levels(text, found):
    """'tại cấp bộ, tỉnh, cấp xã': a bare unit noun inside a list of 'cấp ...' levels shares
    the 'cấp' ('tỉnh' is 'cấp tỉnh'). The levels of such nouns."""
    out = []
    for x in found:
        if not text[x.start:x.end].lower().startswith("cấp"):
            continue
        pos = x.end
        while (m := CAP_LIST_ITEM.match(text, pos)) is not None:
            level = unit_noun_levels().get(m.group(1).lower()) or ("national" if m.group(1).lower() == "bộ" else None)
            if level is None:
                break
            out.append(level)
            pos = m.end()
    return out


def _bracketed_before(text, pos, limit):
    """POS lies inside a bracket that closes before LIMIT."""
    opened = text.rfind("(", 0, pos)
    return opened >= 0 and text.rfind(")", opened, pos) < 0 and 0 <= text.find(")", pos, limit)


def _link_ends_at(sent, pos):
    """A word tying a rate to what it is taken of ("chiếm", "đạt tỷ lệ") ends at POS."""
    return any(m.group == "cue" and m.value == "rate_links" for m in sent.index.ending(pos))


def _rate_linked(sent, a, b, figure_start):
    """True when the words before a figure (text[a:b], or none when the link was read as part of
    the threshold) are just a word tying a rate to a count before it ('chiếm tỉ lệ')."""
    if a >= b:
        return _link_ends_at(sent, figure_start)
    m = sent.at(a, ("cue",), ("rate_links",))
    return bool(m and m.end >= b)


def _opens_with_strong_head(sent, a, b):
    """The text opens with a strong head ('Chỉ số PAR INDEX', 'Tỷ lệ ...') with words after it."""
    m = sent.at(a, ("cue",), ("strong_heads",))
    return bool(m and m.end < b and words(sent.text[m.end:b]) >= 1)


def _only_change(text):
    """TEXT is only words moving a figure ("giảm xuống còn", "còn"; cues.yaml change_words,
    baseline_links) and years."""
    rest = text.lower()
    for y in reversed(periods.mentions(rest)):
        rest = rest[:y.start] + " " + rest[y.end:]
    left = re.findall(r"\w+", rest)
    return bool(left) and all(w in moving_words() for w in left)


def _only_head(sent, a, b):
    """True when the text is just an indicator head such as 'tỷ lệ'."""
    if a >= b:
        return False
    m = sent.at(a, ("cue",), ("indicator_heads",))
    return bool(m and m.end >= b)


def _clean(text):
    text = re.sub(r"\s+", " ", text).strip(PUNCT_EDGE)
    if text.count("(") > text.count(")"):
        text = text.rstrip("( ")
        cut = text[:text.rfind("(")].rstrip(" ,")
        if text.count("(") > text.count(")") and cut:  # "xã đạt chuẩn (năm 2024": a bracket the figure cut
            text = cut
    return text

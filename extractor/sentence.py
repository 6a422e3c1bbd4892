"""A sentence as its readers see it: its text and phrase matches (Sentence), what the text
around it tells (Surroundings), and a row read from it or from a table cell (Row)."""
from __future__ import annotations

import bisect
import re
import dataclasses
from dataclasses import dataclass, fields

from . import periods
from .phrases import BRACKETED, coordinated_re, act_reference_tail, bounds_a_rates_definition, group_bound_re, place_lead_re

PUNCT_EDGE = " \t,;:.-–—+*•·/\\\"'“”‘’"
LEADING_YEAR = re.compile(r"^\W*(?:trong\s+|đến\s+|vào\s+)?năm\s+((?:19|20)\d\d)\b\s*,?", re.IGNORECASE)
TRAILING_YEAR = re.compile(r"(?:\s|^)(?:(?:trong|đến|vào)\s+)?năm\s+((?:19|20)\d\d)\s*$", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
BYLINE = re.compile(r"\(?[A-ZĐ][A-ZĐ&.]{1,9}\)?\s*[-–]\s+")
BASELINE_TAIL = re.compile(r"\s+từ\s+\d+[\w\s,]{0,30}?\s(?:xuống\s+)?còn$", re.IGNORECASE)
LEADING_PERIOD = re.compile(r"giai\s+đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*,?"
                            # a part of a year: "quý IV/2023 tỷ lệ ...", "6 tháng cuối năm 2024 ..."
                            r"|(?:trong\s+)?quý\s+[IVX]{1,3}\s*(?:/|năm)\s*(?:19|20)\d\d\s*,?"
                            r"|(?:trong\s+)?\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm\s+(?:19|20)\d\d\s*,?"
                            # the year compared, its figures in brackets: "So với năm 2022 (đạt 66,05 điểm"
                            r"|so\s+với\s+(?:cùng\s+kỳ\s+)?năm\s+(?:19|20)\d\d\s*\(?\s*(?:đạt|là)?"
                            # a month: "tháng 11/2025 phường đạt ..."
                            r"|(?:trong\s+)?tháng\s+\d{1,2}\s*(?:/|năm)\s*(?:19|20)\d\d\s*,?"
                            # a span of dates: "Từ ngày 01/7/2025 đến ngày 15/12/2025, Trung tâm ... tiếp nhận"
                            r"|(?:từ\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d\s+(?:đến|tới)\s+(?:hết\s+)?ngày\s+"
                            r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d\s*,?"
                            # a deadline date: "đến ngày 31/12/2025 tỷ lệ ..."
                            r"|(?:đến|trước|tới|trong)\s+(?:hết\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d\s*,?",
                            re.IGNORECASE)
LIST_ITEM = re.compile(r"(?:\(?[a-zđ]\)|\(?\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]{1,4}\.)(?=\s)")
# between two levels of a list; a level may be qualified by its owner ("13 sở, ban của tỉnh và UBND
# các xã") and the next one counted ("và 47 xã")
CONNECTOR = re.compile(r"\s*(?:(?:của|thuộc)\s+(?:tỉnh|huyện|thành phố|thị xã)\s*)?(?:,|;|và|hoặc|và mỗi|,\s*mỗi)?"
                       r"\s*(?:\d+\s+)?", re.IGNORECASE)


@dataclass
class Row:
    indicator: str
    value: object
    unit: str
    op: str | None
    levels: list
    year: int | None
    kind: str
    scope: str | None
    start: int  # evidence span in the sentence
    end: int
    threshold_text: str
    confidence: float
    noun: str | None = None
    open_year: bool = False  # a result "đến nay" with no year in its sentence or paragraph: stays null
    counts_units: bool = False  # "94 xã hoàn thành ...": a count of its own, never a unit's breakdown
    reported_year: bool = False  # a target quoted against a result: a year left null is the report's


@dataclass(frozen=True)
class Surroundings:
    """What the text around a sentence or a table tells about it. The section walker
    (pipeline._Reader) keeps one and replaces it as headings and lines go by; a table hands
    its cells copies with their row's line head. prev, line_kind and line_year are filled in
    for each sentence from the rows read before it (pipeline._Reader.sentences)."""

    doc_year: int | None = None
    ref_year: int | None = None  # the year the document speaks from; earlier years are reported
    juris_level: str | None = None
    default_kind: str = "target"  # "result" in reports
    section_year: int | None = None
    # levels named by the heading of an appendix ("Phụ lục ... cấp xã") or of a part
    # ("A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH, CẤP XÃ"), and the procedure a heading names ("1. Thủ tục ...")
    section_levels: tuple = ()
    section_scope: str | None = None
    applies_levels: tuple = ()  # the one level an act's addressees share
    section_kind: str | None = None  # "target" under a heading naming a later year than the document's
    plan_start: int | None = None  # the first year the title plans for ("năm 2026", "giai đoạn 2026-2030")
    line_head: str | None = None  # a previous line ending in ':' that heads this one
    head_levels: tuple = ()  # "1. Đối với các sở, ban, ngành:" above these items
    line_kind: str | None = None  # the kind and year of the last sentence of this line with rows
    line_year: int | None = None
    para_year: int | None = None  # "Năm 2026, ..." opening the paragraph: its sentences are about 2026
    prev: Row | None = None  # the last row read before this sentence


_SURROUNDINGS_FIELDS = frozenset(f.name for f in fields(Surroundings))


def replace(obj, /, **changes):
    """dataclasses.replace; a Surroundings (replaced at every line read) is copied in one step:
    the same fields and values as its __init__ would set, without going through it."""
    if type(obj) is Surroundings and _SURROUNDINGS_FIELDS.issuperset(changes):
        new = object.__new__(Surroundings)
        state = new.__dict__
        state.update(obj.__dict__)
        state.update(changes)
        return new
    return dataclasses.replace(obj, **changes)


def words(text: str) -> int:
    return len(WORD.findall(text))


SENTENCE_WORDS = 12  # a line of more words ending in '.' is a sentence of the body, no title or heading


def body_sentence(line: str) -> bool:
    """A sentence of the body, not a title or a caption: more than a dozen words, ending in '.'."""
    return len(line.split()) > SENTENCE_WORDS and line.rstrip().endswith(".")


def _semicolons_outside_brackets(text):
    """';' that part clauses: not one inside brackets ("(đăng ký khai sinh - ...; đăng ký khai tử - ...)")."""
    if "(" not in text:
        return [i for i, ch in enumerate(text) if ch == ";"]
    out, depth = [], 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" and not depth:
            out.append(i)
    if depth:  # a bracket left open: every ';' parts clauses, as if there were none
        return [i for i, ch in enumerate(text) if ch == ";"]
    return out


class Sentence:
    def __init__(self, text, matches, mentions, all_levels, index=None):
        from .nlp import MatchIndex

        self.text = text
        # "trở lên" in "công dân từ 14 tuổi trở lên" bounds a group of people: it sets nothing and
        # ends no indicator
        kept = [m for m in matches if not (m.group == "cue" and m.value in ("target_cues", "post_stops")
                                           and (group_bound_re().match(text, max(0, m.start - 40), m.end)
                                                or bounds_a_rates_definition(text, m.start, m.end)))]
        if len(kept) < len(matches):
            matches, index = kept, None
        self.matches = matches
        self.mentions = mentions
        self.all_levels = all_levels  # [(levels, jurisdiction or None, phrase)]
        self.index = index or MatchIndex(text, matches)
        self.semicolons = _semicolons_outside_brackets(text)
        self._asides, self._aside_starts = None, []
        # periods a clause may report on ("năm 2023", "quý II/2024"): not deadlines, baselines or dates
        found = periods.mentions(text)
        self.years = [y for y in found if y.kind in ("period", "span")]
        self.year_starts = [y.start for y in self.years]
        self.deadlines = [y for y in found if y.kind == "deadline"]  # "đến năm 2025", "đến cuối năm 2020"

    def years_between(self, a, b, at=None):
        """Reported-period mentions starting in [a, b); with AT, not those inside an aside that
        does not hold AT (asides)."""
        found = self.years[bisect.bisect_left(self.year_starts, a):bisect.bisect_left(self.year_starts, b)]
        if at is None or not found:
            return found
        outside = [(s, e) for s, e in self.asides(a, b) if not s <= at < e]
        return [y for y in found if not any(s <= y.start < e for s, e in outside)]

    def asides(self, a, b):
        """Brackets in [a, b) holding figures of their own ("tăng 9 bậc so với năm trước (năm 2021
        tỉnh xếp thứ 28/63)"): their years speak for their figures only."""
        if self._asides is None:  # once per sentence: a long line asks for every figure
            starts = sorted(x.start for x in self.mentions)
            self._asides = [(m.start(), m.end()) for m in BRACKETED.finditer(self.text)
                            if bisect.bisect_left(starts, m.start()) < bisect.bisect_left(starts, m.end())]
            self._aside_starts = [s for s, _ in self._asides]
        i = bisect.bisect_left(self._aside_starts, a)
        j = bisect.bisect_left(self._aside_starts, b)
        return [(s, e) for s, e in self._asides[i:j] if e <= b]

    # --- phrase lookups -------------------------------------------------
    def last_semicolon(self, a, b) -> int:
        """The last clause-parting ';' in [a, b), else -1 (not one inside brackets)."""
        i = bisect.bisect_left(self.semicolons, b) - 1
        return self.semicolons[i] if i >= 0 and self.semicolons[i] >= a else -1

    def cues(self, name):
        return self.index.cues(name)

    def cues_between(self, name, a, b):
        return self.index.cues_between(name, a, b)

    def at(self, pos, groups, names=None):
        """Longest match of GROUPS starting at POS (after blanks)."""
        best = None
        for m in self.index.starting(pos):
            if m.group in groups and (names is None or m.value in names):
                if best is None or m.end > best.end:
                    best = m
        return best

    def ending_at(self, pos, groups, names=None):
        best = None
        for m in self.index.ending(pos):
            if m.group in groups and (names is None or m.value in names):
                if best is None or m.start < best.start:
                    best = m
        return best

    def clause_of(self, a, b):
        """The ';'-delimited clause around [a, b)."""
        i = bisect.bisect_left(self.semicolons, a)
        start = self.semicolons[i - 1] + 1 if i else 0
        j = bisect.bisect_left(self.semicolons, b)
        end = self.semicolons[j] if j < len(self.semicolons) else len(self.text)
        return start, end

    # --- trimming ---------------------------------------------------------
    def skip_marker(self, a, b):
        """Past punctuation and a list marker ('- ', 'a) ', '2.1. ') at A."""
        a = self._skip_punct(a, b)
        item = LIST_ITEM.match(self.text, a, b)
        return self._skip_punct(item.end(), b) if item else a

    def _skip_punct(self, a, b):
        while a < b and self.text[a] in PUNCT_EDGE:
            a += 1
        return a

    def trim(self, a, b):
        """Strip lead words, comparison words, punctuation and years from both ends."""
        text = self.text
        for _ in range(60):
            a = self.skip_marker(a, b)
            byline = BYLINE.match(text, a, b)
            if byline:
                a = byline.end()  # "GD&TĐ - Chỉ số CCHC ...": a news outlet's tag
                continue
            marker = LEADING_PERIOD.match(text, a, b)
            if marker:
                a = marker.end()
                continue
            if text.startswith("(", a) and 0 < text.find(")", a, b) < b - 1:
                a = text.find(")", a, b) + 1  # "(số liệu từ ngày 15/12 đến ngày 14/12), toàn tỉnh ..."
                continue
            y = LEADING_YEAR.match(text[a:b])
            if y:
                a += y.end()
                continue
            m = self.at(a, ("cue", "op_before", "op_after"), ("lead_words", ">=", ">", "<=", "<"))
            if m and m.end <= b:
                a = m.end
                continue
            break
        for _ in range(60):
            while b > a and (text[b - 1] in PUNCT_EDGE or text[b - 1] == "("):
                b -= 1
            if b > a and text[b - 1] == ")" and "(" not in text[a:b]:
                b -= 1
                continue
            opened = text.rfind("(", a, b) if b > a and text[b - 1] == ")" else -1
            if opened > a and "/" in text[opened:b] and act_reference_tail().search(text, opened + 1, b - 1):
                b = opened  # "... doanh nghiệp (theo Quyết định số 766/QĐ-TTg)": the act measures nothing
                continue
            m = self.ending_at(b, ("cue", "op_before", "op_after", "grade_triggers"),
                               ("trail_words", ">=", ">", "<=", "<", "grade_triggers"))
            if m and m.start >= a:
                b = m.start
                continue
            y = TRAILING_YEAR.search(text[a:b]) or BASELINE_TAIL.search(text[a:b])
            if y:
                b = a + y.start()
                continue
            act = act_reference_tail().search(text, a, b) if "/" in text[a:b] else None
            if act and act.start() > a:
                b = act.start()  # "Tỷ lệ hồ sơ trực tuyến theo Quyết định số 766/QĐ-TTg": the act measures nothing
                continue
            if act and re.match(r"\s*(?:theo|tại)\s", text[a:b], re.IGNORECASE):
                return a, a  # "... đạt 25% theo Kế hoạch số 35/KH-UBND": nothing but the act cited
            break
        return a, b

    # --- levels -----------------------------------------------------------
    def level_at(self, pos, limit):
        """A level phrase at POS, after optional determiners ('các', 'UBND', 'mỗi')."""
        p = pos
        for _ in range(3):
            m = self.at(p, ("level", "all_levels"))
            if m and m.end <= limit:
                return m
            det = self.at(p, ("cue",), ("subject_determiners",))
            if not det or det.end > limit:
                return None
            p = det.end
        return None

    def expand(self, m, juris_level):
        if m.group == "level":
            return [m.value]
        phrase = m.text.lower()
        options = [(lv, j) for (lv, j, ph) in self.all_levels if ph == phrase]
        for lv, j in options:
            if j == juris_level:
                return list(lv)
        return list(next((lv for lv, j in options if j is None), options[0][0] if options else []))

    def level_list(self, pos, limit, juris_level, assigners=True):
        """'[đối với] Sở, ban, ngành; UBND cấp huyện và cấp xã' -> levels and the end offset."""
        text = self.text
        levels, end, p = [], pos, pos
        # "80% (cấp tỉnh), 60% (cấp huyện)": levels in brackets right after a figure are its levels
        bracket = re.match(r"\s?\(\s*", text[pos:limit])
        if bracket:
            p = pos + bracket.end()
        while p < limit:
            q = p
            if levels:
                conn = CONNECTOR.match(text, q)
                q = conn.end() if conn else q
            elif assigners:
                a = self.at(q, ("cue",), ("level_assigners",))
                if a and a.end <= limit and self.level_at(a.end, limit):
                    q = a.end
            m = self.level_at(q, limit)
            if m is None:
                break
            levels.extend(lv for lv in self.expand(m, juris_level) if lv not in levels)
            end = p = m.end
            # "UBND các huyện, thị xã, thành phố": a phrase of the same level that starts inside
            # this one and runs on is part of it
            longer = [x.end for x in self.index.group_between("level", m.start, m.end)
                      if x.end > m.end and x.end <= limit and x.value in levels]
            if longer:
                end = p = max(longer)
        if bracket:
            closing = re.match(r"\s*\)", text[end:limit]) if levels else None
            return (levels, end + closing.end()) if closing else ([], pos)
        return levels, end

    def addressees(self, a, b, juris_level):
        """Levels named after a level-assigning word ("giao cho", "đối với") or a request
        ("Đề nghị các sở, ngành và UBND các xã ...") in text[a:b]."""
        cues = sorted(self.cues_between("level_assigners", a, b) + self.cues_between("request_verbs", a, b),
                      key=lambda c: c.start)
        for cue in cues:
            p = cue.end + len(re.match(r"\s*(?:\d+\s+)?", self.text[cue.end:b]).group(0))
            levels, _ = self.level_list(p, b, juris_level, assigners=False)
            if levels:
                return levels
        return []

    def subject(self, a, b, juris_level):
        """Levels the text before a figure assigns it to. Returns (levels, indicator span, how).

        how = "subject": levels open a clause ('các sở, ngành phải rút ngắn ...'); the rest,
        if any, is the verb or the indicator. how = "trailing": levels close the indicator
        ('... của cả nước đạt', '... ở cả hai cấp đạt'). Tried at the start of each
        comma-separated chunk, so 'Về TTHC, các sở, ngành ...' finds the subject."""
        text = self.text
        starts = [a] + [a + m.end() for m in re.finditer(r"[,:]\s*", text[a:b])]
        # "Đề nghị các sở, ngành, UBND các xã ... phấn đấu": the addressees of a request are the subject
        starts = sorted(set(starts + [c.end for c in self.cues_between("request_verbs", a, b)]))
        for s in starts:
            comma = text.rfind(",", a, s)
            if s > a and comma >= 0 and text.find(",", comma, s) == comma and \
                    self.ending_at(len(text[:comma].rstrip()), ("level",)) is not None and \
                    self.ending_at(len(text[:comma].rstrip()), ("level",)).start > a and \
                    words(text[a:self.ending_at(len(text[:comma].rstrip()), ("level",)).start]) >= 3:
                continue  # "Tỷ lệ hồ sơ ... cấp huyện, cấp xã đạt 98%": the level goes on a list closing the indicator
            s = self.skip_marker(s, b)  # "- UBND cấp xã phải ...": a list dash opens the subject
            # "..., và UBND các xã đạt 20%", "Năm 2022, ở cấp huyện, Bộ phận Một cửa đã tiếp nhận ..."
            at_level = place_lead_re().match(text[s:b])
            if at_level and at_level.group(1):
                from .breakdowns import units
                if any(u.named for u in units(text[s:b])):
                    continue  # "Ở cấp huyện, huyện Bình Sơn dẫn đầu ...": the unit named is the subject
                comma = text.find(",", s, b)
                if comma > 0 and (held := self._place_level(s + at_level.end(), comma)):
                    # "Tại Bộ phận Tiếp nhận và Trả kết quả thị xã (cấp thị xã), đã tiếp nhận ...":
                    # the office's level, from a bracket or the kind of unit closing its name
                    return held, self.trim(comma + 1, b), "subject"
            s += at_level.end() if at_level else len(re.match(r"\s*", text[s:b]).group(0))
            levels, end = self.level_list(s, b, juris_level, assigners=False)
            if not levels and (lead := self.at(s, ("cue",), ("lead_words",))) and lead.end < b:
                # "Phấn đấu cấp tỉnh đạt 100%": target words before the subject
                levels, end = self.level_list(lead.end, b, juris_level, assigners=False)
            if levels and (verb := self.at(end, ("cue",), ("regulator_verbs",))):
                # the level issuing the rule, not the one it binds: its clause names nothing
                comma = text.find(",", end, b)
                if comma < 0:
                    # "UBND các huyện chỉ đạo các xã bảo đảm tỷ lệ ...": the levels it directs are bound
                    bound, bound_end = self.level_list(verb.end, b, juris_level, assigners=False)
                    det = self.at(verb.end, ("cue",), ("subject_determiners",))
                    noun = None if bound else self.at(det.end if det else verb.end, ("unit_noun",))
                    if noun is not None:  # "chỉ đạo các xã": units of a level named by their noun
                        bound, bound_end = [noun.value], noun.end
                    return bound, self.trim(bound_end if bound else verb.end, b), "regulator"
                return [], self.trim(comma + 1, b), "regulator"
            if levels and (joined := coordinated_re().match(text, end, b)) \
                    and not self.level_list(joined.end(), b, juris_level, assigners=False)[0]:
                # "Trung tâm Phục vụ hành chính công tỉnh và Bộ phận một cửa các cấp đã tiếp nhận ...":
                # the level names one of the bodies that did it, not all of them
                return [], None, None
            if levels:
                return levels, self.trim(end, b), "subject"
        ta, tb = self.trim(a, b)
        # "... của cả nước tháng 10/2025 đạt": the period after a closing level is not part of it
        last = [y for y in periods.mentions(text[ta:tb]) if y.kind == "period" and not text[ta + y.end:tb].strip()]
        if last:
            tb = ta + len(text[ta:ta + last[-1].start].rstrip())
        m = self.ending_at(tb, ("level", "all_levels"))
        if m and m.start > ta:
            lead = text[ta:m.start]
            lead = lead[:-len(re.search(r"(?:các\s+)?$", lead).group(0)) or None].rstrip()
            assigner = self.ending_at(ta + len(lead), ("cue",), ("closing_assigners",))
            # "... của cả nước đạt", "... ở cả hai cấp đạt"; but "cán bộ ... của bộ, ngành, địa phương"
            # is a share of their staff, not of the units (GOLD: level null)
            owned_units = assigner is not None and m.group == "all_levels" and assigner.text.lower() == "của"
            if assigner and not owned_units:
                return self.expand(m, juris_level), self.trim(ta, assigner.start), "trailing"
            if assigner is None and self.at(m.start, ("cue",), ("closing_areas",)):
                return self.expand(m, juris_level), self.trim(ta, m.start), "trailing"
        return [], None, None

    def _place_level(self, a, b):
        """The level of the place named in text[a:b] after "ở"/"tại": a bracket of a level closing
        it ("(cấp thị xã)"), else a kind of unit closing it with no name after ("Bộ phận một cửa
        huyện"); [] when it opens on a level (the subject reading does that) or names none."""
        text = self.text
        end = len(text[:b].rstrip())
        if self.level_at(a, b):
            return []
        bracket = re.search(r"\(\s*([^()]*?)\s*\)$", text[a:end])
        if bracket:
            levels, stop = self.level_list(a + bracket.start(1), a + bracket.end(1), None, assigners=False)
            return levels if levels and not text[stop:a + bracket.end(1)].strip() else []
        noun = self.ending_at(end, ("unit_noun",))
        return [noun.value] if noun is not None and noun.start > a else []


def in_brackets(text, pos):
    opened = text.rfind("(", 0, pos)
    return opened >= 0 and text.rfind(")", opened, pos) < 0 and text.find(")", pos) >= 0

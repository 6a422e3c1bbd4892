"""Turn the figures of one sentence into target rows: indicator, level, scope, kind, year.

Vietnamese targets are written in a handful of shapes, all handled here from the phrase
matches of patterns/ (never from wording written into this module):

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
from dataclasses import dataclass, field

PUNCT_EDGE = " \t,;:.-–—+*•·/\\\"'“”‘’"
YEAR_PHRASE = re.compile(
    r"(?:(?:đến|tới|vào|trong|hết|cuối|đầu)\s+(?:năm\s+)?|(?<!so với )năm\s+)((?:19|20)\d\d)\b"
    r"|giai\s+đoạn\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)",
    re.IGNORECASE,
)
LEADING_YEAR = re.compile(r"^\W*(?:trong\s+|đến\s+|vào\s+)?năm\s+((?:19|20)\d\d)\b\s*,?", re.IGNORECASE)
TRAILING_YEAR = re.compile(r"(?:\s|^)(?:(?:trong|đến|vào)\s+)?năm\s+((?:19|20)\d\d)\s*$", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
STRONG_HEADS = ("tỷ lệ", "tỉ lệ", "chỉ số", "mức độ", "tỷ trọng", "tỉ trọng")
FORMULA = re.compile(r"\s[=×]\s|\)\s*[x×]\s|\s[x×]\s*\d")  # "(80 giờ x 40.000 đồng) x hồ sơ", "b/a x 100%"
BASELINE_TAIL = re.compile(r"\s+từ\s+\d+[\w\s,]{0,30}?\s(?:xuống\s+)?còn$", re.IGNORECASE)
FRACTION = re.compile(r"\d+(?:[.,]\d+)*\s*/\s*\d")
PAST_YEAR = re.compile(r"(?<!so với )(?<!đến )(?<!tới )\bnăm\s+((?:19|20)\d\d)\b", re.IGNORECASE)
LEADING_PERIOD = re.compile(r"giai\s+đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*,?", re.IGNORECASE)
LIST_ITEM = re.compile(r"(?:\(?[a-zđ]\)|\(?\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]{1,4}\.)(?=\s)")
CONNECTOR = re.compile(r"\s*(?:,|;|và|hoặc|và mỗi|,\s*mỗi)?\s*", re.IGNORECASE)


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


@dataclass
class Context:
    """What earlier text tells about the current sentence."""

    doc_year: int | None = None
    ref_year: int | None = None  # the year the document speaks from; earlier years are reported
    juris_level: str | None = None
    default_kind: str = "target"  # "result" in reports
    section_year: int | None = None
    section_level: str | None = None  # level named by the heading of an appendix (Phụ lục ... cấp xã)
    scoring: bool = False  # inside an article or appendix that sets scoring or rating rules
    line_head: str | None = None  # a previous line ending in ':' that heads this one
    head_levels: list = field(default_factory=list)  # "1. Đối với các sở, ban, ngành:" above these items
    line_kind: str | None = None
    line_year: int | None = None
    prev: Row | None = None


def words(text: str) -> int:
    return len(WORD.findall(text))


class Sentence:
    def __init__(self, text, matches, mentions, all_levels):
        self.text = text
        self.matches = matches
        self.mentions = mentions
        self.all_levels = all_levels  # [(levels, jurisdiction or None)]

    # --- phrase lookups -------------------------------------------------
    def cues(self, name):
        return [m for m in self.matches if m.group == "cue" and m.value == name]

    def at(self, pos, groups, names=None):
        """Longest match of GROUPS starting at POS (after blanks)."""
        while pos < len(self.text) and self.text[pos] == " ":
            pos += 1
        best = None
        for m in self.matches:
            if m.start == pos and m.group in groups and (names is None or m.value in names):
                if best is None or m.end > best.end:
                    best = m
        return best

    def ending_at(self, pos, groups, names=None):
        while pos > 0 and self.text[pos - 1] == " ":
            pos -= 1
        best = None
        for m in self.matches:
            if m.end == pos and m.group in groups and (names is None or m.value in names):
                if best is None or m.start < best.start:
                    best = m
        return best

    # --- trimming ---------------------------------------------------------
    def trim(self, a, b):
        """Strip lead words, comparison words, punctuation and years from both ends."""
        text = self.text
        for _ in range(60):
            while a < b and text[a] in PUNCT_EDGE:
                a += 1
            marker = LIST_ITEM.match(text, a, b) or LEADING_PERIOD.match(text, a, b)
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
            m = self.ending_at(b, ("cue", "op_before", "op_after", "grade_triggers"),
                               ("trail_words", ">=", ">", "<=", "<", "grade_triggers"))
            if m and m.start >= a:
                b = m.start
                continue
            y = TRAILING_YEAR.search(text[a:b]) or BASELINE_TAIL.search(text[a:b])
            if y:
                b = a + y.start()
                continue
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
        while p < limit:
            q = p
            if levels:
                conn = CONNECTOR.match(text, q)
                q = conn.end() if conn else q
            elif assigners:
                a = re.match(r"\s*(?:đối với|ở|tại|cho)\s+", text[q:limit], re.IGNORECASE)
                if a and self.level_at(q + a.end(), limit):
                    q += a.end()
            m = self.level_at(q, limit)
            if m is None:
                break
            levels.extend(lv for lv in self.expand(m, juris_level) if lv not in levels)
            end = p = m.end
        return levels, end

    def subject(self, a, b, juris_level):
        """Levels the text before a figure assigns it to. Returns (levels, indicator span, how).

        how = "subject": levels open a clause ('các sở, ngành phải rút ngắn ...'); the rest,
        if any, is the verb or the indicator. how = "trailing": levels close the indicator
        ('... của cả nước đạt', '... ở cả hai cấp đạt'). Tried at the start of each
        comma-separated chunk, so 'Về TTHC, các sở, ngành ...' finds the subject."""
        text = self.text
        starts = [a] + [a + m.end() for m in re.finditer(r",\s*", text[a:b])]
        for s in starts:
            levels, end = self.level_list(s, b, juris_level, assigners=False)
            if levels:
                return levels, self.trim(end, b), "subject"
        ta, tb = self.trim(a, b)
        m = self.ending_at(tb, ("level", "all_levels"))
        if m and m.start > ta:
            assigner = re.search(r"\b(?:của|ở|tại)\s+(?:các\s+)?$", text[ta:m.start], re.IGNORECASE)
            if assigner:
                return self.expand(m, juris_level), self.trim(ta, ta + assigner.start()), "trailing"
        return [], None, None


def kind_of(sent: Sentence, ctx: Context, a=0, b=None):
    """Target or result for the clause text[a:b] (a sentence may hold both, split by ';')."""
    b = len(sent.text) if b is None else b
    clause = sent.text[a:b]
    targets = [c for c in sent.cues("target_cues") if a <= c.start < b]
    results = [c for c in sent.cues("result_cues") if a <= c.start < b]
    lead = LEADING_YEAR.match(clause) or LEADING_YEAR.match(sent.text)
    past = [int(y.group(1)) for y in PAST_YEAR.finditer(clause)]
    now = ctx.ref_year or ctx.doc_year
    past_year = now and past and min(past) < now and not targets
    if past_year and not lead:
        lead = PAST_YEAR.search(clause)  # "..., năm 2023, Bộ phận Một cửa ... tiếp nhận 12.450 hồ sơ"
    if ctx.default_kind == "result" or past_year:
        results += [c for c in sent.cues("past_markers") if a <= c.start < b]
    if lead and now and int(lead.group(1)) < now and not targets:
        return "result", int(lead.group(1))
    if results and not targets:
        return "result", int(lead.group(1)) if lead else None
    if targets:
        return "target", None
    if ctx.line_kind:
        return ctx.line_kind, ctx.line_year
    return ctx.default_kind, None


def sentence_year(text):
    """The year a sentence is about: 'đến năm 2030', 'giai đoạn 2026-2030' -> 2030."""
    for m in YEAR_PHRASE.finditer(text):
        return int(m.group(1) or m.group(3))
    return None


def split_items(text, a, b, sent: Sentence):
    """Split a list 'A; B; C và D' (or 'A và Tỷ lệ B') into item spans."""
    spans, start = [], a
    for i in range(a, b):
        if text[i] == ";":
            spans.append((start, i))
            start = i + 1
    spans.append((start, b))
    out = []
    heads = sent.cues("indicator_heads")
    strong = STRONG_HEADS
    for s, e in spans:
        cut = s
        for m in re.finditer(r"\s(?:và|hoặc)\s+", text[s:e]):
            nxt = s + m.end()
            if any(h.start == nxt and (text[nxt].isupper() or h.text.lower() in strong) for h in heads):
                out.append((cut, s + m.start()))
                cut = nxt
        out.append((cut, e))
    return [(s, e) for s, e in out if words(text[s:e]) > 0]


def find_head(sent: Sentence, first, ctx):
    """(head text, where the first figure's own clause starts, levels named as the topic)."""
    text = sent.text
    colon = text.find(":", 0, first.start)
    if colon >= 0:
        paren = text.rfind("(", 0, colon)
        if paren > text.rfind(")", 0, colon):  # "(PAR INDEX: hạng 7)"
            ha, hb = sent.trim(0, paren)
            return text[ha:hb] or None, colon + 1, []
        ha, hb = sent.trim(0, colon)
        generic = any(c.start < colon for c in sent.cues("target_cues") + sent.cues("list_intros")) or words(
            text[ha:hb]) > 60
        start = colon + 1
        semi = text.rfind(";", start, first.start)
        return (None if generic else text[ha:hb] or None), (semi + 1 if semi >= 0 else start), []
    topic = sent.at(0, ("cue",), ("topic_intros",))
    comma = text.find(",", 0, first.start)
    if topic and comma > topic.end:
        levels, end = sent.level_list(topic.end, comma, ctx.juris_level)
        if levels:  # "Đối với cấp xã (gồm ...), tỷ lệ ... đạt 60%"
            return None, comma + 1, levels
        ha, hb = sent.trim(topic.end, comma)
        if words(text[ha:hb]) >= 2:
            return text[ha:hb], comma + 1, []
    semi = text.rfind(";", 0, first.start)
    return ctx.line_head, (semi + 1 if semi >= 0 else 0), []


def _respectively(sent, mentions, clause_start):
    """'A và B lần lượt đạt 100% và 70%' -> {index of each figure: its item span}."""
    cues = sent.cues("respectively")
    if not cues:
        return {}
    cue = cues[0]
    after = [i for i, m in enumerate(mentions) if m.start > cue.end]
    if len(after) < 2:
        return {}
    a = clause_start
    semi = sent.text.rfind(";", a, cue.start)
    a = semi + 1 if semi >= 0 else a
    items = split_items(sent.text, *sent.trim(a, cue.start), sent)
    if len(items) != len(after):
        items = split_items_loose(sent.text, *sent.trim(a, cue.start))
    if len(items) != len(after):
        return {}
    return {i: sent.trim(*span) for i, span in zip(after, items)}


def split_items_loose(text, a, b):
    """Split 'A và B' at every 'và' (respectively lists name their items plainly)."""
    out, cut = [], a
    for m in re.finditer(r"\s(?:và|;)\s+", text[a:b]):
        out.append((cut, a + m.start()))
        cut = a + m.end()
    out.append((cut, b))
    return out


def _drop_qualifying_grades(sent):
    """'70% số xã ... đạt loại Khá': the grade qualifies the units counted, it is no row."""
    out = []
    for m in sent.mentions:
        prev = out[-1] if out else None
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


def assemble(sent: Sentence, ctx: Context) -> list[Row]:
    text = sent.text
    if not sent.mentions or sent.cues("scoring_cues") or FORMULA.search(text):
        return []
    _drop_qualifying_grades(sent)
    mentions = sent.mentions
    s_year = sentence_year(text)
    head, pre_start, topic_levels = find_head(sent, mentions[0], ctx)
    if head and _is_band_label(sent, head):
        return []  # "Loại Tốt: từ 90 điểm trở lên" defines a rating band
    head_from_line = head is not None and head == ctx.line_head
    head_items = None
    if head:
        hs = sent.text.find(head)
        if hs >= 0 and not topic_levels:
            parts = split_items(text, hs, hs + len(head), sent)
            if len(parts) > 1:
                head_items = [text[slice(*sent.trim(*p))] for p in parts]
    inline = sent.cues("inline_target_cues")
    forced = _respectively(sent, mentions, pre_start)
    clause_levels = list(topic_levels)
    rows: list[Row] = []
    prev_row = ctx.prev
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        limit = nxt.start if nxt else len(text)
        levels, lv_end = ([], m.end) if m.unit == "rank" else sent.level_list(m.end, limit, ctx.juris_level)

        # --- after the figure: a list, or the indicator itself ("60% hồ sơ ...")
        list_m = None
        lm = re.match(r"[\s,]*", text[lv_end:limit])
        list_m = sent.at(lv_end + lm.end(), ("cue",), ("list_intros",))
        post_from = m.end
        post_level = None
        if re.match(r" ?[^\W\d_(]", text[m.end:m.end + 2]) and m.unit not in ("grade", "rank") and not list_m:
            # words after the levels make the levels the subject of an indicator ("100% UBND cấp xã hoàn thành ...")
            after_levels = not levels or words(text[slice(*sent.trim(lv_end, _clause_end(sent, lv_end, limit)))]) >= 2
            q = m.end + len(re.match(r"\s*(?:số\s+)?", text[m.end:limit]).group(0))
            unit_noun = sent.at(q, ("unit_noun", "level"))
            if unit_noun:
                post_level = sent.expand(unit_noun, ctx.juris_level) if unit_noun.group != "unit_noun" else [unit_noun.value]
            if not after_levels:
                post_from = None
        else:
            post_from = None
        stops = [c.start for c in sent.cues("post_stops") if lv_end < c.start < limit]
        gap = text[lv_end:limit]
        semis = [lv_end + j for j, ch in enumerate(gap) if ch == ";"]
        post_b, next_pre = limit, lv_end
        if semis:
            post_b, next_pre = semis[0], semis[-1] + 1
        elif nxt:
            comma = text.rfind(",", lv_end, limit)
            conj = [lv_end + mm.start() for mm in re.finditer(r"\s(?:và|hoặc)\s", gap)]
            # the earliest break after which a subject level opens the next clause
            # ("..., UBND các huyện, thị xã, thành phố đạt 30%": not the comma inside the list)
            breaks = sorted([lv_end + mm.start() for mm in re.finditer(r",", gap)] + conj)
            subject_break = next((b for b in breaks if sent.level_list(
                b + len(re.match(r"[,\s]*(?:và|hoặc)?\s*", text[b:limit]).group(0)), limit,
                ctx.juris_level, assigners=False)[0]), None)
            if subject_break is not None:
                post_b, next_pre = subject_break, subject_break
            elif comma >= 0:
                post_b, next_pre = comma, comma + 1
            elif conj:
                post_b, next_pre = conj[-1], conj[-1]
            elif post_from is not None:
                next_pre = limit
        scope_intro = re.search(r"[,;]?\s*\b(?:trong đó|riêng)\b", gap, re.IGNORECASE) if nxt else None
        if scope_intro:  # "..., trong đó lĩnh vực đất đai, xây dựng đạt 85%": the sub-scope starts here
            post_b, next_pre = min(post_b, lv_end + scope_intro.start()), lv_end + scope_intro.start()
        if stops:
            post_b = min(post_b, min(stops))
        post_text, post_span = "", None
        if post_from is not None:
            pa, pb = sent.trim(post_from, post_b)
            if words(text[pa:pb]) >= 2 or (m.unit == "count" and words(text[pa:pb]) >= 1):
                post_text, post_span = text[pa:pb], (pa, pb)
                if post_level and not levels:
                    levels = post_level
                if not levels:  # "100% cán bộ, công chức cấp xã được ...": the units counted
                    verb = re.search(r"\s(?:được|đã|phải|có|sử dụng|thực hiện)\s", text[pa:pb])
                    subject_end = pa + verb.start() if verb else pb
                    found = [x for x in sent.matches if x.group in ("level", "all_levels")
                             and pa <= x.start and x.end <= subject_end]
                    levels = list(dict.fromkeys(lv for x in found for lv in sent.expand(x, ctx.juris_level)))
                    if levels == [ctx.juris_level]:
                        levels = []  # a commune's own procedures: the jurisdiction as a whole

        # --- before the figure
        pre_a, pre_b = pre_start, m.start
        gap_from_prev = mentions[i - 1].end if i else 0
        year = None
        ya = LEADING_YEAR.match(text[pre_a:pre_b]) or re.search(
            r"năm\s+((?:19|20)\d\d)\s*(?:đạt|là|:)?\s*$", text[pre_a:pre_b], re.IGNORECASE)
        if ya:
            year = int(ya.group(1))
        scope = None
        sub = re.match(r"\W*(?:trong\s+đó|riêng)[:,]?\s*", text[pre_a:pre_b], re.IGNORECASE)
        if sub and sent.at(pre_a + sub.end(), ("cue",), ("scope_nouns",)) and prev_row and not sent.level_at(
                pre_a + sub.end(), pre_b):
            sa, sb = sent.trim(pre_a + sub.end(), pre_b)
            scope = text[sa:sb] or None
        subj_levels, verb_span, how = sent.subject(pre_a, pre_b, ctx.juris_level)
        subj_at = True if how == "subject" else None
        if subj_levels and not levels:
            levels = subj_levels
            if how == "subject":
                clause_levels = subj_levels
        elif not levels and clause_levels and ";" not in text[gap_from_prev:m.start]:
            levels = list(clause_levels)  # "Bộ phận Một cửa huyện tiếp nhận ..., giải quyết đúng hạn ..."
        if verb_span is not None:
            a2, b2 = verb_span
        else:
            a2, b2 = sent.trim(pre_a, pre_b)
            a2 = _from_first_head(sent, a2, b2)
        pre_text = "" if scope else text[a2:b2]

        confidence = 0.9
        evidence_from = min(m.start, a2) if pre_text else m.start
        strong_pre = words(pre_text) >= 3 and sent.at(a2, ("cue",), ("indicator_heads",)) is not None and \
            sent.at(a2, ("cue",), ("indicator_heads",)).text.lower() in STRONG_HEADS
        if post_text and strong_pre and words(post_text) <= 2:
            post_text = ""  # "Tỷ lệ phủ sóng 5G ... đạt 100% dân số": the indicator is before
        if post_text:
            last_chunk = pre_text.rsplit(",", 1)[-1].strip()
            verb = pre_text if 0 < words(pre_text) <= 4 else (last_chunk if 0 < words(last_chunk) <= 3 else "")
            indicator = f"{verb} {post_text}" if verb and not head else post_text
            if words(pre_text) > 4:
                evidence_from = m.start
        elif words(pre_text) >= 1 and not _only_head(sent, a2, b2):
            indicator = pre_text
            if m.unit == "count" and m.noun and m.noun.lower() not in indicator.lower():
                indicator = f"{indicator} {m.noun}"
            if head and words(pre_text) <= 4 and subj_at is None:
                indicator = f"{head} ({pre_text})"
            elif head and subj_at is not None:
                indicator = head
        elif _only_head(sent, a2, b2) and prev_row:
            indicator = f"{pre_text} {prev_row.indicator}"
            confidence = 0.7
        elif head and not (head_from_line and rows):
            indicator = head
            confidence = 0.85
        elif m.unit == "count" and m.noun:
            indicator = m.noun
            confidence = 0.6
        elif prev_row is not None:
            indicator = prev_row.indicator
            confidence = 0.7
        else:
            pre_start = next_pre
            continue
        if scope and prev_row:
            indicator = prev_row.indicator
        if i in forced:
            fa, fb = forced[i]
            indicator, evidence_from = text[fa:fb], min(fa, m.start)

        # --- kind: per clause; a figure right after "mục tiêu" is the target of a result sentence
        ca = text.rfind(";", 0, m.start) + 1
        cb = text.find(";", m.end)
        row_kind, kind_year = kind_of(sent, ctx, ca, cb if cb >= 0 else len(text))
        gap_from = mentions[i - 1].end if i else 0
        if any(gap_from <= c.start < m.start for c in inline):
            row_kind = "target"
            if rows and words(pre_text) <= 5 and words(post_text) <= 4:
                indicator = rows[-1].indicator  # "đạt 45,8%, chưa đạt mục tiêu 50%"
                levels = levels or rows[-1].levels
        elif any(m.end <= c.start and (not nxt or c.start < nxt.start) for c in inline):
            row_kind = "result"  # "đạt 63,47% (mục tiêu 70%)"
        elif row_kind == "target" and m.op is None and not sent.cues("target_cues") and (
                isinstance(m.value, float) or FRACTION.search(text[gap_from:m.start])):
            row_kind = "result"  # "đạt 87,73%", "3.071/4.888 TTHC (đạt 62,8%)": measured, not set
        if row_kind == "result" and m.op is None and sent.ending_at(m.start, ("cue",), ("change_words",)) \
                and re.match(r"\W*(?:\w+\W+){0,2}?so với", text[m.end:]):
            pre_start = next_pre
            continue  # "tăng 2,1% so với năm trước": a change, not a level reached
        if year is None:
            if row_kind == "result":
                year = kind_year or s_year or ctx.line_year or ctx.doc_year
            else:
                year = s_year or ctx.section_year or ctx.doc_year

        # --- one figure, many rows
        items = [(indicator, evidence_from, max(m.end, lv_end, post_span[1] if post_span else 0))]
        if list_m:
            colon_at = text.find(":", list_m.end, len(text))
            la = colon_at + 1 if 0 <= colon_at < list_m.end + 3 else list_m.end
            items = [(text[slice(*sent.trim(*it))], min(m.start, it[0]), max(m.end, it[1]))
                     for it in split_items(text, la, len(text), sent)]
        elif head_items and indicator == head:
            items = [(h, m.start, max(m.end, lv_end)) for h in head_items]
        elif not post_text and not head and subj_at is None and words(pre_text):
            parts = split_items(text, a2, b2, sent)
            if len(parts) > 1:
                items = [(text[slice(*sent.trim(*p))], min(p[0], m.start), max(m.end, lv_end)) for p in parts]
        if not levels and ctx.head_levels:
            levels = list(ctx.head_levels)
        op = m.op
        if op in (">", ">=") and any(c.start < m.start and c.start >= ca for c in sent.cues("negations")):
            op = "<=" if op == ">" else "<"  # "không để tỷ lệ hồ sơ quá hạn vượt quá 2%"
        for ind, ev_a, ev_b in items:
            row = Row(indicator=_clean(ind), value=m.value, unit=m.unit, op=op, levels=list(levels),
                      year=year, kind=row_kind, scope=scope, start=ev_a, end=ev_b,
                      threshold_text=text[m.start:m.end], confidence=confidence, noun=m.noun)
            if row.indicator:
                rows.append(row)
                prev_row = row
        pre_start = next_pre
    return rows


def _clause_end(sent, a, limit):
    ends = [c.start for c in sent.cues("post_stops") if a < c.start < limit]
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
    for m in re.finditer(r",\s*", sent.text[a:b]):
        pos = a + m.end()
        head = sent.at(pos, ("cue",), ("indicator_heads",))
        if head and head.text.lower() in STRONG_HEADS:
            return pos
    return a


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
    return text

"""Turn the figures of one sentence into target rows: indicator, level, scope, kind, year.

Vietnamese targets are written in a handful of shapes, all handled here from the phrase
matches of patterns/ (never from wording written into this module):

- "INDICATOR đạt tối thiểu 90%"                   indicator before the figure
- "tối thiểu 90% INDICATOR", "số hóa 60% hồ sơ"     indicator (and its verb) around it
- "HEAD: Tối thiểu 70% đối với Sở...; 40% UBND cấp huyện"   a head shared by split levels
- "4 chỉ tiêu đạt 100% gồm: A; B; C và D", "A và Tỷ lệ B đạt 80%"   one figure, many rows
- "trong đó lĩnh vực đất đai đạt 85%"               a sub-scope of the previous indicator
- "năm 2026 đạt 90%, năm 2027 đạt 95%"              one row per year
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .thresholds import Mention

PUNCT_EDGE = " \t,;:.-–—+*•·/\\\"'“”‘’"
YEAR_PHRASE = re.compile(
    r"(?:(?:đến|tới|vào|trong|hết|cuối|đầu)\s+(?:năm\s+)?|(?<!so với )năm\s+)((?:19|20)\d\d)\b"
    r"|giai\s+đoạn\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)",
    re.IGNORECASE,
)
LEADING_YEAR = re.compile(r"^\W*(?:trong\s+|đến\s+|vào\s+)?năm\s+((?:19|20)\d\d)\b\s*,?", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


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
    section_year: int | None = None
    section_level: str | None = None  # level named by the heading of an appendix (Phụ lục ... cấp xã)
    scoring: bool = False  # inside an article or appendix that sets scoring or rating rules
    line_head: str | None = None  # "HEAD:" of the current line, or a previous line ending in ':'
    line_kind: str | None = None
    line_year: int | None = None
    prev: Row | None = None
    rows: list = field(default_factory=list)


def words(text: str) -> int:
    return len(WORD.findall(text))


class Sentence:
    def __init__(self, text, matches, mentions, rules_all_levels):
        self.text = text
        self.matches = matches
        self.mentions = mentions
        self.all_levels = rules_all_levels

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
        for _ in range(40):
            while a < b and text[a] in PUNCT_EDGE:
                a += 1
            y = LEADING_YEAR.match(text[a:b])
            if y:
                a += y.end()
                continue
            m = self.at(a, ("cue", "op_before", "op_after"), ("lead_words", ">=", ">", "<=", "<"))
            if m and m.end <= b:
                a = m.end
                continue
            y = LEADING_YEAR.match(text[a:b])
            if y:
                a += y.end()
                continue
            break
        for _ in range(40):
            while b > a and (text[b - 1] in PUNCT_EDGE or (text[b - 1] == "(")):
                b -= 1
            if b > a and text[b - 1] == ")" and "(" not in text[a:b]:
                b -= 1
                continue
            m = self.ending_at(b, ("cue", "op_before", "op_after", "grade_triggers"),
                               ("trail_words", ">=", ">", "<=", "<", "grade_triggers"))
            if m and m.start >= a:
                b = m.start
                continue
            y = re.search(r"(?:\s|^)(?:(?:trong|đến|vào)\s+)?năm\s+(?:19|20)\d\d$", text[a:b], re.IGNORECASE)
            if y:
                b = a + y.start()
                continue
            break
        return a, b

    def level_block(self, pos, limit):
        """Levels written right after a figure: '[đối với] Sở, ban, ngành; UBND cấp huyện và cấp xã'."""
        text = self.text
        levels, end, p = [], pos, pos
        first = True
        while p < limit:
            q = p
            while q < limit and text[q] in " ,;":
                q += 1
            if not first:
                conn = re.match(r"\s*(?:và|hoặc)\s+", text[q:limit])
                if conn:
                    q += conn.end()
            assigner = re.match(r"(?:đối với|ở|tại|cho)\s+(?:các\s+)?", text[q:limit], re.IGNORECASE)
            if assigner and (first or True):
                q2 = q + assigner.end()
            else:
                q2 = q
            q2 = q2 + len(re.match(r"(?:các\s+|UBND\s+)?", text[q2:limit]).group(0)) if False else q2
            m = self.at(q2, ("level", "all_levels"))
            if m is None and q2 != q:
                m = self.at(q, ("level", "all_levels"))
            if m is None:
                # "đối với các sở" / "UBND các huyện": skip one determiner
                det = re.match(r"(?:các|UBND các|UBND)\s+", text[q2:limit])
                if det:
                    m = self.at(q2 + det.end(), ("level", "all_levels"))
            if m is None or m.end > limit:
                break
            if first and text[pos:q].strip(" ") not in ("",):
                break  # the figure is followed by punctuation: the level belongs to the next clause
            if m.group == "all_levels":
                levels.extend(self.all_levels[int(m.value)])
            else:
                levels.append(m.value)
            end = p = m.end
            # a level phrase followed by "tỉnh"/"huyện" etc. is still one phrase
            first = False
        seen = []
        for lv in levels:
            if lv not in seen:
                seen.append(lv)
        return seen, end

    def subject_level(self, a, b):
        """A level written as the subject right before the figure: 'cấp huyện đạt 97%'."""
        a2, b2 = self.trim(a, b)
        if a2 >= b2:
            return None, a2, b2
        m = self.at(a2, ("level",))
        det = re.match(r"(?:các|UBND các|UBND|đối với|đối với các)\s+", self.text[a2:b2], re.IGNORECASE)
        if m is None and det:
            m = self.at(a2 + det.end(), ("level",))
        if m is None or m.end > b2:
            return None, a2, b2
        rest_a, rest_b = self.trim(m.end, b2)
        if words(self.text[rest_a:rest_b]) == 0:
            return m.value, rest_a, rest_b
        return None, a2, b2


def kind_of(sent: Sentence, ctx: Context, doc_year):
    text = sent.text
    targets = sent.cues("target_cues")
    results = sent.cues("result_cues")
    lead = LEADING_YEAR.match(text)
    if lead and doc_year and int(lead.group(1)) < doc_year and not targets:
        return "result", int(lead.group(1))
    if results and not targets:
        return "result", int(lead.group(1)) if lead else None
    if targets:
        return "target", None
    if ctx.line_kind:
        return ctx.line_kind, ctx.line_year
    return "target", None


def sentence_year(text):
    """The year a sentence is about: 'đến năm 2030', 'giai đoạn 2026-2030' -> 2030."""
    best = None
    for m in YEAR_PHRASE.finditer(text):
        y = int(m.group(1) or m.group(3))
        best = y if best is None else best
    return best


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
    for s, e in spans:
        cut = s
        for m in re.finditer(r"\s(?:và|hoặc)\s+", text[s:e]):
            nxt = s + m.end()
            if any(h.start == nxt for h in heads) and (text[nxt].isupper() or any(
                    h.start == nxt and h.text.lower() in ("tỷ lệ", "tỉ lệ", "chỉ số", "mức độ") for h in heads)):
                out.append((cut, s + m.start()))
                cut = nxt
        out.append((cut, e))
    return [(s, e) for s, e in out if words(text[s:e]) > 0]


def assemble(sent: Sentence, ctx: Context) -> list[Row]:
    text, mentions = sent.text, sent.mentions
    if not mentions:
        return []
    if sent.cues("scoring_cues"):
        return []
    kind, kind_year = kind_of(sent, ctx, ctx.doc_year)
    s_year = sentence_year(text)
    first = mentions[0]
    colon = text.find(":", 0, first.start)
    head = None
    clause_start = 0
    if colon >= 0:
        clause_start = colon + 1
        ha, hb = sent.trim(0, colon)
        head_text = text[ha:hb]
        generic = any(c.start < colon for c in sent.cues("target_cues")) or any(
            c.start < colon for c in sent.cues("list_intros")) or words(head_text) > 60
        paren = text.rfind("(", 0, colon)
        if paren > text.rfind(")", 0, colon):
            ha, hb = sent.trim(0, paren)
            head_text = text[ha:hb]
            generic = False
        if head_text and not generic:
            head = head_text
    semi = text.rfind(";", clause_start, first.start)
    if semi >= 0:
        clause_start = semi + 1
    if head is None and ctx.line_head and colon < 0:
        head = ctx.line_head

    rows: list[Row] = []
    n = len(mentions)
    pre_start = clause_start
    prev_row = ctx.prev
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < n else None
        limit = nxt.start if nxt else len(text)
        # levels right after the figure
        levels, lv_end = sent.level_block(m.end, limit) if m.unit != "rank" else ([], m.end)
        # content after the figure (the "60% hồ sơ ..." shape)
        post_a = lv_end if levels else m.end
        gap = text[post_a:limit]
        list_m = sent.at(post_a, ("cue",), ("list_intros",))
        starts_with_word = bool(re.match(r" ?[^\W\d_(]", text[m.end:m.end + 2])) and not levels
        post_b = limit
        stops = [c.start for c in sent.cues("post_stops") if post_a <= c.start < limit]
        semi_in = [post_a + j for j, ch in enumerate(gap) if ch == ";"]
        next_pre = None
        if semi_in:
            post_b = min(post_b, semi_in[0])
            next_pre = semi_in[-1] + 1
        elif nxt:
            comma = text.rfind(",", post_a, limit)
            conj = [mm.start() + post_a for mm in re.finditer(r"\s(?:và|hoặc)\s", gap)]
            if comma >= 0:
                post_b = min(post_b, comma)
                next_pre = comma + 1
            elif conj:
                post_b = min(post_b, conj[-1])
                next_pre = conj[-1]
            else:
                next_pre = post_b = limit if not starts_with_word else limit
                if starts_with_word:
                    next_pre = limit
        if stops:
            post_b = min(post_b, min(stops))
        # indicator before the figure
        pre_a, pre_b = pre_start, m.start
        scope = None
        year = None
        ya = LEADING_YEAR.match(text[pre_a:pre_b]) or re.search(
            r"năm\s+((?:19|20)\d\d)\s*(?:đạt|là|:)?\s*$", text[pre_a:pre_b], re.IGNORECASE)
        if ya:
            year = int(ya.group(1))
        sub = re.match(r"\W*trong\s+đó[:,]?\s*", text[pre_a:pre_b], re.IGNORECASE)
        if sub and sent.at(pre_a + sub.end(), ("cue",), ("scope_nouns",)) and prev_row:
            sa, sb = sent.trim(pre_a + sub.end(), pre_b)
            scope = text[sa:sb] or None
        subj_level, a2, b2 = sent.subject_level(pre_a, pre_b)
        if subj_level and not levels:
            levels = [subj_level]
        pre_text = text[a2:b2] if not scope else ""
        ind_span = (a2, b2)
        post_text = ""
        if starts_with_word and m.unit != "grade" and not list_m:
            pa, pb = sent.trim(m.end, post_b)
            post_text = text[pa:pb]
            if m.unit == "count" and m.noun and post_text.lower().startswith(m.noun.lower()):
                pass
            if words(post_text) >= 2 or (m.unit == "count" and words(post_text) >= 1):
                ind_span = (min(a2, pa) if words(pre_text) <= 4 else pa, pb)
            else:
                post_text = ""
        confidence = 0.9
        if post_text:
            verb = pre_text if 0 < words(pre_text) <= 4 else ""
            if verb and words(verb) >= 1 and not head:
                indicator = f"{verb} {post_text}"
            else:
                indicator = post_text
        elif words(pre_text) >= 1 and not _only_head(sent, a2, b2):
            indicator = pre_text
            if m.unit == "count" and m.noun and m.noun.lower() not in indicator.lower():
                indicator = f"{indicator} {m.noun}"
            if head and words(pre_text) <= 4:
                indicator = f"{head} ({pre_text})"
        elif _only_head(sent, a2, b2) and prev_row:
            indicator = f"{pre_text} {prev_row.indicator}"
            confidence = 0.7
        elif head:
            indicator = head
            confidence = 0.85
        elif m.unit == "count" and m.noun:
            indicator = m.noun
            confidence = 0.6
        elif prev_row and (rows or ctx.prev):
            indicator = prev_row.indicator
            if scope is None and prev_row.scope and not levels:
                scope = None
            confidence = 0.7
        else:
            pre_start = next_pre if next_pre is not None else m.end
            continue
        if scope and prev_row:
            indicator = prev_row.indicator
        # kind: an inline "(mục tiêu 70%)" is a target inside a result sentence
        row_kind = kind
        paren_open = text.rfind("(", 0, m.start)
        if paren_open > text.rfind(")", 0, m.start):
            if any(paren_open < c.start < m.start for c in sent.matches
                   if c.group == "cue" and c.value == "inline_target_cues"):
                row_kind = "target"
                if not pre_text or words(pre_text) <= 2:
                    indicator = prev_row.indicator if prev_row else indicator
        elif kind == "target" and any(c.start < m.start for c in sent.cues("result_cues")) and any(
                c.value == "inline_target_cues" for c in sent.matches if c.group == "cue" and c.start > m.end):
            row_kind = "result"
        if year is None:
            if row_kind == "result":
                year = kind_year or ctx.line_year or s_year or ctx.doc_year
            else:
                year = s_year or ctx.section_year or ctx.doc_year
        items = [(None, None)]
        if list_m:
            colon_at = text.find(":", list_m.end, limit + 1)
            la = colon_at + 1 if colon_at >= 0 else list_m.end
            items = split_items(text, la, len(text), sent)
        for item in items:
            if item[0] is not None:
                ia, ib = sent.trim(*item)
                ind = text[ia:ib]
                ev_a, ev_b = min(m.start, ia), max(m.end, ib)
            else:
                ind = indicator
                ev_a = min(m.start, ind_span[0]) if indicator else m.start
                ev_b = max(m.end, ind_span[1] if post_text else m.end)
                if levels:
                    ev_b = max(ev_b, lv_end)
            parts = [(None, None)]
            if item[0] is None and not post_text and not head:
                parts = [p for p in split_items(text, a2, b2, sent)] if words(pre_text) else [(None, None)]
                if len(parts) <= 1:
                    parts = [(None, None)]
            for part in parts:
                ind_text = ind
                if part[0] is not None:
                    pa, pb = sent.trim(*part)
                    ind_text = text[pa:pb]
                row = Row(
                    indicator=_clean(ind_text), value=m.value, unit=m.unit, op=m.op, levels=list(levels),
                    year=year, kind=row_kind, scope=scope, start=ev_a, end=ev_b,
                    threshold_text=text[m.start:m.end], confidence=confidence, noun=m.noun,
                )
                if row.indicator:
                    rows.append(row)
                    prev_row = row
        pre_start = next_pre if next_pre is not None else max(m.end, lv_end)
    return rows


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

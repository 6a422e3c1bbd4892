"""Lists in a sentence: the head its items share, items split at ';' and conjunctions, and
"lần lượt" lists that pair items or units with the figures after them."""
from __future__ import annotations

import re
from dataclasses import replace

from . import breakdowns
from .phrases import counted_targets_re, strong_heads, unit_noun_levels
from .sentence import Sentence, words


def split_items(text, a, b, sent: Sentence):
    """Split a list 'A; B; C và D' (or 'A và Tỷ lệ B') into item spans."""
    spans, start = [], a
    for i in (p for p in sent.semicolons if a <= p < b):  # (not a ';' inside brackets)
        spans.append((start, i))
        start = i + 1
    spans.append((start, b))
    out = []
    heads = sent.cues("indicator_heads")
    strong = strong_heads()
    for s, e in spans:
        cut = s
        # "A và Tỷ lệ B", "tỷ lệ A, tỷ lệ B và tỷ lệ C": a new item opens where a conjunction or a
        # comma stands before an indicator head (a comma only before a strong head such as "tỷ lệ")
        for m in re.finditer(r"\s(?:và|hoặc)\s+|,\s*", text[s:e]):
            nxt = s + m.end()
            comma = m.group(0).startswith(",")
            if any(h.start == nxt and ((not comma and text[nxt].isupper()) or h.text.lower() in strong)
                   for h in heads):
                out.append((cut, s + m.start()))
                cut = nxt
        out.append((cut, e))
    return [(s, e) for s, e in out if words(text[s:e]) > 0]


HAS_DIGIT = re.compile(r"\d")


def find_head(sent: Sentence, first, ctx):
    """(head text, where the first figure's own clause starts, levels named as the topic, the
    named unit the line is about)."""
    text = sent.text
    lead, colon = 0, text.find(":", 0, first.start)
    while colon >= 0 and (after := text.find(":", colon + 1, first.start)) >= 0:
        # "Văn bản điện tử: tỷ lệ ... đạt 99,1%; tỷ lệ văn bản đi được ký số: cấp huyện đạt 98,4%": a
        # label of its own after the first one, opening its clause, names what the figure measures
        semi = sent.last_semicolon(colon + 1, after)
        start = semi + 1 if semi >= 0 else colon + 1
        if not _names_after(sent, start, after) or (semi < 0 and HAS_DIGIT.search(text, colon + 1, after)):
            break
        lead, colon = start, after
    if colon >= 0:
        paren = text.rfind("(", lead, colon)
        if paren > text.rfind(")", lead, colon):  # "(PAR INDEX: hạng 7)"
            ha, hb = sent.trim(lead, paren)
            return text[ha:hb] or None, colon + 1, [], None
        ha, hb = sent.trim(lead, colon)
        if ctx.line_head and unit_item(text[ha:hb], ctx.juris_level) is not None:
            # "- Xã Tiên Hoàng: 95,2%" under "Tỷ lệ số hóa ... của các xã như sau:": the unit is a scope
            return ctx.line_head, 0, [], None
        levels, end = sent.level_list(ha, hb, ctx.juris_level) if hb > ha else ([], ha)
        if levels and end < hb and re.fullmatch(r"\s*\([^()]*\)\s*", text[end:hb]):
            end = hb  # "Tại Bộ phận Một cửa cấp huyện (Bộ phận Một cửa thành phố):": the bracket only renames it
        if levels and end >= hb:
            # "- Cấp huyện: tối thiểu 98%" under "1. Tỷ lệ hồ sơ giải quyết đúng hạn:": a level, not a name
            return ctx.line_head, colon + 1, levels, None
        last = text.rfind(",", ha, hb)
        if last > ha:
            # "Xét theo các nhóm chỉ số thành phần, trên phạm vi toàn quốc: tỷ lệ ... đạt 97,6%; ...":
            # the lead's last part names the level of every item after it
            ca = last + 1 + len(text[last + 1:hb]) - len(text[last + 1:hb].lstrip())
            levels, end = sent.level_list(ca, hb, ctx.juris_level)
            if levels and end >= hb:
                return ctx.line_head, colon + 1, levels, None
        unit = unit_item(text[ha:hb], ctx.juris_level) if not ctx.line_head and words(text[ha:hb]) <= 8 else None
        if unit is not None and unit.named and words(text[colon + 1:first.start]) >= 1:
            # "- Sở Tư pháp: tiếp nhận 1.234 hồ sơ, ...": the unit the line's figures are for (not
            # "- Sở Tư pháp: 91,25 điểm", where the unit is all the line names)
            return None, colon + 1, [unit.level] if unit.level else [], text[ha:hb]
        # ("Chủ tịch UBND huyện yêu cầu: ...": who asks, before what is asked, names nothing measured;
        # not "Tỷ lệ thủ tục có yêu cầu nghĩa vụ tài chính ...:", where the words go on after it)
        asks = any(c.end >= hb - 1 for c in sent.cues_between("request_verbs", ha, hb))
        cues = [c for c in sent.cues("target_cues") + sent.cues("list_intros") if c.start < colon]
        # (not "Phấn đấu tỷ lệ hộ nghèo không vượt quá: năm 2022: 19,5%; ...": the lead names the rate,
        # and the items name only their periods)
        # (nor "Kế hoạch đặt ra 11 chỉ tiêu, trong đó:", which counts the targets it lists)
        generic = asks or (cues and not (_names_after(sent, ha, hb) and not _names_after(sent, colon + 1, first.start))) \
            or words(text[ha:hb]) > 60 or counted_targets_re().search(text, ha, hb)
        start = colon + 1
        semi = sent.last_semicolon(start, first.start)
        return (None if generic else text[ha:hb] or None), (semi + 1 if semi >= 0 else start), [], None
    topic = sent.at(0, ("cue",), ("topic_intros",))
    comma = text.find(",", 0, first.start)
    if topic and comma > topic.end:
        levels, end = sent.level_list(topic.end, first.start, ctx.juris_level)
        if levels:  # "Đối với cấp xã (gồm ...), tỷ lệ ... đạt 60%", "Đối với các bộ, ngành, giá trị ..."
            after = text.find(",", max(end, comma), first.start)
            return None, (after + 1 if after >= 0 else comma + 1), levels, None
        ha, hb = sent.trim(topic.end, comma)
        # "Về chuyển đổi số, ở cấp huyện, tỷ lệ hồ sơ ... đạt 72,3%": a field, then what is measured
        if words(text[ha:hb]) >= 2 and not _names_after(sent, comma, first.start):
            return text[ha:hb], comma + 1, [], None
    semi = sent.last_semicolon(0, first.start)
    return ctx.line_head, (semi + 1 if semi >= 0 else 0), [], None


def later_label(sent, a, b):
    """(start, colon) of a label opening a ';' clause between A and B and naming what the figures
    after its colon measure ("...; tỷ lệ văn bản đi được ký số: cấp huyện đạt 98,4%"), or None.
    Not when the words after the colon name an indicator of their own."""
    text = sent.text
    colon = text.rfind(":", a, b)
    semi = sent.last_semicolon(a, colon) if colon >= 0 else -1
    if semi < 0 or HAS_DIGIT.search(text, semi + 1, colon) or not _names_after(sent, semi + 1, colon) \
            or _names_after(sent, colon + 1, b):
        return None
    return semi + 1, colon


def _names_after(sent, a, b):
    """An indicator's strong head ("tỷ lệ", "số") between A and B."""
    return any(h.text.lower() in strong_heads() for h in sent.cues_between("indicator_heads", a, b))


def respectively(sent, mentions, clause_start):
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


def units_respectively(sent, mentions, clause_start, juris_level):
    """'Bộ Tư pháp, Bộ Công an và Bảo hiểm xã hội Việt Nam là những đơn vị có tỷ lệ trực tuyến
    toàn trình cao nhất, lần lượt đạt 95,1%, 90,3% và 88,8%': {index of each figure: (its named
    unit, the indicator named after the units)}, when units and figures are as many."""
    cues = sent.cues("respectively")
    if not cues:
        return {}
    cue = cues[0]
    after = [i for i, m in enumerate(mentions) if m.start > cue.end]
    semi = sent.text.rfind(";", clause_start, cue.start)
    a = semi + 1 if semi >= 0 else clause_start
    named = [u for u in breakdowns.units(sent.text[a:cue.start], juris_level) if u.named]
    if len(after) < 2 or len(named) != len(after):
        return {}
    topic = breakdowns.topic_of(sent.text[a + named[-1].end:cue.start])
    if not topic:
        return {}
    return {i: (replace(u, start=a + u.start, end=a + u.end), topic) for i, u in zip(after, named)}


def split_items_loose(text, a, b):
    """Split 'A và B' at every 'và' (respectively lists name their items plainly)."""
    out, cut = [], a
    for m in re.finditer(r"\s(?:và|;)\s+", text[a:b]):
        out.append((cut, a + m.start()))
        cut = a + m.end()
    out.append((cut, b))
    return out


def unit_item(text, juris_level):
    """The one named unit or bloc an item under a head is for ('phường Tân An', 'khối xã'), or None."""
    found, is_breakdown = breakdowns.breakdown_of(text, juris_level)
    if is_breakdown and len(found) == 1:
        return found[0]
    level = unit_noun_levels().get(text.strip().lower())  # "các phường" with its "các" trimmed
    return breakdowns.Unit(text.strip(), level, 0, len(text), False) if level else None

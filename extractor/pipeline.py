"""One document in, one catalogue document out.

read -> whitespace-repaired view -> lines (tables apart) -> sentences -> phrase matches
-> figures -> rows -> targets with evidence offsets into the document's text.
"""
from __future__ import annotations

import re
from collections import Counter
from .sentence import replace  # dataclasses.replace, quicker for Surroundings
from functools import lru_cache

from . import breakdowns, clauses, dedupe, docfacts, kinds, periods, tables, texttables
from . import patterns as pattern_store
from .indicators import canonical_id, short_name
from .nlp import COUNT_NUMBER, MatchIndex, rules
from .paths import shown
from .phrases import act_reference_tail, counted_targets_re, falls, index_head_re, names_any, names_results, share_name
from .readers import Source
from .sentence import LIST_ITEM, Row, Sentence, Surroundings, in_brackets, words
from .textview import TextView
from .thresholds import find as find_mentions
from .vntext import fold, phrase_alternation

HAS_FIGURE = re.compile(r"\d|≥|≤")
RELATED_HEADLINE = 160  # characters: a longer line after "Tin liên quan" is the article going on
LIST_MARKER = re.compile(r"^\s*(?:[-+•*–—]|\(?\d+(?:\.\d+)*[.)](?!\d)|\(?[a-zđ][.)]|[IVXLC]+[.)]|Điều\s+\d|#|\|)")  # not "325.118"


def logical_lines(norm):
    """Lines of NORM with layout wraps joined: a line that does not end a sentence, followed
    by one that starts in lower case and is not a list item, continues it; in a text wrapped
    at a fixed width (most long lines end mid-sentence) so does one that starts in upper
    case. The newline is read as a space, so offsets into NORM stay valid."""
    raws = norm.split("\n")
    long_lines = [l.rstrip() for l in raws if len(l.strip()) >= 40]
    wrapped = len(long_lines) >= 10 and sum(l[-1] not in ".;:!?" for l in long_lines) >= 0.6 * len(long_lines)
    figure_first = texttables.figure_first_lines(raws) if len(raws) > 3 else set()
    out, pos = [], 0
    for index, raw in enumerate(raws):
        if index - 1 in figure_first or (out and index not in figure_first and _continues(out[-1][1], raw, wrapped)):
            base, prev = out[-1]
            out[-1] = (base, prev + " " + raw)
        else:
            out.append((pos, raw))
        pos += len(raw) + 1
    return out


FIGURE_RUNS_ON = re.compile(r"\d[\d.,]*\s?%?\s*[;,.](?:\s|$)")  # a figure closing a list item


def _continues(prev, line, wrapped=False):
    p, n = prev.rstrip(), line.lstrip()
    if not p or not n:
        return False
    if p.count("**") % 2 and not tables.is_table_line(prev):
        return True  # "**1. Thủ tục" / "Tiếp nhận ...**": emphasis left open runs on
    if LIST_MARKER.match(n):
        return False
    if tables.is_table_line(prev) and tables.is_table_line(line) and \
            len(tables.cells(prev)) == len(tables.cells(line)):
        return False  # two full rows: "xã Hải Lâm | 655 | 650" opens a row of its own
    if tables.is_table_line(prev) or tables.is_table_line(line):
        return n[0].islower()  # a table cell wrapped onto the next line
    if p[-1] == ":" and FIGURE_RUNS_ON.match(n):
        return True  # "... năm 2022:" / "19,5%; năm 2023: 16,0%": the figure its label announced
    if p[-1] == ";" and wrapped and n[0].islower():
        return True  # a paragraph wrapped at a fixed width after a clause ("... hợp lý;" / "tỷ lệ huy động ...")
    if p[-1] in ".;:!?":
        return False
    if n[0].islower() or (n[0].isdigit() and p[-1].isalpha() and p[-1].islower() and not DATE_LINE.match(n)):
        return True
    # a long line cut mid-sentence before a capitalised word ("... phục vụ phát triển / Chính phủ số")
    return wrapped and len(p) >= 45 and (p[-1].islower() or p[-1] == ",") and not n.isupper() and not HEADING.match(n)


# a line holding only a date and a time ("10/10/2024 08:00"): a web page's stamp, not a figure
DATE_LINE = re.compile(r"^[\d\s/:.,|-]*\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{2,4}[\d\s/:.,|-]*$")
HEADING = re.compile(r"^\W*(?:điều\s+\d+|chương\s+[ivxlc\d]+\b|phần\s+[ivxlc\d]+\b|mục\s+\d+\b|[IVXLC]+\.\s|phụ\s+lục\b)", re.IGNORECASE)
APPENDIX = re.compile(r"^\W*phụ\s+lục\b", re.IGNORECASE)


# a part of a document, set in capitals: "A. THỦ TỤC ...", "II. ĐỐI VỚI CẤP XÃ", "PHẦN II."
PART_HEADING = re.compile(r"^[\W_]*(?:(?:[A-ZĐ]|[IVXLC]{1,5})\.\s+\w|phần\s+[IVXLC\d]+\b)", re.IGNORECASE)


def _part_rank(line):
    """"PHẦN II" 0, "B." 1, "II." 2: a lower part's heading does not end its part's levels."""
    head = re.match(r"^[\W_]*(\w+)", line).group(1).upper()
    if head == "PHẦN":
        return 0
    return 1 if len(head) == 1 and head not in "IVXLC" else 2


def _heading_rank(line):
    """"Chương", "PHẦN" 0; "A.", "Mục 2" 1; "II.", "Điều 3", "Phụ lục" 2."""
    head = re.match(r"^[\W_]*(\w+)", line).group(1).lower()
    if head in ("chương", "phần"):
        return 0
    if head == "mục":
        return 1
    return _part_rank(line) if PART_HEADING.match(line) else 2


def _procedure(line):
    """"1. Thủ tục Tiếp nhận đối tượng ...": the procedure the rows below are about."""
    m = _procedure_re().match(line)
    return m.group("name").strip() if m else None


@lru_cache(maxsize=1)
def _procedure_re():
    heads = "|".join(re.escape(str(h)) for h in pattern_store.default().cues["procedure_heads"])
    return re.compile(r"^[\W_]*\d{1,3}\.\s*(?:" + heads + r")\s*:?\s+(?P<name>[^.;]{8,300}?)[\W_]*$", re.IGNORECASE)


def _appendix_level(r, head_lines, juris_level=None):
    """The level an appendix is for, from its title ('... CẤP XÃ', '... TỈNH, THÀNH PHỐ'); not
    from the act it is attached to ("(Kèm theo Nghị quyết số 45/NQ-HĐND ... của HĐND huyện X)"),
    nor from a word holding a level word ("KINH TẾ - XÃ HỘI": levels.yaml not_levels)."""
    for line in head_lines:
        line = act_reference_tail().sub("", line.strip().strip("()"))
        _, matches = r.analyse(line.lower(), segment=False)
        # "... NĂM 2020 CỦA HUYỆN" in a district's own decision: the whole district, no level
        found = [m for m in matches if m.group == "level" or (m.group == "unit_noun" and m.value != juris_level)]
        if found:
            return min(found, key=lambda m: m.start).value
    return None


def _sentences(line: str):
    """underthesea's sentence splitter, mapped back to offsets in LINE."""
    from underthesea import sent_tokenize

    if len(line) < 40 or not re.search(r"[.!?]\s", line):
        return [(0, len(line))]
    out, pos = [], 0
    for sent in sent_tokenize(line):
        at = line.find(sent, pos)
        if at < 0:
            return [(0, len(line))]
        out.append((at, at + len(sent)))
        pos = at + len(sent)
    return out or [(0, len(line))]


@lru_cache(maxsize=1)
def _grade_re():
    from .patterns import default

    grades = sorted((str(g) for g in default().units["grades"]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(g) for g in grades) + r")(?!\w)", re.IGNORECASE)


def extract_source(source: Source) -> dict:
    rules().forget()  # what was kept for one document says nothing of the next
    periods.forget()
    view = TextView(source.text)
    norm = view.norm
    lines = logical_lines(norm)
    plain_lines = [l for _, l in lines]
    title = docfacts.title_of(plain_lines)
    decision, references, own = docfacts.acts(norm)
    dated = decision if own else None
    doc_year = docfacts.document_year(plain_lines, dated)
    juris = docfacts.jurisdiction(norm, title, plain_lines)
    if decision is not None:
        decision["issuer"] = docfacts.committee_issuer(plain_lines, juris) or _issuer(juris)
        decision["signer"] = docfacts.signer(norm)
    act = docfacts.is_act(plain_lines)
    report = _is_report(dated, title, pattern_store.default()) or (not act and _reviews_in_lead(plain_lines))
    ref_year = docfacts.reference_year(plain_lines, dated, doc_year, report)
    votes, rows = _read(lines, title, doc_year, ref_year, juris, report, act)
    if not report and not (act and _names_targets(title)) and (
            (votes["result"] >= 2 and votes["result"] > 2 * votes["target"]) or (not act and not _plans_anything(norm))):
        # (an act titled for the targets it sets, "Giao chỉ tiêu ... năm 2026", stays a plan whatever it recalls)
        # no report title, but its clauses report far more than they set, or news that names
        # nothing planned: a report or news of results
        report = True
        _, rows = _read(lines, title, doc_year, ref_year, juris, report, act)
    found = [r for r, _ in rows]
    report_year = docfacts.report_year(found, plain_lines) or doc_year
    doc_year = docfacts.settle_year(doc_year, report, found, docfacts.next_plan_year(plain_lines, report_year),
                                    act=act, reviewed=report_year) or doc_year
    for row, _ in rows:  # a row whose own text names no year: the document's plan or report year
        if row.year is None and not row.open_year:
            row.year = report_year if row.kind == "result" or row.reported_year else doc_year
    targets = _targets(_without_headline_restatements(rows, lines), view, source)
    return {
        "source": {
            "path": shown(source.path), "sha256": source.sha256, "format": source.format,
            "pages": source.pages, "ocr": source.ocr, "encoding": source.encoding,
            "ocr_confidence": source.ocr_confidence,
        },
        "title": title,
        "decision": decision,
        "references": references,
        "jurisdiction": juris,
        "year": doc_year,
        "targets": targets,
        "warnings": list(source.warnings),
    }


def _read(lines, title, doc_year, ref_year, juris, report, act):
    """(votes of the clauses whose own words decided their kind, [(row, offset)])."""
    around = Surroundings(doc_year=doc_year, ref_year=ref_year, juris_level=(juris or {}).get("level"),
                          default_kind="result" if report else "target", plan_start=docfacts.plan_start(title),
                          applies_levels=tuple(_applies_to_levels(rules(), [l for _, l in lines])))
    reader = _Reader(lines, around, topic=breakdowns.topic_of(title or ""),
                     juris_name=docfacts.own_name(juris, title, [l for _, l in lines]), act=act)
    reader.title = title or ""
    reader.title_subject = breakdowns.title_subject(title or "", map(str, pattern_store.default().cues["title_lead_words"]))
    rows = reader.rows()
    return reader.kind_votes, rows


MAX_LABEL_WORDS = 15  # a line heading what follows by its words ("Kết quả năm 2023:")
MAX_HEADING_WORDS = 25  # one heading it by its form: an article, a part
MAX_INTRO_WORDS = 40  # a line introducing a list: longer is a paragraph ending in ':'
LAST_CLAUSE = re.compile(r"[;.]\s+")  # where a paragraph's clauses part
COUNTED = re.compile(COUNT_NUMBER + r"\s+(?=[^\W\d_])")  # "18 " in "18 chỉ tiêu": how many
SUB_ITEM = re.compile(r"^\s*(?:[-+•*–]|\(?[a-zđ]\)|\(?\d{1,2}\.\d{1,2}\.?\s)")
ITEM_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s")  # "2. ", an item of an article, not "a)" under it
NUMBERED = re.compile(r"^\s*(?:\d{1,2}[.)]|[IVXLC]{1,4}\.|Điều\s+\d+\.?)\s*")


def _addressee_levels(r, line, ctx):
    """'1. Đối với các sở, ban, ngành:' or '2. Chủ tịch UBND các xã, phường': a heading that
    names who the items below it are for. Returns their levels, or None for other lines."""
    m = NUMBERED.match(line)
    if m and line.rstrip().endswith(":") and (HAS_FIGURE.search(line[m.end():]) or len(line.split()) > 14):
        return _assigned_levels(r, line[m.end():].rstrip().rstrip(":"), ctx)
    if not m or HAS_FIGURE.search(line[m.end():]) or len(line.split()) > 14:
        return None
    body = line[m.end():].rstrip(":").strip()
    _, matches = r.analyse(body, segment=False)
    sent = Sentence(body, matches, [], r.all_levels)
    levels, end = sent.level_list(0, len(body), ctx.juris_level, assigners=True)
    if not levels:
        det = sent.at(0, ("cue",), ("subject_determiners",))
        while det and not levels:
            levels, end = sent.level_list(det.end, len(body), ctx.juris_level)
            det = sent.at(det.end, ("cue",), ("subject_determiners",)) if not levels else None
    if not levels or words(body[end:]) > 3:
        return None
    return levels


def _assigned_levels(r, body, ctx):
    """'Giao chỉ tiêu ... năm 2024 cho các sở, ban, ngành và UBND các huyện như sau': the levels
    a line introducing items assigns them to, named last on the line; else None."""
    _, matches = r.analyse(body, segment=False)
    sent = clauses.Sentence(body, matches, [], r.all_levels)
    for cue in reversed(sent.cues("level_assigners")):
        levels, end = sent.level_list(cue.end, len(body), ctx.juris_level, assigners=False)
        if levels and clauses.words(body[end:]) <= 6:  # ", thị xã, thành phố như sau"
            return levels
    return None


def _applies_to_levels(r, lines):
    """'Điều 2. Đối tượng áp dụng / Thông tư này áp dụng đối với các Trung tâm ... thuộc Bộ Tư pháp':
    the level of the addressees an act names in its applies-to article, when they are all of one
    level; [] when they span levels or the act has no such article."""
    docs = pattern_store.default().documents
    heads = [fold(h) for h in docs["applies_to_headings"]]
    phrases = [fold(p) for p in docs["applies_to_phrases"]]
    in_article = False  # inside "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"
    quick = re.compile(phrase_alternation(docs["applies_to_headings"] + docs["applies_to_phrases"]), re.IGNORECASE)
    for i, line in enumerate(lines[:300]):
        if not quick.search(line):  # most lines: no fold needed
            in_article = in_article and not HEADING.match(line)
            continue
        head = fold(NUMBERED.sub("", line, count=1)).strip(" *_")
        if HEADING.match(line):
            in_article = any(h in head for h in heads)
        if any(head.startswith(h) for h in heads):
            text = line
        elif in_article and any(p in fold(line) for p in phrases):
            at = min(fold(line).find(p) for p in phrases if p in fold(line))
            text = line[at:]
        else:
            continue
        for nxt in lines[i + 1:i + 10]:
            if HEADING.match(nxt) or NUMBERED.match(nxt):
                break
            text += " " + nxt
        _, matches = r.analyse(text, segment=False)
        levels = {m.value for m in matches if m.group == "level"}
        return list(levels) if len(levels) == 1 else []
    return []


@lru_cache(maxsize=1)
def _holder_links():
    return re.compile(r"\s*(?:" + phrase_alternation(pattern_store.default().cues["holder_links"]) + r")\s+",
                      re.IGNORECASE)


def _unit_named_after(text, end, juris_level):
    """The named unit right after 'là' / 'thuộc về' following a standing, else None."""
    m = _holder_links().match(text, end)
    if not m:
        return None
    found = [u for u in breakdowns.units(text[m.end():m.end() + 60], juris_level) if u.named and u.start == 0]
    return found[0] if found else None


def _name_bare_count(row, earlier):
    """'tiếp nhận hơn 37 nghìn hồ sơ TTHC. Trong đó cấp huyện hơn 16 nghìn hồ sơ': a count
    named by its bare noun alone is a part of the last count of the paragraph that names
    the same noun more fully, and takes that one's indicator."""
    noun = fold(row.indicator.strip(" ,.;:()"))
    if row.unit != "count" or noun not in _bare_nouns():
        return
    for parent in reversed(earlier):
        named = fold(parent.indicator)
        if parent.unit == "count" and parent.kind == row.kind and noun in named and named != noun:
            row.indicator = parent.indicator
            return


@lru_cache(maxsize=1)
def _bare_nouns():
    return frozenset(fold(str(n)) for n in pattern_store.default().units["measured_nouns"])


def _leading_year(line):
    """'Năm 2026, ...', 'Trong quý II/2024, ...', '- 6 tháng đầu năm 2024: ...', 'Năm 2020 là năm
    cuối ...': a period that opens a paragraph governs every sentence of it."""
    head = LIST_MARKER.sub("", line[:60], count=1)
    source = _source_lead().match(head)  # "Theo báo cáo của UBND xã, năm 2024 tình hình ..."
    if source:
        head = line[source.end():source.end() + 60]
    found = periods.mentions(head)
    if found and found[0].kind in periods.ROW_KINDS and found[0].start <= 12 and \
            re.match(r"\s*(?:[,:]|là\s)" + (r"|\s+[^\W\d_]" if source else ""), head[found[0].end:]):
        return found[0].year
    return None


@lru_cache(maxsize=1)
def _source_lead():
    """A source a paragraph opens with, up to its comma ("Theo báo cáo của UBND xã,")."""
    return re.compile(r"\W*(?:" + phrase_alternation(pattern_store.default().cues["source_intros"]) + r")\s[^,.;:]{0,60},\s*",
                      re.IGNORECASE)


def _head_of(line):
    """'Tỷ lệ số hóa hồ sơ của các xã như sau' -> 'Tỷ lệ số hóa hồ sơ': the items below name
    the units, and 'như sau' names nothing."""
    intros, units_tail = _head_tails()
    return units_tail.sub("", intros.sub("", line))


@lru_cache(maxsize=1)
def _closing_area():
    """'cả nước', 'toàn quốc': the whole country named as a unit."""
    return re.compile(r"(?<!\w)(?:" + phrase_alternation(pattern_store.default().cues["closing_areas"]) + r")(?!\w)",
                      re.IGNORECASE)


def _target_bracket(text, a, at):
    """The end of a bracket opened right after a target word, holding the figure at AT and
    units naming each figure ("chỉ tiêu được giao (cả nước 50%, bộ, ngành 70%, ...)"), else None."""
    opened = text.rfind("(", a, at)
    if opened < 0 or ")" in text[opened:at]:
        return None
    target, head = _target_words_re()
    if not target.search(text, a, opened) or head.search(text, a, opened) or not re.search(r"\w", text[opened + 1:at]):
        return None
    closed = text.find(")", at)
    return closed if closed > 0 else None


def _target_in_brackets(text, a, at):
    """The figure at AT opens a bracket right after a target word, and the text since the last
    figure (from A) names no indicator of its own ("..., vượt chỉ tiêu Chính phủ giao (50%)")."""
    before = text[a:at]
    if not re.search(r"\(\s*$", before):
        return False
    target, head = _target_words_re()
    return bool(target.search(before)) and not head.search(before)


@lru_cache(maxsize=1)
def _target_words_re():
    cues = pattern_store.default().cues
    return (re.compile(r"(?<!\w)(?:" + phrase_alternation(cues["inline_target_cues"]) + r")(?!\w)", re.IGNORECASE),
            re.compile(r"(?<!\w)(?:" + phrase_alternation(cues["strong_heads"]) + r")(?!\w)", re.IGNORECASE))


@lru_cache(maxsize=1)
def _rate_head():
    """'Tỷ lệ' opening an indicator: the numerator of the rate is counted without it."""
    return re.compile(r"^\s*(?:" + phrase_alternation(pattern_store.default().cues["share_heads"]) + r")\s+",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _head_tails():
    pats = pattern_store.default()
    nouns = [w for words in pats.levels["unit_nouns"].values() for w in words] + list(pats.units["counted_units"])
    intros = re.compile(r"[\s,]*(?:" + phrase_alternation(pats.cues["list_intros"]) + r")\s*$", re.IGNORECASE)
    # "của các xã", "tại các huyện, thị xã, thành phố": the units the items below name
    units_tail = re.compile(r"\s+(?:của|tại|ở)\s+các\s+(?:" + phrase_alternation(nouns) + r")(?!\w)[^:]{0,60}$",
                            re.IGNORECASE)
    return intros, units_tail


def _generic(r, line):
    """'Mục tiêu cụ thể:', 'Các chỉ tiêu như sau:' introduce items; they name no indicator
    ('Tỷ lệ số hóa hồ sơ của các xã như sau:' does: a strong head opens it)."""
    _, matches = r.analyse(line, segment=False)
    cues = {m.value for m in matches if m.group == "cue"}
    opens_with_head = any(m.group == "cue" and m.value == "strong_heads" and m.start <= 3 for m in matches)
    # "Chủ tịch UBND tỉnh yêu cầu:" asks, it names nothing measured
    asks = any(m.group == "cue" and m.value in ("request_verbs", "regulator_verbs") and m.end >= len(line.rstrip(" :")) - 1
               for m in matches)
    return (bool(cues & {"target_cues", "list_intros"}) or asks) and not opens_with_head


def _is_chrome(line, chrome):
    """Page furniture: a line that opens with a contact or info label ('Điện thoại:',
    'Số lượt truy cập'), or labels such a field ('... Địa chỉ: ...')."""
    if len(line) > 250:
        return False
    folded = fold(line[:80])
    head = re.sub(r"^[\W_]+", "", folded)
    return any(head.startswith(c) or f"{c}:" in folded for c in chrome)


@lru_cache(maxsize=1)
def _photo_credit():
    """A photo's credit closing its caption (cues.yaml photo_credits): a dash or a bracket, the
    label, a colon and a few words."""
    labels = phrase_alternation(pattern_store.default().cues["photo_credits"])
    return re.compile(r"(?:\s[-–]\s*|\(\s*|^\s*)(?:" + labels + r")\s*:\s*[^:;]{1,40}?\)?\s*$", re.IGNORECASE)


def _list_lead(line):
    """The words of a line ending in ':' that lead its list: a long paragraph's last clause."""
    return LAST_CLAUSE.split(line)[-1] if len(line.split()) > MAX_INTRO_WORDS else line


def _names_targets(heading):
    """A heading about the targets a document sets, not about how they were met (nor one counting
    them: "NĂM 2023: 13/20 CHỈ TIÊU CHỦ YẾU ĐẠT VÀ VƯỢT KẾ HOẠCH" reports on them)."""
    pats = pattern_store.default().documents
    heading = counted_targets_re().sub(" ", heading)
    return names_any(heading, pats["target_headings"]) and not names_any(heading, pats["review_heading_words"])



def _ends_list(line):
    """A heading or a line that is no item ends the list an intro line governs."""
    return bool(HEADING.match(line)) or not (SUB_ITEM.match(line) or LIST_ITEM.match(line))


def _names_whole_area(line):
    return names_any(line, pattern_store.default().cues["whole_area_heads"])


@lru_cache(maxsize=1)
def _note_line():
    return re.compile(r"^[\W_]*(?:" + phrase_alternation(pattern_store.default().cues["note_labels"]) + r")\s*:",
                      re.IGNORECASE)


def _plans_anything(text):
    """TEXT names a target or a plan somewhere (a target cue or a plan word)."""
    pats = pattern_store.default()
    words = list(map(str, pats.cues["target_cues"])) + list(map(str, pats.documents["plan_words"]))
    # names holding a cue word name things, not plans ("nhóm chỉ tiêu Tiến độ giải quyết")
    text = re.sub(r"(?<!\w)(?:" + phrase_alternation(pats.cues["neutral_names"]) + r")(?!\w)", " ", text,
                  flags=re.IGNORECASE)
    return bool(re.search(r"(?<!\w)(?:" + phrase_alternation(words) + r")(?!\w)", text, re.IGNORECASE))


LEAD_LINES = 12  # the opening lines of a page where its lead stands


def _reviews_in_lead(lines):
    """A page whose lead opens on a meeting reviewing a period ("tổ chức hội nghị tổng kết ... năm
    2023, triển khai kế hoạch năm 2024"; documents.yaml review_meeting_words): news of results,
    whatever it goes on to plan. Not an act citing a review."""
    for line in [l for l in lines if l.strip()][:LEAD_LINES]:
        meeting = _review_meeting().search(line)
        if meeting and not docfacts.cites(line.strip()) and any(
                y.kind == "period" for y in periods.mentions(line, meeting.end(), meeting.end() + REVIEW_REACH)):
            return True
    return False


REVIEW_REACH = 120  # characters from the review word to the period it reviews


@lru_cache(maxsize=1)
def _review_meeting():
    words = pattern_store.default().documents["review_meeting_words"]
    return re.compile(r"(?<!\w)(?:" + phrase_alternation(words) + r")(?!\w)", re.IGNORECASE)


def _is_report(decision, title, pats):
    """Reports of results: 'Báo cáo' acts, or titles about results with no target words."""
    if decision and decision.get("type") in pats.documents["report_types"]:
        return True
    t = fold(title or "")
    reported = [t.find(fold(w)) for w in pats.documents["report_titles"] if fold(w) in t]
    planned = [t.find(fold(w)) for w in pats.cues["target_cues"] + ["chi tieu", "ke hoach"] if fold(w) in t]
    # "Báo cáo kết quả thực hiện các chỉ tiêu ...": the targets are what the report measures
    return bool(reported) and (not planned or min(reported) < min(planned))


@lru_cache(maxsize=1)
def _furniture_words():
    """The folded chrome lines and related-article labels of patterns/cues.yaml."""
    cues = pattern_store.default().cues
    return [fold(c) for c in cues["chrome_lines"]], {fold(c) for c in cues["related_labels"]}


@lru_cache(maxsize=1)
def _part_intro():
    """A sentence opening on a part of the figure before it (cues.yaml scope_intros: "Trong đó, ...")."""
    return re.compile(r"\W*(?:" + phrase_alternation(pattern_store.default().cues["scope_intros"]) + r")(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _measure_words():
    """Words naming a score or an index (units.yaml point, cues.yaml index_heads), folded."""
    pats = pattern_store.default()
    words = [fold(str(w)) for w in list(pats.units["point"]) + list(pats.cues["index_heads"])]
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


class _Reader:
    """The section walker: reads a document's logical lines in order, keeps what headings and
    lines say (section year, appendix level, addressees) in Surroundings that it alone replaces,
    hands each sentence and table a snapshot of them, and collects rows."""

    def __init__(self, lines, around, topic=None, juris_name=None, act=False):
        self.lines, self.around, self.r = lines, around, rules()
        self.act = act  # the document is an act (docfacts.is_act): its own tables set what they list
        self.scoring = False  # inside an article or appendix that sets scoring or rating rules: nothing is read
        # what the rows read so far tell the next sentence (Surroundings.prev, line_kind, line_year)
        self.prev = None
        self.line_kind = self.line_year = None
        # clauses whose own words decided their kind: a document read as plans whose clauses
        # mostly report results is read again as a report (extract_source)
        self.kind_votes = Counter()
        self.plain = [l for _, l in lines]
        self.chrome, self.related = _furniture_words()
        self.in_related = False  # inside a box of other articles' headlines
        self.grade_re = _grade_re()
        self.out = []  # (row, offset of the row's sentence in the repaired text)
        self.block = []  # the table being read
        self.recent = []  # the last lines before a table: its heading
        self.recent_kinds = []  # the kind of the rows each of them gave last, or None
        self.juris_name = juris_name
        self.parents = {}  # unit -> (the last row naming an indicator of its own (breakdowns.Parent), sentence no.)
        self.topic = topic  # the indicator the text so far talks about, for breakdowns with no parent row
        self.topic_levels = ()  # the level its phrase names ("... của cả nước")
        self.units_topic = None  # (indicator, levels): announced for blocs of units (breakdowns.units_topic)
        self.title_subject = None  # what a news title reports on, for figures naming nothing else
        self.heading_topic = None  # what the heading over the current part names ("2. Bộ chỉ số ...")
        self.title = ""
        self.addressee_rank = 1  # 0 when the addressees were named by an article or section heading
        # which was named last, the topic or the parent row: a breakdown takes the latest
        self.sentence_no, self.topic_at = 0, -1
        self.levels_rank = 9  # rank of the part heading that named the section's levels (_part_rank)
        self.year_rank = 9  # rank of the heading that named the section's year (_heading_rank)
        self.part_years = ()  # the years of that heading when it names two ("KẾT QUẢ NĂM 2025 VÀ MỤC TIÊU NĂM 2026")
        self.muted_levels = ()  # addressees' levels set aside under an item for the whole area
        self.intro_saved = None  # the section's (kind, year) set aside while a list's intro governs its items
        self.scoring_list = False  # inside a list of rating rules introduced by a line ending in ':'

    def rows(self):
        for index, (base, line) in enumerate(self.lines):
            self._line(index, base, line)
        self._flush_table()
        return self.out

    def _line(self, index, base, line):
        stripped = line.strip()
        if texttables.RULE_LINE.fullmatch(stripped):
            return  # "---  ------  ---------" drawn under a header: no text, no row, no wrapped cell
        if tables.is_table_line(line):
            if not _is_chrome(stripped, self.chrome):
                self.block.append((base, line))
            return
        following = [l for _, l in self.lines[index + 1:index + 3] if tables.is_table_line(l)]
        if self.block and not APPENDIX.match(stripped) and following and not (
                tables.has_values(self.block) and tables.opens_table([c.text for c in tables.cells(following[0])])):
            # (a line between a table's rows and a new header row "STT | ..." ends the table)
            if len(stripped) < 150 and not tables.has_values(self.block):
                # a header cell wrapped onto its own line: part of the row above
                last_base, last = self.block[-1]
                self.block[-1] = (last_base, last + " " + line)
            else:
                self.block.append((base, line))  # text between rows (guidance notes): read as text
            return
        self._flush_table()
        if not stripped or _photo_credit().search(stripped):
            return  # (a photo's caption between a paragraph and a table heads nothing)
        self.recent = (self.recent + [stripped[:300]])[-3:]
        self.recent_kinds = (self.recent_kinds + [None])[-3:]
        if self.intro_saved is not None and _ends_list(stripped):
            kind, year = self.intro_saved  # the list is over: its intro no longer governs
            self.around = replace(self.around, section_kind=kind, section_year=year)
            self.intro_saved = None
        if _is_chrome(stripped, self.chrome):
            return  # contact details, visitor counters, document-info boxes
        if fold(stripped.strip(" :*#")) in self.related:
            self.in_related = True  # "Tin liên quan": other articles' headlines follow
            return
        if self.in_related:
            if len(stripped) <= RELATED_HEADLINE:
                return
            self.in_related = False  # a paragraph: the article goes on
        self._headings(index, stripped)
        if self.scoring_list and _ends_list(stripped):
            self.scoring_list = False  # the list of rating rules is over
        if stripped.endswith(":") and not HEADING.match(stripped) and self._has_cue(stripped, "scoring_cues"):
            # "Tiêu chí xếp loại (theo Quy chế ...):" over "1. Xuất sắc: tỷ lệ ... đạt 100% ...": rules, no rows
            self.scoring_list = True
            return
        if self.scoring or self.scoring_list or _note_line().match(stripped):
            return  # ("(Ghi chú: Công khai, minh bạch - tối đa 18 điểm; ...)": a note explains, it sets nothing)
        self.line_kind = self.line_year = None
        self.around = replace(self.around, para_year=_leading_year(stripped))
        addressees = _addressee_levels(self.r, stripped, self.around)
        if addressees is not None:
            self.around = replace(self.around, head_levels=tuple(addressees))
            self.addressee_rank = 0 if HEADING.match(stripped) else 1
        elif NUMBERED.match(stripped) and len(stripped.split()) <= 12 and _names_whole_area(stripped):
            # "1. Chỉ tiêu chung toàn huyện" under "Điều 1. Giao ... cho UBND các xã": the items
            # under it are the whole district's; the addressees' levels come back at the next item
            self.muted_levels = self.around.head_levels or self.muted_levels
            self.around = replace(self.around, head_levels=())
        elif self.muted_levels and ITEM_NUMBER.match(stripped) and not HEADING.match(stripped):
            self.around = replace(self.around, head_levels=self.muted_levels)
            self.muted_levels = ()
        elif HEADING.match(stripped) or (NUMBERED.match(stripped) and self.addressee_rank):
            # the next numbered item or section ends an addressee's items; the items of an
            # article ("Điều 1. Giao chỉ tiêu ... cho các sở, ngành và UBND các huyện như sau:") are its own
            self.around = replace(self.around, head_levels=())
            self.muted_levels = ()
        if HAS_FIGURE.search(line) or self.grade_re.search(line):
            self.out.extend(self.sentences(line, base, self.around))
            self.recent_kinds[-1] = self.line_kind
        # (a long paragraph's last clause may be the lead: "...; đồng thời thông qua 21 chỉ tiêu chủ
        # yếu, trong đó có một số chỉ tiêu:")
        if stripped.endswith(":") and stripped[0].isupper() and not HEADING.match(stripped) and self.intro_saved is None \
                and self.around.section_kind is None \
                and len((lead := _list_lead(stripped)).split()) <= MAX_INTRO_WORDS and (year := self._intro_year(lead)):
            # "Năm 2024, huyện ... xác định 20 chỉ tiêu chủ yếu, trong đó phấn đấu:": its items are targets
            self.intro_saved = (self.around.section_kind, self.around.section_year)
            self.around = replace(self.around, section_kind="target", section_year=year)
        if stripped.endswith(":") and len(stripped.split()) <= 30 and not addressees and not _generic(self.r, stripped):
            head = _head_of(LIST_ITEM.sub("", stripped.rstrip(":"), count=1).strip())
            self.around = replace(self.around, line_head=head)
        elif not SUB_ITEM.match(stripped):
            self.around = replace(self.around, line_head=None)

    def _has_cue(self, line, name):
        _, matches = self.r.analyse(line.lower(), segment=False)
        return any(m.group == "cue" and m.value == name for m in matches)

    def _intro_year(self, line):
        """The year a line introducing a list sets its items' targets for: target words and a year
        no earlier than the one the document speaks from; else None."""
        # (an intro counting the targets it lists, "thông qua 18 chỉ tiêu chủ yếu, trong đó:", sets them)
        if not self._has_cue(COUNTED.sub("", line), "target_cues") or names_results(line):
            return None
        # (or the year of the part it is in: "21 chỉ tiêu chủ yếu năm 2024" above it)
        named = periods.first(line, periods.ROW_KINDS)
        now = self.around.ref_year or self.around.doc_year
        if named is None and self.around.section_year:
            return self.around.section_year if not now or self.around.section_year >= now else None
        return None if named is None or (now and named.year < now) else named.year

    def _headings(self, index, stripped):
        """Appendix titles give a level, headings with a period give a year, and an article
        or appendix about scoring or rating rules mutes what follows it."""
        if len(stripped) > 3 and stripped in self.title and not self.title.startswith(stripped):
            return  # "VÀ CHỈ TIÊU NĂM 2020" under "SỐ LIỆU THỐNG KÊ ... NĂM 2019": the title goes on, no part opens
        if APPENDIX.match(stripped):
            level = _appendix_level(self.r, self.plain[index:index + 3], self.around.juris_level)
            self.around = replace(self.around, section_levels=(level,) if level else (), section_scope=None,
                                  section_year=None)
        elif PART_HEADING.match(stripped) and stripped.isupper() and len(stripped.split()) <= 20:
            # "A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH, CẤP XÃ": the levels of the part; a part naming none
            # ends them unless it is a lower part ("I. LĨNH VỰC ..." under "B. ... CẤP XÃ")
            _, matches = self.r.analyse(stripped.lower(), segment=False)
            levels = list(dict.fromkeys(m.value for m in sorted(matches, key=lambda m: m.start) if m.group == "level"))
            rank = _part_rank(stripped)
            if levels or rank <= self.levels_rank:
                self.around = replace(self.around, section_levels=tuple(levels))
                self.levels_rank = rank if levels else 9
            self.around = replace(self.around, section_scope=None)
        procedure = _procedure(stripped)
        if procedure:
            self.around = replace(self.around, section_scope=procedure)
        if HEADING.match(stripped):
            head = " ".join(self.plain[index:index + 2]) if APPENDIX.match(stripped) else stripped
            _, head_matches = self.r.analyse(head[:400].lower(), segment=False)
            # (an appendix titled for the results of a rating reports them: "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ...")
            self.scoring = any(m.group == "cue" and m.value == "scoring_cues" for m in head_matches) \
                and not (APPENDIX.match(stripped) and names_results(head))
        # (an article's or a part's heading may run longer: "Điều 1. Đánh giá tình hình thực hiện kế
        # hoạch phát triển kinh tế - xã hội năm 2018")
        short = len(stripped.split()) <= (MAX_HEADING_WORDS if HEADING.match(stripped) else MAX_LABEL_WORDS) \
            and not docfacts.cites(stripped) and stripped[-1] not in ";." and not re.search(r"\d\s*%", stripped)
        # a heading by its form (numbered, an article, capitals), not a page's title line
        # ("Kết quả năm 2023:", a label over the items it heads, counts too)
        form = short and (HEADING.match(stripped) or LIST_ITEM.match(stripped) or stripped.isupper()
                          or stripped.endswith(":"))
        if form and not HAS_FIGURE.search(LIST_ITEM.sub("", stripped, count=1)):
            self.heading_topic = breakdowns.topic_of(stripped)
        sets_targets = form and _names_targets(stripped)
        reviews = form and not sets_targets and names_results(stripped)
        if reviews and self.around.section_kind == "target" and LIST_ITEM.match(stripped) and not HEADING.match(stripped) \
                and not periods.first(stripped, periods.ROW_KINDS):
            # "b) Tiến độ, kết quả giải quyết" under "2. Chỉ tiêu cụ thể": an item of targets named
            # for what it measures, no review
            reviews = False
        if sets_targets:
            # "Điều 1. Các chỉ tiêu chủ yếu năm 2025": "đạt 95,5%" is set, not measured
            self.around = replace(self.around, section_kind="target")
        elif reviews:
            # "Kết quả năm 2023:", "I. KẾT QUẢ ĐẠT ĐƯỢC": what follows was met
            self.around = replace(self.around, section_kind="result")
        elif HEADING.match(stripped):
            self.around = replace(self.around, section_kind=None)
        heading_year = periods.first(stripped, periods.ROW_KINDS) if short else None
        if short and not form and not heading_year and self.around.section_kind == "result" \
                and self.around.section_year is not None and _names_targets(stripped):
            # "Chỉ tiêu cụ thể cho từng khối" after "Kết quả năm 2023 còn nhiều hạn chế" (a news
            # page's bold lines): the past year's part is over
            self.around = replace(self.around, section_year=None, section_kind=None)
        if HEADING.match(stripped) and not heading_year and _heading_rank(stripped) <= self.year_rank:
            # "II. MỤC TIÊU" after "I. KẾT QUẢ NĂM 2022": the year of the part before ends with it
            self.around = replace(self.around, section_year=None)
            self.year_rank = 9
        if short and not heading_year and self.part_years and self.around.section_year in self.part_years \
                and (sets_targets or reviews):
            # "2. Mục tiêu chung" under "II. KẾT QUẢ NĂM 2025 VÀ MỤC TIÊU NĂM 2026": the part's later
            # year is its targets', the earlier its results'
            year = max(self.part_years) if sets_targets else min(self.part_years)
            self.around = replace(self.around, section_year=year, section_kind="target" if sets_targets else "result")
        if short:
            if heading_year:
                years = sorted({y.year for y in periods.mentions(stripped) if y.kind in periods.ROW_KINDS})
                if len(years) > 1 or HEADING.match(stripped):  # a numbered item under the part keeps them
                    self.part_years = tuple(years) if len(years) > 1 else ()
                # "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025" in a review of 2024: the section plans
                now, plan_start = self.around.ref_year or self.around.doc_year, self.around.plan_start
                # ("Kết quả năm 2023:" heads results by its words, whatever year the page speaks from)
                kind = "result" if reviews else "target" if (now and heading_year.year > now) or sets_targets else None
                if now and plan_start and now < plan_start and heading_year.year <= now:
                    kind = "result"  # "I. KẾT QUẢ NĂM 2025" in a plan for 2026: the past
                elif now and heading_year.year < now and not sets_targets:
                    kind = "result"  # "I. KẾT QUẢ TRIỂN KHAI NĂM 2022" in a plan signed in 2023
                self.around = replace(self.around, section_year=heading_year.year, section_kind=kind)
                self.year_rank = _heading_rank(stripped) if HEADING.match(stripped) else 9

    def _flush_table(self):
        if self.block and not self.scoring:
            around = self.around
            told = next((k for k in reversed(self.recent_kinds[-2:]) if k), None)
            if told == "result" and around.section_kind is None and not self.act:
                # a page's table right after a paragraph of results (or its caption after one), in
                # no section of its own kind: what it lists is reported with them, unless its own
                # words say otherwise
                around = replace(around, section_kind="result")
            caption = LAST_CLAUSE.split(self.recent[-1])[-1] if self.recent else ""
            if caption.endswith(":") and not around.section_levels and \
                    (levels := _assigned_levels(self.r, caption.rstrip(" :"), around)):
                # "Kết quả giải quyết hồ sơ tại cấp huyện theo lĩnh vực:": the level of its rows
                around = replace(around, section_levels=tuple(levels))
            table = tables.extract(self.block, around, self.sentences, self.r, " ; ".join(self.recent))
            self.out.extend(self._named_scores(table.rows))
            self.around = replace(self.around, section_year=table.section_year)
            self.scoring = table.scoring
        self.block = []

    def _breakdowns(self, found, text):
        """Rows that name only a unit, a bloc or an anaphor take the indicator they break down:
        the last row before them, of the same unit, that names one of its own, else the topic
        of the text so far (a title or sentence about "tỷ lệ ...")."""
        out, prev_end, juris = [], 0, self.around.juris_level
        lead_topic = breakdowns.lead_topic(text) if found else None
        # "Trong đó, trụ cột kinh tế số đạt 0,3162; ...": parts of the figure before, no parent for the units after
        parts = bool(_part_intro().match(text))
        target_parent, target_bracket_end = None, -1  # a bracket of targets for the result before it
        for row in found:
            at = text.find(row.threshold_text, row.start)
            at = at if at >= 0 else row.start
            lead = text[prev_end:at] if at >= prev_end else ""
            after_figure = prev_end > 0  # a lead opening the sentence follows no figure
            prev_lead_end = prev_end
            prev_end = max(prev_end, at + len(row.threshold_text))
            row = breakdowns.rank_indicator(row, text, prev_end, out[-1] if out else None)
            held = None if row.scope else breakdowns.extreme_holder(row.indicator, juris)
            if held:
                # "đơn vị có tỷ lệ kích hoạt cao nhất là phường Phú Mỹ (61,2%)": the unit's figure
                row = replace(row, indicator=held[0], scope=held[1].text, levels=[held[1].level])
            # the indicator named last: a parent row of the same unit, of any unit, or the topic
            candidates = [(at, rank, p) for rank, (p, at) in
                          ((2, self.parents.get(row.unit, (None, -1))), (1, self.parents.get(None, (None, -1))),
                           (0, (breakdowns.Parent(self.topic, self.topic_levels) if self.topic else None,
                                self.topic_at)),
                           # "Theo kết quả đánh giá Chỉ số CCHC năm 2023, huyện A đạt ...": this sentence's source
                           (0.5, (breakdowns.Parent(lead_topic, ()) if lead_topic else None, self.sentence_no)))
                          if p]
            parent = max(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None
            if out and "(" in lead and breakdowns.names_nothing(lead):
                # "đạt 42% (cuối năm 2023 là 17%)": the figure in brackets is the same row's, at another time
                prev = out[-1]
                indicator = prev.indicator
                if row.unit == "count" and prev.unit == "percent":
                    indicator = _rate_head().sub("", indicator) or indicator  # "đạt 99,3% (3.080/3.102 hồ sơ)"
                elif row.unit == "percent" and prev.unit == "count" and not _rate_head().match(indicator):
                    # "đúng hạn 1.230 hồ sơ (đạt 99,7%)": the share of the count ("Số hồ sơ ..." loses "Số")
                    indicator = share_name(indicator)
                out.append(replace(row, indicator=indicator, levels=list(prev.levels), scope=prev.scope))
                continue
            bracket = _target_bracket(text, prev_lead_end, at) if out and out[-1].kind == "result" else None
            if bracket is not None:
                # "thấp hơn chỉ tiêu được giao (cả nước 50%, bộ, ngành 70%, địa phương 30%)": targets of
                # the result before, one per unit named in the bracket
                target_parent, target_bracket_end = out[-1], bracket
            in_target_bracket = out and target_bracket_end > at
            if in_target_bracket:
                units_in, _ = breakdowns.breakdown_of(lead.strip(" (,;"), juris)
                whole = _closing_area().search(lead)
                levels = [units_in[-1].level] if units_in else ["national"] if whole else []
                scope = units_in[-1].text if units_in else None
                out.append(replace(row, indicator=target_parent.indicator, kind="target", op=">=" if row.op == "=" else row.op,
                                   levels=levels, scope=scope))
                continue
            if out and row.kind == "target" and out[-1].kind == "result" and _target_in_brackets(text, prev_lead_end, at):
                # "đạt 62,3%, cao hơn 12,3% so với chỉ tiêu được giao (50%)": the target of the figure before
                prev = out[-1]
                out.append(replace(row, indicator=prev.indicator, levels=list(prev.levels), scope=prev.scope))
                continue
            if row.counts_units:
                out.append(row)  # "15/21 bộ, ngành và 52/63 địa phương đạt ...": units counted, not a unit's share
                continue
            named_after = _unit_named_after(text, at + len(row.threshold_text), juris) if row.unit == "rank" else None
            if named_after is not None:
                # "đơn vị xếp vị trí thứ 2 là Vĩnh Phúc": the standing of the unit named after it,
                # not of one named before ("Quảng Ninh xếp thứ hai ..., thứ ba là Bắc Giang")
                owner = breakdowns.breakdown_of(row.indicator, juris)
                if owner[1] and owner[0] and owner[0][0].text != named_after.text:
                    row = replace(row, indicator=named_after.text)
                row = replace(row, scope=named_after.text, levels=[named_after.level])
            if row.unit == "grade" and not row.scope and out and out[-1].unit == "rank" and ";" not in lead \
                    and breakdowns.grade_after_standing(lead):
                # "xếp thứ 14/63 tỉnh, thành phố, thuộc nhóm xếp hạng Tốt": the grade of what stands 14th
                prev = out[-1]
                out.append(replace(row, indicator=prev.indicator, levels=list(prev.levels), scope=prev.scope))
                continue
            if row.unit == "rank" and not row.scope and out and out[-1].scope and ";" not in lead \
                    and breakdowns.ranks_only(lead):
                # "Sở Tư pháp đạt 850,5 điểm, xếp thứ nhất": the unit's standing, on the same indicator
                prev = out[-1]
                out.append(replace(row, indicator=prev.indicator, levels=list(prev.levels), scope=prev.scope))
                continue
            resolved, is_breakdown = breakdowns.resolve(row, lead, parent, juris, self.juris_name, after_figure)
            if is_breakdown and self.units_topic and candidates and \
                    max(candidates, key=lambda c: (c[0], c[1]))[0] < self.sentence_no:
                # a unit of the announced blocs, with no parent in its own sentence: the announced indicator
                topic, levels = self.units_topic
                resolved = [replace(r, indicator=topic) if r.scope and set(r.levels) <= levels else r
                            for r in resolved]
            if not is_breakdown or parent is None:
                # (a unit with no indicator named before it: the unit is the subject of its figure)
                resolved = [breakdowns.unit_subject(r, self.juris_name) for r in resolved]
                named = lead_topic or self.heading_topic or self.title_subject
                if named:
                    # "quý II/2024 tỉnh Lâm Đồng đạt 84,25/100 điểm": what the sentence's source, the
                    # heading over it or the title reports on is measured
                    resolved = [replace(r, indicator=named)
                                if not r.scope and breakdowns.names_only(r.indicator, self.juris_name) else r
                                for r in resolved]
            if not is_breakdown and breakdowns.names_indicator(resolved[0].indicator) \
                    and not breakdowns.average_of_units(resolved[0].indicator) and not parts:
                first = resolved[0]
                self.parents[row.unit] = self.parents[None] = (breakdowns.Parent(
                    first.indicator, tuple(first.levels) if not first.scope else ()), self.sentence_no)
            out.extend(resolved)
        self._note_topic(text)
        return out

    def _named_scores(self, rows):
        """Units' scores and standings under bare columns ("Điểm (/100) | Xếp hạng cấp huyện") in a
        page about an index measure the index its heading or title names."""
        bare = [(r.unit in ("point", "rank") or bool(_measure_words().match(fold(r.indicator))))
                and bool(r.scope) and tables.names_no_measure(r.indicator) for r, _ in rows]
        if not any(bare):
            return rows
        # an index named just above the table ("kết quả đánh giá Chỉ số CCHC năm 2020 của 27 xã, phường ...")
        above = (breakdowns.topic_of(line, min_words=3) for line in reversed(self.recent[-2:]))
        index = next((t for t in above if t and index_head_re().match(t)), None)
        caption = fold(self.recent[-1]) if self.recent else ""
        if not index and _measure_words().search(caption):
            return rows  # "ĐIỂM PAPI 2021 CỦA MỘT SỐ TỈNH": the caption names the measure its own way
        index = index or self.heading_topic or breakdowns.topic_of(self.title)
        if not index:
            return rows
        return [(replace(r, indicator=index) if named_none else r, at) for (r, at), named_none in zip(rows, bare)]

    def _note_topic(self, text):
        self.units_topic = breakdowns.units_topic(text, self.around.juris_level) or self.units_topic
        topic = breakdowns.topic_of(text)
        if topic:
            self.topic, self.topic_at = topic, self.sentence_no
            self.topic_levels = self._topic_levels(text, topic)
        self.sentence_no += 1

    def _topic_levels(self, text, topic):
        """'tỷ lệ hồ sơ trực tuyến toàn trình của cả nước vẫn chưa đạt mục tiêu': the one level
        that closes the topic's phrase is the level of the figures that refer back to it."""
        at = text.find(topic) + len(topic)
        tail = re.split(r"[,.;:()!?]", text[at:], maxsplit=1)[0]
        _, matches = self.r.analyse(tail, segment=False)
        levels = {m.value for m in matches if m.group == "level" and m.start <= 12}
        return tuple(levels) if len(levels) == 1 else ()

    def _groupings(self, found, sentence, around):
        """Classes of units ("Nhóm I ... đạt từ 90% trở lên gồm 12 đơn vị"): the bound defining a
        class is no row; the count of units in it is one, with the class as its indicator."""
        groups = breakdowns.groupings(sentence.text)
        if not groups:
            return found
        text = sentence.text

        def inside(row):
            at = text.find(row.threshold_text, row.start)
            return any(g.start <= at < g.end or g.count_start <= at < g.count_end for g in groups)

        out = [r for r in found if not inside(r)]
        kind, year, own = kinds.kind_of(sentence, around, 0, groups[0].start)
        if own:
            self.kind_votes[kind] += 1
        if around.default_kind == "result" or any(r.kind == "result" for r in out):
            kind = "result"  # classes of units reached, beside the figures they were drawn from
        if kind == "result" and not sentence.index.has_cue("target_cues", 0, groups[0].start):
            # "trở lên" in a class's bound made the figures before it look set, not reached
            out = [replace(r, kind="result", op="=" if r.op == ">=" else r.op) if r.kind == "target" else r
                   for r in out]
        year = year or next((r.year for r in out if r.year), None) or around.para_year
        for g in groups:
            # "đơn vị" counted are units of the bloc the sentence names ("khối Sở ...: Nhóm I ...")
            named = [u for u in breakdowns.units(text[:g.start], around.juris_level) if not u.named]
            level = g.level or (named[-1].level if named else None)
            out.append(Row(
                indicator=g.group, value=g.count, unit="count", op="=" if kind == "result" else ">=",
                levels=[level] if level else [], year=year, kind=kind, scope=None,
                start=g.start, end=g.count_end, threshold_text=text[g.count_start:g.count_end], confidence=0.7))
        return out

    def sentences(self, text, base, around):
        """Rows of the sentences of TEXT (a line or a table cell) that hold a figure, each read in
        AROUND and what the rows before it tell."""
        out, first = [], True
        earlier = []  # the rows of OUT, kept apart so that a long line does not copy them per row
        for a, b in _sentences(text):
            sent_text = text[a:b]
            if not HAS_FIGURE.search(sent_text) and not self.grade_re.search(sent_text):
                first = False
                self._note_topic(sent_text)  # "tỷ lệ … của cả nước vẫn chưa đạt mục tiêu." before "tỷ lệ này"
                continue
            _, matches = self.r.analyse(sent_text)
            index = MatchIndex(sent_text, matches)
            mentions = find_mentions(sent_text, matches, line_start=first, index=index)
            first = False
            sentence = Sentence(sent_text, matches, mentions, self.r.all_levels, index)
            seen = replace(around, prev=self.prev, line_kind=self.line_kind, line_year=self.line_year)
            found, votes = clauses.assemble(sentence, seen)
            self.kind_votes.update(votes)
            found = self._breakdowns(found, sent_text)
            found = self._groupings(found, sentence, seen)
            for row in found:
                if not row.levels:
                    row.levels = list(around.section_levels or around.applies_levels)
                _name_bare_count(row, earlier)
                if not row.scope and around.section_scope:
                    row.scope = around.section_scope
                out.append((row, base + a))
                earlier.append(row)
            if found:
                self.prev = found[-1]
                # the line goes on with the sentence's own figures, not one in brackets at another
                # time ("đạt 98% (cùng kỳ năm 2023 đạt 90%)")
                main = [r for r in found if not in_brackets(sent_text, sent_text.find(r.threshold_text, r.start))]
                last = (main or found)[-1]
                self.line_kind, self.line_year = last.kind, last.year
        return out


def _issuer(juris):
    if not juris:
        return None
    if juris["level"] == "national":
        return juris["name"] if juris["name"] != "Việt Nam" else "Chính phủ"
    prefix = {"province": "UBND tỉnh", "district": "UBND huyện", "commune": "UBND xã"}[juris["level"]]
    return f"{prefix} {juris['name']}"


def _without_headline_restatements(rows, lines, opening=15):
    """A news headline restates a figure its body gives again ("Cải cách hành chính, 80% người
    dân hài lòng" above "... đạt trên 80% vào năm 2020"): the body's row is kept, with its
    context; the headline's is dropped. The first line of the text counts as a headline, and so
    does a line set in capitals among the OPENING lines ("PCI 2019: LONG AN XẾP THỨ 5/63," under
    a masthead)."""
    filled = [(base, line) for base, line in lines if line.strip()]
    if not filled:
        return rows
    first = (filled[0][0], filled[0][0] + len(filled[0][1]))
    heads = [first] + [(base, base + len(line)) for base, line in filled[1:opening]
                       if line.isupper() and re.search(r"\d", line) and len(line.split()) >= 3]
    in_head = [any(a <= base + row.start < b for a, b in heads) for row, base in rows]
    # the kind is not compared: a headline has no words to tell a target from a result
    body = {(str(row.value), row.unit) for (row, _), head in zip(rows, in_head) if not head}
    rounded = [(row.value, row.unit) for (row, _), head in zip(rows, in_head)
               if not head and isinstance(row.value, (int, float))]
    return [(row, base) for (row, base), head in zip(rows, in_head)
            if not (head and ((str(row.value), row.unit) in body or _rounds_one_of(row, rounded)))]


def _rounds_one_of(row, body):
    """A headline's 'hơn 10 triệu hồ sơ' over the body's 10,5 triệu: a figure rounded in the
    headline that the body gives exactly (counts within 15%, rates and points within one)."""
    if not isinstance(row.value, (int, float)):
        return False
    for value, unit in body:
        if unit != row.unit:
            continue
        if unit == "count" and abs(value - row.value) <= 0.15 * max(row.value, 1):
            return True
        if unit in ("percent", "point") and abs(value - row.value) <= 1:
            return True
    return False


def _targets(rows, view, source):
    keyed = []  # (value, unit, level, year, kind, scope) -> target: a restatement is dropped within its key
    for row, base in rows:
        start, end = view.span(base + row.start, base + row.end)
        levels = row.levels or [None]
        op = row.op or (">=" if row.kind == "target" else "=")
        if row.op is None and row.kind == "target" and (row.unit == "rank" or falls(row.indicator)):
            op = "<="  # a standing, or a rate a plan wants down ("Tỷ lệ hộ nghèo | 1,2"): a ceiling
        conf = row.confidence
        ocr_conf = source.confidence_at(start) if source.ocr else None
        if ocr_conf is not None:
            conf = round(conf * ocr_conf, 3)
        for level in levels:
            target = {
                "indicator": {"text": short_name(row.indicator), "id": canonical_id(row.indicator)},
                "level": level,
                "threshold": {"operator": op, "value": row.value, "unit": row.unit,
                              "noun": row.noun, "text": row.threshold_text},
                "year": row.year,
                "kind": row.kind,
                "scope": row.scope,
                "evidence": {"text": source.text[start:end], "page": source.page_of(start), "start": start, "end": end},
                "confidence": conf,
            }
            keyed.append(((str(row.value), row.unit, level, row.year, row.kind, row.scope), target))
    kept = dedupe.unique(keyed)
    # "... của cả nước tháng 10/2025 đạt 39,98%", then "tính đến 26/10, tỷ lệ ... đạt 39,98%": the
    # restatement that names no level is the row that does
    levelled = {}
    for t in kept:
        if t["level"]:
            levelled.setdefault(_unlevelled_key(t), []).append(t)
    return [t for t in kept if t["level"] or not any(dedupe.restates(t, o) for o in levelled.get(_unlevelled_key(t), []))]


def _unlevelled_key(t):
    return str(t["threshold"]["value"]), t["threshold"]["unit"], t["year"], t["kind"], t["scope"]

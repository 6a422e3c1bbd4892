"""Tables written as 'cell | cell | cell' lines: every reader renders tables this way.

A table's header gives each value column its meaning: a level ("Sở, ban, ngành",
"UBND cấp xã"), a year ("2026") or a scope ("Nhóm 1", "Xã nhóm 2"); a row gives the
indicator. A second, shorter header row splits the last cell of the first one. A row
whose values fill fewer columns than the widest row has one merged cell for all groups.
Text cells are analysed like sentences too, so figures written inside a criterion
("tỷ lệ ... đạt ≥90%") are found once, in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import breakdowns, periods
from .indicators import ACRONYM
from .numbers import parse
from .phrases import amount_unit, count_label_head, first_named, level_phrase_re, names_results, share_heads, unit_states_re
from .sentence import Row, Sentence, body_sentence
from .thresholds import multiplier
from .vntext import fold, keep_longest, phrase_alternation

SEP = " | "
NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|[a-zđ]\)|[A-Z])\s+")
VALUE_CELL = re.compile(
    r"^(?P<op>≥|≤|>=|<=|>|<|tối thiểu|ít nhất|tối đa|không quá|trên|dưới|từ)?\s*"
    # ("10 - 11", "10,5 - 11,5%": a band, read at its lower end as GOLD reads ranges)
    r"(?P<num>\d+(?:[.,]\d+)*)(?:\s*[-–]\s*(?P<upper>\d+(?:[.,]\d+)*))?\s*(?P<unit>%|điểm|ngày(?: làm việc)?)?(?:\s*/\s*năm)?"
    r"(?:\s+(?P<after>trở lên|trở xuống))?(?P<noun>\s+[^\d|]{1,30})?$",
    re.IGNORECASE,
)
EMPTY_VALUE = re.compile(r"^(?:|-|–|x|đạt\b.*|không đạt.*|không quy định.*|không áp dụng.*)$", re.IGNORECASE)
GENERIC_LABEL = re.compile(r"chỉ tiêu chung|mức đạt|tiêu chuẩn|chỉ tiêu|mục tiêu|giá trị|kế hoạch|ghi chú"
                           r"|^(?:kết quả|số liệu)(?: thực hiện| đạt được)?$|^điểm (?:đạt được|đạt|thực hiện)$", re.I)
SECTION_YEAR = re.compile(r"giai\s+đoạn\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)|(?:đến|tới)\s+năm\s+((?:19|20)\d\d)"
                          r"|\bnăm\s+((?:19|20)\d\d)", re.IGNORECASE)
YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")  # "2021 - 2025": a period, no band
YEAR_CELL = re.compile(r"^(?:năm\s+)?(?:19|20)\d\d$", re.IGNORECASE)
YEAR_LABEL = re.compile(r"\b((?:19|20)\d\d)\b")
# what leads up to a label's year: "năm 2025", "đến 31/12/2020", "tính đến ngày 30/6/2023"
DATE_BEFORE_YEAR = r"(?:(?:tính\s+)?(?:đến|tới)\s+)?(?:ngày\s+)?(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*|năm\s+)?"
GROUP = re.compile(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$")  # the group label of "part (group)"
YEAR_TAIL = re.compile(r"\s+(?:trong\s+)?(?:năm|giai đoạn)\s+(?:19|20)\d\d.*$", re.IGNORECASE)
COLUMN_NUMBER = re.compile(r"^\(?(\d{1,2})\)?$")
ITEM_CODE = re.compile(r"^(?:[IVXLC]+|[A-Z]|\d{1,3})(?:\.\d{1,3})*\.?$")  # "I", "I.1", "B", "2.3." numbering a row


def is_table_line(line: str) -> bool:
    return SEP in line


@dataclass
class Cell:
    text: str
    start: int  # offset in the line


@dataclass(frozen=True)
class TableRead:
    """What reading a table gives the section walker: its rows, the section year its own rows
    name ("I | Giai đoạn 2025-2027"), and whether it is a scoring sheet (the rest of its section
    scores too)."""

    rows: list
    section_year: int | None
    scoring: bool = False


UNIT_MARK = re.compile(r"\s*\(\s*%\s*\)\s*$")
PERCENT_UNIT_CELL = re.compile(r"\(?%\)?(?:\s*/\s*[^\W\d_]+)?")  # "%", "(%)", "%/năm": a rate a year is a percentage too
MEASURE_BRACKET = re.compile(r"\s*\((?![^()]*\d)[^()%]{1,20}\)\s*$")  # a closing "(người)", "(hồ sơ)": what is counted


def _plain_label(label):
    """A column label without emphasis marks and the closing bracket naming what it counts
    ("**Kế hoạch năm 2021 (người)**" gives "Kế hoạch năm 2021")."""
    return MEASURE_BRACKET.sub("", re.sub(r"[*_]", "", label or ""))

YEAR_ROW = re.compile(r"(?:(?:cả\s+|tổng\s+)?năm\s+)?((?:19|20)\d\d)", re.IGNORECASE)  # a row label that is a year
EMPHASIS = " \t*_"  # web pages converted to text keep markdown emphasis around cells ("**Tổng số**")


# a "|" with a space on one side at least: "a | | b" has an empty cell, and a drawn table's
# header may set a wall right after a word ("| Hồ sơ tiếp nhận| Đã giải quyết|")
CELL_SEP = re.compile(r"(?<!\S)\||\|(?!\S)")


def cells(line: str) -> list[Cell]:
    bounds = [0] + [p for m in CELL_SEP.finditer(line) for p in (m.start(), m.end())] + [len(line)]
    out = []
    for a, b in zip(bounds[::2], bounds[1::2]):
        part = line[a:b]
        lead = len(part) - len(part.lstrip(EMPHASIS))
        out.append(Cell(part.strip(EMPHASIS), a + lead))
    # a row written "| a | b |" (markdown) has no cells before its first "|" or after its last;
    # " | Đơn vị | Dân số" with no closing bar left its first cell empty (a header's merged row number)
    if len(out) > 1 and not line[:bounds[1]].strip() and (line.rstrip().endswith("|") or not line.startswith(" | ")):
        out = out[1:]
        if len(out) > 1 and not out[-1].text and line.rstrip().endswith("|"):
            out = out[:-1]
    return out


def has_values(block) -> bool:
    """True once a row of the block holds a figure (the header is over)."""
    return any(_has_value(c.text) for _, line in block for c in cells(line))


def value_like(text: str) -> bool:
    if _code(text) or YEAR_SPAN.fullmatch(text.strip()):
        return False
    return bool(EMPTY_VALUE.match(text) or VALUE_CELL.match(text) or _grade(text) or RANK_OF.fullmatch(text.strip()))


def _code(text):
    """A cell holding a code or a reference (1.001699, 12/2025/QĐ-UBND), never a figure."""
    from .thresholds import NOT_FIGURES

    # (not "28/63" alone in a cell: a standing, read as one under a rank column)
    return bool(text) and NOT_FIGURES.fullmatch(text.strip()) is not None and not RANK_OF.fullmatch(text.strip())


def _grade(text):
    from .patterns import default

    for g in default().units["grades"]:
        if text.strip().lower().rstrip(" .") in (g.lower(), f"{g.lower()} trở lên"):
            return g
    return None


def _has_value(text):
    if _code(text):
        return False
    m = VALUE_CELL.match(text)
    if m and not (m.group("op") or m.group("unit") or m.group("after")) and YEAR_CELL.match(text.strip()):
        return False  # "2025" heads a year column
    return bool(m or _grade(text) or RANK_OF.fullmatch(text.strip()))


def header_labels(rows):
    """Column labels from the header rows (those before the first row holding a value).

    A second header row divides cells of the first: the data rows' width says how many
    cells are divided (each into equal parts, from the first value column on), and each
    part is labelled "part (group)"."""
    head = []
    for _, cs in rows:
        if any(_has_value(c.text) for c in cs) or (head and ITEM_CODE.match(cs[0].text)):
            break  # a row of figures, or a section row ("I | Giai đoạn 2025-2027"): the body
        head.append([c.text for c in cs])
    if not head:
        return [], 0
    body = [cs for _, cs in rows[len(head):] if any(_has_value(c.text) for c in cs)]
    width = max((len(cs) for cs in body), default=None)  # rows may leave out an empty last cell
    # the text columns before the first value (a row number in the first cell is no value)
    lead = _most_common([next(i for i, c in enumerate(cs) if i and _has_value(c.text) or i == len(cs) - 1)
                         for cs in body if len(cs) == width])
    labels = head[0]
    for parts in head[1:]:
        if _units_row(parts) and (len(parts) == len(labels) or lead is not None):
            # "| người | hộ | % | %" under the labels: each column's unit, no division (a row that
            # lost its empty cells gives its units to the value columns, from the first on)
            units = parts if len(parts) == len(labels) else \
                [""] * lead + [p for p in parts if p.strip()] + [""] * len(labels)
            labels = [f"{label} ({part})" if part and label and not label.endswith(f"({part})") else label or part
                      for label, part in zip(labels, units)]
            continue
        if width and len(parts) == width and len(labels) < width and lead is not None and lead < len(labels) \
                and all(parts[:lead]) and sum(map(bool, parts)) >= width - 1:
            # a full row of labels under a shorter row of group heads, their empty cells lost:
            # the full row labels the columns, and the heads are placed on them where they can be
            labels = _place_groups(labels, parts)
            continue
        labels = _divide(labels, parts, width, lead)
    return labels, len(head)


def _place_groups(groups, parts):
    """PARTS labelled by the group heads above them, placed from the left: a head the start of
    a part is that part's own cut-off text ("Dân số trung" over "Dân số trung bình năm 2023"); an
    empty head stands over one column; any other head is over the next column, and the last
    over the rest of them but a notes column ("Chỉ tiêu giao năm 2024" over three rates)."""
    out, pos = list(parts), 0
    placed = []
    for n, group in enumerate(groups):
        if pos >= len(parts):
            break
        cut_off = next((k for k in range(pos, len(parts)) if group and parts[k].startswith(group)), None)
        if not group:
            pos += 1
        elif cut_off is not None:
            pos = cut_off + 1
        else:
            last = n == len(groups) - 1
            span = [k for k in range(pos, len(parts)) if not _label_opens(parts[k], "note_labels")] if last else [pos]
            placed += [(k, group) for k in span]
            pos += 1
    for k, group in placed:
        if not GENERIC_LABEL.search(group):
            out[k] = f"{parts[k]} ({group})"
    return out


def _units_row(parts):
    """A header row of nothing but units ("người", "hộ", "%"), a percent sign among them."""
    filled = [p.strip(" ()") for p in parts if p.strip(" ()")]
    return len(filled) >= 2 and "%" in filled and all(len(p.split()) <= 2 and not re.search(r"\d", p) for p in filled)


def _most_common(values):
    return max(sorted(set(values)), key=values.count) if values else None


def _column_numbers(texts):
    """"(1) | (2) | (3)" or "1 | 2 | 3": a row numbering the columns, not a row of figures."""
    nums = [COLUMN_NUMBER.match(t) for t in texts if t]
    if len(nums) < 3 or not all(nums):
        return False
    values = [int(m.group(1)) for m in nums]
    return values == list(range(values[0], values[0] + len(values)))


def _divide(labels, parts, width, lead):
    if _column_numbers(parts):
        return labels
    if len(parts) == len(labels) == width:
        # both rows on the full grid (DOCX): a merged cell's text goes on over the empty cells
        # it spans; a cell merged downwards repeats the label above it
        out, group = [], ""
        for label, part in zip(labels, parts):
            group = label or group
            if not part or part == group:
                out.append(group or part)
            elif group and part.startswith(group):
                # "Dân số trung" over "Dân số trung bình năm 2023": one cell merged downwards, cut
                # in two; it spans no columns to its right
                out.append(part)
                group = ""
            else:
                out.append(f"{part} ({group})" if group and not GENERIC_LABEL.search(group) else part)
        return out
    divided = len(parts) - (width - len(labels)) if width and lead is not None else 0
    if 0 < divided <= len(labels) - lead and len(parts) % divided == 0:
        span = len(parts) // divided
        groups = labels[lead:lead + divided]
        named = [f"{part} ({group})" if group and not GENERIC_LABEL.search(group) else part
                 for i, group in enumerate(groups) for part in parts[i * span:(i + 1) * span]]
        return labels[:lead] + named + labels[lead + divided:]
    if len(parts) < len(labels):
        return labels[:-1] + parts  # the last cell divided, as far as can be told
    if len(parts) == width and len(labels) < width and lead is not None and lead < len(labels) \
            and all(not p for p in parts[:lead]):
        # both rows on the grid from the left, the first shorter (an OCR'd or converted header):
        # the last head spans the columns left over, divided by the parts under it; a part
        # under a head of one column is that head's text wrapped ("Dân số" / "(người)")
        last = len(labels) - 1
        out = [f"{label} {part}".strip() for label, part in zip(labels[:last], parts[:last])]
        return out + [f"{part} ({labels[last]})" if labels[last] and not GENERIC_LABEL.search(labels[last]) else part
                      for part in parts[last:]]
    return labels


def label_meaning(label, rules_obj, juris_level=None):
    """(level, year, scope) a column label gives its cells."""
    year = YEAR_LABEL.search(label)
    if year:
        # "Năm 2021 (Tỷ lệ bao phủ BHYT (%))", a year under a head that names an indicator: both
        rest = re.sub(DATE_BEFORE_YEAR + year.group(1), " ", label, flags=re.IGNORECASE).strip()
        rest = rest[1:-1].strip() if rest.startswith("(") and rest.endswith(")") else rest
        named = " ".join(without_point_mark(rest).split()) if _opens_with_strong_head(rest) \
            or _role_before_strong_head(rest) else None
        # "Chỉ tiêu năm 2023 - Bộ, ngành": the level the year's column is for
        _, matches = rules_obj.analyse(rest.lower(), segment=False)
        levels = [m for m in matches if m.group == "level"]
        level = max(levels, key=lambda m: m.end - m.start).value if levels and not named else None
        return level, int(year.group(1)), named
    _, matches = rules_obj.analyse(label, segment=False)
    levels = [m for m in matches if m.group == "level"]
    if levels:
        return max(levels, key=lambda m: m.end - m.start).value, None, None
    # "Cấp thành phố" over a city's own column: the writer's tier (levels.yaml all_levels)
    own = [lv[0] for lv, only, phrase in rules_obj.all_levels
           if len(lv) == 1 and only in (None, juris_level) and fold(phrase) == fold(label.strip(" :*"))]
    if own:
        return own[0], None, None
    if _label_opens(label, "whole_area_heads", whole=True):
        return None, None, None  # "Cấp tỉnh | Cấp xã | Toàn tỉnh": the whole jurisdiction, no unit of it
    if label and GENERIC_LABEL.search(label):
        # "Tỷ lệ tiêm chủng đầy đủ (%) (chỉ tiêu tối thiểu)": a bracket naming only the role
        named = _role_bracket().sub("", label).strip()
        return (None, None, named) if named and named != label and not GENERIC_LABEL.search(named) else (None, None, None)
    return None, None, label or None


def _role_before_strong_head(text):
    """A plan or result word, then within two words a rate ("Chỉ tiêu giảm tỷ lệ hộ nghèo (%)"):
    the column names its measure after its role."""
    role = _leading_role().match(text)
    return bool(role) and any(_opens_with_strong_head(" ".join(text[role.end():].split()[i:]))
                              for i in range(MAX_WORDS_TO_RATE + 1))


MAX_WORDS_TO_RATE = 2  # "giảm", "nâng" before the rate a role word heads


@lru_cache(maxsize=1)
def _leading_role():
    from .patterns import default

    heads = default().table_heads
    return re.compile(r"\s*(?:" + phrase_alternation(heads["plan_columns"] + heads["result_columns"]) + r")\s+",
                      re.IGNORECASE)


def _opens_with(text, cue_name):
    """TEXT opens with a head of the named cue list ("Tỷ lệ ...": share_heads, strong_heads)."""
    from .patterns import default

    low = text.lower()
    return any(low.startswith(str(h).lower() + " ") for h in default().cues[cue_name])


def _opens_with_share_head(text):
    return text.lower().startswith(tuple(h + " " for h in share_heads()))


def _opens_with_strong_head(text):
    return _opens_with(text, "strong_heads")


FIGURE_BRACKET = re.compile(r"\([^()]*\d[^()]*\)")
BODY_SENTENCE = re.compile(r"[.:]\s*$|\.\s")  # a line of the body: a sentence ending or going on after a full stop
PARAGRAPH_WORDS = 40  # a longer line above a table is a paragraph of the body, not a heading


def table_kind(heading, labels, rules_obj, default="target", caption=""):
    """'skip' for scoring sheets, 'result' for tables of results, 'target' for tables of
    targets, else DEFAULT (the document's: a report's tables report results).

    Read from the heading lines above the table and the column labels; the CAPTION right
    above it speaks first."""
    # ("STT | Chỉ tiêu | Cấp tỉnh": the label of the column naming each row's indicator sets no kind)
    labels_read = [l for l in labels if fold(re.sub(r"[*_]", "", l).strip(" .:")) not in _indicator_column_labels()]
    # ("Đánh giá (chỉ tiêu 50%)": a target quoted to judge the results against sets no kind)
    labels_read = [FIGURE_BRACKET.sub(" ", l) for l in labels_read]
    # (a paragraph of the body above the caption is no heading: "... đạt 86,4% (chỉ tiêu thành phố
    # giao năm 2026 là 80%); ..." quotes a target, it does not head the table)
    heading = " ; ".join(part for part in heading.split(" ; ") if not _body_line(part))
    # ("Có 6 đơn vị đạt mức Xuất sắc (từ 90 điểm trở lên)": a bracket with figures defines a
    # grade or quotes a bound; it sets no kind, as in a label)
    heading = FIGURE_BRACKET.sub(" ", heading)
    for label in set(labels) - set(labels_read):  # the header row is joined to the heading too
        heading = re.sub(r"(?:^|(?<=; ))" + re.escape(label) + r"(?= ;|$)", " ", heading)
    _, matches = rules_obj.analyse(" ; ".join([heading] + labels_read).lower(), segment=False)
    cues = {m.value for m in matches if m.group == "cue"}
    if "scoring_cues" in cues and _scores_beside_results(heading, labels, rules_obj):
        return "result"  # "Nhóm chỉ số | Điểm tối đa | Điểm đạt được": the points met, out of the most
    if "scoring_cues" in cues and names_results(heading) and "target_cues" not in cues \
            and not any("scoring_cues" in _label_cues(l, rules_obj) for l in labels):
        return "result"  # "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ...": the ratings given, no rules for them
    if "scoring_cues" in cues:
        return "skip"
    if caption and _caption_names_results(caption, rules_obj):
        # "Kết quả của 03 đơn vị cao nhất như sau:" under a sentence quoting a target
        return "result"
    if "result_cues" in cues and "target_cues" not in cues:
        return "result"
    return "target" if "target_cues" in cues else default


def _caption_names_results(caption, rules_obj):
    """A caption over what was met: "Kết quả của 03 đơn vị cao nhất", and "Kết quả một số chỉ tiêu
    năm 2025 theo cấp", where the targets named after the results word are what it measures
    (target words other than the nouns naming targets, "phấn đấu", "dự kiến", make it a plan)."""
    from .patterns import default

    if not names_results(caption):
        return False
    _, matches = rules_obj.analyse((caption or "").lower(), segment=False)
    cues = [m for m in matches if m.group == "cue"]
    nouns = {(m.start, m.end) for m in cues if m.value == "counted_targets"}
    aims = [m for m in cues if m.value == "target_cues" and (m.start, m.end) not in nouns]
    named = [m.start for m in cues if m.value == "target_cues" and (m.start, m.end) in nouns]
    return not aims and (not named or first_named(caption, default().documents["result_headings"]) < min(named))


def _label_cues(label, rules_obj):
    _, matches = rules_obj.analyse((label or "").lower(), segment=False)
    return {m.value for m in matches if m.group == "cue"}


def _scores_beside_results(heading, labels, rules_obj):
    """A column of the most points a row may score beside one of the points it reached: a table
    of results, not a scoring sheet. The heading itself must name no scoring."""
    scoring = [l for l in labels if "scoring_cues" in _label_cues(l, rules_obj)]
    if not scoring:
        return False
    # (a sentence of the body above the caption may weigh a result against the most points: "đạt trên
    # 85% số điểm tối đa. Kết quả cụ thể như sau:"; it names no scoring of the table)
    rest = " ; ".join(p for p in heading.split(" ; ") if not BODY_SENTENCE.search(p) or len(p.split()) <= 12)
    for label in labels:
        rest = rest.replace(label, " ")
    if "scoring_cues" in _label_cues(rest, rules_obj):
        return False
    # (a rank column too: a scoring sheet ranks no one; and "Điểm đạt", the points a row reached)
    return any("result_cues" in _label_cues(l, rules_obj) or _column_unit(l) == "rank" or _points_reached(l, rules_obj)
               for l in labels if l not in scoring)


def _points_reached(label, rules_obj):
    """"Điểm đạt", "Điểm đạt được": points (units.yaml point) a row reached (cues.yaml achieved_words)."""
    words = (label or "").lower().split()
    return bool(words) and fold(words[0]) in _point_words() and "achieved_words" in _label_cues(label, rules_obj)


def _split_tables(block):
    """BLOCK cut where a new header row ("STT | ...", no figures) follows rows of figures:
    tables printed one after the other with nothing between them."""
    parts, seen_values = [[]], False
    for base, line in block:
        if is_table_line(line):
            cs = [c.text for c in cells(line)]
            if seen_values and opens_table(cs):
                parts.append([])
                seen_values = False
            seen_values = seen_values or any(_has_value(c) for c in cs)
        parts[-1].append((base, line))
    return parts


ROMAN = re.compile(r"^[IVXLC]+\.?$")


def _unflatten(parsed):
    """A whole table written as one row ("STT | Tên chỉ tiêu | Đơn vị tính | Chỉ tiêu | I |
    Nhóm A | 1 | Tỷ lệ ... | % | 100 | 2 | ..."), as pages lose their row marks: cut it into
    rows at the row numbers. The header runs up to the first number; a row ends once it has
    as many cells, a section row ("I | Nhóm A") at the next number."""
    out = []
    for base, cs in parsed:
        texts = [c.text for c in cs]
        first_code = next((i for i, t in enumerate(texts) if i and ITEM_CODE.match(t)), None)
        if not opens_table(texts[:first_code]) or first_code is None or len(cs) < 2 * first_code:
            out.append((base, cs))
            continue
        width, rows = first_code, [cs[:first_code]]
        row = []
        for c in cs[first_code:]:
            code = ITEM_CODE.match(c.text)
            section = row and ROMAN.match(row[0].text) and len(row) >= 2
            if row and code and (len(row) >= width or (section and not ROMAN.match(c.text)) or
                                 (section and ROMAN.match(c.text))):
                rows.append(row)
                row = []
            row.append(c)
        rows.append(row)
        out.extend((base, r) for r in rows if r)
    return out


def opens_table(texts):
    """A header row: "STT | ..." with three cells or more and no figure (TEXTS: its cells' texts)."""
    return len(texts) >= 3 and _label_opens(texts[0], "header_first_cells", whole=True) \
        and not any(_has_value(t) for t in texts)


def extract(block, ctx, analyse_text, rules_obj, heading="") -> TableRead:
    """Rows of one table (or of tables printed one after the other). BLOCK: [(base offset,
    line)]; CTX: the Surroundings of the table; analyse_text(text, base, ctx) -> rows."""
    tables = _split_tables(block)
    if len(tables) > 1:
        rows, scoring = [], False
        for part in tables:
            read = extract(part, ctx, analyse_text, rules_obj, heading)
            rows += read.rows
            scoring = scoring or read.scoring
            ctx = replace(ctx, section_year=read.section_year)
        return TableRead(rows, ctx.section_year, scoring)
    parsed = _unflatten([(base, cells(line)) for base, line in block if is_table_line(line)])
    notes = [(base, line) for base, line in block if not is_table_line(line)]
    labels, n_head = header_labels(parsed)
    title = _title_object(heading) if any(_bare_rate(l) for l in labels) else None
    # "Tỷ lệ hồ sơ giải quyết đúng hạn (%)" set over columns "Quý I | Quý II": what they all measure
    caption = lru_cache(maxsize=1)(lambda: _caption_indicator(heading))
    results_title = lru_cache(maxsize=1)(lambda: _results_title(heading, rules_obj))
    spanning = _spanning_head(heading) if labels and any(_dimension_row(l) or YEAR_COLUMN.fullmatch(l.strip()) for l in labels) \
        else None

    def counted_level(named, pct):
        """The level of the units a column counts ("Số xã đạt chuẩn NTM (xã)": commune), else None."""
        counted = [] if pct else share_levels(UNIT_MARK.sub("", named) or named, rules_obj, ctx.juris_level)
        return counted[0] if len(counted) == 1 else None

    def meaning(label):
        """(level, year, scope, label) of a column."""
        level, year, scope = label_meaning(label, rules_obj, ctx.juris_level)
        if scope and title and _bare_rate(label):
            head = PERCENT_MARK.sub('', scope).strip()
            # ("Tỷ lệ (%)" under "Bảng: Tỷ lệ hộ kinh doanh ...": the title names the rate whole)
            scope = title if title.lower().startswith(head.lower() + " ") else f"{head} {title}"
        return level, year, scope, label

    # the heading may sit in the rows above the first figure: joined to the first row (web
    # tables written a cell per line) or to a signature block read as the same table
    head_rows = " ; ".join(c.text for _, cs in parsed[:max(n_head, 1)] for c in cs)[:1500]
    kind = table_kind(heading + " ; " + head_rows, labels, rules_obj, ctx.section_kind or ctx.default_kind,
                      caption=heading.split(" ; ")[-1])
    if kind == "skip":
        return TableRead([], ctx.section_year, scoring=True)
    out = []
    for _, cs in parsed[:n_head]:  # "I | Giai đoạn 2025-2027" above the first rows
        section = SECTION_YEAR.search(" ".join(c.text for c in cs))
        if section and len(cs) <= 3:
            ctx = replace(ctx, section_year=int(next(g for g in section.groups() if g)))
    right_counts = []
    for _, cs in parsed[n_head:]:
        k = 0
        for c in reversed(cs):
            if not value_like(c.text):
                break
            k += 1
        if 0 < k < len(cs):
            right_counts.append(k)
    max_k = max(right_counts) if right_counts else 0
    note_cols = [_label_opens(l, "note_labels") for l in labels]
    # rows as wide as the header line up cell for cell with the labels (a row may leave out
    # an empty notes cell at its end)
    widths = {len(labels) - i for i in range(len(labels)) if i == 0 or all(note_cols[-i:])} if labels else set()
    lined_up = labels and max((len(cs) for _, cs in parsed[n_head:]), default=0) == len(labels)
    labels_all = list(labels)
    # what a numbered caption, or the one sibling column naming a measure, says a bare column measures
    # (read once per table, not once per cell)
    caption_measure = lru_cache(maxsize=1)(lambda: _caption_measure(heading, rules_obj))
    sibling_measure = lru_cache(maxsize=1)(lambda: _sibling_measure(labels_all, rules_obj))
    by_position = [(meaning(l), _percent_label(l)) for l in labels] if lined_up else []
    while labels and note_cols[len(labels) - 1]:  # a notes column at the right end holds no values
        labels = labels[:-1]
    n_values = min(max_k, len(labels)) if labels else max_k
    value_labels = labels[len(labels) - n_values:] if n_values else []
    meanings = [meaning(l) for l in value_labels]
    percent_cols = [_percent_label(l) for l in value_labels]

    # "Bảng 1. ... (đơn vị tính: %)": the caption says every bare number is a percentage
    caption_percent = bool(_caption_percent().search(" ; ".join(heading.split(" ; ")[-2:]))) \
        or bool(UNIT_MARK.search(heading.split(" ; ")[-1].rstrip(" :")))  # "Chỉ tiêu năm 2024 theo từng cấp (%)"
    for base, line in notes:
        out.extend(analyse_text(line, base, ctx))
    parents = {}  # numbering -> criterion text, for sub-criteria
    open_parent = None  # a numbered criterion with no figures, over unnumbered rows of its levels
    unit_levels = []  # levels of the rows naming units so far
    for base, cs in parsed[n_head:]:
        if _column_numbers([c.text for c in cs]):
            continue
        # the indicator is the last text cell before the first value cell
        first_val = next((i for i, c in enumerate(cs) if i > 0 and value_like(c.text) and c.text), None)
        if first_val is None:
            section = SECTION_YEAR.search(" ".join(c.text for c in cs))
            if section and len(cs) <= 3:
                ctx = replace(ctx, section_year=int(next(g for g in section.groups() if g)))
            for prev, c in zip([None] + cs[:-1], cs):
                if c.text:
                    # a figure in a cell speaks of the criterion in the cell before it
                    named = prev is not None and len(prev.text.split()) >= 3 and not re.search(r"\d\s*%", prev.text)
                    head = NUMBERING.sub("", prev.text).strip(" .;:") if named else ctx.line_head
                    out.extend(analyse_text(c.text, base + c.start, replace(ctx, line_head=head)))
            named = [c for c in cs[1:] if len(c.text.split()) >= 3]
            open_parent = NUMBERING.sub("", named[-1].text).strip(" .;:") \
                if named and ROW_NUMBER.fullmatch(cs[0].text.strip()) else None
            for c in cs:  # "6.2. Tỷ lệ di tích ... được tu bổ" with no figure: a parent of "6.2.1. ..."
                number = NUMBERING.match(c.text)
                if number and "." in number.group(0).strip(" ."):
                    parents[number.group(0).strip(" .")] = NUMBERING.sub("", c.text).strip(" .;:")
            continue
        # the indicator: the last cell of two words or more before the values (skips unit cells)
        # (not a cell under "Giải thích", "Cách tính": it explains the indicator named before it)
        # (nor one under "Đơn vị tính": "Doanh nghiệp", "Lượt người" name the unit, not the indicator)
        # (nor one under "Đơn vị thực hiện": the units the row binds give its levels, not its name)
        executors = [c for j, c in enumerate(cs[:first_val]) if j < len(labels_all) and labels_all[j]
                     and _label_opens(labels_all[j], "executor_labels")]
        wordy = [c for j, c in enumerate(cs[:first_val]) if len(c.text.split()) >= 2
                 and not (by_position and len(cs) in widths and _label_opens(labels_all[j], "explanation_labels"))
                 and not (j < len(labels_all) and _label_opens(labels_all[j], "measure_unit_labels", whole=True))
                 and c not in executors]
        executor_levels = _unit_levels(executors[0].text, rules_obj) if executors else []
        ind_cell = wordy[-1] if wordy else cs[first_val - 1]
        # "Đơn vị tính" cells: "%" makes the row's bare numbers percentages
        unit_percent = any(PERCENT_UNIT_CELL.fullmatch(c.text.strip()) for c in cs[:first_val])
        unit_day = any(_day_unit().fullmatch(c.text.strip()) for c in cs[1:first_val])  # "ngày làm việc"
        # "Điểm", "Hạng" in the unit column: the row's bare numbers are points or standings
        unit_cell = next((u for c in cs[1:first_val] if c is not ind_cell and (u := _column_unit(c.text))), None)
        vals, cols = [], []
        i = first_val
        lined_row = by_position and len(cs) in widths
        while i < len(cs):
            if value_like(cs[i].text):
                vals.append(cs[i])
                cols.append(i)
            elif not (lined_row and i < len(labels_all) and _grade_label(labels_all[i])
                      and i + 1 < len(cs) and value_like(cs[i + 1].text)):
                break  # (but "KH 2016 | TH 2016 | Đánh giá | KH 2017": the assessment between figures)
            i += 1
        trailing = i == len(cs)
        k = len(vals)
        if trailing:
            slots = meanings[len(meanings) - k:] if k <= len(meanings) else [(None, None, None, None)] * k
            pcts = percent_cols[len(meanings) - k:] if k <= len(meanings) else [False] * k
            if k == 1 and len(meanings) > 1 and all(lv and not yr and not sc for lv, yr, sc, _ in meanings):
                # "Tỷ lệ ... | Tối thiểu 99%" under "Cấp tỉnh | Cấp xã": a cell merged across the levels'
                # columns holds each level's target
                vals, slots, pcts = vals * len(meanings), list(meanings), list(percent_cols)
            elif k == 1 and len(meanings) > 1:
                slots, pcts = [(None, None, None, None)], [False]
        else:
            slots = meanings[:k] if k <= len(meanings) else [(None, None, None, None)] * k
            pcts = percent_cols[:k] if k <= len(meanings) else [False] * k
        numeric = [c for c in vals if _has_value(c.text)]
        in_row = replace(ctx, line_head=NUMBERING.sub("", ind_cell.text).strip(" .;:") or None)
        if lined_row:
            slots, pcts = map(list, zip(*[by_position[c] for c in cols]))
        for j, c in enumerate(cs):  # other cells of the row speak of its criterion ("Bình quân từ 9,5 - 12%/năm")
            if c is not ind_cell and c not in vals and c.text and not (j < len(note_cols) and note_cols[j]):
                out.extend(analyse_text(c.text, base + c.start, in_row))
        if not numeric:
            # "Đạt" criteria: the figures are written in the criterion itself. With figures in
            # the value cells, numbers in the criterion only define it ("có ít nhất 01 đội")
            out.extend(analyse_text(ind_cell.text, base + ind_cell.start, ctx))
        ind_text = NUMBERING.sub("", ind_cell.text).strip(" .;:")
        # "Tỷ lệ hồ sơ trực tuyến (%)": the row's bare numbers are percentages; the mark names nothing
        row_percent = bool(UNIT_MARK.search(ind_text))
        ind_text = UNIT_MARK.sub("", ind_text) or ind_text
        # "Tỷ lệ hồ sơ trực tuyến | ≥ 70 | ≥ 50": a rate with no unit cell beside it is in percent
        # (not "Tỷ lệ giường bệnh/vạn dân": a ratio of its own)
        unit_cells = [c for c in cs[:first_val] if c is not ind_cell and c.text.strip() and not ROW_NUMBER.fullmatch(c.text.strip())]
        row_percent = row_percent or (_opens_with_share_head(ind_text) and not unit_cells and "/" not in ind_text)
        if not ind_text or any(_unmeasured_unit().fullmatch(c.text.strip(" ()")) for c in unit_cells):
            continue  # ("Kim ngạch xuất khẩu | Triệu USD | 8.900": money, no row)
        # "Lượt khách du lịch | Nghìn lượt | 2.350": the unit cell scales the row's counts
        scale = next((f for c in unit_cells if (f := _unit_scale(c.text))), None)
        sub_level = None
        if ROW_NUMBER.fullmatch(cs[0].text.strip()):
            open_parent = None
        elif open_parent:
            # "1 | Tỷ lệ hồ sơ ... được số hóa |  | " over " | - Khối bộ, ngành | 50% | 70%" and
            # " | cấp huyện | 40% | 60%": each unnumbered row gives the criterion above for its level
            sub_level = _level_label(_item_label(ind_text), rules_obj, ctx.juris_level)
            if sub_level:
                ind_text = open_parent
        number = NUMBERING.match(ind_cell.text)
        key = number.group(0).strip(" .") if number else None
        if key:
            parents[key] = ind_text
        parent = parents.get(key.rsplit(".", 1)[0]) if key and "." in key else None
        row_scope_text = None
        same_head = parent and ind_text.lower().split()[:2] == parent.lower().split()[:2]
        if parent and len(ind_text.split()) <= (12 if same_head else 8) and numeric:
            # "6.2.1. Tỷ lệ di tích cấp quốc gia đặc biệt" under "6.2. Tỷ lệ di tích ... được tu bổ":
            # the sub-criterion names a sub-type of its parent
            row_scope_text, ind_text = ind_text, parent
        # a row for a named unit ("Bộ Tư pháp", "huyện Cam Lộ", "Khối sở, ngành") in a table whose
        # columns name indicators: each cell is that column's indicator for the unit (scope, level)
        units, unit_row = breakdowns.breakdown_of(ind_text, ctx.juris_level)
        level_row = whole_area = False
        if not unit_row and (whole := _level_label(ind_text, rules_obj, ctx.juris_level)):
            # "III | UBND cấp xã | 40 | 30": a row naming a level, as a row naming a bloc of units;
            # the level says it all, so the row gives no scope
            units, unit_row, level_row = [breakdowns.Unit(ind_text, whole, 0, len(ind_text), False)], True, True
        ind_col = next((j for j, c in enumerate(cs) if c is ind_cell), None)
        if not unit_row and ind_col is not None and ind_col < len(labels_all) \
                and not _label_opens(ind_text, "total_labels", "whole_area_heads", whole=True) \
                and (_label_opens(labels_all[ind_col], "unit_label_heads", whole=True)
                     or _lists_unit_kinds(labels_all[ind_col], rules_obj)):
            # "Sen Thủy | 15 | 19" under "Tên xã": the column names units, so the row is one
            kinds = _unit_levels(labels_all[ind_col], rules_obj)
            units = [breakdowns.Unit(ind_text, kinds[0] if len(kinds) == 1 else None, 0, len(ind_text), True)]
            unit_row = True
        shares = share_levels(ind_text, rules_obj, ctx.juris_level) or None
        roles = [_column_role(label) for _, _, _, label in slots]
        against_plan = "plan" in roles and "result" in roles  # "Kế hoạch | Thực hiện | Tỷ lệ đạt"
        if against_plan:
            # a bare "Tỷ lệ (%)" beside a plan and a result is the share of the plan met
            roles = [r or ("ratio" if _bare_rate(label or "") else None) for r, (_, _, _, label) in zip(roles, slots)]
        for n, (cell, (level, year, scope, label), pct, role) in enumerate(zip(vals, slots, pcts, roles)):
            # ("Ước quý I/2026", "Thực hiện năm 2023" with no plan beside it: what was reached)
            cell_kind = "result" if role == "result" and not against_plan and not _outcome_label(label) else kind
            if kind == "target" and year and role != "plan" and _before_plan(year, ctx):
                cell_kind = "result"  # "Tỷ lệ đạt chuẩn đến 31/12/2020" in a plan for 2021-2025: where it starts
            if unit_row and not scope and role in ("plan", "result") and _bare_role_label(label) and not caption():
                # "Chỉ tiêu đến năm 2025 (%)" beside "Tỷ lệ đạt chuẩn đến 31/12/2020 (%)": the same rate
                scope = next((sc for (_, _, sc, lb), p in reversed(list(zip(slots[:n], pcts[:n])))
                              if sc and p == pct and _opens_with_strong_head(sc)), None)
            if against_plan and role:
                if role == "ratio":
                    continue  # "Tỷ lệ đạt 113%": the result over the plan, no row of its own
                # the planned figure is a target, the achieved one a result; the column names no scope
                cell_kind, scope = ("target" if role == "plan" else "result"), None
            elif role == "ratio" and _compares(label):
                continue  # "Quý I/2026 so với cùng kỳ (%)", "So với KH năm 2026 (%)": a figure set against another
            elif (kind == "result" and any(percent_cols) and not pct and _inventory(scope)) \
                    or _lists_unit_kinds(_after_total(UNIT_MARK.sub("", MEASURE_BRACKET.sub("", label or ""))), rules_obj):
                # "Tổng số TTHC thuộc thẩm quyền", "Chưa tích hợp": the rate's base or rest; "Số xã,
                # phường", "Tổng số xã (xã)": all the units there are, in a table of targets too
                continue
            elif not pct and _label_opens(label, "population_labels"):
                continue  # "Dân số (người)" beside the units' rates: what the rates are taken over
            elif kind == "result" and unit_row and _counts_what_is_held(label):
                continue  # "Số TTHC thuộc thẩm quyền" beside the units' scores: an inventory, no row
            if kind == "result" and label and "scoring_cues" in _label_cues(label, rules_obj):
                continue  # "Điểm tối đa" beside "Điểm đạt được": the most a row may score
            if _label_opens(label, "change_labels") and not (against_plan and role):
                continue  # "So với năm 2021 | +1": a change against an earlier period, no row
            if (_acts_label(label) and not against_plan) or _label_opens(label, "code_labels"):
                continue  # "Luật", "Nghị định", "Thông tư": counts of legal documents measure nothing
            indicator = ind_text
            if row_scope_text:
                scope = f"{row_scope_text}; {scope}" if scope else row_scope_text
            if unit_row and units and not scope and spanning and YEAR_COLUMN.fullmatch((label or "").strip()):
                # "Thị xã Hương Thủy | 94,7 | 95,3" under "Năm 2021 | Năm 2022" below "Tỷ lệ bao phủ BHYT (%):"
                indicator, scope, level = _spanning_name(spanning), units[-1].text if len(units) == 1 else ind_text, \
                    level or units[-1].level
                pct = pct or bool(PERCENT_MARK.search(spanning))
            elif unit_row and units and (scope or (against_plan and role and label)) and not row_scope_text:
                # the row is a unit's; in a table of plans against results the column's own words name
                # what is measured
                unit = _unit_name(ind_text, units)
                named = scope or label
                if not scope and _bare_role_label(label) and (caption() or results_title()):
                    # "Kết quả đến 31/12/2023 (%)" names no indicator: the caption does
                    named = caption() or results_title()
                elif (_column_unit(named) or _grade_label(named)) and (measure := caption_measure()
                                                                       or (sibling_measure() if _column_unit(named) else None)):
                    # "Tổng điểm (/100)", "Xếp loại" under "Bảng 1. Điểm Bộ chỉ số ... của các bộ"; "Xếp hạng"
                    # beside "Chỉ số CCHC 2022 (điểm)" (not a grade beside a rate: the unit's own rating)
                    named = measure
                indicator, scope, level = UNIT_MARK.sub("", named) or named, None if level_row else unit, \
                    level or counted_level(named, pct) or units[-1].level
                if spanning and _dimension_row(named):
                    # a quarter's column under the spanning head: the head is measured, by unit and quarter
                    indicator, scope = _spanning_name(spanning), f"{unit}; {named}"
                    pct = pct or bool(PERCENT_MARK.search(spanning))
                unit_levels.append(units[-1].level)
            elif unit_row and units and not scope and not row_scope_text and not _measure_in_label(label) \
                    and (named := caption()):
                # "Xã Hiệp An | 20" under "Xã, thị trấn | Chỉ tiêu năm 2022 (%)" below a caption naming
                # the rate: the caption is measured, the row's unit is its scope
                unit = _unit_name(ind_text, units)
                indicator, scope, level = named, unit, level or units[-1].level
                unit_levels.append(units[-1].level)
            elif unit_row and units and not scope and not row_scope_text and not level_row \
                    and (named := _measure_in_label(label) or sibling_measure() or caption_measure()):
                # "Sở Tư pháp | 76,15 | 3" under "Đơn vị | Điểm DDCI 2021 | Xếp hạng 2021": a column
                # naming the measure with its year, or a sibling's or the caption's name for a bare
                # "Xếp hạng", "Năm 2021"; the row's unit is its scope
                indicator, scope, level = named, _unit_name(ind_text, units), \
                    level or counted_level(named, pct) or units[-1].level
                unit_levels.append(units[-1].level)
            elif scope and not row_scope_text and _dimension_row(ind_text):
                # "Mức độ 3", "Quý II": a row of one value of a dimension, under columns naming
                # what is measured: the column is the indicator, the row its scope ("Quý II/2019": its year too)
                indicator, scope = UNIT_MARK.sub("", scope) or scope, ind_text
                pct = pct or bool(UNIT_MARK.search(label or ""))
                part = periods.first(ind_text, periods.ROW_KINDS)
                year = part.year if part else year
                unit_levels.append(None)
            elif scope and not row_scope_text and (row_year := YEAR_ROW.fullmatch(ind_text)):
                # "2023 | 48.300 | 99,1" under "Năm | Tiếp nhận | Tỷ lệ đúng hạn (%)": the row is a
                # year, the column what is measured
                indicator, scope, year = UNIT_MARK.sub("", scope) or scope, None, int(row_year.group(1))
                pct = pct or bool(UNIT_MARK.search(label))
            elif (total_of := scope or (against_plan and role and _bare_role_label(label) and (caption() or results_title()))) \
                    and not row_scope_text and _label_opens(ind_text, "total_labels", whole=True) and unit_levels:
                # "Tổng" under rows of units: the column's indicator (or the caption's, over bare plan and
                # result columns) for all of them, no scope, at their level; "Toàn tỉnh" is the whole
                # jurisdiction, at none
                indicator, scope = UNIT_MARK.sub("", total_of) or total_of, None
                whole_area = _label_opens(ind_text, "whole_area_heads", whole=True)
                level = level or (unit_levels[0] if len(set(unit_levels)) == 1 and not whole_area else None)
            # "Tỉ lệ bộ, ngành, địa phương đạt ...": one row for each level of the units counted
            levels = [level] if level else [sub_level] if sub_level else executor_levels if executor_levels \
                else [level] if ctx.section_levels \
                else shares if shares is not None else [None]
            bound = _label_bound(label)
            if bound:
                # "Tỷ lệ sinh con thứ 3 trở lên (dưới ... %)": the bracket is how to read the cells
                indicator = LABEL_BRACKET.sub("", indicator) if indicator == label or indicator.endswith(bound[1]) \
                    else indicator
                scope = LABEL_BRACKET.sub("", scope) if scope and scope.endswith(bound[1]) else scope
            # ("Toàn tỉnh" over a column beside the communes' under "... GIAO CHO CÁC XÃ, PHƯỜNG": the
            # whole jurisdiction, not the appendix's level)
            whole_column = _label_opens(label, "whole_area_heads", whole=True)
            for lv in levels:
                row = _cell_row(cell, indicator, lv, year, scope,
                                replace(ctx, section_levels=()) if whole_area or whole_column else ctx,
                                base, ind_cell, cell_kind,
                                pct or unit_percent or row_percent or caption_percent,
                                _cells_unit(label) or unit_cell or ("day" if unit_day else None))
                if row and bound and row[0].op is None and row[0].kind == "target":
                    row[0].op = bound[0]
                # ("Lượt khách lưu trú (nghìn lượt)": the column's label scales its counts)
                factor = scale or ((bracket := MEASURE_BRACKET.search(label or "")) and _unit_scale(bracket.group(0)))
                if row and factor and row[0].unit == "count" and isinstance(row[0].value, (int, float)):
                    value = round(row[0].value * factor, 6)
                    row[0].value = int(value) if float(value).is_integer() else value
                    row[0].indicator = MEASURE_BRACKET.sub("", row[0].indicator) or row[0].indicator
                if row:
                    out.append(row)
        if unit_row and units and not level_row and labels_all and cs[0] is not ind_cell \
                and _column_unit(labels_all[0]) == "rank" and RANK_CELL.fullmatch(cs[0].text.strip()):
            # "Xếp hạng | Đơn vị | Điểm" with "132 | Xã Ia Mơ | 54,30": the first column is the unit's
            # standing, not a row number
            unit = _unit_name(ind_text, units)
            name = caption_measure() or UNIT_MARK.sub("", labels_all[0]).strip(" *_") \
                or labels_all[0]
            row = _cell_row(cs[0], name, units[-1].level, None, unit, ctx, base, cs[0], kind, False, "rank")
            if row:  # its evidence runs from the standing to the unit's name
                out.append((replace(row[0], end=ind_cell.start + len(ind_cell.text)), row[1]))
    return TableRead(out, ctx.section_year)


RANK_CELL = re.compile(r"\d{1,3}")
RANK_OF = re.compile(r"(\d{1,3})\s*/\s*\d{1,3}")  # "28/63": the 28th of 63
ROW_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,5})\.?")


def _unit_name(ind_text, units):
    """The unit a row names: the whole cell when it is one unit's name ("Sở Tư pháp": names of a
    level may go on in lower case), else the last unit named in it."""
    return ind_text if ind_text.startswith(units[0].text) and len(units) == 1 else units[-1].text


@lru_cache(maxsize=1)
def _indicator_column_labels():
    from .patterns import default

    return frozenset(fold(str(w)) for w in default().table_heads["indicator_column_labels"])


@lru_cache(maxsize=1)
def _day_unit():
    """A unit cell of days ("ngày làm việc"; units.yaml day)."""
    from .patterns import default

    return re.compile(r"(?:" + phrase_alternation(default().units["day"]) + r")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _role_bracket():
    """Brackets closing a label that name only its role ("(chỉ tiêu tối thiểu)"; table_heads.yaml
    plan_columns)."""
    from .patterns import default

    roles = phrase_alternation(default().table_heads["plan_columns"])
    return re.compile(r"(?:\s*\([^()]*(?<!\w)(?:" + roles + r")(?!\w)[^()]*\))+\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _caption_percent():
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().cues["measure_unit_labels"]) + r")\s*:?\s*%",
                      re.IGNORECASE)


def _before_plan(year, ctx):
    """A column's year before the first year the document plans for and before the year it
    speaks from: figures reached, not set ("Năm 2021" in a review of 2023 of a plan for 2021-2025)."""
    starts = [y for y in (ctx.plan_start, ctx.ref_year) if y]
    return bool(starts) and year < max(starts)


def _item_label(text):
    """A row label without its list mark and the bloc it continues ("- Khối địa phương: cấp tỉnh"
    -> "cấp tỉnh")."""
    text = re.sub(r"^[-+•*–]\s*", "", text.strip())
    return text.rsplit(":", 1)[-1].strip() if ":" in text else text


def _unit_levels(text, rules_obj):
    """The levels of the units a cell names, in order ("UBND thị xã và UBND các xã, phường":
    district, commune)."""
    _, matches = rules_obj.analyse(text.lower(), segment=False)
    found = keep_longest([m for m in matches if m.group in ("level", "unit_noun")], lambda m: m.start, lambda m: m.end)
    return list(dict.fromkeys(m.value for m in found))


def _lists_unit_kinds(label, rules_obj):
    """A column label that is nothing but kinds of units ("Xã, thị trấn", "Huyện/thị xã"): its
    cells name units, as under the labels of unit_label_heads."""
    text = re.sub(r"[*_]", "", label or "").strip(" .:").lower()
    if not text:
        return False
    _, matches = rules_obj.analyse(text, segment=False)
    found = keep_longest([m for m in matches if m.group == "unit_noun"], lambda m: m.start, lambda m: m.end)
    rest = list(text)
    for m in found:
        rest[m.start:m.end] = " " * (m.end - m.start)
    return bool(found) and re.fullmatch(r"(?:\s|,|/|và|-)*", "".join(rest)) is not None


def _level_label(text, rules_obj, juris_level=None):
    """The level a row label names when it is nothing but a level phrase ("UBND cấp xã",
    "Cấp tỉnh", "Cấp xã (21 xã, phường)": a bracket after it only counts its units), else None.
    A phrase whose level depends on who writes ("Cấp thành phố"; levels.yaml all_levels) takes
    the one for the document's level."""
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    _, matches = rules_obj.analyse(text.lower(), segment=False)
    whole = [m for m in matches if m.group in ("level", "all_levels") and m.start == 0 and m.end == len(text.rstrip())]
    if whole and whole[0].group == "level":
        return whole[0].value
    phrase = text.strip().lower()
    levels = next((lv for lv, j, ph in rules_obj.all_levels if ph == phrase and j == juris_level), None) \
        if whole else None
    return levels[0] if levels and len(levels) == 1 else None


def _bare_rate(label):
    from .patterns import default

    cues = default().cues
    text = re.sub(r"[*_()%]", " ", label).lower()
    head = next((h for h in cues["share_heads"] if text.strip().startswith(str(h).lower())), None)
    if head is None:
        return False
    rest = text.strip()[len(str(head)):]
    for w in sorted(map(str, cues["bare_rate_words"]), key=len, reverse=True):
        rest = re.sub(r"(?<!\w)" + re.escape(w.lower()) + r"(?!\w)", " ", rest)
    return not rest.strip()


PERCENT_MARK = re.compile(r"\(\s*%\s*\)")
YEAR_COLUMN = re.compile(r"(?:năm\s+)?(?:19|20)\d\d", re.IGNORECASE)


def _spanning_name(head):
    """'Tỷ lệ bao phủ BHYT năm 2022 (%):' -> 'Tỷ lệ bao phủ BHYT'."""
    return YEAR_TAIL.sub("", PERCENT_MARK.sub("", head).strip(" :.")).strip(" :.,") or head


def _spanning_head(heading):
    """The last line above a table that names an indicator by a strong head ("Tỷ lệ hồ sơ giải
    quyết đúng hạn (%)"), set over columns of periods; else None."""
    for line in reversed([re.sub(r"[*_]", "", l).strip() for l in heading.split(" ; ")]):
        if _opens_with_strong_head(line) and len(line.split()) <= 20:
            return line
    return None


ATTACHED_TO = re.compile(r"\s*\([^()]*\d+/[^()]*(?:\)|$)\s*$")  # a closing bracket citing an act's number


def _body_line(line):
    """A line of the body, not a title: a paragraph, or a sentence (sentence.body_sentence)."""
    return len(line.split()) > PARAGRAPH_WORDS or body_sentence(line)


def _title_object(heading):
    """What a table's title names, for a bare rate column ("Tỷ lệ", "Tỷ lệ thực hiện (%)"):
    "KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN ..." gives "cung cấp dịch vụ công trực tuyến ..."."""
    from .patterns import default

    pats = default()
    # (a sentence of the body above the table names no title: "Ở khối địa phương, Hà Nam dẫn đầu ...")
    lines = [re.sub(r"[*_]", "", l).strip() for l in heading.split(" ; ") if not _body_line(l)]
    numbered = _caption_number().match(lines[-1]) if lines else None
    if numbered:  # "Bảng 1. Kết quả kích hoạt tài khoản ..." right above: the title is that caption alone
        lines = [lines[-1][numbered.end():]]
    appendix = [i for i, l in enumerate(lines) if APPENDIX_LEAD.match(l)]
    if appendix:  # "PHỤ LỤC" opens the title: the lines above it are the act's
        lines = lines[appendix[-1]:]
    # not the appendix number, the "(Kèm theo ...)" line, nor a document type alone ("BÁO CÁO")
    lines = [l for l in lines if len(l.split()) > 2 and not l.startswith("(") and not re.match(r"phụ\s+lục\b", l, re.I)]
    # ("... NĂM 2023 (Kèm theo Quyết định số 385/QĐ-UBND ...)" read onto the title's line: the act it goes with)
    title = ATTACHED_TO.sub("", " ".join(lines)).strip(" .:")
    low = title.lower()
    for w in sorted(map(str, pats.cues["title_lead_words"] + pats.cues["caption_lead_words"]), key=len, reverse=True):
        if low.startswith(w.lower() + " "):
            title = title[len(w) + 1:]
            break
    title = YEAR_TAIL.sub("", _in_lower_case(title)).strip(" ,.:")
    if numbered:
        title = _caption_tail().sub("", title).strip(" ,.:")  # "... tại một số xã, thị trấn": the units
    return title if len(title.split()) >= 3 else None


def _in_lower_case(title):
    """A title set in capitals reads as lower case, abbreviations kept."""
    from .patterns import default

    if not title.isupper():
        return title
    abbrevs = {str(a).upper() for a in default().identity["abbreviations"]}
    return " ".join(w if re.sub(r"\W", "", w) in abbrevs else w.lower() for w in title.split())


APPENDIX_LEAD = re.compile(r"^phụ\s+lục(?:\s+(?:số\s+)?[\dIVXLC]+)?\s*[:.\-–]?\s*", re.IGNORECASE)
@lru_cache(maxsize=1)
def _caption_tail():
    """Where a caption stops naming what is measured: the units it is given to ("... của các xã",
    "giao cụ thể cho một số xã") or the list it announces ("như sau"); cues.yaml caption_*."""
    from .patterns import default

    cues = default().cues
    return re.compile(r"\s+(?:(?:(?:" + phrase_alternation(cues["caption_link_leads"]) + r")\s+)?(?:"
                      + phrase_alternation(cues["caption_unit_links"]) + r")\s+(?:"
                      + phrase_alternation(cues["caption_unit_sets"]) + r")\s+.*|(?:"
                      + phrase_alternation(cues["caption_closings"]) + r").*)$", re.IGNORECASE)


def _results_title(heading, rules_obj):
    """What a title of results names, for plan and result columns that name nothing but their
    role: "KẾT QUẢ TUYỂN SINH ĐÀO TẠO NGHỀ 6 THÁNG ĐẦU NĂM 2021 THEO HUYỆN, THỊ XÃ" gives "tuyển
    sinh đào tạo nghề" (its period and the units it is broken down by are gone). Only such
    columns take it: beside columns naming their own measures, the title names a topic."""
    from .patterns import default

    cues = default().cues
    # (the last line of the title, not the "(Kèm theo Báo cáo số ...)" under it)
    last = next((l for l in reversed([re.sub(r"[*_]", "", l).strip() for l in heading.split(" ; ")])
                 if l and not l.startswith("(")), "")
    numbered = _caption_number().match(last)
    last = APPENDIX_LEAD.sub("", last[numbered.end():] if numbered else last).lower()
    if not any(last.startswith(str(w).lower() + " ") for w in cues["title_lead_words"]):
        return None
    title = _title_object(heading) or ""
    by = next((m for m in _breakdown_links().finditer(title) if _lists_unit_kinds(title[m.end():], rules_obj)), None)
    if by:
        title = title[:by.start()]  # "... theo huyện, thị xã": the rows' units
    title = periods.part_of_year_end().sub("", title.strip(" ,.:")).strip(" ,.:")  # "... 6 tháng đầu"
    return title if len(title.split()) >= 3 else None


@lru_cache(maxsize=1)
def _breakdown_links():
    from .patterns import default

    return re.compile(r"\s+(?:" + phrase_alternation(default().cues["caption_breakdown_links"]) + r")\s+", re.IGNORECASE)


def _caption_indicator(heading):
    """What a caption above a table of units names, when its value columns name nothing but a
    plan or a year ("PHỤ LỤC: CHỈ TIÊU TỶ LỆ HỒ SƠ NỘP TRỰC TUYẾN CỦA CÁC XÃ, THỊ TRẤN NĂM 2022"
    over "Xã, thị trấn | Chỉ tiêu năm 2022 (%)" gives "tỷ lệ hồ sơ nộp trực tuyến")."""
    from .patterns import default

    leads = sorted(map(str, default().cues["caption_lead_words"]), key=len, reverse=True)
    aims = {str(w).lower() for w in default().cues["caption_aim_leads"]}
    lines = [re.sub(r"[*_]", "", l).strip() for l in heading.split(" ; ")]
    for i, line in reversed(list(enumerate(lines))):
        line = NUMBERING.sub("", APPENDIX_LEAD.sub("", line))  # (nor "3. " of an item heading the table)
        low = line.lower()
        lead = next((w for w in leads if low.startswith(w.lower() + " ")), None)
        if lead:
            line = line[len(lead) + 1:]
        # ("Chỉ tiêu kích hoạt tài khoản ... giao cụ thể cho một số xã như sau:" right over the table)
        # (or a title in capitals opened by such words: "PHÂN BỔ CHỈ TIÊU ĐÀO TẠO NGHỀ CHO LAO ĐỘNG NÔNG THÔN")
        named = _opens_with_strong_head(line) or (lead and i == len(lines) - 1 and line.rstrip().endswith(":")) \
            or (lead and line.isupper() and lead.lower() in aims)
        if named and len(line.split()) <= 30:
            name = _caption_tail().sub("", YEAR_TAIL.sub("", PERCENT_MARK.sub("", _in_lower_case(line)))).strip(" ,.:")
            return name if len(name.split()) >= 3 else None
    return None


SCALE_BRACKET = re.compile(r"\s*\(\s*/\s*\d+\s*\)")  # "(/100)": out of how many points


def names_no_measure(label):
    """A bare score or standing label ("Điểm (/100)", "Điểm đạt (/100)", "Xếp hạng", "Xếp hạng cấp huyện")."""
    label = SCALE_BRACKET.sub("", label)
    return _measure_in_label(label) is None or _bare_rank(label)


def _bare_rank(label):
    """A standing among the units of a level or an area ("Xếp hạng cấp huyện", "Thứ hạng toàn quốc"),
    naming no measure."""
    head = next((h for h in _folded_heads("rank_columns") if fold(label).startswith(h)), None) \
        if _rank_label(label) else None
    if head is None:
        return False
    rest = label[len(head):].strip(" ,.:-")
    return not rest or bool(level_phrase_re().fullmatch(rest)) or _label_opens(rest, "whole_area_heads", whole=True)


def _measure_in_label(label):
    """What a value column's label measures once its year, "(%)" and role words are gone
    ("Điểm DDCI 2021" gives "Điểm DDCI"); None for a bare unit, role or year ("Xếp hạng 2021")."""
    text = PERCENT_MARK.sub(" ", without_point_mark(re.sub(r"[*_]", "", label or "")))
    text = re.sub(r"(?<!\w)(?:" + YEAR_COLUMN.pattern + r")(?!\w)", " ", text, flags=re.IGNORECASE)
    text = " ".join(text.split()).strip(" .:,-")
    if (len(text.split()) < 2 and not re.fullmatch(ACRONYM, text)) or _column_unit(text) or _column_role(text) or _bare_role_label(text) \
            or GENERIC_LABEL.search(text) or _label_opens(text, "note_labels"):
        return None
    return text


def _grade_label(label):
    """A column of grades ("Xếp loại"; table_heads.yaml grade_columns)."""
    return fold((label or "").strip(" .:*_")) in _folded_heads("grade_columns")


def _rank_label(label):
    """A row or column label naming standings ("Xếp hạng Chỉ số CCHC của Sở ..."; table_heads.yaml rank_columns)."""
    low = fold(label or "")
    return any(low == h or low.startswith(h + " ") for h in _folded_heads("rank_columns"))


@lru_cache(maxsize=None)
def _folded_heads(name):
    from .patterns import default

    return frozenset(fold(str(h)) for h in default().table_heads[name])


def _sibling_measure(labels, rules_obj):
    """The one column of LABELS that names a measure ("Điểm DDCI 2021" beside a bare "Xếp hạng")."""
    measures = map(_measure_in_label, [l for l in labels[1:] if not _label_opens(l, "change_labels")
                                       and not _grade_label(l) and not _bare_rank(l)])
    siblings = [m for m in measures if m and not _lists_unit_kinds(m, rules_obj)
                and not _label_opens(m, "unit_label_heads", whole=True) and not _label_opens(m, "change_words")]
    return siblings[0] if len(siblings) == 1 else None


def _caption_measure(heading, rules_obj):
    """The measure a table's numbered caption names ("Bảng 1. Điểm số và xếp hạng DDCI năm 2021
    khối sở, ban, ngành (trích)"), cut before its year and the units or level it speaks of."""
    line = re.sub(r"[*_]", "", heading.split(" ; ")[-1]).strip()
    number = _caption_number().match(line)
    if not number:
        return None
    line = _in_lower_case(line[number.end():])
    line = re.sub(r"\s*\([^()]*\)\s*$", "", line)
    line = YEAR_TAIL.sub("", PERCENT_MARK.sub("", line))
    _, matches = rules_obj.analyse(line.lower(), segment=False)
    cut = min((m.start for m in matches if m.group in ("level", "unit_noun") and m.start > 0), default=len(line))
    name = _caption_tail().sub("", line[:cut]).strip(" ,.:;-")
    named = len(name.split()) >= 2 and not (_column_role(name) or _bare_role_label(name) or GENERIC_LABEL.search(name))
    return name if named else None  # not "Bảng 1. Kết quả của một số sở, ngành"


@lru_cache(maxsize=1)
def _caption_number():
    """"Bảng 1.", "Biểu số 02:": the number of a table's caption (table_heads.yaml caption_numbers)."""
    return re.compile(caption_number_pattern() + r"?\s*[.:\-–]\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def caption_number_pattern():
    """A table's caption word and its number ("Biểu số 01"), as regex text, the number group last."""
    from .patterns import default

    words = phrase_alternation(default().table_heads["caption_numbers"])
    return r"(?:" + words + r")(?:\s+(?:số\s+)?[\dIVX]+[a-z]?)"


def _label_opens(label, *cue_names, whole=False):
    """Whether a column label (or a row's first cell) opens with, or with WHOLE is, a phrase
    of the named cue lists: "Mã số TTHC" (code_labels), "Ghi chú" (note_labels), "Tổng cộng"
    (total_labels, whole), "Cách tính" (explanation_labels)."""
    if not label:
        return False
    from .patterns import default

    text = re.sub(r"[*_]", "", label).strip(" .:").lower()
    phrases = [str(w).lower() for name in cue_names for w in default().cues[name]]
    return text in phrases if whole else any(text.startswith(p) for p in phrases)


LABEL_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


def _label_bound(label):
    """(operator, bracket) when a label closes on a bracket of a bound for its cells ("(dưới ... %)",
    "(tối thiểu, %)"), else None."""
    bracket = LABEL_BRACKET.search(label or "")
    if not bracket:
        return None
    words = re.sub(r"[.…,%\s]+", " ", bracket.group(0).strip()[1:-1]).strip().lower()
    op = _operator_words().get(words)
    return (op, bracket.group(0).strip()) if op else None


@lru_cache(maxsize=1)
def _operator_words():
    """Each comparison phrase of patterns/operators.yaml, lower case, with its operator."""
    from .patterns import default

    ops = default().operators
    return {str(p).lower(): op for side in ("before", "after") for op, phrases in ops[side].items() for p in phrases}


@lru_cache(maxsize=1)
def _unmeasured_unit():
    """A unit cell of money or of a physical quantity (units.yaml unmeasured_units, maybe after a
    multiplier, maybe going on after "/": "Tỷ đồng", "Triệu đồng/người/năm", "Nghìn tấn")."""
    return re.compile(amount_unit() + r"(?:\s*/.*)?", re.IGNORECASE)


def _unit_scale(text):
    """The multiplier a unit cell opens with ("Nghìn lượt", "Triệu người": 1000, 1000000), else None."""
    found = multiplier(text.strip(" ()"), 0)
    return found[0] if found else None


def _column_unit(label):
    """'point' or 'rank' for a column whose label names what its bare numbers are ("Điểm",
    "Tổng điểm", "Xếp hạng"; patterns/table_heads.yaml), else None."""
    text = fold(UNIT_MARK.sub("", re.sub(r"[*_]", "", label or ""))).strip()
    text = re.sub(r"\s+(?:nam\s+)?(?:19|20)\d\d$", "", text)  # "Xếp hạng 2021"
    units = _column_units()
    return units.get(text) or units.get(re.sub(r"\s*\([^()]*\)$", "", text))  # "Tổng điểm (/100)"


def _cells_unit(label):
    """The unit a column's bare numbers are in: a bare unit column's, or "(điểm)" closing a label
    that names a measure ("Chỉ số CCHC 2022 (điểm)")."""
    return _column_unit(label) or ("point" if label and without_point_mark(label) != label else None)


@lru_cache(maxsize=1)
def _point_words():
    """The words of points (units.yaml point: "điểm"), folded: "(điểm)" closing a label."""
    from .patterns import default

    return frozenset(fold(str(w)) for w in default().units["point"])


def without_point_mark(label):
    """LABEL without a closing "(điểm)": "Chỉ số CCHC 2022 (điểm)" names "Chỉ số CCHC 2022"."""
    bracket = re.search(r"\s*\(\s*([^()]*?)\s*\)\s*$", label or "")
    if bracket and fold(bracket.group(1)) in _point_words():
        return label[:bracket.start()]
    return label


@lru_cache(maxsize=1)
def _column_units():
    from .patterns import default

    heads = default().table_heads
    return {fold(str(h)): unit for unit in ("point", "rank") for h in heads[unit + "_columns"]}


def _percent_label(label):
    """"Tỷ lệ thực hiện (%)", "Kết quả (%)": a column of percentages written as bare numbers."""
    from .patterns import default

    text = label.strip().lower()
    return "(%)" in text.replace(" ", "") or any(text.startswith(str(h).lower()) for h in default().cues["share_heads"])


YEAR_IN_LABEL = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _acts_label(label):
    """A column of legal documents counted ("Luật", "Nghị định", "Quyết định của TTgCP")."""
    if not label:
        return False
    from .patterns import default

    text = re.sub(r"[*_]", "", label).strip().lower()
    if YEAR_IN_LABEL.search(text) and _column_role(label) == "plan":
        return False  # "Kế hoạch năm 2025": the year's planned figures, not plans counted
    group = GROUP.search(text)  # "Tổng (Văn bản cần sửa đổi ...)": a part of a column group
    heads = [str(act).lower() for act in default().documents["act_types"]] + \
        [str(w).lower() for w in default().cues["document_count_labels"]]
    return any(t.startswith(h) for h in heads for t in ([text, group.group(1)] if group else [text]))


def _inventory(label):
    """A count column that is the base of a rate or what is left over, not what was achieved."""
    if not label:
        return False
    from .patterns import default

    cues, folded = default().cues, label.lower()
    has = lambda name: any(re.search(r"(?<!\w)" + re.escape(str(w).lower()) + r"(?!\w)", folded)  # noqa: E731
                           for w in cues[name])
    measured = _measured_noun().match(_after_total(label))  # "Tổng số hồ sơ tiếp nhận": dossiers are counted, not held
    return has("residual_labels") or (has("inventory_labels") and not has("achieved_words") and not measured)


def _after_total(label):
    """What a count's label counts ("Tổng số xã" -> "xã", "Số xã, phường" -> "xã, phường"; cues.yaml
    inventory_labels, units.yaml count_label_heads), else ""."""
    text = re.sub(r"[*_]", "", label or "").strip(" .:")
    head = _count_head().match(text)
    return text[head.end():] if head else ""


@lru_cache(maxsize=1)
def _count_head():
    from .patterns import default

    return re.compile(r"(?:" + phrase_alternation(default().cues["inventory_labels"] + default().units["count_label_heads"])
                      + r")\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _measured_noun():
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + phrase_alternation(default().units["measured_nouns"]) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _held_count():
    """"Số TTHC", "Số thủ tục (thủ tục)": what a unit holds, counted with nothing else in the label."""
    from .patterns import default

    return re.compile(r"\s*(?:" + phrase_alternation(default().units["count_label_heads"]) + r")\s+(?:"
                      + phrase_alternation(default().cues["held_nouns"]) + r")\s*(?:\([^()]*\))?\s*", re.IGNORECASE)


def _counts_what_is_held(label):
    """A column counting what a unit holds, not what it did ("Số TTHC thuộc thẩm quyền", "Số dịch vụ
    công phải cung cấp"): a word of holding (cues.yaml held_labels) and no noun of what is measured
    (units.yaml measured_nouns)."""
    if not label:
        return False
    from .patterns import default

    if _held_count().fullmatch(label):
        return True  # "Số TTHC": what the unit holds, counted
    low = label.lower()
    return not _measured_noun().search(label) and any(str(w).lower() in low for w in default().cues["held_labels"])


def _column_role(label):
    """'plan', 'result' or 'ratio' for the columns of a table of plans against results
    ("Kế hoạch", "Thực hiện", "Tỷ lệ đạt"; patterns/table_heads.yaml), else None."""
    from .patterns import default

    label = _plain_label(label).strip()  # "Kế hoạch năm 2021 (người)"
    part = [m for m in periods.part_of_year().finditer(label) if not label[m.end():].strip()]
    if part:
        label = label[:part[-1].start()].strip()  # "Kết quả 6 tháng", "Thực hiện quý II"
    text = fold(label)
    roles = _column_roles()
    if text in roles:
        return roles[text]
    for _ in range(2):  # "Kế hoạch 2024", "So sánh (%)", "Thực hiện năm 2023 (%)", "Kế hoạch (Năm 2024)"
        text = re.sub(r"\s*(?:\(\s*%\s*\)|%|\(\s*(?:nam\s+)?(?:19|20)\d\d\s*\))$", "", text)
        text = re.sub(r"\s*(?:nam\s+)?(?:19|20)\d\d$", "", text)
    if text in roles:
        return roles[text]
    if any(f" {head} " in f" {text} " for head in _comparison_heads()):
        return "ratio"  # "TH 6 tháng so KH (%)": a result set against the plan
    heads = default().table_heads
    if any(f" {fold(str(w))} " in f" {text} " for w in heads["result_column_words"]):
        return "result"  # "Số tiêu chí đạt đến 31/12/2019": what was reached by a date
    # "Chỉ tiêu số tiêu chí năm 2020", "Kết quả thực hiện đến tháng 6": a head opening a longer label;
    # a ratio's only when it compares ("So sánh TH/KH (%)"; not "Tỷ lệ đạt chuẩn", an indicator)
    return next((role for head, role in roles.items() if text.startswith(head + " ")
                 and (role != "ratio" or head.startswith("so "))), None)


def _outcome_label(label):
    """"Kết quả" alone: in a plan's table, the outcome expected (table_heads.yaml outcome_columns)."""
    return fold(_plain_label(label)).strip(" .:") in _folded_heads("outcome_columns")


def _compares(label):
    """A ratio column that sets its figure against another ("So với cùng kỳ", "TH so KH (%)")."""
    text = fold(re.sub(r"[*_]", "", label or "")).strip()
    return text.startswith("so ") or any(f" {h} " in f" {text} " for h in _comparison_heads())


@lru_cache(maxsize=1)
def _comparison_heads():
    """The ratio heads that compare ("so với kế hoạch", "so kh"): folded."""
    return tuple(h for h, role in _column_roles().items() if role == "ratio" and h.startswith("so "))


def _bare_role_label(label):
    """A plan or result column's label that names nothing else: a role word with a year, a date
    or "(%)" ("Kết quả đến 31/12/2023 (%)", "Chỉ tiêu năm 2024 (%)")."""
    from .patterns import default

    # ("Thực hiện 6 tháng đầu năm (người)": a part of the year and what is counted name nothing)
    text = fold(periods.part_of_year().sub(" ", _plain_label(label)))
    text = re.sub(r"\(\s*%\s*\)|%|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|(?:19|20)\d\d", " ", text)
    fillers = [fold(str(w)) for w in default().table_heads["role_label_fillers"]]
    text = re.sub(r"(?<!\w)(?:" + "|".join(map(re.escape, fillers)) + r"|\d+)(?!\w)", " ", text)
    return " ".join(text.split()) in _column_roles()


@lru_cache(maxsize=1)
def _column_roles():
    from .patterns import default

    heads = default().table_heads
    return {fold(str(h)): role for role in ("result", "plan", "ratio") for h in heads[role + "_columns"]}


def _dimension_row(label):
    return bool(_dimension_re().fullmatch(label.strip(EMPHASIS)))


@lru_cache(maxsize=1)
def _dimension_re():
    from .patterns import default

    words = default().table_heads["dimension_rows"]
    return re.compile(r"(?:" + phrase_alternation(words) + r")\s+(?:\d{1,4}|[IVX]{1,4})(?:\s*/\s*\d{4})?", re.IGNORECASE)


def _cell_row(cell, ind_text, level, year, scope, ctx, base, ind_cell, kind, percent_column=False, column_unit=None):
    grade = _grade(cell.text)
    m = VALUE_CELL.match(cell.text)
    ranked = column_unit == "rank" or _rank_label(ind_text)
    if ranked and (standing := RANK_OF.fullmatch(cell.text.strip())):
        m = VALUE_CELL.match(standing.group(1))  # "28/63" under "Xếp hạng 2022": the 28th of 63
    if grade:
        # (a grade a unit was given is no bound: "Sở Tư pháp | Xuất sắc" in a table of results)
        value, unit, op, noun = grade, "grade", "=" if kind == "result" else ">=", None
    elif m:
        value = parse(m.group("num"))
        if value is None:
            return None
        unit_word = (m.group("unit") or "").lower()
        unit = "percent" if unit_word == "%" else "point" if unit_word == "điểm" else "day" if unit_word.startswith("ngày") else "count"
        if not unit_word and ranked:
            unit = "rank"  # "Xếp hạng 2022" beside a row "PAR INDEX (%)": standings, not percentages
        elif not unit_word and percent_column:
            unit = "percent"  # "Tỷ lệ thực hiện (%)": the column says what its bare numbers are
        elif not unit_word and column_unit:
            unit = column_unit  # "Điểm", "Xếp hạng": a column of points or of standings
        op = _operator_words().get((m.group("after") or m.group("op") or "").lower())
        if kind == "result" and op is None:
            op = "="
        noun = (m.group("noun") or "").strip() or None
    else:
        return None
    start = ind_cell.start
    end = cell.start + len(cell.text)
    row = Row(
        indicator=ind_text, value=value, unit=unit, op=op,
        levels=[level] if level else list(ctx.section_levels),
        year=year or ctx.section_year, kind=kind, scope=scope,
        start=start, end=end, threshold_text=cell.text, confidence=0.85, noun=noun,
    )
    return row, base


def share_levels(text, rules_obj, juris_level):
    """The levels of the units a share counts when TEXT opens with one ("Tỉ lệ bộ, ngành, địa
    phương đạt cấp độ 4" in a table row); [] otherwise."""
    _, matches = rules_obj.analyse(text)
    sent = Sentence(text, matches, [], rules_obj.all_levels)
    a = len(text) - len(text.lstrip())
    head = sent.at(a, ("cue",), ("share_heads",))
    counted = None if head else count_label_head().match(text, a)
    if head is None and counted is None:
        # "Xã đạt chuẩn NTM nâng cao (xã)": the units that reached a state, counted with no "Số"
        unit = sent.at(a, ("unit_noun",))
        return [unit.value] if unit and unit_states_re().match(text, unit.end + 1) else []
    end = head.end if head else counted.end()
    q = end + len(re.match(r"\s*(?:số\s+)?", text[end:]).group(0))
    unit = sent.level_at(q, len(text)) or sent.at(q, ("unit_noun",))
    if unit is None or (counted and not unit_states_re().search(text, unit.end)):
        return []  # "Số xã trên địa bàn" counts an inventory; "Số xã đạt chuẩn ..." units that reached a state
    return [unit.value] if unit.group == "unit_noun" else sent.expand(unit, juris_level)

"""Tables written as plain text, given the "cell | cell | cell" form every reader gives tables.

Two shapes, each recognised as a block of lines and never line by line:
- aligned rows: cells set apart by tabs (a table copied from Word or Excel) or by runs of two
  spaces or more (aligned by hand). A block of 2+ consecutive lines, at least two of them with
  the block's full count of 3+ cells, one of those holding a figure; or 3+ lines of a label and
  one figure, the figures starting or ending in one column. Spaces must also line up in
  columns, or the cells after the first be short: prose with stray double spaces is no table.
- one cell per line: web pages whose table cells each became a line ("STT", "Đơn vị", "Tiếp nhận",
  then "1", "Sở Tư pháp", "1.234", ...). The header runs from a row-number head to the line "1";
  its count of cells K then cuts the lines after it into rows of K, each opening with the next
  row number and holding a figure. Numbering that breaks ends the table.
- rows of figures under a header: web statistics pages flatten a table into lines of a label and
  N bare numbers ("Mức độ 3 68544 61827 6717 43434") under a single-spaced header ("Mức độ Tiếp
  nhận Đã giải quyết Đúng hạn Quá hạn"). Spacing cannot split that header, so the column heads
  of patterns/table_heads.yaml do; a header they do not cover completely, in the order row
  number, label, N figure columns, leaves the lines alone.

`split(src, origin)` returns the text with each separator replaced by " | ", and the origin map
with the three inserted characters mapped to the separator's first original character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .vntext import fold

BLANK = "[ \u00a0\u2000-\u200a\u202f\u3000]"
SPACE_RUN = re.compile(BLANK + "{2,}")
TAB_RUN = re.compile(BLANK + r"*\t[\t \u00a0\u2000-\u200a\u202f\u3000]*")
TOKEN = re.compile(r"\S+")
RULE_CHARS = "-=_–—─━"  # what rules are drawn with
RULE_CELL = re.compile(r"[-=_–—.]{3,}")
# a line that only draws a rule ("---  ------  ---------"): no text, no row, no wrapped cell
RULE_LINE = re.compile(f"[{RULE_CHARS}](?:[{RULE_CHARS}\\s]*[{RULE_CHARS}])?")
# a cell that is one figure: 95,5 | 1.234 | 98% | ≥ 90%
FIGURE_CELL = re.compile(r"(?:[≥≤<>]=?\s?)?[-+]?\d[\d.,]*\s?%?")
# a bare number as statistics pages print them: 68544, 61.827, 95,73, 90.5%
FIGURE_TOKEN = re.compile(r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)%?|[-–]")  # "-": nothing to count
ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")
NOTE_MARK = re.compile(r"\(\s*(?:\d|\*+)\s*\)\s*$")  # "... hồ sơ (1)": a note's mark closing a cell
YEAR_HEAD = re.compile(r"(?:19|20)\d\d")  # "2023 2024": years head their columns with no vocabulary
EMPHASIS = "*_\u200b\u200c\u200d\ufeff"  # markdown emphasis and zero-width marks around a word
MAX_CELL_WORDS = 25  # a "cell" this long is running text
MAX_SHORT_WORDS = 4  # a figure cell, a unit or a short name: what unaligned cells after the first hold


def split(src: str, origin):
    """SRC with the text tables it holds written as pipe rows; ORIGIN mapped alongside."""
    lines, pos = [], 0
    for line in src.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    cuts, used = _aligned_cuts(lines)
    cuts += _stacked_cuts(lines, used)
    cuts += _figure_row_cuts(lines, used)
    if not cuts:
        return src, origin
    parts, out_origin, pos = [], [], 0
    for cut in sorted(cuts, key=lambda c: c[:2]):
        a, b = cut[:2]
        parts.append(src[pos:a])
        out_origin.extend(origin[pos:a])
        if len(cut) == 2:
            parts.append(" | ")
            out_origin.extend([origin[a]] * 3)
        else:  # a header wrapped over lines, written as one row: (a, b, text, where each character is)
            parts.append(cut[2])
            out_origin.extend(origin[i] for i in cut[3])
        pos = b
    parts.append(src[pos:])
    out_origin.extend(origin[pos:])
    return "".join(parts), out_origin


# ---------------------------------------------------------------- aligned rows

@dataclass
class _Row:
    """A line whose cells tabs or wide gaps set apart."""

    mode: str  # "tab" or "space"
    cells: list  # the cells' texts
    spans: list  # (start, end) of each cell in the line
    seps: list  # (start, end) of each separator in the text
    indented: bool

    @property
    def figures(self):
        # (a bound is a figure too: "Tối thiểu 98%", "Từ 50% trở lên" in a column of targets)
        return any(FIGURE_CELL.fullmatch(c.strip(EMPHASIS)) or _bound_cell(c.strip(EMPHASIS)) for c in self.cells[1:])


def _bound_cell(text):
    """A cell holding one bounded figure ("Tối thiểu 98%", "Từ 50% trở lên"; tables.VALUE_CELL)."""
    from .tables import VALUE_CELL  # (tables reads the rows this module makes: imported when first needed)

    m = VALUE_CELL.fullmatch(text)
    return bool(m and (m.group("op") or m.group("after")) and not m.group("noun"))


def _aligned_row(start, line):
    """The cells of LINE if tabs or runs of spaces set them apart, else None."""
    if "\t" not in line and not SPACE_RUN.search(line):
        return None  # most lines: quick to tell
    body = line.strip()
    if not body or " | " in line or body.startswith("|"):
        return None  # no text, or already a table row
    lead = len(line) - len(line.lstrip())
    end = lead + len(body)
    mode = "tab" if "\t" in body else "space"
    sep_re = TAB_RUN if mode == "tab" else SPACE_RUN
    seps = [m.span() for m in sep_re.finditer(line, lead, end)]
    if not seps:
        return None
    bounds = [lead] + [p for s in seps for p in s] + [end]
    spans = list(zip(bounds[::2], bounds[1::2]))
    if any(RULE_CELL.fullmatch(line[a:b]) for a, b in spans):
        return None  # "Đơn vị      ----------": a rule drawn under a spanning header, no row of cells
    if any(line.count(" ", a, b) >= MAX_CELL_WORDS for a, b in spans):
        return None  # running text with a tab or a wide gap in it, not a row of cells
    return _Row(mode, [line[a:b] for a, b in spans], spans, [(start + a, start + b) for a, b in seps], lead > 0)


def _aligned_cuts(lines):
    """Separators of the aligned blocks, and the indices of the lines they take."""
    cuts, used, block, goes_on = [], set(), [], {}
    for index, (start, line) in enumerate(lines + [(0, "")]):
        row = _aligned_row(start, line)
        if block and block[-1][1].mode == "space" and (
                _cell_goes_on(line, block[-1][1]) if row is None else _cells_go_on(row, block[-1][1])):
            # "Thu nhập bình quân đầu   Tr.đồng   58" / "      người": the row's cell wraps onto this line
            goes_on.setdefault(block[-1][0], []).append(index)
            continue
        if row and block and row.mode == block[-1][1].mode:
            block.append((index, row))
            continue
        if _aligned_table(block):
            wrapped = _wrapped_header(lines, block, used)
            if wrapped:
                head_lines, cut = wrapped
                cuts.append(cut)
                used.update(head_lines)
                block = [(i, r) for i, r in block if i not in head_lines]
            width = max(len(r.cells) for _, r in block)
            for i, r in block:
                if i in goes_on:
                    cuts.append(_merged_row(lines, i, r, goes_on[i]))
                    used.update(goes_on[i])
                else:
                    cuts.extend(_tab_cells(r, *lines[i][::-1]) if r.mode == "tab" and r.figures else r.seps)
                    if len(r.cells) == width - 1 and not r.indented:
                        cuts.extend(_crowded_first_cell(r, lines[i][0]))
                used.add(i)
            head = block[0][0] - 1
            if head >= 1 and (DASH_RULE.fullmatch(lines[head][1]) or SOLID_RULE.fullmatch(lines[head][1])) \
                    and head - 1 not in used:
                # "STT  Đơn vị   Tiếp nhận" over "---  ------   ---------": the rule's gaps part the header
                under = _cuts_under_rule(lines[head - 1], lines[head][1])
                above = _aligned_row(*lines[head - 1])
                if not under and above is not None and not above.figures and len(above.cells) == width:
                    under = above.seps  # a rule with no gaps under a header its own wide gaps part
                cuts.extend(under)
                used.update({head - 1, head})
            header = _header_above(lines[head], max(len(r.cells) for _, r in block)) \
                if head >= 0 and not wrapped else []
            if header and head not in used:
                cuts.extend(header)
                used.add(head)
        block = [(index, row)] if row else []
        goes_on = {}
    return cuts, used


def _years_only(row):
    """A row whose cells are years and nothing else ("2021   2021   2022" under "KH năm  TH năm")."""
    cells = [c.strip() for c in row.cells if c.strip()]
    return bool(cells) and all(YEAR_HEAD.fullmatch(c) for c in cells)


def _heads_with_years(row):
    """A header line whose only figures are years ("(hộ)     2022     tỷ lệ hộ nghèo"), words beside them."""
    cells = [c.strip(EMPHASIS) for c in row.cells if c.strip(EMPHASIS)]
    figures = [c for c in cells if FIGURE_CELL.fullmatch(c)]
    return len(figures) < len(cells) and all(YEAR_HEAD.fullmatch(c) for c in figures)


YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
MAX_GOES_ON_WORDS = 8  # the rest of a wrapped cell in the last column, which nothing bounds: a few words


def _cell_goes_on(line, row):
    """LINE carries on a cell of ROW, the line above: no figure, no gap, starting inside the span
    of one of ROW's cells after the first (its row number) and ending before the next cell's
    column, or a few words under the last."""
    text = line.strip()
    if not text or SPACE_RUN.search(text) or "\t" in text or len(text.split()) > MAX_CELL_WORDS \
            or " | " in line or re.search(r"\d", YEAR_WORD.sub("", NOTE_MARK.sub("", text))) or RULE_LINE.fullmatch(text):
        return False  # (a note mark, "hồ sơ (1)", and a year, "(giá so sánh 2010)", are no figures)
    lead = len(line) - len(line.lstrip())
    column = _column_under(lead, row)
    if column is None:
        return False
    if column + 1 < len(row.spans):
        return lead + len(text) < row.spans[column + 1][0]
    return len(text.split()) <= MAX_GOES_ON_WORDS


def _column_under(lead, row):
    """The cell of ROW a piece of text starting at LEAD sits under, if any: not the row number,
    unless ROW is indented (a row that left its first cell to the row above may wrap it too)."""
    return next((k for k, (a, b) in enumerate(row.spans) if (k or row.indented) and a <= lead + 1 and lead < b + 2),
                None)


def _cells_go_on(line_row, row):
    """LINE_ROW, a line with gaps but no figure under ROW, a row of figures, carries on ROW's
    wrapped cells ("phần hồ sơ khi tiếp nhận      01/2023/" under "3  Tỷ lệ hồ sơ được số hóa
    thành  ≥ 90%  ...  Theo TT"): indented, fewer cells, each starting under one of ROW's cells
    after the row number and ending before the next one's column."""
    if not row.figures or line_row.figures or not line_row.indented or len(line_row.cells) >= len(row.cells) \
            or line_row.cells[-1].rstrip().endswith(":"):
        return False
    for (a, b) in line_row.spans:
        column = _column_under(a, row)
        if column is None or not column or (column + 1 < len(row.spans) and b >= row.spans[column + 1][0]):
            return False
    return True


def _merged_row(lines, index, row, more):
    """(start, end, text, origin) writing ROW and the lines MORE that carry on its cells as one
    row: each wrapped piece joins the cell it starts under."""
    start, line = lines[index]
    pieces = [[(start + a, line[a:b])] for a, b in row.spans]
    for i in more:
        at, text = lines[i]
        wrapped = _aligned_row(at, text)
        for a, b in wrapped.spans if wrapped else [(len(text) - len(text.lstrip()), len(text.rstrip()))]:
            column = max(k for k, (c, _) in enumerate(row.spans) if c <= a + 1)
            pieces[column].append((at + a, text[a:b]))
    out, where = [], []
    for k, cell in enumerate(pieces):
        if k:
            gap = start + row.spans[k - 1][1]  # the blank between the two cells in the row's line
            out.append(" | ")
            where.extend([gap] * 3)
        for n, (at, piece) in enumerate(cell):
            if n:
                out.append(" ")
                where.append(at - 1)  # the blank before the wrapped piece
            out.append(piece)
            where.extend(range(at, at + len(piece)))
    last_start, last = lines[more[-1]]
    return start, last_start + len(last), "".join(out), where


MAX_WRAPPED_HEAD = 6  # lines a column head may wrap over


def _wrapped_header(lines, block, used):
    """A header whose column heads wrap over several lines above the rows of figures:

        Đơn vị            Số trẻ dưới     Tỷ lệ tiêm chủng
                          1 tuổi (trẻ)    đầy đủ (%)
        Huyện Kế Sách        1.795              95

    The rows' columns leave gaps; where every header line is blank inside a gap, the header
    parts. Each column's pieces, read top to bottom, make its label: (indices of the header
    lines, a cut writing them as one row), or None. The header lines are the block's leading
    rows without a figure and the lines right above it (no blank line, caption or sentence)."""
    lead = 0
    while lead < len(block) and (not block[lead][1].figures or _years_only(block[lead][1])) \
            and not (lead == 0 and _group_row(block[0][1])):
        lead += 1  # ("KH năm  TH năm" over "2021    2021": the years finish the heads)
    body = [r for _, r in block[lead:]]
    width = max((len(r.cells) for r in body), default=0)
    full = [r for r in body if len(r.cells) == width]
    if len(full) < 2 and len(full) + sum(len(r.cells) == width - 1 for r in body) >= 2:
        # a last column of notes that most rows leave empty ("27 hồ sơ trễ hạn" on one row):
        # the rows one cell short give the other columns
        full = [r for r in body if len(r.cells) >= width - 1]
    if width < 3 or len(full) < 2 or not _columns_line_up(full):
        return None
    above, index = [], block[0][0] - 1
    if lead == 0 and index >= 1 and not lines[index][1].strip() and index not in used \
            and (over := _aligned_row(*lines[index - 1])) is not None and not over.figures:
        index -= 1  # a blank line between the heads and the rows ("Đô thị    Nông thôn" / "" / "1  Thành phố ...")
    rule = None
    if lead == 0 and index >= 2 and SOLID_RULE.fullmatch(lines[index][1]) and index not in used \
            and all(not _rule_or_blank(lines[i][1]) for i in (index - 1, index - 2)):
        # a rule under a header of two lines or more: the heads are above it (a rule with gaps under
        # each head is read by _cuts_under_rule)
        rule, index = index, index - 1
    while index >= 0 and index not in used and len(above) + lead < MAX_WRAPPED_HEAD:
        text = lines[index][1].strip()
        row = _aligned_row(*lines[index])
        if not text or " | " in text or text.endswith((":", ".", ";")) or FIGURE_CELL.fullmatch(text) \
                or (row is not None and row.figures and not _heads_with_years(row)
                    and not (rule is not None and _years_only(row))) or _unit_caption().match(text) \
                or RULE_LINE.fullmatch(text) or (text.isupper() and len(text.split()) >= 3) \
                or ITEM_OPENING.match(text) or _caption_numbered().fullmatch(text):
            break  # (a rule of dashes under a header is read by _cuts_under_rule; a title in capitals, an
            # item of the text "4. Chỉ tiêu giảm ..." or a table's number "Biểu số 01" is no head)
        above.insert(0, index)
        index -= 1
    lefts = [min(r.spans[j][0] for r in full if j < len(r.cells)) for j in range(width)]
    rights = [max(r.spans[j][1] for r in full if j < len(r.cells)) for j in range(width)]
    candidates = above + [i for i, _ in block[:lead]]
    for first in range(len(candidates) - 1):  # the most lines that part cleanly, at least two
        head = candidates[first:]
        # (a rule drawn under a group head, "Năm 2021" over "------" over its columns, is blank)
        texts = [DASH_RUN.sub(lambda m: " " * len(m.group()), lines[i][1]) for i in head]
        gaps, spanning = [], set()
        for j in range(width - 1):
            gap = _blank_run(texts, rights[j], lefts[j + 1])
            if gap is None or any(_inside_run(t, gap) for t in texts):
                # a group head over two columns' heads ("Hộ nghèo cuối năm 2022" over "Số hộ   Tỷ lệ (%)")
                gap, crossing = _spanned_gap(texts, rights[j], lefts[j + 1])
                spanning |= crossing
            gaps.append(gap)
        if any(g is None for g in gaps):
            continue  # a line running across a gap between columns: a title, not a column head
        bounds = [0] + [p for g in gaps for p in g] + [max(len(t) for t in texts)]
        columns = list(zip(bounds[::2], bounds[1::2]))
        pieces = [[] for _ in columns]
        for k, (i, t) in enumerate(zip(head, texts)):
            if k in spanning:  # each stretch of the line heads every column it reaches over
                for lo, hi in _head_runs(t):
                    over = [c for c, (a, b) in enumerate(columns) if lo < b and hi >= a]  # (to where a column starts)
                    for c in over:
                        pieces[c].append((i, lo, t[lo:hi], len(over) > 1))
                continue
            for c, (a, b) in enumerate(columns):
                if t[a:b].strip():
                    pieces[c].append((i, a + len(t[a:b]) - len(t[a:b].lstrip()), t[a:b].strip(), False))
        if sum(1 for p in pieces if p) < width - 1:
            continue  # columns left without a head: these lines are something else
        if any(_group_over_heads(column) for column in pieces):
            continue  # a group head over named columns ("Quý I  Quý II"): the table reads it as a row of its own
        if rule is not None and len(head) < 2:
            continue  # (one line over a rule is read by _cuts_under_rule)
        return set(head) | ({rule} if rule is not None else set()), _header_row(lines, head, pieces)
    return None


def _rule_or_blank(line):
    """A blank line or a rule: nothing a header can be read from."""
    return not line.strip() or bool(RULE_LINE.fullmatch(line.strip()))


ITEM_OPENING = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}\.|[a-zđ]\))\s")  # "4. ", "II. ", "b) "


@lru_cache(maxsize=1)
def _caption_numbered():
    """"Biểu số 01", "Bảng 2": a table's number alone on its line (tables.caption_number_pattern)."""
    from .tables import caption_number_pattern

    return re.compile(caption_number_pattern() + r"\s*[.:]?", re.IGNORECASE)


def _blank_run(texts, a, b):
    """The run of positions in [A, B) blank on every line of TEXTS that most lines leave wide
    open (two blanks or more: a gap between columns, not between words), then the longest;
    None if no position is blank on every line."""
    def blank(t, p):
        return p >= len(t) or t[p] in " \t"

    runs, start = [], None
    for p in range(a, b + 1):
        if p < b and all(blank(t, p) for t in texts):
            start = p if start is None else start
        elif start is not None:
            runs.append((start, p))
            start = None
    if not runs:
        return None

    def wide(t, run):
        lo, hi = run
        while lo > 0 and blank(t, lo - 1):
            lo -= 1
        while hi < len(t) and blank(t, hi):
            hi += 1
        return hi - lo >= 2

    return max(runs, key=lambda r: (sum(wide(t, r) for t in texts), r[1] - r[0], -r[0]))


DASH_RUN = re.compile(f"[{RULE_CHARS}]{{3,}}")  # a rule's stretch inside a header line
HEAD_RUN = re.compile(r"\S+(?: \S+)*")  # a stretch of a header line between wide gaps
BRACKETS_APART = re.compile(r"(?<=\)) (?=\()")  # ") (": two columns' notes one space apart


def _head_runs(text):
    """(start, end) of each stretch of a header line; two brackets one space apart are two
    columns' notes ("(chỉ tiêu tối thiểu) (chỉ tiêu tối thiểu)"), not one head over both."""
    for run in HEAD_RUN.finditer(text):
        at = run.start()
        for cut in BRACKETS_APART.finditer(text, run.start(), run.end()):
            yield at, cut.start()
            at = cut.end()
        yield at, run.end()


def _inside_run(text, gap):
    """Whether GAP falls inside one stretch of TEXT's words (one space apart)."""
    return any(a < gap[0] and b > gap[1] for a, b in _head_runs(text))


def _spanned_gap(texts, a, b):
    """(the blank run between two columns in the lines that leave one, the indices of the lines
    running across it) when those lines are group heads above the last line, which heads both
    columns apart; else (None, set())."""
    crossing = {k for k, t in enumerate(texts) if _blank_run([t], a, b) is None
                or any(lo < a and hi >= b for lo, hi in _head_runs(t))}  # (a head may end where a column starts)
    rest = [t for k, t in enumerate(texts) if k not in crossing]
    if not crossing or max(crossing) >= len(texts) - 1 or not rest:
        return None, set()
    gap = _blank_run(rest, a, b)
    last = texts[-1]
    if gap is None or not last[:gap[0]].strip() or not last[gap[1]:].strip():
        return None, set()
    return gap, crossing


def _group_over_heads(column):
    """A column whose pieces (line, offset, text, whether a group head) hold a group head over a
    head of its own that is no year: only a group head over years ("Lộ trình thực hiện" over
    "2026  2027") is written into the columns."""
    own = [p for p in column if not p[3]]
    return len(own) < len(column) and bool(own) and not all(YEAR_HEAD.fullmatch(p[2]) for p in own)


def _header_row(lines, head, pieces):
    """(start, end, text, origin) writing the header lines HEAD as one row of PIECES' labels;
    the spaces and bars put in come from the blank after the piece before them."""
    first, last = lines[head[0]], lines[head[-1]]
    text, where = [], []
    blank = first[0] + len(first[1]) - len(first[1].lstrip())  # a header line's indent, or its end
    blank = blank if blank > first[0] else first[0] + len(first[1])

    after = [blank]  # the blank after the last piece written

    def joiner(s):
        text.append(s)
        where.extend([after[0]] * len(s))

    for k, column in enumerate(pieces):
        if k:
            joiner(" | ")
        # a year's column under a group head: the group first ("Lộ trình thực hiện 2026")
        for n, (i, offset, piece, _) in enumerate(sorted(column, key=lambda p: not p[3])):
            if n:
                joiner(" ")
            start = lines[i][0] + offset
            text.append(piece)
            where.extend(range(start, start + len(piece)))
            after[0] = start + len(piece)
    return first[0], last[0] + len(last[1]), "".join(text), where


def _crowded_first_cell(row, start):
    """'Huyện Càng Long 45.320': a long name pushed its column's figure to one space after it,
    so the row lost a cell; the figure ending the first cell is a cell of its own."""
    a, b = row.spans[0]
    figure = re.search(r"(?<=\S) (?=" + FIGURE_CELL.pattern + r"$)", row.cells[0])
    return [(start + a + figure.start(), start + a + figure.end())] if figure else []


DASH_RULE = re.compile(r"[ \t]*[-=─]{3,}(?:[ \t]+[-=─]{3,})+[ \t]*")  # a run of dashes under each column
SOLID_RULE = re.compile(r"[ \t]*[-=─]{10,}[ \t]*")  # one rule under the whole header


def _cuts_under_rule(header, rule):
    """Separators of a header line where the rule drawn under it has gaps between its dash runs."""
    start, text = header
    runs = [m.span() for m in re.finditer(r"[-=─]+", rule)]
    cuts = []
    for (_, a), (b, _) in zip(runs, runs[1:]):
        if b > len(text) or text[a:b].strip():
            continue  # the header's words run across this gap: no column break in it
        left = len(text[:a].rstrip())
        right = b + len(text[b:]) - len(text[b:].lstrip())
        if text[left:right].strip() == "" and 0 < left < right < len(text):
            cuts.append((start + left, start + right))
    return cuts


def _header_above(line, width):
    """Separators of a single-spaced header over aligned rows ("STT Đơn vị Tiếp nhận Đúng hạn"
    over rows set apart by wide gaps), when the column heads split it into WIDTH cells."""
    start, text = line
    if not text.strip() or " | " in text or "\t" in text.strip() or SPACE_RUN.search(text.strip()):
        return []
    heads = _heads()
    for columns in range(width, max(width - 3, 1), -1):
        header = _split_header(text, heads, columns)
        if header and len(header[1]) + 1 == width:
            return [(start + a, start + b) for a, b in header[1]]
    return []


def _tab_cells(row, line, start):
    """A row of figures keeps its empty cells, one per extra tab, so that its figures stay under
    their columns; a header's empty cells are merged ones and go, as the other readers write them."""
    cuts = []
    for a, b in row.seps:
        tabs = [p for p in range(a, b) if line[p - start] == "\t"]
        cuts.append((a, tabs[1] if len(tabs) > 1 else b))
        cuts.extend((p, q) for p, q in zip(tabs[1:], tabs[2:] + [b]))
    return cuts


def _aligned_table(block):
    rows = [r for _, r in block]
    if len(rows) < 2:
        return False
    width = max(len(r.cells) for r in rows)
    full = [r for r in rows if len(r.cells) == width]
    if width == 2 and (_label_and_figure(rows) or (rows[0].mode == "tab" and sum(r.figures for r in rows) >= 2)):
        return True  # (tabs inside a line are never prose: two rows of a label and a figure will do)
    if width < 3 or len(full) < 2 or not any(r.figures for r in full):
        return False
    if all(not r.figures or _years_only(r) or _heads_with_years(r) for r in rows):
        return False  # lines of heads whose only figures are years: the header of rows below, no table
    if rows[0].mode == "tab":
        return True  # tabs inside a line are never prose
    # a shorter row leaves out a merged or empty leading cell: one cell less, or indented
    if any(len(r.cells) < width - 1 and not r.indented and not _group_row(r) for r in rows):
        return False
    return _columns_line_up(full) or all(len(c.split()) <= MAX_SHORT_WORDS for r in rows for c in r.cells[1:])


GROUP_NUMBER = re.compile(r"[IVXLC]{1,5}\.?|[A-ZĐ]\.?")  # "II", "B.": a part of the table, not a row of it


def _group_row(row):
    """A row heading a group of the rows under it ("II    KINH TẾ SỐ"): a part's number and its name."""
    return len(row.cells) == 2 and not row.figures and bool(GROUP_NUMBER.fullmatch(row.cells[0].strip()))


def _label_and_figure(rows):
    """Two columns, a label and its figure ("Gia nhập thị trường      7,42"): three rows or more,
    each ending in one figure (a header over them may not), the figures lined up in a column."""
    body = rows[1:] if not rows[0].figures else rows
    return len(body) >= 3 and all(len(r.cells) == 2 and r.figures for r in body) and _columns_line_up(rows) \
        and len({r.spans[1][0] for r in body}) * len({r.spans[1][1] for r in body}) <= len(body)


def _columns_line_up(rows):
    """Every gap between two columns leaves a blank strip down all the rows that reach it (cells
    may be aligned left, right or centred, but never run into the next column)."""
    for j in range(max(len(r.cells) for r in rows) - 1):
        reach = [r for r in rows if len(r.cells) > j + 1]
        left = max(r.spans[j][1] for r in reach)
        right = min(r.spans[j + 1][0] for r in reach)
        if left >= right:
            return False
    return True


# ---------------------------------------------------------------- rows of figures under a header

MAX_STACKED_COLUMNS = 20
MAX_NUMBERING_HEAD = 20  # characters: longer than any row-number head ("Số thứ tự"), a line not worth folding


def _stacked_cuts(lines, used):
    """Line breaks inside the rows of tables written one cell per line, as cuts; USED grows."""
    cuts, index = [], 0
    numbering = None
    while index < len(lines):
        head = lines[index][1].strip(EMPHASIS + " ")
        if index not in used and len(head) <= MAX_NUMBERING_HEAD and fold(head) in _label_heads():
            width, rows = _unnumbered_rows(lines, index)
            if rows:
                for first in [index] + rows:
                    cuts += [(lines[i][0] + len(lines[i][1]), lines[i][0] + len(lines[i][1]) + 1)
                             for i in range(first, first + width - 1)]
                    used.update(range(first, first + width))
                index = rows[-1] + width
                continue
        if index in used or len(head) > MAX_NUMBERING_HEAD or fold(head) not in (numbering or _numbering_heads()):
            index += 1
            continue
        numbering = numbering or _numbering_heads()
        first_row = next((k for k in range(3, 2 * MAX_STACKED_COLUMNS + 1) if index + k < len(lines)
                          and _row_number(lines[index + k][1]) == 1), None)
        header = lines[index:index + first_row] if first_row else []
        if not header or any(_cell(line) is None or FIGURE_CELL.fullmatch(_cell(line)) for _, line in header[1:]):
            index += 1
            continue
        width, goes_on = first_row, []
        if first_row > MAX_STACKED_COLUMNS or _row_number(lines[index + 2 * first_row][1] if index + 2 * first_row
                                                          < len(lines) else "") != 2:
            # heads wrapped over two lines ("Tổng số hồ sơ" / "tiếp nhận"): a line opening in lower
            # case goes on with the one before; the rows' own width must then agree
            goes_on = [i for i in range(index + 1, index + first_row) if _continues_head(lines[i][1])]
            width = first_row - len(goes_on)
            if not goes_on or _row_number(lines[index + first_row + width][1] if index + first_row + width
                                          < len(lines) else "") != 2:
                width, goes_on = first_row, []
        rows, at = [], index + first_row
        while at + width <= len(lines) and _row_number(lines[at][1]) == len(rows) + 1 and all(
                _cell(line) is not None for _, line in lines[at:at + width]) and any(
                FIGURE_CELL.fullmatch(_cell(line)) for _, line in lines[at + 1:at + width]):
            rows.append(at)
            at += width
        if len(rows) < 2:
            index += 1
            continue
        for first in [index] + rows:
            last = first + (first_row if first == index else width)
            for i in range(first, last - 1):
                end = lines[i][0] + len(lines[i][1])
                if i + 1 in goes_on:
                    cuts.append((end, end + 1, " ", [end]))  # a head wrapped onto the next line
                else:
                    cuts.append((end, end + 1))  # the line break becomes a cell separator
            used.update(range(first, last))
        index = at
    return cuts


def _continues_head(line):
    """A header line that goes on with the one before: it opens in lower case ("tiếp nhận")."""
    text = line.strip(EMPHASIS + " \t")
    return bool(text) and text[0].islower()


def _unnumbered_rows(lines, index):
    """(width, first lines of the rows) of a table written one cell per line with no row numbers:
    a header opening with a label head ("Đơn vị", "Tiếp nhận", "Đúng hạn", ...), then rows of a
    name and one figure per other column. The header is the run of words before the first figure,
    less the first row's name."""
    run = 0
    while index + run < len(lines) and run <= MAX_STACKED_COLUMNS and _is_word_cell(lines[index + run][1]):
        run += 1
    width = run - 1
    if width < 2 or index + run >= len(lines):
        return width, []
    rows, at = [], index + width
    while at + width <= len(lines) and _is_word_cell(lines[at][1]) and all(
            _is_figure_cell(line) for _, line in lines[at + 1:at + width]):
        rows.append(at)
        at += width
    return width, rows if len(rows) >= 2 else []


MAX_LABEL_WORDS = 12  # a label of a dashboard figure: "Tỷ lệ hồ sơ giải quyết đúng hạn"


def figure_first_lines(raws):
    """Indices of the figure lines of dashboards that print each figure above its label
    ("1.245.380" / "Hồ sơ tiếp nhận" / "99,32%" / "Tỷ lệ đúng hạn"): each such line goes with
    the label after it, not with the one before. A run of alternating figure and label lines is
    read so when it ends with a label; a run that also opens with one opens with a heading."""
    out, i = set(), 0
    kinds = [_line_kind(r) for r in raws]
    while i < len(raws):
        if kinds[i] is None:
            i += 1
            continue
        j = i
        while j + 1 < len(raws) and kinds[j + 1] is not None and kinds[j + 1] != kinds[j]:
            j += 1
        first = i + 1 if kinds[i] == "label" else i
        if kinds[j] == "label" and j - first + 1 >= 4:
            out.update(range(first, j, 2))
        i = j + 1
    return out


def _line_kind(line):
    cell = line.strip(EMPHASIS + " \t")
    if not cell:
        return None
    if FIGURE_CELL.fullmatch(cell):
        return "figure"
    if len(cell.split()) <= MAX_LABEL_WORDS and not re.search(r"\d|[.;:!?]$", cell):
        return "label"
    return None


def _is_word_cell(line):
    cell = _cell(line)
    return cell is not None and not FIGURE_CELL.fullmatch(cell)


def _is_figure_cell(line):
    cell = _cell(line)
    return cell is not None and bool(FIGURE_CELL.fullmatch(cell))


@lru_cache(maxsize=1)
def _unit_caption():
    """"Đơn vị tính: %" set above a table (cues.yaml measure_unit_labels): a caption, not a head."""
    from .patterns import default

    words = "|".join(map(re.escape, sorted(map(str, default().cues["measure_unit_labels"]), key=len, reverse=True)))
    return re.compile(r"\(?\s*(?:" + words + r")\s*:", re.IGNORECASE)


def _label_heads():
    from .patterns import default

    return frozenset(fold(str(h)) for h in default().table_heads["label_heads"])


def _cell(line):
    """The text of a one-cell line, or None for a blank or a line of running text."""
    text = line.strip(EMPHASIS + " \t")
    return text if text and len(text.split()) <= MAX_CELL_WORDS else None


def _row_number(line):
    text = line.strip(EMPHASIS + " \t")
    return int(text.rstrip(".)")) if ROW_NUMBER.fullmatch(text) else None


@lru_cache(maxsize=1)
def _numbering_heads():
    from .patterns import default

    return frozenset(fold(str(h)) for h in default().table_heads["numbering_heads"])


def _figure_row_cuts(lines, used):
    """Separators of "label n n n" rows under a header the column heads split."""
    heads = None
    cuts, index = [], 1
    while index < len(lines):
        start, line = lines[index]
        tail = _figure_tail(line) if index not in used and index - 1 not in used else 0
        if tail < 2:
            index += 1
            continue
        heads = heads or _heads()  # the vocabulary is loaded only for text that has such rows
        found = None
        for columns in _column_counts(line, tail):
            header = _split_header(lines[index - 1][1], heads, columns)
            rows = _rows_under(lines, index, columns, used) if header else []
            if len(rows) >= 2:
                found = header, rows
                break
        if not found:
            index += 1
            continue
        (numbered, header_cuts), rows = found
        head_start = lines[index - 1][0]
        cuts.extend((head_start + a, head_start + b) for a, b in header_cuts)
        for i in rows:
            start, line = lines[i]
            cuts.extend((start + a, start + b) for a, b in _row_cuts(line, columns, numbered))
        index = rows[-1] + 1
    return cuts


def _column_counts(line, tail):
    """The figure columns a row ending in TAIL numbers may have: all of them, or all but the
    first when it is a small number ending the label ("Mức độ 3", "Quý 2", "Nhóm 1")."""
    counts = [tail]
    first = _tokens(line)[-tail][2]
    if tail > 2 and re.fullmatch(r"\d{1,2}", first):
        counts.append(tail - 1)
    return counts


def _tokens(line):
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(line)]


YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")


def _figure_tail(line):
    """How many bare numbers end LINE after a label holding a letter (0 if none)."""
    end = line.rstrip().rstrip(EMPHASIS)
    if not end or not (end[-1].isdigit() or end[-1] in "%-–"):
        return 0  # most lines: quick to tell
    words = line.split()
    n = 0
    for word in reversed(words):
        if not FIGURE_TOKEN.fullmatch(word.strip(EMPHASIS)):
            break
        n += 1
    label, tail = words[:len(words) - n], words[len(words) - n:]
    if not label and n >= 3 and YEAR_TOKEN.fullmatch(words[0].strip(EMPHASIS)):
        return n - 1  # "2023 48.300 48.010 99,1%": a row labelled by its year
    if not any(ch.isalpha() for word in label for ch in word) or not any(ch.isdigit() for word in tail for ch in word):
        return 0
    return n


def _rows_under(lines, index, columns, used):
    """Indices of the consecutive lines from INDEX that end in at least COLUMNS figures."""
    rows = []
    while index < len(lines) and index not in used and _figure_tail(lines[index][1]) >= columns:
        rows.append(index)
        index += 1
    return rows


def _row_cuts(line, columns, numbered):
    """Spans of the blanks before each of the last COLUMNS tokens (and after a row number
    when the header has a number column)."""
    tokens = _tokens(line)
    first = len(tokens) - columns
    cuts = [(tokens[i - 1][1], tokens[i][0]) for i in range(first, len(tokens))]
    if numbered and first >= 2 and ROW_NUMBER.fullmatch(tokens[0][2]):
        cuts.insert(0, (tokens[0][1], tokens[1][0]))
    return cuts


@lru_cache(maxsize=4)
def _head_index(numbering, labels, values):
    """{folded words of a head: its role}, and the most words a head has."""
    index = {}
    for role, phrases in (("number", numbering), ("label", labels), ("value", values)):
        for phrase in phrases:
            index.setdefault(tuple(fold(phrase).split()), role)
    return index, max(len(k) for k in index)


def _heads():
    from .patterns import default

    heads = default().table_heads
    return _head_index(*(tuple(map(str, heads[k])) for k in ("numbering_heads", "label_heads", "value_heads")))


MAX_HEADER_WORDS = 60  # a longer line is no header (and its segmentation is not tried)


def _split_header(line, heads, columns):
    """(whether a number column leads, separator spans) of a header line the column heads
    cover completely as [number] [label] and exactly COLUMNS value heads; else None. Where
    heads can be cut two ways ("Đã giải quyết đúng hạn" or "Đã giải quyết | Đúng hạn"), the
    row's figure count decides; among equal counts, longer heads first."""
    index, longest = heads
    tokens = _tokens(line)
    if len(tokens) > MAX_HEADER_WORDS:
        return None
    words = [fold(t.strip(EMPHASIS)) for _, _, t in tokens]
    memo = {}

    def values(i, k):
        """Sizes of K value heads covering words[i:], or None."""
        if (i, k) not in memo:
            memo[(i, k)] = [] if i == len(words) and k == 0 else None
            if i < len(words) and k > 0:
                for size in _heads_at(words, i, index, longest, "value"):
                    rest = values(i + size, k - 1)
                    if rest is not None:
                        memo[(i, k)] = [size] + rest
                        break
        return memo[(i, k)]

    for number in [0] + _heads_at(words, 0, index, longest, "number"):
        for label in [0] + _heads_at(words, number, index, longest, "label"):
            sizes = values(number + label, columns)
            if sizes is not None:
                cells = [s for s in (number, label) if s] + sizes
                firsts = [sum(cells[:n]) for n in range(1, len(cells))]
                return bool(number and label), [(tokens[a - 1][1], tokens[a][0]) for a in firsts]
    return None


def _heads_at(words, i, index, longest, role):
    """Word counts of the heads of ROLE starting at word I, longest first; a year, alone or
    after "Năm", heads a value column."""
    sizes = [size for size in range(min(longest, len(words) - i), 0, -1) if index.get(tuple(words[i:i + size])) == role]
    if role == "value":
        if YEAR_HEAD.fullmatch(words[i]):
            sizes.append(1)
        elif words[i] == "nam" and i + 1 < len(words) and YEAR_HEAD.fullmatch(words[i + 1]):
            sizes.insert(0, 2)
    return sizes

"""A repaired view of a document's text that maps back to the original offsets.

Six repairs, all recorded character by character in `origin`:
- white space: runs of spaces and tabs fold to one space; zero-width marks and CR go;
- line tables: web pages converted to text often put each table cell on its own lines,
  separated by lines holding only "|" (a double "|" ends a row). Such cells are joined
  into one "cell | cell | cell" line per row, the form every reader gives tables;
- text tables: cells set apart by tabs or aligned with spaces, and rows of figures under a
  header of known column heads, get " | " between their cells (extractor/texttables.py);
- tone marks: an open "oa", "oe", "uy" toned on its second vowel ("số hoá") takes the tone on
  the first ("số hóa"), as patterns/ write it; one character for one, so offsets do not move;
- markdown and drawn tables: the "|---|---|" rule under the header and the "+----+----+" rules
  between rows go blank, and drawn walls ("│") read as "|";
- bullets: a symbol opening a line ("●", "➢", or a Symbol/Wingdings glyph that PDFs from Word
  give as a private-use character) reads as the "-" Vietnamese lists type, one for one.
"""
from __future__ import annotations

import re

from . import texttables
from .vntext import tone_on_first_vowel

INVISIBLE = "\u200b\u200c\u200d\ufeff\r"
# symbol bullets a line may open with; "-", "+", "*" are the typed ones
SYMBOL_BULLET = re.compile("(?m)^( ?)[\ue000-\uf8ff\u2022\u2023\u2043\u2219\u25aa\u25ab\u25a0\u25a1\u25cb"
                           "\u25cf\u25e6\u25c6\u25ba\u2666\u2756\u27a2\u27a4\u2713\u2714\u00b7]")
# a run of spaces and invisible marks: folds to one space, or to nothing when it has no space
FOLD = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000\u200b\u200c\u200d\ufeff\r]+")
# the runs of FOLD that change anything: all but a lone plain space, which folds to itself
FOLD_CHANGES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000\u200b\u200c\u200d\ufeff\r]{2,}"
                          r"|[\t\u00a0\u2000-\u200a\u202f\u3000\u200b\u200c\u200d\ufeff\r]")


# the rule under a markdown table's header: "|---|:--:|"
MD_RULE = re.compile(r"(?m)^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$")
# the rules of a table drawn in characters: "+-----+-----+", "├─────┼─────┤", "╞═════╪═════╡"
GRID_RULE = re.compile(r"(?m)^[ \t]*[+├┌└╞╔╚╟|][-=─━═+┼┬┴├┤┌┐└┘╪╞╡╔╗╚╝╟╢╤╧|]{3,}[ \t]*$")
# the walls of such a table read as the "|" every reader gives cells
GRID_WALL = str.maketrans({"│": "|", "┃": "|", "║": "|"})


def _markdown_rows(text):
    """Table rules blanked, a markdown table's under its header and a drawn table's between its
    rows (their "| a | b |" rows read as they are), drawn walls read as "|"; one character for
    one, so offsets hold."""
    text = text.translate(GRID_WALL)
    if "|" not in text and "+" not in text and "─" not in text and "═" not in text:
        return text
    text = GRID_RULE.sub(lambda m: " " * len(m.group(0)), text)
    return MD_RULE.sub(lambda m: " " * len(m.group(0)), text)


class TextView:
    """norm: the repaired text; origin[i] is the offset in the original text of norm[i]."""

    def __init__(self, text: str):
        self.text = text
        chars, origin = _join_line_tables(_markdown_rows(text))
        src = "".join(chars) if isinstance(chars, list) else chars
        src, origin = texttables.split(src, origin)  # before folding: tabs and wide gaps part cells
        parts, out_origin, pos = [], [], 0
        # slices and list extends run in C: this is linear and fast even for large files
        for m in FOLD_CHANGES.finditer(src):
            parts.append(src[pos:m.start()])
            out_origin.extend(origin[pos:m.start()])
            run = m.group()
            visible = run.strip(INVISIBLE)
            if visible:  # the run holds a space: it folds to one, mapped to the first space
                parts.append(" ")
                out_origin.append(origin[m.start() + run.index(visible[0])])
            pos = m.end()
        parts.append(src[pos:])
        out_origin.extend(origin[pos:])
        out_origin.append(len(text))
        # both repairs keep the length: the origin map holds
        self.norm = SYMBOL_BULLET.sub(r"\1-", tone_on_first_vowel("".join(parts)))
        self.origin = out_origin

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original [start, end) of norm[a:b]."""
        if b <= a:
            return self.origin[a], self.origin[a]
        return self.origin[a], self.origin[b - 1] + 1


def _join_line_tables(text):
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    if sum(1 for _, l in lines if l.strip() == "|") < 2:
        return text, range(len(text))
    chars, origin = [], []

    def emit(s, at):
        chars.extend(s)
        origin.extend([at] * len(s))

    seps, sep_at, in_row, first, run = 0, 0, False, True, 0
    prev, prev_joined = "", False  # the last line that was no separator; whether it followed another directly
    row, width = [], 0  # cells of this row; the widest finished row holding figures
    for index, (start, line) in enumerate(lines):
        if line.strip() == "|":
            seps += 1
            sep_at = start + line.index("|")
            continue
        content = bool(line.strip())
        joined = not seps and bool(prev.strip())
        closed = False
        run = 0 if seps else run + 1  # lines since the last "|"
        if run >= MAX_CELL_LINES:
            in_row, row, width = False, [], 0  # text this long is no cell: the table is over
        if not first:
            if seps == 1 and in_row and not _after_table(row, width, lines, index):
                emit(" | ", sep_at)
                row.append(line)
            elif seps == 1 and not in_row and prev.strip() and not _paragraph(prev, prev_joined):
                emit(" | ", sep_at)  # a table whose first cell comes before its first "|"
                row, in_row = [prev, line], True
            elif seps == 0 and in_row and content and _cell_goes_on(row, lines, index, MAX_CELL_LINES - run):
                emit(" ", start - 1)  # one cell wrapped over lines
                row[-1] += " " + line
            else:  # a row break, a row opened by "|", or a paragraph: logical lines decide
                emit("\n", sep_at if seps else start - 1)
                if (seps == 1 and in_row) or SECTION_HEADING.match(line):  # the "|" closed the table
                    closed = True
                elif seps:
                    if in_row and any(FIGURE.match(c) for c in row):
                        width = max(width, len(row))
                    row = [line]
        if not content or closed:
            in_row, row, width = False, [], 0
        elif seps:
            in_row, row = True, row or [line]
        seps = 0
        prev, prev_joined = line, joined
        chars.extend(line)
        origin.extend(range(start, start + len(line)))
        first = False
    return chars, origin


PARAGRAPH_END = tuple(".:;!?)*")
MAX_CELL_LINES = 15  # a cell wrapped over more lines than this is running text after a table
FIGURE = re.compile(r"^[\s*_]*[-+]?\d[\d.,]*\s*%?[\s*_]*$")  # a cell that is one figure
SECTION_HEADING = re.compile(r"^\W*(?:phụ\s+lục|chương\s+[ivxlc\d]+|điều\s+\d+)\b", re.IGNORECASE)


def _paragraph(line, continues_another):
    """A line that ends a sentence, or a long line continuing another, is text before a
    table, so the "|" after it opens the table's first row (a short one is its first cell)."""
    return (continues_another and len(line.split()) > 3) or line.rstrip().endswith(PARAGRAPH_END)


def _after_table(row, width, lines, index):
    """A "|" that closes a table: an appendix or article heading follows it, or this row
    already has as many cells as the widest row of figures so far (WIDTH) and what follows
    runs on without another row break."""
    if SECTION_HEADING.match(lines[index][1]):
        return True
    return 2 <= width <= len(row) and _next_pipes(lines, index) < 2


def _cell_goes_on(row, lines, index, max_lines):
    """A line with no "|" before it continues the cell above: its markdown emphasis is
    still open, or a "|" comes within a few lines with no blank line between."""
    if row and row[-1].count("**") % 2:
        return True
    for _, line in lines[index + 1:index + 1 + max_lines]:
        if not line.strip():
            return False
        if line.strip() == "|":
            return True
    return False


def _next_pipes(lines, index):
    """How many "|" lines come together next after line INDEX."""
    n = 0
    for _, line in lines[index + 1:]:
        if line.strip() == "|":
            n += 1
        elif n:
            break
    return n

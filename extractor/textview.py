"""A repaired view of a document's text that maps back to the original offsets.

Two repairs, both recorded character by character in `origin`:
- white space: runs of spaces and tabs fold to one space; zero-width marks and CR go;
- line tables: web pages converted to text often put each table cell on its own lines,
  separated by lines holding only "|" (a double "|" ends a row). Such cells are joined
  into one "cell | cell | cell" line per row, the form every reader gives tables.
"""
from __future__ import annotations

import re

INVISIBLE = "\u200b\u200c\u200d\ufeff\r"
# a run of spaces and invisible marks: folds to one space, or to nothing when it has no space
FOLD = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000\u200b\u200c\u200d\ufeff\r]+")


class TextView:
    """norm: the repaired text; origin[i] is the offset in the original text of norm[i]."""

    def __init__(self, text: str):
        self.text = text
        chars, origin = _join_line_tables(text)
        src = "".join(chars) if isinstance(chars, list) else chars
        parts, out_origin, pos = [], [], 0
        # slices and list extends run in C: this is linear and fast even for large files
        for m in FOLD.finditer(src):
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
        self.norm = "".join(parts)
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

    seps, sep_at, in_row, first, prev_content = 0, 0, False, True, False
    for start, line in lines:
        if line.strip() == "|":
            seps += 1
            sep_at = start + line.index("|")
            continue
        if not first:
            if seps == 1 and (in_row or prev_content):
                emit(" | ", sep_at)
            elif seps >= 2 and in_row:
                emit("\n", sep_at)
            else:  # a wrapped cell or a paragraph after the table: logical lines decide
                emit("\n", start - 1)
        if not line.strip():
            in_row = False
        elif seps:
            in_row = True
        seps = 0
        prev_content = bool(line.strip())
        chars.extend(line)
        origin.extend(range(start, start + len(line)))
        first = False
    return chars, origin

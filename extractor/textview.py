"""A repaired view of a document's text that maps back to the original offsets.

Two repairs, both recorded character by character in `origin`:
- white space: runs of spaces and tabs fold to one space; zero-width marks and CR go;
- line tables: web pages converted to text often put each table cell on its own lines,
  separated by lines holding only "|" (a double "|" ends a row). Such cells are joined
  into one "cell | cell | cell" line per row, the form every reader gives tables.
"""
from __future__ import annotations

import re

SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")
INVISIBLE = "\u200b\u200c\u200d\ufeff\r"


class TextView:
    """norm: the repaired text; origin[i] is the offset in the original text of norm[i]."""

    def __init__(self, text: str):
        self.text = text
        chars, origin = _join_line_tables(text)
        out, out_origin = [], []
        i, n = 0, len(chars)
        while i < n:
            c = chars[i]
            if c in INVISIBLE:
                i += 1
                continue
            if SPACES.match(c):
                j = i
                while j < n and (SPACES.match(chars[j]) or chars[j] in INVISIBLE):
                    j += 1
                out.append(" ")
                out_origin.append(origin[i])
                i = j
                continue
            out.append(c)
            out_origin.append(origin[i])
            i += 1
        out_origin.append(len(text))
        self.norm = "".join(out)
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
        return list(text), list(range(len(text)))
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

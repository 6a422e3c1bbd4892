"""A whitespace-repaired view of a document's text that maps back to the original offsets."""
from __future__ import annotations

import re

SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+|[\u200b\u200c\u200d\ufeff]")


class TextView:
    """norm: runs of spaces folded to one, zero-width marks and CR removed.

    origin[i] is the offset in the original text of norm[i]; origin[len(norm)] is the end.
    """

    def __init__(self, text: str):
        parts, origin, pos = [], [], 0
        for m in SPACES.finditer(text.replace("\r", " ")):
            parts.append(text[pos:m.start()])
            origin.extend(range(pos, m.start()))
            if m.group().strip("\u200b\u200c\u200d\ufeff") and not m.group().startswith(("\u200b", "\u200c", "\u200d", "\ufeff")):
                parts.append(" ")
                origin.append(m.start())
            pos = m.end()
        parts.append(text[pos:])
        origin.extend(range(pos, len(text)))
        origin.append(len(text))
        self.text = text
        self.norm = "".join(parts).replace("\r", " ")
        self.origin = origin

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original [start, end) of norm[a:b]."""
        if b <= a:
            return self.origin[a], self.origin[a]
        return self.origin[a], self.origin[b - 1] + 1

"""Tables written as 'cell | cell | cell' lines (from text, PDF, DOCX and HTML alike)."""
from __future__ import annotations


def is_table_line(line: str) -> bool:
    return line.count(" | ") >= 1


def extract(lines, ctx):
    return []

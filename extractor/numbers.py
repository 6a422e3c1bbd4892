"""Vietnamese number format: decimal comma, dot thousands (95,73; 703.938; 1.234,5).

Some outlets write a decimal point ("90.17%"); a dot followed by anything but groups of
exactly three digits is read as a decimal point. Babel parses locale numbers but treats
"90.17" as an error in vi_VN, and real documents mix both styles, hence this function.
"""
from __future__ import annotations

import re

NUMBER = re.compile(r"(?<![\w/.,])\d+(?:[.,]\d+)*(?![\w/])")


def parse(text: str) -> float | int | None:
    s = text.strip()
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        head, *groups = s.split(",")
        if len(groups) > 1:
            if not (all(len(g) == 3 for g in groups) and len(head) <= 3):
                return None
            s = s.replace(",", "")  # "1,234,567": thousands set apart with commas, as some sites print them
        else:
            s = s.replace(",", ".")
    elif "." in s:
        head, *groups = s.split(".")
        if groups and all(len(g) == 3 for g in groups) and len(head) <= 3:
            s = s.replace(".", "")
        elif len(groups) > 1:
            return None
    try:
        value = float(s)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value

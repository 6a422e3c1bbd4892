"""Years and periods in a text, from the named fragments and rules of patterns/periods.yaml.

One grammar serves every step that needs a year: the year a target is for, the period
a result reports, a baseline that is never a row's year, and the document's own year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .vntext import blanked

FRAGMENT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class YearMention:
    kind: str  # date | baseline | deadline | span | period
    year: int
    start: int
    end: int


def expand(pattern: str, fragments: dict, depth: int = 0) -> str:
    """Replace every {Name} by its fragment (fragments may use one another)."""
    if depth > 10:
        raise ValueError("fragments refer to each other in a loop")

    def sub(m):
        name = m.group(1)
        if name not in fragments:
            raise ValueError(f"unknown fragment {{{name}}}")
        return "(?:" + expand(fragments[name], fragments, depth + 1) + ")"

    return FRAGMENT.sub(sub, pattern)


def compile_rules(data: dict) -> list[tuple[str, re.Pattern]]:
    """(kind, regex) per rule, in priority order; ValueError names the rule that fails."""
    out = []
    for i, rule in enumerate(data["rules"]):
        try:
            rx = re.compile(expand(rule["pattern"], data["fragments"]), re.IGNORECASE)
        except (re.error, ValueError) as exc:
            raise ValueError(f"rule {i + 1}: {exc}") from None
        if rx.groups != 1:
            raise ValueError(f"rule {i + 1}: the pattern needs exactly one group, the year")
        out.append((rule["kind"], rx))
    return out


@lru_cache(maxsize=1)
def _rules():
    from .patterns import default

    return compile_rules(default().periods)


@lru_cache(maxsize=1)
def part_of_year() -> re.Pattern:
    """A part of a year named without its year: periods.yaml's PartOfYear fragment."""
    from .patterns import default

    return re.compile(r"(?<!\w)(?:" + expand("{PartOfYear}", default().periods["fragments"]) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def part_of_year_end() -> re.Pattern:
    """A part of a year closing a text whose year is gone ("... 6 tháng đầu"): PartOfYearEnd."""
    from .patterns import default

    return re.compile(r"(?<!\w)" + expand("{PartOfYearEnd}", default().periods["fragments"]), re.IGNORECASE)


ANY_YEAR = re.compile(r"(?:19|20)\d\d")  # every rule needs one: a text without is read at once


def mentions(text: str, start: int = 0, end: int | None = None) -> list[YearMention]:
    """Every year phrase in text[start:end], left to right; where two overlap, the rule
    listed first in periods.yaml wins."""
    end = len(text) if end is None else end
    if not ANY_YEAR.search(text, start, end):
        return []
    return list(_mentions(text, start, end))


def forget():
    """Drop the year readings kept for the document just read."""
    _mentions.cache_clear()


@lru_cache(maxsize=4096)
def _mentions(text: str, start: int, end: int) -> tuple[YearMention, ...]:
    """mentions(), kept: the same sentence is read for its years by several steps."""
    found = []
    for priority, (kind, rx) in enumerate(_rules()):
        for m in rx.finditer(text, start, end):
            found.append((priority, m.start(), m.end(), YearMention(kind, int(m.group(1)), m.start(), m.end())))
    found.sort()
    taken, out = [], []
    for _, a, b, mention in found:
        if any(a < tb and ta < b for ta, tb in taken):
            continue
        taken.append((a, b))
        out.append(mention)
    return tuple(sorted(out, key=lambda y: y.start))


def without_periods(text: str) -> str:
    """TEXT with every period, deadline, baseline and date it names blanked out, offsets kept."""
    return blanked(text, [(y.start, y.end) for y in mentions(text)])


def first(text: str, kinds, start: int = 0, end: int | None = None) -> YearMention | None:
    return next((y for y in mentions(text, start, end) if y.kind in kinds), None)


ROW_KINDS = ("deadline", "span", "period")

"""Canonical indicator ids from patterns/indicators.yaml."""
from __future__ import annotations

import re
from functools import lru_cache

from . import patterns as pattern_store
from .vntext import fold


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """Folded abbreviation -> folded words, from patterns/identity.yaml."""
    table = pattern_store.default().identity["abbreviations"]
    return {" ".join(re.findall(r"[a-z0-9]+", fold(k))): " ".join(re.findall(r"[a-z0-9]+", fold(v)))
            for k, v in table.items()}


def expand(text: str) -> str:
    """Folded words with abbreviations written out, padded with spaces for whole-word tests."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    table = _abbreviations()
    return " " + " ".join(table.get(w, w) for w in words) + " "


@lru_cache(maxsize=1)
def _entries():
    out = []
    for order, entry in enumerate(pattern_store.default().indicators):
        for rule in entry["match"]:
            out.append((entry["id"], order, [expand(p) for p in rule["all"]], [expand(p) for p in rule.get("not", [])]))
    return out


@lru_cache(maxsize=8192)
def canonical_id(text: str) -> str | None:
    t = expand(text)
    best = None
    for ident, order, need, avoid in _entries():
        if all(n in t for n in need) and not any(a in t for a in avoid):
            score = (sum(len(n) for n in need), -order)
            if best is None or score > best[0]:
                best = (score, ident)
    return best[1] if best else None

"""Canonical indicator ids from patterns/indicators.yaml."""
from __future__ import annotations

import re
from functools import lru_cache

from . import patterns as pattern_store
from .vntext import fold, phrase_alternation


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


ACRONYM = r"[A-ZĐ][A-ZĐ0-9]{1,9}(?:\s+(?:INDEX|Index))?"


@lru_cache(maxsize=1)
def _naming():
    """(alias bracket, index name with its acronym) regexes from cues.yaml alias_leads, index_heads."""
    cues = pattern_store.default().cues
    leads, heads = phrase_alternation(cues["alias_leads"]), phrase_alternation(cues["index_heads"])
    alias = re.compile(r"\(\s*(?:" + leads + r")\s+([^()]{3,80}?)\s*\)", re.IGNORECASE)
    index = re.compile(r"(?<!\w)((?i:" + heads + r")\b[^()]{0,120}?)\s*\(\s*(" + ACRONYM + r")\s*\)")
    return alias, index


def short_name(text: str) -> str:
    """The name an indicator text goes by: the alias it gives itself ("Bộ chỉ số chỉ đạo, điều hành
    ... (gọi tắt là Bộ chỉ số phục vụ người dân, doanh nghiệp)"), or the one index it names with its
    acronym, without what the text says after it ("Chỉ số Hiệu quả quản trị và hành chính công cấp
    tỉnh (PAPI) năm 2021 vừa được công bố cho thấy ..."). Other texts are returned as they are."""
    alias, index = _naming()
    named = alias.search(text)
    if named:
        return named.group(1).strip(" ,.;:")
    found = list(index.finditer(text))
    if len(found) != 1 or len(re.findall(r"\(\s*" + ACRONYM + r"\s*\)", text)) != 1:
        return text  # "Các chỉ số PAR INDEX, ... (PCI), ... (PAPI) đều tăng hạng": which one is the row's
    m = found[0]
    # the index named with the acronym, with what follows it (its year, the news about it) cut off
    return text if not text[m.end():].strip(" ,.;:") else f"{m.group(1)} ({' '.join(m.group(2).split())})"

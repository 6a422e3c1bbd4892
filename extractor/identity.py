"""What is the same indicator, however each document words it.

Three layers, strongest first:
  alias      a link staff confirmed (`chitieu db link`), stored in the database: a normalised
             key -> the identity of the row it is the same as
  official   the canonical id of patterns/indicators.yaml (indicator.id of the catalogue)
  key        the normalised form of the indicator text (`normal_key`), prefixed with "~"

Two documents of one jurisdiction are then paired one-to-one (`pair`): a score for every
(old, new) item from indicator similarity (1 for the same identity, 0 for two different
official ids, else a fuzzy match of the keys), unit, level and scope; the assignment that
maximises the total score (scipy's linear_sum_assignment) is kept where a pair scores at
least the threshold. Every item keeps its best candidate and that candidate's score, so an
unpaired row can be shown next to what it nearly matched.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from . import patterns as pattern_store
from .vntext import fold

THRESHOLD = 0.6
KEY_PREFIX = "~"
# score factors: a unit that differs (between different identities), a level given on one side
# only, a scope given on one side only
UNIT_MISMATCH = 0.5
LEVEL_ONE_SIDE = 0.7
SCOPE_ONE_SIDE = 0.8


def _syllables(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", fold(text)))


@dataclass(frozen=True)
class Vocabulary:
    abbreviation_re: re.Pattern
    abbreviations: dict  # casefolded abbreviation -> words
    removable: frozenset  # syllable tuples removed as whole words
    longest: int
    levels_ended: dict


def content_syllables(text: str) -> frozenset:
    """The syllables of TEXT without diacritics, abbreviations written out, one-syllable
    function words left out: what two wordings share when one restates the other (used to
    drop restatements; word segmentation is not needed for that)."""
    removable = vocabulary().removable
    return frozenset(s for s in _syllables(_expand(text)) if (s,) not in removable)


def _expand(text: str) -> str:
    """Abbreviations written out ("TTHC" -> "thủ tục hành chính")."""
    vocab = vocabulary()
    return vocab.abbreviation_re.sub(lambda m: " " + vocab.abbreviations[m.group(1).casefold()] + " ", text)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = pattern_store.default().identity
    abbr = {unicodedata.normalize("NFC", k).casefold(): v for k, v in data["abbreviations"].items()}
    names = sorted(abbr, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
    removable = frozenset(
        _syllables(str(p)) for group in ("function_words", "level_words", "scope_words") for p in data[group]
    ) - {()}
    return Vocabulary(pattern, abbr, removable, max(len(p) for p in removable), dict(data["levels_ended"]))


def _segment(text: str) -> list[str]:
    from underthesea import word_tokenize

    return word_tokenize(text)


@lru_cache(maxsize=65536)
def normal_key(text: str | None) -> str:
    """The stable key of an indicator text: words (syllables joined by "_") without diacritics,
    abbreviations written out, function, level and scope words and numbers removed.
    "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn" -> "ho_so thu_tuc hanh_chinh giai_quyet dung han"
    (the exact joins are underthesea's word segmentation)."""
    if not text:
        return ""
    vocab = vocabulary()
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"\[\d+\]", " ", text)  # footnote markers
    text = _expand(text)
    words = [s for s in (_syllables(w) for w in _segment(text)) if s and not all(x.isdigit() for x in s)]
    kept: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        # the longest run of whole words, starting here, that spells a removable phrase
        run, end = (), None
        for j in range(i, min(len(words), i + vocab.longest)):
            run = run + words[j]
            if len(run) > vocab.longest:
                break
            if run in vocab.removable:
                end = j + 1
        if end is None:
            kept.append(words[i])
            i += 1
        else:
            i = end
    return " ".join("_".join(w) for w in kept)


def identity(indicator_text: str | None, indicator_id: str | None, aliases: dict | None = None) -> str:
    """Alias, else official id, else "~" + normalised key ("~#" + the folded text when nothing
    is left of it, e.g. a bare number: such rows never pair on their key)."""
    k = normal_key(indicator_text)
    if aliases and k in aliases:
        return aliases[k]
    return indicator_id or KEY_PREFIX + (k or "#" + " ".join(fold(indicator_text or "").split()))


def is_official(ident: str | None) -> bool:
    return bool(ident) and not ident.startswith(KEY_PREFIX)


def ended_level(level: str | None, year: int | None) -> bool:
    """True when LEVEL no longer exists in YEAR (district level from 2025)."""
    since = vocabulary().levels_ended.get(level)
    return since is not None and year is not None and year >= since


# ---------------------------------------------------------------- pairing

@dataclass
class Pairing:
    pairs: list[tuple[int, int, float]]  # (old index, new index, score), score >= threshold
    old_best: list[tuple[int | None, float]]  # every old item: best new candidate and its score
    new_best: list[tuple[int | None, float]]


def _spaced(k: str) -> str:
    return k.replace("_", " ")


def _word_overlap(a: list[str], b: list[str]) -> np.ndarray:
    """Shared words / words of the shorter text, for every pair (1 when one wording holds the
    other): a sparse word-incidence product, so 700 x 700 pairs take milliseconds."""
    from scipy import sparse

    vocab: dict[str, int] = {}

    def incidence(texts):
        rows, cols = [], []
        for i, text in enumerate(texts):
            for w in set(text.split()):
                rows.append(i)
                cols.append(vocab.setdefault(w, len(vocab)))
        return rows, cols

    (ra, ca), (rb, cb) = incidence(a), incidence(b)
    shape = len(vocab)
    ma = sparse.csr_matrix((np.ones(len(ra), np.float32), (ra, ca)), shape=(len(a), shape))
    mb = sparse.csr_matrix((np.ones(len(rb), np.float32), (rb, cb)), shape=(len(b), shape))
    shared = (ma @ mb.T).toarray()
    size_a = np.asarray(ma.sum(axis=1)).reshape(-1, 1)
    size_b = np.asarray(mb.sum(axis=1)).reshape(1, -1)
    return shared / np.maximum(np.minimum(size_a, size_b), 1)


def _text_similarity(old_keys: list[str], new_keys: list[str]) -> np.ndarray:
    """Mean of rapidfuzz's token_sort_ratio (the same words, in any order) and the word overlap
    (one wording inside the other), 0..1."""
    from rapidfuzz import fuzz, process

    a, b = [_spaced(k) for k in old_keys], [_spaced(k) for k in new_keys]
    sort = process.cdist(a, b, scorer=fuzz.token_sort_ratio, dtype=np.float32, workers=1) / 100.0
    sim = (sort + _word_overlap(a, b)) / 2.0
    empty_a = np.array([not k for k in a])[:, None]
    empty_b = np.array([not k for k in b])[None, :]
    sim[empty_a | empty_b] = 0.0
    return sim


def _codes(values_a, values_b):
    """Shared integer codes for two lists of hashables (None stays -1)."""
    table: dict = {}
    code = lambda v: -1 if v is None else table.setdefault(v, len(table))  # noqa: E731
    return np.array([code(v) for v in values_a])[:, None], np.array([code(v) for v in values_b])[None, :]


def score_matrix(old: list[dict], new: list[dict]) -> np.ndarray:
    """Scores 0..1 of every (old, new) item. Items carry identity, key, unit, level, scope."""
    from rapidfuzz import fuzz, process

    sim = _text_similarity([o["key"] for o in old], [n["key"] for n in new])
    ia, ib = _codes([o["identity"] for o in old], [n["identity"] for n in new])
    official_a = np.array([is_official(o["identity"]) for o in old])[:, None]
    official_b = np.array([is_official(n["identity"]) for n in new])[None, :]
    keyless_a = np.array([not is_official(o["identity"]) and not o["key"] for o in old])[:, None]
    keyless_b = np.array([not is_official(n["identity"]) and not n["key"] for n in new])[None, :]
    same = (ia == ib) & ~(keyless_a | keyless_b)
    sim = np.where(same, 1.0, np.where(official_a & official_b, 0.0, sim))

    ua, ub = _codes([o["unit"] for o in old], [n["unit"] for n in new])
    # one identity is one indicator even when a year changes its unit (compare shows "changed")
    unit = np.where((ua == ub) | same, 1.0, UNIT_MISMATCH)

    la, lb = _codes([o["level"] for o in old], [n["level"] for n in new])
    level = np.where(la == lb, 1.0, np.where((la < 0) | (lb < 0), LEVEL_ONE_SIDE, 0.0))

    sa_, sb_ = [o["scope"] or "" for o in old], [n["scope"] or "" for n in new]
    scope_sim = process.cdist([fold(s) for s in sa_], [fold(s) for s in sb_], scorer=fuzz.token_sort_ratio,
                              dtype=np.float32, workers=1) / 100.0
    has_a = np.array([bool(s) for s in sa_])[:, None]
    has_b = np.array([bool(s) for s in sb_])[None, :]
    scope = np.where(has_a & has_b, 0.5 + 0.5 * scope_sim, np.where(has_a | has_b, SCOPE_ONE_SIDE, 1.0))
    return (sim * unit * level * scope).astype(np.float64)


def pair(old: list[dict], new: list[dict], threshold: float = THRESHOLD) -> Pairing:
    """One-to-one pairs of OLD and NEW items with the highest total score."""
    from scipy.optimize import linear_sum_assignment

    if not old or not new:
        return Pairing([], [(None, 0.0)] * len(old), [(None, 0.0)] * len(new))
    scores = score_matrix(old, new)
    # pairs below the threshold count for nothing, so two weak pairs never outweigh one good one
    rows, cols = linear_sum_assignment(np.where(scores >= threshold, scores, 0.0), maximize=True)
    pairs = [(int(i), int(j), round(float(scores[i, j]), 3)) for i, j in zip(rows, cols) if scores[i, j] >= threshold]
    old_best = [(int(j), round(float(scores[i, j]), 3)) for i, j in enumerate(scores.argmax(axis=1))]
    new_best = [(int(i), round(float(scores[i, j]), 3)) for j, i in enumerate(scores.argmax(axis=0))]
    return Pairing(pairs, old_best, new_best)

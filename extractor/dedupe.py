"""Drop the targets of a document that restate one already kept (a summary, then an appendix).

T restates a kept target O with the same value, unit, level, year, kind and scope when both
come from the same place with the same wording, or when the content syllables of their
wordings are alike: Dice >= 0.85, or >= 0.6 with the same indicator id, or one holds every
word of the other (two words at least).

Comparing every target with every kept one is quadratic: a table of thousands of rows with
the same value took minutes. The kept targets are indexed instead by a few of their words,
chosen so that any pair passing the test shares an indexed word (prefix filtering: with the
words of every set in one fixed order, rarest first, two sets sharing c words share one among
the first n - c + 1 words of each). Only targets found there are compared, with the same
test, so what is kept does not change; a rare word is shared by few targets, so it is cheap.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import lru_cache

from . import identity

DICE = 0.85  # alike wordings
DICE_SAME_ID = 0.6  # alike enough when both have the same indicator id
SMALL = 32  # a bucket of fewer kept targets is compared one by one: cheaper than indexing


@lru_cache(maxsize=8192)
def token_set(text: str) -> frozenset:
    return identity.content_syllables(text)


def contained(ta, tb) -> bool:
    """One wording holds every word of the other: '(R&D)/GRDP' in 'Kinh phí ... (R&D)/GRDP'."""
    return bool(ta and tb) and (ta <= tb or tb <= ta) and min(len(ta), len(tb)) >= 2


def restates(t: dict, o: dict) -> bool:
    """The test itself, for two targets of the same bucket."""
    if o["evidence"]["start"] == t["evidence"]["start"] and o["indicator"]["text"] == t["indicator"]["text"]:
        return True
    words_t, words_o = token_set(t["indicator"]["text"]), token_set(o["indicator"]["text"])
    d = 2 * len(words_o & words_t) / (len(words_o) + len(words_t)) if words_o and words_t else 0.0
    same_id = o["indicator"]["id"] and o["indicator"]["id"] == t["indicator"]["id"]
    return d >= DICE or (same_id and d >= DICE_SAME_ID) or contained(words_o, words_t)


def _need(n: int, dice: float) -> int:
    """Fewest words a set of N words shares with any set alike to it by DICE:
    2c >= dice (n + m) and m >= c give c >= dice n / (2 - dice)."""
    return max(1, math.ceil(dice * n / (2 - dice) - 1e-6))


def _pairs(words, window, n_words):
    """Pairs among the first WINDOW words, each as one number (words are ranks < N_WORDS)."""
    w = words[:window]
    return [a * n_words + b for i, a in enumerate(w) for b in w[i + 1:]]


def _alike_keys(words, dice, n_words):
    """Index keys for a set that two alike sets always share. With the words in one order,
    the first shared word of two sets sharing c words is among the first n - c + 1 of each,
    the second among the first n - c + 2; pairs are far rarer than words. Sets of one or two
    words may share a single word with their match: they get single-word keys too (negative)."""
    n = len(words)
    need = _need(n, dice)
    keys = [-1 - w for w in words[:n - need + 1]] if need == 1 else []
    if n >= 2:
        keys += _pairs(words, n - max(need, 2) + 2, n_words)
    return keys


class _Bucket:
    """The kept targets of one (value, unit, level, year, kind, scope) and their indexes."""

    def __init__(self, n_words):
        self.n_words = n_words
        self.kept: list[tuple[dict, list]] = []  # (target, its words in order, as ranks)
        self.places: set = set()  # (evidence start, wording)
        # key -> positions in kept: alike wordings; alike with the same id (keyed by id too);
        # kept ⊆ new (the kept set's first pair); new ⊆ kept (every pair of the kept set)
        self.alike, self.same_id = defaultdict(list), defaultdict(list)
        self.sub, self.sup = defaultdict(list), defaultdict(list)

    def candidates(self, t, words):
        if len(self.kept) < SMALL:
            return range(len(self.kept))
        n, found = self.n_words, set()
        for k in _alike_keys(words, DICE, n):
            found.update(self.alike.get(k, ()))
        ident = t["indicator"]["id"]
        if ident:
            for k in _alike_keys(words, DICE_SAME_ID, n):
                found.update(self.same_id.get((ident, k), ()))
        if len(words) >= 2:
            for k in _pairs(words, len(words), n):
                found.update(self.sub.get(k, ()))
            found.update(self.sup.get(words[0] * n + words[1], ()))
        return found

    def add(self, t, words):
        self.kept.append((t, words))
        self.places.add((t["evidence"]["start"], t["indicator"]["text"]))
        if len(self.kept) == SMALL:  # from now on, look up; file what was kept so far
            for i, (kept, kept_words) in enumerate(self.kept):
                self._file(i, kept, kept_words)
        elif len(self.kept) > SMALL:
            self._file(len(self.kept) - 1, t, words)

    def _file(self, i, t, words):
        n = self.n_words
        for k in _alike_keys(words, DICE, n):
            self.alike[k].append(i)
        ident = t["indicator"]["id"]
        if ident:
            for k in _alike_keys(words, DICE_SAME_ID, n):
                self.same_id[(ident, k)].append(i)
        if len(words) >= 2:
            self.sub[words[0] * n + words[1]].append(i)
            for k in _pairs(words, len(words), n):
                self.sup[k].append(i)


def unique(keyed) -> list[dict]:
    """The targets of KEYED ((bucket key, target) pairs, in document order) that restate
    no target kept before them in their bucket."""
    keyed = list(keyed)
    sets = [token_set(t["indicator"]["text"]) for _, t in keyed]
    freq = Counter(w for s in sets for w in s)
    # one order for every set, rarest word first; a word is its rank in that order
    rank = {w: i for i, w in enumerate(sorted(freq, key=lambda w: (freq[w], w)))}
    buckets: dict = {}
    out = []
    for (key, t), s in zip(keyed, sets):
        words = sorted(rank[w] for w in s)
        bucket = buckets.get(key) or buckets.setdefault(key, _Bucket(len(rank)))
        if (t["evidence"]["start"], t["indicator"]["text"]) in bucket.places or any(
                restates(t, bucket.kept[i][0]) for i in bucket.candidates(t, words)):
            continue
        bucket.add(t, words)
        out.append(t)
    return out

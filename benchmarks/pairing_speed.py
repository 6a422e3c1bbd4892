"""Speed of pairing two documents of 700 rows each (identity.pair), against baselines taken
in the same run on the same rows.

    .venv/bin/python benchmarks/pairing_speed.py [--rows 700] [--repeat 3]

The rows are the indicator wordings of the gold rows in corpus/gold, each at several
levels; the NEW document words every one of them differently (abbreviations written out
or abbreviated, the "tỷ lệ" head dropped, one content word left out for a third of them),
in shuffled order, and no row has an official id, so every pair rests on the fuzzy match of
normalised keys. Printed:
  keys        normal_key for all 2 x N texts, cold cache (underthesea word segmentation)
  pairing     identity.pair on the keyed rows: score matrix + linear_sum_assignment
  floor       rapidfuzz's cdist with token_set_ratio alone on the same keys: the one-call
              way to score every pair for "one wording inside the other"
  baseline    scores computed pair by pair in Python (rapidfuzz token_set_ratio and
              token_sort_ratio), then a greedy best-first assignment
and how many rows were paired with a rewording of their own wording at their own level.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import identity as ident  # noqa: E402

LEVELS = [None, "province", "district", "commune"]


def wordings() -> list[str]:
    seen: dict[str, None] = {}
    for path in sorted((ROOT / "corpus" / "gold").glob("*.json")):
        for t in json.loads(path.read_text(encoding="utf-8"))["targets"]:
            seen.setdefault(" ".join(t["indicator"].split()), None)
    return list(seen)


def reword(text: str, rnd: random.Random) -> str:
    out = re.sub(r"^(Tỷ lệ|Tỉ lệ)\s+", "", text)
    if "TTHC" in out:
        out = out.replace("TTHC", "thủ tục hành chính")
    elif "thủ tục hành chính" in out:
        out = out.replace("thủ tục hành chính", "TTHC")
    words = out.split()
    if len(words) > 5 and rnd.random() < 0.33:
        del words[rnd.randrange(1, len(words))]
    return " ".join(words)


def build(n: int, seed: int = 9):
    rnd = random.Random(seed)
    texts = wordings()
    combos = [(t, lv) for t in texts for lv in LEVELS]
    rnd.shuffle(combos)
    old = combos[:n]
    new = [(reword(t, rnd), lv, i) for i, (t, lv) in enumerate(old)]
    rnd.shuffle(new)
    return old, new


def items(rows):
    return [{"identity": ident.KEY_PREFIX + ident.normal_key(t), "key": ident.normal_key(t), "unit": "percent",
             "level": lv, "scope": None} for t, lv, *_ in rows]


def baseline(old, new, threshold):
    """Pair by pair in Python, then greedy: best remaining pair first."""
    from rapidfuzz import fuzz

    scored = []
    for i, o in enumerate(old):
        a = o["key"].replace("_", " ")
        for j, n in enumerate(new):
            b = n["key"].replace("_", " ")
            s = (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 200.0
            if o["level"] != n["level"]:
                s *= ident.LEVEL_ONE_SIDE if (o["level"] is None or n["level"] is None) else 0.0
            if s >= threshold:
                scored.append((s, i, j))
    scored.sort(reverse=True)
    used_a, used_b, pairs = set(), set(), []
    for s, i, j in scored:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j, s))
    return pairs


def best_of(fn, repeat):
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=700)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    old_rows, new_rows = build(args.rows)
    ident.normal_key("warm up underthesea")  # model load is not part of keying
    t0 = time.perf_counter()
    old, new = items(old_rows), items(new_rows)
    keys = time.perf_counter() - t0

    pairing, result = best_of(lambda: ident.pair(old, new), args.repeat)

    def floor():
        from rapidfuzz import fuzz, process

        return process.cdist([o["key"].replace("_", " ") for o in old], [n["key"].replace("_", " ") for n in new],
                             scorer=fuzz.token_set_ratio, workers=1)

    floor_s, _ = best_of(floor, args.repeat)
    base_s, base_pairs = best_of(lambda: baseline(old, new, ident.THRESHOLD), 1)

    # right: the new row is a rewording of a wording with the old row's key, at its level
    # (two wordings that differ only in function words share a key: either partner is right)
    truth = {j: (old[new_rows[j][2]]["key"], old[new_rows[j][2]]["level"]) for j in range(len(new_rows))}
    right = sum(1 for i, j, _ in result.pairs if truth[j] == (old[i]["key"], old[i]["level"]))
    base_right = sum(1 for i, j, _ in base_pairs if truth[j] == (old[i]["key"], old[i]["level"]))
    n = len(old)
    print(f"rows: {n} old x {len(new)} new ({len({o['key'] for o in old})} distinct wordings), no official ids")
    print(f"keys (normal_key, cold cache, {2 * n} texts): {keys:.3f} s")
    print(f"pairing (identity.pair):                {pairing:.3f} s   {len(result.pairs)} pairs, "
          f"{right} with their own rewording ({right / n:.3f})")
    print(f"floor (cdist token_set_ratio alone):    {floor_s:.3f} s   pairing = {pairing / floor_s:.2f} x floor")
    print(f"baseline (pair by pair + greedy):       {base_s:.3f} s   {len(base_pairs)} pairs, "
          f"{base_right} right ({base_right / n:.3f}); pairing is {base_s / pairing:.1f} x faster")
    print(f"bar: pairing two documents of {n} rows under 1 s: {'met' if pairing < 1 else 'NOT met'}")


if __name__ == "__main__":
    main()

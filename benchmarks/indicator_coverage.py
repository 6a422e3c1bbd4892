"""How many target rows get an official indicator id, and how many any identity key.

    .venv/bin/chitieu extract ../shared/realdocs/*.txt ../shared/realweb/*.txt ../shared/seeds/*.txt -q -o all.json
    .venv/bin/python benchmarks/indicator_coverage.py all.json [--sample 100 --tsv FILE]

"in the catalogue" is the id the catalogue was extracted with; "now" recomputes it from the
indicator text with the current patterns/indicators.yaml (what a new extraction would give).
--tsv writes a reproducible sample of rows with an id now, for checking by hand
(benchmarks/indicator_ids_checked.tsv holds such a sample with verdicts).
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor import patterns as pattern_store  # noqa: E402
from extractor.identity import normal_key  # noqa: E402
from extractor.indicators import canonical_id  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("catalogues", nargs="+")
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--tsv", help="write a sample of rows with an official id, to check by hand")
    args = ap.parse_args()

    rows = []
    for path in args.catalogues:
        for doc in json.loads(Path(path).read_text(encoding="utf-8"))["documents"]:
            name = Path(doc["source"]["path"]).name
            rows += [(name, t) for t in doc["targets"] if t["kind"] == "target"]
    n = len(rows)
    before = sum(1 for _, t in rows if t["indicator"]["id"])
    now = [canonical_id(t["indicator"]["text"]) for _, t in rows]
    keyed = sum(1 for _, t in rows if normal_key(t["indicator"]["text"]))
    print(f"target rows: {n} in {len({d for d, _ in rows})} documents")
    print(f"official id, in the catalogue: {before} ({before / n:.3f})")
    print(f"official id, now:              {sum(map(bool, now))} ({sum(map(bool, now)) / n:.3f})")
    print(f"any identity key (official id or normalised wording): {keyed} ({keyed / n:.3f})")
    family = {e["id"]: e["family"] for e in pattern_store.default().indicators}
    by_family = Counter(family[i] for i in now if i)
    print("rows by family: " + ", ".join(f"{f} {c}" for f, c in by_family.most_common()))

    if args.tsv:
        with_id = [(d, t, i) for (d, t), i in zip(rows, now) if i]
        sample = random.Random(args.seed).sample(with_id, min(args.sample, len(with_id)))
        with open(args.tsv, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["document", "indicator text", "id given", "verdict"])
            for d, t, i in sample:
                w.writerow([d, " ".join(t["indicator"]["text"].split()), i, ""])
        print(f"{len(sample)} rows written to {args.tsv}")


if __name__ == "__main__":
    main()

"""Accuracy on the shared real documents, development and held-out parts apart.

    .venv/bin/python benchmarks/accuracy.py [--shared ../shared] [--sets seeds,realweb,realdocs]

Extracts every document of each set once, then scores each part (all, dev, held-out;
held-out names in benchmarks/heldout.txt) per kind with the reference judge
../shared/tools/score.py, run as a separate process so that the figures are the judge's.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.batch import extract_paths  # noqa: E402


def heldout_names() -> set[str]:
    lines = (ROOT / "benchmarks" / "heldout.txt").read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def judge(shared: Path, gold: Path, catalogue: Path, kind: str | None) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        cmd = [sys.executable, str(shared / "tools" / "score.py"), "--gold", str(gold),
               "--pred", str(catalogue), "--json", out.name]
        if kind:
            cmd += ["--only-kind", kind]
        subprocess.run(cmd, check=True, capture_output=True)
        return json.load(open(out.name, encoding="utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--sets", default="seeds,realweb,realdocs")
    ap.add_argument("--keep", help="folder to keep each set's catalogue in")
    args = ap.parse_args()
    shared = Path(args.shared)
    held = heldout_names()
    work = Path(tempfile.mkdtemp(prefix="chitieu-acc-"))
    print(f"{'set':9} {'part':8} {'docs':>4} {'target':>7} {'result':>7} {'all':>7} {'year':>6}")
    try:
        for name in args.sets.split(","):
            docs = sorted((shared / name).glob("*.txt"))
            catalogue = work / f"{name}.json"
            catalogue.write_text(json.dumps(extract_paths([str(p) for p in docs])), encoding="utf-8")
            if args.keep:
                Path(args.keep).mkdir(parents=True, exist_ok=True)
                shutil.copy(catalogue, Path(args.keep) / catalogue.name)
            parts = {"all": [p.stem for p in docs]}
            if any(n.startswith(name + "/") for n in held):
                parts["dev"] = [p.stem for p in docs if f"{name}/{p.stem}" not in held]
                parts["held-out"] = [p.stem for p in docs if f"{name}/{p.stem}" in held]
            for part, stems in parts.items():
                gold = work / f"{name}-{part}"
                gold.mkdir()
                for stem in stems:
                    shutil.copy(shared / name / "gold" / f"{stem}.json", gold)
                f1 = {k: judge(shared, gold, catalogue, k) for k in ("target", "result", None)}
                print(f"{name:9} {part:8} {len(stems):4} {f1['target']['strict']['f1']:7.3f} "
                      f"{f1['result']['strict']['f1']:7.3f} {f1[None]['strict']['f1']:7.3f} "
                      f"{f1[None]['year_accuracy']:6.2f}", flush=True)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()

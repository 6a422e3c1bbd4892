"""Write corpus/gold/<stem>.json for every document of docs.py (format: shared GOLD.md)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import docs  # noqa: E402

OUT = HERE.parent / "gold"


def main():
    for d in docs.DOCS:
        path = OUT / f"{d['stem']}.json"
        path.write_text(json.dumps(docs.gold(d), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main()

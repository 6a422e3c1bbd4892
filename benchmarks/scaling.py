"""Time against input size: table-heavy text and deeply nested HTML (issue 12).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/scaling.py [--kb 64,128,256] [--levels 10000,20000,40000,100000]

Each document is generated here and extracted in this process (warm-up excluded); each
line prints the time and its ratio to the line before, against the ratio of the sizes
(linear growth: the two ratios match). Table text comes in two kinds: "units", the same
few indicators for each commune of an assignment appendix, and "distinct", every row a
wording of its own from a 300-syllable vocabulary with a handful of values, which is what
made deduplication compare every pair of rows. Next to it, the deduplication of the same
targets timed alone, indexed (extractor.dedupe) and pair by pair (the test applied to every
kept target, as before issue 12) as the baseline, with both answers compared.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import dedupe  # noqa: E402
from extractor.batch import _work, warm_up  # noqa: E402
from selectolax.lexbor import LexborHTMLParser  # noqa: E402

UNCUT_LIMIT = 40_000  # the uncut parse grows as the square: 100,000 levels took 25 s

HEAD = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA

Số: 186/QĐ-UBND
Thanh Hóa, ngày 14 tháng 01 năm 2026

QUYẾT ĐỊNH
Về việc giao chỉ tiêu cải cách thủ tục hành chính năm 2026

Điều 1. Giao chỉ tiêu cải cách thủ tục hành chính năm 2026 cho Ủy ban nhân dân các xã, phường (chi tiết tại Phụ lục).

PHỤ LỤC
"""
INDICATORS = ["Tỷ lệ hồ sơ giải quyết đúng hạn", "Tỷ lệ hồ sơ trực tuyến toàn trình", "Tỷ lệ thanh toán trực tuyến",
              "Mức độ hài lòng của người dân", "Tỷ lệ hồ sơ được số hóa"]
ONSETS = ["b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "ph", "qu", "s", "t", "th", "tr", "v", "x"]
RHYMES = ["a", "an", "anh", "ao", "ăng", "ân", "ê", "iên", "in", "o", "oa", "ôi", "ơn", "u", "ung", "ư", "ương"]


def table_text(kb: int, kind: str, seed: int = 12) -> str:
    rnd = random.Random(seed)
    vocab = [o + r for o in ONSETS for r in RHYMES]
    header = "STT | Đơn vị | Chỉ tiêu | Cấp tỉnh | Cấp xã" if kind == "units" else "STT | Chỉ tiêu | Cấp tỉnh | Cấp xã"
    lines, size, i = [HEAD, header], len(HEAD.encode()), 0
    while size < kb * 1024:
        i += 1
        if kind == "units":
            line = f"{i} | Xã Thạch {i} | {INDICATORS[i % 5]} | ≥ {90 + i % 7}% | ≥ {80 + i % 9}%"
        else:
            line = f"{i} | Tỷ lệ {' '.join(rnd.sample(vocab, 6))} | ≥ {90 + i % 3}% | ≥ {80 + i % 2}%"
        lines.append(line)
        size += len(line.encode()) + 1
    return "\n".join(lines) + "\n"


def nested_html(levels: int) -> str:
    body = "<p>Năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh Đồng Nai đạt 98% theo kế hoạch cải cách hành chính.</p>"
    return "<html><body>" + "<div>" * levels + body + "</div>" * levels + "</body></html>"


def pairwise(keyed):
    """Deduplication as it was: every target against every kept one of its key."""
    kept, out = {}, []
    for key, t in keyed:
        same = kept.setdefault(key, [])
        if not any(dedupe.restates(t, o) for o in same):
            same.append(t)
            out.append(t)
    return out


def timed(fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t, out


def extract(path):
    captured = []
    real = dedupe.unique

    def spy(keyed):
        keyed = list(keyed)
        captured.append(keyed)
        return real(keyed)

    dedupe.unique = spy
    try:
        seconds, (_, doc, err, _) = timed(_work, str(path))
    finally:
        dedupe.unique = real
    if err:
        raise SystemExit(f"{path}: {err}")
    return seconds, doc, captured[0] if captured else []


def growth(rows, label):
    """Print ROWS (size, seconds, extra columns...) with the ratio to the row before."""
    prev = None
    for size, seconds, *extra in rows:
        ratio = f"{seconds / prev[1]:5.2f}x time for {size / prev[0]:.2f}x size" if prev else ""
        print(f"  {label(size):>14}  {seconds:8.3f} s  {ratio:<28} {' '.join(extra)}")
        prev = (size, seconds)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", default="64,128,256")
    ap.add_argument("--levels", default="10000,20000,40000,100000")
    args = ap.parse_args()
    warm_up()
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"  # the first document loads models warm_up does not
        warm.write_text(table_text(16, "distinct"), encoding="utf-8")
        extract(warm)
        for kind in ("units", "distinct"):
            print(f"table text, {kind}: extraction (whole pipeline) | deduplication alone, indexed vs pair by pair")
            rows, dedupe_rows = [], []
            for kb in (int(k) for k in args.kb.split(",") if k):
                path = Path(tmp) / f"{kind}-{kb}.txt"
                path.write_text(table_text(kb, kind), encoding="utf-8")
                seconds, doc, keyed = extract(path)
                fast = min(timed(dedupe.unique, keyed)[0] for _ in range(3))  # best of 3: the machine is shared
                kept = dedupe.unique(keyed)
                slow, kept_slow = timed(pairwise, keyed)
                rows.append((kb, seconds, f"{len(doc['targets'])} targets"))
                dedupe_rows.append((len(keyed), fast, f"pair by pair {slow:.3f} s,",
                                    "same answer" if kept == kept_slow else "DIFFERENT ANSWER"))
            growth(rows, lambda kb: f"{kb} KB")
            growth(dedupe_rows, lambda n: f"{n} candidates")
        print("nested HTML (<div> levels around one paragraph): extraction | before issue 12, Lexbor alone "
              f"parsing the uncut page (up to {UNCUT_LIMIT} levels)")
        warm = Path(tmp) / "warm.html"
        warm.write_text(nested_html(1), encoding="utf-8")
        extract(warm)
        rows = []
        for n in (int(k) for k in args.levels.split(",") if k):
            path = Path(tmp) / f"nested-{n}.html"
            page = nested_html(n)
            path.write_text(page, encoding="utf-8")
            seconds, doc, _ = extract(path)
            before = f"uncut parse {timed(LexborHTMLParser, page)[0]:.3f} s" if n <= UNCUT_LIMIT else ""
            rows.append((n, seconds, f"{len(doc['targets'])} target(s), {len(doc['warnings'])} warning(s);", before))
        growth(rows, lambda n: f"{n} levels")


if __name__ == "__main__":
    main()

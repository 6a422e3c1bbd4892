"""Peak memory (PSS of the whole process tree) of every command on hostile input.

    python benchmarks/hostile_memory.py [--docs 1000] [--work DIR]

For each command that reads documents (extract alone and with 2 workers, db ingest,
review, eval, text) it runs chitieu as a subprocess on a normal decision (the
baseline), a DOCX zip bomb (3 MB expanding to 3 GB) and a PDF whose page is 5 m square
(tests/hostile.py), sampling the proportional set size of chitieu and every process it
started every 50 ms. Each hostile file is run twice: as shipped (the DOCX and page-size
checks refuse it) and with those checks switched off, where only the workers' memory
cap (RLIMIT_AS, extractor/isolated.py) stands between the file and the machine. Last,
`extract -j 2` over DOCS mixed documents copied from corpus/ (text, DOCX, HTML, PDF).
Targets: under 1 GB for every hostile run, under 600 MB for the mixed batch.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from hostile import huge_page_pdf, zip_bomb_docx  # noqa: E402

GOOD = ROOT / "corpus" / "text" / "t01_binhphuoc-qd-2024-giao-chi-tieu-tthc.txt"
# runs chitieu with the DOCX and page-size checks switched off (the memory cap stays)
UNGUARDED = ("import sys; from extractor.readers import docx, ocr; docx.EXPANDED_MAX_BYTES = ocr.MAX_PIXELS = 10**15; "
             "from extractor.cli import main; sys.argv[0] = 'chitieu'; main()")


def tree_pss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_full_info().pss
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            pass
    return total


def peak(args, guarded=True, cwd=None) -> tuple[float, float, int, str]:
    """(peak PSS in MB, seconds, exit status, last stderr line) of one chitieu run."""
    code = ["-m", "extractor.cli"] if guarded else ["-c", UNGUARDED]
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, *code, *map(str, args)], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    watched, top = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            top = max(top, tree_pss(watched))
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    err = proc.stderr.read().strip().splitlines()
    lines = [line for line in err if line.startswith("chitieu: ")]
    return top / 2**20, time.monotonic() - start, proc.returncode, (lines or err or [""])[-1]


def commands(work: Path, target: Path):
    """(name, arguments) of every command on TARGET (a file, in a folder of its own with a good decision)."""
    folder = work / f"in-{target.stem}"
    folder.mkdir(exist_ok=True)
    shutil.copy(target, folder / target.name)
    shutil.copy(GOOD, folder / GOOD.name)
    gold = work / "gold"
    gold.mkdir(exist_ok=True)
    db = work / f"{target.stem}.db"
    db.unlink(missing_ok=True)
    return [
        ("extract FILE", ["extract", target, "-o", work / "one.json"]),
        ("extract -j 1 DIR", ["extract", folder, "-j", "1", "-o", work / "j1.json"]),
        ("extract -j 2 DIR", ["extract", folder, "-j", "2", "-o", work / "j2.json"]),
        ("db ingest DIR", ["db", "ingest", "--db", db, folder]),
        ("review DIR", ["review", folder, "-o", work / "review.html"]),
        ("eval DIR", ["eval", "--gold", gold, folder]),
        ("text FILE", ["text", target]),
    ]


def mixed_folder(work: Path, n: int) -> Path:
    sources = sorted(p for sub in ("text", "docx", "html", "pdf", "legacy") for p in (ROOT / "corpus" / sub).iterdir()
                     if p.is_file() and p.suffix in (".txt", ".docx", ".html", ".pdf"))
    folder = work / "mixed"
    folder.mkdir(exist_ok=True)
    for i in range(n):
        src = sources[i % len(sources)]
        shutil.copy(src, folder / f"{i:04d}-{src.name}")
    return folder


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000, help="documents in the mixed batch (0 = skip)")
    ap.add_argument("--work", help="folder for the generated files (default: a temporary one)")
    a = ap.parse_args()
    work = Path(a.work or tempfile.mkdtemp(prefix="chitieu-hostile-"))
    work.mkdir(parents=True, exist_ok=True)
    bomb, page = work / "phu-luc-bom.docx", work / "ban-do-khong-lo.pdf"
    zip_bomb_docx(bomb, 3.0)
    huge_page_pdf(page)
    print(f"# Peak PSS of the process tree (chitieu and its workers), MB; files in {work}")
    print(f"zip bomb {bomb.stat().st_size / 2**20:.1f} MB on disk; huge page {page.stat().st_size} bytes, 14400 pt square")
    print(f"{'command':18} {'normal':>8} {'bomb':>8} {'page':>8} {'bomb, cap only':>15} {'page, cap only':>15}")
    worst, lines = 0.0, {}
    for (name, normal), (_, b), (_, p) in zip(commands(work, GOOD), commands(work, bomb), commands(work, page)):
        row = [peak(normal), peak(b), peak(p), peak(b, guarded=False), peak(p, guarded=False)]
        worst = max(worst, *(r[0] for r in row[1:]))
        for label, r in zip(("bomb", "page", "bomb, cap only", "page, cap only"), row[1:]):
            lines.setdefault(label, set()).add(r[3].split(": ", 2)[-1])
        print(f"{name:18} " + " ".join(f"{r[0]:>{w}.0f}" for r, w in zip(row, (8, 8, 8, 15, 15))))
    for label, said in lines.items():
        print(f"  {label}: " + " | ".join(sorted(said)))
    print(f"worst hostile run: {worst:.0f} MB (target < 1024 MB): {'ok' if worst < 1024 else 'OVER'}")
    if a.docs:
        folder = mixed_folder(work, a.docs)
        base = peak(["extract", GOOD, "-j", "2", "-o", work / "base.json", "-q"])
        mb, secs, code, last = peak(["extract", folder, "-j", "2", "-o", work / "mixed.json", "-q"])
        print(f"\n# {a.docs} mixed documents (text, DOCX, HTML, PDF from corpus/), extract -j 2")
        print(f"baseline (one decision, -j 2): {base[0]:.0f} MB; batch: {mb:.0f} MB peak in {secs:.0f} s, "
              f"exit {code} (target < 600 MB): {'ok' if mb < 600 else 'OVER'}")


if __name__ == "__main__":
    main()

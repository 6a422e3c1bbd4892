"""Pages per second of `chitieu extract` on text PDFs against pdfplumber's own
`extract_text` over the same files, measured in one run.

    .venv/bin/python benchmarks/pdf_speed.py            # 30 PDFs
    .venv/bin/python benchmarks/pdf_speed.py --pdfs 60 --repeat 3

The PDFs are copies of corpus/pdf/*.pdf, each given its own identity (a distinct
/Title in its info dictionary, so every file has its own sha256 and no cache can help),
written to a temporary folder that is removed at the end. Both sides read the same
files in the same process, one after the other, best of --repeat runs; chitieu goes
through extractor.batch.extract_paths (reading, tables, extraction, catalogue), the
baseline only through pdfplumber.open(...).pages[i].extract_text().
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_pdfs(folder: Path, n: int) -> list[Path]:
    sources = sorted((ROOT / "corpus" / "pdf").glob("*.pdf"))
    if not sources:
        raise SystemExit("corpus/pdf has no PDFs")
    out = []
    for i in range(n):
        data = sources[i % len(sources)].read_bytes()
        # a distinct document: a comment line after the header changes the bytes (and the sha256),
        # and pdfium/pdfminer both read a file whose xref offsets shift (they repair by scanning)
        marker = f"%chitieu-benchmark-copy-{i:04d}\n".encode()
        body = re.sub(rb"^(%PDF-\d\.\d\r?\n)", lambda m: m.group(1) + marker, data, count=1)
        path = folder / f"{i:03d}_{sources[i % len(sources)].name}"
        path.write_bytes(body)
        out.append(path)
    return out


def count_pages(paths) -> int:
    import pypdfium2 as pdfium

    total = 0
    for p in paths:
        pdf = pdfium.PdfDocument(str(p))
        total += len(pdf)
        pdf.close()
    return total


def run_chitieu(paths):
    from extractor.batch import extract_paths

    result = extract_paths([str(p) for p in paths], ocr="never")
    if result["errors"]:
        raise SystemExit(f"chitieu failed on: {result['errors'][:3]}")
    return sum(len(d["targets"]) for d in result["documents"])


def run_pdfplumber(paths):
    import pdfplumber

    chars = 0
    for p in paths:
        with pdfplumber.open(str(p)) as pdf:
            for page in pdf.pages:
                chars += len(page.extract_text() or "")
                page.close()
    return chars


def best_of(fn, paths, repeat):
    best, out = None, None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn(paths)
        elapsed = time.perf_counter() - t
        best = elapsed if best is None else min(best, elapsed)
    return best, out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pdfs", type=int, default=30, help="number of PDFs (default 30)")
    ap.add_argument("--repeat", type=int, default=2, help="runs per side, best kept (default 2)")
    a = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="chitieu-pdf-speed-"))
    try:
        paths = make_pdfs(tmp, a.pdfs)
        pages = count_pages(paths)
        run_chitieu(paths[:1])  # load patterns and models once, outside the timing
        t_chitieu, targets = best_of(run_chitieu, paths, a.repeat)
        t_plumber, chars = best_of(run_pdfplumber, paths, a.repeat)
        print(f"{len(paths)} text PDFs, {pages} pages (copies of corpus/pdf), best of {a.repeat}")
        print(f"chitieu extract (extract_paths):  {t_chitieu:7.2f} s  {pages / t_chitieu:7.1f} pages/s  "
              f"({targets} targets)")
        print(f"pdfplumber extract_text:          {t_plumber:7.2f} s  {pages / t_plumber:7.1f} pages/s  "
              f"({chars} characters)")
        ratio = t_plumber / t_chitieu
        print(f"ratio chitieu / pdfplumber speed: {ratio:.2f}x ({'faster' if ratio >= 1 else 'SLOWER'})")
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        return 0 if ratio >= 1 else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

"""Render text documents as text PDFs and as scans; score each variant against its gold.

    .venv/bin/pip install fpdf2   # the `corpus` extra
    .venv/bin/python benchmarks/render_check.py                         # ../shared/realdocs
    .venv/bin/python benchmarks/render_check.py ../shared/seeds ../shared/seeds/gold

Measures issue 3's bar on documents we only have as text: "rendered as text PDFs
[they] score no lower than their plain text does, and as scans no lower than 0.85 of
it". Each .txt is drawn (a) as a text PDF with the layout helpers of
corpus/build/make_pdfs.py (DejaVu Serif from fonts-dejavu-core, A4, 12 pt justified
paragraphs wrapped by fpdf2, a page number at the top of every page after the first,
the leading "issuer | motto" and "number | place, date" lines and the "Nơi nhận | signer"
line as an unruled two-column block, every other run of " | " lines as a ruled table whose
header repeats on each page) and (b) as a scan: the text PDF's pages rasterised with
pypdfium2, turned by a fraction of a degree, greyed and speckled with
corpus/build/make_scans.age, JPEG-compressed, saved as an image-only PDF. Every variant
keeps the .txt's file stem, so one gold file scores all three.

Printed: strict F1 per document for text, text PDF and scan, targets only and all kinds,
the ratios PDF/text and scan/text, the same overall (micro F1 over all rows), and the
time each step took. OCR costs several seconds a page: --scan-pages N scans only N
consecutive pages of a longer document, after its first 4 lines (issuer, number, date,
title): of page 1 and the three windows where the text PDF gave the most rows, the one
whose cut text keeps the most gold rows (a table begun earlier comes whole). The .txt is cut the
same way (text*) and scan/text compares the scan with that cut, so that the ratio
compares like with like; the output says which documents were cut and where.
"""
from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpus" / "build"))

try:
    import make_pdfs  # noqa: E402  (fpdf2)
    import make_scans  # noqa: E402
    from fpdf.fonts import FontFace  # noqa: E402
except ImportError as exc:  # pragma: no cover
    sys.exit(f"render_check needs fpdf2 (the `corpus` extra): .venv/bin/pip install fpdf2 ({exc})")

import numpy as np  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from PIL import Image  # noqa: E402

from extractor.batch import extract_paths  # noqa: E402
from extractor.scoring import score  # noqa: E402

SIZE = 12  # body font size, points
TABLE_SIZE = 9.5
SEP = " | "
USABLE = 210 - 25 - 18  # mm between make_pdfs' margins


# ---------------------------------------------------------------- text -> blocks
def blocks(text: str) -> list[tuple]:
    """The .txt as drawing blocks: ("columns", [[l, r], ...]), ("table", rows), ("line", text)."""
    lines = [l.rstrip() for l in text.replace("\r\n", "\n").split("\n")]
    out: list[tuple] = []
    seen_body = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if SEP not in line:
            if line.strip():
                seen_body = True
            out.append(("line", line.strip()))
            i += 1
            continue
        j = i
        while j < len(lines) and SEP in lines[j]:
            j += 1
        rows = [[c.strip() for c in l.split(SEP)] for l in lines[i:j]]
        two = all(len(r) == 2 for r in rows)
        if two and (not seen_body or rows[0][0].startswith("Nơi nhận")):
            out.append(("columns", rows))  # the header block, the signature block
        else:
            out.append(("table", rows))
        seen_body = True
        i = j
    return out


def heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and len(line) < 120 and all(c.isupper() for c in letters)


# ---------------------------------------------------------------- text PDF
def columns(pdf, rows, size=11):
    """Two unruled columns, each cell wrapped in its own column (the decision header)."""
    lx, lw, rx, rw = 18, 72, 92, 106
    for left, right in rows:
        y0 = pdf.get_y()
        pdf.set_font("serif", "B", size)
        pdf.set_xy(lx, y0)
        pdf.multi_cell(lw, 6, left, align="C", new_x="LMARGIN", new_y="NEXT")
        y_left = pdf.get_y()
        pdf.set_xy(rx, y0)
        pdf.multi_cell(rw, 6, right, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(y_left, pdf.get_y()) + 1)
    pdf.ln(3)


def _widths(pdf, rows, n):
    """Column widths (mm) from the longest cell of each column (short rows aligned right,
    as table() draws them); every column at least as wide as its longest word, so that
    fpdf2 never breaks a word inside a cell."""
    longest, word = [4] * n, [0.0] * n
    for r in rows:
        placed = list(enumerate(r[1:], start=n - len(r) + 1))
        if len(r) == n:
            placed.insert(0, (0, r[0]))
        for k, c in placed:
            longest[k] = max(longest[k], len(c))
            word[k] = max([word[k]] + [pdf.get_string_width(w) for w in c.split()])
    weights = [min(max(w, 8), 120) ** 0.7 for w in longest]
    need = [w + 2.5 for w in word]  # fpdf2's cell padding
    widths = [USABLE * w / sum(weights) for w in weights]
    for _ in range(n):  # raise narrow columns to their longest word, take it from the others
        short = [k for k in range(n) if widths[k] < need[k]]
        if not short:
            break
        for k in short:
            widths[k] = need[k]
        rest = [k for k in range(n) if widths[k] > need[k]]
        spare = USABLE - sum(widths[k] for k in range(n) if k not in rest)
        total = sum(weights[k] for k in rest) or 1
        for k in rest:
            widths[k] = spare * weights[k] / total
    return widths


def table(pdf, rows):
    """A ruled table; a row shorter than the widest spreads its first cell over the missing
    columns (figures stay under their column headers, as in merged label cells)."""
    n = max(len(r) for r in rows)
    pdf.set_font("serif", "", TABLE_SIZE)
    heads = len(rows) > 1 and len(rows[0]) == n
    with pdf.table(col_widths=_widths(pdf, rows, n), line_height=4.6, text_align="LEFT", width=USABLE,
                   first_row_as_headings=heads, repeat_headings=1 if heads else 0,
                   headings_style=FontFace(emphasis="BOLD")) as t:
        for r in rows:
            row = t.row()
            row.cell(r[0], colspan=n - len(r) + 1)
            for c in r[1:]:
                row.cell(c)
    pdf.ln(3)


def render_pdf(text: str):
    """(PDF bytes, first page of each source line: list of (page, line index))."""
    pdf = make_pdfs.new_pdf()
    starts = []  # (line index in the .txt, page where its block starts)
    k = 0
    for kind, payload in blocks(text):
        starts.append((k, pdf.page_no()))
        if kind == "columns":
            columns(pdf, payload)
            k += len(payload)
        elif kind == "table":
            table(pdf, payload)
            k += len(payload)
        else:
            k += 1
            if not payload:
                pdf.ln(2)
            elif heading(payload) or re.match(r"(?:Điều|Chương|Mục)\s+[\dIVXLC]+\.?\s", payload):
                centred = heading(payload)
                make_pdfs.paragraph(pdf, payload, "B", SIZE, "C" if centred else "J", indent=not centred)
            else:
                make_pdfs.paragraph(pdf, payload, "", SIZE)
    return bytes(pdf.output()), starts, pdf.page_no()


def cut(text: str, starts, first: int, pages: int, head: int = 4) -> str:
    """The lines of TEXT whose block is drawn on pages FIRST..FIRST+PAGES-1 (a table begun
    earlier comes whole, with its header), after the first HEAD non-empty lines (issuer,
    number and date, title: the context of every figure)."""
    lines = text.replace("\r\n", "\n").split("\n")
    bounds = [k for k, _ in starts] + [len(lines)]
    ends = [p for _, p in starts[1:]] + [10 ** 6]
    keep = [(bounds[i], bounds[i + 1]) for i, (_, p) in enumerate(starts)
            if p < first + pages and ends[i] >= first and (p >= first or ends[i] > first)]
    if not keep:
        return text
    out = []
    if keep[0][0] > 0:
        out = [l for l in lines[:keep[0][0]] if l.strip()][:head]
    for a, b in keep:
        out += lines[a:b]
    return "\n".join(out) + "\n"


def windows(catalogue, stem, pages: int, total: int, n: int = 3) -> list[int]:
    """First pages of the N windows of PAGES consecutive pages holding the most rows the
    text PDF gave, and page 1."""
    doc = next((d for d in catalogue["documents"] if Path(d["source"]["path"]).stem == stem), None)
    found = [t["evidence"].get("page") for t in (doc or {}).get("targets", []) if t.get("evidence")]
    found = [p for p in found if p]
    starts = range(1, max(1, total - pages + 1) + 1)
    ranked = sorted(starts, key=lambda a: (-sum(1 for p in found if a <= p < a + pages), a))
    return sorted({1, *ranked[:n]})


def best_cut(text, starts, stem, gold_dir, candidates, pages, folder) -> tuple[int, str]:
    """(first page, cut text) of the candidate window whose cut text scores the most gold
    rows (strict, all kinds): a window cut off from its table header or its section
    heading has nothing left to compare."""
    best = None
    for first in candidates:
        short = cut(text, starts, first, pages)
        path = Path(folder) / f"{stem}.txt"
        path.write_text(short, encoding="utf-8")
        res = score(str(gold_dir), extract_paths([str(path)], ocr="never"))
        tp = next(d["strict"] for d in res["per_document"] if d["document"] == stem)
        if best is None or tp > best[0]:
            best = (tp, first, short)
    path.unlink()
    return best[1], best[2]


# ---------------------------------------------------------------- scan
def render_scan(pdf_bytes: bytes, dpi: int, seed: int) -> bytes:
    """An image-only PDF of the text PDF's pages: turned, grey paper, noise, specks, JPEG."""
    rng = np.random.default_rng(seed)
    angle = float(rng.uniform(0.3, 1.0) * rng.choice([-1, 1]))
    doc = pdfium.PdfDocument(pdf_bytes)
    pages = []
    try:
        for i in range(len(doc)):
            img = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
            img = make_scans.age(img, angle, rng)
            buf = io.BytesIO()
            img.save(buf, format="JPEG", quality=75)
            pages.append(Image.open(io.BytesIO(buf.getvalue())))
    finally:
        doc.close()
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return out.getvalue()


# ---------------------------------------------------------------- scoring
def f1(tp, npred, ngold):
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def scores(gold_dir, folder, workers, ocr="auto"):
    """({kind: {stem: (tp, pred, gold)}} for kind in targets/all, errors, catalogue)."""
    files = sorted(str(p) for p in Path(folder).iterdir())
    cat = extract_paths(files, ocr=ocr, workers=workers)
    stems = {Path(f).stem for f in files}
    out = {}
    for kind, only in (("targets", "target"), ("all", None)):
        res = score(str(gold_dir), cat, only_kind=only)
        out[kind] = {d["document"]: (d["strict"], d["pred"], d["gold"]) for d in res["per_document"]
                     if d["document"] in stems}
    return out, cat["errors"], cat


def fmt(x):
    return "   -  " if x is None else f"{x:6.3f}"


def ratio(a, b):
    if b is None or a is None:
        return None
    if b == 0:
        return None if a == 0 else float("inf")
    return a / b


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("docs", nargs="?", default=str(ROOT.parent / "shared" / "realdocs"))
    ap.add_argument("gold", nargs="?", default=None, help="gold folder (default DOCS/gold)")
    ap.add_argument("--dpi", type=int, default=250, help="scan resolution (200-300)")
    ap.add_argument("--scan-pages", type=int, default=0,
                    help="scan only N pages of each longer document (0: all); the text is cut to match")
    ap.add_argument("--no-scan", action="store_true", help="text PDFs only")
    ap.add_argument("--only", default="", help="comma-separated stems (or prefixes) to render")
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--keep", default=None, help="write the variants here and keep them")
    args = ap.parse_args(argv)

    docs = Path(args.docs)
    gold = Path(args.gold) if args.gold else docs / "gold"
    if not docs.is_dir() or not gold.is_dir():
        sys.exit(f"render_check: {docs} or {gold} is not a folder")
    texts = sorted(p for p in docs.glob("*.txt") if (gold / f"{p.stem}.json").exists())
    if args.only:
        wanted = [w.strip() for w in args.only.split(",") if w.strip()]
        texts = [p for p in texts if any(p.stem.startswith(w) for w in wanted)]
    if not texts:
        sys.exit(f"render_check: no .txt with gold in {docs}")

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="render_check_"))
    dirs = {k: work / k for k in ("text", "pdf", "scan", "text_cut")}
    for d in dirs.values():
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    timings = {}
    results, errors, cats = {}, {}, {}

    def run(variant, ocr="never"):
        t = time.perf_counter()
        results[variant], errors[variant], cats[variant] = scores(gold, dirs[variant], args.workers, ocr=ocr)
        timings[f"extract {variant}"] = time.perf_counter() - t

    try:
        t0 = time.perf_counter()
        cut_docs, npages, scan_pages, rendered = [], {}, 0, {}
        for p in texts:
            text = p.read_text(encoding="utf-8-sig")
            (dirs["text"] / p.name).write_text(text, encoding="utf-8")
            pdf_bytes, starts, pages = render_pdf(text)
            npages[p.stem] = pages
            rendered[p.stem] = (text, starts, pdf_bytes)
            (dirs["pdf"] / f"{p.stem}.pdf").write_bytes(pdf_bytes)
        timings["render PDFs"] = time.perf_counter() - t0
        run("text")
        run("pdf")
        if not args.no_scan:
            t0 = time.perf_counter()
            for n, p in enumerate(texts):
                text, starts, pdf_bytes = rendered[p.stem]
                pages = npages[p.stem]
                if args.scan_pages and pages > args.scan_pages:
                    first, short = best_cut(text, starts, p.stem, gold, windows(cats["pdf"], p.stem, args.scan_pages,
                                                                                 pages), args.scan_pages, work)
                    (dirs["text_cut"] / p.name).write_text(short, encoding="utf-8")
                    pdf_bytes, _, pages = render_pdf(short)
                    cut_docs.append((p.stem, first, pages))
                scan_pages += pages
                (dirs["scan"] / f"{p.stem}.pdf").write_bytes(render_scan(pdf_bytes, args.dpi, seed=1000 + n))
            timings["render scans"] = time.perf_counter() - t0
            if cut_docs:
                run("text_cut")
            run("scan", ocr="auto")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print(f"render_check: {len(texts)} documents from {docs} (gold {gold}); "
          f"{sum(npages.values())} text-PDF pages; scans at {args.dpi} dpi"
          + ("" if not args.no_scan else " (scans skipped: --no-scan)"))
    if cut_docs:
        print(f"scans cut to {args.scan_pages} pages (OCR time): of page 1 and the 3 windows with most rows in "
              "the text PDF, the one whose text keeps most gold rows, after the document's first 4 lines: "
              + ", ".join(f"{s[:3]} (p. {a}-{a + args.scan_pages - 1} of {npages[s]}; scan {k} pages)"
                          for s, a, k in cut_docs))
        print("  for these (*), scan/text compares the scan with the same cut of the text (text*)")
    for variant, errs in errors.items():
        for e in errs:
            print(f"  ERROR {variant}: {e['path']}: {e['error']}")

    stems = [p.stem for p in texts]
    cut_stems = {s for s, _, _ in cut_docs}
    summary = {}
    for kind in ("targets", "all"):
        print(f"\nstrict F1, {'targets only' if kind == 'targets' else 'all kinds'}")
        print(f"{'document':46} {'gold':>4}  {'text':>6} {'pdf':>6} {'scan':>6}  {'pdf/t':>6} {'scan/t':>6}")
        tot = {v: [0, 0, 0] for v in ("text", "pdf", "scan", "base")}
        for s in stems:
            get = lambda v: results.get(v, {}).get(kind, {}).get(s)  # noqa: E731
            t, pd, sc = get("text"), get("pdf"), get("scan")
            base = get("text_cut") if s in cut_stems else t
            for v, c in (("text", t), ("pdf", pd), ("scan", sc), ("base", base)):
                if c:
                    tot[v] = [a + b for a, b in zip(tot[v], c)]
            ft, fp, fs, fb = (f1(*c) if c else None for c in (t, pd, sc, base))
            mark = "*" if s in cut_stems else " "
            print(f"{s[:46]:46} {t[2] if t else 0:4}  {fmt(ft)} {fmt(fp)} {fmt(fs)}{mark} {fmt(ratio(fp, ft))} "
                  f"{fmt(ratio(fs, fb))}" + (f"  (text* {fb:.3f})" if mark == "*" else ""))
        ft, fp, fs, fb = (f1(*tot[v]) for v in ("text", "pdf", "scan", "base"))
        has_scan = "scan" in results
        print(f"{'overall (micro)':46} {tot['text'][2]:4}  {fmt(ft)} {fmt(fp)} "
              f"{fmt(fs if has_scan else None)}  {fmt(ratio(fp, ft))} {fmt(ratio(fs, fb) if has_scan else None)}"
              + (f"  (text* {fb:.3f})" if cut_docs else ""))
        summary[kind] = (ft, fp, fs if has_scan else None, fb)
    print()
    for kind, (ft, fp, fs, fb) in summary.items():
        ok_pdf = fp >= ft - 1e-9
        line = f"{kind}: PDF/text {fp / ft if ft else float('nan'):.3f} ({'ok' if ok_pdf else 'BELOW'} >= 1)"
        if fs is not None:
            ok_scan = fs >= 0.85 * fb - 1e-9
            line += f"; scan/text {fs / fb if fb else float('nan'):.3f} ({'ok' if ok_scan else 'BELOW'} >= 0.85)"
        print(line)
    print("time: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
          + (f"; OCR {scan_pages} pages, {timings.get('extract scan', 0) / max(1, scan_pages):.1f} s/page"
             if "scan" in results else ""))


if __name__ == "__main__":
    main()

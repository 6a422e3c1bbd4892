"""OCR of scanned PDF pages with Tesseract (`tesseract -l vie`, Debian packages
tesseract-ocr and tesseract-ocr-vie), page by page.

Each page is rendered by pypdfium2 at 300 dpi in grey, deskewed, its ruled tables
located, and read by the tesseract command line (TSV output: words with boxes and
confidences). The words then go through the same layout code as a PDF text layer
(readers/layout.py), so a scan gives the same lines, header block and pipe tables.

Written here, because neither Tesseract nor pytesseract does it:
- deskew by projection profiles (a scan rotated by a degree breaks the table grid);
- the table grid from long dark runs (numpy), words assigned to cells by their centre;
- a second look at weak lines that carry the decision number ("Số: ..."), read alone;
- mends of OCR errors that are safe in this domain (see mend_line).
Tesseract runs single-threaded (OMP_THREAD_LIMIT=1): with OpenMP on a shared 2-core
machine it was 20 times slower.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import statistics
import subprocess
import unicodedata

import numpy as np
from PIL import Image

from ..errors import ReadError
from . import layout
from .layout import Seg, Table

DPI = 300
LANG = "vie"
TIMEOUT = 180  # seconds for one page
# An A3 sheet at DPI (17.4 million pixels) with a margin: OCR needs about 50 bytes a pixel
# and a larger page would not fit the worker's memory cap (isolated.WORKER_MEMORY); a 5 m
# page would take 11 GB for the render alone
MAX_PIXELS = 18_000_000


def tesseract_path() -> str:
    exe = shutil.which("tesseract")
    if not exe:
        raise ReadError("scanned PDF needs OCR but the tesseract command is missing "
                        "(install tesseract-ocr and tesseract-ocr-vie, or run make)")
    return exe


def run_tesseract(image: Image.Image, psm: int = 3) -> list[dict]:
    """Words of IMAGE: dicts with text, conf (0-100), box, and Tesseract's block/par/line."""
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        proc = subprocess.run([tesseract_path(), "stdin", "stdout", "-l", LANG, "--dpi", str(DPI),
                               "--psm", str(psm), "tsv"], input=buf.getvalue(), capture_output=True,
                              timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        raise ReadError(f"OCR took over {TIMEOUT} s on one page") from None
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReadError(f"tesseract failed: {err[-1] if err else proc.returncode}")
    words = []
    for row in proc.stdout.decode("utf-8", "replace").splitlines()[1:]:
        f = row.split("\t")
        if len(f) != 12 or f[0] != "5" or not f[11].strip():
            continue
        x, y, w, h = map(int, f[6:10])
        words.append({"block": int(f[2]), "par": int(f[3]), "line": int(f[4]), "x0": x, "top": y,
                      "x1": x + w, "bottom": y + h, "conf": float(f[10]),
                      "text": unicodedata.normalize("NFC", f[11].strip())})
    return words


# ---------------------------------------------------------------- image preparation
def to_gray(image: Image.Image) -> Image.Image:
    """Grey image where red ink (stamps, signatures) is washed out.

    A red stamp is bright in the red channel and dark in the others, black text is
    dark in all three: taking the red channel keeps the text and drops the stamp."""
    if image.mode in ("RGB", "RGBA"):
        r, g, b = image.convert("RGB").split()[:3]
        arr = np.asarray(image.convert("RGB")).astype(np.int16)
        reddish = (arr[..., 0] - np.maximum(arr[..., 1], arr[..., 2])) > 60
        if reddish.mean() > 0.0005:
            return r
        return image.convert("L")
    return image.convert("L")


def despeckle(gray: Image.Image, window=7, max_dark=6) -> Image.Image:
    """Whiten isolated dark specks (scanner dust): dark pixels with at most MAX_DARK dark
    pixels in their WINDOW x WINDOW neighbourhood. Strokes, dots and diacritics of text
    at 300 dpi are far denser; Tesseract's page segmentation trips over the specks."""
    a = np.asarray(gray)
    dark = (a < 160).astype(np.int32)
    r = window // 2
    c = np.pad(dark, ((r + 1, r), (r + 1, r))).cumsum(0).cumsum(1)
    counts = c[window:, window:] - c[:-window, window:] - c[window:, :-window] + c[:-window, :-window]
    speck = (dark == 1) & (counts <= max_dark)
    if not speck.any():
        return gray
    out = a.copy()
    out[speck] = 255
    return Image.fromarray(out)


def dark_mask(gray: Image.Image) -> np.ndarray:
    a = np.asarray(gray)
    return a < 160


def skew_angle(gray: Image.Image) -> float:
    """Rotation (degrees) that makes text lines horizontal: the angle whose row
    profile is sharpest, searched from -3 to 3 degrees on a small copy."""
    small = gray.resize((gray.width // 4, gray.height // 4))
    best, best_score = 0.0, -1.0
    for angle in np.arange(-3.0, 3.01, 0.25):
        rot = small.rotate(float(angle), resample=Image.BILINEAR, fillcolor=255)
        prof = (np.asarray(rot) < 160).sum(axis=1).astype(float)
        score = float(np.square(np.diff(prof)).sum())
        if score > best_score:
            best, best_score = float(angle), score
    # refine around the best coarse angle
    for angle in np.arange(best - 0.2, best + 0.21, 0.05):
        rot = small.rotate(float(angle), resample=Image.BILINEAR, fillcolor=255)
        prof = (np.asarray(rot) < 160).sum(axis=1).astype(float)
        score = float(np.square(np.diff(prof)).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return best


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True in a 1-D array."""
    d = np.diff(np.concatenate(([0], flags.astype(np.int8), [0])))
    return list(zip(np.flatnonzero(d == 1), np.flatnonzero(d == -1)))


def _long_runs(mask: np.ndarray, length: int) -> np.ndarray:
    """Pixels of MASK that lie in a horizontal run of at least LENGTH dark pixels."""
    c = np.cumsum(np.pad(mask, ((0, 0), (1, 0))).astype(np.int32), axis=1)
    full = (c[:, length:] - c[:, :-length]) == length  # window starting at x is all dark
    # a pixel is in a long run if some full window covers it
    cf = np.cumsum(np.pad(full, ((0, 0), (1, 0))).astype(np.int32), axis=1)
    for_x = np.arange(mask.shape[1])
    lo = np.clip(for_x - length + 1, 0, full.shape[1])
    hi = np.clip(for_x + 1, 0, full.shape[1])
    out = (cf[:, hi] - cf[:, lo]) > 0
    return out


def find_grids(mask: np.ndarray, horiz: np.ndarray, vert: np.ndarray) -> list[tuple[list[int], list[int]]]:
    """Ruled tables: (row lines y, column lines x) of each grid found on the page.
    HORIZ, VERT: the pixels of MASK in long horizontal and vertical runs."""
    h, w = mask.shape
    rows_with_h = horiz.sum(axis=1) > w * 0.25
    hlines = [(a + b) // 2 for a, b in _runs(rows_with_h)]
    grids = []
    # split horizontal lines into tables: consecutive lines joined by vertical rules
    group = []
    for y in hlines:
        if group:
            band = vert[group[-1]:y]
            cols_through = (band.mean(axis=0) > 0.9).sum() if band.size else 0
            if cols_through < 2:
                if len(group) >= 2:
                    grids.append(group)
                group = []
        group.append(y)
    if len(group) >= 2:
        grids.append(group)
    out = []
    for ys in grids:
        # a column rule counts if it runs through one row at least: merged cells leave
        # columns whose rules cross only some rows (grid_table checks each row)
        found = []
        for top, bottom in zip(ys, ys[1:]):
            band = vert[top + 2:bottom - 1]
            if band.shape[0] >= 8:
                found += [(a + b) / 2 for a, b in _runs(band.mean(axis=0) > 0.8)]
        xs = []
        for x in sorted(found):
            if xs and x - xs[-1][-1] <= 8:
                xs[-1].append(x)
            else:
                xs.append([x])
        xs = [int(round(sum(c) / len(c))) for c in xs]
        if len(xs) >= 3:
            out.append((ys, xs))
    return out


def grid_table(ys, xs, vert, words, image=None) -> tuple[Table, set[int]]:
    """Cells of one grid filled with the words whose centre falls in them; cells read
    poorly in the page pass (small bold header text above all) are read again alone."""
    used = set()
    rows = []
    for r in range(len(ys) - 1):
        top, bottom = ys[r], ys[r + 1]
        if bottom - top < 12:
            continue
        # a vertical rule that does not run through this row means a merged cell
        bounds = [xs[0]] + [x for x in xs[1:-1]
                            if vert[top + 3:bottom - 3, max(0, x - 3):x + 4].any(axis=1).mean() > 0.6] + [xs[-1]]
        cells = []
        for c in range(len(bounds) - 1):
            inside = [i for i, wd in enumerate(words)
                      if bounds[c] <= (wd["x0"] + wd["x1"]) / 2 < bounds[c + 1] and top <= (wd["top"] + wd["bottom"]) / 2 < bottom]
            used.update(inside)
            ws = sorted((words[i] for i in inside), key=lambda wd: (wd["line_key"], wd["x0"]))
            text = " ".join(wd["text"] for wd in ws)
            if image is not None and ws and min(wd["conf"] for wd in ws) < 85:
                text = _reread_cell(image, (bounds[c], top, bounds[c + 1], bottom), ws) or text
            elif image is not None and not ws and _inked(image, (bounds[c], top, bounds[c + 1], bottom)):
                # a short word alone in a narrow cell ("Đạt", "≥99%") that the page pass missed
                text = _reread_cell(image, (bounds[c], top, bounds[c + 1], bottom), ws) or text
            cells.append(text)
        # keep the column count of the grid: a merged cell spreads over the columns it spans
        full = []
        for c in range(len(bounds) - 1):
            span = sum(1 for x in xs if bounds[c] <= x < bounds[c + 1])
            full.extend([cells[c]] + [None] * (span - 1))  # grid columns under a merged cell
        rows.append(full)
    return Table(ys[0], ys[-1], rows), used


def _inked(image, box) -> bool:
    """Does the cell hold ink away from its rules (more than a few specks)?"""
    x0, top, x1, bottom = box
    a = np.asarray(image.crop((x0 + 8, top + 8, x1 - 7, bottom - 7)))
    return a.size > 0 and int((a < 128).sum()) >= 60


def _reread_cell(image, box, ws):
    x0, top, x1, bottom = box
    crop = image.crop((x0 + 4, top + 4, x1 - 3, bottom - 3))
    if crop.width < 10 or crop.height < 10:
        return None
    crop = crop.resize((crop.width * 2, crop.height * 2), Image.LANCZOS)
    again = [w for w in run_tesseract(crop, psm=6) if not _noise(w)]
    before = statistics.fmean(w["conf"] for w in ws) if ws else 40.0
    if again and statistics.fmean(w["conf"] for w in again) > before:
        return " ".join(w["text"] for w in sorted(again, key=lambda w: ((w["block"], w["par"], w["line"]), w["x0"])))
    return None


# ---------------------------------------------------------------- one page
def ocr_image(image: Image.Image, page_no: int | None = None) -> tuple[list[layout.Line], float, list[dict]]:
    gray = to_gray(image)
    angle = skew_angle(gray)
    if abs(angle) >= 0.1:
        gray = gray.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
    gray = despeckle(gray)
    mask = dark_mask(gray)
    horiz = _long_runs(mask, max(60, mask.shape[1] // 12))
    vert = _long_runs(mask.T, max(40, mask.shape[0] // 60)).T
    grids = find_grids(mask, horiz, vert)
    if grids:
        # erase the rules: Tesseract reads them as "|", "/" or "l" glued to the cell text
        rules = horiz | vert
        rules = rules | np.roll(rules, 1, 0) | np.roll(rules, -1, 0) | np.roll(rules, 1, 1) | np.roll(rules, -1, 1)
        arr = np.asarray(gray).copy()
        arr[rules] = 255
        page_img = Image.fromarray(arr)
    else:
        page_img = gray
    words = run_tesseract(page_img)
    for wd in words:
        wd["line_key"] = (wd["block"], wd["par"], wd["line"])
    words = _second_look(page_img, words)
    words = [wd for wd in words if not _noise(wd)]
    tables, used = [], set()
    for ys, xs in grids:
        t, u = grid_table(ys, xs, vert, words, page_img)
        tables.append(t)
        used |= u
    rest = [wd for i, wd in enumerate(words) if i not in used]
    segs = _line_segments(rest)
    lines = layout.page_lines(segs, tables, gray.width, page_no=page_no)
    for line in lines:
        if line.kind == "table":
            line.rows = [[mend_line(c) for c in r] for r in line.rows]  # (None cells dropped by page_lines)
        else:
            line.text = mend_line(line.text)
    confs = [wd["conf"] for wd in words if wd["conf"] >= 0]
    conf = round(statistics.fmean(confs) / 100, 3) if confs else 0.0
    return lines, conf, words


def _noise(wd) -> bool:
    """Specks and stamp fragments: low confidence and no letter or digit worth keeping."""
    t = wd["text"]
    if t in {"|", "||", "_", "—", "/", "\\", "`", "'", "ˆ", "~"}:
        return True
    return wd["conf"] < 50 and not re.search(r"[0-9A-Za-zÀ-ỹĐđ]{2,}|^\d$", t)


def _line_segments(words) -> list[Seg]:
    """Tesseract's lines, split where the words are far apart (header columns)."""
    by_line = {}
    for wd in words:
        by_line.setdefault(wd["line_key"], []).append(wd)
    segs = []
    for ws in by_line.values():
        ws.sort(key=lambda wd: wd["x0"])
        height = statistics.median(wd["bottom"] - wd["top"] for wd in ws) or 1
        cur = [ws[0]]
        for wd in ws[1:]:
            if wd["x0"] - cur[-1]["x1"] > 1.8 * height:
                segs.append(_seg(cur))
                cur = []
            cur.append(wd)
        segs.append(_seg(cur))
    return segs


def _seg(ws) -> Seg:
    return Seg(min(w["x0"] for w in ws), max(w["x1"] for w in ws), min(w["top"] for w in ws),
               max(w["bottom"] for w in ws), " ".join(w["text"] for w in ws))


KEY_LINE = re.compile(r"^(?:Số|S[ốôo6]|Sô)[:.;]?$", re.IGNORECASE)


def _second_look(gray, words) -> list[dict]:
    """Read again, alone, the weak lines that hold the document number.

    A stamp or a signature over "Số: 985/QĐ-TTg" spoils Tesseract's page segmentation;
    the same line cut out and read as a block of text is usually read right."""
    by_line = {}
    for i, wd in enumerate(words):
        by_line.setdefault(wd["line_key"], []).append(i)
    out = list(words)
    for key, idx in by_line.items():
        ws = [words[i] for i in idx]
        first = min(ws, key=lambda wd: wd["x0"])
        if not KEY_LINE.match(first["text"]) or min(wd["conf"] for wd in ws) >= 70:
            continue
        # the number runs from "Số:" to the first wide gap (the date column starts after it)
        ws.sort(key=lambda wd: wd["x0"])
        height = statistics.median(wd["bottom"] - wd["top"] for wd in ws)
        part = [ws[0]]
        for wd in ws[1:]:
            if wd["x0"] - part[-1]["x1"] > 2.5 * height:
                break
            part.append(wd)
        x0, x1 = part[0]["x0"], part[-1]["x1"]
        top, bottom = min(w["top"] for w in part), max(w["bottom"] for w in part)
        pad = int(height * 0.8)
        crop = gray.crop((max(0, x0 - pad), max(0, top - pad), min(gray.width, x1 + 3 * pad),
                          min(gray.height, bottom + pad)))
        again = run_tesseract(crop, psm=6)
        if not again:
            continue
        lines = {}
        for wd in again:
            lines.setdefault((wd["block"], wd["par"], wd["line"]), []).append(wd)
        best = max(lines.values(), key=lambda ws2: (any(KEY_LINE.match(w["text"]) for w in ws2),
                                                    statistics.fmean(w["conf"] for w in ws2)))
        if statistics.fmean(w["conf"] for w in best) <= statistics.fmean(w["conf"] for w in part):
            continue
        ox, oy = max(0, x0 - pad), max(0, top - pad)
        drop = {id(w) for w in part}
        out = [w for w in out if id(w) not in drop]
        for w in best:
            out.append(dict(w, x0=w["x0"] + ox, x1=w["x1"] + ox, top=w["top"] + oy, bottom=w["bottom"] + oy,
                            line_key=key))
    return out


# ---------------------------------------------------------------- mends
def _digits(s: str) -> str:
    return s.translate(str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"}))


MENDS = [
    # Tesseract's Vietnamese model sometimes answers with Icelandic eth for Đ; Vietnamese has no eth
    (re.compile("[Ðð]"), lambda m: "Đ" if m.group() == "Ð" else "đ"),
    # "95 %" -> "95%", "95 ,5%" -> "95,5%"
    (re.compile(r"([\dOo])\s+(%)"), r"\1\2"),
    (re.compile(r"(\d)\s*,\s+(\d{1,2}\s*%)"), r"\1,\2"),
    # O/o and l/I inside a number: 2O24 -> 2024, 1O0% -> 100%, 1.0OO -> 1.000
    (re.compile(r"(?<=\d)[OolI|]*[OolI|](?=[\d%])|(?<=\d)[Oo]+\b|(?<=\d[.,])[Oo]+(?=\d)"),
     lambda m: _digits(m.group())),
    (re.compile(r"\b[lI](?=\d{1,3}(?:[.,]\d+)?%)"), lambda m: "1"),
    # "> =" and ">=" written as the sign (never a bare ">": it may really be "trên")
    (re.compile(r"(?<![<>=])>\s*=\s*(?=\d)"), "≥"),
    (re.compile(r"(?<![<>=])<\s*=\s*(?=\d)"), "≤"),
    # dates: "ngày l5 tháng O9 năm 2O24"
    (re.compile(r"\b(ngày|tháng|năm)\s+([\dOolI]{1,4})\b"), lambda m: f"{m.group(1)} {_digits(m.group(2))}"),
    # decision numbers: "985/QĐÐ- TT", "285/QD-UBND", "12/ QĐ - UBND"
    (re.compile(r"(\d+(?:/\d{4})?)\s*/\s*Q\s*[ĐÐD][ĐÐ]?\s*[-–]\s*(?=[A-Z0-9])"), r"\1/QĐ-"),
    (re.compile(r"/QĐ-(?:TTG|T[Tt1l][gqe9]|[1l][1lT][gq9]|11g)\b"), "/QĐ-TTg"),
    # the heading word read with the wrong circumflex: "QUYÉT ĐỊNH"
    (re.compile(r"\bQUY[ÉÊỂÈ]T\b"), "QUYẾT"),
    # "93% ở cả 3 cấp" read as "93% Ở cà 3 cấp": no sentence opens right after a percent,
    # and "cà" (eggplant) never counts levels
    (re.compile(r"(?<=%\s)Ở(?=\s)"), "ở"),
    (re.compile(r"\b([ởỞ])\s+c[àáạãa]\s+(?=(?:\d+|hai|ba|bốn)\s+c[ấâa]p\b)"), r"\1 cả "),
    # level names with a lost diacritic: "câp" is no word; "cấp xa", "cấp huyên" are no phrases
    (re.compile(r"\b([Cc])[âa]p\b"), r"\1ấp"),
    (re.compile(r"\b(cấp|CẤP)\s+(xa|XA|huyên|HUYÊN|tinh|TINH)\b"),
     lambda m: f"{m.group(1)} " + {"xa": "xã", "huyên": "huyện", "tinh": "tỉnh"}.get(m.group(2).lower(), m.group(2)).upper()
     if m.group(2).isupper() else f"{m.group(1)} " + {"xa": "xã", "huyên": "huyện", "tinh": "tỉnh"}[m.group(2)]),
]


def mend_line(text: str) -> str:
    """Repair OCR misreadings that cannot change a meaning in this domain."""
    for pattern, repl in MENDS:
        text = pattern.sub(repl, text)
    return text


PM_NUMBER = re.compile(r"(\d+(?:/\d{4})?/QĐ-)TT(?![A-Za-z])")


def mend_document(pages: dict) -> None:
    """Mends that need the whole document: a decision of the Prime Minister
    (header "THỦ TƯỚNG CHÍNH PHỦ") is numbered .../QĐ-TTg, so a number read as
    ".../QĐ-TT" with its "g" lost under the stamp is completed."""
    text = " ".join(l.text for lines, _ in pages.values() for l in lines[:12])
    if "THỦ TƯỚNG" not in text.upper():
        return
    for lines, _ in pages.values():
        for line in lines:
            line.text = PM_NUMBER.sub(r"\1TTg", line.text)


# ---------------------------------------------------------------- PDF pages
def ocr_pdf_pages(pdf, indices) -> dict:
    """{page index: (lines, confidence 0-1)} for the pages of an open pypdfium2 document."""
    tesseract_path()
    out = {}
    for i in indices:
        page = pdf[i]
        try:
            width, height = page.get_size()
            if width * height * (DPI / 72) ** 2 > MAX_PIXELS:
                raise ReadError(f"page {i + 1} is {width / 72 * 2.54:.0f} × {height / 72 * 2.54:.0f} cm, too large "
                                f"to OCR (over {MAX_PIXELS // 10**6} million pixels at {DPI} dpi)")
            image = page.render(scale=DPI / 72).to_pil()
        finally:
            page.close()
        lines, conf, _ = ocr_image(image, page_no=i + 1)
        out[i] = (lines, conf)
        del image
    mend_document(out)
    return out

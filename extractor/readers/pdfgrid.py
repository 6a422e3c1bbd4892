"""Ruled tables of a PDF page from pypdfium2 alone: the rules are the page's path
objects, each cell's text is pdfium's text inside the cell's box.

Why by hand: pdfplumber's table finder is right but parses the whole page with
pdfminer (about 20 pages/s), which made `chitieu extract` slower than pdfplumber's own
extract_text on appendix-heavy decisions. Drawn grids (each cell a rectangle, or rules
as thin rectangles or lines, as Word and fpdf2 write them) are found here in
milliseconds; a page with many rules but no clean grid still goes to pdfplumber.
"""
from __future__ import annotations

import pypdfium2.raw as pdfium_c

from .layout import Table

TOL = 2.5  # points: rules closer than this are the same rule


def _edges(page):
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) rules, top-down coordinates."""
    height = page.get_height()
    hs, vs = [], []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        x0, x1, y0, y1 = left, right, height - top, height - bottom
        w, h = x1 - x0, y1 - y0
        if w > 0.8 * page.get_width() and h > 0.8 * height:
            continue  # a page frame or background
        if h <= 3 and w > 6:
            hs.append(((y0 + y1) / 2, x0, x1))
        elif w <= 3 and h > 4:
            vs.append(((x0 + x1) / 2, y0, y1))
        elif w > 3 and h > 3:  # a cell drawn as a rectangle: its four sides
            hs += [(y0, x0, x1), (y1, x0, x1)]
            vs += [(x0, y0, y1), (x1, y0, y1)]
    return hs, vs


def _cluster(values):
    out = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= TOL:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _components(hs, vs):
    """Groups of rules that touch each other: one group per table."""
    items = [("h", e) for e in hs] + [("v", e) for e in vs]
    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hi = [i for i, it in enumerate(items) if it[0] == "h"]
    vi = [i for i, it in enumerate(items) if it[0] == "v"]
    for i in hi:
        y, x0, x1 = items[i][1]
        for j in vi:
            x, y0, y1 = items[j][1]
            if x0 - TOL <= x <= x1 + TOL and y0 - TOL <= y <= y1 + TOL:
                parent[find(i)] = find(j)
    groups = {}
    for i, it in enumerate(items):
        groups.setdefault(find(i), []).append(it)
    return list(groups.values())


def find_tables(page, textpage) -> list[Table] | None:
    """Tables of the page, or None when its rules form no clean grid (ask pdfplumber)."""
    hs, vs = _edges(page)
    if not hs or not vs:
        return None
    height = page.get_height()
    tables = []
    for group in _components(hs, vs):
        gh = [e for k, e in group if k == "h"]
        gv = [e for k, e in group if k == "v"]
        ys = _cluster([e[0] for e in gh])
        xs = _cluster([e[0] for e in gv])
        if len(ys) < 2 or len(xs) < 3:
            continue  # not a table (an underline, a frame, a single box)
        rows = []
        for top, bottom in zip(ys, ys[1:]):
            if bottom - top < 4:
                continue
            mid = (top + bottom) / 2
            bounds = [x for x in xs if any(abs(x - e[0]) <= TOL and e[1] - TOL <= mid <= e[2] + TOL for e in gv)]
            if len(bounds) < 2:
                continue
            row = []
            for left, right in zip(bounds, bounds[1:]):
                text = textpage.get_text_bounded(left + 0.5, height - bottom + 0.5, right - 0.5, height - top - 0.5)
                row.append(text.replace("\r", ""))
                span = sum(1 for x in xs if left - TOL < x < right - TOL) - 1
                row.extend([None] * max(0, span))  # grid columns under a merged cell
            rows.append(row)
        # one ruled row of two cells or more is a table too: the last row of a table
        # continued on this page, or a row set apart between two paragraphs
        if len(rows) >= 2 or (rows and sum(1 for c in rows[0] if c is not None) >= 2):
            tables.append(Table(ys[0], ys[-1], rows))
    if not tables:
        return None
    return tables

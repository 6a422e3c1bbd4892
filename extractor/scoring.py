"""Precision, recall and F1 of a catalogue against gold rows.

The pairing rules are those of the project's reference judge (tools/score.py in the
shared folder): documents pair by file name without extension; a predicted row pairs
with a gold row of the same kind, value and unit whose indicator words (diacritics
folded, abbreviations expanded, stop words dropped) overlap with Dice >= 0.5 (strict,
which also needs the same level, operator class and year) or >= 0.3 (loose); pairs are
taken best first, each row used once. Kept identical so both print the same figures.
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter

from .vntext import fold

ABBREV = {
    "tthc": "thu tuc hanh chinh", "dvc": "dich vu cong", "cchc": "cai cach hanh chinh",
    "pakn": "phan anh kien nghi", "ubnd": "uy ban nhan dan", "hs": "ho so", "dvctt": "dich vu cong truc tuyen",
    "qd": "quyet dinh", "cbccvc": "can bo cong chuc vien chuc",
}
STOP = set("cua va cac doi voi tren duoc trong theo tai the nhung ve cho den tu la co".split())
UNITS = {"%": "percent", "percent": "percent", "phan tram": "percent", "grade": "grade", "xep loai": "grade",
         "rank": "rank", "hang": "rank", "day": "day", "days": "day", "ngay": "day"}
LEVEL_KEYS = (("province", ("province", "tinh", "so", "department")), ("district", ("district", "huyen")),
              ("commune", ("commune", "xa", "phuong")), ("national", ("national", "bo", "ministry")))


def tokens(text):
    out = []
    for w in re.findall(r"[a-z0-9]+", fold(text)):
        out.extend(ABBREV.get(w, w).split())
    return [w for w in out if w not in STOP]


def dice(a, b):
    A, B = set(tokens(a)), set(tokens(b))
    if not A or not B:
        return 0.0
    return 2 * len(A & B) / (len(A) + len(B))


def _unit(u):
    return "count" if u is None else UNITS.get(fold(u).strip(), "count")


def _value(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        return round(float(v), 4)
    s = fold(v).strip()
    try:
        return round(float(s.replace(",", ".")), 4)
    except ValueError:
        return s


def _opclass(op):
    return "upper" if (op or ">=").strip() in ("<=", "<", "≤") else "lower"


def _level(level):
    if not level:
        return None
    level = fold(level)
    for key, names in LEVEL_KEYS:
        if any(n in level for n in names):
            return key
    return level


def _row(indicator, value, unit, op, level, year, kind, scope):
    return {"indicator": indicator or "", "value": _value(value), "unit": _unit(unit), "op": _opclass(op),
            "level": _level(level), "year": year, "kind": (kind or "target").lower(), "scope": scope}


def predicted_rows(doc):
    out = []
    for t in doc.get("targets") or []:
        th = t.get("threshold") or {}
        ind = t.get("indicator")
        if isinstance(ind, dict):
            ind = ind.get("text") or ind.get("name") or ind.get("id") or ""
        value = th.get("value", t.get("value"))
        if value is None:
            continue
        out.append(_row(ind, value, th.get("unit", t.get("unit")), th.get("operator", t.get("operator")),
                        t.get("level"), t.get("year"), t.get("kind"), t.get("scope")))
    return out


def gold_rows(gold):
    return [_row(t["indicator"], t["value"], t.get("unit"), t.get("operator"), t.get("level"), t.get("year"),
                 t.get("kind", "target"), t.get("scope")) for t in gold.get("targets", [])]


def match(gold, pred, strict):
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if g["kind"] != p["kind"] or g["value"] != p["value"] or g["unit"] != p["unit"]:
                continue
            if strict and (g["level"] != p["level"] or g["op"] != p["op"]
                           or (g["year"] is not None and p["year"] != g["year"])):
                continue
            s = dice(g["indicator"] + (" " + g["scope"] if g.get("scope") else ""),
                     p["indicator"] + (" " + p["scope"] if p.get("scope") else ""))
            if s >= (0.5 if strict else 0.3):
                pairs.append((s, i, j))
    pairs.sort(reverse=True)
    used_g, used_p, hits = set(), set(), []
    for s, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            hits.append((i, j, s))
    return hits


FIELDS = ("indicator", "level", "year", "kind", "operator", "scope")


def field_errors(missed, extra) -> Counter:
    """Why each missed gold row was missed: the fields in which it differs from the closest
    unpaired predicted row with its value and unit ("no figure" when there is none). A row
    wrong in two fields counts in both, so the next gap shows at a glance."""
    out = Counter()
    free = list(extra)
    for g in missed:
        same = [p for p in free if p["value"] == g["value"] and p["unit"] == g["unit"]]
        if not same:
            out["no figure"] += 1
            continue
        words = lambda r: r["indicator"] + (" " + r["scope"] if r.get("scope") else "")  # noqa: E731
        best = max(same, key=lambda p: (p["kind"] == g["kind"], dice(words(g), words(p))))
        free.remove(best)
        wrong = {"indicator": dice(words(g), words(best)) < 0.5, "level": g["level"] != best["level"],
                 "year": g["year"] is not None and g["year"] != best["year"], "kind": g["kind"] != best["kind"],
                 "operator": g["op"] != best["op"], "scope": (g.get("scope") or None) != (best.get("scope") or None)}
        out.update(f for f in FIELDS if wrong[f])
    return out


def format_field_errors(result) -> str:
    """One line: how many missed rows each field got wrong."""
    errors = result.get("field_errors") or {}
    counts = ", ".join(f"{name} {errors[name]}" for name in (*FIELDS, "no figure") if errors.get(name))
    return f"missed rows by field (a row may count in several): {counts or 'none'}"


def _prf(tp, npred, ngold):
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _key(path):
    return os.path.splitext(os.path.basename(path))[0]


def _number(n):
    return fold(n or "").replace(" ", "") or None


def given_keys(catalogue) -> set[str]:
    """The documents a catalogue was made from: those extracted and those that failed."""
    docs = catalogue["documents"] if isinstance(catalogue, dict) else catalogue
    errors = catalogue.get("errors", []) if isinstance(catalogue, dict) else []
    return {_key((d.get("source") or {}).get("path") or "") for d in docs} | {_key(e["path"]) for e in errors}


def score(gold_dir, catalogue, only_kind=None, only_given=False) -> dict:
    """Figures over every gold document, as the reference judge gives them (a gold
    document missing from the catalogue counts as all missed); with ONLY_GIVEN, over the
    gold documents the catalogue was made from (given_keys), the others listed in
    "unscored"."""
    docs = catalogue["documents"] if isinstance(catalogue, dict) else catalogue
    preds = {_key((d.get("source") or {}).get("path") or ""): d for d in docs}
    given = given_keys(catalogue) if only_given else None
    unscored = []
    totals = {"strict": [0, 0, 0], "loose": [0, 0, 0]}
    year_ok = year_n = num_ok = num_n = 0
    per_doc, misses = [], []
    fields = Counter()
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(gold_dir, name), encoding="utf-8") as fh:
            g = json.load(fh)
        k = _key(g["document"])
        if given is not None and k not in given:
            unscored.append(k)
            continue
        d = preds.get(k, {})
        gt, pt = gold_rows(g), predicted_rows(d)
        if only_kind:
            gt = [t for t in gt if t["kind"] == only_kind]
            pt = [t for t in pt if t["kind"] == only_kind]
        line = {"document": k, "gold": len(gt), "pred": len(pt)}
        for mode in ("strict", "loose"):
            hits = match(gt, pt, mode == "strict")
            totals[mode][0] += len(hits)
            totals[mode][1] += len(pt)
            totals[mode][2] += len(gt)
            line[mode] = len(hits)
            if mode == "strict":
                hg, hp = {i for i, _, _ in hits}, {j for _, j, _ in hits}
                misses += [(k, "MISSED", t) for i, t in enumerate(gt) if i not in hg]
                misses += [(k, "EXTRA ", t) for j, t in enumerate(pt) if j not in hp]
                fields.update(field_errors([t for i, t in enumerate(gt) if i not in hg],
                                           [t for j, t in enumerate(pt) if j not in hp]))
        if g.get("year") is not None:
            year_n += 1
            year_ok += int(d.get("year") == g.get("year"))
        gn = (g.get("decision") or {}).get("number")
        if gn:
            num_n += 1
            num_ok += int(_number((d.get("decision") or {}).get("number")) == _number(gn))
        per_doc.append(line)
    out = {"documents": len(per_doc), "year_accuracy": year_ok / year_n if year_n else 1.0,
           "decision_number_accuracy": num_ok / num_n if num_n else 1.0, "per_document": per_doc,
           "misses": misses, "field_errors": dict(fields), "unscored": unscored}
    for mode, (tp, npred, ngold) in totals.items():
        p, r, f = _prf(tp, npred, ngold)
        out[mode] = {"tp": tp, "pred": npred, "gold": ngold, "precision": round(p, 4), "recall": round(r, 4),
                     "f1": round(f, 4)}
    return out


def format_report(result, verbose=False) -> str:
    lines = []
    if verbose:
        lines += [f"  {k} {what} {row}" for k, what, row in result["misses"]]
    lines.append(f"{'document':40} gold pred strict loose")
    for r in result["per_document"]:
        lines.append(f"{r['document']:40} {r['gold']:4} {r['pred']:4} {r['strict']:6} {r['loose']:5}")
    s, lo = result["strict"], result["loose"]
    lines.append(f"year accuracy {result['year_accuracy']:.3f}; decision number accuracy "
                 f"{result['decision_number_accuracy']:.3f}")
    lines.append(f"loose F1 {lo['f1']:.3f} (P {lo['precision']:.3f} R {lo['recall']:.3f})")
    lines.append(f"strict F1 {s['f1']:.3f} (P {s['precision']:.3f} R {s['recall']:.3f}; {s['tp']}/{s['gold']} gold, "
                 f"{s['pred']} predicted) on {result['documents']} documents")
    return "\n".join(lines)

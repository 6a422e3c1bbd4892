"""Consistency checks across documents: floors set from above, and repeated rows.

below_floor / above_ceiling
    A target of a lower jurisdiction is looser than the target a higher jurisdiction
    (province, or the national government) set for the same indicator id, year,
    level, scope and unit. Decisions say a district may not give its communes a
    lower target than the province gave communes, so the comparison is level for
    level: the province's "cấp xã ≥ 88%" is the floor for every commune-level target
    of its districts and communes. A row with no level applies to its own
    jurisdiction's level (a district plan's "của huyện 92%" is a district target).
    For ceilings (<=, <: "không quá 10 ngày") a higher value is the looser one.
    Which higher jurisdiction is a document's parent is not in the catalogue, so a
    floor applies when it is national, when it is the only jurisdiction at its
    level among the inputs, or when its name appears in the lower document's
    jurisdiction, title or issuer ("huyện Long Thành, tỉnh Đồng Nai").
contradictory
    One jurisdiction states different thresholds for the same indicator id, level,
    year, kind, scope and unit.
duplicate
    The same threshold stated more than once (informational).
"""
from __future__ import annotations

from collections import defaultdict

from .compare import CEILINGS, _delta
from .db.rows import key, show_threshold
from .patterns import LEVELS

RANK = {lv: i for i, lv in enumerate(LEVELS)}
SERIOUS = ("below_floor", "above_ceiling", "contradictory")
COLUMNS = ["finding", "jurisdiction", "indicator_id", "indicator", "level", "year", "kind", "scope",
           "threshold", "reference", "reference_jurisdiction", "document", "evidence", "reference_document"]


def _effective_level(r):
    return r["level"] or r["jurisdiction_level"]


def _dedupe(rows):
    """The same document given twice (two catalogues, two paths) counts once."""
    seen, out = set(), []
    for r in rows:
        k = (r["sha256"], r["ordinal"])
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def _where(r) -> str:
    return f"{r['document']}" + (f" p.{r['page']}" if r.get("page") else "") + f" @{r['start']}"


def _finding(kind, r, reference="", ref_rows=()):
    return {
        "finding": kind, "jurisdiction": r["jurisdiction"], "indicator_id": r["indicator_id"],
        "indicator": r["indicator"], "level": _effective_level(r) if kind in ("below_floor", "above_ceiling") else r["level"],
        "year": r["year"], "kind": r["kind"], "scope": r["scope"],
        "threshold": show_threshold(r["operator"], r["value"], r["unit"], r.get("noun")),
        "reference": reference,
        "reference_jurisdiction": "; ".join(dict.fromkeys(x["jurisdiction"] or "" for x in ref_rows)) or None,
        "document": _where(r), "evidence": r["evidence"],
        "reference_document": "; ".join(dict.fromkeys(_where(x) for x in ref_rows)) or None,
    }


def _applies(parent: dict, child: dict, single_at_level: set) -> bool:
    if RANK.get(parent["jurisdiction_level"], 9) >= RANK.get(child["jurisdiction_level"], 9):
        return False
    if parent["jurisdiction_level"] == "national" or parent["jurisdiction_level"] in single_at_level:
        return True
    name = key(parent["jurisdiction"])
    context = " ".join(key(child[f]) or "" for f in ("jurisdiction", "title", "issuer"))
    return bool(name) and name in context


def floors(rows) -> list[dict]:
    targets = [r for r in rows if r["kind"] == "target" and r["indicator_id"] and r["year"] is not None
               and r["jurisdiction_level"] in RANK and _effective_level(r)]
    names_at = defaultdict(set)
    for r in targets:
        names_at[r["jurisdiction_level"]].add(key(r["jurisdiction"]))
    single = {level for level, names in names_at.items() if len(names) == 1}
    by_key = defaultdict(list)
    for r in targets:
        by_key[(r["indicator_id"], r["year"], _effective_level(r), key(r["scope"]), r["unit"])].append(r)
    out = []
    for group in by_key.values():
        for child in group:
            ceiling = child["operator"] in CEILINGS
            for parent in group:
                if (parent["operator"] in CEILINGS) != ceiling or not _applies(parent, child, single):
                    continue
                # _delta: change from parent to child; None when not comparable (e.g. unknown grade)
                change, direction = _delta(parent, child)
                if direction is None or direction == 0:
                    continue
                if (direction < 0) != ceiling:
                    kind = "above_ceiling" if ceiling else "below_floor"
                    ref = show_threshold(parent["operator"], parent["value"], parent["unit"], parent.get("noun"))
                    out.append(_finding(kind, child, ref, [parent]))
    return out


def repeats(rows) -> list[dict]:
    groups = defaultdict(list)
    for r in rows:
        if r["indicator_id"]:
            # a percentage and a rank of one indicator are two statements, not a contradiction
            groups[(key(r["jurisdiction"]), r["indicator_id"], r["level"], r["year"], r["kind"], key(r["scope"]),
                    r["unit"])].append(r)
    out = []
    for group in groups.values():
        if len(group) < 2:
            continue
        by_threshold = defaultdict(list)
        for r in group:
            by_threshold[(r["operator"], r["value"], r["unit"])].append(r)
        if len(by_threshold) > 1:
            values = "; ".join(show_threshold(op, v, u) for op, v, u in by_threshold)
            out.append(_finding("contradictory", group[0], values, group[1:]))
        for same in by_threshold.values():
            if len(same) > 1:
                out.append(_finding("duplicate", same[0], f"stated {len(same)} times", same[1:]))
    return out


ORDER = {"below_floor": 0, "above_ceiling": 0, "contradictory": 1, "duplicate": 2}


def check(rows) -> list[dict]:
    rows = _dedupe(rows)
    found = floors(rows) + repeats(rows)
    found.sort(key=lambda f: (ORDER[f["finding"]], key(f["jurisdiction"]) or "", f["indicator_id"], f["year"] or 0,
                              RANK.get(f["level"], 9), f["document"]))
    return found


def render(findings, fmt="table") -> str:
    from tabulate import tabulate

    if not findings:
        return "No problems found.\n"
    headers = ["finding", "jurisdiction", "indicator_id", "level", "year", "threshold", "reference", "where"]
    body = [[f["finding"], f["jurisdiction"], f["indicator_id"], f["level"] or "", f["year"] or "", f["threshold"],
             (f["reference"] or "") + (f" ({f['reference_jurisdiction']})" if f["finding"] in ("below_floor", "above_ceiling") else ""),
             f["document"]] for f in findings]
    return tabulate(body, headers=headers, tablefmt="github" if fmt == "md" else "simple", disable_numparse=True) + "\n"


def write_csv(findings, path) -> None:
    import pandas as pd

    from .sheets import write_csv as write_safe_csv

    write_safe_csv(pd.DataFrame(findings, columns=COLUMNS).astype({"year": "Int64"}), path)

"""Compare targets year over year, and targets against reported results.

Within each jurisdiction, the target rows of each side are grouped by indicator identity
(alias, official id or normalised key: see identity.py), level and scope, and the groups of
OLD and NEW are paired one-to-one by identity.pair on indicator similarity, unit, level and
scope. Every paired row carries its score (1 for the same identity); a group left unpaired
is "new" or "dropped" and carries its best candidate on the other side and that score.

Status of a year-over-year row (raised/lowered are about the number, not ambition):
  raised       the threshold value went up (a grade moved up: Khá -> Tốt)
  lowered      the threshold value went down
  unchanged    same operator, value and unit
  changed      not comparable as a number (unit or operator changed, unknown grade)
  new          only in NEW            dropped    only in OLD
  level ended  only in OLD, at a level that no longer exists in NEW's year (cấp huyện from 2025)
  ambiguous    one side states several different thresholds for the same row
The `ambition` column says what the change means: for a ceiling (<=, <: "không quá
10 ngày") a lower value is stricter, for everything else a higher value is stricter.

Targets against results of the same year (same identity, level, scope): met / not met,
gap = result - target.
"""
from __future__ import annotations

import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from . import identity as ident
from .db.rows import cut as _cut, key, show_number, show_threshold
from .output import write_bytes_atomic
from .patterns import LEVELS

# Vietnamese rating words, lowest first ("Yếu kém" and "Kém" are the same rung).
GRADES = ["kém", "yếu kém", "yếu", "trung bình", "khá", "tốt", "xuất sắc"]
GRADE_RANK = {g: (i if g != "yếu kém" else 0) for i, g in enumerate(GRADES)}
CEILINGS = ("<=", "<")
CHANGE_UNITS = {"percent": "pp", "day": "days", "point": "points", "rank": "places", "grade": "grades", "count": "", "times": "times"}

COLUMNS = [
    "section", "jurisdiction", "indicator_id", "indicator", "level", "scope", "unit",
    "old_year", "old_operator", "old", "new_year", "new_operator", "new", "change", "change_unit",
    "status", "ambition", "identity", "score", "candidate", "candidate_score", "old_indicator", "new_indicator",
    "old_text", "new_text", "old_document", "new_document",
]
UNPAIRED = ("new", "dropped", "level ended")


@dataclass
class Comparison:
    old_label: str
    new_label: str
    changes: list[dict] = field(default_factory=list)
    results: list[dict] = field(default_factory=list)
    threshold: float = ident.THRESHOLD

    @property
    def unmatched(self) -> list[dict]:
        """Rows left unpaired (new, dropped, level ended), each with its best candidate."""
        return [r for r in self.changes if r["status"] in UNPAIRED]

    def all_rows(self) -> list[dict]:
        return self.changes + self.results


def row_key(r: dict) -> tuple:
    return (key(r["jurisdiction"]), r["identity"], r["level"], key(r["scope"]))


def with_identity(rows: list[dict], aliases: dict | None = None) -> list[dict]:
    """Copies of ROWS with an `identity` (alias, else official id, else ~normalised key); an
    alias to an official id also corrects `indicator_id`."""
    out = []
    for r in rows:
        i = ident.identity(r["indicator"], r["indicator_id"], aliases)
        out.append({**r, "identity": i, "indicator_id": i if ident.is_official(i) else r["indicator_id"]})
    return out


def _threshold(r: dict) -> tuple:
    return (r["operator"], r["value"], r["unit"])


def main_year(rows: list[dict]) -> int | None:
    """The year a side is about: the commonest target year (latest on a tie)."""
    years = Counter(r["year"] for r in rows if r["kind"] == "target" and r["year"] is not None)
    if not years:
        return None
    top = max(years.values())
    return max(y for y, n in years.items() if n == top)


def _pick(rows: list[dict], year: int | None) -> list[dict]:
    """Rows of the side's own year when there are any (a plan may list later years too),
    one per distinct threshold."""
    own = [r for r in rows if r["year"] == year] or rows
    seen, out = set(), []
    for r in own:
        if _threshold(r) not in seen:
            seen.add(_threshold(r))
            out.append(r)
    return out


def _number(value):
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _grade(value):
    return GRADE_RANK.get(key(value)) if isinstance(value, str) else None


def _delta(old: dict, new: dict):
    """(change, direction) with direction +1/-1/0, or (None, None) when not comparable."""
    if old["unit"] != new["unit"]:
        return None, None
    a, b = _number(old["value"]), _number(new["value"])
    if a is not None and b is not None:
        change = round(b - a, 6)
        return change, (change > 0) - (change < 0)
    ga, gb = _grade(old["value"]), _grade(new["value"])
    if ga is not None and gb is not None:
        return gb - ga, (gb > ga) - (gb < ga)
    if key(str(old["value"])) == key(str(new["value"])):
        return None, 0
    return None, None


def _base(r: dict) -> dict:
    return {
        "jurisdiction": r["jurisdiction"], "indicator_id": r["indicator_id"], "identity": r["identity"],
        "indicator": r["indicator"],
        "level": r["level"], "scope": r["scope"], "unit": r["unit"],
        "change_unit": r["noun"] if r["unit"] == "count" and r.get("noun") else CHANGE_UNITS.get(r["unit"], r["unit"]),
    }


def _side(prefix: str, picked: list[dict]) -> dict:
    if not picked:
        return {f"{prefix}_year": None, f"{prefix}_operator": None, prefix: None, f"{prefix}_text": None,
                f"{prefix}_document": None, f"{prefix}_indicator": None}
    return {
        f"{prefix}_indicator": picked[0]["indicator"],
        f"{prefix}_year": picked[0]["year"],
        f"{prefix}_operator": "; ".join(dict.fromkeys(r["operator"] for r in picked)),
        prefix: picked[0]["value"] if len(picked) == 1 else "; ".join(show_number(r["value"]) for r in picked),
        f"{prefix}_text": "; ".join(r["threshold"] for r in picked),
        f"{prefix}_document": "; ".join(dict.fromkeys(r["document"] for r in picked)),
    }


def _status(old: list[dict], new: list[dict]) -> tuple[str, object, str | None]:
    if not old:
        return "new", None, None
    if not new:
        return "dropped", None, None
    if len(old) > 1 or len(new) > 1:
        return "ambiguous", None, None
    o, n = old[0], new[0]
    change, direction = _delta(o, n)
    if direction is None:
        return "changed", None, None
    if direction == 0:
        return ("unchanged", change, "same") if o["operator"] == n["operator"] else ("changed", change, None)
    stricter = (direction < 0) if n["operator"] in CEILINGS else (direction > 0)
    return ("raised" if direction > 0 else "lowered"), change, ("stricter" if stricter else "looser")


LEVEL_ORDER = {**{lv: i for i, lv in enumerate(LEVELS)}, None: len(LEVELS)}


def _sort(row: dict):
    return (key(row["jurisdiction"]) or "", row["indicator_id"] is None, row["indicator_id"] or row["identity"] or "",
            LEVEL_ORDER.get(row["level"], 5), key(row["scope"]) or "")


def _items(rows: list[dict], year: int | None) -> list[dict]:
    """The side's target rows grouped by (identity, level, scope): one item per group."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        if r["kind"] == "target":
            groups[row_key(r)].append(r)
    items = []
    for rs in groups.values():
        picked = _pick(rs, year)
        first = picked[0]
        items.append({"identity": first["identity"], "key": ident.normal_key(first["indicator"]), "unit": first["unit"],
                      "level": first["level"], "scope": first["scope"], "rows": picked})
    return items


def _official(*rows) -> str | None:
    return next((r["indicator_id"] for r in rows if r and r["indicator_id"]), None)


def compare(old_rows, new_rows, old_label="OLD", new_label="NEW", old_year=None, new_year=None,
            aliases: dict | None = None, threshold: float = ident.THRESHOLD) -> Comparison:
    """old_rows/new_rows: flat rows (extractor.db.rows). Years default to each side's main year.
    ALIASES: normalised key -> identity, the links staff confirmed (db.aliases.load)."""
    old_rows, new_rows = with_identity(old_rows, aliases), with_identity(new_rows, aliases)
    old_year = old_year if old_year is not None else main_year(old_rows)
    new_year = new_year if new_year is not None else main_year(new_rows)
    out = Comparison(old_label, new_label, threshold=threshold)

    by_juris: dict[str | None, dict[str, list]] = defaultdict(lambda: {"old": [], "new": []})
    for side, rows in (("old", old_rows), ("new", new_rows)):
        for r in rows:
            by_juris[key(r["jurisdiction"])][side].append(r)
    for sides in by_juris.values():
        old, new = _items(sides["old"], old_year), _items(sides["new"], new_year)
        pairing = ident.pair(old, new, threshold)
        paired_old, paired_new = set(), set()
        for i, j, score in pairing.pairs:
            paired_old.add(i)
            paired_new.add(j)
            o, n = old[i]["rows"], new[j]["rows"]
            status, change, ambition = _status(o, n)
            out.changes.append({
                "section": "change", **_base(n[0]), "indicator_id": _official(n[0], o[0]),
                **_side("old", o), **_side("new", n), "change": change, "status": status, "ambition": ambition,
                "score": score, "candidate": None, "candidate_score": None,
            })
        for side, items, best, paired, others in (("old", old, pairing.old_best, paired_old, new),
                                                  ("new", new, pairing.new_best, paired_new, old)):
            for i, item in enumerate(items):
                if i in paired:
                    continue
                rows = item["rows"]
                if side == "new":
                    status = "new"
                else:
                    status = "level ended" if ident.ended_level(item["level"], new_year) else "dropped"
                cand, cand_score = best[i]
                if not cand_score:  # nothing on the other side shares a word, unit and level with it
                    cand = None
                out.changes.append({
                    "section": "change", **_base(rows[0]), **_side(side, rows),
                    **_side("new" if side == "old" else "old", []), "change": None, "status": status, "ambition": None,
                    "score": None, "candidate": others[cand]["rows"][0]["indicator"] if cand is not None else None,
                    "candidate_score": cand_score if cand is not None else None,
                })
    out.results = targets_vs_results(old_rows + new_rows)
    out.changes.sort(key=_sort)
    return out


def targets_vs_results(rows: list[dict]) -> list[dict]:
    """For each indicator identity, level, scope and year with both a target and a reported result."""
    if rows and "identity" not in rows[0]:
        rows = with_identity(rows)
    groups: dict[tuple, dict[str, list]] = defaultdict(lambda: {"target": [], "result": []})
    for r in rows:
        if r["year"] is not None:
            groups[row_key(r) + (r["year"],)][r["kind"]].append(r)
    out = []
    for g in groups.values():
        if not g["target"] or not g["result"]:
            continue
        target, result = _pick(g["target"], None), _pick(g["result"], None)
        row = {"section": "result", **_base(target[0]), **_side("old", target), **_side("new", result),
               "change": None, "ambition": None, "score": None, "candidate": None, "candidate_score": None}
        if len(target) > 1 or len(result) > 1:
            row["status"] = "ambiguous"
        else:
            row["change"], row["status"] = _met(target[0], result[0])
        out.append(row)
    out.sort(key=lambda r: (r["old_year"], _sort(r)))
    return out


def _met(target: dict, result: dict):
    """(gap, met / not met); gap = result - target, in the target's unit."""
    gap, _direction = _delta(target, result)
    if gap is None:
        return None, "not comparable"
    op = target["operator"]
    ok = {">=": gap >= 0, ">": gap > 0, "<=": gap <= 0, "<": gap < 0, "=": gap >= 0}[op]
    # "đạt 60%" as a target is a floor: reaching more is meeting it
    return gap, "met" if ok else "not met"


# ---------------------------------------------------------------- output

def _show_change(row) -> str:
    c = row["change"]
    if c is None:
        return ""
    if row["unit"] == "grade":
        return f"{c:+d} {'grade' if abs(c) == 1 else 'grades'}"
    text = show_number(abs(c))
    sign = "+" if c > 0 else "-" if c < 0 else ""
    return f"{sign}{text} {row['change_unit']}".strip()


def _show(row, side) -> str:
    value = row[side]
    if value is None:
        return "—"
    if isinstance(value, str) and "; " in value:  # ambiguous: several values
        return value
    return show_threshold(row[f"{side}_operator"], value, row["unit"])


def _table(rows, cmp: Comparison, section: str, fmt: str) -> str:
    from tabulate import tabulate

    many = len({key(r["jurisdiction"]) for r in cmp.all_rows()}) > 1
    if section == "result":
        headers = ["year", "indicator_id", "indicator", "level", "target", "result", "gap", "status"]
        body = [[r["old_year"], r["indicator_id"], _cut(r["indicator"], 40), r["level"] or "", _show(r, "old"),
                 _show(r, "new"), _show_change(r), r["status"]] for r in rows]
    elif section == "unmatched":
        headers = ["indicator_id", "indicator", "level", "side", "threshold", "status", "best candidate", "score"]
        body = [[r["indicator_id"] or "—", _cut(r["indicator"], 40), r["level"] or "",
                 cmp.old_label if r["old"] is not None else cmp.new_label,
                 _show(r, "old") if r["old"] is not None else _show(r, "new"), r["status"],
                 _cut(r["candidate"], 40) or "—", _show_score(r["candidate_score"])] for r in rows]
    else:
        headers = ["indicator_id", "indicator", "level", "scope", cmp.old_label, cmp.new_label, "change", "status", "score"]
        body = [[r["indicator_id"] or "—", _cut(r["indicator"], 40), r["level"] or "", _cut(r["scope"], 20),
                 _show(r, "old"), _show(r, "new"), _show_change(r),
                 r["status"] + (f" ({r['ambition']})" if r["ambition"] in ("stricter", "looser") else ""),
                 _show_score(r["score"])] for r in rows]
    if many:
        headers = ["jurisdiction"] + headers
        body = [[_cut(r["jurisdiction"], 18)] + b for r, b in zip(rows, body)]
    if not body:
        return "(none)"
    return tabulate(body, headers=headers, tablefmt="github" if fmt == "md" else "simple", disable_numparse=True)


def _show_score(score) -> str:
    return "" if score is None else f"{score:.2f}"


SECTIONS = [
    ("change", "Targets {old} → {new}"),
    ("unmatched", "Unmatched (no pair scored {threshold:.2f} or more): each row and its best candidate"),
    ("result", "Targets against reported results"),
]


def render_text(cmp: Comparison, fmt: str = "table") -> str:
    """The terminal table (fmt="table") or Markdown (fmt="md")."""
    parts = []
    for section, title in SECTIONS:
        rows = {"change": cmp.changes, "unmatched": cmp.unmatched, "result": cmp.results}[section]
        title = title.format(old=cmp.old_label, new=cmp.new_label, threshold=cmp.threshold)
        heading = f"## {title}" if fmt == "md" else f"{title}\n{'=' * len(title)}"
        parts.append(f"{heading}\n\n{_table(rows, cmp, section, fmt)}")
    counts = Counter(r["status"] for r in cmp.changes)
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    parts.append(f"{len(cmp.changes)} indicator rows compared: {summary or 'none'}")
    return "\n\n".join(parts) + "\n"


def write_file(cmp: Comparison, fmt: str, path) -> None:
    """csv: one table, a `section` column (change / result; unpaired rows are change rows with status
    new / dropped / level ended and their best candidate); xlsx: sheets changes, unmatched (the
    unpaired rows again, for review), results."""
    import pandas as pd

    def frame(rows):
        f = pd.DataFrame(rows, columns=COLUMNS)
        # years stay integers even where a side is missing (else pandas writes 2023.0)
        return f.astype({"old_year": "Int64", "new_year": "Int64"})

    from .sheets import write_csv, write_xlsx

    if fmt == "csv":
        write_csv(frame(cmp.all_rows()), path)
    elif fmt == "xlsx":
        write_xlsx({name: frame(rows) for name, rows in
                    (("changes", cmp.changes), ("unmatched", cmp.unmatched), ("results", cmp.results))}, path)
    else:
        raise ValueError(fmt)


def chart(cmp: Comparison, path) -> int:
    """PNG bar chart of the indicators whose value went up or down; one panel per unit.
    Returns the number of bars drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    moved = [r for r in cmp.changes if r["status"] in ("raised", "lowered") and r["change"] is not None]
    by_unit: dict[str, list] = defaultdict(list)
    for r in moved:
        by_unit[r["change_unit"] or r["unit"]].append(r)
    many = len({key(r["jurisdiction"]) for r in moved}) > 1
    panels = max(1, len(by_unit))
    height = sum(max(1.2, 0.45 * len(v) + 0.9) for v in by_unit.values()) or 2.0
    fig, axes = plt.subplots(panels, 1, figsize=(9, height + 0.8), squeeze=False)
    if not moved:
        axes[0][0].text(0.5, 0.5, f"No target changed value ({cmp.old_label} → {cmp.new_label})", ha="center", va="center")
        axes[0][0].axis("off")
    for ax, (unit, rows) in zip(axes[:, 0], sorted(by_unit.items())):
        labels = [
            (f"{r['jurisdiction']}: " if many else "") + (r["indicator_id"] or _cut(r["indicator"], 40))
            + (f" ({r['level']})" if r["level"] else "") + (f" [{_cut(r['scope'], 20)}]" if r["scope"] else "")
            + (f" ~{r['score']:.2f}" if r["score"] is not None and r["score"] < 1 else "")  # paired on wording
            for r in rows
        ]
        values = [r["change"] for r in rows]
        colours = ["#2a9d8f" if r["ambition"] == "stricter" else "#e76f51" for r in rows]
        ax.barh(labels, values, color=colours, height=0.6)
        ax.axvline(0, color="#444", linewidth=0.8)
        ax.set_xlabel(f"change {cmp.old_label} → {cmp.new_label} ({unit})")
        ax.invert_yaxis()
        for y, (v, r) in enumerate(zip(values, rows)):
            ax.annotate(f"{_show(r, 'old')} → {_show(r, 'new')}", (v, y), xytext=(4 if v >= 0 else -4, 0),
                        textcoords="offset points", va="center", ha="left" if v >= 0 else "right", fontsize=8)
        lo, hi = min(values + [0]), max(values + [0])
        pad = (hi - lo) * 0.35 or 1
        ax.set_xlim(lo - (pad if lo < 0 else 0), hi + (pad if hi > 0 else 0))
    fig.suptitle(f"Targets that changed, {cmp.old_label} → {cmp.new_label} (green: stricter, red: looser)", fontsize=10)
    others = Counter(r["status"] for r in cmp.changes if r not in moved)
    if others:  # what the bars leave out, so the picture tells the whole story
        fig.text(0.01, 0.005, "Not drawn: " + ", ".join(f"{n} {s}" for s, n in sorted(others.items())), fontsize=8)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110)
    plt.close(fig)
    write_bytes_atomic(buffer.getvalue(), path)
    return len(moved)

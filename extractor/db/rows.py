"""The flat target row: one target with the facts of its document.

Query, export, compare and check all work on these rows, whether they come from
the database or straight from catalogue files, so both paths give the same answers.
"""
from __future__ import annotations

import unicodedata

FIELDS = [
    "jurisdiction", "jurisdiction_level", "year", "level", "indicator_id", "indicator", "operator",
    "value", "unit", "noun", "threshold", "kind", "scope", "confidence", "decision_number",
    "decision_date", "document", "sha256", "title", "issuer", "ordinal", "evidence", "page", "start", "end",
    "row_id", "status", "reviewer",
]
# review statuses: extracted (nobody looked yet), accepted, edited, rejected (hidden), added
STATUSES = ("extracted", "accepted", "edited", "rejected", "added")

# the fields `db values` counts: those people filter or group on
VALUE_FIELDS = ["jurisdiction", "jurisdiction_level", "year", "level", "indicator_id", "kind", "unit",
                "decision_number", "document"]

OPERATORS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "="}
UNITS = {"percent": "%", "day": "days", "point": "points", "rank": "rank", "grade": "", "count": "", "times": "×"}


def show_number(value) -> str:
    """95.0 -> "95", 95.73 -> "95,73" (Vietnamese decimal comma)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = f"{value:.4f}".rstrip("0").rstrip(".")
        return text.replace(".", ",")
    return "" if value is None else str(value)


def cut(text, width) -> str:
    """TEXT on one line, shortened to WIDTH with an ellipsis (None shows as empty)."""
    text = " ".join(str(text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def show_threshold(operator, value, unit, noun=None) -> str:
    """A threshold for people: "≥ 95%", "≤ 3 days", "= Khá"."""
    if value is None or value == "":
        return ""
    suffix = noun if unit == "count" and noun else UNITS.get(unit, unit or "")
    number = show_number(value) + ("%" if unit == "percent" else "")
    suffix = "" if unit == "percent" else suffix
    return " ".join(p for p in (OPERATORS.get(operator, operator or ""), number, suffix) if p)


def key(text: str | None) -> str | None:
    """Case- and spacing-insensitive form of a name, for matching ("ĐỒNG  NAI" = "Đồng Nai")."""
    if text is None:
        return None
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def loose(text: str | None) -> str | None:
    """key() without diacritics, for what people type: "can tho" = "Cần Thơ"."""
    from ..vntext import fold

    return None if text is None else " ".join(fold(text).split())


def search_matches(row: dict, words: str) -> bool:
    """Every word of WORDS (diacritics and case ignored) occurs in the row's indicator
    text or id: "ho so truc tuyen" finds "Tỷ lệ hồ sơ nộp trực tuyến"."""
    haystack = loose(f"{row['indicator'] or ''} {(row['indicator_id'] or '').replace('_', ' ')}")
    return all(w in haystack for w in loose(words).split())


def search_key(*parts) -> str:
    """Text folded for search: lower case, no accents, đ -> d ("Đồng Nai" -> "dong nai")."""
    text = " ".join(p for p in parts if p)
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def from_document(doc: dict) -> list[dict]:
    """One row per target; `year` is the target's own year, else the document's."""
    juris = doc.get("jurisdiction") or {}
    decision = doc.get("decision") or {}
    src = doc["source"]
    out = []
    for i, t in enumerate(doc.get("targets", [])):
        th, ev = t["threshold"], t["evidence"]
        out.append({
            "jurisdiction": juris.get("name"),
            "jurisdiction_level": juris.get("level"),
            "document": src["path"],
            "sha256": src["sha256"],
            "decision_number": decision.get("number"),
            "decision_date": decision.get("date"),
            "title": doc.get("title"),
            "issuer": decision.get("issuer"),
            "ordinal": i,
            "indicator_id": t["indicator"]["id"],
            "indicator": t["indicator"]["text"],
            "level": t["level"],
            "operator": th["operator"],
            "value": th["value"],
            "unit": th["unit"],
            "noun": th.get("noun"),
            "threshold": th["text"],
            "year": t["year"] if t["year"] is not None else doc.get("year"),
            "kind": t["kind"],
            "scope": t["scope"],
            "evidence": ev["text"],
            "page": ev["page"],
            "start": ev["start"],
            "end": ev["end"],
            "confidence": t["confidence"],
            "row_id": (t.get("review") or {}).get("row_id"),
            "status": (t.get("review") or {}).get("status", "extracted"),
            "reviewer": (t.get("review") or {}).get("reviewer"),
        })
    return out


def from_catalogue(catalogue: dict) -> list[dict]:
    return [row for doc in catalogue.get("documents", []) for row in from_document(doc)]


def matches(row: dict, jurisdiction=None, year=None, level=None, indicator=None, kind=None, search=None) -> bool:
    """The same filters as `db query`, applied to rows already in memory."""
    return (
        (jurisdiction is None or loose(row["jurisdiction"]) == loose(jurisdiction))
        and (search is None or search_matches(row, search))
        and (year is None or row["year"] == year)
        and (level is None or row["level"] == level)
        and (indicator is None or row["indicator_id"] == indicator)
        and (kind is None or row["kind"] == kind)
    )

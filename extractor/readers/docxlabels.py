"""The labels Word draws in front of numbered and bulleted paragraphs ("1.", "a)", "-").

Word keeps automatic numbering out of the paragraph's text: a decision typed with
Word's numbering gives python-docx "Mục tiêu cụ thể" where the page shows "2. Mục tiêu
cụ thể", and its items lose their "a)" and "-". The extraction reads structure from
those labels (headings, items under an indicator line), so the reader puts them back.
python-docx does not compute them, and the libraries that do (docx2python) read the
document in their own model, without the merged cells and legacy fonts this reader
handles; so the part of numbering.xml that decisions use is followed here: per-level
start, format and label text, numbers counted per list, deeper levels restarting.
"""
from __future__ import annotations

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET = "-"  # a symbol-font bullet ("", "•", "o") reads as the dash Vietnamese lists type
KEPT_BULLETS = {"-", "+", "–", "*"}


def _val(node, tag, default=None):
    child = node.find(f"{W}{tag}") if node is not None else None
    return child.get(f"{W}val") if child is not None else default


def _int(text, default):
    try:
        return int(text)
    except (TypeError, ValueError):
        return default


def _roman(n: int) -> str:
    out = []
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word's letter lists run a..z, then aa..zz
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Level:
    __slots__ = ("start", "fmt", "text", "legal")

    def __init__(self, node):
        self.start = _int(_val(node, "start"), 1)
        self.fmt = _val(node, "numFmt", "decimal")
        self.text = _val(node, "lvlText", "")
        self.legal = node.find(f"{W}isLgl") is not None


class Labeller:
    """Call with a paragraph's XML element, in document order: its label or ""."""

    def __init__(self, document):
        self.lists: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, start overrides)
        self.levels: dict[str, dict[int, _Level]] = {}  # abstractNumId -> ilvl -> level
        self.counters: dict[str, dict[int, int]] = {}  # abstractNumId -> ilvl -> last number drawn
        self.restarted: set[str] = set()  # numIds whose start overrides were applied
        self.style_numbering = {}
        try:
            numbering = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        for abstract in numbering.findall(f"{W}abstractNum"):
            aid = abstract.get(f"{W}abstractNumId")
            self.levels[aid] = {_int(lvl.get(f"{W}ilvl"), 0): _Level(lvl) for lvl in abstract.findall(f"{W}lvl")}
        for num in numbering.findall(f"{W}num"):
            overrides = {}
            for over in num.findall(f"{W}lvlOverride"):
                start = _val(over, "startOverride")
                if start is not None:
                    overrides[_int(over.get(f"{W}ilvl"), 0)] = _int(start, 1)
            self.lists[num.get(f"{W}numId")] = (_val(num, "abstractNumId"), overrides)
        for style in document.styles.element.findall(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                self.style_numbering[style.get(f"{W}styleId")] = (_val(num_pr, "numId"), _val(num_pr, "ilvl"))

    def _numbering(self, p):
        """(numId, ilvl) from the paragraph, else from its style."""
        num_id = ilvl = None
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id, ilvl = _val(num_pr, "numId"), _val(num_pr, "ilvl")
        style_id = _val(p.find(f"{W}pPr"), "pStyle")
        if style_id in self.style_numbering:
            s_num, s_lvl = self.style_numbering[style_id]
            num_id, ilvl = num_id or s_num, ilvl or s_lvl
        return num_id, _int(ilvl, 0)

    def __call__(self, p) -> str:
        if not self.lists:
            return ""
        num_id, ilvl = self._numbering(p)
        if num_id in (None, "0") or num_id not in self.lists:
            return ""
        aid, overrides = self.lists[num_id]
        levels = self.levels.get(aid)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(aid, {})
        if num_id not in self.restarted:
            self.restarted.add(num_id)
            for lvl, start in overrides.items():
                counters[lvl] = start - 1  # a list told to restart begins again at its override
        level = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return level.text if level.text in KEPT_BULLETS else BULLET
        if level.fmt == "none":
            return level.text if "%" not in level.text else ""
        label = level.text
        for k in range(ilvl, -1, -1):
            if f"%{k + 1}" not in label:
                continue
            at = levels.get(k)
            n = counters.get(k, at.start if at else 1)
            fmt = "decimal" if level.legal or at is None else at.fmt
            label = label.replace(f"%{k + 1}", _format(n, fmt))
        return label.strip()

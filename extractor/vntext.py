"""Small Vietnamese text helpers shared by the pipeline and the scorer."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

SYLLABLE = re.compile(r"\w+|[^\w\s]")


def fold(text: str) -> str:
    """Lower-case ASCII folding: 'Đồng Nai' -> 'dong nai' (for matching, never for output)."""
    text = str(text)
    table, marks = _fold_table()
    if marks.search(text):  # separate combining marks (or characters past the BMP): the general way
        text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        return "".join(c for c in text if not unicodedata.combining(c)).lower()
    return text.translate(table).lower()


@lru_cache(maxsize=1)
def _fold_table():
    """(each precomposed character of the BMP to its letters without marks, a regex of the
    characters that need the general way). One str.translate instead of decomposing every
    character of every text; the result is the same (tests/test_patterns.py checks it)."""
    table, marks = {ord("đ"): "d", ord("Đ"): "D"}, []
    for cp in range(0x80, 0x10000):
        ch = chr(cp)
        if 0xD800 <= cp < 0xE000:
            continue
        if unicodedata.combining(ch):
            marks.append(cp)
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        if decomposed != ch:
            table[cp] = "".join(c for c in decomposed if not unicodedata.combining(c))
    ranges, lo = [], None
    for i, cp in enumerate(marks):
        lo = cp if lo is None else lo
        if i + 1 == len(marks) or marks[i + 1] != cp + 1:
            ranges.append(f"\\u{lo:04x}-\\u{cp:04x}")
            lo = None
    return table, re.compile("[" + "".join(ranges) + "\\U00010000-\\U0010ffff]")


_TONE_MOVE = re.compile(r"(?<![qQ])([oOuU])([áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ])(?![^\W\d_])")
_MOVE = {
    "á": ("́", "a"), "à": ("̀", "a"), "ả": ("̉", "a"), "ã": ("̃", "a"), "ạ": ("̣", "a"),
    "é": ("́", "e"), "è": ("̀", "e"), "ẻ": ("̉", "e"), "ẽ": ("̃", "e"), "ẹ": ("̣", "e"),
    "ý": ("́", "y"), "ỳ": ("̀", "y"), "ỷ": ("̉", "y"), "ỹ": ("̃", "y"), "ỵ": ("̣", "y"),
}


def _move_tone(m):
    vowel, marked = m.group(1), m.group(2)
    mark, base = _MOVE[marked.lower()]
    if marked.isupper():
        base = base.upper()
    return unicodedata.normalize("NFC", vowel + mark) + base


def canon(text: str) -> str:
    """Old-style tone placement folded to the new one ('hoá' -> 'hóa', 'thuỷ' -> 'thủy').

    Only syllable-final 'oa', 'oe', 'uy' move their mark, so 'toàn' and 'quý' stay as
    they are; the length never changes, so offsets stay valid.
    """
    return _TONE_MOVE.sub(_move_tone, unicodedata.normalize("NFC", text))


def phrases_re(phrases, flags=re.IGNORECASE) -> re.Pattern:
    """One regex for a list of phrases (patterns/ data), longest first, on word edges."""
    words = sorted({str(p) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", flags)


def blanked(text: str, spans) -> str:
    """TEXT with SPANS [(start, end)] blanked out, every offset kept."""
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def phrase_alternation(phrases) -> str:
    """The alternation of phrases_re, to build a larger regex around it."""
    return "|".join(map(re.escape, sorted({str(p) for p in phrases}, key=len, reverse=True)))


def keep_longest(items, start, end) -> list:
    """ITEMS without overlaps, in text order: where two overlap, the longer one stays
    (start and end are functions giving an item's span)."""
    ordered = sorted(items, key=lambda x: (start(x), -(end(x) - start(x))))
    out, last_end = [], -1
    for item in ordered:
        if start(item) >= last_end:
            out.append(item)
            last_end = end(item)
    return out


def syllables(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in SYLLABLE.finditer(text)]


# Vietnamese puts the tone of an open "oa", "oe", "uy" on either vowel ("hoá" / "hóa", "Uỷ" /
# "Ủy"); patterns/ are written with it on the first. Same length either way, so offsets hold.
TONE_ON_SECOND = re.compile(r"(?<![qQ])([oOuU])([\u00e1\u00e0\u1ea3\u00e3\u1ea1\u00e9\u00e8\u1ebb\u1ebd\u1eb9"
                            r"\u00fd\u1ef3\u1ef7\u1ef9\u1ef5\u00c1\u00c0\u1ea2\u00c3\u1ea0\u00c9\u00c8\u1eba\u1ebc\u1eb8"
                            r"\u00dd\u1ef2\u1ef6\u1ef8\u1ef4])(?!\w)")
PAIRS = {"o": "aeAE", "O": "aeAE", "u": "yY", "U": "yY"}


def tone_on_first_vowel(text: str) -> str:
    """'số hoá', 'Uỷ ban', 'Thanh Hoá' -> 'số hóa', 'Ủy ban', 'Thanh Hóa' (not 'quý')."""
    if not TONE_ON_SECOND.search(text):
        return text

    def move(m):
        first, second = m.group(1), unicodedata.normalize("NFD", m.group(2))
        base, tone = second[0], second[1:]
        if base not in PAIRS[first]:
            return m.group(0)
        return unicodedata.normalize("NFC", first + tone) + base

    return TONE_ON_SECOND.sub(move, text)

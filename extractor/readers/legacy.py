"""Legacy Vietnamese font encodings (TCVN3/ABC ".VnTime", VNI) to Unicode.

The conversion tables and the detectors come from viparse (PyPI): a font name
(".VnTime", "VNI-Times") is the strong signal; without one, viparse's character
statistics decide, and only for text that does not already read as Vietnamese, so
good Unicode text is never converted. What is written here is the glue: reading font
names out of a PDF, the gate, and a syllable check used to tell a garbage text layer
from real text (no library offers one).
"""
from __future__ import annotations

import re
import unicodedata

from viparse.normalize.detector import detect_encoding, detect_encoding_by_content
from viparse.normalize.encodings import AUTO_DETECT_CHARMAPS, get_charmap
from viparse.normalize.tables import convert as _convert

LEGACY_FONT = re.compile(r"^(?:[A-Z]{6}\+)?(?:\.vn|vni)", re.IGNORECASE)

SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"  # onset
    r"[aeiouy\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]{1,6}"  # vowels and their marks (NFD)
    r"(?:ng|nh|ch|[cmnpt])?$"  # coda
)


TONES = set("\u0300\u0301\u0303\u0309\u0323")


def is_syllable(word: str) -> bool:
    """A Vietnamese syllable (onset, vowels with at most one tone mark, coda) or an
    abbreviation in capitals (UBND, TTHC)."""
    if word.isascii() and word.isupper() and len(word) <= 6:
        return True
    w = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return bool(SYLLABLE.match(w)) and sum(1 for c in w if c in TONES) <= 1


def syllable_ratio(text: str, sample=20000) -> float:
    words = [w for w in re.findall(r"[^\W\d_]+", text[:sample]) if len(w) > 1]
    if not words:
        return 0.0
    return sum(1 for w in words if is_syllable(w)) / len(words)


def reads_as_vietnamese(text: str) -> bool:
    """True when most words of TEXT are Vietnamese syllables, numbers or abbreviations."""
    words = [w for w in re.findall(r"[^\W\d_]+", text[:20000]) if len(w) > 1]
    if len(words) < 5:
        return True  # too little to judge: not garbage
    return syllable_ratio(text) >= 0.75


def pdf_font_names(data: bytes) -> list[str]:
    """Base font names written in the PDF file (font dictionaries are seldom compressed)."""
    return sorted({m.decode("latin-1") for m in re.findall(rb"/BaseFont\s*/([^\s/<>\[\]()]+)", data[:50_000_000])})


def detect(text: str, fonts=()) -> str | None:
    """Name of the legacy encoding of TEXT ('tcvn3', 'vni') or None for Unicode.

    Without a font signal, a conversion is accepted only if it turns text that does not
    read as Vietnamese into text that does (syllable share up by 0.15 and at least 0.85)."""
    fonts = [f for f in fonts if f]
    if any(LEGACY_FONT.match(f) for f in fonts):
        verdict = detect_encoding(fonts)
        if verdict.encoding:
            return verdict.encoding
    if not text.strip():
        return None
    base = syllable_ratio(text)
    if base >= 0.9:
        return None
    verdict = detect_encoding_by_content(text[:50000], AUTO_DETECT_CHARMAPS)
    if verdict.encoding:
        after = syllable_ratio(convert(text[:20000], verdict.encoding))
        if after >= 0.85 and after - base >= 0.15:
            return verdict.encoding
    return None


def convert(text: str, encoding: str) -> str:
    charmap = get_charmap(encoding)
    if not charmap:
        return text
    out = _convert(text, charmap)
    return restore_capitals(out) if encoding == "tcvn3" else out


_WORD = re.compile(r"[^\W\d_]+")


def restore_capitals(text: str) -> str:
    """TCVN3 has no capital toned letters: a heading typed in .VnTimeH comes back as
    "QUYếT ĐịNH". A word with two capitals or more whose only small letters are toned
    ones is set in capitals again (viparse leaves this to the caller)."""
    def fix(m):
        w = m.group()
        if sum(c.isupper() for c in w) >= 2 and all(c.isupper() or not c.isascii() for c in w):
            return w.upper()
        return w

    return _WORD.sub(fix, text)


def font_encoding(font_name: str | None) -> str | None:
    """The legacy encoding a single font name implies, if any."""
    if not font_name or not LEGACY_FONT.match(font_name):
        return None
    return detect_encoding([font_name]).encoding

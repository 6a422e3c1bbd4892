"""Plain text: decode, then NFC. The decoded NFC text is the document's text."""
from __future__ import annotations

import unicodedata

from ..errors import ReadError
from . import Source

def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Tries BOMs, UTF-8, UTF-16 without BOM, then Windows-1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:4000]
    if sample.count(b"\x00") > len(sample) // 4:
        try:
            return data.decode("utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"), "utf-16"
        except UnicodeDecodeError:
            pass
    mixed = decode_lines(data)
    if mixed is not None:
        return mixed[0], MIXED
    return data.decode("cp1258", errors="replace"), "cp1258"


MIXED = "utf-8+cp1258"


def decode_lines(data: bytes) -> tuple[str, int] | None:
    """A file whose lines are partly UTF-8 and partly Windows-1258 (text pasted together
    from two editors), decoded line by line; None unless both kinds are there. A line
    counts as UTF-8 only if it has non-ASCII bytes and decodes: Windows-1258 Vietnamese
    next to never does. Returns (text, number of Windows-1258 lines)."""
    lines, utf8, legacy = [], 0, 0
    for line in data.splitlines(keepends=True):
        try:
            text = line.decode("utf-8")
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            text = line.decode("cp1258", errors="replace")
            legacy += 1
        lines.append(text)
    return ("".join(lines), legacy) if utf8 and legacy else None


def looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f") or c == "\ufffd")
    return bad / len(sample) > 0.05


def read_text(path: str, data: bytes, sha: str) -> Source:
    text, encoding = decode(data)
    if looks_binary(text):
        raise ReadError("binary content, not a text document")
    warnings = []
    if encoding == MIXED:
        n = decode_lines(data)[1]
        warnings.append(f"mixed encodings: {n} line(s) read as Windows-1258, the others as UTF-8")
    if encoding == "cp1258":
        # a legacy font encoding (TCVN3/VNI saved as bytes) reads as Latin-1 surface characters
        from . import legacy

        latin = data.decode("latin-1")
        enc = legacy.detect(latin)
        if enc:
            text, encoding = legacy.convert(latin, enc), enc
            warnings.append(f"legacy {enc} text converted to Unicode")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise ReadError("no text in file")
    return Source(path=path, text=text, format="text", sha256=sha, encoding=encoding, warnings=warnings)

"""File names as chitieu shows and stores them.

On Linux a file name is bytes: it may not be UTF-8 (a name copied from an old Windows
share in cp1258) and may hold a newline. Python hands such bytes over as lone surrogates
(os.fsdecode), which JSON, SQLite, PostgreSQL, CSV and a terminal all refuse, and a
newline in an error line would forge a second line. shown() is the one form every message,
catalogue, database row and page uses: unchanged for an ordinary name; a byte that is not
UTF-8 becomes \\xNN (80 to ff) and a control character \\n, \\t, \\xNN or \\uNNNN, so the result is valid
UTF-8 on one line. The file is found again from that form by on_disk() (the sha256 stored
beside it tells the right file when a name could be read both ways).
"""
from __future__ import annotations

import os
import re

# control characters (C0, DEL, C1), line and paragraph separators, bidi overrides,
# and lone surrogates (bytes that were not UTF-8, or anything else not encodable)
_ESCAPE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_UNESCAPE = re.compile(r"\\(?:x([0-9a-f]{2})|u([0-9a-f]{4})|([nrt]))")


def _escape(m) -> str:
    c = m.group()
    if c in _NAMED:
        return _NAMED[c]
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0x7F else f"\\u{code:04x}"  # \xNN above 7f is a raw byte


def shown(path) -> str:
    """PATH (str, bytes or PathLike) as valid UTF-8 text on one line."""
    text = os.fsdecode(path)
    return _ESCAPE.sub(_escape, text)


def _unescape(m) -> str:
    if m.group(1):
        code = int(m.group(1), 16)
        return chr(code) if code < 0x80 else chr(0xDC00 + code)
    if m.group(2):
        return chr(int(m.group(2), 16))
    return {"n": "\n", "r": "\r", "t": "\t"}[m.group(3)]


def on_disk(text: str) -> list[str]:
    """The file names a shown() form may stand for: as written, and with its escapes undone
    (both when they differ: a real name may hold a backslash)."""
    raw = _UNESCAPE.sub(_unescape, text)
    return [text] if raw == text else [text, raw]


def error_line(path, reason: str) -> str:
    """The one-line message about PATH: 'chitieu: PATH: reason'."""
    return f"chitieu: {shown(path)}: {shown(reason)}"

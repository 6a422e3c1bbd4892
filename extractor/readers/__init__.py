"""Turn a file into a Source: the text the pipeline reads, with its locations.

Every reader returns the same Source so that one pipeline serves every format. The
format is decided from the content (magic bytes), not the file extension.
"""
from __future__ import annotations

import bisect
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReadError

MAX_BYTES = 200 * 1024 * 1024  # larger files are refused, not read into memory


@dataclass
class Source:
    path: str
    text: str
    format: str  # pdf | docx | html | text
    sha256: str
    page_starts: list[int] | None = None  # offset in text where each page begins
    ocr: bool = False
    ocr_confidence: float | None = None
    page_confidence: list[float] | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    locations: list[tuple[int, str]] | None = None  # (offset, "paragraph 3" / "table 1 row 2"), DOCX

    @property
    def pages(self) -> int | None:
        return len(self.page_starts) if self.page_starts is not None else None

    def page_of(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, offset)

    def __post_init__(self):
        if "\x00" in self.text:
            strip_nul(self)

    def confidence_at(self, offset: int) -> float | None:
        if not self.page_confidence:
            return self.ocr_confidence
        page = self.page_of(offset)
        return self.page_confidence[page - 1] if page else self.ocr_confidence


def strip_nul(source: Source) -> None:
    """Remove NUL characters (left by broken exports, even inside words) from the text,
    moving page and location offsets with it: PostgreSQL and XLSX refuse NUL, and every
    reader builds a Source, so this is the one place it happens."""
    nuls = [i for i, c in enumerate(source.text) if c == "\x00"]

    def moved(offset):
        return offset - bisect.bisect_left(nuls, offset)

    source.text = source.text.replace("\x00", "")
    if source.page_starts is not None:
        source.page_starts = [moved(o) for o in source.page_starts]
    if source.locations is not None:
        source.locations = [(moved(o), where) for o, where in source.locations]
    source.warnings.append(f"{len(nuls)} NUL character(s) removed from the text")


FILE_KINDS = [(stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
              (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")]


def not_regular(mode: int) -> str | None:
    """Why a file of this st_mode is no document (None for a regular file): reading a
    FIFO blocks forever and a device never ends."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in FILE_KINDS if test(mode)), "not a file")
    return f"not a regular file ({kind}), not read"


def read_regular(path) -> bytes:
    """The bytes of PATH if it is a regular file within MAX_BYTES; a FIFO, device or
    socket is refused without waiting on it (O_NONBLOCK) or reading it."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise ReadError(exc.strerror or "cannot read file") from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ReadError(not_regular(st.st_mode))
        if st.st_size == 0:
            raise ReadError("empty file")
        if st.st_size > MAX_BYTES:
            raise ReadError(f"file is {st.st_size // (1024 * 1024)} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit")
        try:
            return fh.read(MAX_BYTES + 1)[:MAX_BYTES]
        except OSError as exc:
            raise ReadError(exc.strerror or "cannot read file") from None


def sniff(data: bytes) -> str:
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return "zip"
    from .image import image_kind

    if image_kind(data):
        return "image"  # PNG, JPEG, TIFF: scans, read by OCR
    low = head[:1024].lower()
    if low.startswith((b"<!doctype html", b"<html")) or b"<body" in low or b"<div" in low:
        return "html"
    return "text"


def read(path, ocr: str = "auto") -> Source:
    """Read any supported file; raises ReadError with a one-line reason."""
    p = Path(path)
    data = read_regular(path)
    sha = hashlib.sha256(data).hexdigest()
    kind = sniff(data)
    # the content decides the format (a decision saved as text and named .pdf is still
    # read); a .pdf or .docx that is neither its format nor text gets an error naming it
    wrong = {".pdf": ("pdf", "not a PDF (no %PDF header)"), ".docx": ("zip", "not a DOCX (not a zip archive)")}
    expected = wrong.get(p.suffix.lower())
    if expected and kind != expected[0]:
        if kind == "image":
            from .image import read_image

            try:
                return read_image(str(path), data, sha, ocr=ocr)
            except ReadError as exc:
                raise ReadError(f"{expected[1]}: {exc}") from None
        if kind == "text":
            from .text import read_text

            try:
                return read_text(str(path), data, sha)
            except ReadError:
                raise ReadError(f"{expected[1]}, although the name ends in {p.suffix}") from None
    if kind == "image":
        from .image import read_image

        return read_image(str(path), data, sha, ocr=ocr)
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(str(path), data, sha, ocr=ocr)
    if kind == "zip":
        from .docx import read_docx

        return read_docx(str(path), data, sha)
    if kind == "html":
        from .html import read_html

        return read_html(str(path), data, sha)
    from .text import read_text

    return read_text(str(path), data, sha)

"""Scanned pages saved as images (PNG, JPEG, TIFF, one page per TIFF frame).

The catalogue's source format is one of pdf, docx, html or text (the shared contract),
so an image is read as what it is, a scan: its pages are wrapped in a PDF at the OCR
resolution, without re-encoding loss that matters to Tesseract, and go through the
scanned-PDF path (ocr.py), layout, tables and mends included. The source says format
"pdf" and ocr true, with a warning naming the image type.
"""
from __future__ import annotations

import io

from ..errors import ReadError
from . import Source

MAX_FRAMES = 200  # a TIFF of more pages than any decision is refused before any OCR
MAGIC = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG", b"II*\x00": "TIFF", b"MM\x00*": "TIFF"}


def image_kind(data: bytes) -> str | None:
    return next((kind for magic, kind in MAGIC.items() if data.startswith(magic)), None)


def read_image(path: str, data: bytes, sha: str, ocr: str = "auto") -> Source:
    from PIL import Image, ImageSequence, UnidentifiedImageError

    from .ocr import DPI
    from .pdf import read_pdf

    kind = image_kind(data)
    if ocr == "never":
        raise ReadError(f"{kind} image: its text needs OCR, and --ocr never")
    try:
        with Image.open(io.BytesIO(data)) as img:
            frames = getattr(img, "n_frames", 1)
            if frames > MAX_FRAMES:
                raise ReadError(f"{kind} image has {frames} pages, over the {MAX_FRAMES} page limit")
            pages = [frame.convert("L") if frame.mode not in ("1", "L", "RGB") else frame.copy()
                     for frame in ImageSequence.Iterator(img)]
    except UnidentifiedImageError:
        raise ReadError(f"{kind} image cannot be read (broken or truncated)") from None
    except (OSError, Image.DecompressionBombError, ValueError) as exc:
        raise ReadError(f"{kind} image cannot be read ({exc})") from None
    pdf = io.BytesIO()
    pages[0].save(pdf, format="PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    src = read_pdf(path, pdf.getvalue(), sha, ocr="always")
    src.warnings.insert(0, f"{kind} image read as a scanned page (OCR)")
    return src

"""The text a document's evidence offsets point into, found again at ingest so the
review page can show it (the catalogue itself does not carry the text)."""
from __future__ import annotations

from pathlib import Path


def source_text(doc: dict, catalogue_path: str | None = None, ocr: str = "auto"):
    """(text, page_starts) of the document's source file when it is found and unchanged
    (same sha256), else None. A catalogue's source paths are tried relative to the
    catalogue's folder and its parents, as `chitieu review` does."""
    from ..review import Item, _attach_text

    item = Item(doc)
    # a PDF that needed no OCR reads the same without it, and much faster
    mode = ocr if doc["source"].get("ocr") else "never"
    _attach_text(item, Path(catalogue_path) if catalogue_path else None, mode)
    return (item.text, item.page_starts) if item.text is not None else None

"""The text a document's evidence offsets point into, found again at ingest so the
review page can show it (the catalogue itself does not carry the text)."""
from __future__ import annotations

from pathlib import Path


def source_text(doc: dict, catalogue_path: str | None = None, ocr: str = "auto", timeout=None, sources=None):
    """(text, page_starts) of the document's source file when it is found under the
    folders `chitieu review` would read (review.source_roots) and unchanged (same
    sha256), else None. The file is read in an isolated worker."""
    from ..review import Item, attach_texts, locate

    item = Item(doc)
    found = locate(item, Path(catalogue_path) if catalogue_path else None, sources)
    if found is None:
        return None
    # a PDF that needed no OCR reads the same without it, and much faster
    attach_texts([(item, found)], ocr if doc["source"].get("ocr") else "never", timeout)
    return (item.text, item.page_starts) if item.text is not None else None

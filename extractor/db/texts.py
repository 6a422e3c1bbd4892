"""The text a document's evidence offsets point into, found again at ingest so the
review page can show it (the catalogue itself does not carry the text)."""
from __future__ import annotations

from pathlib import Path


def source_texts(docs, catalogue_path, ocr: str = "auto", timeout=None, sources=None) -> list:
    """For each of a catalogue's DOCS, (text, page_starts) of its source file when it is
    found under the folders `chitieu review` would read (review.source_roots) and
    unchanged (same sha256), else None. The files are read in one pool of isolated
    workers."""
    from ..review import Item, attach_texts, locate

    items = [Item(doc) for doc in docs]
    by_mode: dict[str, list] = {}
    for item in items:
        found = locate(item, Path(catalogue_path), sources)
        if found is not None:
            # a PDF that needed no OCR reads the same without it, and much faster
            mode = ocr if item.doc["source"].get("ocr") else "never"
            by_mode.setdefault(mode, []).append((item, found))
    for mode, located in by_mode.items():
        attach_texts(located, mode, timeout)
    return [(item.text, item.page_starts) if item.text is not None else None for item in items]

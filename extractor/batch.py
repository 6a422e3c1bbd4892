"""Run extraction over files and folders and collect one catalogue."""
from __future__ import annotations

import os
import traceback
from pathlib import Path

from .catalogue import new_catalogue
from .errors import ChitieuError

SKIP_DIRS = {".git", "__pycache__", ".venv", "gold"}


def iter_files(paths, on_error=None):
    """Yield files under PATHS in a stable order; folders are searched recursively.

    Gold annotation folders are skipped; unreadable folders and symlink loops are
    reported through on_error and do not stop the walk.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen = set()
            for root, dirs, files in os.walk(p, followlinks=True, onerror=lambda e: on_error and on_error(e.filename, e.strerror)):
                real = os.path.realpath(root)
                if real in seen:
                    if on_error:
                        on_error(root, "symlink loop, folder skipped")
                    dirs[:] = []
                    continue
                seen.add(real)
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield str(Path(root) / name)
        elif p.exists():
            yield str(p)
        elif on_error:
            on_error(str(raw), "no such file or folder")


def process_file(path, ocr="auto", debug=False):
    """(document, None) on success, (None, one-line reason) on failure."""
    from .pipeline import extract_file

    try:
        return extract_file(path, ocr=ocr), None
    except ChitieuError as exc:
        return None, str(exc)
    except Exception as exc:  # a bug must not sink the batch; --debug shows it
        if debug:
            traceback.print_exc()
        return None, f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]


def extract_paths(paths, ocr="auto", on_error=None, debug=False) -> dict:
    documents, errors = [], []

    def fail(path, reason):
        errors.append({"path": str(path), "error": reason})
        if on_error:
            on_error(path, reason)

    for path in iter_files(paths, on_error=fail):
        doc, err = process_file(path, ocr=ocr, debug=debug)
        if err:
            fail(path, err)
        else:
            documents.append(doc)
    return new_catalogue(documents, errors)

"""The one way chitieu writes a file: checked before the work, written whole or not at all.

Every command that writes (catalogue, review page, CSV, XLSX, Markdown, chart, gold files)
calls check() on its output before it starts, so a folder that cannot be written is one line
and a non-zero exit, not a traceback after minutes of work. Files are written through a
temporary file in the same folder and os.replace, so a failure (full disk, folder made
read-only meanwhile) leaves the previous file as it was; and what could not be written is
kept in the temporary folder, named in the one-line error, rather than thrown away.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError
from .paths import shown


def check(path, folder: bool = False) -> None:
    """Fail now, with one line naming PATH, when it cannot be written: its folder (PATH
    itself with FOLDER) is created if missing, then a file is made and removed there.
    None and "-" (standard output) always pass."""
    if path is None or str(path) == "-":
        return
    p = Path(path)
    where = p if folder else p.parent
    if not folder and p.is_dir():
        raise OutputError(f"{shown(path)}: is a folder, not a file")
    above = next((a for a in [where, *where.parents] if os.path.lexists(a)), None)
    if above is not None and not above.is_dir():
        raise OutputError(f"{shown(path)}: cannot write there: {shown(above)} is not a folder")
    try:
        where.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=where, prefix=".chitieu-check-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"{shown(path)}: cannot write there: {exc.strerror or exc}") from None


def write_bytes_atomic(data: bytes, path, keep: bool = True) -> None:
    """Write DATA to PATH through a temporary file in the same folder, so a crash leaves
    either the old file or the new one, never half of one. On failure, an OutputError in
    one line; with KEEP, DATA is first saved in the temporary folder and the line says where."""
    path = Path(path)
    try:
        _replace(data, path)
    except OSError as exc:
        kept = _keep_elsewhere(data, path) if keep else None
        where = f"; what was to be written is in {shown(kept)}" if kept else ""
        error = OutputError(f"{shown(path)}: cannot write: {exc.strerror or exc}{where}")
        error.kept = kept
        raise error from None


def write_text_atomic(text: str, path, keep: bool = True) -> None:
    """TEXT (UTF-8) to PATH; see write_bytes_atomic."""
    write_bytes_atomic(text.encode("utf-8"), path, keep)


def _replace(data: bytes, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual mode
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _keep_elsewhere(data: bytes, path: Path) -> str | None:
    """DATA in the temporary folder (often another disk), under one name per output and
    process, so a batch whose every save fails keeps one file there, the latest; None when
    that fails too."""
    kept = Path(tempfile.gettempdir()) / f"chitieu-{os.getpid()}-{path.name}"
    try:
        _replace(data, kept)
    except OSError:
        return None
    return str(kept)

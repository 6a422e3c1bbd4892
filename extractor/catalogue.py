"""Assemble, validate and write target catalogues."""
from __future__ import annotations

import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from . import SCHEMA_VERSION, __version__
from .errors import CatalogueError

# extractor/data/schemas links to the top-level schemas/ folder and ships in the wheel
SCHEMA_PATH = Path(__file__).resolve().parent / "data" / "schemas" / "catalogue.schema.json"


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def new_catalogue(documents=None, errors=None) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": {"name": "chitieu", "version": __version__},
        "documents": list(documents or []),
        "errors": list(errors or []),
    }


def problems(catalogue) -> list[str]:
    """Every schema violation, as 'path: message' lines (empty when valid)."""
    out = []
    for err in sorted(_validator().iter_errors(catalogue), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(root)"
        out.append(f"{where}: {err.message}")
    return out


def validate(catalogue) -> None:
    errs = problems(catalogue)
    if errs:
        more = f" (and {len(errs) - 1} more)" if len(errs) > 1 else ""
        raise CatalogueError(f"catalogue does not match the schema: {errs[0]}{more}")


def dumps(catalogue) -> str:
    return json.dumps(catalogue, ensure_ascii=False, indent=1)


def write(catalogue, path: str | os.PathLike | None) -> None:
    """Validate, then write atomically (a crash never leaves half a file)."""
    validate(catalogue)
    text = dumps(catalogue) + "\n"
    if path is None or str(path) == "-":
        import sys

        sys.stdout.write(text)
        return
    write_text_atomic(text, path)


def write_text_atomic(text: str, path) -> None:
    """Write TEXT (UTF-8) to PATH atomically; see write_bytes_atomic."""
    write_bytes_atomic(text.encode("utf-8"), path)


def write_bytes_atomic(data: bytes, path) -> None:
    """Write DATA to PATH through a temporary file in the same folder, so a crash leaves
    either the old file or the new one, never half of one."""
    path = Path(path)
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


def load(path) -> dict:
    from .readers import not_regular

    try:
        why = not_regular(os.stat(path).st_mode)  # a FIFO would block the open below
        if why:
            raise CatalogueError(f"{path}: {why}")
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except json.JSONDecodeError as exc:
        raise CatalogueError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from None
    except OSError as exc:
        raise CatalogueError(f"{path}: {exc.strerror}") from None

"""Assemble, validate and write target catalogues."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from . import SCHEMA_VERSION, __version__
from .errors import CatalogueError
from .output import write_text_atomic
from .paths import shown

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
    """Validate, then write atomically (output.write_text_atomic: a failure leaves the
    previous file and keeps the new content elsewhere)."""
    validate(catalogue)
    text = dumps(catalogue) + "\n"
    if path is None or str(path) == "-":
        import sys

        sys.stdout.write(text)
        return
    write_text_atomic(text, path)


def load(path) -> dict:
    from .readers import not_regular

    try:
        why = not_regular(os.stat(path).st_mode)  # a FIFO would block the open below
        if why:
            raise CatalogueError(f"{path}: {why}")
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except json.JSONDecodeError as exc:
        raise CatalogueError(f"{shown(path)}: not JSON ({exc.msg} at line {exc.lineno})") from None
    except UnicodeDecodeError as exc:
        raise CatalogueError(f"{shown(path)}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise CatalogueError(f"{shown(path)}: {exc.strerror}") from None

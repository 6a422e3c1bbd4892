"""Assemble, validate and write target catalogues."""
from __future__ import annotations

import json
import numbers
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
    if _quick_check()(catalogue):
        return []  # certainly valid: jsonschema, which costs about a tenth of extracting a text, is not needed
    out = []
    for err in sorted(_validator().iter_errors(catalogue), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(root)"
        out.append(f"{where}: {err.message}")
    return out


# The schema compiled to plain Python checks that say True only for an instance that jsonschema
# finds valid (same type rules, same keyword semantics). A schema using anything the compiler
# does not know gets a check that always answers False: problems() then asks jsonschema, which
# alone writes the messages.
_ANNOTATIONS = {"$schema", "$id", "$defs", "$comment", "title", "description"}
_TYPES = {
    "string": lambda x: isinstance(x, str),
    "null": lambda x: x is None,
    "boolean": lambda x: isinstance(x, bool),
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "integer": lambda x: not isinstance(x, bool) and (isinstance(x, int) or (isinstance(x, float) and x.is_integer())),
    "number": lambda x: not isinstance(x, bool) and isinstance(x, numbers.Number),
}


def _unsure(_):
    return False


class _Unsupported(Exception):
    pass


@lru_cache(maxsize=1)
def _quick_check():
    schema = _validator().schema
    try:
        return _compile(schema, schema, {})
    except _Unsupported:
        return _unsure


def _compile(node, root, refs):
    if node is True:
        return lambda x: True
    if not isinstance(node, dict):
        raise _Unsupported(node)
    checks = []
    for key, arg in node.items():
        if key in _ANNOTATIONS:
            continue
        check = _keyword(key, arg, node, root, refs)
        if check is None:
            raise _Unsupported(key)
        checks.append(check)
    return lambda x: all(c(x) for c in checks)


def _keyword(key, arg, node, root, refs):
    import re

    if key == "type":
        tests = [_TYPES.get(t) for t in (arg if isinstance(arg, list) else [arg])]
        return None if None in tests else (lambda x: any(t(x) for t in tests))
    if key == "required":
        return lambda x: not isinstance(x, dict) or all(k in x for k in arg)
    if key == "properties":
        subs = {k: _compile(v, root, refs) for k, v in arg.items()}
        return lambda x: not isinstance(x, dict) or all(s(x[k]) for k, s in subs.items() if k in x)
    if key == "additionalProperties":
        if arg is not False or "patternProperties" in node:
            return None
        known = set(node.get("properties", {}))
        return lambda x: not isinstance(x, dict) or known.issuperset(x)
    if key == "items":
        if "prefixItems" in node:
            return None
        sub = _compile(arg, root, refs)
        return lambda x: not isinstance(x, list) or all(sub(i) for i in x)
    if key == "$ref":
        if not isinstance(arg, str) or not arg.startswith("#/$defs/") or arg.count("/") != 2:
            return None
        if arg not in refs:
            refs[arg] = None  # being compiled: a reference back to it (none today) finds it in REFS
            refs[arg] = _compile(root.get("$defs", {}).get(arg[len("#/$defs/"):], False), root, refs)
        return lambda x: refs[arg](x)
    if key in ("enum", "const"):
        values = arg if key == "enum" else [arg]
        if not all(v is None or isinstance(v, str) for v in values):
            return None
        texts, none_ok = {v for v in values if v is not None}, any(v is None for v in values)
        return lambda x: (x is None and none_ok) or (isinstance(x, str) and x in texts)
    if key == "pattern":
        return lambda x: not isinstance(x, str) or re.search(arg, x) is not None
    if key == "minLength":
        return lambda x: not isinstance(x, str) or len(x) >= arg
    if key in ("minimum", "maximum"):
        number = _TYPES["number"]
        if key == "minimum":
            return lambda x: not number(x) or x >= arg
        return lambda x: not number(x) or x <= arg
    if key == "oneOf":
        subs = [_compile(s, root, refs) for s in arg]
        return lambda x: sum(1 for s in subs if s(x)) == 1
    return None


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

"""Option bundles shared by several commands (one definition, one meaning)."""
from __future__ import annotations

import click


def ocr_option(fn):
    return click.option(
        "--ocr",
        type=click.Choice(["auto", "always", "never"]),
        default="auto",
        show_default=True,
        help="OCR scanned PDFs: auto = only pages without a usable text layer.",
    )(fn)


def debug_option(fn):
    return click.option("--debug", is_flag=True, help="Show full tracebacks instead of one-line errors.")(fn)


def output_option(fn):
    return click.option(
        "-o", "--output", type=click.Path(dir_okay=False), default=None,
        help="Write here instead of standard output.",
    )(fn)


def db_option(fn):
    return click.option(
        "--db", envvar="CHITIEU_DB", default="chitieu.db", show_default=True,
        help="Database: a SQLite file path, or postgresql://user:pass@host/dbname. Env: CHITIEU_DB.",
    )(fn)

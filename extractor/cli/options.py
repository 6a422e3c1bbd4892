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


def workers_option(fn):
    return click.option(
        "-j", "--workers", type=click.IntRange(min=1), default=None,
        help="Documents read in parallel, each in its own process [default: number of cores]. "
             "1 reads them one by one in this process.",
    )(fn)


def timeout_option(fn):
    return click.option(
        "--timeout", type=click.FloatRange(min=0), default=600, show_default=True, metavar="SECONDS",
        help="Give up on a document after this long: it is listed in the errors and the batch "
             "goes on (its worker is killed and replaced). 0 = no limit.",
    )(fn)


def quiet_option(fn):
    return click.option(
        "-q", "--quiet", is_flag=True,
        help="No progress on stderr (a bar on a terminal, a line every few seconds otherwise); errors are still shown.",
    )(fn)


def write_or_echo(text: str, output) -> None:
    """A rendered report: to the -o file (written whole or not at all), or to standard output."""
    from ..output import write_text_atomic

    if output:
        write_text_atomic(text, output)
    else:
        click.echo(text, nl=False)

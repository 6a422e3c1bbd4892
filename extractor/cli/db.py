"""chitieu db ingest | query | export: the target database."""
from __future__ import annotations

import contextlib
import sys

import click

from ..errors import ChitieuError
from ..patterns import LEVELS
from .options import db_option, debug_option, ocr_option



@contextlib.contextmanager
def one_line_errors(debug: bool):
    try:
        yield
    except ChitieuError as exc:
        if debug:
            raise
        raise click.ClickException(str(exc)) from None


def filter_options(fn):
    for opt in reversed([
        click.option("--jurisdiction", help="Jurisdiction name, any case (\"Đồng Nai\")."),
        click.option("--year", type=int, help="Year the targets are for (the target's own year, else its document's)."),
        click.option("--level", type=click.Choice(LEVELS), help="Level the target applies to."),
        click.option("--indicator", help="Canonical indicator id (indicator.id), e.g. dvc_truc_tuyen_toan_trinh."),
        click.option("--kind", type=click.Choice(["target", "result"]), help="Targets or reported results only."),
    ]):
        fn = opt(fn)
    return fn


@click.group()
def db():
    """Build and query the target database (SQLite file or PostgreSQL).

    \b
    Example:
      chitieu db ingest decisions/ catalogue.json
      chitieu db query --jurisdiction "Đồng Nai" --year 2024
      chitieu db export --format xlsx -o targets.xlsx
      CHITIEU_DB=postgresql://chitieu@localhost/chitieu chitieu db ingest decisions/
    """


@db.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--force", is_flag=True, help="Re-extract and replace documents already in the database.")
@db_option
@ocr_option
@debug_option
def ingest(paths, force, db, ocr, debug):
    """Store documents and catalogue files in the database.

    PATHS are documents (extracted first), catalogue JSON files (stored as they
    are) or folders of either (searched recursively). Safe to re-run: a document
    already stored is skipped without re-extraction, a file whose content changed
    replaces its old rows, and each document is written in one transaction, so an
    interrupted run loses nothing and a re-run completes it. Two ingests may run
    at once on the same database. Exit status is 1 when any file failed.

    \b
    Example:
      chitieu db ingest corpus/
      chitieu db ingest --db postgresql://chitieu@localhost/chitieu out/catalogue.json
    """
    from ..db.engine import open_engine
    from ..db.ingest import FAILED, ingest_paths

    def report(o):
        if o.status == FAILED:
            click.echo(f"chitieu: {o.path}: {o.error}", err=True)
        else:
            click.echo(f"{o.status:9} {o.path}" + (f" ({o.targets} targets)" if o.targets else ""), err=True)

    with one_line_errors(debug):
        outcomes = ingest_paths(open_engine(db), paths, ocr=ocr, force=force, report=report, debug=debug)
    counts = {s: sum(o.status == s for o in outcomes) for s in ("added", "replaced", "unchanged", "failed")}
    click.echo(", ".join(f"{n} {s}" for s, n in counts.items()))
    if counts["failed"]:
        sys.exit(1)


@db.command()
@filter_options
@db_option
@debug_option
def query(db, debug, **filters):
    """Print the stored targets that match the filters, as a table.

    \b
    Example:
      chitieu db query --jurisdiction "Đồng Nai" --year 2024 --level commune
      chitieu db query --indicator dvc_truc_tuyen_toan_trinh --kind result
    """
    from ..db.engine import open_engine, reading
    from ..db.migrations import migrate
    from ..db.query import format_table, select_rows

    with one_line_errors(debug):
        engine = open_engine(db, must_exist=True)
        migrate(engine)
        with reading(engine) as conn:
            rows = select_rows(conn, **filters)
    click.echo(format_table(rows))
    click.echo(f"{len(rows)} target(s)", err=True)


@db.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), required=True,
              help="csv (UTF-8 with BOM, opens in Excel), xlsx, or json (a catalogue, valid against the schema).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@filter_options
@db_option
@debug_option
def export(fmt, output, db, debug, **filters):
    """Export stored targets (one row per target) or, as JSON, a catalogue.

    Takes the same filters as `db query`. The JSON export is a catalogue that
    `chitieu validate`, `compare`, `check` and `review` accept.

    \b
    Example:
      chitieu db export --format csv -o targets.csv --year 2024
      chitieu db export --format json -o dong-nai.json --jurisdiction "Đồng Nai"
    """
    from .. import catalogue as cat
    from ..db.engine import open_engine, reading
    from ..db.migrations import migrate
    from ..db.query import select_catalogue, select_rows, write_rows

    with one_line_errors(debug):
        engine = open_engine(db, must_exist=True)
        migrate(engine)
        with reading(engine) as conn:
            if fmt == "json":
                data = select_catalogue(conn, **filters)
                cat.write(data, output)
                n = sum(len(d["targets"]) for d in data["documents"])
            else:
                rows = select_rows(conn, **filters)
                try:
                    write_rows(rows, fmt, output)
                except OSError as exc:
                    raise ChitieuError(f"{output}: {exc.strerror}") from None
                n = len(rows)
    click.echo(f"{n} target(s) written to {output}", err=True)


from . import db_review  # noqa: E402,F401  (adds db review, db gold, db corrections)

"""chitieu db ingest | query | export: the target database."""
from __future__ import annotations

import contextlib
import sys

import click

from ..errors import ChitieuError
from ..db.rows import VALUE_FIELDS
from ..patterns import LEVELS
from .options import db_option, debug_option, follow_symlinks_option, ocr_option, sources_option, timeout_option



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
        click.option("--jurisdiction", help="Jurisdiction name, any case, with or without diacritics "
                                            "(\"Cần Thơ\", \"can tho\")."),
        click.option("--year", type=int, help="Year the targets are for (the target's own year, else its document's)."),
        click.option("--level", type=click.Choice(LEVELS), help="Level the target applies to."),
        click.option("--indicator", help="Canonical indicator id (indicator.id), e.g. on_time_resolution_rate; "
                                         "`chitieu db values indicator_id` lists them."),
        click.option("--search", metavar="WORDS", help="Indicators whose text or id holds every word, diacritics "
                                                       "and case ignored (\"ho so truc tuyen\")."),
        click.option("--kind", type=click.Choice(["target", "result"]), help="Targets or reported results only."),
    ]):
        fn = opt(fn)
    return fn


@click.group()
def db():
    """Build and query the target database (SQLite file or PostgreSQL).

    \b
    The database is plain SQLite by default: `datasette chitieu.db` browses it.

    \b
    Example:
      chitieu db ingest decisions/ catalogue.json
      chitieu db query --jurisdiction "Đồng Nai" --year 2024
      chitieu db values indicator_id
      chitieu db export --format xlsx -o targets.xlsx
      chitieu db link 412 --same-as 97
      CHITIEU_DB=postgresql://chitieu@localhost/chitieu chitieu db ingest decisions/
    """


@db.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--force", is_flag=True, help="Re-extract and replace documents already in the database.")
@db_option
@ocr_option
@timeout_option
@sources_option
@follow_symlinks_option
@debug_option
def ingest(paths, force, db, ocr, timeout, sources, follow_symlinks, debug):
    """Store documents and catalogue files in the database.

    PATHS are documents (extracted first), catalogue JSON files (stored as they
    are) or folders of either (searched recursively). Safe to re-run: a document
    already stored is skipped without re-extraction, a file whose content changed
    replaces its old rows, and each document is written in one transaction, so an
    interrupted run loses nothing and a re-run completes it. Two ingests may run
    at once on the same database. Each document is read in a worker process
    with a memory limit, killed past --timeout. A catalogue's documents keep the
    text of their source files (for the review pages) when found under the
    --sources folders. Exit status is 1 when any file failed.

    \b
    Example:
      chitieu db ingest corpus/
      chitieu db ingest --db postgresql://chitieu@localhost/chitieu out/catalogue.json
    """
    from ..db.engine import open_engine
    from ..db.ingest import DUPLICATE, FAILED, ingest_paths
    from ..paths import error_line, shown

    def report(o):
        if o.status == FAILED:
            click.echo(error_line(o.path, o.error), err=True)
        elif o.status == DUPLICATE:
            click.echo(f"{o.status:9} {shown(o.path)}: same content as {shown(o.same_as)}, stored as that document",
                       err=True)
        else:
            click.echo(f"{o.status:9} {shown(o.path)}" + (f" ({o.targets} targets)" if o.targets else ""), err=True)

    with one_line_errors(debug):
        outcomes = ingest_paths(open_engine(db), paths, ocr=ocr, force=force, report=report, debug=debug,
                                timeout=timeout or None, sources=list(sources) or None,
                                follow_symlinks=follow_symlinks)
    counts = {s: sum(o.status == s for o in outcomes) for s in ("added", "replaced", "unchanged", DUPLICATE, "failed")}
    if not counts[DUPLICATE]:
        del counts[DUPLICATE]  # the line reads as before when no file repeats another's content
    click.echo(", ".join(f"{n} {s}" for s, n in counts.items()))
    if counts["failed"]:
        sys.exit(1)


def _stored_rows(db, debug, **filters):
    from ..db.engine import open_engine, reading
    from ..db.migrations import migrate
    from ..db.query import select_rows

    with one_line_errors(debug):
        engine = open_engine(db, must_exist=True)
        migrate(engine)
        with reading(engine) as conn:
            return select_rows(conn, **filters)


@db.command()
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table for the terminal (indicator, evidence and document cut to fit); csv (the columns of "
                   "`db export`, UTF-8); json (a list of rows).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@db_option
@debug_option
def query(fmt, limit, db, debug, **filters):
    """Print the stored targets that match the filters.

    \b
    Example:
      chitieu db query --jurisdiction "can tho" --year 2025 --level commune
      chitieu db query --indicator on_time_resolution_rate --kind result
      chitieu db query --search "ho so truc tuyen" --format csv --limit 20 > some.csv
    """
    import json

    from ..db.query import export_frame, format_table
    from ..sheets import csv_text

    rows = _stored_rows(db, debug, limit=limit, **filters)
    if fmt == "csv":
        click.echo(csv_text(export_frame(rows)), nl=False)
    elif fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        click.echo(format_table(rows))
    click.echo(f"{len(rows)} target(s)" + (" (--limit reached)" if limit and len(rows) == limit else ""), err=True)


@db.command()
@click.argument("field", type=click.Choice(VALUE_FIELDS))
@filter_options
@db_option
@debug_option
def values(field, db, debug, **filters):
    """List the values of FIELD in the stored targets, with how many targets have each:
    what the filters of `db query` and `db export` can be given. Indicator ids come
    with their names.

    \b
    Example:
      chitieu db values jurisdiction
      chitieu db values indicator_id --jurisdiction "can tho"
    """
    from tabulate import tabulate

    from ..db.query import count_values

    counted = count_values(_stored_rows(db, debug, **filters), field)
    headers = [field, "targets"] + (["name"] if field == "indicator_id" else [])
    body = [["(none)" if row[0] is None else row[0], *row[1:]] for row in counted]
    click.echo(tabulate(body, headers=headers, tablefmt="simple", disable_numparse=True) if body else "(no targets match)")


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

    from ..output import check as check_output
    from ..paths import shown

    with one_line_errors(debug):
        check_output(output)
        engine = open_engine(db, must_exist=True)
        migrate(engine)
        with reading(engine) as conn:
            if fmt == "json":
                data = select_catalogue(conn, **filters)
                cat.write(data, output)
                n = sum(len(d["targets"]) for d in data["documents"])
            else:
                rows = select_rows(conn, **filters)
                write_rows(rows, fmt, output)
                n = len(rows)
    click.echo(f"{n} target(s) written to {shown(output)}", err=True)


@db.command()
@click.argument("row_id", type=int)
@click.option("--same-as", "same_as", type=int, metavar="OTHER_ROW_ID",
              help="The row whose indicator ROW_ID's indicator is the same as.")
@click.option("--id", "official_id", metavar="INDICATOR_ID",
              help="Or: the official id ROW_ID's indicator should have (an id of patterns/indicators.yaml).")
@db_option
@debug_option
def link(row_id, same_as, official_id, db, debug):
    """Confirm that two target rows measure the same indicator, or correct an id.

    ROW_ID and OTHER_ROW_ID are the `row` column of `chitieu db query`. The
    wording of ROW_ID (its normalised form) becomes an alias of OTHER_ROW_ID's
    indicator: its official id when it has one, else its wording (with --id:
    the id given). The alias is kept in the database (table
    indicator_aliases), survives `db ingest --force`, and `chitieu compare
    YEAR YEAR` uses it for every document that words the indicator the same
    way.

    \b
    Example:
      chitieu db query --jurisdiction "Long An" --year 2025
      chitieu db link 412 --same-as 97
      chitieu db link 415 --id online_payment_rate
    """
    from ..db.aliases import link as link_rows
    from ..db.engine import open_engine
    from ..db.migrations import migrate

    with one_line_errors(debug):
        engine = open_engine(db, must_exist=True)
        migrate(engine)
        if (same_as is None) == (official_id is None):
            raise click.UsageError("give --same-as OTHER_ROW_ID or --id INDICATOR_ID")
        done = link_rows(engine, row_id, same_as, official_id)
    what = f"row {same_as}" if same_as is not None else "the official id"
    if done["changed"]:
        click.echo(f"row {row_id} ({done['indicator_key']}) is now the same indicator as {what}: {done['identity']}")
    else:
        click.echo(f"row {row_id} is already the same indicator as {what}: {done['identity']}")


from . import db_review  # noqa: E402,F401  (adds db review, db gold, db corrections)

"""chitieu compare: targets year over year, and targets against results."""
from __future__ import annotations

import re
from pathlib import Path

import click

from ..errors import ChitieuError
from ..output import check as check_output
from ..paths import shown
from .db import one_line_errors
from .options import db_option, debug_option, output_option, write_or_echo

YEAR = re.compile(r"^(19|20|21)\d\d$")


def _catalogue_rows(path, jurisdiction):
    from .. import catalogue as cat
    from ..db.rows import from_catalogue, matches

    data = cat.load(path)
    errs = cat.problems(data)
    if errs:
        raise ChitieuError(f"{shown(path)}: not a valid catalogue: {errs[0]}")
    return [r for r in from_catalogue(data) if matches(r, jurisdiction=jurisdiction)]


def _db_rows(db, years, jurisdiction):
    """The rows of each year, and the aliases staff confirmed with `db link`."""
    from ..db import aliases
    from ..db.engine import open_engine, reading
    from ..db.migrations import migrate
    from ..db.query import select_rows

    engine = open_engine(db, must_exist=True)
    migrate(engine)
    with reading(engine) as conn:
        return [select_rows(conn, year=y, jurisdiction=jurisdiction) for y in years], aliases.load(conn)


@click.command()
@click.argument("old")
@click.argument("new")
@click.option("--jurisdiction", help="Only this jurisdiction (any case). Default: all, each compared with itself.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "xlsx", "md"]), default="table", show_default=True,
              help="table: for the terminal; csv (UTF-8 with BOM, opens in Excel); xlsx (one sheet per section); md: Markdown.")
@output_option
@click.option("--chart", type=click.Path(dir_okay=False), help="Also draw a PNG bar chart of the targets whose value changed.")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.6, show_default=True,
              help="Pair two rows only when their score (indicator wording, unit, level, scope) reaches this.")
@db_option
@debug_option
def compare(old, new, jurisdiction, fmt, output, chart, min_score, db, debug):
    """Compare targets of two years, indicator by indicator and level by level.

    OLD and NEW are two catalogue files (from `chitieu extract` or `db export
    --format json`), or two years, read from the database (--db / CHITIEU_DB).
    Within each jurisdiction, rows are paired one to one: the same official id
    (or an alias confirmed with `chitieu db link`, read from the database in
    year mode) scores 1; other rows score by how alike their normalised
    wordings are, with their unit, level and scope. A pair needs --min-score;
    a row left unpaired is new, dropped or "level ended" (a district-level
    target when NEW is 2025 or later: the level no longer exists) and is
    listed with its best candidate and that candidate's score.

    \b
    Status: raised / lowered = the threshold VALUE went up / down (a grade
    moved up or down: Khá -> Tốt is raised); unchanged; changed (unit or
    operator changed, not comparable as a number); new (only in NEW); dropped
    (only in OLD); level ended; ambiguous (one side gives several values). The ambition
    column says what it means: for ceilings ("không quá 10 ngày", <=) a
    lower value is stricter; for every other target a higher value is.
    Change is NEW - OLD, in percentage points (pp) for percentages.

    A third section sets targets against results reported for the same year
    (from either input): met / not met, gap = result - target.

    \b
    Example:
      chitieu compare dong-nai-2023.json dong-nai-2024.json
      chitieu compare 2023 2024 --db chitieu.db --jurisdiction "Đồng Nai" --chart changes.png
      chitieu compare 2023 2024 --format csv -o compare.csv
    """
    from .. import compare as cmp_mod

    with one_line_errors(debug):
        check_output(output)
        check_output(chart)
        if YEAR.match(old) and YEAR.match(new) and not (Path(old).is_file() or Path(new).is_file()):
            (old_rows, new_rows), aliases = _db_rows(db, (int(old), int(new)), jurisdiction)
            result = cmp_mod.compare(old_rows, new_rows, old, new, old_year=int(old), new_year=int(new),
                                     aliases=aliases, threshold=min_score)
        elif Path(old).is_file() and Path(new).is_file():
            old_rows, new_rows = _catalogue_rows(old, jurisdiction), _catalogue_rows(new, jurisdiction)
            label = lambda rows, p: str(cmp_mod.main_year(rows) or Path(p).stem)  # noqa: E731
            old_label, new_label = label(old_rows, old), label(new_rows, new)
            if old_label == new_label:
                old_label, new_label = f"{old_label} ({Path(old).stem})", f"{new_label} ({Path(new).stem})"
            result = cmp_mod.compare(old_rows, new_rows, old_label, new_label, threshold=min_score)
        else:
            missing = next(p for p in (old, new) if not Path(p).is_file() and not YEAR.match(p))
            raise click.UsageError(f"{missing}: not a file; OLD and NEW are two catalogue files or two years (with --db)")
        if fmt in ("csv", "xlsx"):
            if not output:
                raise click.UsageError(f"--format {fmt} needs -o FILE")
            cmp_mod.write_file(result, fmt, output)
            click.echo(f"{len(result.all_rows())} rows written to {shown(output)}", err=True)
        else:
            text = cmp_mod.render_text(result, fmt)
            write_or_echo(text, output)
        if chart:
            n = cmp_mod.chart(result, chart)
            click.echo(f"chart of {n} changed target(s) written to {shown(chart)}", err=True)

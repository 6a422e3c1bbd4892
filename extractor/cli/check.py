"""chitieu check: targets looser than the floor set from above; repeated rows."""
from __future__ import annotations

import sys

import click

from ..output import check as check_output
from ..paths import shown
from .db import one_line_errors
from .options import db_option, debug_option, output_option, write_or_echo


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--year", type=int, help="Only targets for this year.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "md"]), default="table", show_default=True,
              help="table for the terminal, csv (UTF-8 with BOM, needs -o), md (Markdown).")
@output_option
@db_option
@debug_option
def check(paths, year, fmt, output, db, debug):
    """Flag targets that break the floor set from above, and repeated rows.

    Reads the catalogue files PATHS or, without PATHS, the database (--db).

    \b
    below_floor    a district or commune target lower than the target the
                   province (or the national government) set for the same
                   indicator id, year and level ("cấp xã ≥ 88%" in the province
                   decision, "các xã ≥ 85%" in a district plan)
    above_ceiling  the same for ceilings such as "không quá 10 ngày"
    contradictory  one jurisdiction gives different values for the same
                   indicator id, level, year, kind, scope and unit
    duplicate      the same value stated twice (informational)

    A higher jurisdiction's floor applies to a document when it is national,
    when it is the only one at its level in the input, or when the document
    names it (title, issuer: "huyện Long Thành, tỉnh Đồng Nai").
    Exit status is 1 when anything but duplicates is found.

    \b
    Example:
      chitieu check --db chitieu.db --year 2024
      chitieu check dong-nai-2024.json long-thanh-2024.json
    """
    from .. import catalogue as cat
    from .. import check as check_mod
    from ..db.rows import from_catalogue
    from ..errors import ChitieuError

    with one_line_errors(debug):
        check_output(output)
        if paths:
            rows = []
            for p in paths:
                data = cat.load(p)
                errs = cat.problems(data)
                if errs:
                    raise ChitieuError(f"{shown(p)}: not a valid catalogue: {errs[0]}")
                rows += from_catalogue(data)
            rows = [r for r in rows if year is None or r["year"] == year]
        else:
            from ..db.engine import open_engine, reading
            from ..db.migrations import migrate
            from ..db.query import select_rows

            engine = open_engine(db, must_exist=True)
            migrate(engine)
            with reading(engine) as conn:
                rows = select_rows(conn, year=year)
        findings = check_mod.check(rows)
        if fmt == "csv":
            if not output:
                raise click.UsageError("--format csv needs -o FILE")
            check_mod.write_csv(findings, output)
        else:
            text = check_mod.render(findings, fmt)
            write_or_echo(text, output)
    serious = sum(f["finding"] in check_mod.SERIOUS for f in findings)
    click.echo(f"{len(findings)} finding(s), {serious} needing attention", err=True)
    if serious:
        sys.exit(1)

"""chitieu db review | gold | corrections: scripted review, and reviews as gold."""
from __future__ import annotations

import getpass

import click

from .db import db, one_line_errors
from .options import db_option, debug_option


def _open(db_url):
    from ..db.engine import open_engine
    from ..db.migrations import migrate

    engine = open_engine(db_url, must_exist=True)
    migrate(engine)
    return engine


@db.command()
@click.argument("row_id", type=int)
@click.option("--accept", "action", flag_value="accept", help="The row is right as it is (or as edited).")
@click.option("--reject", "action", flag_value="reject", help="The row is wrong: hidden from every output.")
@click.option("--set", "sets", multiple=True, metavar="FIELD=VALUE",
              help="Correct a field: indicator, indicator_id, level, operator, value, unit, year, kind, scope "
                   "(empty VALUE clears it). Repeatable.")
@click.option("--reviewer", default=None, help="Who decides [default: your login name].")
@db_option
@debug_option
def review(row_id, action, sets, reviewer, db, debug):
    """Accept, reject or correct one row (its ROW_ID is in `db query` and every export).

    The decision is stored as a correction, apart from the extraction: it survives
    `db ingest --force`, and query, export, compare, check and gold show the row as
    corrected.

    \b
    Example:
      chitieu db review 12 --accept
      chitieu db review 13 --set value=80 --set level=commune --reviewer "Nguyễn Văn An"
      chitieu db review 14 --reject
    """
    from ..db import corrections as corr
    from ..db.engine import guard
    from ..db.rows import show_threshold

    if not action and not sets:
        raise click.UsageError("give --accept, --reject or --set FIELD=VALUE")
    if action == "reject" and sets:
        raise click.UsageError("--reject and --set do not go together")
    pairs = {}
    for item in sets:
        field, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"--set {item}: write FIELD=VALUE")
        pairs["indicator_text" if field.strip() == "indicator" else field.strip()] = value
    with one_line_errors(debug):
        engine = _open(db)
        with guard(engine), engine.begin() as conn:
            changes = corr.parse_changes(pairs)
            row = corr.review(conn, row_id, action or "edit", changes, reviewer or getpass.getuser())
    value = row["value_num"] if row["value_num"] is not None else row["value_text"]
    click.echo(f"row {row_id}: {row['status']} · {row['indicator_text']} · {row['level'] or '—'} · "
               f"{show_threshold(row['operator'], value, row['unit'])} · {row['year'] or '—'} · {row['kind']}")


@db.command()
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False), help="Folder to write the gold files to.")
@click.option("--touched", is_flag=True, help="Also documents not marked reviewed that have a reviewed row.")
@db_option
@debug_option
def gold(output, touched, db, debug):
    """Write every reviewed document as gold (the format of GOLD.md), one JSON file each.

    A document counts as reviewed once a reviewer marked it so (web app) for its
    current content. Its rows are the reviewed ones: corrected values, rejected rows
    left out, added rows in. Then `chitieu eval --gold DIR` measures a new version
    of chitieu against what staff confirmed.

    \b
    Example:
      chitieu db gold -o reviewed-gold/
      chitieu eval --gold reviewed-gold/ corpus/
    """
    from ..db.engine import reading
    from ..db.gold import write_gold
    from ..output import check as check_output
    from ..paths import shown

    with one_line_errors(debug):
        check_output(output, folder=True)
        engine = _open(db)
        with reading(engine) as conn:
            written = write_gold(conn, output, touched)
    click.echo(f"{len(written)} document(s) written to {shown(output)}", err=True)


@db.command("corrections")
@click.option("--unmatched", is_flag=True, help="Only those whose row the latest extraction no longer has.")
@db_option
@debug_option
def corrections_command(unmatched, db, debug):
    """List reviewers' corrections (newest last). After a re-extraction, a correction
    whose row is gone is kept and listed with --unmatched, for a reviewer to redo.

    \b
    Example:
      chitieu db corrections --unmatched
    """
    import sqlalchemy as sa
    from tabulate import tabulate

    from ..db import schema
    from ..db.engine import reading
    from ..db.rows import cut

    c = schema.corrections
    with one_line_errors(debug):
        engine = _open(db)
        with reading(engine) as conn:
            stmt = sa.select(c).order_by(c.c.id)
            if unmatched:
                stmt = stmt.where(c.c.unmatched.is_(True))
            rows = conn.execute(stmt).mappings().all()
    body = [[r["id"], r["created_at"].isoformat(sep=" "), r["reviewer"], r["action"], r["field"] or "",
             cut((r["old_value"] or {}).get("value"), 20), cut((r["new_value"] or {}).get("value"), 30),
             r["target_id"] or "—", "unmatched" if r["unmatched"] else "", cut(r["document_path"], 30),
             cut(r["evidence_text"], 40)] for r in rows]
    click.echo(tabulate(body, headers=["id", "when", "reviewer", "action", "field", "old", "new", "row_id", "",
                                       "document", "evidence"], disable_numparse=True) if body else "(no corrections)")
    click.echo(f"{len(rows)} correction(s)", err=True)


@db.command("mark-reviewed")
@click.argument("paths", nargs=-1, required=True)
@click.option("--reviewer", default=None, help="Who signs off [default: your login name].")
@db_option
@debug_option
def mark_reviewed(paths, reviewer, db, debug):
    """Mark documents (by their path as stored, see `db query`) as reviewed: every row
    was checked. `db gold` writes these documents.

    \b
    Example:
      chitieu db mark-reviewed docs/dong-nai-2024.txt
    """
    import sqlalchemy as sa

    from ..db import corrections as corr
    from ..db import schema
    from ..db.engine import guard
    from ..errors import ChitieuError

    d = schema.documents
    with one_line_errors(debug):
        engine = _open(db)
        with guard(engine), engine.begin() as conn:
            for path in paths:
                doc_id = conn.execute(sa.select(d.c.id).where(d.c.path == path)).scalar()
                if doc_id is None:
                    raise ChitieuError(f"no document stored at {path}")
                corr.mark_document(conn, doc_id, reviewer or getpass.getuser())
    click.echo(f"{len(paths)} document(s) marked reviewed", err=True)

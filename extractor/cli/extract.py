"""extract, validate and eval: the catalogue commands."""
from __future__ import annotations

import os
import sys

import click

from .. import catalogue as cat
from ..errors import ChitieuError
from ..paths import error_line, shown
from .options import (debug_option, follow_symlinks_option, ocr_option, output_option, quiet_option, timeout_option,
                      workers_option)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@output_option
@ocr_option
@workers_option
@timeout_option
@click.option("--resume", is_flag=True,
              help="Keep the documents already in the -o file and skip every file it holds under the same "
                   "path with the same content (sha256), or whose content is stored in --db; the others "
                   "are extracted and added.")
@click.option("--db", "resume_db", envvar="CHITIEU_DB", default=None,
              help="With --resume: also skip files whose content is already in this database "
                   "(SQLite path or postgresql://...). Env: CHITIEU_DB.")
@follow_symlinks_option
@quiet_option
@debug_option
def extract(paths, output, ocr, workers, timeout, resume, resume_db, follow_symlinks, quiet, debug):
    """Extract every target from documents into a catalogue (JSON).

    PATHS are files or folders (searched recursively for .txt, .pdf, .docx,
    .html files, scans saved as .png, .jpg or .tif images (read by OCR), and
    files with no suffix; every other file of a folder is
    listed on stderr as skipped, with the reason, and a folder with nothing
    chitieu reads is an error). Each document that cannot
    be read (empty, corrupt, encrypted, too big, over --timeout...) is reported on
    stderr as "chitieu: PATH: reason" and listed in the catalogue's "errors"; the
    others are still processed. Each document is read in a worker process with
    a memory limit, killed past --timeout. Symlinks in a folder that lead
    outside the folders given are not followed (--follow-symlinks follows them);
    FIFOs and devices are not read. The output is checked against
    schemas/catalogue.schema.json before it is written, and a file given with -o is
    replaced in one step, never left half-written. Exit status is 1 when any
    document failed.

    With -o, work done so far is saved every minute and on Ctrl-C; run the same
    command again with --resume to finish.

    \b
    Example:
      chitieu extract corpus/ -o catalogue.json
      chitieu extract qd-194.txt | less
      chitieu extract ~/portals/ -o all.json --workers 2 --timeout 120 --resume
      chitieu extract ~/portals/new/ -o new.json --resume --db chitieu.db
    """
    from ..batch import Progress, default_workers, extract_paths
    from ..errors import OutputError
    from ..output import check as check_output

    to_file = bool(output and output != "-")
    if to_file:
        try:
            check_output(output)  # before any work: a folder that cannot be written is one line now
        except OutputError as exc:
            click.echo(f"chitieu: {exc}", err=True)
            sys.exit(1)
    previous, stored = None, {}
    if resume and resume_db:
        from ..db.engine import open_engine
        from ..db.ingest import stored_documents

        try:
            stored = stored_documents(open_engine(resume_db, must_exist=True))
        except ChitieuError as exc:
            raise click.ClickException(f"cannot resume from the database: {exc}") from None
    if resume and not resume_db:
        if not output or output == "-":
            raise click.UsageError("--resume needs -o FILE (the catalogue to continue) or --db")
    if resume and output and output != "-":
        if os.path.exists(output):
            try:
                previous = cat.load(output)
                cat.validate(previous)
            except ChitieuError as exc:
                raise click.ClickException(f"cannot resume from {shown(output)}: {exc}") from None
    progress = Progress(enabled=not quiet)
    saved = {"in": None}  # where the work done so far is: the output, or the copy kept when it failed

    def save(partial) -> bool:
        """A checkpoint or the final catalogue. A failed write is one line and the batch goes
        on; the catalogue is then kept in the temporary folder (output.write_bytes_atomic)."""
        try:
            cat.write(partial, output)
            saved["in"] = output
            return True
        except OutputError as exc:
            saved["in"] = exc.kept or saved["in"]
            click.echo(f"chitieu: {exc}", err=True)
            return False

    skipped = []

    def on_skip(path, reason):
        skipped.append(path)
        report_skip(path, reason)

    try:
        result = extract_paths(
            paths, ocr=ocr, on_error=progress.error, debug=debug,
            workers=workers or default_workers(), timeout=timeout or None, resume=previous, skip=stored,
            on_start=progress.start, on_result=progress.result, checkpoint=save if to_file else None,
            on_skip=on_skip, follow_symlinks=follow_symlinks)
        progress.close()
        if skipped and not (result["documents"] or result["errors"] or previous or stored):
            click.echo(f"chitieu: {' '.join(paths)}: no document chitieu reads ({len(skipped)} file(s) skipped)",
                       err=True)
            sys.exit(1)
        if not to_file:
            cat.write(result, output)
        elif not save(result):
            sys.exit(1)
    except KeyboardInterrupt:
        progress.close()
        if saved["in"] == output:
            click.echo(f"chitieu: interrupted; what was done is in {shown(output)}, add --resume to finish", err=True)
        elif saved["in"]:
            click.echo(f"chitieu: interrupted; what was done is in {shown(saved['in'])} (move it to "
                       f"{shown(output)} and add --resume to finish)", err=True)
        sys.exit(130)
    except ChitieuError as exc:
        if debug:
            raise
        raise click.ClickException(str(exc)) from None
    if result["errors"]:
        sys.exit(1)


def report_skip(path, reason):
    click.echo(error_line(path, f"skipped: {reason}"), err=True)


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def validate(file):
    """Check a catalogue file against the JSON Schema and say what is wrong.

    \b
    Example:
      chitieu validate catalogue.json
    """
    try:
        data = cat.load(file)
    except ChitieuError as exc:
        raise click.ClickException(str(exc)) from None
    errs = cat.problems(data)
    if errs:
        for line in errs:
            click.echo(f"{shown(file)}: {line}", err=True)
        raise click.ClickException(f"{len(errs)} problem(s) in {shown(file)}")
    n = sum(len(d.get("targets", [])) for d in data.get("documents", []))
    click.echo(f"{shown(file)}: valid ({len(data.get('documents', []))} documents, {n} targets)")


@click.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of gold JSON files, one per document (see GOLD format).")
@click.option("--pred", "pred_file", type=click.Path(exists=True, dir_okay=False),
              help="Score this catalogue instead of extracting PATHS.")
@click.option("--only-kind", type=click.Choice(["target", "result"]), help="Score one kind of row only.")
@click.option("--verbose", is_flag=True, help="List every missed and extra row.")
@click.argument("paths", nargs=-1, type=click.Path())
@ocr_option
@timeout_option
@follow_symlinks_option
def eval_command(gold_dir, pred_file, only_kind, verbose, paths, ocr, timeout, follow_symlinks):
    """Score extraction against gold rows: precision, recall, F1.

    Pairs documents and rows exactly as the reference judge tools/score.py does.
    Only the documents given are scored (PATHS, or those in the --pred catalogue,
    failed ones included); the number of gold documents left out is printed
    last. Given every gold document, the figures are the judge's. Documents that
    cannot be read are one line each on stderr, as in extract, and make the exit
    status 1.
    A last line on stderr counts the missed rows by the field they got wrong
    (indicator, level, year, kind, operator, scope; "no figure" when the value
    was never extracted).

    \b
    Example:
      chitieu eval --gold corpus/gold corpus
      chitieu eval --gold gold/ --pred catalogue.json --only-kind target
    """
    from ..scoring import format_field_errors, format_report, score

    if pred_file:
        try:
            data = cat.load(pred_file)
        except ChitieuError as exc:
            raise click.ClickException(str(exc)) from None
    elif paths:
        from ..batch import extract_paths

        data = extract_paths(paths, ocr=ocr, on_error=lambda p, e: click.echo(error_line(p, e), err=True),
                             on_skip=report_skip, timeout=timeout or None, follow_symlinks=follow_symlinks)
    else:
        raise click.UsageError("give PATHS to extract or --pred CATALOGUE")
    result = score(gold_dir, data, only_kind=only_kind, only_given=True)
    if not result["documents"]:
        raise click.ClickException(f"{gold_dir}: no gold file for any of the documents given")
    click.echo(format_report(result, verbose=verbose))
    if result["unscored"]:
        n = len(result["unscored"])
        click.echo(f"{n} gold document(s) had no prediction and were not scored (not among the documents given)")
    # on stderr, so that stdout stays the reference judge's report, line for line
    click.echo(format_field_errors(result), err=True)
    if not pred_file and data["errors"]:
        sys.exit(1)

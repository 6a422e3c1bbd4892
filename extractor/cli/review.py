"""chitieu review: an HTML page to check targets against the text they came from."""
from __future__ import annotations

import click

import sys

from ..output import check as check_output, write_text_atomic
from ..paths import error_line, shown
from .db import one_line_errors
from .options import debug_option, follow_symlinks_option, ocr_option, sources_option, timeout_option


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@ocr_option
@timeout_option
@sources_option
@follow_symlinks_option
@debug_option
def review(paths, output, ocr, timeout, sources, follow_symlinks, debug):
    """Write one HTML page showing each document with its targets highlighted.

    PATHS are documents (extracted first), catalogue files (their documents are
    read again from source.path, looked up as given or next to the catalogue, and
    only under the --sources folders: by default the folder above the catalogue's
    and the current folder), or folders. Exit status is 1 when a document could not be
    extracted or a source file lies outside those folders (one line each). Evidence is highlighted in yellow for targets and blue for reported
    results; the table under each title links every target to its highlight, and
    each highlight's number links back. The page is one self-contained file.

    \b
    Example:
      chitieu review corpus/text -o review.html
      chitieu review out/catalogue.json -o review.html
    """
    from ..review import collect, render

    errors = []

    def note(path, reason):
        errors.append((shown(path), reason))
        click.echo(error_line(path, reason), err=True)

    with one_line_errors(debug):
        check_output(output)
        items = collect(paths, ocr=ocr, on_error=note, timeout=timeout or None, sources=list(sources) or None,
                        follow_symlinks=follow_symlinks)
        page = render(items, errors)
        write_text_atomic(page, output)
    n = sum(len(i.doc["targets"]) for i in items)
    click.echo(f"{len(items)} document(s), {n} target(s) written to {shown(output)}", err=True)
    if errors:
        sys.exit(1)

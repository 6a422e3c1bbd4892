"""text: print the exact text chitieu extracted from a document (what evidence offsets index)."""
from __future__ import annotations

import json
import sys

import click

from ..paths import error_line
from .options import ocr_option, timeout_option


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@ocr_option
@timeout_option
@click.option("--pages", is_flag=True, help="Mark where each page starts with a line '=== page N ===' "
              "(the marks are not part of the text: offsets no longer match).")
@click.option("--info", is_flag=True, help="Print what was read (format, pages, OCR confidence, "
              "encoding, warnings) as JSON on stderr.")
def text(file, ocr, timeout, pages, info):
    """Print the text chitieu reads from FILE (PDF, scanned PDF or image, DOCX, HTML, text).

    This is the exact text that evidence offsets ("start", "end") in a catalogue
    index into: tables are lines of cells joined by " | ", the header block is
    one line per row of each column, OCR repairs included.

    \b
    Example:
      chitieu text corpus/pdf/p01_tayninh-qd-2025-giao-chi-tieu-cchc.pdf
      chitieu text --ocr always --info scan.pdf > scan.txt
    """
    from ..batch import read_each

    for _, src, err in read_each([file], ocr=ocr, timeout=timeout or None):
        if err:
            click.echo(error_line(file, err), err=True)
            sys.exit(1)
    if info:
        click.echo(json.dumps({"format": src.format, "pages": src.pages, "page_starts": src.page_starts,
                               "ocr": src.ocr, "ocr_confidence": src.ocr_confidence,
                               "page_confidence": src.page_confidence, "encoding": src.encoding,
                               "warnings": src.warnings}, ensure_ascii=False), err=True)
    out = src.text
    if pages and src.page_starts:
        parts = []
        bounds = src.page_starts + [len(src.text)]
        for n in range(len(src.page_starts)):
            parts.append(f"=== page {n + 1} ===\n{src.text[bounds[n]:bounds[n + 1]]}")
        out = "\n".join(parts)
    sys.stdout.write(out)
    if not out.endswith("\n"):
        sys.stdout.write("\n")

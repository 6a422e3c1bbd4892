"""The `chitieu` command. Each sub-command lives in its own module and is listed here."""
from __future__ import annotations

import importlib

import click

from .. import __version__

# (module, attribute) of every top-level command, in the order --help lists them.
COMMANDS = [
    ("extractor.cli.extract", "extract"),
    ("extractor.cli.extract", "validate"),
    ("extractor.cli.extract", "eval_command"),
    ("extractor.cli.db", "db"),
    ("extractor.cli.compare", "compare"),
    ("extractor.cli.check", "check"),
    ("extractor.cli.review", "review"),
    ("extractor.cli.text", "text"),
    ("extractor.cli.serve", "serve"),
    ("extractor.cli.serve", "users"),
]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="chitieu")
@click.pass_context
def main(ctx):
    """chitieu reads Vietnamese decisions, plans and news and turns the targets
    (chỉ tiêu) they set into a JSON catalogue you can check, store and compare.

    \b
    Example:
      chitieu extract decisions/ -o catalogue.json
      chitieu eval --gold corpus/gold corpus
    """
    if ctx.invoked_subcommand in ("extract", "eval", "review", "db", "text"):
        # the recognition rules are checked once, before any document: a broken pattern
        # file is one clear error naming file and line, not a failure per document
        from .. import patterns
        from ..errors import PatternError

        try:
            patterns.default()
        except PatternError as exc:
            raise click.ClickException(f"patterns/{exc}") from None


for _module, _attr in COMMANDS:
    main.add_command(getattr(importlib.import_module(_module), _attr))

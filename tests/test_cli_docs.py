"""Every command and every option of `chitieu` is documented: a help text with an
Example, and a help line for each option (walked from extractor.cli.main, so a new
command or option without documentation fails here)."""
from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from extractor.cli import main


def commands(cmd=main, path=()):
    yield path, cmd
    if isinstance(cmd, click.Group):
        for name, sub in sorted(cmd.commands.items()):
            yield from commands(sub, path + (name,))


ALL = list(commands())


@pytest.mark.parametrize("path, cmd", ALL, ids=[" ".join(p) or "chitieu" for p, _ in ALL])
def test_command_help_has_text_and_an_example(path, cmd):
    res = CliRunner().invoke(main, [*path, "--help"])
    assert res.exit_code == 0, res.output
    assert (cmd.help or "").strip(), f"{' '.join(path)} has no help text"
    assert "Example" in res.output


OPTIONS = [(path, p) for path, cmd in ALL for p in cmd.params
           if isinstance(p, click.Option) and p.name not in ("help", "version")]


@pytest.mark.parametrize("path, option", OPTIONS,
                         ids=[f"{' '.join(p) or 'chitieu'} {o.opts[-1]}" for p, o in OPTIONS])
def test_every_option_is_explained(path, option):
    assert (option.help or "").strip(), f"{' '.join(path)} {option.opts[-1]} has no help"
    out = CliRunner().invoke(main, [*path, "--help"]).output
    assert option.opts[-1] in out


def test_extract_help_shows_the_batch_options():
    out = CliRunner().invoke(main, ["extract", "--help"]).output
    for opt in ("--workers", "--timeout", "--resume", "--quiet", "--debug"):
        assert opt in out
    assert "chitieu extract" in out.split("Example", 1)[1]

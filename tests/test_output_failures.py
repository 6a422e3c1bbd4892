"""Output failures lose no finished work (issue 12, item 5): every command that writes a
file checks its output before the work starts (one line, non-zero exit); a write that fails
later (a full disk) is one line, leaves the previous file intact and keeps what was to be
written in the temporary folder; extract goes on past a failed checkpoint."""
from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest_db import FIXTURES
from extractor import batch, output, pipeline
from extractor import catalogue as cat
from extractor.cli import main

HERE = Path(__file__).resolve().parent
OLD, NEW = FIXTURES / "dong-nai-2023.json", FIXTURES / "dong-nai-2024.json"
DECISION = HERE / "data" / "qd-412-cchc-binh-phuoc-2024.txt"
CORPUS = HERE.parent / "corpus" / "text"

# every command that writes a file: its arguments for an output OUT (ENV holds the inputs)
COMMANDS = {
    "extract": lambda env, out: ["extract", env["docs"], "-o", out, "-j1"],
    "review": lambda env, out: ["review", env["catalogue"], "-o", out],
    "db export csv": lambda env, out: ["db", "export", "--format", "csv", "-o", out, "--db", env["db"]],
    "db export xlsx": lambda env, out: ["db", "export", "--format", "xlsx", "-o", out, "--db", env["db"]],
    "db export json": lambda env, out: ["db", "export", "--format", "json", "-o", out, "--db", env["db"]],
    "compare table": lambda env, out: ["compare", OLD, NEW, "-o", out],
    "compare md": lambda env, out: ["compare", OLD, NEW, "--format", "md", "-o", out],
    "compare csv": lambda env, out: ["compare", OLD, NEW, "--format", "csv", "-o", out],
    "compare xlsx": lambda env, out: ["compare", OLD, NEW, "--format", "xlsx", "-o", out],
    "compare chart": lambda env, out: ["compare", OLD, NEW, "--chart", out],
    "check table": lambda env, out: ["check", OLD, NEW, "-o", out],
    "check md": lambda env, out: ["check", OLD, NEW, "--format", "md", "-o", out],
    "check csv": lambda env, out: ["check", OLD, NEW, "--format", "csv", "-o", out],
    "db gold": lambda env, out: ["db", "gold", "-o", out, "--db", env["db"]],
}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    root = tmp_path_factory.mktemp("inputs")
    docs = root / "docs"
    docs.mkdir()
    shutil.copy(DECISION, docs / "qd-412.txt")
    shutil.copy(next(CORPUS.glob("t02_*.txt")), docs / "t02.txt")
    catalogue, db = root / "c.json", root / "t.db"
    assert run("extract", docs, "-o", catalogue, "-j1").exit_code == 0
    assert run("db", "ingest", catalogue, "--db", db).exit_code == 0
    return {"docs": docs, "catalogue": catalogue, "db": db}


def one_line(res, needle):
    assert "Traceback" not in res.output
    found = [l for l in res.output.splitlines() if needle in l]
    assert len(found) >= 1, res.output
    return found


@pytest.mark.parametrize("command", COMMANDS)
def test_an_output_that_cannot_be_written_stops_before_the_work(command, env, tmp_path, monkeypatch):
    # a path under a regular file: refused even to root, for whom a read-only folder is writable
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    out = tmp_path / "file.txt" / ("gold" if command == "db gold" else "out.x")
    monkeypatch.setattr(pipeline, "extract_source", lambda source: pytest.fail("work started"))
    res = run(*COMMANDS[command](env, out))
    assert res.exit_code == 1, res.output
    assert one_line(res, "cannot write there") == [
        ("chitieu: " if command == "extract" else "Error: ") + f"{out}: cannot write there: {tmp_path / 'file.txt'} is not a folder"]


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "db gold"])  # db gold writes nothing unreviewed
def test_a_write_that_fails_keeps_the_previous_file_and_the_new_content(command, env, tmp_path, monkeypatch):
    out = tmp_path / "out" / "result.x"
    out.parent.mkdir()
    out.write_bytes(b"previous")
    real = output._replace

    def full_disk(data, path):
        if Path(path).parent == out.parent:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(data, path)

    monkeypatch.setattr(output, "_replace", full_disk)
    res = run(*COMMANDS[command](env, out))
    assert res.exit_code == 1, res.output
    lines = one_line(res, "No space left on device")
    assert out.read_bytes() == b"previous"
    kept = Path(lines[-1].rsplit("what was to be written is in ", 1)[1])
    try:
        assert kept.parent != out.parent and kept.stat().st_size > 0
        if command in ("extract", "db export json"):
            data = json.loads(kept.read_text(encoding="utf-8"))
            assert cat.problems(data) == [] and len(data["documents"]) == 2
    finally:
        kept.unlink()


def test_extract_goes_on_past_failed_checkpoints_and_keeps_the_catalogue(env, tmp_path, monkeypatch):
    out = tmp_path / "c.json"
    saves = []
    real = output._replace

    def full_disk(data, path):
        if Path(path) == out:
            saves.append(path)
            raise OSError(errno.ENOSPC, "No space left on device")
        real(data, path)

    monkeypatch.setattr(output, "_replace", full_disk)
    monkeypatch.setattr(batch, "CHECKPOINT_SECONDS", 0)  # a checkpoint after every document
    res = run("extract", env["docs"], "-o", out, "-j1")
    assert res.exit_code == 1
    assert len(saves) == 3  # two checkpoints, the final write: each tried, each failed, the batch went on
    lines = one_line(res, "No space left on device")
    assert len(lines) == 3 and all(l.startswith(f"chitieu: {out}: cannot write: ") for l in lines)
    kept = Path(lines[-1].rsplit(" is in ", 1)[1])
    try:
        # the whole batch, as a write that worked would have left it
        assert json.loads(kept.read_text(encoding="utf-8")) == json.loads(env["catalogue"].read_text(encoding="utf-8"))
    finally:
        kept.unlink()


def test_the_first_checkpoint_comes_after_the_first_document(env, tmp_path, monkeypatch):
    out = tmp_path / "c.json"
    seen = []
    real = batch.Progress.result

    def look(self, path, doc, err):
        real(self, path, doc, err)
        seen.append(len(json.loads(out.read_text(encoding="utf-8"))["documents"]) if out.exists() else None)

    monkeypatch.setattr(batch.Progress, "result", look)
    assert run("extract", env["docs"], "-o", out, "-j1").exit_code == 0
    # after the first document's result is shown, it is saved before the next document is read
    assert seen[0] is None and seen[1] == 1


def test_an_interrupt_after_a_failed_save_names_the_kept_copy(env, tmp_path, monkeypatch):
    out = tmp_path / "c.json"
    real = output._replace

    def full_disk(data, path):
        if Path(path) == out:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(data, path)

    def interrupt(self, path, doc, err):
        raise KeyboardInterrupt

    monkeypatch.setattr(output, "_replace", full_disk)
    monkeypatch.setattr(batch.Progress, "result", interrupt)
    res = run("extract", env["docs"], "-o", out, "-j1")
    assert res.exit_code == 130
    last = res.output.splitlines()[-1]
    assert last.startswith("chitieu: interrupted; what was done is in ") and f"move it to {out}" in last
    kept = Path(last.split(" is in ", 1)[1].split(" (move it", 1)[0])
    try:
        assert len(json.loads(kept.read_text(encoding="utf-8"))["documents"]) == 1
    finally:
        kept.unlink()

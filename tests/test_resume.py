"""A resumed run equals a clean run (issue 12, item 1): a file whose content is already in
the catalogue under another path is extracted under its own path, never dropped; the
database keeps one document per content and says which stored document a file repeats."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import batch
from extractor.batch import WARM_UP_NAME
from extractor.cli import main

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "text"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def load(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def paths_of(data):
    return [Path(d["source"]["path"]).name for d in data["documents"]]


@pytest.fixture
def twins(tmp_path):
    """d/a.txt and d/b.txt with the same content (the reproduction in the issue)."""
    d = tmp_path / "d"
    d.mkdir()
    src = next(CORPUS.glob("t02_*.txt"))
    shutil.copy(src, d / "a.txt")
    shutil.copy(src, d / "b.txt")
    return d


def duplicates_folder(root: Path, n: int) -> Path:
    """N corpus texts, every third one also copied under a second name."""
    d = root / "batch"
    d.mkdir()
    for i, src in enumerate(sorted(CORPUS.glob("*.txt"))[:n]):
        shutil.copy(src, d / f"{i:02d}.txt")
        if i % 3 == 0:
            shutil.copy(src, d / f"{i:02d}-copy.txt")
    (d / "zz-empty.txt").write_bytes(b"")  # an error entry too
    return d


def test_resume_keeps_a_file_whose_content_is_stored_under_another_path(twins, tmp_path):
    out, clean = tmp_path / "c.json", tmp_path / "clean.json"
    assert run("extract", twins / "a.txt", "-o", out, "-j1").exit_code == 0
    res = run("extract", twins, "-o", out, "--resume", "-j1")
    assert res.exit_code == 0, res.output
    assert run("extract", twins, "-o", clean, "-j1").exit_code == 0
    assert paths_of(load(out)) == ["a.txt", "b.txt"]
    assert load(out) == load(clean)


@pytest.mark.parametrize("workers,stop", [(1, 1), (1, 4), (2, 1)])
def test_interrupted_then_resumed_equals_a_clean_run(tmp_path, monkeypatch, workers, stop):
    # after 1 document, one of 00.txt and its copy is done and the other is not
    folder = duplicates_folder(tmp_path, 9)
    clean, out = tmp_path / "clean.json", tmp_path / "out.json"
    assert run("extract", folder, "-o", clean, "-j", workers).exit_code == 1  # the empty file
    real, seen = batch.Progress.result, []

    def interrupt(self, path, doc, err):
        seen.append(path)
        real(self, path, doc, err)
        if len(seen) == stop:
            raise KeyboardInterrupt

    monkeypatch.setattr(batch.Progress, "result", interrupt)
    res = run("extract", folder, "-o", out, "-j", workers)
    assert res.exit_code == 130, res.output
    partial = load(out)
    assert len(partial["documents"]) + len(partial["errors"]) == stop
    monkeypatch.undo()
    res = run("extract", folder, "-o", out, "-j", workers, "--resume")
    assert res.exit_code == 1
    assert load(out) == load(clean)
    assert len(load(clean)["documents"]) == 12  # 9 texts and 3 copies


def test_sigint_after_the_first_checkpoint_then_resume_equals_a_clean_run(tmp_path):
    folder = duplicates_folder(tmp_path, 30)
    clean, out = tmp_path / "clean.json", tmp_path / "out.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(folder), "-j1", "-q", "-o"]
    proc = subprocess.Popen(cmd + [str(out)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while not out.exists() and proc.poll() is None:  # the first checkpoint comes after the first document
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "add --resume to finish" in stderr and "Traceback" not in stderr
    partial = load(out)
    done = subprocess.run(cmd + [str(out), "--resume"], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr  # the empty file
    subprocess.run(cmd + [str(clean)], env=env, capture_output=True, timeout=600)
    assert 0 < len(partial["documents"]) < len(load(clean)["documents"])
    assert load(out) == load(clean)


def test_resume_still_skips_what_is_done_and_drops_a_renamed_file(twins, tmp_path, monkeypatch):
    from extractor import pipeline

    out = tmp_path / "c.json"
    assert run("extract", twins, "-o", out, "-j1").exit_code == 0
    # documents are extracted in forked workers: what they extract is written to a file
    log = tmp_path / "extracted.log"
    real = pipeline.extract_source

    def logged(s):
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(Path(s.path).name + "\n")
        return real(s)

    def seen():
        # the models' warm-up (batch.warm_up) runs one document of its own through the pipeline
        names = log.read_text(encoding="utf-8").split() if log.exists() else []
        return [n for n in names if n != WARM_UP_NAME]

    monkeypatch.setattr(pipeline, "extract_source", logged)
    assert run("extract", twins, "-o", out, "--resume", "-j1").exit_code == 0
    assert seen() == []  # same path, same content: done
    (twins / "b.txt").rename(twins / "c.txt")
    assert run("extract", twins, "-o", out, "--resume", "-j1").exit_code == 0
    assert seen() == ["c.txt"]
    assert paths_of(load(out)) == ["a.txt", "c.txt"]  # b.txt is gone: as a clean run


def test_db_ingest_names_the_stored_document_for_the_same_content(twins, tmp_path):
    db = tmp_path / "t.db"
    res = run("db", "ingest", twins, "--db", db)
    assert res.exit_code == 0, res.output
    assert f"duplicate {twins / 'b.txt'}: same content as {twins / 'a.txt'}, stored as that document" in res.stderr
    assert res.stdout.strip() == "1 added, 0 replaced, 0 unchanged, 1 duplicate, 0 failed"
    again = run("db", "ingest", twins, "--db", db)
    assert f"unchanged {twins / 'a.txt'}" in again.stderr
    assert f"duplicate {twins / 'b.txt'}: same content as {twins / 'a.txt'}" in again.stderr
    assert again.stdout.strip() == "0 added, 0 replaced, 1 unchanged, 1 duplicate, 0 failed"
    # from a catalogue holding both documents, the same
    cat_file = tmp_path / "c.json"
    run("extract", twins, "-o", cat_file, "-j1")
    res = run("db", "ingest", cat_file, "--db", tmp_path / "u.db")
    assert res.stdout.strip() == "1 added, 0 replaced, 0 unchanged, 1 duplicate, 0 failed"
    assert f"same content as {twins / 'a.txt'}" in res.stderr


def test_extract_resume_db_says_which_stored_document_has_the_content(twins, tmp_path):
    db = tmp_path / "t.db"
    (tmp_path / "one").mkdir()
    shutil.copy(twins / "a.txt", tmp_path / "one" / "a.txt")
    run("db", "ingest", tmp_path / "one" / "a.txt", "--db", db)
    res = run("extract", twins, "-o", tmp_path / "new.json", "--resume", "--db", db, "-j1")
    assert res.exit_code == 0, res.output
    for name in ("a.txt", "b.txt"):
        assert (f"chitieu: {twins / name}: skipped: same content as {tmp_path / 'one' / 'a.txt'}, "
                "already in the database") in res.stderr

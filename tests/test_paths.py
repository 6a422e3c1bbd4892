"""File names that are not UTF-8 or hold control characters (issue 12, items 2 and 8): kept,
written everywhere in one escaped form (paths.shown), found again from it, and never able
to break or forge a line of chitieu's one-line messages."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.paths import error_line, on_disk, shown

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "text"
NOT_UTF8 = b"ng\xe0y-cp1258.txt"  # 'ngày' written in cp1258
NEWLINE = b"two\nlines.txt"
FORGER = b"empty\nchitieu: forged.txt: a line chitieu never wrote.txt"


def run(*args):
    return CliRunner().invoke(main, [a if isinstance(a, str) else os.fsdecode(a) for a in args])


@pytest.mark.parametrize("raw, want", [
    (b"/d/qd-412.txt", "/d/qd-412.txt"),
    ("/d/Quyết định số 412.txt".encode(), "/d/Quyết định số 412.txt"),
    (b"/d/ng\xe0y.txt", "/d/ng\\xe0y.txt"),
    (b"/d/a\nb\tc\rd\x1b[31m.txt", "/d/a\\nb\\tc\\rd\\x1b[31m.txt"),
    ("/d/e\u2028f\u202eg\x85.txt".encode(), "/d/e\\u2028f\\u202eg\\u0085.txt"),
])
def test_shown_is_one_line_of_valid_utf8_and_leads_back_to_the_file(raw, want):
    assert shown(raw) == want == shown(os.fsdecode(raw)) == shown(Path(os.fsdecode(raw)))
    want.encode("utf-8")  # no lone surrogate left
    assert len(error_line(raw, "empty file").splitlines()) == 1
    assert os.fsdecode(raw) in on_disk(want)


def test_a_name_with_a_backslash_is_tried_as_written_first():
    assert on_disk("a\\x41.txt") == ["a\\x41.txt", "aA.txt"]
    assert on_disk("plain.txt") == ["plain.txt"]


@pytest.fixture
def odd_names(tmp_path):
    d = tmp_path / "van-ban"
    d.mkdir()
    texts = sorted(CORPUS.glob("*.txt"))
    shutil.copy(texts[1], d / "good.txt")
    dirb = os.fsencode(d)
    shutil.copy(os.fsencode(texts[4]), dirb + b"/" + NOT_UTF8)
    shutil.copy(os.fsencode(texts[8]), dirb + b"/" + NEWLINE)
    open(dirb + b"/" + FORGER, "wb").close()
    return d


def test_odd_file_names_round_trip_extract_ingest_review_export(odd_names, tmp_path):
    out, db, page = tmp_path / "c.json", tmp_path / "t.db", tmp_path / "review.html"
    dirb = os.fsencode(odd_names)
    res = run("extract", odd_names, "-o", out, "-j2")
    assert res.exit_code == 1  # the empty file
    # stderr: one line, the empty file's, escaped; nothing forged
    assert res.stderr.splitlines() == [f"chitieu: {shown(dirb + b'/' + FORGER)}: empty file"]
    data = json.loads(out.read_bytes().decode("utf-8"))  # strict UTF-8
    stored = sorted(d["source"]["path"] for d in data["documents"])
    assert stored == sorted(shown(dirb + b"/" + n) for n in (b"good.txt", NOT_UTF8, NEWLINE))
    assert [e["path"] for e in data["errors"]] == [shown(dirb + b"/" + FORGER)]

    # resume finds every finished file again by its stored name: nothing redone
    res = run("extract", odd_names, "-o", out, "-j1", "--resume")
    assert json.loads(out.read_text(encoding="utf-8")) == data

    for source in (out, odd_names):  # a catalogue, then the documents themselves
        res = run("db", "ingest", source, "--db", db)
        assert "Traceback" not in res.output and res.exit_code == 1, res.output
        assert all(line.startswith(("chitieu: ", "added ", "unchanged ")) for line in res.stderr.splitlines())
    with sqlite3.connect(db) as conn:
        assert sorted(r[0] for r in conn.execute("select path from documents")) == stored
        # the text for the review pages was found from the escaped names
        assert conn.execute("select count(*) from document_texts").fetchone()[0] == 3

    res = run("review", out, "-o", page)
    assert res.exit_code == 0, res.output
    html = page.read_bytes().decode("utf-8")
    assert "not found" not in html and "has changed" not in html
    assert html.count('class="text"') == 3  # every document's text shown, highlights and all
    assert "ng\\xe0y-cp1258.txt" in html

    export = tmp_path / "t.csv"
    assert run("db", "export", "--format", "csv", "-o", export, "--db", db).exit_code == 0
    documents = {row["document"] for row in csv.DictReader(io.StringIO(export.read_bytes().decode("utf-8-sig")))}
    assert documents == set(stored)


def test_review_of_documents_given_directly_with_odd_names(odd_names, tmp_path):
    page = tmp_path / "review.html"
    res = run("review", odd_names, "-o", page)
    assert res.exit_code == 1, res.output  # the empty file is one line and a non-zero exit
    assert res.stderr.splitlines()[0] == f"chitieu: {shown(os.fsencode(odd_names) + b'/' + FORGER)}: empty file"
    html = page.read_bytes().decode("utf-8")
    assert html.count('class="text"') == 3 and "not found" not in html


def test_a_file_name_that_is_only_given_on_the_command_line(tmp_path):
    path = os.fsencode(tmp_path) + b"/" + NEWLINE
    shutil.copy(os.fsencode(next(CORPUS.glob("t02_*.txt"))), path)
    res = run("extract", path, "-j1")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["documents"][0]["source"]["path"] == shown(path)

"""The `chitieu` command line: help with examples, extract to stdout or a file (atomically),
validate, errors for missing paths, and evidence offsets that slice the document's text."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from extractor import catalogue as cat
from extractor.cli import main
from extractor.errors import CatalogueError, OutputError

DATA = Path(__file__).resolve().parent / "data"
DECISION = DATA / "qd-412-cchc-binh-phuoc-2024.txt"
# the console script beside the Python running the tests (.venv/bin under `make test`)
VENV_CHITIEU = Path(sys.executable).parent / "chitieu"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def all_commands(cmd=main, path=()):
    yield list(path), cmd
    if isinstance(cmd, click.Group):
        for name, sub in sorted(cmd.commands.items()):
            yield from all_commands(sub, path + (name,))


# --------------------------------------------------------------------------- help

@pytest.mark.parametrize("path", [p for p, _ in all_commands()], ids=lambda p: " ".join(p) or "chitieu")
def test_every_help_has_an_example(path):
    res = run(*path, "--help")
    assert res.exit_code == 0, res.output
    assert "Example" in res.output
    example = res.output.split("Example", 1)[1]
    assert "chitieu " + " ".join(path) in example, example


def test_extract_help_explains_options():
    out = run("extract", "--help").output
    assert "-o, --output" in out and "--ocr" in out


def test_installed_console_script():
    if not VENV_CHITIEU.exists():
        pytest.fail(f"{VENV_CHITIEU} missing: run `make setup` first (the tests run with .venv/bin/python)")
    res = subprocess.run([str(VENV_CHITIEU), "--help"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0
    assert "chitieu extract" in res.stdout


# --------------------------------------------------------------------------- extract and validate

@pytest.fixture(scope="module")
def decision_catalogue():
    res = run("extract", DECISION)
    assert res.exit_code == 0, res.stderr
    return res


def test_extract_to_stdout_is_valid_json(decision_catalogue, tmp_path):
    data = json.loads(decision_catalogue.stdout)
    assert cat.problems(data) == []
    assert [d["source"]["path"] for d in data["documents"]] == [str(DECISION)]
    assert data["errors"] == []
    doc = data["documents"][0]
    assert doc["source"]["format"] == "text"
    assert len(doc["targets"]) >= 10
    out = tmp_path / "catalogue.json"
    out.write_text(decision_catalogue.stdout, encoding="utf-8")
    res = run("validate", out)
    assert res.exit_code == 0, res.output
    assert res.stdout.strip() == f"{out}: valid (1 documents, {len(doc['targets'])} targets)"


def test_evidence_is_the_exact_slice_of_the_nfc_text(decision_catalogue):
    text = unicodedata.normalize("NFC", DECISION.read_text(encoding="utf-8"))
    doc = json.loads(decision_catalogue.stdout)["documents"][0]
    for t in doc["targets"]:
        ev = t["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"], t
        assert ev["page"] is None
    # every figure the decision sets is covered by some evidence
    covered = " ".join(t["evidence"]["text"] for t in doc["targets"])
    for figure in ("80%", "60%", "50%", "100%", "98%", "90%", "45%", "55%", "92,5%", "95%"):
        assert figure in covered, figure


def test_evidence_offsets_survive_repairs(tmp_path):
    """BOM, NFD, CRLF, doubled spaces, tabs and zero-width marks: offsets still slice the
    decoded NFC text exactly."""
    text = DECISION.read_text(encoding="utf-8")
    messy = (text.replace("\n", "\r\n").replace("đạt từ 98%", "đạt  từ\t98%")
             .replace("tối thiểu 80%", "tối\u200b thiểu  80%"))
    path = tmp_path / "qd-412-ban-loi.txt"
    path.write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", messy).encode("utf-8"))
    res = run("extract", path)
    assert res.exit_code == 0, res.stderr
    doc = json.loads(res.stdout)["documents"][0]
    nfc = unicodedata.normalize("NFC", messy)
    assert len(doc["targets"]) >= 10
    evidence = [t["evidence"] for t in doc["targets"]]
    for ev in evidence:
        assert nfc[ev["start"]:ev["end"]] == ev["text"]
    assert any("\t98%" in ev["text"] for ev in evidence)
    assert any("\u200b" in ev["text"] for ev in evidence)


def test_output_file_is_written_atomically(tmp_path):
    out = tmp_path / "out" / "catalogue.json"
    out.parent.mkdir()
    out.write_text("{" + " " * 100000 + "}", encoding="utf-8")  # an older, longer file
    res = run("extract", DECISION, "-o", out)
    assert res.exit_code == 0, res.stderr
    assert res.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert cat.problems(data) == []
    assert sorted(os.listdir(out.parent)) == ["catalogue.json"]  # no temporary file left behind


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    out = tmp_path / "catalogue.json"
    old = cat.dumps(cat.new_catalogue())
    out.write_text(old, encoding="utf-8")

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OutputError, match="catalogue.json: cannot write: No space left on device$"):
        cat.write(cat.new_catalogue([]), out)  # the copy kept elsewhere failed too (os.replace)
    assert out.read_text(encoding="utf-8") == old
    assert os.listdir(tmp_path) == ["catalogue.json"]


def test_invalid_catalogue_is_never_written(tmp_path):
    out = tmp_path / "catalogue.json"
    broken = cat.new_catalogue()
    broken["documents"] = [{"source": {"path": "x.txt"}}]
    with pytest.raises(CatalogueError, match="does not match the schema"):
        cat.write(broken, out)
    assert not out.exists() and os.listdir(tmp_path) == []


def test_validate_names_the_problem(tmp_path, decision_catalogue):
    data = json.loads(decision_catalogue.stdout)
    t = data["documents"][0]["targets"][0]
    t["threshold"]["operator"] = "≈"
    t["level"] = "ward"
    del data["documents"][0]["year"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    res = run("validate", bad)
    assert res.exit_code != 0
    err = res.stderr
    assert "documents/0/targets/0/threshold/operator: '≈' is not one of" in err
    assert "documents/0/targets/0/level: 'ward' is not one of" in err
    assert "documents/0: 'year' is a required property" in err
    assert "3 problem(s)" in err


def test_validate_on_non_json(tmp_path):
    bad = tmp_path / "not-json.json"
    bad.write_text('{"documents": [', encoding="utf-8")
    res = run("validate", bad)
    assert res.exit_code != 0
    assert "not JSON" in res.stderr


def test_missing_path_is_an_error_and_others_are_still_written(tmp_path):
    missing = tmp_path / "khong-ton-tai.txt"
    res = run("extract", DECISION, missing)
    assert res.exit_code == 1
    assert res.stderr.strip().splitlines() == [f"chitieu: {missing}: no such file or folder"]
    data = json.loads(res.stdout)
    assert cat.problems(data) == []
    assert [d["source"]["path"] for d in data["documents"]] == [str(DECISION)]
    assert data["errors"] == [{"path": str(missing), "error": "no such file or folder"}]


def test_unreadable_file_in_a_folder(tmp_path):
    folder = tmp_path / "van-ban"
    (folder / "con").mkdir(parents=True)
    (folder / "con" / "ke-hoach.txt").write_text(DECISION.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "anh-scan.txt").write_bytes(bytes((i * 53 + 7) % 256 for i in range(4096)))
    out = tmp_path / "cat.json"
    res = run("extract", folder, "-o", out)
    assert res.exit_code == 1
    assert "anh-scan.txt: binary content" in res.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [Path(d["source"]["path"]).name for d in data["documents"]] == ["ke-hoach.txt"]
    assert [Path(e["path"]).name for e in data["errors"]] == ["anh-scan.txt"]


def test_gold_folders_are_not_documents(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "gold").mkdir(parents=True)
    (folder / "qd.txt").write_text(DECISION.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "gold" / "qd.json").write_text('{"document": "qd.txt", "targets": []}', encoding="utf-8")
    res = run("extract", folder)
    assert res.exit_code == 0, res.stderr
    assert [Path(d["source"]["path"]).name for d in json.loads(res.stdout)["documents"]] == ["qd.txt"]


def test_a_broken_pattern_file_stops_extraction_with_file_and_line(tmp_path):
    import shutil
    import subprocess
    import sys

    patterns = tmp_path / "patterns"
    shutil.copytree(Path(__file__).resolve().parent.parent / "patterns", patterns)
    levels = patterns / "levels.yaml"
    lines = levels.read_text(encoding="utf-8").splitlines()
    bad = next(i for i, line in enumerate(lines) if line.strip() == "district:")
    lines[bad] = lines[bad].replace("district:", "huyen:")
    levels.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = tmp_path / "qd.txt"
    doc.write_text("Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 98%.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", str(doc)], capture_output=True,
                          text=True, env={**os.environ, "CHITIEU_PATTERNS": str(patterns)})
    assert proc.returncode == 1
    assert f"levels.yaml:{bad + 1}: unknown level 'huyen'" in proc.stderr
    assert proc.stdout == ""  # nothing half-done is written

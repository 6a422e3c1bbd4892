"""The set-up installs per purpose: `make demo` only what chitieu needs to run
(Tesseract), `make test` also what only the tests need (PostgreSQL, Chromium)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def packages(name):
    lines = (REPO / "debian-packages" / name).read_text(encoding="utf-8").splitlines()
    return {l.split()[0] for l in lines if l.strip() and not l.startswith("#")}


def planned(target):
    if not shutil.which("make"):
        pytest.fail("make is not installed")
    # -n: print the commands only; -B: as on a fresh clone, where nothing is built yet
    return subprocess.run(["make", "-n", "-B", "-C", str(REPO), target], capture_output=True, text=True,
                          check=True).stdout


def test_demo_installs_only_what_chitieu_runs_on():
    assert packages("run.txt") == {"tesseract-ocr", "tesseract-ocr-vie"}
    assert {"postgresql", "chromium", "chromium-driver"} <= packages("test.txt")
    demo = planned("demo")
    assert "install-sysdeps debian-packages/run.txt" in demo and "test.txt" not in demo


def test_test_installs_both_lists():
    test = planned("test")
    assert "install-sysdeps debian-packages/run.txt" in test and "install-sysdeps debian-packages/test.txt" in test


def test_not_slow_leaves_out_ocr_browser_and_postgresql_tests():
    """`pytest -m "not slow"` is the quick loop: no Tesseract, Chromium or PostgreSQL."""
    import sys

    files = ["tests/test_readers_ocr.py", "tests/test_review.py", "tests/test_db.py", "tests/test_install.py"]
    out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-m", "not slow", *files],
                         cwd=REPO, capture_output=True, text=True, check=True).stdout
    kept = [l for l in out.splitlines() if "::" in l]
    assert "tests/test_readers_ocr.py::test_mends_that_are_safe_in_this_domain" in kept
    assert "tests/test_review.py::test_changed_source_is_reported" in kept
    assert "tests/test_db.py::test_export_csv_xlsx_json[sqlite]" in kept
    assert not [l for l in kept if "postgresql]" in l or "own_scan" in l or "chromium" in l
                or "real_scans" in l or "test_install" in l], kept

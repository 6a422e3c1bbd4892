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

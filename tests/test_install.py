"""A non-editable install works: the wheel carries patterns/ and schemas/ (through the
extractor/data links), so `chitieu extract` runs from any folder without the source tree.

The wheel is built from a copy of the sources (the working tree gets no build/ folder)
and installed with --no-deps into a fresh virtual environment; the dependencies come
from the test environment's site-packages through a .pth line, because installing
spaCy and underthesea again would take minutes and the network. That line only adds
the folder, so the editable install of this tree living there is not loaded.
"""
from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "corpus" / "text" / "t01_binhphuoc-qd-2024-giao-chi-tieu-tthc.txt"


def run(*args, **kw):
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=600, **kw)
    assert proc.returncode == 0, (args, proc.stdout[-2000:], proc.stderr[-2000:])
    return proc


@pytest.mark.slow
def test_wheel_install_extracts_from_another_folder(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    for name in ("extractor", "patterns", "schemas"):
        shutil.copytree(REPO / name, src / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", tmp_path / "dist", src)
    wheel = next((tmp_path / "dist").glob("chitieu-*.whl"))
    shutil.rmtree(src)  # nothing may be read from the sources any more

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    py = venv / "bin" / "python"
    purelib = run(py, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip()
    deps = [p for p in site.getsitepackages() + [sysconfig.get_path("purelib")] if os.path.isdir(p)]
    (Path(purelib) / "test-deps.pth").write_text("\n".join(dict.fromkeys(deps)) + "\n", encoding="utf-8")
    run(sys.executable, "-m", "pip", "--python", py, "install", "-q", "--no-deps", "--no-index", wheel)

    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CHITIEU_PATTERNS")}
    where = run(py, "-c", "import extractor.patterns as p, extractor.catalogue as c; print(p.PATTERNS_DIR); "
                "print(c.SCHEMA_PATH)", cwd=work, env=env).stdout.split()
    assert all(Path(w).is_relative_to(venv) and Path(w).exists() for w in where), where
    proc = run(venv / "bin" / "chitieu", "extract", DOC, "-o", "catalogue.json", "--workers", "1", cwd=work, env=env)
    data = json.loads((work / "catalogue.json").read_text(encoding="utf-8"))
    assert data["errors"] == [] and len(data["documents"]) == 1, proc.stderr
    doc = data["documents"][0]
    assert doc["jurisdiction"]["name"] == "Bình Phước" and len(doc["targets"]) >= 3
    run(venv / "bin" / "chitieu", "validate", "catalogue.json", cwd=work, env=env)

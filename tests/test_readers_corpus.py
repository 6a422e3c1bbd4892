"""Strict F1 per format on the format corpus (issue 3): text PDFs, DOCX and HTML >= 0.95,
scanned PDFs >= 0.85; legacy encodings scored too. Same pairing as tools/score.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.batch import extract_paths
from extractor.scoring import score

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

def _f1(folder, ocr="auto"):
    files = sorted((CORPUS / folder).iterdir())
    stems = {p.stem for p in files}
    cat = extract_paths([str(p) for p in files], ocr=ocr)
    assert cat["errors"] == []
    result = score(CORPUS / "gold", cat)
    docs = [d for d in result["per_document"] if d["document"] in stems]
    assert {d["document"] for d in docs} == stems  # every document has gold
    tp = sum(d["strict"] for d in docs)
    npred = sum(d["pred"] for d in docs)
    ngold = sum(d["gold"] for d in docs)
    p, r = (tp / npred if npred else 1.0), (tp / ngold if ngold else 1.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def test_text_pdf_f1():
    assert _f1("pdf") >= 0.95


def test_docx_f1():
    assert _f1("docx") >= 0.95


def test_html_f1():
    assert _f1("html") >= 0.95


def test_legacy_f1():
    assert _f1("legacy") >= 0.95


@pytest.mark.ocr
def test_scan_f1():
    assert _f1("scan") >= 0.85

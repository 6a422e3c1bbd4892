"""Accuracy on the bundled corpus and, where the shared folder sits beside the repo
(as on CI), on the seed and real documents. Scores use the reference judge's pairing
(extractor.scoring, checked against tools/score.py in test_scoring_parity)."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from extractor.batch import extract_paths
from extractor.readers import read
from extractor.scoring import score

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def text_corpus():
    return extract_paths([str(CORPUS / "text")])


def test_text_corpus_strict_f1(text_corpus):
    result = score(CORPUS / "gold", text_corpus)
    texts = {p.stem for p in (CORPUS / "text").glob("*.txt")}
    result_docs = {d["document"] for d in result["per_document"]}
    # every text document has gold, and only text documents are scored here
    assert texts and texts <= result_docs
    scored = _restrict(result, texts)
    assert scored["f1"] >= 0.95, scored


def _restrict(result, stems):
    """Strict P/R/F1 over the documents named in STEMS only."""
    tp = sum(d["strict"] for d in result["per_document"] if d["document"] in stems)
    npred = sum(d["pred"] for d in result["per_document"] if d["document"] in stems)
    ngold = sum(d["gold"] for d in result["per_document"] if d["document"] in stems)
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    return {"tp": tp, "pred": npred, "gold": ngold, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def test_text_corpus_years_and_decision_numbers(text_corpus, tmp_path):
    import shutil

    for p in (CORPUS / "text").glob("*.txt"):  # gold of the text documents only
        shutil.copy(CORPUS / "gold" / f"{p.stem}.json", tmp_path)
    result = score(tmp_path, text_corpus)
    assert result["year_accuracy"] >= 0.9
    assert result["decision_number_accuracy"] >= 0.9


def test_every_evidence_is_the_exact_slice_of_its_document(text_corpus):
    assert text_corpus["errors"] == []
    for doc in text_corpus["documents"]:
        text = read(doc["source"]["path"]).text
        assert unicodedata.is_normalized("NFC", text)
        for t in doc["targets"]:
            ev = t["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"], (doc["source"]["path"], ev)
            assert t["threshold"]["text"].replace(" ", "") in ev["text"].replace("\n", "").replace(" ", "") or \
                t["threshold"]["unit"] in ("grade", "rank", "point"), (doc["source"]["path"], t)


def test_seed_documents(shared):
    seeds = shared("seeds")
    catalogue = extract_paths(sorted(str(p) for p in seeds.glob("*.txt")))
    result = score(seeds / "gold", catalogue)
    assert result["strict"]["f1"] >= 0.95, result["strict"]
    assert result["year_accuracy"] == 1.0


# Floors at the figures measured when they were last raised, minus 0.02 (issue 8): a change
# that loses ground on the real documents fails here. benchmarks/accuracy.py prints them.
REAL_FLOORS = {
    "realdocs": {"target": 0.918, "result": 0.784, None: 0.839},
    "realweb": {"target": 0.879, "result": 0.673, None: 0.747},
}


@pytest.fixture(scope="module")
def real_catalogues(shared):
    out = {}
    for name in REAL_FLOORS:
        folder = shared(name)
        out[name] = (folder, extract_paths(sorted(str(p) for p in folder.glob("*.txt"))))
    return out


@pytest.mark.parametrize("name, kind", [(n, k) for n, kinds in REAL_FLOORS.items() for k in kinds])
def test_real_documents_hold_their_floor(real_catalogues, name, kind):
    folder, catalogue = real_catalogues[name]
    result = score(folder / "gold", catalogue, only_kind=kind)
    assert result["strict"]["f1"] >= REAL_FLOORS[name][kind], (name, kind, result["strict"])


YEAR_FLOORS = {"realdocs": 0.98, "realweb": 0.98}  # measured 1.00 and 1.00, minus 0.02


def test_real_documents_years(real_catalogues):
    for name, (folder, catalogue) in real_catalogues.items():
        assert score(folder / "gold", catalogue)["year_accuracy"] >= YEAR_FLOORS[name], name


# corpus/probes: documents written by testers who saw no rule and no shared document (text,
# DOCX, PDF and HTML), scored blind first and tuned on after (corpus/README.md). Floors at the
# figures reached with the last sets added, minus 0.02 (537 documents: targets 0.871, results 0.806, all 0.835).
PROBE_FLOORS = {"target": 0.851, "result": 0.786, None: 0.815}


@pytest.fixture(scope="module")
def probe_catalogue():
    return extract_paths([str(CORPUS / "probes")])


@pytest.mark.parametrize("kind", list(PROBE_FLOORS))
def test_probe_documents_hold_their_floor(probe_catalogue, kind):
    result = score(CORPUS / "probes" / "gold", probe_catalogue, only_kind=kind)
    assert len(result["per_document"]) == len(list((CORPUS / "probes" / "gold").glob("*.json")))
    assert result["strict"]["f1"] >= PROBE_FLOORS[kind], (kind, result["strict"])


def test_probe_documents_years(probe_catalogue):
    assert score(CORPUS / "probes" / "gold", probe_catalogue)["year_accuracy"] >= 0.94  # measured 0.974

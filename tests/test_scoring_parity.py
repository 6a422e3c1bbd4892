"""`chitieu eval` / extractor.scoring give exactly the figures of the reference judge
(../shared/tools/score.py) on the same gold and catalogue, and hand-computed figures on
small cases show what the pairing rules mean."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import catalogue as cat
from extractor.batch import extract_paths
from extractor.cli import main
from extractor.scoring import dice, format_report, score

REPO = Path(__file__).resolve().parent.parent



@pytest.fixture
def judge(shared):
    """judge(gold_dir, pred_file, *extra): the reference judge's figures (--json) and its
    printed report; the judge is ../shared/tools/score.py (skipped without the shared folder)."""
    script = shared("tools", "score.py")

    def run(gold_dir, pred_file, *extra):
        out_json = Path(pred_file).with_suffix(".judge.json")
        proc = subprocess.run([sys.executable, str(script), "--gold", str(gold_dir), "--pred", str(pred_file),
                               "--json", str(out_json), *extra], capture_output=True, text=True, check=True)
        return json.loads(out_json.read_text(encoding="utf-8")), proc.stdout

    return run


# --------------------------------------------------------------------------- building catalogues

def target(indicator, value, unit="percent", op=">=", level=None, year=2024, kind="target", scope=None):
    text = f"{op} {value}"
    return {
        "indicator": {"text": indicator, "id": None}, "level": level,
        "threshold": {"operator": op, "value": value, "unit": unit, "text": text},
        "year": year, "kind": kind, "scope": scope,
        "evidence": {"text": f"{indicator} {text}", "page": None, "start": 0, "end": len(indicator) + 1 + len(text)},
        "confidence": 0.9,
    }


def document(path, targets, year=2024, number=None):
    decision = None
    if number:
        decision = {"number": number, "type": "Quyết định", "date": None, "issuer": None, "signer": None}
    return {
        "source": {"path": path, "sha256": "a" * 64, "format": "text", "pages": None, "ocr": False},
        "title": None, "decision": decision, "references": [], "jurisdiction": None, "year": year,
        "targets": targets, "warnings": [],
    }


def gold_row(indicator, value, unit="percent", operator=">=", level=None, year=2024, kind="target", scope=None):
    row = {"indicator": indicator, "level": level, "operator": operator, "value": value, "unit": unit,
           "year": year, "kind": kind}
    if scope:
        row["scope"] = scope
    return row


def write_gold(gold_dir, name, rows, year, number=None):
    gold_dir.mkdir(parents=True, exist_ok=True)
    g = {"document": name, "year": year, "decision": {"number": number, "date": None}, "targets": rows,
         "note": "viết cho bài kiểm thử"}
    (gold_dir / (Path(name).stem + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")


DIGITISED = "Tỷ lệ hồ sơ được số hóa"
ON_TIME = "Tỷ lệ hồ sơ giải quyết đúng hạn"


@pytest.fixture
def mixed_case(tmp_path):
    """Three documents: a plan with hits and near-misses, a results news item, and a plan
    the catalogue does not hold."""
    gold = tmp_path / "gold"
    write_gold(gold, "qd-215-ke-hoach-cchc-2024.txt", [
        gold_row(ON_TIME, 98, level="province"),
        gold_row(DIGITISED, 60, level="district"),
        gold_row(DIGITISED, 50, level="commune"),
        gold_row("Tỷ lệ thanh toán trực tuyến", 45),
        gold_row("Thời gian giải quyết thủ tục đăng ký đất đai", 5, unit="day", operator="<="),
        gold_row(ON_TIME, 97.2, operator="=", year=2023, kind="result"),
        gold_row("Chỉ số cải cách hành chính", "Khá", unit="grade"),
    ], year=2024, number="215/QĐ-UBND")
    write_gold(gold, "tin-ket-qua-cchc-2023.txt", [
        gold_row(ON_TIME, 97.2, operator="=", year=2023, kind="result"),
        gold_row("Số hồ sơ tiếp nhận", 12450, unit="count", operator="=", year=2023, kind="result"),
        gold_row("Chỉ số cải cách hành chính", 7, unit="rank", operator="=", year=2023, kind="result"),
    ], year=2023)
    write_gold(gold, "qd-88-chuyen-doi-so-2025.txt", [
        gold_row("Tỷ lệ dịch vụ công trực tuyến toàn trình", 80, year=2025),
        gold_row("Tỷ lệ người dân có tài khoản định danh điện tử", 70, year=2025),
    ], year=2025, number="88/QĐ-UBND")

    plan = document("van-ban/qd-215-ke-hoach-cchc-2024.txt", [
        target(ON_TIME, 98, level="province"),                      # exact hit
        target(ON_TIME, 98, level="province"),                      # the same row again: an extra
        target("Tỷ lệ hồ sơ TTHC được số hóa", 60, level="district"),  # near wording, Dice 0.71
        target(DIGITISED, 50, level="district"),                    # wrong level: loose only
        target("Tỷ lệ thanh toán trực tuyến", 45, year=2025),       # wrong year: loose only
        target("Thời gian giải quyết thủ tục đăng ký đất đai", 5, unit="day", op="<"),  # same upper class
        target(ON_TIME, 97.2, year=2023),                           # a result read as a target
        target("Chỉ số CCHC", "khá", unit="grade"),                 # abbreviation and case folded
        target("Tỷ lệ hồ sơ trực tuyến", 70),                       # not in gold
    ], year=2024, number="215/QĐ-UBND")
    news = document("tin/tin-ket-qua-cchc-2023.txt", [
        target("tỷ lệ hồ sơ được giải quyết đúng hạn", 97.2, op="=", year=2023, kind="result"),
        target("tiếp nhận hồ sơ", 12450, unit="count", op="=", year=2023, kind="result"),
        target("Chỉ số cải cách hành chính", 7, unit="rank", op="=", year=None, kind="result"),  # year missing
    ], year=2024)
    stray = document("khac/thong-bao-lich-hop.txt", [target("Tỷ lệ hồ sơ trực tuyến", 30)])
    catalogue = cat.new_catalogue([plan, news, stray])
    assert cat.problems(catalogue) == []
    pred = tmp_path / "catalogue.json"
    pred.write_text(cat.dumps(catalogue), encoding="utf-8")
    return gold, pred, catalogue


def figures(result):
    return {k: result[k] for k in ("documents", "year_accuracy", "decision_number_accuracy", "strict", "loose")}


# --------------------------------------------------------------------------- hand-computed

def test_near_miss_wording_dice():
    # {tỷ, lệ, hồ, sơ, hóa} against {tỷ, lệ, hồ, sơ, thủ, tục, hành, chính, hóa}: 2*5/14
    assert dice(DIGITISED, "Tỷ lệ hồ sơ TTHC được số hóa") == pytest.approx(10 / 14)
    assert dice("Chỉ số cải cách hành chính", "Chỉ số CCHC") == 1.0
    assert dice("Số hồ sơ tiếp nhận", "tiếp nhận hồ sơ") == 1.0
    # {tỷ, lệ, hồ, sơ, giải, quyết, đúng, hạn} against {tỷ, lệ, thanh, toán, trực, tuyến}: 2*2/14
    assert dice(ON_TIME, "Tỷ lệ thanh toán trực tuyến") == pytest.approx(4 / 14)


def test_hand_computed_figures(mixed_case):
    gold, _, catalogue = mixed_case
    r = score(gold, catalogue)
    # strict: plan 4 (on-time 98, digitised 60, land days 5, grade Khá), news 2 (rank has no year)
    assert r["strict"] == {"tp": 6, "pred": 12, "gold": 12, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    # loose adds the wrong-level, wrong-year and year-less rows
    assert r["loose"] == {"tp": 9, "pred": 12, "gold": 12, "precision": 0.75, "recall": 0.75, "f1": 0.75}
    assert r["documents"] == 3
    assert r["year_accuracy"] == pytest.approx(1 / 3)
    assert r["decision_number_accuracy"] == 0.5
    assert [(d["document"], d["gold"], d["pred"], d["strict"], d["loose"]) for d in r["per_document"]] == [
        ("qd-215-ke-hoach-cchc-2024", 7, 9, 4, 6),
        ("qd-88-chuyen-doi-so-2025", 2, 0, 0, 0),
        ("tin-ket-qua-cchc-2023", 3, 3, 2, 3),
    ]


def test_hand_computed_only_results(mixed_case):
    gold, _, catalogue = mixed_case
    s = score(gold, catalogue, only_kind="result")["strict"]
    assert (s["tp"], s["pred"], s["gold"]) == (2, 3, 4)
    assert s["f1"] == round(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5), 4)


def test_empty_prediction_scores_zero_and_empty_gold_is_perfect(tmp_path):
    gold = tmp_path / "gold"
    write_gold(gold, "a.txt", [gold_row(ON_TIME, 95)], year=2024)
    r = score(gold, cat.new_catalogue([]))
    assert r["strict"]["f1"] == 0.0 and r["strict"]["precision"] == 1.0 and r["strict"]["recall"] == 0.0
    gold2 = tmp_path / "gold2"
    write_gold(gold2, "b.txt", [], year=None)
    assert score(gold2, cat.new_catalogue([document("b.txt", [])]))["strict"]["f1"] == 1.0


# --------------------------------------------------------------------------- parity with the judge

def test_same_figures_as_the_reference_judge(mixed_case, judge):
    gold, pred, catalogue = mixed_case
    ref, ref_out = judge(gold, pred)
    ours = score(gold, catalogue)
    assert figures(ours) == ref
    assert format_report(ours) == ref_out.rstrip("\n")


@pytest.mark.parametrize("kind", ["target", "result"])
def test_same_figures_for_one_kind(mixed_case, kind, judge):
    gold, pred, catalogue = mixed_case
    ref, ref_out = judge(gold, pred, "--only-kind", kind)
    ours = score(gold, catalogue, only_kind=kind)
    assert figures(ours) == ref
    assert format_report(ours) == ref_out.rstrip("\n")


def test_same_verbose_listing(mixed_case, judge):
    gold, pred, catalogue = mixed_case
    _, ref_out = judge(gold, pred, "--verbose")
    assert format_report(score(gold, catalogue), verbose=True) == ref_out.rstrip("\n")
    assert "MISSED" in ref_out and "EXTRA" in ref_out


def test_same_figures_on_loosely_written_catalogues(tmp_path, judge):
    """The judge also reads indicators as plain strings, threshold fields on the target,
    level names in words and values as strings; so must we."""
    gold = tmp_path / "gold"
    write_gold(gold, "ke-hoach-56.txt", [
        gold_row(ON_TIME, 95.5, level="province"),
        gold_row(DIGITISED, 40, level="district"),
        gold_row("Tỷ lệ hồ sơ trễ hạn", 2, operator="<", level="commune"),
        gold_row("Tỷ lệ hồ sơ giải quyết đúng hạn", 85, scope="lĩnh vực đất đai"),
        gold_row("Chỉ số hài lòng của người dân", 90, unit="%", operator=">="),
    ], year=2024, number="56/KH-UBND")
    catalogue = [{
        "source": {"path": "ke-hoach-56.md"},
        "year": 2024,
        "decision": {"number": "56/KH-UBND"},
        "targets": [
            {"indicator": ON_TIME, "level": "Sở, ban, ngành", "operator": ">=", "value": "95,5", "unit": "%",
             "year": 2024, "kind": "target"},
            {"indicator": {"text": DIGITISED}, "level": "cấp huyện", "value": 40, "unit": "phần trăm", "year": 2024},
            {"indicator": {"text": "Tỷ lệ hồ sơ trễ hạn"}, "level": "UBND cấp xã",
             "threshold": {"operator": "≤", "value": 2, "unit": "percent"}, "year": 2024, "kind": "target"},
            {"indicator": {"text": "Tỷ lệ hồ sơ đúng hạn"}, "scope": "lĩnh vực đất đai",
             "threshold": {"operator": ">=", "value": 85.0, "unit": "percent"}, "year": 2024, "kind": "target"},
            # Dice 0.4 and no year: loose only
            {"indicator": {"text": "Mức độ hài lòng"}, "threshold": {"value": 90, "unit": "percent"}, "year": None},
            # no value: not scored at all
            {"indicator": {"text": "Số sáng kiến cải cách hành chính"}, "threshold": {"value": None, "unit": "count"},
             "year": 2024},
        ],
    }]
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps(catalogue, ensure_ascii=False), encoding="utf-8")
    ref, ref_out = judge(gold, pred)
    ours = score(gold, catalogue)
    assert figures(ours) == ref
    assert format_report(ours) == ref_out.rstrip("\n")
    assert (ours["strict"]["tp"], ours["loose"]["tp"], ours["strict"]["pred"]) == (4, 5, 5)


# --------------------------------------------------------------------------- the command

def test_eval_command_prints_the_judges_report(mixed_case, judge, tmp_path):
    gold, _, catalogue = mixed_case
    # every gold document given: qd-88 was read and nothing found in it
    catalogue = dict(catalogue, documents=catalogue["documents"] + [document("qd-88-chuyen-doi-so-2025.txt", [], year=None)])
    pred = tmp_path / "all.json"
    pred.write_text(cat.dumps(catalogue), encoding="utf-8")
    _, ref_out = judge(gold, pred)
    res = CliRunner().invoke(main, ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert res.exit_code == 0, res.output
    strict_line = [l for l in res.stdout.splitlines() if l.startswith("strict F1")]
    assert strict_line == ["strict F1 0.500 (P 0.500 R 0.500; 6/12 gold, 12 predicted) on 3 documents"]
    assert strict_line == [l for l in ref_out.splitlines() if l.startswith("strict F1")]
    assert res.stdout == ref_out


def test_eval_command_scores_only_the_documents_given(mixed_case):
    """qd-88 is not in the catalogue: it is left out and counted, not scored as all missed
    (with it, 6/12 gold: F1 0.500)."""
    gold, pred, _ = mixed_case
    res = CliRunner().invoke(main, ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert "strict F1 0.545 (P 0.500 R 0.600; 6/10 gold, 12 predicted) on 2 documents" in lines
    assert lines[-1] == "1 gold document(s) had no prediction and were not scored (not among the documents given)"
    assert not [l for l in lines if l.startswith("qd-88")]


def test_eval_command_on_one_corpus_document():
    """One document, all of whose targets are found, scores as itself, not as 1 of 55."""
    corpus = REPO / "corpus"
    one = corpus / "text" / "t01_binhphuoc-qd-2024-giao-chi-tieu-tthc.txt"
    res = CliRunner().invoke(main, ["eval", "--gold", str(corpus / "gold"), str(one)])
    assert res.exit_code == 0, res.output
    expected = score(corpus / "gold", extract_paths([str(one)]))
    doc = next(d for d in expected["per_document"] if d["document"] == one.stem)
    lines = res.stdout.splitlines()
    strict = next(l for l in lines if l.startswith("strict F1"))
    assert strict.endswith(f"{doc['strict']}/{doc['gold']} gold, {doc['pred']} predicted) on 1 documents"), strict
    assert doc["strict"] == doc["gold"] > 0 and float(strict.split()[2]) >= 0.9
    n_gold = len(list((corpus / "gold").glob("*.json")))
    assert lines[-1].startswith(f"{n_gold - 1} gold document(s) had no prediction")


def test_eval_command_with_no_gold_for_the_documents_is_an_error(tmp_path):
    gold = tmp_path / "gold"
    write_gold(gold, "kh-99-khac.txt", [gold_row(ON_TIME, 95)], year=2024)
    pred = tmp_path / "p.json"
    pred.write_text(cat.dumps(cat.new_catalogue([document("kh-12-cchc-2024.txt", [target(ON_TIME, 95)])])),
                    encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert res.exit_code == 1 and "no gold file for any of the documents given" in res.output


def test_eval_command_on_documents_matches_the_judge_on_their_catalogue(tmp_path, judge):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "kh-12-cchc-2024.txt").write_text(
        "KẾ HOẠCH\nCải cách hành chính năm 2024 của Ủy ban nhân dân huyện Long Thành\n"
        "II. MỤC TIÊU CỤ THỂ\n"
        "1. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt tối thiểu 98%.\n"
        "2. Tỷ lệ hồ sơ được số hóa đạt từ 70% trở lên.\n", encoding="utf-8")
    gold = tmp_path / "gold"
    write_gold(gold, "kh-12-cchc-2024.txt", [
        gold_row("Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", 98),
        gold_row(DIGITISED, 70),
    ], year=2024)
    runner = CliRunner()
    res = runner.invoke(main, ["eval", "--gold", str(gold), str(docs)])
    assert res.exit_code == 0, res.output
    pred = tmp_path / "cat.json"
    res2 = runner.invoke(main, ["extract", str(docs), "-o", str(pred)])
    assert res2.exit_code == 0, res2.output
    _, ref_out = judge(gold, pred)
    assert res.stdout == ref_out

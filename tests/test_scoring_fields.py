"""`chitieu eval` names the fields that missed rows got wrong."""
from __future__ import annotations

import json

from click.testing import CliRunner

from extractor.cli import main
from extractor.scoring import field_errors, gold_rows, predicted_rows


def _gold(**kw):
    base = {"indicator": "Tỷ lệ hồ sơ giải quyết đúng hạn", "value": 98, "unit": "percent", "operator": ">=",
            "level": "province", "year": 2025, "kind": "target"}
    return {**base, **kw}


def _pred(**kw):
    base = {"indicator": {"text": "Tỷ lệ hồ sơ giải quyết đúng hạn"}, "level": "province",
            "threshold": {"operator": ">=", "value": 98, "unit": "percent"}, "year": 2025, "kind": "target"}
    return {**base, **kw}


def test_each_wrong_field_is_counted_and_a_missing_figure_apart():
    gold = gold_rows({"targets": [_gold(), _gold(value=90, indicator="Mức độ hài lòng của người dân"),
                                  _gold(value=70)]})
    pred = predicted_rows({"targets": [_pred(level=None, year=2024),
                                       _pred(threshold={"operator": ">=", "value": 90, "unit": "percent"},
                                             indicator={"text": "Hồ sơ trực tuyến"}, kind="result")]})
    errors = field_errors(gold, pred)
    assert errors == {"level": 1, "year": 1, "indicator": 1, "kind": 1, "no figure": 1}


def test_eval_prints_the_field_counts(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "qd-12.json").write_text(json.dumps({"document": "qd-12.txt", "year": 2025,
                                                     "targets": [_gold()]}), encoding="utf-8")
    catalogue = tmp_path / "cat.json"
    catalogue.write_text(json.dumps({"documents": [{"source": {"path": "qd-12.txt"}, "year": 2025,
                                                    "targets": [_pred(level="commune")]}]}), encoding="utf-8")
    out = CliRunner().invoke(main, ["eval", "--gold", str(gold_dir), "--pred", str(catalogue)])
    assert out.stderr.strip() == "missed rows by field (a row may count in several): level 1", out.stderr
    assert "missed rows by field" not in out.stdout

"""chitieu compare: two decisions of Đồng Nai (2023, 2024) that word the same indicators
differently must line up indicator by indicator with the right status and change."""
from __future__ import annotations

import math

import pandas as pd
import pytest
from click.testing import CliRunner

from conftest_db import FIXTURES, db_url, new_db, pg_server  # noqa: F401
from extractor import catalogue as cat
from extractor.cli import main
from extractor.compare import compare
from extractor.db.rows import from_catalogue

OLD, NEW = str(FIXTURES / "dong-nai-2023.json"), str(FIXTURES / "dong-nai-2024.json")

# (indicator_id, level) -> (old, new, change, status, ambition)
EXPECTED = {
    ("avg_processing_time", None): (10, 7, -3, "lowered", "stricter"),  # ceiling: fewer days is stricter
    ("dossier_digitization_rate", None): (60, None, None, "dropped", None),
    ("full_process_service_rate", None): (50, 60, 10, "raised", "stricter"),
    ("on_time_resolution_rate", "province"): (95, 97, 2, "raised", "stricter"),
    ("on_time_resolution_rate", "district"): (90, 90, 0, "unchanged", "same"),
    ("on_time_resolution_rate", "commune"): (85, 88, 3, "raised", "stricter"),
    ("online_application_rate", None): (40, 40, 0, "unchanged", "same"),
    ("online_payment_rate", None): (None, 30, None, "new", None),
    ("par_index_score", None): ("Khá", "Tốt", 1, "raised", "stricter"),
    ("tthc_satisfaction_rate", None): (85, 80, -5, "lowered", "looser"),
}


def invoke(*args):
    return CliRunner().invoke(main, ["compare", *args], catch_exceptions=False)


def _cell(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return v


def _by_key(frame, section):
    """Rows by (indicator_id, level[, year]); a row without an official id keys on "~" (there is one)."""
    out = {}
    for r in frame[frame["section"] == section].to_dict("records"):
        level = None if _cell(r["level"]) is None else r["level"]
        ind = _cell(r["indicator_id"]) or "~"
        k = (ind, level) if section != "result" else (ind, level, int(r["old_year"]))
        assert k not in out, f"two rows for {k}"
        out[k] = r
    return out


def check_expected(frame):
    rows = _by_key(frame, "change")
    assert set(rows) == set(EXPECTED) | {("~", None)}
    for k, (old, new, change, status, ambition) in EXPECTED.items():
        r = rows[k]
        got = (_cell(r["old"]), _cell(r["new"]), _cell(r["change"]), r["status"], _cell(r["ambition"]))
        want = tuple(float(x) if isinstance(x, int) else x for x in (old, new, change)) + (status, ambition)
        assert got == want, k


def test_catalogues_line_up_every_indicator_despite_different_wording(tmp_path):
    out = tmp_path / "cmp.csv"
    res = invoke(OLD, NEW, "--format", "csv", "-o", str(out))
    assert res.exit_code == 0, res.output
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=object)
    assert {"indicator_id", "indicator", "level", "old", "new", "change", "status"} <= set(frame.columns)
    check_expected(frame)
    # the wordings really differ between the two years for the rows that matched
    old_text = {(r["indicator_id"], r["level"]): r["indicator"] for r in from_catalogue(cat.load(OLD))}
    new_text = {(r["indicator_id"], r["level"]): r["indicator"] for r in from_catalogue(cat.load(NEW)) if r["kind"] == "target"}
    both = [k for k in EXPECTED if k in old_text and k in new_text]
    assert len(both) == 8
    assert sum(old_text[k] != new_text[k] for k in both) == 7  # only "Thời gian giải quyết TTHC" kept its words


def test_rows_without_official_id_pair_on_their_wording_with_a_score(tmp_path):
    # "công chức được bồi dưỡng kỹ năng giao tiếp với người dân" (2023) and "... kỹ năng ứng xử,
    # giao tiếp" (2024) have no official id: they pair on their normalised wording, below 1
    out = tmp_path / "cmp.csv"
    invoke(OLD, NEW, "--format", "csv", "-o", str(out))
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=object)
    row = _by_key(frame, "change")[("~", None)]
    assert (_cell(row["old"]), _cell(row["new"]), _cell(row["change"]), row["status"]) == (70.0, 80.0, 10.0, "raised")
    assert 0.6 <= _cell(row["score"]) < 1.0
    assert row["identity"].startswith("~") and "boi_duong" in row["identity"]
    assert "giao tiếp với người dân" in row["old_indicator"] and "ứng xử, giao tiếp" in row["new_indicator"]
    # rows with one official id pair with score 1; unpaired rows carry their best candidate
    official = frame[(frame["section"] == "change") & frame["indicator_id"].notna()]
    paired = official[official["status"].isin(["raised", "lowered", "unchanged"])]
    assert set(paired["score"].astype(float)) == {1.0}
    dropped = official[official["status"] == "dropped"].iloc[0]
    assert dropped["indicator_id"] == "dossier_digitization_rate"
    assert _cell(dropped["candidate"]) is not None and float(dropped["candidate_score"]) < 0.6


def test_targets_against_results_met_and_gap(tmp_path):
    out = tmp_path / "cmp.csv"
    invoke(OLD, NEW, "--format", "csv", "-o", str(out))
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=object)
    results = _by_key(frame, "result")
    assert set(results) == {("on_time_resolution_rate", "province", 2023), ("online_application_rate", None, 2023)}
    met = results[("on_time_resolution_rate", "province", 2023)]
    assert (_cell(met["old"]), _cell(met["new"]), round(_cell(met["change"]), 6), met["status"]) == (95.0, 96.2, 1.2, "met")
    miss = results[("online_application_rate", None, 2023)]
    assert (round(_cell(miss["change"]), 6), miss["status"]) == (-4.6, "not met")


def test_table_and_markdown_output():
    res = invoke(OLD, NEW)
    lines = res.stdout.splitlines()
    row = next(l for l in lines if l.startswith("tthc_satisfaction_rate"))
    assert "≥ 85%" in row and "≥ 80%" in row and "-5 pp" in row and "lowered (looser)" in row
    assert any(l.startswith("2023") and "online_application_rate" in l and "not met" in l for l in lines)
    md = invoke(OLD, NEW, "--format", "md").stdout
    assert "## Targets 2023 → 2024" in md and "## Unmatched" in md
    assert any(l.startswith("| on_time_resolution_rate ") and "| commune " in l and "+3 pp" in l for l in md.splitlines())


def test_xlsx_has_one_sheet_per_section(tmp_path):
    import openpyxl

    out = tmp_path / "cmp.xlsx"
    assert invoke(OLD, NEW, "--format", "xlsx", "-o", str(out)).exit_code == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["changes", "unmatched", "results"]
    # changes: 11 rows (10 official + the pair on wording), of which 2 unpaired, listed again
    assert [book[s].max_row - 1 for s in book.sheetnames] == [11, 2, 2]
    header = [c.value for c in book["changes"][1]]
    assert header[:5] == ["section", "jurisdiction", "indicator_id", "indicator", "level"]


def test_xlsx_needs_an_output_file():
    res = CliRunner().invoke(main, ["compare", OLD, NEW, "--format", "xlsx"])
    assert res.exit_code == 2 and "--format xlsx needs -o FILE" in res.output


def test_chart_draws_the_changed_indicators(tmp_path):
    import matplotlib.image

    png = tmp_path / "chart.png"
    res = invoke(OLD, NEW, "--chart", str(png))
    assert "chart of 7 changed target(s)" in res.stderr  # 5 raised, 2 lowered; unchanged/new/dropped are not bars
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    img = matplotlib.image.imread(png)
    assert img.shape[0] > 300 and img.shape[1] > 600
    # both bar colours are drawn: green (stricter) and red-orange (looser)
    rgb = (img[..., :3] * 255).round().astype(int).reshape(-1, 3).tolist()
    colours = {tuple(p) for p in rgb}
    assert (0x2A, 0x9D, 0x8F) in colours and (0xE7, 0x6F, 0x51) in colours


def test_from_database_by_year_matches_catalogue_mode(db_url, tmp_path):
    assert CliRunner().invoke(main, ["db", "ingest", "--db", db_url, str(FIXTURES)]).exit_code == 0
    out = tmp_path / "db.csv"
    res = invoke("2023", "2024", "--db", db_url, "--jurisdiction", "đồng nai", "--format", "csv", "-o", str(out))
    assert res.exit_code == 0, res.output
    check_expected(pd.read_csv(out, encoding="utf-8-sig", dtype=object))
    # typed without diacritics, from the database and from catalogue files alike
    for old, new in (("2023", "2024"), (OLD, NEW)):
        plain = tmp_path / "plain.csv"
        res = invoke(old, new, "--db", db_url, "--jurisdiction", "DONG NAI", "--format", "csv", "-o", str(plain))
        assert res.exit_code == 0, res.output
        check_expected(pd.read_csv(plain, encoding="utf-8-sig", dtype=object))


def test_all_jurisdictions_compare_each_with_itself(db_url, tmp_path):
    CliRunner().invoke(main, ["db", "ingest", "--db", db_url, str(FIXTURES)])
    out = tmp_path / "all.csv"
    invoke("2023", "2024", "--db", db_url, "--format", "csv", "-o", str(out))
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=object)
    lt = frame[(frame["jurisdiction"] == "Long Thành") & (frame["section"] == "change")]
    got = {(r["indicator_id"], _cell(r["level"]), _cell(r["scope"])): r["status"] for r in lt.to_dict("records")}
    assert got == {
        ("on_time_resolution_rate", "district", None): "new",
        ("on_time_resolution_rate", "commune", None): "new",
        ("online_application_rate", None, None): "new",  # stated twice, same value: one row
        ("full_process_service_rate", None, None): "new",
        ("full_process_service_rate", None, "lĩnh vực đất đai"): "new",
    }
    # the plan sets the commune target twice with different values: both shown, none picked
    commune = lt[lt["level"] == "commune"].iloc[0]
    assert (commune["new"], commune["new_text"]) == ("85; 87", "tối thiểu 85%; Phấn đấu 87%")
    # Đồng Nai rows are unaffected by Long Thành's
    check_expected(frame[frame["jurisdiction"] == "Đồng Nai"])


def test_years_without_a_database_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["compare", "2023", "2024"], env={"CHITIEU_DB": None})
    assert res.exit_code == 1
    assert res.output.strip() == "Error: no database at chitieu.db: run `chitieu db ingest` first, or give --db"
    res = CliRunner().invoke(main, ["compare", OLD, "missing.json"])
    assert res.exit_code == 2 and "missing.json: not a file" in res.output


def _row(value, operator=">=", unit="percent", **kw):
    base = {"jurisdiction": "Đồng Nai", "indicator_id": "on_time_resolution_rate", "indicator": "Tỷ lệ hồ sơ đúng hạn",
            "level": "commune", "scope": None, "operator": operator, "value": value, "unit": unit, "noun": None,
            "threshold": f"{operator} {value}", "year": 2023, "kind": "target", "document": "a.txt"}
    return {**base, **kw}


def test_several_values_on_one_side_are_ambiguous():
    r = compare([_row(85)], [_row(88, year=2024), _row(90, year=2024)]).changes
    assert [(x["status"], x["old"], x["new"]) for x in r] == [("ambiguous", 85, "88; 90")]


@pytest.mark.parametrize("old, new, status, change, ambition", [
    (_row(90), _row(90, operator=">"), "changed", 0, None),           # "từ 90%" became "trên 90%"
    (_row(90), _row(3, unit="day"), "changed", None, None),            # unit changed: not comparable
    (_row(5, "<="), _row(3, "<="), "lowered", -2, "stricter"),         # overdue share capped lower
    (_row("Khá", unit="grade"), _row("Trung bình", unit="grade"), "lowered", -1, "looser"),
    (_row("Khá", unit="grade"), _row("Hoàn thành", unit="grade"), "changed", None, None),  # not a known rung
    (_row(80.5), _row(82.25), "raised", 1.75, "stricter"),
])
def test_status_rules(old, new, status, change, ambition):
    new = {**new, "year": 2024}
    r = compare([old], [new]).changes
    assert [(x["status"], x["change"], x["ambition"]) for x in r] == [(status, change, ambition)]

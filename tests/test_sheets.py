"""Every CSV and XLSX chitieu writes goes through extractor.sheets: text that a
spreadsheet would run as a formula (=, +, -, @, tab, CR first) is neutralised with a
leading single quote, control characters never break an XLSX, numbers stay numbers,
and a failed write leaves no file behind."""
from __future__ import annotations

import copy
import csv

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from conftest_db import FIXTURES
from extractor import catalogue as cat
from extractor.cli import main
from extractor.sheets import safe_text, write_xlsx

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
# what real documents and hostile ones put first in a text
POISON = ['=HYPERLINK("http://x.example/a","Bấm vào đây")&', "+84 ", "- Tính đến ngày 31/12, ",
          "@SUM(A1:A9) ", "\t", "\r"]
BELL = "\x07"


def poisoned(name, tmp_path):
    """A fixture catalogue whose title, indicators and evidence start with every dangerous
    character and whose evidence holds a control character."""
    c = copy.deepcopy(cat.load(FIXTURES / f"{name}.json"))
    doc = c["documents"][0]
    doc["title"] = '=HYPERLINK("http://x.example/b","Kế hoạch cải cách hành chính")'
    for i, t in enumerate(doc["targets"]):
        t["indicator"]["text"] = POISON[i % len(POISON)] + t["indicator"]["text"]
        ev = t["evidence"]["text"]
        t["evidence"]["text"] = ev[:6] + BELL + ev[6:]
    assert cat.problems(c) == []
    path = tmp_path / f"{name}.json"
    cat.write(c, path)
    return str(path)


def run(*args):
    res = CliRunner().invoke(main, [str(a) for a in args])
    assert res.exit_code in (0, 1), res.output  # check exits 1 on its findings
    return res


def csv_cells(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def is_number(cell):
    try:
        float(cell)
        return True
    except ValueError:
        return False


def assert_neutral_csv(path):
    header, rows = csv_cells(path)
    cells = [c for r in rows for c in r]
    # a negative number ("-5.0") is a number, written as one
    assert rows and not [c for c in cells if c.startswith(DANGEROUS) and not is_number(c)], path
    for p in DANGEROUS:  # each dangerous start was written, as text
        assert any(c.startswith("'" + p) for c in cells), (path, p)
    return header, rows


def assert_neutral_xlsx(path):
    book = openpyxl.load_workbook(path)
    cells = [c for ws in book.worksheets for row in ws.iter_rows(min_row=2) for c in row if c.value is not None]
    assert cells and not [c for c in cells if c.data_type == "f"], path  # not one formula
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert not [t for t in texts if t.startswith(DANGEROUS)], path
    assert not [t for t in texts if BELL in t], path
    for p in ("=", "+", "-", "@", "\t"):  # a carriage return is a control character: dropped in XLSX
        assert any(t.startswith("'" + p) for t in texts), (path, p)
    for ws in book.worksheets:  # frozen header row with filters
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref, ws.title
    return book


@pytest.fixture
def stored(tmp_path):
    db = tmp_path / "t.db"
    old, new = poisoned("dong-nai-2023", tmp_path), poisoned("dong-nai-2024", tmp_path)
    lt = poisoned("long-thanh-2024", tmp_path)
    assert run("db", "ingest", "--db", db, old, new, lt).exit_code == 0
    return db, old, new, lt


def test_db_export_csv_and_xlsx_are_neutralised(stored, tmp_path):
    db = stored[0]
    out = tmp_path / "targets.csv"
    run("db", "export", "--db", db, "--format", "csv", "-o", out)
    header, rows = assert_neutral_csv(out)
    assert any(r[header.index("title")] == "'" + '=HYPERLINK("http://x.example/b","Kế hoạch cải cách hành chính")'
               for r in rows)
    # a control character is kept in CSV (text files can hold it), only XLSX drops it
    assert any(BELL in r[header.index("evidence")] for r in rows)
    xlsx = tmp_path / "targets.xlsx"
    run("db", "export", "--db", db, "--format", "xlsx", "-o", xlsx)
    ws = assert_neutral_xlsx(xlsx)["targets"]
    header = [c.value for c in ws[1]]
    values = [r[header.index("value")] for r in ws.iter_rows(min_row=2, values_only=True)]
    grades = [r[header.index("grade")] for r in ws.iter_rows(min_row=2, values_only=True)]
    # value is a number column; the grade of "Chỉ số CCHC xếp loại Tốt" sits in its own column
    assert all(isinstance(v, (int, float)) for v in values if v is not None) and 96.2 in values
    assert {"Khá", "Tốt"} <= set(grades)
    evidence = [r[header.index("evidence")] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert "tỷ lệ hồ sơ được giải quyết trước hạn và đúng hạn ở cấp tỉnh đạt 96,2%" in evidence


def test_db_query_csv_is_neutralised(stored, tmp_path):
    out = tmp_path / "query.csv"
    out.write_text(run("db", "query", "--db", stored[0], "--format", "csv").stdout, encoding="utf-8")
    assert_neutral_csv(out)


def test_compare_csv_and_xlsx_are_neutralised(stored, tmp_path):
    _, old, new, _ = stored
    out = tmp_path / "compare.csv"
    run("compare", old, new, "--format", "csv", "-o", out)
    header, rows = assert_neutral_csv(out)
    assert "-5.0" in [r[header.index("change")] for r in rows]
    xlsx = tmp_path / "compare.xlsx"
    run("compare", old, new, "--format", "xlsx", "-o", xlsx)
    ws = assert_neutral_xlsx(xlsx)["changes"]
    header = [c.value for c in ws[1]]
    changes = [r[header.index("change")] for r in ws.iter_rows(min_row=2, values_only=True)]
    # satisfaction 85% -> 80%: a negative change is still a number, not neutralised text
    assert -5 in changes and all(isinstance(c, (int, float)) for c in changes if c is not None)


def test_check_csv_is_neutralised(stored, tmp_path):
    _, old, new, lt = stored
    out = tmp_path / "check.csv"
    run("check", old, new, lt, "--format", "csv", "-o", out)
    header, rows = csv_cells(out)
    indicators = [r[header.index("indicator")] for r in rows]
    assert rows and not [c for r in rows for c in r if c.startswith(DANGEROUS) and not is_number(c)]
    assert any(i.startswith("'") for i in indicators)


def test_safe_text_rules():
    assert safe_text("=1+2") == "'=1+2" and safe_text("@SUM(A1)") == "'@SUM(A1)"
    assert safe_text("- Tính đến 31/12") == "'- Tính đến 31/12" and safe_text("+84 912") == "'+84 912"
    assert safe_text("\tx") == "'\tx" and safe_text("\rx") == "'\rx"
    assert safe_text("\r=1", xlsx=True) == "'=1"  # control dropped first, then neutralised
    assert safe_text("Tỷ lệ\x00 hồ sơ\x1b đạt 95%\n", xlsx=True) == "Tỷ lệ hồ sơ đạt 95%\n"
    assert safe_text("Tỷ lệ hồ sơ đạt 95%") == "Tỷ lệ hồ sơ đạt 95%"
    assert safe_text(-5) == -5 and safe_text(-0.5) == -0.5 and safe_text(None) is None


def test_failed_xlsx_write_leaves_no_file(tmp_path):
    out = tmp_path / "x.xlsx"
    # a sheet name Excel refuses fails while the workbook is built: nothing is written
    with pytest.raises(Exception):
        write_xlsx({"a/b:c?" * 10: pd.DataFrame({"a": [1]})}, out)
    assert list(tmp_path.iterdir()) == []

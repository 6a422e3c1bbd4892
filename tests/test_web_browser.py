"""The review app driven by a real browser (chromium + Selenium), on SQLite and PostgreSQL:
edit a row's value and level, reject another, accept one from the keyboard, add a missed
row by selecting its words, reload (all kept), `db ingest --force` (all kept), and the
exports and comparison show the corrections."""
from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait

from browser import chromium, serving
from conftest_db import db_url, new_db, pg_server  # noqa: F401
from review_helpers import MISSED, corpus_missing_a_row, document_id, row_id, text_of
from extractor.cli import main
from extractor.db.engine import open_engine
from extractor.web.app import create_app

pytestmark = pytest.mark.browser

SELECT_TEXT = """
const [words] = arguments;
const root = document.getElementById('doctext');
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
let node;
while ((node = walker.nextNode())) {
  const at = node.data.indexOf(words);
  if (at >= 0) {
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    return true;
  }
}
return false;
"""


NEXT_PAGE_LOADED = "return window.__chitieu_old_page !== true && document.readyState === 'complete'"


def _reloads(driver, act):
    """Do act (a click or key that submits a form) and wait for the next page.

    The old page is marked in its window object rather than watched through a stale
    element: while a page unloads, Chrome may answer a question about an old element
    with any of several errors ("stale element", "node does not belong to the
    document"), and which one depends on the browser version."""
    driver.execute_script("window.__chitieu_old_page = true")
    act()
    WebDriverWait(driver, 15, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script(NEXT_PAGE_LOADED))


def _row(driver, rid):
    return driver.find_element(By.ID, f"row-{rid}")


def test_review_in_a_browser_persists_and_survives_reingest(db_url, tmp_path):
    folder = corpus_missing_a_row(tmp_path)
    assert CliRunner().invoke(main, ["db", "ingest", "--db", db_url, str(folder)]).exit_code == 0
    engine = open_engine(db_url)
    satisfaction, par, first = row_id(engine, "Sự hài lòng"), row_id(engine, "Chỉ số PAR INDEX"), row_id(engine, "tỷ lệ hồ sơ được giải quyết trước hạn")
    doc = document_id(engine)
    app = create_app(engine, reviewer="Nguyễn Thị Hoa")
    try:
        with serving(app) as base, chromium() as driver:
            driver.get(base + "/documents")
            driver.find_element(By.LINK_TEXT, "Về việc ban hành Kế hoạch cải cách hành chính năm 2024 trên địa bàn tỉnh Đồng Nai").click()
            assert driver.find_element(By.ID, "progress").text == "0 / 11 dòng đã duyệt"

            # edit the value and the level of a row
            row = _row(driver, satisfaction)
            row.find_element(By.CSS_SELECTOR, "details.edit summary").click()
            value = row.find_element(By.NAME, "value")
            value.clear()
            value.send_keys("85")
            Select(row.find_element(By.NAME, "level")).select_by_value("commune")
            _reloads(driver, row.find_element(By.CSS_SELECTOR, "button.save").click)
            row = _row(driver, satisfaction)
            assert "≥ 85%" in row.find_element(By.CSS_SELECTOR, "td.value").text
            assert row.find_element(By.CSS_SELECTOR, "td.level").text == "cấp xã"

            # reject another: click its highlight, press r
            driver.find_element(By.CSS_SELECTOR, f'mark[data-rows~="{par}"]').click()
            _reloads(driver, lambda: driver.find_element(By.TAG_NAME, "body").send_keys("r"))
            assert "đã loại" in _row(driver, par).find_element(By.CSS_SELECTOR, "td.status").text

            # keyboard: j selects the first row, a accepts it
            driver.get(f"{base}/documents/{doc}")
            body = driver.find_element(By.TAG_NAME, "body")
            body.send_keys("j")
            assert "current" in _row(driver, first).get_attribute("class")
            _reloads(driver, lambda: body.send_keys("a"))
            assert "đã chấp nhận" in _row(driver, first).find_element(By.CSS_SELECTOR, "td.status").text

            # add the missed row by selecting its words in the text
            assert driver.execute_script(SELECT_TEXT, MISSED)
            start = text_of().index(MISSED)
            form = driver.find_element(By.ID, "add-form")
            assert form.find_element(By.ID, "add-start").get_attribute("value") == str(start)
            assert form.find_element(By.ID, "add-end").get_attribute("value") == str(start + len(MISSED))
            assert form.find_element(By.NAME, "value").get_attribute("value") == "30"  # taken from the selection
            form.find_element(By.NAME, "indicator_text").send_keys("Tỷ lệ giao dịch thanh toán trực tuyến")
            _reloads(driver, form.find_element(By.ID, "add-button").click)
            assert driver.find_element(By.ID, "progress").text == "4 / 12 dòng đã duyệt"

            def check_page():
                driver.get(f"{base}/documents/{doc}")
                assert driver.find_element(By.ID, "progress").text == "4 / 12 dòng đã duyệt"
                statuses = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#rows td.status .badge")]
                assert sorted(s for s in statuses if s != "chưa duyệt") == ["đã chấp nhận", "đã loại", "đã sửa", "đã thêm"]
                added = driver.find_element(By.CSS_SELECTOR, "#rows tr.st-added")
                assert "Tỷ lệ giao dịch thanh toán trực tuyến" in added.text and "≥ 30%" in added.text
                edited = driver.find_element(By.CSS_SELECTOR, "#rows tr.st-edited")
                assert "≥ 85%" in edited.text and "cấp xã" in edited.text
                marks = driver.find_elements(By.CSS_SELECTOR, "mark.st-added")
                assert "".join(m.text for m in marks) == MISSED

            check_page()  # reload: all kept
            res = CliRunner().invoke(main, ["db", "ingest", "--force", "--db", db_url, str(folder)])
            assert res.exit_code == 0 and "3 replaced" in res.stdout
            check_page()  # a new extraction of the same documents: all still there
    finally:
        engine.dispose()

    out = tmp_path / "rows.csv"
    assert CliRunner().invoke(main, ["db", "export", "--db", db_url, "--format", "csv", "-o", str(out)]).exit_code == 0
    rows = pd.read_csv(out, encoding="utf-8-sig", dtype=str)
    mine = rows[rows["document"] == "docs/dong-nai-2024.txt"]
    sat = mine[mine["indicator"].str.startswith("Sự hài lòng")]
    assert sat[["value", "level", "status", "reviewer"]].values.tolist() == [["85.0", "commune", "edited", "Nguyễn Thị Hoa"]]
    assert "Chỉ số PAR INDEX" not in set(mine["indicator"])
    assert len(mine) == 11 and (mine["status"] == "added").sum() == 1
    cmp = tmp_path / "cmp.csv"
    res = CliRunner().invoke(main, ["compare", "2023", "2024", "--db", db_url, "--jurisdiction", "Đồng Nai",
                                    "--format", "csv", "-o", str(cmp)])
    assert res.exit_code == 0
    frame = pd.read_csv(cmp, encoding="utf-8-sig", dtype=str)
    line = frame[(frame["indicator_id"] == "tthc_satisfaction_rate") & (frame["section"] == "change")]
    # the corrected value and level reach compare: the 2023 whole-province row (85) pairs with
    # the 2024 row now at commune level (a level on one side only lowers the pairing score)
    assert line[["level", "new", "status"]].fillna("").values.tolist() == [["commune", "85.0", "unchanged"]]

#!/usr/bin/env python3
"""Take the README's screenshot of the review page (docs/review-page.png): the bundled
database fixtures, a few rows reviewed, the page opened in headless chromium.

    .venv/bin/python scripts/review-screenshot.py [-o docs/review-page.png]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", default=str(REPO / "docs" / "review-page.png"))
    a = ap.parse_args()
    from click.testing import CliRunner
    from selenium.webdriver.common.by import By

    from browser import chromium, serving
    from extractor.cli import main as cli
    from extractor.db import corrections as corr
    from extractor.db.engine import open_engine
    from extractor.web.app import create_app
    from review_helpers import MISSED, corpus_missing_a_row, document_id, row_id, text_of

    with tempfile.TemporaryDirectory() as tmp:
        folder = corpus_missing_a_row(Path(tmp))
        db = str(Path(tmp) / "chitieu.db")
        CliRunner().invoke(cli, ["db", "ingest", "--db", db, str(folder)], catch_exceptions=False)
        engine = open_engine(db)
        doc = document_id(engine)
        first, commune = row_id(engine, "tỷ lệ hồ sơ được giải quyết trước hạn"), row_id(engine, "cấp xã ít nhất 88%")
        par = row_id(engine, "Chỉ số PAR INDEX")
        start = text_of().index(MISSED)
        with engine.begin() as conn:
            corr.review(conn, first, "accept", reviewer="Nguyễn Thị Hoa")
            corr.review(conn, commune, "edit", corr.parse_changes({"value": "90"}), reviewer="Nguyễn Thị Hoa")
            corr.review(conn, par, "reject", reviewer="Nguyễn Thị Hoa")
            corr.add(conn, doc, start, start + len(MISSED), {"indicator_text": "Tỷ lệ giao dịch thanh toán trực tuyến",
                                                           "value": "30", "unit": "percent", "year": "2024"}, "Nguyễn Thị Hoa")
        with serving(create_app(engine, reviewer="Nguyễn Thị Hoa")) as base, chromium() as driver:
            driver.get(f"{base}/documents/{doc}")
            driver.find_element(By.TAG_NAME, "body").send_keys("jjj")
            driver.execute_script("window.scrollTo(0, 0)")
            Path(a.output).parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(a.output)
        engine.dispose()
    print(a.output)


if __name__ == "__main__":
    main()

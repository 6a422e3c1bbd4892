"""Shared set-up for the review tests: a corpus where the extraction missed one row."""
from __future__ import annotations

import shutil

import sqlalchemy as sa

from conftest_db import DOCS, FIXTURES
from extractor import catalogue as cat
from extractor.db import schema

MISSED = "Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 30%"


def corpus_missing_a_row(tmp_path):
    """tmp/catalogues/*.json + tmp/docs/*.txt; the 2024 Đồng Nai catalogue lacks the
    row for MISSED (as if the extraction had missed it)."""
    shutil.copytree(DOCS, tmp_path / "docs")
    (tmp_path / "catalogues").mkdir()
    for f in FIXTURES.glob("*.json"):
        data = cat.load(f)
        if f.stem == "dong-nai-2024":
            doc = data["documents"][0]
            doc["targets"] = [t for t in doc["targets"] if t["evidence"]["text"] != MISSED]
        cat.write(data, tmp_path / "catalogues" / f.name)
    return tmp_path / "catalogues"


def row_id(engine, evidence_start_text: str, document="docs/dong-nai-2024.txt", level="any") -> int:
    """The id of the row whose evidence begins with this text."""
    t, d = schema.targets, schema.documents
    stmt = sa.select(t.c.id).join(d, d.c.id == t.c.document_id).where(
        d.c.path == document, t.c.evidence_text.startswith(evidence_start_text))
    if level != "any":
        stmt = stmt.where(t.c.level == level)
    with engine.connect() as conn:
        return conn.execute(stmt).scalar_one()


def document_id(engine, path="docs/dong-nai-2024.txt") -> int:
    d = schema.documents
    with engine.connect() as conn:
        return conn.execute(sa.select(d.c.id).where(d.c.path == path)).scalar_one()


def text_of(path="dong-nai-2024.txt") -> str:
    return (DOCS / path).read_text(encoding="utf-8")

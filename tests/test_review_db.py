"""Corrections kept apart from extraction: the reviewed view downstream, re-attachment
after `db ingest --force`, conflicts, scripted review, gold, and the Alembic upgrade
from the schema of the old migration runner. On SQLite and PostgreSQL."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pandas as pd
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from conftest_db import DOCS, FIXTURES, REPO, db_url, new_db, pg_server  # noqa: F401
from review_helpers import MISSED, corpus_missing_a_row, document_id, row_id, text_of
from extractor import catalogue as cat
from extractor.cli import main
from extractor.db import corrections as corr
from extractor.db import schema
from extractor.db.engine import open_engine
from extractor.db.migrations import applied, migrate, revisions



def run(*args):
    res = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return res


@pytest.fixture
def reviewed(db_url, tmp_path):
    """A database where a reviewer corrected a value and a level, rejected a row and
    added the row the extraction missed."""
    folder = corpus_missing_a_row(tmp_path)
    assert run("db", "ingest", "--db", db_url, str(folder)).exit_code == 0
    engine = open_engine(db_url)
    ids = {
        "edit": row_id(engine, "Sự hài lòng"),
        "reject": row_id(engine, "Tỷ lệ công chức được bồi dưỡng"),
    }
    res = run("db", "review", str(ids["edit"]), "--set", "value=85", "--set", "level=commune",
              "--reviewer", "Nguyễn Thị Hoa", "--db", db_url)
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith(f"row {ids['edit']}: edited") and "≥ 85%" in res.stdout
    assert run("db", "review", str(ids["reject"]), "--reject", "--reviewer", "Trần Văn Bình", "--db", db_url).exit_code == 0
    text = text_of()
    start, doc_id = text.index(MISSED), document_id(engine)
    with engine.begin() as conn:
        ids["add"] = corr.add(conn, doc_id, start, start + len(MISSED), {
            "indicator_text": "Tỷ lệ giao dịch thanh toán trực tuyến", "value": "30", "unit": "percent",
            "operator": ">=", "year": "2024"}, reviewer="Nguyễn Thị Hoa")
    yield db_url, engine, ids, folder
    engine.dispose()


def _export_json(db_url, tmp_path, name="reviewed.json"):
    out = tmp_path / name
    assert run("db", "export", "--db", db_url, "--format", "json", "-o", str(out)).exit_code == 0
    data = cat.load(out)
    assert cat.problems(data) == []
    return {d["source"]["path"]: d for d in data["documents"]}


def _assert_reviewed_everywhere(db_url, tmp_path, ids):
    # db query: the corrected row, not the rejected one, the added one
    res = run("db", "query", "--db", db_url, "--jurisdiction", "Đồng Nai", "--year", "2024")
    lines = res.stdout.splitlines()
    satisfaction = [l for l in lines if "Sự hài lòng" in l]
    assert len(satisfaction) == 1 and "≥ 85%" in satisfaction[0] and "commune" in satisfaction[0]
    assert "edited" in satisfaction[0] and "Nguyễn Thị Hoa" in satisfaction[0]
    assert not any("bồi dưỡng kỹ năng" in l for l in lines)
    added = [l for l in lines if "giao dịch thanh toán" in l]
    assert len(added) == 1 and "≥ 30%" in added[0] and "added" in added[0]
    # db export csv: row_id, status and reviewer columns
    csv = tmp_path / "t.csv"
    assert run("db", "export", "--db", db_url, "--format", "csv", "-o", str(csv)).exit_code == 0
    frame = pd.read_csv(csv, encoding="utf-8-sig")
    assert list(frame.columns[-3:]) == ["row_id", "status", "reviewer"]
    edited = frame[frame["indicator"].str.startswith("Sự hài lòng") & (frame["document"] == "docs/dong-nai-2024.txt")]
    assert edited[["value", "level", "status", "reviewer"]].values.tolist() == [[85.0, "commune", "edited", "Nguyễn Thị Hoa"]]
    assert "Tỷ lệ công chức được bồi dưỡng kỹ năng ứng xử, giao tiếp" not in set(frame[frame["document"] == "docs/dong-nai-2024.txt"]["indicator"])
    assert set(frame["status"]) == {"extracted", "edited", "added"}
    # JSON catalogue: corrected, rejected left out, added in, each with its review
    doc = _export_json(db_url, tmp_path)["docs/dong-nai-2024.txt"]
    by_text = {t["evidence"]["text"]: t for t in doc["targets"]}
    assert by_text[MISSED]["review"]["status"] == "added"
    assert by_text[MISSED]["evidence"]["start"] == text_of().index(MISSED)
    sat = next(t for t in doc["targets"] if t["indicator"]["text"].startswith("Sự hài lòng"))
    assert (sat["threshold"]["value"], sat["level"], sat["review"]["status"]) == (85, "commune", "edited")
    assert len(doc["targets"]) == 12 - 1 - 1 + 1
    # compare --db: 2023 -> 2024 of Đồng Nai shows the corrected value
    out = tmp_path / "cmp.csv"
    res = run("compare", "2023", "2024", "--db", db_url, "--jurisdiction", "Đồng Nai", "--format", "csv", "-o", str(out))
    assert res.exit_code == 0, res.output
    cmp = pd.read_csv(out, encoding="utf-8-sig")
    sat_rows = cmp[(cmp["indicator_id"] == "tthc_satisfaction_rate") & (cmp["section"] == "change")]
    assert 85.0 in set(sat_rows["new"].astype(float))


def test_corrections_show_in_every_output(reviewed, tmp_path):
    db_url, _, ids, _ = reviewed
    _assert_reviewed_everywhere(db_url, tmp_path, ids)


def test_readable_view_shows_reviewed_rows_for_people_browsing_the_database(reviewed):
    db_url, engine, ids, _ = reviewed
    with engine.connect() as conn:
        rows = {r["row_id"]: r for r in conn.execute(sa.text("SELECT * FROM targets_readable")).mappings()}
    assert rows[ids["edit"]]["value"] == 85 and rows[ids["edit"]]["level"] == "commune"
    assert rows[ids["edit"]]["status"] == "edited" and rows[ids["edit"]]["reviewer"] == "Nguyễn Thị Hoa"
    assert ids["reject"] not in rows
    assert any(r["indicator"] == "Tỷ lệ giao dịch thanh toán trực tuyến" and r["status"] == "added"
               for r in rows.values())
    assert {"jurisdiction", "indicator", "value", "grade", "unit", "document", "evidence"} <= set(
        next(iter(rows.values())).keys())


def test_corrections_survive_ingest_force(reviewed, tmp_path):
    db_url, engine, ids, folder = reviewed
    res = run("db", "ingest", "--force", "--db", db_url, str(folder))
    assert res.exit_code == 0 and "3 replaced" in res.stdout
    _assert_reviewed_everywhere(db_url, tmp_path, ids)
    with engine.connect() as conn:
        assert corr.unmatched(conn) == []
        log = conn.execute(sa.select(schema.corrections)).mappings().all()
    assert [(c["action"], c["field"]) for c in log] == [("edit", "value"), ("edit", "level"), ("reject", None), ("add", None)]
    assert all(c["target_id"] is not None for c in log)


def test_correction_whose_row_is_gone_is_listed_not_dropped(reviewed, tmp_path):
    db_url, engine, ids, folder = reviewed
    # a new chitieu no longer finds the satisfaction row at all
    path = folder / "dong-nai-2024.json"
    data = cat.load(path)
    data["documents"][0]["targets"] = [t for t in data["documents"][0]["targets"]
                                       if not t["indicator"]["text"].startswith("Sự hài lòng")]
    cat.write(data, path)
    assert run("db", "ingest", "--force", "--db", db_url, str(path)).exit_code == 0
    with engine.connect() as conn:
        lost = corr.unmatched(conn)
    assert [(c["action"], c["field"], c["new_value"]["value"]) for c in lost] == [("edit", "value", 85.0), ("edit", "level", "commune")]
    assert all(c["evidence_text"].startswith("Sự hài lòng của tổ chức") for c in lost)
    res = run("db", "corrections", "--unmatched", "--db", db_url)
    assert res.stdout.count("unmatched") == 2 and "Nguyễn Thị Hoa" in res.stdout
    # the others still hold
    rows = run("db", "query", "--db", db_url, "--jurisdiction", "Đồng Nai", "--year", "2024").stdout
    assert "bồi dưỡng kỹ năng" not in rows and "giao dịch thanh toán" in rows
    # when the row comes back, its corrections attach again
    cat.write(cat.load(FIXTURES / "dong-nai-2024.json") | {}, path)
    assert run("db", "ingest", "--force", "--db", db_url, str(path)).exit_code == 0
    with engine.connect() as conn:
        assert corr.unmatched(conn) == []


def test_row_shared_evidence_moves_with_text(db_url, tmp_path):
    """Corrections follow their evidence when the text moves (a line added above)."""
    folder = corpus_missing_a_row(tmp_path)
    assert run("db", "ingest", "--db", db_url, str(folder)).exit_code == 0
    engine = open_engine(db_url)
    try:
        commune = row_id(engine, "cấp xã ít nhất 88%")
        with engine.begin() as conn:
            corr.review(conn, commune, "edit", corr.parse_changes({"value": "89"}), "Lê Minh")
        # the document re-issued with a line added at the top: new content at the same path
        doc_file = tmp_path / "docs" / "dong-nai-2024.txt"
        extra = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        doc_file.write_text(extra + text_of(), encoding="utf-8")
        import hashlib

        data = cat.load(folder / "dong-nai-2024.json")
        d = data["documents"][0]
        d["source"]["sha256"] = hashlib.sha256(doc_file.read_bytes()).hexdigest()
        for t in d["targets"]:
            t["evidence"]["start"] += len(extra)
            t["evidence"]["end"] += len(extra)
        cat.write(data, folder / "dong-nai-2024.json")
        assert "1 replaced" in run("db", "ingest", "--db", db_url, str(folder / "dong-nai-2024.json")).stdout
        res = run("db", "query", "--db", db_url, "--jurisdiction", "Đồng Nai", "--year", "2024", "--level", "commune")
        line = next(l for l in res.stdout.splitlines() if "on_time_resolution_rate" in l)
        assert "≥ 89%" in line and "edited" in line
    finally:
        engine.dispose()


def test_second_reviewer_with_stale_version_gets_a_conflict(db_url):
    assert run("db", "ingest", "--db", db_url, str(FIXTURES)).exit_code == 0
    engine = open_engine(db_url)
    try:
        rid = row_id(engine, "cấp huyện tối thiểu 90%")
        with engine.connect() as conn:
            seen = corr.current(conn, rid)["version"]  # both reviewers open the page
        assert seen == 0
        with engine.begin() as conn:
            corr.review(conn, rid, "edit", corr.parse_changes({"value": "91"}), "An", version=seen)
        with pytest.raises(corr.Conflict, match="changed by An"):
            with engine.begin() as conn:
                corr.review(conn, rid, "edit", corr.parse_changes({"value": "95"}), "Bình", version=seen)
        with engine.connect() as conn:
            now = corr.current(conn, rid)
            assert (now["value_num"], now["reviewer"], now["version"]) == (91.0, "An", 1)
            assert len(corr.history(conn, rid)) == 1
    finally:
        engine.dispose()


def test_values_read_the_vietnamese_way():
    assert corr.parse_value("2,5") == 2.5
    assert corr.parse_value("1.000") == 1000.0
    assert corr.parse_value("80%") == 80.0
    assert corr.parse_value("Khá") == "Khá"
    assert corr.parse_changes({"level": "", "year": "2025", "operator": "≤"}) == {"level": None, "year": 2025, "operator": "<="}
    for field, bad in (("level", "tỉnh"), ("unit", "ngày"), ("year", "hai nghìn"), ("indicator_id", "Tỷ lệ")):
        with pytest.raises(corr.ReviewError):
            corr.parse_field(field, bad)


def test_scripted_review_refuses_bad_input(db_url):
    assert run("db", "ingest", "--db", db_url, str(FIXTURES)).exit_code == 0
    res = CliRunner().invoke(main, ["db", "review", "1", "--set", "level=tỉnh", "--db", db_url])
    assert res.exit_code == 1 and "level 'tỉnh'" in res.output
    res = CliRunner().invoke(main, ["db", "review", "99999", "--accept", "--db", db_url])
    assert res.exit_code == 1 and "no row 99999" in res.output
    res = CliRunner().invoke(main, ["db", "review", "1", "--db", db_url])
    assert res.exit_code == 2 and "give --accept, --reject or --set" in res.output


def test_check_uses_reviewed_rows(db_url):
    assert run("db", "ingest", "--db", db_url, str(FIXTURES)).exit_code == 0
    before = run("check", "--db", db_url).stdout
    assert "duplicate" in before
    engine = open_engine(db_url)
    try:
        t = schema.targets
        with engine.connect() as conn:  # the same sentence twice in the plan: two rows
            twice = conn.execute(sa.select(t.c.id).where(
                t.c.evidence_text == "Tỷ lệ hồ sơ trực tuyến của huyện đạt tối thiểu 45%")).scalars().all()
        assert len(twice) == 2
        dup = max(twice)
    finally:
        engine.dispose()
    assert run("db", "review", str(dup), "--reject", "--db", db_url).exit_code == 0
    assert "duplicate" not in run("check", "--db", db_url).stdout


def test_gold_from_reviews_scores_f1_1_against_reviewed_catalogue(reviewed, tmp_path, shared):
    judge = str(shared("tools", "score.py"))  # skipped without ../shared, a failure on CI
    db_url, *_ = reviewed
    res = run("db", "mark-reviewed", "docs/dong-nai-2024.txt", "docs/long-thanh-2024.txt", "--db", db_url)
    assert res.exit_code == 0, res.output
    gold = tmp_path / "gold"
    res = run("db", "gold", "-o", str(gold), "--db", db_url)
    assert res.exit_code == 0 and "2 document(s)" in res.stderr
    files = sorted(p.name for p in gold.iterdir())
    assert files == ["dong-nai-2024.json", "long-thanh-2024.json"]
    g = json.loads((gold / "dong-nai-2024.json").read_text(encoding="utf-8"))
    assert g["decision"] == {"number": "215/QĐ-UBND", "date": "2024-01-25"}
    assert {"indicator": "Tỷ lệ giao dịch thanh toán trực tuyến", "level": None, "operator": ">=", "value": 30,
            "unit": "percent", "year": 2024, "kind": "target"} in g["targets"]
    assert not any("bồi dưỡng" in t["indicator"] for t in g["targets"])
    _export_json(db_url, tmp_path)
    proc = subprocess.run([sys.executable, judge, "--gold", str(gold), "--pred", str(tmp_path / "reviewed.json")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "strict F1 1.000 (P 1.000 R 1.000; 18/18 gold, 18 predicted) on 2 documents" in proc.stdout
    # the same gold against the raw extraction is not perfect: the corrections matter
    proc = subprocess.run([sys.executable, judge, "--gold", str(gold), "--pred", str(FIXTURES / "dong-nai-2024.json")],
                          capture_output=True, text=True, timeout=60)
    assert "strict F1 1.000" not in proc.stdout


def _legacy_module():
    spec = importlib.util.spec_from_file_location("legacy_migrations", REPO / "tests" / "fixtures" / "db" / "legacy_migrations.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_database_of_the_old_runner_is_upgraded_in_place(db_url):
    """A database as chitieu made it before Alembic (chitieu_migrations 1, 2, with rows)."""
    from extractor.db.ingest import document_row, target_rows

    legacy = _legacy_module()
    engine = open_engine(db_url)
    try:
        assert legacy.migrate(engine) == [1, 2]
        md = legacy.current_metadata()
        doc = cat.load(FIXTURES / "dong-nai-2024.json")["documents"][0]
        with engine.begin() as conn:
            old_row = {k: v for k, v in document_row(doc).items() if k in md.tables["documents"].c}
            doc_id = conn.execute(md.tables["documents"].insert().values(**old_row).returning(md.tables["documents"].c.id)).scalar()
            conn.execute(md.tables["targets"].insert(), target_rows(doc, doc_id))
            assert sa.inspect(conn).get_table_names().count("corrections") == 0
        assert migrate(engine) == ["0003", "0004", "0005"]
        assert migrate(engine) == []
        with engine.connect() as conn:
            assert applied(conn) == revisions()
            origins = conn.execute(sa.select(schema.targets.c.origin)).scalars().all()
            assert origins == ["extracted"] * 12
            # the search key is filled in for documents already there
            assert conn.execute(sa.select(schema.documents.c.search_key)).scalar().startswith(
                "215/qd-ubnd ve viec ban hanh ke hoach cai cach hanh chinh nam 2024 tren dia ban tinh dong nai")
    finally:
        engine.dispose()
    res = run("db", "query", "--db", db_url, "--indicator", "tthc_satisfaction_rate")
    line = next(l for l in res.stdout.splitlines() if "tthc_satisfaction_rate" in l)
    assert "≥ 80%" in line and "extracted" in line
    rid = line.split()[0]
    assert run("db", "review", rid, "--set", "value=82", "--db", db_url).exit_code == 0
    assert "≥ 82%" in run("db", "query", "--db", db_url, "--indicator", "tthc_satisfaction_rate").stdout


def test_migrated_database_matches_the_declared_schema(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = open_engine(db_url)
    try:
        migrate(engine)
        with engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), schema.metadata)
        assert diffs == []
    finally:
        engine.dispose()

"""The target database on SQLite and on a real PostgreSQL server: migrations, idempotent
and crash-safe ingest, concurrent ingests, query and export."""
from __future__ import annotations

import copy
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from conftest_db import DOCS, FIXTURES, REPO, counts, db_url, new_db, pg_server, snapshot  # noqa: F401
from extractor import catalogue as cat
from extractor.cli import main
from extractor.db import ingest as ingest_mod
from extractor.db import schema
from extractor.db.engine import open_engine
from extractor.db.ingest import ingest_paths
from extractor.db.migrations import applied, migrate, revisions

FIXTURE_NAMES = ["dong-nai-2023", "dong-nai-2024", "long-thanh-2024"]
FIXTURE_TARGETS = 10 + 12 + 7


def run(*args, env=None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def load(name):
    return cat.load(FIXTURES / f"{name}.json")


def folder_of_variants(tmp_path, n) -> Path:
    """n catalogue files, each one document: the 2023 decision as if from n communes."""
    base = load("dong-nai-2023")
    out = tmp_path / "variants"
    out.mkdir()
    for i in range(n):
        c = copy.deepcopy(base)
        doc = c["documents"][0]
        doc["source"]["path"] = f"xa-{i:03}/qd-2023.txt"
        doc["source"]["sha256"] = hashlib.sha256(f"xã số {i}".encode()).hexdigest()
        doc["jurisdiction"] = {"name": f"Xã số {i}", "level": "commune"}
        cat.write(c, out / f"xa-{i:03}.json")
    return out


def test_migrations_run_once_in_order_and_match_schema(db_url):
    engine = open_engine(db_url)
    try:
        assert migrate(engine) == revisions() == ["0001", "0002", "0003", "0004", "0005"]
        assert migrate(engine) == []
        with engine.connect() as conn:
            assert applied(conn) == ["0001", "0002", "0003", "0004", "0005"]
            insp = sa.inspect(conn)
            for table in schema.metadata.sorted_tables:
                assert [c["name"] for c in insp.get_columns(table.name)] == [c.name for c in table.columns]
            assert {i["name"] for i in insp.get_indexes("targets")} >= {"ix_targets_indicator_year"}
            assert {i["name"] for i in insp.get_indexes("documents")} >= {"ix_documents_jurisdiction_year"}
    finally:
        engine.dispose()


def test_ingest_same_folder_twice_changes_nothing(db_url):
    first = run("db", "ingest", "--db", db_url, str(FIXTURES))
    assert first.exit_code == 0, first.output
    assert first.stdout.strip().endswith("3 added, 0 replaced, 0 unchanged, 0 failed")
    before = snapshot(db_url)
    assert (len(before["documents"]), len(before["targets"])) == (3, FIXTURE_TARGETS)
    second = run("db", "ingest", "--db", db_url, str(FIXTURES))
    assert second.exit_code == 0
    assert second.stdout.strip().endswith("0 added, 0 replaced, 3 unchanged, 0 failed")
    assert snapshot(db_url) == before


def test_ingest_stores_values_grades_and_dates(db_url):
    run("db", "ingest", "--db", db_url, str(FIXTURES / "dong-nai-2023.json"))
    engine = open_engine(db_url)
    d, t = schema.documents, schema.targets
    try:
        with engine.connect() as conn:
            doc = conn.execute(sa.select(d)).one()
            assert doc.decision_number == "194/QĐ-UBND" and doc.decision_date.isoformat() == "2023-01-23"
            assert doc.jurisdiction_name == "Đồng Nai" and doc.jurisdiction_key == "đồng nai"
            par = conn.execute(sa.select(t).where(t.c.indicator_id == "par_index_score")).one()
            assert (par.value_num, par.value_text, par.unit) == (None, "Khá", "grade")
            days = conn.execute(sa.select(t).where(t.c.indicator_id == "avg_processing_time")).one()
            assert (days.operator, days.value_num, days.unit) == ("<=", 10.0, "day")
            text = (DOCS / "dong-nai-2023.txt").read_text(encoding="utf-8")
            assert text[days.evidence_start:days.evidence_end] == days.evidence_text
    finally:
        engine.dispose()


def test_changed_document_at_same_path_replaces_its_rows(db_url, tmp_path):
    path = tmp_path / "dn.json"
    c = load("dong-nai-2023")
    cat.write(c, path)
    assert run("db", "ingest", "--db", db_url, str(path)).exit_code == 0
    # the same file re-issued with a corrected threshold and one target less
    doc = c["documents"][0]
    doc["source"]["sha256"] = hashlib.sha256(b"ban sua doi").hexdigest()
    doc["targets"] = doc["targets"][:3]
    doc["targets"][0]["threshold"]["value"] = 96
    cat.write(c, path)
    res = run("db", "ingest", "--db", db_url, str(path))
    assert "1 replaced" in res.stdout
    snap = snapshot(db_url)
    assert len(snap["documents"]) == 1 and len(snap["targets"]) == 3
    engine = open_engine(db_url)
    try:
        with engine.connect() as conn:
            values = conn.execute(sa.select(schema.targets.c.value_num).order_by(schema.targets.c.ordinal)).scalars().all()
        assert values == [96.0, 90.0, 85.0]
    finally:
        engine.dispose()


def test_failure_inside_transaction_leaves_no_half_document(db_url, new_db, monkeypatch):
    real = ingest_mod.target_rows

    def failing(doc, document_id):
        if doc["source"]["path"] == "docs/dong-nai-2024.txt":
            raise RuntimeError("simulated crash after the document row was written")
        return real(doc, document_id)

    monkeypatch.setattr(ingest_mod, "target_rows", failing)
    engine = open_engine(db_url)
    with pytest.raises(RuntimeError):
        ingest_paths(engine, [str(FIXTURES)])
    engine.dispose()
    # dong-nai-2023 committed; dong-nai-2024 rolled back entirely (its document row too)
    assert counts(db_url) == (1, 10)
    monkeypatch.setattr(ingest_mod, "target_rows", real)
    assert run("db", "ingest", "--db", db_url, str(FIXTURES)).exit_code == 0
    clean = new_db()
    assert run("db", "ingest", "--db", clean, str(FIXTURES)).exit_code == 0
    assert snapshot(db_url) == snapshot(clean)


KILLER = textwrap.dedent("""
    import os, signal, sys
    from extractor.db import ingest
    from extractor.db.engine import open_engine
    real = ingest.target_rows
    seen = []
    def target_rows(doc, document_id):
        seen.append(doc["source"]["path"])
        if len(seen) == int(sys.argv[3]):
            # the document row is written but not committed: die like `kill -9` would
            os.kill(os.getpid(), signal.SIGKILL)
        return real(doc, document_id)
    ingest.target_rows = target_rows
    ingest.ingest_paths(open_engine(sys.argv[1]), [sys.argv[2]])
""")


def test_killed_ingest_then_rerun_gives_same_database_as_clean_run(db_url, new_db, tmp_path):
    folder = folder_of_variants(tmp_path, 6)
    proc = subprocess.run([sys.executable, "-c", KILLER, db_url, str(folder), "4"], cwd=REPO,
                          capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()
    assert counts(db_url) == (3, 30)  # three whole documents, nothing of the fourth
    assert run("db", "ingest", "--db", db_url, str(folder)).exit_code == 0
    clean = new_db()
    assert run("db", "ingest", "--db", clean, str(folder)).exit_code == 0
    assert snapshot(db_url) == snapshot(clean)
    assert counts(clean) == (6, 60)


RACER = textwrap.dedent("""
    import os, sys, time
    from extractor.db.engine import open_engine
    from extractor.db.ingest import ingest_paths
    engine = open_engine(sys.argv[1])
    open(sys.argv[3] + ".ready." + sys.argv[4], "w").close()
    while not os.path.exists(sys.argv[3]):  # start together
        time.sleep(0.005)
    outcomes = ingest_paths(engine, sys.argv[2].split(os.pathsep))
    print(sum(o.status == "added" for o in outcomes), sum(o.status == "failed" for o in outcomes))
""")


def test_two_ingests_at_once(db_url, new_db, tmp_path):
    folder = folder_of_variants(tmp_path, 60)
    paths = os.pathsep.join([str(folder), str(FIXTURES)])
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", RACER, db_url, paths, str(go), str(i)], cwd=REPO,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for i in range(2)]
    for i in range(2):
        while not (tmp_path / f"go.ready.{i}").exists():
            assert procs[i].poll() is None, procs[i].stderr.read().decode()
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
        results.append([int(x) for x in out.split()])
    # between them every document was added exactly once, and nothing failed
    assert sum(added for added, _ in results) == 63
    assert [failed for _, failed in results] == [0, 0]
    clean = new_db()
    assert run("db", "ingest", "--db", clean, str(folder), str(FIXTURES)).exit_code == 0
    assert snapshot(db_url) == snapshot(clean)


def test_query_filters_and_vietnamese_case(db_url):
    run("db", "ingest", "--db", db_url, str(FIXTURES))
    res = run("db", "query", "--db", db_url, "--jurisdiction", "ĐỒNG NAI", "--year", "2024", "--level", "commune")
    assert res.exit_code == 0
    lines = [l for l in res.stdout.splitlines() if "on_time_resolution_rate" in l]
    assert len(lines) == 1 and "≥ 88%" in lines[0] and "215/QĐ-UBND" in lines[0]
    res = run("db", "query", "--db", db_url, "--indicator", "on_time_resolution_rate", "--kind", "result")
    rows = [l for l in res.stdout.splitlines() if "on_time_resolution_rate" in l]
    assert len(rows) == 1 and "= 96,2%" in rows[0] and "2023" in rows[0]
    # a target without its own year belongs to its document's year; Long Thành has 7 rows in 2024
    res = run("db", "query", "--db", db_url, "--jurisdiction", "long thành")
    assert res.stderr.strip() == "7 target(s)"


def test_query_without_diacritics_search_limit_and_formats(db_url):
    import csv
    import io
    import json

    run("db", "ingest", "--db", db_url, str(FIXTURES))
    # what people type: no diacritics, any case
    res = run("db", "query", "--db", db_url, "--jurisdiction", "LONG THANH")
    assert res.stderr.strip() == "7 target(s)"
    res = run("db", "query", "--db", db_url, "--jurisdiction", "dong nai", "--year", "2024", "--format", "json")
    rows = json.loads(res.stdout)
    assert len(rows) == 10 and {r["jurisdiction"] for r in rows} == {"Đồng Nai"}  # 12 minus two 2023 results
    # a text search over indicators, diacritics ignored
    res = run("db", "query", "--db", db_url, "--search", "ho so nop truc tuyen", "--format", "json")
    found = json.loads(res.stdout)
    assert found and all("trực tuyến" in r["indicator"].lower() for r in found)
    assert {r["indicator_id"] for r in found} == {"online_application_rate"}
    # csv: the columns of db export, value a number and the grade apart
    res = run("db", "query", "--db", db_url, "--jurisdiction", "Đồng Nai", "--year", "2024", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(table) == 10 and {"value", "grade", "evidence", "document"} <= set(table[0])
    assert {r["grade"] for r in table} == {"", "Tốt"} and "97.0" in {r["value"] for r in table}
    # --limit, and the table shows the document and the evidence
    res = run("db", "query", "--db", db_url, "--jurisdiction", "dong nai", "--year", "2024", "--level", "commune",
              "--limit", "1")
    assert res.stderr.strip() == "1 target(s) (--limit reached)"
    header = res.stdout.splitlines()[0].split()
    assert header[-2:] == ["document", "evidence"]
    assert "dong-nai-2024.txt" in res.stdout and "cấp xã ít nhất 88%" in res.stdout


def test_values_lists_what_can_be_filtered_on(db_url):
    run("db", "ingest", "--db", db_url, str(FIXTURES))
    res = run("db", "values", "jurisdiction", "--db", db_url)
    lines = [l.split() for l in res.stdout.splitlines()[2:]]
    assert [(" ".join(l[:-1]), int(l[-1])) for l in lines] == [("Đồng Nai", 22), ("Long Thành", 7)]
    res = run("db", "values", "indicator_id", "--db", db_url, "--jurisdiction", "can tho")
    assert res.stdout.strip() == "(no targets match)"
    res = run("db", "values", "indicator_id", "--db", db_url, "--jurisdiction", "dong nai", "--year", "2024")
    rows = {l.split()[0]: l.split()[1] for l in res.stdout.splitlines()[2:]}
    assert rows["on_time_resolution_rate"] == "3" and rows["(none)"] == "1"  # the 2023 result is not 2024
    assert "Tỷ lệ hồ sơ giải quyết đúng hạn" in res.stdout  # the id's name from indicators.yaml


def test_help_examples_name_indicator_ids_that_exist():
    import re

    from extractor.patterns import default

    ids = {i["id"] for i in default().indicators}
    helps = "".join(run("db", c, "--help").stdout for c in ("query", "export", "values"))
    named = set(re.findall(r"(?:--indicator|e\.g\.) ([a-z]+(?:_[a-z]+)+)", helps))
    assert named and named <= ids, named - ids


def test_db_from_environment_variable(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = run("db", "ingest", str(FIXTURES / "dong-nai-2024.json"), env={"CHITIEU_DB": str(tmp_path / "env.db")})
    assert res.exit_code == 0 and (tmp_path / "env.db").exists() and not (tmp_path / "chitieu.db").exists()
    assert counts(str(tmp_path / "env.db")) == (1, 12)


def test_export_csv_xlsx_json(db_url, new_db, tmp_path):
    import openpyxl
    import pandas as pd

    run("db", "ingest", "--db", db_url, str(FIXTURES))
    csv = tmp_path / "t.csv"
    assert run("db", "export", "--db", db_url, "--format", "csv", "-o", str(csv), "--year", "2024").exit_code == 0
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    frame = pd.read_csv(csv, encoding="utf-8-sig")
    assert len(frame) == 12 - 2 + 7  # 2024 rows: Đồng Nai minus its 2023 results, plus Long Thành
    assert "Sự hài lòng của tổ chức, cá nhân trong giải quyết thủ tục hành chính" in set(frame["indicator"])
    xlsx = tmp_path / "t.xlsx"
    assert run("db", "export", "--db", db_url, "--format", "xlsx", "-o", str(xlsx)).exit_code == 0
    sheet = openpyxl.load_workbook(xlsx).active
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["jurisdiction", "jurisdiction_level", "year", "level", "indicator_id", "indicator"]
    assert sheet.max_row == FIXTURE_TARGETS + 1
    out = tmp_path / "dn.json"
    assert run("db", "export", "--db", db_url, "--format", "json", "-o", str(out), "--jurisdiction", "Đồng Nai").exit_code == 0
    data = cat.load(out)
    assert cat.problems(data) == []
    assert [d["decision"]["number"] for d in data["documents"]] == ["194/QĐ-UBND", "215/QĐ-UBND"]
    # the JSON export is a catalogue: ingesting it elsewhere gives the same Đồng Nai rows
    other = new_db()
    assert run("db", "ingest", "--db", other, str(out)).exit_code == 0
    assert counts(other) == (2, 22)


def test_unreachable_database_is_one_line_error(tmp_path):
    res = CliRunner().invoke(main, ["db", "query", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert res.exit_code == 1
    assert res.output.startswith("Error: postgresql+psycopg://nobody@127.0.0.1:1/none: ")
    assert len(res.output.strip().splitlines()) == 1 and "Traceback" not in res.output
    res = CliRunner().invoke(main, ["db", "ingest", "--db", str(tmp_path / "no" / "such" / "x.db"), str(FIXTURES)])
    assert res.exit_code == 1 and "folder does not exist" in res.output
    # reading commands do not create an empty database by mistake
    res = CliRunner().invoke(main, ["db", "query", "--db", str(tmp_path / "typo.db")])
    assert res.exit_code == 1 and "no database at" in res.output and not (tmp_path / "typo.db").exists()


def test_invalid_catalogue_is_reported_and_others_still_ingested(db_url, tmp_path):
    bad = tmp_path / "bad.json"
    c = load("dong-nai-2023")
    c["documents"][0]["targets"][0]["level"] = "tỉnh"  # not a schema level
    bad.write_text(json.dumps(c, ensure_ascii=False), encoding="utf-8")
    res = run("db", "ingest", "--db", db_url, str(bad), str(FIXTURES / "dong-nai-2024.json"))
    assert res.exit_code == 1
    assert "bad.json: not a valid catalogue: documents/0/targets/0/level" in res.stderr
    assert counts(db_url) == (1, 12)


def test_ingest_documents_extracts_them_once(tmp_path, monkeypatch):
    """Smoke test of the documents path (extraction quality is tested elsewhere)."""
    db = str(tmp_path / "docs.db")
    res = run("db", "ingest", "--db", db, str(DOCS))
    assert res.exit_code == 0, res.output
    assert res.stdout.strip() == "3 added, 0 replaced, 0 unchanged, 0 failed"
    snap = snapshot(db)
    fixture_shas = {load(n)["documents"][0]["source"]["sha256"] for n in FIXTURE_NAMES}
    assert {dict(d)["sha256"] for d in snap["documents"]} == fixture_shas
    assert {dict(d)["decision_number"] for d in snap["documents"]} >= {"194/QĐ-UBND"}
    assert len(snap["targets"]) > 0

    # unchanged files are recognised by content and not extracted again
    def no_extraction(paths, *a, **k):
        assert not paths, f"re-extracted unchanged documents: {paths}"
        return iter(())

    monkeypatch.setattr("extractor.batch.extract_each", no_extraction)
    res = run("db", "ingest", "--db", db, str(DOCS))
    assert res.stdout.strip() == "0 added, 0 replaced, 3 unchanged, 0 failed"
    assert snapshot(db) == snap


def test_database_names(tmp_path, monkeypatch):
    from extractor.db.engine import DatabaseError, url_for

    monkeypatch.chdir(tmp_path)
    assert url_for("chitieu.db").render_as_string() == f"sqlite:///{tmp_path / 'chitieu.db'}"
    assert url_for("postgres://u:p@db.local/chitieu").drivername == "postgresql+psycopg"
    assert url_for("postgresql://u@db.local:5433/chitieu").port == 5433
    with pytest.raises(DatabaseError, match="unsupported database 'mysql'"):
        url_for("mysql://u@h/x")


def test_database_from_a_newer_chitieu_is_refused(db_url):
    from extractor.db.engine import DatabaseError

    engine = open_engine(db_url)
    try:
        migrate(engine)
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0099'"))
        with pytest.raises(DatabaseError, match="revision 0099, newer than this chitieu"):
            migrate(engine)
    finally:
        engine.dispose()

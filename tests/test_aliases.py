"""chitieu db link: a pairing staff confirm is stored as an alias, used by compare for every
later document, and kept when the documents are ingested again (`db ingest --force`)."""
from __future__ import annotations

import re

import sqlalchemy as sa
from click.testing import CliRunner

from conftest_db import FIXTURES, db_url, new_db, pg_server  # noqa: F401
from extractor.cli import main
from extractor.db import schema
from extractor.db.engine import open_engine
from extractor.db.migrations import applied, revisions

OLD, NEW = str(FIXTURES / "dong-nai-2023.json"), str(FIXTURES / "dong-nai-2024.json")


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def row_ids(db, year, pattern):
    """The `row` ids `db query` shows for the year's rows whose line matches PATTERN."""
    out = run("db", "query", "--db", db, "--year", str(year)).stdout
    return [int(line.split()[0]) for line in out.splitlines() if re.search(pattern, line)]


def status_of(db, indicator_re):
    out = run("compare", "--db", db, "2023", "2024").stdout
    section = out.split("Unmatched")[0]
    return [line for line in section.splitlines() if re.search(indicator_re, line)]


def test_alias_migration_is_recorded(db_url):
    assert run("db", "ingest", "--db", db_url, OLD).exit_code == 0
    engine = open_engine(db_url)
    with engine.connect() as conn:
        assert applied(conn) == revisions()
        assert sa.inspect(conn).has_table("indicator_aliases")


def test_link_is_used_by_compare_and_kept_across_reingest(db_url):
    assert run("db", "ingest", "--db", db_url, OLD, NEW).exit_code == 0
    # 2023 "Tỷ lệ số hóa hồ sơ..." (dossier_digitization_rate) has no partner in 2024
    assert any("dropped" in line for line in status_of(db_url, r"^dossier_digitization_rate"))
    [old_row] = row_ids(db_url, 2023, r"dossier_digitization_rate")
    [new_row] = row_ids(db_url, 2024, r"online_payment_rate")
    res = run("db", "link", "--db", db_url, str(old_row), "--same-as", str(new_row))
    assert res.exit_code == 0, res.output
    assert "online_payment_rate" in res.stdout

    def linked():
        lines = status_of(db_url, r"^online_payment_rate")
        assert len(lines) == 1, lines
        return lines[0]

    line = linked()
    assert "≥ 60%" in line and "≥ 30%" in line and "lowered" in line and "1.00" in line
    assert status_of(db_url, r"^dossier_digitization_rate") == []

    # re-ingest replaces every target row (new row ids); the alias is kept and still applies
    assert run("db", "ingest", "--force", "--db", db_url, OLD, NEW).exit_code == 0
    assert old_row not in row_ids(db_url, 2023, r"số hóa")
    assert "lowered" in linked()
    with open_engine(db_url).connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.indicator_aliases)).scalar() == 1


def test_link_an_unofficial_wording_and_follow_it(db_url):
    assert run("db", "ingest", "--db", db_url, OLD, NEW).exit_code == 0
    # the two "công chức được bồi dưỡng kỹ năng ..." rows pair on their wording below 1
    [line] = status_of(db_url, r"^—\s+Tỷ lệ công chức")
    assert "raised" in line and "1.00" not in line
    [a] = row_ids(db_url, 2023, r"công chức")
    [b] = row_ids(db_url, 2024, r"công chức")
    assert run("db", "link", "--db", db_url, str(a), "--same-as", str(b)).exit_code == 0
    [line] = status_of(db_url, r"^—\s+Tỷ lệ công chức")
    assert "raised" in line and line.rstrip().endswith("1.00")
    # linking again changes nothing
    assert "already the same indicator" in run("db", "link", "--db", db_url, str(a), "--same-as", str(b)).stdout


def test_a_corrected_official_id_is_an_alias_too(db_url):
    assert run("db", "ingest", "--db", db_url, OLD, NEW).exit_code == 0
    [a] = row_ids(db_url, 2023, r"công chức")
    [b] = row_ids(db_url, 2024, r"công chức")
    bad = CliRunner().invoke(main, ["db", "link", "--db", db_url, str(a), "--id", "no_such_indicator"])
    assert bad.exit_code == 1 and "unknown indicator id 'no_such_indicator'" in bad.output
    both = CliRunner().invoke(main, ["db", "link", "--db", db_url, str(a), "--id", "x", "--same-as", str(b)])
    assert both.exit_code == 2
    # give both wordings an official id (any id of indicators.yaml: what is tested is the
    # mechanism): they carry it and pair with score 1
    for row in (a, b):
        assert run("db", "link", "--db", db_url, str(row), "--id", "civil_servant_digital_skills_rate").exit_code == 0
    out = run("compare", "--db", db_url, "2023", "2024").stdout.split("Unmatched")[0]
    [line] = [x for x in out.splitlines() if x.startswith("civil_servant_digital_skills_rate")]
    assert "≥ 70%" in line and "≥ 80%" in line and "raised" in line and line.rstrip().endswith("1.00")


def test_link_unknown_row_is_a_one_line_error(db_url):
    assert run("db", "ingest", "--db", db_url, OLD).exit_code == 0
    res = CliRunner().invoke(main, ["db", "link", "--db", db_url, "99999", "--same-as", "1"])
    assert res.exit_code == 1
    assert "no target row 99999" in res.output and "Traceback" not in res.output

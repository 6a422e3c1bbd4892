"""chitieu check: a district plan that gives its communes less than the province did,
national floors and ceilings, contradictory and duplicate rows."""
from __future__ import annotations

import copy
import hashlib

import pandas as pd
from click.testing import CliRunner

from conftest_db import FIXTURES, db_url, new_db, pg_server  # noqa: F401
from extractor import catalogue as cat
from extractor.check import check
from extractor.cli import main
from extractor.db.rows import from_catalogue

ALL = [str(FIXTURES / f"{n}.json") for n in ("dong-nai-2023", "dong-nai-2024", "long-thanh-2024")]

# what the three fixture decisions must give: (finding, jurisdiction, level, threshold, reference)
FIXTURE_FINDINGS = [
    ("below_floor", "Long Thành", "commune", "≥ 85%", "≥ 88%"),   # province: "cấp xã ít nhất 88%"
    ("below_floor", "Long Thành", "commune", "≥ 87%", "≥ 88%"),
    ("contradictory", "Long Thành", "commune", "≥ 85%", "≥ 85%; ≥ 87%"),
    ("duplicate", "Long Thành", None, "≥ 45%", "stated 2 times"),
]


def summary(findings):
    return [(f["finding"], f["jurisdiction"], f["level"], f["threshold"], f["reference"]) for f in findings]


def rows_of(*catalogues):
    return [r for c in catalogues for r in from_catalogue(c)]


def variant(name, jurisdiction, title=None, targets=None):
    c = copy.deepcopy(cat.load(FIXTURES / f"{name}.json"))
    doc = c["documents"][0]
    doc["jurisdiction"] = jurisdiction
    doc["source"]["sha256"] = hashlib.sha256(repr(jurisdiction).encode()).hexdigest()
    doc["source"]["path"] = f"{jurisdiction['name']}.txt"
    if title is not None:
        doc["title"] = title
    if targets is not None:
        doc["targets"] = targets(doc["targets"])
    return c


def test_district_plan_below_province_floor_and_repeats():
    res = CliRunner().invoke(main, ["check", *ALL])
    assert res.exit_code == 1
    assert res.stderr.strip() == "4 finding(s), 3 needing attention"
    assert summary(check(rows_of(*(cat.load(p) for p in ALL)))) == FIXTURE_FINDINGS
    # the district's own level (92% vs the province's 90% for districts) is fine
    assert "≥ 92%" not in res.stdout


def test_national_floor_and_ceiling_apply_to_the_province():
    def national_targets(targets):
        floor = copy.deepcopy(targets[2])  # 97% for province agencies
        floor["threshold"].update(value=98, text="tối thiểu 98%")
        ceiling = copy.deepcopy(targets[8])  # "tối đa 7 ngày làm việc"
        ceiling["level"] = "province"
        ceiling["threshold"].update(value=5, text="không quá 5 ngày")
        return [floor, ceiling]

    national = variant("dong-nai-2024", {"name": "Việt Nam", "level": "national"},
                       title="Kế hoạch cải cách hành chính nhà nước năm 2024", targets=national_targets)
    found = summary(f for f in check(rows_of(national, cat.load(ALL[1]))) if f["finding"] != "duplicate")
    assert found == [
        ("above_ceiling", "Đồng Nai", "province", "≤ 7 days", "≤ 5 days"),
        ("below_floor", "Đồng Nai", "province", "≥ 97%", "≥ 98%"),
    ]


def test_floor_of_another_province_is_not_applied():
    def commune_95(targets):
        t = copy.deepcopy(targets[4])  # "cấp xã ít nhất 88%" -> 95%
        t["threshold"].update(value=95, text="ít nhất 95%")
        return [t]

    binh_phuoc = variant("dong-nai-2024", {"name": "Bình Phước", "level": "province"},
                         title="Kế hoạch cải cách hành chính tỉnh Bình Phước năm 2024", targets=commune_95)
    long_thanh = cat.load(ALL[2])
    found = check(rows_of(binh_phuoc, cat.load(ALL[1]), long_thanh))
    # Long Thành names Đồng Nai in its title: only Đồng Nai's 88% is its floor
    assert {f["reference_jurisdiction"] for f in found if f["finding"] == "below_floor"} == {"Đồng Nai"}
    # a plan that names neither province gets no floor at all: the parent is never guessed
    anonymous = variant("long-thanh-2024", {"name": "Long Thành", "level": "district"},
                        title="Kế hoạch cải cách hành chính năm 2024",
                        targets=lambda ts: ts)
    anonymous["documents"][0]["decision"]["issuer"] = "UBND huyện Long Thành"
    found = check(rows_of(binh_phuoc, cat.load(ALL[1]), anonymous))
    assert [f for f in found if f["finding"] == "below_floor"] == []


def test_a_rank_beside_a_percentage_is_not_a_contradiction():
    """"Chỉ số CCHC đạt 44,1%, xếp thứ 33": one indicator id, two units; only values in
    the same unit, level and scope can contradict each other."""
    def rank_and_share(targets):
        share = copy.deepcopy(targets[0])  # result, province, "= 96,2%"
        share["indicator"] = {"text": "Chỉ số cải cách hành chính", "id": "par_index_score"}
        share["threshold"].update(operator="=", value=44.1, unit="percent", text="đạt 44,1%")
        rank = copy.deepcopy(share)
        rank["threshold"].update(value=33, unit="rank", text="xếp thứ 33")
        other = copy.deepcopy(share)
        other["threshold"].update(value=45.3, text="đạt 45,3%")
        return [share, rank, other]

    c = variant("dong-nai-2024", {"name": "Đồng Nai", "level": "province"}, targets=rank_and_share)
    found = summary(check(rows_of(c)))
    # 44,1% against 45,3% contradicts; the rank 33 is no part of it
    assert found == [("contradictory", "Đồng Nai", "province", "= 44,1%", "= 44,1%; = 45,3%")]


def test_same_document_twice_is_not_a_duplicate():
    c = cat.load(ALL[1])
    assert check(rows_of(c, c)) == []


def test_check_from_database(db_url, tmp_path):
    assert CliRunner().invoke(main, ["db", "ingest", "--db", db_url, str(FIXTURES)]).exit_code == 0
    res = CliRunner().invoke(main, ["check", "--db", db_url])
    assert res.exit_code == 1
    lines = [l.split() for l in res.stdout.splitlines()[2:]]
    assert [l[0] for l in lines] == ["below_floor", "below_floor", "contradictory", "duplicate"]
    assert CliRunner().invoke(main, ["check", "--db", db_url, "--year", "2023"]).exit_code == 0
    out = tmp_path / "check.csv"
    res = CliRunner().invoke(main, ["check", "--db", db_url, "--format", "csv", "-o", str(out)])
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=object)
    assert list(frame["finding"]) == ["below_floor", "below_floor", "contradictory", "duplicate"]
    assert set(frame["evidence"]) >= {"của UBND các xã, thị trấn đạt tối thiểu 85%"}
    assert list(frame["year"].unique()) == ["2024"]

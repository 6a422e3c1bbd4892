"""The review web app through Starlette's TestClient, on SQLite and PostgreSQL: pages,
corrections, CSRF refusal, login off 127.0.0.1, roles, conflicts, escaping."""
from __future__ import annotations

import copy
import hashlib
import re

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from starlette.testclient import TestClient

from conftest_db import FIXTURES, db_url, new_db, pg_server  # noqa: F401
from review_helpers import MISSED, corpus_missing_a_row, document_id, row_id, text_of
from extractor import catalogue as cat
from extractor.cli import main
from extractor.db import corrections as corr
from extractor.db import schema
from extractor.db.engine import open_engine, reading
from extractor.web.app import create_app


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


@pytest.fixture
def site(db_url, tmp_path):
    folder = corpus_missing_a_row(tmp_path)
    assert CliRunner().invoke(main, ["db", "ingest", "--db", db_url, str(folder)]).exit_code == 0
    engine = open_engine(db_url)
    app = create_app(engine, reviewer="Phạm Thu Trang")
    with TestClient(app) as client:
        yield client, engine, db_url
    engine.dispose()


def _value(engine, rid):
    with reading(engine) as conn:
        return corr.current(conn, rid)


def test_documents_list_filters_search_and_counts(site):
    client, engine, _ = site
    page = client.get("/documents").text
    assert "Văn bản <small>(3)</small>" in page
    assert "0 / 7 dòng đã duyệt" in page and "0 / 11 dòng đã duyệt" in page
    one = client.get("/documents", params={"jurisdiction": "Long Thành"}).text
    assert "88/KH-UBND" in one and "215/QĐ-UBND" not in one
    assert "215/QĐ-UBND" in client.get("/documents", params={"q": "215"}).text
    found = client.get("/documents", params={"q": "kế hoạch năm 2024 đồng nai"}).text
    assert "215/QĐ-UBND" in found and "194/QĐ-UBND" not in found
    assert "(0)" in client.get("/documents", params={"status": "done"}).text
    assert "194/QĐ-UBND" in client.get("/documents", params={"year": "2023", "kind": "Quyết định"}).text
    # a row reviewed lowers the count to review
    rid = row_id(engine, "cấp xã ít nhất 88%")
    with engine.begin() as conn:
        corr.review(conn, rid, "accept", reviewer="Phạm Thu Trang")
    assert "1 / 11 dòng đã duyệt" in client.get("/documents").text


def test_documents_list_pages(db_url, tmp_path):
    base = cat.load(FIXTURES / "dong-nai-2023.json")
    docs = []
    for i in range(120):
        d = copy.deepcopy(base["documents"][0])
        d["source"]["path"] = f"xa-{i:03}/qd-2023.txt"
        d["source"]["sha256"] = hashlib.sha256(f"xã số {i}".encode()).hexdigest()
        d["jurisdiction"] = {"name": f"Xã số {i:03}", "level": "commune"}
        docs.append(d)
    cat.write(cat.new_catalogue(docs), tmp_path / "many.json")
    assert CliRunner().invoke(main, ["db", "ingest", "--db", db_url, str(tmp_path / "many.json")]).exit_code == 0
    engine = open_engine(db_url)
    try:
        with TestClient(create_app(engine)) as client:
            first = client.get("/documents").text
            assert "Trang 1 / 3" in first and first.count('href="/documents/') == 50
            assert "<td>Xã số 000</td>" in first and "<td>Xã số 050</td>" not in first
            third = client.get("/documents", params={"page": 3}).text
            assert third.count('href="/documents/') == 20 and "<td>Xã số 119</td>" in third and "<td>Xã số 000</td>" not in third
    finally:
        engine.dispose()


def test_review_page_shows_text_highlights_and_vietnamese_values(site):
    client, engine, _ = site
    doc = document_id(engine)
    page = client.get(f"/documents/{doc}").text
    assert "0 / 11 dòng đã duyệt" in page
    assert "≤ 7 ngày" in page and "= 96,2%" in page and "≥ Tốt" in page
    assert page.count('<mark class="hl') >= 10
    assert 'data-o="0"' in page and "Về việc ban hành Kế hoạch cải cách hành chính năm 2024" in page
    en = client.get(f"/documents/{doc}?lang=en").text
    assert "0 of 11 rows reviewed" in en and "≤ 7 days" in en
    assert "0 of 11 rows reviewed" in client.get(f"/documents/{doc}").text  # the choice is kept
    assert client.get("/documents/99999").status_code == 404


def test_changes_without_csrf_token_are_refused(site):
    client, engine, _ = site
    rid = row_id(engine, "cấp xã ít nhất 88%")
    client.get("/documents")
    for data in ({"action": "reject"}, {"action": "reject", "csrf": "forged"}):
        res = client.post(f"/rows/{rid}", data=data, follow_redirects=False)
        assert res.status_code == 403 and "CSRF" in res.text
    res = client.post(f"/documents/{document_id(engine)}/reviewed", data={}, follow_redirects=False)
    assert res.status_code == 403
    assert _value(engine, rid)["status"] == "extracted"


def test_edit_reject_add_and_mark_reviewed(site):
    client, engine, db_url = site
    doc = document_id(engine)
    token = csrf_of(client.get(f"/documents/{doc}").text)
    commune = row_id(engine, "cấp xã ít nhất 88%")
    res = client.post(f"/rows/{commune}", data={
        "csrf": token, "action": "edit", "version": "0", "indicator_text": "hồ sơ thủ tục hành chính được giải quyết đúng hạn",
        "indicator_id": "on_time_resolution_rate", "level": "district", "operator": ">=", "value": "88,5",
        "unit": "percent", "year": "2024", "kind": "target", "scope": ""}, follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"] == f"/documents/{doc}#row-{commune}"
    now = _value(engine, commune)
    assert (now["value_num"], now["level"], now["status"], now["reviewer"]) == (88.5, "district", "edited", "Phạm Thu Trang")
    par = row_id(engine, "Chỉ số PAR INDEX")
    assert client.post(f"/rows/{par}", data={"csrf": token, "action": "reject", "version": "0"}).status_code == 200
    start = text_of().index(MISSED)
    res = client.post(f"/documents/{doc}/rows", data={
        "csrf": token, "start": str(start), "end": str(start + len(MISSED)), "indicator_text": "Tỷ lệ giao dịch thanh toán trực tuyến",
        "indicator_id": "", "level": "", "operator": ">=", "value": "30", "unit": "percent", "year": "2024",
        "kind": "target", "scope": ""}, follow_redirects=False)
    assert res.status_code == 303
    page = client.get(f"/documents/{doc}").text
    assert "3 / 12 dòng đã duyệt" in page and "≥ 88,5%" in page and "đã loại" in page and "đã thêm" in page
    assert client.post(f"/documents/{doc}/reviewed", data={"csrf": token}).status_code == 200
    assert "Đã duyệt xong bởi Phạm Thu Trang" in client.get(f"/documents/{doc}").text
    assert "(1)" in client.get("/documents", params={"status": "done"}).text
    # downstream
    rows = CliRunner().invoke(main, ["db", "query", "--db", db_url, "--jurisdiction", "Đồng Nai", "--year", "2024"]).stdout
    assert "≥ 88,5%" in rows and "PAR INDEX" not in rows and "giao dịch thanh toán" in rows
    # targets page: facets by status, each row linked to its evidence
    edited = client.get("/targets", params={"status": "edited"}).text
    assert "≥ 88,5%" in edited and f'href="/documents/{doc}#row-{commune}"' in edited and "Chỉ tiêu <small>(1)</small>" in edited
    assert "Chỉ số PAR INDEX" in client.get("/targets", params={"status": "rejected"}).text
    # year-over-year: the corrected value
    cmp = client.get("/compare", params={"jurisdiction": "Đồng Nai", "old": "2023", "new": "2024"}).text
    line = next(l for l in cmp.split("<tr") if "on_time_resolution_rate" in l and "cấp huyện" in l)
    assert "90; 88,5" in line and "không rõ" in line  # two district values now: the comparison says so


def test_bad_values_and_offsets_are_refused_with_a_message(site):
    client, engine, _ = site
    doc = document_id(engine)
    token = csrf_of(client.get(f"/documents/{doc}").text)
    rid = row_id(engine, "cấp xã ít nhất 88%")
    res = client.post(f"/rows/{rid}", data={"csrf": token, "action": "edit", "version": "0", "year": "năm sau"})
    assert res.status_code == 400 and "year" in res.text
    res = client.post(f"/documents/{doc}/rows", data={"csrf": token, "start": "5000", "end": "5010", "indicator_text": "x",
                                                      "value": "1", "unit": "count"})
    assert res.status_code == 400 and "outside the text" in res.text
    assert _value(engine, rid)["status"] == "extracted"


def test_two_reviewers_on_one_row_the_second_gets_a_conflict(site):
    client, engine, db_url = site
    app = client.app
    doc = document_id(engine)
    rid = row_id(engine, "cấp huyện tối thiểu 90%")
    with TestClient(app) as other:
        mine, theirs = csrf_of(client.get(f"/documents/{doc}").text), csrf_of(other.get(f"/documents/{doc}").text)
        ok = client.post(f"/rows/{rid}", data={"csrf": mine, "action": "edit", "version": "0", "value": "91"})
        assert ok.status_code == 200
        late = other.post(f"/rows/{rid}", data={"csrf": theirs, "action": "edit", "version": "0", "value": "95"})
        assert late.status_code == 409 and "Xung đột" in late.text and "Không có gì bị ghi đè" in late.text
    assert _value(engine, rid)["value_num"] == 91.0


def test_text_is_escaped(db_url, tmp_path):
    data = cat.load(FIXTURES / "long-thanh-2024.json")
    data["documents"][0]["title"] = "Kế hoạch <script>alert('xss')</script>"
    cat.write(data, tmp_path / "evil.json")
    assert CliRunner().invoke(main, ["db", "ingest", "--db", db_url, str(tmp_path / "evil.json")]).exit_code == 0
    engine = open_engine(db_url)
    try:
        rid = row_id(engine, "Tỷ lệ dịch vụ công trực tuyến toàn trình", document="docs/long-thanh-2024.txt")
        with engine.begin() as conn:
            corr.review(conn, rid, "edit", corr.parse_changes({"scope": '<img src=x onerror="alert(1)">'}), "An")
        with TestClient(create_app(engine)) as client:
            for url in ("/documents", f"/documents/{document_id(engine, 'docs/long-thanh-2024.txt')}", "/targets"):
                page = client.get(url).text
                assert "<script>alert" not in page and "<img src=x" not in page
            assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in client.get("/documents").text
    finally:
        engine.dispose()


def test_login_needed_off_localhost_and_viewers_change_nothing(site):
    _, engine, db_url = site
    runner = CliRunner()
    for name, role in (("hoa", "reviewer"), ("binh", "viewer")):
        res = runner.invoke(main, ["users", "add", name, "--role", role, "--db", db_url], env={"CHITIEU_PASSWORD": f"mật-khẩu-{name}"})
        assert res.exit_code == 0, res.output
    assert "hoa\treviewer" in runner.invoke(main, ["users", "list", "--db", db_url]).stdout
    app = create_app(engine, login_required=True)
    rid = row_id(engine, "cấp xã ít nhất 88%")
    with TestClient(app) as client:
        res = client.get("/documents", follow_redirects=False)
        assert res.status_code == 303 and res.headers["location"].startswith("/login")
        token = csrf_of(client.get("/login").text)
        # a change without a login is refused even with a valid token
        assert client.post(f"/rows/{rid}", data={"csrf": token, "action": "reject"}).status_code == 403
        bad = client.post("/login", data={"csrf": token, "user": "hoa", "password": "sai-mật-khẩu"})
        assert bad.status_code == 401 and "Sai tên đăng nhập hoặc mật khẩu" in bad.text
        assert client.post("/login", data={"user": "hoa", "password": "mật-khẩu-hoa"}).status_code == 403  # no CSRF
        ok = client.post("/login", data={"csrf": token, "user": "hoa", "password": "mật-khẩu-hoa", "next": "/documents"},
                         follow_redirects=False)
        assert ok.status_code == 303 and "chitieu_session" in ok.headers["set-cookie"]
        token = csrf_of(client.get("/documents").text)  # a new token after login
        assert client.post(f"/rows/{rid}", data={"csrf": token, "action": "accept", "version": "0"}).status_code == 200
    assert _value(engine, rid)["reviewer"] == "hoa"
    with TestClient(app) as viewer:
        token = csrf_of(viewer.get("/login").text)
        viewer.post("/login", data={"csrf": token, "user": "binh", "password": "mật-khẩu-binh"})
        page = viewer.get(f"/documents/{document_id(engine)}").text
        assert "Chấp nhận" not in page and "Bạn chỉ có quyền xem" in page
        token = csrf_of(page)
        assert viewer.post(f"/rows/{rid}", data={"csrf": token, "action": "reject", "version": "1"}).status_code == 403
    assert _value(engine, rid)["status"] == "accepted"


def test_serve_refuses_other_hosts_without_accounts(db_url, tmp_path, monkeypatch):
    import uvicorn

    assert CliRunner().invoke(main, ["db", "ingest", "--db", db_url, str(FIXTURES)]).exit_code == 0
    started = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: started.append(kw))
    res = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--db", db_url])
    assert res.exit_code == 1 and started == []
    assert res.output.count("\n") == 1 and "needs accounts" in res.output and "chitieu users add" in res.output
    res = CliRunner().invoke(main, ["serve", "--db", db_url, "--port", "8123"])
    assert res.exit_code == 0 and started == [{"host": "127.0.0.1", "port": 8123, "log_level": "warning"}]
    CliRunner().invoke(main, ["users", "add", "hoa", "--role", "reviewer", "--db", db_url], env={"CHITIEU_PASSWORD": "mật-khẩu-hoa"})
    res = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--db", db_url])
    assert res.exit_code == 0 and started[-1]["host"] == "0.0.0.0" and "login required" in res.stderr


def test_review_page_lists_corrections_that_no_longer_match(site, tmp_path):
    client, engine, db_url = site
    rid = row_id(engine, "Sự hài lòng")
    with engine.begin() as conn:
        corr.review(conn, rid, "edit", corr.parse_changes({"value": "85"}), "Phạm Thu Trang")
    path = tmp_path / "catalogues" / "dong-nai-2024.json"
    data = cat.load(path)
    data["documents"][0]["targets"] = [t for t in data["documents"][0]["targets"]
                                       if not t["indicator"]["text"].startswith("Sự hài lòng")]
    cat.write(data, path)
    assert CliRunner().invoke(main, ["db", "ingest", "--force", "--db", db_url, str(path)]).exit_code == 0
    page = client.get(f"/documents/{document_id(engine)}").text
    block = page.split('id="unmatched"', 1)[1].split("</div>", 1)[0]
    assert "Sửa đổi không còn khớp" in page and "value: 80.0 → 85.0" in block
    assert "Sự hài lòng của tổ chức, cá nhân trong giải quyết thủ tục hành chính không thấp hơn 80%" in block


def test_a_reviewer_links_two_wordings_as_the_same_indicator(site):
    client, engine, db_url = site
    # two wordings of one indicator that no official id covers
    old = row_id(engine, "Tỷ lệ công chức được bồi dưỡng kỹ năng giao tiếp", document="docs/dong-nai-2023.txt")
    new = row_id(engine, "Tỷ lệ công chức được bồi dưỡng kỹ năng ứng xử")
    with reading(engine) as conn:
        new_doc = conn.execute(sa.select(schema.targets.c.document_id).where(schema.targets.c.id == new)).scalar()
    page = client.get(f"/documents/{new_doc}").text
    assert f'action="/rows/{new}/same-as"' in page and "Cùng chỉ tiêu với dòng mã" in page
    token = csrf_of(page)
    assert client.post(f"/rows/{new}/same-as", data={"same_as": str(old)}).status_code == 403  # no CSRF token
    res = client.post(f"/rows/{new}/same-as", data={"csrf": token, "same_as": str(old)}, follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"] == f"/documents/{new_doc}#row-{new}"
    with reading(engine) as conn:
        stored = conn.execute(sa.select(schema.indicator_aliases)).mappings().all()
    assert len(stored) == 1 and "giao tiếp với người dân" in stored[0]["same_as_text"]
    bad = client.post(f"/rows/{new}/same-as", data={"csrf": token, "same_as": "999999"})
    assert bad.status_code == 400 and "999999" in bad.text

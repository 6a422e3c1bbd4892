"""Speed of the review web app on SQLite: the review page of a 400-row document, and
the document list over 10,000 documents. Prints figures (goals: < 0.5 s and < 0.3 s);
no timed asserts.

    .venv/bin/python benchmarks/web.py [--docs 10000] [--rows 400] [--repeat 5]

Documents are variants of tests/fixtures/db/catalogues/dong-nai-2024.json (10 to 12 rows
each) written straight into a fresh database in a temporary folder; the 400-row
document has a generated text of 400 target sentences. Each page is fetched through
the whole ASGI app (Starlette's TestClient: routing, session, template, database);
the best and median of --repeat runs are printed.
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

LEVELS = [None, "province", "district", "commune"]


def big_document(rows: int) -> tuple[dict, str]:
    lines, targets, text = [], [], ""
    text = "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 999/QĐ-UBND\n\nKẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025\n\n"
    for i in range(rows):
        value = 50 + i % 50
        sentence = f"{i + 1}. Tỷ lệ hồ sơ thủ tục hành chính nhóm {i + 1} được giải quyết đúng hạn đạt tối thiểu {value}%."
        start = len(text) + sentence.index("Tỷ lệ")
        text += sentence + "\n"
        evidence = sentence[sentence.index("Tỷ lệ"):-1]
        targets.append({
            "indicator": {"text": f"Tỷ lệ hồ sơ thủ tục hành chính nhóm {i + 1} được giải quyết đúng hạn", "id": "on_time_resolution_rate"},
            "level": LEVELS[i % 4], "threshold": {"operator": ">=", "value": value, "unit": "percent", "noun": None,
                                                 "text": f"tối thiểu {value}%"},
            "year": 2025, "kind": "target", "scope": None,
            "evidence": {"text": evidence, "page": None, "start": start, "end": start + len(evidence)}, "confidence": 0.9,
        })
    doc = {
        "source": {"path": "bench/ke-hoach-400.txt", "sha256": hashlib.sha256(text.encode()).hexdigest(), "format": "text",
                   "pages": None, "ocr": False},
        "title": "Kế hoạch chuyển đổi số năm 2025", "decision": {"number": "999/QĐ-UBND", "type": "Quyết định",
                                                                "date": "2025-01-10", "issuer": "UBND tỉnh Đồng Nai", "signer": None},
        "references": [], "jurisdiction": {"name": "Đồng Nai", "level": "province"}, "year": 2025, "targets": targets, "warnings": [],
    }
    return doc, text


def build(db: str, n_docs: int, rows: int) -> int:
    import sqlalchemy as sa

    from extractor import catalogue as cat
    from extractor.db import schema
    from extractor.db.engine import open_engine
    from extractor.db.ingest import document_row, ingest_document, target_rows
    from extractor.db.migrations import migrate

    engine = open_engine(db)
    migrate(engine)
    base = cat.load(REPO / "tests/fixtures/db/catalogues/dong-nai-2024.json")["documents"][0]
    provinces = ["Đồng Nai", "Long An", "Bình Dương", "Tây Ninh", "Bà Rịa - Vũng Tàu", "Cần Thơ", "Hà Nội", "Huế"]
    with engine.begin() as conn:
        for start in range(0, n_docs, 500):
            docs = []
            for i in range(start, min(n_docs, start + 500)):
                d = copy.deepcopy(base)
                d["source"]["path"] = f"bench/{i:05}/qd.txt"
                d["source"]["sha256"] = hashlib.sha256(f"bench {i}".encode()).hexdigest()
                d["jurisdiction"] = {"name": f"Xã {i % 1000:03} {provinces[i % 8]}", "level": "commune"}
                d["year"] = 2020 + i % 6
                d["decision"] = dict(d["decision"], number=f"{i}/QĐ-UBND")
                docs.append(d)
            ids = conn.execute(schema.documents.insert().returning(schema.documents.c.id, sort_by_parameter_order=True),
                               [document_row(d) for d in docs]).scalars().all()
            conn.execute(schema.targets.insert(), [r for d, i in zip(docs, ids) for r in target_rows(d, i)])
    doc, text = big_document(rows)
    ingest_document(engine, doc, text=(text, None))
    with engine.connect() as conn:
        big = conn.execute(sa.select(schema.documents.c.id).where(schema.documents.c.path == "bench/ke-hoach-400.txt")).scalar()
    engine.dispose()
    return big


def timed(client, url, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        res = client.get(url)
        times.append(time.perf_counter() - t0)
        assert res.status_code == 200, res.status_code
    return min(times), statistics.median(times), len(res.content)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--rows", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    from starlette.testclient import TestClient

    from extractor.db.engine import open_engine
    from extractor.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        big = build(db, a.docs, a.rows)
        print(f"built {a.docs + 1} documents in {time.perf_counter() - t0:.1f} s ({Path(db).stat().st_size / 1e6:.0f} MB)")
        engine = open_engine(db)
        with TestClient(create_app(engine, reviewer="bench")) as client:
            client.get("/documents")  # warm-up: templates compiled, connection pool open
            for label, url, goal in (
                (f"review page, {a.rows} rows", f"/documents/{big}", 0.5),
                (f"document list, {a.docs + 1} documents", "/documents", 0.3),
                ("document list, filtered by year and search", "/documents?year=2024&q=qd-ubnd", 0.3),
                ("document list, page 150", "/documents?page=150", 0.3),
                ("targets page with facets", "/targets", None),
            ):
                best, median, size = timed(client, url, a.repeat)
                bar = f" (goal < {goal} s: {'met' if median < goal else 'NOT met'})" if goal else ""
                print(f"{label:45} best {best * 1000:6.0f} ms, median {median * 1000:6.0f} ms, {size / 1024:5.0f} KB{bar}")
        engine.dispose()


if __name__ == "__main__":
    main()

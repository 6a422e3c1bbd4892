"""Batches that never stop on bad input: every broken, huge, foreign or hostile file becomes
one line in "errors" (and on stderr) while the rest of the folder is extracted; a worker
stuck on a document is killed; --resume skips what the catalogue already holds."""
from __future__ import annotations

import json
import os
import random
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import batch
from extractor import catalogue as cat
from extractor.batch import WARM_UP_NAME
from extractor.cli import main

HERE = Path(__file__).resolve().parent
DECISION = HERE / "data" / "qd-412-cchc-binh-phuoc-2024.txt"
CORPUS = HERE.parent / "corpus" / "text"

CAN_THO = """ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
Số: 1342/QĐ-UBND
Cần Thơ, ngày 18 tháng 8 năm 2025

QUYẾT ĐỊNH
Giao chỉ tiêu giải quyết thủ tục hành chính năm 2025

Điều 1. Giao chỉ tiêu năm 2025, cụ thể:
1. Đối với các sở, ban, ngành thành phố:
+ Tỷ lệ hồ sơ trực tuyến toàn trình: ≥ 50%;
+ Tỷ lệ hồ sơ giải quyết đúng hạn: ≥ 98%.
2. Đối với Ủy ban nhân dân các xã, phường:
+ Tỷ lệ thanh toán trực tuyến: ≥ 40%.
"""

ENGLISH = ("Annual report of the Ministry of Home Affairs. The ministry shall ensure that at least "
           "70% of administrative procedures are available online by 2025, and that no more than "
           "5% of applications are handled late. Provinces report every quarter.\n")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def lines(text):
    return [l for l in text.splitlines() if l.strip()]


@pytest.fixture
def folder(tmp_path):
    """A folder with two good decisions."""
    d = tmp_path / "van-ban"
    d.mkdir()
    shutil.copy(DECISION, d / "qd-412.txt")
    (d / "qd-1342-can-tho.txt").write_text(CAN_THO, encoding="utf-8")
    return d


def extract(folder, *extra, out=None):
    out = out or folder.parent / "catalogue.json"
    res = run("extract", folder, "-o", out, "-j1", *extra)
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
    return res, data


def names(items, key):
    return [Path(key(x)).name for x in items]


def doc_names(data):
    return names(data["documents"], lambda d: d["source"]["path"])


def error_of(data, name):
    found = [e["error"] for e in data["errors"] if Path(e["path"]).name == name]
    assert len(found) == 1, data["errors"]
    return found[0]


def assert_survives(res, data, bad_name):
    """The bad file is one error line naming it; both good decisions are in the catalogue."""
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.stderr
    assert cat.problems(data) == []
    assert doc_names(data) == ["qd-1342-can-tho.txt", "qd-412.txt"]
    reason = error_of(data, bad_name)
    assert "\n" not in reason
    errs = [l for l in lines(res.stderr) if l.startswith("chitieu: ") and bad_name in l]
    assert errs == [f"chitieu: {next(e['path'] for e in data['errors'] if bad_name in e['path'])}: {reason}"]
    return reason


# --------------------------------------------------------------------------- bad input

def test_empty_file(folder):
    (folder / "trong.txt").write_bytes(b"")
    assert assert_survives(*extract(folder), "trong.txt") == "empty file"


def test_binary_garbage(folder):
    (folder / "rac.txt").write_bytes(random.Random(7).randbytes(50_000))
    assert "binary" in assert_survives(*extract(folder), "rac.txt")


def test_png_named_txt_is_not_read_as_text(folder):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(3).randbytes(8000)
    (folder / "quyet-dinh.txt").write_bytes(png)
    # the content decides: a PNG header makes it an image (read by OCR), here a broken one
    assert assert_survives(*extract(folder), "quyet-dinh.txt").startswith("PNG image cannot be read")


def test_text_named_pdf_or_docx_is_read_as_text(folder):
    """The format comes from the content, not the extension: a decision saved as .pdf / .docx
    by a portal that only renamed it is still a decision."""
    (folder / "x-ban-sao.pdf").write_text(CAN_THO.replace("1342", "1343"), encoding="utf-8")
    (folder / "y-ban-sao.docx").write_text(CAN_THO.replace("1342", "1344"), encoding="utf-8")
    res, data = extract(folder)
    assert res.exit_code == 0, res.stderr
    docs = {Path(d["source"]["path"]).name: d for d in data["documents"]}
    assert docs["x-ban-sao.pdf"]["source"]["format"] == "text"
    assert docs["y-ban-sao.docx"]["source"]["format"] == "text"
    assert docs["x-ban-sao.pdf"]["decision"]["number"] == "1343/QĐ-UBND"
    assert len(docs["x-ban-sao.pdf"]["targets"]) == len(docs["qd-1342-can-tho.txt"]["targets"]) > 0


def test_text_in_another_language_is_an_error_line(folder):
    (folder / "report-en.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "thong-bao-zh.txt").write_text("国务院办公厅关于进一步优化政务服务的通知。" * 8, encoding="utf-8")
    res, data = extract(folder)
    assert res.exit_code == 1
    errors = {Path(e["path"]).name: e["error"] for e in data["errors"]}
    for name in ("report-en.txt", "thong-bao-zh.txt"):
        assert errors[name].startswith("not Vietnamese text"), errors
        assert f"{name}: not Vietnamese text" in res.stderr
    docs = {Path(d["source"]["path"]).name for d in data["documents"]}
    assert "qd-412.txt" in docs and "report-en.txt" not in docs


def test_short_english_text_is_an_error_line_and_unmarked_vietnamese_is_not(folder):
    """Under 50 letters there are too few for the share of marks; the words decide."""
    (folder / "note-en.txt").write_text("The province shall reach 95% of online applications by 2025.\n",
                                        encoding="utf-8")
    (folder / "ghi-chu-khong-dau.txt").write_text("Ty le ho so giai quyet dung han dat 95%.\n", encoding="utf-8")
    res, data = extract(folder)
    assert res.exit_code == 1
    errors = {Path(e["path"]).name: e["error"] for e in data["errors"]}
    assert errors["note-en.txt"].startswith("not Vietnamese text (no Vietnamese marks"), errors
    assert "note-en.txt: not Vietnamese text" in res.stderr
    docs = {Path(d["source"]["path"]).name for d in data["documents"]}
    assert "ghi-chu-khong-dau.txt" in docs and "qd-1342-can-tho.txt" in docs


def test_folder_walk_says_what_it_skipped_and_why(folder):
    """A portal download: decisions beside a legacy .doc, a spreadsheet, a GIF and the
    notes of whoever collected them."""
    (folder / "qd-98-ban-goc.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    (folder / "phu-luc-chi-tieu.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    (folder / "trang-1.gif").write_bytes(b"GIF89a" + b"\0" * 64)
    (folder / "SOURCES.md").write_text("# Nguồn\n- Cổng thông tin điện tử tỉnh Cần Thơ\n", encoding="utf-8")
    res, data = extract(folder)
    assert res.exit_code == 0, res.stderr
    assert sorted(doc_names(data)) == ["qd-1342-can-tho.txt", "qd-412.txt"] and data["errors"] == []
    skipped = {Path(l.split(": ")[1]).name: l.split(": skipped: ")[1] for l in res.stderr.splitlines()
               if ": skipped: " in l}
    assert skipped == {
        "qd-98-ban-goc.doc": "legacy Word .doc is not read: save it as .docx or PDF",
        "phu-luc-chi-tieu.xls": "a spreadsheet is not read: save it as PDF",
        "trang-1.gif": "this image type is not read: save it as PNG, JPEG, TIFF or PDF",
        "SOURCES.md": "Markdown notes (README, SOURCES) are not taken as documents in a folder; "
                      "name the file to read it",
    }


def test_folder_of_only_doc_files_is_an_error_not_an_empty_catalogue(tmp_path):
    d = tmp_path / "tai-ve"
    d.mkdir()
    for n in ("qd-12-ubnd.doc", "kh-40-cchc.doc"):
        (d / n).write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    out = tmp_path / "catalogue.json"
    res = run("extract", d, "-o", out, "-j1")
    assert res.exit_code == 1 and not out.exists()
    assert res.stderr.splitlines()[-1] == f"chitieu: {d}: no document chitieu reads (2 file(s) skipped)"


def test_text_file_over_the_size_limit(folder):
    """A 50 MB text file is refused from its size alone: it is never read into memory."""
    line = "Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 95%, 1.000 hồ sơ; "
    big = folder / "nhat-ky-50mb.txt"
    with open(big, "w", encoding="utf-8") as fh:
        block = line * 2000
        while fh.tell() < 50 * 2**20:
            fh.write(block)
    reason = assert_survives(*extract(folder), "nhat-ky-50mb.txt")
    assert reason == "text file is 50 MB, over the 20 MB limit for one document"


def raw_pdf(pages=1, text="Ty le ho so dat 95%", encrypt=False):
    """A minimal well-formed PDF whose PAGES pages share one content stream."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (4 + i) for i in range(pages)), pages)]
    stream = b"BT /F1 12 Tf 72 720 Td (%s) Tj ET" % text.encode("latin-1")
    objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
             b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + pages)] * pages
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    if encrypt:  # standard security handler whose user password is not empty
        objs.append(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -44 >>" % (b"11" * 32, b"22" * 32))
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = b"/Size %d /Root 1 0 R" % (len(objs) + 1)
    if encrypt:
        trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (len(objs), b"ab" * 16, b"ab" * 16)
    return bytes(out + b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref))


def test_pdf_bomb_is_refused_before_reading(folder):
    (folder / "phu-luc-100000-trang.pdf").write_bytes(raw_pdf(pages=100_000))
    reason = assert_survives(*extract(folder), "phu-luc-100000-trang.pdf")
    assert reason == "PDF has 100000 pages, over the 2000 page limit (not a decision, or a PDF bomb)"


def test_pdf_declaring_millions_of_objects_is_refused(tmp_path):
    pdf = re.sub(rb"/Size \d+", b"/Size 5000000", raw_pdf(pages=2))
    (tmp_path / "bom.pdf").write_bytes(pdf)
    with pytest.raises(batch.ReadError, match="5000000 objects"):
        batch.check_limits(tmp_path / "bom.pdf")
    (tmp_path / "ok.pdf").write_bytes(raw_pdf(pages=40))
    batch.check_limits(tmp_path / "ok.pdf")  # an ordinary PDF passes


@pytest.mark.parametrize("name, data", [
    ("cat-cut.pdf", raw_pdf(pages=3)[:300]),
    ("mat-khau.pdf", raw_pdf(pages=1, encrypt=True)),
])
def test_truncated_and_encrypted_pdfs(folder, name, data):
    (folder / name).write_bytes(data)
    assert_survives(*extract(folder), name)


def test_unreadable_folder(folder, monkeypatch):
    """chmod 000 cannot stop root (CI runs as root), so the walk is refused the folder the
    way the kernel would refuse a normal user."""
    locked = folder / "mat"
    locked.mkdir()
    shutil.copy(DECISION, locked / "qd-khong-doc-duoc.txt")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    res, data = extract(folder)
    assert res.exit_code == 1
    assert doc_names(data) == ["qd-1342-can-tho.txt", "qd-412.txt"]
    assert data["errors"] == [{"path": str(locked), "error": "Permission denied"}]
    assert lines(res.stderr) == [f"chitieu: {locked}: Permission denied"]


def test_symlink_loops(folder):
    (folder / "vong").symlink_to(folder, target_is_directory=True)  # a folder inside itself
    (folder / "tu-tro.txt").symlink_to(folder / "tu-tro.txt")  # a link to itself
    res, data = extract(folder)
    assert res.exit_code == 1
    assert doc_names(data) == ["qd-1342-can-tho.txt", "qd-412.txt"]
    assert error_of(data, "vong") == "folder reached again through a symlink (loop), skipped"
    assert error_of(data, "tu-tro.txt") == "Too many levels of symbolic links"
    assert "Traceback" not in res.stderr


def test_dangling_symlink_given_on_the_command_line(folder, tmp_path):
    dangling = tmp_path / "da-xoa.txt"
    dangling.symlink_to(tmp_path / "khong-con.txt")
    res = run("extract", folder, dangling, "-j1")
    assert res.exit_code == 1
    assert lines(res.stderr) == [f"chitieu: {dangling}: No such file or directory"]
    assert doc_names(json.loads(res.stdout)) == ["qd-1342-can-tho.txt", "qd-412.txt"]


def test_a_file_named_twice_is_one_document(folder):
    res = run("extract", folder, folder / "qd-412.txt", "-j1")
    assert res.exit_code == 0
    assert doc_names(json.loads(res.stdout)) == ["qd-1342-can-tho.txt", "qd-412.txt"]


# --------------------------------------------------------------------------- bugs, hangs, crashes

def failing_on(name, action):
    """extract_source that runs ACTION for the document whose path ends with NAME. Workers
    are forked from the test process, so the patch reaches them too."""
    from extractor import pipeline

    real = pipeline.extract_source

    def extract_source(source):
        if source.path.endswith(name):
            action()
        return real(source)

    return extract_source


def boom():
    raise RuntimeError("lỗi nội bộ giả lập")


def spin():
    while True:  # a runaway loop, as a catastrophic regex or a quadratic scan would be
        pass


def stuck():
    import signal
    import time

    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # deaf to a polite stop: must be killed
    while True:
        time.sleep(0.05)


def die():
    os._exit(3)  # as a crash in a C library would end the process


@pytest.mark.parametrize("workers", ["1", "2"])
def test_internal_error_is_one_line_without_debug_and_a_traceback_with(folder, monkeypatch, workers):
    from extractor import pipeline

    monkeypatch.setattr(pipeline, "extract_source", failing_on("qd-412.txt", boom))
    res = run("extract", folder, "-j", workers)
    assert res.exit_code == 1
    assert lines(res.stderr) == [f"chitieu: {folder / 'qd-412.txt'}: internal error: RuntimeError: lỗi nội bộ giả lập"]
    assert doc_names(json.loads(res.stdout)) == ["qd-1342-can-tho.txt"]

    res = run("extract", folder, "-j", workers, "--debug")
    assert res.exit_code == 1
    assert "Traceback (most recent call last)" in res.stderr
    assert "RuntimeError: lỗi nội bộ giả lập" in res.stderr


@pytest.mark.parametrize("workers, hang", [("1", spin), ("2", spin), ("2", stuck)],
                         ids=["in-process loop", "worker loop", "worker ignoring SIGTERM"])
def test_timeout_turns_a_hang_into_an_error(folder, monkeypatch, workers, hang):
    from extractor import pipeline

    for n in range(3):  # more documents than workers: the pool must go on after the kill
        (folder / f"qd-{n}.txt").write_text(CAN_THO.replace("1342", f"90{n}"), encoding="utf-8")
    monkeypatch.setattr(pipeline, "extract_source", failing_on("qd-412.txt", hang))
    res = run("extract", folder, "-j", workers, "--timeout", "1.5")
    assert res.exit_code == 1
    data = json.loads(res.stdout)
    assert doc_names(data) == ["qd-0.txt", "qd-1.txt", "qd-1342-can-tho.txt", "qd-2.txt"]
    assert data["errors"] == [{"path": str(folder / "qd-412.txt"), "error": "took longer than 1.5 s (--timeout), stopped"}]


def test_a_worker_that_dies_is_an_error_and_is_replaced(folder, monkeypatch):
    from extractor import pipeline

    for n in range(3):
        (folder / f"qd-{n}.txt").write_text(CAN_THO.replace("1342", f"90{n}"), encoding="utf-8")
    monkeypatch.setattr(pipeline, "extract_source", failing_on("qd-412.txt", die))
    res = run("extract", folder, "-j", "2")
    assert res.exit_code == 1
    data = json.loads(res.stdout)
    assert len(data["documents"]) == 4
    assert data["errors"] == [{"path": str(folder / "qd-412.txt"),
                               "error": "worker process died (exit code 3) reading this document"}]


# --------------------------------------------------------------------------- workers, order

def test_two_workers_give_the_same_catalogue_as_one(tmp_path):
    docs = sorted(CORPUS.glob("*.txt"))[:8]
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in docs:
        shutil.copy(p, folder / p.name)
    (folder / "hong.txt").write_bytes(b"")
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert run("extract", folder, "-o", one, "-j", "1").exit_code == 1
    assert run("extract", folder, "-o", two, "-j", "2").exit_code == 1
    assert one.read_bytes() == two.read_bytes()
    data = json.loads(one.read_text(encoding="utf-8"))
    assert doc_names(data) == [p.name for p in docs]
    assert sum(len(d["targets"]) for d in data["documents"]) > 20


def test_output_does_not_depend_on_the_order_of_paths(folder):
    files = sorted(str(p) for p in CORPUS.glob("*.txt"))[:4] + [str(p) for p in folder.iterdir()]
    a = batch.extract_paths(files)
    b = batch.extract_paths(list(reversed(files)))
    assert a == b
    assert [d["source"]["path"] for d in a["documents"]] == sorted(files)


# --------------------------------------------------------------------------- resume

def test_resume_skips_documents_already_in_the_catalogue(folder, monkeypatch):
    from extractor import pipeline

    res, first = extract(folder)
    assert res.exit_code == 0
    (folder / "qd-moi.txt").write_text(CAN_THO.replace("1342", "1500"), encoding="utf-8")
    (folder / "hong.txt").write_bytes(b"")

    # documents are extracted in worker processes: they tell what they extracted through a file
    log = folder.parent / "extracted.log"
    real = pipeline.extract_source

    def extract_source(source):
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(Path(source.path).name + "\n")
        return real(source)

    def seen():
        # the models' warm-up (batch.warm_up) runs one document of its own through the pipeline
        names = log.read_text(encoding="utf-8").split() if log.exists() else []
        return [n for n in names if n != WARM_UP_NAME]

    monkeypatch.setattr(pipeline, "extract_source", extract_source)
    res, second = extract(folder, "--resume")
    assert res.exit_code == 1
    assert seen() == ["qd-moi.txt"]  # hong.txt fails before extraction; the two known ones are skipped
    assert doc_names(second) == ["qd-1342-can-tho.txt", "qd-412.txt", "qd-moi.txt"]
    assert second["documents"][:2] == first["documents"]
    assert error_of(second, "hong.txt") == "empty file"

    # a fixed file is tried again; its old error goes
    (folder / "hong.txt").write_text(CAN_THO.replace("1342", "1600"), encoding="utf-8")
    log.unlink()
    res, third = extract(folder, "--resume")
    assert res.exit_code == 0, res.stderr
    assert seen() == ["hong.txt"]
    assert third["errors"] == []
    assert len(third["documents"]) == 4


def test_resume_refuses_an_output_that_is_not_a_catalogue(folder):
    out = folder.parent / "catalogue.json"
    out.write_text('{"documents": [', encoding="utf-8")
    res = run("extract", folder, "-o", out, "--resume")
    assert res.exit_code == 1
    assert "cannot resume from" in res.stderr and "not JSON" in res.stderr
    assert out.read_text(encoding="utf-8") == '{"documents": ['  # left as it was


def test_resume_needs_an_output_file(folder):
    res = run("extract", folder, "--resume")
    assert res.exit_code == 2
    assert "--resume needs -o FILE" in res.stderr


def test_interrupted_batch_keeps_what_was_done_and_resume_finishes(folder, monkeypatch):
    from extractor import pipeline

    def interrupt():
        raise KeyboardInterrupt

    out = folder.parent / "catalogue.json"
    monkeypatch.setattr(pipeline, "extract_source", failing_on("qd-412.txt", interrupt))
    res, partial = extract(folder, out=out)
    assert res.exit_code == 130
    assert "add --resume to finish" in res.stderr
    assert cat.problems(partial) == []
    assert doc_names(partial) == ["qd-1342-can-tho.txt"]  # done before the interrupt, saved

    monkeypatch.undo()
    res, full = extract(folder, "--resume", out=out)
    assert res.exit_code == 0
    assert doc_names(full) == ["qd-1342-can-tho.txt", "qd-412.txt"]
    assert full["documents"][0] == partial["documents"][0]


# --------------------------------------------------------------------------- progress

def test_progress_lines_when_not_a_terminal(folder, monkeypatch):
    monkeypatch.setattr(batch.Progress, "PROGRESS_EVERY", 0)
    (folder / "trong.txt").write_bytes(b"")
    res = run("extract", folder, "-j1")
    out = lines(res.stderr)
    assert out[0] == f"chitieu: 1/3 done, 0 errors, " + out[0].split(", ", 2)[2]
    assert out[0].endswith(f"; last {folder / 'qd-1342-can-tho.txt'}")
    assert out[2] == f"chitieu: {folder / 'trong.txt'}: empty file"
    assert out[3].startswith("chitieu: 3/3 done, 1 errors, ")
    assert out[4].startswith("chitieu: 2 documents, ") and " 1 errors in " in out[4]
    assert "\r" not in res.stderr  # no bar drawn into a log


def test_quiet_and_short_runs_print_errors_only(folder, monkeypatch):
    (folder / "trong.txt").write_bytes(b"")
    assert lines(run("extract", folder, "-j1").stderr) == [f"chitieu: {folder / 'trong.txt'}: empty file"]
    monkeypatch.setattr(batch.Progress, "PROGRESS_EVERY", 0)
    assert lines(run("extract", folder, "-j1", "-q").stderr) == [f"chitieu: {folder / 'trong.txt'}: empty file"]


class FakeTerminal:
    def __init__(self):
        self.parts = []

    def isatty(self):
        return True

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


def test_progress_bar_on_a_terminal(folder):
    term = FakeTerminal()
    progress = batch.Progress(stream=term)
    (folder / "trong.txt").write_bytes(b"")
    batch.extract_paths([folder], on_error=progress.error, on_start=progress.start, on_result=progress.result)
    progress.close()
    text = "".join(term.parts)
    assert "3/3" in text and "1 errors" in text and "qd-412.txt" in text  # counts and the current file
    assert f"chitieu: {folder / 'trong.txt'}: empty file\n" in text
    assert text.rstrip().splitlines()[-1].startswith("chitieu: 2 documents, ")


def test_resume_skips_documents_already_in_the_database(folder, tmp_path):
    db = tmp_path / "chitieu.db"
    stored = folder / "qd-412.txt"
    runner = CliRunner()
    res = runner.invoke(main, ["db", "ingest", "--db", str(db), str(stored)])
    assert res.exit_code == 0, res.output
    new = folder / "qd-413.txt"
    new.write_text(stored.read_text(encoding="utf-8").replace("412/QĐ-UBND", "413/QĐ-UBND"), encoding="utf-8")
    res = runner.invoke(main, ["extract", "--resume", "--db", str(db), "-q", str(stored), str(new)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert [Path(d["source"]["path"]).name for d in data["documents"]] == ["qd-413.txt"]
    assert data["documents"][0]["decision"]["number"] == "413/QĐ-UBND"

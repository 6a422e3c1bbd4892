"""chitieu review: the HTML page, checked in headless Chromium (DOM dump and screenshot)
and against hostile document text."""
from __future__ import annotations

import copy
import hashlib
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest_db import DOCS, FIXTURES
from extractor import catalogue as cat
from extractor.cli import main

ALL = [str(FIXTURES / f"{n}.json") for n in ("dong-nai-2023", "dong-nai-2024", "long-thanh-2024")]


def chromium(tmp_path, *args, timeout=120) -> subprocess.CompletedProcess:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        pytest.fail("chromium not found: install the Debian packages chromium and chromium-driver (make test does)")
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
           f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, timeout=timeout, check=True)


class Dom(HTMLParser):
    """Elements of a DOM dump: (tag, attrs) in order, and the visible text."""

    def __init__(self, markup: str):
        super().__init__()
        self.elements, self.text = [], []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def having(self, tag, cls=None):
        return [a for t, a in self.elements if t == tag and (cls is None or cls in (a.get("class") or "").split())]


def review(tmp_path, *paths) -> Path:
    out = tmp_path / "review.html"
    res = CliRunner().invoke(main, ["review", *map(str, paths), "-o", str(out)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return out


@pytest.mark.browser
def test_review_page_in_headless_chromium(tmp_path):
    page = review(tmp_path, *ALL)
    dom = Dom(chromium(tmp_path, "--dump-dom", page.as_uri()).stdout.decode("utf-8"))
    tags = dom.having("a", "tag")
    assert len(tags) == 10 + 12 + 7  # one numbered highlight per target, in all three documents
    ids = {a["id"] for a in tags}
    links = {a["href"].lstrip("#") for a in dom.having("a") if a.get("href", "").startswith("#d")}
    assert ids <= links  # every highlight is linked from its table row...
    rows = {tr["id"] for tr in dom.having("tr") if "id" in tr}
    assert {a["href"].lstrip("#") for a in tags} == rows  # ...and links back to it
    marks = dom.having("mark", "hl")
    covered = {(m["data-t"], i) for i, m in enumerate(marks)}
    assert len(marks) >= 29 and covered
    assert len(dom.having("mark", "k-result")) == 2  # the 2023 results quoted in the 2024 decision
    assert len(dom.having("mark", "k-target")) == len(marks) - 2
    # the first item of 2023 nests the district and commune spans inside the province one
    first_doc = [m["data-t"] for m in marks][:5]
    assert first_doc[:5] == ["1", "1 2", "1", "1 3", "1"]

    png = tmp_path / "review.png"
    chromium(tmp_path, f"--screenshot={png}", "--window-size=1200,1800", "--hide-scrollbars", page.as_uri())
    assert png.stat().st_size > 20_000
    import matplotlib.image

    img = matplotlib.image.imread(png)
    assert img.shape[:2] == (1800, 1200)
    rgb = {tuple(p) for p in (img[..., :3] * 255).round().astype(int).reshape(-1, 3).tolist()}
    assert (0xFF, 0xD9, 0x66) in rgb  # target highlights are painted
    assert len(rgb) > 50  # not a blank page


def hostile_catalogue(tmp_path) -> Path:
    text = ('Điều 1. <script>alert("xss")</script> Tỷ lệ hồ sơ giải quyết đúng hạn đạt tối thiểu 95% '
            '& <b>đậm</b> <img src=x onerror=alert(1)>\n')
    src = tmp_path / "hostile.txt"
    src.write_text(text, encoding="utf-8")
    c = copy.deepcopy(cat.load(FIXTURES / "dong-nai-2023.json"))
    doc = c["documents"][0]
    doc["source"].update(path=src.name, sha256=hashlib.sha256(src.read_bytes()).hexdigest())
    doc["title"] = "<script>alert('title')</script>"
    ev = '<script>alert("xss")</script> Tỷ lệ'
    t = doc["targets"][0]
    t["indicator"]["text"] = '"><img src=x onerror=alert(2)>'
    t["evidence"] = {"text": ev, "page": None, "start": text.index(ev), "end": text.index(ev) + len(ev)}
    doc["targets"] = [t]
    path = tmp_path / "hostile.json"
    cat.write(c, path)
    return path


@pytest.mark.browser
def test_hostile_text_is_escaped(tmp_path):
    page = review(tmp_path, hostile_catalogue(tmp_path))
    markup = page.read_text(encoding="utf-8")
    assert "<script" not in markup and "<img" not in markup and "<b>" not in markup
    assert '&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;' in markup
    dom = Dom(chromium(tmp_path, "--dump-dom", page.as_uri()).stdout.decode("utf-8"))
    assert dom.having("script") == [] and dom.having("img") == [] and dom.having("b") == []
    text = "".join(dom.text)
    assert '<script>alert("xss")</script>' in text and "& <b>đậm</b>" in text  # shown as text, not run
    assert len(dom.having("a", "tag")) == 1


def test_evidence_off_its_offsets_is_flagged_not_highlighted(tmp_path):
    c = copy.deepcopy(cat.load(FIXTURES / "dong-nai-2023.json"))
    doc = c["documents"][0]
    doc["source"]["path"] = str(DOCS / "dong-nai-2023.txt")
    doc["targets"][3]["evidence"]["start"] += 7
    doc["targets"][3]["evidence"]["end"] += 7
    path = tmp_path / "shifted.json"
    cat.write(c, path)
    markup = review(tmp_path, path).read_text(encoding="utf-8")
    assert markup.count('class="tag"') == 9 and 'id="d1-t4"' not in markup
    assert markup.count("evidence not at its offsets") == 1


def test_changed_source_is_reported(tmp_path):
    src = tmp_path / "docs" / "dong-nai-2023.txt"
    src.parent.mkdir()
    src.write_text((DOCS / "dong-nai-2023.txt").read_text(encoding="utf-8").replace("95%", "96%"), encoding="utf-8")
    c = cat.load(FIXTURES / "dong-nai-2023.json")
    cat.write(c, tmp_path / "out" / "catalogue.json")  # source.path docs/... resolves from the parent folder
    markup = review(tmp_path, tmp_path / "out" / "catalogue.json").read_text(encoding="utf-8")
    assert "has changed since it was extracted" in markup and 'class="tag"' not in markup
    assert markup.count("<tr id=") == 10  # the table is still there


def test_review_documents_extracts_them(tmp_path):
    """Smoke test of the documents path: whatever the extractor finds is highlighted."""
    markup = review(tmp_path, DOCS / "dong-nai-2024.txt").read_text(encoding="utf-8")
    rows = markup.count("<tr id=")
    assert rows > 0 and markup.count('class="tag"') == rows
    assert "II. CHỈ TIÊU NĂM 2024" in markup and "215/QĐ-UBND" in markup

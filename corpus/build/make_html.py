"""Write the news pages of docs.py into corpus/html/, each wrapped in site chrome:
a menu, a breadcrumb, a header date, related-news links with figures in them, a
"Số điện thoại đặc biệt" box, a visitor counter and a footer. The three pages use
three markups: <article>, a portal's content class, and bare <div>s (no hint)."""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import docs  # noqa: E402

OUT = HERE.parent / "html"

MENU = """<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
<li><a href="/chinh-quyen">Chính quyền</a></li><li><a href="/dvc">Dịch vụ công</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>"""

SIDE = """<div class="sidebar"><h3>Tin liên quan</h3><ul>
<li><a href="/a1">Năm 2025: tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 99%</a></li>
<li><a href="/a2">Phấn đấu 100% xã đạt chuẩn nông thôn mới kiểu mẫu</a></li></ul>
<div class="hotline"><b>Số điện thoại đặc biệt</b><br>Công an: 113<br>Cứu hỏa: 114<br>Cấp cứu: 115<br>
Đường dây nóng: 0259 3822 456</div>
<div class="counter">Đang truy cập: 1.284<br>Tổng lượt truy cập: 12.345.678</div></div>"""

FOOTER = """<footer><p>© 2026 Bản quyền thuộc {site}. Giấy phép số 25/GP-TTĐT ngày 10/01/2026.</p>
<p>Địa chỉ: số 05 đường Trần Phú; Điện thoại: 0259 3822 111</p></footer>"""


def body_html(d):
    out = []
    for p in d["paragraphs"]:
        if isinstance(p, tuple):
            t = p[1]
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in t["rows"])
            head = "".join(f"<th>{html.escape(c)}</th>" for c in t["header"])
            out.append(f'<table border="1"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')
        else:
            out.append(f"<p>{html.escape(p)}</p>")
    return "\n".join(out)


def page(d, variant):
    day, month, year = d["date"]
    site = html.escape(d["site"])
    head = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(d['headline'])} - {site}</title>
<script>var visits = 12345678;</script><style>.menu li{{display:inline}}</style></head><body>
<header><div class="top">Thứ Sáu, 20/03/2026 | {site}</div>{MENU}</header>"""
    crumbs = '<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a></div>'
    meta = f'<div class="date">Cập nhật: {day + 1:02d}/{month:02d}/{year} 08:30</div>'
    article = f"<h1>{html.escape(d['headline'])}</h1>\n{meta}\n{body_html(d)}\n<p><b>Phương Anh</b></p>"
    if variant == 0:
        main = f"<article>{article}</article>"
    elif variant == 1:
        main = f'<div class="content-detail">{article}</div>'
    else:  # no semantic hint at all: the reader must find the densest block
        main = f'<div class="c1"><div class="c2">{article}</div></div>'
    return (f"{head}\n{crumbs}\n<div class=\"wrap\">{main}\n{SIDE}</div>\n{FOOTER.format(site=site)}\n"
            f"<div class=\"thong-ke-truy-cap\">Hôm nay: 3.456</div></body></html>\n")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    n = 0
    for d in docs.DOCS:
        if d["fmt"] == "html":
            path = OUT / f"{d['stem']}.html"
            path.write_text(page(d, n % 3), encoding="utf-8")
            n += 1
            print(path)


if __name__ == "__main__":
    main()

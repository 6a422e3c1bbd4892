"""Make the scanned PDFs of corpus/scan/ from our own pages.

Each scan document of docs.py is laid out like the text PDFs (make_pdfs.render),
rasterised with pypdfium2 at 150-300 dpi, then aged like a real scan: turned by a
fraction of a degree, grey paper, sensor noise and specks, a red stamp-like circle
over the signature (and, on one document, over the number line), JPEG-compressed
and saved as an image-only PDF (no text layer). Deterministic: fixed seeds.
"""
from __future__ import annotations

import io
import math
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import docs  # noqa: E402
import make_pdfs  # noqa: E402

OUT = HERE.parent / "scan"
# stem -> (dpi, rotation in degrees, stamp over the number line too)
SETTINGS = {
    "s01_phuyen-qd-2024-giao-chi-tieu-mot-cua": (200, 0.6, False),
    "s02_kontum-qd-2025-phu-luc-chi-tieu": (300, -0.8, False),
    "s03_camau-kh-2024-thanh-toan-truc-tuyen": (150, 0.4, False),
    "s04_sonla-qd-2025-muc-tieu-nam": (250, -1.2, True),
    "s05_quangngai-qd-2024-xu-ly-phan-anh": (200, 1.0, False),
}


def stamp(img: Image.Image, cx, cy, r, text):
    """A red round seal: two rings, a star, text around the edge, semi-transparent."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (200, 20, 30, 170)
    w = max(2, r // 25)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=w)
    d.ellipse((cx - r * 0.72, cy - r * 0.72, cx + r * 0.72, cy + r * 0.72), outline=red, width=w)
    star = [(cx + r * 0.3 * math.cos(math.pi / 2 + k * 4 * math.pi / 5),
             cy - r * 0.3 * math.sin(math.pi / 2 + k * 4 * math.pi / 5)) for k in range(5)]
    d.polygon(star, fill=red)
    font = ImageFont.truetype(str(make_pdfs.FONT_DIR / "DejaVuSans-Bold.ttf"), max(8, r // 7))
    for i, ch in enumerate(text):
        a = math.pi * (1.15 - 1.3 * i / max(1, len(text) - 1))
        d.text((cx + r * 0.86 * math.cos(a), cy - r * 0.86 * math.sin(a)), ch, fill=red, font=font, anchor="mm")
    return Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")


def age(img: Image.Image, angle, rng) -> Image.Image:
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255), expand=False)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.93 + 10  # greyish paper, ink not quite black
    a += rng.normal(0, 9, a.shape[:2])[..., None]
    specks = rng.random(a.shape[:2]) < 0.0008
    a[specks] = 40
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def render_scan(d) -> bytes:
    dpi, angle, stamp_number = SETTINGS[d["stem"]]
    rng = np.random.default_rng(sum(map(ord, d["stem"])))
    pdf = pdfium.PdfDocument(bytes(make_pdfs.render(d).output()))
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("RGB")
        s = dpi / 72
        if i == len(pdf) - 1:
            # the seal over the signature: find the signer's name block, bottom right
            img = stamp(img, int(430 * s), int(_signature_y(pdf[i]) * s), int(55 * s), "ỦY BAN NHÂN DÂN")
        if i == 0 and stamp_number:
            img = stamp(img, int(170 * s), int(120 * s), int(48 * s), "SAO Y BẢN CHÍNH")
        img = age(img, angle, rng)
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=70)
        pages.append(Image.open(io.BytesIO(buf.getvalue())))
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return out.getvalue()


def _signature_y(page) -> float:
    """Top-down y (points) of the '(Đã ký)' line of the signature block."""
    tp = page.get_textpage()
    text = tp.get_text_range()
    k = text.find("(Đã ký)")
    if k < 0:
        return page.get_height() - 150
    left, bottom, right, top = tp.get_charbox(k)
    return page.get_height() - top


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for d in docs.DOCS:
        if d["fmt"] == "scan":
            path = OUT / f"{d['stem']}.pdf"
            path.write_bytes(render_scan(d))
            print(path)


if __name__ == "__main__":
    main()

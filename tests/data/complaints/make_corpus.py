"""Generate the binary members of the complaint corpus from their text sources.

Each annotation ``<id>.yaml`` with a ``source`` (``src/<id>.txt``) names a ``format``:

- ``docx``       Word document, one paragraph per line; for some the header block sits in a table
                 (addressee at the top right, as clerks lay it out);
- ``pdf``        a text PDF (DejaVu Sans, so Cyrillic and Kazakh letters are real text);
- ``pdf-scan``   the page rendered to a grey, slightly rotated, noisy image and saved as a PDF
                 with no text layer (what a scanner in a colony office produces);
- ``png-scan``   the same as a PNG photo/scan;
- ``txt-cp1251`` the text saved in Windows-1251, as old Windows editors do.

It also writes ``malformed/``: an encrypted PDF, a truncated DOCX and a PDF that is not one.

Run: ``.venv/bin/python tests/data/complaints/make_corpus.py`` (needs python-docx, reportlab, Pillow and
the DejaVu fonts of Debian's fonts-dejavu-core).  The outputs are committed, so the tests do not run this.
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
HEADER_AS_TABLE = {"ru03_app_defender_complete", "ru19_cass_interested_confiscation"}


def header_and_body(text: str) -> tuple[list[str], list[str]]:
    lines = text.rstrip("\n").split("\n")
    cut = lines.index("") if "" in lines else 0
    return lines[:cut], lines[cut + 1 :]


def make_docx(cid: str, text: str, out: Path) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    lines = text.rstrip("\n").split("\n")
    if cid in HEADER_AS_TABLE:
        head, body = header_and_body(text)
        table = document.add_table(rows=1, cols=2)
        right = table.rows[0].cells[1]
        right.text = head[0]
        for line in head[1:]:
            right.add_paragraph(line)
        lines = ["", *body]
    for line in lines:
        document.add_paragraph(line)
    document.core_properties.author = "kzreview test corpus"
    document.save(str(out))


def make_pdf(text: str, out: Path, encrypt: str | None = None) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    c = canvas.Canvas(str(out), pagesize=A4, encrypt=encrypt, invariant=1)
    width, height = A4
    margin, size, leading = 56, 11, 15
    y = height - margin
    c.setFont("DejaVuSans", size)
    for line in text.rstrip("\n").split("\n"):
        wrapped = simpleSplit(line, "DejaVuSans", size, width - 2 * margin) or [""]
        for piece in wrapped:
            if y < margin:
                c.showPage()
                c.setFont("DejaVuSans", size)
                y = height - margin
            c.drawString(margin, y, piece)
            y -= leading
    c.save()


def render_scan(text: str, seed: int) -> object:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(seed)
    dpi = 200
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (w, h), 236)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(SERIF), 34)
    x, y = 150, 170
    for line in text.rstrip("\n").split("\n"):
        draw.text((x + rnd.randint(-2, 2), y), line, fill=rnd.randint(20, 50), font=font)
        y += 52
    # paper grain and a slightly crooked page
    for _ in range(9000):
        draw.point((rnd.randrange(w), rnd.randrange(h)), fill=rnd.randint(150, 215))
    img = img.rotate(0.6, resample=Image.Resampling.BICUBIC, fillcolor=236, expand=False)
    return img.filter(ImageFilter.GaussianBlur(0.6))


def make_scan(text: str, out: Path, as_pdf: bool, seed: int) -> None:
    img = render_scan(text, seed)
    if as_pdf:
        img.save(str(out), "PDF", resolution=200.0)  # type: ignore[attr-defined]
    else:
        img.save(str(out), "PNG", optimize=True)  # type: ignore[attr-defined]


def make_malformed() -> None:
    bad = HERE / "malformed"
    bad.mkdir(exist_ok=True)
    make_pdf("Кассационная жалоба (зашифрованный файл)", bad / "encrypted.pdf", encrypt="secret")
    buf = io.BytesIO()
    make_docx("x", "Апелляционная жалоба\nтекст", bad / "_whole.docx")
    whole = (bad / "_whole.docx").read_bytes()
    (bad / "_whole.docx").unlink()
    buf.write(whole[: len(whole) // 2])
    (bad / "broken.docx").write_bytes(buf.getvalue())
    (bad / "not_a_pdf.pdf").write_bytes("Это не PDF, а текст с расширением .pdf\n".encode())


def main() -> int:
    made = 0
    for ann_path in sorted(HERE.glob("*.yaml")):
        ann = yaml.safe_load(ann_path.read_text(encoding="utf-8"))
        src = ann.get("source")
        if not src:
            continue
        cid = ann_path.stem
        text = (HERE / src).read_text(encoding="utf-8")
        out = HERE / ann["file"]
        fmt = ann["format"]
        seed = sum(map(ord, cid))
        if fmt == "docx":
            make_docx(cid, text, out)
        elif fmt == "pdf":
            make_pdf(text, out)
        elif fmt == "pdf-scan":
            make_scan(text, out, as_pdf=True, seed=seed)
        elif fmt == "png-scan":
            make_scan(text, out, as_pdf=False, seed=seed)
        elif fmt == "txt-cp1251":
            out.write_bytes(text.replace("\n", "\r\n").encode("cp1251"))
        else:
            print(f"{ann_path.name}: unknown format {fmt!r}", file=sys.stderr)
            return 1
        made += 1
    make_malformed()
    print(f"generated {made} corpus files and malformed/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

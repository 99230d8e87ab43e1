"""Render a fixed selection of gold documents as HTML, PDF and DOCX files.

    python corpus/make_files.py     # writes corpus/files/{dev,test}/… and corpus/files.gold.jsonl

The files exercise the real reading route (trafilatura, pypdf, python-docx): HTML pages
carry navigation, a menu and a footer naming other countries; PDFs wrap lines inside
Chinese words. ``gold.jsonl`` copies each source document's labels under the file's
path (the id ``tifa tag corpus/files`` gives it; the gold file sits outside the folder so
it is not tagged itself); spans are dropped because extraction
may shift offsets. Selection is by id, so reruns give the same files.
"""

from __future__ import annotations

import html
import json
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
PER_SPLIT = {"dev": 12, "test": 12}
FORMATS = ("html", "pdf", "docx")
LABELS = ("provinces", "partners", "regions", "formulations", "engagement")


def pick(split: str, n: int) -> list[dict]:
    docs = [json.loads(x) for x in (HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = [d for d in docs if len(d["text"]) >= 80]  # documents, not headlines
    zh = [d for d in docs if d["lang"] == "zh"][::7][: n * 2 // 3]
    en = [d for d in docs if d["lang"] == "en"][::5][: n - len(zh)]
    return zh + en


def write_html(path: Path, doc: dict) -> None:
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in doc["text"].split("\n") if p.strip())
    path.write_text(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>外事动态</title></head><body>
<header><div class="logo">省人民政府外事办公室</div><nav><a href="/">首页</a> <a href="/ywdt">要闻动态</a>
<a href="/gbzl">国别资料：美国 日本 法国</a> <a href="/yc">友好城市</a></nav></header>
<div class="main"><article><h1>外事动态</h1>
{paras}</article>
<aside class="related"><h3>相关阅读</h3><ul><li><a href="/a">德国代表团到访</a></li><li><a href="/b">加拿大经贸推介会</a></li></ul></aside></div>
<footer>主办：省人民政府外事办公室 | 联系我们 | 网站地图 | ICP备05001234号 | 英国 意大利 站点导航</footer>
</body></html>""", encoding="utf-8")


def write_pdf(path: Path, doc: dict) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    zh = doc["lang"] == "zh"
    if zh:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    font, width = ("STSong-Light", 34) if zh else ("Helvetica", 90)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont(font, 11)
    y = 800
    for para in doc["text"].split("\n"):
        words = list(para) if zh else para.split(" ")
        line = ""
        for w in words:
            cand = line + w if zh else (line + " " + w).strip()
            if len(cand) > width:
                c.drawString(50, y, line)
                y -= 16
                line = w
                if y < 60:
                    c.showPage()
                    c.setFont(font, 11)
                    y = 800
            else:
                line = cand
        if line:
            c.drawString(50, y, line)
            y -= 22
    c.save()


def write_docx(path: Path, doc: dict) -> None:
    import docx

    d = docx.Document()
    for para in doc["text"].split("\n"):
        if para.strip():
            d.add_paragraph(para)
    d.core_properties.title = ""
    stamp = datetime(2025, 1, 1)  # fixed, so reruns give identical files
    d.core_properties.created = d.core_properties.modified = stamp
    d.save(str(path))


def build() -> int:
    gold = []
    for split, n in PER_SPLIT.items():
        (OUT / split).mkdir(parents=True, exist_ok=True)
        for i, doc in enumerate(pick(split, n)):
            fmt = FORMATS[i % len(FORMATS)]
            rel = f"{split}/{doc['id']}.{fmt}"
            {"html": write_html, "pdf": write_pdf, "docx": write_docx}[fmt](OUT / rel, doc)
            entry = {"id": rel, "lang": doc["lang"], "text": doc["text"], "source_id": doc["id"]}
            entry.update({k: doc[k] for k in LABELS if k in doc})
            gold.append(entry)
    (HERE / "files.gold.jsonl").write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold) + "\n",
                                    encoding="utf-8")
    return len(gold)


if __name__ == "__main__":
    print(build(), "files")

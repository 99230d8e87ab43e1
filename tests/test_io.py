"""Readers (encodings, formats) and atomic writers."""

import codecs
import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.errors import TifaError
from pipeline.schemas import Document
from pipeline.cli.tag import tag_paths
from pipeline.io import AtomicWriter, RecordSink, decode, errors_path, iter_inputs, iter_jsonl, read_file

ZH = "云南省委书记会见越南老街省委书记，双方就深化经贸合作交换意见。"
ZH_T = "廣西壯族自治區主席會見越南諒山省代表團，雙方簽署經貿合作協議。"


@pytest.mark.parametrize("data, expected", [
    (ZH.encode("utf-8"), ZH),
    (codecs.BOM_UTF8 + ZH.encode("utf-8"), ZH),
    (ZH.encode("utf-16"), ZH),
    (ZH.encode("utf-16-le"), ZH),  # no BOM
    (ZH.encode("gbk"), ZH),
    (ZH.encode("gb2312"), ZH),
    (ZH.encode("gb18030"), ZH),
    (ZH_T.encode("big5"), ZH_T),
])
def test_decode_encodings(data, expected):
    assert decode(data) == expected


def test_binary_is_coded():
    with pytest.raises(TifaError) as exc:
        decode(bytes(range(256)) * 10)
    assert exc.value.code in ("E002", "E003")


def write_pdf(path: Path, lines: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 12)
    y = 800
    for line in lines:
        c.drawString(50, y, line)
        y -= 20
    c.save()


def write_docx(path: Path, title: str, paras: list[str]) -> None:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "合作方"
    t.rows[0].cells[1].text = "韩国京畿道"
    d.save(str(path))


HTML = """<html><head><meta charset="utf-8"><title>辽宁新闻</title></head><body>
<nav><a href="/">首页</a> <a href="/yw">越南新闻</a> <a href="/fz">友好城市</a></nav>
<header><div class="menu">菜单 美国 日本</div></header>
<article><h1>辽宁省代表团访问日本</h1>
<p>辽宁省代表团近日访问日本北海道，与北海道知事举行会谈，双方表示将深化友好省道关系。</p></article>
<footer>版权所有 辽宁省人民政府外事办公室 辽ICP备12345678号 联系我们：美国</footer>
</body></html>"""


def test_html_main_text_drops_nav_and_footer(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    doc = read_file(f, doc_id="page.html", source=str(f))
    assert "北海道知事举行会谈" in doc.text
    assert "ICP" not in doc.text and "菜单" not in doc.text and "越南新闻" not in doc.text


def test_pdf_chinese_text_with_joined_lines(tmp_path):
    f = tmp_path / "a.pdf"
    write_pdf(f, ["辽宁省代表团访问日本北海道，双方签署", "友好合作备忘录。"])
    doc = read_file(f, doc_id="a.pdf", source=str(f))
    assert "辽宁省代表团访问日本北海道" in doc.text
    assert "签署友好合作备忘录" in doc.text


def test_corrupt_pdf_and_docx_are_coded(tmp_path):
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4\n garbage \x00\x01")
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not really a zip")
    for name, code in (("bad.pdf", "E004"), ("bad.docx", "E005")):
        with pytest.raises(TifaError) as exc:
            read_file(tmp_path / name, doc_id=name, source=name)
        assert exc.value.code == code


def test_docx_paragraphs_and_tables(tmp_path):
    f = tmp_path / "a.docx"
    write_docx(f, "吉林省与韩国京畿道签署协议", ["吉林省教育厅与韩国京畿道教育厅签署交流协议。"])
    doc = read_file(f, doc_id="a.docx", source=str(f))
    assert doc.title == "吉林省与韩国京畿道签署协议"
    assert "京畿道教育厅" in doc.text and "合作方\t韩国京畿道" in doc.text


def test_max_bytes(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("云南" * 100, encoding="utf-8")
    with pytest.raises(TifaError) as exc:
        read_file(f, doc_id="big.txt", source=str(f), max_bytes=10)
    assert exc.value.code == "E006"


def test_jsonl_bad_lines_are_errors_not_fatal():
    lines = ['{"id": "a", "text": "云南"}', "not json", '{"id": "b"}', "", '{"id": "c", "text": "越南", "date": "2024-01-02"}']
    items = list(iter_jsonl(lines, "x.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "TifaError", "TifaError", "Document"]
    assert items[1].path == "x.jsonl:2" and items[1].code == "E007"
    assert items[3].date.isoformat() == "2024-01-02"


def test_folder_walk_ids_are_relative_paths(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("云南", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "j1", "text": "越南"}\n', encoding="utf-8")
    items = list(iter_inputs([str(tmp_path)]))
    ids = [getattr(i, "id", None) for i in items]
    assert ids == ["j1", "sub/a.txt"]


def test_atomic_writer_keeps_good_file_on_failure(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("good\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with AtomicWriter(out) as fh:
            fh.write("half")
            raise RuntimeError("crash")
    assert out.read_text(encoding="utf-8") == "good\n"
    assert not list(tmp_path.glob(".*tmp*"))


def test_record_sink_formats(tmp_path, tagger):
    recs = [tagger.tag("云南省会见越南代表团", id="a"), tagger.tag("Guangxi met Lao officials", id="b")]
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"r.{fmt}"
        with RecordSink(out, fmt) as sink:
            for r in recs:
                sink.write(r)
        assert out.exists() and out.stat().st_size > 0
    import pyarrow.parquet as pq

    t = pq.read_table(tmp_path / "r.parquet")
    assert t.column("id").to_pylist() == ["a", "b"]
    assert t.column("partners").to_pylist()[0] == ["VNM"]
    rows = (tmp_path / "r.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("\ufeffid,source,lang") and len(rows) == 3  # a BOM, as report's CSVs (Excel)
    assert json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()[0])["id"] == "a"


def test_errors_path():
    assert errors_path("out/records.jsonl").as_posix() == "out/records.errors.jsonl"
    assert errors_path("out/records.csv").as_posix() == "out/records.csv.errors.jsonl"


@pytest.mark.parametrize(("name", "data"), [
    ("table.csv", "id,text\n1,云南省代表团访问老挝\n"),
    ("letter.rtf", r"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard 云南省代表团访问老挝\par}"),
])
def test_formats_without_a_reader_are_e002_not_text_with_markup(tmp_path, name, data):
    f = tmp_path / name
    f.write_text(data, encoding="utf-8")
    with pytest.raises(TifaError) as exc:
        read_file(f, doc_id=name, source=str(f))
    assert exc.value.code == "E002" and "no reader" in exc.value.detail




# ---------------------------------------------------------- issue 14: headline, date, source province

SITE_PAGE = """<html><head><meta charset="utf-8"><title>辽宁省人民政府外事办公室</title>
<meta name="PubDate" content="2024-05-05 10:00"></head><body>
<div class="top">辽宁省人民政府外事办公室</div>
<h1>省长会见日本驻沈阳总领事</h1>
<div class="article"><p>5月4日，省长在沈阳会见日本驻沈阳总领事，双方就深化地方交流合作交换意见。</p></div>
</body></html>"""


def test_html_headline_leads_not_a_site_name_title(tmp_path):
    f = tmp_path / "a.html"
    f.write_text(SITE_PAGE, encoding="utf-8")
    doc = read_file(f, doc_id="a.html", source=str(f))
    assert doc.title == "省长会见日本驻沈阳总领事"
    assert doc.text.startswith("省长会见日本驻沈阳总领事\n")
    assert "外事办公室\n" not in doc.text[:30]
    assert str(doc.date) == "2024-05-05"


@pytest.mark.parametrize("head, expected", [
    ('<title>云南外事</title><meta property="og:title" content="王予波会见老挝客人">', "王予波会见老挝客人"),
    ("<title>Governor meets Lao delegation - Yunnan Foreign Affairs Office</title>", "Governor meets Lao delegation"),
    ("<title>省长会见越南客人_广西壮族自治区外事办公室</title>", "省长会见越南客人"),
    ('<meta name="ArticleTitle" content="会见纪要"><title>某某门户网站</title>', "会见纪要"),
    ("<title>吉林省人民政府外事办公室</title>", None),
])
def test_html_headline_sources(head, expected):
    from pipeline.io.htmlmeta import html_head

    assert html_head(f"<html><head>{head}</head><body><p>正文</p></body></html>")[0] == expected


@pytest.mark.parametrize("meta, expected", [
    ('<meta property="article:published_time" content="2023-11-02T08:00:00+08:00">', "2023-11-02"),
    ('<meta name="publishdate" content="2019年4月9日">', "2019-04-09"),
    ('<meta name="keywords" content="2019">', None),
])
def test_html_meta_dates(meta, expected):
    from pipeline.io.htmlmeta import html_head

    day = html_head(f"<html><head>{meta}</head><body><p>正文</p></body></html>")[1]
    assert (str(day) if day else None) == expected


@pytest.mark.parametrize("head, expected", [
    ('<link rel="canonical" href="http://www.gxzf.gov.cn/a/202405/t20240505_1.html">', "2024-05-05"),
    ('<meta property="og:url" content="https://news.example.cn/2023-11/02/c_1.htm">', "2023-11-02"),
    ('<link rel="canonical" href="https://news.example.com/2024/06/a-story/">', None),  # a month is no day
    ('<meta name="pubdate" content="2019-04-09"><link rel="canonical" href="http://x.cn/t20240505_1.html">',
     "2019-04-09"),  # the publication tag first
])
def test_html_date_from_the_pages_own_address(head, expected):
    from pipeline.io.htmlmeta import html_head

    day = html_head(f"<html><head>{head}</head><body><p>正文</p></body></html>")[1]
    assert (str(day) if day else None) == expected


def test_jsonl_url_dates_a_document_that_has_no_date():
    """A scraped page's address often spells its day (t20240906_1.html): it dates the
    document when neither the input nor the text's head does, so 4月27日 gets its year."""
    from pipeline.tagger import load

    lines = [json.dumps({"id": "a", "text": "4月27日，云南省省长在昆明会见老挝客人。",
                         "url": "http://www.example.gov.cn/xwzx/202405/t20240429_9.html"}, ensure_ascii=False),
             json.dumps({"id": "b", "text": "4月27日，云南省省长在昆明会见老挝客人。", "date": "2023-05-02",
                         "url": "http://www.example.gov.cn/xwzx/202405/t20240429_9.html"}, ensure_ascii=False)]
    docs = list(iter_jsonl(lines, "in.jsonl"))
    recs = list(load(None, model=False).pipe(docs))
    assert [r.engagements[0].date for r in recs] == ["2024-04-27", "2023-04-27"]  # the input's date wins


def test_jsonl_date_and_source_province_are_inputs():
    docs = list(iter_jsonl([
        json.dumps({"id": "a", "text": "省外办召开会议", "date": "2024-05-05", "source_province": "CN-JS"}),
        json.dumps({"id": "b", "text": "x", "source_province": "Jiangsu"}),
        json.dumps({"id": "c", "text": "x", "source_province": "cn-yn"}),
        json.dumps({"id": "d", "text": "x", "source_province": 53}),
    ], "in.jsonl"))
    assert str(docs[0].date) == "2024-05-05" and docs[0].source_province == "CN-JS"
    # a name is kept until a lexicon reads it (tifa tag, the Python API: the same values as --source-province)
    assert docs[1].source_province is None and docs[1].meta["source_province_given"] == "Jiangsu"
    assert docs[2].source_province == "CN-YN"
    assert isinstance(docs[3], TifaError) and docs[3].code == "E007" and "source_province" in docs[3].message




# ---------------------------------------------------------------- hostile JSONL (issue 19)

def _jsonl_items(tmp_path, raw: bytes, **kw):
    f = tmp_path / "in.jsonl"
    f.write_bytes(raw)
    return list(iter_inputs([str(f)], **kw))


def _line(i, text=ZH, **extra) -> bytes:
    return json.dumps({"id": f"d{i}", "text": text, **extra}, ensure_ascii=False).encode() + b"\n"


def test_one_bad_byte_costs_one_jsonl_line(tmp_path):
    raw = b"".join(_line(i) for i in range(50)) + b'{"id": "bad", "text": "\xff"}\n' + _line(50)
    items = _jsonl_items(tmp_path, raw)
    assert len(items) == 52
    errs = [i for i in items if isinstance(i, TifaError)]
    assert [(e.code, e.path.rsplit(":", 1)[1]) for e in errs] == [("E003", "51")]


def test_deeply_nested_jsonl_line_is_coded(tmp_path, tagger):
    deep = b'{"id": "x", "text": "a", "m": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    mid = b'{"id": "y", "text": "a", "m": ' + b"[" * 500 + b"]" * 500 + b"}\n"
    raw = b"".join(_line(i) for i in range(4)) + deep + mid + b"".join(_line(i) for i in range(4, 7))
    items = _jsonl_items(tmp_path, raw)
    assert [i.code for i in items if isinstance(i, TifaError)] == ["E015", "E015"]
    s = tag_paths([str(tmp_path / "in.jsonl")], str(tmp_path / "o.jsonl"), workers=1, tagger=tagger)
    assert (s.inputs, s.tagged, s.failed) == (9, 7, 2)


def test_lone_surrogates_in_jsonl_never_break_the_writers(tmp_path, tagger):
    raw = (b'{"id": "a\\ud800", "title": "t\\udfff", "text": "\\u4e91\\u5357\\u7701\\ud800\\u4f1a\\u89c1"}\n'
           b'{"id": "b", "text": 5, "title": "\\ud801"}\n')
    items = _jsonl_items(tmp_path, raw)
    doc = items[0]
    assert doc.id == "a\\ud800" and doc.title == "t\\udfff" and doc.text == "云南省\ufffd会见"
    s = tag_paths([str(tmp_path / "in.jsonl")], str(tmp_path / "o.jsonl"), workers=1, tagger=tagger)
    assert (s.tagged, s.failed) == (1, 1)
    rec = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert rec["id"] == "a\\ud800" and rec["provinces"] == ["CN-YN"]
    assert json.loads((tmp_path / "o.errors.jsonl").read_text(encoding="utf-8"))["code"] == "E007"


def test_jsonl_lines_obey_max_bytes(tmp_path):
    raw = _line(0) + _line(1, text="x" * 5000) + _line(2)
    items = _jsonl_items(tmp_path, raw, max_bytes=1000)
    assert [getattr(i, "code", "doc") for i in items] == ["doc", "E006", "doc"]


@pytest.mark.parametrize("field, value", [("title", 5), ("date", ["2024"]), ("title", {"a": 1}), ("lang", 3),
                                          ("id", [1])])
def test_non_string_jsonl_fields_are_e007(tmp_path, field, value):
    obj = {"id": "a", "text": ZH, field: value}
    items = _jsonl_items(tmp_path, json.dumps(obj).encode() + b"\n")
    assert items[0].code == "E007" and field in items[0].detail


# ------------------------------------------------------------- hostile files (issue 19)

def _docx_with(tmp_path, name: str, replace: dict[str, bytes]) -> Path:
    import zipfile

    src = tmp_path / "src.docx"
    write_docx(src, "标题", [ZH])
    out = tmp_path / name
    with zipfile.ZipFile(src) as zi, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for n in zi.namelist():
            zo.writestr(n, replace.get(n, zi.read(n)))
    return out


def test_docx_bomb_is_refused_before_unpacking(tmp_path):
    big = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
           b'main"><w:body>' + b"<w:p/>" * 400_000 + b"</w:body></w:document>")
    f = _docx_with(tmp_path, "bomb.docx", {"word/document.xml": big})
    assert f.stat().st_size < 200_000
    with pytest.raises(TifaError) as e:
        read_file(f, doc_id="b", source=str(f), max_expanded=1_000_000)
    assert e.value.code == "E014"
    assert read_file(f, doc_id="b", source=str(f)).text == ""  # within the default limit: read


def test_docx_with_a_wrong_root_is_e005(tmp_path):
    f = _docx_with(tmp_path, "root.docx", {"word/document.xml": b'<?xml version="1.0"?><foo xmlns="http://schemas.'
                                           b'openxmlformats.org/wordprocessingml/2006/main"><p/></foo>'})
    with pytest.raises(TifaError) as e:
        read_file(f, doc_id="r", source=str(f))
    assert e.value.code == "E005"


def test_html_limits_and_lying_charset(tmp_path):
    lie = tmp_path / "lie.html"
    lie.write_bytes(f'<html><head><meta charset="gbk"></head><body><p>{ZH}“引号”</p></body></html>'.encode())
    assert ZH in read_file(lie, doc_id="l", source="l").text
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 3000 + f"<p>{ZH}</p>" + "</div>" * 3000 + "</body></html>",
                    encoding="utf-8")
    assert ZH in read_file(deep, doc_id="d", source="d").text
    nul = tmp_path / "nul.html"
    nul.write_bytes(b"\x00" * 5 + "<script>x</script><p>云南\x00省</p>".encode())
    read_file(nul, doc_id="n", source="n")  # no exception
    with pytest.raises(TifaError) as e:
        read_file(deep, doc_id="d", source="d", max_expanded=1000)
    assert e.value.code == "E014"


def test_pdf_warnings_stay_off_the_terminal(tmp_path, capfd, caplog):
    f = tmp_path / "x.pdf"
    write_pdf(f, [ZH])
    import re as re_

    data = re_.sub(rb"startxref\s+\d+", b"startxref\n123", f.read_bytes())  # a wrong pointer: pypdf warns, recovers
    f.write_bytes(data)
    doc = read_file(f, doc_id="x", source="x")
    assert "云南" in doc.text
    err = capfd.readouterr().err
    assert "pypdf" not in err and "startxref" not in err.lower() and not caplog.records


def test_stdin_text_obeys_max_bytes():
    import io as stdio

    items = list(iter_inputs(["-"], stdin=stdio.StringIO("云南" * 1000), max_bytes=500))
    assert [i.code for i in items] == ["E006"]
    assert list(iter_inputs(["-"], stdin=stdio.StringIO("云南\ud800")))[0].text == "云南\ufffd"


def test_a_reader_that_returns_lone_surrogates_gives_a_writable_document(monkeypatch):
    """Found by bench/fuzz.py (seed 7): pypdf read a damaged PDF into text holding a lone
    surrogate, which the record writer could not encode (E010). read_data replaces them."""
    import pipeline.io.readers as pio
    from pipeline.engines.local import ChunkTagger
    from pipeline.tagger import Tagger

    monkeypatch.setattr(pio, "read_pdf", lambda data, path, **kw: ("中哈\ude54边境", "标题\ud800"))
    text, title, found, _ = pio.read_data(b"%PDF-1.4 ...", ".pdf", "x.pdf")
    assert text == "中哈\ufffd边境" and "\\ud800" in title
    doc = Document(id="x", text=text, title=title)
    [(kind, payload)] = ChunkTagger(Tagger(), max_seconds=0)([doc])
    assert kind == "ok", payload


# ------------------------------------------- what a saved page says about itself (helper inputs)

PAGE = "http://www.example.gov.cn/xwzx/202406/t20240627_12.html"


@pytest.mark.parametrize("head, expected", [
    (f'<link rel="canonical" href="{PAGE}">', PAGE),
    (f'<meta property="og:url" content="{PAGE}">', PAGE),
    (f'<meta name="url" content="{PAGE}">', PAGE),
    (f'<link rel="alternate" href="http://m.example.cn/a.html"><meta name="twitter:url" content="{PAGE}">', PAGE),
    (f'<base href="http://www.example.gov.cn/xwzx/202406/">', "http://www.example.gov.cn/xwzx/202406/"),
    ('<base href="http://www.example.gov.cn/xwzx/202406/"><link rel="canonical" href="t20240627_12.html">', PAGE),
    ('<link rel="canonical" href="/xwzx/202406/t20240627_12.html">', None),     # relative, and nothing to read it by
    ('<link rel="canonical" href="javascript:void(0)">', None),
    ('<meta property="og:url" content="file:///C:/Users/a/page.html">', None),
    ("", None),
])
def test_html_page_address_from_its_markup(head, expected):
    from pipeline.io.htmlmeta import page_head

    assert page_head(f"<html><head>{head}</head><body><p>正文</p></body></html>").url == expected


@pytest.mark.parametrize("comment, expected", [
    (f"<!-- saved from url=(0056){PAGE} -->", PAGE),                    # a browser's "Save page as"
    (f"<!--\n Page saved with SingleFile \n url: {PAGE} \n saved date: Thu Jun 27 2024\n-->", PAGE),
    ("<!-- saved from url=(0014)about:internet -->", None),
])
def test_html_page_address_a_browser_wrote_when_saving(comment, expected):
    from pipeline.io.htmlmeta import page_head

    html = f'{comment}\n<html><head><link rel="canonical" href="t20240627_12.html"></head><body><p>x</p></body></html>'
    assert page_head(html).url == (expected if expected is None else PAGE)


def test_a_saved_page_carries_its_address_and_dates_an_act_by_it(tmp_path, tagger):
    """A page with no date anywhere but its address: the document gets ``meta.url``, so an
    act on 6月25日 takes the address's year (pipeline/engagement/years.py); before, only
    JSONL inputs carried ``url``."""
    f = tmp_path / "page.html"
    f.write_text('<!-- saved from url=(0054)http://www.example.gov.cn/sxzx/2023/06/art_77_9981.html -->\n'
                 "<html><head><title>云南省人民政府外事办公室</title></head><body><article><h1>省长会见老挝客人</h1>"
                 "<p>6月25日，云南省省长在昆明会见老挝琅勃拉邦省省长一行，双方就深化合作交换意见。</p></article>"
                 "</body></html>", encoding="utf-8")
    doc = read_file(f, doc_id="page.html", source=str(f))
    assert doc.meta["url"] == "http://www.example.gov.cn/sxzx/2023/06/art_77_9981.html" and doc.date is None
    rec = tagger.tag_document(doc)
    assert rec.engagements and rec.engagements[0].date == "2023-06-25"


def test_html_page_without_an_address_has_no_url_key(tmp_path):
    f = tmp_path / "a.html"
    f.write_text("<html><body><h1>省长会见客人</h1><p>云南省省长会见老挝客人。</p></body></html>", encoding="utf-8")
    assert "url" not in read_file(f, doc_id="a.html", source=str(f)).meta


@pytest.mark.parametrize("body, expected", [
    ('<article><h1>Governor meets envoy</h1><time datetime="2024-06-27T10:05:00+08:00">June 27</time>'
     "<p>Text</p></article>", "2024-06-27"),
    ('<header><div class="today-clock"><time datetime="2026-01-05">Mon</time></div></header>'
     "<h1>Governor meets envoy</h1><p>Text</p>", None),                      # the site's clock
    ('<h1>Governor meets envoy</h1><p>Text</p><aside><time datetime="2024-05-01">May 1</time></aside>', None),
    ('<h1>Governor meets envoy</h1><p>Text</p><div class="related-news"><time datetime="2024-05-01">x</time></div>',
     None),                                                                   # another page's date
    ('<h1>Governor meets envoy</h1><p>Text</p><time datetime="2024-06-27">June 27</time>', "2024-06-27"),
    ('<time pubdate datetime="2024-06-27">June 27</time><h1>Governor meets envoy</h1>', "2024-06-27"),
    ('<h1>Governor meets envoy</h1><span itemprop="datePublished" content="2024-06-27">Jun 27</span>', "2024-06-27"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-06-27T02:05:00Z"}</script>'
     "<h1>Governor meets envoy</h1>", "2024-06-27"),
    ('<div class="title">省长会见越南客人</div><div class="info">发布时间：2024-06-27 10:05 来源：省外办</div>'
     "<p>6月25日，省长会见越南客人。</p>", "2024-06-27"),                       # a date line outside the article
    ("<h1>Governor meets envoy</h1><p>Published: 10:05am, 27 Jun 2024</p><p>Text</p>", "2024-06-27"),
    ("<h1>省长会见越南客人</h1><p>6月25日，省长会见越南客人。</p><div>相关新闻 发布时间：2024-05-01</div>", None),
])
def test_html_page_date_from_its_own_marks(body, expected):
    from pipeline.io.htmlmeta import page_head

    day = page_head(f"<html><head><title>Site</title></head><body>{body}</body></html>").date
    assert (str(day) if day else None) == expected


def test_html_meta_date_in_the_mail_form():
    from pipeline.io.htmlmeta import page_head

    html = '<html><head><meta name="pubdate" content="Thu, 27 Jun 2024 10:05:00 GMT"></head><body>x</body></html>'
    assert str(page_head(html).date) == "2024-06-27"


def test_a_home_page_canonical_gives_way_to_the_saved_address():
    """Some sites give every page their home page as canonical: the address the page was
    saved from says which page it is."""
    from pipeline.io.htmlmeta import page_head

    html = (f"<!-- saved from url=(0056){PAGE} -->\n<html><head><link rel=\"canonical\" "
            'href="http://www.example.gov.cn/index.html"></head><body><p>x</p></body></html>')
    head = page_head(html)
    assert head.url == PAGE and str(head.date) == "2024-06-27"
    only_home = '<html><head><link rel="canonical" href="http://www.example.gov.cn/"></head><body>x</body></html>'
    assert page_head(only_home).url == "http://www.example.gov.cn/"


def test_a_photo_block_is_not_taken_for_a_hot_list():
    from pipeline.io.htmlmeta import page_head

    html = ('<html><body><h1>Governor meets envoy</h1><div class="photo-story"><time datetime="2024-06-27">June 27'
            "</time></div><div class='hotnews'><time datetime='2024-01-01'>x</time></div></body></html>")
    assert str(page_head(html).date) == "2024-06-27"


def _mhtml(html: str, where: str = PAGE) -> bytes:
    """An MHTML file as a browser saves one: the page quoted-printable in a multipart message."""
    import quopri

    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return ("From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {where}\r\n"
            "Subject: page\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----Boundary--x----"\r\n\r\n'
            "------Boundary--x----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: {where}\r\n\r\n{body}\r\n"
            "------Boundary--x----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Location: http://www.example.gov.cn/logo.png\r\n\r\niVBORw0KGgo=\r\n"
            "------Boundary--x------\r\n").encode("ascii")


def test_a_page_saved_as_one_file_is_read_as_its_page(tmp_path):
    """An .mhtml file (a browser's single-file save) was read as plain text: MIME headers and
    quoted-printable markup tagged as prose. Now its HTML part is the page, and its
    Snapshot-Content-Location the page's address."""
    f = tmp_path / "page.mhtml"
    f.write_bytes(_mhtml("<html><head><title>云南省人民政府外事办公室</title></head><body><h1>省长会见老挝客人</h1>"
                         "<p>6月25日，云南省省长在昆明会见老挝客人，双方就深化合作交换意见。</p></body></html>"))
    doc = read_file(f, doc_id="page.mhtml", source=str(f))
    assert doc.text.startswith("省长会见老挝客人\n6月25日，云南省省长")
    assert "Content-Type" not in doc.text and "=E4" not in doc.text
    assert doc.meta["url"] == PAGE and str(doc.date) == "2024-06-27"  # the day the address spells out


def test_an_mhtml_file_without_a_page_is_e008(tmp_path):
    f = tmp_path / "bad.mht"
    f.write_bytes(b"From: x\r\nContent-Type: text/plain\r\n\r\nhello\r\n")
    with pytest.raises(TifaError) as exc:
        read_file(f, doc_id="bad.mht", source=str(f))
    assert exc.value.code == "E008" and "text/html" in exc.value.message


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["<html>", "<head>", "<body>", "<h1>", "</h1>", "<article>", "</time>", "<aside>",
                                 "<time datetime='2024-06-27'>", "<base href='http://x.cn/2024/06/'>",
                                 "<link rel=canonical href='a'>",
                                 "<!-- saved from url=(0010)http://x -->", "发布时间：", "2024-06-27", "Jun 27, 2024",
                                 "<meta name=pubdate content='x'>", "<div class='related'>", "</div>", "<", ">", "x"]),
                max_size=30).map("".join))
@example("<body><!-- saved from url=(0010)http://x -->")  # a page that is only a comment: lxml gives the comment
@example("<!-- c -->")
def test_page_head_never_raises(html):
    from pipeline.io.htmlmeta import page_head

    head = page_head(html)
    assert head.url is None or head.url.startswith(("http://", "https://"))

"""Source province as a document input (issue 14 item 3; TAXONOMY §2, §4)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.annotate import annotate_places
from pipeline.errors import TifaError
from pipeline.io.inputs import FROM_FOLDER, check_setting, province_code, province_from_path
from pipeline.schemas import Document


@pytest.mark.parametrize("value, code", [
    ("CN-YN", "CN-YN"), ("cn-jl", "CN-JL"), ("云南", "CN-YN"), ("云南省", "CN-YN"), ("yunnan", "CN-YN"),
    ("Yunnan Province", "CN-YN"), ("inner_mongolia", "CN-NM"), ("广西壮族自治区", "CN-GX"), ("shaanxi", "CN-SN"),
    ("shanxi", "CN-SX"), ("nowhere", None), ("VNM", None),
])
def test_province_code(lexicon, value, code):
    assert province_code(value, lexicon) == code


def test_province_from_path_takes_the_nearest_province_folder(lexicon):
    assert province_from_path("in/yunnan/2024/a.html", lexicon) == "CN-YN"
    assert province_from_path("in/云南/a.txt", lexicon) == "CN-YN"
    assert province_from_path("in/CN-YN/sub/a.txt", lexicon) == "CN-YN"
    assert province_from_path("guangxi/yunnan/a.txt", lexicon) == "CN-YN"
    assert province_from_path("misc/a.txt", lexicon) is None


def test_bad_setting_is_coded(lexicon):
    assert check_setting("吉林", lexicon) == "CN-JL"
    assert check_setting(FROM_FOLDER, lexicon) == FROM_FOLDER
    with pytest.raises(TifaError) as exc:
        check_setting("Atlantis", lexicon)
    assert exc.value.code == "E013"


def provinces(lexicon, text, source):
    ms = annotate_places(Document("t", text, source_province=source), lexicon)
    return [(m.text, m.code, m.rule) for m in ms if m.label == "province"]


@pytest.mark.parametrize("text, expected", [
    ("省外办召开年度工作总结大会", [("省外办", "CN-JS", "source_province")]),
    ("去年我省增进了与欧美的高层往来", [("我省", "CN-JS", "source_province")]),
    ("自治区外办主任率团赴外交部走访", [("自治区外办", "CN-JS", "source_province")]),
    ("The province signed a deal with Laos", [("The province", "CN-JS", "source_province")]),
])
def test_source_province_supplies_the_actor_of_a_self_reference(lexicon, text, expected):
    assert provinces(lexicon, text, "CN-JS") == expected


@pytest.mark.parametrize("text, expected", [
    ("云南省外办主任会见越南客人", ["CN-YN"]),            # a named province's office, not the source's
    ("广西壮族自治区党委书记会见越南客人", ["CN-GX"]),
    ("Yunnan signed a deal; the province will build a port", ["CN-YN"]),
    ("江苏省代表团访问日本，我省与日本交流密切", ["CN-JS"]),   # named already: no second mention
    ("越南客人参观工厂", []),                              # no self-reference: no actor from the input
])
def test_source_province_is_never_mixed_with_text_evidence(lexicon, text, expected):
    ms = provinces(lexicon, text, "CN-JS" if "江苏" in text else "CN-JL")
    assert sorted({c for _, c, _ in ms}) == expected
    assert all(rule != "source_province" for _, _, rule in ms) or not expected


def test_mention_slices_the_text(lexicon):
    text = "5月6日，省外办主任会见日本驻华大使"
    (m,) = [m for m in annotate_places(Document("t", text, source_province="CN-LN"), lexicon) if m.label == "province"]
    assert text[m.start:m.end] == m.text == "省外办"


def tifa(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def test_cli_source_province_given_and_from_folder(tmp_path):
    for folder in ("yunnan", "吉林", "CN-GX"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "a.txt").write_text("省外办主任会见越南驻华大使，双方交换意见。", encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text(json.dumps(
        {"id": "own", "text": "我省代表团访问老挝", "source_province": "CN-SC"}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = tifa("tag", str(tmp_path / "in"), "-o", str(out), "--no-model", "-w", "1", "--source-province", "from-folder")
    assert r.returncode == 0, r.stderr
    got = {json.loads(ln)["id"]: json.loads(ln)["provinces"] for ln in out.read_text(encoding="utf-8").splitlines()}
    assert got == {"yunnan/a.txt": ["CN-YN"], "吉林/a.txt": ["CN-JL"], "CN-GX/a.txt": ["CN-GX"], "own": ["CN-SC"]}
    out.unlink()
    r = tifa("tag", str(tmp_path / "in"), "-o", str(out), "--no-model", "-w", "1", "--source-province", "CN-HL")
    assert r.returncode == 0, r.stderr
    got = {json.loads(ln)["id"]: json.loads(ln)["provinces"] for ln in out.read_text(encoding="utf-8").splitlines()}
    assert set(map(tuple, got.values())) == {("CN-HL",), ("CN-SC",)}
    r = tifa("tag", str(tmp_path / "in"), "--no-model", "--source-province", "Atlantis")
    assert r.returncode == 2 and "E013" in r.stderr


def test_jsonl_and_the_api_take_province_names_as_the_cli_does(tmp_path, lexicon):
    """``source_province`` per JSONL line or per API document takes what ``--source-province``
    takes (a code or a name); a name that is no province's fails that document alone (E013),
    and the batch accounts for it."""
    from pipeline.tagger import Tagger

    lines = [{"id": "zh", "text": "我省代表团访问老挝", "source_province": "四川省"},
             {"id": "en", "text": "我省代表团访问老挝", "source_province": "inner mongolia"},
             {"id": "bad", "text": "我省代表团访问老挝", "source_province": "Atlantis"},
             {"id": "code", "text": "我省代表团访问老挝", "source_province": "CN-GX"}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                                       encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = tifa("tag", str(tmp_path / "in.jsonl"), "-o", str(out), "--no-model", "-w", "1")
    assert r.returncode == 1, r.stderr  # one document failed, the others were tagged
    got = {json.loads(ln)["id"]: json.loads(ln)["provinces"] for ln in out.read_text(encoding="utf-8").splitlines()}
    assert got == {"zh": ["CN-SC"], "en": ["CN-NM"], "code": ["CN-GX"]}
    errors = [json.loads(ln) for ln in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["code"] for e in errors] == ["E013"] and "Atlantis" in errors[0]["detail"]

    tagger = Tagger(lexicon)
    (rec,) = tagger.pipe([{"id": "a", "text": "我省代表团访问老挝", "source_province": "Yunnan"}])
    assert rec.provinces == ["CN-YN"]
    with pytest.raises(TifaError) as exc:
        list(tagger.pipe([{"id": "a", "text": "我省代表团访问老挝", "source_province": "Atlantis"}]))
    assert exc.value.code == "E013"


# ----------------------------------------------- inputs without text (helper inputs, item 3)

def test_an_empty_input_is_tagged_marked_w003_and_takes_a_language_it_can_justify(tmp_path, tagger):
    """An empty or blank file was written as ``lang: en`` with no warning (a 0-byte file) or
    W003 (blanks only): now every input without text is W003, and its language is its
    title's or its file name's, else zh (most inputs are Chinese; the record needs one)."""
    from pipeline.io import read_file

    files = {"empty.txt": b"", "blank.txt": b" \n\t\n", "云南外事简报.txt": b"", "governor-meets-envoy.html": b"  ",
             "t20240627_1.html": b"\n"}
    got = {}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        rec = tagger.tag_document(read_file(tmp_path / name, doc_id=name, source=name))
        got[name] = (rec.lang, rec.meta.warnings, rec.provinces, rec.engagements)
    assert got == {"empty.txt": ("zh", ["W003"], [], []), "blank.txt": ("zh", ["W003"], [], []),
                   "云南外事简报.txt": ("zh", ["W003"], [], []), "governor-meets-envoy.html": ("en", ["W003"], [], []),
                   "t20240627_1.html": ("zh", ["W003"], [], [])}


def test_a_blank_jsonl_text_or_api_text_is_w003_too(tagger):
    from pipeline.io.inputs import iter_jsonl

    docs = list(iter_jsonl([json.dumps({"id": "a", "text": "  "}), json.dumps({"id": "b", "text": "", "lang": "en"}),
                            json.dumps({"id": "c", "text": "", "title": "省长会见越南客人"}),
                            json.dumps({"id": "d", "text": "", "warnings": "not a list"}),
                            json.dumps({"id": "e", "text": "云南省省长会见越南客人。"})], "in.jsonl"))
    recs = list(tagger.pipe(docs))
    assert [(r.lang, r.meta.warnings) for r in recs] == [("zh", ["W003"]), ("en", ["W003"]), ("zh", ["W003"]),
                                                         ("zh", ["W003"]), ("zh", [])]
    assert tagger.tag("").meta.warnings == ["W003"] and tagger.tag("").lang == "zh"


def test_cli_accounts_for_an_empty_file_and_its_record_says_why(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "a.txt").write_text("云南省省长会见越南客人。", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = tifa("tag", str(tmp_path / "in"), "-o", str(out), "--no-model", "-w", "1")
    # the summary says how many tagged inputs came with a warning, and which
    assert r.returncode == 0 and "2 tagged (1 with warnings: W003 no text extracted from the document x1" in r.stderr, \
        r.stderr
    recs = {json.loads(ln)["id"]: json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()}
    assert recs["empty.txt"]["meta"]["warnings"] == ["W003"] and recs["a.txt"]["meta"]["warnings"] == []
    # CSV (no `meta` column) carries the codes in a `warnings` column: a spreadsheet tells an empty
    # input from a text with no finding
    import csv

    out_csv = tmp_path / "out.csv"
    r = tifa("tag", str(tmp_path / "in"), "-o", str(out_csv), "--no-model", "-w", "2")
    assert r.returncode == 0 and "2 tagged (1 with warnings" in r.stderr, r.stderr
    with out_csv.open(encoding="utf-8-sig", newline="") as f:
        rows = {row["id"]: row for row in csv.DictReader(f)}
    assert rows["empty.txt"]["warnings"] == "W003" and rows["a.txt"]["warnings"] == ""


def test_the_batch_summary_line_counts_warnings_by_code():
    from pipeline.engines.batch import TagSummary

    s = TagSummary()
    s.count([("ok", "{}\n"), ("ok", "{}\n", ("W003",)), ("ok", "{}\n", ("W002", "W003")),
             ("error", {"code": "E003"})])
    assert (s.inputs, s.tagged, s.failed, s.warned) == (4, 3, 1, 2)
    assert s.line().startswith("3 tagged (2 with warnings: W002 PDF has no extractable text x1, "
                               "W003 no text extracted from the document x2; see meta.warnings), 1 failed")
    assert TagSummary(inputs=1, tagged=1).line().startswith("1 tagged, 0 failed")

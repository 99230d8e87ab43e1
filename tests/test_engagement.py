"""The engagement layer (TAXONOMY §3b): segmenting, pairing, attributes, titles."""

from __future__ import annotations

import pytest

from pipeline.engagement.acts import find_day
from pipeline.errors import LexiconError
from pipeline.evaluate_engagements import engagement_report, triples
from pipeline.lexicon import load
from pipeline.tagger import Tagger


def pairs(rec) -> set[tuple[str, str]]:
    return {(p, c) for e in rec.engagements for p in e.provinces for c in e.partners}


def test_round_up_pairs_each_province_with_its_own_partners(tagger):
    text = ("新疆维吾尔自治区党委书记率团访问哈萨克斯坦、吉尔吉斯斯坦和乌兹别克斯坦。"
            "云南省委书记率团访问越南和老挝，双方签署合作备忘录。")
    r = tagger.tag(text, date="2024-05-02")
    assert pairs(r) == {("CN-XJ", "KAZ"), ("CN-XJ", "KGZ"), ("CN-XJ", "UZB"), ("CN-YN", "VNM"), ("CN-YN", "LAO")}
    assert len(r.engagements) == 2
    assert r.engagement == r.engagements[0].category  # rule 1: the document's category is the primary's


def test_round_up_in_one_sentence(tagger):
    r = tagger.tag("新疆党委书记率团访问哈萨克斯坦，云南省委书记率团访问越南。")
    assert pairs(r) == {("CN-XJ", "KAZ"), ("CN-YN", "VNM")}


def test_listed_pairs_in_one_clause(tagger):
    r = tagger.tag("友城论坛上，山东省烟台市与日本某市、四川省成都市与意大利某市签订缔结友好城市关系协议。")
    assert pairs(r) == {("CN-SD", "JPN"), ("CN-SC", "ITA")}
    assert {e.level for e in r.engagements} == {"municipal"}


def test_trip_with_stops_is_one_engagement(tagger):
    text = ("4月20日至27日，云南省委书记率云南省代表团访问越南、老挝。在河内期间，代表团会见了越南总理。"
            "在万象，代表团出席了经贸合作论坛。")
    r = tagger.tag(text, date="2024-05-01")
    assert len(r.engagements) == 1
    e = r.engagements[0]
    assert e.category == "delegation_visit" and set(e.partners) == {"VNM", "LAO"}
    assert e.direction == "outbound" and e.date == "2024-04-20"


def test_separate_dated_occasions_are_separate(tagger):
    text = "5月6日，广西壮族自治区主席会见越南驻华大使。5月9日，自治区主席会见老挝驻南宁总领事。"
    r = tagger.tag(text, date="2024-05-10")
    assert [e.date for e in r.engagements] == ["2024-05-06", "2024-05-09"]
    assert [e.partners for e in r.engagements] == [["VNM"], ["LAO"]]


def test_title_attachment_tells_the_sides_apart(tagger):
    r = tagger.tag("云南省委书记在昆明会见越南老街省委书记。")
    e = r.engagements[0]
    assert (e.official, e.counterpart) == ("party_secretary", "subnational")
    assert e.provenance["counterpart"].text == "省委书记" and e.provenance["counterpart"].start > 8
    r = tagger.tag("Yunnan Governor Wang met the Governor of Lao Cai Province in Kunming.")
    e = r.engagements[0]
    assert (e.official, e.counterpart) == ("governor", "subnational")


def test_ranks_pick_the_highest_official(tagger):
    r = tagger.tag("省外办主任陪同云南省长会见泰国总理。")
    e = r.engagements[0]
    assert (e.official, e.counterpart) == ("governor", "head_of_state_or_government")


@pytest.mark.parametrize("text,direction,venue", [
    ("老挝琅南塔省代表团来滇访问，云南省副省长会见代表团。", "inbound", "CN-YN"),
    ("广西壮族自治区党委书记率团访问越南。", "outbound", "VNM"),
    ("广西壮族自治区主席在河内会见越南副总理。", "outbound", "VNM"),
    ("云南省长致信老挝琅南塔省省长，祝贺新年。", "remote", None),
    ("云南省委书记视频会见越南老街省委书记。", "remote", None),
    ("辽宁省长在沈阳会见韩国驻沈阳总领事。", "inbound", "CN-LN"),
])
def test_direction_and_venue(tagger, text, direction, venue):
    e = tagger.tag(text).engagements[0]
    assert (e.direction, e.venue) == (direction, venue)
    assert "direction" in e.provenance


def test_date_takes_the_document_year(tagger):
    e = tagger.tag("4月27日，云南省委书记会见越南驻华大使。", date="2024-06-01").engagements[0]
    assert e.date == "2024-04-27" and e.provenance["date"].rule == "document_year"
    e = tagger.tag("近日，云南省委书记会见越南驻华大使。", date="2024-06-01").engagements[0]
    assert e.date is None and e.provenance["date"].rule == "vague_date"
    e = tagger.tag("12月28日，云南省委书记会见越南驻华大使。", date="2025-01-03").engagements[0]
    assert e.date == "2024-12-28"  # a December act reported in January is last year's


def test_find_day_english_forms():
    assert find_day("SEOUL, Oct. 14 (Yonhap) -- officials", 0, 30)[:3] == (None, 10, 14)
    assert find_day("On 5 May 2024 the governor met", 0, 30)[:3] == (2024, 5, 5)


@pytest.mark.parametrize("text,level", [
    ("昆明市市长会见老挝万象市市长。", "municipal"),
    ("云南省普洱市江城县与老挝丰沙里省约乌县签署友好合作协议。", "county"),
    ("云南省与老挝琅南塔省签署友好合作协议。", "provincial"),
])
def test_level_from_the_acting_unit(tagger, text, level):
    assert tagger.tag(text).engagements[0].level == level


def test_no_engagement_no_list(tagger):
    r = tagger.tag("云南要发挥区位优势，建设面向南亚东南亚辐射中心。")
    assert r.engagement is None and r.engagements == []


def test_source_province_supplies_the_actor(tagger):
    from pipeline.schemas import Document

    r = tagger.tag(Document(id="d", text="省外办主任会见泰国驻华大使。", source_province="CN-YN"))
    assert r.engagements[0].provinces == ["CN-YN"]
    assert r.engagements[0].provenance["provinces"].rule == "source_province"


def test_evidence_slices_the_original_text(tagger):
    text = "外事动态\n4月27日，雲南省委書記在昆明會見越南老街省委書記。"
    e = tagger.tag(text).engagements[0]
    a, b = e.evidence
    assert "會見" in text[a:b]
    p = e.provenance["official"]
    assert text[p.start:p.end] == p.text == "省委書記"


def test_title_lexicon_is_validated(tmp_path):
    import shutil

    from pipeline.lexicon import default_path

    root = tmp_path / "lex"
    shutil.copytree(default_path(), root)
    (root / "titles.yaml").write_text("- id: title.bad\n  counterpart: emperor\n  zh: [皇帝]\n", encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load(root)
    assert "emperor" in str(exc.value)


def test_triples_and_attribute_scores():
    g = {"category": "greeting", "provinces": ["CN-YN"], "partners": [], "regions": ["ASEAN"], "direction": "remote"}
    assert triples([g]) == {("CN-YN", "ASEAN", "greeting")}
    assert triples([{**g, "regions": []}]) == {("CN-YN", None, "greeting")}
    gold = [{"id": "a", "text": "", "engagements": [g]}]
    rep = engagement_report(gold, {"a": {"engagements": [{**g, "direction": "inbound"}]}})
    assert rep["f1"] == 1.0 and rep["attributes"]["direction"]["accuracy"] == 0.0
    rep = engagement_report(gold, {"a": {"engagements": []}})
    assert rep["recall"] == 0.0 and rep["matched"] == 0


def test_spacy_spans_carry_the_engagements():
    spacy = pytest.importorskip("spacy")
    import pipeline.spacy_components  # noqa: F401  (registers the factory)

    nlp = spacy.blank("zh")
    nlp.add_pipe("tifa")
    doc = nlp("新疆党委书记率团访问哈萨克斯坦。云南省委书记率团访问越南。")
    spans = doc.spans["tifa_engagements"]
    assert [s.label_ for s in spans] == ["delegation_visit", "delegation_visit"]
    assert [s._.tifa_engagement.partners for s in spans] == [["KAZ"], ["VNM"]]


def test_engagement_rows_and_cli(tmp_path):
    import json
    import subprocess
    import sys

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("新疆党委书记率团访问哈萨克斯坦。云南省委书记在昆明会见越南驻华大使。", encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    subprocess.run([sys.executable, "-m", "pipeline", "tag", str(tmp_path / "in"), "--unit", "engagement",
                    "--no-model", "-w", "1", "-o", str(out)], check=True, capture_output=True)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], r["index"], r["provinces"], r["partners"]) for r in rows] == [
        ("a.txt", 0, ["CN-XJ"], ["KAZ"]), ("a.txt", 1, ["CN-YN"], ["VNM"])]
    assert rows[1]["evidence_text"].startswith("云南省委书记") and rows[1]["rule_official"]
    bad = subprocess.run([sys.executable, "-m", "pipeline", "tag", str(tmp_path / "in"), "--unit", "engagement",
                          "--format", "parquet", "--no-model"], capture_output=True, text=True)
    assert bad.returncode == 2 and "E078" in bad.stderr


def test_explain_shows_engagements(tagger):
    from pipeline.explain import explain, render

    text = "云南省委书记在昆明会见越南老街省委书记。"
    out = render(explain(tagger, text), text)
    assert "engagements (1" in out and "attaches_to_place" in out and "evidence [0:" in out


def test_greeting_is_remote_and_day_only_dates_take_the_document_month(tagger):
    e = tagger.tag("云南省人民政府外事办公室向老挝琅南塔省外事厅致贺信，祝贺老挝新年。").engagements[0]
    assert e.category == "greeting" and e.direction == "remote"
    e = tagger.tag("19日，云南省委书记在昆明会见越南驻华大使。", date="2024-11-20").engagements[0]
    assert e.date == "2024-11-19" and e.provenance["date"].rule == "document_month"
    e = tagger.tag("25日，云南省委书记在昆明会见越南驻华大使。", date="2024-11-20").engagements[0]
    assert e.date is None  # a day after the document's own: not this month's


def test_a_foreign_only_title_on_a_chinese_place_names_no_counterpart(tagger):
    e = tagger.tag("云南省副省长在云南大学会见老挝琅南塔省省长。").engagements[0]
    assert (e.official, e.counterpart) == ("deputy", "subnational")
    e = tagger.tag("云南省长率云南省代表团访问老挝。").engagements[0]
    assert e.counterpart is None  # the delegation is the Chinese one


def test_several_venues_give_none_and_a_consulate_seat_is_no_venue(tagger):
    e = tagger.tag("浙江省委书记率团在印度尼西亚、泰国访问。").engagements[0]
    assert e.venue is None and set(e.partners) == {"IDN", "THA"}
    e = tagger.tag("The governor of Hunan met the US consul general in Guangzhou in Changsha.").engagements[0]
    assert e.venue != "CN-GD"


def test_foreign_subnational_place_is_the_counterpart(tagger):
    e = tagger.tag("云南省与老挝琅南塔省举行会谈。").engagements[0]
    assert e.counterpart == "subnational" and e.provenance["counterpart"].rule == "foreign_subnational_place"


def test_listed_pairs_share_the_listing_date(tagger):
    r = tagger.tag("11月19日，黑龙江省大庆市与韩国忠州市、广东省中山市与智利奇廉市签署友好城市协议书。", date="2024-11-20")
    assert [e.date for e in r.engagements] == ["2024-11-19", "2024-11-19"]


def test_eval_report_with_no_worst_list():
    from pipeline.evaluate import report

    gold = [{"id": "a", "text": "云南省长会见越南大使。", "engagements": []}]
    rep = report(gold, [{"id": "a", "engagements": []}], worst=0)
    assert rep["engagement_worst"] == [] and rep["summary"]["engagements"]["support"] == 1


@pytest.mark.parametrize("text,direction,level", [
    ("湖南省为中非共和国农业官员举办杂交水稻培训班。", "inbound", "provincial"),
    ("Chongqing delegation visits Germany to boost rail freight.", "outbound", None),
    ("宁夏外办主任赴外交部走访，并拜会阿曼驻华大使。", "inbound", None),
    ("河北省、浙江省等地方政府代表赴日本新潟县开展为期五天的考察。", "outbound", None),
])
def test_direction_cues(tagger, text, direction, level):
    e = tagger.tag(text).engagements[0]
    assert e.direction == direction
    if level:
        assert e.level == level


def test_a_consul_stationed_in_china_is_a_diplomat(tagger):
    e = tagger.tag("日本驻上海总领事赴合肥考察新能源汽车企业。").engagements[0]
    assert e.counterpart == "diplomat" and e.direction == "inbound"


def test_the_layer_can_be_switched_off():
    t = Tagger(engagements=False)
    r = t.tag("新疆党委书记率团访问哈萨克斯坦。云南省委书记率团访问越南。")
    assert r.engagements == [] and r.engagement == "delegation_visit"


def test_english_round_up_in_one_sentence(tagger):
    r = tagger.tag("Xinjiang's party secretary toured Kazakhstan and Uzbekistan last week, "
                   "while Yunnan's party chief visited Vietnam and Laos.")
    assert pairs(r) == {("CN-XJ", "KAZ"), ("CN-XJ", "UZB"), ("CN-YN", "VNM"), ("CN-YN", "LAO")}
    assert [e.direction for e in r.engagements] == ["outbound", "outbound"]


def test_same_day_takes_the_previous_date(tagger):
    r = tagger.tag("4月27日，广西壮族自治区党委书记在南宁会见越南驻华大使；同日，云南省委书记在昆明会见老挝总理。",
                   date="2024-05-10")
    assert [(e.provinces, e.date) for e in r.engagements] == [(["CN-GX"], "2024-04-27"), (["CN-YN"], "2024-04-27")]


def test_dated_acts_in_the_body_of_a_feature(tagger):
    text = ("Provinces are stepping up their own diplomacy. On April 12, Liaoning Governor Li met the Russian "
            "ambassador in Shenyang. On May 3, Jilin signed a memorandum with South Korea's Gyeongsangbuk-do. "
            "Yunnan has long courted Myanmar.")
    r = tagger.tag(text, date="2024-06-10")
    assert pairs(r) == {("CN-LN", "RUS"), ("CN-JL", "KOR")}
    assert r.engagement == r.engagements[0].category == "high_level_meeting"
    r = tagger.tag("云南省要发挥区位优势，建设面向南亚东南亚辐射中心。5月，云南省与老挝的合作继续深化。")
    assert r.engagements == []  # no dated act with a strong cue


def test_titles_need_their_place_where_the_side_is_unclear(tagger):
    e = tagger.tag("In Hanoi, Vietnam's Prime Minister held talks with Liu Ning, Secretary of the Party Committee of "
                   "Guangxi Zhuang Autonomous Region.").engagements[0]
    assert (e.official, e.counterpart) == ("party_secretary", "head_of_state_or_government")
    e = tagger.tag("云南省外办主任会见越南河内国家大学代表团。").engagements[0]
    assert (e.official, e.counterpart) == ("fao", "academic")
    e = tagger.tag("重庆市外办副主任考察西部科学城某公司，会见泰国驻成都总领事。").engagements[0]
    assert e.counterpart == "diplomat"  # the Chinese company is no business counterpart
    e = tagger.tag("全国人大常委会副委员长出席中国—蒙古国博览会开幕式，内蒙古自治区党委常委陪同。").engagements[0]
    assert e.official == "other"  # a national leader outranks the provincial ones


def test_date_ranges_start_on_their_first_day():
    for text, day in [("1月10—31日，省文旅厅派出艺术团", (1, 10)), ("11月8日至17日，率团访问", (11, 8)),
                      ("3月5-7日，代表团访问", (3, 5))]:
        assert find_day(text, 0, len(text))[1:3] == day


def test_a_role_target_is_not_an_engaged_region(tagger):
    """面向南亚东南亚辐射中心 in a readout gives role targets, not regions engaged in the meeting."""
    r = tagger.tag("5月8日，云南省长在昆明会见越南驻华大使，表示云南正加快建设面向南亚东南亚辐射中心。"
                   "双方还谈到与东盟国家的合作。", date="2024-05-20")
    assert set(r.role_targets) == {"SOUTH_ASIA", "SOUTHEAST_ASIA"}
    assert r.engagements[0].partners == ["VNM"]
    assert r.engagements[0].regions == ["ASEAN"]  # named outside the role phrase

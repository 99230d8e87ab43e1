"""Engagement attributes on the shapes provincial and city foreign-affairs office pages take
(issue 15, real pages of the rpfao round): China's own envoys and ministry officials written
without 中国, consular work named with 领事, an organ's party posts, a provincial post held
with a city's, a visit named only as a wish, a news app's name holding 视频. Every sentence
was written for these tests; names and places are public facts, events are illustrative."""

from __future__ import annotations

import pytest

from pipeline.engagement.attributes import city_official, direction, venue
from pipeline.engagement.posts import attach_all, post_rank
from pipeline.engagement.titles import compile_titles
from pipeline.engagement.titles_extra import chinese_mission_abroad, wished
from pipeline.lexicon import load
from pipeline.schemas import Mention
from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)

DATE = "2024-05-10"


@pytest.fixture(scope="module")
def matcher():
    return compile_titles(load().title_entries)


def _country(code: str, text: str, t: str, entry: str | None = None) -> Mention:
    i = t.index(text)
    return Mention(label="country", code=code, text=text, start=i, end=i + len(text), entry=entry or f"country.{code}")


def sides(matcher, t: str, places=()) -> list[tuple[str, str, str]]:
    return [(h.text, h.side, h.code) for h in attach_all(matcher.find(t, 0, len(t)), t, list(places))]


# --- China's own envoy abroad, written without 中国 ------------------------------------------

@pytest.mark.parametrize("t,country", [
    ("驻老挝大使会见来访的四川省副省长一行", "老挝"),
    ("原标题：驻泰国使馆临时代办会见云南省代表团", "泰国"),
    ("12月3日，驻缅甸大使在仰光会见广西客人", "缅甸"),
])
def test_a_mission_named_by_zhu_and_a_foreign_country_is_chinas_own(matcher, t, country):
    code = {"老挝": "LAO", "泰国": "THA", "缅甸": "MMR"}[country]
    hits = sides(matcher, t, [_country(code, country, t)])
    assert all(side != "foreign" for text, side, _ in hits if text in ("大使", "临时代办", "使馆"))


@pytest.mark.parametrize("t,places", [
    ("老挝驻华大使来访", [("LAO", "老挝")]),  # 驻华: resident in China, foreign
    ("越南驻老挝大使出席", [("VNM", "越南"), ("LAO", "老挝")]),  # another country's mission
])
def test_a_foreign_countrys_own_mission_stays_foreign(matcher, t, places):
    ms = [_country(c, s, t) for c, s in places]
    assert any(text.endswith("大使") and (side, code) == ("foreign", "diplomat")
               for text, side, code in sides(matcher, t, ms))


def test_chinese_mission_abroad_needs_a_foreign_country_after_zhu():
    t = "驻广州总领事会见"  # a consul resident in Guangzhou: not China's abroad
    gz = Mention(label="province", code="CN-GD", text="广州", start=1, end=3, entry="city.guangzhou", role="locator")
    assert not chinese_mission_abroad(t, 3, [gz])


def test_meeting_chinas_own_envoy_abroad_names_no_counterpart_and_is_abroad(tagger):
    e = first(tagger, "5月6日，驻柬埔寨大使会见到柬访问的湖南省政协副主席一行，双方进行了工作交流。", date=DATE)
    assert (e.counterpart, e.direction) == (None, "outbound")


def test_chinas_foreign_minister_at_a_provincial_event_is_no_counterpart(tagger):
    e = first(tagger, "6月3日，全省外事工作会议在贵阳召开，外交部部长王毅作报告，省委书记主持会议。", date=DATE)
    assert (e.counterpart, e.official) == (None, "party_secretary")


def test_a_vice_minister_at_the_fao_meeting_leaves_the_fao_acting(tagger):
    e = first(tagger, "7月6日，省外办召开全省外事工作会议，外交部副部长张明出席，省外办主任主持。", date=DATE)
    assert (e.counterpart, e.official) == (None, "fao")


def test_a_foreign_ministers_transliterated_name_keeps_him_foreign(matcher):
    t = "蒙古国交通部部长包·德力格尔赛罕出席"
    hits = sides(matcher, t, [_country("MNG", "蒙古国", t)])
    assert not any(side == "chinese" for _, side, _ in hits)


# --- 领事 in consular work --------------------------------------------------------------------

@pytest.mark.parametrize("t", ["举办领事保护与协助业务培训", "开展领事认证业务培训", "外交部领事司处长授课"])
def test_consular_work_is_no_consul(matcher, t):
    assert not any(side == "foreign" and code == "diplomat" and text == "领事" for text, side, code in sides(matcher, t))


def test_a_consul_is_still_a_consul(matcher):
    t = "会见泰国驻昆明领事"
    assert ("领事", "foreign", "diplomat") in sides(matcher, t, [_country("THA", "泰国", t)])


def test_a_city_fao_lecture_on_consular_protection_has_no_foreign_counterpart(tagger):
    e = first(tagger, "7月2日，市委外办在市行政中心举办海外领事保护培训讲座，各县区外事干部参加。", date=DATE)
    assert e.counterpart is None


# --- an organ's or a school's party posts ------------------------------------------------------

@pytest.mark.parametrize("t", ["省直机关工委副书记列席会议", "师范学院党委副书记授课", "某集团党委书记出席"])
def test_an_organs_party_post_is_its_officer_not_the_provinces(matcher, t):
    hits = attach_all(matcher.find(t, 0, len(t)), t, [])
    post = next(h for h in hits if "书记" in h.text)
    assert (post.side, post.code, post_rank(post) < 50) == ("chinese", "other", True)


def test_the_provinces_own_deputy_secretary_is_unchanged(matcher):
    assert ("省委副书记", "chinese", "deputy") in sides(matcher, "省委副书记出席会议")


def test_the_fao_director_outranks_an_organs_deputy_secretary(tagger):
    e = first(tagger, "7月8日，省外办举行理论学习中心组集体学习，省直机关工委副书记列席指导，省外办主任主持会议。",
              date=DATE)
    assert e.official == "fao"


# --- a provincial post held with a city's --------------------------------------------------------

def test_a_provincial_standing_committee_member_leading_a_city_is_a_deputy(matcher):
    t = "省委常委、市委书记会见日本驻华大使"
    hits = attach_all(matcher.find(t, 0, len(t)), t, [])
    post = next(h for h in hits if h.text == "省委常委")
    assert city_official("municipal", "deputy", post) is None  # keeps deputy


def test_a_bare_city_post_is_still_municipal(matcher):
    t = "市委书记会见日本驻华大使"
    post = attach_all(matcher.find(t, 0, len(t)), t, [])[0]
    assert city_official("municipal", post.code if post.code != "municipal" else "party_secretary", post) == "municipal"


# --- a visit only wished for ---------------------------------------------------------------------

def test_a_wished_visit_is_no_venue():
    t = "外办副主任会见法国驻广州总领事。总领事表示，欢迎更多湖北团组访问法国。"
    i = t.rindex("法国")
    fra = Mention(label="country", code="FRA", text="法国", start=i, end=i + 2, entry="country.FRA")
    assert wished(t, i)
    assert venue(t, [(0, len(t))], [fra])[0] is None
    assert direction(t, [(0, len(t))], [fra], "high_level_meeting")[0] != "outbound"


@pytest.mark.parametrize("t", ["应越南政府邀请访问越南", "省体育局邀请俄罗斯运动员来长春参加比赛"])
def test_an_invited_visit_is_still_a_visit(t):
    assert not wished(t, t.rindex("越南") if "越南" in t else t.index("长春"))


# --- 视频 inside a news app's name --------------------------------------------------------------

def test_a_news_apps_name_is_no_video_link():
    t = "来源：某某N视频APP\n12月1日上午，市长在市政府会见各国驻穗领事官员。"
    d, _ = direction(t, [(0, len(t))], [], "high_level_meeting")
    assert d != "remote"


def test_a_video_meeting_is_still_remote():
    t = "12月1日，副省长以视频方式会见泰国清迈府尹。"
    assert direction(t, [(0, len(t))], [], "high_level_meeting")[0] == "remote"


# --- foreign posts: a Politburo seat held with a local post; a unit no lexicon lists ----------------

def test_a_foreign_politburo_seat_held_with_a_city_post_is_the_citys(tagger):
    e = first(tagger, "5月8日，自治区党委书记在南宁会见越共中央政治局委员、河内市委书记一行。", date=DATE)
    assert e.counterpart == "subnational"


def test_a_foreign_politburo_seat_alone_stays_the_partys(tagger):
    e = first(tagger, "5月8日，省委书记在昆明会见越共中央政治局委员一行。", date=DATE)
    assert e.counterpart == "party"


@pytest.mark.parametrize("text", [
    "5月8日，县长在沧源县会见缅甸佤邦第二特区副主席一行。",
    "5月8日，县委书记在耿马县会见缅甸掸邦北部特区主席一行。",
])
def test_a_post_after_an_unlisted_foreign_unit_is_foreign(tagger, text):
    e = first(tagger, text, date=DATE)
    assert (e.official, e.counterpart, e.level) == ("municipal", "subnational", "county")


@pytest.mark.parametrize("text", [
    "5月8日，副省长在福州会见马来西亚商务代表团一行。",
    "5月8日，自治区副主席在南宁会见泰国工商代表团一行。",
    "5月8日，省外办主任在长沙会见德国企业家代表团一行。",
])
def test_a_foreign_business_delegation_is_business(tagger, text):
    assert first(tagger, text, date=DATE).counterpart == "business"


# --- a cadre training no foreign party joins ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "7月2日，市外办在市委党校举办全市外事专办员培训班，各区县外事干部参加。",
    "9月5日，省外办举办全省因公出国（境）管理业务培训班。",
])
def test_a_domestic_cadre_training_is_domestic_coordination(tagger, text):
    e = first(tagger, text, date=DATE)
    assert (e.category, e.partners, e.direction) == ("domestic_coordination", [], "domestic")


@pytest.mark.parametrize("text", [
    "7月2日，省外办在昆明举办发展中国家政府官员研修班。",
    "7月2日，省外办在南宁举办东盟国家外交官培训班。",
])
def test_a_training_of_foreign_officials_stays_training(tagger, text):
    assert first(tagger, text, date=DATE).category == "training"


def test_the_fao_consular_division_is_no_consul(tagger):
    e = first(tagger, "5月8日，省外办领事处在昆明举办全省领事业务培训班。", date=DATE)
    assert e.counterpart is None


def test_a_consul_met_by_the_fao_consular_division_is_still_a_consul(tagger):
    e = first(tagger, "5月8日，省外办领事处处长会见泰国驻昆明总领馆领事。", date=DATE)
    assert (e.official, e.counterpart) == ("fao", "diplomat")


def test_a_city_fao_visiting_embassies_in_beijing_stays_municipal(tagger):
    e = first(tagger, "6月20日，市委外办主任率队前往北京，拜会匈牙利驻华大使，推动深圳对外交流合作。", date=DATE)
    assert (e.official, e.level, e.venue) == ("fao", "municipal", "CN-BJ")


def test_a_municipalitys_own_fao_stays_provincial(tagger):
    e = first(tagger, "6月20日，北京市外办主任在京会见匈牙利驻华大使。", date=DATE)
    assert (e.official, e.level) == ("fao", "provincial")


def test_a_provincial_leader_meeting_chinas_ambassador_abroad_names_no_counterpart(matcher):
    t = "副省长在仰光会见了驻缅甸大使"
    hits = sides(matcher, t, [_country("MMR", "缅甸", t)])
    assert not any(side == "foreign" for _, side, _ in hits)

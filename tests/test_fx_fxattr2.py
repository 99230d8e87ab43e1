"""Engagement attributes official and counterpart on shapes real pages take (issue 15, fix
round 9 of helper fxattr2): mirror pages with pinyin glosses, China's own people read as the
foreign side, national leaders beside the province's, unranked delegations beside a named
envoy, foreign cities' delegations, titles explained in brackets. Every sentence was written
for these tests; names and places are public facts, the events are illustrative."""

from __future__ import annotations

import pytest

from pipeline.engagement.titles import compile_titles
from pipeline.engagement.posts import titles_attached
from pipeline.lexicon import load
from pipeline.text import unglossed
from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)

DATE = "2023-04-10"


# --- mirror pages print a pinyin gloss after polyphonic characters: titles read through them ---

def test_unglossed_maps_each_kept_character_back():
    t = "省委書(shū)記會(huì)見"
    plain, where = unglossed(t)
    assert plain == "省委書記會見"
    assert [t[i] for i in where[:-1]] == list(plain) and where[-1] == len(t)
    assert unglossed("省委书记会见") is None


def test_a_glossed_title_is_found_with_offsets_on_the_original():
    tm = compile_titles(load().title_entries)
    t = "昨天，省委书(shū)记会(huì)见了客人。"
    hits = titles_attached(tm, t, (0, len(t)), [])
    assert [(h.text, t[h.start:h.end], h.code) for h in hits] == [("省委书记", "省委书(shū)记", "party_secretary")]


def test_a_glossed_meeting_reads_the_secretary_and_the_speaker(tagger):
    t = "2019年5月6日，省委書(shū)記李明在昆明會(huì)見了老撾國(guó)會(huì)主席一行。"
    e = first(tagger, t, date="2019-05-07")
    assert (e.official, e.counterpart) == ("party_secretary", "legislature")


def test_a_glossed_sar_delegation_is_no_foreign_government(tagger):
    t = "2024年5月11日，香港特區(qū)政府官員陳某率領(lǐng)特區(qū)政府代表團(tuán)訪問江蘇，與江蘇省官員會(huì)面。"
    e = first(tagger, t, date="2024-05-09")
    assert e.counterpart is None


# --- China's own leaders and ministry officials are no counterpart --------------------------

def test_chinas_vice_president_by_name_is_no_counterpart():
    tm = compile_titles(load().title_entries)
    t = "国家副主席习近平和州长们共同出席了论坛。"
    assert [(h.text, h.side) for h in titles_attached(tm, t, (0, len(t)), [])][0] == ("国家副主席", "none")


def test_a_foreign_vice_president_by_name_stays_a_minister(tagger):
    t = "2023年5月6日，省长在昆明会见了老挝国家副主席巴妮一行。"
    e = first(tagger, t, date="2023-05-07")
    assert e.counterpart == "minister"


def test_a_department_head_of_chinas_foreign_ministry_is_no_counterpart(tagger):
    t = ("2023年6月2日，浙江省委书记王某会见了来浙参加“驻华使节地方行”活动的各国驻华使节。"
         "外交部礼宾司司长刘某参加会见。")
    e = first(tagger, t, date="2023-06-03")
    assert e.counterpart == "diplomat"


def test_a_foreign_ministrys_department_head_stays_a_minister(tagger):
    t = "2023年6月2日，云南省外办主任在昆明会见老挝外交部礼宾司司长一行。"
    e = first(tagger, t, date="2023-06-03")
    assert e.counterpart == "minister"


@pytest.mark.parametrize("t", [
    "On June 5, 2023, Party Secretary Chen Hao of Yunnan met foreign guests in Kunming and recalled the "
    "instructions of President Xi Jinping on opening up.",
    "On June 5, 2023, Yunnan Governor Wang Yubo met a delegation of the Japan-China Friendship Association "
    "in Kunming, saying President Xi Jinping had called for closer exchanges.",
])
def test_president_xi_is_no_foreign_head_of_state(tagger, t):
    e = first(tagger, t, date="2023-06-06")
    assert e.counterpart != "head_of_state_or_government"


def test_a_cppcc_chairman_with_a_uyghur_name_is_chinese(tagger):
    t = ("In Urumqi on May 8, 2023, Xinjiang's party secretary Ma Xingrui received the Ambassador of Kazakhstan "
         "to China. Also present was Tursun Ablimit, chairman of the CPPCC Autonomous Region.")
    e = first(tagger, t, date="2023-05-09")
    assert (e.official, e.counterpart) == ("party_secretary", "diplomat")


# --- a national leader at a provincial event ranks below the province's secretary or governor ----

def test_the_acting_governor_beside_a_national_leader_is_the_official(tagger):
    t = ("2023年9月1日，博览会在南宁开幕。全国人大常委会副委员长某某出席，自治区党委副书记、代主席某某致辞。"
         "越南、老挝等国代表团参加。")
    e = first(tagger, t, date="2023-09-02")
    assert e.official == "governor"


def test_a_national_leader_alone_is_still_other(tagger):
    t = "2023年9月1日，中国—蒙古国博览会在呼和浩特开幕。全国人大常委会副委员长某某出席开幕式，蒙古国代表团参加。"
    e = first(tagger, t, date="2023-09-02")
    assert e.official == "other"


# --- an unranked official delegation ranks below the envoy named with it ---------------------

def test_the_ambassador_outranks_the_official_delegation_he_brings(tagger):
    t = "2014年1月13日，省委书记在海口会见了美国驻华大使，对美国官方代表团来琼访问表示欢迎。"
    e = first(tagger, t, date="2014-01-14")
    assert e.counterpart == "diplomat"


def test_an_official_delegation_alone_is_still_national(tagger):
    t = "2014年1月13日，副省长在海口会见了沙特官方代表团。"
    e = first(tagger, t, date="2014-01-14")
    assert e.counterpart == "minister"


# --- foreign friendship cities' delegations are subnational ---------------------------------

def test_sister_city_delegations_outrank_the_consuls_attending(tagger):
    t = "2019年10月30日，副省长在绍兴会见了来自日本、韩国、新西兰等12个国家的20个友城代表团和各国驻华使领馆官员。"
    e = first(tagger, t, date="2019-10-31")
    assert e.counterpart == "subnational"


# --- English: a mayor of a province's city; a title explained in brackets; an organisation's officer

def test_the_mayor_of_a_provinces_capital_is_municipal(tagger):
    t = ("On May 3, 2023, the Mongolian governor met with Wang Lin, the mayor of Inner Mongolia's capital, Hohhot. "
         "Wang said he welcomed the visit on behalf of the city government.")
    e = first(tagger, t, date="2023-05-04")
    assert e.official == "municipal"


def test_a_foreign_post_explained_in_brackets_is_no_chinese_governor(tagger):
    t = ("URUMQI, Sept. 20, 2023 - Akim (governor) Asan Bekov led a group from Kazakhstan's Pavlodar region "
         "to the China-Eurasia Expo's opening ceremony in Urumqi on September 20, 2023.")
    e = first(tagger, t, date="2023-09-20")
    assert e.official != "governor" and e.counterpart == "subnational"


def test_the_vice_president_of_a_press_association_is_no_minister(tagger):
    t = ("On August 2, 2023, a delegation of Russian media visited Harbin, Heilongjiang province. It included "
         "reporters, editors and the vice president of a regional media association.")
    e = first(tagger, t, date="2023-08-03")
    assert e.counterpart != "minister"


def test_a_department_head_listed_after_chinas_ministry_is_no_counterpart(tagger):
    t = ("2023年7月6日，一期外事干部培训班在南昌开班，由外交部和江西省外办联合主办，"
         "外交部部长助理钱某、干部司副司长孙某，省外办主任宋某出席。")
    e = first(tagger, t, date="2023-07-07")
    assert e.counterpart is None


def test_a_former_head_of_government_ranks_below_a_serving_vice_president(tagger):
    t = "2011年10月20日，博览会在成都开幕。马尔代夫副总统瓦希德、日本前首相鸠山由纪夫等出席开幕式。"
    e = first(tagger, t, date="2011-10-21")
    assert e.counterpart == "minister"


def test_a_former_member_of_parliament_stays_other(tagger):
    t = "2023年5月6日上午，自治区政协主席在乌鲁木齐会见哈萨克斯坦著名作家、前议会议员一行。"
    e = first(tagger, t, date="2023-05-07")
    assert e.counterpart == "other"


# --- a trip's hosts named after the clauses its attributes are read from ----------------------

def test_a_prime_minister_met_late_in_a_trip_report_is_the_counterpart(tagger):
    t = ("2023年5月10日至13日，云南省委书记王某带领云南代表团赴越南访问。代表团先后到访河内、海防和广宁。"
         "在海防，代表团考察了港口。在广宁，代表团参观了工业园区。代表团还出席了经贸座谈会。"
         "代表团与当地企业进行了交流。代表团看望了在越中资企业员工。越南政府总理范明政会见了代表团。")
    e = first(tagger, t, date="2023-05-14")
    assert e.counterpart == "head_of_state_or_government"


def test_an_association_named_late_is_no_counterpart(tagger):
    t = ("2023年5月10日至13日，云南省委书记王某带领云南代表团赴越南访问。代表团先后到访河内、海防和广宁。"
         "在海防，代表团考察了港口。在广宁，代表团参观了工业园区。代表团还出席了经贸座谈会。"
         "代表团与当地企业进行了交流。代表团看望了在越中资企业员工。越中友好协会代表也参加了活动。")
    e = first(tagger, t, date="2023-05-14")
    assert e.counterpart is None


def test_a_foreign_party_by_its_name_is_a_party(tagger):
    t = ("On March 4, 2024, Wang Tao, a deputy party secretary of Sichuan, received in Chengdu a group from "
         "Turkmenistan's Party of Industrialists and Entrepreneurs, headed by the Democratic Party's chairman.")
    e = first(tagger, t, date="2024-03-05")
    assert e.counterpart == "party"


# --- provincial leaders named after the clauses its attributes are read from -----------------

def test_a_secretary_who_welcomes_after_a_long_lead_is_the_official(tagger):
    t = ("7月7日，第三十届投资贸易洽谈会在兰州开幕。本届洽谈会以合作共赢为主题。展会设五个展馆。"
         "来自哈萨克斯坦、俄罗斯等国的客商参会。展会另设网上展厅。主宾省为山东。"
         "省委书记、省人大常委会主任尹某致欢迎辞。")
    e = first(tagger, t, date="2023-07-08")
    assert e.official == "party_secretary"


def test_a_department_named_late_is_no_official(tagger):
    t = ("7月7日，第三十届投资贸易洽谈会在兰州开幕。本届洽谈会以合作共赢为主题。展会设五个展馆。"
         "来自哈萨克斯坦、俄罗斯等国的客商参会。展会另设网上展厅。主宾省为山东。"
         "省商务厅负责展会组织工作。")
    e = first(tagger, t, date="2023-07-08")
    assert e.official is None


# --- a province's own firms or businessmen are no official ----------------------------------

def test_businessmen_of_the_region_are_no_official(tagger):
    t = ("In Urumqi on September 20, 2023, visitors from Kazakhstan's Pavlodar region held trade talks with "
         "government officials and businessmen of Xinjiang.")
    e = first(tagger, t, date="2023-09-21")
    assert e.official != "other"

"""English and mixed breadth of cues and titles on the shapes of real partner-country and
provincial English coverage (issue 15): foreign agencies' and embassies' reports of provincial
dealings, provincial English sites, letters and promotion events. Sentences written for these
tests (facts only taken from public reports)."""

from __future__ import annotations

import pytest

from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)


@pytest.mark.parametrize("text,official", [
    # a standing-committee member named by the province's committee ("a member of the Hunan
    # Provincial Standing Committee") is a provincial leader: deputy (常委)
    ("A delegation led by Sun Hui, a member of the Hunan Provincial Standing Committee, arrived in Nairobi on "
     "Tuesday and called on the Speaker of the National Assembly of Kenya.", "deputy"),
    ("Ma Lin, member of the Standing Committee of the Provincial Party Committee, met the Ambassador of Peru "
     "to China in Fuzhou on June 2.", "deputy"),
    # the party secretary OF the foreign affairs office heads the office: fao, not party_secretary
    ("Zhou Ping, Party Secretary and Director of the Foreign Affairs Office of Gansu Province, met with the "
     "Ambassador of Pakistan to China in Lanzhou on July 2.", "fao"),
    ("On May 12, the Party Secretary of the Provincial Foreign Affairs Office met the Consul General of Laos "
     "in Kunming.", "fao"),
    ("5月12日，省外事办公室党组书记在昆明会见老挝驻昆明总领事。", "fao"),
    # the trade-promotion council's vice chairman is no provincial vice chairman (deputy): other
    ("Chen Yu, vice chairman of the China Council for the Promotion of International Trade Heilongjiang "
     "Sub-council, met with representatives of the Embassy of Belarus in Harbin on June 4.", "other"),
    ("On June 4, the vice chairman of CCPIT Yunnan met a business delegation from Thailand in Kunming.", "other"),
])
def test_english_chinese_side_titles(tagger, text, official):
    e = first(tagger, text, date="2024-07-10")
    assert e.official == official


@pytest.mark.parametrize("text", [
    "Liu Gang, district chief of Harbin's Nangang District, met with the mayor of Blagoveshchensk, Russia, on May 9.",
    "On May 9, the deputy district chief of Qingdao's Huangdao District met a delegation of Busan, Korea.",
    "The district head of Kunming's Guandu District held talks with the Mayor of Vientiane, Laos, on May 9.",
])
def test_english_district_leaders_are_county_level(tagger, text):
    e = first(tagger, text, date="2024-07-10")
    assert (e.official, e.level) == ("municipal", "county")


@pytest.mark.parametrize("text", [
    # a letter or message of consolation (慰问信) is a remote greeting, not a text with no act
    "The Party Secretary of Zhejiang sent a letter of consolation to the Governor of Shizuoka Prefecture, Japan, "
    "after the earthquake.",
    "In his letter, the governor of Shandong sent sincere consolations to the people of South Chungcheong "
    "Province, Korea, over the floods.",
    "The Governor of Fujian sent a message of consolation to the Governor of Cebu, the Philippines, after the typhoon.",
])
def test_letters_of_consolation_are_greetings(tagger, text):
    r = tagger.tag(text, date="2024-07-10")
    assert r.engagement == "greeting"
    assert r.engagements[0].direction == "remote"


@pytest.mark.parametrize("text", [
    # a province's promotion series / promotion events abroad are promotion events (forum_expo): the
    # scholars and media in the guest list do not make it education
    "The Chongqing brands global promotion series was held in Lima and Sao Paulo from November 5 to 8, bringing "
    "together officials, business leaders, media and scholars.",
    "Guangxi held promotional events in Jakarta, Indonesia, on March 4, attended by local officials, entrepreneurs "
    "and students.",
])
def test_promotion_series_abroad_is_forum_expo(tagger, text):
    assert tagger.tag(text, date="2024-12-01").engagement == "forum_expo"


def test_a_tourism_promotion_event_stays_cultural(tagger):
    """The longer tourism form is still culture and tourism (guards the shorter promotion forms)."""
    r = tagger.tag("Yunnan held tourism promotion events in Bangkok, Thailand, on March 4.", date="2024-12-01")
    assert r.engagement == "cultural_exchange"


@pytest.mark.parametrize("text,official,counterpart", [
    # a foreign ministry's director-general (national official) is a minister-rank counterpart
    ("On May 3, the Director-General of Thailand's Department of East Asian Affairs met Wei Ran, Director-General "
     "of the Foreign Affairs Office of Guangxi, in Nanning.", "fao", "minister"),
    ("On May 3, the vice governor of Yunnan met the Director General of Laos' Department of Planning in Kunming.",
     "deputy", "minister"),
    ("On May 3, Wei Ran, Director-General of the Foreign Affairs Office of Guangxi, met Thai Director-General "
     "Piyaphak Sricharoen in Nanning.", "fao", "minister"),
    # guard: a Chinese department's director-general stays the Chinese side's 'other'
    ("On May 3, Li Ping, Director-General of the Department of Commerce of Hunan Province, met a business "
     "delegation from Kenya in Changsha.", "other", "business"),
])
def test_directors_general_on_both_sides(tagger, text, official, counterpart):
    e = first(tagger, text, date="2024-07-10")
    assert (e.official, e.counterpart) == (official, counterpart)


@pytest.mark.parametrize("text", [
    # 'flew to' a Chinese city is a trip to the province (was: no act at all)
    "The governor of Primorye flew to Harbin on March 26 with a regional delegation.",
    "On Monday the Governor of East Kazakhstan Region flew to Urumqi at the head of a business delegation.",
])
def test_flights_to_a_province_are_trips(tagger, text):
    r = tagger.tag(text, date="2024-03-30")
    assert r.engagement == "delegation_visit"
    assert r.engagements[0].venue in (None, "CN-HL", "CN-XJ")  # never the foreign side's country


@pytest.mark.parametrize("text", [
    # a German state's Minister-President heads a state government: subnational, not a head of state
    # ('President' inside the title took it when no foreign place followed)
    "The Governor of Shandong met Minister-President Horst Seehofer in Jinan on May 11.",
    "On March 1, Bavarian Minister-President Markus Soeder and the Governor of Sichuan signed a joint declaration "
    "by video link.",
    # guard: with the state named after it, it was already subnational
    "On May 11, the Secretary of the CPC Shandong Provincial Committee met with the Minister-President of Bavaria "
    "in Jinan.",
])
def test_a_german_minister_president_is_subnational(tagger, text):
    assert first(tagger, text, date="2024-07-10").counterpart == "subnational"


@pytest.mark.parametrize("text", [
    # a New Year / Spring Festival (video) greeting sent abroad is a greeting (was: no act)
    "The first secretary of the CPC committee of the border city of Fuyuan sent a New Year video greeting to the "
    "residents of its sister city Khabarovsk, Russia.",
    "The Governor of Yunnan sent a Spring Festival greeting to the people of Chiang Mai Province, Thailand.",
])
def test_holiday_and_video_greetings(tagger, text):
    r = tagger.tag(text, date="2024-02-10")
    assert r.engagement == "greeting"
    assert r.engagements[0].direction == "remote"


def test_a_prefectures_own_joint_work_meeting_is_domestic(tagger):
    """A '…专项工作联席会议' of a prefecture's own departments is domestic work, not a multilateral meeting."""
    for text in ("2024年文山州民间外交专项工作联席会议4月16日举行。会议总结分析了2023年全州民间外交工作，"
                 "通报了全州2024年民间外交重点项目清单。",
                 "2024年普洱市对外交流合作工作联席会议4月16日举行，会议总结了全市对外工作。"):
        assert tagger.tag(text, date="2024-04-17").engagement == "domestic_coordination"


def test_a_standing_committee_member_named_cpc_first_is_deputy(tagger):
    e = first(tagger, "From November 11 to 18, Tan Zuojun, member of CPC Standing Committee of Liaoning Province, "
                      "led a friendly economic and trade delegation from Dalian to visit Japan.", date="2019-11-20")
    assert e.official == "deputy"


@pytest.mark.parametrize("text", [
    # a Vietnamese or Lao province's party secretary, named by the ruling party's provincial committee, is a
    # provincial leader (subnational), not a party delegation
    "Secretary of the Communist Party of Vietnam Committee in Lai Chau province Le Minh Ngan on October 29 held a "
    "working session with Wang Ning, Secretary of the Communist Party of China Committee in Yunnan province.",
    "On May 8, the Secretary of the Lao People's Revolutionary Party Committee of Luang Namtha province held talks "
    "with the vice governor of Yunnan in Kunming.",
])
def test_a_neighbours_provincial_party_secretary_is_subnational(tagger, text):
    assert first(tagger, text, date="2025-10-30").counterpart == "subnational"


@pytest.mark.parametrize("text,category", [
    # a teleconference / online meeting with the foreign side is a meeting (was: no act)
    ("Heilongjiang and the Amur Region held a teleconference on May 3 to discuss the bridge.", "high_level_meeting"),
    # exchanging letters with a foreign governor is a (remote) greeting (was: no act)
    ("The vice governor of Jiangsu exchanged letters with the Governor of Victoria, Australia, on the anniversary of "
     "their sister-state ties.", "greeting"),
    # a working dinner for a visiting envoy is a meeting, not the envoy's visit
    ("Liaoning's party chief hosted a working dinner for the visiting Japanese Ambassador in Shenyang on May 3.",
     "high_level_meeting"),
    # an investment webinar is a promotion event
    ("Shandong held an investment webinar with Kyrgyz companies on May 3.", "forum_expo"),
])
def test_remote_meetings_letters_dinners_and_webinars(tagger, text, category):
    assert tagger.tag(text, date="2024-05-10").engagement == category


@pytest.mark.parametrize("text", [
    # a province's own friendship association (省友协, 人民对外友好协会) acts for the Chinese side: other
    "5月8日，省友协会长会见美国华盛顿州友好代表团。",
    "5月8日，湖南省人民对外友好协会副会长在长沙会见日本滋贺县日中友好协会访华团。",
    "On May 8, the vice president of the Yunnan Provincial People's Association for Friendship with Foreign "
    "Countries met a youth delegation from Thailand in Kunming.",
])
def test_a_provinces_friendship_association_is_the_chinese_sides_other(tagger, text):
    assert first(tagger, text, date="2024-05-10").official == "other"


def test_a_foreign_friendship_association_stays_the_counterpart(tagger):
    """Guard: a Japan-China friendship association leading a group is the foreign side's 'other'."""
    e = first(tagger, "5月8日，日中友协会长率团访问辽宁，省委副书记会见代表团。", date="2024-05-10")
    assert (e.official, e.counterpart) == ("deputy", "other")


@pytest.mark.parametrize("text", [
    # the heads of a provincial party committee's publicity / united front / organisation departments are
    # standing-committee posts (宣传部部长, 统战部部长): deputy, not a department's 'other'
    "On May 8, Zeng Yan, head of the Publicity Department of the Yunnan Provincial Committee, met a Nepali media "
    "delegation in Kunming.",
    "On May 8, the head of the United Front Work Department of the Guangxi Regional Committee met a delegation of "
    "overseas Chinese from Thailand in Nanning.",
    "On May 8, the Minister of the Publicity Department of the CPC Xinjiang Regional Committee met a Kazakh media "
    "delegation in Urumqi.",
])
def test_heads_of_party_committee_departments_are_deputy(tagger, text):
    assert first(tagger, text, date="2024-05-10").official == "deputy"


@pytest.mark.parametrize("text", [
    # guards: a train or flight leaving for a foreign city is no delegation's trip
    "A flight from Urumqi left for Almaty on Monday, the first since the pandemic.",
    "A China-Europe freight train set off for Duisburg, Germany, from Chongqing on Monday.",
])
def test_departing_trains_and_flights_are_no_trip(tagger, text):
    assert tagger.tag(text, date="2024-05-10").engagement != "delegation_visit"


@pytest.mark.parametrize("text", [
    # visitor statistics report no act (was: cultural_exchange from 'tourists', or a visit from 'visiting')
    "The number of Russian tourists visiting Heilongjiang exceeded one million in 2024, up 60 percent.",
    "Tourist arrivals from Vietnam to Guangxi rose 40 percent in the first quarter.",
])
def test_visitor_statistics_report_no_act(tagger, text):
    assert tagger.tag(text, date="2025-01-10").engagement is None


def test_a_tourism_promotion_abroad_is_still_an_act(tagger):
    """Guard: tourists invited at a promotion event do not silence the event."""
    r = tagger.tag("Yunnan hosted a tourism promotion event in Bangkok, Thailand, on May 3, inviting Thai tourists "
                   "to visit.", date="2024-05-10")
    assert r.engagement == "cultural_exchange"


@pytest.mark.parametrize("text,counterpart", [
    # trade commissioners and the EU's delegation are diplomats; a trade-promotion agency or business council
    # of the foreign side is business (all were none)
    ("On May 8, the vice governor of Sichuan met the Head of the EU Delegation to China in Chengdu.", "diplomat"),
    ("On May 8, the vice governor of Guangdong met the Trade Commissioner of Chile in Guangzhou.", "diplomat"),
    ("On May 8, the vice governor of Zhejiang met the Senior Trade Commissioner of Canada in Hangzhou.", "diplomat"),
    ("On May 8, the vice governor of Fujian met the Chief Representative of the Japan External Trade Organization "
     "in Fuzhou.", "business"),
    ("On May 8, the vice governor of Hunan met the chairman of the Tanzania Private Sector Foundation in Changsha.",
     "business"),
    ("On May 8, the vice governor of Yunnan met the chairman of the Thailand-China Business Council in Kunming.",
     "business"),
])
def test_trade_commissioners_and_trade_bodies(tagger, text, counterpart):
    assert first(tagger, text, date="2024-05-10").counterpart == counterpart


@pytest.mark.parametrize("text", [
    # aid a province sends or gives (a medical team, a cataract-surgery campaign, donated supplies, a technical
    # team) is a cooperation project (was: no act)
    "A medical team from Sichuan began a free cataract surgery campaign in Nepal on May 8.",
    "Zhejiang donated medical supplies to its sister province in Italy on May 8.",
    "Fujian sent a Juncao technical team to Papua New Guinea on May 8.",
    "5月8日，云南省“光明行”医疗队在老挝万象开展白内障手术。",
])
def test_aid_and_assistance_are_cooperation_projects(tagger, text):
    assert tagger.tag(text, date="2024-05-10").engagement == "cooperation_project"


@pytest.mark.parametrize("text,category", [
    # guards: a donation ceremony on a trip or thanks for a donation at a meeting leave the trip or meeting
    ("5月8日，云南省委书记率团访问老挝，会见老挝国家主席，并出席援老物资捐赠仪式。", "delegation_visit"),
    ("On May 8, the governor of Yunnan met the Ambassador of Laos in Kunming and thanked him for Laos' donation of "
     "relief supplies after the earthquake.", "high_level_meeting"),
])
def test_donations_inside_a_trip_or_meeting(tagger, text, category):
    assert tagger.tag(text, date="2024-05-10").engagement == category


@pytest.mark.parametrize("text", [
    # a friendship week / year between a province and a foreign partner is a cultural exchange, not an expo
    # opened by its 'opening ceremony'
    "The Mayor of Busan attended the opening ceremony of the Shanghai-Busan friendship week in Shanghai on May 8.",
    "5月8日，黑龙江—俄罗斯友好周在哈尔滨开幕，俄罗斯阿穆尔州副州长出席开幕式。",
    "A Guangxi-Vietnam friendship year was launched in Nanning on May 8 with a concert.",
])
def test_friendship_weeks_and_years_are_cultural(tagger, text):
    assert tagger.tag(text, date="2024-05-10").engagement == "cultural_exchange"


@pytest.mark.parametrize("text,counterpart", [
    # a European region's or province's president heads a regional government; a prefect is the state's
    # regional representative: subnational, not a head of state (were head_of_state or none)
    ("On May 8, the vice governor of Hunan met the President of the Region of Lombardy in Changsha.", "subnational"),
    ("On May 8, the governor of Sichuan met the President of the Generalitat of Catalonia in Chengdu.", "subnational"),
    ("On May 8, the governor of Hebei met the Prefect of the Paris region in Shijiazhuang.", "subnational"),
    # guard: a country's president stays a head of state
    ("On May 8, the governor of Yunnan met the President of Laos in Vientiane.", "head_of_state_or_government"),
])
def test_european_regional_presidents_and_prefects(tagger, text, counterpart):
    assert first(tagger, text, date="2024-05-10").counterpart == counterpart


# --- English texts that report no act (issue 15; sentences written for these tests) ---

@pytest.mark.parametrize("text", [
    # a year-only tally is a count over a period, as 2023年，…共接待外国代表团120批 (was: a project, a meeting)
    "In 2023, Mong Cai and Dongxing signed seven memoranda of understanding on border trade.",
    "Guangxi received 120 foreign delegations last year.",
    "In 2022, Yunnan hosted 85 foreign delegations and signed 40 agreements.",
    # an event described by a future clause or an expectation (was: forum_expo)
    "The governor talked about the China-ASEAN Expo, which will be held in Nanning in September.",
    "Foreign guests are expected to attend this week's China-ASEAN Expo.",
    # a trailing attribution to a person: the clause is what was said (was: cooperation_project)
    "Ningxia opened six international air routes to Central Asia, the Party chief said.",
    "Ningxia has opened six international air routes to Central Asia, said the governor.",
    "Ningxia opened six air routes to Central Asia, according to the Party chief.",
    # a closing speaker the opening-speaker pattern read as opening (the act stood before its verb)
    "Yunnan signed an agreement with Laos on the railway, she added.",
    "\u201cNingxia opened six air routes to Central Asia,\u201d said Li Ming, the provincial Party secretary.",
    '"We have opened six air routes to Central Asia," the Party chief said.',
    "Yunnan and Laos should deepen cooperation, the governor urged.",
    "Over the past year, Guangxi signed 12 cooperation agreements with ASEAN countries.",
    # a perfect tally over no named occasion
    "Guangxi has hosted 85 foreign delegations and signed 40 agreements.",
    "Heilongjiang has received more than 300 Russian delegations.",
    "The China-ASEAN Expo is the largest trade event between China and Southeast Asia.",
    "The governor spoke about the China-ASEAN Expo, scheduled for September in Nanning.",
    "The governor spoke of the China-ASEAN Expo, which will be held in Nanning on September 18.",
    "The governor spoke of the China-ASEAN Expo to be held in Nanning on September 18.",
    "Officials from 10 countries are set to attend the China-South Asia Expo in Kunming next week.",
    # announced with its day, as 将于9月18日举办 (issue 15, helper rpcat: future events report none)
    "The China-ASEAN Expo will be held in Nanning on September 18.",
    # a description of an event (was: forum_expo)
    "The China-South Asia Expo is one of the most important annual events in Kunming.",
    # calling for cooperation is a remark (was: cooperation_project)
    "Closer cooperation with Vietnam in border trade was called for by the governor of Guangxi.",
    "The governor of Guangxi called for closer cooperation with Vietnam.",
    "The governor of Guangxi urged closer cooperation with Vietnam in border trade.",
])
def test_english_texts_that_report_no_act(tagger, text):
    r = tagger.tag(text, date="2024-07-10")
    assert (r.engagement, r.engagements) == (None, [])


def test_the_chinese_year_tally_reports_no_act_either(tagger):
    assert tagger.tag("2023年，广西共接待外国代表团120批。", date="2024-07-10").engagement is None


@pytest.mark.parametrize("text,category", [
    # a remark made at a meeting reports the meeting (was: no act, the meeting read as speech)
    ("The governor of Yunnan said during a meeting with the Lao Ambassador to China that the railway has "
     "boosted trade.", "high_level_meeting"),
    ("The Party Secretary of Guangxi said at talks with the Vietnamese Ambassador that border trade keeps "
     "growing.", "high_level_meeting"),
    # guards: a dated count, a dated act attributed to a person, an institution cited as the source,
    # a dated past event (an announced dated one reports none: see the list above)
    ("On March 5, Guangxi signed seven agreements with Vietnamese provinces in Nanning.", "cooperation_project"),
    ("Last week, the governor of Guangxi led a delegation to Vietnam and signed five agreements.",
     "cooperation_project"),
    ("Ningxia opened an air route to Almaty on May 3, the Party chief said.", "cooperation_project"),
    ("Jiangsu trained 35 managers from Ethiopia in Wuxi, the province's commerce department said.", "training"),
    ("The governor of Hainan met the Thai consul general in Haikou, the provincial government said.",
     "high_level_meeting"),
    ("The China-ASEAN Expo was held in Nanning on September 18.", "forum_expo"),
    ("The governor of Guangxi met the Thai ambassador, who has visited 12 provinces.", "high_level_meeting"),
    ("The governor met the Lao ambassador in Kunming and said trade grew, officials said.", "high_level_meeting"),
    ("Ningxia opened six air routes to Central Asia, according to the provincial civil aviation bureau.",
     "cooperation_project"),
    ("The China-ASEAN Expo, which opened in Nanning on Sunday, drew exhibitors from 50 countries.", "forum_expo"),
])
def test_acts_beside_the_no_act_frames(tagger, text, category):
    assert tagger.tag(text, date="2024-07-10").engagement == category


def test_a_remark_in_an_interview_is_no_meeting(tagger):
    r = tagger.tag("The governor said during an interview that trade with Laos has grown.", date="2024-07-10")
    assert r.engagement is None


@pytest.mark.parametrize("text,partners", [
    # a US town named after a country or a foreign city, with its state: the US, not that country
    ("On June 3, a delegation from Paris, Texas visited Shandong.", ["USA"]),
    ("On June 3, officials from Lebanon, Pennsylvania met the Vice Governor of Hebei in Shijiazhuang.", ["USA"]),
    ("A trade mission from Moscow, Idaho toured Jilin on May 5.", ["USA"]),
    ("The Mayor of Athens, Georgia met a Zhejiang delegation on May 5.", ["USA"]),
    # the country itself still reads
    ("On June 3, a delegation from Paris visited Shandong.", ["FRA"]),
])
def test_us_towns_named_after_countries(tagger, text, partners):
    assert sorted(tagger.tag(text, date="2024-07-01").partners) == partners


@pytest.mark.parametrize("text", [
    # "on his election" is the occasion of the greeting, not the foreign place's elections (background)
    "On June 3, the Governor of Jiangsu congratulated the new Governor of South Chungcheong on his election in a letter.",
    "In a letter on May 2, the Governor of Shandong congratulated the Governor of Gyeonggi on her re-election.",
])
def test_a_greeting_on_a_foreign_governor_s_election(tagger, text):
    r = tagger.tag(text, date="2024-07-01")
    assert (r.engagement, r.partners) == ("greeting", ["KOR"])


def test_a_foreign_election_is_still_background(tagger):
    text = ("On June 3, the Governor of Jiangsu met the Consul General of Japan in Nanjing; Jiangsu firms watch "
            "the US elections closely, he said.")
    assert tagger.tag(text, date="2024-07-01").partners == ["JPN"]

"""Write corpus/parts/real3-en-dev.jsonl: English documents of the real register, written blind
by helper enfresh (every sentence the project's own; facts free) and hand-coded per TAXONOMY
§2-§4 and §3b before the tagger was run on them. Idempotent: re-running rewrites the same file.

    python corpus/scripts/make_real3_en.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "parts" / "real3-en-dev.jsonl"


def E(cat, provs, partners=(), regions=(), **attrs):
    """One gold engagement (TAXONOMY §3b); attributes given only where the text says."""
    e = {"category": cat, "provinces": list(provs), "partners": list(partners), "regions": list(regions)}
    e.update(attrs)
    return e


def D(text, date, provinces, partners, regions, forms, engagements, register, note=None, source=None):
    """One gold document; ``forms`` is a list of (phrase, type): every occurrence is spanned."""
    spans, types = [], []
    for phrase, typ in forms:
        start = text.find(phrase)
        if start < 0:
            raise SystemExit(f"span {phrase!r} not in {text[:60]!r}")
        spans.append({"start": start, "end": start + len(phrase), "type": typ, "text": phrase})
        if typ not in types:
            types.append(typ)
    doc = {"lang": "en", "text": text, "date": date}
    if source:
        doc["source_province"] = source
    doc.update({"provinces": provinces, "partners": partners, "regions": regions, "formulations": sorted(types),
                "engagement": engagements[0]["category"] if engagements else None, "spans": spans,
                "engagements": engagements, "register": register})
    if note:
        doc["note"] = note
    return doc


IN, OUTB, REM = "inbound", "outbound", "remote"
P = "provincial"
M = "municipal"

DOCS = [
    D("KUNMING, May 8 (Xinhua) -- Yunnan Party chief Wang Ning met with Lao Deputy Prime Minister Saleumxay "
      "Kommasith in Kunming on Wednesday, and the two sides pledged to make better use of the China-Laos Railway.",
      "2024-05-08", ["CN-YN"], ["LAO"], [], [],
      [E("high_level_meeting", ["CN-YN"], ["LAO"], direction=IN, venue="CN-YN", official="party_secretary",
         counterpart="minister", level=P, date="2024-05-08")], "en_wire",
      "Dateline + weekday of the dateline's day. Deputy PM -> minister. The railway is the occasion's topic."),
    D("Lao Deputy Prime Minister Chanthone Sitthixay received a delegation from China's Guizhou province led by "
      "Vice Governor Zheng Jiyuan in Vientiane on Monday, and the two sides discussed cooperation in agriculture "
      "and tourism.",
      "2023-11-14", ["CN-GZ"], ["LAO"], [], [],
      [E("high_level_meeting", ["CN-GZ"], ["LAO"], direction=OUTB, venue="LAO", official="deputy",
         counterpart="minister", level=P, date="2023-11-13")], "en_news",
      "The foreign side is the subject; received -> high_level_meeting (rule 2); Vientiane -> outbound, LAO."),
    D("Analysts say Guangxi's ambition to serve as a gateway to ASEAN depends on faster customs clearance at its "
      "land ports, where queues of trucks still stretch for kilometres during the fruit season.",
      "2024-07-02", ["CN-GX"], [], ["ASEAN"], [("gateway to ASEAN", "designated_role")], [], "think_tank",
      "Analysis, no act -> null. 'gateway to ASEAN' -> designated_role, region ASEAN."),
    D("NANNING, Sept 17 (Xinhua) -- Guangxi and Vietnam's Lang Son province signed an agreement on a smart "
      "border-gate pilot on Sunday on the sidelines of the 20th China-ASEAN Expo.",
      "2023-09-17", ["CN-GX"], ["VNM"], ["ASEAN"], [],
      [E("cooperation_project", ["CN-GX"], ["VNM"], ["ASEAN"], direction=IN, venue="CN-GX", official=None,
         counterpart="subnational", level=P, date="2023-09-17")], "en_wire",
      "Rule 4: a signing outranks the expo at which it is signed. Venue from the dateline (Nanning)."),
    D("Heilongjiang Governor Wang Wentao led a delegation to Russia and Mongolia from June 3 to 9, visiting "
      "Khabarovsk, Vladivostok and Ulaanbaatar, where he met regional leaders and attended an investment roadshow.",
      "2019-06-11", ["CN-HL"], ["RUS", "MNG"], [], [],
      [E("delegation_visit", ["CN-HL"], ["RUS", "MNG"], direction=OUTB, venue=None, official="governor",
         counterpart="subnational", level=P, date="2019-06-03")], "en_news",
      "A trip with several stops reported as a whole -> one delegation_visit; two countries -> venue null."),
    D("A delegation from Japan's Kumamoto City, led by its mayor, visited Guilin on Thursday to mark 45 years of "
      "sister-city ties, planting cherry trees with Guilin officials along the Li River.",
      "2024-10-12", ["CN-GX"], ["JPN"], [], [("sister-city", "friendship_network")],
      [E("delegation_visit", ["CN-GX"], ["JPN"], direction=IN, venue="CN-GX", counterpart="subnational",
         level=M, date="2024-10-10")], "en_news",
      "A foreign delegation's visit with no meeting of provincial leaders reported -> delegation_visit (rule 8)."),
    D("A three-week training course on rice cultivation for 30 agricultural officials from Nepal, Bangladesh and "
      "Sri Lanka opened at Yunnan Agricultural University in Kunming on March 12.",
      "2025-03-13", ["CN-YN"], ["NPL", "BGD", "LKA"], [], [],
      [E("training", ["CN-YN"], ["NPL", "BGD", "LKA"], direction=IN, venue="CN-YN", level=P,
         date="2025-03-12")], "en_news", "Course for foreign officials -> training."),
    D("Shandong Governor Zhou Naixiang sent a message of condolence to the governor of Japan's Wakayama "
      "Prefecture after heavy rain caused deadly landslides there, Shandong's foreign affairs office said on Friday.",
      "2023-06-09", ["CN-SD"], ["JPN"], [], [("foreign affairs office", "subnational_diplomacy")],
      [E("greeting", ["CN-SD"], ["JPN"], direction=REM, venue=None, official="governor",
         counterpart="subnational", level=P, date=None)], "en_news",
      "Condolence -> greeting. An office cited as the source reports the act; the day it SAID it is not the act's."),
    D("Xinjiang's trade with the five Central Asian countries reached 254 billion yuan in 2024, up 8 percent year "
      "on year, with Kazakhstan accounting for more than half, according to Urumqi customs.",
      "2025-01-20", ["CN-XJ"], ["KAZ"], ["CENTRAL_ASIA"], [], [], "stats",
      "Trade statistics -> null; the trading partner named is a partner (as real2-dev-0014)."),
    D("Guangdong Vice Governor Zhang Guozhi met Thai Consul General in Guangzhou Nattapol Kritsana on Tuesday to "
      "discuss durian imports and direct flights to Chiang Mai.",
      "2024-03-13", ["CN-GD"], ["THA"], [], [],
      [E("high_level_meeting", ["CN-GD"], ["THA"], direction=IN, official="deputy", counterpart="diplomat",
         level=P, date="2024-03-12")], "en_news",
      "A consul general of a consulate in the province -> inbound; the consulate's seat is not the venue, "
      "and no other place is given -> venue left out."),
    D("FUZHOU, Nov 5 (Xinhua) -- A forum on fisheries cooperation between China and Pacific Island countries "
      "opened in Fuzhou on Tuesday, attended by ministers and officials from Fiji, Samoa, Tonga and Vanuatu.",
      "2019-11-05", ["CN-FJ"], ["FJI", "WSM", "TON", "VUT"], ["PACIFIC_ISLANDS"], [],
      [E("forum_expo", ["CN-FJ"], ["FJI", "WSM", "TON", "VUT"], ["PACIFIC_ISLANDS"], direction=IN,
         venue="CN-FJ", official=None, counterpart="minister", level=P, date="2019-11-05")], "en_wire",
      "A forum as the event -> forum_expo (rule 6), though ministers attend (arguable: multilateral_meeting)."),
    D("A business delegation from Hebei signed contracts worth $320 million with companies in Ethiopia and Kenya "
      "during a week-long trip to East Africa that ended on Saturday, the provincial commerce department said.",
      "2022-08-15", ["CN-HE"], ["ETH", "KEN"], ["AFRICA"], [],
      [E("cooperation_project", ["CN-HE"], ["ETH", "KEN"], direction=OUTB, venue=None, counterpart="business",
         level=P, date=None)], "en_news",
      "Signing on a trip -> cooperation_project (rule 4). 'East Africa' -> AFRICA. A trip that ended on a day -> "
      "date null."),
    D("Jilin will open a direct air route between Changchun and Vladivostok next year and plans to host a "
      "Northeast Asia tourism forum in Yanji, the provincial governor told lawmakers on Monday.",
      "2025-01-14", ["CN-JL"], ["RUS"], ["NORTHEAST_ASIA"], [], [], "goal",
      "Plans only -> null. Russia named as the counterpart of planned cooperation -> partner (GUIDELINES §2)."),
    D("Liu Ning, secretary of the CPC Guangxi Zhuang Autonomous Regional Committee, held talks in Nanning on "
      "April 2 with a delegation of the Communist Party of Vietnam's Commission for External Relations led by its "
      "head Le Hoai Trung.",
      "2024-04-03", ["CN-GX"], ["VNM"], [], [],
      [E("high_level_meeting", ["CN-GX"], ["VNM"], direction=IN, venue="CN-GX", official="party_secretary",
         counterpart="party", level=P, date="2024-04-02")], "en_news",
      "Title before the name, CPC committee form. A party's commission -> party."),
    D("Party secretaries of Quang Ninh, Lang Son, Cao Bang and Ha Giang met their Guangxi counterpart in Dongxing "
      "on February 20 for the annual spring meeting, agreeing to pilot smart border gates.",
      "2019-02-21", ["CN-GX"], ["VNM"], [], [],
      [E("high_level_meeting", ["CN-GX"], ["VNM"], direction=IN, venue="CN-GX", official="party_secretary",
         counterpart="subnational", level=P, date="2019-02-20")], "en_news",
      "Rule 7: one province meeting several provinces of one country -> high_level_meeting. Vietnamese "
      "provinces named without the country -> VNM."),
    D("Several provincial leaders travelled abroad last week. Inner Mongolia's Party chief Sun Shaocheng visited "
      "Mongolia, where he met Prime Minister Oyun-Erdene Luvsannamsrai in Ulaanbaatar. Zhejiang Governor Wang Hao "
      "led a trade delegation to Germany and France, and in Paris signed a green-energy cooperation agreement "
      "with the Ile-de-France region.",
      "2023-06-12", ["CN-NM", "CN-ZJ"], ["MNG", "DEU", "FRA"], [], [],
      [E("delegation_visit", ["CN-NM"], ["MNG"], direction=OUTB, venue="MNG", official="party_secretary",
         counterpart="head_of_state_or_government", level=P, date=None),
       E("cooperation_project", ["CN-ZJ"], ["DEU", "FRA"], direction=OUTB, venue=None, official="governor",
         counterpart="subnational", level=P, date=None)], "roundup",
      "Round-up: the summary sentence is not an engagement. Trip with a meeting on the way -> delegation_visit "
      "(rule 3); trip with a signing -> cooperation_project (rule 4). Inner Mongolia is not Mongolia."),
    D("Pakistani Ambassador Khalil Hashmi visited Kashgar in Xinjiang from April 14 to 16 and met the "
      "prefecture's Party secretary to discuss the China-Pakistan Economic Corridor and trade through the "
      "Khunjerab Pass.",
      "2025-04-18", ["CN-XJ"], ["PAK"], [], [],
      [E("high_level_meeting", ["CN-XJ"], ["PAK"], direction=IN, venue="CN-XJ", official="municipal",
         counterpart="diplomat", level=M, date="2025-04-14")], "en_embassy",
      "Rule 8: the envoy's tour with a reported meeting -> high_level_meeting. Prefecture's Party secretary -> "
      "municipal. Range -> first day."),
    D("Yunnan has 103 sister cities and provinces in 41 countries, more than half of them in South and Southeast "
      "Asia, the provincial foreign affairs office said.",
      "2024-01-08", ["CN-YN"], [], ["SOUTH_ASIA", "SOUTHEAST_ASIA"],
      [("sister cities", "friendship_network"), ("foreign affairs office", "subnational_diplomacy")], [], "retro",
      "A tally of ties -> null."),
    D("Gangwon Governor Kim Jin-tae met Jilin Governor Hu Yuting in Chuncheon on Monday and agreed to resume "
      "youth exchanges suspended during the pandemic.",
      "2024-06-04", ["CN-JL"], ["KOR"], [], [],
      [E("high_level_meeting", ["CN-JL"], ["KOR"], direction=OUTB, venue="KOR", official="governor",
         counterpart="subnational", level=P, date="2024-06-03")], "en_news",
      "Korean press: the foreign governor is the subject; Chuncheon (Gangwon) -> KOR, outbound."),
    D("Governor Tatsuya Maruyama of Shimane Prefecture received a courtesy call on 21 October at the prefectural "
      "office from a delegation of the Ningxia Hui Autonomous Region People's Congress led by its vice chairman.",
      "2025-10-22", ["CN-NX"], ["JPN"], [], [],
      [E("high_level_meeting", ["CN-NX"], ["JPN"], direction=OUTB, venue="JPN", official="deputy",
         counterpart="subnational", level=P, date="2025-10-21")], "en_news",
      "Japanese prefecture release. People's Congress vice chairman -> deputy. Day-month date order."),
    D("Iowa Governor Kim Reynolds welcomed a delegation from Hebei Province led by Vice Governor Shi Qingchun to "
      "Des Moines on Wednesday, as the two sides marked 40 years of their sister-state relationship.",
      "2023-11-16", ["CN-HE"], ["USA"], [], [("sister-state", "friendship_network")],
      [E("high_level_meeting", ["CN-HE"], ["USA"], direction=OUTB, venue="USA", official="deputy",
         counterpart="subnational", level=P, date="2023-11-15")], "en_news",
      "US state release: the governor welcomes the delegation -> a meeting (rule 2)."),
    D("Western Australia's Premier Roger Cook led a trade mission to Zhejiang this week, meeting Governor Liu Jie "
      "in Hangzhou and signing a memorandum of understanding on green hydrogen.",
      "2025-03-28", ["CN-ZJ"], ["AUS"], [], [],
      [E("cooperation_project", ["CN-ZJ"], ["AUS"], direction=IN, venue="CN-ZJ", official="governor",
         counterpart="subnational", level=P, date=None)], "en_news",
      "Australian state release; the MOU outranks the meeting (rule 4). 'this week' -> date null."),
    D("\"Sichuan's doors are wide open to Europe,\" the governor said, adding that Chengdu's freight trains to "
      "Europe would double their frequency by 2027.",
      "2024-11-20", ["CN-SC"], [], ["EUROPE"], [], [], "quote", "Quoted remarks and a goal -> null."),
    D("Nepal's Vice President Ram Sahaya Yadav and Sri Lankan ministers were among the guests as the China-South "
      "Asia Expo opened in Kunming on Saturday, with Yunnan Governor Wang Yubo presiding over the ceremony.",
      "2023-08-20", ["CN-YN"], ["NPL", "LKA"], ["SOUTH_ASIA"], [],
      [E("forum_expo", ["CN-YN"], ["NPL", "LKA"], ["SOUTH_ASIA"], direction=IN, venue="CN-YN",
         official="governor", counterpart="minister", level=P, date="2023-08-19")], "en_news",
      "Expo opening -> forum_expo. Vice President -> minister (GUIDELINES)."),
    D("Akim of Kazakhstan's Abai region Berik Uali and officials from Xinjiang's Tacheng Prefecture signed a "
      "memorandum in Semey on Thursday to expand cross-border trade and build a logistics centre at the Bakhty "
      "crossing.",
      "2024-09-13", ["CN-XJ"], ["KAZ"], [], [],
      [E("cooperation_project", ["CN-XJ"], ["KAZ"], direction=OUTB, venue="KAZ", counterpart="subnational",
         level=M, date="2024-09-12")], "en_news",
      "Kazinform-style: the akim (regional governor) -> subnational. Prefecture officials -> municipal level."),
    D("Thirty Lao customs officers completed a two-week course on risk management in Nanning on Friday, run by "
      "the Guangxi customs training centre.",
      "2021-07-10", ["CN-GX"], ["LAO"], [], [],
      [E("training", ["CN-GX"], ["LAO"], direction=IN, venue="CN-GX", level=P, date=None)], "en_news",
      "A course that ended on the weekday -> date null."),
    D("Chiang Mai University and Yunnan University launched a joint master's programme in Mekong studies on "
      "Monday, with the first 25 Thai and Chinese students enrolled.",
      "2018-09-11", ["CN-YN"], ["THA"], [], [],
      [E("educational_exchange", ["CN-YN"], ["THA"], official=None, counterpart="academic", level=P,
         date="2018-09-10")], "en_news",
      "A launched programme about education -> educational_exchange (rule 4). Where it happened is not said."),
    D("More than 200 athletes from Russia and Mongolia competed at the cross-river ice hockey tournament that "
      "opened in Heihe on Saturday on the frozen Amur River.",
      "2026-01-12", ["CN-HL"], ["RUS", "MNG"], [], [],
      [E("sports_exchange", ["CN-HL"], ["RUS", "MNG"], direction=IN, venue="CN-HL", level=M,
         date="2026-01-10")], "en_news", "Heihe -> CN-HL; a city's event -> municipal."),
    D("Horgos, on the Kazakh border, is one of the busiest land ports in western China, handling more than 7,000 "
      "China-Europe freight trains a year.",
      "2024-05-15", ["CN-XJ"], [], ["EUROPE"], [], [], "port_news",
      "Description -> null; the border and the route name no partner; China-Europe -> EUROPE."),
    D("Provincial governments should leverage their industrial advantages to deepen ties with Central Asia rather "
      "than compete for the same freight-train subsidies, a researcher at the Shanghai Institutes for "
      "International Studies wrote.",
      "2023-03-02", [], [], ["CENTRAL_ASIA"], [("leverage their industrial advantages", "leverage_advantage")], [],
      "think_tank", "Commentary -> null; no province acts (the institute's city does not)."),
    D("Provincial leaders met foreign guests across China on Thursday. In Changsha, Hunan Governor Mao Weiming met "
      "a delegation from Zimbabwe's Harare province; in Hefei, Anhui's Party chief Han Jun received the German "
      "ambassador.",
      "2023-05-19", ["CN-HN", "CN-AH"], ["ZWE", "DEU"], [], [],
      [E("high_level_meeting", ["CN-HN"], ["ZWE"], direction=IN, venue="CN-HN", official="governor",
         counterpart="subnational", level=P, date="2023-05-18"),
       E("high_level_meeting", ["CN-AH"], ["DEU"], direction=IN, venue="CN-AH", official="party_secretary",
         counterpart="diplomat", level=P, date="2023-05-18")], "roundup",
      "Two provinces acting separately -> two engagements, never CN-HN-DEU; same day from the summary."),
    D("Guangdong's exports to ASEAN members rose 11 percent in the first half, with Vietnam and Malaysia the "
      "fastest-growing markets, provincial customs data showed.",
      "2024-07-18", ["CN-GD"], ["VNM", "MYS"], ["ASEAN"], [], [], "stats", "Statistics -> null."),
    D("Yantai in Shandong and the Malaysian city of Ipoh signed a sister-city agreement on Monday, adding a 20th "
      "foreign partner to the port city's list.",
      "2017-05-09", ["CN-SD"], ["MYS"], [], [("sister-city", "friendship_network")],
      [E("cooperation_project", ["CN-SD"], ["MYS"], official=None, counterpart="subnational", level=M,
         date="2017-05-08")], "en_news", "A sister-city agreement signed -> cooperation_project."),
    D("\"Our cooperation with Laos has never been closer,\" said Yunnan's vice governor, pointing to the rising "
      "number of freight trains and tourists.",
      "2024-12-03", ["CN-YN"], ["LAO"], [], [], [], "quote", "A quoted remark about ties -> null."),
    D("A delegation of Uzbekistan's Samarkand region led by its deputy governor toured a textile park in Aksu, "
      "Xinjiang, on Wednesday and held talks with local officials on setting up a joint venture.",
      "2016-08-26", ["CN-XJ"], ["UZB"], [], [],
      [E("delegation_visit", ["CN-XJ"], ["UZB"], direction=IN, venue="CN-XJ", counterpart="subnational",
         level=M, date="2016-08-24")], "en_news",
      "A foreign delegation's tour: talks with unranked local officials are no meeting with provincial leaders "
      "-> delegation_visit (TAXONOMY §3 rules 3 and 8; first coded high_level_meeting, corrected on re-reading "
      "rule 8)."),
    D("A Dunhuang mural exhibition organised by Gansu's Dunhuang Academy opened in Budapest on June 4 and will "
      "run for three months.",
      "2019-06-05", ["CN-GS"], ["HUN"], [], [],
      [E("cultural_exchange", ["CN-GS"], ["HUN"], direction=OUTB, venue="HUN", official=None, level=P,
         date="2019-06-04")], "en_news", "An art exhibition -> cultural_exchange, not forum_expo."),
    D("Hainan plans to add 12 international air routes this year, mostly to Southeast Asia, as it builds its free "
      "trade port into a gateway facing the Pacific and Indian oceans.",
      "2025-02-11", ["CN-HI"], [], ["SOUTHEAST_ASIA"], [("gateway facing the Pacific and Indian oceans",
                                                          "designated_role")], [], "goal",
      "Plan -> null. Oceans are not regions."),
    D("Officials of Sichuan and Italy's Lombardy region signed a memorandum on cooperation in high-end "
      "manufacturing by video link on Wednesday.",
      "2020-09-17", ["CN-SC"], ["ITA"], [], [],
      [E("cooperation_project", ["CN-SC"], ["ITA"], direction=REM, venue=None, counterpart="subnational",
         level=P, date="2020-09-16")], "en_news", "Signed by video link -> remote, venue null."),
    D("Heilongjiang Governor Liang Huiling sent a message congratulating Vasily Orlov on his re-election as "
      "governor of Russia's Amur Region.",
      "2023-09-15", ["CN-HL"], ["RUS"], [], [],
      [E("greeting", ["CN-HL"], ["RUS"], direction=REM, venue=None, official="governor",
         counterpart="subnational", level=P, date=None)], "en_news", "Congratulations -> greeting."),
    D("Governors and deputy governors from Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and Turkmenistan joined "
      "Shaanxi and Xinjiang officials in Xi'an on Thursday for a meeting of local leaders under the "
      "China-Central Asia mechanism.",
      "2023-05-20", ["CN-SN", "CN-XJ"], ["KAZ", "KGZ", "TJK", "UZB", "TKM"], ["CENTRAL_ASIA"], [],
      [E("multilateral_meeting", ["CN-SN", "CN-XJ"], ["KAZ", "KGZ", "TJK", "UZB", "TKM"], ["CENTRAL_ASIA"],
         direction=IN, venue="CN-SN", counterpart="subnational", level=P, date="2023-05-18")], "en_news",
      "A meeting of local leaders of several countries -> multilateral_meeting; two provinces together -> one."),
    D("A 60-member delegation from China's Tibet Autonomous Region, led by its vice chairman, took part in the "
      "Nepal-China Trans-Himalayan trade fair that opened in Kathmandu on Sunday.",
      "2019-11-26", ["CN-XZ"], ["NPL"], [], [],
      [E("forum_expo", ["CN-XZ"], ["NPL"], direction=OUTB, venue="NPL", official="deputy", level=P,
         date="2019-11-24")], "en_news",
      "Attending a fair is the act; no trip reported as a whole -> forum_expo (arguable: delegation_visit)."),
    D("Punjab Chief Minister Maryam Nawaz Sharif called on Shandong Party Secretary Lin Wu in Jinan on Monday, and "
      "the two leaders witnessed the signing of a memorandum on agricultural cooperation between Punjab and "
      "Shandong.",
      "2024-10-15", ["CN-SD"], ["PAK"], [], [],
      [E("cooperation_project", ["CN-SD"], ["PAK"], direction=IN, venue="CN-SD", official="party_secretary",
         counterpart="subnational", level=P, date="2024-10-14")], "en_news",
      "Pakistani press; the signing outranks the meeting (rule 4). A chief minister -> subnational."),
    D("A group of 40 Indonesian students arrived at Guangxi Normal University in Guilin on Sunday for a semester "
      "of Chinese language study funded by a Guangxi government scholarship.",
      "2022-09-06", ["CN-GX"], ["IDN"], [], [],
      [E("educational_exchange", ["CN-GX"], ["IDN"], direction=IN, venue="CN-GX", counterpart="academic",
         level=P, date="2022-09-04")], "en_news", "Students -> educational_exchange; students -> academic."),
    D("Officials from the Yunnan foreign affairs office travelled to Guangzhou on Tuesday to learn how Guangdong "
      "manages consular affairs for its large foreign community.",
      "2021-04-22", ["CN-YN", "CN-GD"], [], [], [("foreign affairs office", "subnational_diplomacy")],
      [E("domestic_coordination", ["CN-YN", "CN-GD"], [], [], direction="domestic", venue="CN-GD",
         official="fao", level=P, date="2021-04-20")], "en_news",
      "Two provinces' offices -> domestic_coordination with both; 'foreign community' is no foreign party."),
    D("Inner Mongolia, which borders Mongolia and Russia, aims to become a bridgehead for China's opening up to "
      "the north.",
      "2022-03-04", ["CN-NM"], [], [],
      [("bridgehead for China's opening up to the north", "designated_role"),
       ("bridgehead for China's opening up to the north", "opening_up")], [], "goal",
      "Goal -> null; bordering countries are not partners; the phrase carries both types (TAXONOMY §1)."),
    D("Toyama Governor Hachiro Nitta visited Liaoning from May 6 to 8 and met Party Secretary Hao Peng in "
      "Shenyang to mark the 40th anniversary of their friendly-province relationship.",
      "2024-05-10", ["CN-LN"], ["JPN"], [], [("friendly-province", "friendship_network")],
      [E("high_level_meeting", ["CN-LN"], ["JPN"], direction=IN, venue="CN-LN", official="party_secretary",
         counterpart="subnational", level=P, date="2024-05-06")], "en_news",
      "Rule 8: the foreign governor's visit with the meeting reported -> high_level_meeting."),
    D("Chairman of the Lao Cai provincial People's Committee Trinh Xuan Truong hosted a delegation from Yunnan's "
      "Honghe Hani and Yi Autonomous Prefecture on Friday, and the two sides agreed to speed up work on a new road "
      "bridge over the Red River.",
      "2022-12-03", ["CN-YN"], ["VNM"], [], [],
      [E("high_level_meeting", ["CN-YN"], ["VNM"], direction=OUTB, venue="VNM", counterpart="subnational",
         level=M, date="2022-12-02")], "en_news",
      "Lao Cai is in Vietnam (not Laos). Vietnamese press; Honghe prefecture -> municipal."),
    D("The fourth China-Africa Economic and Trade Expo opened in Changsha on Thursday with more than 1,700 "
      "exhibitors from 53 African countries.",
      "2025-06-13", ["CN-HN"], [], ["AFRICA"], [],
      [E("forum_expo", ["CN-HN"], [], ["AFRICA"], direction=IN, venue="CN-HN", official=None, level=P,
         date="2025-06-12")], "en_news", "No country named -> partners []; the expo's region AFRICA."),
    D("Chongqing's Party chief stressed on Monday that the city must build an inland highland of opening up and "
      "make the New International Land-Sea Trade Corridor a strategic link between ASEAN and Europe.",
      "2024-02-27", ["CN-CQ"], [], ["ASEAN", "EUROPE"],
      [("inland highland of opening up", "opening_up"), ("inland highland of opening up", "designated_role")],
      [], "goal", "A dated speech with goals -> null (no foreign act)."),
    D("South Korean Ambassador Chung Jae-ho paid a visit to Yanji, the capital of the Yanbian Korean Autonomous "
      "Prefecture, on Tuesday, touring a Korean-language school and meeting members of the ethnic Korean "
      "community.",
      "2022-06-16", ["CN-JL"], ["KOR"], [], [],
      [E("delegation_visit", ["CN-JL"], ["KOR"], direction=IN, venue="CN-JL", official=None,
         counterpart="diplomat", date="2022-06-14")], "en_embassy",
      "An envoy's tour with no meeting of provincial leaders -> delegation_visit (rule 8). Ethnic Koreans are "
      "not North Korea."),
    D("Penang Chief Minister Chow Kon Yeow led a trade mission to Xiamen and Fuzhou this week, where he met Fujian "
      "Vice Governor Guo Ningning to discuss semiconductor investment.",
      "2023-09-08", ["CN-FJ"], ["MYS"], [], [],
      [E("high_level_meeting", ["CN-FJ"], ["MYS"], direction=IN, venue="CN-FJ", official="deputy",
         counterpart="subnational", level=P, date=None)], "en_news",
      "Malaysian press: a foreign mission to the province with the meeting reported -> high_level_meeting."),
    D("PHNOM PENH, March 21 (Xinhua) -- Cambodian Prime Minister Hun Manet on Thursday met with a delegation led "
      "by Jiangxi Party Secretary Yin Hong, pledging to attract more investment from the province into special "
      "economic zones.",
      "2024-03-21", ["CN-JX"], ["KHM"], [], [],
      [E("high_level_meeting", ["CN-JX"], ["KHM"], direction=OUTB, venue="KHM", official="party_secretary",
         counterpart="head_of_state_or_government", level=P, date="2024-03-21")], "en_wire",
      "Foreign dateline -> outbound, venue KHM."),
    D("Mohan, a border town in Xishuangbanna, has turned into a bustling trading town since the China-Laos Railway "
      "opened, with hotel occupancy doubling, local officials said.",
      "2023-12-02", ["CN-YN"], [], [], [], [], "en_news",
      "Description of change -> null; the railway's name gives no partner."),
    D("Officials from Tibet and Nepal's Ministry of Industry held a border trade coordination meeting in Lhasa on "
      "Aug 27, agreeing to reopen two trading points.",
      "2019-08-28", ["CN-XZ"], ["NPL"], [], [],
      [E("high_level_meeting", ["CN-XZ"], ["NPL"], direction=IN, venue="CN-XZ", official=None,
         counterpart="minister", level=P, date="2019-08-27")], "en_news",
      "A bilateral meeting (two countries) -> high_level_meeting, not multilateral. Ministry officials -> minister."),
    D("Since 2013, Guizhou has established sister-province and sister-state relations with 13 foreign regions, "
      "including Brazil's Parana and Ghana's Ashanti.",
      "2023-10-10", ["CN-GZ"], ["BRA", "GHA"], [],
      [("sister-province", "friendship_network"), ("sister-state", "friendship_network")], [], "retro",
      "Retrospective tally -> null; friendship ties make the named countries partners."),
    D("Guangxi Party Secretary Liu Ning and Chairman Lan Tianli sent Lunar New Year greetings on Monday to the Party "
      "secretaries of Vietnam's Quang Ninh, Lang Son, Cao Bang and Ha Giang provinces.",
      "2023-01-17", ["CN-GX"], ["VNM"], [], [],
      [E("greeting", ["CN-GX"], ["VNM"], direction=REM, venue=None, official="party_secretary",
         counterpart="subnational", level=P, date="2023-01-16")], "en_news", "Holiday greetings -> greeting."),
    D("A delegation of Thailand's House of Representatives led by its deputy speaker visited Hainan on Thursday and "
      "met the chairman of the Hainan Provincial People's Congress Standing Committee in Haikou.",
      "2018-04-13", ["CN-HI"], ["THA"], [], [],
      [E("high_level_meeting", ["CN-HI"], ["THA"], direction=IN, venue="CN-HI", official="deputy",
         counterpart="legislature", level=P, date="2018-04-12")], "en_news",
      "People's Congress chairman -> deputy (GUIDELINES: 人大 leaders); the meeting is reported (rule 8)."),
    D("Officials from the UN Development Programme and Qinghai's forestry department launched a project on Friday "
      "to protect snow leopards in the Sanjiangyuan area, with funding of $5 million.",
      "2017-06-12", ["CN-QH"], [], [], [],
      [E("cooperation_project", ["CN-QH"], [], [], official="other", counterpart="international_org", level=P,
         date="2017-06-09")], "en_news", "A UN body -> no partner country, counterpart international_org."),
    D("The sixth China-Arab States Expo opened in Yinchuan, Ningxia, on Thursday, with Saudi Arabia and Egypt "
      "sending ministerial delegations.",
      "2023-09-22", ["CN-NX"], ["SAU", "EGY"], ["ARAB_STATES"], [],
      [E("forum_expo", ["CN-NX"], ["SAU", "EGY"], ["ARAB_STATES"], direction=IN, venue="CN-NX", official=None,
         counterpart="minister", level=P, date="2023-09-21")], "en_news", "Expo opening -> forum_expo."),
    D("Wang Ning, the Party chief of Yunnan, is expected to attend a Lancang-Mekong cooperation forum in Laos next "
      "week.",
      "2024-05-27", ["CN-YN"], ["LAO"], ["LMC"], [], [], "en_news",
      "Expectation -> null. Laos, the venue of the planned act, counted as a partner of planned cooperation "
      "(arguable)."),
    D("The Philippine Consul General in Xiamen, Mary Jennifer Dingal, met Xiamen Mayor Huang Wenhui on Tuesday to "
      "discuss direct flights to Manila and the city's sister-city ties with Cebu.",
      "2019-07-11", ["CN-FJ"], ["PHL"], [], [("sister-city", "friendship_network")],
      [E("high_level_meeting", ["CN-FJ"], ["PHL"], direction=IN, venue="CN-FJ", official="municipal",
         counterpart="diplomat", level=M, date="2019-07-09")], "en_news",
      "A mayor of a prefecture-level city -> municipal. The consulate's city is also the meeting's city here "
      "(the mayor's own city)."),
    D("A business delegation from Yiwu in Zhejiang visited Mexico City and Bogota last month to promote the city's "
      "small commodities market.",
      "2018-04-10", ["CN-ZJ"], ["MEX", "COL"], [], [],
      [E("delegation_visit", ["CN-ZJ"], ["MEX", "COL"], direction=OUTB, venue=None, official=None,
         date=None)], "en_news", "Trip to two capitals -> delegation_visit, venue null."),
    D("Hebei Vice Governor Ge Haijiao met Ghana's Ambassador to China Edward Boateng in Shijiazhuang on Monday, and "
      "the two sides explored cooperation in mining equipment and vocational education.",
      "2021-11-23", ["CN-HE"], ["GHA"], [], [],
      [E("high_level_meeting", ["CN-HE"], ["GHA"], direction=IN, venue="CN-HE", official="deputy",
         counterpart="diplomat", level=P, date="2021-11-22")], "en_news", "Ambassador -> diplomat."),
    D("Deals announced during Guangdong officials' trips to the Middle East have often been slow to materialise, "
      "industry analysts say, citing a stalled petrochemical project with Saudi Arabia.",
      "2024-04-30", ["CN-GD"], ["SAU"], ["MIDDLE_EAST"], [], [], "think_tank",
      "Analysis of past trips, no occasion reported -> null."),
    D("The China-Northeast Asia Expo opened in Changchun on Thursday, with exhibitors from Japan, South Korea, "
      "Mongolia and Russia.",
      "2023-08-25", ["CN-JL"], ["JPN", "KOR", "MNG", "RUS"], ["NORTHEAST_ASIA"], [],
      [E("forum_expo", ["CN-JL"], ["JPN", "KOR", "MNG", "RUS"], ["NORTHEAST_ASIA"], direction=IN,
         venue="CN-JL", official=None, counterpart="business", level=P, date="2023-08-24")], "en_news",
      "Expo opening; exhibitors -> business."),
    D("Liaoning Vice Governor Wang Mingyu led a delegation to Moscow and St Petersburg from Sept 2 to 7, where it "
      "signed five trade contracts with Russian companies.",
      "2018-09-10", ["CN-LN"], ["RUS"], [], [],
      [E("cooperation_project", ["CN-LN"], ["RUS"], direction=OUTB, venue="RUS", official="deputy",
         counterpart="business", level=P, date="2018-09-02")], "en_news",
      "Signing on the trip -> cooperation_project (rule 4); two cities of one country -> venue RUS."),
    D("Harbin and Niigata, sister cities since 1979, are preparing a joint photography exhibition for next year.",
      "2025-11-03", ["CN-HL"], ["JPN"], [], [("sister cities", "friendship_network")], [], "goal",
      "Preparation of a future event -> null."),
    D("Guangxi's public security department ran a two-week training course in Vientiane for 50 Lao police officers, "
      "which ended on Friday.",
      "2024-08-26", ["CN-GX"], ["LAO"], [], [],
      [E("training", ["CN-GX"], ["LAO"], direction=OUTB, venue="LAO", official="other", level=P, date=None)],
      "en_news", "A course abroad -> outbound; only its end is dated -> null."),
    D("Delegates from more than 40 countries are expected at the Eurasia Expo in Urumqi next month.",
      "2022-08-05", ["CN-XJ"], [], [], [], [], "en_news", "Expectation -> null; Eurasia is not a region."),
]


def main() -> None:
    lines = []
    for i, doc in enumerate(DOCS, 1):
        lines.append(json.dumps({"id": f"real3-en-dev-{i:04d}", **doc}, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} documents to {OUT}")


if __name__ == "__main__":
    main()

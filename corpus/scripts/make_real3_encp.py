"""Write corpus/parts/real3-encp-dev.jsonl: 40 English documents (written blind by helper encp) on foreign counterparts (issue 15)."""
import json
D = []
def doc(text, date, prov, partners, cat, attrs=None, regions=(), reg="en_news", note="", src=None, engs=None):
    d = {"id": None, "lang": "en", "text": text, "date": date}
    if src: d["source_province"] = src
    d.update({"provinces": list(prov), "partners": list(partners), "regions": list(regions),
              "formulations": [], "engagement": cat, "spans": []})
    if engs is None:
        engs = [] if cat is None else [dict(category=cat, provinces=list(prov), partners=list(partners), regions=list(regions), **attrs)]
    d["engagements"] = engs
    d["register"] = reg; d["note"] = note
    D.append(d)
def A(direction, venue, official, counterpart, level, date):
    return dict(direction=direction, venue=venue, official=official, counterpart=counterpart, level=level, date=date)

doc("NANNING, March 12 (Xinhua) -- Liu Ning, Party chief of the Guangxi Zhuang Autonomous Region, met Vietnamese Consul General in Nanning Nguyen Thi Thu Ha on Tuesday, and the two exchanged views on border trade and cross-border tourism.",
    "2024-03-12", ["CN-GX"], ["VNM"], "high_level_meeting", A("inbound","CN-GX","party_secretary","diplomat","provincial","2024-03-12"), reg="en_wire", note="Consul general with title before name and seat; Nanning only locates the consulate but Guangxi acts via its Party chief.")
doc("Yunnan Governor Wang Yubo received the new Myanmar Ambassador to China, U Tin Maung Swe, in Kunming on 9 January 2025, pledging closer cooperation on border stability and electricity trade.",
    "2025-01-10", ["CN-YN"], ["MMR"], "high_level_meeting", A("inbound","CN-YN","governor","diplomat","provincial","2025-01-09"))
doc("Khamphao Ernthavanh, the consul-general of Laos in Kunming, called on Yunnan Vice Governor Li Wenrong on April 18 to discuss freight on the cross-border railway.",
    "2023-04-19", ["CN-YN"], ["LAO"], "high_level_meeting", A("inbound","CN-YN","deputy","diplomat","provincial","2023-04-18"), note="'the consul-general of Laos' title before the country; called on -> meeting.")
doc("Heilongjiang Vice Governor Xu Jianguo held talks in Harbin on July 3 with Konstantin Shestakov, the Governor of Primorsky Krai, on agricultural cooperation and cross-border bridges.",
    "2019-07-04", ["CN-HL"], ["RUS"], "high_level_meeting", A("inbound","CN-HL","deputy","subnational","provincial","2019-07-03"), note="invented Russian-governor name is fine; Primorsky Krai -> RUS.")
doc("On September 2, Jilin Party Secretary Jing Junhai met in Changchun with Gyeonggi Governor Kim Dong-yeon, whose delegation was in the province for the Northeast Asia Expo.",
    "2023-09-03", ["CN-JL"], ["KOR"], "high_level_meeting", A("inbound","CN-JL","party_secretary","subnational","provincial","2023-09-02"), regions=["NORTHEAST_ASIA"], note="Meeting with a visiting governor attending an expo: rule 2. Northeast Asia named -> region.")
doc("A delegation from Yunnan led by Vice Governor Zhang Guohua visited Luang Prabang on November 7, where the governor of Luang Prabang province, Khampheng Saysompheng, hosted talks on tourism and rice exports.",
    "2016-11-08", ["CN-YN"], ["LAO"], "delegation_visit", A("outbound","LAO","deputy","subnational","provincial","2016-11-07"), note="Trip reported as a whole with talks on the way: rule 3. 'the governor of Luang Prabang province' title before place.")
doc("The Mayor of Vladivostok, Konstantin Shestakov, and Harbin Mayor Sun Zhe signed a memorandum on student exchanges and trade fairs in Harbin on June 15.",
    "2022-06-16", ["CN-HL"], ["RUS"], "cooperation_project", A("inbound","CN-HL","municipal","subnational","municipal","2022-06-15"), note="MOU covers education and fairs: general cooperation_project. Harbin mayor -> municipal.")
doc("Vientiane, Aug 21 -- Laos' Minister of Planning and Investment Phet Phomphiphak met a business delegation from Sichuan province headed by Vice Governor Luo Qiang, and the two sides agreed to speed up an industrial park near the capital.",
    "2024-08-21", ["CN-SC"], ["LAO"], "high_level_meeting", A("outbound","LAO","deputy","minister","provincial","2024-08-21"), note="Agreed to speed up, no signing: meeting. Minister with long portfolio name.")
doc("Vietnam's Deputy Prime Minister Tran Hong Ha received Guangdong Governor Wang Weizhong in Hanoi on Thursday, December 5, discussing investment by Guangdong firms in northern Vietnam's industrial zones.",
    "2024-12-06", ["CN-GD"], ["VNM"], "high_level_meeting", A("outbound","VNM","governor","minister","provincial","2024-12-05"), note="Deputy PM -> minister (as real3-en-dev-0001).")
doc("Cambodian Prime Minister Hun Manet met Hainan Party Secretary Feng Fei in Phnom Penh on 14 May, praising the province's direct flights and its investment in Cambodian agriculture.",
    "2024-05-15", ["CN-HI"], ["KHM"], "high_level_meeting", A("outbound","KHM","party_secretary","head_of_state_or_government","provincial","2024-05-14"), note="Feng Fei was Hainan party secretary from 2023? if not, official is still from the title.")
doc("A Communist Party of Vietnam delegation led by Nguyen Trong Nghia, head of the CPV Central Committee's Commission for Information and Education, visited Yunnan from October 8 to 11 and met provincial Party chief Wang Ning in Kunming.",
    "2022-10-12", ["CN-YN"], ["VNM"], "high_level_meeting", A("inbound","CN-YN","party_secretary","party","provincial","2022-10-08"), note="A party delegation's visit with the reported meeting: rule 8 -> high_level_meeting; counterpart party. Date: first day of the visit (arguable).")
doc("Guangxi's Vice Chairman Fang Gang held talks in Nanning on June 20 with a Lao People's Revolutionary Party delegation headed by a member of the LPRP Central Committee, Thongsalith Mangnormek.",
    "2023-06-21", ["CN-GX"], ["LAO"], "high_level_meeting", A("inbound","CN-GX","deputy","party","provincial","2023-06-20"), note="LPRP -> party; vice chairman of Guangxi -> deputy.")
doc("Members of a Cambodian People's Party delegation toured an agricultural science park in Nanning on March 28 and a port in Qinzhou the next day, the Guangxi foreign affairs office said.",
    "2025-03-30", ["CN-GX"], ["KHM"], "delegation_visit", A("inbound","CN-GX",None,"party","provincial","2025-03-28"), note="Tour only, no meeting reported: rule 3/8 delegation_visit; the FAO is the source, not an actor.")
doc("The Speaker of Mongolia's State Great Khural, Dashzegviin Amarbayasgalan, visited Hohhot on July 10 and held talks with Sun Shaocheng, Party Secretary of Inner Mongolia.",
    "2023-07-11", ["CN-NM"], ["MNG"], "high_level_meeting", A("inbound","CN-NM","party_secretary","legislature","provincial","2023-07-10"), note="Parliament speaker -> legislature.")
doc("A group of Kazakh MPs led by Mazhilis deputy Aidos Sarym met Xinjiang Vice Chairman Yusup Daut in Urumqi on 25 April to discuss water sharing and the Khorgos border zone.",
    "2018-04-26", ["CN-XJ"], ["KAZ"], "high_level_meeting", A("inbound","CN-XJ","deputy","legislature","provincial","2018-04-25"), note="MPs -> legislature.")
doc("Chongqing Mayor Hu Henghua met executives of German industrial group Siemens in Chongqing on October 16, including the company's chief executive for China, and welcomed plans for a new research centre.",
    "2023-10-17", ["CN-CQ"], ["DEU"], "high_level_meeting", A("inbound","CN-CQ","governor","business","provincial","2023-10-16"), note="Siemens -> DEU partner (arguable: a German company). Mayor of a municipality -> governor.")
doc("The chief executive of Korean Air, Walter Cho, met Shandong Governor Zhou Naixiang in Jinan on 3 November 2023 to discuss adding flights between Qingdao and Seoul.",
    "2023-11-04", ["CN-SD"], ["KOR"], "high_level_meeting", A("inbound","CN-SD","governor","business","provincial","2023-11-03"), note="CEO title before the name; Seoul is route background.")
doc("Zhejiang Vice Governor Lu Shan met a delegation of the German Chamber of Commerce in China in Hangzhou on May 22, as the chamber presented its annual business confidence survey.",
    "2024-05-23", ["CN-ZJ"], ["DEU"], "high_level_meeting", A("inbound","CN-ZJ","deputy","business","provincial","2024-05-22"), note="Chamber of commerce -> business.")
doc("Fujian Party Secretary Zhou Zuyi met Francis Ying, president of the University of Queensland... no",
    None, [], [], None)
D.pop()
doc("The president of Chulalongkorn University, Wilert Puriwat, met Yunnan Vice Governor Wang Xianlun in Kunming on 6 December, where the two sides agreed to enrol more Thai students in the province's universities.",
    "2023-12-07", ["CN-YN"], ["THA"], "high_level_meeting", A("inbound","CN-YN","deputy","academic","provincial","2023-12-06"), note="University president -> academic; agreement in talk, no signing.")
doc("Researchers from the Singapore-based ISEAS-Yusof Ishak Institute visited the Guangxi foreign affairs office in Nanning on August 14 and were briefed by its director on border port projects.",
    "2024-08-15", ["CN-GX"], ["SGP"], "high_level_meeting", A("inbound","CN-GX","fao","academic","provincial","2024-08-14"), note="Think tank -> academic; briefed by the FAO director: a meeting (arguable: delegation_visit).")
doc("ASEAN Secretary-General Kao Kim Hourn held talks with Guangxi Chairman Lan Tianli in Nanning on September 23, on the eve of the China-ASEAN Expo.",
    "2024-09-24", ["CN-GX"], [], "high_level_meeting", A("inbound","CN-GX","governor","international_org","provincial","2024-09-23"), regions=["ASEAN"], note="ASEAN secretariat -> international_org; partners none, region ASEAN.")
doc("Hainan Vice Governor Shen Danyang met representatives of the United Nations Development Programme and the UN Environment Programme in Haikou on January 17 to discuss a mangrove restoration project.",
    "2021-01-18", ["CN-HI"], [], "high_level_meeting", A("inbound","CN-HI","deputy","international_org","provincial","2021-01-17"), note="UN agencies -> international_org; no country.")
doc("Players of Thailand's Buriram United football club played a friendly against a Yunnan youth team in Kunming on February 11, organised by the provincial sports bureau.",
    "2019-02-12", ["CN-YN"], ["THA"], "sports_exchange", A("inbound","CN-YN",None,"other","provincial","2019-02-11"), note="Sports team -> other.")
doc("A troupe of Lao folk artists from Vientiane performed in Pu'er on June 1, and journalists from Lao state media followed the tour of the prefecture.",
    "2023-06-02", ["CN-YN"], ["LAO"], "cultural_exchange", A("inbound","CN-YN",None,"other","municipal","2023-06-01"), note="Artists and journalists -> other; Pu'er city hosts -> municipal level (arguable).")
doc("Thai Foreign Minister Maris Sangiampongsa and the Thai Ambassador to China, Chatchai Viriyavejakul, met Yunnan Party Secretary Wang Ning in Kunming on August 16.",
    "2024-08-17", ["CN-YN"], ["THA"], "high_level_meeting", A("inbound","CN-YN","party_secretary","minister","provincial","2024-08-16"), note="Several foreign parties: the highest, the minister, wins.")
doc("Guangxi Vice Chairman Wei Tao met Vietnam's Charge d'Affaires ad interim in Beijing, Ninh Thanh Cong, in Nanning on March 4, ahead of the annual spring meeting of border provinces.",
    "2020-03-05", ["CN-GX"], ["VNM"], "high_level_meeting", A("inbound","CN-GX","deputy","diplomat","provincial","2020-03-04"), note="Charge d'affaires -> diplomat; Beijing locates the embassy.")
doc("Cao Xuan Lam, counsellor of the Vietnamese Embassy in China, and officials of the Lao Cai provincial People's Committee attended a trade fair in Hekou on November 30, hosted by the Honghe prefecture government.",
    "2022-12-01", ["CN-YN"], ["VNM"], "forum_expo", A("inbound","CN-YN",None,"subnational","municipal","2022-11-30"), note="Embassy counsellor (diplomat) and a province's officials (subnational): subnational outranks a diplomat (posts._LOCAL_CAP). Honghe prefecture hosts: municipal.")
doc("Liaoning Governor Li Lecheng and Japan's Consul General in Shenyang, Ryo Kato, attended a reception on January 24 marking the new year, along with executives of Japanese companies in Dalian.",
    "2023-01-25", ["CN-LN"], ["JPN"], "high_level_meeting", A("inbound","CN-LN","governor","diplomat","provincial","2023-01-24"), note="Consul general above the executives: diplomat. Reception -> meeting (arguable).")
doc("Ryu Jae-seung, chairman of the Jeju Special Self-Governing Province Council, led a delegation of provincial councillors to Hainan on April 10 and met Hainan's deputy party chief in Haikou.",
    "2017-04-11", ["CN-HI"], ["KOR"], "high_level_meeting", A("inbound","CN-HI","deputy","subnational","provincial","2017-04-10"), note="A foreign province's council -> subnational (a local legislature is a local government body, not the national legislature; arguable).")
doc("The Vice-Minister of Industry and Trade of Vietnam, Phan Thi Thang, and Yunnan Vice Governor Chen Ming co-chaired a working group on border-gate upgrades in Kunming on October 12.",
    "2025-10-13", ["CN-YN"], ["VNM"], "high_level_meeting", A("inbound","CN-YN","deputy","minister","provincial","2025-10-12"), note="Vice-minister -> minister. Working group of two countries -> meeting.")
doc("Gansu Party Secretary Hu Changsheng met Kyrgyzstan's Prime Minister Akylbek Japarov in Lanzhou on July 5 and witnessed the signing of four agreements on livestock and logistics.",
    "2023-07-06", ["CN-GS"], ["KGZ"], "cooperation_project", A("inbound","CN-GS","party_secretary","head_of_state_or_government","provincial","2023-07-05"), note="Rule 4: signing outranks the meeting.")
doc("An Indonesian delegation of regional officials, headed by the Governor of North Sumatra, visited Fujian's Xiamen and Quanzhou on May 20 and 21 to study port management.",
    "2015-05-22", ["CN-FJ"], ["IDN"], "delegation_visit", A("inbound","CN-FJ",None,"subnational","provincial","2015-05-20"), note="Tour only.")
doc("The Mayor of Busan, Park Heong-joon, met Shanghai Mayor Gong Zheng on 8 March 2024 at the Shanghai city hall and invited him to the city's port week.",
    "2024-03-09", ["CN-SH"], ["KOR"], "high_level_meeting", A("inbound","CN-SH","governor","subnational","provincial","2024-03-08"), note="Mayor of Shanghai (municipality) -> governor.")
doc("Tibet's Vice Chairman met visiting Nepalese Home Minister Ram Bahadur Thapa in Lhasa on June 27, 2021, and the two sides reviewed the reopening of border crossings.",
    "2021-06-28", ["CN-XZ"], ["NPL"], "high_level_meeting", A("inbound","CN-XZ","deputy","minister","provincial","2021-06-27"), note="Home Minister -> minister.")
# no-act documents
doc("Ambassadors posted to Beijing increasingly travel to the provinces, diplomats in the capital say, because governors and Party chiefs there control the investment decisions that matter to their countries.",
    "2024-02-20", [], [], None, note="Analysis: no act, no province.")
doc("Yunnan's foreign affairs office publishes on its website the list of consulates general in Kunming, with the names of the consuls general of Laos, Myanmar, Thailand, Vietnam, Cambodia and Bangladesh.",
    "2025-04-02", ["CN-YN"], [], None, note="Listing of consulates: no act; countries are background mentions.")
doc("The Governor of Luang Prabang province is expected to visit Yunnan later this year, according to a Lao official, though no date has been set.",
    "2024-03-01", ["CN-YN"], [], None, note="A planned visit is not an act (TAXONOMY §3 plans).")
doc("Heilongjiang's trade with Russia's Far East grew by 12 percent last year, the provincial commerce department said, with timber and soybeans leading imports.",
    "2025-01-20", ["CN-HL"], [], None, note="Trade statistics: no act; Russia is a mention.")
doc("Profile: Kim Dong-yeon, a former finance minister, has governed Gyeonggi Province since 2022 and has made ties with Chinese provinces a theme of his speeches.",
    "2024-10-05", [], [], None, note="Profile: no act.")
doc("Over the past decade, Guangxi has hosted more than 200 foreign delegations each year, including party delegations from Vietnam and Laos, according to a provincial white paper.",
    "2021-07-01", ["CN-GX"], [], None, note="Retrospective summary: no act.")
D[4]["engagements"][0]["regions"] = []
for d in D:  # TAXONOMY §1: a province's "foreign affairs office" (省外办) is subnational_diplomacy vocabulary
    k = d["text"].find("foreign affairs office")
    if k >= 0:
        d["formulations"] = ["subnational_diplomacy"]
        d["spans"] = [{"start": k, "end": k + 22, "type": "subnational_diplomacy", "text": "foreign affairs office"}]
for i, d in enumerate(D, 1):
    d["id"] = f"real3-encp-dev-{i:04d}"
with open(__import__("pathlib").Path(__file__).resolve().parents[1] / "parts" / "real3-encp-dev.jsonl", "w") as f:
    for d in D: f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(D))

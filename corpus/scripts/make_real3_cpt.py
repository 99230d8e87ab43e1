"""Writes corpus/parts/real3-cpt-dev.jsonl (issue 15, branch cpt): the blind-coded part, one D(...) per document.

Run from anywhere: python corpus/scripts/make_real3_cpt.py; idempotent."""
import json
from pathlib import Path
OUT = Path(__file__).resolve().parents[2] / "corpus" / "parts" / "real3-cpt-dev.jsonl"
docs = []

def E(cat, provs, parts, dirn, venue, off, cp, lvl, date, regions=()):
    return {"category": cat, "provinces": list(provs), "partners": list(parts), "regions": list(regions),
            "direction": dirn, "venue": venue, "official": off, "counterpart": cp, "level": lvl, "date": date}

def D(lang, date, text, engs, note, provinces=None, partners=None, regions=None, formulations=()):
    n = len(docs) + 1
    p = provinces if provinces is not None else sorted({x for e in engs for x in e["provinces"]})
    q = partners if partners is not None else sorted({x for e in engs for x in e["partners"]})
    r = regions if regions is not None else sorted({x for e in engs for x in e["regions"]})
    if any(w in text for w in ("外办", "外事办", "foreign affairs office")) and "subnational_diplomacy" not in formulations:
        formulations = tuple(formulations) + ("subnational_diplomacy",)
    docs.append({"id": f"real3-cpt-dev-{n:04d}", "lang": lang, "text": text, "date": date,
                 "provinces": p, "partners": q, "regions": r, "formulations": list(formulations),
                 "engagement": engs[0]["category"] if engs else None, "engagements": engs, "note": note})

H = "high_level_meeting"
# ---- Chinese: heads of state / government and deputies
D("zh", "2016-05-06", "昨日，云南省委书记在昆明会见了老挝人民革命党中央总书记、国家主席率领的老挝代表团一行。",
  [E(H, ["CN-YN"], ["LAO"], "inbound", "CN-YN", "party_secretary", "head_of_state_or_government", "provincial", "2016-05-05")],
  "Party general secretary who is also state president -> head_of_state_or_government (the state office outranks the party role). 昨日 in a dated report -> the day before.")
D("zh", "2019-06-05", "5月26日至6月4日，云南省省长率省政府代表团访问老挝、越南和缅甸，先后拜会老挝国家主席、越南政府总理和缅甸第一副总统。",
  [E("delegation_visit", ["CN-YN"], ["LAO", "MMR", "VNM"], "outbound", None, "governor", "head_of_state_or_government", "provincial", "2019-05-26")],
  "A trip reported as a whole -> one delegation_visit; highest counterpart met on the way is a head of state. Several countries -> venue null.")
D("zh", "2023-06-28", "6月27日下午，广东省委书记在广州会见来访的越南政府总理一行，省长参加会见。",
  [E(H, ["CN-GD"], ["VNM"], "inbound", "CN-GD", "party_secretary", "head_of_state_or_government", "provincial", "2023-06-27")],
  "Prime minister -> head_of_state_or_government.")
D("zh", "2019-04-20", "4月19日，海南省委书记在海口会见汤加国王图普六世一行，双方就旅游和农业合作交换意见。",
  [E(H, ["CN-HI"], ["TON"], "inbound", "CN-HI", "party_secretary", "head_of_state_or_government", "provincial", "2019-04-19")],
  "King -> head_of_state_or_government.")
D("zh", "2017-04-11", "4月10日，内蒙古自治区党委书记在呼和浩特会见蒙古国总理率领的政府代表团。",
  [E(H, ["CN-NM"], ["MNG"], "inbound", "CN-NM", "party_secretary", "head_of_state_or_government", "provincial", "2017-04-10")],
  "A delegation led by a prime minister takes the leader's rank.")
D("zh", "2025-02-19", "2月18日，重庆市市长在重庆会见泰国副总理兼外交部长一行。",
  [E(H, ["CN-CQ"], ["THA"], "inbound", "CN-CQ", "governor", "minister", "provincial", "2025-02-18")],
  "Mayor of a municipality -> governor. Deputy PM (also foreign minister) -> minister.")
D("zh", "2019-09-12", "9月11日，福建省省长在福州会见苏里南副总统一行，副省长参加会见。",
  [E(H, ["CN-FJ"], ["SUR"], "inbound", "CN-FJ", "governor", "minister", "provincial", "2019-09-11")],
  "Vice president -> minister (GUIDELINES: 副总统 -> minister).")
D("zh", "2023-05-17", "5月16日，云南省省长在昆明会见老挝政府副总理一行，双方就中老铁路沿线开发合作深入交流。",
  [E(H, ["CN-YN"], ["LAO"], "inbound", "CN-YN", "governor", "minister", "provincial", "2023-05-16")],
  "Deputy PM -> minister. 中老铁路 is a route name, LAO is a partner anyway by the meeting.")
# ---- ministers and vice-ministers
D("zh", "2023-08-24", "8月23日，西藏自治区主席在拉萨会见尼泊尔外交部长一行。",
  [E(H, ["CN-XZ"], ["NPL"], "inbound", "CN-XZ", "governor", "minister", "provincial", "2023-08-23")],
  "自治区主席 -> governor; foreign minister -> minister.")
D("zh", "2021-11-10", "11月9日，江苏省副省长在南京会见越南工贸部副部长率领的经贸代表团。",
  [E(H, ["CN-JS"], ["VNM"], "inbound", "CN-JS", "deputy", "minister", "provincial", "2021-11-09")],
  "Vice-minister -> minister.")
D("zh", "2024-06-13", "6月12日晚，江西省省长在南昌宴请匈牙利外交与对外经济部部长一行。",
  [E(H, ["CN-JX"], ["HUN"], "inbound", "CN-JX", "governor", "minister", "provincial", "2024-06-12")],
  "A banquet (宴请) for a visiting minister is a meeting with a foreign party -> high_level_meeting.")
D("zh", "2018-03-22", "3月21日，浙江省商务厅厅长在杭州会见以色列经济和产业部副部长一行，双方就创新合作进行交流。",
  [E(H, ["CN-ZJ"], ["ISR"], "inbound", "CN-ZJ", "other", "minister", "provincial", "2018-03-21")],
  "A provincial department head -> official other; level provincial.")
D("zh", "2024-09-04", "9月3日，吉林省委书记在长春会见俄罗斯远东和北极发展部部长和滨海边疆区行政长官一行。",
  [E(H, ["CN-JL"], ["RUS"], "inbound", "CN-JL", "party_secretary", "minister", "provincial", "2024-09-03")],
  "Mixed group: a federal minister and a regional head -> the highest is the minister.")
D("zh", "2016-10-26", "10月25日，山东省委书记在济南会见韩国产业通商资源部副部长和忠清南道知事率领的代表团。",
  [E(H, ["CN-SD"], ["KOR"], "inbound", "CN-SD", "party_secretary", "minister", "provincial", "2016-10-25")],
  "Vice-minister together with a provincial governor -> minister (national outranks subnational).")
D("zh", "2019-06-15", "14日上午，黑龙江省省长在哈尔滨会见俄罗斯总统驻乌拉尔联邦区副全权代表率领的联邦区六个州（区）代表团。",
  [E(H, ["CN-HL"], ["RUS"], "inbound", "CN-HL", "governor", "minister", "provincial", "2019-06-14")],
  "A deputy presidential envoy is a federal (national) official -> minister; he leads the regions' delegation.")
# ---- diplomats
D("zh", "2020-08-27", "8月25日，云南省委书记在昆明会见越南驻华大使一行，越南驻昆明总领事参加会见。",
  [E(H, ["CN-YN"], ["VNM"], "inbound", "CN-YN", "party_secretary", "diplomat", "provincial", "2020-08-25")],
  "Ambassador -> diplomat.")
D("zh", "2024-04-24", "4月23日，贵州省外事办主任在贵阳会见即将离任的菲律宾驻重庆总领事。",
  [E(H, ["CN-GZ"], ["PHL"], "inbound", "CN-GZ", "fao", "diplomat", "provincial", "2024-04-23")],
  "The consulate's seat (Chongqing) is no actor and no venue; the meeting is in Guiyang.", provinces=["CN-GZ"])
D("zh", "2017-04-06", "四川省副省長5日下午在成都會見了孟加拉國、老撾、柬埔寨等國駐香港總領事組成的訪問團，訪問團此行將在川參訪四天。",
  [E(H, ["CN-SC"], ["BGD", "KHM", "LAO"], "inbound", "CN-SC", "deputy", "diplomat", "provincial", "2017-04-05")],
  "Traditional script. Consuls general based in Hong Kong: HK is a consular seat, not an actor. Several counterparts in one act -> one engagement.")
D("zh", "2025-09-17", "9月16日，四川省副省长在成都会见新任德国驻成都总领事。",
  [E(H, ["CN-SC"], ["DEU"], "inbound", "CN-SC", "deputy", "diplomat", "provincial", "2025-09-16")],
  "Consul general -> diplomat; Chengdu is both seat and venue here.")
D("zh", "2015-07-09", "7月8日，宁夏回族自治区外办副主任在银川会见约旦驻华使馆参赞一行。",
  [E(H, ["CN-NX"], ["JOR"], "inbound", "CN-NX", "fao", "diplomat", "provincial", "2015-07-08")],
  "Embassy counsellor -> diplomat; FAO deputy director -> fao.")
D("zh", "2022-10-14", "10月13日，甘肃省外办主任在兰州会见巴基斯坦驻华使馆国防武官一行。",
  [E(H, ["CN-GS"], ["PAK"], "inbound", "CN-GS", "fao", "diplomat", "provincial", "2022-10-13")],
  "Defence attaché at an embassy -> diplomat (embassy staff).")
D("zh", "2023-04-12", "4月11日，湖北省省长在武汉会见新加坡驻华大使率领的新加坡企业代表团。",
  [E(H, ["CN-HB"], ["SGP"], "inbound", "CN-HB", "governor", "diplomat", "provincial", "2023-04-11")],
  "Ambassador leading a business delegation -> diplomat (the leader's rank).")
D("zh", "2024-03-08", "3月7日，广西壮族自治区副主席在南宁会见越南、老挝、柬埔寨驻南宁总领事，感谢各总领馆对广西的支持。",
  [E(H, ["CN-GX"], ["KHM", "LAO", "VNM"], "inbound", "CN-GX", "deputy", "diplomat", "provincial", "2024-03-07")],
  "Several consuls general in one meeting -> one engagement, several partners.")
D("zh", "2021-05-21", "5月20日，青岛市委书记会见韩国驻青岛总领事，双方就经贸和人员往来交换意见。",
  [E(H, ["CN-SD"], ["KOR"], "inbound", "CN-SD", "municipal", "diplomat", "municipal", None)],
  "City party secretary -> municipal; Qingdao stands for Shandong. Date: 5月20日 -> 2021-05-20.")
docs[-1]["engagements"][0]["date"] = "2021-05-20"
D("zh", "2014-12-03", "12月2日，陕西省外办主任在西安会见英国驻华使馆公使衔参赞。",
  [E(H, ["CN-SN"], ["GBR"], "inbound", "CN-SN", "fao", "diplomat", "provincial", "2014-12-02")],
  "Minister-counsellor is embassy staff -> diplomat (not minister).")
D("zh", "2018-01-17", "1月16日，河南省副省长在郑州会见以色列驻华使馆临时代办。",
  [E(H, ["CN-HA"], ["ISR"], "inbound", "CN-HA", "deputy", "diplomat", "provincial", "2018-01-16")],
  "Chargé d'affaires -> diplomat.")
# ---- foreign subnational
D("zh", "2023-04-18", "4月18日下午，黑龙江省委书记、省人大常委会主任在哈尔滨会见俄罗斯犹太自治州州长一行，省长参加会见。",
  [E(H, ["CN-HL"], ["RUS"], "inbound", "CN-HL", "party_secretary", "subnational", "provincial", "2023-04-18")],
  "Head of a Russian federal subject -> subnational.")
D("zh", "2024-11-20", "19日晚，黑龙江省省长在哈尔滨会见俄罗斯堪察加边区州长一行，俄罗斯驻哈尔滨总领事参加会见。",
  [E(H, ["CN-HL"], ["RUS"], "inbound", "CN-HL", "governor", "subnational", "provincial", "2024-11-19")],
  "The governor is the counterpart; the consul general only attends.")
D("zh", "2012-01-06", "5日下午，黑龙江省省长在哈尔滨会见了由俄罗斯犹太自治州政府副主席、伊尔库茨克州副州长等率领的俄地方政府代表团。",
  [E(H, ["CN-HL"], ["RUS"], "inbound", "CN-HL", "governor", "subnational", "provincial", "2012-01-05")],
  "Deputy heads of Russian regions -> subnational.")
D("zh", "2022-04-28", "4月27日，中国云南省与越南老街、河江、莱州、奠边省省委书记年度会晤机制会议以视频形式举行，云南省委书记作主旨讲话。",
  [E(H, ["CN-YN"], ["VNM"], "remote", None, "party_secretary", "subnational", "provincial", "2022-04-27")],
  "Rule 7: one province with several provinces of one country -> high_level_meeting. Vietnamese provincial party secretaries -> subnational (not party). Video -> remote.")
D("zh", "2025-04-09", "4月8日，广西壮族自治区主席在南宁会见越南谅山省委书记率领的代表团。",
  [E(H, ["CN-GX"], ["VNM"], "inbound", "CN-GX", "governor", "subnational", "provincial", "2025-04-08")],
  "A Vietnamese provincial party secretary heads a province -> subnational.")
D("zh", "2024-07-03", "7月2日，西双版纳州委书记在景洪会见老挝琅南塔省委书记兼省长一行。",
  [E(H, ["CN-YN"], ["LAO"], "inbound", "CN-YN", "municipal", "subnational", "municipal", "2024-07-02")],
  "Prefecture (州) party secretary -> municipal; Lao provincial secretary-governor -> subnational.")
D("zh", "2023-12-06", "12月5日，红河州州长在蒙自会见越南老街省人民委员会主席一行。",
  [E(H, ["CN-YN"], ["VNM"], "inbound", "CN-YN", "municipal", "subnational", "municipal", "2023-12-05")],
  "老街 is in Vietnam. People's committee chairman = provincial governor -> subnational.")
D("zh", "2024-10-16", "10月15日，那坡县县长在那坡会见越南高平省河广县人民委员会主席一行，双方就边境贸易交换意见。",
  [E(H, ["CN-GX"], ["VNM"], "inbound", "CN-GX", "municipal", "subnational", "county", "2024-10-15")],
  "County head -> official municipal (GUIDELINES: a county's leader), level county; a Vietnamese district head -> subnational.")
D("zh", "2025-03-12", "3月11日，吉林省副省长在长春会见韩国江原特别自治道知事一行。",
  [E(H, ["CN-JL"], ["KOR"], "inbound", "CN-JL", "deputy", "subnational", "provincial", "2025-03-11")],
  "Korean provincial governor (知事) -> subnational.")
D("zh", "2013-07-24", "7月23日，山东省省长在济南会见韩国京畿道知事率领的代表团，双方签署了经贸合作备忘录。",
  [E("cooperation_project", ["CN-SD"], ["KOR"], "inbound", "CN-SD", "governor", "subnational", "provincial", "2013-07-23")],
  "Rule 4: a signed MOU outranks the meeting.")
D("zh", "2023-07-05", "7月4日，福建省省长在福州会见日本冲绳县知事一行。",
  [E(H, ["CN-FJ"], ["JPN"], "inbound", "CN-FJ", "governor", "subnational", "provincial", "2023-07-04")],
  "Japanese prefectural governor -> subnational.")
D("zh", "2016-06-02", "6月1日，上海市市长在上海会见巴黎市市长一行。",
  [E(H, ["CN-SH"], ["FRA"], "inbound", "CN-SH", "governor", "subnational", "provincial", "2016-06-01")],
  "Shanghai's mayor -> governor (municipality), level provincial; Paris's mayor -> subnational.")
D("zh", "2018-05-29", "5月28日，湖南省委书记在长沙会见日本滋贺县知事和县议会议长率领的代表团。",
  [E(H, ["CN-HN"], ["JPN"], "inbound", "CN-HN", "party_secretary", "subnational", "provincial", "2018-05-28")],
  "A governor with the prefectural assembly chair -> the governor leads: subnational.")
# ---- legislatures
D("zh", "2024-08-16", "8月11日，山西省委书记、省人大常委会主任在长治会见了率团来晋访问的老挝国会副主席一行。",
  [E(H, ["CN-SX"], ["LAO"], "inbound", "CN-SX", "party_secretary", "legislature", "provincial", "2024-08-11")],
  "Vice chair of a national parliament -> legislature.")
D("zh", "2018-05-17", "5月16日，内蒙古自治区党委书记在呼和浩特会见俄罗斯国家杜马副主席率领的议员代表团。",
  [E(H, ["CN-NM"], ["RUS"], "inbound", "CN-NM", "party_secretary", "legislature", "provincial", "2018-05-16")],
  "State Duma -> legislature.")
D("zh", "2019-07-03", "7月2日，黑龙江省人大常委会主任在哈尔滨会见俄罗斯阿穆尔州立法会议主席一行。",
  [E(H, ["CN-HL"], ["RUS"], "inbound", "CN-HL", "deputy", "legislature", "provincial", "2019-07-02")],
  "人大 leader -> deputy (here the chairman is not also party secretary). A regional legislative assembly chair alone -> legislature.")
D("zh", "2024-06-20", "6月19日，延边州州长在延吉会见韩国忠清北道议会议长率领的道议会代表团。",
  [E(H, ["CN-JL"], ["KOR"], "inbound", "CN-JL", "municipal", "legislature", "municipal", "2024-06-19")],
  "A provincial council delegation led by its speaker -> legislature; 延边州 -> CN-JL, municipal.")
D("zh", "2012-10-18", "10月17日，江苏省人大常委会副主任在南京会见日本爱知县议会议长率领的县议会访华团。",
  [E(H, ["CN-JS"], ["JPN"], "inbound", "CN-JS", "deputy", "legislature", "provincial", "2012-10-17")],
  "Prefectural assembly -> legislature.")
D("zh", "2016-09-08", "9月7日，辽宁省政协副主席在沈阳会见韩国全罗南道议会议长一行。",
  [E(H, ["CN-LN"], ["KOR"], "inbound", "CN-LN", "deputy", "legislature", "provincial", "2016-09-07")],
  "政协 leader -> deputy.")
D("zh", "2022-11-24", "11月23日，广西壮族自治区党委书记在南宁会见越南国会副主席和广宁省委书记一行。",
  [E(H, ["CN-GX"], ["VNM"], "inbound", "CN-GX", "party_secretary", "legislature", "provincial", "2022-11-23")],
  "National vs subnational: the national assembly's vice chair outranks a provincial secretary -> legislature.")
# ---- parties
D("zh", "2023-03-16", "3月15日，广西壮族自治区党委书记在南宁会见越共中央对外部部长率领的越南共产党代表团。",
  [E(H, ["CN-GX"], ["VNM"], "inbound", "CN-GX", "party_secretary", "party", "provincial", "2023-03-15")],
  "A party delegation led by the head of the party's external relations department -> party (a party office, not a government ministry).")
D("zh", "2019-08-22", "8月21日，贵州省委副书记在贵阳会见老挝人民革命党干部考察团一行。",
  [E(H, ["CN-GZ"], ["LAO"], "inbound", "CN-GZ", "deputy", "party", "provincial", "2019-08-21")],
  "Party cadre delegation -> party; 副书记 -> deputy.")
D("zh", "2024-05-15", "5月14日，四川省委书记在成都会见柬埔寨人民党代表团。",
  [E(H, ["CN-SC"], ["KHM"], "inbound", "CN-SC", "party_secretary", "party", "provincial", "2024-05-14")],
  "Political party delegation -> party.")
# ---- business
D("zh", "2019-05-23", "5月22日，广东省省长在广州会见美国商会会长率领的美国企业代表团。",
  [E(H, ["CN-GD"], ["USA"], "inbound", "CN-GD", "governor", "business", "provincial", "2019-05-22")],
  "Chamber of commerce and companies -> business.")
D("zh", "2024-02-28", "2月27日，陕西省委书记在西安会见韩国三星电子社长一行。",
  [E(H, ["CN-SN"], ["KOR"], "inbound", "CN-SN", "party_secretary", "business", "provincial", "2024-02-27")],
  "A company president -> business.")
D("zh", "2023-09-20", "9月19日，天津市副市长与德国企业家代表座谈，介绍天津营商环境。",
  [E(H, ["CN-TJ"], ["DEU"], "inbound", "CN-TJ", "deputy", "business", "provincial", "2023-09-19")],
  "座谈 with foreign entrepreneurs -> high_level_meeting; 直辖市副市长 -> deputy.")
D("zh", "2025-06-11", "6月10日，安徽省省长在合肥会见德国大众汽车集团管理董事会成员一行。",
  [E(H, ["CN-AH"], ["DEU"], "inbound", "CN-AH", "governor", "business", "provincial", "2025-06-10")],
  "Company board member -> business; Volkswagen -> DEU.")
# ---- academic
D("zh", "2023-10-26", "10月25日，吉林省副省长在长春会见俄罗斯远东联邦大学校长一行。",
  [E(H, ["CN-JL"], ["RUS"], "inbound", "CN-JL", "deputy", "academic", "provincial", "2023-10-25")],
  "University rector -> academic.")
D("zh", "2019-11-14", "11月13日，浙江省副省长在杭州会见美国布鲁金斯学会学者代表团。",
  [E(H, ["CN-ZJ"], ["USA"], "inbound", "CN-ZJ", "deputy", "academic", "provincial", "2019-11-13")],
  "Think tank -> academic.")
D("zh", "2024-12-04", "12月3日，云南省外办主任在昆明会见泰国朱拉隆功大学副校长一行。",
  [E(H, ["CN-YN"], ["THA"], "inbound", "CN-YN", "fao", "academic", "provincial", "2024-12-03")],
  "University -> academic.")
# ---- international organisations
D("zh", "2024-05-09", "5月8日，青海省副省长在西宁会见联合国开发计划署驻华代表一行。",
  [E(H, ["CN-QH"], [], "inbound", "CN-QH", "deputy", "international_org", "provincial", "2024-05-08")],
  "UN agency -> international_org; no country partner.")
D("zh", "2023-06-08", "6月7日，云南省省长在昆明会见亚洲开发银行副行长一行。",
  [E(H, ["CN-YN"], [], "inbound", "CN-YN", "governor", "international_org", "provincial", "2023-06-07")],
  "Development bank -> international_org.")
D("zh", "2024-10-30", "10月29日，广西壮族自治区副主席在南宁会见中国—东盟中心秘书长一行。",
  [E(H, ["CN-GX"], [], "inbound", "CN-GX", "deputy", "international_org", "provincial", "2024-10-29", ["ASEAN"])],
  "An inter-governmental centre's secretary-general -> international_org; ASEAN named.")
D("zh", "2022-09-15", "9月14日，四川省外办主任在成都会见红十字国际委员会东亚地区代表处主任一行。",
  [E(H, ["CN-SC"], [], "inbound", "CN-SC", "fao", "international_org", "provincial", "2022-09-14")],
  "ICRC -> international_org. 东亚 is not a taxonomy region.")
D("zh", "2025-08-21", "8月20日，新疆维吾尔自治区党委书记在乌鲁木齐会见上海合作组织秘书长一行。",
  [E(H, ["CN-XJ"], [], "inbound", "CN-XJ", "party_secretary", "international_org", "provincial", "2025-08-20", ["SCO"])],
  "Secretariat of a bloc -> international_org; SCO named.")
# ---- other: media, arts, sports, associations, royalty, unranked
D("zh", "2023-11-09", "11月8日，福建省外办主任在福州会见印度尼西亚《国际日报》代表团。",
  [E(H, ["CN-FJ"], ["IDN"], "inbound", "CN-FJ", "fao", "other", "provincial", "2023-11-08")],
  "Media -> other.")
D("zh", "2024-07-11", "7月10日，内蒙古自治区文化和旅游厅厅长在呼和浩特会见蒙古国国家歌舞团一行。",
  [E(H, ["CN-NM"], ["MNG"], "inbound", "CN-NM", "other", "other", "provincial", "2024-07-10")],
  "Arts troupe -> other; department head -> other. 内蒙古 is Chinese, 蒙古国 the partner.")
D("zh", "2025-05-22", "5月21日，河北省副省长在石家庄会见日中友好协会会长一行。",
  [E(H, ["CN-HE"], ["JPN"], "inbound", "CN-HE", "deputy", "other", "provincial", "2025-05-21")],
  "A national friendship association -> other (GUIDELINES: associations).")
D("zh", "2018-04-04", "4月3日，云南省省长在昆明会见泰国诗琳通公主一行。",
  [E(H, ["CN-YN"], ["THA"], "inbound", "CN-YN", "governor", "other", "provincial", "2018-04-03")],
  "A princess holds no state office in the taxonomy's list (president, king, PM) -> other. Judgement call.")
D("zh", "2023-02-22", "2月21日，海南省外办副主任在海口会见斐济代表团一行。",
  [E(H, ["CN-HI"], ["FJI"], "inbound", "CN-HI", "fao", None, "provincial", "2023-02-21")],
  "An unranked delegation -> counterpart null.")
D("zh", "2019-03-14", "3月13日，贵州省副省长在贵阳会见匈牙利足球俱乐部代表团一行。",
  [E(H, ["CN-GZ"], ["HUN"], "inbound", "CN-GZ", "deputy", "other", "provincial", "2019-03-13")],
  "Sports club -> other.")
# ---- several engagements, outbound, misc
D("zh", "2024-05-10", "5月6日，湖南省省长在长沙会见越南驻华大使。5月9日，省长又会见了老挝驻长沙总领事。",
  [E(H, ["CN-HN"], ["VNM"], "inbound", "CN-HN", "governor", "diplomat", "provincial", "2024-05-06"),
   E(H, ["CN-HN"], ["LAO"], "inbound", "CN-HN", "governor", "diplomat", "provincial", "2024-05-09")],
  "Two dated occasions -> two engagements.")
D("zh", "2025-10-23", "10月20日至24日，辽宁省省长率团访问俄罗斯，在符拉迪沃斯托克会见滨海边疆区行政长官。",
  [E("delegation_visit", ["CN-LN"], ["RUS"], "outbound", "RUS", "governor", "subnational", "provincial", "2025-10-20")],
  "Trip as a whole -> delegation_visit; the counterpart is the regional head met.")
D("zh", "2024-04-17", "4月16日，江苏省委书记在雅加达拜会印度尼西亚总统。",
  [E(H, ["CN-JS"], ["IDN"], "outbound", "IDN", "party_secretary", "head_of_state_or_government", "provincial", "2024-04-16")],
  "拜会 abroad -> outbound high_level_meeting; president -> head_of_state_or_government.")
D("zh", "2020-01-10", "1月9日，勐腊县县长在勐腊会见老挝丰沙里省某县县长一行，双方就边境联防交换意见。",
  [E(H, ["CN-YN"], ["LAO"], "inbound", "CN-YN", "municipal", "subnational", "county", "2020-01-09")],
  "County leader -> municipal official, county level; a Lao district head -> subnational.")
D("zh", "2013-05-30", "5月29日，廣東省副省長在廣州會見加拿大不列顛哥倫比亞省省督一行。",
  [E(H, ["CN-GD"], ["CAN"], "inbound", "CN-GD", "deputy", "subnational", "provincial", "2013-05-29")],
  "Traditional script. A Canadian provincial lieutenant governor -> subnational.")
D("zh", "2014-09-24", "9月23日，西藏自治区党委书记在拉萨接见尼泊尔驻拉萨总领事。",
  [E(H, ["CN-XZ"], ["NPL"], "inbound", "CN-XZ", "party_secretary", "diplomat", "provincial", "2014-09-23")],
  "接见 -> high_level_meeting; consul general -> diplomat.")
D("zh", "2021-07-16", "7月15日，海南省省長在海口會見新加坡貿工部部長一行。",
  [E(H, ["CN-HI"], ["SGP"], "inbound", "CN-HI", "governor", "minister", "provincial", "2021-07-15")],
  "Traditional script. Minister -> minister.")
D("zh", "2026-01-14", "1月13日，新疆维吾尔自治区主席在乌鲁木齐会见乌兹别克斯坦副总理率领的政府代表团和企业家代表。",
  [E(H, ["CN-XJ"], ["UZB"], "inbound", "CN-XJ", "governor", "minister", "provincial", "2026-01-13")],
  "A deputy PM with business people -> minister.")
# ---- English
D("en", "2018-11-13", "Hunan Party Secretary Du Jiahao met in Changsha on November 11 with a Shiga Prefecture government delegation led by Governor Taizo Mikazuki and the chair of the prefectural assembly.",
  [E(H, ["CN-HN"], ["JPN"], "inbound", "CN-HN", "party_secretary", "subnational", "provincial", "2018-11-11")],
  "Prefectural governor leads -> subnational.")
D("en", "2018-08-25", "Dalian Mayor Tan Chengxu met the governors of Miyagi, Akita, Yamagata and Niigata prefectures on August 23, before a tourism promotion event in the city.",
  [E(H, ["CN-LN"], ["JPN"], "inbound", "CN-LN", "municipal", "subnational", "municipal", "2018-08-23")],
  "Dalian's mayor -> municipal; Japanese governors -> subnational.")
D("en", "2024-03-21", "Guangdong Governor Wang Weizhong met a delegation of British members of parliament in Guangzhou on March 20.",
  [E(H, ["CN-GD"], ["GBR"], "inbound", "CN-GD", "governor", "legislature", "provincial", "2024-03-20")],
  "MPs -> legislature.")
D("en", "2017-05-09", "Zhejiang Party chief Che Jun met a delegation of Japan's Liberal Democratic Party in Hangzhou on May 8.",
  [E(H, ["CN-ZJ"], ["JPN"], "inbound", "CN-ZJ", "party_secretary", "party", "provincial", "2017-05-08")],
  "Party delegation -> party.")
D("en", "2018-04-18", "Hebei Governor Xu Qin met Iowa Governor Kim Reynolds in Shijiazhuang on April 17, and the two discussed farm trade.",
  [E(H, ["CN-HE"], ["USA"], "inbound", "CN-HE", "governor", "subnational", "provincial", "2018-04-17")],
  "A US state governor -> subnational.")
D("en", "2019-09-10", "Victoria Premier Daniel Andrews held talks with Sichuan Party Secretary Peng Qinghua in Chengdu on September 9.",
  [E(H, ["CN-SC"], ["AUS"], "inbound", "CN-SC", "party_secretary", "subnational", "provincial", "2019-09-09")],
  "An Australian state premier -> subnational (a state's head of government is not a national one).")
D("en", "2023-05-27", "Jiangsu Party Secretary Xin Changxing met South Korea's National Assembly Speaker in Nanjing on May 26.",
  [E(H, ["CN-JS"], ["KOR"], "inbound", "CN-JS", "party_secretary", "legislature", "provincial", "2023-05-26")],
  "National assembly speaker -> legislature.")
D("en", "2024-11-28", "A Yunnan vice governor met researchers from Singapore's ISEAS-Yusof Ishak Institute in Kunming on November 27.",
  [E(H, ["CN-YN"], ["SGP"], "inbound", "CN-YN", "deputy", "academic", "provincial", "2024-11-27")],
  "Think tank researchers -> academic.")
D("en", "2021-04-15", "Hainan Governor Feng Fei met a World Trade Organization deputy director-general in Haikou on April 14.",
  [E(H, ["CN-HI"], [], "inbound", "CN-HI", "governor", "international_org", "provincial", "2021-04-14")],
  "WTO -> international_org.")
D("en", "2016-08-12", "Gansu's vice governor met a World Bank delegation led by its China country director in Lanzhou on August 11.",
  [E(H, ["CN-GS"], [], "inbound", "CN-GS", "deputy", "international_org", "provincial", "2016-08-11")],
  "Development bank -> international_org.")
D("en", "2023-04-14", "Heilongjiang Governor Liang Huiling held talks with the chairman of the government of Russia's Sakha Republic in Harbin on April 13.",
  [E(H, ["CN-HL"], ["RUS"], "inbound", "CN-HL", "governor", "subnational", "provincial", "2023-04-13")],
  "Head of a Russian republic's government -> subnational.")
D("en", "2023-09-19", "Guangxi Party Secretary Liu Ning met Vietnamese Prime Minister Pham Minh Chinh in Nanning on September 16.",
  [E(H, ["CN-GX"], ["VNM"], "inbound", "CN-GX", "party_secretary", "head_of_state_or_government", "provincial", "2023-09-16")],
  "Prime minister -> head_of_state_or_government.")
D("en", "2022-07-06", "Shaanxi Governor Zhao Gang met Kazakhstan's deputy foreign minister in Xi'an on July 5.",
  [E(H, ["CN-SN"], ["KAZ"], "inbound", "CN-SN", "governor", "minister", "provincial", "2022-07-05")],
  "Deputy foreign minister -> minister.")
D("en", "2025-03-19", "A deputy director of the Fujian foreign affairs office met the Consul General of the Philippines in Xiamen on March 18.",
  [E(H, ["CN-FJ"], ["PHL"], "inbound", "CN-FJ", "fao", "diplomat", "provincial", "2025-03-18")],
  "FAO staff -> fao; consul general -> diplomat; Xiamen is also the seat, but the FAO acts for Fujian.")
D("en", "2020-11-05", "Liaoning's foreign affairs office director met a delegation from Russia's Far Eastern Federal University in Shenyang on November 4.",
  [E(H, ["CN-LN"], ["RUS"], "inbound", "CN-LN", "fao", "academic", "provincial", "2020-11-04")],
  "University -> academic.")
OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
print(len(docs), sum(d["lang"] == "en" for d in docs))

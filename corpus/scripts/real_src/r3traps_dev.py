"""Builds corpus/parts/real3-traps-dev.jsonl (helper traps2). Every sentence written for the project."""
import datetime as dt, json, sys
OUT = __import__("pathlib").Path(__file__).resolve().parents[2] / "parts" / "real3-traps-dev.jsonl"
DOCS = []
WD = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]

def wd(report, name):
    d = dt.date.fromisoformat(report)
    while WD[d.weekday()] != name:
        d -= dt.timedelta(days=1)
    return d.isoformat()

def E(cat, prov, part=(), reg=(), **kw):
    e = {"category": cat, "provinces": list(prov), "partners": list(part), "regions": list(reg)}
    for k in ("direction", "venue", "official", "counterpart", "level", "date"):
        if k in kw:
            e[k] = kw[k]
    return e

def D(lang, text, date, prov, part, reg, forms, engs, register, note, src=None):
    spans = []
    for sub, typ in forms:
        i = text.find(sub)
        assert i >= 0, (sub, text)
        spans.append({"start": i, "end": i + len(sub), "type": typ, "text": sub})
    doc = {"id": f"real3-traps-dev-{len(DOCS)+1:04d}", "lang": lang, "text": text, "date": date}
    if src:
        doc["source_province"] = src
    doc.update({"provinces": sorted(prov), "partners": sorted(part), "regions": sorted(reg),
                "formulations": sorted({t for _, t in forms}), "spans": spans,
                "engagement": engs[0]["category"] if engs else None, "engagements": engs,
                "register": register, "note": note})
    DOCS.append(doc)

P = "provincial"; M = "municipal"
# ---------------------------------------------------------------- Chinese
D("zh", "8月15日，内蒙古自治区政府主席在呼和浩特会见蒙古国东戈壁省省长一行，双方就二连浩特—扎门乌德口岸通关便利化交换意见。",
  "2023-08-16", ["CN-NM"], ["MNG"], [], [],
  [E("high_level_meeting", ["CN-NM"], ["MNG"], direction="inbound", venue="CN-NM", official="governor", counterpart="subnational", level=P, date="2023-08-15")],
  "site", "内蒙古 is the Chinese actor, 蒙古国 (东戈壁省) the partner. 自治区政府主席 -> governor.")
D("zh", "延边朝鲜族自治州是我国朝鲜族人口最集中的地区，州内朝鲜族约占总人口的三成，朝鲜族民俗村和延吉的朝鲜族美食街每年吸引大量游客。",
  "2021-06-02", ["CN-JL"], [], [], [], [], "geo",
  "Description of an ethnic-Korean prefecture: 朝鲜族 is a Chinese ethnic group, not North Korea -> no partner; 延边 stands for CN-JL as the subject. No act -> null.")
D("zh", "10月12日，延边州州长在延吉会见韩国江原道代表团，双方签署朝鲜族传统文化保护与交流合作意向书。",
  "2019-10-13", ["CN-JL"], ["KOR"], [], [],
  [E("cultural_exchange", ["CN-JL"], ["KOR"], direction="inbound", venue="CN-JL", official="municipal", counterpart="subnational", level=M, date="2019-10-12")],
  "site", "Rule 4: a signed agreement specifically about culture -> cultural_exchange. 朝鲜族 is not PRK; 韩国 is KOR. 州长 of a prefecture -> municipal.")
D("zh", "5月20日，红河州与越南老街省在河口县举行边境合作联合工作组第十次会议，双方商定延长河口—老街口岸通关时间。",
  "2022-05-21", ["CN-YN"], ["VNM"], [], [],
  [E("high_level_meeting", ["CN-YN"], ["VNM"], direction="inbound", venue="CN-YN", official=None, counterpart="subnational", level=M, date="2022-05-20")],
  "site", "老街 is Lao Cai in Vietnam (VNM), not Laos. Bilateral working-group meeting with one country's province -> high_level_meeting (rule 7). No Chinese official named -> official null. 红河州 -> municipal.")
D("zh", "云南省副省长率团赴老挝琅勃拉邦出席中老旅游年系列活动，其间在万象会见老挝新闻文化旅游部部长。",
  "2019-03-28", ["CN-YN"], ["LAO"], [], [],
  [E("delegation_visit", ["CN-YN"], ["LAO"], direction="outbound", venue="LAO", official="deputy", counterpart="minister", level=P, date=None)],
  "site", "Trip reported as a whole (rule 3) -> delegation_visit including the meeting on the way.")
D("zh", "7月3日，福建省省长在福州会见印度尼西亚驻华大使，双方表示将推进“两国双园”建设。",
  "2024-07-04", ["CN-FJ"], ["IDN"], [], [],
  [E("high_level_meeting", ["CN-FJ"], ["IDN"], direction="inbound", venue="CN-FJ", official="governor", counterpart="diplomat", level=P, date="2024-07-03")],
  "site", "印度 inside 印度尼西亚 is not India.")
D("zh", "受印度尼西亚限制镍矿出口影响，广西防城港部分镍铁企业原料成本明显上升，一些企业正考虑从菲律宾增加进口。",
  "2020-02-11", ["CN-GX"], [], [], [], [], "stats",
  "Indonesia's export ban is a cause (background), the Philippines an import source under consideration by firms: no province engages them -> no partners; no act -> null. 印度 inside 印度尼西亚 is not India.")
D("zh", "第三届中非经贸博览会6月29日在长沙开幕，湖南省委书记出席开幕式，赞比亚副总统、塞内加尔等国政要出席。",
  "2023-06-30", ["CN-HN"], ["SEN", "ZMB"], ["AFRICA"], [],
  [E("forum_expo", ["CN-HN"], ["SEN", "ZMB"], ["AFRICA"], direction="inbound", venue="CN-HN", official="party_secretary", counterpart="minister", level=P, date="2023-06-29")],
  "site", "中非 here is China-Africa (AFRICA), not the Central African Republic. Vice president -> minister.")
D("zh", "湖南省副省长在长沙会见中非共和国驻华大使，双方就杂交水稻技术合作交换意见。",
  "2022-04-15", ["CN-HN"], ["CAF"], [], [],
  [E("high_level_meeting", ["CN-HN"], ["CAF"], direction="inbound", venue="CN-HN", official="deputy", counterpart="diplomat", level=P, date=None)],
  "site", "中非共和国 is the country CAF (not the region).")
D("zh", "12日，河北省省长在石家庄会见南非豪登省省长一行，并见证双方签署建立友好省关系备忘录。",
  "2015-09-13", ["CN-HE"], ["ZAF"], [], [("友好省", "friendship_network")],
  [E("cooperation_project", ["CN-HE"], ["ZAF"], direction="inbound", venue="CN-HE", official="governor", counterpart="subnational", level=P, date="2015-09-12")],
  "site", "南非 is South Africa (ZAF), not a region. A friendship-province memorandum signed -> cooperation_project (rule 4).")
D("zh", "河北省组织40余家企业赴赞比亚参加南部非洲国际贸易博览会，现场签约金额超过2000万美元。",
  "2018-08-03", ["CN-HE"], ["ZMB"], ["AFRICA"], [],
  [E("cooperation_project", ["CN-HE"], ["ZMB"], ["AFRICA"], direction="outbound", venue="ZMB", official=None, level=P, date=None)],
  "site", "南部非洲 -> AFRICA (not ZAF). Deals signed at the fair outrank the fair (rule 4). 美元 is not USA.")
D("zh", "6月5日，云南省在香港举办滇港经贸合作交流会，省长出席并致辞，双方现场签约合作项目32个。",
  "2024-06-06", ["CN-HK", "CN-YN"], [], [], [],
  [E("domestic_coordination", ["CN-HK", "CN-YN"], [], direction="domestic", venue="CN-HK", official="governor", counterpart=None, level=P, date="2024-06-05")],
  "site", "Hong Kong is a domestic unit (venue and co-actor), never a partner; with no foreign party the signing is domestic_coordination (as real2-train-0228).")
D("zh", "中葡论坛（澳门）常设秘书处副秘书长率葡语国家代表一行访问江西，与江西省外办座谈，探讨中医药和农业合作。",
  "2023-11-09", ["CN-JX"], [], [], [("省外办", "subnational_diplomacy")],
  [E("high_level_meeting", ["CN-JX"], [], direction="inbound", venue="CN-JX", official="fao", counterpart="international_org", level=P, date=None)],
  "site", "澳门 is only the seat in the secretariat's name -> not CN-MO. 葡语国家 names no country; 中葡 is not Portugal. A visiting delegation received in a 座谈 -> high_level_meeting (rule 2/8).")
D("zh", "江苏省外办主任赴上海走访日本、韩国、新加坡驻沪总领事馆，介绍江苏营商环境和友城合作进展。",
  "2024-03-22", ["CN-JS"], ["JPN", "KOR", "SGP"], [], [("省外办", "subnational_diplomacy"), ("友城", "friendship_network")],
  [E("high_level_meeting", ["CN-JS"], ["JPN", "KOR", "SGP"], direction="inbound", venue="CN-SH", official="fao", counterpart="diplomat", level=P, date=None)],
  "site", "驻沪 is a consular seat: Shanghai is not an actor (but is where it happened). Calling on consulates = meeting foreign diplomats in China -> high_level_meeting, inbound.")
D("zh", "澜湄合作外长会在昆明举行，柬埔寨、老挝、缅甸、泰国、越南外长出席，会议由外交部主办。",
  "2024-08-15", ["CN-YN"], ["KHM", "LAO", "MMR", "THA", "VNM"], ["LMC"], [],
  [E("multilateral_meeting", ["CN-YN"], ["KHM", "LAO", "MMR", "THA", "VNM"], ["LMC"], direction="inbound", venue="CN-YN", counterpart="minister")],
  "site", "A central ministry's meeting held in Kunming: TAXONOMY §2 makes the host city's province an actor (ministers' meeting in Xiamen -> CN-FJ). Official and level left out (central organiser).")
D("zh", "老挝外长本周访华，在北京同中国外长举行会谈，双方同意加快中老铁路沿线综合开发。",
  "2023-05-18", [], ["LAO"], [], [],
  [E("high_level_meeting", [], ["LAO"], direction="inbound", counterpart="minister")],
  "site", "Central-level talks in Beijing: no province (not CN-BJ); Laos coded as the engaged country (as dev-b-0068). 中老铁路 is a route name.")
D("zh", "受台风影响，原定于9月15日在海口举行的海南—东盟海洋合作论坛推迟举办，具体时间另行通知。",
  "2021-09-12", ["CN-HI"], [], ["ASEAN"], [], [], "notice",
  "A postponed forum reports no act -> null. ASEAN coded as a named bloc.")
D("zh", "8月，青海省海南藏族自治州代表团赴尼泊尔博卡拉，出席两地友好城市交流活动。",
  "2018-09-03", ["CN-QH"], ["NPL"], [], [("友好城市", "friendship_network")],
  [E("delegation_visit", ["CN-QH"], ["NPL"], direction="outbound", venue="NPL", official=None, level=M, date=None)],
  "site", "海南藏族自治州 is in Qinghai, not Hainan. Trip -> delegation_visit.")
D("zh", "江苏省外办相关负责人表示，网传“省领导将率团访问以色列”的消息不实，今年并无此项出访安排。",
  "2023-10-20", ["CN-JS"], [], [], [("省外办", "subnational_diplomacy")], [], "denial",
  "A denial reports no act -> null; Israel is named only in the denied rumour -> not a partner.")
D("zh", "据悉，吉林省省长将于下月率经贸代表团访问俄罗斯和哈萨克斯坦，届时将出席中俄地方合作论坛。",
  "2019-05-10", ["CN-JL"], ["KAZ", "RUS"], [], [], [], "plan",
  "A future visit without a date -> null. Planned counterparts are partners (GUIDELINES §2, as real2-train-0245).")
D("zh", "《广西壮族自治区推进高水平对外开放三年行动方案》提出，要充分发挥与东盟陆海相邻的独特优势，加快把广西建设成为面向东盟的国际门户，把北部湾港建设成为西部陆海新通道国际门户港。",
  "2023-02-20", ["CN-GX"], [], ["ASEAN"],
  [("高水平对外开放", "opening_up"), ("发挥与东盟陆海相邻的独特优势", "leverage_advantage"), ("面向东盟的国际门户", "designated_role")],
  [], "policy", "Policy document -> null. 西部陆海新通道 is a project name (no role); 国际门户港 casts the port as a gateway (same type).")
D("zh", "云南日报评论指出，云南要紧扣“辐射中心”这一定位，在沿边开放上走在前列，把区位优势转化为发展胜势。",
  "2022-01-14", ["CN-YN"], [], [], [("辐射中心", "designated_role"), ("沿边开放", "opening_up"), ("把区位优势转化为发展胜势", "leverage_advantage")], [], "commentary",
  "Commentary -> null. Quoted abbreviation 辐射中心 is a designation; 沿边开放 is opening_up. 把区位优势转化为… (turning the advantage into another) counts as leveraging (lexicon leverage_advantage.convert_zh).")
D("zh", "雲南省副省長在昆明會見越南駐華大使，雙方就中越陸地邊境口岸開放和升格工作交換意見。",
  "2024-05-09", ["CN-YN"], ["VNM"], [], [],
  [E("high_level_meeting", ["CN-YN"], ["VNM"], direction="inbound", venue="CN-YN", official="deputy", counterpart="diplomat", level=P, date=None)],
  "site", "Traditional characters. 口岸開放 (opening a border port) is literal, not opening_up.")
D("zh", "廣西表示，將加快構建面向東盟的國際大通道，打造西南中南地區開放發展新的戰略支點。",
  "2017-04-21", ["CN-GX"], [], ["ASEAN"], [("面向東盟的國際大通道", "designated_role"), ("戰略支點", "designated_role")],
  [], "goal", "Traditional characters; goal statement -> null. Both roles are designated_role; 開放發展 is not one of the opening_up terms (arguable).")
D("zh", "南宁市民主路的“越南街”夜市近日完成改造重新开业，街上多家越南米粉店的老板来自东兴。",
  "2023-04-02", ["CN-GX"], [], [], [], [], "local",
  "A street and shops named after Vietnam: no foreign party acts -> no partner; null. Nanning stands for CN-GX as the subject.")
D("zh", "4月18日，中国—东盟中心秘书长一行访问广西，与自治区外办座谈，了解中国—东盟博览会筹备情况。",
  "2025-04-19", ["CN-GX"], [], ["ASEAN"], [("自治区外办", "subnational_diplomacy")],
  [E("high_level_meeting", ["CN-GX"], [], ["ASEAN"], direction="inbound", venue="CN-GX", official="fao", counterpart="international_org", level=P, date="2025-04-18")],
  "site", "中国—东盟中心 is an intergovernmental body (international_org); no country named -> no partner, ASEAN the engaged bloc. 座谈 with a visitor -> high_level_meeting.")
D("zh", "2024年，辽宁省共接待外国政要团组46批次，新增国际友好城市5对，全省外事工作服务高水平对外开放成效明显。",
  "2025-01-10", ["CN-LN"], [], [], [("友好城市", "friendship_network"), ("全省外事工作", "subnational_diplomacy"), ("高水平对外开放", "opening_up")],
  [], "retro", "Review of a year -> null.")
D("zh", "“推进高水平对外开放，内蒙古要在向北开放中当好桥头堡。”自治区政府主席在接受记者采访时说。",
  "2024-03-07", ["CN-NM"], [], [], [("高水平对外开放", "opening_up"), ("向北开放", "opening_up"), ("桥头堡", "designated_role")],
  [], "quote", "Quoted remark in an interview -> null. 内蒙古 is not Mongolia.")
D("zh", "专家指出，黑龙江沿边区位优势并不会自动转化为发展优势，关键还在于营商环境和通关效率。",
  "2020-11-30", ["CN-HL"], [], [], [], [], "commentary",
  "区位优势 without a leveraging verb -> no formulation. Commentary -> null.")
D("zh", "越南老街省委书记日前接受采访时表示，愿同云南方面进一步加强口岸和物流合作。",
  "2022-07-12", ["CN-YN"], ["VNM"], [], [], [], "quote",
  "A quoted wish -> null. Yunnan is the Chinese side of the planned cooperation (arguable); Vietnam the planned counterpart.")
D("zh", "9月2日，广西壮族自治区主席致电越南谅山省人民委员会主席，祝贺越南国庆79周年。",
  "2024-09-03", ["CN-GX"], ["VNM"], [], [],
  [E("greeting", ["CN-GX"], ["VNM"], direction="remote", venue=None, official="governor", counterpart="subnational", level=P, date="2024-09-02")],
  "site", "Congratulatory message -> greeting, remote.")
D("zh", "4月18日，澳门特区政府经济财政司司长率团访问广西，与自治区外办就共同拓展葡语国家市场座谈交流。",
  "2024-04-19", ["CN-GX", "CN-MO"], [], [], [("自治区外办", "subnational_diplomacy")],
  [E("domestic_coordination", ["CN-GX", "CN-MO"], [], direction="domestic", venue="CN-GX", counterpart=None, level=P, date="2024-04-18")],
  "site", "Macao acts as a domestic unit; no foreign party -> domestic_coordination. Official left out (a Macao secretary has no TAXONOMY rank).")
D("zh", "厦门市举办闽台越三地经贸对接会，来自台湾和越南的120家企业参加。",
  "2019-11-07", ["CN-FJ", "CN-TW"], ["VNM"], [], [],
  [E("forum_expo", ["CN-FJ", "CN-TW"], ["VNM"], direction="inbound", venue="CN-FJ", official=None, counterpart="business", level=M, date=None)],
  "site", "闽台越: Fujian and Taiwan domestic, Vietnam the partner. Matchmaking event -> forum_expo.")
D("zh", "丹东与朝鲜新义州隔鸭绿江相望，连接两地的中朝友谊桥已通行七十余年。",
  "2020-07-27", ["CN-LN"], [], [], [], [], "geo",
  "Description: a bordering country and a bridge name are background -> no partner; null.")
D("zh", "10日，吉林省副省长在长春会见韩国驻沈阳总领事，双方就延边朝鲜族自治州与韩国地方交流交换意见。",
  "2018-07-11", ["CN-JL"], ["KOR"], [], [],
  [E("high_level_meeting", ["CN-JL"], ["KOR"], direction="inbound", venue="CN-JL", official="deputy", counterpart="diplomat", level=P, date="2018-07-10")],
  "site", "驻沈阳 is a consular seat (not CN-LN); 朝鲜族 is not PRK.")
D("zh", "6日，山西省省长在太原会见白俄罗斯莫吉廖夫州州长，双方签署建立友好省州关系协议书。",
  "2016-06-07", ["CN-SX"], ["BLR"], [], [("友好省州", "friendship_network")],
  [E("cooperation_project", ["CN-SX"], ["BLR"], direction="inbound", venue="CN-SX", official="governor", counterpart="subnational", level=P, date="2016-06-06")],
  "site", "山西 (CN-SX), not 陕西. Friendship agreement signed -> cooperation_project.")
D("zh", "巴西圣保罗州代表团访问浙江，中巴双方签署农产品贸易合作备忘录。",
  "2019-10-25", ["CN-ZJ"], ["BRA"], [], [],
  [E("cooperation_project", ["CN-ZJ"], ["BRA"], direction="inbound", venue="CN-ZJ", counterpart="subnational", level=P, date=None)],
  "site", "中巴 is Brazil here (the text names Brazil), not Pakistan.")
D("zh", "9月，河南省代表团访问尼日利亚拉各斯，出席中尼经贸合作论坛并签署物流园区合作协议。",
  "2018-10-08", ["CN-HA"], ["NGA"], [], [],
  [E("cooperation_project", ["CN-HA"], ["NGA"], direction="outbound", venue="NGA", level=P, date=None)],
  "site", "中尼 is Nigeria here. A signing on the trip -> cooperation_project (rule 4).")
D("zh", "滇马经贸合作论坛在吉隆坡举行，云南省副省长率团出席并与马来西亚商界座谈。",
  "2017-06-20", ["CN-YN"], ["MYS"], [], [],
  [E("forum_expo", ["CN-YN"], ["MYS"], direction="outbound", venue="MYS", official="deputy", counterpart="business", level=P, date=None)],
  "site", "滇马 = Yunnan-Malaysia. The forum is the headline act -> forum_expo (arguable: delegation_visit).")
D("zh", "2月26日，黑龙江省省长在哈尔滨会见俄罗斯阿穆尔州州长，双方表示将深化东北地区与俄远东地区合作。",
  "2019-02-27", ["CN-HL"], ["RUS"], [], [],
  [E("high_level_meeting", ["CN-HL"], ["RUS"], direction="inbound", venue="CN-HL", official="governor", counterpart="subnational", level=P, date="2019-02-26")],
  "site", "东北 is Northeast China (not NORTHEAST_ASIA); 俄远东 is not a region code.")
D("zh", "第四届中国—中东欧国家博览会在宁波开幕，捷克、匈牙利、塞尔维亚等国代表团参展。",
  "2024-05-23", ["CN-ZJ"], ["CZE", "HUN", "SRB"], ["EUROPE"], [],
  [E("forum_expo", ["CN-ZJ"], ["CZE", "HUN", "SRB"], ["EUROPE"], direction="inbound", venue="CN-ZJ")],
  "site", "中东欧 -> EUROPE, not MIDDLE_EAST. Ningbo -> CN-ZJ.")
D("zh", "满洲里中俄铁路大桥桥头堡旁新建的观景台近日对游客开放。",
  "2021-08-06", ["CN-NM"], [], [], [], [], "local",
  "Literal bridgehead of a railway bridge; 中俄 inside a route name; 开放 (open to visitors) is literal -> no formulation, no partner, null.")
D("zh", "10日，越南谅山省代表团参观南宁国际会展中心，并考察友谊关口岸果蔬“绿色通道”。",
  "2023-03-11", ["CN-GX"], ["VNM"], [], [],
  [E("delegation_visit", ["CN-GX"], ["VNM"], direction="inbound", venue="CN-GX", counterpart="subnational", date="2023-03-10")],
  "site", "会展中心 and 绿色通道 are literal. A foreign delegation's tour -> delegation_visit.")
D("zh", "甘肅省副省長在蘭州會見巴基斯坦駐華大使時表示，甘肅將發揮通道區位優勢，深化中巴經貿合作。",
  "2021-12-02", ["CN-GS"], ["PAK"], [], [("發揮通道區位優勢", "leverage_advantage")],
  [E("high_level_meeting", ["CN-GS"], ["PAK"], direction="inbound", venue="CN-GS", official="deputy", counterpart="diplomat", level=P, date=None)],
  "site", "Traditional characters; 發揮…區位優勢 with a verb -> leverage_advantage; 中巴 -> Pakistan.")
D("zh", "11日，贵州省外办举办学习贯彻中央外事工作会议精神专题宣讲会，各市州外办负责同志参加。",
  "2024-01-12", ["CN-GZ"], [], [], [("省外办", "subnational_diplomacy")],
  [E("domestic_coordination", ["CN-GZ"], [], direction="domestic", official="fao", counterpart=None, level=P, date="2024-01-11")],
  "site", "中央外事工作会议 is central (not subnational_diplomacy); 省外办 is. Internal briefing -> domestic_coordination.")
D("zh", "9月1日，新疆维吾尔自治区党委书记在乌鲁木齐会见哈萨克斯坦总理，表示新疆将加快建设丝绸之路经济带核心区。",
  "2016-09-02", ["CN-XJ"], ["KAZ"], [], [("丝绸之路经济带核心区", "designated_role")],
  [E("high_level_meeting", ["CN-XJ"], ["KAZ"], direction="inbound", venue="CN-XJ", official="party_secretary", counterpart="head_of_state_or_government", level=P, date="2016-09-01")],
  "site", "Meeting; the core-area designation is a formulation.")
D("zh", "乌兹别克斯坦撒马尔罕州州长率团访问陕西，乌中双方商定在西安设立农产品展销中心。",
  "2019-06-14", ["CN-SN"], ["UZB"], [], [],
  [E("delegation_visit", ["CN-SN"], ["UZB"], direction="inbound", venue="CN-SN", counterpart="subnational", level=P, date=None)],
  "site", "乌中 is Uzbekistan-China here. Nothing signed -> the delegation's visit (arguable cooperation_project). 陕西 is CN-SN, not 山西.")
D("zh", "湖北省副省长在武汉会见刚果（布）驻华大使，双方就医疗卫生合作交换意见。",
  "2021-03-18", ["CN-HB"], ["COG"], [], [],
  [E("high_level_meeting", ["CN-HB"], ["COG"], direction="inbound", venue="CN-HB", official="deputy", counterpart="diplomat", level=P, date=None)],
  "site", "刚果（布） is the Republic of the Congo (COG), not COD.")
D("zh", "因疫情防控需要，原计划3月在景洪举行的云南—老挝北部合作工作组第十一次会议取消。",
  "2020-02-25", ["CN-YN"], ["LAO"], [], [], [], "notice",
  "A cancelled meeting reports no act -> null; Laos coded as the planned counterpart (GUIDELINES §2 planned cooperation).")
D("zh", "截至目前，我省已与越南、老挝、柬埔寨等国的23个省市建立友好关系，其中友好城市15对。",
  "2022-12-28", ["CN-YN"], ["KHM", "LAO", "VNM"], [], [("友好城市", "friendship_network")], [], "retro",
  "Retrospective summary -> null. Countries holding friendship ties are partners (GUIDELINES §2). 我省 with source_province -> CN-YN.", src="CN-YN")
D("zh", "香港特區行政長官在禮賓府會見泰國總理，雙方就加強金融和旅遊合作交換意見。",
  "2024-11-12", ["CN-HK"], ["THA"], [], [],
  [E("high_level_meeting", ["CN-HK"], ["THA"], direction="inbound", venue="CN-HK", counterpart="head_of_state_or_government", level=P, date=None)],
  "site", "Traditional characters. Hong Kong acts as a domestic unit. Chief Executive: no TAXONOMY official rank -> left out.")
D("zh", "“中国—东盟”号集装箱班轮从钦州港首航，这是北部湾港今年新开的第8条外贸航线。",
  "2022-03-30", ["CN-GX"], [], ["ASEAN"], [], [], "stats",
  "A ship named after a bloc: the region is named (coded), but no partner engages; a maiden voyage of a liner service is not an engagement with a foreign party -> null (arguable).")
# ---------------------------------------------------------------- English
D("en", "HOHHOT, Aug 8 (Xinhua) -- Inner Mongolia's vice chairman met a delegation from Mongolia's Dornogovi province in Hohhot on Tuesday to discuss expanding rail freight through the Erenhot-Zamyn-Uud crossing.",
  "2023-08-08", ["CN-NM"], ["MNG"], [], [],
  [E("high_level_meeting", ["CN-NM"], ["MNG"], direction="inbound", venue="CN-NM", official="deputy", counterpart="subnational", level=P, date=wd("2023-08-08", "Tuesday"))],
  "en_wire", "Inner Mongolia is the Chinese actor; Mongolia the partner.")
D("en", "Yanbian Korean Autonomous Prefecture in Jilin province is home to about 750,000 ethnic Koreans, and Korean-language signs line the streets of its capital, Yanji.",
  "2022-09-05", ["CN-JL"], [], [], [], [], "geo",
  "Ethnic Koreans are Chinese citizens: no partner (not KOR/PRK). Description -> null.")
D("en", "Jinhua, a city in Zhejiang province, signed a sister-city agreement with Columbus, Georgia, on Wednesday, its first such tie with a U.S. city.",
  "2016-11-10", ["CN-ZJ"], ["USA"], [], [("sister-city", "friendship_network")],
  [E("cooperation_project", ["CN-ZJ"], ["USA"], counterpart="subnational", level=M, date=wd("2016-11-10", "Wednesday"))],
  "en_news", "Georgia here is the U.S. state (USA), not the country GEO.")
D("en", "A delegation from Kashgar prefecture in Xinjiang visited Tbilisi this week to promote apricots and dried fruit, meeting Georgian importers and officials of the Georgian economy ministry.",
  "2019-05-17", ["CN-XJ"], ["GEO"], [], [],
  [E("delegation_visit", ["CN-XJ"], ["GEO"], direction="outbound", venue="GEO", counterpart="minister", level=M, date=None)],
  "en_news", "Georgia the country (Tbilisi) -> GEO. Trip -> delegation_visit.")
D("en", "Officials of Vietnam's Lao Cai province and Yunnan's Honghe prefecture signed a memorandum on Thursday to extend the opening hours of the Hekou-Lao Cai border gate during the fruit season, Vietnamese media reported.",
  "2023-06-02", ["CN-YN"], ["VNM"], [], [],
  [E("cooperation_project", ["CN-YN"], ["VNM"], counterpart="subnational", level=M, date=wd("2023-06-02", "Thursday"))],
  "en_news", "Lao Cai is in Vietnam, not Laos. 'Opening hours' is not opening_up.")
D("en", "A Guangdong trade delegation wrapped up a visit to Jakarta on Friday, signing deals worth US$300 million with Indonesian firms and agreeing to expand shipping links across the Indian Ocean.",
  "2024-10-19", ["CN-GD"], ["IDN"], [], [],
  [E("cooperation_project", ["CN-GD"], ["IDN"], direction="outbound", venue="IDN", counterpart="business", level=P)],
  "en_news", "Signed deals on the trip -> cooperation_project. US$ is not USA; the Indian Ocean is neither India nor a region. Date left out (the visit only ended on Friday).")
D("en", "Hunan's vice governor met the ambassador of the Central African Republic in Changsha on Wednesday, ahead of the China-Africa Economic and Trade Expo.",
  "2025-06-06", ["CN-HN"], ["CAF"], ["AFRICA"], [],
  [E("high_level_meeting", ["CN-HN"], ["CAF"], direction="inbound", venue="CN-HN", official="deputy", counterpart="diplomat", level=P, date=wd("2025-06-06", "Wednesday"))],
  "en_news", "Central African Republic -> CAF; China-Africa names AFRICA (document region, not the meeting's).")
D("en", "A Hebei delegation led by a provincial vice governor attended a trade fair in Johannesburg, South Africa, this week, where buyers from across southern Africa showed interest in the province's glass and steel products.",
  "2019-09-27", ["CN-HE"], ["ZAF"], ["AFRICA"], [],
  [E("delegation_visit", ["CN-HE"], ["ZAF"], ["AFRICA"], direction="outbound", venue="ZAF", official="deputy", level=P, date=None)],
  "en_news", "South Africa -> ZAF; 'southern Africa' -> AFRICA. Trip reported as a whole -> delegation_visit.")
D("en", "Yunnan held an investment promotion conference in Hong Kong on Monday, attended by the consuls general of Thailand and Malaysia and more than 300 business people.",
  "2023-11-14", ["CN-HK", "CN-YN"], ["MYS", "THA"], [], [],
  [E("forum_expo", ["CN-HK", "CN-YN"], ["MYS", "THA"], direction="inbound", venue="CN-HK", counterpart="diplomat", level=P, date=wd("2023-11-14", "Monday"))],
  "en_news", "Hong Kong is the venue (a domestic unit hosting, never a partner); consuls attending the event are co-participants -> partners.")
D("en", "Officials of the Permanent Secretariat of the Forum for Economic and Trade Co-operation between China and Portuguese-speaking Countries (Macao) toured tea plantations and a data centre in Guizhou this week.",
  "2024-05-24", ["CN-GZ"], [], [], [],
  [E("delegation_visit", ["CN-GZ"], [], direction="inbound", venue="CN-GZ", counterpart="international_org", date=None)],
  "en_news", "(Macao) is the seat inside the body's name -> not CN-MO; no country named. A tour -> delegation_visit.")
D("en", "Fujian's governor met a delegation of Taiwan business leaders in Fuzhou on Thursday and urged them to invest in the province's new integrated development zone.",
  "2024-03-15", ["CN-FJ", "CN-TW"], [], [], [],
  [E("domestic_coordination", ["CN-FJ", "CN-TW"], [], direction="domestic", venue="CN-FJ", official="governor", level=P, date=wd("2024-03-15", "Thursday"))],
  "en_news", "Taiwan is a domestic unit, never a partner; no foreign party -> domestic_coordination (as dev-f-0116).")
D("en", "Western sanctions on Russia have made bank payments harder for traders in Suifenhe, a border city in Heilongjiang, several merchants said.",
  "2024-04-02", ["CN-HL"], [], [], [], [], "en_news",
  "A sanctions story: Russia is background -> no partner; null.")
D("en", "Furniture exporters in Zhejiang are shifting orders to factories in Vietnam and Mexico to avoid US tariffs, a survey by the provincial commerce department found.",
  "2025-05-12", ["CN-ZJ"], [], [], [], [], "en_news",
  "Firms relocating orders and US tariffs are background; no province engages a country -> no partners (arguable), null.")
D("en", "Hainan wants its free trade port to rival Singapore and Dubai as a regional hub, the provincial governor told a news conference.",
  "2021-04-13", ["CN-HI"], [], [], [("regional hub", "designated_role")], [], "quote",
  "Comparison countries are background; a remark at a news conference -> null. 'Regional hub' casts the province as a node.")
D("en", "Quanzhou in Fujian province, a starting point of the ancient Maritime Silk Road, once traded with merchants from Persia and Ceylon, according to the city's maritime museum.",
  "2021-07-26", ["CN-FJ"], [], [], [], [], "history",
  "History: old names are background -> no partner; null.")
D("en", "The governor of Yunnan is expected to visit Laos and Thailand next month to promote freight on the China-Laos Railway, provincial officials said.",
  "2023-09-04", ["CN-YN"], ["LAO", "THA"], [], [], [], "plan",
  "Future visit -> null; planned counterparts are partners.")
D("en", "A China-ASEAN youth festival that Guangxi had planned to hold in Beihai in late October has been postponed until next year because of a typhoon, organisers said.",
  "2022-10-11", ["CN-GX"], [], ["ASEAN"], [], [], "notice",
  "Postponed event -> null.")
D("en", "The Liaoning provincial government on Tuesday denied online reports that its Party secretary would lead a delegation to Japan this month, calling them groundless.",
  "2023-07-19", ["CN-LN"], [], [], [], [], "denial",
  "A denial reports no act -> null; Japan is only in the denied rumour -> no partner.")
D("en", "The Consul General of the Republic of Korea in Shenyang met Jilin's vice governor in Changchun on Monday to discuss direct flights between Yanji and Busan.",
  "2024-06-19", ["CN-JL"], ["KOR"], [], [],
  [E("high_level_meeting", ["CN-JL"], ["KOR"], direction="inbound", venue="CN-JL", official="deputy", counterpart="diplomat", level=P, date=wd("2024-06-19", "Monday"))],
  "en_news", "Shenyang is the consulate's seat (not CN-LN).")
D("en", "Beijing has asked border provinces to speed up the upgrading of ports on the frontier with Vietnam, Guangxi officials said at a briefing on Tuesday.",
  "2021-03-10", ["CN-GX"], [], [], [], [], "en_news",
  "Beijing = the central government; the frontier with Vietnam is background; a briefing remark -> null.")
D("en", "Beijing's vice mayor met a delegation from the Brussels-Capital Region on Thursday to discuss cooperation on urban transport and green buildings.",
  "2019-04-19", ["CN-BJ"], ["BEL"], [], [],
  [E("high_level_meeting", ["CN-BJ"], ["BEL"], direction="inbound", venue="CN-BJ", official="deputy", counterpart="subnational", level=P, date=wd("2019-04-19", "Thursday"))],
  "en_news", "Beijing municipality acting (vice mayor) -> CN-BJ.")
D("en", "Yunnan, which the central government has cast as a radiation centre for South and Southeast Asia, aims to double cross-border freight volumes by 2027.",
  "2024-01-22", ["CN-YN"], [], ["SOUTHEAST_ASIA", "SOUTH_ASIA"], [("radiation centre for South and Southeast Asia", "designated_role")], [], "goal",
  "Goal -> null.")
D("en", "Officials from Cambodia, Laos, Myanmar, Thailand and Vietnam began a two-week training course on cross-border e-commerce in Nanning on Monday, organised by Guangxi's commerce department with money from the Lancang-Mekong Cooperation special fund.",
  "2023-09-12", ["CN-GX"], ["KHM", "LAO", "MMR", "THA", "VNM"], ["LMC"], [],
  [E("training", ["CN-GX"], ["KHM", "LAO", "MMR", "THA", "VNM"], ["LMC"], direction="inbound", venue="CN-GX", official="other", level=P, date=wd("2023-09-12", "Monday"))],
  "en_news", "Training course -> training.")
D("en", "The bulk carrier Panama Spirit, operated by a Qingdao shipping company, unloaded 60,000 tonnes of iron ore at Rizhao port on Monday.",
  "2022-08-03", ["CN-SD"], [], [], [], [], "en_news",
  "A ship named after a country: not Panama. Commercial port news -> null.")
D("en", "Hanoi Corner, a pho restaurant on Kunming's Wenlin Street, has become a favourite of Vietnamese students at Yunnan University, its owner said.",
  "2023-12-01", ["CN-YN"], [], [], [], [], "local",
  "A restaurant named after a foreign city; no engagement -> no partner; null.")
D("en", "Macao opened the ministerial conference of the Forum for Economic and Trade Co-operation between China and Portuguese-speaking Countries on Monday, with ministers from Angola, Brazil, Mozambique and Portugal attending.",
  "2024-04-23", ["CN-MO"], ["AGO", "BRA", "MOZ", "PRT"], [], [],
  [E("multilateral_meeting", ["CN-MO"], ["AGO", "BRA", "MOZ", "PRT"], direction="inbound", venue="CN-MO", counterpart="minister", level=P, date=wd("2024-04-23", "Monday"))],
  "en_news", "Macao hosts (domestic unit). A conference of several countries' ministers -> multilateral_meeting.")
D("en", "Kazakh customs officials toured the logistics park at Horgos in Xinjiang on Wednesday to study how the China-Europe freight trains are cleared.",
  "2022-06-24", ["CN-XJ"], ["KAZ"], ["EUROPE"], [],
  [E("delegation_visit", ["CN-XJ"], ["KAZ"], direction="inbound", venue="CN-XJ", counterpart="minister", date=wd("2022-06-24", "Wednesday"))],
  "en_news", "Kazakh -> KAZ. China-Europe freight trains name EUROPE (route name: a region, no partner). National customs officials -> minister (arguable).")
D("en", "Tibet's vice chairman met Nepal's tourism minister in Lhasa on Friday, and the two sides agreed to reopen more pilgrim routes to Mount Kailash.",
  "2024-05-20", ["CN-XZ"], ["NPL"], [], [],
  [E("high_level_meeting", ["CN-XZ"], ["NPL"], direction="inbound", venue="CN-XZ", official="deputy", counterpart="minister", level=P, date=wd("2024-05-20", "Friday"))],
  "en_news", "Meeting; nothing signed.")
D("en", "Officials from the Democratic Republic of the Congo signed a cobalt processing agreement with a Hunan state-owned company in Changsha on Tuesday.",
  "2023-10-26", ["CN-HN"], ["COD"], [], [],
  [E("cooperation_project", ["CN-HN"], ["COD"], direction="inbound", venue="CN-HN", date=wd("2023-10-26", "Tuesday"))],
  "en_news", "DR Congo -> COD, not COG.")
D("en", "The Indonesian consul general in Guangzhou said on Friday that visa applications from Guangdong residents had doubled this year.",
  "2024-08-10", [], [], [], [], [], "quote",
  "Consular seat only; a consul's remark -> no province acts, null (as dev-f-0115).")
D("en", "Officials in Ningxia said the region would give full play to its advantages in halal food and serve as an important window for China's opening up to Arab states, but no date has been set for the next China-Arab States Expo.",
  "2022-03-18", ["CN-NX"], [], ["ARAB_STATES"],
  [("give full play to its advantages", "leverage_advantage"), ("important window for China's opening up to Arab states", "designated_role"), ("important window for China's opening up to Arab states", "opening_up")],
  [], "goal", "Goal remark and an unscheduled expo -> null. The window phrase carries designated_role and opening_up.")

with open(OUT, "w", encoding="utf-8") as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(DOCS), sum(1 for d in DOCS if d["lang"] == "zh"), sum(1 for d in DOCS if not d["engagements"]))

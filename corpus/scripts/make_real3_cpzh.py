"""Writes corpus/parts/real3-cpzh-dev.jsonl (issue 15, branch cpzh): a blind-coded part of Chinese
provincial and city readouts that vary the FOREIGN side (counterpart) widely; one D(...) per document.

Every sentence is the project's own; facts only are taken from public sources. Coded by hand
before the tagger was run on them. Run from anywhere: python corpus/scripts/make_real3_cpzh.py;
idempotent."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "corpus" / "parts" / "real3-cpzh-dev.jsonl"
docs = []
H = "high_level_meeting"
DV = "delegation_visit"
HS = "head_of_state_or_government"


def E(cat, provs, parts, dirn, venue, off, cp, lvl, date, regions=()):
    return {"category": cat, "provinces": list(provs), "partners": list(parts), "regions": list(regions),
            "direction": dirn, "venue": venue, "official": off, "counterpart": cp, "level": lvl, "date": date}


def D(date, text, engs, note, provinces=None, partners=None, regions=None, formulations=(), source=None):
    n = len(docs) + 1
    p = provinces if provinces is not None else sorted({x for e in engs for x in e["provinces"]})
    q = partners if partners is not None else sorted({x for e in engs for x in e["partners"]})
    r = regions if regions is not None else sorted({x for e in engs for x in e["regions"]})
    f = list(formulations)
    if any(w in text for w in ("外办", "外事办", "外事辦", "外侨办")) and "subnational_diplomacy" not in f:
        f.append("subnational_diplomacy")
    if any(w in text for w in ("友好城市", "友城", "友好省", "友好县", "友好城")) and "friendship_network" not in f:
        f.append("friendship_network")
    d = {"id": f"real3-cpzh-dev-{n:04d}", "lang": "zh", "text": text, "date": date}
    if source:
        d["source_province"] = source
    d.update({"provinces": p, "partners": q, "regions": r, "formulations": f,
              "engagement": engs[0]["category"] if engs else None, "engagements": engs, "register": "readout",
              "note": note})
    docs.append(d)


# ---- heads of state and government, royals, their envoys
D("2024-03-15", "3月14日，海南省委书记在海口会见来琼访问的文莱王储比拉一行，双方就航线加密和清真食品产业合作交换了意见。",
  [E(H, ["CN-HI"], ["BRN"], "inbound", "CN-HI", "party_secretary", HS, "provincial", "2024-03-14")],
  "Crown prince (王储) -> head_of_state_or_government (TAXONOMY: king, president, PM; the heir of a monarchy is listed with them in the lexicon).")
D("2019-11-07", "11月6日，宁夏回族自治区主席在银川会见卡塔尔埃米尔特使、国务大臣一行，双方表示将拓展在清洁能源和清真产业领域的合作。",
  [E(H, ["CN-NX"], ["QAT"], "inbound", "CN-NX", "governor", "minister", "provincial", "2019-11-06")],
  "The emir's special envoy who is a minister of state -> minister (an aide of the head of state, not the head).")
D("2025-10-14", "10月13日，广东省委书记在广州会见来访的新西兰总理一行，省长参加会见。",
  [E(H, ["CN-GD"], ["NZL"], "inbound", "CN-GD", "party_secretary", HS, "provincial", "2025-10-13")],
  "Prime minister -> head_of_state_or_government.")
D("2015-10-12", "10月11日，福建省委書記在福州會見來閩訪問的新加坡總理一行，雙方就閩新兩地在數字經濟和港口物流方面的合作深入交換意見。",
  [E(H, ["CN-FJ"], ["SGP"], "inbound", "CN-FJ", "party_secretary", HS, "provincial", "2015-10-11")],
  "Traditional characters. 閩新 -> Fujian-Singapore. PM -> head_of_state_or_government.")
D("2025-09-13", "9月8日至12日，新疆维吾尔自治区党委书记率新疆代表团访问乌兹别克斯坦，在塔什干受到乌兹别克斯坦总统接见，并出席两国地方合作论坛。",
  [E(DV, ["CN-XJ"], ["UZB"], "outbound", "UZB", "party_secretary", HS, "provincial", "2025-09-08")],
  "A trip reported as a whole -> delegation_visit; the president who received them is the highest counterpart (受到…接见).")
D("2019-04-03", "4月2日，广西壮族自治区党委书记在南宁会见马来西亚彭亨州苏丹一行，双方就关丹产业园区建设进行了交流。",
  [E(H, ["CN-GX"], ["MYS"], "inbound", "CN-GX", "party_secretary", "subnational", "provincial", "2019-04-02")],
  "The sultan of a Malaysian state (彭亨州) rules a state, not the federation -> subnational. Arguable (a hereditary ruler); the place he attaches to is a state.")
D("2021-12-02", "12月1日，海南省省长在海口会见到访的斐济总统一行。斐济驻华大使陪同会见。",
  [E(H, ["CN-HI"], ["FJI"], "inbound", "CN-HI", "governor", HS, "provincial", "2021-12-01")],
  "President outranks the ambassador accompanying him.")

# ---- ministers, vice-ministers, state secretaries
D("2017-09-14", "9月13日，上海市副市长会见来沪访问的德国联邦经济和能源部国务秘书一行，双方就汽车产业和氢能合作交换了意见。",
  [E(H, ["CN-SH"], ["DEU"], "inbound", "CN-SH", "deputy", "minister", "provincial", "2017-09-13")],
  "国务秘书 of a federal ministry -> minister. A municipality's vice mayor -> deputy.")
D("2014-05-31", "5月26日至30日，黑龙江省副省长率团赴蒙古国访问，其间拜会了蒙古国副总理和食品农牧业部部长，并考察了乌兰巴托的物流园区。",
  [E(DV, ["CN-HL"], ["MNG"], "outbound", "MNG", "deputy", "minister", "provincial", "2014-05-26")],
  "Deputy PM and a minister met on the trip -> minister.")
D("2016-04-11", "4月10日，青海省省长在西宁会见尼泊尔驻华大使及尼泊尔文化、旅游和民航部部长一行。",
  [E(H, ["CN-QH"], ["NPL"], "inbound", "CN-QH", "governor", "minister", "provincial", "2016-04-10")],
  "An ambassador named first, a minister after: the minister is the highest-ranking.")
D("2025-05-20", "5月19日，福建省委书记在福州会见马来西亚投资、贸易和工业部部长及马来西亚中华总商会代表团一行。",
  [E(H, ["CN-FJ"], ["MYS"], "inbound", "CN-FJ", "party_secretary", "minister", "provincial", "2025-05-19")],
  "A minister and a chamber of commerce together -> minister.")
D("2022-07-27", "印度尼西亚海洋与投资统筹部副部长7月26日在雅加达会见了浙江省副省长率领的浙江经贸代表团，双方就港口和临港产业合作深入交流。",
  [E(H, ["CN-ZJ"], ["IDN"], "outbound", "IDN", "deputy", "minister", "provincial", "2022-07-26")],
  "The foreign side is the subject; the vice-minister received the Zhejiang delegation in Jakarta -> outbound, venue IDN.")

# ---- parties
D("2019-10-16", "10月15日，广西壮族自治区党委副书记在南宁会见越共中央对外部副部长率领的越南共产党代表团。",
  [E(H, ["CN-GX"], ["VNM"], "inbound", "CN-GX", "deputy", "party", "provincial", "2019-10-15")],
  "A vice-head of the CPV's external relations commission leading a party delegation -> party.")
D("2023-07-05", "7月4日，云南省委副书记在昆明会见老挝人民革命党中央宣传部部长率领的老挝人革党干部考察团。",
  [E(H, ["CN-YN"], ["LAO"], "inbound", "CN-YN", "deputy", "party", "provincial", "2023-07-04")],
  "Head of a party's central department -> party, not minister.")
D("2018-06-21", "6月20日，贵州省委常委、统战部部长在贵阳会见柬埔寨人民党中央委员率领的柬埔寨青年干部考察团一行。",
  [E(H, ["CN-GZ"], ["KHM"], "inbound", "CN-GZ", "deputy", "party", "provincial", "2018-06-20")],
  "A member of the CPP's central committee leading a study group -> party.")
D("2024-11-28", "11月27日，湖南省委书记在长沙会见柬埔寨人民党中央常委、国会第一副主席一行。",
  [E(H, ["CN-HN"], ["KHM"], "inbound", "CN-HN", "party_secretary", "legislature", "provincial", "2024-11-27")],
  "One person with a party seat and a parliament office: the state office (first vice-president of the National Assembly) ranks him -> legislature. Arguable.")
D("2012-05-09", "日本自民党干事长5月8日在东京会见了江苏省委书记率领的江苏省友好代表团，双方回顾了江苏与爱知县结好以来的交流成果。",
  [E(H, ["CN-JS"], ["JPN"], "outbound", "JPN", "party_secretary", "party", "provincial", "2012-05-08")],
  "The LDP secretary-general (a party office) receives the delegation in Tokyo -> party, outbound. 友好代表团 of a province and 结好 -> friendship_network.",
  formulations=("friendship_network",))

# ---- legislatures
D("2012-09-20", "9月19日，新疆维吾尔自治区党委书记在乌鲁木齐会见科威特国民议会议长率领的议会代表团。",
  [E(H, ["CN-XJ"], ["KWT"], "inbound", "CN-XJ", "party_secretary", "legislature", "provincial", "2012-09-19")],
  "Speaker of the national assembly -> legislature.")
D("2018-11-30", "11月29日，重庆市人大常委会主任会见来渝访问的乌拉圭参议院议长率领的议会代表团。",
  [E(H, ["CN-CQ"], ["URY"], "inbound", "CN-CQ", "deputy", "legislature", "provincial", "2018-11-29")],
  "The head of a municipality's people's congress -> deputy (人大 leaders); a senate president -> legislature.")
D("2019-06-20", "6月19日，青岛市委书记会见来访的韩国大邱广域市议会议长一行，双方就两市经贸和青少年交流进行了交流。",
  [E(H, ["CN-SD"], ["KOR"], "inbound", "CN-SD", "municipal", "legislature", "municipal", "2019-06-19")],
  "A city council's speaker -> legislature (local assemblies are legislature in the lexicon). A city's party secretary -> municipal.")
D("2023-04-19", "4月18日，甘肃省人大常委会副主任在兰州会见吉尔吉斯斯坦议会议员代表团。",
  [E(H, ["CN-GS"], ["KGZ"], "inbound", "CN-GS", "deputy", "legislature", "provincial", "2023-04-18")],
  "Members of parliament -> legislature.")

# ---- diplomats: split titles, abbreviations of the consulate's seat, back references
D("2021-04-09", "4月8日，吉林省外办主任在长春会见韩国驻华大使馆公使衔参赞金永焕一行，双方就青少年交流和经贸往来深入交换意见。",
  [E(H, ["CN-JL"], ["KOR"], "inbound", "CN-JL", "fao", "diplomat", "provincial", "2021-04-08")],
  "A counsellor with the rank of minister at an embassy -> diplomat (the embassy names the side; 公使衔 is a diplomatic rank, not a minister).")
D("2022-10-20", "浙江—斯里兰卡经贸合作交流会10月19日在杭州举行。该国驻华大使在会上致辞，省商务厅厅长出席并介绍了浙江开放型经济发展情况。",
  [E("forum_expo", ["CN-ZJ"], ["LKA"], "inbound", "CN-ZJ", "other", "diplomat", "provincial", "2022-10-19")],
  "A trade exchange conference -> forum_expo. 该国驻华大使: the country's ambassador (back reference) -> diplomat. The commerce department's director -> other.")
D("2013-06-05", "6月4日，四川省副省长会见新任德国驻蓉总领事一行，欢迎其到任并希望加强川德在职业教育领域的合作。",
  [E(H, ["CN-SC"], ["DEU"], "inbound", "CN-SC", "deputy", "diplomat", "provincial", "2013-06-04")],
  "驻蓉 -> consul general in Chengdu. No venue named; the host province of a meeting with a resident diplomat -> CN-SC.")
D("2015-01-22", "1月21日，广东省外办副主任会见泰国驻穗总领馆新任总领事，双方就粤泰友城交流等议题进行了交流。",
  [E(H, ["CN-GD"], ["THA"], "inbound", "CN-GD", "fao", "diplomat", "provincial", "2015-01-21")],
  "驻穗总领馆…总领事 -> diplomat. 友城 -> friendship_network.")
D("2011-12-02", "12月1日，江苏省省长在南京会见日本国驻沪总领事一行。",
  [E(H, ["CN-JS"], ["JPN"], "inbound", "CN-JS", "governor", "diplomat", "provincial", "2011-12-01")],
  "日本国驻沪总领事: consul general in Shanghai; Shanghai only locates the consulate (not an actor).")
D("2020-03-10", "廣西壯族自治區主席3月9日在南寧會見泰國駐南寧總領事館總領事，雙方就疫情防控和邊境貿易恢復交換了意見。",
  [E(H, ["CN-GX"], ["THA"], "inbound", "CN-GX", "governor", "diplomat", "provincial", "2020-03-09")],
  "Traditional characters. Consul general -> diplomat.")
D("2021-06-24", "6月23日，海南省外事办公室副主任会见了新西兰驻华使馆官员一行，双方就教育和旅游合作交换了意见。",
  [E(H, ["CN-HI"], ["NZL"], "inbound", "CN-HI", "fao", "diplomat", "provincial", "2021-06-23")],
  "Embassy officials -> diplomat.")
D("2023-09-22", "9月21日，贵州省委书记在贵阳会见参加“驻华使节贵州行”活动的20余国驻华使节和外交官。",
  [E(H, ["CN-GZ"], [], "inbound", "CN-GZ", "party_secretary", "diplomat", "provincial", "2023-09-21")],
  "Envoys of unnamed countries: diplomat, no partner named.")
D("2017-03-06", "新任俄罗斯驻沈阳总领事3月5日拜会辽宁省外办主任，双方就辽宁与俄远东地区地方合作交换了意见。",
  [E(H, ["CN-LN"], ["RUS"], "inbound", "CN-LN", "fao", "diplomat", "provincial", "2017-03-05")],
  "The diplomat calls on the FAO director (foreign side as subject) -> inbound, venue the host province.")
D("2020-01-10", "1月9日，河北省省长在石家庄会见埃塞俄比亚驻华大使和随访的埃塞企业家代表团，双方就产能合作和农产品贸易进行了交流。",
  [E(H, ["CN-HE"], ["ETH"], "inbound", "CN-HE", "governor", "diplomat", "provincial", "2020-01-09")],
  "Ambassador and businesspeople together -> diplomat (higher rank).")
D("2016-08-17", "8月16日，安徽省副省长在合肥会见以色列驻上海总领事馆经济参赞率领的以色列企业代表团。",
  [E(H, ["CN-AH"], ["ISR"], "inbound", "CN-AH", "deputy", "diplomat", "provincial", "2016-08-16")],
  "A consulate's economic counsellor leading a business delegation -> diplomat (rank above business).")

# ---- foreign provinces, states, cities, prefectures
D("2018-05-23", "越南高平省委书记5月22日在高平会见了由广西壮族自治区副主席率领的广西代表团，双方签署了边境口岸合作备忘录。",
  [E("cooperation_project", ["CN-GX"], ["VNM"], "outbound", "VNM", "deputy", "subnational", "provincial", "2018-05-22")],
  "Cao Bang (高平, not Gaoping in Shanxi) province's party secretary is the subject; a signed MOU -> cooperation_project (rule 4).")
D("2016-07-12", "老挝琅勃拉邦省省长在琅勃拉邦会见了普洱市市长率领的普洱市政府代表团，双方就旅游线路对接进行了交流。",
  [E(H, ["CN-YN"], ["LAO"], "outbound", "LAO", "municipal", "subnational", "municipal", None)],
  "The Lao provincial governor is the subject. A city's mayor -> municipal. No day given -> date null.")
D("2014-08-29", "8月28日，辽宁省省长在沈阳会见日本富山县知事率领的富山县代表团。",
  [E(H, ["CN-LN"], ["JPN"], "inbound", "CN-LN", "governor", "subnational", "provincial", "2014-08-28")],
  "A Japanese prefecture's governor (知事) -> subnational.")
D("2018-04-17", "吉林省委书记4月16日在长春会见了韩国江原道知事一行，双方表示将深化两省道在冰雪运动和旅游方面的合作。",
  [E(H, ["CN-JL"], ["KOR"], "inbound", "CN-JL", "party_secretary", "subnational", "provincial", "2018-04-16")],
  "道知事 -> subnational.")
D("2010-11-09", "11月8日，上海市市长会见大阪府知事一行，双方就世博会后续合作和友好城市交流交换了意见。",
  [E(H, ["CN-SH"], ["JPN"], "inbound", "CN-SH", "governor", "subnational", "provincial", "2010-11-08")],
  "府知事 -> subnational. Shanghai's mayor -> governor. 友好城市 -> friendship_network.")
D("2015-09-25", "9月24日，河南省副省长在郑州会见美国堪萨斯州州务卿一行，双方就农业和航空物流合作交换意见。",
  [E(H, ["CN-HA"], ["USA"], "inbound", "CN-HA", "deputy", "subnational", "provincial", "2015-09-24")],
  "A US state's secretary of state (州务卿) is a state official -> subnational, not the federal 国务卿.")
D("2022-05-11", "5月10日，甘肃省省长以视频方式会见澳大利亚南澳州州长，双方就旱作农业和新能源合作进行了交流。",
  [E(H, ["CN-GS"], ["AUS"], "remote", None, "governor", "subnational", "provincial", "2022-05-10")],
  "By video -> remote, venue null. A state premier (州长) -> subnational.")
D("2016-10-14", "10月13日，延边州州长在延吉会见韩国江原道铁原郡守一行，双方就边境旅游合作进行了交流。",
  [E(H, ["CN-JL"], ["KOR"], "inbound", "CN-JL", "municipal", "subnational", "municipal", "2016-10-13")],
  "A Korean county head (郡守) -> subnational. The prefecture's governor -> municipal.")
D("2019-07-04", "黑龙江省长7月3日在哈尔滨会见俄罗斯阿穆尔州州长一行，双方就黑河—布拉戈维申斯克跨境索道建设交换了意见。",
  [E(H, ["CN-HL"], ["RUS"], "inbound", "CN-HL", "governor", "subnational", "provincial", "2019-07-03")],
  "A Russian oblast's governor -> subnational.")
D("2015-05-15", "5月14日，四川省省长在成都会见印度安得拉邦首席部长一行，双方就信息技术和医药产业合作交换了意见。",
  [E(H, ["CN-SC"], ["IND"], "inbound", "CN-SC", "governor", "subnational", "provincial", "2015-05-14")],
  "An Indian state's chief minister -> subnational.")
D("2024-07-19", "哈萨克斯坦阿拉木图州州长7月18日在科纳耶夫会见了伊犁州党委书记率领的伊犁州代表团，双方就霍尔果斯口岸通关便利化交换了意见。",
  [E(H, ["CN-XJ"], ["KAZ"], "outbound", "KAZ", "municipal", "subnational", "municipal", "2024-07-18")],
  "A Kazakh region's akim (州长) receives a prefecture delegation; Ili prefecture's party secretary -> municipal.")
D("2021-03-18", "3月17日，昆明市市长会见泰国清迈府府尹，双方就两市友好城市关系和旅游复苏进行了交流。",
  [E(H, ["CN-YN"], ["THA"], "inbound", "CN-YN", "municipal", "subnational", "municipal", "2021-03-17")],
  "A Thai province's governor (府尹) -> subnational. Kunming's mayor -> municipal.")
D("2013-10-25", "10月24日，山东省副省长在济南会见美国威斯康星州副州长一行。",
  [E(H, ["CN-SD"], ["USA"], "inbound", "CN-SD", "deputy", "subnational", "provincial", "2013-10-24")],
  "Lieutenant governor (副州长) -> subnational.")

# ---- business, academic, international organisations, associations, media, sports, arts, religion, NGOs
D("2021-09-16", "9月15日，四川省省长在成都会见德国西门子集团管理董事会成员一行，双方就智能制造和能源转型合作进行了交流。",
  [E(H, ["CN-SC"], ["DEU"], "inbound", "CN-SC", "governor", "business", "provincial", "2021-09-15")],
  "A company's board member -> business.")
D("2012-04-25", "4月24日，浙江省副省长在杭州会见意大利米兰工商会会长率领的企业家代表团。",
  [E(H, ["CN-ZJ"], ["ITA"], "inbound", "CN-ZJ", "deputy", "business", "provincial", "2012-04-24")],
  "A chamber of commerce's president -> business.")
D("2023-02-22", "2月21日，陕西省委书记在西安会见法国达能集团首席执行官一行，双方就乳业和食品加工合作深入交换意见。",
  [E(H, ["CN-SN"], ["FRA"], "inbound", "CN-SN", "party_secretary", "business", "provincial", "2023-02-21")],
  "CEO -> business.")
D("2017-05-18", "5月17日，湖北省副省长在武汉会见英国伯明翰大学校长一行，双方就联合办学和科研合作进行了深入交流。",
  [E(H, ["CN-HB"], ["GBR"], "inbound", "CN-HB", "deputy", "academic", "provincial", "2017-05-17")],
  "A university's president -> academic.")
D("2023-12-06", "12月5日，云南省外办主任在昆明会见泰国正大管理学院院长率领的泰国智库学者代表团。",
  [E(H, ["CN-YN"], ["THA"], "inbound", "CN-YN", "fao", "academic", "provincial", "2023-12-05")],
  "Think-tank scholars -> academic.")
D("2018-07-26", "7月25日，陕西省外办副主任在西安会见来陕参加暑期夏令营的哈萨克斯坦大学生代表团，并与学生们座谈交流。",
  [E(H, ["CN-SN"], ["KAZ"], "inbound", "CN-SN", "fao", "academic", "provincial", "2018-07-25")],
  "A students' delegation -> academic.")
D("2020-10-22", "10月21日，贵州省省长在贵阳会见联合国开发计划署驻华代表一行，双方就乡村振兴和减贫经验分享进行了交流。",
  [E(H, ["CN-GZ"], [], "inbound", "CN-GZ", "governor", "international_org", "provincial", "2020-10-21")],
  "UNDP's resident representative -> international_org (a UN body's officer, not a country's diplomat). No country partner.")
D("2025-04-08", "4月7日，福建省副省长在福州会见世界城市和地方政府组织亚太区秘书长一行。",
  [E(H, ["CN-FJ"], [], "inbound", "CN-FJ", "deputy", "international_org", "provincial", "2025-04-07")],
  "UCLG Asia-Pacific's secretary-general -> international_org.")
D("2013-11-19", "11月18日，河北省人民对外友好协会会长会见日本长野县日中友好协会代表团，双方回顾了冀长两地友好交往历程。",
  [E(H, ["CN-HE"], ["JPN"], "inbound", "CN-HE", "other", "other", "provincial", "2013-11-18")],
  "A Japanese prefecture's friendship association -> other (an association, not the prefecture's government). The province's own friendship association -> other.")
D("2019-08-13", "8月12日，新疆维吾尔自治区党委常委、宣传部部长在乌鲁木齐会见巴基斯坦媒体代表团一行。",
  [E(H, ["CN-XJ"], ["PAK"], "inbound", "CN-XJ", "deputy", "other", "provincial", "2019-08-12")],
  "A media delegation -> other.")
D("2024-08-09", "8月8日，黑河市副市长会见来黑河参加青少年冰球友谊赛的俄罗斯布拉戈维申斯克市青少年冰球队。",
  [E(H, ["CN-HL"], ["RUS"], "inbound", "CN-HL", "municipal", "other", "municipal", "2024-08-08")],
  "A city's youth ice hockey team -> other (a sports team, not the city's government).")
D("2017-06-08", "6月7日，宁夏回族自治区副主席在银川会见沙特阿拉伯麦加大清真寺伊玛目一行，双方就宗教文化交流进行了交流。",
  [E(H, ["CN-NX"], ["SAU"], "inbound", "CN-NX", "deputy", "other", "provincial", "2017-06-07")],
  "A religious figure -> other.")
D("2022-09-30", "9月29日，云南省外办主任在昆明会见缅甸非政府组织代表团，双方就民生援助项目对接进行了交流。",
  [E(H, ["CN-YN"], ["MMR"], "inbound", "CN-YN", "fao", "other", "provincial", "2022-09-29")],
  "An NGO delegation -> other.")
D("2011-02-15", "2月14日，墨西哥国家民间舞蹈团专场演出在广州上演，广东省副省长观看演出并看望了演职人员。",
  [E("cultural_exchange", ["CN-GD"], ["MEX"], "inbound", "CN-GD", "deputy", "other", "provincial", "2011-02-14")],
  "A foreign dance company's performance -> cultural_exchange; the troupe -> other.")

# ---- texts that report no act
D("2024-01-15", "截至2023年底，山东省已与世界各国建立友好城市和友好合作关系城市超过260对，覆盖五大洲。",
  [], "A retrospective count of ties: no act.", provinces=["CN-SD"], partners=[], regions=[])
D("2023-02-08", "省外办负责人表示，今年将继续做好驻华使节、国际组织驻华代表来访接待工作，积极争取更多国家在我省设立领事机构。",
  [], "A plan stated by an official: no act. 我省 -> the source site's province.", provinces=["CN-SC"], partners=[], regions=[],
  source="CN-SC")
D("2019-12-30", "据统计，今年全区共接待外国元首和政府首脑来访4批次，部长级以上官员来访30余批次，驻华使节来访80余批次。",
  [], "A count of visits: no act.", provinces=["CN-GX"], partners=[], regions=[], source="CN-GX")
D("2018-09-03", "越南驻南宁总领事在接受本报记者采访时表示，越中两国边境省份合作潜力巨大，越方愿与广西共同推动跨境经济合作区建设。",
  [], "A diplomat's quoted remarks about cooperation in general: no act (an interview is not an engagement of the province). Vietnam named as counterpart of the cooperation -> partner.",
  provinces=["CN-GX"], partners=["VNM"], regions=[])
D("2021-05-28", "湖北省将主动对接共建“一带一路”国家，力争到2025年国际友好城市总数突破百对。",
  [], "A goal: no act.", provinces=["CN-HB"], partners=[], regions=[])
D("2025-06-30", "今年上半年，内蒙古对蒙古国进出口总额同比增长15%，二连浩特口岸过货量创历史同期新高。",
  [], "Trade statistics: no act; the country traded with is the report's subject -> partner.",
  provinces=["CN-NM"], partners=["MNG"], regions=[])
D("2020-04-20", "受疫情影响，原定于本月举行的中日韩地方政府交流会议将延期举办，具体时间另行通知。",
  [], "A postponed event: no act. No province named.", provinces=[], partners=[], regions=[])
D("2016-12-26", "根据安排，匈牙利国会副主席将于下月率团访问四川，届时将出席川匈友好省州结好十周年纪念活动。",
  [], "An announced visit: no act yet. Hungary named as the counterpart of the planned act -> partner. 友好省州 -> friendship_network.",
  provinces=["CN-SC"], partners=["HUN"], regions=[])
D("2014-03-12", "辽宁省现有外国驻沈阳总领事馆9家，驻华使节和领事官员到访成为辽宁对外交往的重要渠道。",
  [], "A description of consulates in the province: no act. 重要渠道 is said of visits, not of the province as a node -> no designated_role. Arguable.",
  provinces=["CN-LN"], partners=[], regions=[])
D("2022-11-08", "吉林省与韩国庆尚北道自1993年缔结友好省道关系以来，双方在经贸、教育、文化等领域的交流不断深化。",
  [], "A retrospective summary of ties: no act. Korea named as the partner of the ties -> partner.",
  provinces=["CN-JL"], partners=["KOR"], regions=[])

OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
print(f"{len(docs)} documents -> {OUT}")

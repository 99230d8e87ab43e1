"""Foreign parties named without a country (issue 15, fresh readouts): an international
organisation (联合国开发计划署, 亚洲开发银行, 世界卫生组织, "the World Bank") or a foreign firm named by
its own name or by its global or China posts (西门子, 微软公司, 大中华区总裁, 全球副总裁).

TAXONOMY §3 rule 5 makes an act ``domestic_coordination`` only when no foreign party is engaged:
such a counterpart is one, although it names no partner country (the act keeps ``partners: []``;
the counterpart attribute says ``international_org`` or ``business``). The policy
(:mod:`.policy`) reads :func:`foreign_body` beside :func:`.categories.foreign_marker` (外国, 驻华使节,
"foreign" …).
"""

from __future__ import annotations

import re

from ..rx import skipping

# International organisations whose Chinese names hold none of the foreign marker's words (国际,
# 驻华, 各国 …): the UN system, development banks, sports and regional bodies and their secretariats.
_ORG_ZH = (
    "联合国|联合國|聯合國|开发计划署|粮农组织|粮食计划署|儿童基金会|教科文组织|工发组织|人口基金|难民署"
    "|人居署|环境规划署|世界银行|世行|亚洲开发银行|亚开行|亚投行|亚洲基础设施投资银行|新开发银行|金砖银行"
    "|欧洲复兴开发银行|欧洲投资银行|世界卫生组织|世卫组织|世界贸易组织|世贸组织|世界旅游组织"
    "|世界旅游城市联合会|世界经济论坛|世界知识产权组织|世界气象组织|世界自然基金会|世界粮食计划署"
    "|湄公河委员会|东盟秘书处|上合组织秘书处|上海合作组织秘书处|亚太经合组织|亚奥理事会|红十字国际委员会"
    "|全球环境基金|绿色气候基金|石油输出国组织|欧佩克|非洲联盟|非盟委员会|阿拉伯国家联盟"
    "|太平洋岛国论坛秘书处|伊斯兰开发银行|国际竹藤组织|澜湄合作中心|中日韩合作秘书处|中国[—－–-]东盟中心"
    "|东盟[—－–-]中日韩中心")
# Foreign firms named by themselves (names that are no ordinary word: 三星 only as 三星集团/三星电子, 现代 only as
# 现代汽车/现代集团, 大众 only as 大众汽车) or by a post only a multinational has (大中华区, 全球副总裁).
_FIRM_ZH = (
    "西门子|微软|苹果公司|谷歌|亚马逊公司|英特尔|高通公司|思科公司|思科系统|甲骨文公司|戴尔公司|惠普公司"
    "|英伟达|特斯拉|波音|空客|空中客车|通用电气|通用汽车|福特汽车|埃克森美孚|雪佛龙|壳牌|道达尔|沃尔玛"
    "|星巴克|麦当劳|可口可乐|百事公司|宝洁|强生公司|辉瑞|阿斯利康|诺华公司|诺华集团|罗氏集团|罗氏制药"
    "|赛诺菲|默克|拜耳|巴斯夫|博世|蒂森克虏伯|大众汽车|宝马集团|宝马公司|宝马汽车|戴姆勒|奔驰公司"
    "|梅赛德斯|奥迪|保时捷|米其林|欧莱雅|雀巢|联合利华|达能集团|达能公司|路易达孚|嘉吉|邦吉公司|邦吉集团"
    "|马士基|达飞集团|达飞海运|达飞轮船|地中海航运|汇丰|渣打|花旗|高盛集团|高盛公司|摩根大通|摩根士丹利"
    "|贝莱德|安联集团|安联保险|友邦保险|丰田汽车|丰田公司|丰田集团|丰田通商|本田技研|本田汽车|本田公司"
    "|日产汽车|松下电器|松下集团|松下公司|索尼|日立集团|日立公司|日立制作所|三菱|三井物产|三井住友"
    "|三井集团|住友商事|住友集团|住友化学|伊藤忠|丸红|永旺|优衣库|迅销|三星集团|三星电子|三星公司"
    "|现代汽车|现代集团|乐天集团|ＳＫ集团|sk集团|lg集团|lg电子|浦项制铁|力拓集团|必和必拓|淡水河谷|嘉能可"
    "|淡马锡|丰益国际|施耐德电气|ＡＢＢ|abb集团|大中华区|中国区(?:总裁|总经理|首席)|亚太区(?:总裁|总经理"
    "|首席)|全球(?:执行)?副?总裁|全球首席|跨国公司|世界500强|财富500强")
_EN = (r"\b(?:united nations|undp|unicef|unesco|unido|unhcr|world bank|asian development bank"
       r"|world health organi[sz]ation"
       r"|world trade organi[sz]ation|world economic forum|asian infrastructure investment bank|new development bank"
       r"|asean secretariat|sco secretariat|food and agriculture organi[sz]ation|world food programme)\b")
_FOREIGN_BODY = skipping(re.compile(f"{_ORG_ZH}|{_FIRM_ZH}|{_EN}"))


def foreign_body(text: str) -> bool:
    """Whether ``text`` (lower-case Simplified, as the policy reads its sentences) names an
    international organisation or a foreign firm without naming its country.

    >>> foreign_body("省长会见亚洲开发银行副行长一行"), foreign_body("省长会见省商务厅负责人")
    (True, False)
    """
    return _FOREIGN_BODY.search(text) is not None



_TALKS = re.compile("座谈|會談|会谈|会见|會見|会晤|會晤|接见|接見")


def talks_with_foreign_body(sentence: str) -> bool:
    """Whether ``sentence`` (the lead, as the policy reads it) reports talks (座谈, 会谈, 会见) with an
    international organisation or a foreign firm: a meeting (TAXONOMY §3 rule 2), not the
    domestic 座谈交流 its cue votes for (rule 5: a foreign party is engaged).

    >>> talks_with_foreign_body("省外办主任与澜湄合作中心秘书处负责人座谈交流"), talks_with_foreign_body("省外办与省商务厅座谈交流")
    (True, False)
    """
    return _TALKS.search(sentence) is not None and foreign_body(sentence)

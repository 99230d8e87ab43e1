"""The patterns act detection reads a sentence with (:mod:`pipeline.engagement.detect` frames a
sentence with them): act predicates, and the intent, retrospective, speech, plan, negation and
other frames that keep a predicate from reporting an act, Chinese and English. Split from
``detect`` (a module of at most 450 lines); ``detect`` re-exports every name.
"""

from __future__ import annotations

import re

from ..rx import skipping
from .act_days import other_day  # noqa: F401  (re-exported: acts.find_day skips another occasion's day)

# Fragments several patterns share (one list each, round 10): a province visited by its one-character
# abbreviation (副部长访渝, 代表团访甘; not 拜访/走访/出访…, nor 访新/访蒙/访苏/访京: Singapore, Mongolia, the
# Soviet Union, the capital; nor 吉尔吉斯, 黑山, 津巴布韦), and 带队/带团 leading a trip as 率团 does
ABBR_HERE_ZH = "滇桂辽甘藏琼粤浙冀青闽鲁宁川渝沪皖黔湘豫鄂赣晋陕陇疆"  # (陇 Gansu, 疆 Xinjiang: 访陇, 来疆)
NOT_A_VISIT_ZH = "(?<![拜走出回造互专])"
VISIT_HERE_ZH = f"{NOT_A_VISIT_ZH}访(?:[{ABBR_HERE_ZH}]|吉(?!尔)|黑(?!山)|津(?!巴))"
LED_GROUP_ZH = "(?:带队|带团)(?=.{0,12}?(?:访问|出访|赴|前往|抵达))"

# Act predicates: verbs and event nouns that report something done on an occasion.
# (skipping(): the same pattern behind a lookahead of the characters a match starts with,
# so that re skips to candidates: the same matches, 2-3x sooner; issue 17)
ACT_ZH = re.compile(
    "会见|会谈|会晤|接见|拜会|拜访|座谈|见面|会面|宴请|通话|视频连线|连线|交换意见|进行了?(?:友好|深入|亲切|坦诚|务实)?(?:交流|交谈)"
    "|率团|率领|率代表团|带队|带团|出访|访问(?![团團])|来访|到访|访华|来华|回访|考察(?![团團组組])|参访(?![团團])|参观|造访|走访"
    "|开启(?=了?[^，。；]{0,16}?(?:访问|之旅|之行|行程|考察|参访|巡演|[^，。；\\d]行(?![业动])))"  # 开启了为期3天的访问
    "|出席|参加|参会|举行|举办|召开|主持|主办|承办|开幕|闭幕|开班|结业|启动|亮相|揭牌|挂牌|揭幕"
    "|签署|签订|签约|缔结|结为|结好|达成|见证|洽谈|商谈|磋商|对接|发起|成立|创办|设立|致以|引进|邀请"
    "|致电|致信|致函|致贺|发来|发出|贺信|贺电|慰问电|唁电|慰问"
    "|抵达|前往|来到|走进|赴|迎来|接待|陪同|看望|参与|参赛|落幕|开营|起航|鸣枪|表示.{0,4}(?:祝贺|感谢|问候|慰问)"
    "|演出|展出|展演|巡演|开通|首发|开行|首航|落成|竣工|开工|投产|捐赠|捐建|授予|颁发"
    "|来[滇桂辽吉黑蒙甘新藏琼粤浙冀青苏闽鲁宁川渝沪京津皖黔湘豫鄂赣晋陕陇疆]"
    "|访[滇桂辽吉黑蒙甘新藏琼粤浙冀青苏闽鲁宁川渝沪京津皖黔湘豫鄂赣晋陕陇疆]"
)
# "called on X to strengthen …" urges, it calls on no one (a call on a leader is "called on X in Y" or "to discuss");
# "the envoys received a warm welcome" is a visitor's welcome, no meeting (helper fen)
URGED_EN = r"(?![^.;:]{0,60}?\bto (?!the\b|a\b|an\b|discuss|exchange|review|talk|explore|brief)[a-z]+\b)"
# a visit's destination as foreign press writes it: "the capital of China's Ningxia", "southwest China's Yunnan",
# "the Chinese province of Hainan" (categories.visit_to_china; helper fen)
CAPITAL_OF_EN = (r"(?:(?:the\s+)?(?:provincial\s+)?capital\s+of\s+|the\s+chinese\s+(?:province|region|city)\s+of\s+)?"
                 r"(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)?\s+)?")
WARM_WELCOME_EN = r"(?:warm |warmly |cordial |hearty |grand |enthusiastic |friendly )*(?:welcome|reception)\b"
ACT_EN = skipping(re.compile(
    r"\b(?:met|meets|meet with|meeting with|held talks|holds talks|hold talks|talks with|received|receives"
    r"|called on" + URGED_EN + r"|visited|visits|visiting|toured|tours|paid a visit|pays a visit|made a visit|makes a visit|is on a visit|arrived|arrives"
    r"|led an?|leads an?|leading an?|delegation (?:led|headed) by|headed a|signed|signs|inked|hosted|hosts|held|holds"
    r"|attended|attends|opened|opens|inaugurated|launched|launches|kicked off|concluded|wrapped up|took place"
    r"|(?:led|leads|leading|headed) (?:another|the|his|her|its|a second) (?:[\w-]+ ){0,3}?(?:delegation|team|group|mission)"
    r"|takes place|was held|were held|gathered|celebrated|celebrate|organi[sz]ed|co-organi[sz]ed|welcomed"
    r"|presented|donated|performed|sent|laid a wreath|established|agreed|participated|took part|joined"
    r"|congratulated|congratulates|expressed condolences|delivered|addressed|chaired|co-chaired|witnessed|hosting|attending"
    r"|sign(?: [\w-]+){0,3} (?:pact|deal|agreement|mou|memorandum|contract)s?|urge[sd](?! (?:closer|deeper|stronger|greater|more|further|enhanced|expanded|efforts)\b)|launched|send|sends|renew|renews|renewed|draws|drew|brings"
    r"|extend (?:warm |sincere |best )?(?:greetings|congratulations|wishes)"
    r"|brought|played|competed|raced|studies|studied|set up|sets up|unveiled|unveils|kicks off|flock"
    r"|leads (?:an? |the )?(?:[\w-]+ ){0,2}delegation|lead (?:an? |the )?(?:[\w-]+ ){0,2}delegation|crossed|crowded|flocked"
    r"|inks|penned|clinched|clinches|sealed|seals|granted an audience|gave an audience"
    r"|marked|convened|exchanged|co-hosted|co-hosts|left for|leaves for|departed for|set off for|set out for|flew to"
    r"|travell?ed to|returned from|accompanied"  # ("The ambassador accompanied the delegation to meet …": fen)
    r"|(?:ran|runs|running|run) (?:an? |the |its |their )?(?:[\w-]+ ){0,3}?(?:courses?|class(?:es)?|programmes?|programs?"
    r"|workshops?|seminars?|training))\b",
    re.I,
))

# Frames that turn a predicate into a non-act (see the module docstring).
_INTENT_ZH = re.compile(
    "将|要|拟|计划|准备|打算|希望|愿|期待|期盼|争取|力争|推动|推进|加快|深化|加强|扩大|促进|积极|努力|着力"
    "|致力|不断|持续|进一步|继续|全力|务必|必须|应当|需要|鼓励|支持|欢迎|下一步|今后|未来|旨在|为了|以求|以便|以期|更高水平"
    "|落实|贯彻|执行|有望|可望|即将|定于|预计"
    "|办好|做好|抓好|搞好|用好|开好|建好|打造|构建|拓展|提升|培育|引导|力促|谋划|筹办|筹备"
)
_INTENT_EN = skipping(re.compile(
    r"\b(?:will|would|shall|should|could|may|might|plans? to|planning to|aims? to|aiming to|seeks? to|hopes? to"
    r"|intends? to|is to|are to|expected to|going to|ready to|willing to|continue to|further|to be held"
    r"|looks? forward to|is set to|are set to|in order to|scheduled to|(?:is|are|was|were) due to|slated to|upcoming"
    r"|preparations? for|(?:is|are) (?:now )?(?:preparing|getting ready|gearing up)|in preparation for"
    r"|(?:is|are) (?:keen|eager|determined) to|wants? to)\b",
    re.I,
))
_RETRO_ZH = skipping(re.compile(
    "近年来|多年来|(?:\\d+|[一二三四五六七八九十两几]+)多?年来|以来|累计|先后|历年|截至|截止|迄今|至今|全年|每年|年均|历史上|长期以来|一直|已经|已先后|已同|已与|(?:都|均)已?(?:与|同|和)"
    "|已有|共有|共计|总数|增至|多次|屡次|数次|频繁|历任|曾任|成为|是.{0,12}(?:平台|窗口|门户|枢纽|伙伴|纽带|桥梁)|卓有成效|成效显著"
    "|曾(?:经|經|于|於|多次|先后|两次|数次|到访|访问|訪問|赴|来|來)"  # 大使曾于去年访问辽宁: an earlier trip (pzh)
    r"|一季度|二季度|三季度|四季度|上半年|下半年|今年以来|去年以来|\d+\s*对"
    # statistics: 人数增长, 同比增长12%, 增幅, 占比 (来华游客人数增长 counts visitors, not a visit)
    r"|同比|环比|增幅|增速|占比|人数(?:增长|增加|下降|减少|突破|达到|超过|创)|(?:增长|下降|增加|减少)了?\s*\d"
    r"|\d+(?:批次|人次|批|项|场次|期|余个|多个)(?!国家|國家|国的|國的)"  # (来自30多个国家的驻华使节: the guests, qgrp)
))
# "…, in the past, like accords were reached …": the clause after it looks back too
_PAST_CLAUSE_EN = re.compile(r"\bin (?:the past|previous years|earlier years),", re.I)
# a sentence opening with "Since …" looks back (kept apart: a pattern opening with "^\W" is one
# rx.skipping cannot wrap, and _RETRO_EN is read at every sentence)
_SINCE_LEAD = re.compile(r"^\W{0,2}since\b", re.I)
_RETRO_EN = skipping(re.compile(
    r"\b(?:in recent years|over the years|has set up|have set up|over the past|for years|in previous years|in earlier years"
    r"|in the past(?!\s+(?:few\s+|two\s+|three\s+|several\s+)?(?:days?|weeks?|months?)\b)|since (?:(?:19|20)\d\d|then|its|the|it|they|we|our|both|their)|so far|to date"
    r"|a total of|in total|each year|every year|annually|now has"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) (?:years?|decades?) ago"
    r"|(?:in|back in|as early as|as far back as) 19\d\d"  # an act of the last century is a report's background
    r"|repeatedly|time and again|many times|on (?:several|many|numerous|multiple) occasions"  # habitual (pnone)
    r"|(?:has (?:now )?|have )(?:established|signed|built|become|grown|formed|developed)"  # not on a named occasion:
    # (nor one agreement signed, the English lead of a signing just made: "has signed an MOU with
    # the state's premier", "have signed a joint statement"; issue 15, rpen2)
    r"(?!\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:memorand(?:um|a)|mou|agreement|joint statement"
    r"|declaration|contract|deal|accord|pact|protocol|letter of intent)\b)"
    r"(?![^,;.]{0,80}?\b(?:during (?:a|an|the|his|her|their|its|this) (?:[\w'-]+ ){0,3}?"
    r"(?:trip|visit|tour)|at the (?:[\w'-]+ ){0,3}?ceremony)\b)|grew to|has been|have been"
    r"|first held|is an important|is a key|(?:is|are|was|were|remains?) (?:one of|among) the|(?:is|are|remains?) (?:the|a|an) (?:largest|biggest|major|leading|main|premier|flagship|key|vital|significant)|serves as|ha(?:s|ve|d) long|more and more|has helped|have helped|has attracted"
    r"|have attracted|majority of|more than \d|alone|nearly (?:a|half|all)|a (?:third|quarter|fifth|tenth|half) of"
    r"|half of|per ?cent|share of"
    r"|(?:it|this|that) (?:was|is|marked|marks) (?:the|his|her|their|its) (?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)))\b",  # "It was the third visit by a Lao leader …" (enwire)
    re.I,
))
# An occasion called off, postponed or denied (原定…论坛推迟举办, 会议取消。, 另行通知, 网传…消息不实,
# 并无此项出访安排): nothing in the sentence happened, whatever date it names. The verb of calling
# off ends its clause (取消签证限制 is an act's content, not a cancellation).
_CALLED_OFF_ZH = skipping(re.compile(
    "(?:推迟|延期|延后|改期|顺延|取消|暂停|暂缓)(?:举办|举行|召开|访问|出访|进行|开幕)?(?:[，。；,;！]|$)"
    "|另行通知|另行公布|另行告知|消息不实|不实消息|系谣言|纯属谣言|并无此[项次]?[^，。；]{0,4}?(?:安排|计划|行程)"
    "|(?:原定|原计划)[^，。；]{0,30}?(?:推迟|延期|延后|取消|改期|暂停)"
))
# A future act with its date (省长将于6月15日至18日访问俄罗斯, 论坛定于下月8日开幕): announced, not
# reported; the date does not make it an act (the brief of issue 15: future visits report none).
_FUTURE_DATED_ZH = re.compile(
    "(?:将|拟|计划|预计|定)(?:于|在)|(?:下周|下个?星期|下个?月|明年|明天|明日|后天)(?!以来)|即将|将(?=赴|率|出席|访问|出访|前往|举行|举办|召开|会见|参加|访华|来华|来访|到访|会晤|签署"
    "|开幕|闭幕|启动|派出|派员|组织|邀请|开展|迎来|接待|揭牌|开班|开营|上演|演出|巡演|展出)")  # (rpcat: 将开幕, 将派出艺术团)
# 应X邀请 ("at X's invitation"): the circumstance of a visit, not an invitation made (邀请 reports no act)
_INVITED_BY_ZH = re.compile("(?:^|[，。；：,;:])\\s*应[^，。；：,;:]{0,40}$")
_SPEECH_ZH = re.compile("^[^，。；：,]{0,24}?(?:说|表示|指出|强调|认为|介绍|称|谈到|提出|希望|坦言|透露)[，：:,]")
_SPEECH_EN = re.compile(
    r"^[^.;:]{0,60}?\b(?:said|says|(?<=\w )say|noted|notes|stressed|stresses|highlighted|added|told|stated|explained|"
    r"emphasi[sz]ed|believes?|pointed out|underlined|remarked|briefed|clarified|clarifies)\b(?: that)?", re.I)
# A trailing attribution ("…, the Party chief said.", "…, said the governor"): the clause before it
# is what someone said, unless the sentence dates an occasion (a dated act a source reports).
_CLOSERS = " \t.!\"'”’)"
_SPEECH_TAIL_EN = re.compile(
    r",[\"'”’]?\s*(?:(?:the |a |an |his |her )?[\w'.\- ]{1,60}?\s+(?:said|says|noted|added|stressed|urged|told [\w ]{1,45}?)"
    r"|(?:said|says|noted|added|according to) (?:the |a )?[\w'.,\- ]{1,60}?)(?:\s+on \w+day)?\W*$", re.I)
# … the same naming the day of the remark (", the governor told lawmakers on Monday", ", she said on May 3")
_SPEECH_TAIL_DATED_EN = re.compile(
    r",[\"'”’]?\s*(?P<who>(?:the |a |an |his |her )?[\w'.\- ]{1,60}?\s+(?:said|says|noted|added|stressed"
    r"|told(?: [\w ]{1,45}?)?)|(?:said|says|noted|added) (?:the |a )?[\w'.,\- ]{1,60}?)"
    r"\s+(?:(?:on|in|at|during) [\w ,.]{1,40}?|(?:last|this) (?:week|month))"
    r"(?:,\s*(?:adding|saying|noting|stressing)\b[^.;]*)?\W*$", re.I)
# An institution cited as the source ("…, the province's commerce department said") reports the act.
_SOURCE_EN = re.compile(
    r"\b(?:department|office|bureau|commission|government|agency|ministry|organi[sz]ers?|xinhua|reports?|statement"
    r"|media|newspaper|daily|news|committee|embassy|consulate|company|group|council|administration|authorities"
    r"|website|press|sources?|centre|center|association|secretariat|officials|spokes(?:man|woman|person)"
    r"|college|university|school|institute|academy|hospital|museum|customs|firm|operator|zone)\b", re.I)
# The circumstance of a remark: "said during a meeting with …" reports the meeting (the remark
# was made at it); what follows it is the speech.
_SPEECH_AT_EN = re.compile(
    r"\s*(?:,\s*)?(?:during|at|in|while|when)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|meetings|talks|courtesy call|video call|phone call|(?:tele)?phone conversation)\b[^,;]{0,80}", re.I)
# A subject described after its appositive (", first held in 1990, is one of the oldest …", ", set up in 2004,
# remains the largest …"): the sentence describes, whatever event its subject names
_DESCRIBED_EN = skipping(re.compile(
    r",\s+(?:is|are|remains?|has (?:long )?been|have (?:long )?been) (?:(?:one|among) (?:of )?the|the (?:largest|biggest"
    r"|oldest|main|first|only|leading|premier|flagship|key)|an? (?:important|key|major|vital|leading))\b", re.I))
# A year-only tally ("In 2023, … signed seven memoranda", "received 120 foreign delegations last
# year"): a count of acts over a period, as 2023年，…共接待外国代表团120批 (\d+批 in _RETRO_ZH).
_YEAR_ONLY_EN = skipping(re.compile(
    r"\b(?:(?:in|during|throughout|for) (?:19|20)\d\d|(?:last|this|past|previous) year(?!['’]s)|the (?:past|last|first|whole)"
    r" (?:year|half|quarter|(?:\w+ )?months)|(?:so far )?this year(?!['’]s))\b", re.I))  # (not "this year's two sessions")
# … or a perfect over no named occasion ("has hosted 85 foreign delegations")
_PERFECT_EN = skipping(re.compile(r"\b(?:has|have|had)\s+(?:(?:now|already|so far|since)\s+)?(?:received|hosted|welcomed"
                                  r"|held|organi[sz]ed|sent|signed|received|launched|opened|staged|attracted)\b", re.I))
# … unless it names the occasion ("during the governor's visit to Seoul", "at the signing ceremony")
_OCCASION_EN = skipping(re.compile(r"\b(?:during (?:a|an|the|his|her|their|its|this) (?:[\w'-]+ ){0,3}?(?:trip|visit|tour)"
                                   r"|at the (?:[\w'-]+ ){0,3}?ceremony)\b", re.I))
_TALLY_EN = skipping(re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of|scores of|[\w-]+ty(?:-\w+)?)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:delegations|agreements|memoranda|memorandums|mous|deals|contracts|projects|visits"
    r"|events|groups|batches|meetings|trips|forums|activities|documents|routes|exhibitions|programmes|programs"
    r"|tourists|visitors|travell?ers|passengers|students|trainees)\b", re.I))  # (counts of people: enwire)
# A future relative clause after an event noun ("the Expo, which will be held …", "the Expo to be held
# in Nanning"): the event is described, not reported, whatever date it names.
_FUTURE_AFTER_EN = re.compile(
    r"[\w'-]*\W{0,3}(?:(?:which|that) (?:will|is (?:set|scheduled|expected|due|slated) to|is to)|(?:scheduled|slated"
    r"|planned|set) for|(?:to be|set to be"
    r"|scheduled to be|due to be) (?:held|opened|staged|hosted))\b", re.I)
# literal words one of which each pattern above needs (a cheap test on the lower-case sentence first)
_PERIOD_WORDS = ("year", "month", "half", "quarter", "19", "20")
_EXPECTED_WORDS = ("expected", "likely", "poised")
_TAIL_WORDS = ("said", "says", "noted", "added", "stressed", "urged", "told", "according")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


# ... and the predicate of such a clause ("which will be held on September 18", "the Expo to be held
# on …"), not a main clause's announcement ("The Expo will be held on …", "is to be held on …")
_FUTURE_BEFORE_EN = re.compile(
    r"(?:\b(?:which|that)\s+(?:will|is (?:set |scheduled |expected |due |slated )?to)(?:\s+be)?"
    r"|(?<!\bis)(?<!\bare)(?<!\bwas)\s+to\s+be)\s+$", re.I)
# Expectation, not announcement: "are expected to attend this week's Expo" reports nothing done.
_EXPECTED_EN = skipping(re.compile(r"\b(?:(?:is|are) (?:expected|likely|poised) to|expected to|(?:is|are) expected (?:at|in)"
                                   r")\b", re.I))
# A future time after an event noun of its clause ("the Expo in Urumqi next month", "the governor's visit to
# Laos later this year"): the event is announced or planned, not reported (a verb in the past, "signed …
# to build a bridge next year", still reports its act).
_NEXT_EN = skipping(re.compile(r"\b(?:next (?:week|month|year|spring|summer|autumn|fall|winter)|later this (?:week|month|year)"
                               r"|in the coming (?:days|weeks|months))\b", re.I))
# … or before a future or conditional verb of its clause ("the next round of talks … will take place",
# "the sister-city agreement … would be its 30th"): an event noun as the subject of what is to come
_MODAL_AFTER_EN = skipping(re.compile(r"\b(?:will|would|shall|is to|are to|(?:is|are) (?:set|scheduled|due|slated"
                                      r"|planned|going) to)\b", re.I))
# Negated or called off (English): "did not meet", "have yet to sign", "no officials met them"; "the visit
# was postponed", "talks … have stalled": nothing was done, whatever date the sentence names.
_NEGATED_EN = skipping(re.compile(
    r"\b(?:not(?! only\b| least\b)|never|no(?! (?:fewer|less|more|later|longer|sooner)\b)(?!\.)|yet to|failed to"
    r"|unable to|refused to|declined to)\b|n[’']t\b", re.I))
_CALLED_OFF_EN = skipping(re.compile(
    r"\b(?:(?:was|were|has been|have been|had been|is|are|be|being) (?:postponed|cancell?ed|called off|delayed|suspended"
    r"|scrapped|shelved|put off|put on hold|rescheduled|deferred)|(?:has|have|had) stalled|stalled|fell through"
    # not done yet: "agreements on auto parts were being prepared", "a deal is still under negotiation"
    r"|(?:is|are|was|were) (?:still )?(?:being (?:prepared|drafted|negotiated|discussed|finali[sz]ed|worked out"
    r"|studied|considered)|under (?:negotiation|discussion|preparation|consideration|study))|in the (?:works|pipeline))\b",
    re.I))
_NEGATION_WORDS = ("not", "never", "no ", "n't", "n’t", "yet to", "failed", "unable", "refused", "declined", "postpone",
                   "cancel", "called off", "delayed", "suspended", "scrapped", "shelved", "put off", "on hold",
                   "reschedul", "deferred", "stalled", "fell through", "being ", "under ", "in the works", "pipeline")
# A commitment or proposal before the predicate of its clause: what is pledged is not done, dated or not
_PLEDGE_EN = skipping(re.compile(
    r"\b(?:pledged|pledges|pledge|vowed|vows|promised|promises|agreed|agree|agrees|proposed|proposes|decided|resolved"
    r"|undertook|committed themselves|committed itself) to\b|\b(?:called|calls|call) for\b", re.I))
# A future act announced with its day (English, as _FUTURE_DATED_ZH): the modal right before the predicate
# ("will lead a delegation to Hungary on Monday", "is scheduled to visit Laos on May 3"): no act yet
_FUTURE_DATED_EN = re.compile(
    r"\b(?:will|shall|is to|are to|(?:is|are) (?:set|scheduled|due|slated|expected|going|planning) to|plans? to)"
    r"\s+(?:(?:also|then|soon|first|jointly|formally|officially|personally)\s+)?(?:be\s+)?$", re.I)  # "will be held"
_PLEDGE_WORDS = ("pledge", "vow", "promis", "agree", "propos", "decided", "resolved", "undertook", "committed", "call")
_AHEAD_WORDS = ("next ", "later this", "in the coming", "will", "would", "shall", " is to", " are to", " set to",
                "scheduled", "due to", "slated", "planned to", "going to")
_ANALYST_WORDS = ("analyst", "expert", "observer", "scholar", "economist", "commentator", "critic")
# Analysis attributed to analysts, experts or observers ("…, industry analysts say, citing …"): commentary
_ANALYSTS_EN = skipping(re.compile(
    r"\b(?:analysts|experts|observers|scholars|economists|commentators|critics)\s+(?:say|believe|argue|note|warn"
    r"|point out|suggest)\b|\baccording to (?:analysts|experts|observers)\b",
    re.I))
# A specific date (day precision) or relative day marks a sentence as reporting an occasion.
_DATED = skipping(re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*日(?:上午|下午|晚|至|-|—)|日前|近日|昨天|昨日|今天|当天|当地时间|本月\d"
    r"|\d{1,2}\s*月(?:上旬|中旬|下旬)"  # 4月上旬，…先后到访百色: a dated act, not a tally
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:yesterday|today|(?:on |from )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this week|last week)\b"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*[—–-]\s*\d{1,2}\s*日",
    re.I,
))
_CLAUSE_ZH = re.compile("[，,；;：:]")
_PAST_EN = skipping(re.compile(r"(?:[\w-]+ed|met|held|led|sent|took place|took part|drew|brought|inked|signed|joined|"
                      r"was held|were held)", re.I))
_CLAUSE_PUNCT = re.compile(r"[,;:]")
# a predicate used as a noun modifier: 承办机构, 主办方, 举办地, 参观者
_NOMINAL_AFTER = re.compile("机构|单位|方(?!面)|者|地(?!区)|国(?!家|际|際)|城市|权")
# a subject-less work-plan sentence opens with a goal verb (开展…, 推动…, 坚持…)
_IMPERATIVE_ZH = re.compile(
    r"^[\s\d一二三四五六七八九十()（）、.．]*(?:开展|推动|推进|加强|深化|加快|打造|建设|实施|完善|健全|坚持|积极|着力|全面"
    r"|持续|扎实|大力|不断|努力|继续|进一步|主动|深度|用好|办好|做好|抓好|提升|拓展|支持|鼓励|强化|优化|聚焦|围绕|力争)")
_ANNIVERSARY = re.compile(r"[^，。,.;]{0,8}?(?:周年|anniversary)", re.I)
# a predicate before an anniversary (成立20周年, 结好30周年) names the founding, not an act; but an event held or
# attended to celebrate one (举行庆祝越南国庆79周年招待会, 出席建交75周年招待会) is reported
_EVENT_PREDICATE_ZH = re.compile("举行|举办|召开|主办|承办|出席|参加|舉行|舉辦|參加")
# … nor when the anniversary names the document signed (签署“建交50周年合作备忘录”, "signed a 30th anniversary
# memorandum"): the predicate's object is the agreement, signed now
_ANNIVERSARY_DOCUMENT = re.compile(r"[”’」』》\"'\s]{0,2}(?:纪念|紀念)?(?:合作)?(?:协议|協議|协定|協定|备忘录|備忘錄|意向书|意向書|宣言|声明|聲明"
                                   r"|联合公报|聯合公報|\s*(?:cooperation\s+)?(?:agreements?|memorand(?:um|a)|declarations?|accords?))", re.I)
_CLAUSE_EN = skipping(re.compile(r"[,;:]|\b(?:and|but|while|which|who)\b", re.I))
_ATTRIBUTIVE_AFTER = re.compile("(?:了)?的")
# A duty list (an office's 主要职责 page): a clause that opens on a duty verb with no subject or day (负责…接待工作,
# 指导…外事接待, 审核…结好事宜) lists what the office does, not an act it reports.
_DUTY_ZH = re.compile(r"\s*(?:[\d一二三四五六七八九十]{1,2}\s*[、.．)）]\s*)?(?:负责(?!人|同志)|指导|审核|审批|统筹|归口管理)")
# China's own congresses in session (人民代表大会…会议开幕, 政协…全体会议召开, 党代会闭幕): a domestic scene, as the
# English "the region's annual legislative session opened" (:func:`.en_wire.domestic_session_before`).
_SESSION_ZH = re.compile(r"(?:人民代表大会|人大|政协|政治协商会议|党代会|党员代表大会)[^，。；,;]{0,20}?(?:会议|全会|大会)"
                         r"[^，。；,;]{0,24}?$")
_SESSION_VERBS_ZH = frozenset({"开幕", "闭幕", "召开"})
_LIGHT_VERB = re.compile("进行|开展|展开|作了|做了")  # 进行…的访问, 开展…的交流: the noun is the act
_OPENERS = " \t\n\"“”'‘’【】[]()（）"

# English forms of real pages from Chinese media (issue 15, helper rpwire):
# a headline's infinitive future ("Wang to chair ministers' meeting in Xiamen", "Yunnan delegation to visit
# Laos"): a short subject with no verb of its own, then "to" and an act verb; what follows is announced
_HEADLINE_TO_EN = re.compile(
    r"^\W*(?P<subj>(?:(?!to\b)[\w'’.,&-]+\s+){1,6}?)(?:(?:set|due|slated|scheduled|poised)\s+)?to\s+(?:chair|co-chair|visit|attend|host|co-host|hold|lead|meet"
    r"|sign|open|launch|tour|address|join|pay|travel|head|receive|make)\b", re.I)
# a verb in that subject makes the "to" a purpose ("Ministry Organizes Envoys to Visit Fujian")
_HEADLINE_SUBJ_VERB_EN = re.compile(r"\b(?:\w+(?:ed|izes|ises|es)|is|are|was|were|has|have|had|will|would|invites?"
                                    r"|asks?|urges?|helps?|plans?|sets?|gets?)\b", re.I)
# a page's section or navigation label ("Discovery Trips", "Top News", "Exchanges"): at most three words,
# no digit, no verb of an act: what its cue word names is a heading, not an act reported
_LABEL_MAX_WORDS = 3
# the subject of an act inside reported speech that is China's national leadership ("She noted that President
# Xi went to Brazil last year"): the background of the remark, not the province's act
_NATIONAL_SUBJECT_EN = skipping(re.compile(
    r"\b(?:president|premier|heads? of state|xi jinping|chairman xi|general secretary xi|the two leaders"
    r"|state councilor)\b", re.I))


def headline_future_en(sentence: str) -> int:
    """End of the subject of a headline's infinitive future ("Wang to chair …"): every predicate from there is
    announced; -1 when ``sentence`` is no such headline (one line, no full stop, a verbless subject)."""
    s = sentence.strip()
    if not s or s.endswith(".") or "\n" in s:
        return -1
    m = _HEADLINE_TO_EN.match(sentence)
    if m is None or _HEADLINE_SUBJ_VERB_EN.search(m.group("subj")) or ACT_EN.search(m.group("subj")):
        return -1
    return m.end("subj")


def label_line_en(sentence: str) -> bool:
    """Whether ``sentence`` is a page label of at most three words (a breadcrumb's "Home >>" aside), or a
    breadcrumb of such labels ("Home > News > Foreign Affairs"), with no digit and no act verb ("Discovery
    Trips", "Home >> Exchanges"): a heading, not a report."""
    s = sentence.strip()
    if not s or s.endswith(".") or any(ch.isdigit() for ch in s) or ACT_EN.search(s) is not None:
        return False
    parts = [p.strip() for p in _CRUMB_SEP_EN.split(_BREADCRUMB_EN.sub(" ", s)) if p.strip()]
    return bool(parts) and all(len(_WORD_EN.findall(p)) <= _LABEL_MAX_WORDS and len(p.split()) <= _LABEL_MAX_WORDS
                               for p in parts) and (len(parts) == 1 or _CRUMB_SEP_EN.search(s) is not None)


# An English page's furniture line (issue 15, rpen2): a menu, a site's name or slogan, a share bar, a reading-time
# badge, a headline without a verb ("News | Member Cities", "Share on facebook", "< 2 MIN READ", "Regional delegation
# in Laos"): no sentence end and few words, or a menu separator
_SENTENCE_END = re.compile(r"[.!?。！？…\"”’)]\s*$")
_FURNITURE_MAX_WORDS = 10


def furniture_line_en(sentence: str) -> bool:
    """Whether ``sentence`` (a line of an English page) is page furniture: no sentence end (full stop, question or
    exclamation mark, closing quote or bracket) and at most ten words, or a menu separator (" | "). The act window
    does not count such a line when it holds no act and no event cue (:func:`.reading.act_window_end`): a foreign
    outlet's page puts its menus and share bars before the report.

    >>> furniture_line_en("News | Member Cities"), furniture_line_en("The delegation met the governor.")
    (True, False)
    """
    s = sentence.strip()
    if not s or _SENTENCE_END.search(s):
        return False
    return " | " in s or len(s.split()) <= _FURNITURE_MAX_WORDS


_BREADCRUMB_EN = re.compile(r"^\W*home\s*(?:>>|>|»|/|\|)|(?:>>|»)", re.I)
_WORD_EN = re.compile(r"[A-Za-z]+")
_CRUMB_SEP_EN = re.compile(r"\s(?:>>|>|»|\|)\s")
# national leaders as the subject of a clause ("The two presidents agreed last spring to deepen …"): a
# bilateral act of the two countries, the background of a provincial readout, not the province's act
NATIONAL_ACTORS_EN = re.compile(r"^\W*(?:the two (?:heads of state|presidents|leaders|heads of government|premiers)"
                                r"|(?:the )?(?:chinese )?president xi(?: jinping)?)\b", re.I)

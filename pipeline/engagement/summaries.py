"""Summaries, announcements carried over commas, briefings: sentences that report no act although
their verbs would (issue 15, real pages; TAXONOMY §3: retrospective summaries and plans are no
engagement).

:mod:`.reading` asks :func:`summary_sentence` about a sentence it would read as an act; True
mutes it. Three forms real pages use widely:

* **a year's or a period's summary**: a Chinese sentence led by a year or a period without a
  month or a day (去年，我市还与…签署友好城市协议书; 2023年，全省共…; 五年来，…), and the items of a
  list that a retrospective lead opens with a colon and that run on over semicolons in its
  paragraph (近年来，某省亮点纷呈：成功举办…；配合外交部成功举办…；…);
* **an announcement carried over commas**: the clauses that follow a Chinese clause announcing a
  future act and add stops or acts to it without a subject of their own (…将于10月17日至23日对南非进行
  正式访问，赴法国主持…会议，赴瑞士主持…对话), and an English future verb's second verb joined by
  "and" ("will organise a troupe … and give performances in Paris");
* **a briefing that only names an event**: a sentence whose only act predicates hold a press
  conference (:mod:`.side_events`) names the forum or expo it presents, no act of it (某省召开论坛
  年会新闻发布会): see :func:`.side_events.announced_only`.

Example:
    >>> summary_sentence("去年，我市还与某国某市签署建立友好城市协议书。", "去年，我市还与某国某市签署建立友好城市协议书。", 0, zh=True)
    True
    >>> summary_sentence("5月3日，我市与某国某市签署协议书。", "5月3日，我市与某国某市签署协议书。", 0, zh=True)
    False
"""

from __future__ import annotations

import re

from .no_act_frames import notice_sentence
from .roundups import tally_clause

# a lead of a year or a period, with no month or day in the sentence: 去年，… / 2008年，… / 五年来，…
_YEAR_LEAD_ZH = re.compile(
    r"^\W{0,3}(?:其中|此外|另外|同时|同時|与此同时|與此同時|特别是|特別是|尤其是)?\s*[，,]?\s*"
    r"(?:去年|前年|上年|上一年|今年以来|今年以來|年初以来|年初以來|(?:19|20)\d\d\s*年(?:度|全年)?|(?:过去|過去)(?:的)?(?:一|五|十|几|幾|[0-9]+)年|"
    r"(?:一|两|兩|三|四|五|六|七|八|九|十|几|幾|[0-9]+)年(?:来|來|间|間)|“十[一二三四]五”(?:期间|期間|以来|以來)|本届|本屆|任期内|任期內)"
    r"\s*(?:以来|以來|里|裡|中|内|內)?\s*[，,、]")
_DAY_ZH = re.compile(r"\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月|\d{1,2}\s*日|上旬|中旬|下旬|近日|日前|昨天|昨日|今天|当天|當天")
# an office speaking of itself at a sentence's head (我办…, 本办…, 同时，我局…): the register of a work summary, whose
# undated sentences tell the year's work, not an act (a readout names the office, 省外办, and its day)
_OFFICE_SELF_ZH = re.compile(r"^\W{0,3}(?:[^，,。；;]{0,8}[，,]\s*)?(?:我办|本办|我局|本局|我厅|本厅|我委(?!员)|我处|我中心|我会(?![见谈晤]))")
# a retrospective lead closed by a colon (the list's items follow over semicolons)
_RETRO_LEAD_ZH = re.compile(
    r"(?:近年来|近年來|多年来|多年來|以来|以來|去年|过去(?:一|五|十)?年|過去(?:一|五|十)?年|年来|年來|一年来|一年來|累计|累計"
    r"|亮点纷呈|亮點紛呈|成效显著|成效顯著|取得(?:了)?(?:丰硕|豐碩|显著|顯著|积极|積極)?(?:成果|成效|进展|進展))[^。！？\n]{0,60}[:：]\s*$")
# a Chinese clause announcing a future act (将于…, 将对…进行访问, 拟赴…)
_FUTURE_ZH = re.compile(r"(?:将|將|拟|擬|计划|計劃|定)(?:于|於|在|赴|对|對|率|出席|访问|訪問|前往|来|來)|即将|即將|预计|預計|有望")  # (pzh: 将来桂访问)
# a clause with no subject of its own that adds a stop or an act (赴法国主持…, 并出席…, 随后前往…)
_CHAIN_ZH = re.compile(r"\s*(?:并|並|还|還|再|随后|隨後|之后|之後|然后|然後|期间|期間)?\s*(?:将|將)?\s*(?:(?:与|與|同)[^，。；,;]{1,30}?(?=会谈|會談|座谈|座談|交换意见|交換意見|会晤|會晤))?"
                       r"(?:赴|前往|转赴|轉赴|出席|主持|参加|參加|访问|訪問|考察|会见|會見|会晤|會晤|会谈|會談|座谈|座談|交换意见|交換意見)")
_CLAUSE_ZH = re.compile(r"[，,；;]")
# English: "will organise a team … and give performances", "is to visit Laos and hold talks"
_FUTURE_EN = re.compile(r"\b(?:will|shall|is to|are to|(?:is|are) (?:set|scheduled|due|slated|expected|planning|going) to"
                        r"|plans? to)\s+(?:(?:also|then|jointly|first)\s+)?[a-z]+\b[^.;!?]{0,160}?\band\s+(?:then\s+|also\s+)?"
                        r"(?P<verb>[a-z]+)\s+(?:[\w'-]+\s+){0,2}$", re.I)
# the verb after "and" reports a past act of its own ("will retire next year and signed …")
_PAST_VERB_EN = re.compile(r"(?:[a-z]+ed|met|held|led|sent|signed|took|gave|made|went|saw|was|were|has|have|had|the|a|an"
                           r"|its|their|his|her)", re.I)


# a press briefing named at the head of a page (新闻办举行…新闻发布会，介绍…; "as announced at a press
# conference"): what the page reports without a day of its own is what the briefing presented
_BRIEFING_HEAD = re.compile(
    r"(?:举行|召开|舉行|召開)[^。！？\n]{0,60}?(?:新闻发布会|新聞發布會|新闻通气会|新聞通氣會|吹风会|吹風會|记者会|記者會)"
    r"|\b(?:at|during|in|to) (?:a|the|an?\s+\w+) (?:press|news) (?:conference|briefing)\b"
    r"|\b(?:press|news) (?:conference|briefing) (?:held|on|in)\b", re.I)
BRIEFING_REACH = 600  # characters: how far into a page its briefing is looked for
_DAY_EN = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
                     r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
                     r"|\b(?:yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def briefing_page(text: str) -> bool:
    """Whether the page reports a press briefing near its head (:data:`_BRIEFING_HEAD`)."""
    return _BRIEFING_HEAD.search(text, 0, BRIEFING_REACH) is not None


# a news agency's dateline (中新社博鳌3月23日电): the report's day, not the act's
_DATELINE_ZH = re.compile(r"[\u4e00-\u9fff]{1,10}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電|讯|訊)")
# a sentence that cites the briefing itself (据…新闻发布会, "as announced at a press conference")
_CITES_BRIEFING = re.compile(r"发布会|發布會|通气会|通氣會|吹风会|吹風會|记者会|記者會|\b(?:press|news) (?:conference|briefing)", re.I)
# English: a description of what an event is ("The 'Joyful Spring Festival' is an activity initiated by …")
_DESCRIPTION_EN = re.compile(r"^\W{0,3}[^,;]{0,80}?\b(?:is|was|are|were) (?:an?|the) (?:[\w'’-]+\s+){0,3}?(?:activity|activities"
                             r"|event|events|project|programme|program|initiative|brand|tradition)\b(?! (?:was|were|is) held\b)", re.I)


def undated(s: str, *, zh: bool) -> bool:
    """Whether the sentence ``s`` (lower-case reading) names no month and day of its own (a
    dateline's day is the report's: 中新社博鳌3月23日电)."""
    if zh:
        return _DAY_ZH.search(_DATELINE_ZH.sub("", s) if "电" in s or "電" in s or "讯" in s or "訊" in s else s) is None
    return _DAY_EN.search(s) is None


def briefing_sentence(s: str, *, zh: bool) -> bool:
    """On a briefing page (:func:`briefing_page`): whether the sentence ``s`` reports only what was
    presented: it has no day of its own, or it cites the briefing itself."""
    return undated(s, zh=zh) or _CITES_BRIEFING.search(s) is not None


# 自此/从此 (ever since): the ties since an earlier act, a summary
_SINCE_LEAD_ZH = re.compile(r"^\W{0,3}(?:自此|从此|從此|自那以后|自那以後)")
# a lead dated by an earlier year ("In May 2000, …", 2015年5月，…): history told by a later page
_YEAR_LEAD_EN = re.compile(r"^\W{0,3}(?:back\s+)?in\s+(?:(?:early|mid|late)[- ]?)?(?:[a-z]+\.?\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b", re.I)
_YEAR_OPEN_ZH = re.compile(r"^\W{0,3}(?:其中|此外|另外|同时|同時)?\s*[，,]?\s*((?:19|20)\d\d)\s*年")
# "the then governor": a former office holder, the sentence tells history
_THE_THEN_EN = re.compile(r"\bthe then\b", re.I)
HISTORY_YEARS = 2  # a lead this many years or more before the page's year tells history


_YEAR_ANY = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def page_year(text: str, year: int | None) -> int | None:
    """The page's year: its date's (``year``), else the latest year from 1990 to 2035 that it names."""
    if year is not None:
        return year
    years = [int(y) for y in _YEAR_ANY.findall(text) if 1990 <= int(y) <= 2035]
    return max(years) if years else None


def history_sentence(s: str, *, zh: bool, doc_year: int | None) -> bool:
    """Whether the sentence ``s`` (lower-case reading) tells history: led by a year at least
    :data:`HISTORY_YEARS` before the page's (``doc_year``), or naming "the then" office holder."""
    if not zh and _THE_THEN_EN.search(s):
        return True
    if doc_year is None:
        return False
    m = (_YEAR_OPEN_ZH if zh else _YEAR_LEAD_EN).match(s)
    if m is None or int(m.group(1)) > doc_year - HISTORY_YEARS:
        return False
    # the sentence names no later day of its own (2018年3月12日两市结好以来，10月15日…会见: the act is dated)
    comma = min((i for i in (s.find("，", m.end()), s.find(",", m.end())) if i >= 0), default=len(s))
    return (_DAY_ZH if zh else _DAY_EN).search(s, comma) is None and (not zh or "以来" not in s[:comma + 1])


# a briefing heard on an occasion an earlier sentence reported (座谈会上，某某听取了…的介绍，重点了解了…;
# 会上，双方听取了…汇报): what was told, the trips and ties it lists included, is no act of this page
_HEARD_ZH = re.compile(r"^\W{0,3}(?:座谈会上|座談會上|座谈中|座談中|会上|會上|会议上|會議上|交流中|调研中|調研中|期间|期間)\s*[，,]"
                       r"[^，。；,;]{0,20}?(?:听取|聽取|听了|聽了|重点了解|重點了解)")


def summary_sentence(raw: str, s: str, a: int, *, zh: bool, before: str = "") -> bool:
    """Whether the sentence ``raw`` (``s``: its reading, lower-case Simplified for Chinese; ``a``:
    its start in the document; ``before``: up to 400 characters of the document before it) reports
    no act for one of the module's reasons (summaries and list items; the announcement frames are
    read per predicate, :func:`announced_chain`)."""
    if notice_sentence(s, zh=zh):
        return True  # 关于…的通知, 招生简章, "applications close": a notice or call (no_act_frames)
    if not zh:
        return _DESCRIPTION_EN.match(s) is not None and _DAY_EN.search(s) is None
    if _SINCE_LEAD_ZH.match(s) or _HEARD_ZH.match(s):
        return True
    if _YEAR_LEAD_ZH.match(s) is not None and _DAY_ZH.search(s) is None:
        return True
    if _OFFICE_SELF_ZH.match(s) is not None and _DAY_ZH.search(s) is None:
        return True  # 本办围绕全年任务，统筹…: a work summary's office speaking of itself, no day
    if _SESSION_ZH.search(s) is not None and _FOREIGN_HERE_ZH.search(s) is None:
        return True  # 省人民代表大会…开幕; 作政府工作报告，指出…: domestic politics and its goals, no foreign-affairs act
    if tally_clause(s, (0, len(s))):
        return True  # …同法国、意大利等5个外国城市签订意向书: a count of ties (.roundups)
    return bool(before) and list_item(before)


# a people's congress, CPPCC or Party congress session opening or held, or a work report delivered to it
# (省第十三届人民代表大会第二次会议今天开幕, 省长作政府工作报告): domestic politics, not foreign-affairs work
# (TAXONOMY §3: domestic_coordination is the foreign-affairs work inside China), unless a foreign party is there
_SESSION_ZH = re.compile(r"(?:(?:人民代表大会|人大常委会|人大|政协|党代会|党代表大会)[^，。；、]{0,12}?(?:会议|全会)|中全会)"
                         r"\s*(?:在[^，。；]{1,10})?(?:开幕|闭幕|召开|举行)"  # (the session itself, not its leader at an expo)
                         r"|作(?:了)?(?:政府)?工作报告")
_FOREIGN_HERE_ZH = re.compile("会见|会谈|签署|签约|外宾|外国|驻华|使节|代表团|大使|领事|友好城市|友城")


def list_item(before: str) -> bool:
    """Whether a sentence whose document text before it is ``before`` is an item of a list that a
    retrospective lead opens with a colon, in the same paragraph, the items between closed by
    semicolons (近年来，…亮点纷呈：成功举办…；配合外交部…；<this item>)."""
    para = before.rsplit("\n", 1)[-1]
    colon = max(para.rfind("："), para.rfind(":"))
    if colon < 0:
        return False
    head, items = para[:colon + 1], para[colon + 1:]
    if "。" in items or "！" in items or "？" in items:
        return False  # the list has closed
    if items.strip() and not items.rstrip().endswith(("；", ";")):
        return False
    return _RETRO_LEAD_ZH.search(head[-80:]) is not None and not _DAY_ZH.search(head[-80:])


# 应A、B、C三国外长邀请: the circumstance of a visit, however many hosts it lists (no invitation made)
_INVITED_BY_ZH = re.compile(r"(?:^|[，。；：,;:])\s*应[^，。；：,;:]{0,120}$")


def invitation_circumstance(s: str, a: int, b: int, *, zh: bool) -> bool:
    """Whether the Chinese 邀请 at ``[a, b)`` closes an 应…邀请 phrase (at whose invitation a visit is
    made, several hosts listed): no act of inviting."""
    return zh and s[a:b] == "邀请" and _INVITED_BY_ZH.search(s, 0, a) is not None


# a sentence whose main verb is future, right after its subject: "Chongqing will organise a troupe …
# and give performances in Paris" (its event nouns are the announced event's)
# (a time phrase may lead: "Next week, mayors of 40 cities … will travel to Xi'an for …")
_FUTURE_MAIN_EN = re.compile(r"^\W{0,3}(?:(?:later|early|earlier|next|this|in the coming|at the end of|by the end of)"
                             r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+)?(?:[\w'’-]+\s+){1,12}?(?:will|shall|is to|are to"
                             r"|(?:is|are) (?:set|scheduled|due|slated|going|planning) to|plans? to)\s+(?!have\b)", re.I)
_FUTURE_MAIN_ZH = re.compile(r"^\W{0,3}[^，。；,;\s]{1,20}?(?:将|將|拟|擬|计划|計劃|即将|即將)")


def future_main(s: str, *, zh: bool) -> bool:
    """Whether the sentence ``s`` (lower-case reading) announces: its main verb, right after its
    subject, is future (:data:`_FUTURE_MAIN_EN`, 某省将…). :mod:`.reading` asks it of a sentence with
    event nouns and no act predicate."""
    return (_FUTURE_MAIN_ZH if zh else _FUTURE_MAIN_EN).match(s) is not None


# an event noun naming the body that runs it: "figures from the Secretariat of the X Expo show",
# 博览会组委会, 东博会秘书处 (the body is a source, no act of the event)
_BODY_BEFORE_EN = re.compile(r"\b(?:secretariat|organi[sz]ing committee|organi[sz]ers?|executive committee|committee|bureau"
                             r"|office|website|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}$", re.I)
_EVENT_NOUN_EN = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?:expo|exposition|fair|forum|festival|summit|games|week|exhibition|show"
                            r"|conference|dialogue)s?", re.I)
_BODY_AFTER_ZH = re.compile(r"\s*(?:组委会|組委會|秘书处|秘書處|执委会|執委會|筹委会|籌委會|事务局|事務局|办公室|辦公室|官网|官網)")


# an event promoted or publicised: a topic ("has done much to promote the X Forum")
_PROMOTED_BEFORE_EN = re.compile(r"\b(?:promot(?:e|es|ed|ing)|publici[sz](?:e|es|ed|ing)|brand(?:s|ed|ing)?)\s+(?:the\s+)?"
                                 r"(?:[\w'’-]+\s+){0,4}$", re.I)


def event_body(s: str, a: int, b: int, *, zh: bool) -> bool:
    """Whether the event noun at ``[a, b)`` of ``s`` names the body that runs the event (the Expo's
    secretariat, 博览会组委会) or is the event a province promotes ("has done much to promote the
    X Forum"): a source, an organiser or a topic named, no act of the event."""
    if zh:
        return _BODY_AFTER_ZH.match(s, b) is not None
    if "promot" in s or "publici" in s or "brand" in s:
        if _EVENT_NOUN_EN.fullmatch(s, a, b) and _PROMOTED_BEFORE_EN.search(s, max(0, a - 60), a):
            return True
    return (_EVENT_NOUN_EN.fullmatch(s, a, b) is not None and "of" in s[max(0, a - 80):a]
            and _BODY_BEFORE_EN.search(s, max(0, a - 80), a) is not None)


# English: a participle describing an agreement ("the joint declaration signed by the two heads of state in
# August 2014", "the agreements reached last year"): background, the sentence's verb is another
_AGREEMENT_BEFORE_EN = re.compile(r"\b(?:declarations?|agreements?|memorand(?:um|a)|mous?|deals?|treat(?:y|ies)|accords?"
                                  r"|contracts?|protocols?|documents?|consensus|partnerships?|letters? of intent)\s+$", re.I)
_PARTICIPLE_AFTER_EN = re.compile(r"\s+(?:by|in|at|on|during|between|with|last|earlier|previously|back)\b", re.I)
_PARTICIPLES_EN = ("signed", "reached", "concluded", "inked", "established", "agreed")


def agreement_participle(s: str, a: int, b: int, *, zh: bool) -> bool:
    """Whether the English act word at ``[a, b)`` is a participle describing an agreement named
    before it ("the joint declaration signed by … in August 2014"): no act the sentence reports."""
    return (not zh and s[a:b].lower() in _PARTICIPLES_EN
            and _AGREEMENT_BEFORE_EN.search(s, max(0, a - 30), a) is not None
            and _PARTICIPLE_AFTER_EN.match(s, b) is not None)


# English: "both sides agreed to launch …": the agreeing verb of a pledge reports no act of its own (what
# is agreed is to come; the meeting it was agreed at is reported by its own words)
_AGREED_TO_EN = re.compile(r"\s+(?:in principle\s+)?to\s+(?!the\b|a\b|an\b|this\b|that\b|it\b)[a-z]+", re.I)


_BOTH_SIDES_BEFORE_EN = re.compile(r"\b(?:both|the two) (?:sides|parties)\s+(?:also\s+|have\s+|had\s+|further\s+)*$", re.I)


def agreed_to(s: str, a: int, b: int, *, zh: bool) -> bool:
    """Whether the English act word at ``[a, b)`` is "agreed"/"agree" of "both sides", followed by "to"
    and a verb: the consensus a meeting reached, reported by the meeting."""
    return (not zh and s[a:b].lower() in ("agreed", "agree") and _AGREED_TO_EN.match(s, b) is not None
            and _BOTH_SIDES_BEFORE_EN.search(s, max(0, a - 40), a) is not None)


def announced_chain(s: str, a: int, *, zh: bool) -> bool:
    """Whether the act predicate at ``a`` of ``s`` (lower-case Simplified reading) sits in a clause
    that carries a future act over a comma (Chinese: the clause opens with 赴/出席/主持… with no
    subject, after a clause announcing the act) or over "and" (English: "will organise … and give")."""
    if zh:
        starts = [m.end() for m in _CLAUSE_ZH.finditer(s, 0, a)]
        if not starts or not _CHAIN_ZH.match(s, starts[-1]):
            return False
        # walk back over the chain's clauses to the one that announces
        for k in range(len(starts) - 1, -1, -1):
            lo = starts[k - 1] if k else 0
            clause = s[lo:starts[k]]
            if _FUTURE_ZH.search(clause):
                return True
            if k and not _CHAIN_ZH.match(s, lo):
                return False
        return False
    m = _FUTURE_EN.search(s, max(0, a - 200), a)
    return m is not None and _PAST_VERB_EN.fullmatch(m.group("verb")) is None


# A work summary's or a duty list's "V好…工作" (办好了…出访团组的签证工作, 协调好…会见、洽谈等接待活动): the act
# words in the object of a verb of doing a task well name the kind of work the office did or does, not an act
# it reports (the act itself, where there was one, is reported by its own clause)
_WELL_DONE_ZH = re.compile(r"(?:做|安排|办|抓|组织|服务|保障|接待|落实|筹备|协调|完成|配合)好(?:了)?")
_WORK_NOUN_AFTER_ZH = re.compile(r"[^，,；;。！？]{0,24}?(?:工作|活动|任务|事宜|事务|保障)")
_CLAUSE_MARK_ZH = re.compile(r"[，,；;。！？：:]")


def work_object(s: str, a: int, b: int, *, zh: bool) -> bool:
    """Whether the Chinese act word at ``[a, b)`` of ``s`` sits in the object of a verb of doing a task
    well (做好, 安排好, 办好了…) that a work noun closes in the same clause (…的签证工作, …等接待活动):
    the kind of work named, no act."""
    if not zh or "好" not in s:
        return False
    start = max((m.end() for m in _CLAUSE_MARK_ZH.finditer(s, 0, a)), default=0)
    if _WELL_DONE_ZH.search(s, start, a) is None:
        return False
    return _WORK_NOUN_AFTER_ZH.match(s, b) is not None

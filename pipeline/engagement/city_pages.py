"""Real city and prefecture pages (issue 15, helper rpcity): the page furniture a lead is read
past, consulates named by their seat alone, leaders only cited, and the items of a work summary.

City and county sites, and the mirrors that copy them, put lines before the report that say
nothing of the act: a breadcrumb (首页 > 国内资讯 > 湖南新闻), a time stamp (时间:2018-09-11), the
headline written twice or its kicker on a line of its own. The attributes of an engagement are
read from its first few sentences (:data:`.pairing.ATTRIBUTE_CLAUSES`); those lines used them up
before the sentence that names the leader and the day (昨日，省委常委、市委书记…会见…).
:func:`attribute_sentences` skips them.

Example:
    >>> t = "时间:2018-09-11\\n省长会见越南代表团\\n省长会见越南代表团\\n昨日，省长会见了越南代表团。"
    >>> s = [(0, 13), (14, 23), (24, 33), (34, 48)]
    >>> attribute_sentences(t, s, [0, 1, 2, 3], 2)
    [1, 3]
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from ..schemas import Mention

Spans = Sequence[tuple[int, int]]

# a line that is only a page's stamp: a label (时间:2018-09-11, 发布时间：…) or a clock time (2023-05-12 10:02:20 字号:);
# a bare date line (2019.4.9) is kept: a page may date its act so
_STAMP_LINE = re.compile(r"^\s*(?:(?:(?:发布|發布|更新)?(?:时间|時間|日期)|来源|來源)\s*[:：]\s*"
                         r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|"
                         r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?)[^\n。；]{0,40}$")
# a breadcrumb (首页 > 国内资讯 > 湖南新闻, 您现在的位置：首页 > …)
_CRUMB_LINE = re.compile(r"^\s*(?:您现在的位置|您的位置|当前位置|當前位置|位置)?[:：]?\s*(?:首页|首頁|网站首页|主页)\s*[>›»/|]")


def _furniture(line: str, earlier: Sequence[str]) -> bool:
    """Whether ``line`` (a sentence of the page, stripped) says nothing of the act: a time stamp,
    a breadcrumb, a very short label, or a headline line already read (the same words again)."""
    if not line:
        return True
    if _STAMP_LINE.match(line) or _CRUMB_LINE.match(line):
        return True
    if len(line) >= 6 and any(line in e for e in earlier):
        return True  # the headline repeated, or its kicker on a line of its own (缔结友好城市20周年)
    return False


def attribute_sentences(text: str, sents: Spans, indices: Sequence[int], n: int) -> list[int]:
    """The first ``n`` of a segment's sentences ``indices`` that are not page furniture (see the
    module note); all of them, in order, where skipping would leave fewer than one."""
    out: list[int] = []
    seen: list[str] = []
    for i in indices:
        line = text[sents[i][0]:sents[i][1]].strip()
        if not _furniture(line, seen):
            out.append(i)
            if len(out) == n:
                break
        seen.append(line)
    return out or list(indices[:n])


# a consulate named by its seat alone (在成都总领事馆协助下, 成都总领馆将…), in a text that names it with
# 驻 elsewhere (法国驻成都总领事): the seat, not an actor
_CONSULATE_AFTER = re.compile(r"(?:总领事馆|總領事館|总领馆|總領館|领事馆|領事館|领馆|領館|领事办公室|領事辦公室)")


def named_consulate_seat(text: str, m: Mention) -> bool:
    """Whether the Chinese city ``m`` only names a consulate (沈阳总领事馆) whose seat the text
    gives with 驻 elsewhere (驻成都总领事馆, 驻成都总领事): a consular seat, no actor (TAXONOMY §2)."""
    if not _CONSULATE_AFTER.match(text, m.end):
        return False
    return ("驻" + m.text) in text or ("駐" + m.text) in text


# a leader named only as the author of the instructions a meeting studies (市委书记陈敏尔调研璧山指示精神,
# 习近平总书记视察重庆重要讲话精神, 省委书记…批示要求): cited, not acting
_CITED_AFTER = re.compile(r"[^，。；,;！？\n]{0,18}?(?:重要)?(?:指示|讲话|講話|批示|寄语|寄語|回信|贺信|賀信)(?:精神|要求)")
_CITED_BEFORE = re.compile(r"(?:学习|學習|传达|傳達|贯彻|貫徹|落实|落實|紧扣|緊扣|按照|根据|根據)[^，。；,;]{0,8}$")


def cited_leader(text: str, start: int, end: int) -> bool:
    """Whether the title or leader at ``start:end`` is only cited as the author of instructions
    or a speech (…调研璧山指示精神, 传达…重要讲话精神): named, not taking part in the act."""
    if text[start:start + 1].isascii():
        return False
    return _CITED_AFTER.match(text, end) is not None and (
        _CITED_BEFORE.search(text, max(0, start - 12), start) is not None
        or re.match(r"^[\u4e00-\u9fff]{2,4}(?:调研|調研|视察|視察|考察)", text[end:end + 8]) is not None)


# 省委常委、市委书记, 自治区党委常委、州委书记: a provincial standing-committee seat held with a city's post; the
# city acts (rpfao's gold: official deputy, level municipal)
_CONCURRENT_CITY_POST = re.compile(r"[、，,]\s*(?:[\u4e00-\u9fff]{0,4}?(?:市|州|盟)(?:委)?(?:副)?(?:书记|書記)|(?:市|州|盟)(?:委)?常委|"
                                   r"(?:代)?(?:市长|市長|州长|州長|盟长|盟長))")
_PROVINCIAL_SEAT = ("省委常委", "自治区党委常委", "自治區黨委常委", "区党委常委", "區黨委常委", "省委委员", "省委委員")


def concurrent_city_level(text: str, start: int, end: int, title_text: str) -> str | None:
    """``municipal`` where a provincial standing-committee seat (省委常委) is written before a
    city's or prefecture's post of the same person (省委常委、市委书记胡衡华会见…): the city acts."""
    if not title_text.startswith(_PROVINCIAL_SEAT):
        return None
    return "municipal" if _CONCURRENT_CITY_POST.match(text, end) else None


# 周边国家市长交流会, 外国市长, 各国友城市长, 国际友好城市市长: mayors of other countries' cities named as a group
_FOREIGN_GROUP_BEFORE = re.compile(r"(?:国家|國家|各国|各國|外国|外國|国外|國外|境外|国际友好城市|國際友好城市|国际友城|國際友城|"
                                   r"友城|友好城市|中外|世界)(?:的)?(?:城市|省市|地方)?(?:的)?[“\"《「『]?$")
_BARE_MAYOR = ("市长", "市長", "副市长", "副市長")


def foreign_group_mayor(text: str, start: int, title_text: str) -> bool:
    """Whether a bare 市长 at ``start`` names the mayors of other countries' cities as a group
    (周边国家市长交流会, 外国市长, 各国友城市长): the foreign side, not a Chinese city's own mayor."""
    return title_text in _BARE_MAYOR and _FOREIGN_GROUP_BEFORE.search(text, max(0, start - 10), start) is not None


# 州委宣传部部长, 市委秘书长, 区委副书记 with no place before the unit's committee: the city's or county's own
_UNIT_COMMITTEE = re.compile(r"(?:州委|市委|盟委|县委|縣委|区委|區委|旗委|地委|州政府|市政府|县政府|縣政府|区政府|區政府)"
                             r"(?:[、，,][^、，,。；]{0,10})?$")
_MUNICIPALITY_BEFORE = re.compile(r"(?:北京|天津|上海|重庆|重慶|京|津|沪|滬|渝)[市]?(?:委|政府)(?:[、，,][^、，,。；]{0,10})?$")


def unit_committee_post(text: str, start: int) -> str | None:
    """The unit (州委, 市委, 区委 …) whose own committee or government the post at ``start``
    follows with no province before it (州委副书记、州委宣传部部长; not 重庆市委, a municipality's), else None."""
    before = text[max(0, start - 16):start]
    m = _UNIT_COMMITTEE.search(before)
    if m is None or _MUNICIPALITY_BEFORE.search(before):
        return None
    head = before[:m.start()]
    return None if head.endswith(("省", "自治区", "自治區", "党", "黨")) else m.group(0)[:2]


# a remark made in an interview (3月7日，…市长在做客某网时表示，…; 在接受本报记者采访时说，…): what follows reports
# no act, even when the interview is dated
_INTERVIEW_ZH = re.compile(r"(?:做客|接受)[^，。；！？]{0,40}?(?:时|時)(?:表示|说|說|介绍|介紹|指出|称|稱|谈到|談到)[，,：:]")
# an item of a work summary or plan (一是…, 二是…, （三）…, 3. …) that names no day: a line of the summary, no act
_SUMMARY_ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十]|[（(][一二三四五六七八九十]{1,2}[)）]|"
                           r"[一二三四五六七八九十]{1,2}、)")


def interview_remark(sentence: str, pos: int) -> bool:
    """Whether the predicate at ``pos`` follows an interview's speech verb in its sentence
    (…在做客某网时表示，双方合作取得成果): a remark, no act."""
    m = _INTERVIEW_ZH.search(sentence, 0, pos)
    return m is not None and m.end() <= pos


def summary_item(sentence: str) -> bool:
    """Whether the sentence opens as an item of a summary or plan (一是…, （二）…, 三、…)."""
    return _SUMMARY_ITEM.match(sentence) is not None


# a predicate that only names a time (二十大召开之年, 建交之际, 峰会举办前夕): the occasion, not an act
_OCCASION_AFTER = re.compile(r"(?:的)?(?:之年|之际|之際|前夕|之时|之時)")


def occasion_after(sentence: str, end: int) -> bool:
    """Whether the predicate ending at ``end`` only names the time of something else
    (明年恰逢博览会举办之年, 在两市结好15周年之际)."""
    return _OCCASION_AFTER.match(sentence, end) is not None


def district_title_level(title: Any) -> str | None:
    """``county`` for the district and county posts of ``lexicon/titles.yaml``'s rpcity block
    (区委副书记, 县委副书记), as :func:`.titles.title_level` reads ``title.county`` (区委书记, 县长)."""
    return "county" if title.side == "chinese" and title.entry.id == "title.county_rpcity" else None

"""Officials: a dated leader's name stands for the province he or she led (TAXONOMY §2).

``lexicon/officials.yaml`` holds one entry per person and post with its term
(``valid_from``/``valid_to``). The places matcher finds the names; :func:`post_for`
picks the post a name meant on the document's date. A resolved name becomes a
``province`` mention whose ``entry`` is the post's entry id and whose ``rule`` is
``official:<entry id>``, so :func:`official_post` recovers the post (for the
engagement layer's ``official`` attribute).

Example:
    >>> from pipeline.lexicon import load
    >>> from pipeline.schemas import Document
    >>> from datetime import date
    >>> from pipeline.annotate import annotate_places
    >>> lex = load()
    >>> ms = annotate_places(Document("d", "马兴瑞会见哈萨克斯坦客人", date=date(2023, 5, 1)), lex)
    >>> [(m.text, m.code, official_post(m, lex)) for m in ms if m.label == "province"]
    [('马兴瑞', 'CN-XJ', 'party_secretary')]
"""

from __future__ import annotations

import re
from datetime import date

from ..lexicon import Lexicon
from ..schemas import Mention, OfficialEntry
from .name_ends import continues

RULE_PREFIX = "official:"
_RANK = {"party_secretary": 0, "governor": 1, "deputy": 2, "fao": 3, "municipal": 4, "other": 5}

# a national title right before the name: the person acts for the centre, not a province
_NATIONAL_BEFORE = re.compile(
    r"(?:国家主席|国家副主席|副主席|国务院总理|国务院副总理|副总理|总理|国务委员|委员长|部长|主任委员|全国政协主席"
    r"|(?:vice[- ])?premier|(?:vice[- ])?president|state councilor|minister|chairman of the (?:npc|cppcc)[^,]{0,40})"
    r"[\s,、，]?$",
    re.I,
)


def post_for(posts: tuple[OfficialEntry, ...], day: date | None) -> OfficialEntry | None:
    """The post a name means on ``day``.

    Dated: the posts whose term covers ``day``; they must all lie in one province (else
    None), and the highest-ranking one is returned. Undated: the name resolves only when
    the lexicon knows exactly one post for it (TAXONOMY §2; issue 14) and the person is
    not marked ``national`` (later a national leader or minister: 赵乐际, 王文涛); several
    posts in one province give the province without a post (:func:`undated_person`).
    """
    if day is None:
        return posts[0] if len(posts) == 1 and not posts[0].national else None
    valid = [p for p in posts if p.valid_on(day)]
    if not valid or len({p.code for p in valid}) != 1:
        return None
    return min(valid, key=lambda p: _RANK.get(p.post, 9))


# the provincial title right before a name ("Governor Hu Heping", 省长胡和平): which post it means
_TITLE_BEFORE = re.compile(
    r"(?:(?<![Vv]ice )(?<![Dd]eputy )\b(?P<gov>Governor)|(?P<sec>Party Secretary|Secretary)"
    r"|(?<!副)(?P<gzh>省长|自治区主席)|(?<!副)(?P<szh>省委书记|区党委书记|党委书记))\s*$")


def titled_post(posts: tuple[OfficialEntry, ...], text: str, start: int) -> OfficialEntry | None:
    """For an undated document, the one post a name has under the provincial title written right
    before it ("Governor Hu Heping", 省长胡和平): the title says which of the person's posts
    is meant, also for a person later in a national post. None without such a title.

    >>> from pipeline.schemas import OfficialEntry
    >>> g = OfficialEntry(id="official.CN-SN.x.governor", code="CN-SN", post="governor", en=["Li Ming"], national=True)
    >>> s = OfficialEntry(id="official.CN-SN.x.party_secretary", code="CN-SN", post="party_secretary", en=["Li Ming"])
    >>> titled_post((g, s), "Governor Li Ming met", 9).id, titled_post((g, s), "Vice Governor Li Ming", 14)
    ('official.CN-SN.x.governor', None)
    """
    m = _TITLE_BEFORE.search(text[max(0, start - 20):start])
    if m is None:
        return None
    want = "governor" if (m["gov"] or m["gzh"]) else "party_secretary"
    hits = [p for p in posts if p.post == want]
    return hits[0] if len(hits) == 1 else None


def undated_person(posts: tuple[OfficialEntry, ...]) -> str | None:
    """For an undated document, the person behind a name with several posts that all lie in
    one province (秦光荣: Yunnan's governor, then its secretary), as ``<entry id without the
    post>``; None otherwise (one post: :func:`post_for` answers; posts in several provinces
    or a later national career: the name says nothing about a province).

    The province is certain, the post is not: the mention it makes (rule
    ``official:<person>``) gives the province but no ``official`` (the engagement layer
    reads the post from the rule's last part, which is then the person's name).

    >>> from pipeline.schemas import OfficialEntry
    >>> a = OfficialEntry(id="official.CN-YN.qin_guangrong.governor", code="CN-YN", post="governor", zh=["秦光荣"])
    >>> b = OfficialEntry(id="official.CN-YN.qin_guangrong.party_secretary", code="CN-YN",
    ...                   post="party_secretary", zh=["秦光荣"])
    >>> undated_person((a, b)), undated_person((a,))
    ('official.CN-YN.qin_guangrong', None)
    """
    if len(posts) < 2 or any(p.national for p in posts) or len({p.code for p in posts}) != 1:
        return None
    people = {p.id.rsplit(".", 1)[0] for p in posts}
    return people.pop() if len(people) == 1 else None


def national_title_before(text: str, start: int) -> bool:
    """Whether a national title (副总理, "Vice Premier" …) directly precedes ``start``."""
    return _NATIONAL_BEFORE.search(text[max(0, start - 60):start]) is not None


# a title of a named unit between that unit and a name: 云南省副省长王浩, 昆明市委书记…, "Yunnan vice governor Wang Hao"
_UNIT_TITLE_ZH = re.compile(r"(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|州)?(?:委|人民政府|政府|人大常委会|政协)?(?:常务)?副?"
                            r"(?:书记|省长|主席|市长|州长|常委|秘书长|主任)(?:、(?:省|市)?(?:委)?(?:常务)?副?"
                            r"(?:书记|省长|主席|市长|常委|秘书长))?$")
_UNIT_TITLE_EN = re.compile(r"(?:['’]s)?\s+(?:provincial\s+|regional\s+|municipal\s+)?(?:executive\s+)?(?:vice[- ]|deputy\s+)?"
                            r"(?:governor|chairman|chairwoman|party\s+(?:secretary|chief)|secretary|mayor)\s+$", re.I)


def other_unit_title(text: str, unit: Mention | None, start: int, code: str) -> bool:
    """Whether the name at ``start`` follows a title of another named unit (云南省副省长王浩 where the
    lexicon's 王浩 led Zhejiang; "Yunnan vice governor Wang Hao"): the title says whose official the
    person is, so the name stands for no other province (two people share the name)."""
    if unit is None or unit.label != "province" or unit.code == code or not 0 <= start - unit.end <= 40:
        return False
    between = text[unit.end:start]
    return (_UNIT_TITLE_ZH.fullmatch(between) is not None if not between[:1].isascii() or not between
            else _UNIT_TITLE_EN.fullmatch(between) is not None)


_CJK = re.compile(r"[\u3400-\u9fff]")
_NAME_BEFORE = re.compile(r"(?:记|长|主席|主任|同志|委员|常委|先生|女士|[与和同及对向由请邀见陪随据在])$")


def name_boundary_ok(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` can be a name where it stands.

    A two-character Chinese name must not be the tail of a word: 中韩正式建交 holds 韩正,
    扩张工程 张工, 加强卫生 强卫. It stands at the start of a text or clause, after
    punctuation, a title (省委书记, 省长, 主席 …) or a linking word (与, 会见, 由 …).
    An English name must be capitalised as written.
    """
    t = text[start:end]
    if t[:1].isascii():
        return t[:1].isupper()
    if end - start == 2 and continues(text, end):
        return False  # 副市长王浩雷代表…: the head of another person's longer name (name_ends.py)
    if end - start > 2 or start == 0 or not _CJK.match(text[start - 1]):
        return True
    return _NAME_BEFORE.search(text[max(0, start - 4):start]) is not None


# Common single-character surnames, without those that are also prepositions, verbs or
# counters before a place (于 向 和 从 经 同 及 应 全 万 时 …) or a place's one-character
# short form (蒙 韩 鲁 苏 桂 甘 秦 黎: 对蒙对俄合作 is no person 蒙对俄).
_SURNAMES_ZH = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊邱侯尹薛闫阎段雷史龙陶贺顾毛郝龚邵钱严覃武戴莫孔汤"
    "施牛樊葛邢齐易乔伍庞颜倪庄聂章岳翟殷詹欧耿兰焦俞左柳祝包尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛"
    "曲翁冉骆蓝游辛靳管柴鲍喻祁蒲房滕屈饶解牟艾尤穆农卓缪简项芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗"
    "瞿佟臧闵苟邬卞姬仇栾隋刁荣巫寇桑郎甄仲虞敖巩佘匡钮鞠"
)
# Pinyin surnames as wire copy writes them, without English words (He, Long, Fan, An).
_SURNAMES_EN = (
    "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin|Luo|Zheng|Liang|Xie|Song|Tang|Han|Feng"
    "|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Yuan|Pan|Cai|Jiang|Yu|Du|Ye|Cheng|Su|Wei|Lü|Lu|Lyu|Ding|Ren|Shen|Yao|Cui"
    "|Zhong|Tan|Jin|Shi|Liao|Jia|Xia|Fu|Fang|Bai|Zou|Meng|Xiong|Qin|Qiu|Hou|Yin|Xue|Yan|Duan|Lei|Tao|Gu|Mao|Hao"
    "|Gong|Shao|Qian|Wen|Kang|Niu|Ge|Xing|Qi|Qiao|Pang|Ni|Zhuang|Nie|Yue|Zhai|Zhan|Ou|Geng|Guan|Lan|Jiao|Zuo|Gan"
    "|Bao|Ning|Shang|Shu|Ruan|Ke|Ji|Mei|Tong|Ling|Bi|Huo|Tu|Miao|Sheng|Qu|Weng|Ran|Lou|Che|Xin|Jing"
)
GIVEN_NAME_BEFORE = _SURNAMES_ZH | {" "}  # the character before a form that may be a given name
_GIVEN_EN = frozenset(_SURNAMES_EN.split("|"))
_COMPOUND_FIRST = frozenset("对与和同中及跟向赴驻访在")  # 中俄, 对俄: a compound, not a given name
_PLACE_AFTER_ZH = frozenset("市省县区州港湾路镇乡村盟旗籍人方")
_PLACE_AFTER_EN = re.compile(r"\s+(?:City|Province|Municipality|County|District|Prefecture|Port|Region)\b")
# what stands before a person's name: a title (…长, …员, 记者 …) or linking word, punctuation, the text's start
_BEFORE_SURNAME = re.compile(r"(?:记|长|主席|主任|同志|员|者|常委|先生|女士|大使|领事|参赞|代表|[与和同及对向由请邀见陪随据在]"
                             r"|[^\u3400-\u9fff])$")


def given_name_place(text: str, start: int, end: int) -> bool:
    """Whether the place form ``text[start:end]`` is a person's given name: right after a
    surname that follows a title, punctuation or a linking word (副市长王长春, 陈昆明会见,
    "Vice Governor Tan Baicheng"), and not followed by 市 / 省 / "City". Such a form names no
    place; a listed leader's full name is matched whole anyway (leftmost-longest)."""
    if start == 0:
        return False
    t = text[start:end]
    if t[:1].isascii():
        if not (t.isalpha() and t[:1].isupper() and t[1:].islower()) or text[start - 1] != " ":
            return False
        j = i = start - 1  # the word before: a surname standing alone ("Tan Baicheng", not "Titan Baicheng")
        while i > 0 and j - i < 7 and text[i - 1].isalpha():
            i -= 1
        if text[i:j] not in _GIVEN_EN or (i and (text[i - 1].isalnum() or text[i - 1] in "'’-")):
            return False
        return _PLACE_AFTER_EN.match(text, end) is None
    if (len(t) != 2 or text[start - 1] not in _SURNAMES_ZH or t[0] in _COMPOUND_FIRST
            or text[end:end + 1] in _PLACE_AFTER_ZH):
        return False
    return start == 1 or _BEFORE_SURNAME.search(text, max(0, start - 4), start - 1) is not None


def official_post(mention: Mention | str, lexicon: Lexicon) -> str | None:
    """The post (``party_secretary``, ``governor``, ``deputy``, ``fao`` …) behind a
    mention made from an official's name (or an entry id); None for any other mention."""
    entry_id = mention if isinstance(mention, str) else mention.entry
    entry = lexicon.by_id.get(entry_id)
    return entry.post if isinstance(entry, OfficialEntry) else None


def official_entry(mention: Mention, lexicon: Lexicon) -> OfficialEntry | None:
    """The officials.yaml entry (person, post, term) behind a mention, if any."""
    entry = lexicon.by_id.get(mention.entry)
    return entry if isinstance(entry, OfficialEntry) else None

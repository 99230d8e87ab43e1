import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.text import Normalizer, detect_lang, find_date, parse_date, sentences


def test_normalize_fullwidth_and_case_keeps_offsets(lexicon):
    text = "ＡＳＥＡＮ與雲南"
    n = lexicon.normalize(text)
    assert n.text == "asean与云南"
    assert n.orig_span(0, 5) == (0, 5)


def test_normalize_length_changing_chars_map_back(lexicon):
    text = "ﬁ云南 İ越南"  # ligature expands, dotted I lower-cases to two chars
    n = lexicon.normalize(text)
    i = n.text.index("越南")
    a, b = n.orig_span(i, i + 2)
    assert text[a:b] == "越南"


def test_invisible_characters_do_not_split_names(lexicon):
    from pipeline.annotate import annotate_places
    from pipeline.schemas import Document

    for text, code, surface in [("officials from Hei\u00adlongjiang met", "CN-HL", "Hei\u00adlongjiang"),
                                ("云\u200b南省与越\ufeff南", "CN-YN", "云\u200b南省")]:
        ms = annotate_places(Document("t", text), lexicon)
        assert [m.text for m in ms if m.code == code] == [surface]
        assert all(text[m.start:m.end] == m.text for m in ms)


@given(st.text(max_size=200))
def test_offsets_always_map_inside_original(s):
    n = Normalizer(None).normalize(s)
    for i in range(len(n.text)):
        a, b = n.orig_span(i, i + 1)
        assert 0 <= a < b <= len(s)


def test_detect_lang():
    assert detect_lang("云南省委书记会见越南客人") == "zh"
    assert detect_lang("Yunnan's party chief met Vietnamese guests") == "en"
    assert detect_lang("") == "en"


def test_sentences_cover_chinese_and_english():
    t = "云南省会见越方。双方签署协议！Then it met officials. More here"
    parts = [t[a:b] for a, b in sentences(t)]
    assert parts == ["云南省会见越方。", "双方签署协议！", "Then it met officials. ", "More here"]


def test_dates():
    assert find_date("2024年3月5日，云南省") == date(2024, 3, 5)
    assert find_date("NANNING, Sept 14 -- no year") is None
    assert find_date("On 14 September 2024 the expo opened") == date(2024, 9, 14)
    assert parse_date("2023-11-02") == date(2023, 11, 2)
    assert parse_date(None) is None


_REFERENCE_SENTENCE_END = re.compile(r"[。！？!?；;\n]+|(?<=[.])\s+(?=[A-Z\"“(])")  # the plain form


def _reference_ends(text):
    """The plain form's ends, less a lone line break after a Latin letter, comma or hyphen, or
    after a digit when a Latin letter follows (wrapped English text continues its sentence
    there; issue 19; a date line before Chinese text still ends)."""
    def continues(m):
        if m.group() != "\n" or m.start() == 0:
            return False
        before, after = text[m.start() - 1], text[m.end():m.end() + 1]
        return bool(re.match(r"[A-Za-z,\-]", before) or (re.match(r"[0-9]", before) and re.match(r"[A-Za-z]", after)))

    return [m.end() for m in _REFERENCE_SENTENCE_END.finditer(text) if not continues(m)]


@given(st.lists(st.sampled_from(["a", "B", ".", " ", "\n", "\t", "。", "！", "(", "“", "云南", "x. Y", "\n ", ",", "-", "7"]),
                max_size=30).map("".join))
def test_sentence_splitter_regex_equals_its_plain_form(text):
    from pipeline.text import _SENTENCE_END

    assert [m.end() for m in _SENTENCE_END.finditer(text)] == _reference_ends(text)


# the splitter before issue 17's speed step (abbreviation lookbehinds before the stop): the
# regex engine tried every position; the fast form must end sentences at the same places
_FORMER_SENTENCE_END = re.compile(r"[。！？!?；;][。！？!?；;\n]*|\n+(?<![A-Za-z0-9,\-]\n)[。！？!?；;\n]*"
                                  r"|(?<=[0-9])\n(?![A-Za-z])[。！？!?；;\n]*"
                                  r"|(?<!\bMr)(?<!\bMs)(?<!Mrs)(?<!Mme)(?<!\bDr)(?<!H\.E)(?<!Prof)(?<!\bSt)(?<!U\.S)"
                                  r"(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bAmb)(?<!\bNo)\.(?=[^\S\n])\s+(?=[A-Z\"“(])")


@given(st.lists(st.sampled_from(["Mr", "Ms", "Mrs", "Mme", "Dr", "H.E", "Prof", "St", "U.S", "Gov", "Sen", "Rep",
                                 "Amb", "No", "xMr", "a", "B", ".", " ", "\n", "。", "；", "“", "(", "7", "-", ",", "云"]),
                max_size=24).map("".join))
def test_sentence_splitter_equals_its_former_form(text):
    from pipeline.text import _SENTENCE_END

    assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in _FORMER_SENTENCE_END.finditer(text)]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("ＡＢａ，。：（）！？％云南越南臺灣ﬁ①Ⅻ abcXYZ,\u3000") + ["\uf900", "\U0001d400"]),
               max_size=40))
def test_normalizer_fast_translate_equals_str_translate(lexicon, text):
    n = lexicon.normalizer
    assert n._translate(text) == text.translate(n._table)


_REFERENCE_NOT_CJK = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _reference_detect_lang(text):
    """The plain form: count CJK characters and Latin letters outright."""
    cjk = len(_REFERENCE_NOT_CJK.sub("", text))
    latin = sum(c.isascii() and c.isalpha() for c in text)
    return "zh" if len(text.encode("ascii", "ignore")) < len(text) and cjk * 5 >= latin else "en"


@given(st.text(alphabet=st.sampled_from(list("云南越 ，。aBcdeXYZ12Жé") + ["\U00020000", "\uf900"]), max_size=60))
def test_detect_lang_equals_its_plain_form(text):
    assert detect_lang(text) == _reference_detect_lang(text)


# ------------------------------------------------------------ issue 14: document dates

@pytest.mark.parametrize("text, known, expected", [
    ("发布日期：2024-05-05 省长会见越南客人", None, "2024-05-05"),
    ("发布时间：2024年05月05日 10:00", None, "2024-05-05"),
    ("KUNMING, May 5, 2024 (Xinhua) -- Yunnan", None, "2024-05-05"),
    ("中韩青年代表团访韩  27.06.2014  19:12  6月16日至23日", None, "2014-06-27"),
    ("2024-05-14 10:02 来源：新华网 新华社昆明5月13日电（记者某某）云南省…", None, "2024-05-13"),
    ("2024-01-02 新华社南宁12月31日电 广西…", None, "2023-12-31"),    # the year before
    ("新华社昆明5月13日电 云南省…", None, None),                        # no year anywhere
    ("新华社昆明5月13日电 云南省…", "2023-05-14", "2023-05-14"),        # metadata wins
    ("本报10月6日讯 自治区党委书记…  2023-10-07", None, "2023-10-06"),
])
def test_document_date(text, known, expected):
    from datetime import date

    from pipeline.text import document_date

    got = document_date(text, date.fromisoformat(known) if known else None)
    assert (got.isoformat() if got else None) == expected


# ------------------------------------------- wrapped English text (issue 19, item 11)

WRAPPED = [
    "Yunnan will build a radiation centre facing South Asia and Southeast Asia\nunder the Belt and Road Initiative.",
    "Yunnan will build a radiation\ncentre facing South  Asia and\tSoutheast Asia under the Belt\r\nand Road Initiative.",
    "Heilongjiang deepened opening up\n  to the North, and people-to-\npeople exchanges with Russia grew.",
]


@pytest.mark.parametrize("text", WRAPPED)
def test_multi_word_terms_match_across_line_breaks_and_runs(tagger, text):
    flat = re.sub(r"-\s*\n\s*", "-", text)
    flat = re.sub(r"\s+", " ", flat)
    want, got = tagger.tag(flat), tagger.tag(text)
    assert (got.partners, got.regions, got.formulations) == (want.partners, want.regions, want.formulations)
    assert [m.entry for m in got.mentions] == [m.entry for m in want.mentions]
    assert all(m.text == text[m.start:m.end] for m in got.mentions)  # offsets slice the original


def test_whitespace_collapse_keeps_the_offset_map(lexicon):
    text = "ＡＳＥＡＮ\n\n  and\u00ad the   Belt\tand Road"
    norm = lexicon.normalize(text)
    assert norm.text == "asean and the belt and road"
    for i in range(len(norm.text)):
        a, b = norm.orig_span(i, i + 1)
        assert text[a:b].strip() == "" if norm.text[i] == " " else text[a:b] != ""
    a, b = norm.orig_span(norm.text.index("belt"), len(norm.text))
    assert text[a:b] == "Belt\tand Road"


def test_a_wrapped_line_is_not_a_sentence_end():
    from pipeline.text import sentences

    t = "Officials from Xinjiang met a Kazakh\ndelegation in Urumqi.\nThen they left.\n\nNEW"
    assert [t[a:b].strip() for a, b in sentences(t)] == [
        "Officials from Xinjiang met a Kazakh\ndelegation in Urumqi.", "Then they left.", "NEW"]
    zh = "云南省\n越南"
    assert [zh[a:b] for a, b in sentences(zh)] == ["云南省\n", "越南"]


def test_a_date_line_ends_its_sentence():
    """A lone line break after a digit continues wrapped English ("in 2024\\nthe province")
    but ends a date line before Chinese text (发布日期：2024-03-02\\n3月1日…)."""
    t = "发布日期：2024-03-02\n3月1日，副省长会见客人。"
    assert [t[a:b] for a, b in sentences(t)] == ["发布日期：2024-03-02\n", "3月1日，副省长会见客人。"]
    e = "Trade rose in 2024\nthe province said."
    assert [e[a:b] for a, b in sentences(e)] == [e]


def test_invisible_characters_around_a_line_broken_hyphen_count_as_absent(lexicon):
    """A soft hyphen or zero-width space next to "-" at a line break is dropped anyway, so the
    break after the in-word hyphen goes as it does without them (found by the property test
    in test_linear.py: 云<SHY>-<LF>云 gave 云- 云 where the per-character reference gives 云-云)."""
    norm = lexicon.normalizer
    assert norm.normalize("云\u00ad-\n云").text == "云-云"
    assert norm.normalize("people-\u200b\npeople").text == norm.normalize("people-\npeople").text == "people-people"
    assert norm.normalize("2024-\n云").text == "2024- 云"  # a digit before the hyphen: a plain break


@given(st.lists(st.sampled_from(["a", "-", "\n", " ", "\t", "\u00ad", "\u200b", "云", "1", "_", "\r\n"]), max_size=30)
       .map("".join))
def test_collapse_lookahead_form_matches_as_the_plain_one(text):
    from pipeline.text import _COLLAPSE, _COLLAPSE_AT

    assert [(m.span(), m.lastgroup) for m in _COLLAPSE_AT.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in _COLLAPSE.finditer(text)]


# ------------------------------------- a page's own date at its head (pipeline/pagedates.py)

@pytest.mark.parametrize("text, expected", [
    ("Yunnan hosts Lao visitors\n27 Jun 2024\nThe governor met", "2024-06-27"),
    ("Published: Jun. 27, 2024 10:05 PM\nThe governor met", "2024-06-27"),
    ("Posted on June 27, 2024 10:05 by staff", "2024-06-27"),
    ("Updated 10:05, 27-Jun-2024\nGuangxi leaders", "2024-06-27"),
    ("Wednesday, 3rd July, 2024\nSichuan delegation", "2024-07-03"),
    ("Sept. 5, 2024 /Wire/ -- Shandong", "2024-09-05"),
    ("2024-06-27T10:00:00+08:00 Hainan", "2024-06-27"),
    ("发布时间2024-06-27 10:05 来源：省外办", "2024-06-27"),             # no colon after the label
    ("PubDate: 20240627 Jilin", "2024-06-27"),
    ("发布日期：20240627 吉林省", "2024-06-27"),
    ("编号 20240627 吉林省", None),                                     # eight digits without a label: no date
    ("2024年3月5日，云南省代表团出访。发布日期：2024-03-08", "2024-03-08"),  # the labelled date is the page's
    ("Today Wed, 12 Apr 2023\nOfficials from Fujian met\nPosted: 10 Apr 2023", "2023-04-10"),  # a site clock
    ("Today: Thursday, 27 June 2024 | Home | Hubei met Nepali envoys", None),
    ("今天是2024年6月27日 星期四 首页 省长会见客人", None),
    ("省长会见越南客人。\n相关新闻：\n2024-05-01 某市举办展会", None),       # a foot's date is another page's
    ("Governor meets envoy.\nRelated articles\nMay 1, 2024 Expo opens", None),
    ("中新网昆明6月3日电 云南省代表团访问老挝。（完）\n精选：\n- 2024年06月03日 21:52:20", None),  # after a wire's end
    ("来源：省外办 责任编辑：王某 发布时间：2024-06-27", "2024-06-27"),      # a byline's editor is no foot
    ("Updated: 2024-06-29 08:00 | Published: 2024-06-27 10:05", "2024-06-27"),  # publication over update
    ("更新时间：2024-06-29", "2024-06-29"),
    ("13:09, March 2, 2023\nNANNING, March 1 (Xinhua) -- Guangxi", "2023-03-01"),  # the dateline's day
    ("Jan 2, 2024 HAIKOU, Dec. 30 (Xinhua) -- Hainan", "2023-12-30"),           # the year before
    ("HAIKOU, Dec. 30 (Xinhua) -- Hainan", None),                                # no year anywhere
    ("The 2024 expo 5 may be held", None),
    ("31 Feb 2024 and 2024-02-30 are no days", None),
])
def test_head_date_forms(text, expected):
    from pipeline.text import document_date

    got = document_date(text)
    assert (got.isoformat() if got else None) == expected


def test_head_date_reads_the_head_only():
    from pipeline.text import document_date

    assert document_date("省长会见客人。" * 60 + "发布时间：2024-06-27") is None


@given(st.lists(st.sampled_from(list("0123456789-/.:：年月日 ,Tt") + ["Jun", "Sept", "May", "Today", "发布时间",
                                                                      "相关新闻", "XI'AN", "(Xinhua)", "--", "2024"]),
                max_size=40).map("".join))
def test_head_date_never_raises(text):
    from pipeline.pagedates import head_date

    day = head_date(text)
    assert day is None or 1900 <= day.year <= 2099


# ------------------------------------- pinyin glosses of mirror sites (總領(lǐng)館)

def test_pinyin_gloss_after_a_character_normalises_away(lexicon):
    text = "中新網(wǎng)電 山東省僑務訪問團拜會了總領(lǐng)館(pm)，和(ai)不是注音"
    norm = lexicon.normalize(text)
    assert norm.text == "中新网电 山东省侨务访问团拜会了总领馆(pm),和(ai)不是注音"  # no tone mark: kept
    for word in ("中新网", "总领馆", "山东省"):
        a = norm.text.index(word)
        oa, ob = norm.orig_span(a, a + len(word))
        assert lexicon.normalize(text[oa:ob]).text == word  # the original span holds the word and its gloss


def test_a_glossed_page_tags_as_the_clean_one(tagger):
    glossed = "4月2日，越南駐南寧總領(lǐng)事會見(jiàn)了廣西壯族自治區(qū)副主席，雙方就邊境貿(mào)易交換意見(jiàn)。"
    clean = "4月2日，越南駐南寧總領事會見了廣西壯族自治區副主席，雙方就邊境貿易交換意見。"
    got, want = tagger.tag(glossed), tagger.tag(clean)
    assert (got.provinces, got.partners, got.engagement) == (want.provinces, want.partners, want.engagement)
    assert [(m.entry, m.text.replace("(qū)", "")) for m in got.mentions] == [(m.entry, m.text) for m in want.mentions]
    # the engagement and its actor's title; the title matcher reads the original text, where a gloss
    # inside a title (總領(lǐng)事) still hides it: the counterpart is then not read (docs/usage.md)
    assert [(e.category, e.provinces, e.partners, e.official) for e in got.engagements] == \
        [(e.category, e.provinces, e.partners, e.official) for e in want.engagements]

"""The document path's shortcuts (issue 17) give the answers of the rules they skip.

Each shortcut tests a necessary condition once per text (a word the rule needs, a route
word near the mention) and skips the rule's regexes where it fails; each is pinned here
to the rule run on every mention, on texts built from the words the rules look for.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.schemas import Document, Mention, new_mention

_PROVINCES = {"云南": ("CN-YN", "province.YN"), "上海": ("CN-SH", "province.SH"), "沪": ("CN-SH", "province.SH.abbr"),
              "北京": ("CN-BJ", "province.BJ"), "Beijing": ("CN-BJ", "province.BJ.en"),
              "Shenyang": ("CN-LN", "province.LN.city"), "澳门": ("CN-MO", "province.MO"),
              "东北三省": ("CN-LN", "province.compound.northeast")}
_PROVINCE_PIECES = [*_PROVINCES, "驻", "駐", "（", "(", "）", ")", "来源：", "來源:", "Source: ", "SOURCE : ", "ſource: ",
                    "不包括", "不含", "除去", "excluding ", "EXCLUDıNG ", "except ", "consul general in ", "Consulate in ",
                    "the Consul General of the Republic of Korea in ", "embassy", "ſ", "论坛", "秘书处", "Forum ", "赴",
                    "走访", "各国", "总领事馆", "中唯一", "之一", "、", "，", "。", " ", "和", "市", "mayor of ", "新华社",
                    "5月13日电"]


def _place_mentions(pieces: list[str], words: dict[str, tuple[str, str]], label: str) -> tuple[str, list[Mention]]:
    text, out = "", []
    for p in pieces:
        if p in words:
            code, entry = words[p]
            out.append(new_mention(len(text), len(text) + len(p), p, label, code, entry))
        text += p
    return text, out


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PROVINCE_PIECES), max_size=24))
def test_province_roles_with_hints_equal_every_rule(pieces):
    from pipeline.resolve import ProvinceHints, province_role

    text, provinces = _place_mentions(pieces, _PROVINCES, "province")
    doc = Document("d", text)
    hints = ProvinceHints.of(text, text.lower().replace("ſ", "s"))
    for m in provinces:
        assert province_role(doc, m, hints=hints) == province_role(doc, m)


def test_province_hints_skip_only_absent_words():
    from pipeline.resolve import ProvinceHints, province_role

    text, ms = _place_mentions(["来源：", "云南", "日报。驻", "上海", "总领事。Consul General of Korea in ", "Shenyang"],
                               _PROVINCES, "province")
    hints = ProvinceHints.of(text, text.lower())
    assert hints == ProvinceHints(consular=True, seat=True, source=True, excluded=False, paren=False)
    doc = Document("d", text)
    assert [province_role(doc, m, hints=hints) for m in ms] == ["locator"] * 3
    plain = Document("d", "云南省长会见越南客人")
    assert ProvinceHints.of(plain.text, plain.text.lower()) == ProvinceHints(False, False, False, False, False)


_COUNTRIES = {"越南": ("VNM", "country.VNM"), "老挝": ("LAO", "country.LAO"), "老撾": ("LAO", "country.LAO.t"),
              "中老": ("LAO", "country.LAO.compound"), "中欧": ("EUR", "region.EU"), "Laos": ("LAO", "country.LAO.en"),
              "China-Laos": ("LAO", "country.LAO.en2"), "Russia": ("RUS", "country.RUS.en"),
              "高速": ("XXX", "country.fake")}
_ROUTE_PIECES = [*_COUNTRIES, "铁路", "鐵路", "高速公路", "公路", "经济走廊", "班列", "国际", "国际道路", "天然气管道", "的",
                 "至", "到", "—", "开行", "昆明", "Kunming-", " Railway", " International Highway", " railway", "-",
                 " Road", "、", "和", "等", "接壤", "通达", "borders ", "BORDERING ", "adjacent to ", "Adjoins ", " ",
                 "。", "大桥", "X", "XY"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ROUTE_PIECES), max_size=24), st.data())
def test_background_frames_read_route_names_as_on_every_mention(pieces, data):
    """The mentions background_frames skips (no route word near them) are none that
    in_route_name, run on every mention, puts in a route name."""
    from pipeline.place_roles import _T2S, background_frames, in_route_name

    text, countries = _place_mentions(pieces, _COUNTRIES, "country")
    countries = data.draw(st.permutations(countries))
    routed = {i for i, m in enumerate(countries) if in_route_name(text.translate(_T2S), m)}
    assert routed <= background_frames(text, countries)
    # (the frames other than route names are pinned in tests/test_linear.py; with no frame
    # word in the text, the answer is the route names alone)
    if not any(w in text.lower() for w in ("接壤", "通达", "border", "adjacent", "adjoin")):
        assert background_frames(text, countries) == routed


def test_route_names_found_near_their_route_words():
    from pipeline.place_roles import background_frames

    text = "中老铁路、昆明至越南的国际公路和China-Laos Railway，越南客人"
    _, ms = _place_mentions(["中老", "铁路、昆明至", "越南", "的国际公路和", "China-Laos", " Railway，", "越南", "客人"],
                            _COUNTRIES, "country")
    assert background_frames(text, ms) == {0, 1, 2}


def test_route_words_at_the_edges_of_the_reach():
    """A route word four characters after the mention (two of the lazy run, then 国际), and
    one hidden inside a longer route word that starts before the mention (高速公路 holds 公路)."""
    from pipeline.place_roles import background_frames

    words = {"越南": ("VNM", "country.VNM"), "公路": ("XXX", "country.fake")}
    text, ms = _place_mentions(["越南", "XY", "国际", "公路", "。高速", "公路", "客人"], words, "country")
    assert [m.text for m in ms] == ["越南", "公路", "公路"]
    assert background_frames(text, ms) == {0, 1, 2}
    text, ms = _place_mentions(["越南", "XYZ", "国际", "公路"], words, "country")
    assert background_frames(text, ms) == {1}


_SPACE_PIECES = ["a", "Z", "云", "-", "\n", " ", "  ", "\t", "\u3000", "\u00a0", "\u00ad", "\u200b", "\ufeff", "\r\n",
                 "x-\n", "\x85", "1", ",", "é"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPACE_PIECES), max_size=12).map("".join))
def test_collapses_is_whether_the_collapse_pattern_matches(text):
    """The normaliser's test for whitespace that normalises away (without the hyphen
    branch's lookbehinds at every space) answers as the pattern itself."""
    from pipeline.text import _COLLAPSE, collapses

    assert collapses(text) == (_COLLAPSE.search(text) is not None)



def test_a_dashed_route_name_beyond_the_reach_is_read():
    """A country followed by a dash and another full name before the route word (吉尔吉斯斯坦—乌兹别克斯坦铁路:
    the word starts eight characters after it) is read through the route patterns, as in_route_name reads it."""
    from pipeline.place_roles import background_frames, in_route_name

    text = "两国签署吉尔吉斯斯坦—乌兹别克斯坦铁路合作协定。"
    ms = [new_mention(text.index(n), text.index(n) + len(n), n, "country", c, "country." + c)
          for n, c in (("吉尔吉斯斯坦", "KGZ"), ("乌兹别克斯坦", "UZB"))]
    assert in_route_name(text, ms[0]) and in_route_name(text, ms[1])
    assert background_frames(text, ms) == {0, 1}

"""Twin place names: a foreign city that shares its Chinese name with a Chinese place.

松江 is Songjiang (Shanghai) and Matsue (日本岛根县松江市); 丽水 is Lishui (Zhejiang) and
Yeosu (韩国全罗南道丽水市); 泰安 is Tai'an (Shandong) and Taean (韩国泰安郡). The lexicon gives
the bare name its Chinese reading and lists the foreign one only with what the text attaches
to it: the country, the foreign province or prefecture, or a suffix only that country uses
(entries ``country.<ISO>.twin_names``). Once a text has named the foreign twin so, the bare
name later in the same text (…松江市市长…, 丽水市代表团…) is that foreign place too: this
module recodes such a bare Chinese ``city`` mention to the twin's country.

Example:
    >>> from pipeline.lexicon import load
    >>> from pipeline.schemas import Document
    >>> from pipeline.annotate import annotate_places
    >>> ms = annotate_places(Document("d", "韩国全罗南道丽水市代表团访问广西，丽水市市长会见…"), load())
    >>> sorted({(m.text, m.code) for m in ms if m.label != "blocked"})
    [('丽水市', 'KOR'), ('全罗南道丽水市', 'KOR'), ('广西', 'CN-GX'), ('韩国', 'KOR')]
"""

from __future__ import annotations

from ..schemas import Mention

TWIN_SUFFIX = ".twin_names"  # the id ending of the lexicon's twin entries
_SUFFIXES = "市区县郡省"


def _core(text: str) -> tuple[str, str]:
    """``(name, suffix)``: 丽水市 → (丽水, 市); 泰安郡 → (泰安, 郡); 松江 → (松江, '')."""
    if len(text) > 2 and text[-1] in _SUFFIXES:
        return text[:-1], text[-1]
    return text, ""


def resolve_twins(mentions: list[Mention]) -> None:
    """Recode in place each bare Chinese city mention whose name the text also gives as a
    foreign twin (see the module docstring).

    A bare mention is recoded when it is the twin's name alone or with the twin's own
    suffix (丽水 or 丽水市 after 韩国丽水市; 泰安 but not 泰安市 after 韩国泰安郡: Tai'an is a
    city, Taean a county), never when it lies inside the twin's own span or right after a
    Chinese place (浙江丽水市). Province names
    (海南 after 韩国海南郡) are not recoded: only ``city.`` entries.
    """
    twins = [m for m in mentions if m.label == "country" and m.entry.endswith(TWIN_SUFFIX)]
    if not twins:
        return
    forms: dict[str, Mention] = {}
    for t in twins:
        name, suffix = _core(t.text)
        # every tail of the twin's name that leaves a prefix (韩国丽水市 → 丽水, 丽水市), or the
        # name without its suffix (泰安郡 → 泰安)
        for n in range(2, len(name) + (1 if suffix else 0)):
            tail = name[len(name) - n:]
            forms.setdefault(tail, t)
            if suffix:
                forms.setdefault(tail + suffix, t)
    chained = {p.end for p in mentions if p.label == "province"}  # 浙江丽水市: the Chinese one
    for m in mentions:
        if m.label != "province" or not m.entry.startswith("city.") or m.rule is not None:
            continue
        twin = forms.get(m.text)
        if twin is None or (twin.start <= m.start and m.end <= twin.end) or m.start in chained:
            continue
        m.label, m.code, m.entry = "country", twin.code, twin.entry

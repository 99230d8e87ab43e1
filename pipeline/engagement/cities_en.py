"""English names of Chinese cities, prefectures, counties and ports, for the regexes that read
where an English trip goes and who hosts it (``categories._PROVINCES_EN``).

Those regexes named the provincial capitals and a few large cities only, so a foreign envoy's
trip to a prefecture ("the consul general visited Mudanjiang / Chongzuo / Xishuangbanna on
June 3 and held talks with the city's mayor") read as the Chinese side's trip abroad (rule 3)
and outranked the meeting it reports (rule 8). The names come from the shipped lexicon's
``places/cities.yaml`` (every mainland ``city`` entry's English forms), so a city added there is
known here too. Hong Kong, Macao and Taiwan entries are left out (a trip there is no visit to a
mainland province), and so are names that are also a foreign place's or an ordinary word.

Example:
    >>> import re
    >>> rx = re.compile(rf"\\b(?:{CITIES_EN})\\b", re.I)
    >>> bool(rx.search("visited Mudanjiang on June 3")), bool(rx.search("visited Vladivostok"))
    (True, False)
"""

from __future__ import annotations

from functools import lru_cache

from ..regexopt import trie_alternation
from ..shipped import shipped

# Also a foreign place, a river, or an ordinary English word: never read as a Chinese city here.
_AMBIGUOUS = frozenset({"kashi", "yili", "ili", "tumen", "khorgos", "khorgas", "korgas", "horgos", "altay", "altai",
                        "canton", "napo", "pulan", "ceke", "jiegao", "bedel pass", "kulma",
                        "kulma pass", "irkeshtam", "khunjerab", "khunjerab pass", "nathu la", "nathula",
                        "friendship pass", "ban gioc-detian", "bolshoy ussuriysky island", "karasu port",
                        "gashuun sukhait-ganqimaodu", "alataw pass", "alatau pass", "qolma pass"})
_OUTSIDE_MAINLAND = ("CN-HK", "CN-MO", "CN-TW")


@lru_cache(maxsize=1)
def city_names_en() -> tuple[str, ...]:
    """The lower-cased English names of the mainland cities of the shipped lexicon (empty when
    no lexicon is shipped)."""
    root = shipped("lexicon")
    path = None if root is None else root / "places" / "cities.yaml"
    if path is None or not path.is_file():
        return ()
    from ..lexicon.load import read_entries  # (the lexicon's own reader: alias guard, C safe loader)

    entries = read_entries(path)
    names = {n.strip().lower() for e in entries if isinstance(e, dict)
             and str(e.get("code", "")).startswith("CN-") and e.get("code") not in _OUTSIDE_MAINLAND
             for n in (e.get("en") or []) if isinstance(n, str) and len(n.strip()) > 3}
    return tuple(sorted(names - _AMBIGUOUS))


# A regex alternation (no group) of :func:`city_names_en`, prefix-factored.
CITIES_EN = trie_alternation(city_names_en()) or "(?!x)x"

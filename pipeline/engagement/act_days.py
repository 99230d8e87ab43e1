"""Days a clause writes that are not its act's day (found by a grid of invented probes, helper qattr).

``find_day`` takes a clause's first written day and ``relative_date`` its first weekday; three
kinds of day come first in a clause without dating the act it reports:

* the day of a guest's arrival told as a relative clause on the guest (5月6日抵达昆明的老挝客人，8日…;
  "X, who arrived in Kunming on Monday, met … on Wednesday"): the arrival's, not the meeting's;
* the day of an event still to come that the clause is set against (在…将于5月12日开幕之际, "Ahead of
  the expo opening on May 12, …", "before the forum opens on May 12");
* a page's date stamp alone on the first line ("May 10, 2024", "Friday, May 10, 2024", "(May 10, 2024)"): the report's
  day, as an ISO stamp already is (``when.report_day``).

An English weekday written without "on" after "in/at" and a place or "here" (AP and wire style: "met … in
Kunming Wednesday", "here Thursday") is a day as "on Wednesday" is (:func:`wire_weekday`).

Examples:
    >>> t = "5月6日抵达昆明的老挝客人，8日受到省委书记的会见。"
    >>> other_day(t, 0, 0, 4)
    True
    >>> other_day("Ahead of the expo opening on May 12, the governor met the envoy.", 0, 29, 35)
    True
    >>> other_day("The governor met the envoy on May 8.", 0, 28, 35)
    False
    >>> stamp_line("May 10, 2024\\nThe governor met the envoy on May 8.", 0, 12)
    True
"""

from __future__ import annotations

import re

# 抵达昆明的 / 到访云南的 / 来滇的: the day of an arrival told as a modifier of the guest (…的客人)
_ARRIVAL_OF = re.compile(r"\s*(?:[上下]午|晚|晚间|早)?\s*(?:抵达|抵達|到达|到達|飞抵|飛抵|来到|來到|抵|到访|到訪|来访|來訪|"
                         r"来[滇桂黔川渝粤粵琼瓊闽閩浙苏蘇鲁魯辽遼吉黑蒙新藏甘宁寧青陕陝晋晉冀豫鄂湘赣贛皖沪滬京津])"
                         r"[^，。；,;、]{0,12}?的")
# "…, who arrived in Kunming on Monday for a five-day visit, met …": the day inside a relative clause
# (a guest's arrival only: "…, which opened on Monday" is the event's own first day, the act's)
_WHO_BEFORE = re.compile(r",\s*who\s+(?:had\s+|has\s+)?(?:arrived|landed|came|flew)\b[^,.;]{0,60}$", re.I)
# the day of an event to come the clause is set against: 将于/定于/拟于 …, "ahead of / before the … on"
_TO_COME_BEFORE = re.compile(r"(?:将于|將於|定于|定於|拟于|擬於|将在|將在)\s*$"
                             r"|\b(?:[Aa]head\s+of|[Bb]efore|[Pp]rior\s+to|[Ii]n\s+the\s+run-up\s+to)\s+(?:the\s+)?"
                             r"[^,.;]{0,60}?\b(?:opening|opens|to\s+open|to\s+be\s+held|starting|starts|kicking\s+off|"
                             r"scheduled|slated|set)\b[^,.;]{0,12}$")
# a stamp line: the day alone on the text's first lines ("May 10, 2024", "Friday, May 10, 2024", "10 May 2024")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*[(（]?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$")  # ("(May 10, 2024)")
_LINE_END = re.compile(r"[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*[)）]?[ \t]*(?:\n|$)")
_HEAD = 120  # characters: a stamp is a page's head, not a list of dates further down

_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# "in Kunming Wednesday", "here Thursday" (not Good Friday, Black Friday, Ash Wednesday, Super Saturday)
# (after "in/at" and the place only: "departed for Beijing Friday" dates the departure, not the act)
_WIRE_WEEKDAY = re.compile(r"\b(?:here|there|(?:in|at)\s+(?:(?!(?:Good|Black|Ash|Holy|Cyber|Super|Easter|Palm|Maundy)\b)"
                           r"[A-Z][a-z]+\s+){1,3})(" + _WEEKDAYS + r")\b(?!\s*,?\s*(?:[A-Z][a-z]+\s+\d|\d))")


def stamp_line(text: str, a: int, b: int) -> bool:
    """Whether the day at ``text[a:b]`` stands alone on a line at the page's head (its date stamp)."""
    return a < _HEAD and _LINE_START.search(text, 0, a) is not None and _LINE_END.match(text, b) is not None


def other_day(text: str, start: int, a: int, b: int) -> bool:
    """Whether the day written at ``text[a:b]`` (in a clause from ``start``) is another occasion's: a guest's
    arrival told as a relative clause, or an event still to come the act is set against."""
    return bool(_ARRIVAL_OF.match(text, b) or _WHO_BEFORE.search(text, max(start, a - 80), a)
                or _TO_COME_BEFORE.search(text, max(start, a - 80), a))


def wire_weekday(text: str, a: int, b: int) -> re.Match[str] | None:
    """The first weekday written without "on" after a place or "here" in ``text[a:b]`` ("in Kunming Wednesday")."""
    return _WIRE_WEEKDAY.search(text, a, b)

"""Remote cues that name no remote act (TAXONOMY §3b ``direction``), read by :func:`.attributes.direction`.

A 视频/"online"/贺信 in an engagement's sentences makes it ``remote`` (a video link, a letter) unless:

* the letter is read out where the act is (宣读习近平主席贺信 at an expo's opening in Chengdu: the
  act is there, ``venue`` known);
* 视频 is a page label (…网站视频 1月22日…: followed by no word, a space or a digit) and the venue is known;
* "Online" is part of a media name ("CRI Online", "People's Daily Online": a capitalised word before it).

Example:
    >>> import re
    >>> t = "博览会20日在成都开幕，副总理宣读习近平主席贺信并致辞。"
    >>> in_situ(t, re.search("贺信", t), "CN-SC")
    True
"""

from __future__ import annotations

import re
from typing import Iterable

_READ_OUT = re.compile(r"(?:宣读|宣讀|代读|代讀|转交|轉交)[^，。；,;]{0,12}$|\bread out\b[^.;]{0,40}$|\bread\b[^.;]{0,30}$", re.I)
_LETTERS = re.compile(r"贺信|賀信|致信|贺电|賀電|\bletter\b|\bmessage\b|congratulat", re.I)
_LABEL_AFTER = re.compile(r"\s|\d|$")
_FIGURATIVE = re.compile(r"\b(?:takeaway|key|clear|strong|main|central|core|powerful|positive|important|same) $", re.I)
_MEDIA_NAME = re.compile(r"(?:[A-Z]{2,}|[A-Z][a-z]+(?:'s)?)\s+$")


def in_situ(text: str, m: re.Match[str], venue_code: str | None) -> bool:
    """Whether the remote cue ``m`` names no remote act: a letter read out at a known venue, a 视频 page label
    at a known venue, or "Online" in a media name."""
    cue = m.group(0)
    if cue.lower() == "message" and _FIGURATIVE.search(text, max(0, m.start() - 16), m.start()):
        return True  # "the takeaway message", "a clear message": what was said, no letter (helper fen)
    if cue == "Online" and _MEDIA_NAME.search(text, max(0, m.start() - 30), m.start()):
        return True
    if venue_code is None:
        return False
    if _LETTERS.fullmatch(cue) and _READ_OUT.search(text, max(0, m.start() - 40), m.start()):
        return True
    return cue in ("视频", "視頻") and _LABEL_AFTER.match(text, m.end()) is not None


def first_remote(matches: Iterable[re.Match[str]], text: str, venue_code: str | None) -> re.Match[str] | None:
    """The first of ``matches`` (remote cues in text order) that names a remote act (not :func:`in_situ`); once a
    letter is read out at the venue, the later mentions of a letter are that letter (胡春华表示，贺信…)."""
    read_out = False
    for m in matches:
        if read_out and _LETTERS.fullmatch(m.group(0)):
            continue
        if not in_situ(text, m, venue_code):
            return m
        read_out = read_out or _LETTERS.fullmatch(m.group(0)) is not None
    return None

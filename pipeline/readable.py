"""The reading view of a document: the leftovers of scraping undone before anything reads the text,
and the way back from the view's offsets to the original's.

Real pages reach tifa with characters that carry no meaning but break every pattern that reads
the words: zero-width spaces and soft hyphens inside words (WeChat reposts, CMS editors), HTML
entities a careless scraper left as text (``&nbsp;``, ``&ldquo;``, even ``&amp;nbsp;``),
non-breaking spaces between English words, and lines hard-wrapped at a fixed width (text copied
out of a PDF), which split a Chinese word or a list of countries over two lines. The lexicon's
normaliser already reads past some of these when it matches terms; the rules that read a
sentence's words did not (``bench/perturb.py`` measures each: on the dev split, entities cost
0.11 of triple F1 and zero-width spaces 0.08 of the official's accuracy).

:func:`reading_view` returns the text with them undone, or None when it has none (the usual case:
one regular-expression search). :class:`View` maps a span of the view back onto the original
text, so that every offset a record gives still points into the text as it was handed in
(:func:`remap` moves a record's mentions, evidence and provenance).

Example:
    >>> v = reading_view("云南省长会见老\\u200b挝客人&nbsp;。")
    >>> v.text
    '云南省长会见老挝客人 。'
    >>> v.span(6, 8), v.original[slice(*v.span(6, 8))]
    ((6, 9), '老\\u200b挝')
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from typing import Any, Callable

from .text import INVISIBLE

# what the view changes: an invisible character, a non-breaking space, a named or numeric entity (or one
# escaped twice); _TRIGGER also stops at each line break, which is a wrap or not (_wrapped_breaks)
_ENTITY = "&(?:amp;)?(?:[A-Za-z]{2,8}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"
_CHEAP = re.compile(f"[{INVISIBLE}\u00a0]|{_ENTITY}")
_TRIGGER = re.compile(f"{_CHEAP.pattern}|\n")
# a Chinese character or Chinese punctuation: a wrap between two of them joins without a space
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff5e“”‘’—…·]")
_WORD_END = re.compile(r"[A-Za-z0-9,]$")
_GOES_ON = re.compile(r"[ \t]*[a-z]")
_SENTENCE_END = frozenset("。！？；：!?;:.…”」』\"'）)")


class View:
    """A reading view: ``text``, and for each of its characters where it came from in ``original``."""

    __slots__ = ("original", "text", "_at", "_shift", "_wide")

    def __init__(self, original: str, text: str, at: list[int], shift: list[int], wide: dict[int, int]) -> None:
        self.original, self.text = original, text
        self._at, self._shift, self._wide = at, shift, wide

    def start(self, k: int) -> int:
        """The original offset of view character ``k`` (``len(text)``: the original's end)."""
        i = bisect_right(self._at, k) - 1
        return k + (self._shift[i] if i >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the view's ``[start, end)``: from where its first character came
        from to the end of what its last one came from (an entity read as one character spans
        the whole entity)."""
        if end <= start:
            s = self.start(start)
            return s, s
        last = end - 1
        return self.start(start), self.start(last) + self._wide.get(last, 1)


def _entity(raw: str) -> str | None:
    """The one character an entity stands for (``&amp;nbsp;``: unescaped twice), else None."""
    got = html.unescape(raw)
    if got.startswith("&") and got != raw:
        got = html.unescape(got)
    return got if len(got) == 1 and got != raw else None


def _wrapped_breaks(text: str) -> set[int]:
    """Offsets of the line breaks of hard-wrapped lines: where at least three lines of one width (20
    characters or more, give or take one from 30; or two of exactly one width of 25 or more) end
    mid-sentence, a break after a line of about that width that ends mid-sentence, before a line that
    goes on, is a wrap, not a paragraph's end; and
    where at least two lines of 40 characters or more end on a word and the next goes on in lower
    case (English wrapped at word boundaries, whose widths are ragged), those breaks."""
    if text.count("\n") < 2:
        return set()
    lines = text.split("\n")
    widths: dict[int, int] = {}
    for line in lines:
        s = line.rstrip()
        if len(s) >= 20 and s[-1] not in _SENTENCE_END:
            widths[len(s)] = widths.get(len(s), 0) + 1
    # three lines of one width (give or take one from 30 characters, where punctuation may hang), or two
    # of exactly one width of 25 or more (a short passage wrapped once or twice): not a headline, a
    # stamp line and a teaser that happen to be about as long (pages list those at 12-20 characters)
    best = max(((sum(widths.get(w + d, 0) for d in ((-1, 0, 1) if w >= 30 else (0,))), w) for w in widths),
               default=(0, 0))
    width = best[1] if best[0] >= 3 or (widths.get(best[1]) == 2 and best[1] >= 25) else 0
    breaks, words, pos = set(), set(), 0
    for line, nxt in zip(lines, lines[1:]):
        end = pos + len(line)
        s = line.rstrip()
        if s and s[-1] not in _SENTENCE_END and nxt.strip():
            if width and width - 2 <= len(s) <= width + 1:
                breaks.add(end)
            elif len(s) >= 40 and _WORD_END.search(s) and _GOES_ON.match(nxt):
                words.add(end)  # English wrapped at a word: ragged, but the next line goes on in lower case
        pos = end + 1
    return breaks | words if len(words) >= 2 else breaks


def reading_view(text: str, simplified: Callable[[str], str | None] | None = None) -> View | None:
    """The reading view of ``text`` (see the module docstring), or None when nothing changes.

    Invisible characters go; an entity becomes its character; a non-breaking space becomes a
    space; a hard-wrapped line's break becomes a space between English words and nothing between
    Chinese characters or punctuation (with the spaces around it). ``simplified`` (the lexicon
    normaliser's :meth:`~pipeline.text.Normalizer.simplified_form`): Traditional characters are
    read in their Simplified form, one for one, so that every rule reads a reposted page as the
    Simplified original (the lexicon matched both before; a rule's own words did not always)."""
    wrapped = _wrapped_breaks(text) if "\n" in text else set()
    if not wrapped and _CHEAP.search(text) is None:
        simple = simplified(text) if simplified is not None else None
        return View(text, simple, [], [], {}) if simple is not None else None
    pieces: list[str] = []
    at: list[int] = []
    shift: list[int] = []
    wide: dict[int, int] = {}
    pos = out = moved = 0
    for m in _TRIGGER.finditer(text):
        i, j = m.span()
        if i < pos:
            continue
        raw = m.group()
        if raw == "\n":
            if i not in wrapped:
                continue
            a, b = i, j  # the break with the spaces around it
            while a > pos and text[a - 1] in " \t\u3000":
                a -= 1
            while b < len(text) and text[b] in " \t\u3000":
                b += 1
            han = a > 0 and b < len(text) and _HAN.match(text, a - 1) and _HAN.match(text, b)
            i, j, rep = a, b, "" if han else " "
        elif raw == "\u00a0":
            rep = " "
        elif raw[0] == "&":
            got = _entity(raw)
            if got is None:
                continue  # not an entity: kept as it stands
            rep = " " if got == "\u00a0" else got
        else:
            rep = ""
        pieces.append(text[pos:i])
        out += i - pos
        if rep:
            wide[out] = j - i
            pieces.append(rep)
            out += 1
        if j - i != len(rep):
            moved += (j - i) - len(rep)
            at.append(out)
            shift.append(moved)
        pos = j
    pieces.append(text[pos:])
    new = "".join(pieces)
    if simplified is not None:
        new = simplified(new) or new
    if new == text:
        return None
    return View(text, new, at, shift, wide)


def remap(record: Any, view: View) -> Any:
    """Move every offset of ``record`` (mentions, engagement evidence, provenance) from the view onto
    ``view.original``, each mention's and provenance's text sliced from the original again."""
    original = view.original
    for m in record.mentions:
        m.start, m.end = view.span(m.start, m.end)
        m.text = original[m.start:m.end]
    for e in record.engagements:
        ev = e.evidence
        for k in range(0, len(ev) - 1, 2):
            ev[k], ev[k + 1] = view.span(ev[k], ev[k + 1])
        for p in e.provenance.values():
            if p.start is not None and p.end is not None:
                a, b = p.start, p.end
                p.start, p.end = view.span(a, b)
                if p.text is not None:
                    seen = view.text[a:b]  # (the words as the view read them, perhaps stripped)
                    if p.text == seen:
                        p.text = original[p.start:p.end]
                    elif p.text == seen.strip():
                        p.text = original[p.start:p.end].strip()
    return record

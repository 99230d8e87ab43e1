"""Text normalisation, language detection, sentence splitting and dates.

Matching runs on a normalised copy of the text (NFKC, lower case, Traditional →
Simplified, invisible format characters such as the soft hyphen dropped); :class:`Normalized` keeps the map back to the original offsets so that a
mention's ``text`` always equals ``original[start:end]``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import numpy as np

# format characters that never show but split words: soft hyphen (web pages hyphenate
# "Hei\u00adlongjiang"), zero-width space, non-joiner, joiner, word joiner, BOM
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_WIDE_NOT_CJK = re.compile(r"[^\x00-\x7f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")  # non-ASCII, non-CJK runs
_NOT_LETTERS = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))


_SURROGATES = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """Lone surrogates (which JSON can spell and no UTF-8 output can hold) → U+FFFD, one for
    one, so offsets into the text stay valid.

    >>> replace_surrogates("a\\ud800b")
    'a\ufffdb'
    """
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


@dataclass(frozen=True)
class Normalized:
    """A normalised text and, when lengths differ, the offset map back to the original.

    ``offsets[i]`` is the original index of normalised character ``i``; ``offsets`` has
    one extra final element (the original length) so that end offsets map too.
    """

    text: str
    offsets: tuple[int, ...] | None = None

    @cached_property
    def pairs(self) -> str | None:
        """:func:`pair_encode` of the text (computed once, shared by the matchers)."""
        return pair_encode(self.text)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[start, end)``: the end maps
        through the span's last character (a dropped or expanded character stays whole)."""
        offsets = self.offsets
        if offsets is None:
            return start, end
        return offsets[start], offsets[end - 1] + 1


_ODD_SPACE = re.compile(r"[^\S ]")  # whitespace other than one plain space
# a line break after a hyphen inside a word ("people-to-\npeople") goes; other runs become one space
_SPACE_RUN = re.compile(r"(?P<hyphen>(?<=[^\W\d_]-)[^\S\n]*\n\s*(?=[^\W\d_]))|\s{2,}|[^\S ]")


def collapse_space(s: str, offsets: tuple[int, ...] | None, orig_len: int | None = None
                   ) -> tuple[str, tuple[int, ...] | None]:
    """Every whitespace run (line breaks, tabs, double spaces) as one space, offsets kept.

    Multi-word terms ("Belt and Road") then match across the line breaks of wrapped text
    and PDFs, and a mention still slices the original: ``offsets`` (as in
    :class:`Normalized`, or None for one to one) maps each kept character back, a run to
    its first character. A line break after a hyphen inside a word is dropped
    ("people-to-\\npeople" → "people-to-people").

    >>> t = "Belt and\\n   Road, people-to-\\npeople"
    >>> s, offs = collapse_space(t, None)
    >>> s, t[offs[0]:offs[len(s) - 1] + 1] == t
    ('Belt and Road, people-to-people', True)
    """
    if not _ODD_SPACE.search(s) and "  " not in s:
        return s, offsets
    pieces: list[str] = []
    keep = None
    pos = 0
    for m in _SPACE_RUN.finditer(s):
        a, b = m.span()
        pieces.append(s[pos:a])
        drop_from = a if m.group("hyphen") is not None else a + 1
        if m.group("hyphen") is None:
            pieces.append(" ")
        if b > drop_from:
            if keep is None:
                keep = np.ones(len(s), dtype=bool)
            keep[drop_from:b] = False
        pos = b
    pieces.append(s[pos:])
    out = "".join(pieces)
    if keep is None:
        return out, offsets
    base = np.asarray(offsets[:-1], dtype=np.int64) if offsets is not None else np.arange(len(s), dtype=np.int64)
    end = offsets[-1] if offsets is not None else (orig_len if orig_len is not None else len(s))
    return out, (*base[keep].tolist(), end)


def pair_encode(text: str) -> str | None:
    """Each character as two: U+0100 + its high byte, U+0200 + its low byte.

    pyahocorasick looks a character up among a trie node's children one by one, so a
    root with hundreds of first characters (the place names) costs hundreds of
    comparisons per character of text. Over this two-symbol alphabet no node has more
    than 256 children and the root about 90, and since high and low symbols never mix,
    a match can only start on a character boundary: match ``[s, e)`` here is ``[s//2,
    e//2)`` in the text. Returns None when the text has characters beyond the BMP
    (they take two UTF-16 units); the matchers then scan the plain text.

    >>> [hex(ord(c)) for c in pair_encode("越a")]  # 越 is U+8D8A
    ['0x18d', '0x28a', '0x100', '0x261']
    """
    raw = text.encode("utf-16-be", "surrogatepass")
    if len(raw) != 2 * len(text):
        return None
    units = np.frombuffer(raw, dtype=np.uint8).astype("<u2")
    units[0::2] += 0x100  # high bytes → U+01xx
    units[1::2] += 0x200  # low bytes → U+02xx
    return units.tobytes().decode("utf-16-le")


class Normalizer:
    """Normalises text for matching. One instance per :class:`~pipeline.lexicon.Lexicon`.

    Args:
        t2s: an object with ``convert(str) -> str`` (OpenCC ``t2s``), or None to skip.

    Example:
        >>> n = Normalizer(None).normalize("ＡＳＥＡＮ與雲南")
        >>> n.text
        'asean與雲南'
    """

    def __init__(self, t2s: object | None) -> None:
        self._t2s = t2s
        self._trad: frozenset[str] = frozenset()
        if t2s is not None:
            chars = "".join(chr(c) for c in range(0x4E00, 0xA000))
            conv = t2s.convert(chars)  # type: ignore[attr-defined]
            if len(conv) == len(chars):
                self._trad = frozenset(a for a, b in zip(chars, conv) if a != b)
        # per-character NFKC + lower case as a translate table (one C call per text);
        # characters that change length go to the slow path with an offset map
        self._table: dict[int, str] = {}
        multi = []
        for cp in (*range(0x80), *range(0x80, 0xD800), *range(0xE000, 0x10000),
                   *range(0x1D400, 0x1D800), *range(0x2F800, 0x2FA20)):
            ch = chr(cp)
            n = unicodedata.normalize("NFKC", ch).lower()
            if n == ch:
                continue
            if len(n) == 1:
                self._table[cp] = n
            else:
                multi.append(ch)
        multi.extend(INVISIBLE)  # dropped: the slow path keeps the offset map
        self._multi_rx = re.compile("[" + re.escape("".join(multi)) + "]")
        # str.translate looks every non-ASCII character up in the table one at a time; in
        # Chinese text few characters change, so find the runs that do and translate those
        # (BMP characters only: a class that also holds astral ones is matched range by range)
        self._changing_rx = re.compile(
            "[" + "".join(re.escape(chr(c)) for c in sorted(self._table) if c < 0x10000) + "]+")
        self._trad_rx = re.compile("[" + "".join(sorted(self._trad)) + "]") if self._trad else None
        # full-width punctuation changes all through Chinese text (，→ ,): str.replace takes
        # those in one C pass each instead of one regex callback per occurrence (safe because
        # what they become never changes again)
        self._frequent = [(ch, self._table[ord(ch)]) for ch in "，：；（）！？％"
                          if ord(ch) in self._table and ord(self._table[ord(ch)]) not in self._table]

    def normalize(self, text: str) -> Normalized:
        """NFKC + lower case + Traditional→Simplified, without :data:`INVISIBLE`
        characters, keeping an offset map if needed.

        Normalisation is per character (so offsets map one to one whenever no
        character changes length); lexicon terms go through the same function.
        """
        text = replace_surrogates(text)  # OpenCC cannot take lone surrogates; U+FFFD keeps offsets
        if not self._multi_rx.search(text):
            return self._t2s_step(*collapse_space(self._translate(text), None))
        # slow path: per character, keeping offsets
        out: list[str] = []
        offs: list[int] = []
        for i, ch in enumerate(text):
            if ch.isascii():
                n = ch.lower()
            else:
                n = "" if ch in INVISIBLE else unicodedata.normalize("NFKC", ch).lower()
            if not n:
                continue
            out.append(n)
            offs.extend([i] * len(n))
        offs.append(len(text))
        s = "".join(out)
        offsets = tuple(offs) if len(s) != len(text) or offs[:-1] != list(range(len(text))) else None
        return self._t2s_step(*collapse_space(s, offsets, len(text)))

    def _translate(self, text: str) -> str:
        """``text.translate(self._table)``, fast on mostly unchanged non-ASCII text."""
        if text.isascii() or _ASTRAL.search(text):
            return text.translate(self._table)  # CPython's ASCII fast path; or astral characters
        for ch, to in self._frequent:
            text = text.replace(ch, to)
        table = self._table
        return self._changing_rx.sub(lambda m: m.group().translate(table), text)

    def _t2s_step(self, s: str, offsets: tuple[int, ...] | None) -> Normalized:
        if self._trad_rx is None or not self._trad_rx.search(s):
            return Normalized(s, offsets)
        conv = self._t2s.convert(s)  # type: ignore[attr-defined]
        if len(conv) != len(s):  # phrase conversion changed the length: go char by char
            conv = "".join(c if len(c2 := self._t2s.convert(c)) != 1 else c2 for c in s)  # type: ignore[attr-defined]
        return Normalized(conv, offsets)

    def term(self, surface: str) -> str:
        """Normalise a lexicon term exactly like document text."""
        return self.normalize(surface).text


def detect_lang(text: str) -> str:
    """``zh`` when CJK characters outweigh Latin letters (one character ≈ five letters).

    >>> detect_lang("云南省与越南"), detect_lang("Yunnan and Vietnam")
    ('zh', 'en')
    """
    ascii_ = text.encode("ascii", "ignore")
    wide = len(text) - len(ascii_)  # non-ASCII characters: mostly CJK here
    latin = len(ascii_.translate(None, _NOT_LETTERS))
    if not wide or wide * 5 < latin:
        return "en"
    if not latin:
        return "zh"
    cjk = wide - sum(map(len, _WIDE_NOT_CJK.findall(text)))
    return "zh" if cjk and cjk * 5 >= latin else "en"


# a run of end marks, or a full stop + spaces before a capital. The stop is part of the match
# rather than a lookbehind, so the regex engine skips ahead to candidate characters; the
# spaces may not start with a newline, which the first branch takes.
# A single line break right after a Latin letter, digit, comma or hyphen is where wrapped English
# text (72 columns, PDFs) continues its sentence, not an end.
_SENTENCE_END = re.compile(r"[。！？!?；;][。！？!?；;\n]*|\n+(?<![A-Za-z0-9,\-]\n)[。！？!?；;\n]*"
                           r"|\.(?=[^\S\n])\s+(?=[A-Z\"“(])")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` on the original text (Chinese and English).

    >>> t = "云南省会见越方。双方签署协议！Then it met. More"
    >>> [t[a:b] for a, b in sentences(t)]
    ['云南省会见越方。', '双方签署协议！', 'Then it met. ', 'More']
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if end > pos:
            spans.append((pos, end))
        pos = end
    if pos < n:
        spans.append((pos, n))
    return [(a, b) for a, b in spans if text[a:b].strip()]


_YEAR = re.compile(r"(?:19|20)\d{2}")
_ZH_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO_DATE = re.compile(r"\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b")
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_EN_DATE = re.compile(
    r"\b(?:(\d{1,2})\s+)?(" + "|".join(_MONTHS) + r")\.?\s+(?:(\d{1,2}),?\s+)?((?:19|20)\d{2})\b", re.I
)


def find_date(text: str) -> date | None:
    """The first full date written in the text (Chinese, ISO or English), if any.

    >>> find_date("2024年3月5日，云南省…"), find_date("KUNMING, March 5, 2024 (Xinhua)")
    (datetime.date(2024, 3, 5), datetime.date(2024, 3, 5))
    """
    if _YEAR.search(text) is None:  # every form below has one
        return None
    best: tuple[int, date] | None = None
    for rx in (_ZH_DATE, _ISO_DATE):
        m = rx.search(text)
        if m:
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), d)
    for m in _EN_DATE.finditer(text):
        day = m.group(1) or m.group(3)
        if not day:
            continue
        try:
            d = date(int(m.group(4)), _MONTHS[m.group(2).lower()], int(day))
        except ValueError:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), d)
        break
    return best[1] if best else None


def parse_date(value: object) -> date | None:
    """A date from a metadata value (``date``, ``'2024-03-05'``, ``'2024年3月5日'``), else None."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return find_date(s)

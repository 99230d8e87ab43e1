"""Text normalisation, language detection, sentence splitting and dates.

Matching runs on a normalised copy of the text (NFKC, lower case, Traditional → Simplified, invisible
format characters such as the soft hyphen dropped); :class:`Normalized` keeps the map back to the
original offsets so that a mention's ``text`` always equals ``original[start:end]``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Sequence, overload

# format characters that never show but split words: soft hyphen ("Hei\u00adlongjiang"), zero-width
# space, non-joiner, joiner, word joiner, BOM (pipeline.readable drops them before any rule reads)
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
    offsets: Sequence[int] | None = None
    # whether Traditional→Simplified ran on the whole text (phrases may read across a slice's edges);
    # without it and without an offset map a slice of ``text`` is the normal form of the same slice
    converted: bool = field(default=False, compare=False, repr=False)

    def slices_align(self) -> bool:
        """Whether normalising any slice of the original gives the same slice of ``text``."""
        return self.offsets is None and not self.converted

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[start, end)``: the end maps
        through the span's last character (a dropped or expanded character stays whole)."""
        offsets = self.offsets
        if offsets is None:
            return start, end
        if type(offsets) is OffsetMap:
            return offsets.span(start, end)
        return offsets[start], offsets[end - 1] + 1


# whitespace runs that normalise away (issue 19 item 11): a line break after a hyphen inside
# a word ("people-to-\npeople") goes, any other run of two or more becomes one space; a single
# line break, tab or other space becomes a space through the translate table (invisible
# characters inside a run go with it, as they would have gone anyway)
# (invisible characters around the hyphen and the break count as absent, as they are dropped:
# a letter, up to four of them and "-" before; any of them mixed into the whitespace after)
_AFTER_LETTER = "|".join(f"(?<=[^\\W\\d_][{INVISIBLE}]{{{k}}}-)" for k in range(5))
_COLLAPSE = re.compile(r"(?P<hyphen>(?:" + _AFTER_LETTER + r")(?:[^\S\n]|[" + INVISIBLE + r"])*\n(?:\s|["
                       + INVISIBLE + r"])*(?=[^\W\d_]))|(?P<run>(?:\s[" + INVISIBLE + "]*){2,})")
# (the same, behind a lookahead of whitespace or an invisible character, where both branches
# start: re then skips to those instead of trying the lookbehinds at every character, ~3x
# faster; issue 17)
_COLLAPSE_AT = re.compile(r"(?=[\s" + INVISIBLE + r"])(?:" + _COLLAPSE.pattern + ")")
# whether _COLLAPSE matches somewhere, without trying the hyphen branch's five lookbehinds at
# every space of an English text: its run branch matches where two whitespace characters stand
# with only invisible ones between, and its hyphen branch needs a line break (issue 17)
_TWO_SPACES = re.compile(r"\s[" + INVISIBLE + r"]*\s")


# a pinyin gloss after a Han character, which some mirror sites print after every polyphonic
# character (總領(lǐng)館, 網(wǎng)): it normalises away, so that 总领馆 matches (a gloss carries a tone
# mark: "(pm)" or "(ai)" after a character is left alone)
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"  # pinyin vowels with a tone mark
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]{0,5}[" + TONED + r"])[a-z" + TONED + r"üê]{1,6}\)")


def unglossed(text: str) -> tuple[str, list[int]] | None:
    """``text`` without its pinyin glosses (書(shū)記 → 書記) and, for each character kept, its
    offset in ``text`` (then ``len(text)``); None where ``text`` has no gloss."""
    if "(" not in text or _GLOSS.search(text) is None:
        return None
    parts, where, last = [], [], 0
    for m in _GLOSS.finditer(text):
        parts.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        last = m.end()
    parts.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(parts), where


# variants OpenCC's t2s keeps, one character to one (陜西 on mirror pages, 敍利亞 = Syria, 甯夏)
_VARIANTS = {"陜": "陕", "敍": "叙", "衞": "卫", "塲": "场", "竝": "并", "甯": "宁"}


def collapses(text: str) -> bool:
    """``_COLLAPSE.search(text) is not None`` or a pinyin gloss stands in ``text``: some
    whitespace or gloss of ``text`` normalises away."""
    return (_TWO_SPACES.search(text) is not None or ("\n" in text and _COLLAPSE_AT.search(text) is not None)
            or ("(" in text and _GLOSS.search(text) is not None))


class OffsetMap(Sequence[int]):
    """``offsets[k]``, the original index of normalised character ``k`` (and of the end,
    ``k == len(normalised)``), stored as the changes only: each character that normalised
    to other than one character, as (output position, length, original index). Between
    changes the map steps by one, so a lookup is a binary search; memory grows with the
    number of changes, not with the text.

    >>> m = OffsetMap([(1, 0, 1), (2, 3, 3)], 7)   # "a\u00adb…c" → "ab...c"
    >>> list(m)
    [0, 2, 3, 3, 3, 4, 5]
    """

    __slots__ = ("_at", "_width", "_orig", "_size")

    def __init__(self, changes: list[tuple[int, int, int]], size: int) -> None:
        self._at = [c[0] for c in changes]
        self._width = [c[1] for c in changes]
        self._orig = [c[2] for c in changes]
        self._size = size

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, k: int) -> int: ...

    @overload
    def __getitem__(self, k: slice) -> list[int]: ...

    def __getitem__(self, k: int | slice) -> int | list[int]:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(self._size))]
        if k < 0:
            k += self._size
        if not 0 <= k < self._size:
            raise IndexError(k)
        j = bisect_right(self._at, k) - 1
        if j < 0:
            return k
        at, width, orig = self._at[j], self._width[j], self._orig[j]
        return orig if k < at + width else orig + 1 + (k - at - width)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``(self[start], self[end - 1] + 1)``, in one call (what :meth:`Normalized.orig_span`
        asks for every mention of a text with an offset map).

        >>> OffsetMap([(1, 0, 1), (2, 3, 3)], 7).span(1, 4)
        (2, 4)
        """
        size = self._size
        if not (0 <= start < size and 0 < end <= size):
            return self[start], self[end - 1] + 1  # (negative or out of range: as indexing does)
        ats = self._at
        j = bisect_right(ats, start) - 1
        if j < 0:
            a = start
        else:
            at, width, orig = ats[j], self._width[j], self._orig[j]
            a = orig if start < at + width else orig + 1 + (start - at - width)
        k = end - 1
        if k != start:
            j = bisect_right(ats, k, j if j > 0 and k > start else 0) - 1
        if j < 0:
            return a, end
        at, width, orig = ats[j], self._width[j], self._orig[j]
        return a, (orig if k < at + width else orig + 1 + (k - at - width)) + 1

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetMap):
            return (self._at, self._width, self._orig, self._size) == (other._at, other._width, other._orig,
                                                                         other._size)
        return isinstance(other, (list, tuple)) and list(self) == list(other)

    def __hash__(self) -> int:  # (Normalized, a frozen dataclass, stays hashable)
        return hash((tuple(self._at), tuple(self._width), tuple(self._orig), self._size))

    def __repr__(self) -> str:
        return f"OffsetMap({len(self._at)} changes, {self._size} positions)"


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
        # variant forms that OpenCC leaves alone and mirror sites print (陜西 for 陕西, 敍利亞)
        for ch, to in _VARIANTS.items():
            self._table[ord(ch)] = to
        for cp in range(0x10000):  # a line break, a tab, any space other than " " reads as " "
            if chr(cp).isspace() and cp != 0x20 and len(self._table.get(cp, " ")) == 1:
                self._table[cp] = " "
        multi.extend(INVISIBLE)  # dropped: the slow path keeps the offset map
        self._multi_rx = re.compile("[" + re.escape("".join(multi)) + "]")
        special = re.escape("".join(multi)) + "\U00010000-\U0010ffff"
        self._special_rx = re.compile(f"(?=[\\s{special}(])(?:{_COLLAPSE.pattern}|(?P<gloss>{_GLOSS.pattern})"
                                      f"|[{special}])")  # (see _COLLAPSE_AT)
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
        if not self._multi_rx.search(text) and not collapses(text):
            return self._t2s_step(self._translate(text), None)
        # slow path, linear in the text: the characters that change length (and astral ones,
        # normalised one by one as ever) are taken singly, whitespace runs collapse to one
        # space (so multi-word terms match across the line breaks of wrapped text and PDFs),
        # the runs between them translate in one call each, and the offset map keeps only the
        # changes (a list and then a tuple of one Python int per character made a 28 MB text
        # hold GBs). A change (at, 0, j - 1) after a collapsed run maps what follows to j.
        pieces: list[str] = []
        changes: list[tuple[int, int, int]] = []  # (output position, length, original index)
        pos = out = 0
        for m in self._special_rx.finditer(text):
            i, j = m.span()
            if i > pos:
                pieces.append(self._translate(text[pos:i]))
                out += i - pos
            pos = j
            if m.lastgroup in ("hyphen", "run", "gloss"):
                if m.lastgroup == "run":
                    pieces.append(" ")
                    out += 1
                changes.append((out, 0, j - 1))
                continue
            ch = text[i]
            n = ch.lower() if ch.isascii() else ("" if ch in INVISIBLE else unicodedata.normalize("NFKC", ch).lower())
            pieces.append(n)
            if len(n) != 1:
                changes.append((out, len(n), i))
            out += len(n)
        pieces.append(self._translate(text[pos:]))
        s = "".join(pieces)
        offsets = OffsetMap(changes, len(s) + 1) if changes else None
        return self._t2s_step(s, offsets)

    def _translate(self, text: str) -> str:
        """``text.translate(self._table)``, fast on mostly unchanged non-ASCII text."""
        if text.isascii() or _ASTRAL.search(text):
            return text.translate(self._table)  # CPython's ASCII fast path; or astral characters
        for ch, to in self._frequent:
            text = text.replace(ch, to)
        table = self._table
        return self._changing_rx.sub(lambda m: m.group().translate(table), text)

    def _t2s_step(self, s: str, offsets: Sequence[int] | None) -> Normalized:
        conv = self.simplified_form(s)
        return Normalized(s, offsets) if conv is None else Normalized(conv, offsets, converted=True)

    def simplified_form(self, text: str) -> str | None:
        """``text`` with its Traditional characters Simplified one for one (offsets stand), or None: none."""
        if self._trad_rx is None or not self._trad_rx.search(text):
            return None
        conv = self._t2s.convert(text := replace_surrogates(text))  # type: ignore[attr-defined]
        if len(conv) != len(text):  # phrase conversion changed the length: char by char
            conv = "".join(c if len(c2 := self._t2s.convert(c)) != 1 else c2 for c in text)  # type: ignore[attr-defined]
        return conv if conv != text else None

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
# a lone line break inside wrapped English (after a letter, comma or hyphen, or after a digit
# before a letter: "in 2024\nthe province") does not end a sentence; after a date line
# (发布日期：2024-03-02\n3月1日…) or Chinese text it does
# Every branch starts at one of the characters of the leading lookahead, and the
# abbreviation lookbehinds come after the stop they guard: so the regex engine can skip to
# candidate characters (a lookbehind opening a branch made it try every position: sentence
# splitting was ~13x slower, issue 17).
_SENTENCE_END = re.compile(r"(?=[。！？!?；;\n.])(?:[。！？!?；;][。！？!?；;\n]*|\n+(?<![A-Za-z0-9,\-]\n)[。！？!?；;\n]*"
                           r"|(?<=[0-9])\n(?![A-Za-z])[。！？!?；;\n]*"
                           r"|\.(?<!\bMr\.)(?<!\bMs\.)(?<!Mrs\.)(?<!Mme\.)(?<!\bDr\.)(?<!H\.E\.)(?<!Prof\.)(?<!\bSt\.)"
                           r"(?<!U\.S\.)(?<!\bGov\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bAmb\.)(?<!\bNo\.)(?=[^\S\n])\s+(?=[A-Z\"“(]))")
# (no end after a title's or name's abbreviation: "Mr. Wang", "H.E. Mme. Yang", "U.S. Ambassador")


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
_DMY_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b")  # 27.06.2014 (day first)
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
    for rx in (_ZH_DATE, _ISO_DATE, _DMY_DATE):
        m = rx.search(text)
        if m:
            y, mo, d_ = (3, 2, 1) if rx is _DMY_DATE else (1, 2, 3)
            try:
                d = date(int(m.group(y)), int(m.group(mo)), int(m.group(d_)))
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


def document_date(text: str, known: date | None = None) -> date | None:
    """The document's date: ``known`` (metadata) if given, else the date the text gives itself
    at its head (:func:`pipeline.pagedates.head_date`: 发布日期：2024-05-05, "27 Jun 2024",
    27.06.2014, a label's date first, never a page foot's), or a dateline's month and day
    (新华社…5月13日电, "XI'AN, Jan. 16 (Xinhua) --") with the year of that date line.

    >>> document_date("发布时间：2024-05-14 新华社昆明5月13日电 云南省…")
    datetime.date(2024, 5, 13)
    >>> document_date("新华社昆明5月13日电", date(2023, 5, 14))
    datetime.date(2023, 5, 14)
    """
    from .pagedates import head_date

    return known if known is not None else head_date(text)


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

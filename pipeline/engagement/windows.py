"""One pass of a pattern over a whole text answering its searches in any window (issue 15).

The engagement policy reads the text around an engagement's cues (the lists of fields, the
clauses of plan: :func:`.categories.mute_topics`, :func:`.categories.mute_planned`): once for
the document's decision and once for every engagement, each time over a window of the same
text. :class:`WindowMatches` runs the pattern once over the whole text and gives, for a
window, exactly the matches ``rx.finditer(text, start, end)`` gives:

* ``re`` reads before ``start`` for a lookbehind or ``\\b`` as it does in the whole text, so
  a window's scan and the whole text's scan agree from the first position where neither is
  inside a match: the whole text's matches inside the window are the window's matches;
* except where a match of the whole text runs across ``start`` (the window's scan starts
  inside it) or across ``end`` (the window's text ends inside it, where a shorter match may
  fit), or where the pattern ends with ``\\b`` and a match could end at ``end`` (``\\b`` holds
  at the end of a window, not inside a word): there the window is scanned as before.

Exact for patterns whose only assertions past their first character are a final ``\\b``
(``word_end``: the characters such a match can end with); :func:`~pipeline.rx.skipping`'s
lookahead reads one character at the start, inside the window.

Example:
    >>> import re
    >>> w = WindowMatches(re.compile("领域|方面"), "经贸领域和人文方面")
    >>> [m.group() for m in w.within(0, 9)], [m.group() for m in w.within(3, 9)]
    (['领域', '方面'], ['方面'])
"""

from __future__ import annotations

import bisect
import re


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # re's \w on str


class WindowMatches:
    """The matches of ``rx`` over all of ``text``, answering :meth:`within` per window.

    Args:
        rx: the compiled pattern (no lookahead past its first character; ``\\b`` at its end
            only where ``word_end`` lists the characters such a match ends with).
        text: the whole text.
        word_end: characters a match ending in ``\\b`` ends with ("" when none does).
    """

    __slots__ = ("rx", "text", "found", "starts", "ends", "word_end")

    def __init__(self, rx: re.Pattern[str], text: str, word_end: str = "") -> None:
        self.rx, self.text, self.word_end = rx, text, word_end
        self.found = list(rx.finditer(text))
        self.starts = [m.start() for m in self.found]
        self.ends = [m.end() for m in self.found]

    def within(self, start: int, end: int) -> list[re.Match[str]]:
        """Exactly ``list(rx.finditer(text, start, end))`` (for ``0 <= start``, ``end <= len(text)``)."""
        starts, ends = self.starts, self.ends
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, i) if end > start else i
        text = self.text
        if ((i and ends[i - 1] > start) or (j > i and ends[j - 1] > end)
                or (self.word_end and 0 < end < len(text) and text[end - 1] in self.word_end and _word(text[end]))):
            return list(self.rx.finditer(text, start, end))  # the window's own scan differs there: read it
        return self.found[i:j]

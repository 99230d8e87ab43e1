"""A lexicon file as text: an entry rendered by ruamel.yaml and spliced in byte for byte.

Every other byte of the file (comments, order, hand-wrapped flow lists, quoting) stays as
it was; :mod:`pipeline.curation.edit` decides what to write and where.
"""

from __future__ import annotations

import io
from typing import Any

from ..errors import E, TifaError

def render_entry(data: dict[str, Any]) -> str:
    """The entry as YAML text in the lexicon's style (flow lists, quoted patterns),
    emitted by ruamel.yaml as a one-item top-level list."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import SingleQuotedScalarString

    m = CommentedMap()
    for key, val in data.items():
        if key == "patterns":
            seq = []
            for p in val:
                pm = CommentedMap()
                pm["lang"] = p["lang"]
                pm["regex"] = SingleQuotedScalarString(p["regex"])
                seq.append(pm)
            m[key] = seq
        elif isinstance(val, list):
            s = CommentedSeq(val)
            s.fa.set_flow_style()
            m[key] = s
        else:
            m[key] = val
    y = YAML(typ="rt")
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    buf = io.StringIO()
    y.dump([m], buf)
    # the top-level list is emitted at offset 2; the lexicon files put "- " in column 0
    return "".join(line.removeprefix("  ") for line in buf.getvalue().splitlines(keepends=True))


def entry_lines(text: str) -> list[int]:
    """0-based line of each top-level entry's ``-`` (ruamel round-trip positions)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        data = YAML(typ="rt", pure=True).load(text)
    except YAMLError as exc:
        raise TifaError(E.LEXICON_NOT_EDITABLE, detail=str(exc).strip().splitlines()[0]) from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise TifaError(E.LEXICON_NOT_EDITABLE, detail="the file is not a YAML list of entries")
    return [data.lc.item(i)[0] for i in range(len(data))]


def splice(text: str, block: str, *, after_code: str | None = None,
           codes: list[list[str]] | None = None) -> tuple[str, int]:
    """Insert ``block`` into a lexicon file's text; return the new text and the 1-based
    line where the entry starts.

    The entry goes after the last entry whose codes include ``after_code`` (so a new
    Vietnamese city joins the Vietnam section), else at the end of the file. Comment
    lines and blank lines in front of the next entry stay with that entry. A blank line
    separates the new entry from its neighbour where the file separates entries so.
    """
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    starts = entry_lines(text)

    def blank_before(s: int) -> bool:  # a blank line before the entry (or before its comment block)
        while s > 0 and lines[s - 1].startswith("#"):
            s -= 1
        return s > 0 and not lines[s - 1].strip()

    spaced = len(starts) > 1 and 2 * sum(blank_before(s) for s in starts[1:]) >= len(starts) - 1
    anchor = None
    if after_code and codes:
        hits = ([i for i, c in enumerate(codes) if c == [after_code]]
                or [i for i, c in enumerate(codes) if after_code in c])
        if hits and hits[-1] + 1 < len(starts):
            anchor = hits[-1]
    if anchor is None:
        while lines and not lines[-1].strip():
            lines.pop()
        pre = "\n" if spaced and starts else ""
        at = len(lines) + (1 if pre else 0)
        return "".join(lines) + pre + block, at + 1
    # end of the anchor entry: back up over blank and column-0 comment lines before the next one
    cut = starts[anchor + 1]
    while cut > starts[anchor] + 1 and (not lines[cut - 1].strip() or lines[cut - 1].startswith("#")):
        cut -= 1
    pre = "\n" if spaced else ""
    new = lines[:cut] + ([pre] if pre else []) + [block] + lines[cut:]
    return "".join(new), cut + (1 if pre else 0) + 1


def codes_of(text: str) -> list[list[str]]:
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(text) or []
    out = []
    for item in data:
        c = item.get("code") if isinstance(item, dict) else None
        out.append([c] if isinstance(c, str) else list(c or []))
    return out



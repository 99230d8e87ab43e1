"""What a lexicon holds and how it behaves: ``tifa lexicon list|stats|diff``.

* :func:`list_entries` — one row per entry: id, family, file:line, forms per language.
* :func:`stats` — entries, surface forms and slot patterns per family and language;
  with a corpus, in how many documents each entry fires and which never fire.
* :func:`diff` — entries added, removed and changed (field by field) between two
  lexicon versions, matched by id.

Example:
    >>> from pipeline.lexicon import load
    >>> s = stats(load())
    >>> s["families"]["designated_role"]["entries"] > 10
    True
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..entries import ForeignBodyEntry
from ..errors import E, TifaError
from ..lexicon import Lexicon, load
from ..schemas import FORMULATION_TYPES, Document, _Entry, code_kind


SHOWN_ERRORS = 20  # unreadable inputs listed by name (all are counted)


def unreadable_inputs(errors: list[TifaError]) -> list[dict[str, Any]]:
    """The first :data:`SHOWN_ERRORS` inputs that could not be read: code, path, detail, fix."""
    return [e.to_dict() for e in errors[:SHOWN_ERRORS]]


def family(e: _Entry) -> str:
    """The entry's family: a formulation type, ``province``/``country``/``region``/
    ``place_pattern`` for places, ``blocker``, ``cue``, ``slot`` or ``foreign_body``."""
    if isinstance(e, ForeignBodyEntry):
        return "foreign_body"
    if hasattr(e, "type"):
        return e.type  # type: ignore[attr-defined]
    if hasattr(e, "blocks"):
        return "blocker"
    if hasattr(e, "category"):
        return "cue"
    if hasattr(e, "slot"):
        return "slot"
    kinds = {code_kind(c) for c in getattr(e, "codes", [])}
    return kinds.pop() if len(kinds) == 1 else ("compound" if kinds else "place_pattern")  # type: ignore[return-value]


def _forms(e: _Entry) -> dict[str, int]:
    pats = getattr(e, "patterns", [])
    return {"zh": len(e.zh) + len(e.zh_hant), "en": len(e.en),
            "patterns_zh": sum(p.lang == "zh" for p in pats), "patterns_en": sum(p.lang == "en" for p in pats)}


def list_entries(lex: Lexicon, *, family_filter: str | None = None) -> list[dict[str, Any]]:
    """One row per entry (optionally of one family), in file order; the foreign bodies
    (``foreign_bodies.yaml``, read by the engagement policy) last."""
    rows = []
    for e in (*lex.all_entries(), *lex.foreign_body_entries):
        fam = family(e)
        if family_filter and fam != family_filter:
            continue
        rows.append({"id": e.id, "family": fam, "file": e.file, "line": e.line, **_forms(e),
                     "example": (e.zh + e.en + [p.regex for p in getattr(e, "patterns", [])] or [""])[0]})
    return rows


def read_corpus(paths: Iterable[str]) -> tuple[list[Document], list[TifaError]]:
    """Every readable document of folders, files and JSONL (as ``tifa tag`` reads them)."""
    from ..io import FileTask, iter_inputs, read_file

    docs: list[Document] = []
    errors: list[TifaError] = []
    for item in iter_inputs(list(paths)):
        if isinstance(item, TifaError):
            errors.append(item)
            continue
        if isinstance(item, FileTask):
            try:
                item = read_file(Path(item.path), doc_id=item.id, source=item.source)
            except TifaError as exc:
                errors.append(exc)
                continue
        docs.append(item)
    if not docs:
        first = errors[0].message if errors else "no documents"
        raise TifaError(E.CORPUS_EMPTY, path=", ".join(paths), detail=first)
    return docs, errors


def firing(lex: Lexicon, docs: Iterable[Document]) -> Iterator[tuple[Document, list]]:
    """Each document (language and date filled in) with every matcher hit on it: places
    and blockers, formulations, cues and cue guards, dated entries applied by the
    document's date. Hits the role rules later demote still count as firing."""
    from ..documents import prepare

    lex.compile()
    for d in docs:
        doc = prepare(d)
        text = lex.normalize(doc.text).text
        yield doc, [h for m in (lex.places, lex.formulations, lex.cues) for h in m.find(text, doc.date)]


def stats(lex: Lexicon, corpus: list[str] | None = None) -> dict[str, Any]:
    """Counts per family and language; with ``corpus``, documents per entry and the
    entries (other than slot fillers) that never fire."""
    fams: dict[str, Counter] = defaultdict(Counter)
    for e in lex.all_entries():
        c = fams[family(e)]
        c["entries"] += 1
        c.update(_forms(e))
    out: dict[str, Any] = {"lexicon": str(lex.path), "hash": lex.hash,
                           "families": {k: dict(v) for k, v in sorted(fams.items())},
                           "total": dict(sum(fams.values(), Counter()))}
    if corpus is None:
        return out
    docs, errors = read_corpus(corpus)
    df: Counter = Counter()
    by_lang: Counter = Counter()
    for doc, hits in firing(lex, docs):
        by_lang[doc.lang] += 1
        df.update({h.entry.id for h in hits})
    entries = [e for e in lex.all_entries() if family(e) != "slot"]
    order = {f: i for i, f in enumerate((*FORMULATION_TYPES, "cue", "blocker", "region"))}
    never = sorted(({"id": e.id, "family": family(e), "file": e.file, "line": e.line} for e in entries if not df[e.id]),
                   key=lambda r: order.get(r["family"], len(order)))  # formulations first: they matter most
    out["corpus"] = {"paths": list(corpus), "documents": len(docs), "by_lang": dict(by_lang), "unreadable": len(errors),
                     "unreadable_inputs": unreadable_inputs(errors),
                     "fired": {e.id: df[e.id] for e in entries if df[e.id]}, "never_fired": never,
                     "never_fired_by_family": dict(Counter(r["family"] for r in never))}
    return out


def render_stats(s: dict[str, Any], *, show: int = 40) -> str:
    """Plain-text stats for a terminal."""
    cols = ("entries", "zh", "en", "patterns_zh", "patterns_en")
    lines = [f"lexicon {s['lexicon']} (hash {s['hash']})", "",
             f"{'family':<24}" + "".join(f"{c:>13}" for c in cols)]
    for fam, c in s["families"].items():
        lines.append(f"{fam:<24}" + "".join(f"{c.get(k, 0):>13}" for k in cols))
    lines.append(f"{'total':<24}" + "".join(f"{s['total'].get(k, 0):>13}" for k in cols))
    c = s.get("corpus")
    if c:
        lines += ["", f"corpus: {c['documents']} documents {c['by_lang']}"
                  + (f", {c['unreadable']} unreadable" if c["unreadable"] else "")]
        lines += [f"  {e['code']} {e['path']}: {e.get('detail') or ''}".rstrip(": ")
                  for e in c.get("unreadable_inputs", [])[:5]]
        lines += ["", "entries firing in most documents:"]
        for eid, n in sorted(c["fired"].items(), key=lambda kv: (-kv[1], kv[0]))[:show]:
            lines.append(f"  {n:>5}  {eid}")
        lines += ["", f"never fired: {len(c['never_fired'])} entries {c['never_fired_by_family']}"]
        for r in c["never_fired"][:show]:
            lines.append(f"  {r['file']}:{r['line']}  {r['id']}  ({r['family']})")
        if len(c["never_fired"]) > show:
            lines.append(f"  … {len(c['never_fired']) - show} more (--show N, or --json for all)")
    return "\n".join(lines)


def _content(e: _Entry) -> dict[str, Any]:
    return e.model_dump(mode="json", exclude={"file", "line"})


def diff(old: str | Path, new: str | Path) -> dict[str, Any]:
    """Entries added, removed and changed between two lexicon directories (by id).

    Invalid lexicons are compared as far as they load (their errors are not repeated
    here: run ``tifa lexicon validate``).
    """
    a, b = load(old, strict=False), load(new, strict=False)
    ida, idb = a.by_id, b.by_id
    changed = []
    for i in sorted(set(ida) & set(idb)):
        ca, cb = _content(ida[i]), _content(idb[i])
        if ca != cb:
            fields = {k: [ca.get(k), cb.get(k)] for k in sorted(set(ca) | set(cb)) if ca.get(k) != cb.get(k)}
            changed.append({"id": i, "file": idb[i].file, "line": idb[i].line, "fields": fields})

    def row(e: _Entry) -> dict[str, Any]:
        return {"id": e.id, "family": family(e), "file": e.file, "line": e.line, "zh": e.zh, "en": e.en}

    return {"old": {"path": str(old), "hash": a.hash}, "new": {"path": str(new), "hash": b.hash},
            "added": [row(idb[i]) for i in sorted(set(idb) - set(ida))],
            "removed": [row(ida[i]) for i in sorted(set(ida) - set(idb))],
            "changed": changed}


def render_diff(d: dict[str, Any]) -> str:
    """Plain-text diff listing."""
    lines = [f"old {d['old']['path']} ({d['old']['hash']})  →  new {d['new']['path']} ({d['new']['hash']})",
             f"{len(d['added'])} added, {len(d['removed'])} removed, {len(d['changed'])} changed"]
    for r in d["added"]:
        lines.append(f"+ {r['id']}  ({r['family']}, {r['file']}:{r['line']})  {', '.join(r['zh'] + r['en'])}")
    for r in d["removed"]:
        lines.append(f"- {r['id']}  ({r['family']}, was {r['file']}:{r['line']})")
    for r in d["changed"]:
        lines.append(f"~ {r['id']}  ({r['file']}:{r['line']})")
        for k, (x, y) in r["fields"].items():
            lines.append(f"    {k}: {x!r} → {y!r}")
    return "\n".join(lines)

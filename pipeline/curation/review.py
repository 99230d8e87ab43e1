"""Review files of mined candidates: written for the analyst, read back, accepted into the lexicon.

:func:`write_review` writes a YAML or CSV review file; the analyst fills in ``decision``
(accept / reject) and may change ``type``; :func:`read_review` reads it back for
``tifa lexicon accept`` (:func:`accept`), which adds the accepted rows through
:func:`pipeline.curation.edit.add_entries`. :func:`seeded_recall` measures the miner.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from ..errors import E, Problem, TifaError
from ..schemas import FORMULATION_TYPES

# ---------------------------------------------------------------- review files

REVIEW_FIELDS = ("term", "lang", "decision", "type", "score", "count", "docs", "provinces", "evidence", "kwic")
_ACCEPT = {"accept", "accepted", "yes", "y", "a", "x", "ok", "+"}
_REJECT = {"", "reject", "rejected", "no", "n", "r", "-", "skip"}

_REVIEW_HEADER = """\
# tifa lexicon suggest: candidate formulations, best first.
# For each row set `decision: accept` or `decision: reject` (empty = reject) and check
# `type` (one of: {types}); then run `tifa lexicon accept THIS_FILE`.
# corpus: {documents} documents, {sentences} sentences ({known} with a known formulation); lexicon {hash}
"""


def write_review(result: dict[str, Any], path: str | Path) -> None:
    """Write the candidates as a review file: ``.csv`` → CSV, anything else → YAML."""
    from ruamel.yaml import YAML

    from ..io import AtomicWriter

    path = Path(path)
    rows = result["candidates"]
    with AtomicWriter(path) as fh:
        if path.suffix.lower() == ".csv":
            w = csv.DictWriter(fh, fieldnames=REVIEW_FIELDS)
            w.writeheader()
            for r in rows:
                w.writerow({k: " | ".join(v) if isinstance(v, list) else v for k, v in r.items()})
            return
        fh.write(_REVIEW_HEADER.format(types=", ".join(FORMULATION_TYPES), documents=result["documents"],
                                       sentences=result["sentences"], known=result["sentences_with_known"],
                                       hash=result["lexicon_hash"]))
        y = YAML(typ="rt")
        y.width = 4096
        y.indent(mapping=2, sequence=4, offset=2)
        buf = io.StringIO()
        y.dump(rows, buf)
        fh.write(buf.getvalue() if rows else "[]\n")


def read_review(path: str | Path) -> list[dict[str, Any]]:
    """Accepted rows of a review file as ``{"term", "lang", "type", "line"}``.

    Raises:
        TifaError: ``E034`` unreadable file or unknown decision, ``E036`` an accepted
            row without a formulation type.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise TifaError(E.REVIEW_UNREADABLE, path=str(path), detail=str(exc)) from None
    rows: list[tuple[int, dict[str, Any]]] = []
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or not {"term", "decision", "type"} <= set(reader.fieldnames):
            raise TifaError(E.REVIEW_UNREADABLE, path=str(path), detail="CSV needs the columns term, lang, decision, type")
        rows = [(i + 2, dict(r)) for i, r in enumerate(reader)]
    else:
        try:
            data = YAML(typ="rt", pure=True).load(text)
        except YAMLError as exc:
            raise TifaError(E.REVIEW_UNREADABLE, path=str(path), detail=str(exc).strip().splitlines()[0]) from None
        if data is None:
            data = []
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise TifaError(E.REVIEW_UNREADABLE, path=str(path), detail="the file must be a list of rows (mappings)")
        rows = [(data.lc.item(i)[0] + 1, dict(r)) for i, r in enumerate(data)]
    out = []
    for line, r in rows:
        decision = str(r.get("decision") or "").strip().lower()
        where = f"{path}:{line}"
        if decision in _REJECT:
            continue
        if decision not in _ACCEPT:
            raise TifaError(E.REVIEW_UNREADABLE, path=where, detail=f"decision {decision!r}: write accept or reject")
        kind = str(r.get("type") or "").strip()
        if kind not in FORMULATION_TYPES:
            raise TifaError(E.REVIEW_NO_TYPE, path=where, detail=f"{r.get('term')!r}: type {kind!r}")
        term = str(r.get("term") or "").strip()
        if not term:
            raise TifaError(E.REVIEW_UNREADABLE, path=where, detail="accepted row without a term")
        lang = str(r.get("lang") or ("en" if term.isascii() else "zh")).strip()
        out.append({"term": term, "lang": lang, "type": kind, "line": line})
    return out


def accept(review: str | Path, lexicon: str | Path | None = None, *, dry_run: bool = False) -> dict[str, Any]:
    """Add the accepted rows of a review file through the ``add`` path (validated
    together, written atomically). Rows whose form is already in the lexicon are
    skipped with W006."""
    from ..lexicon import load_checked
    from .edit import AddRequest, add_entries, edit_root, find_existing, make_id

    root = edit_root(lexicon, dry_run=dry_run)  # E037: the shipped lexicon is not edited unless named
    rows = read_review(review)
    lex, problems = load_checked(root)  # read once: add_entries gets it too
    reqs, skipped = [], []
    for r in rows:
        req = AddRequest(type=r["type"], zh=[r["term"]] if r["lang"] == "zh" else [],
                         en=[r["term"]] if r["lang"] != "zh" else [],
                         note=f"accepted from {Path(review).name} (tifa lexicon suggest)")
        dups = find_existing(lex, req, make_id(req, set(lex.by_id)))
        if dups:
            skipped.append(Problem(E.REVIEW_ROW_SKIPPED, str(review), r["line"], f"{r['term']!r}: {dups[0].message}"))
            continue
        reqs.append(req)
    results = add_entries(reqs, root, dry_run=dry_run, loaded=(lex, problems)) if reqs else []
    return {"added": [{"id": x.id, "file": x.file, "line": x.line, "warnings": x.warnings} for x in results],
            "skipped": skipped, "written": bool(results) and not dry_run, "lexicon": str(root)}


def render_suggestions(result: dict[str, Any]) -> str:
    """Plain-text ranking for a terminal."""
    head = (f"{result['documents']} documents, {result['sentences']} sentences "
            f"({result['sentences_with_known']} with a known formulation)"
            + (f"; {result['unreadable']} inputs could not be read" if result.get("unreadable") else ""))
    lines = [head]
    lines += [f"  {e['code']} {e['path']}: {e.get('detail') or ''}".rstrip(": ")
              for e in result.get("unreadable_inputs", [])[:5]]
    lines.append("")
    for i, r in enumerate(result["candidates"], 1):
        provs = ",".join(r["provinces"][:4]) or "-"
        lines.append(f"{i:>3}. {r['term']}  [{r['type'] or '?'}]  score {r['score']}  "
                     f"{r['count']} sentences / {r['docs']} docs  provinces {provs}")
        for e in r["evidence"]:
            lines.append(f"       {e}")
        for k in r["kwic"]:
            lines.append(f"       {k}")
    return "\n".join(lines)


def seeded_recall(rows: list[dict[str, Any]], seeded: list[dict[str, Any]]) -> tuple[float, list[str]]:
    """Share of seeded terms found among ``rows`` (and the ones missed).

    A row finds a seeded term when the two are equal, or one contains the other and the
    shorter is at least 60 % of the longer (a suggestion one token off still points the
    analyst at the right phrase), in the same language.
    """
    found, missed = 0, []
    for s in seeded:
        t = s["term"].lower()
        ok = any(r["lang"] == s["lang"] and _close(r["term"].lower(), t) for r in rows)
        found += ok
        if not ok:
            missed.append(s["term"])
    return found / max(1, len(seeded)), missed


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return short in long and len(short) >= 0.6 * len(long)

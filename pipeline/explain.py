"""Why a document got its labels: mentions with their entries, blocked forms, roles,
cue votes and how the engagement label was chosen.

Example:
    >>> from pipeline.tagger import load
    >>> e = explain(load(model=False), "内蒙古代表团访问蒙古国")
    >>> [(m["text"], m["code"], m["entry"]) for m in e["mentions"]][:2]
    [('内蒙古', 'CN-NM', 'province.CN-NM'), ('蒙古国', 'MNG', 'country.MNG.name')]
"""

from __future__ import annotations

from typing import Any

from .readable import View
from .schemas import Document
from .tagger import Tagger, rule_vote


def explain(tagger: Tagger, text: str | Document, *, lang: str | None = None) -> dict[str, Any]:
    """Everything behind one record, as plain data (``tifa explain --json`` prints it).

    ``text`` may be a :class:`Document` read from a file, so that its date, title and
    source province weigh as they do in ``tifa tag``.
    """
    document = text if isinstance(text, Document) else Document(id="explain", text=text, lang=lang)
    text = document.text
    analysis = tagger.annotate(document)
    places, cues, view = analysis.places, analysis.cues, analysis.view
    record = next(tagger.records([analysis]))
    rule_scores = rule_vote(analysis, record)
    probs = None
    if tagger.model is not None:  # the probabilities the record was decided with
        probs = analysis.fact("model_probs", lambda: tagger.model.predict_proba([text])[0])  # type: ignore[union-attr]
    return {
        "record": record.model_dump(exclude={"mentions"}),
        "mentions": [m.model_dump() for m in record.mentions],
        "blocked": [{**m.model_dump(), **_on_original(m.start, m.end, text, view), **_blocker(tagger, m.entry)}
                    for m in places if m.label == "blocked"],
        "cues": [{**_on_original(c.start, c.end, text, view, end_too=False), "category": c.code, "weight": c.weight,
                  "entry": c.entry, "sentence": si} for c, si in zip(cues, analysis.sentence_of(cues))],
        "rule_scores": {k: round(v, 3) for k, v in sorted(rule_scores.items(), key=lambda kv: -kv[1]) if v > 0},
        "model": None if probs is None else {
            "name": tagger.model.name, "weight": tagger.model.weight,
            "probabilities": {k: round(v, 3) for k, v in sorted(probs.items(), key=lambda kv: -kv[1])[:5]}},
    }


def _on_original(start: int, end: int, text: str, view: View | None, *, end_too: bool = True) -> dict[str, Any]:
    """A mention's offsets and text on the text as handed in (the analysis reads its reading view)."""
    a, b = view.span(start, end) if view is not None else (start, end)
    return {"text": text[a:b], "start": a, **({"end": b} if end_too else {})}


def _blocker(tagger: Tagger, entry_id: str) -> dict[str, Any]:
    """What a blocker guards against (its ``blocks`` codes) and its note, for the explanation."""
    entry = tagger.lexicon.by_id.get(entry_id)
    return {"blocks": list(getattr(entry, "blocks", []) or []), "note": getattr(entry, "note", None)}


def render(e: dict[str, Any], text: str) -> str:
    """Plain-text explanation for a terminal."""
    r = e["record"]
    out = [f"provinces {r['provinces']}  partners {r['partners']}  regions {r['regions']}",
           f"formulations {r['formulations']}  engagement {r['engagement']}", "", "mentions:"]
    for m in e["mentions"]:
        if m["label"] == "blocked":
            continue
        role = f" ({m['role']})" if m.get("role") else ""
        tgt = f" → targets {m['targets']}" if m.get("targets") else ""
        src = m.get("rule") or m["entry"]
        out.append(f"  [{m['start']}:{m['end']}] {m['text']!r:<16} {m['label']:<11} {m['code']:<22}{role}{tgt}  ← {src}")
    if e["blocked"]:
        out += ["", "blocked (trap forms that produce no label):"]
        for m in e["blocked"]:
            guards = f" guards against {', '.join(m['blocks'])}" if m.get("blocks") else ""
            note = f"  ({m['note']})" if m.get("note") else ""
            out.append(f"  [{m['start']}:{m['end']}] {m['text']!r}  ← {m['entry']}{guards}{note}")
    out += ["", "engagement cues (sentence 0 is the headline/lead and weighs most):"]
    out += [f"  s{c['sentence']} {c['text']!r:<14} {c['category']:<22} w={c['weight']}  ← {c['entry']}" for c in e["cues"]]
    out += ["", f"rule scores: {e['rule_scores'] or '{} (no act reported, or no cue: no engagement)'}"]
    d = r["engagement_detail"]
    if e["model"]:
        m = e["model"]
        out.append(f"model {m['name']} (weight {m['weight']}): {m['probabilities']}")
    out.append(f"decision: {d['label']} (source {d['source']}, score {d['score']}; runner-up {d['runner_up']} "
               f"{d['runner_up_score']}; rules said {d.get('rules_label')}, model said {d.get('model_label')}; "
               f"act {d.get('act')}, precedence {d.get('precedence')})")
    out += render_engagements(r.get("engagements") or [], text)
    return "\n".join(out)


def render_engagements(engagements: list[dict[str, Any]], text: str) -> list[str]:
    """Each engagement, its evidence and what decided each attribute."""
    if not engagements:
        return ["", "engagements: none"]
    out = ["", f"engagements ({len(engagements)}; the first is the primary one):"]
    for i, e in enumerate(engagements):
        a, b = e["evidence"] if e.get("evidence") else (0, 0)
        out.append(f"  #{i} {e['category']}  provinces {e['provinces']}  partners {e['partners']}  "
                   f"regions {e['regions']}")
        out.append(f"     evidence [{a}:{b}] {text[a:b].strip()[:160]!r}")
        for attr in ("category", "provinces", "partners", "regions", "direction", "venue", "official",
                     "counterpart", "level", "date"):
            p = e.get("provenance", {}).get(attr)
            val = e.get(attr)
            why = "" if p is None else (f"← {p['source']}:{p['rule']}" + (f" {p['text']!r}" if p.get("text") else "")
                                        + (f" [{p['start']}:{p['end']}]" if p.get("start") is not None else "")
                                        + f" score {p['score']}")
            out.append(f"     {attr:<12}{str(val):<26}{why}")
    return out

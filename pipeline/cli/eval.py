"""``tifa eval --gold FILE``: score the tagger (or a records file) against hand-coded gold."""

from __future__ import annotations

import json
from typing import Any, Optional

import typer

from ..errors import E, TifaError
from ..evaluate import SET_FIELDS, read_gold, report
from . import app


SYSTEMS = ("rules", "model", "combined")


def system_tagger(system: str, *, lexicon: str | None = None, model: str | bool | None = None):
    """A tagger for one system: rules only, the model alone (weight 1), or the shipped combination."""
    import copy

    from ..tagger import load

    if system == "rules" or model is False:
        return load(lexicon, model=False)
    tagger = load(lexicon, model=model)
    if tagger.model is None:
        raise TifaError(E.MODEL_NOT_FOUND, path=str(model or "models/default"), detail=f"--compare {system} needs a model")
    if system == "model":
        tagger.model = copy.copy(tagger.model)
        tagger.model.weight = 1.0
    return tagger


def run_eval(gold_path: str, *, records: str | None = None, lexicon: str | None = None, worst: int = 10,
             ci: bool = False, model: str | bool | None = None, system: str | None = None) -> dict[str, Any]:
    """Tag the gold texts (or read ``records``) and return the full evaluation report.

    ``system`` (rules, model, combined) picks how engagement is decided; by default the
    tagger as shipped (combined when a default model exists, else rules).
    """
    gold = read_gold(gold_path)
    if records:
        from ..report.read import load_records

        recs = load_records(records).records  # .jsonl, .parquet or .csv; E060 when unreadable
    else:
        if system is None:
            from ..tagger import load

            tagger = load(lexicon, model=model)
        else:
            tagger = system_tagger(system, lexicon=lexicon, model=model)
        recs = list(tagger.pipe(gold_documents(gold)))
    return report(gold, recs, worst=worst, ci=ci)


def gold_documents(gold: list[dict[str, Any]]):
    """The gold texts as documents, with the gold file's document inputs: ``date`` and
    ``source_province`` (TAXONOMY §4: inputs, not labels), and the page's ``url`` (a day in
    the address dates a document that has no ``date``, as in ``tifa tag``'s JSONL input)."""
    from ..schemas import Document
    from ..text import parse_date

    for g in gold:
        meta = {"url": g["url"]} if isinstance(g.get("url"), str) else {}
        yield Document(id=g["id"], text=g["text"], lang=g.get("lang"), date=parse_date(g.get("date")),
                       source_province=g.get("source_province"), meta=meta)


def _num(value: float | None, support: int, width: int) -> str:
    """A figure, or ``n/a`` where nothing was scored (a field the gold file does not code)."""
    return f"{'n/a':>{width}}" if not support or value is None else f"{value:>{width}.3f}"


def render_compare(reps: dict[str, dict[str, Any]]) -> str:
    """Systems side by side: F1 per field, engagement accuracy / macro-F1, per language."""
    names = list(reps)
    lines = [f"{'':<26}" + "".join(f"{n:>12}" for n in names)]

    def row(label: str, get, support) -> None:
        lines.append(f"{label:<26}" + "".join(_num(get(reps[n]['summary']), support(reps[n]['summary']), 12)
                                              for n in names))

    for f in SET_FIELDS:
        row(f"{f} F1", lambda s, f=f: s[f]["f1"], lambda s, f=f: s[f]["support"])
    row("engagement accuracy", lambda s: s["engagement"]["accuracy"], lambda s: s["engagement"]["support"])
    row("engagement macro-F1", lambda s: s["engagement"]["macro_f1"], lambda s: s["engagement"]["support"])
    for lang in reps[names[0]]["summary"]["by_lang"]:
        row(f"  {lang} engagement acc", lambda s, lang=lang: s["by_lang"][lang]["engagement"]["accuracy"],
            lambda s, lang=lang: s["by_lang"][lang]["engagement"]["support"])
    return "\n".join(lines)


def render(rep: dict[str, Any]) -> str:
    """The plain-text report printed on a terminal."""
    s = rep["summary"]
    ci = rep.get("ci", {})
    lines = [f"documents: {s['n_docs']}" + (f"  (missing records: {len(rep['missing'])})" if rep["missing"] else ""), ""]
    lines.append(f"{'field':<14}{'P':>8}{'R':>8}{'F1':>8}{'docs':>7}  95% CI (F1)")
    for f in SET_FIELDS:
        r = s[f]
        c = ci.get(f"{f}.f1")
        n = r["support"]
        lines.append(f"{f:<14}{_num(r['precision'], n, 8)}{_num(r['recall'], n, 8)}{_num(r['f1'], n, 8)}{n:>7}"
                     + (f"  [{c[0]:.3f}, {c[1]:.3f}]" if c and n else "" if n else "  (not coded in this gold file)"))
    e = s["engagement"]
    c1, c2 = ci.get("engagement.accuracy"), ci.get("engagement.macro_f1")
    if e["support"]:
        lines.append(f"engagement    accuracy {e['accuracy']:.3f}" + (f" [{c1[0]:.3f}, {c1[1]:.3f}]" if c1 else "")
                     + f"   macro-F1 {e['macro_f1']:.3f}" + (f" [{c2[0]:.3f}, {c2[1]:.3f}]" if c2 else "")
                     + f"   ({e['support']} docs)")
    else:
        lines.append("engagement    accuracy n/a   macro-F1 n/a   (not coded in this gold file)")
    lines += ["", "by language:"]
    for lang, r in s["by_lang"].items():
        eg = r["engagement"]
        lines.append(f"  {lang} ({r['n_docs']} docs): "
                     + "  ".join(f"{f} {_num(r[f]['f1'], r[f]['support'], 0)}" for f in SET_FIELDS)
                     + f"  engagement acc {_num(eg['accuracy'], eg['support'], 0)}"
                     + f" / macro-F1 {_num(eg['macro_f1'], eg['support'], 0)}")
    if "engagements" in s:
        from ..evaluate_engagements import render as render_engagements

        lines += ["", render_engagements({**s["engagements"], "worst": rep.get("engagement_worst", [])})]
        for lang, r in s["by_lang"].items():
            if "engagements" in r:
                e = r["engagements"]
                lines.append(f"  {lang}: triples F1 {e['f1']:.3f}  " + "  ".join(
                    f"{a} {v['accuracy']:.3f}" for a, v in e["attributes"].items() if v["accuracy"] is not None))
    sp = rep["spans"]
    if sp["docs"]:
        lines += ["", f"formulation spans ({sp['gold_spans']} gold, {sp['pred_spans']} predicted in {sp['docs']} docs): "
                  f"exact F1 {sp['exact']['f1']:.3f}, overlap F1 {sp['overlap']['f1']:.3f}"]
    for f in (*SET_FIELDS, "engagement"):
        rows = rep["per_label"][f]
        lines += ["", f"per label: {f}"]
        for lab, r in rows.items():
            lines.append(f"  {lab:<24}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}{r['support']:>6}")
    conf = rep["confusion"]
    labels = sorted(set(conf) | {p for row in conf.values() for p in row})
    abbr = {lab: lab[:6] for lab in labels}
    lines += ["", "engagement confusion (rows gold, columns predicted):",
              " " * 24 + "".join(f"{abbr[lab]:>7}" for lab in labels)]
    for g in labels:
        lines.append(f"  {g:<22}" + "".join(f"{conf.get(g, {}).get(p, 0) or '.':>7}" for p in labels))
    if rep.get("engagement_sources"):
        lines += ["", "engagement sources (coverage = share of documents given a category):"]
        for r in rep["engagement_sources"]:
            lines.append(f"  {r['source']:<22} cov {r['coverage']:.3f}  prec {r['precision'] or 0:.3f}  "
                         f"conflicts with the other source: {r['conflicts']}")
    weak = [r for r in rep["sources"] if r["precision"] is not None and r["precision"] < 1.0][:15]
    if weak:
        lines += ["", "least precise sources (lexicon entry or rule: coverage, precision, overruled):"]
        for r in weak:
            lines.append(f"  {r['source']:<48} cov {r['coverage']:.3f}  prec {r['precision']:.3f}  "
                         f"({r['labels']} labels, {r['overruled']} overruled)")
    if rep["worst"]:
        lines += ["", f"worst {len(rep['worst'])} documents:"]
        for w in rep["worst"]:
            lines.append(f"  {w['id']} ({w['n_errors']} errors)")
            for e in w["errors"]:
                lines.append(f"    {e['field']} {e['error']} {e['code']}  {e['context']}")
    return "\n".join(lines)


@app.command("eval")
def eval_cli(
    gold: str = typer.Option(..., "--gold", help="Gold JSONL (docs/taxonomy.md §4); without --records its texts are "
                                                  "tagged (with its date and source_province) and scored."),
    records: Optional[str] = typer.Option(None, "--records", help="Score this records JSONL instead of tagging "
                                                                  "(ids: exact, else file name without extension)."),
    lexicon: Optional[str] = typer.Option(None, "--lexicon", envvar="TIFA_LEXICON", help="Lexicon directory."),
    as_json: bool = typer.Option(False, "--json", help="Print exactly the docs/taxonomy.md §5 JSON object."),
    worst: int = typer.Option(10, "--worst", help="How many worst documents to list."),
    ci: bool = typer.Option(False, "--ci", help="Bootstrap 95% confidence intervals."),
    model: Optional[str] = typer.Option(None, "--model", envvar="TIFA_MODEL", help="Engagement model directory."),
    no_model: bool = typer.Option(False, "--no-model", help="Rules only."),
    compare: Optional[str] = typer.Option(None, "--compare", help="Systems side by side, e.g. rules,model,combined."),
) -> None:
    """Score against hand-coded gold: per field, per label, per language, per source."""
    mdl: str | bool | None = False if no_model else model
    try:
        if compare:
            systems = [x.strip() for x in compare.split(",") if x.strip()]
            unknown = [x for x in systems if x not in SYSTEMS]
            if unknown:
                typer.echo(f"error: unknown system(s) {unknown}; choose from {', '.join(SYSTEMS)}", err=True)
                raise typer.Exit(2)
            reps = {x: run_eval(gold, lexicon=lexicon, worst=0, model=mdl, system=x) for x in systems}
            typer.echo(json.dumps({x: r["summary"] for x, r in reps.items()}, ensure_ascii=False) if as_json
                       else render_compare(reps))
            return
        rep = run_eval(gold, records=records, lexicon=lexicon, worst=worst, ci=ci, model=mdl)
    except TifaError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    except (OSError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(rep["summary"], ensure_ascii=False) if as_json else render(rep))

"""``tifa lexicon …``: validate, add, list, stats, diff, suggest, accept.

Each command is a thin wrapper around a function that returns data
(:func:`pipeline.lexicon.validate`, :func:`pipeline.curation.edit.add_entry`,
:func:`pipeline.curation.stats.stats`, :func:`pipeline.curation.mine.suggest` …).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated, Any, NoReturn

import typer

from ..errors import E, TifaError
from ..lexicon import default_path, load, validate
from . import app

lexicon_app = typer.Typer(help="Inspect, check and grow the lexicon.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")

_LEXICON_HELP = "Lexicon directory (default: the shipped one, or $TIFA_LEXICON)."


def _lexicon_option() -> Any:
    """The ``--lexicon`` option every command takes (a fresh OptionInfo each time)."""
    return typer.Option(None, "--lexicon", envvar="TIFA_LEXICON", help=_LEXICON_HELP)


def _fail(exc: TifaError) -> NoReturn:
    """Print a coded error; exit 2 for bad input or requests, 1 for a refused change."""
    typer.echo(f"error: {exc.message}", err=True)
    raise typer.Exit(2 if exc.code in (E.LEXICON_NOT_FOUND, E.ADD_REQUEST, E.REVIEW_UNREADABLE, E.CORPUS_EMPTY, E.REVIEW_NO_TYPE, E.LEXICON_NOT_NAMED) else 1)


@lexicon_app.command("validate")
def validate_cli(
    directory: str | None = typer.Argument(None, help="Lexicon directory (default: --lexicon, the shipped one)."),
    lexicon: str | None = _lexicon_option(),
) -> None:
    """Report every problem at once; exit 1 on any error."""
    root = directory or lexicon or str(default_path())
    try:
        problems = validate(root)
    except TifaError as exc:  # E020: not a lexicon directory
        _fail(exc)
    for p in problems:
        typer.echo(str(p))
    errors = [p for p in problems if not p.is_warning]
    typer.echo(f"{root}: {len(errors)} error(s), {len(problems) - len(errors)} warning(s)", err=True)
    raise typer.Exit(1 if errors else 0)


def _date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise TifaError(E.ADD_REQUEST, detail=f"{name} {value!r} is not an ISO date (YYYY-MM-DD)") from None


def _split(values: list[str] | None) -> list[str]:
    """Repeated options, each possibly comma-separated (``--targets SOUTH_ASIA,ASEAN``)."""
    return [x.strip() for v in values or [] for x in v.split(",") if x.strip()]


@lexicon_app.command("add")
def add_cli(
    type_: str | None = typer.Option(None, "--type", help="Formulation type (designated_role …), blocker or cue."),
    zh: Annotated[list[str] | None, typer.Option("--zh", help="Chinese surface form (repeatable).")] = None,
    en: Annotated[list[str] | None, typer.Option("--en", help="English surface form (repeatable).")] = None,
    entry_id: str | None = typer.Option(None, "--id", help="Entry id (default: generated, stable)."),
    note: str | None = typer.Option(None, "--note", help="Why the entry exists, source."),
    country: str | None = typer.Option(None, "--country", help="Foreign place: ISO 3166-1 alpha-3 (VNM)."),
    province: str | None = typer.Option(None, "--province", help="Chinese place: ISO 3166-2:CN (CN-YN)."),
    region: str | None = typer.Option(None, "--region", help="Region or bloc form: docs/taxonomy.md §2 code (ASEAN)."),
    kind: str | None = typer.Option(None, "--kind", help="Place kind: name, compound, capital, city (default), "
                                                            "subnational, demonym, port; regions default to name."),
    targets: Annotated[list[str] | None,
                       typer.Option("--targets", help="designated_role: fixed target regions.")] = None,
    blocks: Annotated[list[str] | None,
                      typer.Option("--blocks", help="blocker: the code(s) it guards against.")] = None,
    category: str | None = typer.Option(None, "--category", help="cue: docs/taxonomy.md §3 category (or none)."),
    weight: float | None = typer.Option(None, "--weight", help="cue: weight (default 1.0)."),
    pattern_zh: Annotated[list[str] | None,
                          typer.Option("--pattern-zh",
                                       help="Chinese slot pattern: a regex with slots such as {REGION}, {PROVINCE}, "
                                            "{COUNTRY}, {PROV_ABBR}, {COUNTRY_ABBR} or one of slots.yaml.")] = None,
    pattern_en: Annotated[list[str] | None,
                          typer.Option("--pattern-en", help="English slot pattern (lower case).")] = None,
    valid_from: str | None = typer.Option(None, "--valid-from", help="First date the entry applies (YYYY-MM-DD)."),
    valid_to: str | None = typer.Option(None, "--valid-to", help="Last date the entry applies (YYYY-MM-DD)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Validate and show the entry; write nothing."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
    lexicon: str | None = _lexicon_option(),
) -> None:
    """Add one entry to the right YAML file (comments and layout kept), after validating
    the lexicon with it; refuses duplicates naming the existing entry's file:line."""
    from ..curation.edit import AddRequest, add_entry, render_entry

    try:
        req = AddRequest(type=type_, zh=list(zh or []), en=list(en or []), id=entry_id, note=note, country=country,
                         province=province, region=region, kind=kind, targets=_split(targets),
                         blocks=_split(blocks), category=category, weight=weight,
                         pattern_zh=list(pattern_zh or []), pattern_en=list(pattern_en or []),
                         valid_from=_date(valid_from, "--valid-from"), valid_to=_date(valid_to, "--valid-to"))
        res = add_entry(req, lexicon, dry_run=dry_run)
    except TifaError as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps({"id": res.id, "file": res.file, "line": res.line, "lexicon": res.lexicon,
                               "written": not dry_run, "warnings": res.warnings,
                               "entry": res.entry}, ensure_ascii=False, default=str))
        return
    for w in res.warnings:
        typer.echo(f"warning: {w}", err=True)
    verb = "would add" if dry_run else "added"
    typer.echo(f"{verb} {res.id} at {res.lexicon}/{res.location}")
    typer.echo(render_entry(res.entry).rstrip())


@lexicon_app.command("copy")
def copy_cli(
    dest: str = typer.Argument(..., help="New folder to hold the copy (must not exist)."),
    lexicon: str | None = _lexicon_option(),
) -> None:
    """Copy the shipped lexicon (or --lexicon) to DEST, from any directory; then edit the
    copy with `tifa lexicon add … --lexicon DEST` and tag with `--lexicon DEST`."""
    import shutil
    from pathlib import Path

    src = Path(lexicon or default_path()).resolve()
    target = Path(dest).resolve()
    try:
        if not src.is_dir():
            raise TifaError(E.LEXICON_NOT_FOUND, path=str(src))
        if target.exists():
            raise TifaError(E.OUTPUT_WRITE, path=str(target), detail="already exists; name a new folder")
        try:
            shutil.copytree(src, target)
        except OSError as exc:
            raise TifaError(E.OUTPUT_WRITE, path=str(target), detail=str(exc)) from None
    except TifaError as exc:
        _fail(exc)
    typer.echo(f"copied {src} -> {target}")


@lexicon_app.command("list")
def list_cli(
    family: str | None = typer.Option(None, "--type", help="Only this family (designated_role, country, blocker …)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON rows."),
    lexicon: str | None = _lexicon_option(),
) -> None:
    """One line per entry: id, family, file:line, forms per language."""
    from ..curation.stats import list_entries

    try:
        rows = list_entries(load(lexicon), family_filter=family)
    except TifaError as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False))
        return
    for r in rows:
        forms = f"zh {r['zh']} en {r['en']}" + (f" pat {r['patterns_zh']}+{r['patterns_en']}"
                                                 if r["patterns_zh"] or r["patterns_en"] else "")
        typer.echo(f"{r['id']:<48} {r['family']:<22} {r['file']}:{r['line']:<6} {forms:<22} {r['example'][:40]}")
    typer.echo(f"{len(rows)} entries", err=True)


@lexicon_app.command("stats")
def stats_cli(
    corpus: Annotated[list[str] | None,
                      typer.Option("--corpus", help="Folder, JSONL or files: count firing per entry.")] = None,
    show: int = typer.Option(40, "--show", help="How many firing / never-firing entries to print."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    lexicon: str | None = _lexicon_option(),
) -> None:
    """Entries, forms and patterns per family and language; with --corpus, documents per
    entry and the entries that never fire."""
    from ..curation.stats import render_stats, stats

    try:
        s = stats(load(lexicon), list(corpus) if corpus else None)
    except TifaError as exc:
        _fail(exc)
    typer.echo(json.dumps(s, ensure_ascii=False) if as_json else render_stats(s, show=show))


@lexicon_app.command("diff")
def diff_cli(
    old: str = typer.Argument(..., help="Old lexicon directory."),
    new: str | None = typer.Argument(None, help="New lexicon directory (default: --lexicon / shipped)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    lexicon: str | None = _lexicon_option(),
) -> None:
    """Entries added, removed and changed (field by field) between two lexicon versions."""
    from ..curation.stats import diff, render_diff

    try:
        d = diff(old, new or lexicon or str(default_path()))
    except TifaError as exc:
        _fail(exc)
    typer.echo(json.dumps(d, ensure_ascii=False) if as_json else render_diff(d))


@lexicon_app.command("suggest")
def suggest_cli(
    corpus: Annotated[list[str], typer.Argument(help="Folder, JSONL or files to mine.")],
    n: int = typer.Option(50, "-n", "--top", help="How many candidates."),
    out: str | None = typer.Option(None, "-o", "--out", help="Write a review file (.yaml or .csv)."),
    min_count: int = typer.Option(3, "--min-count", help="Minimum sentences a candidate occurs in."),
    min_docs: int = typer.Option(2, "--min-docs", help="Minimum documents a candidate occurs in."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    lexicon: str | None = _lexicon_option(),
) -> None:
    """Mine candidate formulations the lexicon lacks: slot-frame fillers, n-grams that
    co-occur with known formulations (G²), English noun phrases in the frames."""
    from ..curation.mine import suggest
    from ..curation.review import render_suggestions, write_review

    try:
        res = suggest(list(corpus), load(lexicon), n=n, min_count=min_count, min_docs=min_docs)
        if out:
            write_review(res, out)
    except TifaError as exc:
        _fail(exc)
    typer.echo(json.dumps(res, ensure_ascii=False) if as_json else render_suggestions(res))
    if out:
        typer.echo(f"review file: {out} (mark decision: accept, then `tifa lexicon accept {out}`)", err=True)


@lexicon_app.command("accept")
def accept_cli(
    review: str = typer.Argument(..., help="Review file written by `tifa lexicon suggest -o`."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Validate only; write nothing."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    lexicon: str | None = _lexicon_option(),
) -> None:
    """Merge the rows marked accept into the lexicon, through the same path as `add`."""
    from ..curation.review import accept

    try:
        res = accept(review, lexicon, dry_run=dry_run)
    except TifaError as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(res, ensure_ascii=False, default=str))
        return
    for s in res["skipped"]:
        typer.echo(f"warning: {s}", err=True)
    verb = "would add" if dry_run else "added"
    for a in res["added"]:
        for w in a["warnings"]:
            typer.echo(f"warning: {w}", err=True)
        typer.echo(f"{verb} {a['id']} at {res['lexicon']}/{a['file']}:{a['line']}")
    typer.echo(f"{len(res['added'])} {verb}, {len(res['skipped'])} skipped", err=True)

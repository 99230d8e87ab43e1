"""``tifa explain TEXT|FILE``: show why a document got its labels."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

import typer

from ..errors import E, TifaError
from . import app


@app.command("explain")
def explain_cli(
    source: str = typer.Argument(..., help="A text, or the path of a file to read (any format tifa tag reads)."),
    as_json: bool = typer.Option(False, "--json", help="Print the explanation as JSON."),
    lexicon: Optional[str] = typer.Option(None, "--lexicon", envvar="TIFA_LEXICON", help="Lexicon directory."),
    model: Optional[str] = typer.Option(None, "--model", envvar="TIFA_MODEL", help="Engagement model directory."),
    no_model: bool = typer.Option(False, "--no-model", help="Rules only."),
    force_text: bool = typer.Option(False, "--text", help="Read SOURCE as text even if it looks like a path."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Force the file's encoding (e.g. gb18030)."),
    source_province: Optional[str] = typer.Option(
        None, "--source-province",
        help="As for tifa tag: the province the document comes from (CN-YN, 云南, yunnan) or from-folder."),
    doc_id: Optional[str] = typer.Option(None, "--id", help="A JSONL file: the id of the line to explain."),
    doc_date: Optional[str] = typer.Option(
        None, "--date",
        help="The document's date (YYYY-MM-DD), as a page or JSONL line gives it: the year of 4月27日 and of "
             "a dated leader's post. Replaces the date read from a file."),
) -> None:
    """Mentions with the entry or pattern behind each, blocked forms, cues and the engagement decision.

    A file is read as ``tifa tag`` reads it (its date, title and --source-province count), so
    the explanation is of the record ``tag`` writes for it.
    """
    from ..explain import explain, render
    from ..io.inputs import apply_source_province, check_setting
    from ..io import JSONL_SUFFIXES, read_file
    from ..schemas import Document
    from ..tagger import load

    try:
        path = Path(source)
        if force_text:
            doc = Document(id="explain", text=source)
        elif _is_file(path) and path.suffix.lower() in JSONL_SUFFIXES:
            doc = _jsonl_document(path, source, doc_id)
        elif _is_file(path):
            doc = read_file(path, doc_id=path.name, source=source, encoding=encoding)
        elif looks_like_path(source):  # a mistyped file name must not be explained as a text
            raise TifaError(E.INPUT_NOT_FOUND, path=source, detail="no such file; pass --text to explain these words as a text")
        else:
            doc = Document(id="explain", text=source)
        if doc_date is not None:
            doc.date = _iso_date(doc_date)
        tagger = load(lexicon, model=False if no_model else model)
        setting = check_setting(source_province, tagger.lexicon)
        doc = apply_source_province(doc, setting, tagger.lexicon, path=source)
        e = explain(tagger, doc)
    except TifaError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(e, ensure_ascii=False, indent=2) if as_json else render(e, doc.text))


def _iso_date(value: str):
    """``--date`` as a date; anything but YYYY-MM-DD is ``E043``."""
    import datetime as dt

    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:  # 2025-13-01
            pass
    raise TifaError(E.EXPLAIN_DATE, detail=repr(value))


def _jsonl_document(path: Path, source: str, doc_id: str | None):
    """The JSONL line to explain: the one with ``doc_id``, or the only one (else ``E019``)."""
    from ..io import iter_jsonl

    ids: list[str] = []
    with open(path, "rb") as fh:
        for item in iter_jsonl(fh, source):
            if isinstance(item, TifaError):
                continue
            if doc_id is None or item.id == doc_id:
                if doc_id is not None:
                    return item
                found = item
            ids.append(item.id)
    if doc_id is None and len(ids) == 1:
        return found
    shown = ", ".join(repr(i) for i in ids[:10]) + (" …" if len(ids) > 10 else "")
    what = f"no line has id {doc_id!r}" if doc_id is not None else f"{len(ids)} documents"
    raise TifaError(E.EXPLAIN_NEEDS_ID, path=source, detail=f"{what}; ids: {shown or 'none readable'}")


def looks_like_path(source: str) -> bool:
    """Whether an argument that names no file was meant as one: a single line ending in a
    file extension tifa knows (``nosuch.txt``, ``a b.pdf``), or a slash-separated name with
    no spaces and no Chinese (``reports/x``).

    >>> [looks_like_path(s) for s in ("nosuch.txt", "reports/yunnan", "云南省会见越南代表团。", "Yunnan met Laos.")]
    [True, True, False, False]
    """
    from ..io import NO_READER, SUPPORTED

    s = source.strip()
    if not s or "\n" in s or len(s) > 4096:
        return False
    if Path(s).suffix.lower() in SUPPORTED | NO_READER:
        return True
    return ("/" in s or "\\" in s) and not re.search(r"\s|[\u3400-\u9fff]", s)


def _is_file(path: Path) -> bool:
    """Whether the argument names an existing file (a long text is not a path: OSError)."""
    try:
        return "\n" not in str(path) and path.is_file()
    except OSError:  # e.g. "File name too long"
        return False

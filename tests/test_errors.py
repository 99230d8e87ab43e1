import pickle

import pytest

from pipeline.errors import CATALOGUE, LexiconError, Problem, TifaError


def test_every_code_says_what_to_do():
    for code, spec in CATALOGUE.items():
        assert code[0] in "EW" and code[1:].isdigit()
        assert spec.title and spec.fix, code


def test_error_message_and_dict():
    e = TifaError("E003", path="a.txt", detail="bytes 0x81")
    assert e.message.startswith("a.txt: E003") and "Fix:" in e.message
    assert e.to_dict() == {"path": "a.txt", "code": "E003", "error": CATALOGUE["E003"].title,
                           "detail": "bytes 0x81", "fix": CATALOGUE["E003"].fix}


def test_errors_pickle_across_processes():
    # regression: an unpicklable error made the worker pool wait forever
    e = pickle.loads(pickle.dumps(TifaError("E007", path="x.jsonl:2", detail="bad")))
    assert (e.code, e.path, e.detail) == ("E007", "x.jsonl:2", "bad")


def test_unknown_code_is_a_programming_error():
    with pytest.raises(KeyError):
        TifaError("E999")


def test_lexicon_error_lists_every_problem():
    probs = [Problem("E023", "a.yaml", 3, "dup"), Problem("E025", "b.yaml", 9, "XYZ")]
    err = LexiconError(probs)
    assert "a.yaml:3: E023" in err.message and "b.yaml:9: E025" in err.message


def test_every_code_has_one_name_and_every_name_a_code():
    """Issue 13: codes are constants (``E.LEXICON_SCHEMA``), one per catalogue entry."""
    from pipeline.errors import E

    names = {k: v for k, v in vars(E).items() if k.isupper()}
    assert sorted(names.values()) == sorted(CATALOGUE), "class E and CATALOGUE disagree"
    assert len(set(names.values())) == len(names), "two names for one code"
    assert E.LEXICON_SCHEMA == "E022" and E.RECORDS_LINE_SKIPPED == "W010"


def test_no_bare_code_literal_outside_errors_py():
    """Every code in pipeline/ is written E.NAME (docs/architecture.md, "Codes and problems"):
    a name that does not exist fails at import, a mistyped "E040" would not."""
    import io
    import re
    import tokenize
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "pipeline"
    literal = re.compile(r"""^[uU]?(["'])[EW]\d{3}\1$""")
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "errors.py" and path.parent == root:
            continue
        src = path.read_text(encoding="utf-8")
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            if tok.type == tokenize.STRING and literal.match(tok.string):
                found.append(f"{path.relative_to(root.parent)}:{tok.start[0]} {tok.string}")
    assert not found, "write these as E.NAME (pipeline/errors.py):\n" + "\n".join(found)


def test_one_problem_type_prints_as_a_list_item_or_as_an_error_message():
    """Lexicon, gold and records problems are one type (errors.Problem); the two ways it
    prints are those each caller always printed."""
    from pipeline.errors import E, Problem
    from pipeline.lexicon.load import Problem as LexiconSide
    from pipeline.report.read import Problem as ReportSide

    assert LexiconSide is Problem is ReportSide
    at_line = Problem(E.LEXICON_DUPLICATE_ID, "a.yaml", 3, "dup")
    assert str(at_line) == f"a.yaml:3: E023 {CATALOGUE['E023'].title}: dup" and at_line.location == "a.yaml:3"
    in_file = Problem(E.RECORDS_OTHER_VERSION, "r.jsonl", detail="2 record(s)")
    assert str(in_file) == f"r.jsonl: W011 {CATALOGUE['W011'].title} (2 record(s)). Fix: {CATALOGUE['W011'].fix}"
    assert str(in_file) == in_file.message and in_file.is_warning and not at_line.is_warning
    assert Problem(E.ADD_ALREADY_MATCHED).message.startswith("W005 ")  # no place: no "where: "
    with pytest.raises(KeyError):
        Problem("W999")


def test_a_form_already_matched_is_a_w005_problem(tmp_path):
    """`tifa lexicon add` warns with a Problem (was a plain "W005 ..." string)."""
    import shutil
    from pathlib import Path

    from pipeline.curation.edit import AddRequest, add_entry
    from pipeline.errors import Problem

    lex = tmp_path / "lex"
    shutil.copytree(Path(__file__).resolve().parent.parent / "lexicon", lex)
    res = add_entry(AddRequest(type="designated_role", zh=["面向东盟开放的重要门户"]), lex, dry_run=True)
    assert res.warnings and all(isinstance(w, Problem) and w.code == "W005" for w in res.warnings)
    assert "designated_role.facing_region" in str(res.warnings[0])

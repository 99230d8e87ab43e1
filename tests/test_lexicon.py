import pickle
import re
import shutil
from pathlib import Path

import pytest

from pipeline.errors import LexiconError, TifaError
from pipeline.lexicon import default_path, load, validate
from pipeline.schemas import FORMULATION_TYPES, REGION_CODES, province_codes


def test_shipped_lexicon_has_no_errors():
    problems = validate()
    errors = [str(p) for p in problems if not p.is_warning]
    assert errors == []


def test_shipped_lexicon_covers_taxonomy(lexicon):
    types = {e.type for e in lexicon.formulation_entries}
    assert types == set(FORMULATION_TYPES)
    codes = {c for e in lexicon.places_entries for c in e.codes}
    assert set(REGION_CODES) <= codes
    assert province_codes() <= codes
    cats = {e.category for e in lexicon.cue_entries} - {"none"}
    assert len(cats) == 11


def test_size_of_curated_places(lexicon):
    by_kind = {}
    for e in lexicon.places_entries:
        by_kind[e.kind] = by_kind.get(e.kind, 0) + len(e.zh) + len(e.en)
    assert by_kind.get("subnational", 0) + by_kind.get("city", 0) >= 250
    assert by_kind.get("demonym", 0) >= 30


def write(root: Path, rel: str, body: str) -> None:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(body, encoding="utf-8")


def make_bad_lexicon(root: Path) -> None:
    write(root, "places/countries.yaml", """\
- id: country.VNM.x
  code: VNM
  zh: [越南]
- id: country.VNM.x
  code: VNM
  zh: [越方]
- id: country.LAO.bad
  code: XYZ
  zh: [老方]
- id: country.LAO.clash
  code: LAO
  zh: [越南]
- id: country.bad.field
  code: LAO
  colour: blue
""")
    write(root, "formulations/designated_role.yaml", """\
- id: dr.bad_regex
  patterns:
    - {lang: zh, regex: "面向(南亚"}
- id: dr.empty
  patterns:
    - {lang: zh, regex: "(?:辐射)?"}
- id: dr.unknown_slot
  patterns:
    - {lang: zh, regex: "面向{NOWHERE}"}
""")
    write(root, "blockers.yaml", """\
- id: blocker.nothing
  zh: [不存在的词]
""")
    write(root, "cues.yaml", """\
- id: cue.ok
  category: greeting
  zh: [贺信]
  en: [congratulatory letter
""")


def test_bad_lexicon_reports_every_problem_with_file_and_line(tmp_path):
    make_bad_lexicon(tmp_path)
    problems = validate(tmp_path)
    got = {(p.code, p.file, p.line) for p in problems}
    assert ("E023", "places/countries.yaml", 4) in got          # duplicate id
    assert ("E025", "places/countries.yaml", 7) in got          # unknown code
    assert ("E024", "places/countries.yaml", 10) in got         # same form, two countries
    assert ("E022", "places/countries.yaml", 13) in got         # unknown field
    assert ("E026", "formulations/designated_role.yaml", 1) in got   # does not compile
    assert ("E026", "formulations/designated_role.yaml", 4) in got   # matches ''
    assert ("E027", "formulations/designated_role.yaml", 7) in got   # unknown slot
    assert ("E028", "blockers.yaml", 1) in got                 # blocks nothing
    assert any(p.code == "E021" and p.file == "cues.yaml" for p in problems)  # YAML syntax
    with pytest.raises(LexiconError) as exc:
        load(tmp_path)
    assert "places/countries.yaml:4" in exc.value.message


def test_missing_lexicon_dir_is_coded(tmp_path):
    with pytest.raises(TifaError) as exc:
        load(tmp_path / "nope")
    assert exc.value.code == "E020"


def test_hash_ignores_comments_but_not_content(tmp_path):
    root = tmp_path / "lex"
    shutil.copytree(default_path(), root)
    h0 = load(root).hash
    f = root / "cues.yaml"
    f.write_text("# a comment\n" + f.read_text(encoding="utf-8"), encoding="utf-8")
    assert load(root).hash == h0
    with open(f, "a", encoding="utf-8") as fh:
        fh.write("- id: cue.extra.test\n  category: greeting\n  zh: [新春贺卡]\n")
    assert load(root).hash != h0


def test_lexicon_pickles_without_compiled_state(lexicon):
    lexicon.compile()
    clone = pickle.loads(pickle.dumps(lexicon))
    assert clone.hash == lexicon.hash
    assert [h.surface for h in clone.places.find("越南")] == ["越南"]


# --------------------------------------------------------------- the fast paths of Matcher.find
# The pair-encoded automaton and the anchored slot patterns are optimisations: each must give
# exactly what the plain automaton and a full ``finditer`` give.

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from pipeline.lexicon.matcher import _anchored  # noqa: E402


def _pieces(lexicon):
    """Text pieces that exercise the matchers: literals, triggers, slot fillers, joiners."""
    out = set()
    for m in (lexicon.places, lexicon.formulations, lexicon.cues):
        out.update(s for s, _, _ in list(m.literals())[::7])
        for comp in m._patterns:
            out.update(sorted(comp.triggers or ())[:6])
    for fillers in lexicon.slot_fillers.values():
        out.update(sorted(fillers)[:15])
    return sorted(out) + ["的", "与", "和", "向", "开放", "，", "。", " ", " the ", " to ", "-", "a", "省"]


@pytest.fixture(scope="module")
def pieces(lexicon):
    return _pieces(lexicon)


def _texts(pieces):
    return st.lists(st.sampled_from(pieces), min_size=1, max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_anchored_patterns_match_exactly_what_finditer_finds(lexicon, pieces, data):
    text = lexicon.normalize(data.draw(_texts(pieces))).text
    for m in (lexicon.places, lexicon.formulations):
        for comp in m._patterns:
            if comp.lead is None:
                continue
            occ = [i for t in comp.triggers for i in range(len(text)) if text.startswith(t, i)]
            want = [x.span() for x in comp.regex.finditer(text)]
            assert [x.span() for x in _anchored(comp.regex, text, occ, comp.lead)] == want, comp.rule
            assert [x.span() for x in _anchored(comp.regex, text, occ, comp.lead, comp.first)] == want, comp.rule


def test_first_characters_are_known_for_most_patterns(lexicon):
    pats = [c for c in lexicon.formulations._patterns if c.lead]
    assert sum(c.first is not None for c in pats) >= 0.8 * len(pats)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "云", "南", "(?:a|云)", "[ab]", "[a-c]", "b?", "(?:南)*", "(?<!x)",
                                 "(?:a|b?)", "\\b", "x+", "(?=a)"]), min_size=1, max_size=5).map("".join),
       st.text(alphabet="abcx云南", max_size=12))
def test_first_chars_holds_every_match_start(pattern, text):
    from pipeline.regexopt import first_chars

    rx = re.compile(pattern)
    first = first_chars(rx)
    if first is None:
        return
    for i in range(len(text)):
        m = rx.match(text, i)
        if m is not None:
            assert text[i:i + 1] in first or m.end() == i, (pattern, text, i)


def test_most_slot_patterns_are_anchored(lexicon):
    pats = lexicon.formulations._patterns
    assert sum(c.lead is not None for c in pats) >= 0.9 * len(pats)


# ------------------------------------------------------------ hostile lexicons (issue 19)

@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(?:\w+\s?)*x", r"(?:[一-龥]+的)+合作"])
def test_nested_quantifiers_are_refused_at_validate(tmp_path, pattern):
    write(tmp_path, "formulations/designated_role.yaml",
          f"- id: designated_role.x\n  patterns:\n    - {{lang: en, regex: '{pattern}'}}\n")
    problems = [p for p in validate(tmp_path) if p.code == "E039"]
    assert len(problems) == 1 and problems[0].line == 1
    with pytest.raises(LexiconError):
        load(tmp_path)


def test_billion_laughs_yaml_is_refused_at_once(tmp_path):
    lines = ['- &a0 {id: designated_role.x, zh: [哈]}']
    body = "a0: &a0 [哈哈哈哈哈哈哈哈哈]\n"
    for i in range(1, 30):
        body += f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n"
    write(tmp_path, "formulations/designated_role.yaml",
          "- id: designated_role.x\n  zh: [合作]\n  note: {" + body.replace("\n", ", ").rstrip(", ") + "}\n")
    problems = validate(tmp_path)
    assert [(p.code, p.line) for p in problems if p.code == "E038"] == [("E038", 3)]
    assert lines  # the anchor form of an entry is refused too
    write(tmp_path, "formulations/designated_role.yaml", lines[0] + "\n- *a0\n")
    assert [p.code for p in validate(tmp_path) if p.code.startswith("E03")] == ["E038"]


def test_entry_lines_are_counted_in_one_pass():
    from pipeline.lexicon.load import _item_lines

    text = "# c\n- id: a\n  zh: [x]\n\n- id: b\n-\n  id: c\n"
    assert _item_lines(text) == [2, 5, 6]

"""Public API: load(), Tagger.tag/pipe, records."""

import itertools

import pipeline
from pipeline.schemas import Document, Record


def test_public_api_roundtrip():
    t = pipeline.load()
    rec = t.tag("云南省委书记在昆明会见越南老街省委书记", id="x1")
    assert isinstance(rec, Record) and rec.id == "x1" and rec.lang == "zh"
    assert rec.provinces == ["CN-YN"] and rec.partners == ["VNM"]
    assert rec.meta.lexicon_hash == t.lexicon.hash and rec.meta.tifa_version == pipeline.__version__
    for m in rec.mentions:
        assert rec_text(rec, "云南省委书记在昆明会见越南老街省委书记", m)
    assert Record.model_validate_json(rec.model_dump_json()) == rec


def rec_text(rec, text, m):
    return text[m.start:m.end] == m.text


def test_pipe_is_lazy_and_ordered(tagger):
    seen = []

    def gen():
        for i in itertools.count():
            seen.append(i)
            yield {"id": f"d{i}", "text": "越南"}

    out = list(itertools.islice(tagger.pipe(gen()), 3))
    assert [r.id for r in out] == ["d0", "d1", "d2"]
    assert len(seen) <= 4


def test_pipe_accepts_strings_documents_and_dicts(tagger):
    recs = list(tagger.pipe(["老挝", Document("doc", "Laos"), {"id": "m", "text": "寮國", "date": "2024-05-01"}]))
    assert [r.partners for r in recs] == [["LAO"], ["LAO"], ["LAO"]]
    assert recs[2].date == "2024-05-01"


def test_tagging_is_deterministic(tagger):
    text = "广西壮族自治区主席会见越南驻南宁总领事，双方表示将发挥区位优势，深化中越合作。"
    assert tagger.tag(text).model_dump_json() == tagger.tag(text).model_dump_json()


def test_valid_from_to_uses_document_date(tmp_path):
    import shutil

    from pipeline.lexicon import default_path

    lex = tmp_path / "lex"
    shutil.copytree(default_path(), lex)
    with open(lex / "places" / "countries.yaml", "a", encoding="utf-8") as fh:
        fh.write("\n- id: country.SWZ.old_name_test\n  code: SWZ\n  kind: name\n  zh: [斯威士兰王国旧称]\n"
                 "  valid_to: 2018-04-19\n")
    t = pipeline.load(lex, model=False)  # rules: a model trained on the shipped lexicon would warn (W004)
    assert t.tag("斯威士兰王国旧称", date="2017-01-01").partners == ["SWZ"]
    assert t.tag("斯威士兰王国旧称", date="2020-01-01").partners == []


def test_a_spent_analysis_made_its_record_and_refuses_another(tagger):
    """records(spend=True) drops an analysis' mentions once its record is built (issue 17:
    a long document's analysis is not held while its row is rendered)."""
    import pytest

    text = "云南省长在昆明会见越南客人。双方签署合作协议。"
    want = next(tagger.records([tagger.annotate(text)])).model_dump_json()
    a = tagger.annotate(text)
    assert a.places and a.cues
    assert next(tagger.records([a], spend=True)).model_dump_json() == want
    assert a.places == [] and a.cues == [] and a.formulations == [] and a.sentences == [] and a.norm is None
    assert a.doc.text == text
    with pytest.raises(RuntimeError, match="spent"):
        next(tagger.records([a]))


class _NoModel:
    """A model stand-in that gives no probabilities: batches of three, rules decide."""

    name, weight = "none", 0.0

    def predict_proba(self, texts):
        return [None] * len(texts)


def test_a_failing_document_in_a_batch_leaves_the_others_rows(tagger, monkeypatch):
    """The batch worker spends each analysis once its record is made; when one document of
    a batch fails, only the documents left without a result are retried (a spent one would
    fail the retry), and a document whose row cannot be rendered is that document's E010."""
    import pipeline.engines.local as local
    import pipeline.tagger as tagger_mod
    from pipeline.tagger import Tagger

    t = Tagger(tagger.lexicon, model=_NoModel(), batch_size=3)
    real_resolve, real_render = tagger_mod.resolve, local.render_row

    def resolve(a, **kw):
        if a.doc.id == "bad":
            raise ValueError("boom")
        return real_resolve(a, **kw)

    def render_row(rec, fmt):
        if rec.id == "unrenderable":
            raise ValueError("no row")
        return real_render(rec, fmt)

    monkeypatch.setattr(tagger_mod, "resolve", resolve)
    monkeypatch.setattr(local, "render_row", render_row)
    docs = [Document(id=i, text=f"海南省会见新加坡代表团。{n}") for n, i in enumerate(("a", "bad", "unrenderable", "c"))]
    out = local.ChunkTagger(t)(docs)
    assert [k for k, _ in out] == ["ok", "error", "error", "ok"]
    assert "boom" in out[1][1]["detail"] and "no row" in out[2][1]["detail"]
    assert out[1][1]["code"] == out[2][1]["code"] == "E010"
    want = [real_render(next(t.records([t.annotate(d)])), "jsonl") for d in (docs[0], docs[3])]
    assert [out[0][1], out[3][1]] == want

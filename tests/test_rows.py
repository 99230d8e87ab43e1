"""Records read back from the CSV and Parquet ``tifa tag`` writes (issue 18 item 10)."""

from __future__ import annotations

from pipeline.io import RecordSink
from pipeline.report.read import load_records


def test_parquet_and_csv_rows_give_the_records_back(tmp_path, tagger):
    recs = [tagger.tag("云南省委书记会见越南老街省委书记，双方签署合作协议。", id="a"),
            tagger.tag("Guangxi officials met a Lao delegation in Nanning on May 5, 2024.", id="b")]
    for fmt in ("parquet", "csv"):
        out = tmp_path / f"r.{fmt}"
        with RecordSink(out, fmt) as sink:
            for r in recs:
                sink.write(r)
        back = load_records(out).records
        for r, b in zip(recs, back, strict=True):
            for f in ("id", "lang", "date", "provinces", "partners", "regions", "formulations", "engagement",
                      "role_targets"):
                assert getattr(b, f) == getattr(r, f), (fmt, f)
            assert b.meta.lexicon_hash == r.meta.lexicon_hash
            assert b.engagement_detail.score == r.engagement_detail.score, fmt
            assert b.mentions == (r.mentions if fmt == "parquet" else [])  # CSV carries no mentions


def test_the_one_row_schema_gives_the_columns_and_values_the_writers_always_wrote(tagger):
    """Issue 13: CSV, Parquet and flat rows are read off one table (pipeline/io/rows.py); the
    columns, their order and their values are those the four hand-written lists gave."""
    import json

    import pyarrow as pa

    from pipeline.io.rows import CSV_FIELDS, flat_row, parquet_row, parquet_schema

    assert CSV_FIELDS == ["id", "source", "lang", "title", "date", "provinces", "partners", "regions",
                          "formulations", "engagement", "engagement_score", "engagement_source",
                          "engagement_runner_up", "role_targets", "n_mentions", "tifa_version", "lexicon_hash", "engagements",
                          "warnings"]
    s, ls = pa.string(), pa.list_(pa.string())
    assert parquet_schema() == pa.schema([
        ("id", s), ("source", s), ("lang", s), ("title", s), ("date", s), ("provinces", ls), ("partners", ls),
        ("regions", ls), ("formulations", ls), ("engagement", s), ("engagement_score", pa.float64()),
        ("engagement_source", s), ("engagement_runner_up", s), ("role_targets", ls), ("mentions", s), ("meta", s),
        ("engagements", s)])
    r = tagger.tag("云南省委书记会见越南老街省委书记，双方签署合作协议。", id="a")
    d = r.engagement_detail
    assert flat_row(r) == {
        "id": "a", "source": r.source, "lang": "zh", "title": "", "date": r.date or "",
        "provinces": ";".join(r.provinces), "partners": ";".join(r.partners), "regions": ";".join(r.regions),
        "formulations": ";".join(r.formulations), "engagement": r.engagement or "", "engagement_score": d.score,
        "engagement_source": d.source, "engagement_runner_up": d.runner_up or "",
        "role_targets": ";".join(r.role_targets), "n_mentions": len(r.mentions),
        "tifa_version": r.meta.tifa_version, "lexicon_hash": r.meta.lexicon_hash,
        "engagements": json.dumps([e.model_dump() for e in r.engagements], ensure_ascii=False), "warnings": ""}
    assert json.loads(flat_row(r)["engagements"])[0]["provinces"] == ["CN-YN"]  # JSON: a report reads them back
    row = parquet_row(r)
    assert row["title"] is None and row["partners"] == r.partners and row["meta"] == r.meta.model_dump_json()
    assert json.loads(row["mentions"]) == [m.model_dump(mode="json") for m in r.mentions]


def _record(mentions, **kw):
    from pipeline.schemas import Record, RecordMeta

    return Record(id="d", lang="zh", mentions=mentions, meta=RecordMeta(tifa_version="0", lexicon_hash="h"), **kw)


def test_a_jsonl_row_is_the_records_pydantic_json_on_gold_texts(tagger):
    """render_row writes the mentions with msgspec (issue 17): the same characters as
    ``model_dump_json`` on tagged gold texts of both languages, with engagements and without."""
    import json
    from pathlib import Path

    from pipeline.io import render_row

    lines = (Path(__file__).resolve().parent.parent / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(x)["text"] for x in lines[:120]]
    recs = list(tagger.pipe(texts))
    assert sum(len(r.mentions) for r in recs) > 200 and any(r.engagements for r in recs)
    for r in recs:
        assert render_row(r, "jsonl") == r.model_dump_json() + "\n"


def test_a_jsonl_row_keeps_pydantics_writing_where_msgspec_would_differ():
    from pipeline.io import render_row
    from pipeline.io.rows import record_json
    from pipeline.schemas import Record, new_mention

    tricky = ',"engagements":[1],"x":"\\u0000\x00\x1f\u2028"\ud7ff'
    ms = [new_mention(0, 3, tricky, "cue", "c", "e", rule=tricky, targets=["\t", tricky], weight=0.1),
          new_mention(3, 4, "越", "country", "VNM", "e")]
    rec = _record(ms, title=tricky, role_targets=[tricky])
    assert render_row(rec, "jsonl") == rec.model_dump_json() + "\n"
    for w in (1, 1e16, 1e22, -1e17, float("nan"), float("inf"), 2.5e-300, 1 / 3):
        rec = _record([new_mention(0, 1, "a", "cue", "c", "e", weight=w)])
        assert record_json(rec) == rec.model_dump_json(), w  # an int weight pydantic writes as 1.0, 1e16 as 1e+16
    assert record_json(_record([])) == _record([]).model_dump_json()

    class Wider(Record):
        model_config = {"extra": "allow"}

    wide = Wider(**_record(ms).model_dump(), engagements_note=',"engagements":')
    assert record_json(wide) == wide.model_dump_json()

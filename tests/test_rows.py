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

"""Reports with engagements as the unit, deduplicated, with the evidence behind every number (issue 16).

The fixture ``fixtures/engagement_records.jsonl`` (written by ``fixtures/make_engagement_records.py``)
holds 24 documents and 24 engagements with planted duplicates and look-alikes; its module
docstring lists them. Every expected number below is counted by hand from that list.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.cli import dedup as _dedup_cmd  # noqa: F401  (register commands)
from pipeline.cli import report as _report_cmd  # noqa: F401
from pipeline.errors import TifaError
from pipeline.report import RegionRollup, build_tables, load_records, run_report
from pipeline.report.bootstrap import bootstrap
from pipeline.report.dedup import dedup, near_duplicates

FIXTURES = Path(__file__).parent / "fixtures"
RECORDS = FIXTURES / "engagement_records.jsonl"
OLD = FIXTURES / "report_records.jsonl"  # records from before engagements existed


@pytest.fixture(scope="module")
def rollup() -> RegionRollup:
    return RegionRollup.from_lexicon()


@pytest.fixture(scope="module")
def records():
    return load_records(RECORDS, tifa_version="0.1.0")


def shares_of(df, **eq) -> dict[str, str]:
    """item → "n/denominator" for the rows matching ``eq`` (the hand count's notation)."""
    sub = df
    for k, v in eq.items():
        sub = sub[sub[k] == v]
    item = [c for c in sub.columns if c not in eq and c not in ("n", "denominator", "share")][0]
    return {str(r[item]): f"{int(r['n'])}/{int(r['denominator'])}" for _, r in sub.iterrows()}


# ------------------------------------------------------------------- hand counts


def test_engagement_is_the_default_unit_and_counts_every_report(records, rollup):
    t = build_tables(records, rollup=rollup)
    assert t.unit == "engagement" and not [p for p in t.records.problems if p.code == "W016"]
    p = t["partners"]
    # without --dedup each report counts: Yunnan's 12 foreign engagements (d01-d04, d06, d07#1, d14, d15,
    # d17-d19, d21; d24 is domestic_coordination), 6 with Vietnam
    assert shares_of(p, province="CN-YN") == {"VNM": "6/12", "MMR": "3/12", "LAO": "2/12", "THA": "1/12"}
    assert shares_of(p, province="CN-GX") == {"VNM": "6/6", "LAO": "2/6"}
    assert shares_of(p, province="CN-LN") == {"RUS": "3/4", "KOR": "2/4", "MNG": "1/4"}
    assert shares_of(p, province="CN-HI") == {"SGP": "1/1"}
    cats = t["categories"]  # over all engagements: Yunnan's 13 include the domestic one
    assert shares_of(cats, province="CN-YN")["domestic_coordination"] == "1/13"
    doc_unit = build_tables(records, rollup=rollup, unit="document")
    assert doc_unit.unit == "document"
    # documents: the round-up d07 is one Guangxi document (and one Yunnan document)
    assert shares_of(doc_unit["partners"], province="CN-GX") == {"VNM": "6/6", "LAO": "2/6"}
    assert "engagements" not in doc_unit.tables and "directions" not in doc_unit.tables


def test_hand_count_after_dedup(records, rollup):
    t = build_tables(records, rollup=rollup, dedup=True)
    p = t["partners"]
    assert shares_of(p, province="CN-YN") == {"VNM": "3/8", "LAO": "2/8", "MMR": "2/8", "THA": "1/8"}
    assert shares_of(p, province="CN-GX") == {"VNM": "3/3", "LAO": "1/3"}
    assert shares_of(p, province="CN-LN") == {"RUS": "2/3", "KOR": "1/3", "MNG": "1/3"}
    assert shares_of(p, province="CN-HI") == {"SGP": "1/1"}
    assert abs(p[(p.province == "CN-YN") & (p.partner == "VNM")].share.iloc[0] - 3 / 8) < 1e-12
    m = t["matrix_province_partner_counts"].set_index("province")
    assert m.loc["CN-YN", "VNM"] == 3 and m.loc["CN-GX", "VNM"] == 3 and m.loc["CN-LN", "RUS"] == 2

    oc = t["matrix_official_counterpart"].set_index("official")
    cells = {(o, c): int(oc.loc[o, c]) for o in oc.index for c in oc.columns if oc.loc[o, c]}
    assert cells == {
        ("party_secretary", "diplomat"): 2, ("party_secretary", "subnational"): 1,
        ("party_secretary", "head_of_state_or_government"): 1,
        ("governor", "diplomat"): 1, ("governor", "subnational"): 2,
        ("deputy", "diplomat"): 1, ("deputy", "minister"): 1, ("deputy", "academic"): 1,
        ("fao", "subnational"): 2, ("municipal", "diplomat"): 1, ("unstated", "unstated"): 2,
    }
    yn = t["official_counterpart"][lambda d: d.province == "CN-YN"]
    assert {f"{r.official} → {r.counterpart}": f"{r.n}/{r.denominator}" for r in yn.itertuples()} == {
        "party_secretary → diplomat": "2/8", "deputy → diplomat": "1/8", "fao → subnational": "1/8",
        "municipal → diplomat": "1/8", "unstated → unstated": "2/8", "deputy → academic": "1/8"}

    d = t["directions"]
    assert shares_of(d, province="CN-YN") == {"inbound": "5/8", "outbound": "2/8", "remote": "1/8"}
    assert shares_of(d, province="CN-GX") == {"inbound": "2/3", "outbound": "1/3"}
    assert shares_of(d, province="CN-LN") == {"inbound": "3/3"}
    assert shares_of(d, province="CN-HI") == {"outbound": "1/1"}
    assert shares_of(t["levels"], province="CN-YN") == {"provincial": "5/8", "unstated": "2/8", "municipal": "1/8"}
    assert shares_of(t["venues"], province="CN-YN") == {"home": "5/8", "abroad": "2/8", "unstated": "1/8"}
    s = t["summary"].set_index("province")
    assert (s.loc["CN-YN", "engagements"], s.loc["CN-YN", "documents"], s.loc["CN-YN", "merged"]) == (8, 13, 3)
    ts = t["ts_engagements"]  # by engagement date, quarters; the two undated Myanmar ones are not in it
    assert shares_of(ts, period="2024Q2") == {"CN-YN": "3/5", "CN-GX": "2/5"}


def test_cluster_bootstrap_resamples_documents(records, rollup):
    # one document with two engagements: resampling documents keeps both together, so the share never moves
    import pandas as pd

    pairs = pd.DataFrame({"doc": ["a#0"], "partner": ["VNM"]})
    ci = bootstrap(["a#0", "a#1"], pairs, "partner", n_boot=200, seed=0, key="k", clusters={"a#0": "a", "a#1": "a"})
    assert ci["VNM"] == (0.5, 0.5)
    unit = bootstrap(["a#0", "a#1"], pairs, "partner", n_boot=200, seed=0, key="k")
    assert unit["VNM"][0] < 0.5 < unit["VNM"][1]
    t = build_tables(records, rollup=rollup, dedup=True, ci=True, n_boot=300)
    p = t["partners"]
    assert ((p.ci_low <= p.share + 1e-12) & (p.share <= p.ci_high + 1e-12)).all()
    assert t["directions"]["ci_low"].notna().all()


# ------------------------------------------------------------------------ dedup


def _gold_pairs(rs) -> set[tuple[str, str]]:
    events: dict[str, list[str]] = {}
    for r in rs.records:
        for i, ev in enumerate(r.meta.model_extra["gold_events"]):
            events.setdefault(ev, []).append(f"{r.id}#{i}")
    return {(a, b) for ids in events.values() for i, a in enumerate(sorted(ids)) for b in sorted(ids)[i + 1:]}


def test_merge_precision_and_recall_on_planted_duplicates(records):
    result = dedup(records.records)
    gold, pred = _gold_pairs(records), result.same_event_pairs()
    precision = len(gold & pred) / len(pred)
    recall = len(gold & pred) / len(gold)
    print(f"\nmerge precision {precision:.3f} recall {recall:.3f} ({len(gold & pred)} of {len(pred)} predicted pairs, "
          f"{len(gold)} gold pairs)")
    assert precision >= 0.95 and recall >= 0.95
    assert result.merged == 8 and len(result.duplicates()) == 6


def test_look_alikes_stay_apart_even_as_near_duplicate_texts(records):
    # at a low threshold the month-later readout d04 is a near-copy of d01, yet its date keeps it apart
    near = near_duplicates(records.records, threshold=0.5)
    assert ("d01", "d04") in near and ("d17", "d18") in near
    for threshold in (0.5, 0.7):
        pred = dedup(records.records, threshold=threshold).same_event_pairs()
        for a, b in [("d01#0", "d04#0"), ("d05#0", "d06#0"), ("d07#0", "d07#1"), ("d01#0", "d20#0"),
                     ("d17#0", "d19#0"), ("d06#0", "d07#0")]:
            assert (a, b) not in pred and (b, a) not in pred, (a, b, threshold)
    # without the date window nothing dated merges; the undated pair still merges by text
    assert dedup(records.records, window=0).same_event_pairs() >= {("d01#0", "d03#0"), ("d17#0", "d18#0")}


def test_two_engagements_of_one_document_never_share_a_group():
    # a round-up reports two Yunnan-Vietnam meetings a day apart; a readout of the second one matches both by
    # key, but the group may hold only one of the round-up's engagements (the closer date wins)
    from pipeline.schemas import Engagement, Record

    def rec(doc, *days):
        return Record(id=doc, lang="zh", meta={"tifa_version": "0.1.0", "lexicon_hash": "x"},
                      engagements=[Engagement(category="high_level_meeting", provinces=["CN-YN"], partners=["VNM"],
                                              date=d) for d in days])

    result = dedup([rec("roundup", "2024-04-27", "2024-04-28"), rec("readout", "2024-04-28")])
    assert result.same_event_pairs() == {("readout#0", "roundup#1")}
    assert result.merged == 1


def test_groups_keep_members_and_best_evidenced_attributes(records):
    groups = {tuple(sorted(m.uid for m in g.members)): g for g in dedup(records.records).duplicates()}
    e1 = groups[("d01#0", "d02#0", "d03#0")]
    assert e1.documents == ["d01", "d02", "d03"] and e1.merged.date == "2024-04-27"  # 2 of 3 say the 27th
    assert e1.merged.direction == "inbound" and e1.merged.venue == "CN-YN"  # the headline d03 states neither
    e5 = groups[("d08#0", "d09#0", "d10#0")]
    assert e5.merged.partners == ["VNM", "LAO"] and e5.merged.counterpart == "subnational"  # d10 names no counterpart
    assert any("text (MinHash" in m for m in groups[("d17#0", "d18#0")].matched)
    assert all("key (dates" in m for m in e1.matched)


def test_dedup_cli_writes_records_and_duplicates_csv(tmp_path, rollup):
    out = tmp_path / "deduped.jsonl"
    res = CliRunner().invoke(app, ["dedup", str(RECORDS), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "24 engagements: 8 merged into 6 groups" in res.output
    rows = list(csv.DictReader((tmp_path / "duplicates.csv").open(encoding="utf-8-sig")))
    assert len(rows) == 6 and {r["members"] for r in rows} >= {"d01#0;d02#0;d03#0", "d17#0;d18#0"}
    assert all(r["matched"] for r in rows)
    deduped = load_records(out)
    assert sum(len(r.engagements) for r in deduped.records) == 16 and len(deduped.records) == 24
    # the deduplicated file gives the hand-counted shares without --dedup, and knows each group's documents
    t = build_tables(deduped, rollup=rollup)
    assert shares_of(t["partners"], province="CN-YN") == {"VNM": "3/8", "LAO": "2/8", "MMR": "2/8", "THA": "1/8"}
    assert t["summary"].set_index("province").loc["CN-YN", "documents"] == 13
    bad = CliRunner().invoke(app, ["dedup", str(RECORDS), "-o", str(out), "--window", "-1"])
    assert bad.exit_code == 2 and "E066" in bad.output


# --------------------------------------------------------------- inputs, warnings


def test_older_records_warn_and_use_the_document_unit(rollup):
    for unit in ("auto", "engagement"):
        t = build_tables(str(OLD), rollup=rollup, unit=unit)
        assert t.unit == "document" and "W016" in {p.code for p in t.records.problems}
    t = build_tables(str(OLD), rollup=rollup, unit="document")
    assert "W016" not in {p.code for p in t.records.problems}
    # a mix: the engagement unit, and a warning naming the older records
    t = build_tables([str(RECORDS), str(OLD)], rollup=rollup)
    w016 = [p for p in t.records.problems if p.code == "W016"]
    assert t.unit == "engagement" and len(w016) == 1 and "16 of 40 record(s)" in w016[0].detail
    with pytest.raises(TifaError) as exc:
        build_tables(str(RECORDS), rollup=rollup, unit="sentence")
    assert exc.value.code == "E062"


def test_reads_csv_parquet_and_partitioned_folders(tmp_path, records, rollup):
    from pipeline.io import render_row, write_part

    recs = records.records
    base = build_tables(records, rollup=rollup, unit="document")["partners"]
    for fmt in ("csv", "parquet"):
        path = tmp_path / f"records.{fmt}"
        write_part(path, fmt, [render_row(r, fmt) for r in recs])
        t = build_tables(str(path), rollup=rollup)
        carries = fmt == "parquet" and "engagements" in __import__("pyarrow.parquet").parquet.read_schema(path).names
        carries |= fmt == "csv" and "engagements" in path.read_text(encoding="utf-8").splitlines()[0].split(",")
        assert t.unit == ("engagement" if carries else "document"), fmt
        assert build_tables(str(path), rollup=rollup, unit="document")["partners"].equals(base), fmt
    # a record file with an engagements column (JSON), as CSV and Parquet carry lists
    rows = [{"id": r.id, "lang": r.lang, "date": r.date or "", "provinces": ";".join(r.provinces),
             "partners": ";".join(r.partners), "engagement": r.engagement or "", "tifa_version": "0.1.0",
             "lexicon_hash": "fixture", "engagements": json.dumps([e.model_dump() for e in r.engagements],
                                                                  ensure_ascii=False)} for r in recs]
    with (tmp_path / "with_engagements.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    t = build_tables(str(tmp_path / "with_engagements.csv"), rollup=rollup, dedup=True)
    assert t.unit == "engagement"
    assert shares_of(t["partners"], province="CN-YN") == {"VNM": "3/8", "LAO": "2/8", "MMR": "2/8", "THA": "1/8"}
    # a --partitioned folder: parts and a manifest
    folder = tmp_path / "parts"
    lines = RECORDS.read_text(encoding="utf-8").splitlines(keepends=True)
    write_part(folder / "part-000000.jsonl", "jsonl", lines[:10])
    write_part(folder / "part-000001.jsonl", "jsonl", lines[10:])
    (folder / "_manifest.json").write_text("{}", encoding="utf-8")
    (folder / "part-000000.errors.jsonl").write_text("", encoding="utf-8")
    t = build_tables(str(folder), rollup=rollup, dedup=True)
    assert len(t.records.records) == 24
    assert shares_of(t["partners"], province="CN-GX") == {"VNM": "3/3", "LAO": "1/3"}
    (tmp_path / "records.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(TifaError) as exc:
        build_tables(str(tmp_path / "records.xlsx"), rollup=rollup)
    assert exc.value.code == "E065"
    with pytest.raises(TifaError) as exc:
        build_tables(str(tmp_path / "missing.parquet"), rollup=rollup)
    assert exc.value.code == "E060"


def _engagement_rows(records) -> list[dict]:
    """Rows as `tifa tag --unit engagement` writes them: one per engagement (doc_id, index, §3b, evidence)."""
    from pipeline.schemas import ENGAGEMENT_ATTRIBUTES

    rows = []
    for r in records:
        for i, e in enumerate(r.engagements):
            ev = e.provenance.get("evidence")
            rows.append({"doc_id": r.id, "index": i, "category": e.category, "provinces": e.provinces,
                         "partners": e.partners, "regions": e.regions, "direction": e.direction, "venue": e.venue,
                         "official": e.official, "counterpart": e.counterpart, "level": e.level, "date": e.date,
                         "evidence_start": e.evidence[0], "evidence_end": e.evidence[1],
                         "evidence_text": ev.text if ev else None, "doc_date": r.date, "lang": r.lang,
                         **{f"rule_{a}": (f"{e.provenance[a].source}:{e.provenance[a].rule}"
                                          if a in e.provenance else None) for a in ENGAGEMENT_ATTRIBUTES}})
    return rows


def test_reads_engagement_rows_in_every_format(tmp_path, records, rollup):
    import pandas as pd

    rows = _engagement_rows(records.records)
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                         encoding="utf-8")
    df = pd.DataFrame(rows)
    df.to_parquet(tmp_path / "rows.parquet", index=False)
    for col in ("provinces", "partners", "regions"):
        df[col] = df[col].map(";".join)
    df.to_csv(tmp_path / "rows.csv", index=False)
    for name in ("rows.jsonl", "rows.csv", "rows.parquet"):
        t = build_tables(str(tmp_path / name), rollup=rollup, dedup=True)
        assert t.unit == "engagement" and len(t.records.records) == 23, name  # d23 reports no engagement
        assert shares_of(t["partners"], province="CN-YN") == {"VNM": "3/8", "LAO": "2/8", "MMR": "2/8",
                                                              "THA": "1/8"}, name
        assert shares_of(t["directions"], province="CN-GX") == {"inbound": "2/3", "outbound": "1/3"}, name
        row = t["engagements"].set_index("engagement").loc["d04#0"]
        assert row["evidence_text"].startswith("5月28日，省委书记王宁"), name


# ------------------------------------------------------------------ evidence output


def test_markdown_writes_evidence_files_linked_from_the_shares(tmp_path):
    res = run_report([str(RECORDS)], tmp_path, fmt="md", dedup=True)
    assert res.unit == "engagement" and res.merged == 8
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\((evidence/[^)#]+\.md)#(ev-[^)]+)\)", md)
    assert links
    for path, anchor in links:
        assert f'<a id="{anchor}"></a>' in (tmp_path / path).read_text(encoding="utf-8"), anchor
    yn = (tmp_path / "evidence" / "province-CN-YN.md").read_text(encoding="utf-8")
    assert "## 云南 Yunnan · partner: 越南 Vietnam — 3 of 8 engagements" in yn
    assert "5月28日，**省委书记王宁**在**昆明**" in yn and "(d01, d02, d03)" in yn
    rows = list(csv.DictReader((tmp_path / "evidence.csv").open(encoding="utf-8-sig")))
    vnm = [r for r in rows if r["cell"] == "ev-province-CN-YN-partner-VNM"]
    assert len(vnm) == 3 and {r["documents"] for r in vnm} == {"d01;d02;d03", "d04", "d06;d07"}
    assert (tmp_path / "duplicates.csv").exists()


@pytest.fixture(scope="module")
def html_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("eng") / "report"
    res = CliRunner().invoke(app, ["report", str(RECORDS), "-o", str(out), "--dedup", "--ci", "--n-boot", "200"])
    return out, res


def test_html_links_every_share_to_its_engagements(html_report):
    out, res = html_report
    assert res.exit_code == 0, res.output
    assert "16 engagements in the report (8 duplicate engagement(s) merged" in res.output
    html = (out / "index.html").read_text(encoding="utf-8")
    assert " src=" not in html and "<link" not in html and "http" not in html.split("<body>", 1)[1].replace(
        "http://www.w3.org", "")  # nothing fetched
    hrefs = set(re.findall(r'href="#(ev-[^"]+)"', html)) | set(re.findall(r'xlink:href="#(ev-[^"]+)"', html))
    ids = set(re.findall(r'<section class="ev" id="(ev-[^"]+)"', html))
    assert "ev-province-CN-YN-partner-VNM" in hrefs and hrefs <= ids
    assert 'xlink:href="#ev-province-CN-LN-partner-RUS"' in html  # a heat-map cell
    sec = html.split('id="ev-province-CN-YN-partner-VNM"', 1)[1].split("</section>", 1)[0]
    assert "3 of 8 engagements" in sec and "<mark>" in sec and "d04" in sec and "d06 d07" in sec
    assert "party_secretary → diplomat" in sec
    # the official × counterpart matrix and the time-series shares link too
    oc = html.split('id="ev-all-all-official_counterpart-party_secretary-u2192-diplomat"', 1)[1].split("</section>")[0]
    assert "2 of 15 engagements" in oc and "d04" in oc
    assert 'href="#ev-period-2024Q2-province-CN-YN"' in html
    q2 = html.split('id="ev-period-2024Q2-province-CN-YN"', 1)[1].split("</section>")[0]
    assert "3 of 5 engagements" in q2


def test_evidence_list_opens_from_a_cell_in_headless_chromium(html_report, headless_chromium, tmp_path):
    out, res = html_report
    assert res.exit_code == 0
    page = (out / "index.html").resolve().as_uri()
    flags, env = headless_chromium
    dom = subprocess.run([*flags, "--dump-dom", page], capture_output=True, text=True, timeout=120, env=env,
                         check=False).stdout
    # the heat map's cell (SVG text inside a link) points at a section that the page holds
    cell = re.search(r'<a xlink:href="#(ev-province-CN-YN-partner-VNM)"', dom)
    assert cell and f'id="{cell.group(1)}"' in dom
    # follow it: the section is shown (CSS :target), with the marked sentences
    target = f"{page}#{cell.group(1)}"
    shot = tmp_path / "shot.png"
    subprocess.run([*flags, f"--screenshot={shot}", "--window-size=1280,900", target], capture_output=True,
                   timeout=120, env=env, check=False)
    assert shot.exists(), "chromium wrote no screenshot"
    import numpy as np
    from PIL import Image

    px = np.asarray(Image.open(shot).convert("RGB")).astype(int)
    marks = (np.abs(px - [0xFF, 0xD5, 0x4A]).max(axis=2) < 10).sum()  # <mark> background
    frame = (np.abs(px - [0x3B, 0x6E, 0xA5]).max(axis=2) < 10).sum()  # the evidence section's border
    assert marks > 1500, "no marked evidence words visible after following the cell"
    assert frame > 1500, "the evidence section is not shown"
    shown = subprocess.run([*flags, "--dump-dom", page], capture_output=True, text=True, timeout=120, env=env,
                           check=False).stdout
    assert "section.ev:target { display:block; }" in shown
    if os.environ.get("TIFA_UPDATE_SCREENSHOT"):
        shutil.copy(shot, Path(__file__).parents[1] / "docs" / "report-engagements.png")

"""tifa report: shares on a hand-made records file with hand-computed answers, the CLI, and Chromium.

The fixture ``tests/fixtures/report_records.jsonl`` (16 usable records, 2 malformed lines,
1 duplicate id) was written by hand; the expected figures below were counted by hand from it:

    Yunnan  CN-YN  r01 VNM hlm 01-15 · r02 VNM+LAO coop 02-20 (designated role facing South+Southeast Asia)
                   r03 LAO forum 04-10 · r04 THA deleg 05-05 · r05 (names ASEAN, no partner) multilat 07-01
                   r06 VNM forum 08-12 (also Guangxi) · r07 IND hlm undated · r08 domestic_coordination 03-03
    Guangxi CN-GX  r06 · r09 VNM hlm 01-20 · r10 MYS culture 06-30
    Liaoning CN-LN r11 RUS deleg 02-02 · r12 JPN+KOR multilat 05-20 · r13 USA hlm 09-09 · r14 RUS coop 09-30 (tifa 0.0.9)
    Hebei   CN-HE  r15 domestic_coordination 04-04 · r16 no engagement, undated
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.cli import report as _report_cmd  # noqa: F401  (register commands; with two or more
from pipeline.cli import tag as _tag_cmd  # noqa: F401  Typer keeps `report` a subcommand)
from pipeline.report import RegionRollup, ReportOptions, build_tables, load_records, run_report
from pipeline.report.charts import bar_svg, heatmap_svg
from pipeline.report.rollup import m49_members

FIXTURE = Path(__file__).parent / "fixtures" / "report_records.jsonl"


@pytest.fixture(scope="module")
def rollup() -> RegionRollup:
    return RegionRollup.from_lexicon()


@pytest.fixture(scope="module")
def records():
    return load_records(FIXTURE, tifa_version="0.1.0")


def tables(records, rollup, **kw):
    return build_tables(records, ReportOptions(**kw), rollup=rollup)


def row(df, **eq):
    sub = df
    for k, v in eq.items():
        sub = sub[sub[k] == v]
    assert len(sub) == 1, f"{eq}: {len(sub)} rows"
    return sub.iloc[0]


# ---------------------------------------------------------------------- reading


def test_malformed_lines_duplicates_and_versions_are_counted_not_fatal(records):
    # 19 non-empty lines: 2 malformed (line 11 not JSON, line 18 provinces=5), 1 duplicate r01 → 16 records
    assert (records.lines, records.skipped, records.duplicates, len(records.records)) == (19, 2, 1, 16)
    codes = [p.code for p in records.problems]
    assert codes.count("W010") == 2 and codes.count("W015") == 1
    w011 = [p for p in records.problems if p.code == "W011"]
    assert len(w011) == 1 and "1 record(s) written by tifa 0.0.9" in w011[0].detail
    assert "r09" in {r.id for r in records.records}  # an unknown extra field ("sentiment") is dropped, not fatal


def test_other_lexicon_is_read_with_a_warning():
    rs = load_records([FIXTURE], tifa_version="0.1.0", lexicon_hash="current")
    w012 = [p for p in rs.problems if p.code == "W012"]
    assert len(rs.records) == 16 and len(w012) == 1 and w012[0].detail.startswith("16 record(s)")


# ------------------------------------------------------------------------ shares


def test_province_partner_shares(records, rollup):
    t = tables(records, rollup)
    s = t["summary"].set_index("province")
    # Yunnan: r01-r08 = 8 documents; r08 is domestic_coordination → 7 engagements
    assert (s.loc["CN-YN", "documents"], s.loc["CN-YN", "engagements"]) == (8, 7)
    # Hebei: 2 documents, no foreign engagement, 1 with a category (r15), 1 dated (r15)
    assert tuple(s.loc["CN-HE", ["documents", "engagements", "categorised", "dated"]]) == (2, 0, 1, 1)
    p = t["partners"]
    vnm = row(p, province="CN-YN", partner="VNM")  # r01, r02, r06 of 7 engagements
    assert (vnm.n, vnm.denominator) == (3, 7) and vnm.share == pytest.approx(3 / 7)
    assert row(p, province="CN-YN", partner="LAO").n == 2  # r02 (two partners: counts for both) and r03
    assert row(p, province="CN-GX", partner="VNM").share == pytest.approx(2 / 3)  # r06 (two provinces) + r09
    assert row(p, province="CN-LN", partner="RUS").share == pytest.approx(2 / 4)  # r11, r14
    assert "CN-HE" not in set(p["province"])  # no engagement, no partner share


def test_region_and_bloc_rollup(records, rollup):
    r = tables(records, rollup)["regions"]
    asean = row(r, province="CN-YN", region="ASEAN")  # via VNM/LAO/THA: r01 r02 r03 r04 r06 = 5; named: r05
    assert (asean.n, asean.via_partner, asean.named, asean.denominator) == (6, 5, 1, 7)
    assert row(r, province="CN-YN", region="SOUTHEAST_ASIA").n == 5  # r02's 东南亚 is only a role target
    south = row(r, province="CN-YN", region="SOUTH_ASIA")  # r07 (India) only; r02 names it as a role target
    assert (south.n, south.named) == (1, 0)
    assert row(r, province="CN-YN", region="LMC").share == pytest.approx(5 / 7)
    assert row(r, province="CN-LN", region="NORTHEAST_ASIA").share == pytest.approx(3 / 4)  # r11 r12 r14, not r13
    assert row(r, province="CN-LN", region="NORTH_AMERICA").n == 1  # r13 USA
    assert row(r, province="CN-LN", region="EUROPE").n == 2  # Russia is in Europe too


def test_categories_formulations_and_role_targets(records, rollup):
    t = tables(records, rollup)
    c = t["categories"]
    assert row(c, province="CN-YN", category="high_level_meeting").share == pytest.approx(2 / 8)  # r01 r07
    assert row(c, province="CN-YN", category="domestic_coordination").denominator == 8
    f = t["formulations"]
    assert row(f, province="CN-YN", formulation="designated_role").share == pytest.approx(1 / 8)
    assert row(f, province="CN-HE", formulation="subnational_diplomacy").share == pytest.approx(1 / 2)
    rt = t["role_targets"]
    assert set(rt["role_target"]) == {"SOUTH_ASIA", "SOUTHEAST_ASIA"}
    assert row(rt, role_target="SOUTH_ASIA").province == "CN-YN" and "辐射中心" in row(rt, role_target="SOUTH_ASIA").terms
    e = t["entries"]
    assert row(e, province="CN-YN", entry="leverage_advantage.core_zh").example == "发挥区位优势"


def test_since_until_min_docs_and_type_filters(records, rollup):
    t = tables(records, rollup, since="2024-04", until="2024-06")
    sel = t.selection  # dated April-June: r03 r04 r10 r12 r15; undated r07 r16; 9 others outside
    assert (len(sel.frame), sel.dropped_undated, sel.dropped_dates) == (5, 2, 9)
    assert row(t["partners"], province="CN-YN", partner="LAO").share == pytest.approx(1 / 2)  # r03 of r03 r04
    t = tables(records, rollup, min_docs=3)
    assert t.selection.omitted_groups == ["CN-HE"] and "CN-HE" not in set(t["summary"]["province"])
    t = tables(records, rollup, engagements=("high_level_meeting",))  # r01 r07 r09 r13
    assert len(t.selection.frame) == 4 and row(t["partners"], province="CN-YN", partner="VNM").share == 0.5
    t = tables(records, rollup, formulations=("designated_role",))  # r02 only
    assert list(t.selection.frame["doc"]) == ["r02"]


def test_by_partner_and_by_region(records, rollup):
    t = tables(records, rollup, by="partner")
    vnm = t["summary"].set_index("partner").loc["VNM"]
    assert (vnm.documents, vnm.engagements) == (4, 4)  # r01 r02 r06 r09
    prov = t["provinces"]
    assert row(prov, partner="VNM", province="CN-YN").share == pytest.approx(3 / 4)
    assert row(prov, partner="VNM", province="CN-GX").share == pytest.approx(2 / 4)  # r06 counts for both
    t = tables(records, rollup, by="region")
    assert row(t["provinces"], region="NORTHEAST_ASIA", province="CN-LN").n == 3


def test_matrices_counts_and_row_shares(records, rollup):
    t = tables(records, rollup)
    counts = t["matrix_province_region_counts"].set_index("province")
    shares_ = t["matrix_province_region_shares"].set_index("province")
    assert counts.loc["CN-LN", "NORTHEAST_ASIA"] == 3 and shares_.loc["CN-LN", "NORTHEAST_ASIA"] == 0.75
    assert shares_.loc["CN-LN", "denominator"] == 4
    assert counts.loc["CN-HE"].sum() == 0  # a province with no engagement keeps its (empty) row
    pc = t["matrix_province_partner_counts"].set_index("province")
    assert list(pc.columns[:1]) == ["VNM"]  # columns by falling total: VNM = Yunnan 3 + Guangxi 2 (r06 in both)
    assert pc.loc["CN-YN", "VNM"] + pc.loc["CN-GX", "VNM"] == 5


def test_time_series_by_quarter_and_month(records, rollup):
    t = tables(records, rollup)
    d = t["ts_documents"]
    q1 = row(d, period="2024Q1", province="CN-YN")  # r01 r02 r08; r08 not foreign
    assert (q1.documents, q1.engagements) == (3, 2)
    f = row(t["ts_formulations"], period="2024Q1", formulation="leverage_advantage")
    assert (f.n, f.denominator) == (1, 5)  # Q1 dated: r01 r02 r08 r09 r11
    asean = row(t["ts_regions"], period="2024Q1", region="ASEAN")
    assert (asean.n, asean.denominator) == (3, 4)  # engagements r01 r02 r09 r11; ASEAN via r01 r02 r09
    m = tables(records, rollup, period="month")["ts_documents"]
    assert row(m, period="2024-01", province="CN-GX").documents == 1  # r09


def test_bootstrap_intervals_contain_the_share_and_are_reproducible(records, rollup):
    a = tables(records, rollup, ci=True, n_boot=500)["partners"]
    b = tables(records, rollup, ci=True, n_boot=500)["partners"]
    assert a.equals(b)
    assert ((a["ci_low"] <= a["share"]) & (a["share"] <= a["ci_high"])).all()
    vnm = row(a, province="CN-YN", partner="VNM")
    assert 0 < vnm.ci_low < 3 / 7 < vnm.ci_high < 1
    r = tables(records, rollup, ci=True, n_boot=200)["regions"]
    full = row(r, province="CN-GX", region="ASEAN")  # 3/3: every resample gives 1
    assert (full.ci_low, full.ci_high) == (1.0, 1.0)


@pytest.mark.parametrize("kw, code", [({"by": "city"}, "E062"), ({"engagements": ("meeting",)}, "E063"),
                                      ({"since": "2024-13"}, "E064"), ({"until": "May 2024"}, "E064")])
def test_bad_options_are_coded_errors(records, rollup, kw, code):
    from pipeline.errors import TifaError

    with pytest.raises(TifaError) as exc:
        tables(records, rollup, **kw)
    assert exc.value.code == code


# ------------------------------------------------------------------- roll-up, charts


def test_cldr_containment_agrees_with_lexicon_and_adds_territories(rollup):
    import pycountry

    a2 = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    sea = {a2[x] for x in rollup.members["ASEAN"]}
    assert sea == set(m49_members("035"))  # ASEAN (11 with Timor-Leste) = UN M49 South-eastern Asia
    assert "REU" in rollup.members["AFRICA"] and "PRI" in rollup.members["LATIN_AMERICA"]
    assert "RUS" in rollup.members["NORTHEAST_ASIA"] and "CHN" not in rollup.members["SCO"]
    assert rollup.m49_of("AUS") == "053" and rollup.label("m49", "053", "en") == "Australasia"
    assert rollup.label("province", "CN-NM", "zh") == "内蒙古"


def test_charts_keep_chinese_as_svg_text():
    import numpy as np

    svg = bar_svg(["云南 Yunnan", "辽宁 Liaoning"], [0.43, 0.75], ["43%", "75%"], title="东北亚")
    assert svg.startswith("<svg") and ">云南 Yunnan</text>" in svg and ">东北亚</text>" in svg
    assert "<path id=\"DejaVu" not in svg and "glyph" not in svg.lower()  # text, not outlines
    heat = heatmap_svg(np.array([[0.5, 0.0]]), ["云南"], ["越南", "老挝"], title="h")
    assert ">越南</text>" in heat and ">50</text>" in heat


# ------------------------------------------------------------------------- the CLI


@pytest.fixture(scope="module")
def html_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "out"
    res = CliRunner().invoke(app, ["report", str(FIXTURE), "-o", str(out), "--ci", "--n-boot", "200"])
    return out, res


def test_cli_writes_html_and_csv(html_report):
    out, res = html_report
    assert res.exit_code == 0, res.output
    assert "16 records read, 2 malformed line(s) skipped" in res.output and "W010" in res.output
    html = (out / "index.html").read_text(encoding="utf-8")
    assert html.count("<svg") >= 8 and "云南 Yunnan" in html and "42.9% <small>3/7</small>" in html
    assert "<script" not in html and "<link" not in html and " src=" not in html  # nothing fetched
    assert "W010" in html and "2 malformed line(s) skipped" in html  # reported in the notes, not fatal
    csv = (out / "partners.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv[0].startswith("province,partner,n,denominator,share,ci_low,ci_high")
    assert any(line.startswith("CN-YN,VNM,3,7,0.428") for line in csv)
    assert {p.name for p in out.iterdir()} >= {"summary.csv", "regions.csv", "matrix_province_region_shares.csv",
                                              "role_targets.csv", "ts_documents.csv"}


def test_cli_markdown_and_csv_only(tmp_path):
    res = CliRunner().invoke(app, ["report", str(FIXTURE), "-o", str(tmp_path / "md"), "--format", "md",
                                   "--by", "region", "--min-docs", "2"])
    assert res.exit_code == 0, res.output
    md = (tmp_path / "md" / "report.md").read_text(encoding="utf-8")
    assert "## By region" in md and "(charts/overview.svg)" in md and (tmp_path / "md" / "charts").is_dir()
    assert "| 东北亚 Northeast Asia |" in md
    opts = ReportOptions(labels="code")
    res = run_report([str(FIXTURE)], tmp_path / "csv", fmt="csv", options=opts)
    names = {Path(f).name for f in res.files}
    assert "index.html" not in names and "partners.csv" in names


def test_cli_errors_are_coded(tmp_path):
    runner = CliRunner()
    res = runner.invoke(app, ["report", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o")])
    assert res.exit_code == 2 and "E060" in res.output
    junk = tmp_path / "junk.jsonl"
    junk.write_text("not json\n[1, 2]\n", encoding="utf-8")
    res = runner.invoke(app, ["report", str(junk), "-o", str(tmp_path / "o")])
    assert res.exit_code == 2 and "E061" in res.output and not (tmp_path / "o").exists()
    res = runner.invoke(app, ["report", str(FIXTURE), "-o", str(tmp_path / "o"), "--format", "pdf"])
    assert res.exit_code == 2 and "E062" in res.output


# ------------------------------------------------------------------------ Chromium


def test_html_report_renders_in_headless_chromium(html_report, headless_chromium, tmp_path):
    out, res = html_report
    assert res.exit_code == 0
    url = (out / "index.html").resolve().as_uri()
    flags, env = headless_chromium
    dom = subprocess.run([*flags, "--dump-dom", url], capture_output=True, text=True, timeout=120, env=env,
                         check=False).stdout
    assert dom.count("<svg") >= 8 and "<table>" in dom and "42.9% <small>3/7</small>" in dom
    assert ">云南 Yunnan</text>" in dom  # chart labels are SVG text: drawn by the browser with its own fonts
    shot = tmp_path / "shot.png"
    subprocess.run([*flags, f"--screenshot={shot}", "--window-size=1280,2400", url], capture_output=True,
                   timeout=120, env=env, check=False)
    assert shot.exists(), "chromium wrote no screenshot"
    import numpy as np
    from PIL import Image

    px = np.asarray(Image.open(shot).convert("RGB")).astype(int)
    assert px.shape == (2400, 1280, 3)
    non_white = (px.sum(axis=2) < 720).mean()
    bars = (np.abs(px - [0x3B, 0x6E, 0xA5]).max(axis=2) < 12).sum()  # bar colour (charts.BAR)
    heat = ((px[..., 2] - px[..., 0] > 60) & (px[..., 1] > 140)).sum()  # YlGnBu teals of the heat maps (not bars)
    header = (np.abs(px[:60] - [0x1F, 0x3A, 0x5A]).max(axis=2) == 0).sum()
    assert non_white > 0.08, f"page looks blank ({non_white:.1%} non-white)"
    assert bars > 2000, "no bar-chart colour on the page"
    assert heat > 3000, "no heat-map colours on the page"
    assert header > 20000, "the header band did not render"

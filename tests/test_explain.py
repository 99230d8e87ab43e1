import json
import subprocess
import sys

from pipeline.explain import explain, render

TEXT = "吉林省朝鲜族群众欢迎韩国庆尚北道代表团。双方表示将建设面向东北亚开放的重要枢纽，并签署友好合作协议。"


def test_explain_shows_entries_blocked_forms_cues_and_decision(tagger):
    e = explain(tagger, TEXT)
    by_text = {m["text"]: m for m in e["mentions"]}
    assert by_text["庆尚北道"]["entry"] == "country.KOR.subnational" and by_text["庆尚北道"]["role"] == "partner"
    # the phrase also carries opening_up (a nested type, TAXONOMY §1): pick its designated_role mention
    role = next(m for m in e["mentions"] if m["text"] == "面向东北亚开放的重要枢纽" and m["code"] == "designated_role")
    assert role["rule"].startswith("designated_role.") and role["targets"] == ["NORTHEAST_ASIA"]
    assert [b["text"] for b in e["blocked"]] == ["朝鲜族"] and "PRK" in e["blocked"][0]["blocks"]
    assert {c["category"] for c in e["cues"]} >= {"delegation_visit", "cooperation_project"}
    assert e["cues"][0]["sentence"] == 0 and e["rule_scores"]
    assert e["record"]["engagement"] == max(e["rule_scores"], key=e["rule_scores"].get)  # rules only here
    text = render(e, TEXT)
    assert "blocker.chaoxianzu guards against PRK" in text and "decision:" in text


def test_explain_cli_json_with_model(tmp_path):
    f = tmp_path / "doc.txt"
    f.write_text(TEXT, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "pipeline", "explain", str(f), "--json"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    e = json.loads(r.stdout)
    assert e["record"]["partners"] == ["KOR"]
    assert e["model"]["name"] == "default"  # the shipped model loads with no flag
    assert all(isinstance(k, str) for k in e["model"]["probabilities"])


def test_explain_cli_takes_a_long_text_that_cannot_be_a_path():
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.cli import explain, tag  # noqa: F401  (register commands: a lone command becomes the root)

    text = "云南省代表团访问越南老街省，双方签署合作备忘录。" * 40  # longer than any file name may be
    res = CliRunner().invoke(app, ["explain", text, "--no-model", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["record"]["partners"] == ["VNM"]


def test_explain_a_missing_file_is_e001_unless_text_is_asked_for(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.cli import explain, tag  # noqa: F401  (register commands)

    res = CliRunner().invoke(app, ["explain", str(tmp_path / "nosuch.txt"), "--no-model"])
    assert res.exit_code == 2 and "E001" in res.stderr and "--text" in res.stderr
    res = CliRunner().invoke(app, ["explain", "reports/nosuch", "--no-model"])
    assert res.exit_code == 2 and "E001" in res.stderr
    res = CliRunner().invoke(app, ["explain", "nosuch.txt", "--text", "--no-model", "--json"])
    assert res.exit_code == 0 and json.loads(res.output)["record"]["provinces"] == []
    res = CliRunner().invoke(app, ["explain", "云南省代表团访问老挝。", "--no-model", "--json"])
    assert res.exit_code == 0 and json.loads(res.output)["record"]["provinces"] == ["CN-YN"]


def test_explain_date_gives_the_document_date_a_page_would_and_a_bad_one_is_e043():
    """A text explained without its page has no date: 5月8日 then has no year and a leader's
    name no post. ``--date`` supplies the document's date, as a page or JSONL line would."""
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.cli import explain, tag  # noqa: F401  (register commands)

    text = "5月8日，省委书记王宁在昆明会见老挝驻昆明总领事。"
    res = CliRunner().invoke(app, ["explain", text, "--no-model", "--json"])
    assert res.exit_code == 0 and json.loads(res.output)["record"]["engagements"][0]["date"] is None
    res = CliRunner().invoke(app, ["explain", text, "--no-model", "--json", "--date", "2023-05-10"])
    rec = json.loads(res.output)["record"]
    assert res.exit_code == 0 and rec["engagements"][0]["date"] == "2023-05-08" and rec["provinces"] == ["CN-YN"]
    for bad in ("2023-13-01", "May 10", "2023/05/10"):
        res = CliRunner().invoke(app, ["explain", text, "--no-model", "--date", bad])
        assert res.exit_code == 2 and "E043" in res.stderr and "YYYY-MM-DD" in res.stderr, bad

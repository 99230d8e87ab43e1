import babel
import pycountry
import pytest
from ruamel.yaml import YAML

from pipeline.curation.cldr import cldr_entries
from pipeline.lexicon import default_path


def test_every_country_has_cldr_names():
    entries = {e["code"]: e for e in cldr_entries()}
    assert "CHN" not in entries
    for c in pycountry.countries:
        if c.alpha_2 == "CN":
            continue
        code = {"HK": "CN-HK", "MO": "CN-MO", "TW": "CN-TW"}.get(c.alpha_2, c.alpha_3)
        assert entries[code]["zh"], code
        assert entries[code]["en"], code
    assert entries["LAO"]["zh"] == ["老挝"] and "寮國" in entries["LAO"]["zh_hant"]


def test_generated_file_is_up_to_date():
    path = default_path() / "places" / "countries_cldr.yaml"
    head = path.read_text(encoding="utf-8").splitlines()[0]
    if f"Babel {babel.__version__}" not in head:
        pytest.skip(f"generated with another Babel ({head}); regenerate with python -m pipeline.curation.cldr")
    shipped = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    assert shipped == cldr_entries()


def test_listed_english_name_keeps_its_head():
    """Babel 2.19 names St Helena "St. Helena, Ascension & Tristan da Cunha": a country whose
    every English name holds ", " keeps the part before the comma instead of losing them all."""
    from pipeline.curation.cldr import _en_forms

    assert _en_forms(["St. Helena, Ascension & Tristan da Cunha", None,
                      "Saint Helena, Ascension and Tristan da Cunha"]) == ["St. Helena"]
    assert _en_forms(["South Korea", "Korea, Republic of"]) == ["South Korea"]

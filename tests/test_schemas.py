from pipeline.schemas import Mention, Record, RecordMeta, code_kind, new_mention


def test_new_mention_equals_validated_mention():
    fast = new_mention(3, 5, "越南", "country", "VNM", "country.VNM.cldr", None, "partner", ["ASEAN"], 1.0)
    slow = Mention(start=3, end=5, text="越南", label="country", code="VNM", entry="country.VNM.cldr",
                   role="partner", targets=["ASEAN"], weight=1.0)
    assert fast == slow
    assert fast.model_dump() == slow.model_dump()
    assert fast.model_dump_json() == slow.model_dump_json()
    rec = Record(id="x", lang="zh", mentions=[fast], meta=RecordMeta(tifa_version="0", lexicon_hash="h"))
    assert Record.model_validate_json(rec.model_dump_json()).mentions == [slow]


def test_code_kinds():
    assert code_kind("CN-HK") == "province" and code_kind("HKG") is None  # HK is domestic
    assert code_kind("CHN") is None and code_kind("SCO") == "region"

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


# --------------------------------------------------------------- mentions as Structs (issue 17)

import gc  # noqa: E402
import json  # noqa: E402
import pickle  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402
from pydantic import ValidationError  # noqa: E402

from pipeline.schemas import _MentionModel, mention_with  # noqa: E402

_TEXT = "云南省委书记在昆明会见越南老街省委书记。双方表示，要发挥区位优势，建设面向南亚东南亚辐射中心。"
_META = RecordMeta(tifa_version="0", lexicon_hash="h")
_GOOD = {"start": 0, "end": 2, "text": "越南", "label": "country", "code": "VNM", "entry": "country.VNM"}


def test_mentions_are_small_untracked_objects(tagger):
    """~100 bytes and no __dict__, out of the collector's sight: a pydantic model was ~400
    bytes in four allocations, and the collector walked every one (issue 17)."""
    a = tagger.annotate(_TEXT)
    rec = tagger.tag(_TEXT)
    ms = a.places + a.formulations + a.cues + rec.mentions
    assert len(ms) > 8
    for m in ms:
        assert isinstance(m, Mention) and not hasattr(m, "__dict__")
        assert sys.getsizeof(m) <= 104 and not gc.is_tracked(m)


def test_record_json_writes_mentions_as_the_pydantic_model_did(tagger):
    rec = tagger.tag(_TEXT)
    ms = rec.mentions + [new_mention(0, 2, "越南", "country", "VNM", "e", "r", "partner", ["ASEAN", "SAS"], 0.1 + 0.2),
                         new_mention(5, 9, "Laos", "cue", "x", "e", None, None, None, 1e-7)]
    rec = rec.model_copy(update={"mentions": ms})
    line = rec.model_dump_json()
    ref = "[" + ",".join(_MentionModel(**m.model_dump()).model_dump_json() for m in ms) + "]"
    assert f'"mentions":{ref},"engagements":' in line
    assert rec.model_dump()["mentions"] == [_MentionModel(**m.model_dump()).model_dump() for m in ms]
    assert [m.model_dump_json() for m in ms] == [_MentionModel(**m.model_dump()).model_dump_json() for m in ms]
    assert Record.model_validate_json(line) == rec


@pytest.mark.parametrize("bad, field", [
    ({**_GOOD, "label": "nation"}, "label"),
    ({**_GOOD, "colour": "red"}, "colour"),
    ({k: v for k, v in _GOOD.items() if k != "entry"}, "entry"),
    ({**_GOOD, "start": "two"}, "start"),
    ({**_GOOD, "targets": "ASEAN"}, "targets"),
])
def test_mentions_read_from_mappings_are_validated(bad, field):
    """Validation at the edges: records read from JSON or built from mappings check every
    mention as the pydantic model did (same error locations)."""
    with pytest.raises(ValidationError) as e:
        Record(id="x", lang="zh", mentions=[bad], meta=_META)
    assert e.value.errors()[0]["loc"] == ("mentions", 0, field)
    line = json.dumps({"id": "x", "lang": "zh", "mentions": [bad], "meta": {"tifa_version": "0", "lexicon_hash": "h"}})
    with pytest.raises(ValidationError):
        Record.model_validate_json(line)
    with pytest.raises(ValidationError):
        Mention.validate(bad)


def test_a_valid_mapping_becomes_a_mention():
    rec = Record(id="x", lang="zh", mentions=[_GOOD, {**_GOOD, "start": "3", "end": 5}], meta=_META)
    assert rec.mentions[0] == Mention(**_GOOD) and type(rec.mentions[0]) is Mention
    assert rec.mentions[1].start == 3  # coerced as pydantic's lax mode does
    m = Mention(**_GOOD)
    assert Mention.validate(m) is m and Record(id="x", lang="zh", mentions=[m], meta=_META).mentions[0] is m


def test_mention_dump_copy_and_pickle():
    m = new_mention(0, 2, "越南", "country", "VNM", "e", targets=["ASEAN"])
    d = m.model_dump()
    assert list(d) == list(Mention.model_fields) == list(_MentionModel.model_fields)
    d["targets"].append("SAS")
    assert m.targets == ["ASEAN"]
    c = mention_with(m, "role", "partner")
    assert c.role == "partner" and m.role is None and c.targets == m.targets
    assert pickle.loads(pickle.dumps(c)) == c and c != m
    m.role = "background"  # fields are assigned as attributes
    assert m.model_dump()["role"] == "background"


def test_mentions_without_targets_share_one_read_only_empty_list(tagger):
    """56 bytes a mention saved (issue 17); the shared list is never changed in place."""
    import copy

    from pipeline.schemas import NO_TARGETS

    a = tagger.annotate(_TEXT)
    plain = [m for m in a.places + a.cues if not m.targets]
    assert len(plain) > 4 and all(m.targets is NO_TARGETS for m in plain)
    m = plain[0]
    assert m.targets == [] and m == Mention(**m.model_dump()) and type(m.model_dump()["targets"]) is list
    for change in (lambda t: t.append("ASEAN"), lambda t: t.extend(["ASEAN"]), lambda t: t.insert(0, "x"),
                   lambda t: t.__iadd__(["x"]), lambda t: t.__setitem__(slice(0, 0), ["x"]), lambda t: t.sort()):
        with pytest.raises(TypeError, match="replaced"):
            change(m.targets)
    assert NO_TARGETS == [] and len(NO_TARGETS) == 0
    m.targets = ["ASEAN"]  # replacing is how targets are set
    assert m.targets == ["ASEAN"] and plain[1].targets == []
    assert pickle.loads(pickle.dumps(plain[1])).targets is NO_TARGETS and copy.deepcopy(plain[1]).targets is NO_TARGETS
    assert Mention(start=0, end=1, text="x", label="cue", entry="e").targets is not NO_TARGETS  # the public constructor: its own list


@pytest.mark.parametrize("kw", [{}, {"exclude_none": True}, {"exclude_defaults": True}, {"exclude_unset": True},
                                {"round_trip": True}])
def test_record_dump_options_reach_the_mentions_as_before(kw):
    from pydantic import BaseModel

    class Former(BaseModel):  # a record's mentions as the pydantic model held them
        mentions: list[_MentionModel]

    ms = [new_mention(0, 2, "越南", "country", "VNM", "e"),
          new_mention(3, 9, "辐射中心", "formulation", "designated_role", "f", "r", "x", ["SAS"], 0.5)]
    rec = Record(id="x", lang="zh", mentions=ms, meta=_META)
    former = Former(mentions=[_MentionModel(**m.model_dump()) for m in ms])
    assert rec.model_dump_json(include={"mentions"}, **kw) == former.model_dump_json(**kw)
    assert rec.model_dump(include={"mentions"}, **kw) == former.model_dump(**kw)


def test_the_struct_and_its_validating_model_declare_the_same_fields():
    """``Mention`` (the msgspec Struct) and ``_MentionModel`` (what mappings are validated
    against) are written out twice: their names, types and defaults must agree."""
    import msgspec

    info = msgspec.inspect.type_info(Mention)
    struct = {f.name: (f.default if f.default is not msgspec.NODEFAULT else
                       (f.default_factory() if f.default_factory is not msgspec.NODEFAULT else ...))
              for f in info.fields}
    model = {k: (f.get_default(call_default_factory=True) if not f.is_required() else ...)
             for k, f in _MentionModel.model_fields.items()}
    assert struct == model
    assert Mention.__annotations__ == _MentionModel.__annotations__

"""Transformer engagement classifier: a tiny BERT built from a config (no download) is
fine-tuned for a few steps, saved as safetensors and loaded back with identical predictions."""

import json

import pytest

torch = pytest.importorskip("torch")

from pipeline.training.base import build_base  # noqa: E402
from pipeline.classify.data import LABELS, load_split  # noqa: E402
from pipeline.classify.models import load_model  # noqa: E402
from pipeline.training.fit import FinetuneParams, train_transformer  # noqa: E402
from pipeline.classify.transformer import Simplifier, WindowSpec, encode_windows  # noqa: E402
from pipeline.errors import TifaError  # noqa: E402

from test_classify import slice_corpus  # noqa: E402  (tests/ is on sys.path)

PARAMS = FinetuneParams(epochs=2, lr=1e-3, batch_size=8, max_length=64, stride=16, patience=2, max_steps=6)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    root = tmp_path_factory.mktemp("tfm")
    data = slice_corpus(root / "data", {"train": 48, "dev": 24, "test": 12})
    build_base("tiny", root / "base", texts=load_split(data / "train.jsonl").texts, hidden=32, layers=1, heads=2,
               max_position=128)
    meta = train_transformer(data, root / "model", base_model=root / "base", seed=3, params=PARAMS, device="cpu")
    return root, data, meta


def test_base_is_a_plain_safetensors_checkpoint(tiny):
    root, _, _ = tiny
    names = {p.name for p in (root / "base").iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "BASE.md", "base.json"} <= names
    assert not any(n.endswith((".bin", ".pt", ".pkl")) for n in names)


def test_training_writes_weights_tokenizer_meta_and_card(tiny):
    root, _, meta = tiny
    model_dir = root / "model"
    names = {p.name for p in model_dir.iterdir()}
    assert {"model.safetensors", "config.json", "tokenizer.json", "meta.json", "card.md"} <= names
    assert not any(n.endswith((".bin", ".pt", ".pkl")) for n in names)
    on_disk = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    assert on_disk["kind"] == "transformer" and on_disk["labels"] == list(LABELS)
    assert on_disk["data"]["hash"] and on_disk["lexicon_hash"] and on_disk["base"]["kind"] == "tiny"
    assert on_disk["hyper_parameters"]["max_length"] == 64 and on_disk["seed"] == 3
    assert {"rules", "model", "combined"} <= set(on_disk["metrics"]["dev"]) and "test" in on_disk["metrics"]
    assert 1 <= len(on_disk["history"]) <= 2
    card = (model_dir / "card.md").read_text(encoding="utf-8")
    assert "| test | combined |" in card and "safetensors" in card and "| epoch |" in card


def test_save_load_roundtrip_gives_identical_predictions(tiny):
    root, data, meta = tiny
    model = load_model(root / "model")
    assert model.kind == "transformer" and 0.0 <= model.weight <= 1.0
    dev = load_split(data / "dev.jsonl")
    by_id = dict(zip(dev.ids, dev.texts))
    check = meta["self_check"]
    probs = model.predict_proba([by_id[i] for i in check["ids"]])
    for got, want in zip(probs, check["probabilities"]):
        assert set(got) == set(LABELS)
        for lab in LABELS:
            assert got[lab] == pytest.approx(want[lab], abs=1e-5)  # padding differs between batches


def test_retraining_with_the_same_seed_gives_the_same_metrics(tiny, tmp_path):
    root, data, meta = tiny
    again = train_transformer(data, tmp_path / "m2", base_model=root / "base", seed=3, params=PARAMS, device="cpu")
    assert again["history"] == meta["history"]
    assert again["metrics"] == meta["metrics"]


def test_long_documents_are_read_in_full_through_windows(tiny):
    root, _, _ = tiny
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(root / "model"), local_files_only=True)
    # distinct characters, so the windows' overlaps can be told apart
    body = "".join(sorted(t for t in tok.get_vocab() if len(t) == 1 and "\u4e00" <= t <= "\u9fff"))[:400]
    spec = WindowSpec(max_length=64, stride=16)
    enc = encode_windows(tok, [body, "短文"], spec, Simplifier())
    assert enc["doc"].count(0) > 5 and enc["doc"].count(1) == 1
    assert all(len(ids) <= 64 for ids in enc["input_ids"])
    # every body token appears in some window, in order: nothing is silently truncated
    body_ids = tok(body, add_special_tokens=False, verbose=False)["input_ids"]
    assert len(set(body_ids)) == len(body_ids) > 300
    sep = tok.sep_token_id
    seen: list[int] = []
    for ids, d in zip(enc["input_ids"], enc["doc"]):
        if d == 0:
            win = ids[ids.index(sep) + 1:-1]
            overlap = next(k for k in range(min(len(seen), len(win)), -1, -1) if seen[len(seen) - k:] == win[:k])
            seen += win[overlap:]
    assert seen == body_ids


def test_traditional_text_is_read_as_simplified(tiny):
    root, _, _ = tiny
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(root / "model"), local_files_only=True)
    spec, s = WindowSpec(64, 16), Simplifier()
    assert encode_windows(tok, ["廣西會見越南代表團"], spec, s) == encode_windows(tok, ["广西会见越南代表团"], spec, s)


def test_tagger_uses_the_transformer_model_in_batches(tiny):
    from pipeline.tagger import load

    root, _, _ = tiny
    tagger = load(model=root / "model")
    texts = ["云南省委书记在昆明会见越南老街省委书记", "Guangxi hosts the China-ASEAN Expo in Nanning"] * 3
    records = list(tagger.pipe(texts))
    assert len(records) == 6 and records[0].meta.model == "model"
    for r in records:
        d = r.engagement_detail
        assert d.source in ("combined", "model", "rules") and d.model_label in (*LABELS, None)
    assert [r.model_dump(exclude={"id"}) for r in records[:2]] == [r.model_dump(exclude={"id"}) for r in records[2:4]]


def test_pickle_weights_are_refused(tiny, tmp_path):
    root, _, _ = tiny
    bad = tmp_path / "bad"
    bad.mkdir()
    for f in (root / "model").iterdir():
        if f.name != "model.safetensors":
            (bad / f.name).write_bytes(f.read_bytes())
    (bad / "pytorch_model.bin").write_bytes(b"not loaded")
    with pytest.raises(TifaError) as exc:
        load_model(bad)
    assert exc.value.code == "E055"


def test_a_label_set_that_differs_from_the_taxonomy_is_refused(tiny, tmp_path):
    root, _, _ = tiny
    bad = tmp_path / "labels"
    bad.mkdir()
    for f in (root / "model").iterdir():
        (bad / f.name).write_bytes(f.read_bytes())
    cfg = json.loads((bad / "config.json").read_text(encoding="utf-8"))
    cfg["id2label"] = {**cfg["id2label"], "0": "state_visit"}
    cfg["label2id"] = {v: int(k) for k, v in cfg["id2label"].items()}
    (bad / "config.json").write_text(json.dumps(cfg), encoding="utf-8")
    with pytest.raises(TifaError) as exc:
        load_model(bad)
    assert exc.value.code == "E052"


def test_cli_trains_from_a_base_and_tags_with_it(tiny, tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.cli import tag, train  # noqa: F401  (register commands)

    root, data, _ = tiny
    runner = CliRunner()
    res = runner.invoke(app, ["train", "engagement", "--data", str(data), "--base-model", str(root / "base"),
                              "--out", str(tmp_path / "m"), "--epochs", "1", "--max-steps", "2",
                              "--max-length", "64", "--stride", "16", "--device", "cpu"])
    assert res.exit_code == 0, res.output
    assert json.loads((tmp_path / "m" / "meta.json").read_text(encoding="utf-8"))["kind"] == "transformer"
    out = tmp_path / "r.jsonl"
    res = runner.invoke(app, ["tag", str(data / "test.jsonl"), "-o", str(out), "--model", str(tmp_path / "m"),
                              "--workers", "1"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 12 and all(r["meta"]["model"] == "m" for r in rows)


def test_cli_without_base_model_for_a_transformer_is_a_coded_error(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.cli import train  # noqa: F401

    res = CliRunner().invoke(app, ["train", "engagement", "--kind", "transformer", "--out", str(tmp_path / "x")])
    assert res.exit_code == 2 and "E050" in res.output


def test_an_ensemble_mixes_its_members_with_weights_chosen_on_dev(tiny, tmp_path):
    from pipeline.training.fit import train_ensemble, train_sklearn

    root, data, _ = tiny
    train_sklearn(data, tmp_path / "sk", seed=3)
    meta = train_ensemble(data, tmp_path / "ens", members=[tmp_path / "sk", root / "model"])
    assert meta["members"][0]["path"] == "../sk"  # relative: the models folder can move as a whole
    assert (tmp_path / "ens" / meta["members"][1]["path"]).resolve() == (root / "model").resolve()
    weights = [m["weight"] for m in meta["members"]]
    assert sum(weights) == pytest.approx(1.0) and "test" in meta["metrics"]
    ens = load_model(tmp_path / "ens")
    sk, tf = load_model(tmp_path / "sk"), load_model(root / "model")
    texts = load_split(data / "dev.jsonl").texts[:4]
    for got, a, b in zip(ens.predict_proba(texts), sk.predict_proba(texts), tf.predict_proba(texts)):
        for lab in LABELS:
            assert got[lab] == pytest.approx(weights[0] * a.get(lab, 0.0) + weights[1] * b.get(lab, 0.0), abs=1e-9)


def test_a_pickled_transformer_reloads_from_its_directory(tiny):
    import pickle

    root, data, _ = tiny
    model = load_model(root / "model")
    blob = pickle.dumps(model.estimator)
    assert len(blob) < 10_000  # the path and settings, not the weights
    again = pickle.loads(blob)
    texts = load_split(data / "dev.jsonl").texts[:3]
    assert again.predict_proba(texts) == model.estimator.predict_proba(texts)


def test_a_loaded_model_reads_with_the_window_shape_it_was_trained_with(tiny):
    root, data, _ = tiny
    model = load_model(root / "model")
    assert (model.estimator.spec.max_length, model.estimator.spec.stride) == (64, 16)
    # longer than the tiny base's 128 positions: only windows of the trained shape fit
    long_text = "".join(load_split(data / "train.jsonl").texts)[:1500]
    (probs,) = model.predict_proba([long_text])
    assert sum(probs.values()) == pytest.approx(1.0, abs=1e-4)

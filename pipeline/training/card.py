"""The model folder a training run writes: weights, ``meta.json`` and ``card.md``, swapped in whole."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def write_model_dir(out: Path, meta: dict[str, Any], write_weights) -> None:
    """Write weights, meta.json and card.md into a temp dir, then swap it into place."""
    import shutil

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        write_weights(tmp)
        (tmp / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
        (tmp / "card.md").write_text(model_card(out.name, meta), encoding="utf-8")
        if out.exists():
            old = out.with_name(f".{out.name}.old-{os.getpid()}")
            os.replace(out, old)
            os.replace(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def model_card(name: str, meta: dict[str, Any]) -> str:
    m = meta["metrics"]
    rows = []
    for split in ("dev", "weight_set", "test"):
        for system in ("rules", "model", "combined"):
            if split in m:
                r = m[split][system]
                split_name = "weight set" if split == "weight_set" else split
                rows.append(f"| {split_name} | {system} | {r['accuracy']:.3f} | {r['macro_f1']:.3f} | {r['support']} |")
    for lang, by_system in m.get("test_by_lang", {}).items():
        for system, r in by_system.items():
            rows.append(f"| test ({lang}) | {system} | {r['accuracy']:.3f} | {r['macro_f1']:.3f} | {r['support']} |")
    hp = {k: v for k, v in meta["hyper_parameters"].items() if k != "grid"}
    if meta["kind"] == "transformer":
        weights = ("`model.safetensors` (Hugging Face format, with its tokenizer), loaded only from a local "
                   "directory, never with remote code")
        epochs = "\n".join(f"| {h['epoch']} | {h['loss']} | {h['dev_accuracy']:.3f} | {h['dev_macro_f1']:.3f} |"
                           for h in meta.get("history", []))
        extra = (f"\n- **Base checkpoint**: `{meta['base'].get('path')}` ({meta['base'].get('kind', 'external')}, "
                 f"{meta['base'].get('parameters', '?')} parameters); trained on {meta.get('device')}.\n\n"
                 f"| epoch | training loss | dev accuracy | dev macro-F1 |\n|---|---|---|---|\n{epochs}\n")
    elif meta["kind"] == "ensemble":
        weights = "those of its members, each loaded by its own safe route"
        extra = "\n- **Members**: " + ", ".join(f"`{m['path']}` ({m['kind']}, weight {m['weight']})"
                                              for m in meta["members"]) + "."
    else:
        weights = "a skops file read with an explicit trusted-type list"
        extra = ""
    chosen = "" if "weight_set" in m else " and the combination weight"
    return f"""# {name}: engagement classifier ({meta['kind']})

- **Base**: {meta['base_model']}; input {hp['input']}.
- **Labels**: the eleven TAXONOMY §3 categories plus `null` (no engagement).
- **Training data**: `{meta['data']['train']}` ({meta['data']['n_train']} documents); hyper-parameters,
  early stopping{chosen} chosen on `{meta['data']['dev']}` ({meta['data']['n_dev']}
  documents); data hash `{meta['data']['hash']}`, lexicon hash `{meta['lexicon_hash']}`, seed {meta['seed']}.
- **Hyper-parameters**: {json.dumps(hp)}
- **Combination with rules**: {meta['combination']['policy']}, w = {meta['combination']['weight']}
  (chosen on {meta['combination'].get('chosen_on', 'dev accuracy')}).{extra}

| split | system | accuracy | macro-F1 | docs |
|---|---|---|---|---|
{chr(10).join(rows)}

{_test_note(m)}The corpus is
written for this project (see corpus/README.md); accuracy on real reports may differ.
Load only with tifa (`tifa tag --model {name}`, from any directory for a shipped model, or
`--model DIR`): weights are {weights}.
"""


def _test_note(metrics: dict[str, Any]) -> str:
    """What the card may say about test figures: only what happened."""
    if "test" in metrics:
        where = "dev and the weight set" if "weight_set" in metrics else "dev"
        return f"Test figures were computed once, after all choices were made on {where}. "
    return "No test split was scored (the training data had none): the figures above are dev figures, optimistic. "

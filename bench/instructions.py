"""Instructions executed by rules-only ``Tagger.pipe`` (records rendered as JSONL rows) over
the generated bench corpus, counted by valgrind's callgrind: a deterministic measure for
comparing two checkouts on a shared machine, where CPU time of one and the same run moves by
10-20% (docs/performance.md).

Only the tagging is counted: the child process loads the lexicon and tags 20 documents
uninstrumented (``--instr-atstart=no``), then this script switches callgrind's
instrumentation on (``callgrind_control -i on``), lets the child tag the corpus, and switches
it off again before the child exits. Needs valgrind (``apt-get install valgrind``); about a
minute per 0.5 MB.

Usage::

    python bench/instructions.py --mb 0.5                   # this checkout, engagement layer on
    python bench/instructions.py --mb 0.5 --no-engagements  # the document path alone
    python bench/instructions.py --tree /tmp/base           # another checkout (its bench corpus too)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(mb: float, engagements: bool, signals: Path) -> None:
    """The measured process: set up, wait for the switch, tag, say so, wait to be let go."""
    sys.path.insert(0, str(Path(os.environ["PYTHONPATH"]) / "bench"))
    from run import make_corpus  # (the checkout's own generator)

    from pipeline import load
    from pipeline.io import render_row

    docs = make_corpus(mb)
    tagger = load(model=False)
    tagger.engagements = engagements
    for rec in tagger.pipe(docs[:20]):  # warm: first-use costs stay out of the count
        render_row(rec, "jsonl")

    def step(done: str, wait: str) -> None:
        (signals / done).touch()
        while not (signals / wait).exists():
            time.sleep(0.1)

    step("ready", "go")
    for rec in tagger.pipe(docs):
        render_row(rec, "jsonl")
    step("done", "stop")


def count(tree: Path, mb: float, engagements: bool) -> int:
    """Instructions the tagging of ``mb`` MB took in checkout ``tree``."""
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    with tempfile.TemporaryDirectory() as tmp:
        signals = Path(tmp)
        env = {**os.environ, "PYTHONPATH": str(tree)}
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={tmp}/out",
               sys.executable, str(Path(__file__).resolve()), "--child", "--mb", str(mb), "--signals", tmp]
        if not engagements:
            cmd.append("--no-engagements")
        proc = subprocess.Popen(cmd, cwd=tree, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

        def wait_for(name: str) -> None:
            while not (signals / name).exists():
                if proc.poll() is not None:
                    out = proc.stdout.read()  # type: ignore[union-attr]
                    raise SystemExit(f"the measured process ended early:\n{out}")
                time.sleep(0.2)

        wait_for("ready")
        subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True)
        (signals / "go").touch()
        wait_for("done")
        subprocess.run(["callgrind_control", "-i", "off", str(proc.pid)], check=True, capture_output=True)
        (signals / "stop").touch()
        out, _ = proc.communicate()
    m = re.search(r"Collected : (\d+)", out)
    if m is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{out}")
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=0.5, help="MB of the generated corpus (default 0.5)")
    ap.add_argument("--no-engagements", action="store_true", help="Tagger.engagements = False")
    ap.add_argument("--tree", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--signals", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.mb, not args.no_engagements, args.signals)
        return
    n = count(args.tree.resolve(), args.mb, not args.no_engagements)
    print(f"{n} instructions ({n / 1e9:.3f} G) for {args.mb} MB, engagements "
          f"{'off' if args.no_engagements else 'on'}, {args.tree}")


if __name__ == "__main__":
    main()

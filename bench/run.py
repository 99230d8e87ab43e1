"""tifa benchmark: rules-only and default-model throughput against raw engines and peers,
and throughput and peak memory per document size (issue 17).

Usage::

    python bench/run.py                        # 10 MB corpus, per-size table, no stream check
    python bench/run.py --mb 2 --sizes 2KB,1MB --reps 2     # quick look
    python bench/run.py --write-doc            # also rewrite the table in docs/performance.md

Measures, in one process, each several times in turn (round-robin; the fastest run counts):
  1. raw iteration (all overlapping matches) over every lexicon literal in the plain text,
     with pyahocorasick (the issue's baseline) and with daachorse (tifa's engine);
  2. ``Tagger.pipe`` rules-only, every record serialised to JSON; and with the default model;
  3. spaCy blank "zh" with the jieba segmenter + PhraseMatcher over the same Chinese terms,
     and flashtext's KeywordProcessor over the same terms (if installed), each with the
     share of tifa's literal mentions in the Chinese dev texts it misses;
  4. the default model's batch size: the model path at several batch sizes;
  5. per document size (2 KB ... 30 MB): ``tifa tag --no-model --workers 1`` on a JSONL of
     documents of that size (10 MB in all, or one document when larger), its own timing
     and the process's peak RSS, sizes taken in turn, fastest of ``--size-reps``;
  6. optionally (``--stream-gb``) peak RSS of ``tifa tag`` streaming a large JSONL file.
Figures are printed as one table and written to ``bench/out/results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"

FILLER = [
    "双方就深化经贸合作、扩大人文交流等议题深入交换了意见", "会议强调要坚持稳中求进工作总基调",
    "近年来两地在基础设施互联互通方面取得积极进展", "与会代表围绕产业链供应链合作进行了交流",
    "活动期间还举行了项目推介和企业对接洽谈", "该口岸今年前三季度进出口货运量同比增长",
    "有关负责人介绍了本地营商环境和重点产业发展情况", "下一步将进一步完善工作机制，推动各项合作落地见效",
    "据了解，这是今年以来第三批赴外开展交流的团组", "会后，代表团一行参观了当地的工业园区和职业院校",
]
EN_FILLER = [
    "Officials from both sides discussed trade, logistics and tourism cooperation.",
    "The provincial government said the agreements would be implemented within two years.",
    "Freight volume through the border crossing rose sharply in the first three quarters.",
    "Analysts said the move reflected a broader push by inland provinces to court neighbours.",
]


def make_corpus(mb: float, seed: int = 13) -> list[str]:
    """Generated ~2 KB documents (fixed seed) mixing lexicon terms and filler prose.

    Two lexicon terms per filler sentence gives ~35 place/formulation mentions per 2 KB,
    the density measured on the project's own long (>1 KB) gold documents (zh 38, en 28).
    """
    from pipeline.lexicon import load

    lex = load()
    rng = random.Random(seed)
    zh_terms = sorted({s for e in list(lex.places_entries) + list(lex.formulation_entries) + list(lex.cue_entries)
                       for s in e.zh})
    en_terms = sorted({s for e in list(lex.places_entries) + list(lex.formulation_entries) + list(lex.cue_entries)
                       for s in e.en})
    docs, size, target = [], 0, int(mb * 1e6)
    while size < target:
        english = rng.random() < 0.2
        parts: list[str] = []
        n = 0
        while n < 2000:
            if english:
                s = rng.choice(EN_FILLER) + " " + " and ".join(rng.sample(en_terms, 2)) + ". "
            else:
                s = rng.choice(FILLER) + "，" + "、".join(rng.sample(zh_terms, 2)) + "。"
            parts.append(s)
            n += len(s.encode("utf-8"))
        doc = "".join(parts)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def mb_per_s(nbytes: int, seconds: float) -> float:
    return nbytes / 1e6 / seconds if seconds else float("inf")


def _literals() -> list[str]:
    from pipeline.lexicon import load

    lex = load()
    return list(dict.fromkeys(surface for m in (lex.places, lex.formulations, lex.cues)
                              for surface, _, _ in m.literals()))


def raw_automaton(docs: list[str], *, engine: str = "pyahocorasick") -> Callable[[], None]:
    """Raw iteration over every match (all overlapping) of every lexicon literal in the
    plain text: ``pyahocorasick`` (the issue's baseline) or ``daachorse`` (the engine tifa
    now scans with; its standard, overlapping mode)."""
    literals = _literals()
    if engine == "daachorse":
        import daachorse

        find = daachorse.CharwiseDoubleArrayAhoCorasick(literals, daachorse.MATCH_KIND_STANDARD).find_overlapping

        def run_daac() -> None:
            for d in docs:
                for _ in find(d):
                    pass
        return run_daac
    import ahocorasick

    auto = ahocorasick.Automaton()
    for surface in literals:
        auto.add_word(surface, len(surface))
    auto.make_automaton()

    def run() -> None:
        for d in docs:
            for _ in auto.iter(d):
                pass
    return run


def density(docs: list[str]) -> dict[str, float]:
    """What the tagger has to handle per document (mentions) and what the plain automaton
    pays per character (children of the places automaton's root: distinct first characters)."""
    from pipeline import load
    from pipeline.schemas import Document

    tagger = load(model=False)
    sample = docs[:500]
    kept = cues = 0
    for i, d in enumerate(sample):
        a = tagger.annotate(Document(id=str(i), text=d))
        kept += len(a.places) + len(a.formulations)
        cues += len(a.cues)
    roots = {surface[0] for surface, _, _ in tagger.lexicon.places.literals()}
    return {"mentions_per_doc": round(kept / len(sample), 1), "cues_per_doc": round(cues / len(sample), 1),
            "places_root_children": len(roots)}


def tagger_run(docs: list[str], *, model: bool = False, batch_size: int | None = None) -> Callable[[], None]:
    """``Tagger.pipe`` (rules only, or with the shipped default model), every record
    rendered as ``tifa tag`` writes a JSONL row."""
    from pipeline import load
    from pipeline.io import render_row

    tagger = load(model=None if model else False)
    if model and tagger.model is None:
        raise SystemExit("no default model shipped: run with --skip-model")
    if batch_size is not None:
        tagger.batch_size = batch_size

    def run() -> None:
        for rec in tagger.pipe(docs):
            render_row(rec, "jsonl")
    return run


def floor(docs: list[str]) -> Callable[[], None]:
    """What any tagger built on these parts pays before deciding anything: normalise,
    the four automaton passes (places, formulations, cues, slot triggers)
    with nothing done per match, then build and serialise the very records
    ``Tagger.pipe`` makes (their mentions given, not found). No slot pattern, role,
    background or engagement rule runs."""
    from pipeline import load
    from pipeline.schemas import EngagementDetail, Record, new_mention

    tagger = load(model=False)
    lex = tagger.lexicon
    # the records' contents as tuples of plain values: the garbage collector stops tracking
    # those, while 10,000 live records would slow every later measure's collections
    records = []
    for r in tagger.pipe(docs):
        fields = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in r.__dict__.items()
                       if k not in ("mentions", "engagement_detail", "meta"))
        mentions = tuple((m.start, m.end, m.text, m.label, m.code, m.entry, m.rule, m.role, tuple(m.targets))
                         for m in r.mentions)
        records.append((fields, r.engagement_detail.model_dump_json(), mentions))
    meta = tagger.meta
    scans = [s.find for s in (lex.places._auto, lex.formulations._auto, lex.cues._auto,  # noqa: SLF001
                              lex.formulations._triggers)]  # noqa: SLF001

    def run() -> None:
        for d, (fields, detail, ms) in zip(docs, records):
            text = lex.normalize(d).text
            for scan in scans:
                scan(text)
            mentions = [new_mention(a, b, t, label, code, entry, rule, role, list(targets))
                        for a, b, t, label, code, entry, rule, role, targets in ms]
            Record(**{k: list(v) if isinstance(v, tuple) else v for k, v in fields},
                   engagement_detail=EngagementDetail.model_validate_json(detail), mentions=mentions,
                   meta=meta).model_dump_json()
    return run


def _zh_terms() -> list[str]:
    """The lexicon's Chinese surface forms of two or more characters (what the peers match)."""
    from pipeline.lexicon import load

    lex = load()
    return sorted({s for e in list(lex.places_entries) + list(lex.formulation_entries) + list(lex.cue_entries)
                   for s in e.zh if len(s) > 1})


def _miss_share(terms: list[str], spans_of: Callable[[str], set[tuple[int, int]]]) -> float:
    """Of the literal lexicon mentions tifa finds in the Chinese dev texts (forms in
    ``terms``), the share a peer does not find at the same offsets."""
    from pipeline import load as load_tagger

    tagger = load_tagger(model=False)
    terms_set = set(terms)
    texts = [json.loads(x)["text"] for x in (ROOT / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip() and json.loads(x)["lang"] == "zh"]
    found = lost = 0
    for text in texts:
        rec = tagger.tag(text)
        want = {(m.start, m.end) for m in rec.mentions if m.rule is None and len(m.text) > 1 and m.text in terms_set}
        got = spans_of(text)
        found += len(want & got)
        lost += len(want - got)
    return lost / max(found + lost, 1)


def spacy_jieba(docs: list[str]) -> tuple[Callable[[], None], float]:
    """spaCy+jieba+PhraseMatcher over the same Chinese terms, and the share of tifa's mentions it misses."""
    import logging

    import jieba
    import spacy
    from spacy.matcher import PhraseMatcher

    jieba.setLogLevel(logging.WARNING)
    terms = _zh_terms()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("T", list(nlp.tokenizer.pipe(terms)))

    def spans_of(text: str) -> set[tuple[int, int]]:
        doc = nlp.make_doc(text)
        return {(doc[a:b].start_char, doc[a:b].end_char) for _, a, b in matcher(doc)}

    def run() -> None:
        for doc in nlp.tokenizer.pipe(docs):
            matcher(doc)
    return run, _miss_share(terms, spans_of)


def flashtext_peer(docs: list[str]) -> tuple[Callable[[], None], float] | None:
    """flashtext's KeywordProcessor over the same Chinese terms, and the share of tifa's
    mentions it misses (None if flashtext is not installed; it is no tifa dependency). Its
    word characters are ASCII letters, digits and ``_``, so every CJK character is a
    boundary; what its one-pass trie walk loses is measured, not assumed."""
    try:
        from flashtext import KeywordProcessor
    except ImportError:
        return None
    terms = _zh_terms()
    kp = KeywordProcessor()
    for t in terms:
        kp.add_keyword(t)

    def spans_of(text: str) -> set[tuple[int, int]]:
        return {(a, b) for _, a, b in kp.extract_keywords(text, span_info=True)}

    def run() -> None:
        for d in docs:
            kp.extract_keywords(d, span_info=True)
    return run, _miss_share(terms, spans_of)


def size_docs(size: str) -> tuple[int, int]:
    """(bytes per document, number of documents) for a size such as ``2KB`` or ``30MB``:
    10 MB in all, or one document when it is larger."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(KB|MB)", size.upper())
    if not m:
        raise SystemExit(f"bad size {size!r} (e.g. 2KB, 30MB)")
    nbytes = int(float(m.group(1)) * (1e3 if m.group(2) == "KB" else 1e6))
    return nbytes, max(1, int(10e6 // nbytes))


def size_file(size: str) -> Path:
    """A generated JSONL file of documents of ``size`` (made once, kept in bench/out)."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"size-{size}.jsonl"
    if path.exists():
        return path
    per_doc, count = size_docs(size)
    pool = make_corpus(max(per_doc * count / 1e6, 0.1) + 0.5)
    with open(path, "w", encoding="utf-8") as fh:
        k = 0
        for i in range(count):
            parts, n = [], 0
            while n < per_doc:
                d = pool[k % len(pool)]
                k += 1
                parts.append(d)
                n += len(d.encode("utf-8"))
            text = "".join(parts)
            fh.write(json.dumps({"id": f"{size}-{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


_TAGGED_IN = re.compile(r"tagged.* in (\d+(?:\.\d+)?)s")


def tag_size(path: Path) -> tuple[float, float]:
    """(tagging seconds as ``tifa tag`` reports them, peak RSS MB of the process) for one file."""
    out = OUT / "size.records.jsonl"
    cmd = [sys.executable, "-m", "pipeline", "tag", str(path), "-o", str(out), "--workers", "1", "--no-model",
           "--max-chars", str(path.stat().st_size)]  # a 30 MB document is over the 1M-character default: allowed here
    probe = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], check=True, capture_output=True, "
             "text=True); print(r.stdout + r.stderr); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    out.unlink(missing_ok=True)
    m = _TAGGED_IN.search(done.stdout)
    if not m:
        raise SystemExit(f"tifa tag printed no timing: {done.stdout[-500:]}")
    return float(m.group(1)), int(done.stdout.split()[-1]) / 1024


def bench_sizes(sizes: list[str], reps: int) -> list[dict[str, float | str]]:
    """Per document size: MB/s (fastest of ``reps``, sizes in turn) and peak RSS (largest seen)."""
    files = {s: size_file(s) for s in sizes}
    best = {s: float("inf") for s in sizes}
    peak = dict.fromkeys(sizes, 0.0)
    for _ in range(reps):
        for s, path in files.items():
            secs, rss = tag_size(path)
            best[s] = min(best[s], secs)
            peak[s] = max(peak[s], rss)
    rows = []
    for s in sizes:
        per_doc, count = size_docs(s)
        nbytes = files[s].stat().st_size
        rows.append({"size": s, "docs": count, "mb": round(nbytes / 1e6, 1), "seconds": best[s],
                     "mb_per_s": round(mb_per_s(nbytes, best[s]), 2), "peak_rss_mb": round(peak[s], 1)})
    base = rows[0]["mb_per_s"]
    for r in rows:
        r["vs_first"] = round(float(r["mb_per_s"]) / float(base), 2)
    return rows


def best_times(runs: dict[str, Callable[[], None]], reps: int, clock: Callable[[], float] = time.perf_counter
               ) -> dict[str, float]:
    """Fastest of ``reps`` runs of each, taken in turn (round-robin), so that a slow spell
    of a shared machine hits every measure alike instead of one of them. ``clock``:
    wall time, or ``time.process_time`` (this process's CPU time: every measure is one
    thread, and a machine shared by other jobs slows the wall clock of each far more)."""
    best = {k: float("inf") for k in runs}
    for _ in range(reps):
        for name, run in runs.items():
            t = clock()
            run()
            best[name] = min(best[name], clock() - t)
    return best


def stream_file(gb: float) -> Path:
    """A generated JSONL file of ``gb`` gigabytes (20 MB of corpus documents repeated), made once."""
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"stream-{gb:g}GB.jsonl"
    if not src.exists() or src.stat().st_size < gb * 1e9 * 0.99:
        docs = make_corpus(20)
        with open(src, "w", encoding="utf-8") as fh:
            size, i = 0, 0
            while size < gb * 1e9:
                line = json.dumps({"id": f"s{i}", "text": docs[i % len(docs)]}, ensure_ascii=False) + "\n"
                fh.write(line)
                size += len(line.encode("utf-8"))
                i += 1
    return src


def bench_stream(gb: float, workers: int) -> dict[str, float]:
    """Peak RSS (MB) of ``tifa tag`` on a generated JSONL file of ``gb`` gigabytes.

    ``tifa tag`` is started from a small intermediate interpreter that reports its
    children's peak: Linux counts a child's memory from before its ``exec`` too, and a
    child started straight from this process (which holds the corpus, spaCy and the
    records by now) would be charged this process's size."""
    src = stream_file(gb)
    out = OUT / "stream.records.csv"
    cmd = [sys.executable, "-m", "pipeline", "tag", str(src), "-o", str(out), "--format", "csv",
           "--workers", str(workers), "--no-model"]
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stderr=subprocess.DEVNULL); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True)
    secs = time.perf_counter() - t
    peak_kb = int(done.stdout.split()[-1])
    out.unlink(missing_ok=True)
    return {"gb": gb, "seconds": round(secs, 1), "mb_per_s": round(src.stat().st_size / 1e6 / secs, 2),
            "peak_rss_mb": round(peak_kb / 1024, 1), "workers": workers}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0, help="size of the throughput corpus (2 KB documents)")
    ap.add_argument("--reps", type=int, default=3, help="runs of each throughput measure, in turn; the fastest counts")
    ap.add_argument("--sizes", default="2KB,100KB,1MB,10MB,30MB",
                    help="document sizes of the per-size table ('': skip)")
    ap.add_argument("--size-reps", type=int, default=2)
    ap.add_argument("--batch-sizes", default="8,32,64,128", help="the default model's batch sizes to time ('': skip)")
    ap.add_argument("--stream-gb", type=float, default=0.0, help="size of the streaming memory check (0: skip)")
    ap.add_argument("--stream-workers", type=int, default=1)
    ap.add_argument("--skip-spacy", action="store_true")
    ap.add_argument("--skip-model", action="store_true")
    ap.add_argument("--write-doc", action="store_true", help="rewrite the table in docs/performance.md")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="time the in-process measures by this process's CPU time (default; a shared machine "
                         "slows wall time unevenly) or by wall time (the per-size table is always wall time)")
    ap.add_argument("--from-results", action="store_true",
                    help="measure nothing: render bench/out/results.json of the last run")
    args = ap.parse_args()
    if args.from_results:
        table = render(json.loads((OUT / "results.json").read_text(encoding="utf-8")))
        print(table)
        if args.write_doc:
            write_doc("bench", table)
        return

    if args.clock == "cpu":  # BLAS reads it when it starts: one thread, so CPU time is the time of one CPU
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
    docs = make_corpus(args.mb)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    print(f"corpus: {len(docs)} docs, {nbytes / 1e6:.1f} MB (seed 13)", flush=True)
    res: dict[str, object] = {"corpus_mb": round(nbytes / 1e6, 1), "docs": len(docs), "cpu": os.cpu_count()}
    res.update(density(docs))
    runs = {"raw": raw_automaton(docs), "raw_daachorse": raw_automaton(docs, engine="daachorse"),
            "floor": floor(docs), "tagger": tagger_run(docs)}
    if not args.skip_model:
        runs["model"] = tagger_run(docs, model=True)
    peers: dict[str, float] = {}
    if not args.skip_spacy:
        runs["spacy"], peers["spacy"] = spacy_jieba(docs)
    ft = flashtext_peer(docs)
    if ft is not None:
        runs["flashtext"], peers["flashtext"] = ft
    clock = time.perf_counter if args.clock == "wall" else time.process_time
    best = best_times(runs, args.reps, clock)
    raw, tag = best["raw"], best["tagger"]
    res["reps"] = args.reps
    res["clock"] = args.clock
    res["mb_s"] = {k: round(mb_per_s(nbytes, v), 2) for k, v in best.items()}
    res["tagger_over_raw_time"] = round(tag / raw, 2)
    res["tagger_over_raw_daachorse_time"] = round(tag / best["raw_daachorse"], 2)
    res["floor_over_raw_time"] = round(best["floor"] / raw, 2)
    for peer, miss in peers.items():
        res[f"speedup_over_{peer}"] = round(best[peer] / tag, 2)
        res[f"{peer}_misses"] = round(miss, 3)
    if "model" in best:
        res["model_over_rules_speed"] = round(tag / best["model"], 2)
    if not args.skip_model and args.batch_sizes:
        sizes = [int(x) for x in args.batch_sizes.split(",")]
        batch = best_times({str(b): tagger_run(docs, model=True, batch_size=b) for b in sizes}, args.reps, clock)
        res["model_batch_mb_s"] = {b: round(mb_per_s(nbytes, v), 2) for b, v in batch.items()}
    if args.sizes:
        print("per-size table ...", flush=True)
        res["sizes"] = bench_sizes(args.sizes.split(","), args.size_reps)
    if args.stream_gb > 0:
        res["stream"] = bench_stream(args.stream_gb, args.stream_workers)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(res, indent=2), encoding="utf-8")
    table = render(res)
    print(table)
    if args.write_doc:
        write_doc("bench", table)


def write_doc(marker: str, table: str, doc_path: str = "docs/performance.md") -> None:
    """Replace what lies between ``<!-- MARKER:start -->`` and ``<!-- MARKER:end -->`` in ``doc_path``."""
    doc = ROOT / doc_path
    text = doc.read_text(encoding="utf-8")
    if f"<!-- {marker}:start -->\n" not in text or f"<!-- {marker}:end -->" not in text:
        sys.exit(f"{doc_path} has no <!-- {marker}:start --> … <!-- {marker}:end --> block: add the two markers "
                 "where the table goes")
    new = re.sub(rf"(<!-- {marker}:start -->\n).*?(<!-- {marker}:end -->)",
                 lambda m: m.group(1) + table + "\n" + m.group(2), text, flags=re.S)
    tmp = doc.with_suffix(doc.suffix + ".tmp")  # written whole, then moved: never half a document
    tmp.write_text(new, encoding="utf-8")
    tmp.replace(doc)


def render(res: dict) -> str:
    mb = res["mb_s"]
    rows = [
        ("corpus", f"{res['corpus_mb']} MB, {res['docs']} generated 2 KB docs, {res['cpu']} CPUs; "
                   f"fastest of {res.get('reps', 1)} runs each, taken in turn"
                   + (", CPU time of the process" if res.get("clock") == "cpu" else "")),
        ("per document", f"{res['mentions_per_doc']} place/formulation mentions (kept in the record) and "
                         f"{res['cues_per_doc']} cue mentions"),
        ("raw pyahocorasick iteration (overlapping) over the lexicon's literals", f"{mb['raw']} MB/s"),
        ("raw daachorse iteration (overlapping) over the same literals", f"{mb['raw_daachorse']} MB/s"),
        ("floor: normalise + the four automaton passes + build and serialise the same records, no rule run",
         f"{mb['floor']} MB/s ({res['floor_over_raw_time']}x raw-pyahocorasick time)"),
        ("`Tagger.pipe` rules-only, full records as JSONL rows",
         f"{mb['tagger']} MB/s (**{res['tagger_over_raw_time']}x** raw-pyahocorasick time; "
         f"{res['tagger_over_raw_daachorse_time']}x raw daachorse)"),
    ]
    if "model" in mb:
        rows.append(("`Tagger.pipe` with the default model", f"{mb['model']} MB/s "
                     f"(**{res['model_over_rules_speed']}x** the rules-only speed)"))
    if "model_batch_mb_s" in res:
        rows.append(("default model by batch size",
                     ", ".join(f"{b}: {v} MB/s" for b, v in res["model_batch_mb_s"].items())))
    names = {"spacy": "spaCy zh + jieba + PhraseMatcher", "flashtext": "flashtext KeywordProcessor"}
    for peer, name in names.items():
        if f"speedup_over_{peer}" in res:
            ratio = res[f"speedup_over_{peer}"]
            speed = (f"tifa **{ratio}x** faster" if ratio >= 1 else
                     f"**{round(1 / ratio, 2)}x** tifa's speed: keywords only, no record")
            rows.append((f"{name} over the same Chinese terms",
                         f"{mb[peer]} MB/s ({speed}; misses {res[f'{peer}_misses'] * 100:.1f}% "
                         f"of the literal mentions tifa finds "
                         f"in the Chinese dev texts)"))
    if "stream" in res:
        s = res["stream"]
        rows.append((f"`tifa tag --no-model` streaming {s['gb']} GB JSONL", f"peak RSS {s['peak_rss_mb']} MB, "
                     f"{s['mb_per_s']} MB/s, {s['workers']} worker(s)"))
    out = "| measure | result |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)
    if "sizes" in res:
        out += ("\n\n| document size (`tifa tag --no-model --workers 1`) | documents | MB | MB/s | vs the first size "
                "| peak RSS MB |\n|---|---|---|---|---|---|\n")
        out += "\n".join(f"| {r['size']} | {r['docs']} | {r['mb']} | {r['mb_per_s']} | {r['vs_first']}x | "
                         f"{r['peak_rss_mb']} |" for r in res["sizes"])
    return out


if __name__ == "__main__":
    main()

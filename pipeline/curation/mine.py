"""Mine a corpus for formulations the lexicon does not have: ``tifa lexicon suggest``.

Three sources of candidates, all restricted to text that no lexicon entry already
covers (formulation and place matches are masked first):

(a) **slot frames** — the fillers of the frames that introduce designations and
    leverage phrases: 面向X(开放)的Y, 打造(成)…Y, 建设(成)/建成/成为/作为…Y, 发挥…优势,
    and in English "X-facing Y", "become / serve as / act as / grow into / described …
    as a Y". Y is read as every token prefix of the text after the frame (Chinese noun
    phrases are head-final, so the right end is not known); counting across the corpus
    and dropping nested forms picks the prefix that recurs.
(b) **co-occurrence** — token n-grams (jieba for Chinese, word tokens for English)
    that occur in sentences with a known formulation far more often than chance:
    Dunning's log-likelihood ratio G² on the 2×2 table of sentences (candidate present
    or not × known formulation present or not), positive association only.
(c) **English noun phrases** in the same frames: runs of up to four content words
    after the frame's article (no POS model is available offline: stop words and word
    shape end the phrase).

Candidates need ``min_count`` sentences in at least ``min_docs`` documents. A candidate
contained in a longer one that occurs almost as often (≥ 80 %) is dropped (the longer
is the formulation). Score = G² + ``frame_weight`` × frame hits; the suggested type is
the frame's type (designated_role, leverage_advantage) or, for co-occurrence, the type
of the known formulations it keeps company with.

The review file, reading it back and accepting rows: :mod:`pipeline.curation.review`.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..lexicon import Lexicon
from ..schemas import Document
from ..text import Normalized

# Chinese function words and generic verbs that never start or end a formulation
_ZH_STOP = frozenset(str.split(
    "的 了 和 与 及 以 在 是 将 对 等 为 把 并 也 都 要 于 中 上 下 从 向 由 被 其 该 各 更 再 又 还 就 而 或 之 "
    "着 过 到 给 让 使 这 那 此 有 无 不 没 已 很 最 多 个 年 月 日 次 位 名 项 家 方 双方 一 二 三 两 "
    "推动 推进 加快 深化 提升 扩大 加强 推广 坚持 积极 努力 共同 进一步 持续 全面 不断 主动 继续 充分 "
    "表示 提出 强调 要求 指出 认为 介绍 希望 愿 愿意 同意 会见 会谈 举行 举办 召开 出席 参加 签署 访问 "
    "打造 建设 建成 成为 作为 发挥 服务 融入 实现 促进 支持 开展 拓展 巩固 增强 优化 围绕 依托 利用 "
    "对接 践行 秉持 弘扬 传承 珍视 回顾 "
    "重要 相关 有关 一批 一系列 方面 领域 工作 活动 问题 情况 水平 能力 作用 成果 地区 国家 各国 "
    "省 市 区 县 州 我 我们 他们 双边 多边 "
    # titles and participants: the genre names them constantly, they are never formulations
    "总领事 领事 大使 省长 副省长 主席 副主席 书记 市长 副市长 州长 部长 主任 负责人 代表团 代表 企业 官员"
))
_EN_STOP = frozenset(str.split(
    "a an the of for to in on at by with from as and or but is are was were be been being will would should "
    "can could may might must has have had do does did its it this that these those their his her our your "
    "which who whom whose what when where why how than then also more most very such said says say told "
    "after before during over under into onto about between among across through up down out off new two one "
    "not no all any some each both other another own same so too just only per via while since until "
    "officials official china chinese beijing"
))
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_EN_TOKEN = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")

# (a) frames: (name, regex on the normalised text, implied type or "" to let company decide,
# weight); group "y" starts the filler. Designation frames weigh more than policy-object ones.
_ZH_FRAMES: tuple[tuple[str, str, str, float], ...] = (
    ("面向X的Y", r"面向[^，。；：！？、\n]{1,12}?(?:开放)?的(?P<y>)", "designated_role", 1.0),
    ("打造…Y", r"打造(?:成为|成)?(?P<y>)", "designated_role", 1.0),
    ("建设…Y", r"(?:建设成为|建设成|建设|建成)(?P<y>)", "designated_role", 1.0),
    ("成为…Y", r"(?:成为|作为|定位为)(?P<y>)", "designated_role", 1.0),
    ("发挥…优势", r"发挥(?:好|出)?(?P<y>[^，。；：！？\n]{1,10}?)优势", "leverage_advantage", 1.0),
    ("坚持/推进…Y", r"(?:坚持|践行|秉持|弘扬|传承|珍视|推进|服务|融入|对接|拓展|打好|做好|用好|讲好)(?P<y>)", "", 0.5),
)
_EN_FRAMES: tuple[tuple[str, str, str, float], ...] = (
    ("X-facing Y", r"[a-z]+[- ]facing (?P<y>)", "designated_role", 1.0),
    ("become/serve as a Y",
     (r"(?:become|becomes|became|becoming|serve as|serves as|serving as|act as|acts as|acting as|grow into|"
      r"grows into|turn (?:[a-z]+ ){0,3}?into|pitched as|described (?:[a-z'’]+ ){0,3}?as|positioned as|"
      r"designated as|build (?:[a-z]+ ){0,3}?into) (?:(?:a|an|the|its) )?(?P<y>)"), "designated_role", 1.0),
    ("pursue/uphold Y", (r"(?:pursue|pursues|pursuing|promise|promised|promises|uphold|upholds|stand for|stands for|"
                         r"champion|champions|deepen|deepens|advance|advances|expand|expands) (?P<y>)"), "", 0.5),
)
_ZH_TAIL = 12  # characters after a frame read as the filler


@dataclass
class Candidate:
    """One mined form with its evidence."""

    term: str
    lang: str
    sentences: int = 0
    docs: set[str] = field(default_factory=set)
    provinces: Counter = field(default_factory=Counter)
    cooc: int = 0
    context_hits: int = 0
    context_chars: int = 0
    frames: Counter = field(default_factory=Counter)
    frame_score: float = 0.0
    types: Counter = field(default_factory=Counter)
    kwic: list[str] = field(default_factory=list)
    g2: float = 0.0
    lift: float = 0.0
    score: float = 0.0

    def row(self) -> dict[str, Any]:
        """The review-file row (analyst fills ``decision``; may change ``type``)."""
        kind = self.types.most_common(1)[0][0] if self.types else ""
        sources = [f"frame {k} ×{v}" for k, v in self.frames.most_common()]
        if self.context_hits:
            sources.append(f"{self.context_hits} known formulations around it, {2 ** self.lift:.1f}× the corpus "
                           f"rate (G² {self.g2:+.1f}); {self.cooc} of its {self.sentences} sentences have one")
        return {"term": self.term, "lang": self.lang, "decision": "", "type": kind, "score": round(self.score, 2),
                "count": self.sentences, "docs": len(self.docs),
                "provinces": [p for p, _ in self.provinces.most_common()], "evidence": sources,
                "kwic": self.kwic[:3]}


def g2(observed: float, expected: float) -> float:
    """Signed log-likelihood ratio G² of ``observed`` known-formulation matches where a
    Poisson rate predicts ``expected``: positive when the candidate's context is denser
    in known formulations than the corpus, negative when sparser.

    >>> round(g2(9, 3), 2), g2(1, 3) < 0, g2(3, 3)
    (7.78, True, 0.0)
    """
    if expected <= 0:
        return 0.0
    val = 2 * ((observed * math.log(observed / expected) if observed > 0 else 0.0) - (observed - expected))
    return val if observed >= expected else -val


class _Miner:
    """Collects candidates document by document; :meth:`ranked` scores them."""

    def __init__(self, lex: Lexicon, *, max_tokens: int = 4) -> None:
        import jieba

        from ..tagger import Tagger

        self.lex = lex
        self.tagger = Tagger(lex)
        self.tok = jieba.Tokenizer()  # never the global one (DESIGN.md)
        level = jieba.default_logger.level
        jieba.default_logger.setLevel(logging.WARNING)  # no "Building prefix dict…" chatter on stderr
        try:
            self.tok.initialize()
        finally:
            jieba.default_logger.setLevel(level)
        self.max_tokens = max_tokens
        self.cands: dict[tuple[str, str], Candidate] = {}
        self.n_sent = 0
        self.n_known = 0
        self.n_hits = 0
        self.n_chars = 0
        self.zh_frames = [(n, re.compile(rx), t, w) for n, rx, t, w in _ZH_FRAMES]
        self.en_frames = [(n, re.compile(rx), t, w) for n, rx, t, w in _EN_FRAMES]

    def _cand(self, term: str, lang: str) -> Candidate:
        key = (term, lang)
        c = self.cands.get(key)
        if c is None:
            c = self.cands[key] = Candidate(term, lang)
        return c

    def add(self, doc: Document) -> None:
        from ..text import sentences

        analysis = self.tagger.annotate(doc)
        doc = analysis.doc
        norm = analysis.norm  # (read before records() releases the analysis' sentence facts)
        text = norm.text
        record = next(self.tagger.records([analysis]))
        form_hits = self.lex.formulations.find(text, doc.date)
        known = [False] * (len(text) + 1)  # characters some place or formulation entry already covers
        for h in self.lex.places.find(text, doc.date) + form_hits:
            for i in range(h.start, h.end):
                known[i] = True
        spans = sentences(text) or [(0, len(text))]
        per_sent = [[h for h in form_hits if a <= h.start < b] for a, b in spans]
        self.n_hits += len(form_hits)
        self.n_chars += len(text)
        for k, (a, b) in enumerate(spans):
            types = Counter(getattr(h.entry, "type", "") for h in per_sent[k])
            lo, hi = max(0, k - 1), min(len(spans), k + 2)  # context: the sentence and its neighbours
            ctx_hits = sum(len(x) for x in per_sent[lo:hi])
            ctx_chars = spans[hi - 1][1] - spans[lo][0]
            ctx_types = Counter(getattr(h.entry, "type", "") for x in per_sent[lo:hi] for h in x)
            seen: dict[tuple[str, str], tuple[int, int]] = {}
            for term, lang, s, e in self._ngrams(text, a, b, known):
                seen.setdefault((term, lang), (s, e))
            framed = self._frames(text, a, b, known)
            for key, (s, e) in seen.items():
                c = self._cand(*key)
                c.sentences += 1
                c.docs.add(doc.id)
                c.provinces.update(record.provinces)
                c.context_hits += ctx_hits
                c.context_chars += ctx_chars
                c.types.update(ctx_types)
                c.cooc += bool(types)
                if len(c.kwic) < 3 and doc.id not in {k.split(" ", 1)[0] for k in c.kwic}:
                    c.kwic.append(_kwic(doc, norm, a, b, s, e, 18 if key[1] == "zh" else 40))
            for key, name, kind, weight in framed:
                if key in seen:
                    c = self.cands[key]
                    c.frames[name] += 1
                    c.frame_score += weight
                    if kind:
                        c.types[kind] += 3  # a designation frame says more about the type than company does
            self.n_sent += 1
            self.n_known += bool(types)

    def _ngrams(self, text: str, a: int, b: int, known: list[bool]) -> Iterable[tuple[str, str, int, int]]:
        """Token n-grams of one sentence that touch no known span."""
        for m in _CJK_RUN.finditer(text, a, b):
            toks, pos = [], m.start()
            for w in self.tok.cut(m.group(0), HMM=True):
                toks.append((w, pos, pos + len(w)))
                pos += len(w)
            yield from self._grams(toks, known, "zh", _ZH_STOP, "")
        en = [(w.group(0), w.start(), w.end()) for w in _EN_TOKEN.finditer(text, a, b)]
        # a hyphen or apostrophe joins tokens; any other gap (comma, dash, digits) ends a phrase
        run: list[tuple[str, int, int]] = []
        for t in en:
            if run and text[run[-1][2]:t[1]] != " ":
                yield from self._grams(run, known, "en", _EN_STOP, " ")
                run = []
            run.append(t)
        yield from self._grams(run, known, "en", _EN_STOP, " ")

    def _grams(self, toks: list[tuple[str, int, int]], known: list[bool], lang: str, stop: frozenset[str],
               sep: str) -> Iterable[tuple[str, str, int, int]]:
        n = len(toks)
        for i in range(n):
            if toks[i][0] in stop or known[toks[i][1]]:
                continue
            for j in range(i, min(n, i + self.max_tokens)):
                w, s, e = toks[j]
                if known[s] or known[e - 1]:
                    break
                if w in stop:
                    continue
                term = sep.join(t[0] for t in toks[i:j + 1])
                size = len(term) if lang == "zh" else j - i + 1
                if lang == "zh" and not (3 <= size <= 8 or (size == 2 and j > i)):
                    continue
                if lang == "en" and (len(term) < 4 or (size == 1 and "-" not in term)):
                    continue  # single English words are too vague to suggest (except compounds)
                yield term, lang, toks[i][1], e

    def _frames(self, text: str, a: int, b: int,
                known: list[bool]) -> list[tuple[tuple[str, str], str, str, float]]:
        """(candidate key, frame name, type, weight) for every filler a frame introduces."""
        out = []
        for name, rx, kind, weight in self.zh_frames:
            for m in rx.finditer(text, a, b):
                ys = m.start("y")
                ye = m.end("y") if m.end("y") > ys else min(b, ys + _ZH_TAIL)
                run = _CJK_RUN.match(text, ys, ye)
                if run is None:
                    continue
                pos, acc = ys, ""
                for w in self.tok.cut(run.group(0), HMM=True):
                    if known[pos]:
                        break
                    acc += w
                    pos += len(w)
                    out.append(((acc, "zh"), name, kind, weight))
        for name, rx, kind, weight in self.en_frames:
            for m in rx.finditer(text, a, b):
                words = []
                for w in _EN_TOKEN.finditer(text, m.end("y"), min(b, m.end("y") + 60)):
                    if w.group(0) in _EN_STOP or known[w.start()] or (words and text[words[-1][2]:w.start()] != " "):
                        break
                    words.append((w.group(0), w.start(), w.end()))
                    if len(words) == self.max_tokens:
                        break
                for k in range(1, len(words) + 1):  # every suffix that ends the phrase: its head
                    out.append(((" ".join(t[0] for t in words[k - 1:]), "en"), name, kind, weight))
                    out.append(((" ".join(t[0] for t in words[:k]), "en"), name, kind, weight))
        return list(dict.fromkeys(out))

    def ranked(self, *, min_count: int, min_docs: int, frame_weight: float) -> list[Candidate]:
        pool = [c for c in self.cands.values() if c.sentences >= min_count and len(c.docs) >= min_docs]
        rate = self.n_hits / max(1, self.n_chars)
        pool = _drop_nested(pool)
        for c in pool:
            expected = rate * c.context_chars
            c.g2 = g2(c.context_hits, expected)
            c.lift = math.log2((c.context_hits + 0.5) / (expected + 0.5))
            # PMI-like lift, trusted in full only once G² is significant (3.84: p < 0.05, 1 df)
            c.score = frame_weight * (c.frame_score + c.lift * min(1.0, abs(c.g2) / 3.84))
        keep = [c for c in pool if c.score > 0]
        return sorted(keep, key=lambda c: (-c.score, -c.sentences, c.term))


def _kwic(doc: Document, norm: Normalized, a: int, b: int, s: int, e: int, width: int) -> str:
    """``id …left【match】right…`` on the original text, within the sentence ``[a, b)``."""
    def orig(i: int, j: int) -> str:
        if i >= j:
            return ""
        x, y = norm.orig_span(i, j)
        return doc.text[x:y]

    line = f"{doc.id} …{orig(max(a, s - width), s)}【{orig(s, e)}】{orig(e, min(b, e + width))}…"
    return " ".join(line.split())


def _pieces(c: Candidate) -> set[str]:
    """Every shorter form inside ``c.term``: character substrings (Chinese) or word
    sub-sequences (English)."""
    if c.lang == "zh":
        n = len(c.term)
        return {c.term[a:b] for a in range(n) for b in range(a + 1, n + 1) if b - a < n}
    w = c.term.split(" ")
    return {" ".join(w[a:b]) for a in range(len(w)) for b in range(a + 1, len(w) + 1) if b - a < len(w)}


def _drop_nested(pool: list[Candidate]) -> list[Candidate]:
    """Drop a candidate when a longer one containing it occurs at least 80 % as often
    (the shorter is then just a piece of the longer formulation). Linear in the pool:
    each candidate looks up its own pieces."""
    index = {(c.term, c.lang): c for c in pool}
    containers: dict[int, list[Candidate]] = defaultdict(list)
    for long in pool:
        for piece in _pieces(long):
            short = index.get((piece, long.lang))
            if short is not None:
                containers[id(short)].append(long)
    drop: set[int] = set()
    for short in sorted(pool, key=lambda c: -len(c.term)):  # a longer one's fate is settled first
        for long in sorted(containers.get(id(short), ()), key=lambda c: -len(c.term)):
            if id(long) not in drop and long.sentences >= 0.8 * short.sentences:
                drop.add(id(short))
                long.frames |= short.frames  # the same occurrences: keep the larger count, never add
                long.frame_score = max(long.frame_score, short.frame_score)
                break
    return [c for c in pool if id(c) not in drop]


def suggest(paths: list[str], lexicon: Lexicon, *, n: int = 50, min_count: int = 3, min_docs: int = 2,
            frame_weight: float = 4.0) -> dict[str, Any]:
    """Ranked candidate formulations of a corpus that the lexicon does not have.

    Returns:
        ``{"documents", "sentences", "sentences_with_known", "candidates": [row, …]}``
        with rows as in :meth:`Candidate.row`, best first.
    """
    from .stats import read_corpus, unreadable_inputs

    docs, errors = read_corpus(paths)
    miner = _Miner(lexicon)
    for d in docs:
        miner.add(d)
    ranked = miner.ranked(min_count=min_count, min_docs=min_docs, frame_weight=frame_weight)[:n]
    return {"documents": len(docs), "unreadable": len(errors), "unreadable_inputs": unreadable_inputs(errors),
            "sentences": miner.n_sent,
            "sentences_with_known": miner.n_known, "lexicon_hash": lexicon.hash,
            "candidates": [c.row() for c in ranked]}

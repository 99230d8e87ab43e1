"""From an annotated, resolved document to its engagements (TAXONOMY §3b).

Steps: clauses (sentences, cut again at a comma before a clause that names its own
Chinese actor and act: 新疆…访问哈萨克斯坦，云南…访问越南) → the act clauses → segments
(:mod:`.acts`) → each segment paired with its Chinese actor and foreign counterparts,
its category decided by :func:`.policy.categorize` on its own clauses (a segment in which the
policy reads no act is dropped), and its attributes (:mod:`.attributes`). A document whose text
reports one engagement keeps the document's provinces, partners and regions in it.

Pairing the Chinese actor (first that applies): a province named in the segment's clauses (a province, a city,
an official's dated name), the nearest actor named before it, the document's provinces, its ``source_province``.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Callable, Mapping, NamedTuple, Sequence

from ..schemas import Document, Engagement, Mention, Provenance, Record
from ..text import sentences
from .acts import _FUTURE_AFTER as FUTURE_AFTER, Days, Segment, SentenceInfo, clause_info, dateline, dated_text
from .actors import during_trip, engaged_regions, listed_with_countries, passing_sars, shifted_day, venue_only, visited
from .central import central_clause
from .attributes import (act_date, best_title, direction, inferred_venue, city_official, leader_official, level,
                         relative_date, not_act_day, title_provenance, venue)
from .city_pages import attribute_sentences
from ._build import fast
from .apart_acts import apart_segments, leader_again, same_day_again, with_another_act
from .occasions import day_after_act, last_month_day, leaders_acting_apart, next_meetings, same_leader_again
from .policy import categorize
from .reading import muted
from .roundups import body_segments, scene_trimmed, tally_clause
from .posts import later_counterpart, later_official, titles_attached
from .pronoun_guests import guest_before
from .localities import SISTER_TIES, foreign_unit
from .titles import TitleHit, TitleMatcher, entrusting, foreign_local
from .titles_extra import foreign_trainees_named  # (a cadre training no foreign party joins: domestic)
from .peer_offices import own_side  # (两地外办座谈交流: domestic; 驻日使馆会见访日团: the trip)
from .years import DocYears, EventMatcher

if TYPE_CHECKING:
    from ..analysis import Analysis

BODY_ACTS = True  # read dated acts in the body of a text whose lead reports none
ACT_WEIGHT = 1.0  # a cue of at least this weight reports an act
ATTRIBUTE_CLAUSES = 5  # attributes are read from a segment's first clauses
_DELIM = re.compile(r"[，,、；;]")


def clauses(text: str, sents: list[tuple[int, int]], actors: Sequence[Mention], partners: Sequence[Mention]
            ) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(clause, its sentence) spans: sentences cut where a list pairs several actors each with
    its own partners (A省与X国…、B省与Y国…签署; 新疆…访问哈萨克斯坦，云南…访问越南), before
    an actor that differs from the one before it when a partner lies between them and
    another after it. The cut falls after the last delimiter before that actor."""
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    p_starts = [m.start for m in partners]
    a_starts = [m.start for m in actors]
    for a, b in sents:
        cut, cur, prev_end = a, None, a
        lo, hi = bisect.bisect_left(a_starts, a), bisect.bisect_left(a_starts, b)
        if hi - lo < 2:  # fewer than two actors: cut only before the leader's next meeting (occasions)
            out.extend(next_meetings(text, a, b, p_starts))
            continue
        for m in actors[lo:hi]:
            # a partner must lie between the previous actor and this one (北京市、江苏省…对全罗北道进行访问: one act)
            if (cur is not None and m.code != cur and _any_in(p_starts, max(cut, prev_end), m.start)
                    and _any_in(p_starts, m.end, b)):
                last_p = p_starts[bisect.bisect_left(p_starts, m.start) - 1]
                d = None
                for dm in _DELIM.finditer(text, last_p, m.start):
                    d = dm.end()
                d = d or m.start
                out.append(((cut, d), (a, b)))
                cut = d
            cur, prev_end = m.code, m.end
        out.extend(next_meetings(text, cut, b, p_starts, (a, b)))
    return out


class _Clauses(NamedTuple):
    """The mentions of each clause (by clause index), read once per document."""

    actors: dict[int, list[Mention]]
    acts: dict[int, list[Mention]]
    places: dict[int, list[Mention]]


def _by_clause(mentions: Sequence[Mention], starts: list[int]) -> dict[int, list[Mention]]:
    """The mentions of each clause: a walk alongside the clauses (mentions come in text order;
    one out of order stays in the clause the walk has reached)."""
    out: dict[int, list[Mention]] = {}
    n = len(starts)
    i = 0
    nxt = starts[1] if n > 1 else None
    for m in mentions:
        s = m.start
        while nxt is not None and nxt <= s:
            i += 1
            nxt = starts[i + 1] if i + 1 < n else None
        lst = out.get(i)
        if lst is None:
            out[i] = [m]
        else:
            lst.append(m)
    return out


def _any_in(starts: list[int], a: int, b: int) -> bool:
    i = bisect.bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def _prov(source: str, rule: str, text: str | None = None, start: int | None = None, end: int | None = None,
          score: float = 1.0) -> Provenance:
    return fast(Provenance, {"source": source, "rule": rule, "text": text, "start": start, "end": end, "score": score})


def extract(doc: Document, places: Sequence[Mention], cues: Sequence[Mention], record: Record, *,
            titles: TitleMatcher, model_probs: Mapping[str, float] | None = None,
            model_weight: float = 0.0, analysis: Analysis | None = None,
            events: EventMatcher | None = None) -> list[Engagement]:
    """The engagements of ``doc`` (primary first); ``[]`` when the record reports none.

    ``places`` must carry the roles :func:`pipeline.resolve.resolve` gave them
    (:attr:`pipeline.resolve.Resolution.places`). ``analysis``: the document's analysis
    (its sentences, and the per-sentence facts the document's decision already read).
    ``events``: the lexicon's edition-numbered events (a year for an undated document's days).
    """
    unreported = record.engagement is None
    text = doc.text
    if unreported and (not BODY_ACTS or not any((c.weight or 1.0) >= 2.0 for c in cues)
                       or not dated_text(text)):
        return []  # no strong act cue or no written day: no dated act to read in the body
    actors = [m for m in places if m.label == "province" and m.role == "actor"]
    all_codes = {m.code for m in actors}
    if len(all_codes) > 1:  # (one province acting: its venue mentions stay; nothing to read)
        venues = venue_only(text, actors)
        if venues:
            actors = [m for i, m in enumerate(actors) if i not in venues]
    sars = passing_sars(text, actors) | listed_with_countries(text, actors, places)
    if sars:
        actors = [m for i, m in enumerate(actors) if i not in sars]
    not_acting = all_codes - {m.code for m in actors}  # named only as a venue or an SAR's office
    if not_acting and actors and record.engagement != "domestic_coordination":  # a domestic host acts (GUIDELINES)
        kept = [p for p in record.provinces if p not in not_acting]
        record = fast(Record, {**record.__dict__, "provinces": kept})  # (read below, never returned)
    partners = [m for m in places if m.label == "country" and m.role == "partner"]
    acts = [c for c in cues if (c.weight or 1.0) >= ACT_WEIGHT]
    cl = clauses(text, analysis.sentences if analysis is not None else sentences(text) or [(0, len(text))],
                 actors, partners)
    sents = [c for c, _ in cl]
    starts = [a for a, _ in sents]
    act_starts = [c.start for c in acts]

    n_sents = len(starts)
    days = Days(text)  # the day written in each clause or sentence, read once
    by_sent = _Clauses(_by_clause(actors, starts), _by_clause(acts, starts), _by_clause(places, starts))
    infos: list[SentenceInfo] = []
    last_day: tuple[int | None, int, int, int, int] | None = None
    for i in range(n_sents):
        span = sents[i]
        whole = cl[i][1]
        listed = span != whole  # a clause cut from a sentence that lists pairs
        n_acts = int(_any_in(act_starts, *whole)) if listed else len(by_sent.acts.get(i, ()))
        if n_acts and not infos and analysis is not None and muted(analysis, doc.lang or "zh",
                                                                   analysis.sentence_index(whole)):
            n_acts = 0  # only a count of visits, a goal or a remark (上半年，全省接待来访团组86批…): no act opens here
        n_acts = 0 if n_acts and (central_clause(analysis, text, whole) or tally_clause(text, whole)) else n_acts  # (.central)
        if not n_acts and not infos:
            continue  # before the first act clause: no segment starts or takes it (acts.segment)
        places_i = by_sent.places.get(i)
        actors_i = by_sent.actors.get(i)
        if places_i is None and actors_i is None:  # nothing named: only a day can matter (an act's)
            info = SentenceInfo(i, span, [], [], [], n_acts)
        else:
            places_i = places_i or ()
            info = SentenceInfo(i, span, [m.code for m in actors_i] if actors_i else [],
                                [m.code for m in places_i if m.label == "country" and m.role == "partner"],
                                [m.code for m in places_i if m.label == "region"], n_acts)
        if n_acts:
            last_month_day(text, clause_info(text, info, days), doc.date)  # its day (上月15日: the page's month before)
            if info.date is None and listed:
                info.date = days[whole]  # a listed pair takes its sentence's date
            if info.date is None and last_day is not None:
                info.date = shifted_day(text, span, last_day)  # 次日，…会见 / "one day earlier, … signed": another occasion
        elif last_day is not None and (info.actors or info.partners):
            shift = shifted_day(text, span, last_day)
            if shift is not None:
                info.acts, info.date = 1, shift  # "One day earlier, Sichuan and Victoria had established …"
        if info.acts and info.date is not None:
            last_day = info.date
        infos.append(info)
    attached: dict[int, list[TitleHit]] = {}

    def titles_in(i: int) -> list[TitleHit]:
        """The titles named in clause ``i``, each attached to its side (read once per clause)."""
        got = attached.get(i)
        if got is None:
            sent_places = [m for m in by_sent.places.get(i, ()) if m.label in ("province", "country")]
            got = attached[i] = titles_attached(titles, text, sents[i], sent_places)  # (glossed clauses too)
        return got

    def official(info: SentenceInfo) -> bool:
        return any(h.side == "chinese" and h.entry.default_side != "attached"
                   for h in titles_in(info.index))  # "Ningxia firms" acting is no official

    segs = apart_segments(infos, text, leaders_acting_apart(infos, record.provinces, with_another_act(official, text), text), by_sent.places)
    if unreported:
        # the lead reports no act (a feature, a work report): keep only the dated acts of the body that name their
        # Chinese actor and foreign counterpart and a strong cue (one province acts: an act naming none is its; .roundups)
        segs = body_segments(segs, infos, by_sent.acts, text, len(set(record.provinces)) == 1)
        if not segs:
            return []
    if not segs:
        segs = [Segment(list(range(len(sents))), list(record.provinces), list(record.partners), list(record.regions))]
    segs = scene_trimmed(segs, infos, text)  # ("In the weeks that followed, the capital launched …": no item's act)
    out: list[Engagement] = []
    last_actor: list[str] = []
    full = [c[1] for c in cl]  # each clause's whole sentence, once per document
    engaged = engaged_regions(record) if record.regions else set()  # (no region named: none engaged)
    cue_starts = [c.start for c in cues]  # cues come in text order: a segment's are found by bisection
    years = DocYears(text, doc.meta.get("url"), events) if doc.date is None else None  # read once, if asked
    alone = len(segs) == 1 and not unreported  # the text is one engagement (a body's dated act keeps its own sides)
    for k, seg in enumerate(segs):
        e = _engagement(doc, record, seg, k, alone, sents, by_sent, titles, last_actor,
                        actors, model_probs if k == 0 else None, model_weight, full, cues, cue_starts, engaged,
                        analysis, titles_in, days, years)
        if e is None:
            continue
        first = seg.sentences[0]
        if out and cl[first][0] != cl[first][1] and cl[first][0][0] != cl[first][1][0]:
            inherit(e, out[-1])  # A与X、B与Y签署: B's pair shares the listing's occasion
        elif out and e.date is None and (day := day_after_act(text, sents[first], out[-1].date)) is not None:
            e.date, e.provenance["date"] = day  # 同日，…: the day of the act before; "The next day, …": the day after
        elif (out and e.date is None and not seg.vague_date
              and (text[max(0, sents[first][0] - 4):sents[first][0]].rstrip()[-1:] in ("；", ";") or same_day_again(text, sents[first]))):
            e.date = out[-1].date  # 9月7日，A会见X；B会见Y: one sentence, one day
            e.provenance["date"] = _prov("rule", "same_sentence", score=0.7)
        if out and e.official is None and e.provinces == out[-1].provinces and leader_again(text, sents[first]):
            inherit(e, out[-1], ("official",))  # 当天下午，又会见了…: the same leader
        if out and e.provinces == out[-1].provinces and set(e.partners) == set(out[-1].partners):
            inherit(e, out[-1], ("direction", "venue"))  # the same sides the day before: the same visit
        out.append(e)
        last_actor = out[-1].provinces
    return out


def _engagement(doc: Document, record: Record, seg: Segment, k: int, alone: bool, sents: list[tuple[int, int]],
                by_sent: _Clauses, titles: TitleMatcher,
                last_actor: list[str], actors: list[Mention], model_probs: Mapping[str, float] | None,
                model_weight: float, full: list[tuple[int, int]], all_cues: Sequence[Mention],
                cue_starts: list[int], engaged: set[str], analysis: Analysis | None = None,
                titles_in: Callable[[int], list[TitleHit]] | None = None, days: Days | None = None,
                years: DocYears | None = None) -> Engagement | None:
    text = doc.text
    days = days if days is not None else Days(text)
    prov: dict[str, Provenance] = {}
    # ---- pairing
    if alone:
        provinces, partners = list(record.provinces), list(record.partners)
        regions = [r for r in record.regions if r in engaged]
        for key in ("provinces", "partners", "regions"):
            prov[key] = _prov("rule", "single_engagement_document", score=0.9)
        if actors and all(m.rule == "source_province" for m in actors):  # 我省/省外办 + the document's input
            prov["provinces"] = _prov("input", "source_province", actors[0].text, actors[0].start, actors[0].end, 0.6)
    else:
        partners, regions = list(seg.partners), [r for r in seg.regions if r in engaged]
        prov["partners"] = _prov("rule", "named_in_clause", score=0.8)
        prov["regions"] = _prov("rule", "named_in_clause", score=0.8)
        provinces = list(seg.actors)
        if provinces:
            first = next((m for i in seg.sentences for m in by_sent.actors.get(i, ())), None)  # (None: occasions)
            prov["provinces"] = _prov("mention", first.rule or "named_in_clause", first.text, first.start, first.end,
                                      0.9) if first is not None else _prov("rule", "actor_acting_before", score=0.7)
        else:
            before = [m for m in actors if m.start < sents[seg.sentences[0]][0]]
            if before:
                provinces = [before[-1].code]
                prov["provinces"] = _prov("mention", "nearest_preceding_actor", before[-1].text, before[-1].start,
                                          before[-1].end, 0.7)
            elif record.provinces:
                provinces = list(record.provinces[:1]) if last_actor == [] else list(last_actor)
                prov["provinces"] = _prov("rule", "document_province", score=0.5)
            elif doc.source_province:
                provinces = [doc.source_province]
                prov["provinces"] = _prov("input", "source_province", doc.source_province, score=0.6)
    if not provinces and doc.source_province:
        provinces = [doc.source_province]
        prov["provinces"] = _prov("input", "source_province", doc.source_province, score=0.6)
    # ---- category: the segment's clauses (the headline first for the primary one)
    simplify = analysis.simplify if analysis is not None and analysis.normalizer else None
    if k == 0 and alone and record.engagement is not None:
        # the primary engagement is the act of the headline or first main clause (rule 1): the document's decision,
        # which weighs exactly those most, is its category (measured on dev: deciding it again on the segment alone
        # lost 0.7 points of document accuracy); with several engagements each is decided on its own clauses, so
        # that a signing on another occasion does not outrank the first act (precedence rule 4 is per occasion)
        detail = record.engagement_detail
    else:
        # the policy reads whole sentences: a clause cut from a listing (A与X、B与Y签署) shares its sentence's verb
        spans_p = sorted(dict.fromkeys(full[i] for i in seg.sentences))
        seg_cues = [c for a, b in spans_p for c in all_cues[bisect.bisect_left(cue_starts, a):
                                                            bisect.bisect_left(cue_starts, b)]]
        detail = categorize(text, spans_p, seg_cues, lang=doc.lang or "zh",
                            partners=len(partners), regions=len(regions), model_probs=model_probs,
                            model_weight=model_weight, analysis=analysis, simplify=simplify)
        if detail.label is None:
            return None  # the policy reads no act in these clauses (a goal, a statistic, a remark)
    category = detail.label or record.engagement or "high_level_meeting"
    if category == "domestic_coordination" and partners:  # no foreign party acts (rule 5): the countries
        partners, prov["partners"] = [], _prov("rule", "domestic_no_partner", score=0.8)  # named are a goal's
    elif category == "training" and not partners and not regions and doc.lang != "en" and not foreign_trainees_named(
            text, [sents[i] for i in seg.sentences]):  # 外办举办外事干部培训班: a cadre training no foreign party joins
        category = "domestic_coordination"  # (GUIDELINES §5)
    elif doc.lang != "en" and (own := own_side(category, text, sents, seg.sentences[:2] + [0] * (k == 0),
                                               by_sent.places, analysis, simplify)):  # 两地外办座谈; 驻日使馆会见访日团
        keep = own != "domestic_coordination"  # (rule 5: no partner, no region)
        category, partners, regions = own, partners * keep, regions * keep
    prov["category"] = _prov("model" if detail.source != "rules" else "cue", f"policy:{detail.source}",
                             ",".join(detail.cues[:6]) or None, score=detail.score or 0.5)
    # ---- attributes
    # attributes are read from the clauses that report the act: the segment's first few (its lead names the officials, the venue and the verb)
    lead = attribute_sentences(text, sents, seg.sentences, ATTRIBUTE_CLAUSES)  # (past page furniture: city_pages)
    spans = [sents[i] for i in lead]
    seg_hits: list[TitleHit] = []
    for i in lead:
        if titles_in is not None:
            seg_hits += [h for h in titles_in(i) if not entrusting(text, h)]
            continue
        sent_places = [m for m in by_sent.places.get(i, ()) if m.label in ("province", "country")]
        seg_hits += [h for h in titles_attached(titles, text, sents[i], sent_places) if not entrusting(text, h)]
    places = [m for i in lead for m in by_sent.places.get(i, ())]
    off, cp = best_title(seg_hits, "chinese") or later_official(seg.sentences[ATTRIBUTE_CLAUSES:], titles_in), best_title(seg_hits, "foreign")
    off_code = off.code if off else None
    if off is not None:
        prov["official"] = title_provenance(off)
    by_leader = leader_official(places, off, text)
    if by_leader is not None:  # 王君正率团访问…: the dated leader's post
        off_code, prov["official"] = by_leader
    cp_code = cp.code if cp else None
    if cp is not None:
        prov["counterpart"] = title_provenance(cp)
    else:
        sub = next((m for m in places if m.label == "country" and m.role == "partner" and foreign_local(m)
                    and not (m.entry or "").endswith(".capital")  # 在河内, "SEOUL, Oct. 14": national
                    and not visited(text, m, places)), None)  # 赴阿拉木图, "in Milan": only the venue
        if sub is not None:  # 与老挝琅南塔省会谈: a foreign province or city is the counterpart
            cp_code = "subnational"
            prov["counterpart"] = _prov("mention", "foreign_subnational_place", sub.text, sub.start, sub.end, 0.7)
        else:
            cp_code, got = local_counterpart(text, spans, places, sents[:lead[-1] + 1] if alone else spans,
                                             [m for i in range(lead[-1] + 1) for m in by_sent.places.get(i, ())]
                                             if alone else places)
            if got is not None:
                prov["counterpart"] = got
            elif titles_in is not None and (late := later_counterpart(seg.sentences[ATTRIBUTE_CLAUSES:], titles_in)
                                            or guest_before(text, sents, seg.sentences[0], titles_in)):  # (qattr: met him)
                cp_code, prov["counterpart"] = late.code, title_provenance(late)  # a trip's hosts named after its lead
    v, vp = venue(text, spans, places)
    before = range(lead[0]) if alone else range(0)  # a single engagement's headline and lead before its act clause
    if v is None and before:  # 联谊会于…在蒙古国乔巴山市举行。旗委书记率团参加了联谊会。
        v, vp = venue(text, sents[:lead[0]], [m for i in before for m in by_sent.places.get(i, ())])
    d, dp = direction(text, spans, places, category, venue_code=v, counterpart=cp)
    if v is None and d in ("inbound", "outbound", "domestic"):
        v, vp = inferred_venue(d, provinces, partners)
    if d == "remote" or d == "outbound" and v in partners and len(set(partners)) > 1 and not during_trip(text, spans):
        v, vp = None, None  # (a tour of several countries: no one venue, as the gold codes it; an act during it has)
    lv, lp = level(text, spans, [m for i in lead for m in by_sent.actors.get(i, ())], off,
                   [m for m in places if m.label == "province"])
    city = city_official(lv, off_code, off)
    if city is not None:  # 珲春市代表团…, 南通作为丰桥市的友城…: a city or county acts
        off_code, prov["official"] = city, _prov("rule", "acting_city_or_county", lp.text, lp.start, lp.end, 0.6)
    day = seg.date
    if day is None:  # a date in a clause of the segment that reports no act of its own
        # a later clause's day of an event still to come (6月18日…会议将在大理举行) is another event's
        day = next((d for k_, d in enumerate(days[sents[i]] for i in lead) if d is not None
                    and (k_ == 0 or FUTURE_AFTER.match(text, d[4], sents[lead[k_]][1]) is None)), None)
    if day is None and before:
        day = next((d for d in (days[sents[i]] for i in before) if d is not None
                    and FUTURE_AFTER.match(text, d[4], sents[i][1]) is None), None)
    dt, dtp = act_date(day, seg.vague_date, doc.date, text, years)
    if (dt is None and day is None or not_act_day(text, day)) and not seg.vague_date:
        # "on Monday", 昨天: the document's date gives it (also past a dateline: "NANNING, Nov. 4
        # (Xinhua) -- … opened on Monday" is the 3rd)
        rd, rdp = relative_date(text, spans, doc.date, years)
        if rd is not None or rdp is not None and rdp.rule in ("weekday_of_end", "month_only"):  # (not the page's)
            dt, dtp = rd, rdp
    for key, p in (("venue", vp), ("direction", dp)):
        if p is not None:
            prov[key] = p
    prov["level"], prov["date"] = lp, dtp
    a, b = sents[seg.sentences[0]][0], sents[seg.sentences[-1]][1]
    prov["evidence"] = _prov("rule", "sentences", text[a:b].strip()[:400], a, b, 1.0)
    return fast(Engagement, {"category": category, "provinces": provinces, "partners": partners, "regions": regions,
                             "direction": d, "venue": v, "official": off_code,
                             "counterpart": cp_code, "level": lv, "date": dt, "evidence": [a, b],
                             "provenance": prov})


def inherit(e: Engagement, prev: Engagement, attrs: tuple[str, ...] = ("date", "direction", "venue")) -> None:
    """Give a listed pair (not the first of its sentence) the date, direction and venue of
    the pair listed before it where it has none (``attrs``: which of them)."""
    for attr in attrs:
        if getattr(e, attr) is None and getattr(prev, attr) is not None:
            setattr(e, attr, getattr(prev, attr))
            e.provenance[attr] = _prov("rule", "listed_with_previous", score=0.6)


def apply(record: Record, engagements: list[Engagement]) -> Record:
    """Set ``record.engagements`` and make the document's ``engagement`` the primary's
    category (TAXONOMY §3 rule 1). Where the document's decision (which weighs the headline
    most) is the category of a later engagement of the same sides, that one is the primary and
    comes first ("Sichuan established sister provinces with Victoria": the signing of the day
    before, reported after the meeting); a round-up keeps its text order."""
    k = next((i for i, e in enumerate(engagements) if e.category == record.engagement), 0)
    if k and all(e.provinces == engagements[0].provinces and set(e.partners) == set(engagements[0].partners)
                 for e in engagements):  # one story of the same sides; a round-up keeps its text order
        engagements = [engagements[k]] + engagements[:k] + engagements[k + 1:]
    record.engagements = engagements
    if (engagements[0].category if engagements else None) != record.engagement:  # none left: no category (§3b)
        record.engagement = record.engagement_detail.label = engagements[0].category if engagements else None
    return record


def local_counterpart(text: str, spans: Sequence[tuple[int, int]], places: Sequence[Mention],
                      context: Sequence[tuple[int, int]], context_places: Sequence[Mention]
                      ) -> tuple[str | None, Provenance | None]:
    """``subnational`` where no title names the counterpart but a foreign local government
    does: a province, state or city no lexicon entry lists, read from its shape next to its
    country's name (智利纽夫莱大区, "the Grodno Region of Belarus"), or a sister-city or
    sister-province tie (友好城市, "sister province"), which only local governments make.
    ``context``/``context_places``: where a single engagement's sides may be named (its
    headline and lead before the act clause); else the segment's own."""
    for m in context_places:
        if m.label != "country" or m.role != "partner" or visited(text, m, context_places):
            continue
        if any(a <= m.start < b for a, b in context):
            u = foreign_unit(text, m, context_places)
            if u is not None:
                return "subnational", _prov("mention", "foreign_unit_shape", text[u[0]:u[1]], u[0], u[1], 0.65)
        if not foreign_local(m) or (m.entry or "").endswith(".capital") or m in places:
            continue
        if any(a <= m.start < b for a, b in context):  # the sides named before the act clause
            return "subnational", _prov("mention", "foreign_subnational_place_in_lead", m.text, m.start, m.end, 0.6)
    for a, b in list(spans) + [c for c in context if c not in spans]:
        s = SISTER_TIES.search(text, a, b)
        if s is not None:
            return "subnational", _prov("cue", "sister_ties", s.group(0), s.start(), s.end(), 0.6)
    return None, None

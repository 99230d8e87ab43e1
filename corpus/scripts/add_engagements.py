"""Give every gold document of the corpus its ``engagements`` (TAXONOMY §3b).

    python corpus/scripts/add_engagements.py            # rewrites corpus/parts/*.jsonl, then build.py
    python corpus/scripts/add_engagements.py --flagged  # lists the documents left for review

Idempotent: the list is derived again from each document's own gold every run, then the
hand decisions in ``corpus/engagement_overrides.jsonl`` are applied (one JSON object per
line: ``{"id": ..., "engagements": [...], "note": ...}``, or ``{"id": ..., "decision": "joint"}``
for a reviewed multi-actor document whose actors act together on one occasion: one
engagement with all of them, or ``{"id": ..., "attributes": {...}}``: hand-coded attributes
of the first engagement, replacing the derived ones (attributes left out are not scored);
they win).

Derivation (GUIDELINES §6):
* ``engagement: null`` → ``[]``.
* one Chinese actor (``provinces`` has at most one code) → one engagement with the
  document's category, provinces, partners and regions;
* several actors → flagged: an override decides; without one the document gets no
  ``engagements`` field (absent fields are not scored).
* attributes are written only where a plain cue decides them, with this script's own
  cue lists (not the tagger's): ``direction`` (domestic for domestic_coordination; remote
  for 视频/致信/贺电/letter…; outbound for 出访/率团访问/赴/"led a delegation to"…, but not
  赴 followed by a Chinese place — 学员将赴邯郸、保定实地考察 is foreign trainees travelling
  inside China; the place names are read from ``lexicon/places`` data files;
  inbound for 来访/来华/来滇/驻华/"visiting"…, and whenever a diplomat stationed in China
  acts; left out when cues of two directions occur),
  ``level`` (provincial unless a city, prefecture or county may act: 市/州/县/旗/盟/地区/
  "mayor"/"city"/"county" anywhere leaves it out), ``date`` only from a full written date
  (2024年4月27日, "April 27, 2024") in the first sentence. ``venue``, ``official`` and
  ``counterpart`` only from overrides.
* ``regions`` of the engagement: the document's regions less those named only as the
  target of a designated role (TAXONOMY §1/§3b: 面向南亚东南亚辐射中心 names SOUTH_ASIA and
  SOUTHEAST_ASIA as the role's target, not as regions engaged in the act). A region is
  dropped when this script's own name patterns (``REGION_NAMES``) find it in the text but
  not outside the document's ``designated_role`` spans; a region the patterns do not find
  at all is kept (nothing to decide on).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
#: parts whose writers coded every engagement by hand (corpus/scripts/make_real_parts.py, and every
#: later ``real*`` part, written with its engagements): left as they are
HAND_CODED = ("real-train.jsonl", "real-dev.jsonl", "real2-train.jsonl", "real2-dev.jsonl")
PARTS = sorted(p for p in (CORPUS / "parts").glob("*.jsonl")
               if p.name not in HAND_CODED and not p.name.startswith("real"))
OVERRIDES = CORPUS / "engagement_overrides.jsonl"

REMOTE = re.compile(r"视频|致信|致函|贺电|贺信|慰问电|唁电|线上|云端|\bvideo\b|\bletter\b(?!\s+of\s+(?:intent|cooperation|understanding))|\bmessage\b|\bvirtual", re.I)
OUTBOUND = re.compile(r"出访|率[^。；]{0,20}团[^。；]{0,10}(?:访问|赴)|(?<!邀)赴|\bled\b[^.]{0,50}delegation to|"
                      r"\btrip to\b|\btour of\b", re.I)
INBOUND = re.compile(r"来访|来华|访华|来[滇桂辽吉黑蒙甘新藏琼粤浙冀青苏闽鲁宁川渝沪京津皖]|驻华|驻[沪穗蓉渝昆邕沈]|"
                     r"\bvisiting\b|\bto China\b", re.I)
LOCAL = re.compile(r"市(?!场)|州|县|旗|盟|地区|\bmayor\b|\bcity\b|\bcounty\b|\bprefecture\b", re.I)
STATIONED = re.compile(r"驻(?:华|上海|沪|广州|穗|成都|蓉|重庆|渝|沈阳|昆明|南宁|西安|武汉|香港|厦门|青岛)|\bin China\b|"
                       r"consul(?:ate)?s?[- ]general (?:of \w+ )?in "
                       r"(?:Shanghai|Guangzhou|Chengdu|Chongqing|Shenyang|Kunming)", re.I)
#: a few Traditional forms of characters in Chinese place names, for the 赴 check
_T2S = str.maketrans("廈門東區遺陽慶寧龍廣雲蘇灣貴漢鄭長興島臺華爾濱瀋連黃濟蘭烏齊魯陝閩溫紹錫揚鎮澤銀陸鰲",
                     "厦门东区遗阳庆宁龙广云苏湾贵汉郑长兴岛台华尔滨沈连黄济兰乌齐鲁陕闽温绍锡扬镇泽银陆鳌")


def chinese_places() -> tuple[str, ...]:
    """Chinese province and city names (two characters or more) from the lexicon's place data."""
    import yaml

    names: set[str] = set()
    for f in ("provinces.yaml", "cities.yaml"):
        for entry in yaml.safe_load((CORPUS.parent / "lexicon" / "places" / f).read_text(encoding="utf-8")) or []:
            if entry.get("kind") in ("name", "city"):
                names.update(n for n in entry.get("zh") or [] if len(n) >= 2)
    return tuple(sorted(names, key=len, reverse=True))


def outbound_cue(text: str, places: tuple[str, ...]) -> bool:
    """An outbound cue that is not 赴 + a Chinese place (foreign guests travelling inside China)."""
    for m in OUTBOUND.finditer(text):
        if m.group(0) == "赴" and text[m.end():m.end() + 8].translate(_T2S).startswith(places):
            continue
        return True
    return False


FULL_DATE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
EN_DATE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                     r"\s+(\d{1,2}),\s+((?:19|20)\d{2})")
#: the names of each region or bloc (TAXONOMY §2), this script's own list (not the tagger's)
REGION_NAMES = {
    "SOUTHEAST_ASIA": r"[东東]南[亚亞]|South[- ]?[Ee]ast Asia|South and Southeast Asia",
    "SOUTH_ASIA": r"(?<![东東])南[亚亞](?!洲)|\bSouth Asia|South and Southeast Asia",
    "CENTRAL_ASIA": r"中[亚亞]|Central Asia",
    "NORTHEAST_ASIA": r"[东東]北[亚亞]|North[- ]?[Ee]ast Asia",
    "MIDDLE_EAST": r"中[东東](?!欧)|Middle East",
    "ARAB_STATES": r"阿拉伯|中阿|\bArab",
    "AFRICA": r"非洲|中非(?!共和国)|Africa",
    "EUROPE": r"[欧歐]洲|中[东東]?[欧歐]|\bEurope(?!an Union)",
    "LATIN_AMERICA": r"拉美|拉丁美洲|中拉|Latin America",
    "NORTH_AMERICA": r"北美|North America",
    "PACIFIC_ISLANDS": r"太平洋[岛島]国|Pacific [Ii]sland",
    "ASEAN": r"[东東]盟|東協|ASEAN",
    "EU": r"[欧歐]盟|European Union|\bEU\b",
    "SCO": r"上合|上海合作[组組]织|\bSCO\b|Shanghai Cooperation Organi[sz]ation",
    "BRICS": r"金砖|金磚|BRICS",
    "GMS": r"大湄公河次区域|\bGMS\b|Greater Mekong",
    "LMC": r"[澜瀾]湄|\bLMC\b|Lancang[- ]Mekong",
}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
FIRST = re.compile(r"[^。！？!?\n]*(?:[。！？!?\n]|$)|[^.]*\.")


def direction(doc: dict, places: tuple[str, ...] = ()) -> str | None:
    if doc.get("engagement") == "domestic_coordination":
        return "domestic"
    text = doc["text"]
    if STATIONED.search(text):  # a diplomat stationed in China travels inside China: inbound
        return "inbound"
    found = {d for d, rx in (("remote", REMOTE), ("inbound", INBOUND)) if rx.search(text)}
    if outbound_cue(text, places):
        found.add("outbound")
    return found.pop() if len(found) == 1 else None


def first_date(doc: dict) -> str | None:
    first = FIRST.match(doc["text"]).group(0)
    m = FULL_DATE.search(first)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = EN_DATE.search(first)
    if m:
        return f"{int(m.group(3)):04d}-{MONTHS.index(m.group(1).lower()) + 1:02d}-{int(m.group(2)):02d}"
    return None


def engaged_regions(doc: dict) -> list[str]:
    """The document's regions less those named only as a designated role's target."""
    text = doc["text"]
    outside = list(text)
    for sp in doc.get("spans") or []:
        if sp.get("type") == "designated_role":
            outside[sp["start"]:sp["end"]] = " " * (sp["end"] - sp["start"])
    rest = "".join(outside)
    out = []
    for r in doc.get("regions") or []:
        rx = REGION_NAMES.get(r)
        if rx and re.search(rx, text) and not re.search(rx, rest):
            continue  # named only inside a role phrase: the role's target, not a region engaged
        out.append(r)
    return out


def derive(doc: dict, *, joint: bool = False, places: tuple[str, ...] | None = None) -> list[dict] | None:
    """The engagement list of ``doc`` from its gold, or None when it must be reviewed
    (``joint``: reviewed, its several actors act together)."""
    if doc.get("engagement") is None:
        return []
    if len(doc.get("provinces") or []) > 1 and not joint:
        return None
    domestic = doc["engagement"] == "domestic_coordination"  # rule 5: no foreign party engaged in the act
    e = {"category": doc["engagement"], "provinces": list(doc.get("provinces") or []),
         "partners": [] if domestic else list(doc.get("partners") or []), "regions": engaged_regions(doc)}
    d = direction(doc, chinese_places() if places is None else places)
    if d:
        e["direction"] = d
    if not LOCAL.search(doc["text"]):
        e["level"] = "provincial"
    dt = first_date(doc)
    if dt:
        e["date"] = dt
    return [e]


def overrides() -> dict[str, dict]:
    if not OVERRIDES.exists():
        return {}
    out = {}
    for line in OVERRIDES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            o = json.loads(line)
            out[o["id"]] = o
    return out


def main(argv: list[str]) -> int:
    over = overrides()
    places = chinese_places()
    flagged = []
    for part in PARTS:
        lines = []
        for line in part.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            doc.pop("engagements", None)
            o = over.get(doc["id"], {})
            engs = o["engagements"] if "engagements" in o else derive(doc, joint=o.get("decision") == "joint", places=places)
            if engs and "attributes" in o:  # hand-coded attributes replace the derived ones
                engs = [{k: v for k, v in engs[0].items() if k in ("category", "provinces", "partners", "regions")},
                        *engs[1:]]
                engs[0].update(o["attributes"])
            if engs is None:
                flagged.append(doc["id"])
            else:
                doc["engagements"] = engs
            lines.append(json.dumps(doc, ensure_ascii=False))
        if "--flagged" not in argv:
            part.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if "--flagged" in argv:
        print("\n".join(flagged))
        return 0
    sys.path.insert(0, str(CORPUS))
    from build import build

    print({"flagged_without_override": len(flagged), **build()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

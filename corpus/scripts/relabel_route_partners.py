"""Relabel gold partners for the issue 14 contract change (TAXONOMY §2): a country named
only inside the name of a route or corridor (中老铁路, 中巴经济走廊, 中吉乌铁路, 同江中俄铁路大桥,
"China–Laos Railway", "China–Myanmar Economic Corridor") is background unless the text
reports an act with that country.

    python corpus/scripts/relabel_route_partners.py     # idempotent; edits parts/ and the splits

The documents were found by tagging every part with the route/border rules of
pipeline/place_roles.py and listing gold partners named only that way; each was read and
confirmed (plans, statistics and project news with no act with that country).
"""

from __future__ import annotations

import json

from rewrite_lines import rewrite

NOTE = "Issue 14 contract: a country named only inside a route or corridor name is background, not a partner."
# id -> partner codes to drop
DROP = {
    "dev-b-0076": ["RUS"],          # freight statistics of the 同江中俄铁路大桥
    "dev-zh-0049": ["PAK"],         # a CPEC (中巴经济走廊) logistics project launched in Kashgar
    "dev-zh-0064": ["KGZ", "UZB"],  # Xinjiang takes part in building the 中吉乌铁路
    "dev-zh-0141": ["LAO"],         # work-report goal: the 中老铁路 'golden line'
    "dev-zh-0145": ["KGZ", "UZB"],  # work-report goal: the 中吉乌铁路 project
    "train-b-0110": ["LAO", "MMR"],  # plan: make good use of the China–Laos Railway / China–Myanmar corridor
    "test-0080": ["LAO", "MMR"],    # plan: development along the 中老铁路 and the 中缅经济走廊
}


def relabel_line(line: str) -> str:
    if not line.strip():
        return line
    obj = json.loads(line)
    drop = DROP.get(obj.get("id"))
    if not drop or "partners" not in obj:
        return line
    obj["partners"] = [c for c in obj["partners"] if c not in drop]
    for eng in obj.get("engagements") or []:
        eng["partners"] = [c for c in eng.get("partners", []) if c not in drop]
    note = obj.get("note") or ""
    if NOTE not in note:
        obj["note"] = (note + " " + NOTE).strip()
    return json.dumps(obj, ensure_ascii=False)


def main() -> dict[str, int]:
    return rewrite(relabel_line)


if __name__ == "__main__":
    print(main())

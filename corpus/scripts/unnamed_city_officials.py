"""Gold `official` for a city or county that acts without a named leader (TAXONOMY §3b:
`official` is "the highest-ranking Chinese official the text *names* as acting").

The real-register parts coded `municipal` for acts such as 珲春市代表团赴俄… or "Shenzhen and
Campinas signed a letter of intent", where the text names a city but no official; real-text
gold (../shared/realdev, measured, never copied) codes such acts `null` (8 of its 10
municipal-level engagements), and so does the engagement layer
(`pipeline.engagement.attributes.city_official`). This makes the corpus agree: an
engagement coded `official: municipal` in a text that holds no leader's or official's word
(市长, 书记, 州长, 县长, 领导, 主任, mayor, secretary, leader, chief, head, official, …) gets
`null`. Its `level` (municipal or county) is kept: the acting unit is still the city.

    python corpus/scripts/unnamed_city_officials.py   # idempotent; edits parts/ and the splits

Run after `corpus/scripts/make_real_parts.py` (which rebuilds the real-* parts from their
sources) and `weekday_dates.py`, before `add_engagements.py`. The test split is left as
written (its parts code no such engagement).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rewrite_lines import rewrite

CORPUS = Path(__file__).resolve().parent.parent
LEADER = re.compile(r"市长|书记|州长|县长|盟长|旗长|区长|领导|主任|常委|主席|市長|書記|縣長|領導|"
                    r"mayor|secretary|leader|chief|head|governor|commissioner|director|official", re.I)


def fix_line(line: str) -> str:
    if not line.strip():
        return line
    obj = json.loads(line)
    engs = obj.get("engagements")
    if not engs or LEADER.search(obj.get("text", "")):
        return line
    changed = False
    for eng in engs:
        if eng.get("official") == "municipal":
            eng["official"] = None
            changed = True
    return json.dumps(obj, ensure_ascii=False) if changed else line


def main() -> dict[str, int]:
    real_parts = sorted((CORPUS / "parts").glob("real*.jsonl"))
    return rewrite(fix_line, real_parts + [CORPUS / "train.jsonl", CORPUS / "dev.jsonl"])


if __name__ == "__main__":
    print(main())

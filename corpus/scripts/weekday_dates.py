"""Gold engagement dates for acts dated by a weekday (TAXONOMY §3b `date`: "when the text or
the document's date gives it"): "met … on Monday" in a news report dated Tuesday 2023-07-18 →
2023-07-17, the last such day up to the document's date. The real-* parts coded these null
while resolving 昨天 (real-train-0161); this makes the two agree.

    python corpus/scripts/weekday_dates.py     # idempotent; edits parts/ and the splits

Each date below was computed from the document's `date` and read by hand; an act that only
*ended* on the weekday (a tour "wrapped up on Saturday", a course "ended on Friday", an expo
"closed on Monday" after six days) keeps `null`, since its first day is not given. Re-run after
`corpus/scripts/make_real_parts.py`, which rebuilds the real-* parts from their sources.
"""

from __future__ import annotations

import json

from rewrite_lines import rewrite

# id -> (the weekday phrase the text must hold, the dates of its engagements in order)
DATES: dict[str, tuple[str, list[str]]] = {
    "real-train-0026": ("on Monday", ["2023-07-17"]),
    "real-train-0038": ("on Thursday", ["2024-04-11"]),
    "real-train-0082": ("on Friday", ["2023-06-30"]),
    "real-train-0084": ("on Sunday", ["2019-04-14"]),
    "real-train-0094": ("on Friday", ["2023-09-08"]),
    "real-train-0107": ("on Thursday", ["2023-06-08"]),
    "real-train-0132": ("on Monday", ["2023-05-29"]),
    "real-train-0136": ("on Monday", ["2023-04-17"]),
    "real-train-0139": ("on Friday", ["2023-12-01"]),
    "real-train-0142": ("on Tuesday", ["2023-09-26"]),
    "real-train-0143": ("on Wednesday", ["2023-05-31"]),
    "real-train-0144": ("on Sunday", ["2023-09-17"]),
    "real-train-0146": ("on Thursday", ["2023-06-29"]),
    "real-train-0149": ("on Thursday", ["2023-07-06"]),
    "real-train-0150": ("on Monday", ["2024-02-26"]),
    "real-train-0210": ("on Thursday", ["2023-03-16"]),
    "real-train-0212": ("on Wednesday", ["2023-11-22"]),
    "real-train-0218": ("on Tuesday", ["2023-10-24"]),
    "real-train-0244": ("on Sunday", ["2023-11-05"]),
    "real-train-0253": ("on Tuesday", ["2024-05-14", "2024-05-15"]),  # "the next day": the 15th
    "real-dev-0009": ("on Wednesday", ["2024-11-13"]),
    "real-dev-0019": ("on Monday", ["2024-06-10"]),
    "real-dev-0031": ("on Tuesday", ["2024-05-28"]),
    "real-dev-0038": ("on Friday", ["2024-05-17"]),
    "real-dev-0040": ("on Monday", ["2023-06-12"]),
    "real-dev-0043": ("on Saturday", ["2024-02-17"]),
    "real-dev-0044": ("on Tuesday", ["2024-09-10"]),
    "real-dev-0048": ("on Monday", ["2024-06-10", "2024-06-12", "2024-06-14"]),
    "real-dev-0052": ("on Friday", ["2024-03-22"]),
    "real-dev-0053": ("on Thursday", ["2024-05-09"]),
    "real-dev-0100": ("on Thursday", ["2024-09-05"]),
    "real-dev-0107": ("on Sunday", ["2024-07-14"]),
    # the second real-register round (real2-*), coded by the same rule
    "real2-dev-0003": ("on Tuesday", ["2024-05-28"]),
    "real2-dev-0006": ("on Friday", ["2024-12-06"]),
    "real2-dev-0009": ("on Monday", ["2024-04-15"]),
    "real2-dev-0021": ("on Thursday", ["2024-11-07"]),
    "real2-dev-0028": ("on Wednesday", ["2024-03-13"]),
    "real2-dev-0034": ("on Friday", ["2024-09-27"]),
    "real2-dev-0035": ("on Tuesday", ["2024-10-08"]),
    "real2-dev-0054": ("on Saturday", ["2024-02-10"]),
    "real2-dev-0057": ("on Monday", ["2024-05-20"]),
    "real2-dev-0060": ("on Monday", ["2024-10-14"]),
    "real2-dev-0062": ("on Saturday", ["2024-02-10"]),
    "real2-dev-0064": ("on Wednesday", ["2024-09-11"]),
    "real2-dev-0069": ("on Thursday", ["2024-11-28"]),
    "real2-train-0006": ("on Friday", ["2025-08-15"]),
    "real2-train-0011": ("on Sunday", ["2024-03-03"]),
    "real2-train-0014": ("on Saturday", ["2024-01-13"]),
    "real2-train-0019": ("on Tuesday", ["2024-07-09"]),
    "real2-train-0020": ("on Saturday", ["2023-09-09"]),
    "real2-train-0028": ("on Monday", ["2024-08-26"]),
    "real2-train-0029": ("on Tuesday", ["2024-05-14"]),
    "real2-train-0036": ("on Thursday", ["2024-04-11"]),
    "real2-train-0054": ("on Wednesday", ["2024-05-08"]),
    "real2-train-0060": ("on Monday", ["2024-06-03", "2024-06-05"]),
    "real2-train-0063": ("on Tuesday", ["2023-01-17"]),
    "real2-train-0067": ("on Thursday", ["2024-02-29"]),
    "real2-train-0077": ("on Friday", ["2024-04-12"]),
    "real2-train-0081": ("on Monday", ["2023-09-25"]),
    "real2-train-0088": ("on Thursday", ["2023-10-19"]),
    "real2-train-0094": ("on Monday", ["2024-06-17"]),
    "real2-train-0098": ("on Wednesday", ["2024-07-03"]),
    "real2-train-0105": ("on Thursday", ["2024-03-21"]),
    "real2-train-0108": ("on Tuesday", ["2023-08-08"]),
    "real2-train-0114": ("on Saturday", ["2024-06-15"]),
    "real2-train-0132": ("on Saturday", ["2023-06-17"]),
    "real2-train-0146": ("on Tuesday", ["2024-04-09"]),
    "real2-train-0150": ("on Monday", ["2024-07-08"]),
    "real2-train-0162": ("on Monday", ["2024-06-10", "2024-06-11", "2024-06-12"]),
    "real2-train-0167": ("on Thursday", ["2024-06-20"]),
    "real2-train-0171": ("on Monday", ["2024-02-19"]),
    "real2-train-0181": ("on Saturday", ["2024-02-24"]),
    "real2-train-0182": ("on Friday", ["2024-06-21"]),
    "real2-train-0187": ("on Tuesday", ["2024-04-02"]),
    "real2-train-0189": ("on Thursday", ["2024-08-29"]),
    "real2-train-0193": ("on Sunday", ["2024-01-14"]),
    "real2-train-0198": ("on Tuesday", ["2024-05-14"]),
    "real2-train-0199": ("on Monday", ["2024-09-09"]),
    "real2-train-0202": ("on Thursday", ["2024-10-17"]),
    "real2-train-0204": ("on Tuesday", ["2024-03-19"]),
    "real2-train-0210": ("on Wednesday", ["2024-11-06"]),
    "real2-train-0211": ("on Tuesday", ["2024-10-15"]),
    "real2-train-0213": ("on Monday", ["2024-06-17"]),
    "real2-train-0214": ("on Thursday", ["2024-09-05"]),
    "real2-train-0216": ("on Friday", ["2024-02-02"]),
    "real2-train-0219": ("on Saturday", ["2024-09-14"]),
    "real2-train-0221": ("on Monday", ["2024-10-14"]),
    "real2-train-0228": ("on Tuesday", ["2024-04-09"]),
    "real2-train-0232": ("on Tuesday", ["2023-07-11"]),
    "real2-train-0235": ("on Monday", ["2024-06-03"]),
    "real2-train-0239": ("on Thursday", ["2024-09-12"]),
}


def date_line(line: str) -> str:
    if not line.strip():
        return line
    obj = json.loads(line)
    got = DATES.get(obj.get("id"))
    engs = obj.get("engagements")
    if not got or not engs or got[0] not in obj.get("text", "") or len(engs) != len(got[1]):
        return line
    for eng, day in zip(engs, got[1]):
        if eng.get("date") is None:
            eng["date"] = day
    return json.dumps(obj, ensure_ascii=False)


def main() -> dict[str, int]:
    return rewrite(date_line)


if __name__ == "__main__":
    print(main())

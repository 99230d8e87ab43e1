"""Foreign parties named without a country (issue 15, fresh readouts): an international
organisation (联合国开发计划署, 亚洲开发银行, 世界卫生组织, "the World Bank") or a foreign firm named by
its own name or by its global or China posts (西门子, 微软公司, 大中华区总裁, 全球副总裁).

TAXONOMY §3 rule 5 makes an act ``domestic_coordination`` only when no foreign party is engaged:
such a counterpart is one, although it names no partner country (the act keeps ``partners: []``;
the counterpart attribute says ``international_org`` or ``business``). The policy
(:mod:`.policy`) reads :func:`foreign_body` beside :func:`.categories.foreign_marker` (外国, 驻华使节,
"foreign" …).

The names are lexicon data (``lexicon/foreign_bodies.yaml``), compiled once per loaded lexicon
(:attr:`pipeline.lexicon.Lexicon.foreign_bodies`) and handed to the policy on the document's
:class:`~pipeline.analysis.Analysis` (``analysis.bodies``), as the cue mentions are; without an
analysis (a bare text) no foreign body is known.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analysis import Analysis


def foreign_body(text: str, analysis: Analysis | None) -> bool:
    """Whether ``text`` (lower-case Simplified, as the policy reads its sentences) names an
    international organisation or a foreign firm of the document's lexicon (``analysis.bodies``)
    without naming its country.

    >>> from pipeline.tagger import load
    >>> a = load(model=False).annotate("省长会见亚洲开发银行副行长一行")
    >>> foreign_body("省长会见亚洲开发银行副行长一行", a), foreign_body("省长会见省商务厅负责人", a)
    (True, False)
    """
    return analysis is not None and analysis.bodies is not None and analysis.bodies.named(text)


_TALKS = re.compile("座谈|會談|会谈|会见|會見|会晤|會晤|接见|接見")


def talks_with_foreign_body(sentence: str, analysis: Analysis | None) -> bool:
    """Whether ``sentence`` (the lead, as the policy reads it) reports talks (座谈, 会谈, 会见) with an
    international organisation or a foreign firm: a meeting (TAXONOMY §3 rule 2), not the
    domestic 座谈交流 its cue votes for (rule 5: a foreign party is engaged).

    >>> from pipeline.tagger import load
    >>> a = load(model=False).annotate("省外办主任与澜湄合作中心秘书处负责人座谈交流")
    >>> talks_with_foreign_body("省外办主任与澜湄合作中心秘书处负责人座谈交流", a)
    True
    >>> talks_with_foreign_body("省外办与省商务厅座谈交流", a), talks_with_foreign_body("省外办主任与澜湄合作中心座谈", None)
    (False, False)
    """
    return _TALKS.search(sentence) is not None and foreign_body(sentence, analysis)

"""Acts of China's national leaders that no province performs (TAXONOMY §2, §3b).

Real provincial news pages cite the acts of the central leadership as background: a
leader's meeting in the Great Hall of the People the day before a foreign president
visits the province, the President's state visit recalled in a provincial secretary's
welcome, the central delegation's trip to a region's anniversary, the premier's work
report to the national legislature. None of these is an engagement of a province:
Beijing as the central government's seat makes no actor, a state visit abroad is
China's, and a central delegation's domestic trip engages no foreign party.

A sentence is *central* when it names a national leader, a central scene (Beijing's
state venues, a state visit, a summit, the central delegation, a national legislature
or government session) and no provincial or city leader or government. Act detection
then reads its predicates and cues in the frame ``central`` (no act), and the
engagement layer opens no segment on it. A national leader's act hosted in a province
and named without a central scene (王毅在无锡同日本外长会谈, a forum opened in Chengdu)
is not central: its host province acts.

Example:
    >>> central_sentence("3月2日，国家主席习近平在人民大会堂会见阿根廷总统。")
    True
    >>> central_sentence("习近平在人民大会堂会见老挝国家主席，云南省委书记参加会见。")
    False
    >>> central_sentence("6月5日，国务委员兼外长王毅在江苏无锡同日本外长举行会谈。")
    False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analysis import Analysis

# the central leadership by name (a title alone may be a foreign one: 越共中央总书记、国家主席苏林)
CENTRAL_LEADERS = re.compile(
    "习近平|李强|王毅|李克强|王沪宁|赵乐际|韩正|丁薛祥|蔡奇|胡锦涛|温家宝|王岐山|栗战书|汪洋|杨洁篪")
# a scene that only the centre has: Beijing's state venues, a state visit or summit abroad, the
# central delegation, the national legislature's or government's own session
_CENTRAL_SCENE = re.compile(
    "人民大会堂|钓鱼台|中南海|在北京|在京|于北京|国事访问|峰会|中央代表团|全国人大(?:常委会)?[^，。；]{0,12}会议|"
    "全国人民代表大会|全国政协[^，。；]{0,12}会议|政府工作报告|"
    "(?:到|对|赴|来)(?:中国|我国)进行[^，。；]{0,4}访问(?![^，。；]{0,3}期间)")  # 应总理邀请…到中国进行正式访问: the state's guest
# a province's or city's own leader or government named in the same sentence: the province takes part
_LOCAL_SIDE = re.compile("省委|省长|省政府|自治区(?:党委|主席|政府)|市委|市长|市政府|州长|州委|党委书记|区委")


def central_sentence(sentence: str) -> bool:
    """Whether the (Simplified Chinese) ``sentence`` reports only a national leader's act at a
    central scene: no province acts in it."""
    return (CENTRAL_LEADERS.search(sentence) is not None and _CENTRAL_SCENE.search(sentence) is not None
            and _LOCAL_SIDE.search(sentence) is None)


def central_clause(analysis: "Analysis | None", text: str, whole: tuple[int, int]) -> bool:
    """Whether the sentence ``whole`` of the analysed document is central (read on its Simplified
    form when the document has one)."""
    if analysis is not None:
        si = analysis.sentence_index(whole)
        if si is not None:
            return central_sentence(analysis.simplified(si))
    return central_sentence(text[whole[0]:whole[1]])

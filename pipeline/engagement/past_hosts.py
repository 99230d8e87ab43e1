"""The earlier hosts of a recurring event listed with their count of editions (helper fcat).

已分别在杭州、西安、长沙和福州成功举办七届: the list names where the event was held before, closed by
how many editions it has had, with no 等 (the 等地举办 form is :func:`pipeline.place_roles.past_venue`'s own).
No place in it hosts what the text reports: a Chinese city there makes no province act, a country there is
no partner.

Example:
    >>> editions_close("、西安、长沙和福州成功举办七届。")
    True
    >>> editions_close("、上海举办开幕式。")
    False
"""

from __future__ import annotations

import re

# the place's own city (泰国清迈), the rest of the list (、西安、长沙和福州), then 成功举办六届 / 召开了三届 / 举办过两届 right after its last item
_EDITIONS_CLOSE = re.compile(r"^[^，。；,;、和及与與]{0,6}?(?:[、和及与與][^，。；,;、]{1,12}?)*(?:成功)?(?:[举舉](?:办|辦|行)|召开|召開)(?:了|过|過)?"
                             r"[0-9一二三四五六七八九十两兩]+(?:届|屆)")


def editions_close(after: str) -> bool:
    """Whether ``after`` (the text right after a place of an earlier-hosts list) closes the list with its count
    of editions (、长沙和福州成功举办七届)."""
    return ("届" in after or "屆" in after) and _EDITIONS_CLOSE.match(after) is not None

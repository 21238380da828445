"""Convert text offsets between Unicode code points (storage) and UTF-16 units (Qt).

Characters outside the Basic Multilingual Plane (emoji, some CJK) take one code point in
Python but two UTF-16 units in Qt. `OffsetMap` precomputes the code point positions of
those characters once per text, so each conversion is a bisect: O(log n) per offset
instead of re-encoding a prefix of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Offset conversion for one text; rebuild it when the text changes."""

    def __init__(self, text: str):
        self.length = len(text)
        # code point index of each astral character, ascending
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 index of each astral character's first unit
        self._astral16 = [cp + i for i, cp in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        return self.length + len(self._astral)

    def to_utf16(self, point: int) -> int:
        """UTF-16 offset of code point offset `point`."""
        return point + bisect_left(self._astral, point)

    def to_point(self, unit: int) -> int:
        """Code point offset of UTF-16 offset `unit` (inside a surrogate pair: rounds down)."""
        whole = bisect_right(self._astral16, unit - 2)  # pairs that end at or before unit
        middle = whole < len(self._astral16) and self._astral16[whole] == unit - 1
        return unit - whole - (1 if middle else 0)

"""Qt-free bookkeeping for a text that is being edited on screen and stored later.

- `LiveOffsetMap`: `gui.offsets.OffsetMap` that follows splices instead of being
  rebuilt, so a keystroke in a 1,000,000-character transcript costs O(astral chars).
- `PendingEdit` / `merge_edit`: consecutive edits folded into one stored edit, so a
  burst of typing becomes a single `sources.edit_text` call and a single undo step.
- `trim_splice` / `common_prefix`: turn Qt's sometimes generous change reports into the
  exact code points that changed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from gui.offsets import OffsetMap

ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_CHUNK = 4096


class LiveOffsetMap(OffsetMap):
    """An OffsetMap that can be updated in place after `text[start:end] = inserted`."""

    def splice(self, start: int, end: int, inserted: str) -> None:
        delta = len(inserted) - (end - start)
        astral, astral16 = self._astral, self._astral16
        new = [start + m.start() for m in ASTRAL.finditer(inserted)]
        self.length += delta
        if not astral and not new:
            return
        low = bisect_left(astral, start)
        high = bisect_left(astral, end)
        tail, tail16 = astral[high:], astral16[high:]
        shift16 = delta + len(new) - (high - low)  # UTF-16 shift of the later ones
        if delta:
            tail = [point + delta for point in tail]
        if shift16:
            tail16 = [unit + shift16 for unit in tail16]
        self._astral = astral[:low] + new + tail
        self._astral16 = astral16[:low] + [p + low + i for i, p in enumerate(new)] + tail16

    def to_utf16_many(self, points: list[int]) -> list[int]:
        """`to_utf16` of each of `points`, in one pass."""
        astral = self._astral
        if not astral:
            return list(points)
        find = bisect_left
        return [point + find(astral, point) for point in points]

    @property
    def has_astral(self) -> bool:
        return bool(self._astral)

    def point_end(self, unit: int) -> int:
        """Code point offset for an *end* at UTF-16 `unit` (inside a pair: rounds up)."""
        point = self.to_point(unit)
        return point + 1 if self.to_utf16(point) < unit else point


def common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix, compared by chunks (fast on long texts)."""
    n = min(len(a), len(b))
    i = 0
    while i < n:
        step = min(_CHUNK, n - i)
        if a[i:i + step] != b[i:i + step]:
            break
        i += step
    while i < n and a[i] == b[i]:
        i += 1
    return i


def common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the longest common suffix, at most `limit`."""
    la, lb = len(a), len(b)
    n = min(la, lb, limit)
    i = 0
    while i < n:
        step = min(_CHUNK, n - i)
        if a[la - i - step:la - i] != b[lb - i - step:lb - i]:
            break
        i += step
    while i < n and a[la - 1 - i] == b[lb - 1 - i]:
        i += 1
    return i


def trim_splice(old: str, new: str) -> tuple[int, int, str]:
    """The smallest (skip, old_end, inserted) with old[skip:old_end] replaced by inserted.

    `old` is the text Qt said was removed, `new` the text it said was added; when they
    share a beginning or an end (Qt reports a whole block for a one-letter change), the
    shared parts are not part of the edit.
    """
    prefix = common_prefix(old, new)
    suffix = common_suffix(old, new, min(len(old), len(new)) - prefix)
    return prefix, len(old) - suffix, new[prefix:len(new) - suffix]


@dataclass
class PendingEdit:
    """Stored text[start:old_end] is, on screen, text[start:new_end] (code points)."""

    start: int
    old_end: int
    new_end: int


def merge_edit(pending: PendingEdit | None, start: int, end: int,
               inserted_length: int) -> PendingEdit | None:
    """Fold screen edit `text[start:end] = <inserted_length chars>` into `pending`.

    Returns the merged PendingEdit, or None when the new edit does not touch the
    pending one (the caller stores the pending edit first and starts a new one).
    """
    delta = inserted_length - (end - start)
    if pending is None:
        return PendingEdit(start, end, start + inserted_length)
    if start > pending.new_end or end < pending.start:
        return None
    low = min(pending.start, start)
    high = max(pending.new_end, end)
    return PendingEdit(low, pending.old_end + (high - pending.new_end), high + delta)

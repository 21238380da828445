"""A static index of intervals answering "which intervals overlap [a, b)?" quickly.

The coding highlighter asks this once per text block, so the answer must not depend on
how long the segments are: a segment that spans a whole interview is found for a block
in its middle as cheaply as a one-word segment. Intervals are sorted by start; a
max-heap-shaped segment tree over that order keeps, for every node, the largest end
below it. A query takes every interval starting before `b` (a bisect) and walks down
only the subtrees whose largest end is beyond `a`, so it costs O((k + 1) log n) for k
hits, whatever the interval lengths. Building is O(n log n). Plain Python, no Qt.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from storage.segments import shifted_range


class IntervalIndex:
    """Intervals `[start, end)` with an integer payload (a segment id)."""

    __slots__ = ("starts", "ends", "ids", "_tree", "_size")

    def __init__(self, items: Iterable[tuple[int, int, int]] = ()):
        ordered = sorted(items)
        self._build([item[0] for item in ordered], [item[1] for item in ordered],
                    [item[2] for item in ordered])

    @classmethod
    def from_sorted(cls, starts: list[int], ends: list[int], ids: list[int]) -> IntervalIndex:
        """Build from parallel lists already in (start, end) order."""
        index = cls.__new__(cls)
        index._build(starts, ends, ids)
        return index

    def _build(self, starts: list[int], ends: list[int], ids: list[int]) -> None:
        self.starts, self.ends, self.ids = starts, ends, ids
        count = len(starts)
        size = 1 << (count - 1).bit_length() if count > 1 else 1
        # the tree in heap order: node 1 is the root, leaves are size..2*size-1;
        # each level is built from the one below with C-level map(max, ...)
        level = self.ends + [-1] * (size - count)
        levels = [level]
        while len(level) > 1:
            level = list(map(max, level[0::2], level[1::2]))
            levels.append(level)
        tree = [-1]
        for level in reversed(levels):
            tree.extend(level)
        self._tree = tree
        self._size = size

    def shifted(self, start: int, end: int, inserted: int) -> IntervalIndex:
        """The index after [start, end) of the text became `inserted` units.

        Intervals move as `storage.segments.shifted_range` moves segments (those wholly
        deleted are dropped). Only the intervals touching the edit are looked at one by
        one; the ones after it move together, so this is fast for a keystroke.
        """
        first_after = bisect_left(self.starts, end) if end > start else \
            bisect_left(self.starts, start)
        delta = inserted - (end - start)
        starts, ends, ids = self.starts[:first_after], self.ends[:first_after], \
            self.ids[:first_after]
        dropped = []
        for i in self.overlapping(start, max(end, start + 1)):
            if i >= first_after:
                continue
            moved = shifted_range(starts[i], ends[i], start, end, inserted)
            if moved is None:
                dropped.append(i)
            else:
                starts[i], ends[i] = moved
        if dropped:
            gone = set(dropped)
            keep = [i for i in range(first_after) if i not in gone]
            starts = [starts[i] for i in keep]
            ends = [ends[i] for i in keep]
            ids = [ids[i] for i in keep]
        tail_starts, tail_ends = self.starts[first_after:], self.ends[first_after:]
        if delta:
            tail_starts = [x + delta for x in tail_starts]
            tail_ends = [x + delta for x in tail_ends]
        return IntervalIndex.from_sorted(starts + tail_starts, ends + tail_ends,
                                         ids + self.ids[first_after:])

    def replaced(self, remove_ids: set[int], items: list[tuple[int, int, int]]) -> IntervalIndex:
        """The index without the intervals of `remove_ids`, with `items` added."""
        if remove_ids:
            keep = [i for i, payload in enumerate(self.ids) if payload not in remove_ids]
            starts = [self.starts[i] for i in keep]
            ends = [self.ends[i] for i in keep]
            ids = [self.ids[i] for i in keep]
        else:
            starts, ends, ids = list(self.starts), list(self.ends), list(self.ids)
        for start, end, payload in sorted(items):
            at = bisect_right(starts, start)
            starts.insert(at, start)
            ends.insert(at, end)
            ids.insert(at, payload)
        return IntervalIndex.from_sorted(starts, ends, ids)

    def __len__(self) -> int:
        return len(self.starts)

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlapping(self, a: int, b: int) -> list[int]:
        """Positions (in start order) of the intervals with start < b and end > a."""
        tree = self._tree
        hi = bisect_left(self.starts, b)
        if hi == 0 or tree[1] <= a:
            return []
        size = self._size
        found: list[int] = []
        stack = [(1, 0, size)]
        pop, push = stack.pop, stack.append
        while stack:
            node, low, span = pop()
            if low >= hi or tree[node] <= a:
                continue
            if node >= size:
                found.append(low)
                continue
            half = span >> 1
            push((2 * node + 1, low + half, half))
            push((2 * node, low, half))
        return found

    def ids_overlapping(self, a: int, b: int) -> list[int]:
        """Payloads of the intervals overlapping [a, b), in start order."""
        ids = self.ids
        return [ids[i] for i in self.overlapping(a, b)]

    def ids_at(self, position: int) -> list[int]:
        """Payloads of the intervals containing `position`."""
        return self.ids_overlapping(position, position + 1)

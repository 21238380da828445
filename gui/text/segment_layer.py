"""The coded segments of the source on screen, kept in step with storage and the text.

`SegmentLayer` holds the source's segments (code point offsets, as stored), an
`IntervalIndex` over their UTF-16 positions for the highlighter and the margin, and
the stripe column of each segment. It follows three kinds of news:

- `shift(start, end, inserted)`: the text was edited on screen (before it is stored);
  segments move exactly as `storage.segments.shifted_range` will move them;
- `apply_change(change)`: a committed `Change` inserted, updated, deleted or shifted
  segments of this source; its typed deltas (`change.segment_deltas()`,
  `change.segment_shifts()`) are applied directly (no reload, O(segments changed));
- `load(segments)`: a fresh read from storage.

Each returns the code point ranges whose highlighting is now out of date. No Qt here.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace

from gui.text.interval_index import IntervalIndex
from gui.text.live_text import LiveOffsetMap
from storage import Change, Delta
from storage.models import Segment
from storage.segments import shifted_range

Range = tuple[int, int]


class SegmentLayer:
    """Segments of one source plus their index; see the module docstring."""

    def __init__(self) -> None:
        self.source_id: int | None = None
        self.segments: dict[int, Segment] = {}
        self.index = IntervalIndex()
        self._map: LiveOffsetMap | None = None

    # -- filling ---------------------------------------------------------------------

    def load(self, source_id: int | None, segments: Iterable[Segment],
             offsets: LiveOffsetMap | None) -> None:
        self.source_id = source_id
        self.segments = {s.id: s for s in segments}
        self._map = offsets
        self.rebuild()

    def rebuild(self) -> None:
        """Rebuild the UTF-16 index from the code point segments."""
        offsets = self._map
        if offsets is None or not self.segments:
            self.index = IntervalIndex()
            return
        # code point order is UTF-16 order, so sort once and convert in bulk
        items = sorted([(s.start, s.end, s.id) for s in self.segments.values()])
        starts = [item[0] for item in items]
        ends = [item[1] for item in items]
        if offsets.has_astral:
            starts = offsets.to_utf16_many(starts)
            ends = offsets.to_utf16_many(ends)
        self.index = IntervalIndex.from_sorted(starts, ends, [item[2] for item in items])

    # -- reading ---------------------------------------------------------------------

    def at_utf16(self, a: int, b: int) -> list[Segment]:
        """Segments overlapping UTF-16 range [a, b), in start order."""
        segments = self.segments
        return [segments[i] for i in self.index.ids_overlapping(a, b)]

    def at_point(self, position: int) -> list[Segment]:
        """Segments containing code point `position`."""
        if self._map is None:
            return [s for s in self.segments.values() if s.start <= position < s.end]
        unit = self._map.to_utf16(position)
        return self.at_utf16(unit, unit + 1)

    def near(self, start: int, end: int) -> list[Segment]:
        """Segments overlapping or touching code point range [start, end)."""
        if self._map is None:
            return [s for s in self.segments.values() if s.start <= end and s.end >= start]
        to16 = self._map.to_utf16
        return self.at_utf16(max(to16(start) - 1, 0), to16(end) + 1)

    def code_ids(self) -> set[int]:
        return {s.code_id for s in self.segments.values()}

    # -- following changes -----------------------------------------------------------

    def shift(self, start: int, end: int, inserted: int,
              units: tuple[int, int, int]) -> list[Range]:
        """Move segments after the on-screen edit text[start:end] = <inserted chars>.

        `units` is the same edit in UTF-16 units (start, end, inserted length). Only the
        segments touching the edit are moved one by one, the later ones all together;
        the index follows without re-converting offsets. Returns dropped ranges.
        """
        index = self.index
        if not index:
            return []
        start16, end16, inserted16 = units
        first_after = bisect_left(index.starts, end16 if end16 > start16 else start16)
        delta = inserted - (end - start)
        segments, ids = self.segments, index.ids
        dropped: list[Range] = []
        touching = [i for i in index.overlapping(start16, max(end16, start16 + 1))
                    if i < first_after]
        if not touching and not delta and inserted16 == end16 - start16:
            return []
        for i in touching:
            segment = segments[ids[i]]
            moved = shifted_range(segment.start, segment.end, start, end, inserted)
            if moved is None:
                dropped.append((start, start))
                del segments[segment.id]
            else:
                segment.start, segment.end = moved
        if delta:
            for segment_id in ids[first_after:]:
                segment = segments[segment_id]
                segment.start += delta
                segment.end += delta
        self.index = index.shifted(start16, end16, inserted16)
        return dropped

    def apply_change(self, change: Change) -> list[Range]:
        """Apply the segment deltas of a committed change; returns stale ranges.

        What only confirms what the layer already shows (an edit's segment moves, which
        `shift` made on screen before the edit was stored) changes nothing. A few
        changed segments are swapped in the index; many rebuild it.
        """
        stale: list[Range] = []
        changed: set[int] = set()
        for delta in change.segment_deltas():
            ranges = self._apply_delta(delta)
            if ranges:
                stale.extend(ranges)
                changed.add(delta.id)
        # `change.segment_shifts()` need nothing here: a shift follows an edit of the
        # text, which `shift` already followed on screen (typing, or the splices of an
        # undo/redo applied to the document before this; a mismatch reloads).
        if len(changed) > 64 or self._map is None:
            self.rebuild()
        elif changed:
            to16 = self._map.to_utf16
            items = [(to16(s.start), to16(s.end), s.id) for s in
                     (self.segments.get(i) for i in changed) if s is not None]
            self.index = self.index.replaced(changed, items)
        return stale

    def _apply_delta(self, delta: Delta[Segment]) -> list[Range]:
        if delta.after is None:
            gone = self.segments.pop(delta.id, None)
            return [] if gone is None else [(gone.start, gone.end)]
        after = delta.after
        segment = self.segments.get(delta.id)
        if segment is None:
            if after.source_id != self.source_id:
                return []
            self.segments[delta.id] = replace(after)   # a copy: the layer moves its own
            return [(after.start, after.end)]
        shown = (segment.start, segment.end, segment.code_id, segment.valence)
        if after.source_id != self.source_id:
            del self.segments[delta.id]
            return [shown[:2]]
        for name in _FIELDS:
            setattr(segment, name, getattr(after, name))
        if shown == (segment.start, segment.end, segment.code_id, segment.valence):
            return []
        return [shown[:2], (segment.start, segment.end)]

_FIELDS = tuple(Segment.__dataclass_fields__)


def assign_columns(spans: Iterable[tuple[int, int, int]]) -> tuple[dict[int, int], int]:
    """Stripe columns for (first paragraph, last paragraph, segment id) spans.

    Greedy interval colouring: segments sharing a paragraph stand side by side, so no
    two stripes cover the same line; returns each segment's column and the count.
    """
    busy: list[tuple[int, int]] = []  # (last paragraph, column) of open segments
    free: list[int] = []
    columns: dict[int, int] = {}
    count = 0
    for first, neg_last, segment_id in sorted((f, -last, i) for f, last, i in spans):
        while busy and busy[0][0] < first:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            column = heapq.heappop(free)
        else:
            column = count
            count += 1
        columns[segment_id] = column
        heapq.heappush(busy, (-neg_last, column))
    return columns, count


def merge_ranges(ranges: Iterable[Range]) -> list[Range]:
    """Sorted, overlapping-or-touching ranges joined."""
    merged: list[list[int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]

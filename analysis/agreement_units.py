"""Segment units and disagreement stretches, source by source.

(Character counts for many segments at once are in `analysis.agreement_arrays`.)
- `match_segments(a, b, overlap)`: MAXQDA-style segment matching: a segment of one
  coder agrees with one segment of the other (same code, same source) whose
  intersection over union is at least `overlap`; pairs are taken best first, each
  segment used once.
- `disagreement_regions(...)`: the stretches of one source where coders differ on a
  code, for the disagreement browser.
"""

from __future__ import annotations

from collections.abc import Iterable


def _union(spans: Iterable[tuple]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping [start, end) covering `spans` (sorted by start)."""
    merged: list[list[int]] = []
    for start, end, *_rest in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def overlap_ratio(a: tuple, b: tuple) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def match_segments(a: list[tuple], b: list[tuple], overlap: float
                   ) -> tuple[list[tuple[tuple, tuple]], list[tuple], list[tuple]]:
    """(matched pairs, unmatched of a, unmatched of b); spans sorted by start."""
    candidates: list[tuple[float, int, int]] = []
    first = 0
    for i, seg_a in enumerate(a):
        while first < len(b) and b[first][1] <= seg_a[0] and b[first][0] < seg_a[0]:
            first += 1
        for j in range(first, len(b)):
            seg_b = b[j]
            if seg_b[0] >= seg_a[1]:
                break
            ratio = overlap_ratio(seg_a, seg_b)
            if ratio >= overlap:
                candidates.append((ratio, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _ratio, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((a[i], b[j]))
    return (pairs, [s for i, s in enumerate(a) if i not in used_a],
            [s for j, s in enumerate(b) if j not in used_b])


def disagreement_regions(spans_by_code: dict[int, dict[str, list]], coders: list[str]
                         ) -> list[tuple[int, int, int, frozenset[str]]]:
    """(start, end, code_id, coders who coded it) of every stretch of one source where
    some but not all of `coders` applied the code, in text order."""
    full = (1 << len(coders)) - 1
    regions = []
    for code_id, by_coder in spans_by_code.items():
        events: list[tuple[int, int]] = []
        for bit, coder in enumerate(coders):
            for start, end in _union(by_coder.get(coder, ())):
                events += [(start, 1 << bit), (end, -(1 << bit))]
        events.sort()
        mask, last = 0, 0
        for position, flag in events:
            if mask and mask != full and position > last:
                who = frozenset(c for bit, c in enumerate(coders) if mask >> bit & 1)
                if regions and regions[-1][1] == last and regions[-1][2:] == (code_id, who):
                    regions[-1] = (regions[-1][0], position, code_id, who)
                else:
                    regions.append((last, position, code_id, who))
            last = position
            mask += flag
    regions.sort(key=lambda r: (r[0], r[1], r[2]))
    return regions

"""Data displays: codes crossed with a dimension, and code co-occurrence.

`crosstab(evidence, dimension, level)` counts, for each row code of the level, its
segments (rolled up as the level says) per stakeholder group, technique, participant or
source. All codes of the level are rows, also those without segments, and every value
of the dimension is a column, also those without segments; segments without a
participant (so without a group) are counted apart as `unassigned`. The segments behind
a cell come from `Evidence.segment_ids`, so a click-through always lists exactly the
counted segments. `cooccurrence(evidence, level)` counts pairs of overlapping segments
(same source, ranges sharing at least one character) coded with two different codes;
a code against itself, and against its own ancestors or descendants when sub-codes are
rolled up, has no value (None). `Matrix.to_json` is the CLI's
`{"rows", "cols", "cells"}` shape keyed by code key and column key.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain

from analysis.evidence import Column, Evidence, check_level, code_key


@dataclass
class Matrix:
    """Counts of segments per (row code, column value)."""

    level: str
    dimension: str
    rows: list[int]
    cols: list[Column]
    counts: dict[int, Counter]
    undefined: set[tuple[int, object]] = field(default_factory=set)

    def count(self, code_id: int, value: object) -> int | None:
        if (code_id, value) in self.undefined:
            return None
        return self.counts[code_id][value]

    def unassigned(self, code_id: int) -> int:
        """Segments of the row with no value in this dimension (no participant)."""
        return self.counts[code_id][None]

    def row_total(self, code_id: int) -> int:
        return sum(n for value, n in self.counts[code_id].items() if value is not None)

    @property
    def max_count(self) -> int:
        values = [self.count(r, c.value) for r in self.rows for c in self.cols]
        return max((v for v in values if v is not None), default=0)

    def to_json(self, evidence: Evidence) -> dict:
        keys = {code_id: code_key(evidence.code_by_id[code_id]) for code_id in self.rows}
        return {"rows": [keys[r] for r in self.rows],
                "cols": [c.key for c in self.cols],
                "cells": {keys[r]: {c.key: self.count(r, c.value) for c in self.cols}
                          for r in self.rows}}


def crosstab(evidence: Evidence, dimension: str, level: str = "all") -> Matrix:
    """Codes of `level` crossed with `dimension` (see the module docstring)."""
    check_level(level)
    cols = evidence.columns(dimension)
    counts = {}
    for code_id in evidence.rows(level):
        bundles = evidence.bundles(code_id, level)
        counts[code_id] = Counter(chain.from_iterable(
            evidence.values(b, dimension) for b in bundles))
        if dimension == "technique":  # answers to linked survey questions count too
            counts[code_id]["survey"] += sum(
                sum(evidence.survey.get(member, {}).values())
                for member in evidence.members(code_id, level))
    return Matrix(level, dimension, evidence.rows(level), cols, counts)


def cell_segments(evidence: Evidence, matrix: Matrix, code_id: int, value: object) -> list[int]:
    """The segments counted in one cell (value None: the row's unassigned segments)."""
    if matrix.dimension == "code":
        return cooccurring_segments(evidence, code_id, value, matrix.level)
    return evidence.segment_ids(code_id, matrix.level, matrix.dimension, value)


# -- co-occurrence ---------------------------------------------------------------------

def _by_source(evidence: Evidence, code_ids) -> dict[int, list[tuple[int, int, int, int]]]:
    found: dict[int, list] = defaultdict(list)
    for code_id in code_ids:
        bundle = evidence.own.get(code_id)
        if bundle is None:
            continue
        for source, start, end, seg in zip(bundle.sources, bundle.starts, bundle.ends,
                                            bundle.ids, strict=True):
            found[source].append((start, end, code_id, seg))
    return found


def _overlaps(items: list[tuple[int, int, int, int]]):
    """Yield each pair of overlapping items with different codes (sorted sweep)."""
    items.sort()
    active: list[tuple[int, int, int, int]] = []
    for item in items:
        start = item[0]
        active = [a for a in active if a[1] > start]
        for other in active:
            if other[2] != item[2]:
                yield other, item
        active.append(item)


def _own_pairs(evidence: Evidence) -> Counter:
    pairs = evidence.cache.get("own_pairs")
    if pairs is None:
        pairs = Counter()
        for items in _by_source(evidence, evidence.own).values():
            pairs.update((a[2], b[2]) if a[2] < b[2] else (b[2], a[2])
                         for a, b in _overlaps(items))
        evidence.cache["own_pairs"] = pairs
    return pairs


def cooccurrence(evidence: Evidence, level: str = "all") -> Matrix:
    """Codes of `level` against themselves: overlapping segment pairs per cell."""
    check_level(level)
    rows = evidence.rows(level)
    rolled = level != "direct"
    up: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        for member in evidence.members(row, level):
            up[member].append(row)
    counts = {row: Counter() for row in rows}
    above = {row: set(evidence.ancestors(row)) for row in rows} if rolled else {}
    for (x, y), n in _own_pairs(evidence).items():
        for a in up.get(x, ()):
            for b in up.get(y, ()):
                if a != b and not (rolled and (a in above[b] or b in above[a])):
                    counts[a][b] += n
                    counts[b][a] += n
    undefined = {(a, a) for a in rows}
    if rolled:
        row_set = set(rows)
        for a in rows:
            undefined.update((a, b) for b in evidence.ancestors(a) if b in row_set)
            undefined.update((b, a) for b in evidence.ancestors(a) if b in row_set)
    cols = [Column(r, code_key(evidence.code_by_id[r]), evidence.label(r)) for r in rows]
    return Matrix(level, "code", rows, cols, counts, undefined)


def cooccurring_segments(evidence: Evidence, a: int, b: int, level: str) -> list[int]:
    """Segments of `a` overlapping a segment of `b` (and those of `b`), in text order."""
    side_a, side_b = set(evidence.members(a, level)), set(evidence.members(b, level))
    rank = {s.id: i for i, s in enumerate(evidence.sources)}
    found = set()
    for items in _by_source(evidence, side_a | side_b).values():
        for first, second in _overlaps(items):
            codes = (first[2], second[2])
            if (codes[0] in side_a and codes[1] in side_b) or (
                    codes[0] in side_b and codes[1] in side_a):
                found.update(((first[0], first[3]), (second[0], second[3])))
    by_id = {seg: start for start, seg in found}
    source_of = {}
    for code_id in side_a | side_b:
        bundle = evidence.own.get(code_id)
        if bundle:
            source_of.update(zip(bundle.ids, bundle.sources, strict=True))
    return sorted(by_id, key=lambda seg: (rank[source_of[seg]], by_id[seg], seg))


def cell_samples(evidence: Evidence, matrix: Matrix, limit: int = 3) -> dict[tuple, list[int]]:
    """The first `limit` segments of every non-empty cell, {(code id, value): ids}, in the
    order `cell_segments` lists them (for showing coded text in the cells)."""
    rank = {s.id: i for i, s in enumerate(evidence.sources)}
    found: dict[tuple, list[int]] = {}
    for code_id in matrix.rows:
        items = []
        for bundle in evidence.bundles(code_id, matrix.level):
            items.extend(zip(map(rank.__getitem__, bundle.sources), bundle.starts, bundle.ids,
                             evidence.values(bundle, matrix.dimension), strict=True))
        items.sort(key=lambda item: (item[0], item[1], item[2]))
        for _rank, _start, segment_id, value in items:
            cell = found.setdefault((code_id, value), [])
            if len(cell) < limit:
                cell.append(segment_id)
    return found

"""The agreement statistics themselves, as small pure functions (see docs/AGREEMENT.md).

- `cohen_kappa(both, only_a, only_b, neither)`: Cohen's kappa of two coders on binary
  units, with percent agreement `percent_agreement`; chance agreement from each coder's
  own proportions, pe = pA·pB + (1−pA)(1−pB).
- `brennan_prediger(agreement, categories)`: kappa with chance fixed at 1/q, as MAXQDA
  reports segment-level agreement.
- `krippendorff_alpha(patterns, coders)`: Krippendorff's alpha computed by the
  `krippendorff` package from the count of units showing each pattern of values.

A figure that is undefined (no units, or chance agreement of 1) is None, never NaN.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping

import krippendorff
import numpy as np


def percent_agreement(both: int, only_a: int, only_b: int, neither: int) -> float | None:
    total = both + only_a + only_b + neither
    return (both + neither) / total if total else None


def cohen_kappa(both: int, only_a: int, only_b: int, neither: int) -> float | None:
    """Cohen's (1960) kappa for two coders and a yes/no decision per unit."""
    total = both + only_a + only_b + neither
    if not total:
        return None
    observed = (both + neither) / total
    p_a = (both + only_a) / total
    p_b = (both + only_b) / total
    chance = p_a * p_b + (1 - p_a) * (1 - p_b)
    if chance >= 1:
        return None
    return (observed - chance) / (1 - chance)


def segment_percent(agreed: int, only_a: int, only_b: int) -> float | None:
    """Share of segments with a counterpart: agreed pairs / (pairs + unmatched)."""
    total = agreed + only_a + only_b
    return agreed / total if total else None


def brennan_prediger(observed: float | None, categories: int) -> float | None:
    """Brennan & Prediger's (1981) kappa: chance agreement is 1/q for q categories."""
    if observed is None:
        return None
    chance = 1 / max(2, categories)
    return (observed - chance) / (1 - chance)


def krippendorff_alpha(patterns: Mapping[tuple, int], coders: int) -> float | None:
    """Nominal Krippendorff's alpha of units given as {pattern: how many units}.

    A pattern is the tuple of the coders' values for one unit (every coder gives one
    value; hashable, e.g. 0/1 or a set of codes). The `krippendorff` package computes
    alpha from a value-counts matrix (one row per unit). Units on which all coders
    agree add only pairs of their own value to the coincidence matrix, and a row
    holding c values v adds exactly c to o(v, v) — the same as c/m such units — so
    all unanimous units of one value go in as one row (exact, see docs/AGREEMENT.md);
    each unit with differing values is its own row.
    """
    values: dict[Hashable, int] = {}
    for pattern in patterns:
        for value in pattern:
            values.setdefault(value, len(values))
    if len(values) < 2:
        return None
    unanimous = np.zeros(len(values), dtype=np.int64)
    mixed_rows: list[np.ndarray] = []
    mixed_counts: list[int] = []
    for pattern, count in patterns.items():
        if not count:
            continue
        if len(set(pattern)) == 1:
            unanimous[values[pattern[0]]] += count * coders
            continue
        row = np.zeros(len(values), dtype=np.int64)
        for value in pattern:
            row[values[value]] += 1
        mixed_rows.append(row)
        mixed_counts.append(count)
    rows = [np.diag(unanimous)[unanimous > 0]]
    if mixed_rows:
        rows.append(np.repeat(np.array(mixed_rows), mixed_counts, axis=0))
    value_counts = np.concatenate(rows)
    if not mixed_rows and np.count_nonzero(unanimous) < 2:
        return None
    try:
        return float(krippendorff.alpha(value_counts=value_counts,
                                        level_of_measurement="nominal"))
    except ValueError:  # a single value: alpha is undefined
        return None

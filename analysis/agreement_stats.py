"""The agreement statistics themselves, as small pure functions (see docs/AGREEMENT.md).

- `cohen_kappa(both, only_a, only_b, neither)`: Cohen's kappa of two coders on binary
  units, with percent agreement `percent_agreement`; chance agreement from each coder's
  own proportions, pe = pA·pB + (1−pA)(1−pB).
- `brennan_prediger(agreement, categories)`: kappa with chance fixed at 1/q, as MAXQDA
  reports segment-level agreement.
- `krippendorff_alpha(patterns, coders)`: Krippendorff's alpha (nominal) from the
  count of units showing each pattern of values, checked in the tests against the
  `krippendorff` package.

A figure that is undefined (no units, or chance agreement of 1) is None, never NaN.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping


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
    value; hashable, e.g. 0/1 or a set of codes). Alpha depends on the units only
    through the coincidence matrix o, the sum over units of each unit's value pairs
    divided by m - 1 (Krippendorff 2011, "Computing Krippendorff's alpha-reliability",
    with m coders per unit), so identical units are counted once and weighted by
    their number: a study of 30 million characters has only a few distinct patterns
    per code. Then, nominal: alpha = 1 - (n - 1)(n - sum_v o_vv) / (n^2 - sum_v n_v^2).
    The tests check it against the `krippendorff` package on the same units written
    out one by one (the package builds one row per unit, too large here).
    """
    values: dict[Hashable, int] = {}
    for pattern in patterns:
        for value in pattern:
            values.setdefault(value, len(values))
    if len(values) < 2 or coders < 2:
        return None
    diagonal = [0.0] * len(values)      # o_vv
    totals = [0.0] * len(values)        # n_v
    for pattern, count in patterns.items():
        if not count:
            continue
        held: dict[int, int] = {}
        for value in pattern:
            index = values[value]
            held[index] = held.get(index, 0) + 1
        for index, times in held.items():
            totals[index] += count * times
            diagonal[index] += count * times * (times - 1) / (coders - 1)
    n = sum(totals)
    expected = n * n - sum(t * t for t in totals)
    if n <= 1 or expected <= 0:
        return None
    return 1 - (n - 1) * (n - sum(diagonal)) / expected

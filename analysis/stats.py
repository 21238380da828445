"""Per-code evidence statistics, the one computation behind the board and triangulation.

`code_stats(evidence, level)` gives, for each row code of the level, how many segments
count for it (supporting and contradicting), from which sources, participants,
stakeholder groups, techniques and dates. Each code's own statistics are computed once
per `Evidence` (C-level passes over its bundle) and rolled up by merging sets and small
counters, so changing the level costs almost nothing. `timeline` gives the segments of
one code per source date (the "over time" view of triangulation).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from analysis.evidence import Evidence, check_level
from storage.models import TECHNIQUES


@dataclass
class CodeStats:
    """What the evidence of one code (at one level) consists of."""

    code_id: int
    segments: int = 0
    contradicting: int = 0
    sources: set[int] = field(default_factory=set)
    participants: set[int] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    by_technique: Counter = field(default_factory=Counter)  # (technique, 0|1) -> n
    by_group: Counter = field(default_factory=Counter)      # (group id|None, 0|1) -> n
    survey_answers: int = 0  # answers to survey questions linked to the code

    @property
    def has_evidence(self) -> bool:
        """Coded segments or linked survey answers."""
        return bool(self.segments or self.survey_answers)

    @property
    def supporting(self) -> int:
        return self.segments - self.contradicting

    @property
    def techniques(self) -> list[str]:
        """Techniques with evidence, in the fixed order interview, observation, document,
        survey (coded open answers and answers to linked survey questions)."""
        present = {kind for (kind, _flag), n in self.by_technique.items() if n}
        return [kind for kind in TECHNIQUES if kind in present]

    @property
    def group_ids(self) -> list[int]:
        """Stakeholder groups with evidence (ids; segments without a group not counted)."""
        return sorted({g for (g, _flag), n in self.by_group.items() if n and g is not None})

    @property
    def first_date(self) -> str | None:
        return min(self.dates) if self.dates else None

    @property
    def last_date(self) -> str | None:
        return max(self.dates) if self.dates else None

    def technique_counts(self, kind: str) -> tuple[int, int]:
        """(supporting, contradicting) segments from sources of this technique."""
        return self.by_technique[(kind, 0)], self.by_technique[(kind, 1)]

    def group_counts(self, group_id: int | None) -> tuple[int, int]:
        """(supporting, contradicting) segments from this group (None: no group)."""
        return self.by_group[(group_id, 0)], self.by_group[(group_id, 1)]

    def merge(self, other: CodeStats) -> None:
        self.segments += other.segments
        self.contradicting += other.contradicting
        self.sources |= other.sources
        self.participants |= other.participants
        self.dates |= other.dates
        self.by_technique.update(other.by_technique)
        self.by_group.update(other.by_group)
        self.survey_answers += other.survey_answers


def _own_stats(evidence: Evidence) -> dict[int, CodeStats]:
    found = evidence.cache.get("own_stats")
    if found is not None:
        return found
    found = {}
    kind_of, group_of, date_of = (evidence.kind_of.__getitem__, evidence.group_of.get,
                                  evidence.date_of.__getitem__)
    for code_id, bundle in evidence.all_bundles():
        sources, participants = bundle.sources, bundle.participants
        split = bundle.supporting  # supporting segments first, then contradicting ones
        source_set = set(sources)
        people = set(participants)
        people.discard(None)
        dates = set(map(date_of, source_set))
        dates.discard(None)
        stats = CodeStats(code_id, segments=len(sources), contradicting=len(sources) - split,
                          sources=source_set, participants=people, dates=dates)
        for flag, these, who in ((0, sources[:split], participants[:split]),
                                 (1, sources[split:], participants[split:])):
            if these:
                for kind, n in Counter(map(kind_of, these)).items():
                    stats.by_technique[(kind, flag)] = n
                for group, n in Counter(map(group_of, who)).items():
                    stats.by_group[(group, flag)] = n
        found[code_id] = stats
    for code_id, groups in evidence.survey.items():
        stats = found.setdefault(code_id, CodeStats(code_id))
        for group, n in groups.items():
            stats.survey_answers += n
            stats.by_technique[("survey", 0)] += n
            stats.by_group[(group, 0)] += n
    evidence.cache["own_stats"] = found
    return found


def code_stats(evidence: Evidence, level: str) -> dict[int, CodeStats]:
    """{code id: CodeStats} for every row of `level`, in the level's row order."""
    check_level(level)
    key = ("code_stats", level)
    if key in evidence.cache:
        return evidence.cache[key]
    own = _own_stats(evidence)
    result = {}
    for code_id in evidence.rows(level):
        stats = CodeStats(code_id)
        for member in evidence.members(code_id, level):
            if member in own:
                stats.merge(own[member])
        result[code_id] = stats
    evidence.cache[key] = result
    return result


def timeline(evidence: Evidence, code_id: int, level: str) -> list[tuple[str | None, int, int]]:
    """(source date, supporting, contradicting) for one code, dated first, undated last."""
    counts: Counter = Counter()
    for bundle in evidence.bundles(code_id, level):
        counts.update(zip(evidence.values(bundle, "date"), bundle.contradicts, strict=True))
    dates = sorted({d for d, _flag in counts}, key=lambda d: (d is None, d or ""))
    return [(d, counts[(d, 0)], counts[(d, 1)]) for d in dates]

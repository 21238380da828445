"""Triangulation the way theses present it: a separate result per kind the study used.

The researcher chooses in Study properties which kinds of triangulation the study used
(REFERENCE.md 6.2; stored as the JSON list setting `triangulation_kinds`): `source`
(the same issue from informants of different stakeholder groups), `technique`
(interview, observation, document, survey: answers to linked survey questions count as
survey evidence), `time` (different dates) and `investigator` (several coders: the
coders of the indicator's segments, as recorded by team coding). For each chosen kind
an indicator with evidence *meets* it when its evidence comes from at least two
groups, techniques, dates or coders. `voices` puts side by side what each group said
or each technique showed about one indicator: supporting and contradicting counts and
the segments to quote, so a reader sees agreement and contradiction. Pure functions of
`Evidence` (plus the coders per code, read by `storage.facts.coders_by_code` only when
investigator triangulation is used). `sectors` splits the groups behind an indicator
into state and non-state actors, the cue shown for participatory inclusiveness.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from analysis.evidence import Evidence
from analysis.stats import CodeStats
from storage.models import TECHNIQUES

KINDS = ("source", "technique", "time", "investigator")
INCLUSIVENESS = "ag2008.institutional_design.participatory_inclusiveness"
KINDS_SETTING = "triangulation_kinds"
DEFAULT_KINDS = ("source", "technique")
MINIMUM = 2  # groups, techniques, dates or coders for a kind to be met


def parse_kinds(text: str | None) -> list[str]:
    """The stored kinds in KINDS order; unset or unreadable: the default."""
    try:
        data = json.loads(text) if text else None
    except ValueError:
        data = None
    if not isinstance(data, list):
        return list(DEFAULT_KINDS)
    return [k for k in KINDS if k in data]


def load_kinds(project) -> list[str]:
    return parse_kinds(project.get_setting(KINDS_SETTING))


def save_kinds(project, kinds) -> None:
    """Store the chosen kinds (one undoable action); unknown kinds are refused."""
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown triangulation kind(s): {sorted(unknown)}")
    project.set_setting(KINDS_SETTING, json.dumps([k for k in KINDS if k in kinds]))


@dataclass
class KindResult:
    """One kind of triangulation for one indicator: what was found, and whether met."""

    kind: str
    found: list[str] = field(default_factory=list)
    met: bool = False

    def to_json(self) -> dict:
        return {"met": self.met, "count": len(self.found), "found": self.found}


def kind_results(evidence: Evidence, stats: CodeStats, kinds, coders: set[str] | None = None
                 ) -> dict[str, KindResult]:
    """The result of each chosen kind for one indicator's `stats`."""
    found = {"source": lambda: evidence.group_names(stats.group_ids),
             "technique": lambda: list(stats.techniques),
             "time": lambda: sorted(stats.dates),
             "investigator": lambda: sorted(coders or ())}
    results = {}
    for kind in kinds:
        values = found[kind]() if stats.has_evidence else []
        results[kind] = KindResult(kind, values, len(values) >= MINIMUM)
    return results


def sectors(evidence: Evidence, stats: CodeStats) -> dict[str, list[str]]:
    """The groups with evidence, as state and non-state actors (and groups not marked):
    the participatory-inclusiveness cue (Ansell & Gash: non-state stakeholders take
    part alongside public agencies)."""
    found: dict[str, list[str]] = {"state": [], "non_state": [], "unmarked": []}
    wanted = set(stats.group_ids)
    for group in evidence.groups:
        if group.id in wanted:
            mark = group.is_state
            found["unmarked" if mark is None else "state" if mark else "non_state"].append(
                group.name)
    return found


def coders_of(coders_by_code: dict[int, set[str]], evidence: Evidence, code_id: int,
              level: str) -> set[str]:
    """The coders of the segments counted for `code_id` at `level`."""
    found: set[str] = set()
    for member in evidence.members(code_id, level):
        found |= coders_by_code.get(member, set())
    return {c for c in found if c}


@dataclass
class Voice:
    """What one group (or technique) contributed to an indicator."""

    key: str
    label: str
    supporting: list[int] = field(default_factory=list)   # segment ids, source order
    contradicting: list[int] = field(default_factory=list)


def voices(evidence: Evidence, code_id: int, level: str, kind: str) -> list[Voice]:
    """Side by side per group (`source`) or technique (`technique`): the segments of
    each value with evidence, in display order; other kinds have no voices."""
    if kind == "source":
        dimension = "stakeholder_group"
        values = [(g.id, g.name, g.name) for g in evidence.groups]
    elif kind == "technique":
        dimension = "technique"
        values = [(t, t, t) for t in TECHNIQUES]
    else:
        return []
    found = []
    for value, key, label in values:
        voice = Voice(key, label,
                      evidence.segment_ids(code_id, level, dimension, value, "supports"),
                      evidence.segment_ids(code_id, level, dimension, value, "contradicts"))
        if voice.supporting or voice.contradicting:
            found.append(voice)
    return found

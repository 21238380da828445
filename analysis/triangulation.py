"""Triangulation per indicator: evidence by technique, stakeholder group and time.

Flags (REFERENCE.md section 6.2), given only to an indicator that has evidence:
`single_technique` (fewer than two techniques), `single_group` (fewer than two
stakeholder groups; segments without a participant belong to no group),
`single_time` (fewer than two distinct source dates; undated sources add none) and
`contradicted` (at least one contradicting segment). An indicator without evidence has
no flags and is not triangulated. It is *triangulated* when it has evidence from at
least `min_techniques` techniques, `min_groups` groups and `min_dates` dates (evidence
from undated sources counts as one time point). The rule is stored per study in the
setting `triangulation_rule` as JSON; the default asks for two techniques and two
groups and puts no condition on time. Answers to survey questions linked to an
indicator (`telaah_indicator`) are evidence of the technique `survey`, counted in the
group of the respondent's participant; they carry no date. Coded open answers are
segments of `survey` sources like any other.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from analysis.evidence import Evidence, code_key
from analysis.stats import CodeStats, code_stats
from analysis.triangulation_kinds import KindResult, coders_of, kind_results

FLAGS = ("single_technique", "single_group", "single_time", "contradicted")
RULE_SETTING = "triangulation_rule"


@dataclass(frozen=True)
class TriangulationRule:
    """When an indicator counts as triangulated."""

    min_techniques: int = 2
    min_groups: int = 2
    min_dates: int = 1

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> TriangulationRule:
        """Parse a stored rule; missing or unreadable values fall back to the default."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        default = cls()
        values = {}
        for name in ("min_techniques", "min_groups", "min_dates"):
            value = data.get(name, getattr(default, name))
            values[name] = value if isinstance(value, int) and value >= 0 else getattr(
                default, name)
        return cls(**values)


def load_rule(project) -> TriangulationRule:
    return TriangulationRule.from_json(project.get_setting(RULE_SETTING))


def save_rule(project, rule: TriangulationRule) -> None:
    """Store the rule in the project (one undoable action)."""
    project.set_setting(RULE_SETTING, rule.to_json())


@dataclass
class TriangulationRow:
    """One indicator's triangulation."""

    code_id: int
    key: str
    stats: CodeStats
    groups: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    triangulated: bool = False
    kinds: dict[str, KindResult] = field(default_factory=dict)  # the study's chosen kinds

    @property
    def techniques(self) -> list[str]:
        return self.stats.techniques

    def to_json(self) -> dict:
        """The CLI's record: counts, techniques, groups, date span, flags, verdict."""
        s = self.stats
        return {"segments": s.segments, "supporting": s.supporting,
                "contradicting": s.contradicting, "techniques": s.techniques,
                "groups": self.groups, "first_date": s.first_date,
                "last_date": s.last_date, "flags": self.flags,
                "triangulated": self.triangulated,
                "kinds": {kind: result.to_json() for kind, result in self.kinds.items()}}


def flags_for(stats: CodeStats) -> list[str]:
    if not stats.has_evidence:
        return []
    flags = []
    if len(stats.techniques) < 2:
        flags.append("single_technique")
    if len(stats.group_ids) < 2:
        flags.append("single_group")
    if len(stats.dates) < 2:
        flags.append("single_time")
    if stats.contradicting:
        flags.append("contradicted")
    return flags


def is_triangulated(stats: CodeStats, rule: TriangulationRule) -> bool:
    return (stats.has_evidence and len(stats.techniques) >= rule.min_techniques
            and len(stats.group_ids) >= rule.min_groups
            and max(len(stats.dates), 1) >= rule.min_dates)


def triangulation(evidence: Evidence, rule: TriangulationRule | None = None,
                  level: str = "all", kinds=(), coders: dict[int, set[str]] | None = None
                  ) -> list[TriangulationRow]:
    """The triangulation of every row of `level`, in codebook order, with a result
    per chosen kind (`kinds`; `coders` per code are needed for `investigator`)."""
    rule = rule or TriangulationRule()
    rows = []
    for code_id, stats in code_stats(evidence, level).items():
        who = coders_of(coders or {}, evidence, code_id, level) if coders else None
        rows.append(TriangulationRow(
            code_id, code_key(evidence.code_by_id[code_id]), stats,
            groups=evidence.group_names(stats.group_ids),
            flags=flags_for(stats), triangulated=is_triangulated(stats, rule),
            kinds=kind_results(evidence, stats, kinds, who)))
    return rows


def load_triangulation(project, evidence: Evidence, level: str = "all"
                       ) -> list[TriangulationRow]:
    """`triangulation` with the study's rule and chosen kinds (coders read if needed)."""
    from analysis.triangulation_kinds import load_kinds
    from storage.facts import coders_by_code

    kinds = load_kinds(project)
    coders = coders_by_code(project) if "investigator" in kinds else None
    return triangulation(evidence, load_rule(project), level, kinds, coders)

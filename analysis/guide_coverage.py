"""Coverage of an interview guide: which indicators it asks about, of which groups.

Before the interviews, `guide_coverage` says per indicator of the project's frameworks
which stakeholder groups a question of the guide is asked of (a question about a
sub-indicator covers its indicator too), and so which indicators each group misses.
After them, `answered` counts per indicator and group the guide coding of the guide's
finished sessions still in the project (removed coding no longer counts). One
computation, shared by the guide editor, the CLI and the Word print.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storage import Project
from storage.question_bank import load_bank


@dataclass
class CoverageRow:
    node_id: str
    label_id: str
    label_en: str
    asked: list[str] = field(default_factory=list)           # groups asked about it
    answered: dict[str, int] = field(default_factory=dict)   # group -> guide-coded answers

    def label(self, lang: str) -> str:
        return (self.label_en if lang == "en" else self.label_id) or self.node_id


@dataclass
class GuideCoverage:
    guide: str
    groups: list[str]
    rows: list[CoverageRow]

    def covered(self, group: str | None = None) -> list[CoverageRow]:
        return [r for r in self.rows if (r.asked and group is None) or group in r.asked]

    def missing(self, group: str | None = None) -> list[CoverageRow]:
        covered = {r.node_id for r in self.covered(group)}
        return [r for r in self.rows if r.node_id not in covered]


def indicator_rows(project: Project) -> list[CoverageRow]:
    """The indicators of the project's codebook (and the leaf dimensions the question
    bank asks about), in codebook order."""
    bank = load_bank()
    return [CoverageRow(c.node_id, c.label_id, c.label_en) for c in project.codes.list()
            if c.node_id and (c.level == "indicator" or bank.for_indicator(c.node_id))]


def guide_coverage(project: Project, guide_id: int) -> GuideCoverage:
    guide = project.guides.get(guide_id)
    groups = [g.name for g in project.participants.groups()]
    rows = indicator_rows(project)
    for row in rows:
        prefix = row.node_id + "."
        asked: set[str] = set()
        for question in guide.questions:
            if any(n == row.node_id or n.startswith(prefix) for n in question.indicators):
                asked.update(question.groups or groups)
        row.asked = [g for g in groups if g in asked]
    by_node = {r.node_id: r for r in rows}
    for node_id, group, count in project.sessions.answered_by_group(guide_id):
        row = by_node.get(node_id) or next(
            (r for r in rows if node_id.startswith(r.node_id + ".")), None)
        if row is not None:
            row.answered[group] = row.answered.get(group, 0) + count
    return GuideCoverage(guide.name, groups, rows)

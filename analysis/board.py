"""The indicator board: per indicator, its evidence in numbers and the researcher's verdict.

A `BoardRow` joins a code's `CodeStats` (segments supporting and contradicting, sources,
participants, stakeholder groups, techniques, first and last source date) with the
current judgement (verdict, written conclusion, who judged and when) and the chosen key
quotes. `board(evidence, judgements, key_quotes, level)` is the pure computation;
`load_board(project, level)` reads what it needs. The audit trail of a verdict is read
from `project.evaluation.history(code_id)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.evidence import Evidence, code_key
from analysis.stats import CodeStats, code_stats


@dataclass
class BoardRow:
    """One indicator of the board."""

    code_id: int
    key: str
    depth: int
    stats: CodeStats
    verdict: str | None = None
    conclusion: str = ""
    judged_by: str = ""
    judged_at: str = ""
    key_quotes: list[int] = field(default_factory=list)

    @property
    def segments(self) -> int:
        return self.stats.segments

    @property
    def supporting(self) -> int:
        return self.stats.supporting

    @property
    def contradicting(self) -> int:
        return self.stats.contradicting

    @property
    def first_date(self) -> str | None:
        return self.stats.first_date

    @property
    def last_date(self) -> str | None:
        return self.stats.last_date

    def counts(self) -> dict[str, int]:
        """Segment, source, participant, group and technique counts by name."""
        s = self.stats
        return {"segments": s.segments, "supporting": s.supporting,
                "contradicting": s.contradicting, "sources": len(s.sources),
                "participants": len(s.participants), "groups": len(s.group_ids),
                "techniques": len(s.techniques)}

    def to_json(self, evidence: Evidence) -> dict:
        code = evidence.code_by_id[self.code_id]
        return {"label_id": code.label("id"), "label_en": code.label("en"),
                "level": code.level, **self.counts(),
                "technique_list": self.stats.techniques,
                "group_list": evidence.group_names(self.stats.group_ids),
                "first_date": self.first_date, "last_date": self.last_date,
                "verdict": self.verdict, "conclusion": self.conclusion,
                "judged_by": self.judged_by, "judged_at": self.judged_at,
                "key_quotes": self.key_quotes}


def board(evidence: Evidence, judgements: dict, key_quotes: dict[int, list[int]],
          level: str = "indicators") -> list[BoardRow]:
    """The board rows of `level`. `judgements` is {code id: storage Judgement}."""
    base = min((evidence.depth[c] for c in evidence.rows(level)), default=0)
    rows = []
    for code_id, stats in code_stats(evidence, level).items():
        judgement = judgements.get(code_id)
        row = BoardRow(code_id, code_key(evidence.code_by_id[code_id]),
                       evidence.depth[code_id] - base if level in ("all", "direct") else 0,
                       stats, key_quotes=list(key_quotes.get(code_id, [])))
        if judgement is not None:
            row.verdict = judgement.verdict
            row.conclusion = judgement.conclusion
            row.judged_by = judgement.author
            row.judged_at = judgement.modified
        rows.append(row)
    return rows


def load_board(project, level: str = "indicators",
               evidence: Evidence | None = None) -> list[BoardRow]:
    """Read the project (or use `evidence`) and compute the board."""
    evidence = evidence or Evidence.load(project)
    return board(evidence, project.evaluation.judgements(),
                 project.evaluation.all_key_quotes(), level)

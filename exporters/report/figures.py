"""The exporters' one door to the figures: `analysis`, computed once per export.

Every number in a report or workbook comes from the same analysis code the GUI and
the CLI show (one computation per figure): `Figures(project, groups)` loads the
evidence once (`storage.facts`), keeps only the segments of the chosen stakeholder
groups when the export is filtered, and holds the indicator board, triangulation,
the matrices by group and by technique, co-occurrence and both summary grids, all at
the `indicators` level the report is organised by. It also picks the key quotes of an
indicator: the researcher's chosen ones, otherwise the first segments by source date,
coded image regions after passages of text (only participants the export's
`ConsentRule` allows). No computation of a
count happens in the exporters.
"""

from __future__ import annotations

from analysis import (
    Evidence,
    board,
    cooccurrence,
    crosstab,
    load_kinds,
    load_rule,
    summary_grid,
    triangulation,
    voices,
)
from exporters.privacy.consent import ConsentRule
from storage.facts import PARTICIPANT, coders_by_code, load_facts, segment_details

LEVEL = "indicators"

STATUS_LABELS = {
    "triangulated": {"id": "tertriangulasi", "en": "triangulated"},
    "not_triangulated": {"id": "belum tertriangulasi", "en": "not triangulated"},
    "no_evidence": {"id": "belum ada bukti", "en": "no evidence"},
    "single_technique": {"id": "hanya satu teknik", "en": "one technique only"},
    "single_group": {"id": "hanya satu kelompok", "en": "one stakeholder group only"},
    "single_time": {"id": "hanya satu waktu", "en": "one point in time only"},
    "contradicted": {"id": "ada bukti bertentangan", "en": "contradicting evidence"},
}


class Figures:
    """The analysis results one export shows (see the module docstring)."""

    def __init__(self, project, groups: list[str] | tuple[str, ...] = (),
                 consent: ConsentRule | None = None):
        self.consent = consent or ConsentRule.for_project(project)
        facts = load_facts(project)
        if groups:
            wanted = {g.id for g in facts.groups if g.name in set(groups)}
            group_of = {p.id: p.group_id for p in facts.participants}
            facts.segments = [s for s in facts.segments
                              if group_of.get(s[PARTICIPANT]) in wanted]
        self.project = project
        self.evidence = evidence = Evidence(facts)
        self.board = {row.code_id: row for row in board(
            evidence, project.evaluation.judgements(), project.evaluation.all_key_quotes(),
            LEVEL)}
        self.kinds = load_kinds(project)
        coders = coders_by_code(project) if "investigator" in self.kinds else None
        self.triangulation = {row.code_id: row for row in triangulation(
            evidence, load_rule(project), LEVEL, self.kinds, coders)}
        self.by_group = crosstab(evidence, "stakeholder_group", LEVEL)
        self.by_technique = crosstab(evidence, "technique", LEVEL)
        self._cooccurrence = None
        self._grids: dict = {}

    @property
    def segment_count(self) -> int:
        return self.evidence.segment_count

    def rows(self) -> list[int]:
        """The indicator-level codes (framework indicators, top-level custom codes)."""
        return self.evidence.rows(LEVEL)

    def status(self, code_id: int) -> str:
        row = self.triangulation[code_id]
        if not row.stats.has_evidence:
            return "no_evidence"
        return "triangulated" if row.triangulated else "not_triangulated"

    def flags(self, code_id: int) -> list[str]:
        return list(self.triangulation[code_id].flags)

    def cooccurrence(self):
        if self._cooccurrence is None:
            self._cooccurrence = cooccurrence(self.evidence, LEVEL)
        return self._cooccurrence

    def summary_grid(self, row_kind: str):
        if row_kind not in self._grids:
            self._grids[row_kind] = summary_grid(
                self.evidence, self.project.evaluation.summaries(row_kind), row_kind, LEVEL)
        return self._grids[row_kind]

    def quotes(self, code_id: int, limit: int, valence: str = "supports"):
        """(shown, total) segment details: chosen key quotes, else first by source date."""
        evidence = self.evidence
        counted = evidence.segment_ids(code_id, LEVEL, valence=valence)
        where = self._where(code_id)
        usable = [i for i in counted if i in where and self.consent.allows(where[i][1])]
        if valence == "supports":
            allowed = set(usable)
            chosen = [i for i in self.board[code_id].key_quotes if i in allowed]
            if chosen:
                return segment_details(self.project, chosen[:limit]), len(counted)
        picked = self._by_date(usable, where, limit)
        return segment_details(self.project, picked), len(counted)

    def voices(self, code_id: int, kind: str):
        """[(Voice, SegmentDetail or None)]: each group's or technique's evidence on an
        indicator with one quotable segment (supporting first), picked as `quotes` picks
        (the consent rule applies)."""
        found = voices(self.evidence, code_id, LEVEL, kind)
        where = self._where(code_id)

        def first(ids: list[int]) -> list[int]:
            usable = [i for i in ids if i in where and self.consent.allows(where[i][1])]
            return self._by_date(usable, where, 1)

        picked = [first(v.supporting) or first(v.contradicting) for v in found]
        details = {d.id: d for d in segment_details(
            self.project, [ids[0] for ids in picked if ids])}
        return [(voice, details.get(ids[0]) if ids else None)
                for voice, ids in zip(found, picked, strict=True)]

    def _where(self, code_id: int) -> dict[int, tuple]:
        """Segment id -> (source id, participant id) of an indicator's evidence."""
        where: dict[int, tuple] = {}
        for bundle in self.evidence.bundles(code_id, LEVEL):
            where.update(zip(bundle.ids, zip(bundle.sources, bundle.participants,
                                             strict=True), strict=True))
        return where

    def _by_date(self, ids: list[int], where: dict, limit: int) -> list[int]:
        """The first `limit` of `ids` by their source's date, then in counted order;
        passages of text before coded image regions (negative ids), which the report
        also shows as figures."""
        evidence = self.evidence
        order = {seg: index for index, seg in enumerate(ids)}

        def date_key(seg: int):
            date = evidence.date_of.get(where[seg][0])
            return (seg < 0, date is None, date or "", order[seg])

        return sorted(ids, key=date_key)[:limit]

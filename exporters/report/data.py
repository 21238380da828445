"""Everything a report or workbook shows, gathered once into plain records.

`gather_report(project, options, progress)` reads the project and the analysis
figures (through `exporters.report.figures`), applies the export's filters, labels every
value in the report language and passes every text through the pseudonymiser, so the
Word and Excel writers only lay out `ReportData` and cannot leak a name by forgetting
a call. Tables are `TableData` (title, header, rows of str/int/date) so both writers
can show the same table. The coded segments themselves are not gathered here: the
workbook streams them (`exporters.report.segment_rows`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from exporters.options import ExportOptions, check_options
from exporters.privacy.consent import ConsentRule
from exporters.privacy.pseudonymize import Pseudonymizer
from exporters.privacy.safeguards import output_guard
from exporters.report import figures as fig
from exporters.report.labels import Labels, labels_for
from exporters.report.references import Citations
from storage.models import Code, Participant
from storage.progress import Progress, report

STEPS = 6  # progress steps of a report: gathering (0-4), laying out (5), saving (6)


@dataclass
class TableData:
    """One table: `header` names, `rows` of values; `wrap` marks long-text columns."""

    key: str
    title: str
    header: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    wrap: set[int] = field(default_factory=set)
    indents: list[int] = field(default_factory=list)


@dataclass
class Quote:
    text: str
    attribution: str
    spoken: bool = True      # False: a coded image region's description, not a quotation


@dataclass
class MemoEntry:
    title: str
    body: str
    author: str
    date: str


@dataclass
class IndicatorSection:
    """One indicator (or a researcher's own top-level code) with its evidence."""

    code_id: int
    key: str
    label: str
    definition: str
    verdict: str
    conclusion: str
    triangulation: str
    flags: list[str]
    row: Any  # analysis.BoardRow: counts and stats of the indicator
    quotes: list[Quote] = field(default_factory=list)
    contradicting: list[Quote] = field(default_factory=list)
    memos: list[MemoEntry] = field(default_factory=list)
    figures: list = field(default_factory=list)  # coded photo regions (exporters.report.media)
    kinds: list[tuple[str, bool, str]] = field(default_factory=list)  # label, met, found
    side_by_side: list[TableData] = field(default_factory=list)

    @property
    def studied(self) -> bool:
        """Judged, or with evidence: coded segments or answers to linked survey questions
        (an indicator the report covers by default)."""
        return bool(self.verdict) or self.row.stats.has_evidence


@dataclass
class DimensionSection:
    label: str
    definition: str
    indicators: list[IndicatorSection] = field(default_factory=list)


@dataclass
class FrameworkSection:
    id: str
    label: str
    citation: str  # in-text, e.g. "Ansell & Gash, 2008"
    dimensions: list[DimensionSection] = field(default_factory=list)
    verdict_table: TableData | None = None

    @property
    def indicators(self) -> list[IndicatorSection]:
        return [i for d in self.dimensions for i in d.indicators]


@dataclass
class MemoGroup:
    """One part of the memo appendix: study, source or participant memos."""

    title: str
    memos: list[tuple[str, MemoEntry]] = field(default_factory=list)  # (about, memo)


@dataclass
class MethodText:
    """The method section's sentences, written from the study's own settings."""

    design: list[str] = field(default_factory=list)
    informants: list[str] = field(default_factory=list)
    frameworks: list[str] = field(default_factory=list)
    steps_intro: str = ""
    steps: list[str] = field(default_factory=list)
    validity: list[str] = field(default_factory=list)
    scope: str = ""


@dataclass
class ReportData:
    """The whole report: front matter, method tables, findings, summary tables."""

    labels: Labels
    options: ExportOptions
    title: str
    site: str
    period: str
    research_questions: str
    framework_names: list[str]
    coders: list[str]
    generated: date
    method_tables: list[TableData] = field(default_factory=list)
    findings: list[FrameworkSection] = field(default_factory=list)
    summary_tables: list[TableData] = field(default_factory=list)
    codebook: TableData | None = None
    surveys: list = field(default_factory=list)  # exporters.report.surveys.SurveySection
    network: object = None  # exporters.network.report.NetworkPart, when there are ties
    context: Any = None  # the Context it was gathered with (for the workbook's sheets)
    method: MethodText = field(default_factory=MethodText)
    memo_groups: list[MemoGroup] = field(default_factory=list)
    references: list[list[tuple[str, bool]]] = field(default_factory=list)


class Context:
    """What the gathering steps share: the project, options, labels, pseudonymiser."""

    def __init__(self, project, options: ExportOptions, progress: Progress | None = None):
        check_options(project, options)
        self.project = project
        self.options = options
        self.labels = labels_for(options.language)
        self.labels.extend(fig.STATUS_LABELS)
        self._progress = progress
        self.participants: list[Participant] = project.participants.list()
        self.pseudo = (Pseudonymizer.for_project(
            project, self.labels["name_placeholder"], self.labels["organisation_word"])
            if options.pseudonymize else Pseudonymizer.off())
        self.consent = ConsentRule.for_participants(self.participants)
        self.tree = project.codes.tree()
        self.codes: list[Code] = list(self.tree.codes)
        self.code_by_id = {c.id: c for c in self.codes}
        self.framework_ids = options.frameworks or project.study.frameworks()
        self.groups = options.groups
        self.figures = fig.Figures(project, self.groups, self.consent)
        self.sources = self._sources()
        self.group_labels = {g.name: g.label(self.labels.lang)
                             for g in project.participants.groups()}
        self.citations = Citations.load(project, self.labels.lang)

    def _sources(self):
        """The sources in the export: all, or those of the chosen groups' participants."""
        sources = self.project.sources.list()
        if not self.groups:
            return sources
        chosen = {p.id for p in self.participants if p.group in self.groups}
        return [s for s in sources if chosen.intersection(s.participant_ids)]

    def output_guard(self) -> dict:
        """`atomic_output` arguments: the final privacy scan, the project's file mode."""
        return output_guard(self.project, self.pseudo)

    def group(self, name: str | None) -> str:
        """A stakeholder group's label in the report language (English or Indonesian)."""
        return self.group_labels.get(name or "", name or "")

    def step(self, done: int, total: int, text: str = "") -> None:
        """Report progress; raise Cancelled when the callback says stop."""
        self._last = (done, total, text)
        report(self._progress, done, total, text)

    def check(self) -> None:
        """Give the callback a chance to cancel without moving the progress bar."""
        self.step(*getattr(self, "_last", (0, 0, "")))

    def label(self, code: Code) -> str:
        return self.pseudo(code.label(self.options.language))

    def definition(self, code: Code) -> str:
        lang = self.options.language
        first, second = ((code.definition_id, code.definition_en) if lang == "id"
                         else (code.definition_en, code.definition_id))
        return self.pseudo(first or second)

    def framework_of(self, code: Code) -> str | None:
        """The framework a code belongs to (a custom sub-code takes its ancestor's)."""
        return self.tree.framework(code.id)

    def code_path(self, code: Code) -> str:
        """'Dimension > Indicator > Sub-code' (the framework itself left out)."""
        return " > ".join(self.label(c) for c in self.tree.path(code.id)
                          if c.level != "framework")

    def included(self, code: Code) -> bool:
        """Is this code part of the export (framework filter; custom codes only unfiltered)?"""
        framework = self.framework_of(code)
        if framework is None:
            return not self.options.frameworks
        return framework in self.framework_ids

    def attribution(self, participant_code: str, group: str, technique: str,
                    when: str, source_title: str) -> str:
        """'P03 · Pemilik UMKM · wawancara · 12 Mar 2025' (a document: its title)."""
        first = participant_code or self.pseudo(source_title)
        parts = [first, self.group(group), self.labels.technique(technique),
                 self.labels.date(when)]
        return " \u00b7 ".join(p for p in parts if p)


def gather_report(project, options: ExportOptions, progress: Progress | None = None
                  ) -> ReportData:
    """Read the project and analysis into a ReportData for `options`."""
    from exporters.network import report as network_report
    from exporters.report import findings as report_findings
    from exporters.report import memos as report_memos
    from exporters.report import method as report_method
    from exporters.report import surveys as report_surveys
    from exporters.report import tables as report_tables
    from exporters.report.segment_rows import coders

    ctx = Context(project, options, progress)
    ctx.step(0, STEPS, "")
    study = project.study.get()
    labels = ctx.labels
    names = [report_findings.framework_title(ctx, f) for f in ctx.framework_ids]
    data = ReportData(
        labels=labels, options=options, title=ctx.pseudo(study.title),
        site=ctx.pseudo(study.site), period=labels.period(study.period_start, study.period_end),
        research_questions=ctx.pseudo(study.research_questions), framework_names=names,
        coders=[ctx.pseudo(c) for c in coders(project)], generated=date.today())
    ctx.step(1, STEPS, labels["findings"])
    everything = report_findings.findings(ctx)
    data.findings, left_out = report_findings.covered(everything, options.include_all)
    for section in data.findings:
        section.verdict_table = report_tables.verdict_table(ctx, section)
    ctx.step(2, STEPS, labels["method"])
    data.method_tables = report_method.method_tables(ctx)
    data.method = report_method.method_text(ctx, left_out)
    ctx.step(3, STEPS, labels["tables"])
    data.summary_tables = report_tables.summary_tables(ctx, data.findings)
    data.codebook = report_tables.codebook(ctx)
    data.surveys = report_surveys.survey_sections(ctx)
    data.network = network_report.gather_network(ctx)
    if options.include_memos:
        data.memo_groups = report_memos.memo_groups(ctx)
    data.references = ctx.citations.entries()
    data.context = ctx
    ctx.step(4, STEPS, "")
    return data

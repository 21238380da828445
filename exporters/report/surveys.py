"""The survey part of a report: per questionnaire, the Likert table and chart data.

`survey_sections(ctx)` gives one `SurveySection` per form with Likert answers, from
`analysis.likert.likert_summary` (the figures the GUI and `survey summary` show): a
`TableData` with, per indicator, the overall row and one indented row per stakeholder
group (only the groups the export is filtered to, when it is), with n, mean, median
and the shares agreeing and disagreeing; and the rows of the diverging bar chart
(indicator label, count per scale point). Questions not linked to an indicator are
listed the same way after the indicators. Used by the Word report (`exporters.word.surveys`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.likert import LikertRow, likert_summary
from exporters.report.data import Context, TableData

LABELS = {
    "survey_results": {"id": "Hasil survei", "en": "Survey results"},
    "survey_intro": {"id": "{n} responden menjawab kuesioner \u201c{title}\u201d. Skala "
                           "1\u2013{size}; \u201csetuju\u201d berarti jawaban di atas titik "
                           "tengah skala, \u201ctidak setuju\u201d di bawahnya.",
                     "en": "{n} respondents answered the questionnaire \u201c{title}\u201d. "
                           "Scale 1\u2013{size}; \u201cagree\u201d means an answer above the "
                           "scale's midpoint, \u201cdisagree\u201d one below it."},
    "survey_table": {"id": "Jawaban skala Likert per indikator: {title}",
                     "en": "Likert answers per indicator: {title}"},
    "survey_chart": {"id": "Sebaran jawaban per indikator: {title}",
                     "en": "Distribution of answers per indicator: {title}"},
    "figure": {"id": "Gambar", "en": "Figure"},
    "all_respondents": {"id": "Semua responden", "en": "All respondents"},
    "unassigned": {"id": "Tanpa kelompok", "en": "No group"},
    "mean": {"id": "Rerata", "en": "Mean"},
    "median": {"id": "Median", "en": "Median"},
    "agree_share": {"id": "% setuju", "en": "% agree"},
    "disagree_share": {"id": "% tidak setuju", "en": "% disagree"},
    "question_row": {"id": "Pertanyaan", "en": "Question"},
}


@dataclass
class SurveySection:
    title: str
    intro: str
    table: TableData
    chart_title: str
    chart_rows: list[tuple[str, list[int]]] = field(default_factory=list)
    point_labels: list[str] = field(default_factory=list)


def _percent(share: float | None) -> str:
    return "" if share is None else f"{round(100 * share)}%"


def _lines(item: LikertRow, label: str, groups: list[str], ctx: Context) -> list[list]:
    L = ctx.labels
    lines = []
    for group, stats in [("", item.overall), *((g, item.groups[g]) for g in groups
                                               if g in item.groups)]:
        name = L["all_respondents"] if not group else (
            L["unassigned"] if group == "unassigned" else ctx.pseudo(group))
        lines.append([label if not group else "", name, stats.n,
                      "" if stats.mean is None else f"{stats.mean:.2f}",
                      "" if stats.median is None else f"{stats.median:g}",
                      _percent(stats.share(True)), _percent(stats.share(False))])
    return lines


def survey_sections(ctx: Context) -> list[SurveySection]:
    """The sections of every form with Likert answers (see the module docstring)."""
    ctx.labels.extend(LABELS)
    L, lang = ctx.labels, ctx.labels.lang
    sections = []
    for form in ctx.project.surveys.forms():
        summary = likert_summary(ctx.project, form.form_id)
        linked = {q for row in summary.indicators for q in row.questions}
        pseudo = ctx.pseudo  # the charts are pictures: no scan could see a name in them
        items = [(row, pseudo(row.label(lang))) for row in summary.indicators] + [
            (row, f"{L['question_row']}: {pseudo(row.label(lang))}")
            for row in summary.questions if row.key not in linked]
        items = [(row, label) for row, label in items if row.overall.n]
        if not items:
            continue
        groups = [g for g in summary.groups if not ctx.groups or g in ctx.groups]
        rows, indents = [], []
        for row, label in items:
            lines = _lines(row, label, groups, ctx)
            rows += lines
            indents += [0] + [1] * (len(lines) - 1)
        title = ctx.pseudo(form.title or form.form_id)
        size = max(row.size for row, _label in items)
        definition = ctx.project.surveys.definition(form.id)
        scale = next((definition.likert_scale(q) for q in definition.questions
                      if definition.likert_scale(q) and len(definition.likert_scale(q)) == size),
                     [])
        header = [L["indicator"], L["group"], "n", L["mean"], L["median"],
                  L["agree_share"], L["disagree_share"]]
        sections.append(SurveySection(
            title=f"{L['survey_results']}: {title}",
            intro=L["survey_intro"].format(n=ctx.project.survey_responses.count(form.id),
                                           title=title, size=size),
            table=TableData("survey_likert", L["survey_table"].format(title=title), header,
                            rows, widths=[6, 3, 1, 1, 1, 1.2, 1.2], indents=indents),
            chart_title=L["survey_chart"].format(title=title),
            chart_rows=[(label, [row.overall.counts.get(p, 0) for p in range(1, size + 1)])
                        for row, label in items],
            point_labels=([pseudo(c.label(lang)) for c in scale]
                          or [str(p) for p in range(1, size + 1)])))
    return sections

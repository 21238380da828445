"""A questionnaire's responses as Excel, laid out the way KoboToolbox exports them.

`write_survey_xlsx(project, form_id, path, labels=False, lang="id")` writes, in
openpyxl's write-only mode:
- `responses`: one row per respondent. Columns: the respondent id, the linked
  participant's code, complete (1/0), the submission time, then every question by its
  group path (`group/question`); a select_multiple is one column of space-separated
  choices followed by one 0/1 column per option (`group/question/option`), as Kobo's
  default export does. With `labels`, headers are question labels and values are
  choice labels in `lang` instead of names.
- `likert`: the Likert summary (`analysis.likert`), one row per indicator or question
  and group, with n, mean, median, the count per scale point and the shares agreeing
  and disagreeing.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from analysis.likert import LikertRow, LikertSummary, likert_summary
from exporters.atomic import atomic_output, check_target
from exporters.privacy.consent import ConsentRule
from exporters.privacy.pseudonymize import Pseudonymizer
from exporters.privacy.safeguards import output_guard
from storage.survey_models import FormDefinition, Question

_BOLD = Font(bold=True)
FIXED_COLUMNS = ("respondent", "participant", "complete", "_submission_time")


def _columns(definition: FormDefinition, labels: bool, lang: str) -> list[tuple]:
    """(header, question, option or None) for every answer column."""
    found = []
    for path, question in definition.paths().items():
        header = question.label(lang) if labels else path
        found.append((header, question, None))
        if question.type == "select_multiple":
            for choice in definition.choices.get(question.list_name, []):
                option = f"{header}/{choice.label(lang) if labels else choice.name}"
                found.append((option, question, choice.name))
    return found


def _value(definition: FormDefinition, question: Question, value: str, option: str | None,
           labels: bool, lang: str):
    if option is not None:
        return 1 if option in value.split() else 0
    if question.type in ("integer", "decimal"):
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if number.is_integer() and question.type == "integer" else number
    if labels and question.type in ("select_one", "select_multiple"):
        names = {c.name: c.label(lang) for c in definition.choices.get(question.list_name, [])}
        return " ".join(names.get(part, part) for part in value.split())
    return value


def _header_row(sheet, names) -> list:
    cells = []
    for name in names:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = _BOLD
        cells.append(cell)
    return cells


def _write_responses(sheet, project, form_pk: int, labels: bool, lang: str,
                     pseudo: Pseudonymizer, consent: ConsentRule) -> None:
    definition = project.surveys.definition(form_pk)
    columns = _columns(definition, labels, lang)
    sheet.append(_header_row(sheet, [*FIXED_COLUMNS, *(c[0] for c in columns)]))
    codes = {p.id: p.code for p in project.participants.list()}
    answers = project.survey_responses.all_answers(form_pk)
    for response in project.survey_responses.list(form_pk):
        if response.participant_id is not None and not consent.allows(response.participant_id):
            continue  # the same consent rule as every other export
        given = answers.get(response.id, {})
        row = [response.respondent, codes.get(response.participant_id, ""),
               int(response.complete), response.submitted or ""]
        for _header, question, option in columns:
            value = given.get(question.id)
            row.append(None if value is None and option is None else _value(
                definition, question, value or "", option, labels, lang))
        sheet.append([pseudo(v) if isinstance(v, str) else v for v in row])


def likert_rows(summary: LikertSummary, lang: str) -> list[list]:
    """The likert sheet: header, then indicator rows and question rows per group."""
    size = max((r.size for r in summary.questions), default=5)
    header = ["kind", "key", "label", "questions", "group", "n", "mean", "median",
              *(str(p) for p in range(1, size + 1)), "agree", "disagree"]
    rows = [header]
    for kind, items in (("indicator", summary.indicators), ("question", summary.questions)):
        for item in items:
            rows += _likert_lines(kind, item, summary.groups, lang, size)
    return rows


def _likert_lines(kind: str, item: LikertRow, groups: list[str], lang: str, size: int):
    lines = []
    for group, stats in [("", item.overall), *((g, item.groups[g]) for g in groups
                                               if g in item.groups)]:
        distribution = stats.distribution
        lines.append([kind, item.key, item.label(lang), " ".join(item.questions),
                      group or "(all)", stats.n, stats.mean, stats.median,
                      *(distribution.get(str(p)) for p in range(1, size + 1)),
                      stats.share(True), stats.share(False)])
    return lines


def write_survey_xlsx(project, form_id: str, path: str | Path, labels: bool = False,
                      lang: str = "id", by: str | None = None,
                      pseudonymize: bool = False) -> Path:
    """Write the responses and Likert summary of `form_id`; returns the path written.

    Responses of participants who may not be quoted are left out (`exporters.privacy.consent`,
    the Likert summary keeps them: it quotes nobody); `pseudonymize` replaces every
    protected term in every text cell, and the finished file is then scanned
    (`exporters.privacy.safeguards`)."""
    target = check_target(path, project.path)
    form = project.surveys.form(form_id)
    summary = likert_summary(project, form_id, by)
    workbook = Workbook(write_only=True)
    pseudo = Pseudonymizer.for_project(project) if pseudonymize else Pseudonymizer.off()
    _write_responses(workbook.create_sheet("responses"), project, form.id, labels, lang,
                     pseudo, ConsentRule.for_project(project))
    sheet = workbook.create_sheet("likert")
    for number, row in enumerate(likert_rows(summary, lang)):
        row = [pseudo(v) if isinstance(v, str) else v for v in row]
        sheet.append(_header_row(sheet, row) if number == 0 else row)
    with atomic_output(target, **output_guard(project, pseudo)) as temporary:
        workbook.save(temporary)
    return target

"""A stored questionnaire written back as an XLSForm workbook (survey, choices, settings).

Columns: `type`, `name`, `label::LANG` and `hint::LANG` for every language the form
uses (a plain `label` for text without language), `required`, `relevant`,
`constraint`, `constraint_message::LANG`, Telaah's own `telaah_indicator`, then every
other column the form was imported with. The result converts with pyxform without
errors (tested), so it can be uploaded to KoboToolbox or ODK Central as it is.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from exporters.atomic import atomic_output, check_target
from importers.xlsform import INDICATOR_COLUMN
from storage.survey_models import FormDefinition, Question


def _language_columns(prefix: str, languages: list[str]) -> list[tuple[str, str]]:
    return [(f"{prefix}::{lang}" if lang else prefix, lang) for lang in languages]


def _languages(definition: FormDefinition, attribute: str) -> list[str]:
    seen: dict[str, None] = {}
    for question in definition.questions:
        seen.update(dict.fromkeys(getattr(question, attribute)))
    return list(seen)


def _with_labels(definition: FormDefinition, attribute: str) -> list[str]:
    """The languages of a translatable column: those of the labels too once it is used
    (pyxform warns about a language that has labels but no such column)."""
    used = _languages(definition, attribute)
    if not used:
        return []
    return list(dict.fromkeys([*_languages(definition, "labels"), *used]))


def survey_rows(definition: FormDefinition) -> list[list[str]]:
    """The survey sheet: header row, then one row per question."""
    labels = _language_columns("label", _languages(definition, "labels"))
    hints = _language_columns("hint", _with_labels(definition, "hints"))
    messages = _language_columns("constraint_message",
                                 _with_labels(definition, "constraint_messages"))
    extra: dict[str, None] = {}
    for question in definition.questions:
        extra.update(dict.fromkeys(question.extra))
    header = ["type", "name", *(c for c, _l in labels), *(c for c, _l in hints), "required",
              "relevant", "constraint", *(c for c, _l in messages), INDICATOR_COLUMN, *extra]
    rows = [header]
    for question in definition.questions:
        rows.append(_question_row(question, labels, hints, messages, list(extra)))
    return rows


def _question_row(question: Question, labels, hints, messages, extra) -> list[str]:
    return [question.full_type, question.name,
            *(question.labels.get(lang, "") for _c, lang in labels),
            *(question.hints.get(lang, "") for _c, lang in hints),
            "yes" if question.required else "", question.relevant, question.constraint,
            *(question.constraint_messages.get(lang, "") for _c, lang in messages),
            " ".join(question.indicators), *(question.extra.get(c, "") for c in extra)]


def choice_rows(definition: FormDefinition) -> list[list[str]]:
    """The choices sheet: header row, then every choice of every list."""
    seen: dict[str, None] = {}
    extra: dict[str, None] = {}
    for choices in definition.choices.values():
        for choice in choices:
            seen.update(dict.fromkeys(choice.labels))
            extra.update(dict.fromkeys(choice.extra))
    labels = _language_columns("label", list(seen))
    rows = [["list_name", "name", *(c for c, _l in labels), *extra]]
    for list_name, choices in definition.choices.items():
        for choice in choices:
            rows.append([list_name, choice.name,
                         *(choice.labels.get(lang, "") for _c, lang in labels),
                         *(choice.extra.get(c, "") for c in extra)])
    return rows


def settings_rows(definition: FormDefinition) -> list[list[str]]:
    form = definition.form
    values = {"form_id": form.form_id, "form_title": form.title, "version": form.version,
              "default_language": form.default_language, **form.settings}
    values = {k: v for k, v in values.items() if v}
    return [list(values), list(values.values())]


def write_xlsform(definition: FormDefinition, path: str | Path,
                  project_path: Path | None = None) -> Path:
    """Write the form as an XLSForm workbook; returns the path written (never over the
    project `project_path`, its working files or backups)."""
    target = check_target(path, project_path)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "survey"
    for row in survey_rows(definition):
        sheet.append(row)
    choices = workbook.create_sheet("choices")
    for row in choice_rows(definition):
        choices.append(row)
    settings = workbook.create_sheet("settings")
    for row in settings_rows(definition):
        settings.append(row)
    with atomic_output(target, project_path) as temporary:
        workbook.save(temporary)
    return target


def export_form(project, form_id: str, path: str | Path) -> Path:
    """Write the stored form `form_id` (its XLSForm form_id) to `path`."""
    form = project.surveys.form(form_id)
    return write_xlsform(project.surveys.definition(form.id), path, project.path)

"""XLSForm workbooks (KoboToolbox, ODK) into questionnaires.

`read_xlsform(path)` reads the `survey`, `choices` and `settings` sheets, checks the form
with the XLSForm reference implementation, `pyxform` (the converter Kobo and ODK run),
and returns a `FormDefinition`; `import_xlsform(project, path)` stores it as one action.
pyxform stops at the first problem, so the form is converted again without each row it
names (up to `PYXFORM_ROUNDS` times) and Telaah's own checks (sheets and columns, types,
choice lists, duplicate names, conditions) add the problems pyxform reports without a
row. Every problem names sheet, row and column; with any problem nothing is imported
and the `ImportFailedError` lists them all. Our own column `telaah_indicator` (framework
node ids, space-separated) links a question to indicators; other tools ignore it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from importers.xlsform_checks import check_form
from storage import messages
from storage.errors import ImportFailedError
from storage.survey_models import Choice, FormDefinition, Question, SurveyForm

PYXFORM_ROUNDS = 20
INDICATOR_COLUMN = "telaah_indicator"
_PYXFORM_ROW = re.compile(r"\[row : (\d+)\]")
_COLUMN_IN_MESSAGE = re.compile(r"the '([a-z_:]+)' value")
_GROUP_TYPES = {"begin group": "begin_group", "begin_group": "begin_group",
                "end group": "end_group", "end_group": "end_group",
                "begin repeat": "begin_repeat", "begin_repeat": "begin_repeat",
                "end repeat": "end_repeat", "end_repeat": "end_repeat"}
_TYPE_ALIASES = {"int": "integer", "string": "text", "select1": "select_one"}


@dataclass(frozen=True)
class Problem:
    """One problem of a form: where (sheet, row, column) and what."""

    sheet: str
    row: int | None
    column: str
    message: str

    def __str__(self) -> str:
        where = f"sheet '{self.sheet}'"
        if self.row:
            where += f", row {self.row}"
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: {self.message}"


@dataclass
class Sheets:
    """The rows of a workbook's three sheets as dicts (header -> text), with row numbers."""

    survey: list[tuple[int, dict[str, str]]] | None
    choices: list[tuple[int, dict[str, str]]] | None
    settings: dict[str, str]
    survey_header: list[str]
    choices_header: list[str]


def read_sheets(path: Path) -> Sheets:
    """The survey, choices and settings sheets (names compared case-insensitively)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a non-workbook
        raise ImportFailedError.of(messages.FILE_UNREADABLE, path=path,
                                   detail=f"{type(error).__name__}: {error}") from None
    try:
        by_name = {name.strip().lower(): workbook[name] for name in workbook.sheetnames}
        survey, survey_header = _rows(by_name.get("survey"))
        choices, choices_header = _rows(by_name.get("choices"))
        settings_rows, _header = _rows(by_name.get("settings"))
    finally:
        workbook.close()
    settings = settings_rows[0][1] if settings_rows else {}
    return Sheets(survey, choices, settings, survey_header, choices_header)


def _rows(sheet) -> tuple[list[tuple[int, dict[str, str]]] | None, list[str]]:
    if sheet is None:
        return None, []
    rows = sheet.iter_rows(values_only=True)
    header = [_header(cell) for cell in next(rows, ())]
    found = []
    for number, values in enumerate(rows, 2):
        row = {name: _text(value) for name, value in zip(header, values, strict=False)
               if name and value is not None and _text(value)}
        if row:
            found.append((number, row))
    return found, header


def _header(cell) -> str:
    """'Label::English (en)' -> 'label::English (en)' (the language keeps its case)."""
    if cell is None:
        return ""
    column, sep, language = _text(cell).partition("::")
    return column.strip().lower() + sep + language.strip()


def _text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def split_type(cell: str) -> tuple[str, str]:
    """'select_one agree5' -> ('select_one', 'agree5'); 'begin group' -> ('begin_group', '')."""
    from pyxform.aliases import select

    text = " ".join(cell.split())
    if text.lower() in _GROUP_TYPES:
        return _GROUP_TYPES[text.lower()], ""
    for alias in sorted(select, key=len, reverse=True):
        if text.startswith(alias + " "):
            kind = {"select one": "select_one", "select all that apply": "select_multiple"}.get(
                select[alias], select[alias].replace(" ", "_"))
            return kind, text[len(alias):].strip()
    return _TYPE_ALIASES.get(text, text), ""


def pyxform_problems(sheets: Sheets) -> list[Problem]:
    """The problems pyxform finds, converting again without each row it names."""
    from pyxform.errors import PyXFormError
    from pyxform.xls2xform import convert

    survey = list(sheets.survey or [])
    problems: list[Problem] = []
    for _round in range(PYXFORM_ROUNDS):
        workbook = {"survey": [row for _n, row in survey]}
        if sheets.choices is not None:
            workbook["choices"] = [row for _n, row in sheets.choices]
        if sheets.settings:
            workbook["settings"] = [sheets.settings]
        try:
            convert(workbook, form_name="data")
            return problems
        except PyXFormError as error:
            text = str(error)
        except Exception as error:  # pyxform fails on some inputs with other errors
            text = f"{type(error).__name__}: {error}"
        match = _PYXFORM_ROW.search(text)
        message = _PYXFORM_ROW.sub("", text).strip()
        column = _COLUMN_IN_MESSAGE.search(message)
        sheet = "choices" if "'choices' sheet" in message else "survey"
        if match is None or sheet != "survey":
            problems.append(Problem(sheet, None, column.group(1) if column else "", message))
            return problems
        index = int(match.group(1)) - 2  # pyxform counts the header as row 1
        if not 0 <= index < len(survey):
            problems.append(Problem(sheet, None, "", message))
            return problems
        problems.append(Problem(sheet, survey[index][0], column.group(1) if column else "",
                                message))
        del survey[index]
    return problems


def read_xlsform(path: str | Path) -> FormDefinition:
    """The form of an XLSForm workbook, checked (see the module docstring)."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailedError.of(messages.FILE_MISSING, path=path)
    sheets = read_sheets(path)
    problems = check_form(sheets, split_type)
    if sheets.survey is not None and "type" in sheets.survey_header:
        seen = {(p.sheet, p.row) for p in problems}
        problems += [p for p in pyxform_problems(sheets) if (p.sheet, p.row) not in seen
                     and (p.row is not None or not problems)]
    if problems:
        raise ImportFailedError.of(messages.SURVEY_FORM_INVALID, path=path, count=len(problems),
                                   problems="\n".join(f"  {p}" for p in problems))
    return definition_of(sheets, path.stem)


def import_xlsform(project, path: str | Path, origin: object = None) -> int:
    """Read, check and store an XLSForm; returns the new form's id."""
    return project.surveys.add_form(read_xlsform(path), origin)


def _translated(row: dict[str, str], column: str) -> dict[str, str]:
    found = {}
    for name, value in row.items():
        if name == column:
            found[""] = value
        elif name.startswith(column + "::"):
            found[name[len(column) + 2:].strip()] = value
    return found


_KNOWN = ("type", "name", "label", "hint", "required", "relevant", "constraint",
          "constraint_message", INDICATOR_COLUMN)


def _extra(row: dict[str, str], known: tuple[str, ...]) -> dict[str, str]:
    return {name: value for name, value in row.items()
            if name.split("::")[0] not in known}


def definition_of(sheets: Sheets, fallback_id: str) -> FormDefinition:
    """The FormDefinition of checked sheets."""
    settings = dict(sheets.settings)
    form = SurveyForm(0, form_id=settings.pop("form_id", "") or settings.pop("id_string", "")
                      or re.sub(r"\W+", "_", fallback_id),
                      title=settings.pop("form_title", ""), version=settings.pop("version", ""),
                      default_language=settings.pop("default_language", ""), settings=settings)
    definition = FormDefinition(form)
    for number, row in sheets.survey or []:
        kind, list_name = split_type(row.get("type", ""))
        definition.questions.append(Question(
            0, type=kind, list_name=list_name, name=row.get("name", ""),
            labels=_translated(row, "label"), hints=_translated(row, "hint"),
            required=row.get("required", "").lower() in ("yes", "true", "true()", "1"),
            relevant=row.get("relevant", ""), constraint=row.get("constraint", ""),
            constraint_messages=_translated(row, "constraint_message"),
            indicators=row.get(INDICATOR_COLUMN, "").split(), extra=_extra(row, _KNOWN),
            row=number))
    for _number, row in sheets.choices or []:
        list_name = row.get("list_name") or row.get("list name", "")
        choice = Choice(list_name, row.get("name", ""), _translated(row, "label"),
                        _extra(row, ("list_name", "list name", "name", "label")))
        definition.choices.setdefault(list_name, []).append(choice)
    return definition

"""Responses exported by KoboToolbox or ODK Central (.xlsx or .csv) into a questionnaire.

`read_responses(project, form_pk, path)` reads and checks the file without writing:
every column is matched to a question (`importers.survey_table`), every value is
checked against its question (integer, decimal, date, a known choice name, a choice
label taken for its name, select_multiple as space-separated names or as 0/1 option
columns, `constraint` met, `required` answered where the question is relevant) and
every respondent id must be new and unique. Each problem names the row (as in the
file: the header is row 1) and the column. `store_responses` writes the valid rows
in one action; `import_responses` refuses the whole file when there is any problem
unless `skip_invalid` is given (the CLI's `--skip-invalid`, the GUI's "import the valid
rows" answer), so nothing is ever half-imported by accident.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from importers.survey_table import Column, match_columns, read_table
from importers.xlsform_expressions import is_relevant, passes
from storage import messages
from storage.errors import ImportFailedError
from storage.survey_models import FormDefinition, Question
from storage.survey_responses import ResponseRow

LISTED_PROBLEMS = 40  # problems written out in the error; the rest are counted


@dataclass(frozen=True)
class RowProblem:
    row: int | None
    column: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}, column '{self.column}'" if self.row else (
            f"column '{self.column}'")
        return f"{where}: {self.message}"


@dataclass
class ResponseFile:
    """What a response file holds, checked: valid rows and the problems found."""

    path: Path
    rows: list[ResponseRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    invalid_rows: int = 0
    total_rows: int = 0
    change: object = None   # the Change of the import, once stored

    def problem_text(self) -> str:
        lines = [f"  {p}" for p in self.problems[:LISTED_PROBLEMS]]
        if len(self.problems) > LISTED_PROBLEMS:
            lines.append(f"  ... and {len(self.problems) - LISTED_PROBLEMS} more")
        return "\n".join(lines)


def _number_checker(kind: str) -> Callable[[str], str]:
    def checked(value: str) -> str:
        number = float(value)
        if kind == "integer":
            if not number.is_integer():
                raise ValueError("not a whole number")
            return str(int(number))
        return value.strip()
    return checked


def _date(value: str) -> str:
    return datetime.date.fromisoformat(value.strip()[:10]).isoformat()


def value_checker(definition: FormDefinition, question: Question) -> Callable[[str], str]:
    """A function giving the stored form of a raw value, or raising ValueError."""
    if question.type in ("integer", "decimal"):
        return _number_checker(question.type)
    if question.type == "date":
        return _date
    if question.type in ("select_one", "select_multiple"):
        choices = definition.choices.get(question.list_name, [])
        names = {c.name for c in choices}
        by_label = {text: c.name for c in choices for text in c.labels.values() if text}

        def choice(value: str) -> str:
            value = value.strip()
            if value in names:
                return value
            if value in by_label:
                return by_label[value]
            if question.type == "select_multiple":
                parts = [by_label.get(p, p) for p in value.split()]
                unknown = [p for p in parts if p not in names]
                if not unknown:
                    return " ".join(parts)
                value = unknown[0]
            raise ValueError(f"'{value}' is not a choice of list '{question.list_name}'")
        return choice
    return str


def read_responses(project, form_pk: int, path: str | Path) -> ResponseFile:
    """Read and check a response file (nothing is written)."""
    path = Path(path)
    definition = project.surveys.definition(form_pk)
    header, rows = read_table(path)
    if not rows:
        raise ImportFailedError.of(messages.SURVEY_RESPONSES_EMPTY, path=path)
    columns = match_columns(definition, header)
    if not any(c.role in ("answer", "option") for c in columns):
        raise ImportFailedError.of(messages.SURVEY_NO_ANSWER_COLUMNS, path=path,
                                   form=definition.form.form_id)
    result = ResponseFile(path, total_rows=len(rows))
    result.problems += [RowProblem(None, name, "matches no question of the form")
                        for name, c in zip(header, columns, strict=False) if c.role == "unknown"]
    checker = _RowChecker(project, form_pk, definition, header, columns)
    for number, values in enumerate(rows, 2):
        row, problems = checker.check(number, values)
        if problems:
            result.problems += problems
            result.invalid_rows += 1
        else:
            result.rows.append(row)
    return result


class _RowChecker:
    """Checks rows one by one, remembering respondent ids seen."""

    def __init__(self, project, form_pk, definition, header, columns: list[Column]):
        self.definition, self.header, self.columns = definition, header, columns
        self.checkers = {q.id: value_checker(definition, q) for q in definition.questions}
        self.seen = project.survey_responses.respondents(form_pk)
        self.participants = {p.code.lower(): p.id for p in project.participants.list()}
        self.required = [q for q in definition.answer_questions() if q.required]
        self.constrained = [q for q in definition.answer_questions() if q.constraint]
        self.name_of = {q.id: q.name for q in definition.questions}
        self.respondent_column = next((h for h, c in zip(header, columns, strict=False)
                                       if c.role == "respondent"), "respondent")

    def check(self, number: int, values: list[str]) -> tuple[ResponseRow, list[RowProblem]]:
        row = ResponseRow(respondent=f"row{number}")
        problems: list[RowProblem] = []
        options: dict[int, list[str]] = {}
        for index, column in enumerate(self.columns):
            value = values[index].strip() if index < len(values) else ""
            if value:
                self._cell(number, self.header[index], column, value, row, problems, options)
        for question_id, chosen in options.items():
            row.answers.setdefault(question_id, " ".join(chosen))
        if row.respondent in self.seen:
            problems.append(RowProblem(number, self.respondent_column,
                                       f"the respondent id '{row.respondent}' is used twice"))
        self.seen.add(row.respondent)
        if (self.required or self.constrained) and not problems:
            problems += self._conditions(number, row)
        return row, problems

    def _cell(self, number, name, column, value, row, problems, options) -> None:
        role = column.role
        if role == "answer":
            try:
                row.answers[column.question.id] = self.checkers[column.question.id](value)
            except ValueError as error:
                problems.append(RowProblem(number, name, _invalid(value, column, error)))
        elif role == "option":
            if value in ("1", "1.0", "True", "true"):
                options.setdefault(column.question.id, []).append(column.option)
            elif value not in ("0", "0.0", "False", "false"):
                problems.append(RowProblem(number, name, f"'{value}' is not 0 or 1"))
        elif role == "respondent":
            row.respondent = value
        elif role == "submitted":
            row.submitted = value
        elif role == "participant":
            row.participant_id = self.participants.get(value.lower())
            if row.participant_id is None:
                problems.append(RowProblem(number, name, f"there is no participant '{value}'"))

    def _conditions(self, number: int, row: ResponseRow) -> list[RowProblem]:
        answers = {self.name_of[q]: v for q, v in row.answers.items()}
        problems = []
        for question in self.required:
            if question.id not in row.answers and is_relevant(question.relevant, answers):
                problems.append(RowProblem(number, question.name, "the answer is required"))
        for question in self.constrained:
            value = row.answers.get(question.id, "")
            if not passes(question.constraint, answers, value):
                message = next(iter(question.constraint_messages.values()), "") or (
                    f"the constraint {question.constraint} is not met")
                problems.append(RowProblem(number, question.name, f"'{value}': {message}"))
        return problems


def _invalid(value: str, column: Column, error: ValueError) -> str:
    kind = column.question.type
    if kind in ("integer", "decimal", "date"):
        return f"'{value}' is not a valid {kind}"
    return str(error)


def store_responses(project, form_pk: int, found: ResponseFile, origin: object = None):
    """Write the valid rows of a checked file in one action; returns its Change."""
    if found.rows:
        found.change = project.survey_responses.import_rows(
            form_pk, found.rows, f"Import responses from {found.path.name}", origin)
    return found.change


def import_responses(project, form_id: str, path: str | Path, skip_invalid: bool = False,
                     origin: object = None) -> ResponseFile:
    """Read, check and store a response file (see the module docstring)."""
    form = project.surveys.form(form_id)
    found = read_responses(project, form.id, path)
    if found.problems and not skip_invalid:
        raise ImportFailedError.of(messages.SURVEY_RESPONSES_INVALID, path=found.path,
                                   count=len(found.problems), problems=found.problem_text())
    store_responses(project, form.id, found, origin)
    return found

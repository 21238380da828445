"""The header and rows of a response file exported by KoboToolbox or ODK Central.

`read_table(path)` reads a .csv (UTF-8, with or without BOM; comma, semicolon or tab
separated, as Kobo and ODK write them) or the first sheet of an .xlsx with
python-calamine (values as text; whole numbers without '.0', dates as YYYY-MM-DD).
`match_columns` says what each column is: the answer to a question (by its name, or
its group path written with '/' as Kobo does or '-' as ODK Central does), one option
of a select_multiple as a 0/1 column (`question/option`), the respondent id, the
linked participant, the submission time, export metadata to pass over, or nothing the
form knows (reported).
"""

from __future__ import annotations

import csv
import datetime
from dataclasses import dataclass
from pathlib import Path

from storage import messages
from storage.errors import ImportFailedError
from storage.survey_models import FormDefinition, Question

RESPONDENT_COLUMNS = ("respondent", "telaah_respondent", "_uuid", "meta/instanceid",
                      "instanceid", "key", "meta-instanceid", "_id")
PARTICIPANT_COLUMNS = ("telaah_participant", "participant")
SUBMITTED_COLUMNS = ("_submission_time", "submissiondate", "submission_time")
# Columns Kobo and ODK add to every export; they carry no answer.
METADATA = {"_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
            "_submitted_by", "__version__", "_version_", "_tags", "_index", "_parent_index",
            "_xform_id_string", "_attachments", "_geolocation", "_parent_table_name",
            "formhub/uuid", "meta/instanceid", "meta/rootuuid", "meta/deprecatedid",
            "meta-instanceid", "instanceid", "key", "submissiondate", "submitterid",
            "submittername", "attachmentspresent", "attachmentsexpected", "status",
            "reviewstate", "deviceid", "edits", "formversion", "start", "end", "today"}


@dataclass(frozen=True)
class Column:
    """What one column of the file holds."""

    role: str                      # answer, option, respondent, participant, submitted,
    question: Question | None = None  # metadata, unknown
    option: str = ""


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """(header, rows) of a .csv or .xlsx file, every value as text."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ImportFailedError.of(messages.FILE_MISSING, path=path)
    try:
        if suffix == ".csv":
            return _read_csv(path)
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
    except (OSError, UnicodeDecodeError, csv.Error, ValueError, KeyError) as error:
        raise ImportFailedError.of(messages.FILE_UNREADABLE, path=path,
                                   detail=f"{type(error).__name__}: {error}") from None
    raise ImportFailedError.of(messages.FILE_TYPE_UNSUPPORTED, path=path, suffix=suffix,
                               supported=".xlsx or .csv")


def _read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        first = handle.readline()
        delimiter = max(",;\t", key=first.count)
        handle.seek(0)
        if handle.read(1) != "\ufeff":
            handle.seek(0)
        rows = list(csv.reader(handle, delimiter=delimiter))
    if not rows:
        return [], []
    return [h.strip() for h in rows[0]], rows[1:]


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return (value.date().isoformat() if value.time() == datetime.time()
                else value.isoformat())
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _read_xlsx(path: Path) -> tuple[list[str], list[list[str]]]:
    """The first sheet, read with python-calamine (fast enough for 10,000 x 60 cells)."""
    from python_calamine import CalamineWorkbook

    try:
        values = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    except Exception as error:  # calamine raises its own errors for a non-workbook
        raise ImportFailedError.of(messages.FILE_UNREADABLE, path=path,
                                   detail=f"{type(error).__name__}: {error}") from None
    if not values:
        return [], []
    header = [_cell_text(v).strip() for v in values[0]]
    rows = [list(map(_cell_text, row)) for row in values[1:]
            if any(v is not None and v != "" for v in row)]
    return header, rows


def match_columns(definition: FormDefinition, header: list[str]) -> list[Column]:
    """What each column of `header` holds (see the module docstring)."""
    paths = definition.paths()
    by_name: dict[str, list[Question]] = {}
    for question in paths.values():
        by_name.setdefault(question.name, []).append(question)
    lowered = [h.lower() for h in header]
    respondent = next((lowered.index(c) for c in RESPONDENT_COLUMNS if c in lowered), None)
    found = []
    for index, name in enumerate(header):
        found.append(_column(name, lowered[index], index == respondent, paths, by_name,
                             definition))
    return found


def _column(name: str, low: str, is_respondent: bool, paths, by_name, definition) -> Column:
    if is_respondent:
        return Column("respondent")
    if low in PARTICIPANT_COLUMNS:
        return Column("participant")
    if low in SUBMITTED_COLUMNS:
        return Column("submitted")
    question = _question_for(name, paths, by_name)
    if question is not None:
        return Column("answer", question)
    for separator in "/-.":
        head, _sep, option = name.rpartition(separator)
        question = _question_for(head, paths, by_name) if head else None
        if question is not None and question.type == "select_multiple" and option in {
                c.name for c in definition.choices.get(question.list_name, [])}:
            return Column("option", question, option)
    if low in METADATA or low.startswith(("meta/", "meta-", "_")):
        return Column("metadata")
    return Column("unknown")


def _question_for(name: str, paths, by_name) -> Question | None:
    for candidate in (name, name.replace("-", "/")):
        if candidate in paths:
            return paths[candidate]
    matches = by_name.get(name.rpartition("/")[2]) or by_name.get(name)
    return matches[0] if matches and len(matches) == 1 else None

"""Telaah's own checks of an XLSForm, beside pyxform's (see `importers.xlsform`).

pyxform stops at its first problem and names no row for some (an unknown type, a
missing choices sheet); these checks find every problem of those kinds at once, each
with sheet, row and column: missing sheets and columns, unknown types, a choice list
that does not exist, duplicate names (within the same group, as XLSForm requires) and
choices, repeat groups (which Telaah does not support), and conditions that cannot be
read or refer to a name the form does not have.
"""

from __future__ import annotations

from collections.abc import Callable

from importers.xlsform_expressions import SyntaxProblem, check, references

SELECTS = ("select_one", "select_multiple", "rank")
CONDITIONS = ("relevant", "constraint")


def check_form(sheets, split_type: Callable[[str], tuple[str, str]]) -> list:
    """Every problem found in the sheets (`importers.xlsform.Sheets`)."""
    from importers.xlsform import Problem

    if sheets.survey is None:
        return [Problem("survey", None, "", "the workbook has no 'survey' sheet")]
    problems = [Problem("survey", 1, column, f"the '{column}' column is missing")
                for column in ("type", "name") if column not in sheets.survey_header]
    if not any(h == "label" or h.startswith("label::") for h in sheets.survey_header):
        problems.append(Problem("survey", 1, "label", "the 'label' column is missing"))
    if problems:
        return problems
    lists = _choice_lists(sheets, problems)
    names = {row.get("name") for _n, row in sheets.survey if row.get("name")}
    stack: list[set[str]] = [set()]
    for number, row in sheets.survey:
        kind, list_name = split_type(row.get("type", ""))
        problems += _row_problems(number, row, kind, list_name, lists, names, stack)
    return problems


def _choice_lists(sheets, problems: list) -> dict[str, list[str]]:
    from importers.xlsform import Problem

    lists: dict[str, list[str]] = {}
    if sheets.choices is None:
        return lists
    for column in ("list_name", "name"):
        alternatives = {column, column.replace("_", " ")}
        if not alternatives & set(sheets.choices_header):
            problems.append(Problem("choices", 1, column, f"the '{column}' column is missing"))
    for number, row in sheets.choices:
        list_name = row.get("list_name") or row.get("list name", "")
        name = row.get("name", "")
        if not list_name or not name:
            continue
        if name in lists.setdefault(list_name, []):
            problems.append(Problem("choices", number, "name",
                                    f"the choice '{name}' appears twice in list '{list_name}'"))
        lists[list_name].append(name)
    return lists


def _row_problems(number, row, kind, list_name, lists, names, stack) -> list:
    from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

    from importers.xlsform import Problem

    found = []
    name = row.get("name", "")
    if not row.get("type"):
        return [Problem("survey", number, "type", "the row has no type")]
    if kind in ("begin_repeat", "end_repeat"):
        found.append(Problem("survey", number, "type",
                             "repeat groups are not supported by Telaah"))
    elif kind in SELECTS:
        if not list_name:
            found.append(Problem("survey", number, "type", f"'{kind}' needs a choice list"))
        elif list_name not in lists:
            found.append(Problem("survey", number, "type",
                                 f"the choice list '{list_name}' does not exist"))
    elif kind not in ("begin_group", "end_group") and kind not in QUESTION_TYPE_DICT:
        found.append(Problem("survey", number, "type",
                             f"unknown question type '{row.get('type')}'"))
    if kind == "end_group":
        if len(stack) > 1:
            stack.pop()
        return found
    if not name:
        found.append(Problem("survey", number, "name", "the question has no name"))
    elif name in stack[-1]:
        found.append(Problem("survey", number, "name",
                             f"the name '{name}' is used twice in the same group"))
    stack[-1].add(name)
    if kind == "begin_group":
        stack.append(set())
    for column in CONDITIONS:
        problem = _condition_problem(row.get(column, ""), names)
        if problem:
            found.append(Problem("survey", number, column, problem))
    return found


def _condition_problem(text: str, names: set[str]) -> str | None:
    if not text:
        return None
    missing = [name for name in references(text) if name not in names]
    if missing:
        return f"the condition refers to '{missing[0]}', which is not a name in the form"
    try:
        check(text)
    except SyntaxProblem as error:
        return f"the condition '{text}' cannot be read: {error}"
    except Exception:  # noqa: S110 - outside the evaluated subset: pyxform decides
        return None
    return None

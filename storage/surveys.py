"""Questionnaires: forms, their questions and choice lists (`project.surveys`).

A form is known to the user by its XLSForm `form_id`. `add_form` stores a whole
`FormDefinition` (an import, a generated draft) as one action; the form editor changes
one question or one choice list at a time, each its own undoable action. Responses are
in `storage.survey_responses`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from storage import messages
from storage.errors import NotFoundError, ValidationError
from storage.repository import Repository, moved
from storage.stamps import now
from storage.survey_models import (
    QUESTION_TYPES,
    SELECT_TYPES,
    Choice,
    FormDefinition,
    Question,
    SurveyForm,
)

_WORD = re.compile(r"[a-z][a-z_-]*")  # other XLSForm types (calculate, start ...) kept as given


def _form(row: dict) -> SurveyForm:
    return SurveyForm(id=row["id"], form_id=row["form_id"], title=row["title"],
                      version=row["version"], default_language=row["default_language"],
                      settings=json.loads(row["settings"]), created=row["created"],
                      modified=row["modified"])


def _question(row: dict) -> Question:
    return Question(id=row["id"], type=row["type"], name=row["name"],
                    list_name=row["list_name"], labels=json.loads(row["labels"]),
                    hints=json.loads(row["hints"]), required=bool(row["required"]),
                    relevant=row["relevant"], constraint=row["constraint_expr"],
                    constraint_messages=json.loads(row["constraint_messages"]),
                    indicators=row["indicators"].split(), extra=json.loads(row["extra"]),
                    position=row["position"])


def question_row(question: Question) -> dict[str, Any]:
    """The stored columns of a question (without form and position)."""
    return {"type": question.type, "list_name": question.list_name, "name": question.name,
            "labels": json.dumps(question.labels, ensure_ascii=False),
            "hints": json.dumps(question.hints, ensure_ascii=False),
            "required": int(question.required), "relevant": question.relevant,
            "constraint_expr": question.constraint,
            "constraint_messages": json.dumps(question.constraint_messages, ensure_ascii=False),
            "indicators": " ".join(question.indicators),
            "extra": json.dumps(question.extra, ensure_ascii=False)}


class SurveyRepository(Repository):
    """Forms, questions and choice lists."""

    def forms(self) -> list[SurveyForm]:
        return [_form(r) for r in self.rows("SELECT * FROM survey_forms ORDER BY form_id")]

    def form(self, form_id: str) -> SurveyForm:
        """The form whose XLSForm form_id is `form_id`."""
        rows = self.rows("SELECT * FROM survey_forms WHERE form_id = ?", [form_id])
        if not rows:
            known = ", ".join(f.form_id for f in self.forms()) or "none"
            raise NotFoundError.of(messages.SURVEY_FORM_UNKNOWN, form=form_id, known=known)
        return _form(rows[0])

    def form_by_id(self, form_pk: int) -> SurveyForm:
        rows = self.rows("SELECT * FROM survey_forms WHERE id = ?", [form_pk])
        if not rows:
            raise NotFoundError(f"There is no survey form with id {form_pk}.")
        return _form(rows[0])

    def definition(self, form_pk: int) -> FormDefinition:
        """The whole form: settings, questions in order, choice lists."""
        definition = FormDefinition(self.form_by_id(form_pk))
        definition.questions = [_question(r) for r in self.rows(
            "SELECT * FROM survey_questions WHERE form_id = ? ORDER BY position, id", [form_pk])]
        for row in self.rows("SELECT * FROM survey_choices WHERE form_id = ? "
                             "ORDER BY list_name, position, id", [form_pk]):
            definition.choices.setdefault(row["list_name"], []).append(Choice(
                row["list_name"], row["name"], json.loads(row["labels"]),
                json.loads(row["extra"]), id=row["id"], position=row["position"]))
        return definition

    def question_indicators(self) -> dict[int, list[str]]:
        """{question id: indicator keys} of every question linked to an indicator."""
        return {r["id"]: r["indicators"].split() for r in self.rows(
            "SELECT id, indicators FROM survey_questions WHERE indicators != ''")}

    # -- whole forms -----------------------------------------------------------------

    def add_form(self, definition: FormDefinition, origin: object = None) -> int:
        """Store a new form with its questions and choices (one action)."""
        form = definition.form
        if not form.form_id.strip():
            raise ValidationError.of(messages.SURVEY_FORM_NEEDS_ID)
        if self.scalar("SELECT 1 FROM survey_forms WHERE form_id = ?", [form.form_id]):
            raise ValidationError.of(messages.SURVEY_FORM_EXISTS, form=form.form_id)
        stamp = now()
        with self.action(f"Add questionnaire {form.form_id}", origin) as act:
            form_pk = act.insert("survey_forms", {
                "form_id": form.form_id, "title": form.title, "version": form.version,
                "default_language": form.default_language,
                "settings": json.dumps(form.settings, ensure_ascii=False),
                "created": stamp, "modified": stamp})
            for position, question in enumerate(definition.questions):
                act.insert("survey_questions", {"form_id": form_pk, "position": position,
                                                **question_row(question)})
            for list_name, choices in definition.choices.items():
                self._insert_choices(act, form_pk, list_name, choices)
        return form_pk

    def update_form(self, form_pk: int, origin: object = None, **values: Any) -> None:
        """Change title, version or default_language."""
        unknown = set(values) - {"title", "version", "default_language"}
        if unknown:
            raise ValueError(f"unknown form field(s): {sorted(unknown)}")
        with self.action("Edit questionnaire", origin) as act:
            act.update("survey_forms", {"id": form_pk}, {**values, "modified": now()})

    def delete_form(self, form_pk: int, origin: object = None) -> None:
        """Delete a form with its responses (their codable text sources stay)."""
        with self.action("Delete questionnaire", origin) as act:
            for table, where in (
                    ("survey_answers", "question_id IN (SELECT id FROM survey_questions "
                                       "WHERE form_id = ?)"),
                    ("survey_responses", "form_id = ?"),
                    ("survey_text_sources", "question_id IN (SELECT id FROM survey_questions "
                                            "WHERE form_id = ?)"),
                    ("survey_choices", "form_id = ?"), ("survey_questions", "form_id = ?")):
                act.delete_where(table, where, [form_pk])
            act.delete("survey_forms", {"id": form_pk})

    # -- questions -------------------------------------------------------------------

    def add_question(self, form_pk: int, question: Question, after: int | None = None,
                     origin: object = None) -> int:
        """Insert `question` after the question `after` (None: at the end)."""
        self._check_question(form_pk, question, None)
        ids = self._question_ids(form_pk)
        with self.action("Add question", origin) as act:
            new_id = act.insert("survey_questions", {"form_id": form_pk, "position": len(ids),
                                                     **question_row(question)})
            index = ids.index(after) + 1 if after in ids else len(ids)
            order = [*ids[:index], new_id, *ids[index:]]
            for position, question_id in enumerate(order):
                act.update("survey_questions", {"id": question_id}, {"position": position})
        return new_id

    def update_question(self, question_id: int, question: Question,
                        origin: object = None) -> None:
        form_pk = self._form_of(question_id)
        self._check_question(form_pk, question, question_id)
        with self.action("Edit question", origin) as act:
            act.update("survey_questions", {"id": question_id}, question_row(question))

    def delete_question(self, question_id: int, origin: object = None) -> None:
        """Delete a question and its answers."""
        with self.action("Delete question", origin) as act:
            act.delete_where("survey_answers", "question_id = ?", [question_id])
            act.delete_where("survey_text_sources", "question_id = ?", [question_id])
            act.delete("survey_questions", {"id": question_id})

    def move_question(self, question_id: int, offset: int, origin: object = None) -> None:
        ids = self._question_ids(self._form_of(question_id))
        self.write_order("Move question", "survey_questions", "id",
                         moved(ids, question_id, offset), origin)

    # -- choice lists ----------------------------------------------------------------

    def set_choices(self, form_pk: int, list_name: str, choices: list[Choice],
                    origin: object = None) -> None:
        """Replace the choice list `list_name` of a form (one action)."""
        names = [c.name.strip() for c in choices]
        if not list_name.strip() or any(not n or " " in n for n in names):
            raise ValidationError.of(messages.SURVEY_CHOICE_NAMES)
        if len(set(names)) != len(names):
            raise ValidationError.of(messages.SURVEY_CHOICE_NAMES)
        with self.action("Edit choice list", origin) as act:
            act.delete_where("survey_choices", "form_id = ? AND list_name = ?",
                             [form_pk, list_name])
            self._insert_choices(act, form_pk, list_name, choices)

    def _insert_choices(self, act, form_pk: int, list_name: str, choices: list[Choice]):
        for position, choice in enumerate(choices):
            act.insert("survey_choices", {
                "form_id": form_pk, "list_name": list_name, "position": position,
                "name": choice.name.strip(),
                "labels": json.dumps(choice.labels, ensure_ascii=False),
                "extra": json.dumps(choice.extra, ensure_ascii=False)})

    # -- helpers ---------------------------------------------------------------------

    def _question_ids(self, form_pk: int) -> list[int]:
        return [r["id"] for r in self.rows(
            "SELECT id FROM survey_questions WHERE form_id = ? ORDER BY position, id",
            [form_pk])]

    def _form_of(self, question_id: int) -> int:
        form_pk = self.scalar("SELECT form_id FROM survey_questions WHERE id = ?",
                              [question_id])
        if form_pk is None:
            raise NotFoundError(f"There is no question with id {question_id}.")
        return form_pk

    def _check_question(self, form_pk: int, question: Question, question_id: int | None):
        if question.type not in QUESTION_TYPES and not _WORD.fullmatch(question.type):
            raise ValidationError.of(messages.SURVEY_TYPE_UNKNOWN, type=question.type)
        if question.type != "end_group" and not question.name.strip():
            raise ValidationError.of(messages.SURVEY_QUESTION_NEEDS_NAME)
        if question.type in SELECT_TYPES and not question.list_name:
            raise ValidationError.of(messages.SURVEY_SELECT_NEEDS_LIST, name=question.name)
        if question.type == "end_group":
            return
        clash = self.scalar("SELECT id FROM survey_questions WHERE form_id = ? AND name = ? "
                            "AND type != 'end_group'", [form_pk, question.name])
        if clash is not None and clash != question_id:
            raise ValidationError.of(messages.SURVEY_NAME_USED, name=question.name)

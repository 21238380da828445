"""Responses to questionnaires and their answers (`project.survey_responses`).

One response per respondent (`respondent` is the form's respondent id, unique per
form), optionally linked to a participant, marked complete or not. Data entry stores
each answer as it is given (`set_answer`, one small action each, so nothing is lost on
a crash); a file import (`import_rows`) writes every response in one action, journaled
(undoable) up to `JOURNAL_LIMIT` answers and written without a journal above it. The
answers are stored question by question (primary key question, response), and the
reads behind Likert summaries and triangulation (`answer_columns`) return each
question's answers as two columns (response ids, values) built by SQLite's
`json_group_array` and decoded by the C JSON parser, so counting 400,000 answers by
group is a few C-level passes, not a join per answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from storage.errors import NotFoundError
from storage.repository import Repository
from storage.stamps import now
from storage.survey_models import SurveyResponse

JOURNAL_LIMIT = 50_000  # answers; a larger import cannot be undone (like a REFI import)

# One response's answers: one primary-key seek per question of its form.
_ONE_RESPONSE = ("SELECT question_id, value FROM survey_answers WHERE response_id = ?1 AND "
                 "question_id IN (SELECT q.id FROM survey_questions q JOIN survey_responses r "
                 "ON r.form_id = q.form_id WHERE r.id = ?1)")
_RESPONSE_COLUMNS = ("form_id", "respondent", "participant_id", "complete", "submitted",
                     "created", "modified")


@dataclass
class ResponseRow:
    """One response to import: who, and answer values by question id."""

    respondent: str
    answers: dict[int, str] = field(default_factory=dict)
    participant_id: int | None = None
    complete: bool = True
    submitted: str | None = None


class SurveyResponseRepository(Repository):
    """Responses and answers."""

    def list(self, form_pk: int) -> list[SurveyResponse]:
        return [SurveyResponse(**{**r, "complete": bool(r["complete"])}) for r in self.rows(
            "SELECT * FROM survey_responses WHERE form_id = ? ORDER BY id", [form_pk])]

    def get(self, response_id: int) -> SurveyResponse:
        rows = self.rows("SELECT * FROM survey_responses WHERE id = ?", [response_id])
        if not rows:
            raise NotFoundError(f"There is no survey response with id {response_id}.")
        return SurveyResponse(**{**rows[0], "complete": bool(rows[0]["complete"])})

    def count(self, form_pk: int) -> int:
        return self.scalar("SELECT COUNT(*) FROM survey_responses WHERE form_id = ?",
                           [form_pk])

    def respondents(self, form_pk: int) -> set[str]:
        return {r[0] for r in self.db.execute(
            "SELECT respondent FROM survey_responses WHERE form_id = ?", [form_pk])}

    def answers(self, response_id: int) -> dict[int, str]:
        """{question id: value} of one response."""
        return dict(self.db.execute(_ONE_RESPONSE, [response_id]).fetchall())

    def all_answers(self, form_pk: int) -> dict[int, dict[int, str]]:
        """{response id: {question id: value}} of every response of a form."""
        found: dict[int, dict[int, str]] = {}
        questions = [r[0] for r in self.db.execute(
            "SELECT id FROM survey_questions WHERE form_id = ?", [form_pk])]
        for question_id, (responses, values) in self.answer_columns(questions).items():
            for response_id, value in zip(responses, values, strict=True):
                found.setdefault(response_id, {})[question_id] = value
        return found

    # -- data entry ------------------------------------------------------------------

    def add(self, form_pk: int, respondent: str, participant_id: int | None = None,
            origin: object = None) -> int:
        stamp = now()
        with self.action(f"Add response {respondent}", origin) as act:
            return act.insert("survey_responses", {
                "form_id": form_pk, "respondent": respondent, "participant_id": participant_id,
                "complete": 0, "submitted": None, "created": stamp, "modified": stamp})

    def next_respondent(self, form_pk: int) -> str:
        """A respondent id not yet used in the form: R001, R002 ..."""
        used = self.respondents(form_pk)
        number = len(used) + 1
        while f"R{number:03d}" in used:
            number += 1
        return f"R{number:03d}"

    def set_answer(self, response_id: int, question_id: int, value: str | None,
                   origin: object = None) -> None:
        """Store (or, for None or '', remove) one answer at once."""
        key = {"response_id": response_id, "question_id": question_id}
        present = self.scalar("SELECT value FROM survey_answers WHERE response_id = ? "
                              "AND question_id = ?", [response_id, question_id])
        empty = value is None or value == ""
        if (empty and present is None) or value == present:
            return
        with self.action("Answer question", origin) as act:
            if empty:
                act.delete("survey_answers", key)
            elif present is None:
                act.insert("survey_answers", {**key, "value": value})
            else:
                act.update("survey_answers", key, {"value": value})

    def update(self, response_id: int, origin: object = None, **values) -> None:
        """Change participant_id, complete or respondent of a response."""
        unknown = set(values) - {"participant_id", "complete", "respondent"}
        if unknown:
            raise ValueError(f"unknown response field(s): {sorted(unknown)}")
        if "complete" in values:
            values["complete"] = int(bool(values["complete"]))
        with self.action("Edit response", origin) as act:
            act.update("survey_responses", {"id": response_id}, {**values, "modified": now()})

    def delete(self, response_id: int, origin: object = None) -> None:
        with self.action("Delete response", origin) as act:
            for question_id in self.answers(response_id):
                act.delete("survey_answers", {"question_id": question_id,
                                              "response_id": response_id})
            act.delete("survey_responses", {"id": response_id})

    # -- import ----------------------------------------------------------------------

    def import_rows(self, form_pk: int, rows: list[ResponseRow], label: str,
                    origin: object = None):
        """Add every response of `rows` in one action; returns its Change (not undoable
        above `JOURNAL_LIMIT` answers)."""
        stamp = now()
        answers = sum(len(row.answers) for row in rows)
        with self.project.action(label, origin, journal=answers <= JOURNAL_LIMIT) as act:
            first = act.insert_many("survey_responses", _RESPONSE_COLUMNS, [
                (form_pk, row.respondent, row.participant_id, int(row.complete),
                 row.submitted, stamp, stamp) for row in rows])
            values = sorted((question_id, response_id, value)  # in key order: appends
                            for response_id, row in enumerate(rows, first)
                            for question_id, value in row.answers.items())
            act.insert_rows("survey_answers", ("question_id", "response_id", "value"), values)
        return act.change

    # -- aggregates ------------------------------------------------------------------

    def answer_columns(self, question_ids: Iterable[int]) -> dict[int, tuple[tuple, tuple]]:
        """{question id: (response ids, values)} of the given questions' answers."""
        rows = self.db.execute(
            "SELECT question_id, json_group_array(response_id), json_group_array(value) "
            "FROM survey_answers WHERE question_id IN (SELECT value FROM json_each(?)) "
            "GROUP BY question_id", [json.dumps(list(question_ids))]).fetchall()
        return {question_id: (tuple(json.loads(responses)), tuple(json.loads(values)))
                for question_id, responses, values in rows}

    def point_columns(self, question_ids: Iterable[int]) -> dict[int, tuple[str, str, int]]:
        """{question id: (response ids comma-separated, values run together, answers)}:
        for single-character answers (Likert points 1-7) the values text has one
        character per answer, so the caller can read both columns in one call each."""
        rows = self.db.execute(
            "SELECT question_id, group_concat(response_id), group_concat(value, ''), COUNT(*) "
            "FROM survey_answers WHERE question_id IN (SELECT value FROM json_each(?)) "
            "GROUP BY question_id", [json.dumps(list(question_ids))]).fetchall()
        return {question_id: (responses, values, count)
                for question_id, responses, values, count in rows}

    def counts_by_group(self, question_ids: Iterable[int]) -> dict[int, dict[int | None, int]]:
        """{question id: {stakeholder group id or None: answers}}. Totals come from the
        key's order; only the answers of responses linked to a grouped participant are
        looked up (one seek each), so an unlinked survey costs one pass of counting."""
        wanted = json.dumps(list(question_ids))
        found = {question_id: {None: total} for question_id, total in self.db.execute(
            "SELECT question_id, COUNT(*) FROM survey_answers WHERE question_id IN "
            "(SELECT value FROM json_each(?)) GROUP BY question_id", [wanted])}
        members: dict[int, list[int]] = {}
        for response_id, group_id in self.db.execute(
                "SELECT r.id, p.group_id FROM survey_responses r JOIN participants p "
                "ON p.id = r.participant_id WHERE p.group_id IS NOT NULL"):
            members.setdefault(group_id, []).append(response_id)
        for group_id, responses in members.items():
            for question_id, count in self.db.execute(
                    "SELECT question_id, COUNT(*) FROM survey_answers WHERE question_id IN "
                    "(SELECT value FROM json_each(?)) AND response_id IN "
                    "(SELECT value FROM json_each(?)) GROUP BY question_id",
                    [wanted, json.dumps(responses)]):
                groups = found[question_id]
                groups[group_id] = count
                groups[None] -= count
        return found

    def response_groups(self) -> dict[int, int | None]:
        """{response id: stakeholder group id of its participant, or None}."""
        return dict(self.db.execute(
            "SELECT r.id, p.group_id FROM survey_responses r "
            "LEFT JOIN participants p ON p.id = r.participant_id").fetchall())

    def open_answers(self, question_id: int) -> list[tuple[str, str]]:
        """(respondent, answer) of a question, in response order."""
        return self.db.execute(
            "SELECT r.respondent, a.value FROM survey_answers a JOIN survey_responses r "
            "ON r.id = a.response_id WHERE a.question_id = ? ORDER BY r.id",
            [question_id]).fetchall()

    # -- codable text of open answers ------------------------------------------------

    def text_source_of(self, question_id: int) -> int | None:
        return self.scalar("SELECT source_id FROM survey_text_sources WHERE question_id = ?",
                           [question_id])

    def link_text_source(self, source_id: int, question_id: int, origin: object = None):
        with self.action("Link survey text", origin) as act:
            act.insert("survey_text_sources", {"source_id": source_id,
                                               "question_id": question_id})

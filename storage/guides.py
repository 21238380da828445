"""Interview guides: named, ordered lists of questions in sections.

Each question has Indonesian and English wording, probes, the indicators it serves
(framework node ids), the stakeholder groups it is asked of (none: everyone) and
optional wordings per group. Every write is one undoable action; drafts generated from
the question bank are written by `importers.guide_bank` through `add_questions`.
"""

from __future__ import annotations

from typing import Any

from storage import messages
from storage.errors import NotFoundError, ValidationError
from storage.field_models import Guide, GuideQuestion, decoded, encoded
from storage.repository import Repository, moved
from storage.stamps import new_guid, now

QUESTION_FIELDS = ("section", "text_id", "text_en", "probes", "indicators", "groups",
                   "variants", "origin")


class GuideRepository(Repository):
    """Create, read, edit and delete interview guides and their questions."""

    def list(self) -> list[Guide]:
        """Every guide with its questions, in name order."""
        questions: dict[int, list[GuideQuestion]] = {}
        for row in self.rows("SELECT * FROM guide_questions ORDER BY guide_id, position, id"):
            questions.setdefault(row["guide_id"], []).append(
                GuideQuestion.from_row(decoded(row)))
        return [Guide.from_row(r, questions=questions.get(r["id"], []))
                for r in self.rows("SELECT * FROM guides ORDER BY name COLLATE NOCASE")]

    def get(self, guide_id: int) -> Guide:
        rows = self.rows("SELECT * FROM guides WHERE id = ?", [guide_id])
        if not rows:
            raise NotFoundError.of(messages.GUIDE_MISSING, name=guide_id)
        return Guide.from_row(rows[0], questions=self.questions(guide_id))

    def by_name(self, name: str) -> Guide:
        guide_id = self.scalar("SELECT id FROM guides WHERE name = ? COLLATE NOCASE",
                               [name.strip()])
        if guide_id is None:
            raise NotFoundError.of(messages.GUIDE_MISSING, name=name)
        return self.get(guide_id)

    def questions(self, guide_id: int) -> list[GuideQuestion]:
        return [GuideQuestion.from_row(decoded(r)) for r in self.rows(
            "SELECT * FROM guide_questions WHERE guide_id = ? ORDER BY position, id",
            [guide_id])]

    def question(self, question_id: int) -> GuideQuestion:
        rows = self.rows("SELECT * FROM guide_questions WHERE id = ?", [question_id])
        if not rows:
            raise NotFoundError(f"There is no guide question with id {question_id}.")
        return GuideQuestion.from_row(decoded(rows[0]))

    # -- guides ------------------------------------------------------------------------

    def create(self, name: str, origin: object = None, notes: str = "") -> int:
        name = self._free_name(name)
        stamp = now()
        with self.action(f"New guide {name}", origin) as act:
            return act.insert("guides", {"guid": new_guid(), "name": name, "notes": notes,
                                         "created": stamp, "modified": stamp})

    def rename(self, guide_id: int, name: str, origin: object = None) -> None:
        name = self._free_name(name, guide_id)
        with self.action("Rename guide", origin) as act:
            act.update("guides", {"id": guide_id}, {"name": name, "modified": now()})

    def delete(self, guide_id: int, origin: object = None) -> None:
        """Delete a guide and its questions; sessions keep the questions they copied."""
        with self.action("Delete guide", origin) as act:
            act.delete_where("guide_questions", "guide_id = ?", [guide_id])
            act.delete("guides", {"id": guide_id})

    def _free_name(self, name: str, guide_id: int | None = None) -> str:
        name = name.strip()
        if not name:
            raise ValidationError.of(messages.GUIDE_NEEDS_NAME)
        other = self.scalar("SELECT id FROM guides WHERE name = ? COLLATE NOCASE", [name])
        if other is not None and other != guide_id:
            raise ValidationError.of(messages.GUIDE_EXISTS, name=name)
        return name

    # -- questions ---------------------------------------------------------------------

    def add_question(self, guide_id: int, text_id: str = "", text_en: str = "", *,
                     origin: object = None, position: int | None = None,
                     **values: Any) -> int:
        """Add a question (at the end, or at `position`); returns its id."""
        with self.action("Add question", origin) as act:
            return self.add_questions(act, guide_id, [
                {"text_id": text_id, "text_en": text_en, **values}], position)[0]

    def add_questions(self, act, guide_id: int, questions: list[dict[str, Any]],
                      position: int | None = None) -> list[int]:
        """Insert questions (dicts of QUESTION_FIELDS) within an action, in order."""
        self.get(guide_id)
        ids = [q.id for q in self.questions(guide_id)]
        stamp = now()
        new_ids = []
        for values in questions:
            row = _validated(values)
            row.update(guid=new_guid(), guide_id=guide_id, created=stamp, modified=stamp,
                       position=len(ids))
            new_ids.append(act.insert("guide_questions", encoded(row)))
        if position is not None:
            order = ids[:position] + new_ids + ids[position:]
            for index, question_id in enumerate(order):
                act.update("guide_questions", {"id": question_id}, {"position": index})
        act.update("guides", {"id": guide_id}, {"modified": stamp})
        return new_ids

    def update_question(self, question_id: int, origin: object = None,
                        **values: Any) -> None:
        row = _validated(values, partial=True)
        with self.action("Edit question", origin) as act:
            act.update("guide_questions", {"id": question_id},
                       {**encoded(row), "modified": now()})

    def move_question(self, question_id: int, offset: int, origin: object = None) -> None:
        guide_id = self.question(question_id).guide_id
        ids = [q.id for q in self.questions(guide_id)]
        self.write_order("Move question", "guide_questions", "id",
                         moved(ids, question_id, offset), origin)

    def delete_question(self, question_id: int, origin: object = None) -> None:
        with self.action("Delete question", origin) as act:
            act.delete("guide_questions", {"id": question_id})


def _validated(values: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    unknown = set(values) - set(QUESTION_FIELDS)
    if unknown:
        raise ValueError(f"unknown question field(s): {sorted(unknown)}")
    row = dict(values)
    for key in ("text_id", "text_en", "section"):
        if key in row:
            row[key] = str(row[key] or "").strip()
    wording = [row[k] for k in ("text_id", "text_en") if k in row]
    if (not partial or len(wording) == 2) and not any(wording):
        raise ValidationError.of(messages.QUESTION_NEEDS_TEXT)
    for key, empty in (("probes", []), ("indicators", []), ("groups", []), ("variants", {})):
        if key in row or not partial:
            row[key] = row.get(key) or empty
    if row.get("origin", "own") not in ("own", "bank"):
        raise ValueError("origin must be 'own' or 'bank'")
    return row

"""Memos: dated, authored notes on the study, a source, a code, a segment or a participant."""

from __future__ import annotations

from storage.errors import NotFoundError, ValidationError
from storage.models import MEMO_TARGETS, Memo
from storage.repository import Repository
from storage.stamps import new_guid, now

_TARGET_TABLES = {"source": "sources", "code": "codes", "segment": "segments",
                  "participant": "participants"}


class MemoRepository(Repository):
    """Write, edit, list and delete memos."""

    def list(self, target_type: str | None = None, target_id: int | None = None) -> list[Memo]:
        clauses, params = [], []
        if target_type:
            clauses.append("target_type = ?")
            params.append(target_type)
        if target_id is not None:
            clauses.append("target_id = ?")
            params.append(target_id)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return [Memo.from_row(r) for r in self.rows(
            f"SELECT * FROM memos {where} ORDER BY created, id", params)]

    def get(self, memo_id: int) -> Memo:
        rows = self.rows("SELECT * FROM memos WHERE id = ?", [memo_id])
        if not rows:
            raise NotFoundError(f"There is no memo with id {memo_id}.")
        return Memo.from_row(rows[0])

    def count(self) -> int:
        return self.scalar("SELECT COUNT(*) FROM memos")

    def add(self, target_type: str, target_id: int | None, title: str = "", body: str = "",
            *, author: str | None = None, created: str | None = None,
            origin: object = None, guid: str | None = None) -> int:
        self._check_target(target_type, target_id)
        author = self.project.require_coder(author)
        stamp = now()
        row = {"guid": guid or new_guid(), "target_type": target_type,
               "target_id": None if target_type == "study" else target_id,
               "title": title, "body": body, "author": author,
               "created": created or stamp, "modified": stamp}
        with self.action("Add memo", origin) as act:
            return act.insert("memos", row)

    def update(self, memo_id: int, origin: object = None, *, title: str | None = None,
               body: str | None = None) -> None:
        values = {k: v for k, v in (("title", title), ("body", body)) if v is not None}
        with self.action("Edit memo", origin) as act:
            act.update("memos", {"id": memo_id}, {**values, "modified": now()})

    def delete(self, memo_id: int, origin: object = None) -> None:
        with self.action("Delete memo", origin) as act:
            act.delete("memos", {"id": memo_id})

    def _check_target(self, target_type: str, target_id: int | None) -> None:
        if target_type not in MEMO_TARGETS:
            raise ValidationError(f"A memo belongs to one of {', '.join(MEMO_TARGETS)}.")
        table = _TARGET_TABLES.get(target_type)
        if table and self.scalar(f"SELECT 1 FROM {table} WHERE id = ?", [target_id]) is None:
            raise NotFoundError(f"There is no {target_type} with id {target_id}.")

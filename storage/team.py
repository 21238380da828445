"""The record of team work: copies handed out to coders, and copies merged back.

A copy made by `storage.handout` holds one 'from' row: which study it came from (the
study's guid, title and path), for which coder, when, and the baseline the merge
compares against (`details`). The project it came from holds a 'handed_out' row for
each copy, and a 'merged' row for each copy merged back, with what the merge did.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from storage.repository import Repository
from storage.stamps import now


@dataclass
class CopyRecord:
    """One row of `team_copies`."""

    direction: str
    copy_guid: str
    coder: str
    origin_guid: str = ""
    origin_title: str = ""
    origin_path: str = ""
    at: str = ""
    details: dict[str, Any] = field(default_factory=dict)


class TeamRepository(Repository):
    """Read and write the handout/merge record of a project."""

    def records(self, direction: str | None = None) -> list[CopyRecord]:
        where, params = ("WHERE direction = ?", [direction]) if direction else ("", [])
        return [CopyRecord(r["direction"], r["copy_guid"], r["coder"], r["origin_guid"],
                           r["origin_title"], r["origin_path"], r["at"],
                           json.loads(r["details"] or "{}"))
                for r in self.rows("SELECT direction, copy_guid, coder, origin_guid, "
                                   "origin_title, origin_path, at, details FROM team_copies "
                                   f"{where} ORDER BY id", params)]

    def stamp(self) -> CopyRecord | None:
        """Where this file came from, when it is a coder's copy."""
        found = self.records("from")
        return found[-1] if found else None

    def merged(self, copy_guid: str) -> bool:
        return bool(self.scalar("SELECT 1 FROM team_copies WHERE copy_guid = ? AND "
                                "direction = 'merged'", [copy_guid]))

    def record(self, act, entry: CopyRecord) -> int:
        """Add one record within an ongoing action."""
        return act.insert("team_copies", {
            "direction": entry.direction, "copy_guid": entry.copy_guid, "coder": entry.coder,
            "origin_guid": entry.origin_guid, "origin_title": entry.origin_title,
            "origin_path": entry.origin_path, "at": entry.at or now(),
            "details": json.dumps(entry.details, ensure_ascii=False)})

    def record_handout_state(self, act, rows: list[tuple[str, str, str]]) -> None:
        """A copy's codings and memos as handed out: (kind, guid, JSON state) rows
        (`storage.handout_state`), within an ongoing action."""
        act.insert_rows("handout_state", ("kind", "guid", "state"), rows)

    def handout_state(self, kind: str) -> dict[str, Any]:
        """{guid: state} of one kind ('segment' or 'memo') as the copy was handed out."""
        return {guid: json.loads(state) for guid, state in self.db.execute(
            "SELECT guid, state FROM handout_state WHERE kind = ?", [kind])}

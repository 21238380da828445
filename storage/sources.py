"""Sources: interviews, observations and documents, their metadata and full text.

Text is edited only through `edit_text`, which splices the stored text and shifts,
shrinks or drops the coded segments in the same transaction, so that a segment never
ends up on other words; typing goes through the typing log (`storage.typing`) and
reaches the stored text the same way, later. Offsets are Unicode code points, end
exclusive.
"""

from __future__ import annotations

from typing import Any

from storage import messages
from storage.errors import NotFoundError, ValidationError
from storage.models import TECHNIQUES, Source
from storage.repository import Repository
from storage.stamps import new_guid, now

SOURCE_FIELDS = ("kind", "title", "language", "data_type", "date", "place", "interviewer",
                 "duration_minutes", "recording_path", "event", "observer", "author",
                 "doc_type", "memo", "origin_path", "position")
_LIST_COLUMNS = ", ".join(["id", "guid", *SOURCE_FIELDS, "created", "modified"])


class SourceRepository(Repository):
    """Create, read, edit and delete sources."""

    def list(self, kind: str | None = None, with_length: bool = True) -> list[Source]:
        """All sources without their text (cheap), ordered by position then title.

        `with_length=False` leaves `length` at 0: counting the characters reads every
        text (about 50 ms for 30 million characters), which a list rarely needs.
        """
        where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
        columns = _LIST_COLUMNS + (", length(text) AS length" if with_length else "")
        rows = self.rows(f"SELECT {columns} FROM sources {where} "
                         "ORDER BY position, title COLLATE NOCASE", params)
        links = self._participant_links()
        return [Source.from_row(r, participant_ids=links.get(r["id"], [])) for r in rows]

    def get(self, source_id: int) -> Source:
        rows = self.rows("SELECT *, length(text) AS length FROM sources WHERE id = ?",
                         [source_id])
        if not rows:
            raise NotFoundError(f"There is no source with id {source_id}.")
        links = self._participant_links(source_id)
        return Source.from_row(rows[0], participant_ids=links.get(source_id, []))

    def text(self, source_id: int) -> str:
        text = self.scalar("SELECT text FROM sources WHERE id = ?", [source_id])
        if text is None:
            raise NotFoundError(f"There is no source with id {source_id}.")
        return text

    def by_title(self, title: str) -> Source:
        row = self.scalar("SELECT id FROM sources WHERE title = ?", [title])
        if row is None:
            raise NotFoundError(f"There is no source titled '{title}'.")
        return self.get(row)

    def count(self) -> int:
        return self.scalar("SELECT COUNT(*) FROM sources")

    def with_same_text(self, text: str) -> tuple[int, str] | None:
        """(id, title) of a source whose text is exactly `text`, or None."""
        row = self.db.execute("SELECT id, title FROM sources WHERE length(text) = ? "
                              "AND text = ? LIMIT 1", [len(text), text]).fetchone()
        return None if row is None else (row[0], row[1])

    def counts_by_kind(self) -> dict[str, int]:
        """Sources per technique; `survey` only once a questionnaire's open answers
        became sources."""
        counts = dict.fromkeys(TECHNIQUES[:3], 0)
        for row in self.rows("SELECT kind, COUNT(*) AS n FROM sources GROUP BY kind"):
            counts[row["kind"]] = row["n"]
        return counts

    def _participant_links(self, source_id: int | None = None) -> dict[int, list[int]]:
        where, params = ("WHERE source_id = ?", [source_id]) if source_id else ("", [])
        links: dict[int, list[int]] = {}
        for row in self.rows(f"SELECT source_id, participant_id FROM source_participants "
                             f"{where} ORDER BY position", params):
            links.setdefault(row["source_id"], []).append(row["participant_id"])
        return links

    # -- writing ---------------------------------------------------------------------

    def add(self, kind: str, title: str, text: str = "", *, participant_ids=(),
            origin: object = None, guid: str | None = None, **values: Any) -> int:
        """Add a source with its text and metadata; returns its id."""
        times = {k: values.pop(k) for k in ("created", "modified") if values.get(k)}
        row = _validated({"kind": kind, "title": title, **values})
        stamp = now()
        row.update(guid=guid or new_guid(), text=text, created=stamp, modified=stamp)
        row.update(times)      # kept from an imported file
        if "position" not in row:
            row["position"] = (self.scalar("SELECT MAX(position) FROM sources") or 0) + 1
        with self.action(f"Add source {title}", origin) as act:
            source_id = act.insert("sources", row)
            self._link(act, source_id, participant_ids)
            return source_id

    def update(self, source_id: int, origin: object = None, *, participant_ids=None,
               **values: Any) -> None:
        """Change metadata (not text); `participant_ids` replaces the linked list."""
        row = _validated(values)
        with self.action("Edit source", origin) as act:
            act.update("sources", {"id": source_id}, {**row, "modified": now()})
            if participant_ids is not None:
                act.delete_where("source_participants", "source_id = ?", [source_id])
                self._link(act, source_id, participant_ids)

    def _link(self, act, source_id: int, participant_ids) -> None:
        for position, participant_id in enumerate(participant_ids):
            act.insert("source_participants", {"source_id": source_id,
                                               "participant_id": participant_id,
                                               "position": position})

    def delete(self, source_id: int, origin: object = None) -> None:
        """Delete a source with its segments, memos and links, in one step."""
        with self.action("Delete source", origin) as act:
            segment_ids = [r["id"] for r in self.rows(
                "SELECT id FROM segments WHERE source_id = ?", [source_id])]
            self.project.segments.delete_rows(act, segment_ids)
            act.delete_where("memos", "target_type = 'source' AND target_id = ?", [source_id])
            act.delete_where("source_participants", "source_id = ?", [source_id])
            self.project.media.delete_for_source(act, source_id)
            act.delete_where("survey_text_sources", "source_id = ?", [source_id])
            act.delete("sources", {"id": source_id})

    def edit_text(self, source_id: int, start: int, end: int, inserted: str,
                  origin: object = None, label: str = "Edit text") -> None:
        """Replace text[start:end] with `inserted` and move the segments to match.

        Typing (an insert, or an edit of text just typed) is stored in the typing log
        and laid into the text later (`storage.typing`); other edits are written now.
        """
        with self.action(label, origin) as act:
            self.edit_in(act, source_id, start, end, inserted)

    def edit_in(self, act, source_id: int, start: int, end: int, inserted: str) -> None:
        """`edit_text` inside `act` (undo and redo of a keystroke come here too)."""
        typing = self.project.typing
        if typing.takes(source_id, start, end, inserted):
            typing.type(act, source_id, start, end, inserted)
            return
        length = self.stored_length(source_id)
        if length is None:
            raise NotFoundError(f"There is no source with id {source_id}.")
        if not 0 <= start <= end <= length:
            raise ValidationError(f"Edit range {start}-{end} is outside the text (0-{length}).")
        self.apply_edit(act, source_id, start, end, inserted)
        act.update("sources", {"id": source_id}, {"modified": now()})

    def apply_edit(self, act, source_id: int, start: int, end: int, inserted: str) -> None:
        """Splice the stored text and move its segments and page ranges, inside `act`."""
        act.splice_text(source_id, start, end, inserted)
        self.project.segments.follow_splice(act, source_id, start, end, len(inserted))
        self.project.pages.follow_splice(act, source_id, start, end, len(inserted))

    def stored_length(self, source_id: int) -> int | None:
        """The length of the source's stored text (None: no such source)."""
        return self.scalar("SELECT length(text) FROM sources WHERE id = ?", [source_id])

    def set_text(self, source_id: int, text: str, origin: object = None) -> None:
        """Replace the whole text by its minimal differing middle part (one edit)."""
        old = self.text(source_id)
        prefix = _common_prefix(old, text)
        suffix = _common_prefix(old[prefix:][::-1], text[prefix:][::-1])
        self.edit_text(source_id, prefix, len(old) - suffix, text[prefix:len(text) - suffix],
                       origin)


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _validated(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(SOURCE_FIELDS)
    if unknown:
        raise ValueError(f"unknown source field(s): {sorted(unknown)}")
    if "kind" in values and values["kind"] not in TECHNIQUES:
        raise ValidationError(f"Unknown technique '{values['kind']}'; "
                              f"use one of {', '.join(TECHNIQUES)}.")
    if "title" in values and not str(values["title"]).strip():
        raise ValidationError.of(messages.SOURCE_NEEDS_TITLE)
    if values.get("data_type") not in (None, "primary", "secondary"):
        raise ValidationError("Data type must be 'primary' or 'secondary'.")
    if values.get("date"):
        _check_date(values["date"])
    return dict(values)


def _check_date(value: str) -> None:
    from datetime import date

    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError.of(messages.NOT_A_DATE, value=value) from None

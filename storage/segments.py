"""Coded segments: a code applied to [start, end) of a source's text.

Offsets are Unicode code points, end exclusive. Adding checks the range against the
text. `follow_splice` keeps segments on their words when the text is edited: text
inserted strictly inside a segment grows it, text deleted from it shrinks it, and a
segment whose words are all deleted is removed.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from storage import encryption, messages
from storage.errors import NotFoundError, ValidationError
from storage.models import VALENCES, Segment
from storage.repository import Repository
from storage.stamps import new_guid, now

# Columns in the order of Segment's fields, so rows build records positionally.
_SELECT = ("SELECT id, source_id, code_id, start_pos, end_pos, valence, participant_id, "
           "coder, memo, guid, created, modified FROM segments")

# Fields of a segment tuple (`SegmentRepository.tuples`, in `Segment`'s order).
ID, SOURCE, CODE, START, END, VALENCE, PARTICIPANT, CODER, MEMO, GUID = range(10)

_INSERT_COLUMNS = ("guid", "source_id", "code_id", "start_pos", "end_pos", "valence",
                   "participant_id", "coder", "memo", "created", "modified")


class NewSegment(NamedTuple):
    """A segment to insert with `SegmentRepository.insert_many`."""

    code_id: int
    start: int
    end: int
    valence: str
    participant_id: int | None
    coder: str
    memo: str
    guid: str
    created: str | None = None       # kept from an imported file; else now


class SegmentRepository(Repository):
    """Create, read, change and delete coded segments."""

    def _select(self, where: str, params: list) -> list[Segment]:
        return [Segment(*row) for row in self.db.execute(_SELECT + where, params)]

    def get(self, segment_id: int) -> Segment:
        rows = self._select(" WHERE id = ?", [segment_id])
        if not rows:
            raise NotFoundError(f"There is no segment with id {segment_id}.")
        return rows[0]

    def for_source(self, source_id: int) -> list[Segment]:
        return self._select(" WHERE source_id = ? ORDER BY start_pos, end_pos, id", [source_id])

    def for_codes(self, code_ids) -> list[Segment]:
        ids = list(code_ids)
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        return self._select(f" WHERE code_id IN ({marks}) ORDER BY source_id, start_pos", ids)

    def all(self) -> list[Segment]:
        return self._select(" ORDER BY source_id, start_pos", [])

    def count(self) -> int:
        return self.scalar("SELECT COUNT(*) FROM segments")

    def guids(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT guid FROM segments")}

    def tuples(self) -> list[tuple]:
        """Every segment as a plain tuple in `Segment`'s field order (bulk readers)."""
        return self.db.execute(_SELECT + " ORDER BY source_id, start_pos").fetchall()

    def coders(self) -> set[str]:
        """The names of everyone who coded a segment (empty names left out)."""
        return {row[0] for row in self.db.execute(
            "SELECT DISTINCT coder FROM segments WHERE coder != ''").fetchall()}

    # -- writing ---------------------------------------------------------------------

    def add(self, source_id: int, code_id: int, start: int, end: int, *,
            valence: str = "supports", memo: str = "", participant_id: int | None = None,
            coder: str | None = None, origin: object = None, guid: str | None = None) -> int:
        """Code [start, end) of a source; returns the new segment's id."""
        with self.action("Code selection", origin) as act:
            return self.insert(act, source_id, code_id, start, end, valence=valence,
                               memo=memo, participant_id=participant_id, coder=coder,
                               guid=guid)

    def code_ranges(self, ranges, code_id: int, valence: str = "supports",
                    label: str = "Code all hits", origin: object = None) -> int:
        """Code each (source_id, start, end) with `code_id` as one action; returns how many.

        Ranges already coded with that code at exactly that range are skipped (so running
        the same auto-coding twice adds nothing).
        """
        self.project.codes.get(code_id)
        ranges = list(dict.fromkeys((int(s), int(a), int(b)) for s, a, b in ranges))
        if not ranges:
            return 0
        existing = {tuple(row) for row in self.db.execute(
            "SELECT source_id, start_pos, end_pos FROM segments WHERE code_id = ?",
            [code_id]).fetchall()}
        todo = [r for r in ranges if r not in existing]
        if not todo:
            return 0
        lengths = dict(self.db.execute(
            "SELECT id, length(text) FROM sources WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted({r[0] for r in todo}))]).fetchall())
        with self.action(label, origin) as act:
            for source_id, start, end in todo:
                self.insert(act, source_id, code_id, start, end, valence=valence,
                            text_length=lengths.get(source_id, 0))
        return len(todo)

    def insert(self, act, source_id: int, code_id: int, start: int, end: int, *,
               valence: str = "supports", memo: str = "", participant_id: int | None = None,
               coder: str | None = None, guid: str | None = None,
               text_length: int | None = None) -> int:
        """Insert within an ongoing action (bulk coding passes `text_length`)."""
        coder = self.project.require_coder(coder)
        if text_length is None:
            text_length = self._text_length(source_id)
        code_id = self.project.codes.coding_target(code_id)
        _check_range(start, end, text_length)
        _check_valence(valence)
        self._check_codable(code_id)
        stamp = now()
        try:
            return act.insert("segments", {
                "guid": guid or new_guid(), "source_id": source_id, "code_id": code_id,
                "start_pos": start, "end_pos": end, "valence": valence,
                "participant_id": participant_id, "coder": coder,
                "memo": memo, "created": stamp, "modified": stamp})
        except encryption.integrity_errors() as error:  # foreign keys name what is missing
            raise NotFoundError(f"Cannot code source {source_id} with code {code_id}: "
                                f"the code, source or participant does not exist "
                                f"({error}).") from None

    def insert_many(self, act, source_id: int, text_length: int, segments: list[NewSegment],
                    ) -> int:
        """Insert many segments of one source with one statement; returns the first id.

        Each `NewSegment` is checked as `insert` checks one; the ids of the new rows
        follow the returned one in the order given. Used by bulk imports.
        """
        return self.insert_across(act, {source_id: text_length},
                                  [(source_id, segment) for segment in segments])

    def _check_codable(self, code_id: int) -> None:
        """A code that is only a category (REFI-QDA isCodable="false") is not applied."""
        rows = self.rows("SELECT label_id, label_en, codable FROM codes WHERE id = ?",
                         [code_id])
        if rows and not rows[0]["codable"]:
            raise ValidationError.of(messages.CODE_NOT_CODABLE,
                                     label=rows[0]["label_id"] or rows[0]["label_en"])

    def insert_across(self, act, lengths: dict[int, int],
                      segments: list[tuple[int, NewSegment]]) -> int:
        """Insert segments of several sources, `(source_id, NewSegment)`, with one
        statement in the order given, each checked against `lengths[source_id]`.

        A merge passes them in the order of the `segments_evidence` index, which
        SQLite then fills with fewer page visits than source by source.
        """
        stamp = now()
        rows = []
        for source_id, (code_id, start, end, valence, participant_id, coder, memo,
                        guid, created) in segments:
            length = lengths[source_id]
            if not 0 <= start < end <= length:
                _check_range(start, end, length)
            if valence not in VALENCES:
                _check_valence(valence)
            rows.append((guid, source_id, code_id, start, end, valence, participant_id, coder,
                         memo, created or stamp, created or stamp))
        try:
            return act.insert_many("segments", _INSERT_COLUMNS, rows)
        except encryption.integrity_errors() as error:
            raise NotFoundError(f"Cannot add these segments: a code, source or "
                                f"participant does not exist, or a GUID is used twice "
                                f"({error}).") from None

    def _text_length(self, source_id: int) -> int:
        length = self.scalar("SELECT length(text) FROM sources WHERE id = ?", [source_id])
        if length is None:
            raise NotFoundError(f"There is no source with id {source_id}.")
        return length

    def update(self, segment_id: int, origin: object = None, *, start: int | None = None,
               end: int | None = None, code_id: int | None = None,
               valence: str | None = None, memo: str | None = None,
               participant_id: int | None = -1) -> None:
        """Change a segment's extent, code, valence, memo or speaker."""
        segment = self.get(segment_id)
        values: dict = {}
        if start is not None or end is not None:
            new_start = segment.start if start is None else start
            new_end = segment.end if end is None else end
            _check_range(new_start, new_end, self._text_length(segment.source_id))
            values.update(start_pos=new_start, end_pos=new_end)
        if code_id is not None:
            self._check_codable(code_id)
            values["code_id"] = code_id
        if valence is not None:
            _check_valence(valence)
            values["valence"] = valence
        if memo is not None:
            values["memo"] = memo
        if participant_id != -1:
            values["participant_id"] = participant_id
        with self.action("Change coding", origin) as act:
            act.update("segments", {"id": segment_id}, {**values, "modified": now()})

    def delete(self, segment_ids, origin: object = None) -> None:
        """Remove codings (one id or several) in one step."""
        ids = [segment_ids] if isinstance(segment_ids, int) else list(segment_ids)
        with self.action("Remove coding", origin) as act:
            self.delete_rows(act, ids)

    def delete_rows(self, act, segment_ids) -> None:
        """Delete segments with their key-quote marks, memos and the network ties they
        evidence, inside `act`."""
        for segment_id in segment_ids:
            act.delete_where("key_quotes", "segment_id = ?", [segment_id])
            act.delete_where("ties", "segment_id = ?", [segment_id])
            act.delete_where("memos", "target_type = 'segment' AND target_id = ?", [segment_id])
            act.delete("segments", {"id": segment_id})

    def follow_splice(self, act, source_id: int, start: int, end: int, inserted: int) -> None:
        """Move this source's segments after text[start:end] became `inserted` chars.

        The segments after the edit all move by the same distance: one set-based update,
        journaled as one compact shift. The few that touch the edit are moved, shrunk
        or (all their words gone) deleted one by one.
        """
        touching = self.db.execute_returning_dicts(
            "SELECT * FROM segments WHERE source_id = ? AND end_pos > ? AND start_pos < ?",
            [source_id, start, end])
        doomed, moves = [], []
        for row in touching:
            moved = shifted_range(row["start_pos"], row["end_pos"], start, end, inserted)
            if moved is None:
                doomed.append(row["id"])
            elif moved != (row["start_pos"], row["end_pos"]):
                moves.append(({"id": row["id"]}, row,
                              {**row, "start_pos": moved[0], "end_pos": moved[1]}))
        act.shift_segments(source_id, end, inserted - (end - start))
        act.update_known("segments", moves)
        self.delete_rows(act, doomed)


def shifted_range(a: int, b: int, start: int, end: int, inserted: int) -> tuple[int, int] | None:
    """Where segment [a, b) lies after text[start:end] is replaced by `inserted` chars.

    None when the segment's words were all removed.
    """
    delta = inserted - (end - start)
    if b <= start:
        return a, b
    if a >= end:
        return a + delta, b + delta
    new_a = a if a <= start else start + inserted
    new_b = b + delta if b >= end else start
    if new_b <= new_a:
        return None
    return new_a, new_b


def _check_range(start: int, end: int, length: int) -> None:
    if not (0 <= start < end <= length):
        raise ValidationError(
            f"The range {start}-{end} is not inside the text (0-{length}) or is empty.")


def _check_valence(valence: str) -> None:
    if valence not in VALENCES:
        raise ValidationError(f"Valence must be one of {', '.join(VALENCES)}.")

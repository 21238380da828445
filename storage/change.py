"""`Change`: what one committed user action did, in the domain's terms.

The journal (`storage.journal`) records row images privately; a `Change` turns them
into the contract the rest of the program follows, with no table or column names:

- `change.kinds`, `change.affects(Kind.X)`, `change.ids_of(Kind.X)`: what was touched;
- typed deltas: `change.deltas(Kind.X)` (`segment_deltas()`, `code_deltas()`, ...)
  give each record's id with its model before and after (None when inserted or
  deleted); `change.segment_shifts()` the segments an edit moved all together (one
  `SegmentShift`: their ids and the distance); `change.text_splices(source_id)` the
  text edits (`TextEdit`);
- `change.bulk(Kind.X)`: the kind was written in bulk without a journal, so its
  deltas are unknown (reload it); such a change cannot be undone (`undoable`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from storage import models
from storage.kinds import ID_TABLES, Kind, kind_of

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class TextEdit:
    """`removed` at [start, start+len(removed)) of a source's text became `inserted`."""

    source_id: int
    start: int
    removed: str
    inserted: str


@dataclass(frozen=True, slots=True)
class TypedEdit:
    """A keystroke: like a `TextEdit`, but stored in the typing log (`storage.typing`)
    and laid into the text, its segments and pages when the project next settles;
    `segment_ids` are the segments it moves or stretches (laid then too)."""

    source_id: int
    start: int
    removed: str
    inserted: str
    segment_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SegmentShift:
    """The segments `segment_ids` of a source moved by `delta` code points (an edit
    before them); undone by moving them back."""

    source_id: int
    segment_ids: tuple[int, ...]
    delta: int


@dataclass(frozen=True, slots=True)
class Delta(Generic[T]):
    """One record of a kind: `before` is None when it was inserted, `after` None when
    it was deleted; both are the kind's model (`storage.models`)."""

    id: int
    before: T | None
    after: T | None


# For each kind with typed deltas: its table and how a row image becomes the model.
_SEGMENT_COLUMNS = {"start_pos": "start", "end_pos": "end"}
_MODELS: dict[Kind, tuple[str, type, dict[str, str]]] = {
    Kind.SEGMENTS: ("segments", models.Segment, _SEGMENT_COLUMNS),
    Kind.CODES: ("codes", models.Code, {}),
    Kind.MEMOS: ("memos", models.Memo, {}),
    Kind.SOURCES: ("sources", models.Source, {}),
    Kind.PARTICIPANTS: ("participants", models.Participant, {}),
    Kind.GROUPS: ("groups", models.Group, {}),
}


def _model(model: type, renames: dict[str, str], image: dict[str, Any] | None):
    if image is None:
        return None
    return model.from_row({renames.get(k, k): v for k, v in image.items()})


@dataclass
class Change:
    """What one committed user action did, enough to refresh views and to undo it.

    `ops` is the journal's private record (row images, text edits, segment shifts);
    read a Change through its methods. `replayed` marks the Change of an undo or redo.
    """

    label: str
    ops: list = field(default_factory=list, repr=False)
    origin: object = None
    undone: bool = False
    replayed: bool = False
    unjournaled: set[str] = field(default_factory=set)
    weight: int = 0   # an estimate of the bytes the journal holds (for bounding undo)
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def _cached(self, key, compute):
        """`compute()` once per state of the record (every panel asks the same Change)."""
        stamp = (key, len(self.ops), len(self.unjournaled))
        if stamp not in self._cache:
            self._cache[stamp] = compute()
        return self._cache[stamp]

    @classmethod
    def joined(cls, changes: list[Change]) -> Change:
        """One Change saying what `changes` (in order; a burst of keystrokes) did."""
        first = changes[0]
        return cls(first.label, ops=[op for change in changes for op in change.ops],
                   origin=first.origin)

    # -- state -----------------------------------------------------------------------

    @property
    def undoable(self) -> bool:
        """False for bulk actions written without a journal (they cannot be undone)."""
        return not self.unjournaled

    @property
    def empty(self) -> bool:
        return not self.ops and not self.unjournaled

    # -- what was touched ------------------------------------------------------------

    def _tables(self) -> set[str]:
        found = set(self.unjournaled)
        for op in self.ops:
            if isinstance(op, TextEdit):
                found.add("sources")
            elif isinstance(op, TypedEdit):
                found.add("typed_text")
                if op.segment_ids:
                    found.add("segments")
            elif isinstance(op, SegmentShift):
                found.add("segments")
            else:
                found.add(op.table)
        return found

    @property
    def kinds(self) -> set[Kind]:
        """The kinds of record this change touched (the domain-level contract)."""
        return set(self._cached("kinds", self._kinds))

    def _kinds(self) -> frozenset[Kind]:
        found = {kind_of(table) for table in self._tables()}
        if self.text_changed or "sources" in self.unjournaled:
            found.add(Kind.SOURCE_TEXT)
        found.discard(None)
        return frozenset(found)

    def affects(self, *kinds: Kind) -> bool:
        """True when any of `kinds` was touched."""
        return not self._cached("kinds", self._kinds).isdisjoint(kinds)

    def bulk(self, *kinds: Kind) -> bool:
        """True when any of `kinds` was written without a journal: no deltas, reload."""
        return any(kind_of(table) in kinds for table in self.unjournaled)

    def ids_of(self, kind: Kind) -> set[int]:
        """Ids of the records of `kind` touched (segments: also those an edit shifted;
        sources: also those whose text changed)."""
        table = ID_TABLES.get(kind)
        if table is None:
            raise ValueError(f"{kind} has no record ids")
        found = {op.key["id"] for op in self.ops if getattr(op, "table", None) == table
                 and "id" in op.key}
        if kind is Kind.SOURCES:
            found |= self.text_changed
        elif kind is Kind.SEGMENTS:
            for shift in self.segment_shifts():
                found.update(shift.segment_ids)
            for op in self.ops:
                if isinstance(op, TypedEdit):
                    found.update(op.segment_ids)
        return found

    # -- typed deltas ----------------------------------------------------------------

    def deltas(self, kind: Kind) -> list[Delta]:
        """Each record of `kind` inserted, updated or deleted, in the order written.

        Updates carry whole records before and after (a source's without its text,
        which changes only by `text_splices`). Shifts are in `segment_shifts()`. The
        records are shared by everyone who asks: read them, do not change them.
        """
        if kind not in _MODELS:
            raise ValueError(f"{kind} has no typed deltas")
        return list(self._cached(("deltas", kind), lambda: self._deltas(kind)))

    def _deltas(self, kind: Kind) -> tuple[Delta, ...]:
        table, model, renames = _MODELS[kind]
        return tuple(Delta(op.key["id"], _model(model, renames, op.before),
                           _model(model, renames, op.after))
                     for op in self.ops if getattr(op, "table", None) == table)

    def segment_deltas(self) -> list[Delta[models.Segment]]:
        return self.deltas(Kind.SEGMENTS)

    def code_deltas(self) -> list[Delta[models.Code]]:
        return self.deltas(Kind.CODES)

    def memo_deltas(self) -> list[Delta[models.Memo]]:
        return self.deltas(Kind.MEMOS)

    def source_deltas(self) -> list[Delta[models.Source]]:
        return self.deltas(Kind.SOURCES)

    def segment_shifts(self, source_id: int | None = None) -> list[SegmentShift]:
        """The compact moves of segments after text edits (of one source, if given)."""
        return [op for op in self.ops if isinstance(op, SegmentShift)
                and (source_id is None or op.source_id == source_id)]

    def text_splices(self, source_id: int) -> list[TextEdit]:
        """The edits of one source's text, in the order made (keystrokes included)."""
        return [op for op in self.text_splices_all() if op.source_id == source_id]

    def text_splices_all(self) -> list[TextEdit]:
        """The edits of every source's text, in the order made (keystrokes included)."""
        return [op if isinstance(op, TextEdit) else
                TextEdit(op.source_id, op.start, op.removed, op.inserted)
                for op in self.ops if isinstance(op, TextEdit | TypedEdit)]

    @property
    def text_changed(self) -> set[int]:
        """Ids of sources whose text was edited."""
        return {op.source_id for op in self.ops if isinstance(op, TextEdit | TypedEdit)}

    @property
    def typing_only(self) -> bool:
        """True for a keystroke: only typed text, nothing else (views that show
        figures of the text may wait for typing to pause before they read again)."""
        return bool(self.ops) and not self.unjournaled and all(
            isinstance(op, TypedEdit) for op in self.ops)

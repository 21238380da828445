"""Typing into a long text: each keystroke stored at once, laid into the text later.

A keystroke in a 1,000,000-character transcript with 5,000 coded segments cannot be
stored by rewriting the text and moving every segment after it in the time a key
repeats (that costs tens of milliseconds). So a typed edit is committed as one small
row of the `typed_text` log (durable the moment the call returns) and kept in memory
as a *run*: text inserted at one place of the stored text. Edits that stay inside
typed-but-not-yet-laid text (typing, and deleting or overtyping what was just typed)
are taken this way; anything else (deleting stored text) is written directly.

`settle()` lays the runs into the stored text, moves the segments and page ranges,
re-indexes the touched words and empties the log, in one transaction: one rewrite of
the text per place typed at, however many keys were pressed. It runs before anything
else reads or writes the project: the project's connection calls it before any other
statement while runs are pending (`storage.settling`), `reader()` and `close()` call it, and
the app calls it when typing pauses. Opening a project whose log was left full (a
crash) settles it, so no keystroke is lost. Settling changes nothing a reader can see:
what was announced with each keystroke (`TypedEdit`) is already the text it makes.

Runs cannot hold a segment boundary (coding settles first), so each one moves the
segments exactly as its keystrokes would have one by one, and undoing a keystroke
(the inverse edit) restores them exactly.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field

from storage.change import Change
from storage.journal import Action
from storage.stamps import now

MAX_TYPED = 65_536          # a paste longer than this is written directly


@dataclass
class _Run:
    """Text typed at one place: it starts at `start` of the current text."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class PendingText:
    """The runs of one source, in order, with the length of its stored text and its
    stored segments' ends (sorted, with their ids): they stay put until the runs are
    laid, since anything that writes a segment lays them first."""

    stored_length: int
    runs: list[_Run] = field(default_factory=list)
    segment_ends: list[int] = field(default_factory=list)
    segment_ids: array = field(default_factory=lambda: array("q"))

    def segments_past(self, stored_at: int) -> array:
        """Ids of the stored segments that end after `stored_at` (an edit there moves
        or stretches them)."""
        return self.segment_ids[bisect_right(self.segment_ends, stored_at):]

    @property
    def length(self) -> int:
        return self.stored_length + sum(len(run.text) for run in self.runs)

    def run_holding(self, start: int, end: int) -> _Run | None:
        """The run whose typed text contains [start, end) (touching it for an insert)."""
        for run in self.runs:
            if run.start <= start and end <= run.end:
                return run
        return None

    def takes(self, start: int, end: int) -> bool:
        return 0 <= start <= end <= self.length and (
            start == end or self.run_holding(start, end) is not None)

    def stored_position(self, position: int) -> int:
        """Where `position` of the current text is in the stored text (a position in
        or at the end of a run is where the run will be laid)."""
        typed_before = 0
        for run in self.runs:
            if position <= run.start:
                break
            if position < run.end:
                return run.start - typed_before
            typed_before += len(run.text)
        return position - typed_before

    def apply(self, start: int, end: int, inserted: str) -> str:
        """Make the edit on the runs; returns the text it removed."""
        removed = self._delete(start, end) if end > start else ""
        if inserted:
            self._insert(start, inserted)
        return removed

    def _delete(self, start: int, end: int) -> str:
        run = self.run_holding(start, end)
        cut = slice(start - run.start, end - run.start)
        removed = run.text[cut]
        run.text = run.text[:cut.start] + run.text[cut.stop:]
        self._shift_after(run, start - end)
        if not run.text:
            self.runs.remove(run)
        return removed

    def _insert(self, at: int, text: str) -> None:
        run = self.run_holding(at, at)
        if run is None:
            run = _Run(at, "")
            self.runs.append(run)
            self.runs.sort(key=lambda r: r.start)
        run.text = run.text[:at - run.start] + text + run.text[at - run.start:]
        self._shift_after(run, len(text))

    def _shift_after(self, run: _Run, delta: int) -> None:
        for other in self.runs:
            if other.start > run.start:
                other.start += delta


class TypingLog:
    """The project's typed-but-not-yet-laid text (see the module docstring)."""

    def __init__(self, project):
        self.project = project
        self.pending: dict[int, PendingText] = {}
        self.typed_at = ""
        self._thread = threading.get_ident()   # the writer connection's own thread
        self.ready = False                     # the file has the log (after migrating)

    def on_own_thread(self) -> bool:
        """Whether the caller may use the project's own connection (its thread)."""
        return threading.get_ident() == self._thread

    # -- taking keystrokes -------------------------------------------------------------

    def takes(self, source_id: int, start: int, end: int, inserted: str) -> bool:
        """Whether this edit can be stored as typing (else it is written directly)."""
        if not self.ready or self.project.readonly or len(inserted) > MAX_TYPED:
            return False
        if not inserted and end == start:
            return False
        pending = self.pending.get(source_id)
        if pending is None and self._log_has(source_id):
            self.reload()                      # a rollback brought rows back
            pending = self.pending.get(source_id)
        if pending is None:
            if end > start:
                return False
            length = self.project.sources.stored_length(source_id)
            return length is not None and 0 <= start <= length
        return pending.takes(start, end)

    def type(self, act: Action, source_id: int, start: int, end: int, inserted: str) -> None:
        """Inside `act` (after `takes`): store the edit as a row of the log."""
        with self.project.db.conn.held():
            pending = self.pending.get(source_id) or self._pending_for(source_id)
            stored_at = pending.stored_position(start)
            removed = pending.apply(start, end, inserted)
            act.type_text(source_id, start, end, inserted, removed,
                          pending.segments_past(stored_at))
        self.pending[source_id] = pending
        self.typed_at = now()
        self._arm()

    def _log_has(self, source_id: int | None) -> bool:
        """Whether the stored log has rows (of one source): normally only when the
        runs in memory say so, unless a rolled-back transaction brought some back."""
        conn = self.project.db.conn
        where, params = ("WHERE source_id = ?", [source_id]) if source_id else ("", [])
        with conn.held():
            return bool(conn.execute(f"SELECT EXISTS (SELECT 1 FROM typed_text {where})",
                                     params).fetchone()[0])

    def _pending_for(self, source_id: int) -> PendingText:
        pending = PendingText(self.project.sources.stored_length(source_id) or 0)
        for end, segment_id in self.project.db.conn.execute(
                "SELECT end_pos, id FROM segments WHERE source_id = ? ORDER BY end_pos",
                [source_id]):
            pending.segment_ends.append(end)
            pending.segment_ids.append(segment_id)
        return pending

    # -- laying the runs into the text ---------------------------------------------------

    def settle(self) -> None:
        """Lay every pending run into its source's text, segments, pages and index."""
        conn = self.project.db.conn
        if not self.ready or self.project.closed or not self.on_own_thread():
            return
        if not self.pending:
            if not self._log_has(None):
                return
            self.reload()                      # a rollback brought rows back
        conn.before_statement = None
        try:
            if conn.in_transaction:
                self._lay_all()
            else:
                with self.project.db.atomic():
                    self._lay_all()
        except BaseException:
            self.reload()
            raise

    def _lay_all(self) -> None:
        act = Action(self.project.db, Change("Lay typed text"), journal=False)
        for source_id, pending in self.pending.items():
            for run in pending.runs:
                self.project.sources.apply_edit(act, source_id, run.start, run.start, run.text)
            if pending.runs:
                act.update("sources", {"id": source_id}, {"modified": self.typed_at or now()})
        act.clear_typed_text()
        self.pending = {}

    def reload(self) -> None:
        """Rebuild the runs from the stored log (at opening, or after a rollback); if it
        cannot be read, what is in memory stays, and so does the log."""
        conn = self.project.db.conn
        conn.before_statement = None
        try:
            self.pending = self._read_log(conn)
        finally:
            self._arm()

    def _read_log(self, conn) -> dict[int, PendingText]:
        found: dict[int, PendingText] = {}
        rows = conn.execute("SELECT source_id, start, end, inserted, typed FROM typed_text "
                            "ORDER BY seq").fetchall()
        for source_id, start, end, inserted, typed in rows:
            pending = found.get(source_id)
            if pending is None:
                pending = found[source_id] = self._pending_for(source_id)
            pending.apply(start, end, inserted)
            self.typed_at = typed
        return found

    def recover(self) -> None:
        """At opening, once migrated: lay what a previous session typed but did not lay
        (a crash); from now on the log is followed."""
        self.ready = True
        self.reload()
        self.settle()

    def _arm(self) -> None:
        conn = self.project.db.conn
        conn.before_statement = self.settle if self.pending else None

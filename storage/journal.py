"""Row-level journal of one user action, and how to undo and redo it.

Every write in `storage/` goes through an `Action`: it runs inside one transaction and
records, for each row it touches, the whole row before and after (`_RowOp`), for source
text edits the exact splice (`TextEdit`), and for the segments an edit moves all
together one compact `SegmentShift` (their ids and the distance). The finished
`Change` (`storage.change`) therefore says both *what changed* (so views refresh only
that) and *how to reverse it*. Undo replays the record backwards, redo forwards, each
in a transaction of its own; row ids survive both. The record's format is private to
`storage/`: everyone else reads a Change through its domain-level methods.

Writes of a source also keep the chunked full-text index in step (`storage.fulltext`),
journaled or not, replayed or not.
"""

from __future__ import annotations

import functools
import json
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from storage import fulltext
from storage.change import Change, SegmentShift, TextEdit, TypedEdit
from storage.errors import NotFoundError
from storage.stamps import now

# Big columns that are changed only through splices and are therefore left out of
# update images (they are kept in insert and delete images, which need the whole row).
SPLICED_COLUMNS = {"sources": "text"}
TEXT_WINDOW = 16_384   # code points read on each side of an edit (for the index)


@dataclass(slots=True)
class _RowOp:
    """One row written: `before` is None for an insert, `after` None for a delete.

    Update images hold the whole row (less a spliced column), so the typed deltas of
    a Change are whole records."""

    table: str
    key: dict[str, Any]
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _weight(image: dict[str, Any] | None) -> int:
    """A rough estimate of the bytes a row image keeps alive."""
    if image is None:
        return 0
    return 240 + sum(90 + (len(v) if isinstance(v, str) else 0) for v in image.values())


def _where(key: dict[str, Any]) -> tuple[str, list[Any]]:
    clause = " AND ".join(f"[{column}] = ?" for column in key)
    return clause, list(key.values())


class Action:
    """Writes for one user action; use through `Project.action()`."""

    def __init__(self, db: Database, change: Change, journal: bool = True):
        self.db = db
        self.change = change
        self.journal = journal

    def _record(self, op: _RowOp | TextEdit | SegmentShift, table: str) -> None:
        if not self.journal:
            self.change.unjournaled.add(table)
            return
        self.change.ops.append(op)
        if isinstance(op, _RowOp):
            self.change.weight += 64 + _weight(op.before) + _weight(op.after)
        elif isinstance(op, TextEdit):
            self.change.weight += 160 + len(op.removed) + len(op.inserted)
        elif isinstance(op, TypedEdit):
            self.change.weight += (160 + len(op.removed) + len(op.inserted)
                                   + 8 * len(op.segment_ids))
        else:
            self.change.weight += 160 + 8 * len(op.segment_ids)

    def _indexed(self, table: str, rows, *, added: bool) -> None:
        """Keep the full-text index in step with sources inserted or deleted."""
        if table != "sources":
            return
        follow = fulltext.index_source if added else fulltext.unindex_source
        for row in rows:
            follow(self.db.conn, row["id"], row.get("text") or "")

    def insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert `row`; returns its rowid (the `id` for tables that have one)."""
        cursor = self.db.conn.execute(_insert_sql(table, tuple(row)), list(row.values()))
        rowid = cursor.lastrowid
        after = dict(row)
        if "id" in after or _has_id(self.db, table):
            key = {"id": after.setdefault("id", rowid)}
        else:
            key = _natural_key(self.db, table, after)
        self._indexed(table, [after], added=True)
        self._record(_RowOp(table, key, None, after), table)
        return rowid

    def insert_many(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> int:
        """Insert `rows` (values in `columns` order) with one executemany; returns the
        first new id (the others follow it, one per row, in order).

        For tables with an `id` key. Ids are given explicitly, counting on from the
        highest present (what SQLite itself would choose), so each row's id is known and
        journaled rows are undone like single inserts.
        """
        first = (self.db.conn.execute(f"SELECT MAX(id) FROM [{table}]").fetchone()[0] or 0) + 1
        numbered = [(number, *row) for number, row in enumerate(rows, first)]
        self.db.conn.executemany(_insert_sql(table, ("id", *columns)), numbered)
        names = ("id", *columns)
        if table == "sources" or self.journal:
            for values in numbered:
                after = dict(zip(names, values, strict=True))
                self._indexed(table, [after], added=True)
                self._record(_RowOp(table, {"id": values[0]}, None, after), table)
        elif rows:
            self.change.unjournaled.add(table)
        return first

    def insert_rows(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """Insert `rows` (values in `columns` order) into a table keyed by its own
        columns (no `id`, e.g. answers keyed by response and question) with one
        executemany; journaled rows are undone like single inserts."""
        self.db.conn.executemany(_insert_sql(table, columns), rows)
        if not self.journal:
            if rows:
                self.change.unjournaled.add(table)
            return
        key_columns = _key_columns(self.db, table)
        for values in rows:
            after = dict(zip(columns, values, strict=True))
            self._record(_RowOp(table, {c: after[c] for c in key_columns}, None, after),
                         table)

    @contextmanager
    def indexes_deferred(self, table: str) -> Iterator[None]:
        """Inside the block, `table`'s own indexes are dropped; they are built again,
        exactly as defined, when it ends (sorting once instead of row by row).

        For bulk loads into an empty table; on a table that has rows it does nothing.
        The indexes come back even when the block fails, so nothing can commit
        without them (and DDL is part of the transaction either way).
        """
        conn = self.db.conn
        if conn.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone():
            yield
            return
        indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                               "AND tbl_name = ? AND sql IS NOT NULL", [table]).fetchall()
        for name, _sql in indexes:
            conn.execute(f"DROP INDEX [{name}]")
        try:
            yield
        finally:
            for _name, sql in indexes:
                conn.execute(sql)

    def insert_known(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert whole row images, keys included (as undo and redo restore them); the
        rows share their columns and go in with one executemany."""
        columns = tuple(rows[0])
        self.db.conn.executemany(_insert_sql(table, columns),
                                 [[row[c] for c in columns] for row in rows])
        self._indexed(table, rows, added=True)
        for row in rows:
            key = {"id": row["id"]} if "id" in row else _natural_key(self.db, table, row)
            self._record(_RowOp(table, key, None, dict(row)), table)

    def delete_known(self, table: str, rows: list[tuple[dict, dict]]) -> None:
        """Delete rows whose (key, current image) the caller knows, with one
        executemany; the images are journaled as ordinary deletes."""
        key_columns = list(rows[0][0])
        where = " AND ".join(f"[{c}] = ?" for c in key_columns)
        self._indexed(table, [image for _key, image in rows], added=False)
        self.db.conn.executemany(f"DELETE FROM [{table}] WHERE {where}",
                                 [[key[c] for c in key_columns] for key, _image in rows])
        for key, image in rows:
            self._record(_RowOp(table, dict(key), dict(image), None), table)

    def update(self, table: str, key: dict[str, Any], values: dict[str, Any]) -> None:
        """Set `values` on the row at `key`; records the whole row before and after."""
        if SPLICED_COLUMNS.get(table) in values:
            raise ValueError(f"{table}.{SPLICED_COLUMNS[table]} changes only by splice")
        before = self._fetch(table, key, _image_columns(self.db, table))
        changed = {c: v for c, v in values.items() if before[c] != v}
        if not changed:
            return
        self._write_update(table, key, changed)
        self._record(_RowOp(table, dict(key), before, {**before, **changed}), table)

    def update_known(self, table: str, rows: list[tuple[dict, dict, dict]]) -> None:
        """Update many rows whose current values the caller already read.

        `rows` holds (key, before, after) with the same key and value columns in every
        row; one executemany writes them all. Used by undo/redo (whole rows) and for
        the few segments an edit moves one by one.
        """
        if not rows:
            return
        key_columns, columns = list(rows[0][0]), list(rows[0][2])
        sets = ", ".join(f"[{c}] = ?" for c in columns)
        where = " AND ".join(f"[{c}] = ?" for c in key_columns)
        self.db.conn.executemany(
            f"UPDATE [{table}] SET {sets} WHERE {where}",
            [[after[c] for c in columns] + [key[c] for c in key_columns]
             for key, _before, after in rows])
        for key, before, after in rows:
            self._record(_RowOp(table, dict(key), dict(before), dict(after)), table)

    def shift_segments(self, source_id: int, from_pos: int, delta: int) -> None:
        """Move every segment of a source starting at or after `from_pos` by `delta`
        (an edit before them), journaled as one compact `SegmentShift`."""
        if not delta:
            return
        ids = array("q", (row[0] for row in self.db.conn.execute(
            "UPDATE segments SET start_pos = start_pos + ?, end_pos = end_pos + ? "
            "WHERE source_id = ? AND start_pos >= ? RETURNING id",
            [delta, delta, source_id, from_pos])))
        if ids:
            self._record(SegmentShift(source_id, ids, delta), "segments")

    def move_segments(self, ids, delta: int) -> None:
        """Move the segments `ids` by `delta` (replaying a `SegmentShift`)."""
        self.db.conn.execute(
            "UPDATE segments SET start_pos = start_pos + ?, end_pos = end_pos + ? "
            "WHERE id IN (SELECT value FROM json_each(?))",
            [delta, delta, json.dumps(list(ids))])

    def delete(self, table: str, key: dict[str, Any]) -> None:
        """Delete the row at `key`, keeping its whole image for undo."""
        before = self._fetch(table, key, None)
        clause, params = _where(key)
        self._indexed(table, [before], added=False)
        self.db.execute(f"DELETE FROM [{table}] WHERE {clause}", params)
        self._record(_RowOp(table, dict(key), before, None), table)

    def delete_where(self, table: str, where: str, params: list[Any]) -> int:
        """Delete every row matching `where`, each recorded; returns how many."""
        rows = self.db.execute_returning_dicts(
            f"SELECT * FROM [{table}] WHERE {where}", params)
        key_columns = _key_columns(self.db, table)
        self._indexed(table, rows, added=False)
        for row in rows:
            key = {c: row[c] for c in key_columns}
            clause, key_params = _where(key)
            self.db.execute(f"DELETE FROM [{table}] WHERE {clause}", key_params)
            self._record(_RowOp(table, key, row, None), table)
        return len(rows)

    def splice_text(self, source_id: int, start: int, end: int, inserted: str) -> None:
        """Replace text[start:end] of a source with `inserted` (code point offsets).

        SQLite splices the stored text itself (its substr counts code points); Python
        reads only the lines around the edit, which the full-text index re-reads, so a
        keystroke in a long transcript does not copy it through Python twice.
        """
        conn = self.db.conn
        low = max(0, start - TEXT_WINDOW)
        row = conn.execute("SELECT substr(text, ?, ?), length(text) FROM sources WHERE id = ?",
                           [low + 1, end - low + TEXT_WINDOW, source_id]).fetchone()
        if row is None:
            raise NotFoundError(f"There is no source with id {source_id}.")
        around, length = row
        removed = around[start - low:end - low]
        conn.execute("UPDATE sources SET text = substr(text, 1, ?) || ? || substr(text, ?) "
                     "WHERE id = ?", [start, inserted, end + 1, source_id])
        try:
            fulltext.reindex_splice(conn, source_id, around, start - low, end - low, inserted,
                                    whole_before=low == 0,
                                    whole_after=low + len(around) >= length)
        except fulltext.WindowTooSmall:   # very long lines: read the old text whole
            new = conn.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()[0]
            old = new[:start] + removed + new[start + len(inserted):]
            fulltext.reindex_splice(conn, source_id, old, start, end, inserted)
        self._record(TextEdit(source_id, start, removed, inserted), "sources")

    def type_text(self, source_id: int, start: int, end: int, inserted: str,
                  removed: str, moved) -> None:
        """Store a keystroke in the typing log (`storage.typing`): text[start:end], which
        was `removed`, became `inserted`; laid into the text when the project settles,
        moving or stretching the segments `moved`."""
        self.db.conn.execute(
            "INSERT INTO typed_text (source_id, start, end, inserted, typed) "
            "VALUES (?, ?, ?, ?, ?)", [source_id, start, end, inserted, now()])
        self._record(TypedEdit(source_id, start, removed, inserted, moved), "typed_text")

    def clear_typed_text(self) -> None:
        """Empty the typing log once its runs are laid into the texts."""
        self.db.conn.execute("DELETE FROM typed_text")

    def _fetch(self, table: str, key: dict[str, Any], columns: list[str] | None) -> dict:
        clause, params = _where(key)
        wanted = ", ".join(f"[{c}]" for c in columns) if columns else "*"
        rows = self.db.execute_returning_dicts(
            f"SELECT {wanted} FROM [{table}] WHERE {clause}", params)
        if not rows:
            raise NotFoundError(f"There is no {table} row {key}.")
        return rows[0]

    def _write_update(self, table: str, key: dict[str, Any], values: dict[str, Any]) -> None:
        sets = ", ".join(f"[{c}] = ?" for c in values)
        clause, params = _where(key)
        self.db.execute(f"UPDATE [{table}] SET {sets} WHERE {clause}",
                        list(values.values()) + params)


_KEYS: dict[str, list[str]] = {}


@functools.lru_cache(maxsize=256)
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO [{table}] ({names}) VALUES ({marks})"


def _key_columns(db: Database, table: str) -> list[str]:
    if table not in _KEYS:
        info = db.execute(f"PRAGMA table_info([{table}])").fetchall()
        pk = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
        _KEYS[table] = pk or ["rowid"]
    return _KEYS[table]


def _image_columns(db: Database, table: str) -> list[str]:
    """The columns an update image keeps: all but a spliced one."""
    spliced = SPLICED_COLUMNS.get(table)
    return [row[1] for row in db.execute(f"PRAGMA table_info([{table}])").fetchall()
            if row[1] != spliced]


def _has_id(db: Database, table: str) -> bool:
    return _key_columns(db, table) == ["id"]


def _natural_key(db: Database, table: str, row: dict[str, Any]) -> dict[str, Any]:
    return {c: row[c] for c in _key_columns(db, table)}


def replay(action: Action, change: Change, *, backwards: bool, edit_text=None) -> None:
    """Write `change`'s record: backwards restores the state before it (undo).

    `edit_text(act, source_id, start, end, inserted)` replays a keystroke (`TypedEdit`)
    as the inverse edit (or the edit again), segments and pages following it.

    Runs of the same kind of write (insert, update of the same columns, delete) to one
    table are written with one executemany each, in their order, so undoing an import
    of 100,000 segments is a few statements, not 200,000.
    """
    ops = list(reversed(change.ops)) if backwards else change.ops
    batch: list[tuple[dict, dict | None, dict | None]] = []
    shape: tuple | None = None
    for op in ops:
        if not isinstance(op, _RowOp):
            _write_batch(action, shape, batch)
            batch, shape = [], None
            _replay_other(action, op, backwards, edit_text)
            continue
        old, new = (op.after, op.before) if backwards else (op.before, op.after)
        op_shape = _write_shape(op.table, op.key, old, new)
        if op_shape != shape:
            _write_batch(action, shape, batch)
            batch, shape = [], op_shape
        batch.append((op.key, old, new))
    _write_batch(action, shape, batch)


def _write_shape(table: str, key: dict, old: dict | None, new: dict | None) -> tuple:
    if old is None:
        return "insert", table, tuple(new)
    if new is None:
        return "delete", table, tuple(key)
    return "update", table, tuple(key), tuple(new)


def _write_batch(action: Action, shape: tuple | None, batch: list) -> None:
    if not batch:
        return
    kind, table = shape[0], shape[1]
    if kind == "insert":
        action.insert_known(table, [new for _key, _old, new in batch])
    elif kind == "delete":
        action.delete_known(table, [(key, old) for key, old, _new in batch])
    else:
        action.update_known(table, batch)


def _replay_other(action: Action, op, backwards: bool, edit_text) -> None:
    if isinstance(op, TypedEdit):
        old, new = (op.inserted, op.removed) if backwards else (op.removed, op.inserted)
        edit_text(action, op.source_id, op.start, op.start + len(old), new)
    elif isinstance(op, SegmentShift):
        delta = -op.delta if backwards else op.delta
        action.move_segments(op.segment_ids, delta)
        action._record(SegmentShift(op.source_id, op.segment_ids, delta), "segments")
    elif backwards:
        action.splice_text(op.source_id, op.start, op.start + len(op.inserted), op.removed)
    else:
        action.splice_text(op.source_id, op.start, op.start + len(op.removed), op.inserted)

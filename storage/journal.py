"""Row-level journal of one user action, and how to undo and redo it.

Every write in `storage/` goes through an `Action`: it runs inside one transaction and
records, for each row it touches, the row's values before and after (`RowOp`), and for
source text edits the exact splice (`TextSplice`). The finished `Change` therefore says
both *what changed* (so views refresh only that) and *how to reverse it* (so the GUI's
undo stack needs no knowledge of tables). Undo replays the images backwards, redo
forwards, each in a transaction of its own; row ids survive both.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from storage.errors import NotFoundError
from storage.kinds import ID_TABLES, Kind, kind_of

# Big columns that are changed only through TextSplice and are therefore left out of
# update images (they are kept in insert and delete images, which need the whole row).
SPLICED_COLUMNS = {"sources": "text"}


@dataclass
class RowOp:
    """One row written: `before` is None for an insert, `after` None for a delete."""

    table: str
    key: dict[str, Any]
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass
class TextSplice:
    """`removed` at [start, start+len(removed)) of a source's text became `inserted`."""

    source_id: int
    start: int
    removed: str
    inserted: str


@dataclass
class Change:
    """What one committed user action did, enough to refresh views and to undo it."""

    label: str
    ops: list[RowOp | TextSplice] = field(default_factory=list)
    origin: object = None
    undone: bool = False
    unjournaled: set[str] = field(default_factory=set)

    @property
    def tables(self) -> set[str]:
        """Names of the tables touched ('sources' also for text splices)."""
        return self.unjournaled | {
            op.table if isinstance(op, RowOp) else "sources" for op in self.ops}

    @property
    def undoable(self) -> bool:
        """False for bulk actions written without a journal (they cannot be undone)."""
        return not self.unjournaled

    @property
    def empty(self) -> bool:
        return not self.ops and not self.unjournaled

    def ids(self, table: str) -> set[int]:
        """Ids of the rows of `table` (single-column `id` key) that were touched."""
        found = {op.key["id"] for op in self.ops if isinstance(op, RowOp)
                 and op.table == table and "id" in op.key}
        if table == "sources":
            found |= {op.source_id for op in self.ops if isinstance(op, TextSplice)}
        return found

    def touches(self, *tables: str) -> bool:
        """True when any of `tables` was written."""
        return bool(self.tables.intersection(tables))

    @property
    def kinds(self) -> set[Kind]:
        """The kinds of record this change touched (the domain-level contract)."""
        found = {kind_of(table) for table in self.tables}
        if any(isinstance(op, TextSplice) for op in self.ops):
            found.add(Kind.SOURCE_TEXT)
        if "sources" in self.unjournaled:
            found.add(Kind.SOURCE_TEXT)
        found.discard(None)
        return found

    def affects(self, *kinds: Kind) -> bool:
        """True when any of `kinds` was touched."""
        return bool(self.kinds.intersection(kinds))

    def ids_of(self, kind: Kind) -> set[int]:
        """Ids of the records of `kind` touched (sources: also those whose text changed)."""
        table = ID_TABLES.get(kind)
        if table is None:
            raise ValueError(f"{kind} has no record ids")
        return self.ids(table)

    @property
    def text_changed(self) -> set[int]:
        """Ids of sources whose text was edited."""
        return {op.source_id for op in self.ops if isinstance(op, TextSplice)}


def _where(key: dict[str, Any]) -> tuple[str, list[Any]]:
    clause = " AND ".join(f"[{column}] = ?" for column in key)
    return clause, list(key.values())


class Action:
    """Writes for one user action; use through `Project.action()`."""

    def __init__(self, db: Database, change: Change, journal: bool = True):
        self.db = db
        self.change = change
        self.journal = journal

    def _record(self, op: RowOp | TextSplice) -> None:
        if self.journal:
            self.change.ops.append(op)
        else:
            self.change.unjournaled.add(op.table if isinstance(op, RowOp) else "sources")

    def insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert `row`; returns its rowid (the `id` for tables that have one)."""
        cursor = self.db.conn.execute(_insert_sql(table, tuple(row)), list(row.values()))
        rowid = cursor.lastrowid
        if not self.journal:
            self.change.unjournaled.add(table)
            return rowid
        after = dict(row)
        key = {"id": after.setdefault("id", rowid)} if "id" in after or _has_id(
            self.db, table) else _natural_key(self.db, table, after)
        self._record(RowOp(table, key, None, after))
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
        if not self.journal:
            if rows:
                self.change.unjournaled.add(table)
            return first
        for values in numbered:
            after = dict(zip(("id", *columns), values, strict=True))
            self.change.ops.append(RowOp(table, {"id": values[0]}, None, after))
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
            self.change.ops.append(RowOp(table, {c: after[c] for c in key_columns}, None,
                                         after))

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
        for row in rows:
            key = {"id": row["id"]} if "id" in row else _natural_key(self.db, table, row)
            self._record(RowOp(table, key, None, dict(row)))

    def delete_known(self, table: str, rows: list[tuple[dict, dict]]) -> None:
        """Delete rows whose (key, current image) the caller knows, with one
        executemany; the images are journaled as ordinary deletes."""
        key_columns = list(rows[0][0])
        where = " AND ".join(f"[{c}] = ?" for c in key_columns)
        self.db.conn.executemany(f"DELETE FROM [{table}] WHERE {where}",
                                 [[key[c] for c in key_columns] for key, _image in rows])
        for key, image in rows:
            self._record(RowOp(table, dict(key), dict(image), None))

    def update(self, table: str, key: dict[str, Any], values: dict[str, Any]) -> None:
        """Set `values` on the row at `key`; records only the columns that change."""
        if SPLICED_COLUMNS.get(table) in values:
            raise ValueError(f"{table}.{SPLICED_COLUMNS[table]} changes only by splice")
        before = self._fetch(table, key, list(values))
        changed = {c: v for c, v in values.items() if before[c] != v}
        if not changed:
            return
        self._write_update(table, key, changed)
        self._record(RowOp(table, dict(key), {c: before[c] for c in changed}, changed))

    def update_known(self, table: str, rows: list[tuple[dict, dict, dict]]) -> None:
        """Update many rows whose current values the caller already read.

        `rows` holds (key, before, after) with the same key and value columns in every
        row; one executemany writes them all. Used for bulk moves such as segments
        following a text edit, and by undo/redo.
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
            self._record(RowOp(table, dict(key), dict(before), dict(after)))

    def record_known(self, table: str, rows: list[tuple[dict, dict, dict]], sql: str,
                     params: list[Any]) -> None:
        """Run one set-based UPDATE whose effect on each row the caller has computed.

        `rows` are the (key, before, after) images of exactly the rows `sql` changes;
        they are journaled as ordinary updates so undo needs no special case. The
        journal takes the images as they are (the caller makes them fresh): a text edit
        before 5,000 segments records 5,000 shifts.
        """
        self.db.execute(sql, params)
        if not self.journal:
            self.change.unjournaled.add(table)
            return
        self.change.ops.extend(RowOp(table, key, before, after) for key, before, after in rows)

    def delete(self, table: str, key: dict[str, Any]) -> None:
        """Delete the row at `key`, keeping its whole image for undo."""
        before = self._fetch(table, key, None)
        clause, params = _where(key)
        self.db.execute(f"DELETE FROM [{table}] WHERE {clause}", params)
        self._record(RowOp(table, dict(key), before, None))

    def delete_where(self, table: str, where: str, params: list[Any]) -> int:
        """Delete every row matching `where`, each recorded; returns how many."""
        rows = self.db.execute_returning_dicts(
            f"SELECT * FROM [{table}] WHERE {where}", params)
        key_columns = _key_columns(self.db, table)
        for row in rows:
            key = {c: row[c] for c in key_columns}
            clause, key_params = _where(key)
            self.db.execute(f"DELETE FROM [{table}] WHERE {clause}", key_params)
            self._record(RowOp(table, key, row, None))
        return len(rows)

    def splice_text(self, source_id: int, start: int, end: int, inserted: str) -> None:
        """Replace text[start:end] of a source with `inserted` (code point offsets)."""
        row = self.db.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise NotFoundError(f"There is no source with id {source_id}.")
        text = row[0]
        removed = text[start:end]
        self.db.execute("UPDATE sources SET text = ? WHERE id = ?",
                        [text[:start] + inserted + text[end:], source_id])
        self._record(TextSplice(source_id, start, removed, inserted))

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


def _has_id(db: Database, table: str) -> bool:
    return _key_columns(db, table) == ["id"]


def _natural_key(db: Database, table: str, row: dict[str, Any]) -> dict[str, Any]:
    return {c: row[c] for c in _key_columns(db, table)}


def replay(action: Action, change: Change, *, backwards: bool) -> None:
    """Write `change`'s images: backwards restores the state before it (undo).

    Runs of the same kind of write (insert, update of the same columns, delete) to one
    table are written with one executemany each, in their order, so undoing an import
    of 100,000 segments is a few statements, not 200,000.
    """
    ops = list(reversed(change.ops)) if backwards else change.ops
    batch: list[tuple[dict, dict | None, dict | None]] = []
    shape: tuple | None = None
    for op in ops:
        if isinstance(op, TextSplice):
            _write_batch(action, shape, batch)
            batch, shape = [], None
            _replay_splice(action, op, backwards)
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


def _replay_splice(action: Action, op: TextSplice, backwards: bool) -> None:
    if backwards:
        action.splice_text(op.source_id, op.start, op.start + len(op.inserted), op.removed)
    else:
        action.splice_text(op.source_id, op.start, op.start + len(op.removed), op.inserted)

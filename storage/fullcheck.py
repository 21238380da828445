"""Damage that SQLite's integrity check does not see: missing schema, unreadable rows.

`schema_problems(db)` compares the file's tables, indexes and triggers with what the
migrations it has applied would have made (built once per process in memory), so a
project missing a table is refused on open and reported by `check`.
`unreadable_problems(db)` reads every row of every table, decoding text as the
program will, so a byte flipped inside a text value is found by `check` rather than
by a later export. `check_path` refuses what is plainly not a project file before
anything is opened, and `damaged_error` is the message for a damaged one.
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from storage import encryption, messages
from storage.backup import backup_dir, newest_good_backup
from storage.errors import ProjectFileError

_SKIP_PREFIXES = ("sqlite_", "_sqlite_")


@functools.cache
def _expected(applied: frozenset[str]) -> frozenset[tuple[str, str]]:
    from storage.schema import migrations

    db = Database(memory=True)
    for migration in migrations._migrations:
        if migration.name in applied:
            migration.fn(db)
    return _objects(db.conn)


def _objects(conn: sqlite3.Connection) -> frozenset[tuple[str, str]]:
    rows = conn.execute("SELECT type, name FROM sqlite_master "
                        "WHERE type IN ('table', 'index', 'trigger', 'view')").fetchall()
    return frozenset((kind, name) for kind, name in rows
                     if not name.startswith(_SKIP_PREFIXES))


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """One sentence per table, index, trigger or view the applied migrations made and
    the file lacks."""
    try:
        applied = frozenset(r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'telaah'"))
    except sqlite3.DatabaseError:
        return ["The record of schema migrations is missing or unreadable."]
    missing = _expected(applied) - _objects(conn)
    return [f"The {kind} {name} is missing." for kind, name in sorted(missing)]


def unreadable_problems(conn: sqlite3.Connection) -> list[str]:
    """Read every row of every ordinary table, decoding each column that may hold text
    (declared TEXT or untyped; numbers need no decoding and their pages were read by
    the integrity check); one sentence per table that fails."""
    tables = [name for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if not (sql or "").upper().startswith("CREATE VIRTUAL")]
    problems = []
    for table in tables:
        quoted = _quoted(table)
        columns = [_quoted(name) for _cid, name, kind, *_rest in
                   conn.execute(f"PRAGMA table_info({quoted})")
                   if "TEXT" in kind.upper() or "CHAR" in kind.upper() or not kind]
        try:
            cursor = conn.execute(f"SELECT {', '.join(columns) or 'rowid'} FROM {quoted}")
            while cursor.fetchmany(2000):
                pass
        except sqlite3.Error as error:
            problems.append(f"The table {table} cannot be read in full ({error}).")
    return problems


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_path(path: Path) -> None:
    """Refuse what is plainly not a project file, before touching anything."""
    if path.is_dir():
        raise ProjectFileError.of(messages.PROJECT_IS_FOLDER, path=path)
    if not path.exists():
        raise ProjectFileError.of(messages.PROJECT_MISSING, path=path)
    if not path.is_file():
        raise ProjectFileError.of(messages.PROJECT_NOT_FILE, path=path)
    if path.stat().st_size == 0:
        raise ProjectFileError.of(messages.PROJECT_EMPTY, path=path)
    with open(path, "rb") as stream:
        header = stream.read(16)
    if header != b"SQLite format 3\x00" and not encryption.is_encrypted(path):
        raise ProjectFileError.of(messages.NOT_A_PROJECT, path=path,
                                  detail="not an SQLite database")


def damaged_error(path: Path, detail: str, key: str | None = None) -> ProjectFileError:
    """'PATH is damaged (...)', naming the newest good backup and how to restore it
    (an encrypted project's backups are read with its `key`)."""
    good = newest_good_backup(path, key)
    if good is None:
        return ProjectFileError.of(messages.DAMAGED_NO_BACKUP, path=path, detail=detail,
                                   backups=backup_dir(path))
    return ProjectFileError.of(messages.DAMAGED_WITH_BACKUP, path=path, detail=detail,
                               backup=good)

"""Before a project is opened: its key, its connections, and the check of the file.

`Project.open` derives the key of an encrypted file once (`key_for`), checks the file on
a read-only connection before anything is written (`check_file`: integrity, the
migration record, the schema; a newer file refused for writing), and makes every
connection to a project file here (`connect`): plain or encrypted, the writer with the
typing log's read barrier (`storage.settling`), a reader `mode=ro` or `immutable=1`.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from storage import encryption, messages
from storage.errors import ProjectFileError
from storage.faults import as_telaah_error
from storage.fullcheck import damaged_error, schema_problems
from storage.schema import migrations


def key_for(path: Path, password: str | None) -> str | None:
    """The raw key of an encrypted file (derived once); None for a plain one."""
    if not encryption.is_encrypted(path):
        return None
    if not password:
        raise encryption.PasswordRequired.of(messages.PASSWORD_NEEDED, name=path.name)
    if isinstance(password, encryption.RawKey):  # an open project's key (copies of it)
        return password
    return encryption.derive_key(path, password)


def connect(path: Path, readonly: bool, password: str | None = None) -> Database:
    """The one place a connection to a project file is made: plain or encrypted
    (`storage.encryption`); a plain read-only one is `mode=ro`, or `immutable=1` in a
    read-only folder where SQLite could not make its `-shm`."""
    try:
        if readonly and password is None:  # a reader may go to the one worker thread
            conn = _connect_readonly(path)
        else:
            conn = encryption.connect(path, password, readonly)
        conn.execute("PRAGMA busy_timeout = 5000")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except encryption.database_errors() as error:
        problem = as_telaah_error(error, path)
        raise problem or ProjectFileError.of(messages.NOT_A_PROJECT, path=path,
                                             detail=error) from None
    return Database(conn)


def _connect_readonly(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        wal = Path(f"{path}-wal")
        if os.access(path.parent, os.W_OK) or (wal.exists() and wal.stat().st_size):
            raise
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False)


def _newer(db: Database) -> bool:
    """Whether the file has migrations this build does not know (a newer Telaah)."""
    known = {migration.name for migration in migrations._migrations}
    return any(applied.name not in known for applied in migrations.applied(db))


def _structure_problems(db: Database, full: bool) -> list[str]:
    pragma = "integrity_check" if full else "quick_check"
    rows = db.execute(f"PRAGMA {pragma}").fetchall()
    return [] if rows == [("ok",)] else [str(r[0]) for r in rows[:3]]


def check_file(path: Path, full: bool = True, writing: bool = True,
                key: str | None = None) -> None:
    """Integrity, the migration record and the schema, on a read-only connection; a
    newer file is refused here too when it is opened for writing.

    An encrypted file opened quickly (`full=False`) skips the quick check: SQLCipher
    authenticates every page with its HMAC whenever it is read, so a damaged page is
    refused at its first read, and decrypting the whole file to walk its structure
    would cost five times what the check costs on a plain file. The full check
    (`integrity_problems`, the GUI runs it in the background; `check`) walks it all."""
    db = connect(path, True, key)
    try:
        try:
            tables = set(db.table_names())
            if "_sqlite_migrations" not in tables:
                raise ProjectFileError.of(messages.NOT_A_PROJECT, path=path,
                                          detail="no schema record")
            problems = [] if key is not None and not full else _structure_problems(db, full)
            if writing and _newer(db):
                raise ProjectFileError.of(messages.PROJECT_NEWER, name=path.name)
            problems = problems or schema_problems(db.conn)
        except encryption.database_errors() as error:
            problems = [str(error)]
    finally:
        db.close()
    if problems:
        raise damaged_error(path, "; ".join(problems[:3]), key)

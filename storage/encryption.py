"""Encryption at rest: an optional project password, with SQLCipher 4 (`sqlcipher3`).

An encrypted project file is a SQLCipher 4 database: every page (and so every page in
the WAL, and every backup made from it) is AES-256 encrypted with an HMAC, and the file
does not start with the SQLite header. `sqlcipher3` is a DB-API module shaped like the
standard `sqlite3` (sqlite-utils' `Database(conn)` takes its connections as they are)
and installs as a wheel on Linux, Windows and macOS. Unencrypted projects keep using
the standard `sqlite3`; the driver is chosen per file by its first bytes.

`connect(path, password, readonly)` is the one place a connection to a project file
is made (`storage.project` calls it); `backup_connection(path, password)` opens a
backup's target the same way. The key is derived from the password once per opening
(`derive_key`, SQLCipher 4's own derivation) and the raw key is used for every
connection of that project, so readers and backups do not pay the derivation again.
`set_password(path, old, new)` rewrites a closed project file (and its backups) with
`sqlcipher_export` into a new file that replaces it, so setting, changing and removing
a password are one operation.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from pathlib import Path

from storage import messages
from storage.errors import ProjectFileError, TelaahError
from storage.settling import settling_connection

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher 4's defaults, so that any SQLCipher 4 tool opens the file with the password.
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16
# An encrypted page is decrypted each time SQLite reads it from the file, so the page
# cache (decrypted pages) does for an encrypted file what the OS file cache does for a
# plain one: up to 64 MiB per connection, filled only as pages are read.
CACHE_KIB = 65_536


class PasswordRequired(ProjectFileError):
    """The project is encrypted and no password was given (the GUI then asks)."""


class WrongPassword(ProjectFileError):
    """The password does not open the encrypted project."""


def is_encrypted(path: Path) -> bool:
    """Does `path` look like a SQLCipher file? Not plain SQLite, whole pages (a SQLCipher
    file is a run of 512-65,536-byte pages), and a salt rather than text in front, so
    that a damaged or foreign file is reported as such instead of asking a password."""
    try:
        size = os.stat(path).st_size
        with open(path, "rb") as stream:
            head = stream.read(len(SQLITE_HEADER))
    except OSError:
        return False
    if size < 1024 or size % 512 or head == SQLITE_HEADER:
        return False
    return not all(32 <= byte < 127 or byte in (9, 10, 13) for byte in head)


def cipher_module():
    """The `sqlcipher3` module; a TelaahError naming the cause when it cannot load."""
    try:
        import sqlcipher3
    except ImportError as error:
        raise TelaahError.of(messages.PASSWORD_UNAVAILABLE, detail=error) from None
    return sqlcipher3


def database_errors() -> tuple[type[Exception], ...]:
    """Exception classes for "the database said no" from either driver."""
    try:
        import sqlcipher3
    except ImportError:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


def integrity_errors() -> tuple[type[Exception], ...]:
    try:
        import sqlcipher3
    except ImportError:
        return (sqlite3.IntegrityError,)
    return (sqlite3.IntegrityError, sqlcipher3.IntegrityError)


def _quoted(password: str) -> str:
    return "'" + password.replace("'", "''") + "'"


class RawKey(str):
    """A key already derived from the password: `x'<key><salt>'` for `PRAGMA key`."""


def derive_key(path: Path, password: str) -> RawKey:
    """Derive the file's key from `password` once, as SQLCipher 4 would (PBKDF2-HMAC-
    SHA512, 256,000 iterations, the salt in the file's first 16 bytes), so the reader
    connections and backups of an open project do not each pay the derivation."""
    with open(path, "rb") as stream:
        salt = stream.read(SALT_BYTES)
    key = hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, KDF_ITERATIONS,
                              KEY_BYTES)
    return RawKey(f"x'{key.hex()}{salt.hex()}'")


def connect(path: Path, password: str | None = None, readonly: bool = False):
    """A DB-API connection to the project file: SQLCipher when the file is encrypted,
    else the standard sqlite3. `password` may be a `RawKey` from `derive_key`."""
    if not is_encrypted(path):
        if readonly:
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        # only the opening thread; it settles the typing log before other statements
        return sqlite3.connect(path, check_same_thread=True,
                               factory=settling_connection(sqlite3.Connection))
    if not password:
        raise PasswordRequired.of(messages.PASSWORD_NEEDED, name=path.name)
    cipher = cipher_module()
    target = f"file:{path}?mode=ro" if readonly else str(path)
    # a reader may be handed to the one worker thread that uses it; the project's own
    # connection is used only by the thread that opened it
    factory = cipher.Connection if readonly else settling_connection(cipher.Connection)
    conn = cipher.connect(target, uri=readonly, check_same_thread=not readonly,
                          factory=factory)
    _key(conn, password)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.DatabaseError:
        conn.close()
        raise WrongPassword.of(messages.PASSWORD_WRONG, name=path.name) from None
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


def _key(conn, password: str) -> None:
    with contextlib.suppress(Exception):  # quiet SQLCipher's own log on a wrong key
        conn.execute("PRAGMA cipher_log_level = NONE")
    if isinstance(password, RawKey):
        conn.execute(f'PRAGMA key = "{password}"')
    else:
        conn.execute(f"PRAGMA key = {_quoted(password)}")


def backup_connection(target: Path, password: str | None):
    """A connection to a new backup file, encrypted with `password` when given."""
    if not password:
        return sqlite3.connect(target)
    conn = cipher_module().connect(str(target))
    _key(conn, password)
    return conn


def change_password(path: Path, old: str | None, new: str | None) -> None:
    """Set (old None), change or remove (new None) the password of the project at
    `path`, holding its lock: refused while it is open elsewhere, or with a wrong
    `old` password (the file is then left as it was)."""
    from storage.lock import ProjectLock

    lock = ProjectLock(path)
    lock.acquire()
    try:
        if is_encrypted(path):
            connect(path, old or "", readonly=True).close()
        set_password(path, old, new)
    finally:
        lock.release()


def set_password(path: Path, old: str | None, new: str | None) -> None:
    """Rewrite the closed project at `path` from password `old` to `new` (None: plain).

    The copy is made beside the file with `sqlcipher_export`, flushed, given the file's
    permissions and moved over it; the WAL is checkpointed into the file first. The
    project's backups are rewritten the same way, so none stays readable without it.
    """
    if new is not None and not new:
        raise TelaahError.of(messages.PASSWORD_EMPTY)
    _rewrite(path, old, new)
    from storage.backup import list_backups

    for copy in list_backups(path):
        with contextlib.suppress(TelaahError, *database_errors()):
            _rewrite(copy, old if is_encrypted(copy) else None, new)


def _rewrite(path: Path, old: str | None, new: str | None) -> None:
    cipher = cipher_module()
    conn = cipher.connect(str(path))
    temporary = path.with_name(f".{path.name}.rekey")
    temporary.unlink(missing_ok=True)
    mode = os.stat(path).st_mode & 0o777  # the copy is never more readable than the file
    os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
    try:
        if old:
            _key(conn, old)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except cipher.DatabaseError:
            raise WrongPassword.of(messages.PASSWORD_WRONG, name=path.name) from None
        conn.execute(f"ATTACH DATABASE ? AS rewritten KEY {_quoted(new or '')}",
                     [str(temporary)])
        conn.execute("SELECT sqlcipher_export('rewritten')")
        conn.execute("DETACH DATABASE rewritten")
    except BaseException:
        conn.close()
        temporary.unlink(missing_ok=True)
        raise
    conn.close()
    with open(temporary, "rb+") as stream:
        os.fsync(stream.fileno())
    os.chmod(temporary, mode)
    os.replace(temporary, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

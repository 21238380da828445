"""Rotating backups of a project file, made with SQLite's online backup API.

Before the first write after opening (and before any schema upgrade) the project is
copied into a `backups` folder beside it as `NAME-YYYYmmdd-HHMMSS-ffffff[-reason].telaah`;
only the newest `keep` copies of that project are kept. The backup API copies a
consistent snapshot even in WAL mode. A copy is written under a name ending in
`.telaah-unfinished`, checked (`quick_check`) and only then renamed into place, so an
interrupted or failed backup never sits under a backup's name, never counts among the
kept ones, and never pushes out the last good backup. Backups belong to a project by
exact name: `study` and `study-20250101` never share or delete each other's.
A backup has the project file's permissions (owner-only for a confidential study) and
is encrypted with the project's password when it has one.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storage import encryption, messages, privacy
from storage.errors import Message, TelaahError

DEFAULT_KEEP = 10
UNFINISHED = ".telaah-unfinished"
_STAMP = r"(\d{8}-\d{6}(?:-\d{6})?)"
_REASON = r"(?:-([a-z]+(?:-[a-z]+)*))?"


def backup_dir(project_path: Path) -> Path:
    return project_path.parent / "backups"


def _pattern(project_path: Path, suffix: str) -> re.Pattern:
    return re.compile(re.escape(project_path.stem) + "-" + _STAMP + _REASON
                      + re.escape(suffix) + r"\Z")


def make_backup(conn: sqlite3.Connection, project_path: Path, keep: int = DEFAULT_KEEP,
                reason: str = "", publish: bool = True, *, password: str | None = None,
                mode: int | None = None) -> Path | None:
    """Copy the open database into the backups folder; prune to `keep` copies.

    Raises TelaahError (nothing left behind, no older backup removed) when the copy
    cannot be written or does not pass its check. With `publish=False` the checked copy
    keeps its `.telaah-unfinished` name and is returned: `publish_backup` gives it its
    name later (the app does at the first change), or the caller deletes it. The copy
    is encrypted with `password` when the project is, and made with `mode` (default:
    the project file's permissions) from its first byte; the folder is searchable only
    by those who may read the copies."""
    if keep <= 0:
        return None
    mode = privacy.file_mode(project_path) if mode is None else mode
    folder = backup_dir(project_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    unfinished = folder / f"{project_path.stem}-{stamp}{'-' + reason if reason else ''}" \
        f"{UNFINISHED}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):  # a folder of someone else's: leave it
            os.chmod(folder, privacy.folder_mode(mode))
        _remove_unfinished(project_path)
        os.close(os.open(unfinished, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
        os.chmod(unfinished, mode)  # the umask may have taken bits away
        _copy_checked(conn, unfinished, password)
    except (OSError, *encryption.database_errors()) as error:
        with contextlib.suppress(OSError):
            unfinished.unlink()
        raise TelaahError(Message(messages.BACKUP_FAILED, name=project_path.name,
                                  folder=folder, detail=_reason(error))) from None
    return publish_backup(unfinished, project_path, keep) if publish else unfinished


def publish_backup(unfinished: Path, project_path: Path, keep: int) -> Path:
    """Give a checked copy made by `make_backup(publish=False)` its backup name; prune."""
    target = unfinished.with_name(unfinished.name[:-len(UNFINISHED)] + ".telaah")
    try:
        os.replace(unfinished, target)
        _sync_folder(target.parent)
    except OSError as error:
        raise TelaahError(Message(messages.BACKUP_FAILED, name=project_path.name,
                                  folder=target.parent, detail=_reason(error))) from None
    prune_backups(project_path, keep)
    return target


def _copy_checked(conn: sqlite3.Connection, unfinished: Path,
                  password: str | None = None) -> None:
    destination = encryption.backup_connection(unfinished, password)
    try:
        conn.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
        rows = destination.execute("PRAGMA quick_check").fetchall()
    finally:
        destination.close()
    if rows != [("ok",)]:
        raise sqlite3.DatabaseError("the copy fails its check: "
                                    + "; ".join(str(r[0]) for r in rows[:3]))
    with open(unfinished, "rb+") as stream:
        os.fsync(stream.fileno())


def _reason(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_unfinished(project_path: Path) -> None:
    pattern = _pattern(project_path, UNFINISHED)
    for leftover in backup_dir(project_path).iterdir():
        if pattern.match(leftover.name):
            leftover.unlink(missing_ok=True)


def list_backups(project_path: Path) -> list[Path]:
    """This project's backups (exactly its own), oldest first."""
    folder = backup_dir(project_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(project_path, ".telaah")
    found = [(m.group(1), p) for p in folder.iterdir() if (m := pattern.match(p.name))]
    return [path for _stamp, path in sorted(found, key=lambda item: (_when(item[0]),
                                                                       item[1].name))]


def _when(stamp: str) -> datetime:
    fmt = "%Y%m%d-%H%M%S-%f" if stamp.count("-") == 2 else "%Y%m%d-%H%M%S"
    return datetime.strptime(stamp, fmt)


def prune_backups(project_path: Path, keep: int) -> None:
    for old in list_backups(project_path)[:-keep]:
        old.unlink(missing_ok=True)


@dataclass(frozen=True)
class BackupInfo:
    """One backup as `backups` lists it."""

    path: Path
    time: str
    size: int
    counts: dict[str, int]
    integrity: str  # "ok" or what the check found

    @property
    def ok(self) -> bool:
        return self.integrity == "ok"


COUNTED = ("sources", "participants", "codes", "segments", "memos")


def backup_time(path: Path) -> str:
    """When the backup was made: from its name, else the file's modification time."""
    match = re.search(_STAMP + _REASON + r"\.telaah\Z", path.name)
    when = (_when(match.group(1)) if match
            else datetime.fromtimestamp(path.stat().st_mtime))
    return when.isoformat(timespec="seconds")


def describe_backup(path: Path, thorough: bool = False, key: str | None = None) -> BackupInfo:
    """Time, size, record counts and integrity of one backup file.

    Every backup passed SQLite's `quick_check` before it got its name (see
    `make_backup`), so listing checks what can go wrong since, at a fraction of the
    cost: the file's length against its page count (truncation), the schema, and every
    counted table's b-tree (read by the counts). `thorough` runs `quick_check` again.
    An encrypted backup is read with the project's `key` (the same as the project's)."""
    counts: dict[str, int] = {}
    try:
        if encryption.is_encrypted(path):
            conn = encryption.connect(path, key, readonly=True)
        else:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            integrity = _integrity(conn, path, thorough)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                                 "WHERE type = 'table'")}
            for table in COUNTED:
                if table in tables:
                    counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            if "_sqlite_migrations" not in tables:
                integrity = "not a Telaah project"
        finally:
            conn.close()
    except encryption.database_errors() as error:
        integrity = f"damaged ({error})"
    except TelaahError as error:  # encrypted: no key, or another one
        integrity = str(error)
    return BackupInfo(path, backup_time(path), path.stat().st_size, counts, integrity)


def _integrity(conn: sqlite3.Connection, path: Path, thorough: bool) -> str:
    if thorough:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])  # sqlcipher: text
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    if pages * page_size > path.stat().st_size:
        return f"truncated ({path.stat().st_size} of {pages * page_size} bytes)"
    return "ok"


def newest_good_backup(project_path: Path, key: str | None = None) -> Path | None:
    """The newest of the project's backups that passes `quick_check`, or None."""
    for path in reversed(list_backups(project_path)):
        if describe_backup(path, thorough=True, key=key).ok:
            return path
    return None

"""Put a backup back in place of the project, safely (`python main.py restore`, File →
Restore from backup…).

Copying a backup over `p.telaah` by hand is dangerous: a `p.telaah-wal` left by a crash
is then replayed by SQLite into the restored file and damages it. `restore_backup`
takes the project's lock, copies the backup to `NAME.telaah.restoring`, makes it
durable and checks the copy (a backup that fails is refused, the project untouched),
keeps the current state among the backups
(`NAME-…-before-restore.telaah`, a hard link where the file system has them, so it
costs no copy; its own WAL checkpointed first or kept beside it), removes the stale
`-wal`/`-shm` and renames the checked copy into place. At every moment the project
path holds either the old file or the complete restored one.

An encrypted backup (made from an encrypted project: the same key) is checked and
restored with the project's `password` (or its open key); without one it is refused
with `PasswordRequired`, with a wrong one with `WrongPassword`, the project untouched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from storage import encryption, messages
from storage.backup import BackupInfo, backup_dir, backup_time, describe_backup
from storage.errors import Message, ProjectFileError
from storage.faults import as_telaah_error
from storage.lock import ProjectLock


@dataclass(frozen=True)
class RestoreResult:
    project: Path
    restored: BackupInfo
    saved_current: Path | None  # where the state before the restore was kept


def find_backup(project_path: Path, name: str | Path) -> Path:
    """The backup file given by path, or by its name inside the project's backups folder."""
    given = Path(name)
    for candidate in (given, backup_dir(project_path) / given.name):
        if candidate.is_file():
            return candidate
    raise ProjectFileError(Message(messages.BACKUP_MISSING, backup=name,
                                   backups=backup_dir(project_path)))


def restore_backup(project_path: str | Path, backup: str | Path, *,
                   force_unlock: bool = False, password: str | None = None) -> RestoreResult:
    """Restore `backup` as the project at `project_path` (see the module docstring)."""
    project_path = Path(project_path)
    source = find_backup(project_path, backup)
    if project_path.exists() and source.resolve() == project_path.resolve():
        raise ProjectFileError(Message(messages.BACKUP_IS_PROJECT, backup=source))
    lock = ProjectLock(project_path)
    lock.acquire(force=force_unlock)
    temporary = project_path.with_name(project_path.name + ".restoring")
    try:
        _copy_durably(source, temporary)
        key = _key(temporary, source, password)
        info = replace(describe_backup(temporary, key=key), path=source,
                       time=backup_time(source))
        if not info.ok:
            raise ProjectFileError(Message(messages.BACKUP_BAD, backup=source,
                                           detail=info.integrity))
        saved = _keep_current(project_path)
        for stale in (Path(f"{project_path}-wal"), Path(f"{project_path}-shm"),
                      Path(f"{project_path}-journal")):
            stale.unlink(missing_ok=True)
        os.replace(temporary, project_path)
        _sync_folder(project_path.parent)
        if saved is not None:
            _settle(saved)
    except OSError as error:
        raise as_telaah_error(error, project_path) or error from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
        lock.release()
    return RestoreResult(project_path, info, saved)


def _key(copy: Path, source: Path, password: str | None) -> str | None:
    """The key that opens an encrypted backup (checked now: a wrong one is refused as
    such); None for a plain backup."""
    if not encryption.is_encrypted(copy):
        return None
    if not password:
        raise encryption.PasswordRequired.of(messages.PASSWORD_NEEDED, name=source.name)
    key = password if isinstance(password, encryption.RawKey) \
        else encryption.derive_key(copy, password)
    encryption.connect(copy, key, readonly=True).close()
    return key


def _copy_durably(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with open(target, "rb+") as stream:
        os.fsync(stream.fileno())


def _keep_current(project_path: Path) -> Path | None:
    """Keep the project's present state among its backups; None when there is none."""
    if not project_path.is_file():
        return None
    wal = Path(f"{project_path}-wal")
    if wal.is_file() and wal.stat().st_size:
        with contextlib.suppress(sqlite3.Error):
            conn = sqlite3.connect(project_path)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
    folder = backup_dir(project_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    saved = folder / f"{project_path.stem}-{stamp}-before-restore.telaah"
    try:
        os.link(project_path, saved)
    except OSError:
        shutil.copy2(project_path, saved)
    if wal.is_file() and wal.stat().st_size:  # not checkpointed: the WAL goes with it
        os.replace(wal, Path(f"{saved}-wal"))
    return saved


def _settle(saved: Path) -> None:
    """Fold the kept state's WAL into it and leave it in rollback mode, like every
    backup, so reading it later makes no `-wal`/`-shm` files (a damaged one stays as is)."""
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(saved)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()


def _sync_folder(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

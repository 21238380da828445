"""Rotating backups of a project file, made with SQLite's online backup API.

On every open (and before any schema upgrade) the project is copied into a `backups`
folder beside it as `NAME-YYYYmmdd-HHMMSS.telaah`; only the newest `keep` copies of
that project are kept. The backup API copies a consistent snapshot even in WAL mode.
A backup has the project file's permissions (owner-only for a confidential study) and
is encrypted with the project's password when it has one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from storage import encryption, privacy

DEFAULT_KEEP = 10


def backup_dir(project_path: Path) -> Path:
    return project_path.parent / "backups"


def make_backup(conn: sqlite3.Connection, project_path: Path, keep: int = DEFAULT_KEEP,
                reason: str = "", *, password: str | None = None,
                mode: int | None = None, exclusive: bool = False) -> Path | None:
    """Copy the open database into the backups folder; prune to `keep` copies.

    The copy is encrypted with `password` when the project is, and made with `mode`
    (default: the project file's permissions) from its first byte; the folder is
    searchable only by those who may read the copies. An encrypted project whose
    caller holds the lock with `conn` idle (`exclusive`, when opening) is copied as it
    is on disk after a checkpoint: its pages are already encrypted, and decrypting and
    encrypting every page again would take most of the opening time."""
    if keep <= 0:
        return None
    mode = privacy.file_mode(project_path) if mode is None else mode
    folder = backup_dir(project_path)
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # a folder of someone else's: leave it
        os.chmod(folder, privacy.folder_mode(mode))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    suffix = f"-{reason}" if reason else ""
    target = folder / f"{project_path.stem}-{stamp}{suffix}.telaah"
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
    os.chmod(target, mode)  # the umask may have taken bits away
    if password and exclusive:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with open(project_path, "rb") as source, open(target, "wb") as copy:
            shutil.copyfileobj(source, copy, 1 << 20)
    else:
        destination = encryption.backup_connection(target, password)
        try:
            conn.backup(destination)
        finally:
            destination.close()
    prune_backups(project_path, keep)
    return target


def list_backups(project_path: Path) -> list[Path]:
    """This project's backups, oldest first."""
    folder = backup_dir(project_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{project_path.stem}-????????-*.telaah"))


def prune_backups(project_path: Path, keep: int) -> None:
    for old in list_backups(project_path)[:-keep]:
        old.unlink(missing_ok=True)

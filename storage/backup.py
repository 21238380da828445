"""Rotating backups of a project file, made with SQLite's online backup API.

On every open (and before any schema upgrade) the project is copied into a `backups`
folder beside it as `NAME-YYYYmmdd-HHMMSS.telaah`; only the newest `keep` copies of
that project are kept. The backup API copies a consistent snapshot even in WAL mode.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

DEFAULT_KEEP = 10


def backup_dir(project_path: Path) -> Path:
    return project_path.parent / "backups"


def make_backup(conn: sqlite3.Connection, project_path: Path, keep: int = DEFAULT_KEEP,
                reason: str = "") -> Path | None:
    """Copy the open database into the backups folder; prune to `keep` copies."""
    if keep <= 0:
        return None
    folder = backup_dir(project_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    suffix = f"-{reason}" if reason else ""
    target = folder / f"{project_path.stem}-{stamp}{suffix}.telaah"
    destination = sqlite3.connect(target)
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

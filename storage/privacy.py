"""The study's privacy settings: confidentiality, the always-replace list, file modes.

A study marked confidential makes pseudonymised exports the default (a non-pseudonymised
one must be asked for) and keeps every file Telaah writes for it (backups, temporary
files, exports) at most owner-readable. The always-replace list holds any other term
(a village, a business, a nickname) that pseudonymised exports must replace. Both live
in the project's `settings` table, so they travel with the file and are undoable.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from pathlib import Path

from storage.repository import Repository

CONFIDENTIAL = "confidential"
ALWAYS_REPLACE = "always_replace"
PRIVATE_MODE = 0o600


class PrivacyRepository(Repository):
    """Read and change the study's privacy settings."""

    def confidential(self) -> bool:
        return self.project.get_setting(CONFIDENTIAL) == "1"

    def set_confidential(self, on: bool) -> None:
        """Mark the study confidential (or not); a confidential project file, its WAL
        and its backups become readable by their owner only."""
        self.project.set_setting(CONFIDENTIAL, "1" if on else "0")
        if on:
            restrict(self.project.path)

    def always_replace(self) -> list[str]:
        raw = self.project.get_setting(ALWAYS_REPLACE) or "[]"
        try:
            terms = json.loads(raw)
        except ValueError:
            return []
        return [str(t) for t in terms if str(t).strip()]

    def set_always_replace(self, terms: list[str]) -> None:
        cleaned = sorted({" ".join(t.split()) for t in terms if t.strip()}, key=str.casefold)
        self.project.set_setting(ALWAYS_REPLACE, json.dumps(cleaned, ensure_ascii=False))

    def file_mode(self) -> int:
        """The permissions every file written for this project gets (see `file_mode`)."""
        return file_mode(self.project.path, self.confidential())


def file_mode(project_path: Path, confidential: bool = False) -> int:
    """The project file's read/write bits; at most owner-only for a confidential study."""
    try:
        mode = stat.S_IMODE(os.stat(project_path).st_mode) & 0o666
    except OSError:
        mode = PRIVATE_MODE
    mode |= stat.S_IRUSR | stat.S_IWUSR
    return mode & PRIVATE_MODE if confidential else mode


def restrict(project_path: Path) -> None:
    """Take group and other permissions away from the project's files and backups."""
    from storage.backup import backup_dir, list_backups

    files = [project_path, Path(f"{project_path}-wal"), Path(f"{project_path}-shm"),
             *list_backups(project_path)]
    for file in files:
        try:
            os.chmod(file, stat.S_IMODE(os.stat(file).st_mode) & PRIVATE_MODE)
        except OSError:
            continue
    folder = backup_dir(project_path)
    if folder.is_dir():
        with contextlib.suppress(OSError):
            os.chmod(folder, folder_mode(PRIVATE_MODE))


def folder_mode(mode: int) -> int:
    """A folder's mode for files of `mode`: searchable wherever they are readable."""
    searchable = (mode & 0o444) >> 2
    return mode | searchable

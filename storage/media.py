"""Where a project's recordings live: a media folder beside the project file.

Recordings stay out of the SQLite file: an hour of AAC speech is about 30 MB, a study's
interviews a few gigabytes, and every opening copies the project file into `backups/`.
`media_dir` is `<project stem>-media/` beside the file (copy or move it with the file);
sources store the recording's path relative to the project's folder and its SHA-256,
so a moved or damaged recording is recognised (`verify`).
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

MEDIA_SUFFIX = "-media"
CHUNK = 1 << 20


def media_dir(project_path: Path) -> Path:
    return project_path.with_name(project_path.stem + MEDIA_SUFFIX)


def new_recording_path(project_path: Path, name: str, suffix: str = ".aac") -> Path:
    """A fresh file name for a recording in the media folder (the folder is made)."""
    folder = media_dir(project_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}{suffix}"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{name}-{number}{suffix}"
    return path


def relative_to_project(project_path: Path, path: Path) -> str:
    """`path` as stored in a source: relative to the project's folder when inside it."""
    try:
        return path.resolve().relative_to(project_path.resolve().parent).as_posix()
    except ValueError:
        return str(path)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def verify(project_path: Path, stored: str, checksum: str) -> bool:
    """Whether the recording stored as `stored` is there and unchanged."""
    path = Path(stored)
    path = path if path.is_absolute() else project_path.parent / path
    return path.is_file() and sha256(path) == checksum


def free_bytes(project_path: Path) -> int:
    """Free space where recordings are written (before recording, to warn early)."""
    folder = media_dir(project_path)
    return shutil.disk_usage(folder if folder.exists() else project_path.parent).free

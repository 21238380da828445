"""Files kept with a project: recordings, images, page images and original documents.

Everything lives in one *media folder* beside the project file: `study.telaah` keeps its
files in `study-media/` (`media_dir`; copy or move it with the file). Two things write
there:

- Imports and attachments (`MediaRepository`, `project.media`) copy a file in under its
  SHA-256 (`<first 20 hex digits><suffix>`), so the same file attached twice is stored
  once and a renamed original changes nothing. The `media` table records which source a
  file belongs to, its role, checksum, size, and what was measured when it came in (a
  recording's duration, an image's pixels). Rows are written through the action like
  every record (attaching is undoable); the file itself stays in the folder after an
  undo so that redo finds it again.
- A field session records straight into the folder (`new_recording_path`,
  `session-<guid>.aac`); the session keeps the path relative to the project's folder
  and its SHA-256 (`verify`), and finishing the session keeps the recording with its
  source in the `media` table too (`MediaRepository.keep`, no second copy), so the
  Transcription dock plays it like an imported recording.

Why a folder and not BLOBs in the project file: every open makes a backup copy of the
project file (ten are kept) and a migration copies it once more; an hour of interview
(30-60 MB as AAC, 600 MB as WAV) inside the file would be copied on every open. The
figures are in docs/ARCHITECTURE.md ("Media").
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from storage import messages
from storage.errors import ImportFailedError, Message, NotFoundError
from storage.repository import Repository
from storage.stamps import new_guid, now

ROLES = ("recording", "original", "image", "page_image")
MEDIA_SUFFIX = "-media"
_CHUNK = 1 << 20
CHUNK = _CHUNK


@dataclass
class Media:
    """One file kept with a source."""

    id: int
    source_id: int
    role: str
    file_name: str
    sha256: str
    size: int
    original_name: str = ""
    duration_ms: int | None = None
    width: int | None = None
    height: int | None = None
    position: int = 0
    guid: str = ""
    created: str = ""

    @property
    def suffix(self) -> str:
        return Path(self.file_name).suffix.lower()


@dataclass
class StoredFile:
    """A file copied into the media folder; `fresh` when this copy put it there."""

    name: str
    sha256: str
    size: int
    fresh: bool = False


def media_dir(project_path: Path) -> Path:
    """The folder beside the project file that holds its media (`<stem>-media/`)."""
    project_path = Path(project_path)
    return project_path.with_name(project_path.stem + MEDIA_SUFFIX)


media_folder = media_dir


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


file_sha256 = sha256


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
        return Path(path).resolve().relative_to(Path(project_path).resolve().parent).as_posix()
    except ValueError:
        return str(path)


def resolve_stored(project_path: Path, stored: str) -> Path:
    """The file a stored (possibly project-relative) path names."""
    path = Path(stored).expanduser()
    return path if path.is_absolute() else Path(project_path).parent / path


def verify(project_path: Path, stored: str, checksum: str) -> bool:
    """Whether the recording stored as `stored` is there and unchanged."""
    path = resolve_stored(project_path, stored)
    return path.is_file() and sha256(path) == checksum


def free_bytes(project_path: Path) -> int:
    """Free space where recordings are written (before recording, to warn early)."""
    folder = media_dir(project_path)
    return shutil.disk_usage(folder if folder.exists() else Path(project_path).parent).free


class MediaRepository(Repository):
    """Attach files to sources and find them again."""

    @property
    def folder(self) -> Path:
        return media_dir(self.project.path)

    def path_of(self, media: Media) -> Path:
        return self.folder / media.file_name

    def store_file(self, path: Path) -> StoredFile:
        """Copy `path` into the media folder (once per content). Nothing is recorded in
        the project: `record` does that, `discard` undoes the copy if it is not wanted."""
        path = Path(path)
        if not path.is_file():
            raise ImportFailedError.of(messages.FILE_MISSING, path=path)
        try:
            with open(path, "rb") as source:
                return self._store(iter(lambda: source.read(_CHUNK), b""), path.suffix)
        except OSError as error:
            raise ImportFailedError.of(messages.MEDIA_NOT_STORED, path=path,
                                       detail=error.strerror or error) from None

    def keep(self, source_id: int, path: Path, role: str = "recording", *,
             checksum: str = "", origin: object = None, **measured) -> int:
        """Keep a file with the source: one already in the media folder (a field
        session's recording) is recorded where it is, without a second copy; any other
        file is copied in like `attach`. Returns the media id."""
        path = Path(path)
        if path.parent.resolve() != self.folder.resolve():
            return self.attach(source_id, path, role, origin, **measured)
        if not path.is_file():
            raise ImportFailedError.of(messages.FILE_MISSING, path=path)
        stored = StoredFile(path.name, checksum or sha256(path), path.stat().st_size)
        return self.record(source_id, role, stored, original_name=path.name, origin=origin,
                           **measured)

    def store_bytes(self, data: bytes, suffix: str) -> StoredFile:
        """Keep bytes made during an import (a scanned page) in the media folder."""
        return self._store([data], suffix)

    def _store(self, chunks, suffix: str) -> StoredFile:
        self.folder.mkdir(exist_ok=True)
        temporary = self.folder / f".incoming-{new_guid()}"
        digest = hashlib.sha256()
        try:
            with open(temporary, "wb") as target:
                for chunk in chunks:
                    digest.update(chunk)
                    target.write(chunk)
                target.flush()
                os.fsync(target.fileno())
            name = f"{digest.hexdigest()[:20]}{suffix.lower()}"
            size = temporary.stat().st_size
            fresh = not (self.folder / name).exists()
            if fresh:
                os.replace(temporary, self.folder / name)
        finally:
            temporary.unlink(missing_ok=True)
        return StoredFile(name, digest.hexdigest(), size, fresh)

    def discard(self, stored: list[StoredFile]) -> None:
        """Remove files this import copied in, when the import did not happen."""
        for item in stored:
            if item.fresh:
                (self.folder / item.name).unlink(missing_ok=True)

    def attach(self, source_id: int, path: Path, role: str, origin: object = None,
               **measured) -> int:
        """Keep the file `path` with the source (one action); returns the media id.

        `measured`: duration_ms, width, height, position (page number), as known."""
        self.project.sources.get(source_id)
        stored = self.store_file(path)
        try:
            return self.record(source_id, role, stored, original_name=Path(path).name,
                               origin=origin, **measured)
        except Exception:
            self.discard([stored])
            raise

    def record(self, source_id: int, role: str, stored: StoredFile, *,
               original_name: str = "", origin: object = None, **measured) -> int:
        """Record a file already in the media folder as kept with the source."""
        if role not in ROLES:
            raise ValueError(f"unknown media role {role!r}")
        row = {"guid": new_guid(), "source_id": source_id, "role": role,
               "file_name": stored.name, "original_name": original_name,
               "sha256": stored.sha256, "size": stored.size, "created": now(), **measured}
        with self.action(f"Attach {original_name or stored.name}", origin) as act:
            return act.insert("media", row)

    def detach(self, media_id: int, origin: object = None) -> None:
        """Forget a file (its coded regions too); the bytes stay in the folder."""
        with self.action("Remove media", origin) as act:
            act.delete_where("image_regions", "media_id = ?", [media_id])
            act.delete("media", {"id": media_id})

    def delete_for_source(self, act, source_id: int) -> None:
        """Inside `act`: forget every file, page and image record of a source."""
        for media in self.list(source_id):
            act.delete_where("image_regions", "media_id = ?", [media.id])
        act.delete_where("media", "source_id = ?", [source_id])
        act.delete_where("source_pages", "source_id = ?", [source_id])
        act.delete_where("image_details", "source_id = ?", [source_id])

    # -- reading -----------------------------------------------------------------------

    def list(self, source_id: int | None = None, role: str | None = None) -> list[Media]:
        where, params = [], []
        if source_id is not None:
            where.append("source_id = ?")
            params.append(source_id)
        if role is not None:
            where.append("role = ?")
            params.append(role)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return [Media(**row) for row in self.rows(
            f"SELECT * FROM media {clause} ORDER BY source_id, role, position, id", params)]

    def get(self, media_id: int) -> Media:
        rows = self.rows("SELECT * FROM media WHERE id = ?", [media_id])
        if not rows:
            raise NotFoundError(f"There is no media file with id {media_id}.")
        return Media(**rows[0])

    def recording(self, source_id: int) -> Media | None:
        """The source's latest recording, or None."""
        found = self.list(source_id, "recording")
        return found[-1] if found else None

    def images(self, source_id: int) -> list[Media]:
        """The source's images (a photo, or a scanned PDF's pages in order)."""
        return [m for m in self.list(source_id) if m.role in ("image", "page_image")]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(ROLES, 0)
        for row in self.rows("SELECT role, COUNT(*) AS n FROM media GROUP BY role"):
            counts[row["role"]] = row["n"]
        return counts

    def check(self, media: Media, full: bool = True) -> str | None:
        """None when the file is present with its checksum, else what is wrong.
        `full=False` compares the size only (instant; the GUI shows files with it)."""
        path = self.path_of(media)
        if not path.is_file():
            return Message(messages.MEDIA_MISSING, name=media.original_name or media.file_name,
                           folder=self.folder)
        changed = (path.stat().st_size != media.size if not full
                   else sha256(path) != media.sha256)
        if changed:
            return Message(messages.MEDIA_CHANGED, name=media.original_name or media.file_name,
                           path=path)
        return None

    def peaks_path(self, media: Media) -> Path:
        """Where a recording's waveform peaks are cached: `<sha256>.peaks` in the media
        folder (named by content, so they stay right however the file is named)."""
        return self.folder / f"{media.sha256}.peaks"

    def cached_peaks(self, media: Media) -> bytes | None:
        """The waveform peaks computed for this recording before, if kept."""
        try:
            return self.peaks_path(media).read_bytes() or None
        except OSError:
            return None

    def keep_peaks(self, media: Media, peaks: bytes) -> None:
        """Cache a recording's peaks (a cache, not data: not journaled, a failure to
        write is ignored: they are computed again next time)."""
        path = self.peaks_path(media)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.part")
        try:
            temporary.write_bytes(peaks)
            os.replace(temporary, path)
        except OSError:
            temporary.unlink(missing_ok=True)

    def problems(self) -> list[str]:
        """What is wrong with the kept files (missing, changed), for the `check` command."""
        return [problem for media in self.list() if (problem := self.check(media))]

    def copy_folder_to(self, project_path: Path) -> None:
        """Copy the media folder beside another project file (Save as, copies)."""
        if self.folder.is_dir():
            shutil.copytree(self.folder, media_dir(project_path), dirs_exist_ok=True)

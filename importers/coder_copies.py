"""Opening the copies a merge reads, and refusing the ones it must not merge.

`open_copies(project, paths)` opens each copy as its own project on a private
temporary copy (so the coder's file is never changed, an older copy can be upgraded,
and the copy's own lock does not matter); REFI-QDA files (`.qdpx`, `.qdc`) are read
into a temporary project first, their users becoming coders. Refused, each with a
one-line message naming the file, before anything is merged: a file that is not a
readable Telaah project (damaged, encrypted with another password, not SQLite), one
made by a newer Telaah, the project itself, a copy of another study (no shared study
id and no shared source id), and two copies from the same coder.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

from storage import messages
from storage.errors import TelaahError
from storage.merge_plan import OpenCopy

REFI_SUFFIXES = (".qdpx", ".qdc")


class CopySet:
    """The opened copies; a context manager that closes and deletes them."""

    def __init__(self):
        self.copies: list[OpenCopy] = []
        self._folder = Path(tempfile.mkdtemp(prefix="telaah-merge-"))

    def __enter__(self) -> CopySet:
        return self

    def __exit__(self, *exc) -> None:
        for copy in self.copies:
            copy.project.close()
        shutil.rmtree(self._folder, ignore_errors=True)

    def add(self, project, path: Path) -> OpenCopy:
        folder = self._folder / str(len(self.copies))
        folder.mkdir()
        opened = _open_refi(path, folder) if path.suffix.lower() in REFI_SUFFIXES else (
            _open_telaah(path, folder, project.key))
        stamp = opened.team.stamp()
        copy = OpenCopy(path, opened, stamp, stamp.copy_guid if stamp else _file_id(path),
                        [stamp.coder] if stamp else [])
        self.copies.append(copy)
        _check_same_study(project, copy)
        if not copy.coders:
            known = project.segments.guids()
            copy.coders = sorted({s.coder for s in opened.segments.all()
                                  if s.guid not in known and s.coder}, key=str.casefold)
        return copy


def open_copies(project, paths: list[str | Path]) -> CopySet:
    copies = CopySet()
    try:
        for raw in paths:
            path = Path(raw)
            if not path.is_file():
                raise TelaahError.of(messages.PROJECT_MISSING, path=path)
            if path.resolve() == project.path.resolve():
                raise TelaahError.of(messages.MERGE_ITSELF, path=path)
            copies.add(project, path)
        _check_coders(copies.copies)
    except BaseException:
        copies.__exit__(None, None, None)
        raise
    return copies


def _open_telaah(path: Path, folder: Path, key: str | None = None):
    """A copy of the coder's file, opened. An encrypted copy opens with the project's
    own key (a copy handed out from an encrypted project keeps its key); any other
    encrypted file is refused as unreadable, saying it is encrypted."""
    from storage.project import Project

    target = folder / path.name
    shutil.copyfile(path, target)
    wal = Path(f"{path}-wal")
    if wal.is_file():
        shutil.copyfile(wal, Path(f"{target}-wal"))
    try:
        return Project.open(target, backup_now=False, backups_kept=1, full_check=False,
                            password=key)
    except TelaahError as error:
        raise TelaahError.of(messages.MERGE_UNREADABLE, path=path,
                             detail=_without_path(str(error), target)) from None


def _open_refi(path: Path, folder: Path):
    from importers.refi import new_project_from_refi

    try:
        project, _summary = new_project_from_refi(folder / "refi.telaah", path)
    except TelaahError as error:
        raise TelaahError.of(messages.MERGE_UNREADABLE, path=path, detail=str(error)) from None
    return project


def _without_path(text: str, target: Path) -> str:
    return text.replace(str(target), target.name).rstrip(".")


def _file_id(path: Path) -> str:
    digest = hashlib.sha1()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return "file:" + digest.hexdigest()


def _check_same_study(project, copy: OpenCopy) -> None:
    ours = project.study.get().guid
    theirs = copy.stamp.origin_guid if copy.stamp else copy.project.study.get().guid
    if ours and theirs == ours:
        return
    our_sources = {s.guid.lower() for s in project.sources.list(with_length=False)}
    if any(s.guid.lower() in our_sources
           for s in copy.project.sources.list(with_length=False)):
        return
    raise TelaahError.of(messages.MERGE_OTHER_STUDY, path=copy.path)


def _check_coders(copies: list[OpenCopy]) -> None:
    seen: dict[str, Path] = {}
    for copy in copies:
        for coder in copy.coders:
            key = coder.casefold()
            if key in seen:
                raise TelaahError.of(messages.MERGE_SAME_CODER, coder=coder,
                                     first=seen[key].name, second=copy.path.name)
            seen[key] = copy.path

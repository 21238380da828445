"""Import .txt, .md and .docx files as sources, each file its own all-or-nothing step.

`import_files` reads and decodes every file first (`read_files`, which needs no project
and so can run in a worker thread; cancelling it raises `storage.progress.Cancelled`
before anything is stored), then stores them (`store_files`); a file that fails
is reported with its problem and the others still go in. Each file that succeeds is one
committed action (one undo step), so a failure never leaves a half-imported source;
`on_stored(path, source_id)` is called as each one is committed (the CLI prints it, so
an interrupted import says what went in). A file whose text is already a source's is
skipped and listed in `report.duplicates` unless `duplicates=True` (the GUI asks first,
see `duplicate_files`).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from importers.decoding import read_text_file
from importers.docx_text import read_docx
from storage import Project, messages
from storage.errors import ImportFailedError, TelaahError
from storage.progress import Progress, report

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED = TEXT_SUFFIXES | DOCX_SUFFIXES


@dataclass
class ImportReport:
    """What an import did: sources made and files refused (with the reason)."""

    imported: list[tuple[Path, int]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    duplicates: list[tuple[Path, int, str]] = field(default_factory=list)  # id, title
    changes: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def read_source_text(path: Path) -> str:
    """The text of one importable file; raises ImportFailedError naming the problem."""
    suffix = path.suffix.lower()
    _check_regular_file(path)
    if suffix in TEXT_SUFFIXES:
        return read_text_file(path)
    if suffix in DOCX_SUFFIXES:
        return read_docx(path)
    raise ImportFailedError.of(messages.FILE_TYPE_UNSUPPORTED, path=path,
                               suffix=suffix or "no extension",
                               supported=", ".join(sorted(SUPPORTED)))


def _check_regular_file(path: Path) -> None:
    """Refuse, with the true reason, anything that is not a readable regular file."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise ImportFailedError.of(messages.FILE_MISSING, path=path) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ImportFailedError.of(messages.FILE_LINK_LOOP, path=path) from None
        raise ImportFailedError.of(messages.FILE_UNREADABLE, path=path,
                                   detail=error.strerror or error) from None
    if stat.S_ISDIR(mode):
        raise ImportFailedError.of(messages.FILE_IS_FOLDER, path=path)
    if not stat.S_ISREG(mode):
        kind = "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device or socket"
        raise ImportFailedError.of(messages.FILE_NOT_REGULAR, path=path, kind=kind)


@dataclass
class ReadFile:
    """One file read for import: its text, or why it could not be read."""

    path: Path
    text: str | None = None
    error: str | None = None


def read_files(paths: Iterable[str | Path], progress: Progress | None = None
               ) -> list[ReadFile]:
    """Read and decode every file (no project needed, safe in a worker thread).

    Cancelling (`progress` says stop) raises `Cancelled`: nothing is stored then.
    """
    paths = [Path(p) for p in paths]
    results = []
    for index, path in enumerate(paths):
        report(progress, index, len(paths), path.name)
        try:
            results.append(ReadFile(path, text=read_source_text(path)))
        except TelaahError as error:
            results.append(ReadFile(path, error=error.message))
    return results


def duplicate_files(project: Project, files: list[ReadFile]) -> list[tuple[ReadFile, str]]:
    """The files read whose text is already a source's, with that source's title."""
    found = []
    for item in files:
        same = project.sources.with_same_text(item.text) if item.text else None
        if same is not None:
            found.append((item, same[1]))
    return found


def store_files(project: Project, files: list[ReadFile], kind: str, *,
                participant_code: str | None = None, date: str | None = None,
                title: str | None = None, duplicates: bool = False,
                on_stored: Callable[[Path, int], None] | None = None) -> ImportReport:
    """Store files read by `read_files` as sources, each its own action."""
    report = ImportReport()
    participant_ids = []
    if participant_code:
        participant_ids = [project.participants.by_code(participant_code).id]
    for item in files:
        if item.text is None:
            report.failed.append((item.path, item.error or f"{item.path}: not read."))
            continue
        same = None if duplicates else project.sources.with_same_text(item.text)
        if same is not None:
            report.duplicates.append((item.path, *same))
            continue
        try:
            source_title = title if (title and len(files) == 1) else item.path.stem
            with project.action(f"Import {item.path.name}") as act:
                source_id = project.sources.add(
                    kind, source_title, item.text, participant_ids=participant_ids,
                    date=date, origin_path=str(item.path.resolve()))
            report.imported.append((item.path, source_id))
            report.changes.append(act.change)
            if on_stored is not None:
                on_stored(item.path, source_id)
        except TelaahError as error:
            report.failed.append((item.path, error.message))
    return report


def import_files(project: Project, paths: Iterable[str | Path], kind: str, *,
                 participant_code: str | None = None, date: str | None = None,
                 title: str | None = None,
                 progress: Progress | None = None,
                 duplicates: bool = False,
                 on_stored: Callable[[Path, int], None] | None = None) -> ImportReport:
    """Import each file as a source of technique `kind`; see the module docstring."""
    if participant_code:
        project.participants.by_code(participant_code)  # refuse before reading anything
    return store_files(project, read_files(paths, progress), kind,
                       participant_code=participant_code, date=date, title=title,
                       duplicates=duplicates, on_stored=on_stored)

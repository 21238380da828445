"""One import for every kind of source file, routed by its type.

`read_sources(paths, progress)` (no project needed: the GUI runs it in a worker
thread) reads each file with the importer made for its type: text and Word files
(`text_files`), PDFs (`pdf.read_pdf`, page by page, a scan's page images), photos
(`images.read_image`: size and EXIF) and recordings (`recordings`: the duration).
Cancelling raises `Cancelled` before anything is stored. `store_sources` then stores
each file as its own action, as each importer does (the GUI groups them as one undo
step), and says in one `ImportReport` what came in, what failed and why, and which
PDFs were scans. A file of an unknown type is refused naming the types accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from importers.images import IMAGE_SUFFIXES
from importers.recordings import AUDIO_SUFFIXES
from importers.text_files import SUPPORTED as TEXT_SUFFIXES
from importers.text_files import ImportReport, ReadFile, read_source_text, store_files
from storage import Project, messages
from storage.errors import ImportFailedError, TelaahError
from storage.progress import Cancelled, Progress, report

PDF_SUFFIXES = {".pdf"}
ALL_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES | IMAGE_SUFFIXES | AUDIO_SUFFIXES


def file_type(path: Path) -> str | None:
    """'text', 'pdf', 'image', 'recording', or None for a type Telaah cannot import."""
    suffix = Path(path).suffix.lower()
    for kind, suffixes in (("text", TEXT_SUFFIXES), ("pdf", PDF_SUFFIXES),
                           ("image", IMAGE_SUFFIXES), ("recording", AUDIO_SUFFIXES)):
        if suffix in suffixes:
            return kind
    return None


def default_technique(paths: Iterable[str | Path]) -> str | None:
    """'document' when every file is a PDF or a photo (documentation), else None."""
    types = {file_type(Path(p)) for p in paths}
    return "document" if types and types <= {"pdf", "image"} else None


@dataclass
class ReadSource:
    """One file read for import: what its importer needs next, or why it failed."""

    path: Path
    type: str | None
    text: str | None = None       # a text or Word file's text
    content: object = None        # a PDF's PdfContent
    error: str | None = None


def read_sources(paths: Iterable[str | Path], progress: Progress | None = None
                 ) -> list[ReadSource]:
    """Read every file (see the module docstring); safe in a worker thread."""
    from importers.pdf import read_pdf

    paths = [Path(p) for p in paths]
    found = []
    for index, path in enumerate(paths):
        report(progress, index, len(paths), path.name)
        item = ReadSource(path, file_type(path))
        try:
            if item.type == "text":
                item.text = read_source_text(path)
            elif item.type == "pdf":
                item.content = read_pdf(path, progress)
            elif item.type is None:
                raise ImportFailedError.of(
                    messages.FILE_TYPE_UNSUPPORTED, path=path,
                    suffix=path.suffix or "no extension",
                    supported=", ".join(sorted(ALL_SUFFIXES)))
        except Cancelled:
            raise
        except TelaahError as error:
            item.error = error.message
        found.append(item)
    return found


@dataclass
class SourcesReport(ImportReport):
    """An `ImportReport` that also lists the PDFs imported as scans (path, pages)."""

    scanned: list[tuple[Path, int]] = field(default_factory=list)


def store_sources(project: Project, items: list[ReadSource], kind: str, *,
                  participant_code: str | None = None, date: str | None = None,
                  title: str | None = None, duplicates: bool = False,
                  shown_size: Callable[[Path], tuple[int, int] | None] | None = None,
                  on_stored: Callable[[Path, int], None] | None = None) -> SourcesReport:
    """Store what `read_sources` read, each file its own action (see the module
    docstring). `shown_size(path)`: an image's size as the interface reads it, for
    photos Pillow cannot open (HEIC)."""
    texts = [ReadFile(i.path, i.text, i.error) for i in items if i.type in ("text", None)]
    done = store_files(project, texts, kind, participant_code=participant_code, date=date,
                       title=title if len(items) == 1 else None, duplicates=duplicates,
                       on_stored=on_stored)
    result = SourcesReport(done.imported, done.failed, done.duplicates, done.changes)
    participant_ids = ([project.participants.by_code(participant_code).id]
                       if participant_code else [])
    one_title = title if len(items) == 1 else None
    for item in items:
        if item.type in ("text", None):
            continue
        try:
            source_id = _store_one(project, item, kind, one_title, date, participant_ids,
                                   shown_size)
        except TelaahError as error:
            result.failed.append((item.path, error.message))
            continue
        result.imported.append((item.path, source_id))
        if item.type == "pdf" and item.content.scanned:
            result.scanned.append((item.path, item.content.page_count))
        if on_stored is not None:
            on_stored(item.path, source_id)
    return result


def _store_one(project: Project, item: ReadSource, kind: str, title: str | None,
               date: str | None, participant_ids: list[int], shown_size) -> int:
    if item.error is not None:
        raise ImportFailedError(item.error)
    if item.type == "pdf":
        from importers.pdf import store_pdf

        return store_pdf(project, item.content, kind, title=title, date=date,
                         participant_ids=participant_ids)
    if item.type == "image":
        from importers.images import import_image

        size = shown_size(item.path) if shown_size is not None else None
        return import_image(project, item.path, kind, title=title, date=date,
                            shown_size=size, participant_ids=participant_ids)
    from importers.recordings import import_recording

    return import_recording(project, item.path, kind=kind, title=title, date=date,
                            participant_ids=participant_ids)

"""`media add`: attach a recording to a source; PDFs, images and recordings for `import`."""

from __future__ import annotations

import sys
from pathlib import Path

from cli.output import open_project
from importers.recordings import AUDIO_SUFFIXES
from importers.sources import file_type
from storage.errors import TelaahError


def register(sub) -> None:
    media = sub.add_parser("media", help="recordings kept with sources")
    actions = media.add_subparsers(dest="media_command", required=True)
    add = actions.add_parser("add", help="attach a recording to a source")
    add.add_argument("project")
    add.add_argument("source_id", type=int, metavar="SOURCE_ID")
    add.add_argument("file", metavar="FILE")
    add.set_defaults(run=cmd_media_add)


def cmd_media_add(args) -> int:
    from importers.recordings import attach_recording

    with open_project(args.project) as project:
        attach_recording(project, args.source_id, Path(args.file))
        recording = project.media.recording(args.source_id)
    print(f"Attached {args.file} to source {args.source_id} "
          f"({_clock(recording.duration_ms or 0)})")
    return 0


def media_split(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(text files, PDF/image/recording files) of the paths given to `import`, by the
    same routing as the GUI's Import sources… (`importers.sources.file_type`)."""
    media = [p for p in paths if file_type(p) in ("pdf", "image", "recording")]
    return [p for p in paths if p not in media], media


def import_media_files(project, paths: list[Path], args) -> int:
    """Import each PDF, image or recording as its own source; returns how many failed."""
    failed = 0
    title = args.title if len(paths) == 1 else None
    for path in paths:
        try:
            print(_import_one(project, path, args.kind, title, args.date))
        except TelaahError as error:
            print(f"telaah: {error.message}", file=sys.stderr)
            failed += 1
    return failed


def _import_one(project, path: Path, kind: str | None, title: str | None, date: str | None) -> str:
    suffix = path.suffix.lower()
    kind = kind or ("interview" if suffix in AUDIO_SUFFIXES else "document")
    if file_type(path) == "pdf":
        from importers.pdf import import_pdf

        source_id, content = import_pdf(project, path, kind, title=title, date=date)
        if content.scanned:
            from storage import messages

            return messages.PDF_SCANNED.format(path=path, pages=content.page_count)
        return f"Imported {path} ({content.page_count} pages)"
    if file_type(path) == "image":
        from importers.images import import_image

        import_image(project, path, kind, title=title, date=date)
        return f"Imported {path}"
    from importers.recordings import import_recording

    import_recording(project, path, kind=kind, title=title, date=date)
    return f"Imported {path} (recording)"


def _clock(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"

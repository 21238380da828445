"""`import`: bring text, Word and REFI-QDA files into a project."""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

from cli.commands.media import import_media_files, media_split
from cli.output import open_project
from storage import config
from storage.errors import ValidationError
from storage.models import TECHNIQUES

REFI_SUFFIXES = {".qdpx", ".qdc"}


def register(sub) -> None:
    imp = sub.add_parser("import", help="import .txt/.md/.docx/.pdf, images, recordings "
                         "or a REFI-QDA file")
    imp.add_argument("project")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--kind", choices=TECHNIQUES, help="technique of the imported sources")
    imp.add_argument("--participant", metavar="CODE")
    imp.add_argument("--date", metavar="YYYY-MM-DD")
    imp.add_argument("--title")
    imp.add_argument("--allow-duplicates", action="store_true",
                     help="import a file even when its text is already a source")
    imp.add_argument("--allow-outside-files", action="store_true",
                     help="let a REFI-QDA file read source texts from outside its archive "
                          "(relative:// or absolute:// paths); refused otherwise")
    imp.set_defaults(run=cmd_import)


def cmd_import(args) -> int:
    paths = [Path(f) for f in args.files]
    refi = [p for p in paths if p.suffix.lower() in REFI_SUFFIXES]
    texts, media = media_split([p for p in paths if p.suffix.lower() not in REFI_SUFFIXES])
    if texts and not args.kind:
        raise ValidationError("Say which technique the files come from: "
                              "--kind interview|observation|document.")
    with open_project(args.project) as project:
        failed = (_import_refi(project, refi, args) + _import_texts(project, texts, args)
                  + import_media_files(project, media, args))
    return 2 if failed else 0


def _import_refi(project, paths: list[Path], args) -> int:
    if not paths:
        return 0
    from importers.refi import import_refi_file

    for path in paths:
        summary = import_refi_file(project, path, label_language=config.report_language(),
                                   allow_outside_files=args.allow_outside_files)
        print(summary.describe())
    return 0


def _import_texts(project, paths: list[Path], args) -> int:
    """Each file is printed as soon as it is committed; an interrupt says how many."""
    from importers.text_files import import_files

    if not paths:
        return 0
    imported: list[Path] = []
    interrupted: list[int] = []

    def between_files(*_args) -> bool:
        """Ctrl+C takes effect only here, never between a file's commit and its line."""
        if interrupted:
            raise KeyboardInterrupt
        return True

    def stored(path: Path, _source_id: int) -> None:
        imported.append(path)
        print(f"Imported {path}", flush=True)
        between_files()

    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = (signal.signal(signal.SIGINT, lambda *_: interrupted.append(1))
                if in_main_thread else None)
    try:
        report = import_files(project, paths, args.kind, participant_code=args.participant,
                              date=args.date, title=args.title, on_stored=stored,
                              duplicates=args.allow_duplicates, progress=between_files)
        between_files()
    except KeyboardInterrupt:
        print(f"telaah: interrupted; {len(imported)} of {len(paths)} file(s) were imported "
              "(listed above), the others were not.", file=sys.stderr)
        return 2
    finally:
        if in_main_thread:
            signal.signal(signal.SIGINT, previous)
    for path, source_id, title in report.duplicates:
        print(f"telaah: warning: {path} was not imported: its text is already the source "
              f"'{title}' (id {source_id}); use --allow-duplicates to import it anyway.",
              file=sys.stderr)
    for _path, message in report.failed:
        print(f"telaah: {message}", file=sys.stderr)
    return len(report.failed)

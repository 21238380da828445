"""`import`: bring text, Word and REFI-QDA files into a project."""

from __future__ import annotations

import sys
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
    from importers.text_files import import_files

    if not paths:
        return 0
    report = import_files(project, paths, args.kind, participant_code=args.participant,
                          date=args.date, title=args.title)
    for path, _source_id in report.imported:
        print(f"Imported {path}")
    for _path, message in report.failed:
        print(f"telaah: {message}", file=sys.stderr)
    return len(report.failed)

"""The `export` command: a Word report, an Excel workbook or a REFI-QDA file of a project.

`python main.py export PROJECT --format docx|xlsx|qdpx|qdc --output FILE [--lang id|en]
[--pseudonymize] [--real-names] [--framework ID ...] [--group NAME ...]
[--positions codepoints|utf16]`. A confidential study is exported pseudonymised unless
--real-names is given; every format leaves out participants who may not be quoted and
says how many. Each format is
an entry of `FORMATS`, a function `(project, output_path, args) -> message`; the
REFI-QDA writers are imported only when used. Bad input (unknown framework or group, an
output folder that does not exist or cannot be written, an option the format does not
support) is a `TelaahError`: one line on stderr and exit status 2.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cli.output import open_project
from storage import config
from storage.errors import ValidationError


def _pseudonymized(project, args) -> bool:
    """--pseudonymize, or a confidential study exported without --real-names."""
    return args.pseudonymize or (project.privacy.confidential() and not args.real_names)


def _options(args, project):
    from exporters.options import ExportOptions

    return ExportOptions(language=args.lang, pseudonymize=_pseudonymized(project, args),
                         include_real_names=args.real_names,
                         frameworks=list(args.framework), groups=list(args.group),
                         max_quotes=args.max_quotes, include_all=args.all_indicators,
                         include_memos=not args.no_memos,
                         quote_timestamps=args.quote_timestamps)


def export_docx(project, output: Path, args) -> str:
    from exporters.word.report import write_docx

    path = write_docx(project, output, _options(args, project))
    return f"Wrote the Word report to {path}. {_consent_line(project, args)}"


def export_xlsx(project, output: Path, args) -> str:
    from exporters.excel.workbook import write_xlsx

    path = write_xlsx(project, output, _options(args, project))
    return f"Wrote the Excel workbook to {path}. {_consent_line(project, args)}"


def _refi_only(args, fmt: str) -> None:
    """REFI-QDA files carry the whole project: refuse report options instead of ignoring."""
    for flag, used in (("--framework", args.framework), ("--group", args.group)):
        if used:
            raise ValidationError(f"{flag} is not available for --format {fmt}; REFI-QDA "
                                  "files carry the whole project.")


def export_qdpx(project, output: Path, args) -> str:
    from exporters.refi import write_qdpx

    _refi_only(args, "qdpx")
    result = write_qdpx(project, output, label_language=config.report_language(),
                        positions=args.positions, pseudonymize=_pseudonymized(project, args))
    return _describe(result, f"Wrote the REFI-QDA project to {output}")


def export_qdc(project, output: Path, args) -> str:
    from exporters.refi import write_qdc

    _refi_only(args, "qdc")
    result = write_qdc(project, output, label_language=config.report_language(),
                       pseudonymize=_pseudonymized(project, args))
    return _describe(result, f"Wrote the REFI-QDA codebook to {output}")


def _consent_line(project, args) -> str:
    from exporters.privacy.consent import ConsentRule

    return ConsentRule.for_project(project).note("en")


def _describe(result, fallback: str) -> str:
    describe = getattr(result, "describe", None)
    return describe() if callable(describe) else fallback


FORMATS: dict[str, Callable[..., str]] = {
    "docx": export_docx,   # Word report (exporters.word.report)
    "xlsx": export_xlsx,   # Excel workbook (exporters.excel.workbook)
    "qdpx": export_qdpx,   # REFI-QDA project (exporters.refi)
    "qdc": export_qdc,     # REFI-QDA codebook (exporters.refi)
}


def register(sub) -> None:
    export = sub.add_parser("export", help="write a Word report, Excel workbook or "
                            "REFI-QDA file of a project")
    export.add_argument("project")
    export.add_argument("--format", required=True, choices=list(FORMATS),
                        help="docx: Word report; xlsx: Excel workbook; qdpx/qdc: REFI-QDA")
    export.add_argument("--output", "-o", required=True, metavar="FILE")
    export.add_argument("--lang", choices=["id", "en"], default="id",
                        help="language of the report (default: id)")
    export.add_argument("--pseudonymize", action="store_true",
                        help="replace participants' names, aliases, identifying "
                             "organisations and always-replace terms everywhere (wins over "
                             "--real-names; the default for a confidential study)")
    export.add_argument("--real-names", action="store_true",
                        help="show participants' real names in the participants table; "
                             "needed to export a confidential study without pseudonyms")
    export.add_argument("--framework", action="append", default=[], metavar="ID",
                        help="only this framework (repeatable)")
    export.add_argument("--group", action="append", default=[], metavar="NAME",
                        help="only evidence from this stakeholder group (repeatable)")
    export.add_argument("--quote-timestamps", action="store_true",
                        help="cite a transcript quote's nearest timestamp: (00:12:34)")
    export.add_argument("--all-indicators", action="store_true",
                        help="also report indicators not studied (not judged, no evidence)")
    export.add_argument("--no-memos", action="store_true",
                        help="leave out the Word report's appendix of analytic memos")
    export.add_argument("--max-quotes", type=int, default=3, metavar="N",
                        help="key quotes per indicator in the Word report (default: 3)")
    export.add_argument("--positions", choices=["codepoints", "utf16"], default="codepoints",
                        help="qdpx: count selection positions in code points, as the "
                             "standard says (default), or in UTF-16 units for NVivo")
    export.set_defaults(run=cmd_export)


def cmd_export(args) -> int:
    from exporters.atomic import check_target

    output = check_target(args.output, Path(args.project))
    with open_project(args.project, readonly=True) as project:
        message = FORMATS[args.format](project, output, args)
    print(message)
    return 0

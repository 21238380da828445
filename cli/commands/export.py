"""The `export` command: a Word report, an Excel workbook or a REFI-QDA file of a project.

`python main.py export PROJECT --format docx|xlsx|qdpx|qdc --output FILE [--lang id|en]
[--pseudonymize] [--real-names] [--framework ID ...] [--group NAME ...]
[--positions codepoints|utf16]`. A confidential study is exported pseudonymised unless
--real-names is given; every format leaves out participants who may not be quoted and
says how many. `FORMATS` are the project formats of `exporters.formats`, each written
with the `ExportOptions` the arguments describe; a writer is imported only when used.
Bad input (unknown framework or group, an output folder that does not exist or cannot
be written, an option the format does not support) is a `TelaahError`: one line on
stderr and exit status 2.
"""

from __future__ import annotations

from pathlib import Path

from cli.output import open_project
from exporters.formats import PROJECT, ExportFormat, of_subject
from exporters.options import ExportOptions
from storage import config
from storage.errors import ValidationError


def _pseudonymized(project, args) -> bool:
    """--pseudonymize, or a confidential study exported without --real-names."""
    return args.pseudonymize or (project.privacy.confidential() and not args.real_names)


def _options(args, project, fmt: ExportFormat) -> ExportOptions:
    """The options of the command line; REFI-QDA labels follow the report-language
    setting, as in the GUI."""
    language = args.lang if "frameworks" in fmt.accepts else config.report_language()
    return ExportOptions(language=language, pseudonymize=_pseudonymized(project, args),
                         include_real_names=args.real_names,
                         frameworks=list(args.framework), groups=list(args.group),
                         max_quotes=args.max_quotes, include_all=args.all_indicators,
                         include_memos=not args.no_memos,
                         quote_timestamps=args.quote_timestamps, positions=args.positions)


def _refuse_unaccepted(args, fmt: ExportFormat) -> None:
    """REFI-QDA files carry the whole project: refuse report options instead of ignoring."""
    for flag, option, used in (("--framework", "frameworks", args.framework),
                               ("--group", "groups", args.group)):
        if used and option not in fmt.accepts:
            raise ValidationError(f"{flag} is not available for --format {fmt.key}; REFI-QDA "
                                  "files carry the whole project.")


def write_export(project, output: Path, args) -> str:
    """Write `args.format` of `project` to `output`; the sentence saying what was written."""
    fmt = FORMATS[args.format]
    _refuse_unaccepted(args, fmt)
    result = fmt.write(project, output, _options(args, project, fmt), None)
    describe = getattr(result, "describe", None)
    if callable(describe):   # REFI-QDA: what it holds, and who was left out
        return describe()
    return f"Wrote the {fmt.label} to {result}. {_consent_line(project)}"


def _consent_line(project) -> str:
    from exporters.privacy.consent import ConsentRule

    return ConsentRule.for_project(project).note("en")


# docx: Word report, xlsx: Excel workbook, qdpx/qdc: REFI-QDA (exporters.formats)
FORMATS: dict[str, ExportFormat] = of_subject(PROJECT)


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
        message = write_export(project, output, args)
    print(message)
    return 0

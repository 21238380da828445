"""The `survey` command: questionnaires in the XLSForm standard and their responses.

    survey import-form PROJECT FORM.xlsx
    survey export-form PROJECT FORM_NAME --output FORM.xlsx
    survey import-responses PROJECT FORM_NAME DATA.xlsx|DATA.csv [--skip-invalid]
    survey summary PROJECT FORM_NAME [--by QUESTION] [--json]
    survey export PROJECT FORM_NAME --output FILE.xlsx [--labels] [--lang id|en]
    survey draft PROJECT FORM_NAME --indicator KEY ... [--title TEXT]
    survey codable PROJECT FORM_NAME

FORM_NAME is the form's `form_id` (settings sheet). A bad form or response file is a
`TelaahError` listing every problem with its row and column (exit status 2, the
project unchanged); `--skip-invalid` imports the valid rows of a response file.
"""

from __future__ import annotations

from cli.output import add_privacy_arguments, open_project, print_json, pseudonymized
from exporters.formats import FORMATS


def register(sub) -> None:
    survey = sub.add_parser("survey", help="questionnaires (XLSForm) and their responses")
    actions = survey.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True

    command = actions.add_parser("import-form", help="import an XLSForm questionnaire")
    command.add_argument("project")
    command.add_argument("form", metavar="FORM.xlsx")
    command.set_defaults(run=cmd_import_form)

    command = actions.add_parser("export-form", help="write a questionnaire as XLSForm")
    command.add_argument("project")
    command.add_argument("form_name", metavar="FORM_NAME")
    command.add_argument("--output", "-o", required=True, metavar="FORM.xlsx")
    command.set_defaults(run=cmd_export_form)

    command = actions.add_parser("import-responses",
                                 help="import responses exported by KoboToolbox or ODK")
    command.add_argument("project")
    command.add_argument("form_name", metavar="FORM_NAME")
    command.add_argument("data", metavar="DATA.xlsx|DATA.csv")
    command.add_argument("--skip-invalid", action="store_true",
                         help="import the valid rows and leave out the rows with problems")
    command.set_defaults(run=cmd_import_responses)

    command = actions.add_parser("summary", help="Likert summary per indicator and group")
    command.add_argument("project")
    command.add_argument("form_name", metavar="FORM_NAME")
    command.add_argument("--by", metavar="QUESTION",
                         help="group by the answers to this select_one question "
                              "(default: stakeholder groups of linked participants)")
    command.add_argument("--json", action="store_true")
    command.set_defaults(run=cmd_summary)

    command = actions.add_parser("export", help="responses and Likert summary as Excel")
    command.add_argument("project")
    command.add_argument("form_name", metavar="FORM_NAME")
    command.add_argument("--output", "-o", required=True, metavar="FILE.xlsx")
    command.add_argument("--labels", action="store_true",
                         help="labels instead of names in headers and answers")
    command.add_argument("--lang", choices=["id", "en"], default="id")
    add_privacy_arguments(command)
    command.set_defaults(run=cmd_export)

    command = actions.add_parser("draft", help="generate a draft questionnaire from "
                                 "indicators (Likert statements in Indonesian and English)")
    command.add_argument("project")
    command.add_argument("form_name", metavar="FORM_NAME")
    command.add_argument("--indicator", action="append", default=[], metavar="KEY",
                         help="indicator node id (repeatable; default: every indicator "
                              "of the study's frameworks with statements)")
    command.add_argument("--title", default="")
    command.set_defaults(run=cmd_draft)

    command = actions.add_parser("codable", help="make the open answers of each text "
                                 "question a source to code (technique: survey)")
    command.add_argument("project")
    command.add_argument("form_name", metavar="FORM_NAME")
    command.set_defaults(run=cmd_codable)


def cmd_import_form(args) -> int:
    from importers.xlsform import import_xlsform

    with open_project(args.project) as project:
        form_pk = import_xlsform(project, args.form)
        definition = project.surveys.definition(form_pk)
    print(f"Imported questionnaire {definition.form.form_id} "
          f"({len(definition.answer_questions())} questions)")
    return 0


def cmd_export_form(args) -> int:
    fmt = FORMATS["xlsform"]
    with open_project(args.project, readonly=True) as project:
        path = fmt.write(project, args.form_name, args.output)
    print(f"Wrote the {fmt.label} to {path}")
    return 0


def cmd_import_responses(args) -> int:
    from importers.survey_responses import import_responses

    with open_project(args.project) as project:
        found = import_responses(project, args.form_name, args.data, args.skip_invalid)
    print(f"Imported {len(found.rows)} response(s) of {found.total_rows}")
    if found.problems:
        print(f"Left out {found.invalid_rows} row(s) with problems:\n{found.problem_text()}")
    return 0


def cmd_summary(args) -> int:
    from analysis.likert import likert_summary

    with open_project(args.project, readonly=True) as project:
        summary = likert_summary(project, args.form_name, args.by)
    if args.json:
        print_json(summary.to_json())
        return 0
    for row in summary.indicators:
        stats = row.overall
        print(f"{row.key}\tn={stats.n}\tmean={stats.mean}\tmedian={stats.median}\t"
              f"{stats.distribution}")
        for group in summary.groups:
            if group in row.groups:
                g = row.groups[group]
                print(f"  {group}\tn={g.n}\tmean={g.mean}\tmedian={g.median}")
    return 0


def cmd_export(args) -> int:
    fmt = FORMATS["responses"]
    with open_project(args.project, readonly=True) as project:
        path = fmt.write(project, args.form_name, args.output, args.labels, args.lang,
                         pseudonymize=pseudonymized(project, args))
    print(f"Wrote the {fmt.label} to {path}")
    return 0


def cmd_draft(args) -> int:
    from importers.survey_draft import add_draft

    with open_project(args.project) as project:
        form_pk = add_draft(project, args.form_name, args.indicator, args.title)
        count = len(project.surveys.definition(form_pk).answer_questions())
    print(f"Added the draft questionnaire {args.form_name} ({count} questions)")
    return 0


def cmd_codable(args) -> int:
    from importers.survey_text import make_codable

    with open_project(args.project) as project:
        sources = make_codable(project, args.form_name)
    print(f"Wrote {len(sources)} survey source(s) of open answers")
    return 0

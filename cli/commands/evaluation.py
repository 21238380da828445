"""`verdict` and `keyquote`: judge indicators and choose key quotes from the command line.

`verdict set PROJECT INDICATOR --verdict KEY [--conclusion TEXT]` sets an indicator's
verdict (a key of the project's verdict options, or its label in either language);
`verdict clear` takes it back to "not judged" (the conclusion stays); `verdict list`
prints every judged indicator with its history (`--json`). `keyquote add|remove
PROJECT SEGMENT_ID` chooses a segment as a key quote of the indicator it counts for
(its code's indicator, or `--indicator`). Each writing command is one action, undoable
in the app, and leaves the same audit trail as the evaluation workspace.
"""

from __future__ import annotations

from analysis import Evidence
from cli.output import open_project, print_json
from storage import messages
from storage.errors import ValidationError

INDICATOR_HELP = ("framework node id (deseve2007.information_sharing), custom code id "
                  "(12 or code:12) or exact label")


def register(sub) -> None:
    verdict = sub.add_parser("verdict", help="set, clear or list indicator verdicts")
    actions = verdict.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    put = actions.add_parser("set", help="set an indicator's verdict (and conclusion)")
    put.add_argument("project")
    put.add_argument("indicator", help=INDICATOR_HELP)
    put.add_argument("--verdict", required=True, metavar="KEY",
                     help="verdict option key (terpenuhi, sebagian, ...) or its label")
    put.add_argument("--conclusion", default=None, metavar="TEXT")
    put.set_defaults(run=cmd_set)
    clear = actions.add_parser("clear", help="take an indicator back to 'not judged'")
    clear.add_argument("project")
    clear.add_argument("indicator", help=INDICATOR_HELP)
    clear.set_defaults(run=cmd_clear)
    listing = actions.add_parser("list", help="judged indicators with their history")
    listing.add_argument("project")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_list)

    quote = sub.add_parser("keyquote", help="choose or drop key quotes")
    quote_actions = quote.add_subparsers(dest="action", metavar="ACTION")
    quote_actions.required = True
    for name, chosen in (("add", True), ("remove", False)):
        cmd = quote_actions.add_parser(name, help=f"{name} a segment as a key quote")
        cmd.add_argument("project")
        cmd.add_argument("segment_id", type=int, metavar="SEGMENT_ID")
        cmd.add_argument("--indicator", default=None, help="the indicator it is a key "
                         "quote of (default: the indicator its code counts for)")
        cmd.set_defaults(run=cmd_keyquote, chosen=chosen)


def verdict_key(project, given: str) -> str:
    """The option key for `given` (a key, or a label in either language)."""
    options = project.evaluation.verdict_options()
    for option in options:
        if given.casefold() in (option.key.casefold(), option.label_id.casefold(),
                                option.label_en.casefold()):
            return option.key
    raise ValidationError.of(messages.VERDICT_UNKNOWN, verdict=given,
                             known=", ".join(o.key for o in options))


def cmd_set(args) -> int:
    with open_project(args.project) as project:
        code = project.codes.resolve(args.indicator)
        key = verdict_key(project, args.verdict)
        project.evaluation.set_judgement(code.id, verdict=key, conclusion=args.conclusion)
    print(f"{code.key}: {key}")
    return 0


def cmd_clear(args) -> int:
    with open_project(args.project) as project:
        code = project.codes.resolve(args.indicator)
        project.evaluation.set_judgement(code.id, verdict="")
    print(f"{code.key}: not judged")
    return 0


def cmd_list(args) -> int:
    with open_project(args.project, readonly=True) as project:
        codes = {c.id: c for c in project.codes.list()}
        rows = {}
        for code_id, judgement in project.evaluation.judgements().items():
            code = codes[code_id]
            rows[code.key] = {
                "label_id": code.label("id"), "label_en": code.label("en"),
                "verdict": judgement.verdict, "conclusion": judgement.conclusion,
                "judged_by": judgement.author, "judged_at": judgement.modified,
                "key_quotes": project.evaluation.key_quotes(code_id),
                "history": project.evaluation.history(code_id)}
    if args.json:
        print_json(rows)
    else:
        for key, row in rows.items():
            print(f"{key}\t{row['verdict'] or '-'}\t{row['conclusion']}")
    return 0


def cmd_keyquote(args) -> int:
    with open_project(args.project) as project:
        segment = project.segments.get(args.segment_id)
        if args.indicator:
            indicator = project.codes.resolve(args.indicator).id
        else:
            indicator = indicator_of(project, segment.code_id)
        project.evaluation.set_key_quote(indicator, segment.id, chosen=args.chosen)
        key = project.codes.get(indicator).key
    print(f"{'Chose' if args.chosen else 'Dropped'} segment {segment.id} as a key quote "
          f"of {key}")
    return 0


def indicator_of(project, code_id: int) -> int:
    """The indicator-level row a code's segments count for (itself or an ancestor)."""
    evidence = Evidence.load(project)
    rows = set(evidence.rows("indicators"))
    for candidate in [code_id, *evidence.ancestors(code_id)]:
        if candidate in rows:
            return candidate
    return code_id

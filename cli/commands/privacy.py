"""The `privacy` command: a study's privacy settings, shown and changed.

`python main.py privacy PROJECT [--confidential yes|no] [--always-replace TERM ...]
[--keep TERM ...] [--identifying CODE yes|no|default ...] [--quote-pending CODE ...]
[--no-quote-pending CODE ...] [--json]`. All changes are one undoable action, so a
refused one changes nothing; the settings are printed afterwards (JSON keys:
confidential, always_replace, participants with code, consent_status,
organisation_identifies, quote_override).
"""

from __future__ import annotations

from cli.output import open_project, print_json

_YES_NO = {"yes": True, "no": False}


def register(sub) -> None:
    command = sub.add_parser("privacy", help="show or change a study's privacy settings "
                             "(confidential, always-replace terms, consent overrides)")
    command.add_argument("project")
    command.add_argument("--confidential", choices=list(_YES_NO))
    command.add_argument("--always-replace", nargs="+", default=[], metavar="TERM",
                         help="add terms pseudonymised exports always replace")
    command.add_argument("--keep", nargs="+", default=[], metavar="TERM",
                         help="take terms off the always-replace list")
    command.add_argument("--identifying", nargs=2, action="append", default=[],
                         metavar=("CODE", "yes|no|default"),
                         help="does naming this participant's organisation identify them")
    command.add_argument("--quote-pending", nargs="+", default=[], metavar="CODE",
                         help="quote these participants although consent is pending "
                              "(recorded with the coder name and date)")
    command.add_argument("--no-quote-pending", nargs="+", default=[], metavar="CODE")
    command.add_argument("--json", action="store_true")
    command.set_defaults(run=cmd_privacy)


def cmd_privacy(args) -> int:
    with open_project(args.project) as project:
        privacy, people = project.privacy, project.participants
        with project.action("Change privacy settings"):
            _change(args, privacy, people)
        settings = {"confidential": privacy.confidential(),
                    "always_replace": privacy.always_replace(),
                    "participants": [{"code": p.code, "consent_status": p.consent_status,
                                      "organisation_identifies": p.organisation_identifies,
                                      "quote_override": p.quote_override}
                                     for p in people.list()]}
    _print(settings, args.json)
    return 0


def _change(args, privacy, people) -> None:
    from storage.errors import ValidationError

    if args.confidential:
        privacy.set_confidential(_YES_NO[args.confidential])
    if args.always_replace or args.keep:
        dropped = {t.casefold() for t in args.keep}
        terms = [t for t in privacy.always_replace() + args.always_replace
                 if t.casefold() not in dropped]
        privacy.set_always_replace(terms)
    for code, choice in args.identifying:
        values = {"yes": 1, "no": 0, "default": None}
        if choice not in values:
            raise ValidationError(f"--identifying takes yes, no or default, not '{choice}'.")
        people.update(people.by_code(code).id, organisation_identifying=values[choice])
    for code in args.quote_pending:
        people.set_quote_override(people.by_code(code).id, people.project.coder)
    for code in args.no_quote_pending:
        people.set_quote_override(people.by_code(code).id, "", on=False)


def _print(settings: dict, as_json: bool) -> None:
    if as_json:
        print_json(settings)
    else:
        print(f"confidential: {'yes' if settings['confidential'] else 'no'}")
        print(f"always replace: {'; '.join(settings['always_replace']) or '-'}")
        for person in settings["participants"]:
            print(f"{person['code']}\t{person['consent_status']}\t"
                  f"organisation identifies: {'yes' if person['organisation_identifies'] else 'no'}"
                  f"\t{person['quote_override']}")

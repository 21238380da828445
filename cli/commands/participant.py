"""Participant commands: `participant add` and `participant list`."""

from __future__ import annotations

from cli.output import open_project, print_json


def register(sub) -> None:
    participant = sub.add_parser("participant", help="add or list participants")
    actions = participant.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True

    add = actions.add_parser("add", help="add a participant (informant)")
    add.add_argument("project")
    add.add_argument("code", help="participant code such as P01")
    add.add_argument("--group", required=True, help="stakeholder group name")
    add.add_argument("--name", default="")
    add.add_argument("--organisation", default="")
    add.add_argument("--role", default="")
    add.add_argument("--consent", choices=["pending", "given", "withdrawn", "not_required"],
                     default=None)
    add.set_defaults(run=cmd_add)

    listing = actions.add_parser("list", help="list participants")
    listing.add_argument("project")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_list)


def cmd_add(args) -> int:
    with open_project(args.project) as project:
        values = {"name": args.name, "organisation": args.organisation, "role": args.role,
                  "group_id": project.participants.resolve_group(args.group)}
        if args.consent:
            values["consent_status"] = args.consent
        project.participants.add(args.code, **values)
    print(f"Added participant {args.code}")
    return 0


def cmd_list(args) -> int:
    with open_project(args.project, readonly=True) as project:
        english = {g.name: g.label("en") for g in project.participants.groups()}
        rows = [{"code": p.code, "name": p.name, "group": p.group,
                 "organisation": p.organisation, "role": p.role,
                 "consent_status": p.consent_status, "group_en": english.get(p.group, "")}
                for p in project.participants.list()]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['code']}\t{row['group']}\t{row['organisation']}\t{row['role']}")
    return 0

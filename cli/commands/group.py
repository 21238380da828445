"""`group add|list|rename`: the stakeholder groups, in Indonesian and English.

A group has an Indonesian label (its name) and an English one, and is marked as state
(`--state`) or non-state (`--non-state`) actors, which the participatory-inclusiveness
cue and the report's informant table use. Every command that takes a group accepts
either label, in any case.
"""

from __future__ import annotations

from cli.output import open_project, print_json


def register(sub) -> None:
    group = sub.add_parser("group", help="add, list or rename stakeholder groups")
    actions = group.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True

    add = actions.add_parser("add", help="add a stakeholder group")
    add.add_argument("project")
    add.add_argument("name", help="Indonesian label, e.g. 'Pemilik UMKM'")
    add.add_argument("--en", default="", metavar="LABEL", help="English label")
    _state_options(add)
    add.set_defaults(run=cmd_add)

    listing = actions.add_parser("list", help="list the stakeholder groups")
    listing.add_argument("project")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_list)

    rename = actions.add_parser("rename", help="change a group's labels or state mark")
    rename.add_argument("project")
    rename.add_argument("group", help="the group's Indonesian or English label")
    rename.add_argument("--id", dest="label_id", default=None, metavar="LABEL",
                        help="new Indonesian label")
    rename.add_argument("--en", default=None, metavar="LABEL", help="new English label")
    _state_options(rename)
    rename.set_defaults(run=cmd_rename)


def _state_options(parser) -> None:
    state = parser.add_mutually_exclusive_group()
    state.add_argument("--state", dest="is_state", action="store_const", const=True,
                       help="the group's members are state actors")
    state.add_argument("--non-state", dest="is_state", action="store_const", const=False,
                       help="the group's members are non-state actors")


def cmd_add(args) -> int:
    with open_project(args.project) as project:
        project.participants.add_group(args.name, label_en=args.en, is_state=args.is_state)
    print(f"Added stakeholder group {args.name.strip()}")
    return 0


def cmd_rename(args) -> int:
    with open_project(args.project) as project:
        repo = project.participants
        group_id = repo.resolve_group(args.group)
        with project.action("Edit stakeholder group"):
            if args.label_id is not None or args.en is not None:
                repo.rename_group(group_id, args.label_id, label_en=args.en)
            if args.is_state is not None:
                repo.set_group_state(group_id, args.is_state)
        group = next(g for g in repo.groups() if g.id == group_id)
    print(f"Stakeholder group {group.name} ({group.label_en or '-'})")
    return 0


def cmd_list(args) -> int:
    with open_project(args.project, readonly=True) as project:
        rows = [{"id": g.name, "en": g.label_en, "state": _state_name(g.is_state),
                 "position": g.position} for g in project.participants.groups()]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']}\t{row['en']}\t{row['state']}")
    return 0


def _state_name(is_state: int | None) -> str | None:
    return None if is_state is None else ("state" if is_state else "non_state")

"""Network commands: `network` (JSON or a map figure), `tie add|list|remove`,
`actor add|list|remove`.

`python main.py network PROJECT --json` prints actors, ties with evidence counts and
the measures; `--output map.svg|png` writes the map. `tie add PROJECT --from ACTOR --to
ACTOR --type TYPE --source SOURCE_ID --start N --end N` marks a passage (code points,
as segments) as a tie's evidence. Actors are named by name or id.
"""

from __future__ import annotations

from pathlib import Path

from cli.output import add_privacy_arguments, open_project, print_json, pseudonymized
from exporters.formats import NETWORK, of_subject
from storage.errors import ValidationError

MAP_FORMATS = list(of_subject(NETWORK).values())   # png, svg
MAP_SUFFIXES = tuple(f.suffix for f in MAP_FORMATS)


def register(sub) -> None:
    network = sub.add_parser("network", help="the collaboration network: JSON or a map")
    network.add_argument("project")
    network.add_argument("--json", action="store_true", help="actors, ties and measures")
    network.add_argument("--output", metavar="FILE", help="write the map (.svg or .png)")
    add_privacy_arguments(network)
    network.add_argument("--type", action="append", default=None, metavar="TYPE",
                         help="only ties of this type (repeatable)")
    network.add_argument("--lang", choices=["id", "en"], default="en")
    network.set_defaults(run=cmd_network)
    _register_ties(sub)
    _register_actors(sub)


def _register_ties(sub) -> None:
    tie = sub.add_parser("tie", help="mark, list or remove ties between actors")
    actions = tie.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    add = actions.add_parser("add", help="mark a passage as evidence of a tie")
    add.add_argument("project")
    add.add_argument("--from", dest="first", required=True, metavar="ACTOR")
    add.add_argument("--to", dest="second", required=True, metavar="ACTOR")
    add.add_argument("--type", required=True, metavar="TYPE")
    add.add_argument("--source", type=int, required=True, metavar="SOURCE_ID")
    add.add_argument("--start", type=int, required=True, metavar="N")
    add.add_argument("--end", type=int, required=True, metavar="N")
    add.add_argument("--undirected", action="store_true",
                     help="no direction, even for a type that has one")
    add.set_defaults(run=cmd_tie_add)
    listing = actions.add_parser("list", help="list ties")
    listing.add_argument("project")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_tie_list)
    remove = actions.add_parser("remove", help="remove a tie and its passage's coding")
    remove.add_argument("project")
    remove.add_argument("tie_id", type=int)
    remove.set_defaults(run=cmd_tie_remove)


def _register_actors(sub) -> None:
    actor = sub.add_parser("actor", help="add, list or remove network actors")
    actions = actor.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    add = actions.add_parser("add", help="add an actor (organisation or group)")
    add.add_argument("project")
    add.add_argument("name")
    add.add_argument("--sector", choices=["state", "non_state"], default="non_state")
    add.add_argument("--group", default=None, help="stakeholder group name")
    add.add_argument("--administrative", action="store_true",
                     help="the network's own administrative organisation")
    add.set_defaults(run=cmd_actor_add)
    listing = actions.add_parser("list", help="list actors")
    listing.add_argument("project")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_actor_list)
    remove = actions.add_parser("remove", help="remove an actor")
    remove.add_argument("project")
    remove.add_argument("actor")
    remove.add_argument("--with-ties", action="store_true",
                        help="also remove its ties and their passages' codings")
    remove.set_defaults(run=cmd_actor_remove)


def _view(project, types):
    from analysis.network import NetworkFilter, network_view

    return network_view(project, NetworkFilter(types=set(types) if types else None))


def _pseudonymizer(project, args):
    from exporters.privacy.pseudonymize import Pseudonymizer

    if not pseudonymized(project, args):
        return Pseudonymizer.off()
    return Pseudonymizer.for_project(project, organisation_word=(
        "Organisation" if args.lang == "en" else "Organisasi"))


def cmd_network(args) -> int:
    from analysis.network_report import network_data

    if not args.json and not args.output:
        raise ValidationError("Say what to show: --json, or --output map.svg|png.")
    if args.output and not args.output.lower().endswith(MAP_SUFFIXES):
        raise ValidationError(f"{args.output}: the map can be written as .svg or .png.")
    with open_project(args.project, readonly=True) as project:
        for key in args.type or []:
            project.network.tie_type(key)
        view = _view(project, args.type)
        pseudo = _pseudonymizer(project, args)
        for actor in view.actors:  # actors are organisations: as in every other output
            actor.name = pseudo(actor.name)
        groups = {g.id: pseudo(g.name) for g in project.participants.groups()}
        mode = project.privacy.file_mode()
    if args.output:
        fmt = next(f for f in MAP_FORMATS if args.output.lower().endswith(f.suffix))
        path = fmt.write(view, groups, args.output, Path(args.project), mode=mode)
        if not args.json:
            print(f"Wrote the {fmt.label} to {path}")
    if args.json:
        print_json(network_data(view, groups, args.lang))
    return 0


def cmd_tie_add(args) -> int:
    with open_project(args.project) as project:
        tie_id = project.network.add_tie(args.first, args.second, args.type, args.source,
                                         args.start, args.end,
                                         directed=False if args.undirected else None)
    print(f"Marked tie {tie_id}")
    return 0


def cmd_tie_list(args) -> int:
    with open_project(args.project, readonly=True) as project:
        names = {a.id: a.name for a in project.network.actors()}
        rows = [{"id": t.id, "from": names[t.from_actor], "to": names[t.to_actor],
                 "type": t.type_key, "directed": bool(t.directed), "source": t.source_id,
                 "start": t.start, "end": t.end, "segment": t.segment_id}
                for t in project.network.ties()]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            arrow = "->" if row["directed"] else "--"
            print(f"{row['id']}\t{row['from']} {arrow} {row['to']}\t{row['type']}\t"
                  f"source {row['source']} {row['start']}-{row['end']}")
    return 0


def cmd_tie_remove(args) -> int:
    with open_project(args.project) as project:
        project.network.delete_tie(args.tie_id)
    print(f"Removed tie {args.tie_id}")
    return 0


def cmd_actor_add(args) -> int:
    with open_project(args.project) as project:
        group = project.participants.resolve_group(args.group) if args.group else None
        project.network.add_actor(args.name, sector=args.sector, group_id=group,
                                  administrative=args.administrative)
    print(f"Added actor {args.name}")
    return 0


def cmd_actor_list(args) -> int:
    with open_project(args.project, readonly=True) as project:
        groups = {g.id: g.name for g in project.participants.groups()}
        rows = [{"id": a.id, "name": a.name, "sector": a.sector,
                 "group": groups.get(a.group_id, ""), "administrative": bool(a.administrative)}
                for a in project.network.actors()]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']}\t{row['name']}\t{row['sector']}\t{row['group']}")
    return 0


def cmd_actor_remove(args) -> int:
    with open_project(args.project) as project:
        actor = project.network.resolve_actor(args.actor)
        project.network.delete_actor(actor.id, with_ties=args.with_ties)
    print(f"Removed actor {actor.name}")
    return 0

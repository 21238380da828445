"""Project-level commands: new, demo, info, check."""

from __future__ import annotations

from pathlib import Path

from cli.output import open_project, print_json, session_coder
from storage import Project, config
from storage.frameworks import available_frameworks


def register(sub) -> None:
    new = sub.add_parser("new", help="create a new project file")
    new.add_argument("project")
    new.add_argument("--title", default="")
    new.add_argument("--framework", action="append", default=[], metavar="ID",
                     help=f"framework codebook to start with: {', '.join(available_frameworks())}")
    new.add_argument("--deseve-variant", choices=["v9", "v8", "v7"], default=None)
    new.add_argument("--from", dest="from_file", metavar="FILE.qdpx",
                     help="start from a REFI-QDA project exported by another tool")
    new.add_argument("--allow-outside-files", action="store_true",
                     help="with --from: let the file read source texts from outside its "
                          "archive (relative:// or absolute:// paths); refused otherwise")
    new.set_defaults(run=cmd_new)

    demo = sub.add_parser("demo", help="write the bundled demo study to PROJECT")
    demo.add_argument("project")
    demo.set_defaults(run=cmd_demo)

    info = sub.add_parser("info", help="counts and schema version of a project")
    info.add_argument("project")
    info.add_argument("--json", action="store_true")
    info.set_defaults(run=cmd_info)

    check = sub.add_parser("check", help="integrity and consistency check")
    check.add_argument("project")
    check.set_defaults(run=cmd_check)


def cmd_new(args) -> int:
    from storage.errors import ValidationError

    for framework in args.framework:
        if framework not in available_frameworks():
            raise ValidationError(f"Unknown framework '{framework}'; use one of "
                                  f"{', '.join(available_frameworks())}.")
    if args.from_file:
        from importers.refi import new_project_from_refi

        project, summary = new_project_from_refi(
            Path(args.project), Path(args.from_file), title=args.title,
            label_language=config.report_language(), coder=session_coder(),
            allow_outside_files=args.allow_outside_files)
        project.close()
        print(summary.describe())
        return 0
    Project.create(Path(args.project), title=args.title, frameworks=args.framework,
                   deseve_variant=args.deseve_variant, coder=session_coder()).close()
    print(f"Created {args.project}")
    return 0


def cmd_demo(args) -> int:
    from importers.demo import write_demo

    write_demo(Path(args.project)).close()
    print(f"Wrote the demo study to {args.project}")
    return 0


def project_info(project: Project) -> dict:
    return {
        "schema_version": project.schema_version,
        "title": project.study.get().title,
        "frameworks": project.study.frameworks(),
        "sources": project.sources.count(),
        "participants": len(project.participants.list()),
        "codes": project.codes.count(),
        "segments": project.segments.count(),
        "memos": project.memos.count(),
        "sources_by_kind": project.sources.counts_by_kind(),
        "media": sum(project.media.counts().values()),
        "media_by_role": project.media.counts(),
        "page_aware_sources": project.pages.page_aware_count(),
        "image_regions": project.images.count_regions(),
    }


def cmd_info(args) -> int:
    with open_project(args.project, readonly=True) as project:
        info = project_info(project)
    if args.json:
        print_json(info)
    else:
        for key, value in info.items():
            print(f"{key}: {value}")
    return 0


def cmd_check(args) -> int:
    """Integrity, schema, a read of every row, then the references between records."""
    from storage.consistency import consistency_problems
    from storage.fullcheck import damaged_error

    with open_project(args.project, readonly=True) as project:
        damage = project.integrity_problems() + project.damage_problems()
        problems = damage + consistency_problems(project)
    if not problems:
        print(f"{args.project}: no problems found")
        return 0
    if damage:
        print(damaged_error(Path(args.project), damage[0]))
    else:
        print(f"{args.project}: {len(problems)} problem(s)")
    for problem in problems:
        print(f"- {problem}")
    return 1

"""`handout`, `merge` and `agreement`: coding by a team of coders.

- `handout PROJECT --coder NAME --output COPY.telaah [--sources ID...]
  [--without-codings] [--pseudonymize]`: a copy for one coder (`storage.handout`).
- `merge PROJECT COPY... [--dry-run] [--json] [--take ID=ours|theirs ...]
  [--prefer ours|theirs]`: coders' copies (Telaah or REFI-QDA) back into the project
  in one undoable step (`storage.merge`): what is new, and the codings and memos the
  coder changed or deleted in the copy; conflicts are listed and need a choice.
- `agreement PROJECT --coders A B [C...] [--unit char|segment] [--overlap 0.9]
  [--code ID ...] [--json]`: inter-coder agreement (`analysis.agreement`), each table
  printed with its unit and rule.
"""

from __future__ import annotations

from analysis.agreement import agreement
from cli.output import open_project, print_json


def register(sub) -> None:
    hand = sub.add_parser("handout", help="prepare a copy of the project for a coder")
    hand.add_argument("project")
    hand.add_argument("--coder", required=True, metavar="NAME", help="the coder it is for")
    hand.add_argument("--output", required=True, metavar="COPY.telaah")
    hand.add_argument("--sources", nargs="+", metavar="ID",
                      help="only these sources (ids or exact titles); default: all")
    hand.add_argument("--without-codings", action="store_true",
                      help="leave out existing codings, verdicts and summaries (blind coding)")
    hand.add_argument("--pseudonymize", action="store_true",
                      help="replace participants' names by their codes in the copy")
    hand.set_defaults(run=cmd_handout)

    mrg = sub.add_parser("merge", help="merge coders' copies back into the project")
    mrg.add_argument("project")
    mrg.add_argument("copies", nargs="+", metavar="COPY")
    mrg.add_argument("--dry-run", action="store_true", help="print what would change")
    mrg.add_argument("--json", action="store_true")
    mrg.add_argument("--take", action="append", default=[], metavar="ID=ours|theirs",
                     help="resolve one conflict (ids as listed by --dry-run)")
    mrg.add_argument("--prefer", choices=["ours", "theirs"],
                     help="resolve every conflict not named by --take this way")
    mrg.set_defaults(run=cmd_merge)

    agr = sub.add_parser("agreement", help="inter-coder agreement per code and overall")
    agr.add_argument("project")
    agr.add_argument("--coders", nargs="+", required=True, metavar="NAME")
    agr.add_argument("--unit", choices=["char", "segment"], default="char")
    agr.add_argument("--overlap", type=float, default=0.9,
                     help="segment unit: least intersection over union (default 0.9)")
    agr.add_argument("--code", nargs="+", default=None, metavar="ID",
                     help="only these codes (node ids, ids or labels)")
    agr.add_argument("--json", action="store_true")
    agr.set_defaults(run=cmd_agreement)


def cmd_handout(args) -> int:
    from storage.handout import prepare_copy

    rewrite = None
    if args.pseudonymize:
        from exporters.privacy.handout import pseudonymize_copy

        rewrite = pseudonymize_copy
    with open_project(args.project) as project:
        source_ids = None
        if args.sources:
            source_ids = [int(s) if s.isdigit() else project.sources.by_title(s).id
                          for s in args.sources]
        result = prepare_copy(project, args.output, coder=args.coder,
                              source_ids=source_ids, without_codings=args.without_codings,
                              rewrite=rewrite)
    print(f"Wrote {result.path} for {result.coder}: {result.sources} source(s), "
          f"{result.segments} segment(s).")
    return 0


def cmd_merge(args) -> int:
    from importers.coder_copies import open_copies
    from storage.merge import merge, parse_choices

    choices = parse_choices(args.take)
    with open_project(args.project) as project, open_copies(project, args.copies) as copies:
        result = merge(project, copies.copies, choices=choices, prefer=args.prefer,
                       dry_run=args.dry_run)
    if args.json:
        print_json(result.as_json())
        return 0
    _print_merge(result)
    return 0


def _print_merge(result) -> None:
    verb = "Would merge" if result.dry_run else ("Merged" if result.changed else "Nothing new in")
    for entry in result.as_json()["copies"]:
        counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in entry.items()
                           if k not in ("copy", "coder", "copy_id", "edits") and v)
        print(f"{verb} {entry['copy']} ({entry['coder'] or 'no coder'}): {counts or 'nothing'}")
        for edit in entry["edits"]:
            change = f" -> {edit['to']}" if edit["action"] == "change" else ""
            print(f"  {edit['action']} {edit['kind']} {edit['what']}{change}")
    for conflict in result.conflicts:
        print(f"conflict {conflict.id}: {conflict.what}: ours {conflict.ours!r}, "
              f"theirs {conflict.theirs!r} -> {conflict.choice or 'choose with --take'}")


def cmd_agreement(args) -> int:
    with open_project(args.project, readonly=True) as project:
        code_ids = [project.codes.resolve(key).id for key in args.code] if args.code else None
        report = agreement(project, args.coders, unit=args.unit, overlap=args.overlap,
                           code_ids=code_ids)
    if args.json:
        print_json(report.as_json())
        return 0
    print_report(report)
    return 0


def _figure(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def print_report(report) -> None:
    from cli.commands.analysis import print_table

    unit, rule = report.rule()
    print(f"# {len(report.coders)} coders on {report.sources} shared source(s), "
          f"{report.characters} characters")
    for table in report.pairs:
        print(f"\n## {table.coders[0]} - {table.coders[1]}; unit: {unit}; rule: {rule}")
        rows = [*table.codes, table.overall]
        counts = list(table.overall.counts)
        print_table(["code", *counts, "percent", "kappa"],
                    [[r.code, *(str(r.counts[c]) for c in counts),
                      "-" if r.percent is None else f"{r.percent:.1%}", _figure(r.kappa)]
                     for r in rows])
    unit, rule = report.rule("alpha")
    print(f"\n## Krippendorff's alpha; unit: {unit}; rule: {rule}")
    print_table(["code", "alpha"],
                [*([a.code, _figure(a.alpha)] for a in report.alpha_codes),
                 *([f"{a.code} (dimension)", _figure(a.alpha)] for a in report.alpha_dimensions),
                 ["overall", _figure(report.alpha_overall)]])

"""Interview guide commands: `guide new`, `guide list`, `guide export`, `guide coverage`.

`guide new` drafts a guide from the question bank for the chosen frameworks,
indicators and groups (`importers.guide_draft`); `guide list --json` prints every guide
with its questions (`id`, `text_id`, `text_en`, `probes`, `indicators` as framework node
ids, `groups`); `guide export` prints one to Word (`exporters.forms.guide`);
`guide coverage` gives, per indicator, the groups asked and the guide-coded answers per
group (`analysis.guide_coverage`).
"""

from __future__ import annotations

from cli.output import add_privacy_arguments, open_project, print_json, pseudonymized
from exporters.formats import FORMATS


def register(sub) -> None:
    guide = sub.add_parser("guide", help="draft, list or print interview guides")
    actions = guide.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True

    new = actions.add_parser("new", help="draft a guide from the indicators")
    new.add_argument("project")
    new.add_argument("name")
    new.add_argument("--framework", action="append", default=[], metavar="ID",
                     help="framework id (ag2008, deseve2007, enb2012); repeatable")
    new.add_argument("--indicator", action="append", default=[], metavar="ID",
                     help="indicator node id such as ag2008.process.trust_building; "
                          "repeatable")
    new.add_argument("--group", action="append", default=[], metavar="NAME",
                     help="stakeholder group to ask; repeatable (default: every group)")
    new.add_argument("--lang", choices=["id", "en"], default="id",
                     help="language of the summary printed")
    new.set_defaults(run=cmd_new)

    listing = actions.add_parser("list", help="list guides and their questions")
    listing.add_argument("project")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_list)

    export = actions.add_parser("export", help="print a guide to Word (.docx)")
    export.add_argument("project")
    export.add_argument("name")
    export.add_argument("--output", required=True, metavar="FILE.docx")
    export.add_argument("--lang", choices=["id", "en"], default="id")
    export.add_argument("--group", default=None, metavar="NAME",
                        help="print the questions and wording for this group")
    add_privacy_arguments(export)
    export.set_defaults(run=cmd_export)

    coverage = actions.add_parser("coverage", help="which indicators a guide asks each "
                                  "group about, and which have answers")
    coverage.add_argument("project")
    coverage.add_argument("name")
    coverage.add_argument("--json", action="store_true")
    coverage.set_defaults(run=cmd_coverage)


def cmd_new(args) -> int:
    from importers.guide_draft import generate_guide

    with open_project(args.project) as project:
        guide_id = generate_guide(project, args.name, args.framework, args.indicator,
                                  args.group)
        guide = project.guides.get(guide_id)
    first = guide.questions[1] if len(guide.questions) > 1 else guide.questions[0]
    print(f"Created guide '{guide.name}' with {len(guide.questions)} questions")
    print(f"  e.g. {first.text(args.lang)}")
    return 0


def cmd_list(args) -> int:
    with open_project(args.project, readonly=True) as project:
        guides = project.guides.list()
    if args.json:
        print_json([guide_json(g) for g in guides])
    else:
        for guide in guides:
            print(f"{guide.name}\t{len(guide.questions)} questions")
    return 0


def guide_json(guide) -> dict:
    return {"name": guide.name, "questions": [
        {"id": q.id, "section": q.section, "text_id": q.text_id, "text_en": q.text_en,
         "probes": q.probes, "indicators": q.indicators, "groups": q.groups,
         "variants": q.variants} for q in guide.questions]}


def cmd_export(args) -> int:
    with open_project(args.project, readonly=True) as project:
        guide = project.guides.by_name(args.name)
        path = FORMATS["guide"].write(project, guide.id, args.output, args.lang, args.group,
                                      pseudonymize=pseudonymized(project, args))
    print(f"Wrote {path}")
    return 0


def cmd_coverage(args) -> int:
    from analysis.guide_coverage import guide_coverage

    with open_project(args.project, readonly=True) as project:
        coverage = guide_coverage(project, project.guides.by_name(args.name).id)
    rows = [{"indicator": r.node_id, "label_en": r.label_en, "label_id": r.label_id,
             "asked": r.asked, "missing": [g for g in coverage.groups if g not in r.asked],
             "answered": r.answered} for r in coverage.rows]
    if args.json:
        print_json({"name": coverage.guide, "groups": coverage.groups, "indicators": rows})
    else:
        for row in rows:
            asked = ", ".join(row["asked"]) or "-"
            print(f"{row['indicator']}\tasked of: {asked}")
    return 0

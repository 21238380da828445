"""`matrix`, `triangulation` and `board`: the evaluation figures on the command line.

All three print what `analysis` computes for the app, read-only. Rows are codes keyed
by their framework node id, custom codes by their numeric id (`analysis.code_key`).
By default every code of the frameworks in use and every custom code is a row, also
without evidence, and sub-codes count for their parents (`--level all`); `--level`
switches to `indicators`, `dimensions` or `direct` (own coding only). Matrix columns
are every group, technique, participant or source (also empty ones), keyed by group
name, technique, participant code or source title; segments without a participant are
left out of the group and participant matrices. `--cols code` gives code
co-occurrence (overlapping segments; null for a code against itself or its own
ancestors). An indicator without evidence has no flags and is not triangulated.
`triangulation` also gives, under `kinds`, a result per triangulation kind the study
chose (source, technique, time, investigator; `analysis.triangulation_kinds`).
"""

from __future__ import annotations

from analysis import Evidence, board, cooccurrence, crosstab, load_rule, load_triangulation
from analysis.evidence import DIMENSIONS, LEVELS
from cli.output import open_project, print_json

LEVEL_NAMES = {"indicators": "indicators (sub-indicators rolled up)",
               "dimensions": "dimensions (everything below rolled up)",
               "all": "all levels (each code with its sub-codes)",
               "direct": "all levels (own coding only)"}
LEVEL_HELP = ("indicators | dimensions: those rows, everything below rolled up; all: every "
              "code with everything below it (default); direct: every code, own coding only")


def register(sub) -> None:
    matrix = sub.add_parser("matrix", help="codes crossed with groups, techniques, "
                            "participants, sources or other codes")
    matrix.add_argument("project")
    matrix.add_argument("--rows", choices=["indicator"], default="indicator")
    matrix.add_argument("--cols", choices=[*DIMENSIONS, "code"], required=True)
    matrix.add_argument("--level", choices=LEVELS, default="all", help=LEVEL_HELP)
    matrix.add_argument("--json", action="store_true")
    matrix.set_defaults(run=cmd_matrix)

    tri = sub.add_parser("triangulation", help="evidence per indicator by technique, "
                         "group and time, with flags")
    tri.add_argument("project")
    tri.add_argument("--level", choices=LEVELS, default="all", help=LEVEL_HELP)
    tri.add_argument("--json", action="store_true")
    tri.set_defaults(run=cmd_triangulation)

    brd = sub.add_parser("board", help="indicator board: evidence counts, verdicts, "
                         "conclusions")
    brd.add_argument("project")
    brd.add_argument("--level", choices=LEVELS, default="all", help=LEVEL_HELP)
    brd.add_argument("--lang", choices=["id", "en"], default="id", help="label language")
    brd.add_argument("--json", action="store_true")
    brd.set_defaults(run=cmd_board)


def cmd_matrix(args) -> int:
    with open_project(args.project, readonly=True) as project:
        evidence = Evidence.load(project)
    if args.cols == "code":
        matrix = cooccurrence(evidence, args.level)
    else:
        matrix = crosstab(evidence, args.cols, args.level)
    data = matrix.to_json(evidence)
    if args.json:
        print_json(data)
        return 0
    header = ["code", *data["cols"]]
    body = [[row, *("-" if v is None else str(v) for v in data["cells"][row].values())]
            for row in data["rows"]]
    print(f"# {LEVEL_NAMES[args.level]}; columns: {args.cols}")
    print_table(header, body)
    return 0


def cmd_triangulation(args) -> int:
    with open_project(args.project, readonly=True) as project:
        evidence = Evidence.load(project)
        rule = load_rule(project)
        rows = load_triangulation(project, evidence, args.level)
    if args.json:
        print_json({row.key: row.to_json() for row in rows})
        return 0
    kinds = list(rows[0].kinds) if rows else []
    header = ["code", "seg", "+", "-", "techniques", "groups", "first", "last", "flags",
              "triangulated", *kinds]
    body = []
    for row in rows:
        data = row.to_json()
        body.append([row.key, str(data["segments"]), str(data["supporting"]),
                     str(data["contradicting"]), ", ".join(data["techniques"]),
                     str(len(data["groups"])), data["first_date"] or "",
                     data["last_date"] or "", ", ".join(data["flags"]),
                     "yes" if data["triangulated"] else "no",
                     *("yes" if row.kinds[k].met else "no" for k in kinds)])
    print(f"# {LEVEL_NAMES[args.level]}; triangulated = at least {rule.min_techniques} "
          f"technique(s), {rule.min_groups} group(s), {rule.min_dates} date(s)")
    print_table(header, body)
    return 0


def cmd_board(args) -> int:
    with open_project(args.project, readonly=True) as project:
        evidence = Evidence.load(project)
        rows = board(evidence, project.evaluation.judgements(),
                     project.evaluation.all_key_quotes(), args.level)
    if args.json:
        print_json({row.key: row.to_json(evidence) for row in rows})
        return 0
    header = ["indicator", "seg", "+", "-", "src", "part", "grp", "tech", "first", "last",
              "verdict"]
    body = []
    for row in rows:
        counts = row.counts()
        label = "  " * row.depth + evidence.label(row.code_id, args.lang)
        body.append([_clip(label, 48), *(str(counts[k]) for k in (
            "segments", "supporting", "contradicting", "sources", "participants", "groups",
            "techniques")), row.first_date or "", row.last_date or "", row.verdict or ""])
    print(f"# {LEVEL_NAMES[args.level]}")
    print_table(header, body)
    return 0


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def print_table(header: list[str], body: list[list[str]]) -> None:
    """Columns padded to their widest cell; the first column left-aligned."""
    widths = [max(len(str(r[i])) for r in [header, *body]) for i in range(len(header))]
    for row in [header, *body]:
        cells = [str(c).ljust(w) if i == 0 or not str(c).isdigit() else str(c).rjust(w)
                 for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        print("  ".join(cells).rstrip())

"""The workbook's sheets other than Segments, as column specs plus rows of real values.

Each function returns a `Sheet`: its Excel table name, sheet title, columns (header,
width, wrapped or not) and rows whose numbers are ints and dates `datetime.date`, so
Excel can sort, filter and sum them. Indicator rows follow the findings (same
filters, same order) and every count is read from the analysis results in
`ctx.figures`. Table names are fixed English identifiers so formulas and scripts work
whatever the report language; sheet titles, headers and values (technique, consent,
primary/secondary data, level, valence) follow the report language. The Memos sheet
holds every memo (study, source, participant, code, segment) and each source's note.
"""

from __future__ import annotations

from dataclasses import dataclass

from exporters.excel.worksheet import ColumnSpec as C
from exporters.excel.worksheet import cell_text
from exporters.report.data import Context, FrameworkSection
from exporters.report.labels import parse_date
from exporters.report.tables import summary_grid_entries


@dataclass
class Sheet:
    key: str
    title: str
    columns: list[C]
    rows: list[list]


def scrub(sheet: Sheet, pseudo) -> None:
    """Pass every text of the sheet through `pseudo` again (a safety net for values not
    pseudonymised when gathered, such as a stakeholder group named after a person)."""
    for column in sheet.columns:
        column.header = pseudo(column.header)
    for row in sheet.rows:
        for index, value in enumerate(row):
            if isinstance(value, str):
                row[index] = pseudo(value)


def segments_columns(ctx: Context) -> list[C]:
    L = ctx.labels
    return [C(L["segment_id"], 10), C(L["indicator_id"], 30), C(L["code_path"], 40),
            C(L["label"], 30), C(L["framework"], 12), C(L["valence"], 13),
            C(L["text"], 70, wrap=True), C(L["source"], 30), C(L["technique"], 13),
            C(L["participant"], 11), C(L["group"], 24), C(L["date"], 12),
            C(L["coder"], 16), C(L["memo"], 40, wrap=True)]


def sheets(ctx: Context, findings: list[FrameworkSection]) -> list[Sheet]:
    return [codebook(ctx), sources(ctx), participants(ctx), indicators(ctx, findings),
            group_matrix(ctx, findings), technique_matrix(ctx, findings),
            summary_grid(ctx, findings), cooccurrence(ctx), memos(ctx)]


def _indicator_rows(findings):
    for section in findings:
        for dimension in section.dimensions:
            for indicator in dimension.indicators:
                yield section, dimension, indicator


def codebook(ctx: Context) -> Sheet:
    L = ctx.labels
    rows = []
    for code in ctx.codes:
        if not ctx.included(code):
            continue
        parent = ctx.tree.code(ctx.tree.parent(code.id))
        rows.append([code.key, ctx.framework_of(code) or "", L.level(code.level),
                     parent.key if parent else None, ctx.code_path(code), ctx.label(code),
                     cell_text(ctx.definition(code))])
    columns = [C(L["code"], 34), C(L["framework"], 12), C(L["level"], 13), C(L["parent"], 30),
               C(L["code_path"], 45), C(L["label"], 35), C(L["definition"], 70, wrap=True)]
    return Sheet("Codebook", L["sheet_Codebook"], columns, rows)


def sources(ctx: Context) -> Sheet:
    L = ctx.labels
    people = {p.id: p for p in ctx.participants}
    rows = []
    for source in ctx.sources:
        linked = [people[i] for i in source.participant_ids if i in people]
        groups = sorted({ctx.group(p.group) for p in linked if p.group})
        rows.append([ctx.pseudo(source.title), L.technique(source.kind), L[source.data_type],
                     parse_date(source.date), ctx.pseudo(source.place) or None,
                     ", ".join(p.code for p in linked) or None, ", ".join(groups) or None,
                     source.length, cell_text(ctx.pseudo(source.memo))])
    columns = [C(L["title"], 45), C(L["technique"], 13), C(L["data_type"], 12),
               C(L["date"], 12), C(L["place"], 35), C(L["participants_n"].capitalize(), 20),
               C(L["group"], 30), C(L["length"], 12), C(L["memo"], 60, wrap=True)]
    return Sheet("Sources", L["sheet_Sources"], columns, rows)


def participants(ctx: Context) -> Sheet:
    L = ctx.labels
    real = ctx.options.show_real_names
    rows = []
    for person in ctx.participants:
        if ctx.groups and person.group not in ctx.groups:
            continue
        row = [person.code, ctx.group(person.group) or None, ctx.pseudo(person.role) or None,
               L[f"consent_{person.consent_status}"], parse_date(person.consent_date)]
        if real:
            row[1:1] = [person.name or None, "; ".join(person.alias_list) or None,
                        person.organisation or None]
        rows.append(row)
    columns = [C(L["code"], 10), C(L["group"], 28), C(L["role"], 50, wrap=True),
               C(L["consent"], 13), C(f"{L['consent']} ({L['date'].lower()})", 14)]
    if real:
        columns[1:1] = [C(L["name"], 28), C("Alias", 24), C(L["organisation"], 35)]
    return Sheet("Participants", L["sheet_Participants"], columns, rows)


def indicators(ctx: Context, findings) -> Sheet:
    L, figures = ctx.labels, ctx.figures
    rows = []
    for section, dimension, item in _indicator_rows(findings):
        stats = item.row.stats
        rows.append([item.key, section.label, dimension.label or None, item.label,
                     item.verdict or None, cell_text(item.conclusion), stats.segments,
                     stats.supporting, stats.contradicting, len(stats.sources),
                     len(stats.participants), len(stats.group_ids), len(stats.techniques),
                     len(stats.dates), parse_date(stats.first_date),
                     parse_date(stats.last_date), L[figures.status(item.code_id)],
                     ", ".join(item.flags) or None])
    columns = [C(L["code"], 34), C(L["framework"], 22), C(L["dimension"], 24),
               C(L["indicator"], 36), C(L["verdict"], 14), C(L["conclusion"], 60, wrap=True),
               C(L["segments"].capitalize(), 10), C(L["supports"].capitalize(), 11),
               C(L["contradicts"].capitalize(), 12), C(L["sources_n"].capitalize(), 10),
               C(L["participants_n"].capitalize(), 11), C(L["groups_n"].capitalize(), 10),
               C(L["techniques_n"].capitalize(), 10), C(L["dates_n"].capitalize(), 10),
               C(L["first_date"], 12), C(L["last_date"], 12), C(L["triangulation"], 18),
               C(L["flags"], 40, wrap=True)]
    return Sheet("Indicators", L["sheet_Indicators"], columns, rows)


def group_matrix(ctx: Context, findings) -> Sheet:
    L, figures = ctx.labels, ctx.figures
    matrix = figures.by_group
    cols = [c for c in matrix.cols if not ctx.groups or c.label in ctx.groups]
    rows = []
    for section, _dimension, item in _indicator_rows(findings):
        rows.append([item.key, section.label, item.label,
                     *(matrix.count(item.code_id, c.value) or 0 for c in cols),
                     matrix.unassigned(item.code_id), figures.board[item.code_id].segments])
    columns = [C(L["code"], 34), C(L["framework"], 22), C(L["indicator"], 40),
               *(C(ctx.group(c.label), 14) for c in cols), C(L["no_group"], 14),
               C(L["total"], 10)]
    return Sheet("MatrixByGroup", L["sheet_MatrixByGroup"], columns, rows)


def technique_matrix(ctx: Context, findings) -> Sheet:
    L, figures = ctx.labels, ctx.figures
    matrix = figures.by_technique
    techniques = [c.key for c in matrix.cols]  # survey only when the study has one
    rows = [[item.key, section.label, item.label,
             *(matrix.count(item.code_id, kind) or 0 for kind in techniques),
             figures.board[item.code_id].segments]
            for section, _dimension, item in _indicator_rows(findings)]
    columns = [C(L["code"], 34), C(L["framework"], 22), C(L["indicator"], 40),
               *(C(L.technique(kind), 13) for kind in techniques), C(L["total"], 10)]
    return Sheet("MatrixByTechnique", L["sheet_MatrixByTechnique"], columns, rows)


def summary_grid(ctx: Context, findings) -> Sheet:
    """Rows (groups, then participants) x indicators, each cell the written summary."""
    L = ctx.labels
    items = [item for _s, _d, item in _indicator_rows(findings)]
    position = {item.code_id: index for index, item in enumerate(items)}
    rows: dict[tuple[str, str], list] = {}
    for row_kind, kind_label in (("group", L["group"]), ("participant", L["participant"])):
        for label, code_id, text in summary_grid_entries(ctx, row_kind):
            row = rows.setdefault((row_kind, label), [kind_label, label or None, None,
                                                      *[None] * len(items)])
            if code_id == 0:
                row[2] = cell_text(text)
            elif code_id in position:
                row[3 + position[code_id]] = cell_text(text)
    columns = [C(L["row_kind"], 14), C(L["row"], 26), C(L["summary"], 50, wrap=True),
               *(C(item.label, 40, wrap=True) for item in items)]
    return Sheet("SummaryGrid", L["sheet_SummaryGrid"], columns, list(rows.values()))


def cooccurrence(ctx: Context) -> Sheet:
    L = ctx.labels
    matrix = ctx.figures.cooccurrence()
    rows = []
    for index, a in enumerate(matrix.rows):
        code_a = ctx.code_by_id[a]
        if not ctx.included(code_a):
            continue
        for b in matrix.rows[index + 1:]:
            count = matrix.count(a, b)
            code_b = ctx.code_by_id[b]
            if count and ctx.included(code_b):
                rows.append([code_a.key, ctx.label(code_a), code_b.key, ctx.label(code_b),
                             count])
    columns = [C(L["code_a"], 34), C(L["label"], 36), C(L["code_b"], 34),
               C(f"{L['label']} B", 36), C(L["overlaps"], 12)]
    return Sheet("CoOccurrence", L["sheet_CoOccurrence"], columns, rows)


def memos(ctx: Context) -> Sheet:
    """Every memo with what it is about, and each source's own note."""
    L = ctx.labels
    sources = {s.id: s for s in ctx.sources}
    people = {p.id: p.code for p in ctx.participants}
    codes = {c.id: c for c in ctx.codes}
    rows = []
    for memo in ctx.project.memos.list():
        about = _memo_target(ctx, memo, sources, people, codes)
        if about is None:
            continue
        rows.append([L[f"memo_{memo.target_type}"], about, ctx.pseudo(memo.title) or None,
                     cell_text(ctx.pseudo(memo.body)), ctx.pseudo(memo.author) or None,
                     parse_date(memo.created)])
    for source in ctx.sources:
        if source.memo.strip():
            rows.append([L["source_note"], ctx.pseudo(source.title), None,
                         cell_text(ctx.pseudo(source.memo)), None, None])
    columns = [C(L["memo_kind"], 16), C(L["target"], 36, wrap=True), C(L["title"], 30),
               C(L["memo"], 80, wrap=True), C(L["author"], 16), C(L["date"], 12)]
    return Sheet("Memos", L["sheet_Memos"], columns, rows)


def _memo_target(ctx: Context, memo, sources, people, codes) -> str | None:
    """What a memo is about, as the reader knows it; None when out of the export."""
    kind, target = memo.target_type, memo.target_id
    if kind == "study":
        return ctx.labels["study"]
    if kind == "source":
        return ctx.pseudo(sources[target].title) if target in sources else None
    if kind == "participant":
        return people.get(target)
    if kind == "code":
        code = codes.get(target)
        return ctx.label(code) if code is not None and ctx.included(code) else None
    return f"{ctx.labels['segment_id']} {target}"

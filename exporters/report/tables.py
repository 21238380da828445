"""The report's summary tables and the codebook appendix, as `TableData`.

Each framework's findings open with its verdict table (indicator, verdict, short
conclusion, evidence count; a heading row per dimension). Then triangulation per
indicator (a column per triangulation kind the study chose), indicator x stakeholder
group, indicator x technique and the summary grid (only when summaries were written),
each row an indicator of the findings (same order, same filters),
with a framework's name as a heading row when several frameworks are reported. Every
count is read from the analysis results held by `ctx.figures` (board, triangulation,
crosstab, summary grid). The codebook lists the exported codes in tree order with
their level and definition.
"""

from __future__ import annotations

from exporters.report.data import Context, FrameworkSection, TableData


def verdict_table(ctx: Context, section: FrameworkSection) -> TableData:
    """Indicator | verdict | short conclusion | evidence, grouped by dimension."""
    labels = ctx.labels
    header = [labels["indicator"], labels["verdict"], labels["short_conclusion"],
              labels["evidence_n"]]
    rows, indents = [], []
    for dimension in section.dimensions:
        if dimension.label:
            rows.append([dimension.label, None, None, None])
            indents.append(0)
        for item in dimension.indicators:
            rows.append([item.label, item.verdict or labels["no_verdict"],
                         short_conclusion(item.conclusion), item.row.segments])
            indents.append(1 if dimension.label else 0)
    return TableData("verdicts", labels["verdict_table"].format(framework=section.label),
                     header, rows, widths=[4, 2, 9, 0], wrap={2},
                     indents=indents if any(indents) else [])


def short_conclusion(text: str, limit: int = 220) -> str:
    """The first sentence of a conclusion (cut at a word, marked "…", past `limit`)."""
    text = " ".join((text or "").split())
    end = next((i + 1 for i, ch in enumerate(text) if ch in ".!?" and (
        i + 1 == len(text) or text[i + 1] == " ")), len(text))
    first = text[:end]
    if len(first) > limit:
        first = first[:limit].rsplit(" ", 1)[0] + "\u2026"
    return first


def summary_tables(ctx: Context, findings: list[FrameworkSection]) -> list[TableData]:
    return [triangulation_table(ctx, findings), group_matrix(ctx, findings),
            technique_matrix(ctx, findings), *summary_grids(ctx)]


def _framework_rows(findings: list[FrameworkSection], width: int):
    """Yield (indicator or None, heading row or None) in report order."""
    several = len(findings) > 1
    for section in findings:
        if several:
            yield None, [section.label] + [None] * (width - 1)
        for indicator in section.indicators:
            yield indicator, None


def _rows(findings, width: int, make) -> tuple[list[list], list[int]]:
    rows, indents = [], []
    for indicator, heading in _framework_rows(findings, width):
        rows.append(heading if heading is not None else make(indicator))
        indents.append(0 if heading is not None else 1)
    if not any(indents):
        indents = []
    return rows, indents


def triangulation_table(ctx: Context, findings) -> TableData:
    labels, figures = ctx.labels, ctx.figures
    kinds = figures.kinds
    header = [labels["indicator"], labels["segments"].capitalize(),
              labels["contradicts"].capitalize(), labels["sources_n"].capitalize(),
              labels["groups_n"].capitalize(), labels["technique"], labels["period"],
              *(labels[f"kind_{k}"].capitalize() for k in kinds), labels["flags"]]

    def make(indicator):
        tri = figures.triangulation[indicator.code_id]
        stats = tri.stats
        span = labels.date(stats.first_date)
        if stats.last_date and stats.last_date != stats.first_date:
            span += f" \u2013 {labels.date(stats.last_date)}"
        results = tri.kinds
        return [indicator.label, stats.segments, stats.contradicting, len(stats.sources),
                len(stats.group_ids), ", ".join(labels.technique(t) for t in stats.techniques),
                span, *(labels["met" if results[k].met else "not_met"] for k in kinds),
                ", ".join(indicator.flags)]

    rows, indents = _rows(findings, len(header), make)
    return TableData("triangulation", labels["triangulation_table"], header, rows,
                     widths=[6, 0, 0, 0, 0, 2, 3, *[1] * len(kinds), 3], indents=indents)


def group_matrix(ctx: Context, findings) -> TableData:
    labels, figures = ctx.labels, ctx.figures
    matrix = figures.by_group
    columns = [c for c in matrix.cols if not ctx.groups or c.label in ctx.groups]
    unassigned = any(matrix.unassigned(r) for r in matrix.rows)
    header = [labels["indicator"], *(ctx.group(c.label) for c in columns)]
    if unassigned:
        header.append(labels["no_group"])
    header.append(labels["total"])

    def make(indicator):
        code_id = indicator.code_id
        values = [matrix.count(code_id, c.value) or 0 for c in columns]
        if unassigned:
            values.append(matrix.unassigned(code_id))
        return [indicator.label, *values, figures.board[code_id].segments]

    rows, indents = _rows(findings, len(header), make)
    return TableData("matrix_group", labels["matrix_group"], header, rows,
                     widths=[6, *[0.3] * (len(header) - 1)], indents=indents)


def technique_matrix(ctx: Context, findings) -> TableData:
    labels, figures = ctx.labels, ctx.figures
    matrix = figures.by_technique
    techniques = [c.key for c in matrix.cols]  # survey only when the study has one
    header = [labels["indicator"], *(labels.technique(k).capitalize() for k in techniques),
              labels["total"]]

    def make(indicator):
        code_id = indicator.code_id
        return [indicator.label, *(matrix.count(code_id, k) or 0 for k in techniques),
                figures.board[code_id].segments]

    rows, indents = _rows(findings, len(header), make)
    return TableData("matrix_technique", labels["matrix_technique"], header, rows,
                     widths=[6, *([1] * len(techniques)), 1], indents=indents)


def summary_grid_entries(ctx: Context, row_kind: str):
    """(row label, code id or 0, text) for every written summary of one grid, in order."""
    grid = ctx.figures.summary_grid(row_kind)
    included = [c for c in grid.code_ids if ctx.included(ctx.code_by_id[c])]
    rows = [r for r in grid.rows
            if row_kind != "group" or not ctx.groups or r.label in ctx.groups]
    for row in rows:
        if grid.summary(row.key, 0):
            yield row.label, 0, ctx.pseudo(grid.summary(row.key, 0))
        for code_id in included:
            text = grid.summary(row.key, code_id)
            if text:
                yield row.label, code_id, ctx.pseudo(text)
    for code_id in included:
        if grid.summary("", code_id):
            yield "", code_id, ctx.pseudo(grid.summary("", code_id))


def summary_grids(ctx: Context) -> list[TableData]:
    """The written summaries, one table per grid kind that has any."""
    labels = ctx.labels
    tables = []
    for row_kind, row_label in (("group", labels["group"]), ("participant",
                                                             labels["participant"])):
        rows = [[row or "\u2014", ctx.label(ctx.code_by_id[code_id]) if code_id else "\u2014",
                 text] for row, code_id, text in summary_grid_entries(ctx, row_kind)]
        if rows:
            tables.append(TableData(f"summary_{row_kind}",
                                    f"{labels['summary_grid']} ({row_label.lower()})",
                                    [row_label, labels["indicator"], labels["summary"]], rows,
                                    widths=[3, 4, 10], wrap={2}))
    return tables  # no summaries written: no section (the report has no empty parts)


def codebook(ctx: Context) -> TableData:
    labels = ctx.labels
    rows, indents = [], []
    for code in ctx.codes:
        if not ctx.included(code):
            continue
        rows.append([ctx.label(code), labels.level(code.level), ctx.definition(code)])
        indents.append(ctx.tree.depth(code.id))
    return TableData("codebook", labels["appendix"],
                     [labels["label"], labels["level"], labels["definition"]], rows,
                     widths=[4, 0, 9], wrap={2}, indents=indents)

"""The findings chapter: framework, then dimension, then indicator, with the evidence.

Indicators are the rows of the analysis board at the `indicators` level (framework
indicators with their sub-indicators rolled up, and the researcher's top-level codes),
grouped under their framework and dimension in codebook order; frameworks without
dimensions (DeSeve) have one unnamed group. Each indicator carries its definition,
verdict and conclusion, triangulation status and flags, counts, key quotes with
attributions, contradicting evidence apart, and the memos written on it or its
sub-codes. All text has been through the pseudonymiser.
"""

from __future__ import annotations

from exporters.report_data import (
    Context,
    DimensionSection,
    FrameworkSection,
    IndicatorSection,
    MemoEntry,
    Quote,
)
from exporters.report_media import quote_locator, region_figures
from storage.frameworks import UnknownFrameworkError, load_framework


def framework_title(ctx: Context, framework_id: str) -> str:
    """The short name of a framework in the report language ('Ansell & Gash (2008)')."""
    try:
        framework = load_framework(framework_id)
    except UnknownFrameworkError:
        return framework_id
    return (framework.short_label_id if ctx.options.language == "id"
            else framework.short_label_en) or framework_id


def _citation(framework_id: str) -> str:
    try:
        return load_framework(framework_id).citation
    except UnknownFrameworkError:
        return ""


def findings(ctx: Context, detail: bool = True) -> list[FrameworkSection]:
    """The indicator sections; without `detail`, no quotes and memos (for the workbook)."""
    sections: dict[str | None, FrameworkSection] = {}
    for framework_id in ctx.framework_ids:
        sections[framework_id] = FrameworkSection(
            framework_id, framework_title(ctx, framework_id), _citation(framework_id))
    custom = FrameworkSection("", ctx.labels["custom_codes"], "")
    memos = _code_memos(ctx) if detail else {}
    verdicts = {o.key: o.label(ctx.options.language)
                for o in ctx.project.evaluation.verdict_options()}
    for code_id in ctx.figures.rows():
        ctx.check()
        code = ctx.code_by_id[code_id]
        framework = ctx.framework_of(code)
        if framework is None:
            if ctx.options.frameworks:
                continue
            section = custom
        elif framework in sections:
            section = sections[framework]
        else:
            continue
        dimension = _dimension_of(ctx, code)
        _dimension_section(ctx, section, dimension).indicators.append(
            _indicator(ctx, code_id, verdicts, memos, detail))
    result = [s for s in sections.values() if s.indicators]
    if custom.indicators:
        result.append(custom)
    return result


def _dimension_of(ctx: Context, code):
    return next((ctx.tree.code(i) for i in ctx.tree.ancestors(code.id)
                 if ctx.tree.code(i).level == "dimension"), None)


def _dimension_section(ctx: Context, section: FrameworkSection, dimension
                       ) -> DimensionSection:
    label = ctx.label(dimension) if dimension is not None else ""
    for existing in section.dimensions:
        if existing.label == label:
            return existing
    created = DimensionSection(label, ctx.definition(dimension) if dimension else "")
    section.dimensions.append(created)
    return created


def _indicator(ctx: Context, code_id: int, verdicts: dict[str, str],
               memos: dict[int, list], detail: bool) -> IndicatorSection:
    figures = ctx.figures
    code = ctx.code_by_id[code_id]
    row = figures.board[code_id]
    labels = ctx.labels
    section = IndicatorSection(
        code_id=code_id, key=row.key, label=ctx.label(code), definition=ctx.definition(code),
        verdict=verdicts.get(row.verdict or "", row.verdict or ""),
        conclusion=ctx.pseudo(row.conclusion),
        triangulation=labels[figures.status(code_id)],
        flags=[labels[f] for f in figures.flags(code_id)], row=row)
    if detail:
        section.figures = region_figures(ctx, code_id)
    if detail and row.segments:
        shown, _total = figures.quotes(code_id, ctx.options.max_quotes)
        section.quotes = [_quote(ctx, d) for d in shown]
        against, _total = figures.quotes(code_id, ctx.options.max_contradicting, "contradicts")
        section.contradicting = [_quote(ctx, d) for d in against]
    for member in ctx.figures.evidence.descendants(code_id):
        section.memos.extend(_memo(ctx, m) for m in memos.get(member, []))
    return section


def _quote(ctx: Context, detail) -> Quote:
    text = " ".join(detail.text.split())
    return Quote(ctx.pseudo(text), ctx.attribution(
        detail.participant_code, detail.group, detail.technique, detail.date,
        detail.source_title) + quote_locator(ctx, detail))


def _code_memos(ctx: Context) -> dict[int, list]:
    found: dict[int, list] = {}
    for memo in ctx.project.memos.list("code"):
        found.setdefault(memo.target_id, []).append(memo)
    return found


def _memo(ctx: Context, memo) -> MemoEntry:
    return MemoEntry(ctx.pseudo(memo.title), ctx.pseudo(memo.body), ctx.pseudo(memo.author),
                     ctx.labels.date(memo.created))

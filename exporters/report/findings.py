"""The findings chapter: framework, then dimension, then indicator, with the evidence.

Indicators are the rows of the analysis board at the `indicators` level (framework
indicators with their sub-indicators rolled up, and the researcher's top-level codes),
grouped under their framework and dimension in codebook order; frameworks without
dimensions (DeSeve) have one unnamed group. Each indicator carries its definition,
verdict and conclusion, triangulation status and flags, counts, key quotes with
attributions, contradicting evidence apart, the memos written on it or its sub-codes,
a result per triangulation kind the study chose, and for source and technique
triangulation what each group said and each technique showed side by side (a short
quote each, cuts marked "(…)"). `covered` keeps the indicators studied (judged or with
evidence) unless the export asks for everything. All text has been through the
pseudonymiser.
"""

from __future__ import annotations

from analysis.triangulation_kinds import INCLUSIVENESS, sectors
from exporters.report.data import (
    Context,
    DimensionSection,
    FrameworkSection,
    IndicatorSection,
    MemoEntry,
    Quote,
    TableData,
)
from exporters.report.media import quote_locator, region_figures
from exporters.textutil import mark_cuts
from storage.frameworks import UnknownFrameworkError, load_framework

SHORT_QUOTE_WORDS = 30


def framework_title(ctx: Context, framework_id: str) -> str:
    """The short name of a framework in the report language ('Ansell & Gash (2008)')."""
    try:
        framework = load_framework(framework_id)
    except UnknownFrameworkError:
        return framework_id
    return (framework.short_label_id if ctx.options.language == "id"
            else framework.short_label_en) or framework_id


def covered(sections: list[FrameworkSection], everything: bool
            ) -> tuple[list[FrameworkSection], list[str]]:
    """The sections with only the studied indicators (all when `everything`), and the
    labels of the indicators left out; empty dimensions and frameworks are dropped."""
    if everything:
        return sections, []
    left_out: list[str] = []
    kept_sections = []
    for section in sections:
        for dimension in section.dimensions:
            left_out += [i.label for i in dimension.indicators if not i.studied]
            dimension.indicators = [i for i in dimension.indicators if i.studied]
        section.dimensions = [d for d in section.dimensions if d.indicators]
        if section.dimensions:
            kept_sections.append(section)
    return kept_sections, left_out


def findings(ctx: Context, detail: bool = True) -> list[FrameworkSection]:
    """The indicator sections; without `detail`, no quotes and memos (for the workbook)."""
    sections: dict[str | None, FrameworkSection] = {}
    for framework_id in ctx.framework_ids:
        sections[framework_id] = FrameworkSection(
            framework_id, framework_title(ctx, framework_id),
            ctx.citations.cite(framework_id) if detail else "")
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
        shown = [kind for kind in ("source", "technique") if kind in figures.kinds]
        section.side_by_side = [_side_by_side(ctx, code_id, shown)] if shown else []
    section.kinds = _kinds(ctx, code_id)
    if row.key == INCLUSIVENESS and row.stats.has_evidence:
        section.kinds.append(_sector_line(ctx, code_id))
    for member in ctx.figures.evidence.descendants(code_id):
        section.memos.extend(_memo(ctx, m) for m in memos.get(member, []))
    return section


def _kinds(ctx: Context, code_id: int) -> list[tuple[str, bool, str]]:
    """'Triangulasi sumber', met?, 'Instansi pemerintah, Pemilik UMKM' per chosen kind."""
    labels = ctx.labels
    found = []
    for kind, result in ctx.figures.triangulation[code_id].kinds.items():
        values = result.found
        if kind == "technique":
            values = [labels.technique(v) for v in values]
        elif kind == "time":
            values = [labels.date(v) for v in values]
        elif kind == "source":
            values = [ctx.group(v) for v in values]
        found.append((labels[f"kind_{kind}"], result.met,
                      ctx.pseudo(", ".join(values))))
    return found


def _sector_line(ctx: Context, code_id: int) -> tuple[str, bool, str]:
    """'Unsur negara dan non-negara', both heard?, 'negara: A; non-negara: B, C'."""
    labels = ctx.labels
    found = sectors(ctx.figures.evidence, ctx.figures.triangulation[code_id].stats)
    said = [f"{labels[key]}: {', '.join(ctx.group(g) for g in found[name])}" for name, key in (
        ("state", "state_yes"), ("non_state", "state_no"), ("unmarked", "state_unmarked"))
        if found[name]]
    return (labels["sectors"], bool(found["state"] and found["non_state"]),
            ctx.pseudo("; ".join(said)))


def _side_by_side(ctx: Context, code_id: int, kinds: list[str]) -> TableData:
    """Per group, then per technique: + | − | a short quote (agreement, contradiction)."""
    labels = ctx.labels
    rows, indents = [], []
    for kind in kinds:
        found = ctx.figures.voices(code_id, kind)
        if len(kinds) > 1 and found:
            rows.append([labels[f"side_by_side_{kind}"], None, None, None])
            indents.append(0)
        for voice, detail in found:
            label = (labels.technique(voice.label).capitalize() if kind == "technique"
                     else ctx.group(voice.label))
            rows.append([label, len(voice.supporting), len(voice.contradicting),
                         _short_quote(ctx, detail)])
            indents.append(1 if len(kinds) > 1 else 0)
    names = " / ".join(labels[f"kind_{k}"] for k in kinds)
    title = f"{ctx.label(ctx.code_by_id[code_id])}: {names}"
    return TableData("side_by_side", title,
                     [labels["evidence_from"], "+", "\u2212", labels["what_said"]], rows,
                     widths=[3, 0, 0, 9], wrap={3}, indents=indents if any(indents) else [])


def _short_quote(ctx: Context, detail) -> str:
    if detail is None:
        return ""
    if detail.region is not None:
        text = ctx.pseudo(ctx.labels.region(detail.region))
    else:
        text = "\u201c" + ctx.pseudo(mark_cuts(detail.text, SHORT_QUOTE_WORDS)) + "\u201d"
    who = detail.participant_code or ctx.pseudo(detail.source_title)
    return text + (f" ({who})" if who else "")


def _quote(ctx: Context, detail) -> Quote:
    text = (ctx.labels.region(detail.region) if detail.region is not None
            else mark_cuts(detail.text))
    return Quote(ctx.pseudo(text), ctx.attribution(
        detail.participant_code, detail.group, detail.technique, detail.date,
        detail.source_title) + quote_locator(ctx, detail), detail.region is None)


def _code_memos(ctx: Context) -> dict[int, list]:
    found: dict[int, list] = {}
    for memo in ctx.project.memos.list("code"):
        found.setdefault(memo.target_id, []).append(memo)
    return found


def _memo(ctx: Context, memo) -> MemoEntry:
    return MemoEntry(ctx.pseudo(memo.title), ctx.pseudo(memo.body), ctx.pseudo(memo.author),
                     ctx.labels.date(memo.created))

"""The method chapter, written from the study's own settings and records.

`method_tables` gives the inventories: sources by technique (primary and secondary
data apart; only techniques used), sources by stakeholder group, and the informants
(code, group marked state or non-state, organisation unless pseudonymised, role,
interview dates, consent). `method_text` gives the sentences: the techniques actually used and
the primary/secondary split, the informants by group and consent, the frameworks and
DeSeve's variant, Miles, Huberman and Saldaña's interactive model with what was done
at each step, the triangulation kinds the researcher chose, and which indicators were
not studied. Real names appear only when the export asks and is not pseudonymised.
"""

from __future__ import annotations

from collections import Counter

from exporters.report.data import Context, MethodText, TableData
from storage.models import CONSENT_STATUSES, TECHNIQUES


def _techniques(ctx: Context) -> tuple[str, ...]:
    """The techniques listed: `survey` only when the study has survey sources."""
    if any(s.kind == "survey" for s in ctx.sources):
        return TECHNIQUES
    return tuple(k for k in TECHNIQUES if k != "survey")


def method_tables(ctx: Context) -> list[TableData]:
    return [by_technique(ctx), by_group(ctx), participants(ctx)]


def _used(ctx: Context) -> list[str]:
    return [k for k in TECHNIQUES if any(s.kind == k for s in ctx.sources)]


def _span(labels, dates: list[str]) -> str:
    dates = sorted(d for d in dates if d)
    if not dates:
        return ""
    span = labels.date(dates[0])
    return span + (f" \u2013 {labels.date(dates[-1])}" if dates[-1] != dates[0] else "")


def by_technique(ctx: Context) -> TableData:
    labels = ctx.labels
    rows = []
    for kind in _used(ctx) or list(_techniques(ctx)):
        sources = [s for s in ctx.sources if s.kind == kind]
        people = {pid for s in sources for pid in s.participant_ids}
        primary = sum(1 for s in sources if s.data_type == "primary")
        rows.append([labels.technique(kind).capitalize(), len(sources), primary,
                     len(sources) - primary, len(people), _span(labels, [s.date for s in
                                                                          sources])])
    primary = sum(1 for s in ctx.sources if s.data_type == "primary")
    rows.append([labels["total"], len(ctx.sources), primary, len(ctx.sources) - primary,
                 len({pid for s in ctx.sources for pid in s.participant_ids}), ""])
    return TableData("sources_by_technique", labels["sources_by_technique"],
                     [labels["technique"], labels["sources_n"].capitalize(),
                      labels["primary_n"], labels["secondary_n"],
                      labels["participants_n"].capitalize(), labels["period"]],
                     rows, widths=[2, 1, 1, 1, 1, 3])


def by_group(ctx: Context) -> TableData:
    """Sources per stakeholder group and technique (a source counts for each group met)."""
    labels = ctx.labels
    used = _used(ctx) or list(_techniques(ctx))
    group_of = {p.id: p.group for p in ctx.participants}
    names = [g.name for g in ctx.project.participants.groups()
             if not ctx.groups or g.name in ctx.groups]
    counts: dict[str, dict[str, int]] = {name: dict.fromkeys(TECHNIQUES, 0)
                                         for name in [*names, ""]}
    for source in ctx.sources:
        groups = {group_of.get(pid, "") for pid in source.participant_ids} or {""}
        for group in groups:
            if group in counts:
                counts[group][source.kind] += 1
    rows = []
    for name in [*names, ""]:
        values = [counts[name][kind] for kind in used]
        if not any(values):
            continue  # a group nobody in the study belongs to says nothing
        rows.append([ctx.group(name) or labels["no_group"], *values, sum(values)])
    header = [labels["group"], *(labels.technique(k).capitalize() for k in used),
              labels["total"]]
    return TableData("sources_by_group", labels["sources_by_group"], header, rows,
                     widths=[4, *[1] * (len(used) + 1)])


def _people(ctx: Context):
    return [p for p in ctx.participants if not ctx.groups or p.group in ctx.groups]


def participants(ctx: Context) -> TableData:
    labels = ctx.labels
    state = {g.name: g.is_state for g in ctx.project.participants.groups()}
    interviews: dict[int, list[str]] = {}
    for source in ctx.sources:
        if source.kind == "interview" and source.date:
            for pid in source.participant_ids:
                interviews.setdefault(pid, []).append(source.date)
    show_organisation = not ctx.options.pseudonymize
    header = [labels["code"], labels["group"], labels["role"], labels["interview_dates"],
              labels["consent"]]
    widths = [1.2, 3.5, 4, 2.5, 1.5]
    if show_organisation:
        header.insert(2, labels["organisation"])
        widths.insert(2, 3.5)
    if ctx.options.show_real_names:
        header.insert(1, labels["name"])
        widths.insert(1, 3)
    rows = []
    for person in _people(ctx):
        sector = state.get(person.group)
        group = ctx.group(person.group) or labels["no_group"]
        if sector is not None:  # "Instansi pemerintah (negara)"
            group += f" ({labels['state_yes' if sector else 'state_no']})"
        row = [person.code, group, ctx.pseudo(person.role),
               ", ".join(labels.date(d) for d in sorted(set(interviews.get(person.id, [])))),
               labels[f"consent_{person.consent_status}"]]
        if show_organisation:
            row.insert(2, ctx.pseudo(person.organisation))
        if ctx.options.show_real_names:
            row.insert(1, person.name)
        rows.append(row)
    return TableData("participants", labels["participants"], header, rows, widths=widths,
                     wrap={header.index(labels["role"])})


def method_text(ctx: Context, not_studied: list[str]) -> MethodText:
    labels, cite = ctx.labels, ctx.citations
    text = MethodText()
    used = [labels.technique(k) for k in _used(ctx)]
    techniques = _join(labels, used)
    if ctx.sources:
        primary = sum(1 for s in ctx.sources if s.data_type == "primary")
        period = _span(labels, [s.date for s in ctx.sources])
        text.design.append(labels["design_text"].format(
            techniques=techniques, sources=len(ctx.sources),
            period=f", {period}" if period else "", primary=primary,
            secondary=len(ctx.sources) - primary))
    else:
        text.design.append(labels["no_sources"])
    text.informants.append(_informants(ctx))
    text.frameworks = _frameworks(ctx)
    text.steps_intro = labels["steps_intro_cited"].format(cite=cite.cite("miles2014"))
    codes = sum(1 for code_id in ctx.figures.rows()  # framework indicators only
                if ctx.framework_of(ctx.code_by_id[code_id]) in ctx.framework_ids)
    text.steps = [labels["step_collection"].format(sources=len(ctx.sources),
                                                   techniques=techniques),
                  labels["step_condensation"].format(segments=ctx.figures.segment_count,
                                                     codes=codes),
                  labels["step_display"], labels["step_conclusion"]]
    kinds = ctx.figures.kinds
    if kinds:
        described = [f"{labels[f'kind_{k}']} ({labels[f'kind_{k}_rule']})" for k in kinds]
        text.validity.append(labels["validity_text"].format(
            kinds=_join(labels, described), cite=cite.cite("denzin1978")))
    else:
        text.validity.append(labels["validity_none"])
    text.scope = (labels["not_studied"].format(names="; ".join(not_studied)) if not_studied
                  else labels["all_studied"] if not ctx.options.include_all else "")
    return text


def _informants(ctx: Context) -> str:
    labels = ctx.labels
    people = _people(ctx)
    state = {g.name: g.is_state for g in ctx.project.participants.groups()}
    consent = Counter(p.consent_status for p in people)
    said = [f"{labels[f'consent_{status}']} {consent[status]}"
            for status in CONSENT_STATUSES if consent[status]]
    return labels["informants_text"].format(
        count=len(people), groups=len({p.group for p in people if p.group}),
        state=sum(1 for p in people if state.get(p.group) == 1),
        non_state=sum(1 for p in people if state.get(p.group) == 0),
        consent=", ".join(said) or "\u2013")


def _frameworks(ctx: Context) -> list[str]:
    from exporters.report.findings import framework_title

    labels, cite = ctx.labels, ctx.citations
    names = [cite.narrative(f) or framework_title(ctx, f) for f in ctx.framework_ids]
    if not names:
        return []
    sentences = [labels["frameworks_text"].format(names=_join(labels, names))]
    variant = ctx.project.study.get().deseve_variant
    if "deseve2007" in ctx.framework_ids and variant in ("v7", "v8", "v9"):
        sentences.append(labels[f"deseve_{variant}"].format(cite=cite.cite("deseve2007")))
    return sentences


def _join(labels, items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {labels['and']} " + items[-1]

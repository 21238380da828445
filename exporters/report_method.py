"""The method chapter's tables: sources by technique and by group, and the participants.

These are inventories of the study's records (how many sources of each kind, who was
interviewed), not evidence figures, so they are read from the sources and
participants the export includes. Participants appear by code, group and role; a
real name is added only when the export asks for real names and is not pseudonymised.
"""

from __future__ import annotations

from exporters.report_data import Context, TableData
from storage.models import TECHNIQUES


def _techniques(ctx: Context) -> tuple[str, ...]:
    """The techniques listed: `survey` only when the study has survey sources."""
    if any(s.kind == "survey" for s in ctx.sources):
        return TECHNIQUES
    return tuple(k for k in TECHNIQUES if k != "survey")


def method_tables(ctx: Context) -> list[TableData]:
    return [by_technique(ctx), by_group(ctx), participants(ctx)]


def by_technique(ctx: Context) -> TableData:
    labels = ctx.labels
    rows = []
    for kind in _techniques(ctx):
        sources = [s for s in ctx.sources if s.kind == kind]
        people = {pid for s in sources for pid in s.participant_ids}
        dates = sorted(s.date for s in sources if s.date)
        span = labels.date(dates[0]) if dates else ""
        if dates and dates[-1] != dates[0]:
            span += f" \u2013 {labels.date(dates[-1])}"
        rows.append([labels.technique(kind).capitalize(), len(sources), len(people), span])
    rows.append([labels["total"], len(ctx.sources),
                 len({pid for s in ctx.sources for pid in s.participant_ids}), ""])
    return TableData("sources_by_technique", labels["sources_by_technique"],
                     [labels["technique"], labels["sources_n"].capitalize(),
                      labels["participants_n"].capitalize(), labels["period"]],
                     rows, widths=[2, 1, 1, 3])


def by_group(ctx: Context) -> TableData:
    """Sources per stakeholder group and technique (a source counts for each group met)."""
    labels = ctx.labels
    group_of = {p.id: p.group for p in ctx.participants}
    names = [g.name for g in ctx.project.participants.groups()
             if not ctx.groups or g.name in ctx.groups]
    techniques = _techniques(ctx)
    counts: dict[str, dict[str, int]] = {name: dict.fromkeys(techniques, 0)
                                         for name in [*names, ""]}
    for source in ctx.sources:
        groups = {group_of.get(pid, "") for pid in source.participant_ids} or {""}
        for group in groups:
            if group in counts:
                counts[group][source.kind] += 1
    rows = []
    for name in [*names, ""]:
        values = [counts[name][kind] for kind in techniques]
        if name == "" and not any(values):
            continue
        rows.append([name or labels["no_group"], *values, sum(values)])
    header = [labels["group"], *(labels.technique(k).capitalize() for k in techniques),
              labels["total"]]
    return TableData("sources_by_group", labels["sources_by_group"], header, rows,
                     widths=[4, *([1] * len(techniques)), 1])


def participants(ctx: Context) -> TableData:
    labels = ctx.labels
    people = [p for p in ctx.participants if not ctx.groups or p.group in ctx.groups]
    header = [labels["code"], labels["group"], labels["role"]]
    widths = [1.2, 3.5, 6]
    if ctx.options.show_real_names:
        header.insert(1, labels["name"])
        widths.insert(1, 3)
    rows = []
    for person in people:
        row = [person.code, person.group or labels["no_group"], ctx.pseudo(person.role)]
        if ctx.options.show_real_names:
            row.insert(1, person.name)
        rows.append(row)
    return TableData("participants", labels["participants"], header, rows, widths=widths,
                     wrap={len(header) - 1})

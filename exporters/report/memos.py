"""The appendix of analytic memos: the study memo, source memos and memos on
participants, each with what it is about; a source's own note counts as its memo.

Memos on codes and segments stay with their indicator and in the workbook. Texts go
through the pseudonymiser; a participant is named by code, never by name.
"""

from __future__ import annotations

from exporters.report.data import Context, MemoEntry, MemoGroup


def memo_groups(ctx: Context) -> list[MemoGroup]:
    """The non-empty parts of the appendix, in the order study, sources, participants."""
    labels = ctx.labels
    sources = {s.id: s for s in ctx.sources}
    people = {p.id: p for p in ctx.participants if not ctx.groups or p.group in ctx.groups}
    study = MemoGroup(labels["memo_study"])
    on_sources = MemoGroup(labels["memo_source"])
    on_people = MemoGroup(labels["memo_participant"])
    for memo in ctx.project.memos.list():
        entry = MemoEntry(ctx.pseudo(memo.title), ctx.pseudo(memo.body),
                          ctx.pseudo(memo.author), labels.date(memo.created))
        if memo.target_type == "study":
            study.memos.append(("", entry))
        elif memo.target_type == "source" and memo.target_id in sources:
            on_sources.memos.append((ctx.pseudo(sources[memo.target_id].title), entry))
        elif memo.target_type == "participant" and memo.target_id in people:
            on_people.memos.append((people[memo.target_id].code, entry))
    for source in ctx.sources:
        if source.memo.strip():
            on_sources.memos.append((ctx.pseudo(source.title), MemoEntry(
                labels["source_note"], ctx.pseudo(source.memo), "", "")))
    return [g for g in (study, on_sources, on_people) if g.memos]

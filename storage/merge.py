"""Merge coders' copies into the project as one undoable step (`merge` command,
File → Merge coder's copy…).

`merge(project, copies, choices=, prefer=, dry_run=)` plans (`storage.merge_plan`)
and, unless `dry_run`, applies every copy's plan in one action: new participants,
sources and codes, changed source texts (as edits, so the project's own segments
follow them) and code labels or parents, then each coder's segments (with their
coder), memos, verdicts and summary texts, the edits and deletions of codings and
memos made in the copy (`storage.merge_edits`), and a 'merged' record per copy with what it
brought and the choices made (so merging the same copy again asks nothing and changes
nothing). Unresolved conflicts refuse the whole merge.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

from storage import messages
from storage.errors import ValidationError
from storage.gc_pause import gc_paused
from storage.merge_plan import CHOICES, CopyPlan, OpenCopy, plan_merge
from storage.segments import CODE, GUID, ID, MEMO, PARTICIPANT, SOURCE, VALENCE, NewSegment
from storage.team import CopyRecord
from storage.text_align import edits


@dataclass
class MergeResult:
    plans: list[CopyPlan]
    dry_run: bool
    changed: bool

    @property
    def conflicts(self):
        return [c for plan in self.plans for c in plan.conflicts]

    @property
    def unresolved(self):
        return [c for c in self.conflicts if not c.choice]

    def as_json(self) -> dict:
        return {"dry_run": self.dry_run, "changed": self.changed,
                "copies": [{"copy": str(p.copy.path), "coder": p.copy.coder,
                            "copy_id": p.copy.copy_guid, **p.counts(), "edits": p.edits}
                           for p in self.plans],
                "conflicts": [{"id": c.id, "kind": c.kind, "what": c.what, "ours": c.ours,
                               "theirs": c.theirs, "copy": c.copy, "choice": c.choice}
                              for c in self.conflicts]}


def parse_choices(values: list[str]) -> dict[str, str]:
    """`ID=ours` / `ID=theirs` strings into {conflict id: choice}."""
    chosen = {}
    for value in values:
        key, _, choice = value.rpartition("=")
        if not key or choice not in CHOICES:
            raise ValidationError.of(messages.MERGE_UNKNOWN_CHOICE, value=value)
        chosen[key] = choice
    return chosen


def merge(project, copies: list[OpenCopy], *, choices: dict[str, str] | None = None,
          prefer: str | None = None, dry_run: bool = False) -> MergeResult:
    with gc_paused():
        return _merge(project, copies, choices, prefer, dry_run)


def _merge(project, copies, choices, prefer, dry_run) -> MergeResult:
    plans = plan_merge(project, copies, choices, prefer)
    result = MergeResult(plans, dry_run, changed=False)
    if dry_run:
        result.changed = any(not plan.empty for plan in plans)
        return result
    if result.unresolved:
        ids = ", ".join(c.id for c in result.unresolved)
        raise ValidationError.of(messages.MERGE_UNRESOLVED, count=len(result.unresolved),
                                 ids=ids)
    if all(plan.empty and not plan.new_choices for plan in plans):
        return result
    names = ", ".join(p.copy.coder or p.copy.path.name for p in plans)
    with _large_cache(project), project.action(f"Merge copies of {names}") as act:
        for plan in plans:
            if not plan.empty or plan.new_choices:
                _Applier(project, act, plan).apply()
    result.changed = True
    return result


@contextmanager
def _large_cache(project, kib: int = 131072):
    """A larger page cache while hundreds of thousands of segments go into the indexes
    (the B-tree pages stay in memory instead of being read again for each row: about
    twice as fast); the connection's own size comes back afterwards."""
    before = project.db.execute("PRAGMA cache_size").fetchone()[0]
    project.db.execute(f"PRAGMA cache_size = {-kib}")
    try:
        yield
    finally:
        project.db.execute(f"PRAGMA cache_size = {int(before)}")


class _Applier:
    def __init__(self, project, act, plan: CopyPlan):
        self.project, self.act, self.plan = project, act, plan
        self.theirs = plan.copy.project

    def apply(self) -> None:
        project = self.project
        people = self._participants()
        sources = self._sources(people)
        for guid, text in self.plan.texts.items():
            source_id = sources[guid]
            for start, end, inserted in edits(project.sources.text(source_id), text):
                project.sources.edit_text(source_id, start, end, inserted)
        codes = self._codes()
        self._edits(codes)
        segments = self._segments(sources, codes, people)
        self._memos(sources, codes, people, segments)
        for guid, judgement in self.plan.verdicts:
            project.evaluation.set_judgement(codes[guid], verdict=judgement.verdict or "",
                                             conclusion=judgement.conclusion,
                                             author=judgement.author or self.plan.copy.coder)
        for kind, row_key, code_guid, text, author in self.plan.summaries:
            project.evaluation.set_summary(kind, row_key, codes[code_guid] if code_guid else 0,
                                           text, author=author or None)
        copy = self.plan.copy
        project.team.record(self.act, CopyRecord(
            "merged", copy.copy_guid, copy.coder,
            details={"path": str(copy.path), "counts": self.plan.counts(),
                     "choices": self.plan.choices}))

    def _participants(self) -> dict[str, int]:
        ids = {p.guid: p.id for p in self.project.participants.list()}
        groups = {g.name: g.id for g in self.project.participants.groups()}
        for person in self.plan.participants:
            group_id = groups.get(person.group) if person.group else None
            ids[person.guid] = self.project.participants.add(
                person.code, guid=person.guid, name=person.name, aliases=person.aliases,
                organisation=person.organisation, role=person.role, group_id=group_id,
                consent_status=person.consent_status, consent_date=person.consent_date,
                notes=person.notes)
        return ids

    def _sources(self, people: dict[str, int]) -> dict[str, int]:
        from storage.sources import SOURCE_FIELDS

        ids = {s.guid: s.id for s in self.project.sources.list(with_length=False)}
        people_map = self.plan.participant_map
        for source, text in self.plan.sources:
            values = {f: getattr(source, f) for f in SOURCE_FIELDS
                      if f not in ("kind", "title")}
            links = [people[people_map[pid]] for pid in source.participant_ids
                     if people.get(people_map.get(pid, ""))]
            ids[source.guid] = self.project.sources.add(
                source.kind, source.title, text, guid=source.guid, participant_ids=links,
                **values)
        return ids

    def _codes(self) -> dict[str, int]:
        codes = self.project.codes
        ids = {c.guid: c.id for c in codes.list()}
        their_guid = {c.id: c.guid for c in self.theirs.codes.list()}
        for code in self.plan.codes:
            parent = ids.get(their_guid.get(code.parent_id, "")) if code.parent_id else None
            ids[code.guid] = codes.add(
                code.label_en, code.label_id, parent_id=parent, guid=code.guid,
                node_id=code.node_id if code.node_id and not _node_used(codes, code) else None,
                definition_en=code.definition_en, definition_id=code.definition_id,
                color=code.color, framework_id=code.framework_id, level=code.level)
        for guid, values in self.plan.code_changes.items():
            update = {"label_en": values["label_en"], "label_id": values["label_id"]}
            parent = ids.get(values["parent"]) if values["parent"] else None
            if parent != codes.get(ids[guid]).parent_id:
                update["parent_id"] = parent
            codes.update(ids[guid], **update)
        return ids

    def _edits(self, codes: dict[str, int]) -> None:
        """The copy's edits and deletions of codings and memos (`storage.merge_edits`);
        memos first, as deleting a coding deletes its memos."""
        project, plan = self.project, self.plan
        for memo_id, title, body in plan.memo_changes:
            project.memos.update(memo_id, title=title, body=body)
        for memo_id in plan.memo_deletions:
            project.memos.delete(memo_id)
        for segment_id, code_guid, valence, start, end in plan.segment_changes:
            project.segments.update(segment_id, start=start, end=end,
                                    code_id=codes[code_guid], valence=valence)
        project.segments.delete_rows(self.act, plan.segment_deletions)

    def _segments(self, sources, codes, people) -> dict[str, int]:
        their_sources = {s.id: s.guid for s in self.theirs.sources.list(with_length=False)}
        code_map, people_map = self.plan.code_map, self.plan.participant_map
        rows: list[tuple[int, NewSegment]] = []
        for row, coder, start, end in self.plan.segments:
            source_id = sources[their_sources[row[SOURCE]]]
            person = people.get(people_map.get(row[PARTICIPANT], ""))
            rows.append((source_id, NewSegment(codes[code_map[row[CODE]]], start, end,
                                               row[VALENCE], person, coder, row[MEMO],
                                               row[GUID])))
        rows.sort(key=_evidence_order)
        lengths = {s.id: s.length for s in self.project.sources.list()}
        self.project.segments.insert_across(self.act, lengths, rows)
        if not self.plan.memos:
            return {}
        return {row[GUID]: row[ID] for row in self.project.segments.tuples()}

    def _memos(self, sources, codes, people, segments) -> None:
        targets = {"study": {"": None}, "source": sources, "code": codes,
                   "participant": people, "segment": segments}
        for memo, target in self.plan.memos:
            self.project.memos.add(memo.target_type, targets[memo.target_type].get(target),
                                   memo.title, memo.body, author=memo.author or None,
                                   created=memo.created, guid=memo.guid)


def _evidence_order(item: tuple[int, NewSegment]) -> tuple:
    """The order of the `segments_evidence` index (code, valence, source, speaker,
    start), so the insert visits each of its pages once."""
    source_id, segment = item
    return (segment.code_id, segment.valence, source_id, segment.participant_id or 0,
            segment.start)


def _node_used(codes, code) -> bool:
    try:
        return codes.resolve(code.node_id).node_id == code.node_id
    except Exception:  # noqa: BLE001 - not found means free
        return False

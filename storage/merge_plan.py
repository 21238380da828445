"""What merging coders' copies would change: the plan `storage.merge` applies.

`plan_merge(project, copies, choices, prefer)` compares each copy with the project (and
with the copies before it) and lists, per copy, the new participants, sources, codes,
segments, memos, verdicts and summary texts, the changes it brings to source texts and
code labels, and the conflicts. Matching: sources and participants by their stable id
(guid; participants then by code), codes by id, then framework node id, then exact
label; segments and memos by id, so what was merged once is not merged again.

A difference is a *change from the copy* when only the copy changed it since it was
handed out (the copy's stamp keeps that baseline), it is left alone when only the
project changed it, and it is a *conflict* when both did — or when the copy has no
baseline (a REFI-QDA file, a plain file copy). A conflict is resolved by an explicit
choice, "ours" (keep the project's) or "theirs" (take the copy's): `choices` by
conflict id, else the choice recorded when this copy was merged before, else `prefer`.
Segments of a source whose text differs are carried onto the project's text by
`storage.text_align`; those whose words are gone are skipped and counted. Codings and
memos the coder changed or deleted in the copy are planned by `storage.merge_edits`
(from the copy's handout state), before the new ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from storage.handout import summary_key, text_hash
from storage.models import Code
from storage.segments import GUID
from storage.team import CopyRecord
from storage.text_align import PositionMap

CHOICES = ("ours", "theirs")


@dataclass
class OpenCopy:
    """A coder's copy, open on a temporary file (`importers.coder_copies`)."""

    path: Path
    project: object
    stamp: CopyRecord | None
    copy_guid: str
    coders: list[str]

    @property
    def coder(self) -> str:
        return ", ".join(self.coders)

    @property
    def baseline(self) -> dict:
        return (self.stamp.details.get("baseline") or {}) if self.stamp else {}

    @property
    def pseudonymized(self) -> bool:
        return bool(self.stamp and self.stamp.details.get("pseudonymized"))


@dataclass
class Conflict:
    id: str
    kind: str            # source_text | code | verdict | summary
    what: str
    ours: str
    theirs: str
    copy: str
    choice: str | None = None


@dataclass
class CopyPlan:
    copy: OpenCopy
    participants: list = field(default_factory=list)       # Participant records
    sources: list = field(default_factory=list)            # (Source, text)
    texts: dict[str, str] = field(default_factory=dict)    # source guid -> new text
    codes: list[Code] = field(default_factory=list)
    code_changes: dict[str, dict] = field(default_factory=dict)  # our guid -> values
    segments: list[tuple[tuple, str, int, int]] = field(default_factory=list)  # row, coder
    memos: list = field(default_factory=list)
    verdicts: list[tuple[str, object]] = field(default_factory=list)   # our code guid
    summaries: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    # Edits and deletions made in the copy (`storage.merge_edits`), on our ids:
    segment_changes: list[tuple[int, str, str, int, int]] = field(default_factory=list)
    segment_deletions: list[int] = field(default_factory=list)
    memo_changes: list[tuple[int, str, str]] = field(default_factory=list)
    memo_deletions: list[int] = field(default_factory=list)
    edits: list[dict] = field(default_factory=list)     # what each of them is, for lists
    conflicts: list[Conflict] = field(default_factory=list)
    skipped_segments: int = 0
    skipped_memos: int = 0
    choices: dict[str, str] = field(default_factory=dict)
    new_choices: bool = False    # a choice not recorded yet (kept even if all 'ours')
    code_map: dict[int, str] = field(default_factory=dict)         # their id -> our guid
    participant_map: dict[int, str] = field(default_factory=dict)  # their id -> our guid

    def counts(self) -> dict[str, int]:
        return {"participants": len(self.participants), "sources": len(self.sources),
                "source_texts": len(self.texts), "codes": len(self.codes),
                "code_changes": len(self.code_changes), "segments": len(self.segments),
                "memos": len(self.memos), "verdicts": len(self.verdicts),
                "summaries": len(self.summaries),
                "segment_changes": len(self.segment_changes),
                "segment_deletions": len(self.segment_deletions),
                "memo_changes": len(self.memo_changes),
                "memo_deletions": len(self.memo_deletions),
                "conflicts": len(self.conflicts),
                "skipped_segments": self.skipped_segments,
                "skipped_memos": self.skipped_memos}

    @property
    def empty(self) -> bool:
        counts = self.counts()
        return not any(counts[k] for k in counts if not k.startswith("skipped")
                       and k != "conflicts")


class _Ours:
    """The project's state as the merge sees it, updated as copies are planned."""

    def __init__(self, project):
        self.project = project
        self.sources = {s.guid: s for s in project.sources.list(with_length=False)}
        self.texts: dict[str, str] = {}
        self.codes = {c.guid: c for c in project.codes.list()}
        self.code_guid_by_id = {c.id: c.guid for c in self.codes.values()}
        self.participants = {p.guid: p for p in project.participants.list()}
        self.participant_codes = {p.code.casefold(): p.guid for p in self.participants.values()}
        self.segment_guids = project.segments.guids()
        self.memo_guids = {m.guid for m in project.memos.list()}
        self.verdicts = {self.code_guid_by_id[cid]: (j.verdict, j.conclusion)
                         for cid, j in project.evaluation.judgements().items()}
        self.summaries = {summary_key(kind, key, self.code_guid_by_id.get(cid, "")): text
                          for kind in ("participant", "group")
                          for (key, cid), text in project.evaluation.summaries(kind).items()}
        self.previous_choices: dict[str, dict[str, str]] = {}
        for record in project.team.records("merged"):
            self.previous_choices.setdefault(record.copy_guid, {}).update(
                record.details.get("choices") or {})
        self._segment_rows: dict[str, list] | None = None
        self._memos: dict | None = None

    def segment_rows(self) -> dict[str, list]:
        """The project's segments by guid (as lists, updated as edits are planned)."""
        if self._segment_rows is None:
            self._segment_rows = {row[GUID]: list(row)
                                  for row in self.project.segments.tuples()}
        return self._segment_rows

    def memos(self) -> dict:
        """The project's memos by guid (updated as edits are planned)."""
        if self._memos is None:
            self._memos = {m.guid: m for m in self.project.memos.list()}
        return self._memos

    def text(self, guid: str) -> str:
        if guid not in self.texts:
            self.texts[guid] = self.project.sources.text(self.sources[guid].id)
        return self.texts[guid]

    def code_labels(self, guid: str) -> tuple[str, str, str]:
        code = self.codes[guid]
        return (code.label_en, code.label_id, self.code_guid_by_id.get(code.parent_id, ""))


def plan_merge(project, copies: list[OpenCopy], choices: dict[str, str] | None = None,
               prefer: str | None = None) -> list[CopyPlan]:
    ours = _Ours(project)
    plans = []
    for copy in copies:
        planner = _CopyPlanner(ours, copy, choices or {}, prefer)
        plans.append(planner.plan())
    return plans


class _CopyPlanner:
    def __init__(self, ours: _Ours, copy: OpenCopy, choices: dict[str, str],
                 prefer: str | None):
        self.ours, self.copy, self.theirs = ours, copy, copy.project
        self.choices = {**ours.previous_choices.get(copy.copy_guid, {}), **choices}
        self.prefer = prefer
        self.result = CopyPlan(copy)
        self.code_map = self.result.code_map
        self.participant_map = self.result.participant_map
        self.source_map: dict[int, str] = {}      # their source id -> source guid
        self.positions: dict[int, PositionMap | None] = {}
        self.withheld: set[str] = set()   # segment/memo guids not to bring in as new
        self._their_segments: list[tuple] | None = None

    def their_segments(self) -> list[tuple]:
        """The copy's segments as tuples (`SegmentRepository.tuples`), read once."""
        if self._their_segments is None:
            self._their_segments = self.theirs.segments.tuples()
        return self._their_segments

    def plan(self) -> CopyPlan:
        from storage.merge_items import plan_items

        self._participants()
        self._codes()
        self._sources()
        plan_items(self)
        return self.result

    # -- conflicts ----------------------------------------------------------------------

    def decide(self, kind: str, key: str, what: str, ours: str, theirs: str) -> str:
        """'ours' or 'theirs' for a conflict (recorded in the plan); unresolved: 'ours'."""
        conflict_id = f"{kind}:{key}@{self.copy.coder or self.copy.path.name}"
        choice = self.choices.get(conflict_id) or self.prefer
        self.result.conflicts.append(Conflict(conflict_id, kind, what, ours, theirs,
                                              self.copy.path.name, choice))
        if choice:
            self.result.choices[conflict_id] = choice
            recorded = self.ours.previous_choices.get(self.copy.copy_guid, {})
            self.result.new_choices |= recorded.get(conflict_id) != choice
        return choice or "ours"

    def three_way(self, ours, theirs, base, *, has_base: bool) -> str:
        """'same', 'ours' (only the project changed it), 'theirs' or 'conflict'."""
        if ours == theirs:
            return "same"
        if has_base and theirs == base:
            return "ours"
        if has_base and ours == base:
            return "theirs"
        return "conflict"

    # -- participants, codes, sources -------------------------------------------------

    def _participants(self) -> None:
        ours = self.ours
        for person in self.theirs.participants.list():
            guid = person.guid if person.guid in ours.participants else (
                ours.participant_codes.get(person.code.casefold()))
            if guid is None:
                guid = person.guid
                ours.participants[guid] = person
                ours.participant_codes[person.code.casefold()] = guid
                self.result.participants.append(person)
            self.participant_map[person.id] = guid

    def _codes(self) -> None:
        ours = self.ours
        by_node = {c.node_id: g for g, c in ours.codes.items() if c.node_id}
        by_label = {}
        for guid, code in ours.codes.items():
            for label in (code.label_en, code.label_id):
                if label:
                    by_label.setdefault(label, set()).add(guid)
        base = self.copy.baseline.get("codes", {})
        for code in self.theirs.codes.list():  # tree order: parents first
            guid = code.guid if code.guid in ours.codes else by_node.get(code.node_id or "")
            if guid is None:
                found = by_label.get(code.label_en) or by_label.get(code.label_id) or set()
                guid = next(iter(found)) if len(found) == 1 else None
            if guid is None:
                self._new_code(code)
                continue
            self.code_map[code.id] = guid
            parent = self.code_map.get(code.parent_id, "") if code.parent_id else ""
            theirs = (code.label_en, code.label_id, parent)
            old = base.get(code.guid)
            verdict = self.three_way(ours.code_labels(guid), theirs,
                                     tuple(old) if old else None,
                                     has_base=old is not None)
            if verdict == "conflict":
                verdict = self.decide("code", ours.codes[guid].key, theirs[0] or theirs[1],
                                      _code_text(ours.code_labels(guid)), _code_text(theirs))
            if verdict == "theirs":
                self._change_code(guid, theirs)

    def _new_code(self, code: Code) -> None:
        self.ours.codes[code.guid] = code
        self.code_map[code.id] = code.guid
        self.result.codes.append(code)

    def _change_code(self, guid: str, theirs: tuple[str, str, str]) -> None:
        code = self.ours.codes[guid]
        self.result.code_changes[guid] = {"label_en": theirs[0], "label_id": theirs[1],
                                          "parent": theirs[2]}
        self.ours.codes[guid] = Code(**{**code.__dict__, "label_en": theirs[0],
                                        "label_id": theirs[1]})

    def _sources(self) -> None:
        ours = self.ours
        base = self.copy.baseline.get("texts", {})
        for source in self.theirs.sources.list(with_length=False):
            text = self.theirs.sources.text(source.id)
            self.source_map[source.id] = source.guid
            if source.guid not in ours.sources:
                ours.sources[source.guid] = source
                ours.texts[source.guid] = text
                self.result.sources.append((source, text))
                self.positions[source.id] = None
                continue
            our_text = ours.text(source.guid)
            if our_text == text:
                self.positions[source.id] = None
                continue
            verdict = _text_verdict(base.get(source.guid), our_text, text,
                                    self.copy.pseudonymized)
            if verdict == "conflict":
                verdict = self.decide("source_text", source.guid, source.title,
                                      f"{len(our_text)} characters",
                                      f"{len(text)} characters")
            if verdict == "theirs":
                self.result.texts[source.guid] = text
                ours.texts[source.guid] = text
                self.positions[source.id] = None
            else:
                self.positions[source.id] = PositionMap(text, our_text)


def _text_verdict(old: list | None, ours: str, theirs: str, pseudonymized: bool) -> str:
    """Differing texts: 'ours' when the copy did not change its text since it was handed
    out (a pseudonymised copy's names included), 'theirs' when only the copy did."""
    if old is None:
        return "conflict"
    if text_hash(theirs) == old[1]:
        return "ours"
    if text_hash(ours) == old[0] and not pseudonymized:
        return "theirs"
    return "conflict"


def _code_text(values: tuple[str, str, str]) -> str:
    return " / ".join(v for v in values[:2] if v)

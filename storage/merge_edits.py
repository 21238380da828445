"""Edits and deletions of codings and memos made in a coder's copy: the part of planning
a merge (`storage.merge_plan`) that reads the copy's handout state
(`storage.handout_state`).

Each coding and memo the copy was handed out with is compared, in the copy and in the
project, with its version as handed out:

- only the copy changed it (a coding's bounds, code or valence; a memo's title or
  body) or deleted it: the change or deletion is taken when it is the coder's own (a
  coding with their coder name, a memo they wrote); a deletion takes the coding's
  memos, key-quote marks and network ties with it, as any deletion does;
- only the project changed or deleted it: the project's version stands (a coding
  deleted in the project is not brought back by the copy);
- both changed it, differently, or the copy changed or deleted someone else's coding
  or memo (the lead's, another coder's): a conflict (kind 'segment' or 'memo'),
  resolved by an explicit choice like the others; 'theirs' takes the copy's version
  (its change, its deletion, or the coding or memo brought back).

A coding or memo made in the copy after the handout and merged before has no handout
version: when the copy's and the project's differ, that is a conflict as well.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter

from storage.handout import text_hash
from storage.handout_state import memo_hash, quote_hash, read_state
from storage.segments import CODE, CODER, END, GUID, ID, SOURCE, START, VALENCE

DELETED = "(deleted)"
KEEP, TAKE, WITHHOLD = "keep", "take", "withhold"


def plan_edits(planner) -> None:
    stamp = planner.copy.stamp
    if not stamp or not stamp.details.get("handout_state"):
        return
    segments, memos = read_state(planner.theirs)
    _SegmentEdits(planner, segments).plan()
    _MemoEdits(planner, memos).plan()


def outcome(planner, kind: str, guid: str, our, their, *, copy_same: bool,
            project_same: bool, agree: bool, own: bool,
            describe: Callable[[], tuple[str, str, str]]) -> str:
    """KEEP the project's version, TAKE the copy's, or WITHHOLD the copy's (a coding or
    memo the project deleted must not come back as new). `describe()` gives a
    conflict's what, ours and theirs."""
    if their is not None and copy_same or agree:
        return WITHHOLD if our is None else KEEP
    if project_same and own:
        return TAKE
    if planner.decide(kind, guid, *describe()) == "theirs":
        return TAKE
    return WITHHOLD if our is None else KEEP


class _SegmentEdits:
    def __init__(self, planner, base: dict):
        self.planner, self.base, self.ours = planner, base, planner.ours
        self.coder = planner.copy.stamp.coder
        self.texts = planner.copy.baseline.get("texts", {})
        self.changed_texts: dict[tuple[str, int], str | None] = {}

    def plan(self) -> None:
        rows = self.planner.their_segments()
        if not self.base and self.ours.segment_guids.isdisjoint(map(itemgetter(GUID), rows)):
            return  # a blind copy: nothing handed out, nothing merged from it before
        self.their_codes = {c.id: c.guid for c in self.planner.theirs.codes.list()}
        self.our_sources = {s.id: s.guid
                            for s in self.ours.project.sources.list(with_length=False)}
        theirs = {row[GUID]: row for row in rows}
        ours = self.ours.segment_rows()
        for guid, state in self.base.items():
            our, their = ours.get(guid), theirs.get(guid)
            mapped = self._mapped(their)
            copy_same = their is not None and self._same(
                state.copy, (self.their_codes.get(their[CODE]), their[VALENCE]), their,
                "copy", state)
            project_same = our is not None and self._same(
                state.origin, self._version(our)[:2], our, "origin", state)
            self._settle(guid, our, their, mapped, copy_same, project_same)
        for guid, their in theirs.items():
            if guid not in self.base and guid in ours:
                self._settle(guid, ours[guid], their, self._mapped(their), False, False)

    def _settle(self, guid, our, their, mapped, copy_same, project_same) -> None:
        if our is None and their is None:
            return  # deleted on both sides
        row = our if our is not None else their
        ours_version = self._version(our) if our is not None else None
        decision = outcome(
            self.planner, "segment", guid, our, their, copy_same=copy_same,
            project_same=project_same,
            agree=our is not None and their is not None and ours_version == mapped,
            own=row[CODER] == self.coder,
            describe=lambda: (self._what(row, our is not None), self._describe(ours_version),
                              self._describe(mapped) if their is not None else DELETED))
        if decision == WITHHOLD:
            self.planner.withheld.add(guid)
        elif decision == TAKE and our is not None:
            self._take(guid, our, their, mapped)

    def _take(self, guid: str, our: list, their, mapped) -> None:
        result = self.planner.result
        what = self._what(our, True)
        if their is None:
            result.segment_deletions.append(our[ID])
            result.edits.append({"kind": "segment", "action": "delete", "id": guid,
                                 "what": what})
            del self.ours.segment_rows()[guid]
            self.ours.segment_guids.discard(guid)
        elif mapped is None:
            result.skipped_segments += 1
        else:
            result.segment_changes.append((our[ID], *mapped))
            result.edits.append({"kind": "segment", "action": "change", "id": guid,
                                 "what": what, "to": self._describe(mapped)})
            our[CODE], our[VALENCE], our[START], our[END] = mapped  # CODE: a guid now

    def _version(self, row) -> tuple:
        code = row[CODE]
        guid = code if isinstance(code, str) else self.ours.code_guid_by_id.get(code)
        return (guid, row[VALENCE], row[START], row[END])

    def _mapped(self, their) -> tuple | None:
        """The copy's version on the project's text: (our code guid, valence, start,
        end), or None when its code or words are not there."""
        if their is None or their[CODE] not in self.planner.code_map:
            return None
        start, end = their[START], their[END]
        position = self.planner.positions.get(their[SOURCE])
        if position is not None:
            start, end = position(start), position(end, end=True)
        if end <= start:
            return None
        return (self.planner.code_map[their[CODE]], their[VALENCE], start, end)

    def _same(self, extent, code_valence, row, side: str, state) -> bool:
        """Whether one side still has the coding as handed out: the same code and
        valence on the same bounds or, when that side's text was edited since, on the
        same words."""
        if tuple(code_valence) != (state.code, state.valence):
            return False
        if (row[START], row[END]) == (extent.start, extent.end):
            return True
        text = self._changed_text(side, row[SOURCE])
        return text is not None and quote_hash(text, row[START], row[END]) == extent.quote

    def _changed_text(self, side: str, source_id: int) -> str | None:
        """The side's text of a source when it differs from the one handed out."""
        key = (side, source_id)
        if key not in self.changed_texts:
            if side == "copy":
                guid = self.planner.source_map.get(source_id, "")
                text = self.planner.theirs.sources.text(source_id)
            else:
                guid = self.our_sources.get(source_id, "")
                text = self.ours.project.sources.text(source_id)
            handed_out = self.texts.get(guid, ["", ""])[1 if side == "copy" else 0]
            self.changed_texts[key] = text if text_hash(text) != handed_out else None
        return self.changed_texts[key]

    def _what(self, row, ours: bool) -> str:
        guid = (self.our_sources if ours else self.planner.source_map).get(row[SOURCE], "")
        source = self.ours.sources.get(guid)
        title = source.title if source else "?"
        return f"{title} {row[START]}-{row[END]} ({row[CODER] or '?'})"

    def _describe(self, version) -> str:
        if version is None:
            return DELETED
        code = self.ours.codes.get(version[0])
        label = (code.label_en or code.label_id) if code else "?"
        valence = "" if version[1] == "supports" else f" ({version[1]})"
        return f"{label} [{version[2]}, {version[3]}){valence}"


class _MemoEdits:
    def __init__(self, planner, base: dict):
        self.planner, self.base, self.ours = planner, base, planner.ours
        self.coder = planner.copy.stamp.coder

    def plan(self) -> None:
        theirs = {m.guid: m for m in self.planner.theirs.memos.list()}
        if not self.base and not any(guid in self.ours.memo_guids for guid in theirs):
            return
        ours = self.ours.memos()
        for guid, state in self.base.items():
            our, their = ours.get(guid), theirs.get(guid)
            self._settle(guid, our, their,
                         their is not None and memo_hash(their.title, their.body) == state.copy,
                         our is not None and memo_hash(our.title, our.body) == state.origin)
        for guid, their in theirs.items():
            if guid not in self.base and guid in ours:
                self._settle(guid, ours[guid], their, False, False)

    def _settle(self, guid, our, their, copy_same: bool, project_same: bool) -> None:
        if our is None and their is None:
            return  # deleted on both sides
        memo = our if our is not None else their
        decision = outcome(
            self.planner, "memo", guid, our, their, copy_same=copy_same,
            project_same=project_same,
            agree=our is not None and their is not None and (
                our.title, our.body) == (their.title, their.body),
            own=memo.author == self.coder,
            describe=lambda: (_memo_what(memo), _memo_text(our), _memo_text(their)))
        if decision == WITHHOLD:
            self.planner.withheld.add(guid)
        elif decision == TAKE and our is not None:
            self._take(guid, our, their)

    def _take(self, guid: str, our, their) -> None:
        result = self.planner.result
        if their is None:
            result.memo_deletions.append(our.id)
            result.edits.append({"kind": "memo", "action": "delete", "id": guid,
                                 "what": _memo_what(our)})
            del self.ours.memos()[guid]
            self.ours.memo_guids.discard(guid)
            return
        result.memo_changes.append((our.id, their.title, their.body))
        result.edits.append({"kind": "memo", "action": "change", "id": guid,
                             "what": _memo_what(our), "to": _memo_text(their)})
        self.ours.memos()[guid] = their


def _memo_what(memo) -> str:
    return f"{_short(memo.title or memo.body)!r} ({memo.author or '?'})"


def _memo_text(memo) -> str:
    if memo is None:
        return DELETED
    return " — ".join(part for part in (memo.title, _short(memo.body, 80)) if part)


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"

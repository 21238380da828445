"""What a coder's copy held when it was handed out: a fingerprint of each coding and
memo (table `handout_state`, migration 0017), so a merge can tell an edit or a deletion
made in the copy from one made in the project since (`storage.merge_edits`).

A coding's fingerprint is its code (guid) and valence and, on each side, its bounds
and a hash of the words they cover: in the copy (after pseudonymisation) and in the
project it came from. A memo's is a hash of its title and body on each side. The
copy's stamp says it keeps this state (`details["handout_state"]`); copies handed out
by an older Telaah do not, and their merge compares codings and memos by id only.
"""

from __future__ import annotations

import hashlib
import json
from typing import NamedTuple

from storage.segments import CODE, END, GUID, SOURCE, START, VALENCE

SEGMENT, MEMO = "segment", "memo"


class Extent(NamedTuple):
    """A coding's bounds on one side, with a hash of the words they cover."""

    start: int
    end: int
    quote: str


class SegmentState(NamedTuple):
    code: str        # the code's guid
    valence: str
    copy: Extent     # in the copy's text
    origin: Extent   # in the project's text


class MemoState(NamedTuple):
    origin: str      # memo_hash in the project
    copy: str        # memo_hash in the copy


def quote_hash(text: str, start: int, end: int) -> str:
    return hashlib.sha1(text[start:end].encode("utf-8")).hexdigest()[:16]


def memo_hash(title: str, body: str) -> str:
    return hashlib.sha1(f"{title}\x00{body}".encode()).hexdigest()[:16]


def record_state(project, copy, act) -> None:
    """Within the copy's stamping action: its codings and memos as handed out (a copy
    made from a copy starts afresh)."""
    act.delete_where("handout_state", "1", [])
    rows = [*_segment_rows(project, copy), *_memo_rows(project, copy)]
    copy.team.record_handout_state(act, rows)


def read_state(copy) -> tuple[dict[str, SegmentState], dict[str, MemoState]]:
    segments = {guid: SegmentState(code, valence, Extent(*mine), Extent(*origin))
                for guid, (code, valence, mine, origin)
                in copy.team.handout_state(SEGMENT).items()}
    memos = {guid: MemoState(*values) for guid, values in copy.team.handout_state(MEMO).items()}
    return segments, memos


def _segment_rows(project, copy) -> list[tuple[str, str, str]]:
    origin_rows = {row[GUID]: row for row in project.segments.tuples()}
    code_guids = {c.id: c.guid for c in copy.codes.list()}
    copy_texts, origin_texts = _Texts(copy), _Texts(project)
    rows = []
    for row in copy.segments.tuples():
        origin = origin_rows.get(row[GUID])
        if origin is None:
            continue
        state = (code_guids.get(row[CODE], ""), row[VALENCE],
                 _extent(row, copy_texts), _extent(origin, origin_texts))
        rows.append((SEGMENT, row[GUID], json.dumps(state)))
    return rows


def _extent(row, texts: _Texts) -> tuple[int, int, str]:
    return (row[START], row[END], quote_hash(texts.get(row[SOURCE]), row[START], row[END]))


def _memo_rows(project, copy) -> list[tuple[str, str, str]]:
    origin = {m.guid: memo_hash(m.title, m.body) for m in project.memos.list()}
    return [(MEMO, m.guid, json.dumps([origin[m.guid], memo_hash(m.title, m.body)]))
            for m in copy.memos.list() if m.guid in origin]


class _Texts:
    """Source texts by id, read once each."""

    def __init__(self, project):
        self.project, self.texts = project, {}

    def get(self, source_id: int) -> str:
        if source_id not in self.texts:
            self.texts[source_id] = self.project.sources.text(source_id)
        return self.texts[source_id]

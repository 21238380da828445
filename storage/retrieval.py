"""Read-only views for the codebook, retrieval and memo panels, each one query.

`segment_rows` gives the coded segments of some codes with everything the retrieval
table shows (excerpt, source title/kind/date, participant and stakeholder group) from
a single join; a segment's participant is its own `participant_id` when set, else the
first participant linked to its source. Excerpts are cut by SQLite's `substr`, which
counts characters, i.e. code points, like the rest of Telaah. `code_counts` gives each
code's segment and source counts, also rolled up over its sub-codes, and
`CodeCountTracker` keeps them up to date from each change without reading every
segment again. Coded image regions are listed and counted with the segments
(`storage.region_evidence`: negative ids, the region's description as text, `region`
set). `memo_rows` lists the memos with a short description of what each is
attached to. No Qt here.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage import region_evidence
from storage.kinds import Kind
from storage.region_evidence import RegionRef

if TYPE_CHECKING:
    from storage.project import Project

EXCERPT_CHARS = 80


@dataclass
class SegmentRow:
    """One coded segment as the retrieval table shows it."""

    segment_id: int
    source_id: int
    code_id: int
    start: int
    end: int
    text: str
    code_label_en: str
    code_label_id: str
    code_key: str
    code_color: str
    source_title: str
    technique: str
    date: str
    participant_id: int | None
    participant_code: str
    group: str
    valence: str
    coder: str
    region: RegionRef | None = None   # a coded image region (negative id), else None

    def code_label(self, lang: str = "id") -> str:
        first, second = ((self.code_label_id, self.code_label_en) if lang == "id"
                         else (self.code_label_en, self.code_label_id))
        return first or second


@dataclass
class CodeCounts:
    """Segments and distinct sources of one code, alone and with all its sub-codes."""

    segments: int = 0
    sources: int = 0
    total_segments: int = 0
    total_sources: int = 0


@dataclass
class MemoRow:
    """One memo with a readable name of what it is attached to."""

    memo_id: int
    target_type: str
    target_id: int | None
    target_label: str
    title: str
    body: str
    author: str
    created: str
    modified: str


_SEGMENTS_SQL = """
SELECT s.id, s.source_id, s.code_id, s.start_pos, s.end_pos,
       substr(src.text, s.start_pos + 1, s.end_pos - s.start_pos),
       c.label_en, c.label_id, COALESCE(c.node_id, 'code:' || c.id), c.color,
       src.title, src.kind, COALESCE(src.date, ''),
       p.id, COALESCE(p.code, ''), COALESCE(g.name, ''), s.valence, s.coder
FROM segments s
JOIN sources src ON src.id = s.source_id
JOIN codes c ON c.id = s.code_id
LEFT JOIN participants p ON p.id = COALESCE(s.participant_id, (
    SELECT sp.participant_id FROM source_participants sp
    WHERE sp.source_id = s.source_id ORDER BY sp.position LIMIT 1))
LEFT JOIN groups g ON g.id = p.group_id
WHERE s.code_id IN (SELECT value FROM json_each(?))
ORDER BY src.position, src.title COLLATE NOCASE, s.source_id, s.start_pos, s.end_pos, s.id
"""


def segment_rows(project: Project, code_ids, include_subcodes: bool = False
                 ) -> list[SegmentRow]:
    """The segments coded with `code_ids` (and their sub-codes if asked), text order."""
    ids = {int(i) for i in code_ids}
    if include_subcodes and ids:
        tree = project.codes.tree()
        ids = {below for code_id in ids for below in tree.descendants(code_id)}
    if not ids:
        return []
    rows = [SegmentRow(*row) for row in
            project.db.execute(_SEGMENTS_SQL, [json.dumps(sorted(ids))]).fetchall()]
    regions = region_evidence.regions_of_codes(project, ids)
    if not regions:
        return rows
    rows.extend(_region_rows(project, regions))
    order = {s.id: n for n, s in enumerate(project.sources.list(with_length=False))}
    rows.sort(key=lambda r: (order.get(r.source_id, 0), r.region is None, r.start, r.end))
    return rows


def _region_rows(project: Project, regions) -> list[SegmentRow]:
    """Retrieval rows of coded image regions (participant as in `storage.facts`)."""
    from storage.facts import segment_details

    codes = {c.id: c for c in project.codes.list()}
    found = []
    for detail in segment_details(project, [r.item for r in regions]):
        code = codes[detail.code_id]
        found.append(SegmentRow(
            detail.id, detail.source_id, detail.code_id, 0, 0, detail.text, code.label_en,
            code.label_id, code.node_id or f"code:{code.id}", code.color,
            detail.source_title, detail.technique, detail.date or "", detail.participant_id,
            detail.participant_code, detail.group, detail.valence, detail.coder,
            detail.region))
    return found


def code_counts(project: Project) -> dict[int, CodeCounts]:
    """Code id -> its counts; `total_*` include every sub-code (sources counted once)."""
    return CodeCountTracker(project).counts


class CodeCountTracker:
    """`code_counts` kept up to date from each `Change`, without reading every segment.

    `counts` is {code id: CodeCounts}. `apply(change)` updates it from the change's
    segment rows (inserts, deletes, moves between codes or sources) and returns the ids
    of the codes whose counts changed (the coded codes and their ancestors), or None
    when it had to read everything again (codes changed, a bulk action without a
    journal): then every code may have changed.
    """

    def __init__(self, project: Project):
        self.project = project
        self.reload()

    def reload(self) -> None:
        db = self.project.db
        self.tree = self.project.codes.tree()
        # code id -> {source id: segments of that code in that source}; one JSON array
        # of sources per code, read in the order of the index on code_id (no sorting)
        self.per_source: dict[int, dict[int, int]] = {
            code.id: {} for code in self.tree.codes}
        for code_id, sources in db.execute(
                "SELECT code_id, json_group_array(source_id) FROM segments "
                "GROUP BY code_id").fetchall():
            if code_id in self.per_source:
                self.per_source[code_id] = Counter(json.loads(sources))
        for code_id, sources in region_evidence.region_sources(self.project).items():
            if code_id in self.per_source:   # a region counts like a segment
                self.per_source[code_id] = Counter(self.per_source[code_id]) + Counter(sources)
        self.counts = self._roll_up()

    def _roll_up(self) -> dict[int, CodeCounts]:
        counts = {code_id: CodeCounts() for code_id in self.per_source}
        totals: dict[int, set[int]] = {}
        for code_id, sources in self.per_source.items():
            own = counts[code_id]
            own.segments = sum(sources.values())
            own.sources = len(sources)
            for at in (code_id, *self.tree.ancestors(code_id)):  # up to the root
                counts[at].total_segments += own.segments
                totals.setdefault(at, set()).update(sources)
        for code_id, sources in totals.items():
            counts[code_id].total_sources = len(sources)
        return counts

    def apply(self, change) -> set[int] | None:
        """Follow `change` (see the class docstring)."""
        if change.affects(Kind.CODES, Kind.IMAGE_REGIONS, Kind.MEDIA) or change.bulk(
                Kind.SEGMENTS):
            self.reload()
            return None
        deltas = self._deltas(change)
        if deltas is None:
            self.reload()
            return None
        touched = set()
        for (code_id, source_id), delta in deltas.items():
            sources = self.per_source.get(code_id)
            if sources is None or not delta:
                continue
            n = sources.get(source_id, 0) + delta
            if n > 0:
                sources[source_id] = n
            else:
                sources.pop(source_id, None)
            touched.add(code_id)
        changed = set()
        for code_id in touched:
            changed.update((code_id, *self.tree.ancestors(code_id)))
        for code_id in changed:
            self.counts[code_id] = self._count(code_id)
        return changed

    def _deltas(self, change) -> dict[tuple[int, int], int] | None:
        """+1/-1 per (code, source) from the change's segment deltas (whole records)."""
        deltas: dict[tuple[int, int], int] = {}
        for delta in change.segment_deltas():
            for segment, step in ((delta.before, -1), (delta.after, 1)):
                if segment is not None:
                    pair = (segment.code_id, segment.source_id)
                    deltas[pair] = deltas.get(pair, 0) + step
        return deltas

    def _count(self, code_id: int) -> CodeCounts:
        own = self.per_source[code_id]
        total, sources = 0, set()
        for at in self.tree.descendants(code_id):
            below = self.per_source.get(at, {})
            total += sum(below.values())
            sources.update(below)
        return CodeCounts(sum(own.values()), len(own), total, len(sources))


_MEMOS_SQL = """
SELECT m.id, m.target_type, m.target_id,
       CASE m.target_type
         WHEN 'source' THEN src.title
         WHEN 'code' THEN CASE WHEN ? = 'en' THEN COALESCE(NULLIF(c.label_en, ''), c.label_id)
                               ELSE COALESCE(NULLIF(c.label_id, ''), c.label_en) END
         WHEN 'segment' THEN substr(segsrc.text, seg.start_pos + 1,
                                    MIN(seg.end_pos - seg.start_pos, ?))
         WHEN 'participant' THEN p.code
         ELSE '' END,
       m.title, m.body, m.author, m.created, m.modified,
       seg.end_pos - seg.start_pos
FROM memos m
LEFT JOIN sources src ON m.target_type = 'source' AND src.id = m.target_id
LEFT JOIN codes c ON m.target_type = 'code' AND c.id = m.target_id
LEFT JOIN segments seg ON m.target_type = 'segment' AND seg.id = m.target_id
LEFT JOIN sources segsrc ON segsrc.id = seg.source_id
LEFT JOIN participants p ON m.target_type = 'participant' AND p.id = m.target_id
ORDER BY m.created, m.id
"""


def memo_rows(project: Project, lang: str = "id") -> list[MemoRow]:
    """Every memo, oldest first, with the name of its target (code labels in `lang`)."""
    result = []
    for row in project.db.execute(_MEMOS_SQL, [lang, EXCERPT_CHARS]).fetchall():
        *fields, segment_length = row
        label = " ".join((fields[3] or "").split())
        if fields[1] == "segment" and (segment_length or 0) > EXCERPT_CHARS:
            label += "…"
        fields[3] = label
        result.append(MemoRow(*fields))
    return result

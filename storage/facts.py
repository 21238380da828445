"""Read-only evidence for analysis: every coded segment, code by code, in one query.

`load_facts(project)` returns a `Facts` bundle: the codebook (tree order), sources
(kind, title, date and position only), participants, stakeholder groups, the
frameworks in use and, for each code, a `CodeSegments`: the fields of its segments
(ids, sources, participants, valence flags, start and end offsets) as parallel
tuples, supporting segments first. The participant of a segment is its own speaker,
else the source's first linked participant (by position); `contradicts` is 1 for a
contradicting segment, 0 for a supporting one. Everything else about a segment (source
kind, date, title, participant code, group) is looked up in the small tables.

100,000 segments cost one aggregate query over a covering index (`segments_evidence`,
migration 0004) that returns one row per code and valence with each field as a JSON
array; a field is decoded (by the C JSON parser) only when first used, so no
per-segment Python object is made for fields a view does not need. `Facts.segments`
still offers one tuple per segment, `(code_id, segment_id, source_id, participant_id,
contradicts, start, end)` ordered by code, and may be replaced to filter the evidence.
`segment_details` gives the coded text and labels of a few segments for display.
Coded image regions are evidence too: they come in as items with negative ids
(`storage.region_evidence`), so every figure and list built from here counts them.
Nothing here writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING

from storage import region_evidence
from storage.models import Code, Group, Participant, Source
from storage.region_evidence import RegionRef

if TYPE_CHECKING:
    from storage.project import Project

# Index of each field in a segment fact tuple.
CODE, SEGMENT, SOURCE, PARTICIPANT, CONTRADICTS, START, END = range(7)

_FIRST_LINK = """
    first_link AS MATERIALIZED (
        SELECT source_id, participant_id FROM (
            SELECT source_id, participant_id, ROW_NUMBER() OVER (
                PARTITION BY source_id ORDER BY position, participant_id) AS n
            FROM source_participants) WHERE n = 1)"""

# One row per (code, valence), each field a JSON array; read in index order (no sort).
_BY_CODE_SQL = """
    SELECT code_id, valence = 'contradicts', COUNT(*), json_group_array(source_id),
           json_group_array(participant_id), json_group_array(id),
           json_group_array(start_pos), json_group_array(end_pos)
    FROM segments GROUP BY code_id, valence"""

# The last row of each source is its first participant (by position, then id).
_FIRST_PARTICIPANT_SQL = ("SELECT source_id, participant_id FROM source_participants "
                          "ORDER BY source_id, position DESC, participant_id DESC")

_SOURCES_SQL = ("SELECT id, kind, title, date, data_type, position FROM sources "
                "ORDER BY position, title COLLATE NOCASE")

_DETAILS_SQL = f"""
    WITH {_FIRST_LINK}
    SELECT s.id, s.code_id, s.source_id, src.title, src.kind, src.date,
           COALESCE(s.participant_id, f.participant_id), COALESCE(p.code, ''),
           COALESCE(g.name, ''), s.valence, s.start_pos, s.end_pos, s.coder,
           substr(src.text, s.start_pos + 1, s.end_pos - s.start_pos)
    FROM segments s JOIN sources src ON src.id = s.source_id
    LEFT JOIN first_link f ON f.source_id = s.source_id
    LEFT JOIN participants p ON p.id = COALESCE(s.participant_id, f.participant_id)
    LEFT JOIN groups g ON g.id = p.group_id
    WHERE s.id IN (SELECT value FROM json_each(?))"""


def _decode(text: str) -> tuple:
    return tuple(json.loads(text))


class CodeSegments:
    """The segments coded with one code, field by field (see the module docstring).

    `ids`, `sources`, `participants`, `contradicts`, `starts` and `ends` are tuples in
    one and the same order: the `supporting` segments first, then the contradicting
    ones. `len()` is the number of segments. A field is decoded on first use and then
    kept as a plain attribute.
    """

    __slots__ = ("supporting", "_count", "_raw", "_first",
                 "ids", "sources", "participants", "contradicts", "starts", "ends")

    _RAW = ("sources", "participants", "ids", "starts", "ends")  # order in `_raw` halves

    def __init__(self, count: int, supporting: int, raw: list[tuple], first: dict):
        self._count = count
        self.supporting = supporting
        self._raw = raw          # per valence half: JSON arrays in the order of _RAW
        self._first = first      # source id -> its first participant

    @classmethod
    def from_rows(cls, rows) -> CodeSegments:
        """From segment fact tuples of one code (any order)."""
        rows = sorted(rows, key=itemgetter(CONTRADICTS))
        supporting = sum(1 for row in rows if not row[CONTRADICTS])
        bundle = cls(len(rows), supporting, [], {})
        columns = list(zip(*rows, strict=True)) or [()] * 7
        bundle.ids, bundle.sources = columns[SEGMENT], columns[SOURCE]
        bundle.participants, bundle.starts = columns[PARTICIPANT], columns[START]
        bundle.ends = columns[END]
        return bundle

    def __len__(self) -> int:
        return self._count

    def __getattr__(self, name: str):
        """Decode a field not read before (only called while it is unset)."""
        if name == "contradicts":
            value = (0,) * self.supporting + (1,) * (self._count - self.supporting)
        elif name == "participants":
            value = self._participants()
        elif name in self._RAW:
            index = self._RAW.index(name)
            value = sum((_decode(half[index]) for half in self._raw), ())
        else:
            raise AttributeError(name)
        setattr(self, name, value)
        return value

    def _participants(self) -> tuple:
        sources = self.sources
        texts = [half[1] for half in self._raw]
        if sum(text.count("n") for text in texts) == self._count:  # all null: no segment
            return tuple(map(self._first.get, sources))           # has its own speaker
        first = self._first.get
        own = sum((_decode(text) for text in texts), ())
        return tuple(first(s) if p is None else p for p, s in zip(own, sources, strict=True))


@dataclass
class Facts:
    """The evidence of a project as plain data (see the module docstring)."""

    frameworks: list[str]
    codes: list[Code]
    sources: list[Source]
    participants: list[Participant]
    groups: list[Group]
    by_code: dict[int, CodeSegments] = field(default_factory=dict)
    # Survey answers to questions linked to a code: {code id: {group id or None: answers}}.
    survey: dict[int, dict[int | None, int]] = field(default_factory=dict)

    @property
    def segments(self) -> list[tuple]:
        """One fact tuple per segment, ordered by code."""
        found = []
        for code_id, bundle in self.by_code.items():
            found.extend(zip([code_id] * len(bundle), bundle.ids, bundle.sources,
                             bundle.participants, bundle.contradicts, bundle.starts,
                             bundle.ends, strict=True))
        return found

    @segments.setter
    def segments(self, rows: list[tuple]) -> None:
        ordered = sorted(rows, key=itemgetter(CODE))
        self.by_code = {code_id: CodeSegments.from_rows(list(group))
                        for code_id, group in groupby(ordered, itemgetter(CODE))}


@dataclass(frozen=True)
class SegmentDetail:
    """One segment as shown in lists: where it is, who said it, and its text."""

    id: int
    code_id: int
    source_id: int
    source_title: str
    technique: str
    date: str | None
    participant_id: int | None
    participant_code: str
    group: str
    valence: str
    start: int
    end: int
    coder: str
    text: str
    region: RegionRef | None = None   # a coded image region (negative id), else None


def load_facts(project: Project) -> Facts:
    """The whole evidence of `project`: small tables plus each code's segments."""
    frameworks = project.study.frameworks()
    codes = [c for c in project.codes.list()
             if c.framework_id is None or c.framework_id in frameworks]
    first = dict(project.db.execute(_FIRST_PARTICIPANT_SQL).fetchall())
    by_code: dict[int, CodeSegments] = {}
    halves: dict[int, list] = {}
    for sql in (_BY_CODE_SQL, region_evidence.FACTS_SQL):  # segments, then image regions
        for code_id, contradicts, count, *fields in project.db.execute(sql).fetchall():
            halves.setdefault(code_id, []).append((contradicts, count, fields))
    for code_id, parts in halves.items():
        parts.sort(key=itemgetter(0))  # supporting first (stable: segments before regions)
        supporting = sum(count for contradicts, count, _f in parts if not contradicts)
        by_code[code_id] = CodeSegments(sum(p[1] for p in parts), supporting,
                                        [tuple(p[2]) for p in parts], first)
    sources = [Source(id=r[0], kind=r[1], title=r[2], date=r[3], data_type=r[4], position=r[5])
               for r in project.db.execute(_SOURCES_SQL).fetchall()]
    return Facts(frameworks=frameworks, codes=codes, sources=sources,
                 participants=project.participants.list(),
                 groups=project.participants.groups(), by_code=by_code,
                 survey=_survey_evidence(project, codes))


def _survey_evidence(project: Project, codes: list[Code]) -> dict[int, dict[int | None, int]]:
    """Answers to survey questions linked to each code, by the respondent's group."""
    linked = project.surveys.question_indicators()
    if not linked:
        return {}
    code_of = {c.key: c.id for c in codes}
    found: dict[int, dict[int | None, int]] = {}
    for question_id, counts in project.survey_responses.counts_by_group(linked).items():
        for key in linked[question_id]:
            if key in code_of:
                groups = found.setdefault(code_of[key], {})
                for group_id, count in counts.items():
                    if count:
                        groups[group_id] = groups.get(group_id, 0) + count
    return found


def coders_by_code(project: Project) -> dict[int, set[str]]:
    """Who coded each code's segments (for investigator triangulation)."""
    found: dict[int, set[str]] = {}
    for code_id, coder in project.db.execute(
            "SELECT code_id, coder FROM segments GROUP BY code_id, coder"):
        found.setdefault(code_id, set()).add(coder or "")
    return found


def segment_details(project: Project, segment_ids) -> list[SegmentDetail]:
    """Details and coded text of the given segments, in the order of `segment_ids`
    (a region's "text" is its description, see `storage.region_evidence`)."""
    ids = list(segment_ids)
    if not ids:
        return []
    rows = project.db.execute(_DETAILS_SQL, [json.dumps(ids)]).fetchall()
    found = {row[0]: SegmentDetail(*row) for row in rows}
    found.update(_region_details(project, ids))
    return [found[i] for i in ids if i in found]


def _region_details(project: Project, ids: list[int]) -> dict[int, SegmentDetail]:
    regions = region_evidence.regions_by_id(project, ids)
    if not regions:
        return {}
    first = dict(project.db.execute(_FIRST_PARTICIPANT_SQL).fetchall())
    participants = {p.id: p for p in project.participants.list()}
    groups = {g.id: g.name for g in project.participants.groups()}
    sources = {s.id: s for s in project.sources.list(with_length=False)}
    found = {}
    for item, row in regions.items():
        source = sources[row.ref.source_id]
        person = participants.get(first.get(source.id))
        found[item] = SegmentDetail(
            item, row.code_id, source.id, source.title, source.kind, source.date,
            person.id if person else None, person.code if person else "",
            groups.get(person.group_id, "") if person else "", row.valence, 0, 0,
            row.coder, row.text, row.ref)
    return found

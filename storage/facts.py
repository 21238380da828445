"""Read-only evidence for analysis: every coded segment as a plain tuple, in one query.

`load_facts(project)` returns a `Facts` bundle: the codebook (tree order), sources
(kind, title, date and position only), participants, stakeholder groups, the
frameworks in use and one tuple per segment, `(code_id, segment_id, source_id,
participant_id, contradicts, start, end)` ordered by code. The participant of a
segment is its own speaker, else the source's first linked participant (by position);
`contradicts` is 1 for a contradicting segment, 0 for a supporting one. Everything else
about a segment (source kind, date, title, participant code, group) is looked up in the
small tables, so 100,000 segments cost one query and no per-row objects.
`segment_details` gives the coded text and labels of a few segments for display.
Nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING

from storage.models import Code, Group, Participant, Source

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

_FACTS_SQL = f"""
    WITH {_FIRST_LINK}
    SELECT s.code_id, s.id, s.source_id, COALESCE(s.participant_id, f.participant_id),
           s.valence = 'contradicts', s.start_pos, s.end_pos
    FROM segments s LEFT JOIN first_link f ON f.source_id = s.source_id"""

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


@dataclass
class Facts:
    """The evidence of a project as plain data (see the module docstring)."""

    frameworks: list[str]
    codes: list[Code]
    sources: list[Source]
    participants: list[Participant]
    groups: list[Group]
    segments: list[tuple] = field(default_factory=list)


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


def load_facts(project: Project) -> Facts:
    """The whole evidence of `project`: small tables plus one tuple per segment."""
    frameworks = project.study.frameworks()
    codes = [c for c in project.codes.list()
             if c.framework_id is None or c.framework_id in frameworks]
    segments = project.db.execute(_FACTS_SQL).fetchall()
    segments.sort(key=itemgetter(CODE))  # grouped by code (order within: any)
    sources = [Source(id=r[0], kind=r[1], title=r[2], date=r[3], data_type=r[4], position=r[5])
               for r in project.db.execute(_SOURCES_SQL).fetchall()]
    return Facts(frameworks=frameworks, codes=codes, sources=sources,
                 participants=project.participants.list(),
                 groups=project.participants.groups(), segments=segments)


def segment_details(project: Project, segment_ids) -> list[SegmentDetail]:
    """Details and coded text of the given segments, in the order of `segment_ids`."""
    import json

    ids = list(segment_ids)
    if not ids:
        return []
    rows = project.db.execute(_DETAILS_SQL, [json.dumps(ids)]).fetchall()
    found = {row[0]: SegmentDetail(*row) for row in rows}
    return [found[i] for i in ids if i in found]

"""Read model for inter-coder agreement: each coder's coded spans on shared sources.

`coder_spans(project, coders, code_ids)` returns `CoderSpans`: the sources every one of
`coders` coded (a source counts as coded by a coder when it holds at least one of that
coder's segments, on any code), their lengths in code points, and for each
(source, code) the spans of each coder as `(start, end, segment_id)` tuples sorted by
start. One query per coder reads the covering index `segments_coder` (migration
0011_coders) in order, each field as one JSON array, so 300,000 segments cost no
per-row cursor work. Nothing here writes; `analysis.agreement` computes every figure.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.project import Project

Span = tuple[int, int, int]  # start, end (exclusive), segment id

_CODER_SQL = """
    SELECT json_group_array(source_id), json_group_array(code_id),
           json_group_array(start_pos), json_group_array(end_pos){ids}
    FROM (SELECT source_id, code_id, start_pos, end_pos, id FROM segments
          INDEXED BY segments_coder WHERE coder = ?
          ORDER BY source_id, code_id, start_pos, end_pos)"""


@dataclass
class CoderSpans:
    coders: list[str]
    source_lengths: dict[int, int]              # the shared sources: id -> length
    spans: dict[tuple[int, int], dict[str, list[Span]]] = field(default_factory=dict)
    # Each coder's segments on the shared sources as parallel columns (source, code,
    # start, end, id), ordered by source, code, start, end: for vectorised readers.
    columns: dict[str, tuple[list, ...]] = field(default_factory=dict)

    @property
    def total_length(self) -> int:
        return sum(self.source_lengths.values())

    def code_ids(self) -> set[int]:
        return {code_id for columns in self.columns.values() for code_id in columns[1]}


def coder_spans(project: Project, coders: list[str], code_ids: list[int] | None = None,
                *, by_key: bool = True) -> CoderSpans:
    """With `by_key=False` only `columns` is filled (not `spans`, nor segment ids)."""
    per_coder = {}
    shared: set[int] | None = None
    sql = _CODER_SQL.format(ids=", json_group_array(id)" if by_key else "")
    for coder in coders:
        row = project.db.execute(sql, [coder]).fetchone()
        columns = [json.loads(value) for value in row]
        per_coder[coder] = columns
        sources = set(columns[0])
        shared = sources if shared is None else shared & sources
    shared = shared or set()
    lengths = _lengths(project, shared)
    result = CoderSpans(list(coders), lengths)
    wanted = set(code_ids) if code_ids is not None else None
    for coder, columns in per_coder.items():
        if wanted is None and set(columns[0]) <= shared:
            result.columns[coder] = tuple(columns)
            continue
        keep = [i for i, (source_id, code_id) in enumerate(zip(columns[0], columns[1],
                                                                strict=True))
                if source_id in shared and (wanted is None or code_id in wanted)]
        if len(keep) != len(columns[0]):
            columns = [[column[i] for i in keep] for column in columns]
        result.columns[coder] = tuple(columns)
    if by_key:
        _group(result)
    return result


def _group(result: CoderSpans) -> None:
    spans = result.spans
    for coder, (sources, codes, starts, ends, ids) in result.columns.items():
        current_key, current = None, None
        for source_id, code_id, start, end, segment_id in zip(
                sources, codes, starts, ends, ids, strict=True):
            key = (source_id, code_id)
            if key != current_key:
                current_key = key
                current = spans.setdefault(key, {}).setdefault(coder, [])
            current.append((start, end, segment_id))


def _lengths(project: Project, source_ids: set[int]) -> dict[int, int]:
    if not source_ids:
        return {}
    marks = ", ".join("?" for _ in source_ids)
    return dict(project.db.execute(
        f"SELECT id, length(text) FROM sources WHERE id IN ({marks}) ORDER BY id",
        sorted(source_ids)).fetchall())

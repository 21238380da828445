"""Read model for inter-coder agreement: each coder's coded spans on shared sources.

`coder_spans(project, coders, code_ids)` returns `CoderSpans`: the sources every one of
`coders` coded (a source counts as coded by a coder when it holds at least one of that
coder's segments, on any code), their lengths in code points, and for each
(source, code) the spans of each coder as sorted `(start, end, segment_id)` tuples.
Only segments of those coders on those sources are read (one query). Nothing here
writes; `analysis.agreement` computes every figure from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.project import Project

Span = tuple[int, int, int]  # start, end (exclusive), segment id


@dataclass
class CoderSpans:
    coders: list[str]
    source_lengths: dict[int, int]              # the shared sources: id -> length
    spans: dict[tuple[int, int], dict[str, list[Span]]] = field(default_factory=dict)

    @property
    def total_length(self) -> int:
        return sum(self.source_lengths.values())

    def code_ids(self) -> set[int]:
        return {code_id for _source, code_id in self.spans}


def coders_with_segments(project: Project) -> list[str]:
    """Every coder name found on a segment, sorted."""
    return sorted(project.segments.coders(), key=str.casefold)


def coder_spans(project: Project, coders: list[str],
                code_ids: list[int] | None = None) -> CoderSpans:
    marks = ", ".join("?" for _ in coders)
    shared_sql = (f"SELECT source_id FROM segments WHERE coder IN ({marks}) "
                  f"GROUP BY source_id HAVING COUNT(DISTINCT coder) = ?")
    lengths = dict(project.db.execute(
        f"SELECT id, length(text) FROM sources WHERE id IN ({shared_sql}) ORDER BY id",
        [*coders, len(coders)]).fetchall())
    result = CoderSpans(list(coders), lengths)
    if not lengths:
        return result
    sql = (f"SELECT source_id, code_id, coder, start_pos, end_pos, id FROM segments "
           f"WHERE coder IN ({marks}) AND source_id IN ({shared_sql})")
    params: list = [*coders, *coders, len(coders)]
    if code_ids is not None:
        sql += f" AND code_id IN ({', '.join('?' for _ in code_ids)})"
        params += list(code_ids)
    spans = result.spans
    for source_id, code_id, coder, start, end, segment_id in project.db.execute(
            sql + " ORDER BY source_id, code_id, start_pos, end_pos", params):
        key = (source_id, code_id)
        by_coder = spans.get(key)
        if by_coder is None:
            by_coder = spans[key] = {}
        by_coder.setdefault(coder, []).append((start, end, segment_id))
    return result

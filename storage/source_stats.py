"""Cheap aggregate reads about sources for lists and confirmations.

The sources panel shows how many coded segments each source holds, and the delete
confirmation says how many codings go with a source. One grouped query answers both
for every source at once, so a list of hundreds of sources refreshes with a single
read. A coded region of a source's image counts as one of its codings. Read-only; no Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage import region_evidence

if TYPE_CHECKING:
    from storage.project import Project


def segment_counts(project: Project) -> dict[int, int]:
    """Source id -> number of coded segments and image regions; sources without any
    are absent."""
    rows = project.db.execute(
        "SELECT source_id, COUNT(*) FROM segments GROUP BY source_id").fetchall()
    found = {int(source_id): int(count) for source_id, count in rows}
    for source_id, count in region_evidence.counts_by_source(project).items():
        found[source_id] = found.get(source_id, 0) + count
    return found

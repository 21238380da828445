"""Cheap aggregate reads about sources for lists and confirmations.

The sources panel shows how many coded segments each source holds, and the delete
confirmation says how many codings go with a source. One grouped query answers both
for every source at once, so a list of hundreds of sources refreshes with a single
read. Read-only; no Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.project import Project


def segment_counts(project: Project) -> dict[int, int]:
    """Source id -> number of coded segments; sources without segments are absent."""
    rows = project.db.execute(
        "SELECT source_id, COUNT(*) FROM segments GROUP BY source_id").fetchall()
    return {int(source_id): int(count) for source_id, count in rows}

"""Coded image regions as evidence: the one place a region joins the coded segments.

A rectangle of a photo (or of a scanned PDF's page) coded with a code is evidence
like a coded passage of text. Everything that counts or lists evidence reads it
through the segment read models (`storage.facts`, `storage.retrieval`,
`storage.source_stats`), which call this module, so the board, triangulation,
matrices, retrieval, the sources list and the exports all see regions without
knowing about them.

An *evidence item id* is a segment's id (positive) or a region's id negated
(`item_id(region)`: region 7 is item -7), so one list of ids can hold both and the
two never collide. A region belongs to the source of its image; its participant is
that source's first linked participant (as for a segment without its own speaker);
its offsets are (0, 0): it covers no text, so it co-occurs with no passage. Its text
is a description, "[region x,y w×h] of <caption or title>" (a `Message`, so the GUI
can say it in Indonesian; exports write it in the report's language from
`exporters.report.labels`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage import messages
from storage.errors import Message

if TYPE_CHECKING:
    from storage.project import Project

# Same columns as `storage.facts._BY_CODE_SQL`: one row per (code, valence).
FACTS_SQL = """
    SELECT r.code_id, r.valence = 'contradicts', COUNT(*), json_group_array(m.source_id),
           json_group_array(NULL), json_group_array(-r.id),
           json_group_array(0), json_group_array(0)
    FROM image_regions r JOIN media m ON m.id = r.media_id
    GROUP BY r.code_id, r.valence"""

_REGION_SQL = """
    SELECT r.id, r.media_id, r.code_id, r.x, r.y, r.width, r.height, r.valence, r.coder,
           r.memo, m.source_id, m.role, m.position, src.title,
           COALESCE(d.caption, '')
    FROM image_regions r JOIN media m ON m.id = r.media_id
    JOIN sources src ON src.id = m.source_id
    LEFT JOIN image_details d ON d.source_id = m.source_id"""


def item_id(region_id: int) -> int:
    """The evidence item id of a region."""
    return -int(region_id)


def is_region(item: int) -> bool:
    return item < 0


def region_of(item: int) -> int:
    """The region id of a region's evidence item id."""
    return -int(item)


@dataclass(frozen=True)
class RegionRef:
    """Where a coded region is: its image, rectangle, page (of a scan) and title."""

    region_id: int
    media_id: int
    source_id: int
    x: int
    y: int
    width: int
    height: int
    page: int | None      # the page of a scanned PDF, else None
    title: str            # the photo's caption, else its source's title

    @property
    def rect(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.width, self.height)


@dataclass(frozen=True)
class RegionRow:
    """A region with its code, valence, coder and memo, as the read models need it."""

    ref: RegionRef
    code_id: int
    valence: str
    coder: str
    memo: str

    @property
    def item(self) -> int:
        return item_id(self.ref.region_id)

    @property
    def text(self) -> Message:
        return describe(self.ref)


def describe(ref: RegionRef) -> Message:
    """'[region 10,20 300×200] of Forum desa' (or '... of page 3 of Laporan')."""
    values = {"x": ref.x, "y": ref.y, "width": ref.width, "height": ref.height,
              "title": ref.title}
    if ref.page is None:
        return Message(messages.REGION_EVIDENCE, **values)
    return Message(messages.REGION_PAGE_EVIDENCE, page=ref.page, **values)


def _row(values) -> RegionRow:
    (region_id, media_id, code_id, x, y, width, height, valence, coder, memo,
     source_id, role, position, title, caption) = values
    page = position if role == "page_image" else None
    ref = RegionRef(region_id, media_id, source_id, x, y, width, height, page,
                    caption or title)
    return RegionRow(ref, code_id, valence, coder, memo)


def regions_by_id(project: Project, items) -> dict[int, RegionRow]:
    """Evidence item id -> RegionRow for the region items among `items`."""
    wanted = [region_of(i) for i in items if is_region(i)]
    if not wanted:
        return {}
    rows = project.db.execute(f"{_REGION_SQL} WHERE r.id IN (SELECT value FROM json_each(?))",
                              [json.dumps(wanted)]).fetchall()
    return {item_id(row[0]): _row(row) for row in rows}


def regions_of_codes(project: Project, code_ids) -> list[RegionRow]:
    """The regions coded with any of `code_ids`, by image then top-left position."""
    rows = project.db.execute(
        f"{_REGION_SQL} WHERE r.code_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY m.source_id, m.position, r.y, r.x, r.id",
        [json.dumps(sorted(int(i) for i in code_ids))]).fetchall()
    return [_row(row) for row in rows]


def regions_of_source(project: Project, source_id: int) -> list[RegionRow]:
    """The regions of a source's images (pages in order), top-left first."""
    rows = project.db.execute(f"{_REGION_SQL} WHERE m.source_id = ? "
                              "ORDER BY m.position, r.y, r.x, r.id", [source_id]).fetchall()
    return [_row(row) for row in rows]


def region_sources(project: Project) -> dict[int, list[int]]:
    """Code id -> the source of each of its regions (one entry per region)."""
    found: dict[int, list[int]] = {}
    for code_id, sources in project.db.execute(
            "SELECT r.code_id, json_group_array(m.source_id) FROM image_regions r "
            "JOIN media m ON m.id = r.media_id GROUP BY r.code_id").fetchall():
        found[code_id] = json.loads(sources)
    return found


def counts_by_source(project: Project) -> dict[int, int]:
    """Source id -> number of coded regions of its images."""
    rows = project.db.execute(
        "SELECT m.source_id, COUNT(*) FROM image_regions r JOIN media m ON m.id = r.media_id "
        "GROUP BY m.source_id").fetchall()
    return {int(source_id): int(count) for source_id, count in rows}

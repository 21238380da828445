"""Page boundaries of sources imported from PDFs: which page each part of the text is on.

A page is a range [start_pos, end_pos) of the source's text in code points. The ranges
follow text edits like segments do (`follow_splice`, called by `sources.edit_text`), so
a quote always cites the pages its words came from ("(hlm. 3)", "(p. 3-4)").
"""

from __future__ import annotations

from bisect import bisect_right

from storage.repository import Repository
from storage.segments import shifted_range


class PageRepository(Repository):
    """Read and keep the page ranges of page-aware sources."""

    def set_pages(self, act, source_id: int, ranges: list[tuple[int, int]]) -> None:
        """Inside `act`: the source's pages are `ranges`, page 1 first."""
        act.delete_where("source_pages", "source_id = ?", [source_id])
        for page, (start, end) in enumerate(ranges, 1):
            act.insert("source_pages", {"source_id": source_id, "page": page,
                                        "start_pos": start, "end_pos": end})

    def ranges(self, source_id: int) -> list[tuple[int, int, int]]:
        """(page, start, end) of each page of the source, in page order."""
        return [(r["page"], r["start_pos"], r["end_pos"]) for r in self.rows(
            "SELECT page, start_pos, end_pos FROM source_pages WHERE source_id = ? "
            "ORDER BY page", [source_id])]

    def pages_of(self, source_id: int, start: int, end: int) -> list[int]:
        """The pages the text [start, end) lies on (empty for a source without pages)."""
        return pages_in(self.ranges(source_id), start, end)

    def page_aware_count(self) -> int:
        return self.scalar("SELECT COUNT(DISTINCT source_id) FROM source_pages") or 0

    def follow_splice(self, act, source_id: int, start: int, end: int, inserted: int) -> None:
        """Move the page ranges after text[start:end] became `inserted` characters."""
        for page, a, b in self.ranges(source_id):
            if b < start:
                continue
            new = moved_page(a, b, start, end, inserted)
            if (a, b) != new:
                act.update("source_pages", {"source_id": source_id, "page": page},
                           {"start_pos": new[0], "end_pos": new[1]})


def moved_page(a: int, b: int, start: int, end: int, inserted: int) -> tuple[int, int]:
    """Where page [a, b) lies after text[start:end] became `inserted` characters; a page
    whose text was all removed becomes empty where the edit happened."""
    moved = shifted_range(a, b, start, end, inserted) if b > a else None
    if moved is not None:
        return moved
    if a >= end:
        point = a + inserted - (end - start)
    else:
        point = a if a <= start else start + inserted
    return point, point


def pages_in(ranges: list[tuple[int, int, int]], start: int, end: int) -> list[int]:
    """Pages of `ranges` ((page, start, end), in order) that [start, end) overlaps."""
    starts = [a for _page, a, _b in ranges]
    first = max(bisect_right(starts, start) - 1, 0)
    return [page for page, a, b in ranges[first:]
            if a < end and (b > start or a == b == start)]


def page_citation(pages: list[int], language: str) -> str:
    """'(hlm. 3)' / '(p. 3)' / '(pp. 3-4)' for the pages a quote lies on ('' for none)."""
    if not pages:
        return ""
    span = str(pages[0]) if pages[0] == pages[-1] else f"{pages[0]}-{pages[-1]}"
    if language == "id":
        return f"(hlm. {span})"
    return f"(p. {span})" if pages[0] == pages[-1] else f"(pp. {span})"

"""Segments stay on their words when the text is edited; ranges are validated."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage import ValidationError
from storage.segments import shifted_range

TEXT = "0123456789abcdefghijKLMNOPQRST"


@pytest.mark.parametrize(("edit", "expected"), [
    ((0, 0, 3), (13, 23)),      # insertion before: shifts
    ((10, 10, 3), (13, 23)),    # insertion at the start: does not grow the segment
    ((20, 20, 3), (10, 20)),    # insertion at the end: does not grow
    ((15, 15, 3), (10, 23)),    # insertion inside: grows
    ((12, 14, 0), (10, 18)),    # deletion inside: shrinks
    ((5, 15, 0), (5, 10)),      # deletion over the start: keeps the remaining words
    ((15, 25, 0), (10, 15)),    # deletion over the end
    ((10, 20, 0), None),        # all its words deleted: dropped
    ((5, 25, 2), None),         # replaced together with its surroundings: dropped
    ((21, 25, 9), (10, 20)),    # edit after: unchanged
])
def test_shifted_range_cases(edit, expected):
    assert shifted_range(10, 20, *edit) == expected


@given(text=st.text(min_size=1, max_size=40), data=st.data())
def test_segment_keeps_only_its_own_words(text, data):
    a = data.draw(st.integers(0, len(text) - 1))
    b = data.draw(st.integers(a + 1, len(text)))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    inserted = data.draw(st.text(max_size=5))
    new_text = text[:start] + inserted + text[end:]
    moved = shifted_range(a, b, start, end, len(inserted))
    kept_before = text[a:min(b, start)] if a < start else ""
    kept_after = text[max(a, end):b] if b > end else ""
    if moved is None:
        assert kept_before == "" and kept_after == ""
        return
    words = new_text[moved[0]:moved[1]]
    assert words.startswith(kept_before) and words.endswith(kept_after)
    grown = len(words) - len(kept_before) - len(kept_after)
    assert grown in (0, len(inserted))
    if grown:
        assert words[len(kept_before):len(kept_before) + grown] == inserted


def test_edit_moves_stored_segments(project):
    sid = project.sources.add("observation", "O1", "Rapat 😀 koordinasi bulanan di Dinas.")
    code = project.codes.resolve("deseve2007.information_sharing").id
    first = project.segments.add(sid, code, 8, 18)       # "koordinasi"
    second = project.segments.add(sid, code, 27, 35)     # "di Dinas"
    project.sources.edit_text(sid, 0, 5, "Pertemuan")     # before both
    text = project.sources.text(sid)
    for seg_id, words in ((first, "koordinasi"), (second, "di Dinas")):
        seg = project.segments.get(seg_id)
        assert text[seg.start:seg.end] == words
    project.sources.edit_text(sid, 12, 23, "")           # deletes "koordinasi "
    assert [s.id for s in project.segments.for_source(sid)] == [second]


def test_ranges_outside_text_are_refused(project):
    sid = project.sources.add("document", "D1", "abc")
    code = project.codes.resolve("ag2008.outcomes").id
    for start, end in ((0, 4), (2, 2), (-1, 1)):
        with pytest.raises(ValidationError, match="not inside the text"):
            project.segments.add(sid, code, start, end)
    with pytest.raises(ValidationError, match="outside the text"):
        project.sources.edit_text(sid, 2, 9, "x")


def test_set_text_is_one_minimal_edit(project):
    sid = project.sources.add("interview", "W", "Kami sudah rapat bulan lalu.")
    code = project.codes.resolve("ag2008.outcomes").id
    seg = project.segments.add(sid, code, 17, 27)    # "bulan lalu"
    project.sources.set_text(sid, "Kami belum pernah rapat bulan lalu.")
    segment = project.segments.get(seg)
    assert project.sources.text(sid)[segment.start:segment.end] == "bulan lalu"

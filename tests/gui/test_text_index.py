"""Qt-free parts of the Text panel: interval index, edit folding, offsets, timestamps."""

from __future__ import annotations

import random

from gui.offsets import OffsetMap
from gui.text.interval_index import IntervalIndex
from gui.text.live_text import LiveOffsetMap, common_prefix, common_suffix, merge_edit, trim_splice
from gui.text.recording import format_timestamp, parse_timestamp, timestamp_at
from gui.text.segment_layer import SegmentLayer, assign_columns, merge_ranges
from storage import Project
from storage.segments import shifted_range


def brute(items, a, b):
    return sorted(i for s, e, i in items if s < b and e > a)


def test_index_matches_brute_force():
    rng = random.Random(7)
    items = []
    for i in range(600):
        start = rng.randrange(0, 10_000)
        items.append((start, start + rng.choice([1, 5, 50, 500, 5000]), i))
    index = IntervalIndex(items)
    for _ in range(500):
        a = rng.randrange(0, 11_000)
        b = a + rng.randrange(1, 400)
        assert sorted(index.ids_overlapping(a, b)) == brute(items, a, b)


def test_index_finds_whole_text_segment_for_a_middle_block():
    length = 1_000_000
    items = [(0, length, 1)] + [(p, p + 10, 100 + p) for p in range(0, length, 1000)]
    index = IntervalIndex(items)
    assert index.ids_overlapping(500_503, 500_508) == [1]
    assert index.ids_overlapping(500_000, 500_005) == [1, 100 + 500_000]
    assert index.ids_at(length - 1) == [1]
    assert index.ids_at(length) == []
    assert IntervalIndex().ids_at(3) == []


def test_shifted_and_replaced_index_match_a_rebuilt_one():
    rng = random.Random(9)
    items = []
    for i in range(300):
        start = rng.randrange(0, 3000)
        items.append((start, start + rng.choice([1, 3, 40, 400, 3000]), i))
    index = IntervalIndex(items)
    for _ in range(300):
        start = rng.randrange(0, 3500)
        end = start + rng.choice([0, 0, 1, 5, 300])
        inserted = rng.choice([0, 1, 2, 10])
        index = index.shifted(start, end, inserted)
        moved = [(shifted_range(a, b, start, end, inserted), i) for a, b, i in items]
        items = [(r[0], r[1], i) for r, i in moved if r is not None]
        assert sorted(zip(index.starts, index.ends, index.ids, strict=True)) == sorted(items)
        assert index.starts == sorted(index.starts)
        a = rng.randrange(0, 3500)
        assert sorted(index.ids_overlapping(a, a + 50)) == brute(items, a, a + 50)
    gone = {items[0][2], items[5][2]}
    added = [(10, 20, 1000), (0, 5000, 1001)]
    index = index.replaced(gone, added)
    items = [item for item in items if item[2] not in gone] + added
    assert sorted(index.ids_overlapping(0, 4000)) == brute(items, 0, 4000)


def test_live_offset_map_follows_splices_like_a_rebuilt_map():
    rng = random.Random(3)
    alphabet = ["a", "b", " ", "\n", "é", "\u0301", "☕", "👍", "🏽", "𝔸"]
    text = "".join(rng.choice(alphabet) for _ in range(300))
    live = LiveOffsetMap(text)
    for _ in range(200):
        start = rng.randrange(0, len(text) + 1)
        end = min(len(text), start + rng.randrange(0, 6))
        inserted = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 5)))
        text = text[:start] + inserted + text[end:]
        live.splice(start, end, inserted)
        fresh = OffsetMap(text)
        assert live.length == fresh.length
        assert live.utf16_length == fresh.utf16_length
        for point in range(0, len(text) + 1, 7):
            assert live.to_utf16(point) == fresh.to_utf16(point)
        for unit in range(0, fresh.utf16_length + 1, 5):
            assert live.to_point(unit) == fresh.to_point(unit)
        assert live.to_utf16_many([0, len(text)]) == [0, fresh.utf16_length]


def test_point_end_rounds_up_inside_a_surrogate_pair():
    offsets = LiveOffsetMap("a👍b")
    assert offsets.to_point(2) == 1
    assert offsets.point_end(2) == 2
    assert offsets.point_end(3) == 2


def test_merged_edits_reproduce_the_screen_text():
    rng = random.Random(11)
    for _ in range(200):
        stored = "".join(rng.choice("abc \n") for _ in range(40))
        screen = stored
        pending = None
        stores = 0
        for _ in range(rng.randrange(1, 8)):
            near = pending.new_end if pending and rng.random() < 0.7 else None
            start = near if near is not None else rng.randrange(0, len(screen) + 1)
            start = min(start, len(screen))
            end = min(len(screen), start + rng.choice([0, 0, 1, 2]))
            inserted = rng.choice(["", "x", "yz", "\n"])
            merged = merge_edit(pending, start, end, len(inserted))
            if merged is None:  # the panel stores the pending edit first
                stored = stored[:pending.start] + screen[pending.start:pending.new_end] + \
                    stored[pending.old_end:]
                assert stored == screen
                stores += 1
                merged = merge_edit(None, start, end, len(inserted))
            screen = screen[:start] + inserted + screen[end:]
            pending = merged
        result = stored[:pending.start] + screen[pending.start:pending.new_end] + \
            stored[pending.old_end:]
        assert result == screen


def test_consecutive_typing_is_one_edit():
    pending = None
    for i in range(5):
        pending = merge_edit(pending, 10 + i, 10 + i, 1)
    assert (pending.start, pending.old_end, pending.new_end) == (10, 10, 15)
    pending = merge_edit(pending, 14, 15, 0)  # backspace
    assert (pending.start, pending.old_end, pending.new_end) == (10, 10, 14)
    assert merge_edit(pending, 30, 30, 1) is None


def test_trim_splice_and_common_parts():
    assert trim_splice("hello world", "hello, world") == (5, 5, ",")
    assert trim_splice("abc", "abc") == (3, 3, "")
    assert trim_splice("aaa", "aaaa") == (3, 3, "a")
    long = "x" * 10_000
    assert common_prefix(long + "a", long + "b") == 10_000
    assert common_suffix("a" + long, "b" + long, 20_000) == 10_000
    assert common_suffix("ab", "ab", 1) == 1


def test_layer_shifts_like_storage_and_applies_change_deltas(tmp_path):
    project = Project.create(tmp_path / "p.telaah", title="t", coder="Tester")
    changes = []
    project.subscribe(changes.append)
    try:
        code = project.codes.add("Trust")
        shown = project.sources.add("interview", "a", "x" * 50)
        other = project.sources.add("interview", "b", "y" * 50)
        first = project.segments.add(shown, code, 10, 20)
        second = project.segments.add(shown, code, 30, 35)
        layer = SegmentLayer()
        layer.load(shown, project.segments.for_source(shown), LiveOffsetMap("x" * 50))
        assert layer.shift(30, 35, 0, (30, 35, 0)) == [(30, 30)]
        assert set(layer.segments) == {first}
        layer.shift(15, 15, 3, (15, 15, 3))
        assert (layer.segments[first].start, layer.segments[first].end) == (10, 23)
        with project.action("x"):
            project.segments.delete(second)
            project.segments.update(first, start=12, end=23)
            added = project.segments.add(shown, code, 0, 4)
            project.segments.add(other, code, 0, 4)
    finally:
        project.close()
    stale = layer.apply_change(changes[-1])
    assert set(layer.segments) == {first, added}
    assert layer.segments[first].start == 12
    assert merge_ranges(stale) == [(0, 4), (10, 23)]
    assert layer.index.ids_at(2) == [added]


def test_stripe_columns_keep_a_paragraph_apart():
    # (first paragraph, last paragraph, id): 1 and 2 share paragraph 0, 3 is alone
    columns, count = assign_columns([(0, 0, 1), (0, 0, 2), (1, 1, 3), (0, 2, 4)])
    assert count == 3
    assert len({columns[1], columns[2], columns[4]}) == 3
    assert columns[3] != columns[4]


def test_timestamps():
    assert format_timestamp(3_723_000) == "[01:02:03] "
    assert format_timestamp(-5) == "[00:00:00] "
    assert parse_timestamp("P1 [00:01:30] ya") == 90_000
    assert parse_timestamp("no stamp") is None
    assert timestamp_at("ok [00:00:07] lalu", 5) == 7_000
    assert timestamp_at("ok [00:00:07] lalu", 16) is None

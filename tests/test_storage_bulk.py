"""Bulk writing: many segments in one statement, indexes built after a load, both undoable."""

from __future__ import annotations

import pytest

from storage import Kind, ValidationError
from storage.errors import NotFoundError
from storage.segments import NewSegment

TEXT = "Kopi ☕ enak 👍🏽 dan café sekali lagi, kata P07."


@pytest.fixture
def source(project):
    trust = project.codes.resolve("ag2008.process.trust_building").id
    return project, project.sources.add("interview", "W7", TEXT), trust


def rows(code_id: int, *ranges: tuple[int, int], guid: str = "g") -> list[NewSegment]:
    return [NewSegment(code_id, a, b, "supports", None, "Ani", "", f"{guid}-{a}-{b}")
            for a, b in ranges]


def segment_rows(project) -> list[tuple]:
    return project.db.execute("SELECT id, guid, source_id, code_id, start_pos, end_pos, "
                              "coder FROM segments ORDER BY id").fetchall()


def test_insert_many_numbers_rows_in_order_and_undoes_as_one_step(source):
    project, source_id, trust = source
    project.segments.add(source_id, trust, 0, 4)
    with project.action("Bulk") as act:
        first = project.segments.insert_many(act, source_id, len(TEXT),
                                             rows(trust, (5, 6), (7, 11), (12, 16)))
    change = act.change
    stored = segment_rows(project)
    assert [r[0] for r in stored[1:]] == [first, first + 1, first + 2]
    assert [(r[4], r[5], r[6]) for r in stored[1:]] == [(5, 6, "Ani"), (7, 11, "Ani"),
                                                        (12, 16, "Ani")]
    assert TEXT[stored[2][4]:stored[2][5]] == "enak"
    assert change.undoable and change.ids_of(Kind.SEGMENTS) == {first, first + 1, first + 2}
    project.undo(change)
    assert len(segment_rows(project)) == 1
    project.redo(change)
    assert segment_rows(project) == stored


def test_insert_many_unjournaled_names_the_table(source):
    project, source_id, trust = source
    with project.action("Bulk", journal=False) as act:
        project.segments.insert_many(act, source_id, len(TEXT), rows(trust, (0, 4)))
    assert not act.change.undoable and act.change.affects(Kind.SEGMENTS)
    assert act.change.bulk(Kind.SEGMENTS)
    assert project.segments.count() == 1


@pytest.mark.parametrize(("bad", "error"), [
    (NewSegment(0, 3, 99, "supports", None, "Ani", "", "x"), ValidationError),
    (NewSegment(0, 4, 4, "supports", None, "Ani", "", "x"), ValidationError),
    (NewSegment(0, 0, 4, "maybe", None, "Ani", "", "x"), ValidationError),
    (NewSegment(99999, 0, 4, "supports", None, "Ani", "", "x"), NotFoundError),
])
def test_one_bad_row_refuses_the_whole_batch(source, bad, error):
    project, source_id, trust = source
    bad = bad._replace(code_id=trust) if bad.code_id == 0 else bad
    with pytest.raises(error), project.action("Bulk") as act:
        project.segments.insert_many(act, source_id, len(TEXT), [*rows(trust, (0, 4)), bad])
    assert project.segments.count() == 0


def index_sql(project) -> list[tuple]:
    return project.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                              "AND tbl_name = 'segments' ORDER BY name").fetchall()


def test_indexes_deferred_rebuilds_the_same_indexes(source):
    project, source_id, trust = source
    before = index_sql(project)
    with project.action("Load", journal=False) as act, act.indexes_deferred("segments"):
        assert [n for n, sql in index_sql(project) if sql] == []
        project.segments.insert_many(act, source_id, len(TEXT), rows(trust, (0, 4), (5, 6)))
    assert index_sql(project) == before
    assert project.integrity_problems() == []
    plan = project.db.execute("EXPLAIN QUERY PLAN SELECT id FROM segments WHERE source_id = ? "
                              "ORDER BY start_pos", [source_id]).fetchall()
    assert "segments_source" in str(plan)


def test_indexes_deferred_is_a_no_op_on_a_filled_table_and_survives_failure(source):
    project, source_id, trust = source
    before = index_sql(project)
    with pytest.raises(ValidationError), project.action("Load") as act, \
            act.indexes_deferred("segments"):
        project.segments.insert_many(act, source_id, len(TEXT), rows(trust, (0, 4)))
        project.segments.insert_many(act, source_id, len(TEXT), rows(trust, (0, 400)))
    assert index_sql(project) == before and project.segments.count() == 0
    project.segments.add(source_id, trust, 0, 4)
    with project.action("Load") as act, act.indexes_deferred("segments"):
        assert index_sql(project) == before

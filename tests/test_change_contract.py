"""The Change contract: every table of the schema maps to a kind (storage/kinds.py)."""

from storage import Kind, Project
from storage.kinds import TABLE_KINDS


def test_every_table_of_the_schema_has_a_kind(tmp_path):
    project = Project.create(tmp_path / "p.telaah", title="t", coder="Tester")
    try:
        tables = {row[0] for row in project.db.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table') "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'text_chunks_fts_%'").fetchall()}
    finally:
        project.close()
    assert tables - set(TABLE_KINDS) == set()


def test_a_coding_touches_segments_and_reports_its_id(tmp_path):
    project = Project.create(tmp_path / "p.telaah", title="t", frameworks=["ag2008"],
                             coder="Tester")
    seen = []
    project.subscribe(seen.append)
    try:
        source = project.sources.add("interview", "s", "halo dunia")
        code = project.codes.resolve("ag2008.process.trust_building")
        segment_id = project.segments.add(source, code.id, 0, 4)
    finally:
        project.close()
    change = seen[-1]
    assert change.affects(Kind.SEGMENTS)
    assert not change.affects(Kind.SOURCE_TEXT)
    assert change.ids_of(Kind.SEGMENTS) == {segment_id}


def test_typed_deltas_are_whole_records_of_each_kind(tmp_path):
    from storage.models import Code, Memo, Segment, Source

    project = Project.create(tmp_path / "p.telaah", title="t", coder="Tester")
    seen = []
    project.subscribe(seen.append)
    try:
        source = project.sources.add("interview", "s", "halo dunia")
        code = project.codes.add("Trust")
        segment = project.segments.add(source, code, 0, 4)
        project.codes.update(code, label_en="Trust building")
        renamed = seen[-1]
        project.segments.update(segment, valence="contradicts")
        recoded = seen[-1]
        memo = project.memos.add("segment", segment, "m", "isi")
        project.sources.delete(source)
        deleted = seen[-1]
    finally:
        project.close()
    delta, = renamed.code_deltas()
    assert isinstance(delta.after, Code) and delta.id == code
    assert (delta.before.label_en, delta.after.label_en) == ("Trust", "Trust building")
    delta, = recoded.segment_deltas()
    assert isinstance(delta.before, Segment) and (delta.before.start, delta.before.end) == (0, 4)
    assert (delta.before.valence, delta.after.valence) == ("supports", "contradicts")
    assert not recoded.affects(Kind.SOURCE_TEXT) and not recoded.bulk(Kind.SEGMENTS)
    assert {d.id for d in deleted.memo_deltas() if d.after is None} == {memo}
    assert all(isinstance(d.before, Memo) for d in deleted.memo_deltas())
    gone, = [d for d in deleted.source_deltas() if d.after is None]
    assert isinstance(gone.before, Source) and gone.id == source
    assert deleted.ids_of(Kind.SEGMENTS) == {segment}

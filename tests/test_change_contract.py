"""The Change contract: every table of the schema maps to a kind (storage/kinds.py)."""

from storage import Kind, Project
from storage.kinds import TABLE_KINDS


def test_every_table_of_the_schema_has_a_kind(tmp_path):
    project = Project.create(tmp_path / "p.telaah", title="t", coder="Tester")
    try:
        tables = {row[0] for row in project.db.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table') "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sources_fts_%'").fetchall()}
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

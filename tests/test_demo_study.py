"""The bundled demo study: written by the CLI, consistent, and as rich as promised."""

from __future__ import annotations

from cli.main import run
from storage import Project
from storage.consistency import consistency_problems


def test_demo_command_writes_a_consistent_rich_study(tmp_path, capsys):
    path = tmp_path / "demo.telaah"
    assert run(["demo", str(path)]) == 0
    with Project.open(path, coder="Tester") as project:
        assert consistency_problems(project) == [] and project.integrity_problems() == []
        kinds = project.sources.counts_by_kind()
        assert kinds["interview"] >= 6 and kinds["observation"] >= 2 and kinds["document"] >= 2
        interview_groups = {project.participants.get(pid).group
                            for source in project.sources.list("interview")
                            for pid in source.participant_ids}
        assert len(interview_groups) >= 4
        segments = project.segments.all()
        assert len(segments) >= 60
        codes = {c.id: c for c in project.codes.list()}
        frameworks = {codes[s.code_id].framework_id for s in segments}
        assert {"ag2008", "deseve2007"} <= frameworks
        assert any(s.valence == "contradicts" for s in segments)
        assert project.memos.count() >= 3
        for segment in segments[:40]:
            text = project.sources.text(segment.source_id)
            assert 0 <= segment.start < segment.end <= len(text)


def test_demo_refuses_existing_file(tmp_path, capsys):
    path = tmp_path / "demo.telaah"
    path.write_text("x")
    assert run(["demo", str(path)]) == 2
    assert "already exists" in capsys.readouterr().err

"""Undo and redo of every kind of action restore the project exactly."""

from __future__ import annotations

import pytest

from storage import Kind, Project

TABLES = ("study", "groups", "participants", "sources", "source_participants", "codes",
          "segments", "memos", "judgements", "judgement_history", "key_quotes", "summaries",
          "settings")


def snapshot(project: Project) -> dict:
    return {t: project.db.execute(f"SELECT * FROM [{t}] ORDER BY 1, 2").fetchall()
            for t in TABLES}


@pytest.fixture
def coded(project):
    group = project.participants.resolve_group("Pemilik UMKM")
    pid = project.participants.add("P07", name="Pak Budi", group_id=group)
    sid = project.sources.add("interview", "W7", "Kopi ☕ enak 👍🏽 dan café sekali lagi.",
                              participant_ids=[pid])
    trust = project.codes.resolve("ag2008.process.trust_building").id
    seg = project.segments.add(sid, trust, 0, 4)
    project.memos.add("segment", seg, "m", "isi")
    return project, sid, trust, seg


def _changes(project):
    seen = []
    project.subscribe(seen.append)
    return seen


@pytest.mark.parametrize("act", [
    lambda p, sid, code, seg: p.segments.add(sid, code, 5, 7, valence="contradicts"),
    lambda p, sid, code, seg: p.segments.delete(seg),
    lambda p, sid, code, seg: p.segments.update(seg, start=1, end=6, valence="contradicts"),
    lambda p, sid, code, seg: p.sources.edit_text(sid, 2, 9, "XYZ🙂"),
    lambda p, sid, code, seg: p.sources.edit_text(sid, 0, 4, ""),
    lambda p, sid, code, seg: p.sources.delete(sid),
    lambda p, sid, code, seg: p.codes.delete(p.codes.resolve("ag2008.process").id),
    lambda p, sid, code, seg: p.codes.merge(code, p.codes.resolve("ag2008.outcomes").id),
    lambda p, sid, code, seg: p.codes.move(code, None),
    lambda p, sid, code, seg: p.codes.update(code, label_id="Bangun percaya", color="#000000"),
    lambda p, sid, code, seg: p.participants.delete(p.participants.by_code("P07").id),
    lambda p, sid, code, seg: p.evaluation.set_judgement(code, verdict="met", conclusion="ok"),
    lambda p, sid, code, seg: p.evaluation.set_summary("group", "Pemilik UMKM", code, "ringkas"),
    lambda p, sid, code, seg: p.study.update(title="Baru", site="Kota"),
], ids=["add", "remove", "extent", "edit-inside", "edit-delete-segment", "delete-source",
        "delete-code-tree", "merge", "move", "rename", "delete-participant", "verdict",
        "summary", "study"])
def test_undo_restores_and_redo_repeats(coded, act):
    project, sid, code, seg = coded
    before = snapshot(project)
    changes = _changes(project)
    act(project, sid, code, seg)
    after = snapshot(project)
    assert after != before
    project.undo(changes[0])
    assert snapshot(project) == before
    project.redo(changes[0])
    assert snapshot(project) == after


def test_nested_calls_make_one_action(coded):
    project, sid, code, _seg = coded
    changes = _changes(project)
    with project.action("Auto-code"):
        for start in (5, 12, 20):
            project.segments.add(sid, code, start, start + 3)
    assert len(changes) == 1 and len(changes[0].segment_deltas()) == 3
    project.undo(changes[0])
    assert project.segments.count() == 1


def test_failed_action_leaves_project_unchanged(coded):
    project, sid, code, _seg = coded
    before = snapshot(project)
    with pytest.raises(Exception, match="not inside the text"), project.action("Bulk"):
        project.segments.add(sid, code, 0, 3)
        project.segments.add(sid, code, 0, 999)
    assert snapshot(project) == before


def test_change_says_what_it_touched(coded):
    project, sid, code, seg = coded
    changes = _changes(project)
    project.sources.edit_text(sid, 0, 0, "Eh, ")           # typed: kept in the log
    change = changes[-1]
    assert change.text_changed == {sid} and change.typing_only
    assert change.affects(Kind.SEGMENTS, Kind.SOURCE_TEXT)
    assert seg in change.ids_of(Kind.SEGMENTS)
    assert not change.segment_shifts(sid)                  # laid when next read
    later = project.segments.add(sid, code, 12, 15)
    project.sources.edit_text(sid, 8, 9, "a lot")           # stored text: written now
    change = changes[-1]
    assert change.affects(Kind.SEGMENTS, Kind.SOURCE_TEXT) and not change.typing_only
    shift, = change.segment_shifts(sid)
    assert shift.delta == 4 and list(shift.segment_ids) == [later]


def test_verdict_can_be_cleared_and_history_keeps_every_step(coded):
    project, _sid, code, _seg = coded
    project.evaluation.set_judgement(code, verdict="met", conclusion="Cukup bukti.")
    project.evaluation.set_judgement(code, verdict="")
    judgement = project.evaluation.judgement(code)
    assert judgement.verdict is None and judgement.conclusion == "Cukup bukti."
    assert [h["verdict"] for h in project.evaluation.history(code)] == ["met", None]


def test_an_edit_journals_the_segments_it_shifts_as_one_compact_entry(coded):
    project, sid, code, seg = coded
    text = project.sources.text(sid)
    later = [project.segments.add(sid, code, a, a + 1) for a in range(10, 30)]
    inside = project.segments.add(sid, code, 2, 8)
    before = snapshot(project)
    changes = _changes(project)
    project.sources.edit_text(sid, 3, 4, f"X{text[3]}Y")  # inside `seg` and `inside`
    change = changes[-1]
    shift, = change.segment_shifts()
    assert shift.delta == 2 and sorted(shift.segment_ids) == later
    moved = {d.id: (d.before.start, d.after.end) for d in change.segment_deltas()}
    assert moved == {seg: (0, 6), inside: (2, 10)}       # the two the edit touched
    assert change.weight < 8000       # 20 shifted segments cost 8 bytes each, not a row
    after = snapshot(project)
    project.undo(change)
    assert snapshot(project) == before and project.sources.text(sid) == text
    project.redo(change)
    assert snapshot(project) == after

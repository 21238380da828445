"""Edits and deletions of codings and memos made in a coder's copy, merged back
(storage.handout_state, storage.merge_edits), on real project files."""

from __future__ import annotations

import pytest

from importers.coder_copies import open_copies
from storage import Project
from storage.errors import TelaahError
from storage.handout import prepare_copy
from storage.merge import merge
from tests.team_study import X, Y

TEXT = "Pak Budi bilang kami saling percaya.\nRapat bulanan jalan terus."
TRUST = (TEXT.index("saling"), TEXT.index("saling") + len("saling percaya"))
MEETING = (TEXT.index("Rapat"), TEXT.index("Rapat") + len("Rapat bulanan"))


@pytest.fixture
def lead(tmp_path):
    """The lead's project: W1 with one coding of Sari's (merged earlier, with her memo)
    and one of the lead's own, handed out to Sari with its codings."""
    project = Project.create(tmp_path / "lead.telaah", title="Tim", frameworks=["ag2008"],
                             coder="Lead")
    budi = project.participants.add("P01", name="Budi Santoso")
    w1 = project.sources.add("interview", "W1", TEXT, participant_ids=[budi])
    sari = project.segments.add(w1, project.codes.resolve(X).id, *TRUST, coder="Sari")
    project.memos.add("segment", sari, "Kepercayaan", "Informan percaya.", author="Sari")
    project.segments.add(w1, project.codes.resolve(Y).id, *MEETING)
    project.memos.add("source", w1, "Catatan", "Wawancara pertama.", author="Lead")
    prepare_copy(project, tmp_path / "sari.telaah", coder="Sari")
    yield project
    project.close()


@pytest.fixture
def copy_path(tmp_path, lead):
    return tmp_path / "sari.telaah"


def _merge(lead, path, **options):
    with open_copies(lead, [path]) as copies:
        return merge(lead, copies.copies, **options)


def _segments(project):
    return sorted((s.coder, project.codes.get(s.code_id).key, s.start, s.end)
                  for s in project.segments.all())


def _segment_of(project, coder):
    return next(s for s in project.segments.all() if s.coder == coder)


def test_an_own_coding_changed_only_in_the_copy_is_taken(lead, copy_path):
    with Project.open(copy_path, coder="Sari") as copy:
        mine = _segment_of(copy, "Sari")
        copy.segments.update(mine.id, start=TRUST[0] + 7, code_id=copy.codes.resolve(Y).id)
    changes = []
    lead.subscribe(changes.append)
    result = _merge(lead, copy_path)
    assert not result.conflicts and result.plans[0].counts()["segment_changes"] == 1
    assert ("Sari", Y, TRUST[0] + 7, TRUST[1]) in _segments(lead)
    assert lead.memos.list("segment", _segment_of(lead, "Sari").id)  # its memo stays
    assert len(changes) == 1
    lead.undo(changes[0])
    assert ("Sari", X, *TRUST) in _segments(lead)


def test_an_own_coding_deleted_in_the_copy_is_deleted_with_its_memo(lead, copy_path):
    with Project.open(copy_path, coder="Sari") as copy:
        copy.segments.delete(_segment_of(copy, "Sari").id)
    changes = []
    lead.subscribe(changes.append)
    result = _merge(lead, copy_path)
    assert result.plans[0].counts()["segment_deletions"] == 1
    assert [s.coder for s in lead.segments.all()] == ["Lead"]
    assert lead.memos.list("segment") == []
    assert [m.title for m in lead.memos.list()] == ["Catatan"]
    lead.undo(changes[0])  # one step brings the coding back with its memo
    assert ("Sari", X, *TRUST) in _segments(lead)
    assert [m.body for m in lead.memos.list("segment")] == ["Informan percaya."]


def test_merging_the_same_copy_twice_changes_nothing_more(lead, copy_path):
    with Project.open(copy_path, coder="Sari") as copy:
        copy.segments.update(_segment_of(copy, "Sari").id, end=TRUST[1] - 8)
        memo = copy.memos.list("segment")[0]
        copy.memos.update(memo.id, body="Informan sangat percaya.")
    assert _merge(lead, copy_path).changed
    before = _segments(lead)
    changes = []
    lead.subscribe(changes.append)
    again = _merge(lead, copy_path)
    assert not again.changed and changes == [] and not again.conflicts
    assert _segments(lead) == before


def test_a_change_made_only_in_the_project_stands(lead, copy_path):
    lead.segments.update(_segment_of(lead, "Sari").id, start=TRUST[0] + 7)
    lead.segments.delete(_segment_of(lead, "Lead").id)
    result = _merge(lead, copy_path)
    assert not result.changed and not result.conflicts
    assert _segments(lead) == [("Sari", X, TRUST[0] + 7, TRUST[1])]  # nothing comes back


def test_a_coding_changed_in_both_is_a_conflict_resolved_by_choice(lead, copy_path):
    lead.segments.update(_segment_of(lead, "Sari").id, start=TRUST[0] + 1)
    with Project.open(copy_path, coder="Sari") as copy:
        copy.segments.update(_segment_of(copy, "Sari").id, start=TRUST[0] + 7)
    with pytest.raises(TelaahError, match="1 conflict"):
        _merge(lead, copy_path)
    [conflict] = _merge(lead, copy_path, dry_run=True).conflicts
    assert conflict.kind == "segment" and conflict.id.startswith("segment:")
    assert f"[{TRUST[0] + 1}," in conflict.ours and f"[{TRUST[0] + 7}," in conflict.theirs
    _merge(lead, copy_path, choices={conflict.id: "ours"})
    assert ("Sari", X, TRUST[0] + 1, TRUST[1]) in _segments(lead)
    assert not _merge(lead, copy_path).changed  # the recorded choice stands


def test_deleted_in_the_copy_and_changed_in_the_project_is_a_conflict(lead, copy_path):
    lead.segments.update(_segment_of(lead, "Sari").id, start=TRUST[0] + 1)
    with Project.open(copy_path, coder="Sari") as copy:
        copy.segments.delete(_segment_of(copy, "Sari").id)
    [conflict] = _merge(lead, copy_path, dry_run=True).conflicts
    assert conflict.theirs == "(deleted)"
    _merge(lead, copy_path, prefer="theirs")
    assert [s.coder for s in lead.segments.all()] == ["Lead"]


def test_the_leads_coding_edited_in_a_copy_is_a_conflict_not_taken(lead, copy_path):
    with Project.open(copy_path, coder="Sari") as copy:
        leads = _segment_of(copy, "Lead")
        copy.segments.update(leads.id, end=leads.end - 8)
    [conflict] = _merge(lead, copy_path, dry_run=True).conflicts
    assert conflict.kind == "segment" and "(Lead)" in conflict.what
    _merge(lead, copy_path, prefer="ours")
    assert ("Lead", Y, *MEETING) in _segments(lead)


def test_a_changed_coding_follows_a_text_edited_in_the_project(lead, copy_path):
    w1 = lead.sources.by_title("W1").id
    lead.sources.edit_text(w1, 0, 0, "Catatan: ")
    with Project.open(copy_path, coder="Sari") as copy:
        copy.segments.update(_segment_of(copy, "Sari").id, end=TRUST[1] - 8)
    result = _merge(lead, copy_path)
    assert not result.conflicts
    segment = _segment_of(lead, "Sari")
    assert lead.sources.text(w1)[segment.start:segment.end] == "saling"


def test_memo_edits_and_deletions(lead, copy_path):
    with Project.open(copy_path, coder="Sari") as copy:
        mine = copy.memos.list("segment")[0]
        copy.memos.update(mine.id, body="Informan sangat percaya.")
        leads = copy.memos.list("source")[0]
        copy.memos.delete(leads.id)
    result = _merge(lead, copy_path, dry_run=True)
    assert result.plans[0].counts()["memo_changes"] == 1
    [conflict] = result.conflicts  # the lead's memo, deleted by Sari
    assert conflict.kind == "memo" and conflict.theirs == "(deleted)"
    _merge(lead, copy_path, prefer="theirs")
    assert [m.body for m in lead.memos.list()] == ["Informan sangat percaya."]


def test_an_own_memo_deleted_in_the_copy_and_edited_in_both(lead, tmp_path, copy_path):
    with Project.open(copy_path, coder="Sari") as copy:
        copy.memos.delete(copy.memos.list("segment")[0].id)
    assert _merge(lead, copy_path).plans[0].counts()["memo_deletions"] == 1
    assert lead.memos.list("segment") == []
    second = prepare_copy(lead, tmp_path / "andi.telaah", coder="Andi").path
    memo = lead.memos.list("source")[0]
    lead.memos.update(memo.id, body="Versi kami.")
    with Project.open(second, coder="Andi") as copy:
        copy.memos.update(copy.memos.list("source")[0].id, body="Versi Andi.")
    [conflict] = _merge(lead, second, dry_run=True).conflicts
    assert (conflict.ours, conflict.theirs) == ("Catatan — Versi kami.",
                                                "Catatan — Versi Andi.")


def test_a_coding_made_after_the_handout_and_merged_then_changed_is_a_conflict(
        lead, copy_path):
    with Project.open(copy_path, coder="Sari") as copy:
        source_id = copy.sources.by_title("W1").id
        copy.segments.add(source_id, copy.codes.resolve(Y).id, 0, 8, guid="later")
    _merge(lead, copy_path)
    with Project.open(copy_path, coder="Sari") as copy:
        later = next(s for s in copy.segments.all() if s.guid == "later")
        copy.segments.update(later.id, end=3)
    [conflict] = _merge(lead, copy_path, dry_run=True).conflicts
    assert conflict.id.startswith("segment:later@")
    _merge(lead, copy_path, prefer="theirs")
    assert ("Sari", Y, 0, 3) in _segments(lead)


def test_a_pseudonymised_copys_change_lands_on_the_projects_words(lead, tmp_path):
    from exporters.privacy.handout import pseudonymize_copy

    path = prepare_copy(lead, tmp_path / "p.telaah", coder="Sari",
                        rewrite=pseudonymize_copy).path
    with Project.open(path, coder="Sari") as copy:
        mine = _segment_of(copy, "Sari")
        copy.segments.update(mine.id, start=mine.start + 7)
    assert not _merge(lead, path).conflicts
    segment = _segment_of(lead, "Sari")
    assert lead.sources.text(segment.source_id)[segment.start:segment.end] == "percaya"


def test_deleted_on_both_sides_is_nothing(lead, copy_path):
    lead.segments.delete(_segment_of(lead, "Sari").id)
    with Project.open(copy_path, coder="Sari") as copy:
        copy.segments.delete(_segment_of(copy, "Sari").id)
        copy.memos.delete(copy.memos.list("source")[0].id)
    lead.memos.delete(lead.memos.list("source")[0].id)
    result = _merge(lead, copy_path)
    assert not result.changed and not result.conflicts
    assert _segments(lead) == [("Lead", Y, *MEETING)]


def test_a_coding_moved_to_a_code_made_in_the_copy(lead, copy_path):
    with Project.open(copy_path, coder="Sari") as copy:
        theme = copy.codes.add("Local trust", "Kepercayaan lokal")
        copy.segments.update(_segment_of(copy, "Sari").id, code_id=theme)
    assert not _merge(lead, copy_path).conflicts
    segment = _segment_of(lead, "Sari")
    assert lead.codes.get(segment.code_id).label_en == "Local trust"
    assert (segment.start, segment.end) == TRUST

"""Handing out copies to coders and merging them back (storage.handout, storage.merge,
importers.coder_copies), on real project files."""

from __future__ import annotations

import pytest

from exporters.refi import write_qdpx
from importers.coder_copies import open_copies
from storage import Project
from storage.errors import TelaahError
from storage.handout import prepare_copy
from storage.merge import merge
from tests.team_study import X, Y, build_team_study

TEXT = "Pak Budi bilang kami saling percaya.\nRapat bulanan jalan terus."


@pytest.fixture
def lead(tmp_path):
    project = Project.create(tmp_path / "lead.telaah", title="Tim", frameworks=["ag2008"],
                             coder="Lead")
    budi = project.participants.add("P01", name="Budi Santoso")
    project.sources.add("interview", "W1", TEXT, participant_ids=[budi])
    project.sources.add("interview", "W2", "Dokumen kedua tanpa nama.")
    yield project
    project.close()


def _hand_out(lead, tmp_path, coder, **options):
    return prepare_copy(lead, tmp_path / f"{coder}.telaah", coder=coder, **options).path


def _code(copy_path, coder, node, start, end, source="W1"):
    with Project.open(copy_path, coder=coder) as copy:
        source_id = copy.sources.by_title(source).id
        return copy.segments.add(source_id, copy.codes.resolve(node).id, start, end)


def _merge(lead, *paths, **options):
    with open_copies(lead, list(paths)) as copies:
        return merge(lead, copies.copies, **options)


def test_a_copy_holds_the_chosen_sources_and_the_codebook_and_is_stamped(lead, tmp_path):
    w1 = lead.sources.by_title("W1").id
    lead.segments.add(w1, lead.codes.resolve(X).id, 0, 8)
    path = _hand_out(lead, tmp_path, "Sari", source_ids=[w1], without_codings=True)
    with Project.open(path, coder="Sari") as copy:
        assert [s.title for s in copy.sources.list()] == ["W1"]
        assert copy.codes.count() == lead.codes.count()
        assert copy.segments.count() == 0
        stamp = copy.team.stamp()
        assert (stamp.coder, stamp.origin_guid) == ("Sari", lead.study.get().guid)
        assert stamp.details["without_codings"] is True
    assert [r.coder for r in lead.team.records("handed_out")] == ["Sari"]


def test_a_pseudonymised_copy_keeps_segments_on_their_words(lead, tmp_path):
    from exporters.privacy.handout import pseudonymize_copy

    w1 = lead.sources.by_title("W1").id
    start = TEXT.index("saling")
    lead.segments.add(w1, lead.codes.resolve(X).id, start, start + len("saling percaya"))
    path = _hand_out(lead, tmp_path, "Sari", rewrite=pseudonymize_copy)
    with Project.open(path, coder="Sari") as copy:
        source_id = copy.sources.by_title("W1").id
        text = copy.sources.text(source_id)
        assert "Budi" not in text and "P01" in text
        [segment] = copy.segments.for_source(source_id)
        assert text[segment.start:segment.end] == "saling percaya"
        assert copy.participants.by_code("P01").name == ""


def test_handout_refusals_leave_nothing_behind(lead, tmp_path):
    with pytest.raises(TelaahError, match="Name the coder"):
        prepare_copy(lead, tmp_path / "x.telaah", coder=" ")
    with pytest.raises(TelaahError, match="no source with id 999"):
        prepare_copy(lead, tmp_path / "x.telaah", coder="Sari", source_ids=[999])
    assert not (tmp_path / "x.telaah").exists()
    with pytest.raises(TelaahError, match="already exists"):
        prepare_copy(lead, lead.path, coder="Sari")


def test_merge_brings_each_coders_segments_in_one_undoable_step(lead, tmp_path):
    sari = _hand_out(lead, tmp_path, "Sari", without_codings=True)
    andi = _hand_out(lead, tmp_path, "Andi", without_codings=True)
    _code(sari, "Sari", X, 0, 8)
    _code(andi, "Andi", X, 0, 10)
    _code(andi, "Andi", Y, 9, 20)
    changes = []
    lead.subscribe(changes.append)
    result = _merge(lead, sari, andi)
    assert result.changed and not result.conflicts
    assert sorted((s.coder, s.start, s.end) for s in lead.segments.all()) == [
        ("Andi", 0, 10), ("Andi", 9, 20), ("Sari", 0, 8)]
    assert len(changes) == 1
    lead.undo(changes[0])
    assert lead.segments.count() == 0
    assert lead.team.records("merged") == []


def test_merging_the_same_copy_twice_changes_nothing(lead, tmp_path):
    sari = _hand_out(lead, tmp_path, "Sari")
    _code(sari, "Sari", X, 0, 8)
    assert _merge(lead, sari).changed
    changes = []
    lead.subscribe(changes.append)
    again = _merge(lead, sari)
    assert not again.changed and changes == []
    assert lead.segments.count() == 1


def test_dry_run_lists_changes_and_writes_nothing(lead, tmp_path):
    sari = _hand_out(lead, tmp_path, "Sari")
    _code(sari, "Sari", X, 0, 8)
    result = _merge(lead, sari, dry_run=True)
    assert result.as_json()["copies"][0]["segments"] == 1
    assert lead.segments.count() == 0


def test_new_codes_sources_and_memos_come_in(lead, tmp_path):
    sari = _hand_out(lead, tmp_path, "Sari")
    with Project.open(sari, coder="Sari") as copy:
        theme = copy.codes.add("Local trust", "Kepercayaan lokal")
        source = copy.sources.add("observation", "O1", "Rapat desa.")
        segment = copy.segments.add(source, theme, 0, 5)
        copy.memos.add("segment", segment, "Catatan", "Penting.")
    _merge(lead, sari)
    code = lead.codes.resolve("Local trust")
    [segment] = lead.segments.for_codes([code.id])
    assert lead.sources.text(segment.source_id)[segment.start:segment.end] == "Rapat"
    [memo] = lead.memos.list("segment", segment.id)
    assert (memo.body, memo.author) == ("Penting.", "Sari")


def test_a_label_changed_only_in_the_copy_comes_in_without_conflict(lead, tmp_path):
    sari = _hand_out(lead, tmp_path, "Sari")
    with Project.open(sari, coder="Sari") as copy:
        copy.codes.update(copy.codes.resolve(X).id, label_en="Trust (renamed)")
    result = _merge(lead, sari)
    assert not result.conflicts
    assert lead.codes.resolve(X).label_en == "Trust (renamed)"


def test_a_verdict_set_differently_is_a_conflict_needing_a_choice(lead, tmp_path):
    sari = _hand_out(lead, tmp_path, "Sari")
    code_id = lead.codes.resolve(X).id
    lead.evaluation.set_judgement(code_id, verdict="met")
    with Project.open(sari, coder="Sari") as copy:
        copy.evaluation.set_judgement(copy.codes.resolve(X).id, verdict="not_found")
    _code(sari, "Sari", X, 0, 8)
    with pytest.raises(TelaahError, match="1 conflict"):
        _merge(lead, sari)
    assert lead.segments.count() == 0  # nothing merged
    [conflict] = _merge(lead, sari, dry_run=True).conflicts
    assert conflict.kind == "verdict" and conflict.id.startswith("verdict:")
    _merge(lead, sari, choices={conflict.id: "theirs"})
    judgement = lead.evaluation.judgement(code_id)
    assert (judgement.verdict, judgement.author) == ("not_found", "Sari")
    assert not _merge(lead, sari).changed  # the recorded choice is reused


def test_a_code_renamed_differently_and_text_edited_differently_conflict(lead, tmp_path):
    sari = _hand_out(lead, tmp_path, "Sari")
    lead.codes.update(lead.codes.resolve(X).id, label_en="Ours")
    w1 = lead.sources.by_title("W1").id
    lead.sources.edit_text(w1, 0, 0, "Catatan: ")
    with Project.open(sari, coder="Sari") as copy:
        copy.codes.update(copy.codes.resolve(X).id, label_en="Theirs")
        source_id = copy.sources.by_title("W1").id
        copy.sources.edit_text(source_id, len(TEXT), len(TEXT), " Selesai.")
    start = TEXT.index("Rapat")
    _code(sari, "Sari", X, start, start + 5)
    kinds = {c.kind for c in _merge(lead, sari, dry_run=True).conflicts}
    assert kinds == {"code", "source_text"}
    _merge(lead, sari, prefer="ours")
    assert lead.codes.resolve(X).label_en == "Ours"
    [segment] = lead.segments.for_source(w1)
    assert lead.sources.text(w1)[segment.start:segment.end] == "Rapat"


def test_a_refi_qda_copy_merges_with_its_users_as_coders(tmp_path):
    with build_team_study(tmp_path / "team.telaah") as team:
        write_qdpx(team, tmp_path / "team.qdpx")
        sari = prepare_copy(team, tmp_path / "s.telaah", coder="Sari",
                            without_codings=True).path
    fresh = Project.create(tmp_path / "fresh.telaah", frameworks=["ag2008"], coder="Lead")
    with fresh, pytest.raises(TelaahError, match="shares no study or source"):
        _merge(fresh, sari)
    lead_path = tmp_path / "lead2.telaah"
    with Project.open(tmp_path / "s.telaah", coder="Lead") as base:
        prepare_copy(base, lead_path, coder="Lead")
    with Project.open(lead_path, coder="Lead") as lead:
        result = _merge(lead, tmp_path / "team.qdpx")
        assert result.plans[0].copy.coders == ["A", "B", "C"]
        assert sorted(lead.segments.coders()) == ["A", "B", "C"]
        assert lead.segments.count() == 9


# -- bad input ---------------------------------------------------------------------------

def test_copies_that_cannot_be_merged_are_refused_with_the_file_named(lead, tmp_path):
    damaged = tmp_path / "damaged.telaah"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    encrypted = tmp_path / "encrypted.telaah"
    encrypted.write_bytes(bytes((i * 37) % 256 for i in range(8192)))
    for path in (damaged, encrypted):
        with pytest.raises(TelaahError, match=f"{path.name}: cannot be merged"):
            _merge(lead, path)
    with pytest.raises(TelaahError, match="is the project itself"):
        _merge(lead, lead.path)
    assert lead.segments.count() == 0


def test_two_copies_from_the_same_coder_are_refused(lead, tmp_path):
    first = _hand_out(lead, tmp_path, "Sari")
    second = prepare_copy(lead, tmp_path / "again.telaah", coder="Sari").path
    _code(first, "Sari", X, 0, 8)
    with pytest.raises(TelaahError, match="both copies from Sari"):
        _merge(lead, first, second)
    assert lead.segments.count() == 0

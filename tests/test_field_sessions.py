"""Interview and observation sessions: consent, notes as typed, finishing into a coded source."""

from __future__ import annotations

import pytest

from analysis.guide_coverage import guide_coverage
from importers.guide_draft import observation_sections
from storage import Project
from storage.errors import TelaahError

UMKM = "Pemilik UMKM"
TRUST = "ag2008.process.trust_building"
CONVENING = "ag2008.leadership.convening"


@pytest.fixture
def guide(project):
    guide_id = project.guides.create("Panduan")
    project.guides.add_question(guide_id, "Bagaimana rasa percaya tumbuh?",
                                "How has trust grown?", indicators=[TRUST],
                                variants={UMKM: {"id": "Seberapa percaya Bapak/Ibu?",
                                                 "en": "How much do you trust them?"}})
    project.guides.add_question(guide_id, "Siapa yang mengumpulkan para pihak?",
                                "Who convened the parties?",
                                indicators=[CONVENING, TRUST])
    project.guides.add_question(guide_id, "Hanya untuk dinas?", groups=["Instansi pemerintah"])
    return guide_id


@pytest.fixture
def informant(project):
    return project.participants.add(
        "P01", group_id=project.participants.resolve_group(UMKM))


def test_interview_session_from_start_to_coded_source(project, guide, informant):
    session_id = project.sessions.start_interview(guide, informant, date="2025-05-02",
                                                  place="Surabaya")
    answers = project.sessions.answers(session_id)
    assert [a.text_id for a in answers] == ["Seberapa percaya Bapak/Ibu?",
                                             "Siapa yang mengumpulkan para pihak?"]
    project.sessions.set_consent(session_id, "given", date="2025-05-02", method="verbal",
                                 note="Setuju direkam.")
    assert project.participants.get(informant).consent_status == "given"
    project.sessions.save_notes(answers[0].id, "[00:01:05] Kami percaya karena janji "
                                "ditepati.", elapsed_ms=65_000)
    project.sessions.save_notes(answers[1].id, "Pak Kepala Dinas yang mengundang.")
    spot = project.sessions.add_answer(session_id, "Apa kendala logistik?", position=1)
    project.sessions.save_notes(spot, "Ongkos kirim mahal.")
    project.sessions.save_clock(session_id, 5_400_000)
    source_id = project.sessions.finish(session_id)

    source = project.sources.get(source_id)
    assert (source.kind, source.date, source.place, source.duration_minutes) == (
        "interview", "2025-05-02", "Surabaya", 90)
    assert source.participant_ids == [informant] and "Panduan" in source.memo
    text = project.sources.text(source_id)
    assert text.index("1. Seberapa percaya") < text.index("2. Apa kendala logistik?") \
        < text.index("3. Siapa yang mengumpulkan")
    segments = project.segments.for_source(source_id)
    coded = {(project.codes.get(s.code_id).node_id, text[s.start:s.end]) for s in segments}
    assert coded == {
        (TRUST, "[00:01:05] Kami percaya karena janji ditepati."),
        (CONVENING, "Pak Kepala Dinas yang mengundang."),
        (TRUST, "Pak Kepala Dinas yang mengundang.")}
    assert all(s.participant_id == informant for s in segments)
    guide_coded = project.sessions.guide_coded_guids()
    assert {s.guid for s in segments} == guide_coded
    reading = project.segments.add(source_id, segments[0].code_id, 0, 5)
    assert project.segments.get(reading).guid not in project.sessions.guide_coded_guids()
    session = project.sessions.get(session_id)
    assert (session.status, session.source_id, session.consent_method) == (
        "finished", source_id, "verbal")
    assert project.sessions.unfinished() == []


def test_finishing_is_one_undoable_step(project, guide, informant):
    changes = []
    project.subscribe(changes.append)
    session_id = project.sessions.start_interview(guide, informant)
    answer = project.sessions.answers(session_id)[0]
    project.sessions.save_notes(answer.id, "Catatan penting.")
    assert not changes[-1].undoable  # typing is a draft, never on the undo stack
    project.sessions.finish(session_id)
    project.undo(changes[-1])
    assert project.sources.count() == 0 and project.segments.count() == 0
    assert [s.id for s in project.sessions.unfinished()] == [session_id]
    assert project.sessions.answers(session_id)[0].notes == "Catatan penting."


def test_coverage_after_interviews_counts_guide_coding_still_there(project, guide, informant):
    session_id = project.sessions.start_interview(guide, informant)
    first = project.sessions.answers(session_id)[0]
    project.sessions.save_notes(first.id, "Percaya.")
    source_id = project.sessions.finish(session_id)
    row = {r.node_id: r for r in guide_coverage(project, guide).rows}[TRUST]
    assert row.answered == {UMKM: 1}
    project.segments.delete([s.id for s in project.segments.for_source(source_id)])
    row = {r.node_id: r for r in guide_coverage(project, guide).rows}[TRUST]
    assert row.answered == {}


def test_unfinished_session_is_offered_after_reopening(tmp_path):
    path = tmp_path / "field.telaah"
    with Project.create(path, frameworks=["ag2008"]) as project:
        guide_id = project.guides.create("Panduan")
        project.guides.add_question(guide_id, "Apa peran Bapak/Ibu?", indicators=[TRUST])
        session_id = project.sessions.start_interview(guide_id, project.participants.add("P01"))
        answer = project.sessions.answers(session_id)[0]
        project.sessions.save_notes(answer.id, "Ketik terakhir", elapsed_ms=12_345)
    with Project.open(path) as reopened:
        [session] = reopened.sessions.unfinished()
        assert session.id == session_id and session.elapsed_ms == 12_345
        assert reopened.sessions.answers(session_id)[0].notes == "Ketik terakhir"


def test_bad_input_keeps_everything_typed(project, guide, informant):
    empty = project.guides.create("Kosong")
    with pytest.raises(TelaahError, match="has no questions"):
        project.sessions.start_interview(empty, informant)
    session_id = project.sessions.start_interview(guide, informant)
    with pytest.raises(TelaahError, match="no notes yet"):
        project.sessions.finish(session_id)
    answer = project.sessions.answers(session_id)[0]
    project.sessions.save_notes(answer.id, "Jawaban yang tidak boleh hilang.")
    project.participants.delete(informant)
    with pytest.raises(TelaahError, match="deleted meanwhile"):
        project.sessions.finish(session_id)
    assert project.sources.count() == 0
    assert project.sessions.answers(session_id)[0].notes == "Jawaban yang tidak boleh hilang."
    other = project.participants.add("P02")
    project.sessions.update(session_id, participant_id=other)
    assert project.sessions.finish(session_id)
    with pytest.raises(TelaahError, match="already finished"):
        project.sessions.finish(session_id)
    with pytest.raises(TelaahError, match="Consent method"):
        project.sessions.set_consent(session_id, "given", method="telepathy")


def test_observation_session_codes_protocol_sections(project, informant):
    sections = observation_sections(project)
    assert sections[-1]["section"] == "notes"
    session_id = project.sessions.start_observation(
        sections, place="Balai Kota", setting="Rapat koordinasi", present=[informant],
        others_present="Staf dinas, perwakilan platform", date="2025-05-03")
    answers = {a.section: a for a in project.sessions.answers(session_id)}
    project.sessions.save_notes(answers["interaction"].id, "Kepala dinas memimpin; UMKM "
                                "diberi giliran bicara.")
    project.sessions.save_notes(answers["notes"].id, "[00:05:00] Rapat dimulai.")
    source_id = project.sessions.finish(session_id)
    source = project.sources.get(source_id)
    assert (source.kind, source.place, source.event) == (
        "observation", "Balai Kota", "Rapat koordinasi")
    assert source.participant_ids == [informant]
    text = project.sources.text(source_id)
    assert "Staf dinas" in text and "Rapat dimulai." in text
    assert "Dokumen dan aturan" not in text  # sections left empty are left out
    coded = {project.codes.get(s.code_id).node_id for s in project.segments.for_source(source_id)}
    assert coded == {"ag2008.process.face_to_face_dialogue",
                     "ag2008.leadership.process_facilitation"}


def test_a_session_recording_goes_with_its_source_like_an_attached_one(project, guide,
                                                                       informant):
    from storage import media

    session_id = project.sessions.start_interview(guide, informant)
    path = media.new_recording_path(project.path, "session-test")
    path.write_bytes(b"not really audio, but kept as it is")
    assert path.parent == project.media.folder          # one media folder for both
    stored = media.relative_to_project(project.path, path)
    project.sessions.set_recording(session_id, stored, media.sha256(path), 61_000)
    project.sessions.save_notes(project.sessions.answers(session_id)[0].id, "Percaya.")
    changes = []
    project.subscribe(changes.append)
    source_id = project.sessions.finish(session_id)

    assert project.sources.get(source_id).recording_path == stored
    kept = project.media.recording(source_id)
    assert (kept.file_name, kept.duration_ms) == (path.name, 61_000)
    assert project.media.path_of(kept) == path and project.media.check(kept) is None
    assert len(list(project.media.folder.iterdir())) == 1   # no second copy
    project.undo(changes[-1])                               # one step with the finish
    assert project.media.list() == [] and path.exists()

"""The field-work GUI: guide editor, interview session and observation session, driven
with real widgets (pytest-qt) on real project files."""

from __future__ import annotations

import re

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui.bridge import ProjectBridge
from gui.field import FieldFeature
from gui.field.guide_dialogs import QuestionDialog, set_checked
from gui.field.start_dialogs import StartInterviewDialog, StartObservationDialog
from gui.main_window import MainWindow

UMKM = "Pemilik UMKM"
TRUST = "ag2008.process.trust_building"


@pytest.fixture
def window(qtbot, project):
    bridge = ProjectBridge()
    main = MainWindow(bridge, [FieldFeature])
    bridge.setParent(main)
    qtbot.addWidget(main)
    bridge.open(project)
    yield main
    if main.features[0].session_window is not None:
        main.features[0].session_window.close()
    if bridge.project is not None:
        bridge.project.unsubscribe(bridge._on_change)


@pytest.fixture
def feature(window):
    return window.features[0]


def table_texts(table, column):
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_guide_editor_drafts_edits_reorders_and_prints(qtbot, window, feature, tmp_path):
    editor = feature.editor
    project = window.bridge.project
    window.show()
    feature.guides_action.trigger()  # Field work > Interview guides shows the dock
    assert editor.isVisible()
    editor.create_guide("Panduan UMKM", True, ["ag2008"], [UMKM])
    assert editor.guides.currentText() == "Panduan UMKM"
    guide = project.guides.by_name("Panduan UMKM")
    assert editor.questions.rowCount() == len(guide.questions) > 10
    assert table_texts(editor.questions, 3)[1] == UMKM

    dialog = QuestionDialog(project, "id", parent=editor)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.text_id, "Apa arti kepercayaan bagi Bapak/Ibu?")
    qtbot.keyClicks(dialog.text_en, "What does trust mean to you?")
    qtbot.keyClicks(dialog.probes_id, "Contohnya?")
    set_checked(dialog.indicators, [TRUST])
    dialog.variant_group.setCurrentIndex(dialog.variant_group.findData(UMKM))
    qtbot.keyClicks(dialog.variant_id, "Apa arti percaya buat usaha Bapak/Ibu?")
    dialog.variant_group.setCurrentIndex(0)  # the wording typed is kept for UMKM owners
    editor.questions.selectRow(0)
    editor.save_question(None, dialog.values())
    assert table_texts(editor.questions, 2)[1] == "What does trust mean to you?"
    added = project.guides.by_name("Panduan UMKM").questions[1]
    assert added.indicators == [TRUST] and added.probes == [{"id": "Contohnya?", "en": ""}]
    assert added.variants == {UMKM: {"id": "Apa arti percaya buat usaha Bapak/Ibu?", "en": ""}}
    assert added.text("id", UMKM) == "Apa arti percaya buat usaha Bapak/Ibu?"

    editor.questions.selectRow(1)
    qtbot.mouseClick(editor.buttons["up"], Qt.MouseButton.LeftButton)
    assert table_texts(editor.questions, 2)[0] == "What does trust mean to you?"
    window.bridge.undo_stack.undo()
    assert table_texts(editor.questions, 2)[1] == "What does trust mean to you?"

    coverage = editor.coverage
    groups = [coverage.horizontalHeaderItem(c).text() for c in range(coverage.columnCount())]
    rows = [coverage.verticalHeaderItem(r).text() for r in range(coverage.rowCount())]
    trust_row = rows.index("Trust building")
    assert coverage.item(trust_row, groups.index(UMKM)).text() == "✓"
    assert coverage.item(trust_row, groups.index("Instansi pemerintah")).text() == "✓"
    forum_row = rows.index("Forum exclusiveness")  # not asked of UMKM owners
    assert coverage.item(forum_row, groups.index(UMKM)).text() == "—"
    chairing = rows.index("Facilitating dialogue and guarding the rules")
    assert coverage.item(chairing, groups.index(UMKM)).text() == "✓"
    assert coverage.item(chairing, groups.index("Instansi pemerintah")).text() == "—"

    out = tmp_path / "guide.docx"
    editor.print_guide(str(out), UMKM)
    assert Document(out).paragraphs[0].text == "Interview guide"  # interface is English


def _guide_and_informant(project):
    guide_id = project.guides.create("Panduan")
    project.guides.add_question(guide_id, "Bagaimana rasa percaya tumbuh?", "How did trust grow?",
                                indicators=[TRUST], probes=[{"id": "Contohnya?", "en": "Example?"}])
    project.guides.add_question(guide_id, "Siapa yang memimpin rapat?", "Who chairs meetings?",
                                indicators=["ag2008.leadership.process_facilitation"])
    informant = project.participants.add("P01", group_id=project.participants.resolve_group(UMKM))
    return guide_id, informant


def test_interview_session_consent_typing_timestamps_finish(qtbot, window, feature):
    project = window.bridge.project
    guide_id, informant = _guide_and_informant(project)
    start = StartInterviewDialog(project, "id", window)
    qtbot.addWidget(start)
    start.participant.setCurrentIndex(start.participant.findData(informant))
    qtbot.keyClicks(start.place, "Surabaya")
    session = feature.open_session(start.start(window.bridge))
    assert session.pages.currentIndex() == 0  # consent first
    bar = session.recording.bar
    if not bar.available:  # a machine without sound: say so, carry on
        assert "No audio input found" in bar.status.text()
        assert not bar.record_button.isEnabled()
    page = session.first_page
    page.status.setCurrentIndex(page.status.findData("given"))
    page.method.setCurrentIndex(page.method.findData("verbal"))
    qtbot.keyClicks(page.note, "Setuju, tanpa nama")
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    assert session.pages.currentIndex() == 1
    assert project.participants.get(informant).consent_status == "given"
    assert session.question.text() == "Bagaimana rasa percaya tumbuh?"
    assert "Contohnya?" in session.probes.text()

    qtbot.keyClicks(session.notes, "Kami percaya")
    answers = project.sessions.answers(session.session.id)
    assert answers[0].notes == "Kami percaya"  # stored keystroke by keystroke
    qtbot.mouseClick(session.buttons["time"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(session.notes, "karena janji ditepati.")
    notes = project.sessions.answers(session.session.id)[0].notes
    assert re.fullmatch(r"Kami percaya\[00:00:\d\d\] karena janji ditepati\.", notes)

    qtbot.mouseClick(session.buttons["next"], Qt.MouseButton.LeftButton)
    assert session.counter.text() == "Question 2 of 2"
    session.add_spot_question("Apa kendala ekspor?")
    assert session.question.text() == "Apa kendala ekspor?"
    qtbot.keyClicks(session.notes, "Ongkir mahal.")
    shown = []
    feature.selection.source_selected.connect(shown.append)
    qtbot.mouseClick(session.finish_button, Qt.MouseButton.LeftButton)
    [source_id] = shown
    text = project.sources.text(source_id)
    assert "1. Bagaimana rasa percaya tumbuh?" in text and "Ongkir mahal." in text
    coded = [project.codes.get(s.code_id).node_id for s in project.segments.for_source(source_id)]
    assert coded == [TRUST]
    assert project.sources.get(source_id).place == "Surabaya"


def test_finishing_without_answers_says_so_and_keeps_the_session(qtbot, window, feature):
    project = window.bridge.project
    guide_id, informant = _guide_and_informant(project)
    session_id = project.sessions.start_interview(guide_id, informant)
    session = feature.open_session(session_id)
    qtbot.mouseClick(session.finish_button, Qt.MouseButton.LeftButton)
    box = session.findChild(QMessageBox, "sessionError")
    assert box is not None and "no notes yet" in box.text()
    assert project.sessions.unfinished()[0].id == session_id


def test_unfinished_session_is_offered_and_resumed(qtbot, window, feature):
    project = window.bridge.project
    guide_id, informant = _guide_and_informant(project)
    session_id = project.sessions.start_interview(guide_id, informant)
    project.sessions.save_notes(project.sessions.answers(session_id)[1].id, "Sudah diketik")
    project.sessions.save_clock(session_id, 65_000, position=1)
    box = feature.offer_resume()
    assert box.objectName() == "resumeSessionBox" and "not finished" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    session = feature.session_window
    assert session.pages.currentIndex() == 1 and session.position == 1
    assert session.notes.toPlainText() == "Sudah diketik"
    assert session.elapsed_ms() >= 65_000


def test_observation_session(qtbot, window, feature):
    project = window.bridge.project
    informant = project.participants.add("P02")
    start = StartObservationDialog(project, "id", window)
    qtbot.addWidget(start)
    qtbot.keyClicks(start.place, "Balai Kota")
    qtbot.keyClicks(start.setting, "Rapat koordinasi")
    session = feature.open_session(start.start(window.bridge))
    page = session.first_page
    page.present.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(page.others, "Staf platform")
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    assert session.question.text() == "Interaksi antarpihak"
    qtbot.keyClicks(session.notes, "Kepala dinas memimpin rapat.")
    session.show_question(len(session.answers) - 1)
    assert session.question.text() == "Catatan berjalan"
    qtbot.mouseClick(session.buttons["time"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(session.notes, "Rapat dimulai.")
    shown = []
    feature.selection.source_selected.connect(shown.append)
    qtbot.mouseClick(session.finish_button, Qt.MouseButton.LeftButton)
    source = project.sources.get(shown[0])
    assert (source.kind, source.place, source.participant_ids) == (
        "observation", "Balai Kota", [informant])
    assert "Staf platform" in project.sources.text(source.id)
    coded = {project.codes.get(s.code_id).node_id for s in project.segments.for_source(source.id)}
    assert coded == {"ag2008.process.face_to_face_dialogue",
                     "ag2008.leadership.process_facilitation"}


def test_participant_deleted_meanwhile_then_chosen_again(qtbot, window, feature):
    project = window.bridge.project
    guide_id, informant = _guide_and_informant(project)
    other = project.participants.add("P09")
    session = feature.open_session(project.sessions.start_interview(guide_id, informant))
    qtbot.mouseClick(session.first_page.begin_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(session.notes, "Jawaban penting")
    window.bridge.run("Delete participant", lambda p: p.participants.delete(informant))
    qtbot.mouseClick(session.finish_button, Qt.MouseButton.LeftButton)
    box = session.findChild(QMessageBox, "sessionError")
    assert "deleted meanwhile" in box.text() and project.sources.count() == 0
    qtbot.mouseClick(session.details_button, Qt.MouseButton.LeftButton)
    page = session.first_page
    page.participant.setCurrentIndex(page.participant.findData(other))
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(session.finish_button, Qt.MouseButton.LeftButton)
    [source] = project.sources.list()
    assert source.participant_ids == [other]
    assert "Jawaban penting" in project.sources.text(source.id)

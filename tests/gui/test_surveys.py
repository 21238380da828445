"""The Surveys dock: form editor, data entry as you go, import with agreement, summary."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from gui.bridge import ProjectBridge
from gui.main_window import MainWindow
from gui.surveys import SurveysFeature
from importers.xlsform import import_xlsform

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from survey_files import RESPONSES, TRUST, write_csv, write_form  # noqa: E402


@pytest.fixture
def window(qtbot, project, tmp_path):
    import_xlsform(project, write_form(tmp_path / "form.xlsx"))
    bridge = ProjectBridge()
    main = MainWindow(bridge, [SurveysFeature])
    bridge.setParent(main)
    qtbot.addWidget(main)
    bridge.open(project)
    yield main
    if bridge.project is not None:
        bridge.project.unsubscribe(bridge._on_change)


@pytest.fixture
def feature(window):
    return window.features[0]


def test_form_is_listed_with_its_questions(feature):
    panel = feature.panel
    assert panel.forms.currentData() == "umkm_survey"
    table = panel.questions.table
    names = [table.item(r, 1).text().strip() for r in range(table.rowCount())]
    assert names[:4] == ["kelompok", "bagian", "trust1", "trust2"]
    assert table.item(2, 5).text() == TRUST


def test_editing_a_question_in_the_dialog_is_undoable(feature, window, qtbot):
    panel = feature.panel
    panel.questions.table.selectRow(2)
    panel.questions.edit_question()
    dialog = panel.questions.dialog
    dialog.label_en.setText("Partners keep their promises")
    dialog.required.setChecked(False)
    dialog.fill_agreement_scale()
    dialog.accept()
    definition = panel.definition
    trust = definition.question("trust1")
    assert trust.labels["English (en)"] == "Partners keep their promises"
    assert not trust.required
    assert definition.choices["agree5"][0].labels["English (en)"] == "Strongly disagree"
    window.bridge.undo_stack.undo()
    assert panel.definition.question("trust1").required


def test_data_entry_stores_each_answer_and_follows_conditions(feature, window, qtbot):
    entry = feature.panel.entry
    feature.panel.tabs.setCurrentWidget(entry)
    entry.new_response()
    project = window.bridge.project
    [response] = project.survey_responses.list(project.surveys.form("umkm_survey").id)
    assert response.respondent == "R001" and entry.current_id() == response.id
    view = entry.form_view
    trust = view.findChild(QComboBox, "answer_trust1")
    alasan_row = next(i for i, r in enumerate(view.rows) if r.question.name == "alasan")
    assert not view.form.isRowVisible(alasan_row)      # relevant: ${trust1} <= 2
    trust.setCurrentIndex(trust.findData("2"))
    assert project.survey_responses.answers(response.id) == {
        view.definition.question("trust1").id: "2"}
    assert view.form.isRowVisible(alasan_row)
    umur = view.findChild(QLineEdit, "answer_umur")
    umur.setText("12")
    umur.editingFinished.emit()
    assert view.findChild(type(entry.status), "message_umur").text() == "Too young"
    assert view.definition.question("umur").id not in project.survey_responses.answers(
        response.id)
    entry.complete.setChecked(True)
    entry.mark_complete(True)
    assert not project.survey_responses.get(response.id).complete  # required missing
    assert "required answer(s) missing" in entry.status.text()
    kelompok = view.findChild(QComboBox, "answer_kelompok")
    kelompok.setCurrentIndex(kelompok.findData("umkm"))
    alasan = view.findChild(QLineEdit, "answer_alasan")
    alasan.setText("Janji tidak ditepati")
    alasan.editingFinished.emit()
    entry.complete.setChecked(True)
    entry.mark_complete(True)
    assert project.survey_responses.get(response.id).complete
    assert "(incomplete)" not in entry.responses.item(0).text()


def test_importing_responses_with_problems_asks_first(feature, window, tmp_path, qtbot):
    rows = [*RESPONSES, ["u4", "umkm", "8", "2", "30", "", "", "", "", ""]]
    path = write_csv(tmp_path / "d.csv", rows=rows)
    feature.actions.import_responses(str(path))
    box = feature.actions.box
    assert box.objectName() == "surveyProblemsBox"
    assert "row 5, column 'bagian/trust1'" in box.detailedText()
    project = window.bridge.project
    form_pk = project.surveys.form("umkm_survey").id
    assert project.survey_responses.count(form_pk) == 0
    box.button(QMessageBox.StandardButton.Ok).click()
    assert project.survey_responses.count(form_pk) == 3
    assert feature.panel.entry.responses.count() == 3
    summary = feature.panel.summary
    feature.panel.tabs.setCurrentWidget(summary)
    lines = [[summary.table.item(r, c).text() for c in range(3)]
             for r in range(summary.table.rowCount())]
    trust = next(i for i, line in enumerate(lines)
                 if line[0] in ("Trust building", "Membangun kepercayaan"))
    assert lines[trust][1:] == ["All respondents", "6"]
    summary.by.setCurrentIndex(summary.by.findData("kelompok"))
    summary.refresh()
    lines = [[summary.table.item(r, c).text() for c in range(3)]
             for r in range(summary.table.rowCount())]
    trust = next(i for i, line in enumerate(lines)
                 if line[0] in ("Trust building", "Membangun kepercayaan"))
    assert [line[1:] for line in lines[trust + 1:trust + 3]] == [["gov", "2"], ["umkm", "4"]]


def test_a_bad_form_shows_every_problem(feature, tmp_path):
    bad = write_form(tmp_path / "bad.xlsx",
                     questions=[["foo", "a", "A", "A", "", "", "", "", "", ""],
                                ["select_one none", "b", "B", "B", "", "", "", "", "", ""]])
    feature.actions.import_form(str(bad))
    text = feature.actions.box.text()
    assert "2 problem(s)" in text and "row 2" in text and "row 3" in text
    assert feature.panel.forms.count() == 1


def test_draft_from_indicators_becomes_the_current_form(feature, window, qtbot):
    feature.actions.new_draft()
    dialog = feature.actions.draft_dialog
    for index in range(dialog.list.count()):
        item = dialog.list.item(index)
        wanted = item.data(Qt.ItemDataRole.UserRole) == TRUST
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    dialog.accept()
    panel = feature.panel
    assert panel.current_form_id() == dialog.form_id()
    likert = [q for q in panel.definition.questions if panel.definition.likert_scale(q)]
    assert [q.indicators for q in likert] == [[TRUST], [TRUST]]

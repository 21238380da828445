"""The sources panel over a real project: grouping, counts, filter, selection, deletion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from gui.app import build_window
from gui.sources.feature import SourcesFeature
from gui.sources.model import BY_STAKEHOLDER, BY_TECHNIQUE, SEGMENTS


@pytest.fixture
def filled(project):
    """Two interviews (P01 UMKM, P02 government), one observation, one document."""
    umkm = project.participants.resolve_group("Pemilik UMKM")
    gov = project.participants.resolve_group("Instansi pemerintah")
    p1 = project.participants.add("P01", name="Budi", group_id=umkm)
    p2 = project.participants.add("P02", name="Sari", group_id=gov)
    code = project.codes.resolve("ag2008.starting_conditions.prehistory").id
    ids = {
        "budi": project.sources.add("interview", "Wawancara Budi", "Kami mulai tahun 2019. "
                                    "Dinas datang.", participant_ids=[p1], date="2024-03-01"),
        "sari": project.sources.add("interview", "Wawancara Sari", "Program ekspor.",
                                    participant_ids=[p2], date="2024-03-05"),
        "rapat": project.sources.add("observation", "Rapat koordinasi", "Rapat dimulai.",
                                     participant_ids=[p1, p2]),
        "mou": project.sources.add("document", "MoU Dinas", "Isi MoU.", doc_type="MoU"),
    }
    project.segments.add(ids["budi"], code, 0, 10)
    project.segments.add(ids["budi"], code, 11, 20)
    project.segments.add(ids["rapat"], code, 0, 5)
    return project, ids


@pytest.fixture
def panel(qtbot, filled):
    project, _ids = filled
    window = build_window([SourcesFeature])
    qtbot.addWidget(window)
    window.bridge.open(project)
    panel = window.features[0].panel
    panel.grouping_combo.setCurrentIndex(panel.grouping_combo.findData(BY_TECHNIQUE))
    return panel


def rows(model, group_row):
    parent = model.index(group_row, 0)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_groups_by_technique_with_counts(panel, filled):
    _project, ids = filled
    model = panel.model
    assert panel.tree.objectName() == "sourceList"
    assert model.group_labels() == ["Interviews", "Observations", "Documents"]
    assert rows(model, 0) == ["Wawancara Budi", "Wawancara Sari"]
    assert model.index(0, 0).data() == "Interviews (2)"
    budi = model.index_of_source(ids["budi"])
    assert model.index(budi.row(), 1, budi.parent()).data() == "2024-03-01"
    assert model.index(budi.row(), SEGMENTS, budi.parent()).data() == 2
    assert model.index(0, SEGMENTS).data() == 2  # group total
    assert model.index(1, SEGMENTS).data() == 1


def test_groups_by_stakeholder_group(panel):
    panel.grouping_combo.setCurrentIndex(panel.grouping_combo.findData(BY_STAKEHOLDER))
    model = panel.model
    assert model.group_labels() == ["Instansi pemerintah", "Pemilik UMKM", "No participant"]
    assert rows(model, 0) == ["Wawancara Sari", "Rapat koordinasi"]
    assert rows(model, 1) == ["Wawancara Budi", "Rapat koordinasi"]
    assert rows(model, 2) == ["MoU Dinas"]


def test_filter_by_title_and_participant_code(panel, qtbot):
    qtbot.keyClicks(panel.filter_edit, "p02")
    assert panel.filter_edit.placeholderText() == "Filter sources"
    assert panel.model.group_labels() == ["Interviews", "Observations"]
    assert rows(panel.model, 0) == ["Wawancara Sari"]
    panel.filter_edit.setText("mou")
    assert panel.model.visible_source_ids() == [panel.model.visible_source_ids()[0]]
    assert rows(panel.model, 0) == ["MoU Dinas"]
    panel.filter_edit.clear()
    assert len(panel.model.visible_source_ids()) == 4


def test_selecting_emits_source_selected_and_follows_others(panel, filled, qtbot):
    _project, ids = filled
    with qtbot.waitSignal(panel.selection.source_selected) as blocker:
        panel.tree.selectionModel().setCurrentIndex(
            panel.model.index_of_source(ids["sari"]),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
    assert blocker.args == [ids["sari"]]
    panel.selection.source_selected.emit(ids["mou"])
    assert panel.selected_source_id() == ids["mou"]


def test_refresh_on_change_keeps_selection(panel, filled):
    project, ids = filled
    panel.select_source(ids["sari"])
    panel.bridge.run("Add", lambda p: p.sources.add("interview", "Aaa first", "teks"))
    assert "Aaa first" in rows(panel.model, 0)
    assert panel.selected_source_id() == ids["sari"]
    code = project.codes.resolve("ag2008.starting_conditions.prehistory").id
    panel.bridge.run("Code", lambda p: p.segments.add(ids["sari"], code, 0, 7))
    sari = panel.model.index_of_source(ids["sari"])
    assert panel.model.index(sari.row(), SEGMENTS, sari.parent()).data() == 1


def test_delete_names_codings_and_undo_restores_segments(panel, filled):
    project, ids = filled
    question = panel.deletion_question(ids["budi"])
    assert "Wawancara Budi" in question and "2 coding" in question
    before = [(s.start, s.end) for s in project.segments.for_source(ids["budi"])]
    assert panel.delete_source(ids["budi"], confirm=False)
    assert ids["budi"] not in panel.model.visible_source_ids()
    assert project.segments.for_source(ids["budi"]) == []
    panel.bridge.undo_stack.undo()
    assert project.sources.get(ids["budi"]).title == "Wawancara Budi"
    assert [(s.start, s.end) for s in project.segments.for_source(ids["budi"])] == before
    assert project.sources.get(ids["budi"]).participant_ids
    assert ids["budi"] in panel.model.visible_source_ids()


def test_closing_the_project_empties_the_list(panel):
    panel.bridge.close()
    assert panel.model.rowCount() == 0
    assert not panel.add_button.isEnabled()


def test_opening_shows_the_first_source(qtbot, filled):
    project, ids = filled
    window = build_window([SourcesFeature])
    qtbot.addWidget(window)
    panel = window.features[0].panel
    panel.grouping_combo.setCurrentIndex(panel.grouping_combo.findData(BY_TECHNIQUE))
    with qtbot.waitSignal(panel.selection.source_selected) as blocker:
        window.bridge.open(project)
    assert blocker.args == [ids["budi"]]
    assert panel.selected_source_id() == ids["budi"]


def test_models_pass_the_qt_model_tester(qtmodeltester, panel, filled):
    qtmodeltester.check(panel.model)
    panel.grouping_combo.setCurrentIndex(panel.grouping_combo.findData(BY_STAKEHOLDER))
    qtmodeltester.check(panel.model)
    from gui.sources.participants import ParticipantTableModel

    table = ParticipantTableModel()
    table.set_project(filled[0])
    qtmodeltester.check(table)


def test_narrow_panel_hides_the_date_column(qtbot, panel):
    from gui.sources.panel import SourcesPanel

    alone = SourcesPanel(panel.bridge, panel.selection)
    qtbot.addWidget(alone)
    alone.resize(500, 400)
    alone.show()
    qtbot.waitExposed(alone)
    assert not alone.tree.isColumnHidden(1)
    alone.resize(260, 400)
    qtbot.waitUntil(lambda: alone.tree.isColumnHidden(1))

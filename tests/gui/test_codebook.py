"""The codebook panel over a real project: model, signals, edits with undo, drag and drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from gui import i18n
from gui.bridge import ProjectBridge
from gui.codebook import CODE_MIME, CodebookFeature
from gui.codebook import dialogs as code_dialogs
from gui.codebook.model import SEGMENTS, SOURCES
from gui.main_window import MainWindow

TRUST = "ag2008.process.trust_building"


@pytest.fixture
def coded(project):
    text = "Kami saling percaya. Dinas hadir tiap bulan. 😀 Rapat terbuka."
    src = project.sources.add("interview", "Wawancara", text)
    doc = project.sources.add("document", "MoU", "Isi MoU kerja sama.")
    trust = project.codes.resolve(TRUST).id
    process = project.codes.resolve("ag2008.process").id
    project.segments.add(src, trust, 5, 19)
    project.segments.add(doc, trust, 0, 3)
    project.segments.add(src, process, 21, 26)
    return project, {"src": src, "doc": doc, "trust": trust, "process": process}


@pytest.fixture
def window(qtbot, coded):
    project, _ids = coded
    bridge = ProjectBridge()
    main = MainWindow(bridge, [CodebookFeature])
    bridge.setParent(main)
    qtbot.addWidget(main)
    bridge.open(project)
    yield main
    bridge.project.unsubscribe(bridge._on_change)  # the project fixture closes the file


@pytest.fixture
def panel(window):
    return window.features[0].panel


def test_model_passes_qtmodeltester(qtmodeltester, qtlog, panel, coded):
    project, ids = coded
    qtmodeltester.check(panel.model)  # Qt's C++ tester: failures are logged as warnings
    project.segments.add(ids["doc"], ids["trust"], 4, 7)  # counts change
    project.codes.add("Extra", parent_id=ids["trust"])  # the tree reloads
    panel.model.set_language("id")
    assert not [r.message for r in qtlog.records if "FAIL" in r.message.upper()]
    qtmodeltester.check(panel.model, force_py=True)  # and pytest-qt's own checks


def test_tree_shows_codes_counts_and_roll_up(panel, coded):
    project, ids = coded
    model = panel.model
    assert panel.tree.objectName() == "codeTree"
    assert model.rowCount() == 2  # the two frameworks
    trust = model.index_of(ids["trust"])
    assert trust.data() == project.codes.get(ids["trust"]).label(i18n.current_language())
    assert trust.data(Qt.ItemDataRole.ToolTipRole).startswith(TRUST)
    assert trust.data(Qt.ItemDataRole.DecorationRole).isValid()
    assert trust.siblingAtColumn(SEGMENTS).data() == "2"
    assert trust.siblingAtColumn(SOURCES).data() == "2"
    process = model.index_of(ids["process"])
    assert process.siblingAtColumn(SEGMENTS).data() == "1 (3)"
    assert process.siblingAtColumn(SOURCES).data() == "1 (2)"
    assert "sub-codes" in model.headerData(SEGMENTS, Qt.Orientation.Horizontal,
                                           Qt.ItemDataRole.ToolTipRole)


def test_selection_and_double_click_signals(qtbot, panel, coded):
    _project, ids = coded
    selection = panel.selection
    with qtbot.waitSignal(selection.codes_selected) as blocker:
        panel.select_codes([ids["trust"], ids["process"]], ids["trust"])
    assert sorted(blocker.args[0]) == sorted([ids["trust"], ids["process"]])
    assert sorted(selection.code_ids) == sorted(blocker.args[0])
    with qtbot.waitSignal(selection.code_activated) as blocker:
        panel.tree.doubleClicked.emit(panel.model.index_of(ids["trust"]))
    assert blocker.args == [ids["trust"]]


def test_details_show_definition_and_cues(panel, coded):
    project, ids = coded
    panel.select_codes([ids["trust"]], ids["trust"])
    html_text = panel.details.toPlainText()
    code = project.codes.get(ids["trust"])
    assert TRUST in html_text
    assert code.definition_id[:30] in html_text and code.definition_en[:30] in html_text
    assert "Evidence cues" in html_text and "English gloss:" in html_text


def test_add_and_add_sub_code_via_actions_with_undo(panel, coded, monkeypatch):
    project, ids = coded
    answers = iter([{"label_en": "Distrust", "label_id": "Ketidakpercayaan",
                     "definition_en": "", "definition_id": "", "color": "#123456"},
                    {"label_en": "Sub", "label_id": "Sub", "definition_en": "d",
                     "definition_id": "", "color": "#654321"}])
    monkeypatch.setattr(code_dialogs, "ask_code_values", lambda *a, **k: next(answers))
    before = project.codes.count()
    panel.add_action.trigger()
    added = project.codes.resolve("Distrust")
    assert added.parent_id is None and added.color == "#123456"
    assert panel.selected_ids() == [added.id]
    panel.add_sub_action.trigger()
    sub = project.codes.resolve("Sub")
    assert sub.parent_id == added.id and sub.definition_en == "d"
    assert panel.model.index_of(sub.id).isValid()
    stack = panel.bridge.undo_stack
    stack.undo()
    stack.undo()
    assert project.codes.count() == before
    assert not panel.model.index_of(added.id).isValid()


def test_rename_keeps_expansion_and_selection_and_undoes(panel, coded, monkeypatch):
    project, ids = coded
    panel.select_codes([ids["trust"]], ids["trust"])
    panel.tree.setExpanded(panel.model.index_of(ids["trust"]), False)
    expanded = set(panel.expanded_ids())
    values = {"label_en": "Trust", "label_id": "Kepercayaan", "color": "#000000",
              "definition_en": "new", "definition_id": "baru"}
    monkeypatch.setattr(code_dialogs, "ask_code_values", lambda *a, **k: values)
    panel.edit_action.trigger()
    assert project.codes.get(ids["trust"]).label_id == "Kepercayaan"
    assert panel.model.index_of(ids["trust"]).data() in ("Kepercayaan", "Trust")
    assert set(panel.expanded_ids()) == expanded
    assert panel.selected_ids() == [ids["trust"]]
    panel.bridge.undo_stack.undo()
    assert project.codes.get(ids["trust"]).label_id != "Kepercayaan"


def test_recolour_selected_codes_in_one_step(panel, coded, monkeypatch):
    project, ids = coded
    panel.select_codes([ids["trust"], ids["process"]])
    monkeypatch.setattr(code_dialogs, "pick_colour", lambda *a: "#abcdef")
    panel.colour_action.trigger()
    assert {project.codes.get(i).color for i in (ids["trust"], ids["process"])} == {"#abcdef"}
    assert panel.bridge.undo_stack.count() == 1
    panel.bridge.undo_stack.undo()
    assert project.codes.get(ids["trust"]).color != "#abcdef"


def test_merge_into_moves_segments_and_undoes(panel, coded, monkeypatch):
    project, ids = coded
    target = project.codes.resolve("ag2008.process.commitment_to_process").id
    panel.select_codes([ids["trust"]], ids["trust"])
    monkeypatch.setattr(code_dialogs, "ask_code", lambda *a, **k: target)
    panel.merge_action.trigger()
    assert len(project.segments.for_codes([target])) == 2
    assert not panel.model.index_of(ids["trust"]).isValid()
    assert panel.selected_ids() == [target]
    assert panel.model.index_of(target).siblingAtColumn(SEGMENTS).data() == "2 (2)"
    panel.bridge.undo_stack.undo()
    assert len(project.segments.for_codes([ids["trust"]])) == 2
    assert panel.model.index_of(ids["trust"]).isValid()


def test_delete_confirms_with_segment_count_and_undoes(panel, coded, monkeypatch):
    project, ids = coded
    asked = []
    monkeypatch.setattr(code_dialogs, "confirm", lambda _p, _t, text: asked.append(text) or True)
    panel.select_codes([ids["process"]], ids["process"])
    panel.delete_action.trigger()
    assert "3 coded segment" in asked[0] and "sub-code" in asked[0]
    assert project.segments.count() == 0
    assert not panel.model.index_of(ids["trust"]).isValid()
    panel.bridge.undo_stack.undo()
    assert project.segments.count() == 3
    assert panel.model.index_of(ids["trust"]).isValid()


def test_delete_refused_keeps_everything(panel, coded, monkeypatch):
    project, ids = coded
    monkeypatch.setattr(code_dialogs, "confirm", lambda *a: False)
    assert panel.delete_codes([ids["trust"]]) is False
    assert project.segments.count() == 3


def test_drag_exports_code_id_mime(panel, coded):
    _project, ids = coded
    index = panel.model.index_of(ids["trust"])
    mime = panel.model.mimeData([index, index.siblingAtColumn(1)])
    assert panel.model.mimeTypes() == [CODE_MIME]
    assert bytes(mime.data(CODE_MIME).data()) == str(ids["trust"]).encode("ascii")
    assert not mime.hasText()


def test_drop_in_tree_moves_code_undoably(qtbot, panel, coded):
    project, ids = coded
    model = panel.model
    mime = QMimeData()
    mime.setData(CODE_MIME, str(ids["trust"]).encode("ascii"))
    leadership = project.codes.resolve("ag2008.leadership").id
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0,
                                     model.index_of(ids["trust"]))
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index_of(leadership))
    qtbot.waitUntil(lambda: project.codes.get(ids["trust"]).parent_id == leadership)
    assert [c.id for c in project.codes.children(leadership)][0] == ids["trust"]
    assert model.index_of(ids["trust"]).parent() == model.index_of(leadership)
    panel.bridge.undo_stack.undo()
    assert project.codes.get(ids["trust"]).parent_id == ids["process"]
    # dropped on the empty area: top level, last
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    qtbot.waitUntil(lambda: project.codes.get(ids["trust"]).parent_id is None)
    assert [c.id for c in project.codes.children(None)][-1] == ids["trust"]


def test_move_to_top_level_via_action(panel, coded, monkeypatch):
    project, ids = coded
    panel.select_codes([ids["trust"]], ids["trust"])
    monkeypatch.setattr(code_dialogs, "ask_code", lambda *a, **k: code_dialogs.TOP_LEVEL)
    panel.move_action.trigger()
    assert project.codes.get(ids["trust"]).parent_id is None
    panel.bridge.undo_stack.undo()
    assert project.codes.get(ids["trust"]).parent_id == ids["process"]


def test_segment_changes_refresh_counts(panel, coded):
    project, ids = coded
    project.segments.add(ids["doc"], ids["trust"], 4, 7)
    index = panel.model.index_of(ids["trust"])
    assert index.siblingAtColumn(SEGMENTS).data() == "3"


def test_picker_dialog_filters(qtbot, panel, coded):
    _project, ids = coded
    dialog = code_dialogs.CodePickerDialog(panel, panel.model, exclude=[ids["process"]],
                                           allow_top=True)
    qtbot.addWidget(dialog)
    dialog.filter.setText("ag2008.process.trust")
    visible = [dialog.list.item(r) for r in range(dialog.list.count())
               if not dialog.list.item(r).isHidden()]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in visible] == [ids["trust"]]
    assert dialog.chosen() == ids["trust"]


def test_language_switch_relabels_codes(qtbot, panel, coded):
    project, ids = coded
    if "id" not in i18n.available_languages():
        pytest.skip("no Indonesian translation built")
    try:
        i18n.set_language("id")
        qtbot.waitUntil(lambda: panel.model.index_of(ids["trust"]).data()
                        == project.codes.get(ids["trust"]).label_id, timeout=2000)
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: panel.model.index_of(ids["trust"]).data()
                    == project.codes.get(ids["trust"]).label_en, timeout=2000)

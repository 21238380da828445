"""The evaluation workspace over a real project: models, verdicts with their audit
trail, conclusions, key quotes, the triangulation rule, matrix click-through and the
summary grid saving as you type with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from gui.bridge import ProjectBridge
from gui.evaluation import EvaluationFeature
from gui.evaluation.board import VERDICT, VerdictDelegate
from gui.evaluation.panel import EvaluationPanel
from gui.main_window import MainWindow
from gui.selection import Selection

TRUST = "ag2008.process.trust_building"
DIALOGUE = "ag2008.process.face_to_face_dialogue"
GOOD_FAITH = "ag2008.process.face_to_face_dialogue.good_faith_negotiation"
TEXT = "Rapat koordinasi berjalan rutin setiap bulan dan semua pihak hadir. " * 3


@pytest.fixture
def study(project):
    p = project.participants
    ids = {"gov": p.resolve_group("Instansi pemerintah"), "umkm": p.resolve_group("Pemilik UMKM")}
    ids["p1"] = p.add("P01", group_id=ids["gov"])
    ids["p2"] = p.add("P02", group_id=ids["umkm"])
    ids["s1"] = project.sources.add("interview", "Wawancara Dinas", TEXT, date="2025-02-01",
                                    participant_ids=[ids["p1"]])
    ids["s2"] = project.sources.add("observation", "Observasi", TEXT, date="2025-03-01",
                                    participant_ids=[ids["p2"]])
    for name, key in (("trust", TRUST), ("dialogue", DIALOGUE), ("good_faith", GOOD_FAITH)):
        ids[name] = project.codes.resolve(key).id
    seg = project.segments.add
    ids["t1"] = seg(ids["s1"], ids["trust"], 0, 20)
    ids["t2"] = seg(ids["s2"], ids["trust"], 30, 50, valence="contradicts")
    ids["g1"] = seg(ids["s1"], ids["good_faith"], 10, 30)
    return project, ids


@pytest.fixture
def panel(qtbot, study):
    project, _ids = study
    bridge, selection = ProjectBridge(), Selection()
    widget = EvaluationPanel(bridge, selection)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    bridge.open(project)
    widget.refresh_now()
    yield widget
    widget.flush()
    project.unsubscribe(bridge._on_change)  # the project fixture closes the file


def show(panel, page):
    panel.show_tab(page)
    panel.refresh_now()


def test_models_pass_qtmodeltester(qtmodeltester, panel):
    for page in panel.pages:
        show(panel, page)
        qtmodeltester.check(page.model, force_py=True)
    panel.set_level("all")
    for page in panel.pages:
        show(panel, page)
        qtmodeltester.check(page.model, force_py=True)


def test_board_shows_rolled_up_counts_and_switches_level(panel, study):
    _project, ids = study
    model = panel.board.model
    row = model.row_of(ids["dialogue"])
    assert model.data(model.index(row, 2)) == "1"  # good faith's segment counts for dialogue
    assert model.row_of(ids["good_faith"]) == -1
    assert panel.level_combo.currentText() == "Indicators (sub-indicators rolled up)"
    panel.set_level("direct")
    panel.refresh_now()
    assert model.row_of(ids["good_faith"]) >= 0
    assert model.data(model.index(model.row_of(ids["dialogue"]), 2)) == "0"


def test_verdict_through_the_delegate_is_stored_with_history_and_undoable(panel, study):
    project, ids = study
    table, model = panel.board.table, panel.board.model
    index = model.index(model.row_of(ids["trust"]), VERDICT)
    delegate = table.itemDelegateForColumn(VERDICT)
    assert isinstance(delegate, VerdictDelegate)
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findData("partly_met"))
    delegate.setModelData(editor, model, index)
    assert project.evaluation.judgement(ids["trust"]).verdict == "partly_met"
    assert [h["verdict"] for h in project.evaluation.history(ids["trust"])] == ["partly_met"]
    panel.refresh_now()
    assert model.data(model.index(model.row_of(ids["trust"]), VERDICT)) == "Partly met"
    panel.board.select_code(ids["trust"])
    assert panel.board.history.rowCount() == 1
    assert panel.board.history.item(0, 2).text() == "Partly met"
    assert model.setData(index, "met")
    assert len(project.evaluation.history(ids["trust"])) == 2
    panel.bridge.undo_stack.undo()
    assert project.evaluation.judgement(ids["trust"]).verdict == "partly_met"
    assert not model.setData(index, "no such verdict")
    panel.refresh_now()  # clearing: the editor's first item means "not judged"
    index = model.index(model.row_of(ids["trust"]), VERDICT)
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    editor.setCurrentIndex(editor.findData(""))
    delegate.setModelData(editor, model, index)
    assert project.evaluation.judgement(ids["trust"]).verdict is None
    assert project.evaluation.history(ids["trust"])[-1]["verdict"] is None


def test_conclusion_and_key_quotes(panel, study):
    project, ids = study
    board = panel.board
    board.select_code(ids["trust"])
    board.conclusion.setPlainText("Kepercayaan tumbuh, tetapi ada bukti bertentangan.")
    board.select_code(ids["dialogue"])  # leaving the indicator saves its conclusion
    assert project.evaluation.judgement(ids["trust"]).conclusion.startswith("Kepercayaan")
    panel.refresh_now()
    board.select_code(ids["trust"])
    assert board.segments.segment_ids() == [ids["t1"], ids["t2"]]
    board.segments.item(0).setSelected(True)
    board.add_button.click()
    assert project.evaluation.key_quotes(ids["trust"]) == [ids["t1"]]
    panel.refresh_now()
    assert board.quotes.segment_ids() == [ids["t1"]]
    board.quotes.item(0).setSelected(True)
    board.remove_button.click()
    assert project.evaluation.key_quotes(ids["trust"]) == []
    panel.bridge.undo_stack.undo()
    assert project.evaluation.key_quotes(ids["trust"]) == [ids["t1"]]


def test_triangulation_rule_and_flags(panel, study):
    project, ids = study
    tab = panel.triangulation
    show(panel, tab)
    rows = {r.code_id: r for r in tab.model.rows}
    assert rows[ids["trust"]].flags == ["contradicted"] and rows[ids["trust"]].triangulated
    assert rows[ids["dialogue"]].flags == ["single_technique", "single_group", "single_time"]
    tab.apply_rule(tab.rule.__class__(min_techniques=3, min_groups=2, min_dates=1))
    assert '"min_techniques": 3' in project.get_setting("triangulation_rule")
    panel.refresh_now()
    assert not {r.code_id: r for r in tab.model.rows}[ids["trust"]].triangulated
    assert "3 technique" in tab.rule_label.text()
    panel.bridge.undo_stack.undo()
    panel.refresh_now()
    assert tab.rule.min_techniques == 2


def test_matrix_click_through_opens_segments(qtbot, panel, study):
    _project, ids = study
    tab = panel.matrix
    show(panel, tab)
    tab.dimension.setCurrentIndex(tab.dimension.findData("technique"))
    model = tab.model
    row = model.rows.index(ids["trust"])
    assert [model.data(model.index(row, c)) for c in range(3)] == ["1", "1", "0"]
    assert tab.cell_segment_ids(row, 1) == [ids["t2"]]
    item = tab.segments.item(0)
    with qtbot.waitSignal(panel.selection.segment_requested) as blocker:
        tab.segments.itemActivated.emit(item)
    assert blocker.args == [ids["t2"]]
    tab.values.setCurrentIndex(1)  # coded text in the cells
    assert "Rapat koordinasi" in model.data(model.index(row, 0))
    tab.heat.setChecked(False)
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_cooccurrence_tab(panel, study):
    _project, ids = study
    tab = panel.cooccurrence
    show(panel, tab)
    model = tab.model
    row = model.rows.index(ids["trust"])
    column = [c.value for c in model.cols].index(ids["dialogue"])
    assert model.data(model.index(row, column)) == "1"
    assert tab.cell_segment_ids(row, column) == [ids["t1"], ids["g1"]]


def test_summary_saves_as_you_type_one_undo_step_per_save(qtbot, panel, study):
    project, ids = study
    tab = panel.summary
    show(panel, tab)
    key = str(ids["p1"])
    tab.select_cell(key, ids["trust"])
    assert tab.segments.segment_ids() == [ids["t1"]]
    steps = panel.bridge.undo_stack.count()
    tab.editor.setPlainText("Dinas percaya pada platform.")
    assert tab.timer.isActive()
    qtbot.waitUntil(lambda: project.evaluation.summaries("participant").get(
        (key, ids["trust"])) == "Dinas percaya pada platform.", timeout=3000)
    assert panel.bridge.undo_stack.count() == steps + 1
    panel.refresh_now()
    assert tab.editor.toPlainText() == "Dinas percaya pada platform."
    index = tab.model.index_of(key, ids["trust"])
    assert "Dinas percaya" in tab.model.data(index)
    tab.editor.setPlainText("Versi kedua.")
    tab.select_cell(key, 0)  # leaving the cell saves at once; this is the row summary
    assert project.evaluation.summaries("participant")[(key, ids["trust"])] == "Versi kedua."
    tab.editor.setPlainText("P01 ringkasan baris.")
    tab.flush()
    assert project.evaluation.summaries("participant")[(key, 0)] == "P01 ringkasan baris."
    panel.bridge.undo_stack.undo()
    panel.refresh_now()
    assert (key, 0) not in project.evaluation.summaries("participant")
    assert tab.editor.toPlainText() == ""
    tab.select_cell("", ids["trust"])  # column summary
    tab.editor.setPlainText("Kepercayaan tumbuh.")
    tab.flush()
    assert project.evaluation.summaries("participant")[("", ids["trust"])] == \
        "Kepercayaan tumbuh."
    tab.row_kind.setCurrentIndex(1)
    panel.refresh_now()
    assert [r.label for r in tab.model.rows[:-1]][:3] == [
        "Instansi pemerintah", "Perwakilan RI di luar negeri (KBRI/KJRI)",
        "Platform/perusahaan swasta"]


def test_refreshes_on_changes_and_language(panel, study):
    project, ids = study
    model = panel.board.model
    project.segments.add(ids["s2"], ids["good_faith"], 0, 5)
    panel.refresh_now()
    assert model.data(model.index(model.row_of(ids["dialogue"]), 2)) == "2"
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.tabs.tabText(0) == "Indicator board"
    panel.bridge.close()
    panel.refresh_now()
    assert model.rowCount() == 0 and panel.status.text() == "No project open"


def test_feature_installs_dock_and_menu(qtbot, study):
    project, _ids = study
    bridge = ProjectBridge()
    window = MainWindow(bridge, [EvaluationFeature])
    bridge.setParent(window)
    qtbot.addWidget(window)
    window.show()
    bridge.open(project)
    feature = window.features[0]
    actions = window.menu("analysis").actions()
    assert [a.text() for a in actions] == ["Indicator board", "Triangulation",
                                           "Matrix (data display)", "Code co-occurrence",
                                           "Summary grid"]
    actions[4].trigger()
    summary = feature.panel.summary
    assert feature.panel.tabs.currentWidget() is summary
    feature.panel.refresh_now()
    summary.select_cell(summary.model.rows[0].key, summary.model.code_ids[0])
    summary.editor.setPlainText("Ditulis sebelum menutup.")
    window.close()  # the main window flushes every feature
    assert "Ditulis sebelum menutup." in project.evaluation.summaries("participant").values()
    project.unsubscribe(bridge._on_change)


def test_demo_study_in_every_tab(qtbot, tmp_path, qtmodeltester):
    demo = pytest.importorskip("importers.demo")
    bridge, selection = ProjectBridge(), Selection()
    widget = EvaluationPanel(bridge, selection)
    qtbot.addWidget(widget)
    widget.show()
    bridge.open(demo.write_demo(tmp_path / "demo.telaah"))
    try:
        for level in ("indicators", "all"):
            widget.set_level(level)
            for page in widget.pages:
                show(widget, page)
                assert page.model.rowCount() > 0
        assert any(r.verdict for r in widget.board.model.rows)
        qtmodeltester.check(widget.board.model, force_py=True)
        assert widget.board.model.index(0, 0) != QModelIndex()
    finally:
        bridge.close()


def test_new_verdict_option_and_dialogs(panel, study):
    from PySide6.QtWidgets import QDialogButtonBox

    from analysis import TriangulationRule
    from gui.evaluation.dialogs import RuleDialog, VerdictOptionDialog

    project, ids = study
    board, model = panel.board, panel.board.model
    board.add_verdict_option(("needs_data", "Needs more data", "Perlu data tambahan"))
    assert "needs_data" in [o.key for o in project.evaluation.verdict_options()]
    panel.refresh_now()
    assert "Needs more data" in board.legend.text()
    assert model.setData(model.index(model.row_of(ids["trust"]), VERDICT), "needs_data")
    assert project.evaluation.judgement(ids["trust"]).verdict == "needs_data"
    dialog = VerdictOptionDialog({"met"})
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.label_en.setText("Met")
    dialog.label_id.setText("Terpenuhi penuh")
    assert ok.isEnabled() and dialog.values() == ("met_2", "Met", "Terpenuhi penuh")
    rule = RuleDialog(TriangulationRule(2, 2, 1))
    rule.techniques.setValue(3)
    assert rule.rule() == TriangulationRule(3, 2, 1)


def test_switching_level_keeps_what_is_being_typed(panel, study):
    project, ids = study
    panel.board.select_code(ids["trust"])
    panel.board.conclusion.setPlainText("Belum disimpan.")
    panel.set_level("all")
    panel.refresh_now()
    assert project.evaluation.judgement(ids["trust"]).conclusion == "Belum disimpan."
    show(panel, panel.summary)
    key = str(ids["p1"])
    panel.summary.select_cell(key, ids["good_faith"])
    panel.summary.editor.setPlainText("Sub-indikator.")
    panel.set_level("indicators")  # good faith is not a column any more
    panel.refresh_now()
    assert project.evaluation.summaries("participant")[(key, ids["good_faith"])] == \
        "Sub-indikator."
    assert panel.summary.cell is None and panel.summary.editor.toPlainText() == ""

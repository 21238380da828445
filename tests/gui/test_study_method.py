"""Study properties: triangulation kinds, the DeSeve citation and own references, saved
with the study's fields as one undoable action and read back by the analysis and the
report."""

from __future__ import annotations

from analysis import load_kinds
from exporters.report.references import Citations, own_entries
from gui.bridge import ProjectBridge
from gui.project.actions import StudyPropertiesDialog


def test_method_settings_are_one_undo_step(qtbot, project):
    bridge = ProjectBridge()
    bridge.open(project)
    dialog = StudyPropertiesDialog(bridge)
    qtbot.addWidget(dialog)
    method = dialog.method
    assert method.kinds() == ["source", "technique"]  # the default
    method.kind_boxes["time"].setChecked(True)
    method.kind_boxes["technique"].setChecked(False)
    method.references.setPlainText("Sugiyono. (2019). Metode penelitian kualitatif. "
                                   "Alfabeta.\n\n  DeSeve, G. E. (2007). Bab yang diperiksa.")
    method.deseve.setCurrentIndex(method.deseve.findData("own"))
    dialog.site.setText("Kota Bandung")
    dialog.accept()
    assert load_kinds(project) == ["source", "time"]
    assert own_entries(project.get_setting("references")) == [
        "Sugiyono. (2019). Metode penelitian kualitatif. Alfabeta.",
        "DeSeve, G. E. (2007). Bab yang diperiksa."]
    assert Citations.load(project, "id").cite("deseve2007") == "DeSeve, 2007"
    assert project.study.get().site == "Kota Bandung"
    bridge.undo_stack.undo()  # everything in one step
    assert load_kinds(project) == ["source", "technique"]
    assert project.get_setting("references") is None
    assert project.study.get().site == ""
    project.unsubscribe(bridge._on_change)

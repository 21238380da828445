"""With no project open, nothing that needs one looks usable (issue 19, point 11)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLineEdit

from gui.app import build_window
from gui.project_guard import WITHOUT_PROJECT
from storage import Project


def project_actions(window) -> list[QAction]:
    docks = {d.toggleViewAction() for d in window.findChildren(QDockWidget)}
    return [a for a in window.findChildren(QAction)
            if not a.isSeparator() and a.menu() is None and a not in docks
            and not a.objectName().startswith("_q_") and a.objectName() not in WITHOUT_PROJECT
            and not a.property("worksWithoutProject")
            and (a.objectName() or a.text().strip())]


def usable_controls(window) -> list[str]:
    panels = [d.widget() for d in window.findChildren(QDockWidget)] + [window.centralWidget()]
    return [f"{type(w).__name__} {w.objectName() or w.text()!r}"
            for panel in panels if panel is not None
            for w in panel.findChildren(QAbstractButton) + panel.findChildren(QLineEdit)
            if w.isEnabled()]


def test_without_a_project_every_project_action_is_disabled(qtbot, tmp_path):
    window = build_window()
    qtbot.addWidget(window)
    names = {a.objectName() for a in project_actions(window)}
    assert {"quickCodeAction", "actionFindInSources", "actionStartInterview"} <= names
    assert [a.objectName() or a.text() for a in project_actions(window) if a.isEnabled()] == []
    assert usable_controls(window) == []
    assert all(window.findChild(QAction, name).isEnabled()
               for name in ("actionNewProject", "actionOpenProject", "actionQuit"))

    project = Project.create(tmp_path / "s.telaah", title="S", frameworks=["ag2008"])
    window.bridge.open(project)
    assert window.findChild(QAbstractButton, "newVerdict").isEnabled()
    assert window.findChild(QAction, "actionFindInSources").isEnabled()
    window.bridge.close()
    assert [a.objectName() or a.text() for a in project_actions(window) if a.isEnabled()] == []
    assert usable_controls(window) == []

"""Without an open project, everything that needs one is disabled.

`ProjectGuard` watches the bridge. While no project is open it disables every action
of the window (menus, panels' own actions) except those that work without a project
(`WITHOUT_PROJECT`, or any action with the property `worksWithoutProject` set), and
the contents of every dock and of the central widget, so no button looks usable and
does nothing. A feature may keep enabling or disabling its actions as it likes: the
guard remembers what the feature wanted and gives it back when a project opens.
The guard connects to the bridge before the features do, so on opening the features'
own rules (a selection needed...) apply after it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu
from shiboken6 import isValid

WITHOUT_PROJECT = frozenset({
    "actionNewProject", "actionOpenProject", "actionQuit", "actionPreferences",
    "actionAbout", "actionOpenDemo", "actionNewFromRefi", "actionUndo", "actionRedo",
})


class ProjectGuard(QObject):
    """See the module docstring; `scan()` once the features have added their actions."""

    def __init__(self, window, bridge):
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.open = bridge.project is not None
        self._wanted: dict[QAction, bool] = {}
        bridge.project_opened.connect(lambda _p: self._set_open(True))
        bridge.project_closing.connect(lambda: self._set_open(False))

    def needs_project(self, action: QAction) -> bool:
        if action.isSeparator() or action.menu() is not None:
            return False
        name = action.objectName()
        if name.startswith("_q_") or name in WITHOUT_PROJECT:
            return False
        if action.property("worksWithoutProject"):
            return False
        owner = action.parent()
        if isinstance(owner, QDockWidget) and action is owner.toggleViewAction():
            return False
        return not isinstance(action.parent(), QMenu) or bool(name)

    def guarded_actions(self) -> list[QAction]:
        return [a for a in self.window.findChildren(QAction) if self.needs_project(a)]

    def panels(self) -> list:
        docks = [d.widget() for d in self.window.findChildren(QDockWidget) if d.widget()]
        central = self.window.centralWidget()
        return [*docks, *([central] if central is not None else [])]

    def scan(self) -> None:
        """Take over the actions that exist now; apply the current state."""
        for action in self.guarded_actions():
            if action not in self._wanted:
                self._wanted[action] = action.isEnabled()
                action.changed.connect(lambda a=action: self._on_changed(a))
        self._apply()

    def _on_changed(self, action: QAction) -> None:
        if self.open or not isValid(action) or not action.isEnabled():
            return
        self._wanted[action] = True  # the feature enabled it: keep that for later
        action.setEnabled(False)

    def _set_open(self, is_open: bool) -> None:
        if not is_open:  # remember what the features want before taking it away
            for action in self._wanted:
                if isValid(action):
                    self._wanted[action] = action.isEnabled()
        self.open = is_open
        self.scan()

    def _apply(self) -> None:
        for action, wanted in list(self._wanted.items()):
            if not isValid(action):
                del self._wanted[action]
                continue
            action.setEnabled(wanted if self.open else False)
        for panel in self.panels():
            panel.setEnabled(self.open)

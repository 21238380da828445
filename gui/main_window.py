"""The main window: arranges feature panels, holds none of their logic.

Each feature in `gui.features.FEATURES` is a class taking `(window, bridge, selection)`
that adds its own docks, central widget, menu entries and shortcuts through the small
API here (`menu`, `add_dock`, `set_central`). The window itself knows only the File
and Edit basics: open, new, quit, undo and redo (named after the step they undo, in the
interface language), and Help > About.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMessageBox, QWidget
from shiboken6 import isValid

from gui import jobs
from gui.bridge import ProjectBridge
from gui.empty_state import install_empty_hints
from gui.project_guard import ProjectGuard
from gui.selection import Selection
from gui.undo_labels import text_of


class MainWindow(QMainWindow):
    """Top-level window; see the module docstring."""

    def __init__(self, bridge: ProjectBridge, features=None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.bridge = bridge
        self.selection = Selection(self)
        self._menus: dict[str, QMenu] = {}
        self._menu_titles: dict[str, str] = {}
        self._docks: list[tuple[QDockWidget, str]] = []
        # Own actions rather than QUndoStack.createUndoAction: Qt's "Undo %1" prefix is
        # fixed in the language the window was built in and has no Indonesian.
        stack = bridge.undo_stack
        self._undo_action = QAction(self, objectName="actionUndo", enabled=False)
        self._undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self._undo_action.triggered.connect(lambda _checked=False: stack.undo())
        self._redo_action = QAction(self, objectName="actionRedo", enabled=False)
        self._redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self._redo_action.triggered.connect(lambda _checked=False: stack.redo())
        stack.canUndoChanged.connect(self._undo_action.setEnabled)
        stack.canRedoChanged.connect(self._redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda _text: self._update_undo_texts())
        stack.redoTextChanged.connect(lambda _text: self._update_undo_texts())
        self._about_action = QAction(self, objectName="actionAbout")
        self._about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._about_action.triggered.connect(lambda _checked=False: self.show_about())
        for key in ("file", "edit", "code", "analysis", "view", "help"):
            self.menu(key)
        self.menu("edit").addAction(self._undo_action)
        self.menu("edit").addAction(self._redo_action)
        self.menu("help").addAction(self._about_action)
        from gui.features import FEATURES

        self.guard = ProjectGuard(self, bridge)  # before the features: see project_guard
        self.features = [feature(self, bridge, self.selection)
                         for feature in (FEATURES if features is None else features)]
        bridge.project_opened.connect(self._on_project_opened)
        self.guard.scan()
        install_empty_hints(self)
        self.retranslate_ui()
        self.resize(1400, 860)

    # -- API for features ----------------------------------------------------------------

    def menu(self, key: str) -> QMenu:
        """The top-level menu named by `key` (file, edit, code, analysis, view, help)."""
        if key not in self._menus:
            self._menus[key] = self.menuBar().addMenu("")
        return self._menus[key]

    def add_dock(self, widget: QWidget, object_name: str, title_source: str,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.LeftDockWidgetArea) -> QDockWidget:
        """Add `widget` in a dock; `title_source` is an untranslated title for tr()."""
        dock = QDockWidget(self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.menu("view").addAction(dock.toggleViewAction())
        self._docks.append((dock, title_source))
        dock.setWindowTitle(self.tr(title_source))
        return dock

    def set_central(self, widget: QWidget) -> None:
        self.setCentralWidget(widget)

    def add_action(self, menu_key: str, action: QAction) -> QAction:
        self.menu(menu_key).addAction(action)
        return action

    # -- translation, state ----------------------------------------------------------

    def retranslate_ui(self) -> None:
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "code": self.tr("&Code"),
                  "analysis": self.tr("&Analysis"), "view": self.tr("&View"),
                  "help": self.tr("&Help")}
        for key, menu in self._menus.items():
            menu.setTitle(titles.get(key, key))
        self._retranslate_undo_steps()
        self._update_undo_texts()
        self._about_action.setText(self.tr("&About Telaah"))
        for dock, title in self._docks:
            dock.setWindowTitle(self.tr(title))
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_undo_steps(self) -> None:
        """Each step on the undo stack named again in the interface language."""
        stack = self.bridge.undo_stack
        if not isValid(stack):
            return
        for index in range(stack.count()):
            step = stack.command(index)
            key = getattr(step, "label_key", None)
            if key is not None:
                step.setText(text_of(key))

    def _update_undo_texts(self) -> None:
        stack = self.bridge.undo_stack
        if not (isValid(stack) and isValid(self._undo_action) and isValid(self._redo_action)):
            return  # the window is being destroyed: the stack clears itself on the way
        for action, step, plain, named in (
                (self._undo_action, stack.undoText(), self.tr("Undo"), self.tr("Undo %1")),
                (self._redo_action, stack.redoText(), self.tr("Redo"), self.tr("Redo %1"))):
            action.setText(named.replace("%1", step) if step else plain)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Telaah"), self.tr(
            "<b>Telaah %1</b><p>Offline qualitative analysis for governance field research: "
            "code interviews, observations and documents against governance frameworks, "
            "check triangulation and judge each indicator.</p><p>Every action is saved in "
            "the project file as you work; each opening keeps a backup beside it.</p>"
            ).replace("%1", _version()))

    def _on_project_opened(self, _project) -> None:
        self._update_title()

    def _update_title(self) -> None:
        project = self.bridge.project
        name = project.path.name if project else self.tr("No project")
        self.setWindowTitle(f"{name} — Telaah")

    def restore_state(self) -> None:
        """The layout the user left, or on first start a layout that favours the text."""
        settings = QSettings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is None or not self.restoreState(state):
            QTimer.singleShot(0, self.default_layout)  # once the window has its size

    def default_layout(self) -> None:
        """Side docks wide enough for code labels but never more than a quarter of the
        width each; the bottom docks (retrieval, evaluation...) 38 % of the height, so
        the text keeps most of it and the evaluation shows its rows, Save and tabs."""
        width, height = self.width(), self.height()
        sizes = {Qt.DockWidgetArea.LeftDockWidgetArea:
                 (Qt.Orientation.Horizontal, min(340, int(width * 0.24))),
                 Qt.DockWidgetArea.RightDockWidgetArea:
                 (Qt.Orientation.Horizontal, min(400, int(width * 0.25))),
                 Qt.DockWidgetArea.BottomDockWidgetArea:
                 (Qt.Orientation.Vertical, max(220, int(height * 0.38)))}
        for area, (orientation, size) in sizes.items():
            docks: list[QDockWidget] = []
            for dock, _title in self._docks:  # one dock per tab group
                if self.dockWidgetArea(dock) != area or dock.isFloating():
                    continue
                if not any(dock in self.tabifiedDockWidgets(kept) for kept in docks):
                    docks.append(dock)
            if docks:
                self.resizeDocks(docks, [size] * len(docks), orientation)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        for feature in self.features:
            flush = getattr(feature, "flush", None)
            if flush:
                flush()
        jobs.cancel_all()  # nothing runs on after the window: stop, then wait for the rest
        jobs.wait_for_jobs()
        super().closeEvent(event)


def _version() -> str:
    """Telaah's version: the installed package's, else the source tree's pyproject.toml."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("telaah")
    except PackageNotFoundError:
        import tomllib
        from pathlib import Path

        try:
            with (Path(__file__).resolve().parent.parent / "pyproject.toml").open("rb") as f:
                return str(tomllib.load(f)["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return ""

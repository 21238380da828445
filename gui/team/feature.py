"""Team work in the main window (issue 17): the coder in the status bar, File →
Prepare copy for a coder… and Merge coder's copy…, and Analysis → Disagreements.

Preparing a copy and merging run on the GUI thread with a busy cursor: both are one
action on the open project (`bridge.run`), so the merge is one undoable step. A merge
is first planned as a dry run; the dialog lists what each copy brings and asks for a
choice on every conflict before anything is written.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog

from gui import i18n
from gui.dialog_parts import open_message
from gui.file_dialogs import open_files
from gui.team.coder_status import CoderStatus
from gui.team.disagreements import DisagreementPanel
from gui.team.handout_dialog import HandoutDialog
from gui.team.merge_dialog import MergeDialog
from storage import TelaahError

DOCK_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Disagreements")


@contextmanager
def _busy():
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class TeamFeature(QObject):
    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window, self.bridge = window, bridge
        self.coder_status = CoderStatus(bridge)
        window.statusBar().addPermanentWidget(self.coder_status)
        self.panel = DisagreementPanel(bridge)
        self.dock = window.add_dock(self.panel, "disagreementsDock", DOCK_TITLE,
                                    Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dock.hide()
        self.handout_action = QAction(window, objectName="actionHandout")
        self.handout_action.triggered.connect(lambda _c=False: self.prepare_copy())
        self.merge_action = QAction(window, objectName="actionMergeCopy")
        self.merge_action.triggered.connect(lambda _c=False: self.choose_copies())
        self.browser_action = QAction(window, objectName="actionDisagreements")
        self.browser_action.triggered.connect(lambda _c=False: self.show_browser())
        menu = window.menu("file")
        menu.addSeparator()
        menu.addActions([self.handout_action, self.merge_action])
        window.menu("analysis").addAction(self.browser_action)
        self.merge_dialog: MergeDialog | None = None
        bridge.project_opened.connect(lambda _p: self._update_enabled())
        bridge.project_closing.connect(lambda: self._update_enabled(closing=True))
        i18n.on_language_change(window, self.retranslate_ui)
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.handout_action.setText(self.tr("Prepare cop&y for a coder…"))
        self.handout_action.setStatusTip(self.tr(
            "Save a copy of chosen sources and the codebook for a research assistant"))
        self.merge_action.setText(self.tr("Mer&ge coder's copy…"))
        self.merge_action.setStatusTip(self.tr(
            "Bring coders' copies (Telaah or REFI-QDA) back into this project"))
        self.browser_action.setText(self.tr("&Disagreements between coders"))

    def _update_enabled(self, closing: bool = False) -> None:
        has_project = self.bridge.project is not None and not closing
        for action in (self.handout_action, self.merge_action, self.browser_action):
            action.setEnabled(has_project)

    def show_browser(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def _error(self, title: str, error: Exception) -> None:
        open_message(self.window, "teamErrorBox", title, i18n.translated(error)
                     if isinstance(error, TelaahError) else str(error))

    # -- hand out ------------------------------------------------------------------------

    def prepare_copy(self, options: dict | None = None) -> Path | None:
        """Ask (or take `options`) and write the copy; returns its path."""
        project = self.bridge.project
        if project is None:
            return None
        if options is None:
            dialog = HandoutDialog(project.sources.list(with_length=False), self.window)
            dialog.output.setText(str(project.path.with_name(project.path.stem + "-copy.telaah")))
            # a confidential study's copies are pseudonymised unless the lead unticks it
            dialog.pseudonymize.setChecked(project.privacy.confidential())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            options = dialog.options()
        from storage.handout import prepare_copy

        rewrite = None
        if options.get("pseudonymize"):
            from exporters.privacy.handout import pseudonymize_copy

            rewrite = pseudonymize_copy
        try:
            with _busy():
                result = self.bridge.run(
                    self.tr("Prepare copy for %1").replace("%1", options["coder"]),
                    lambda p: prepare_copy(p, options["output"], coder=options["coder"],
                                           source_ids=options.get("source_ids"),
                                           without_codings=options.get("without_codings",
                                                                       False),
                                           rewrite=rewrite))
        except (TelaahError, OSError) as error:
            self._error(self.tr("Prepare copy for a coder"), error)
            return None
        self.window.statusBar().showMessage(
            i18n.fill(self.tr("Saved a copy for %1: %2"), result.coder, result.path), 8000)
        return result.path

    # -- merge ---------------------------------------------------------------------------

    def choose_copies(self) -> None:
        paths = open_files(
            self.window, "copies", self.tr("Merge coder's copy"),
            self.tr("Coders' copies (*.telaah *.qdpx);;All files (*)"), self.bridge.project)
        if paths:
            self.merge_copies([Path(p) for p in paths])

    def merge_copies(self, paths: list[Path], ask: bool = True) -> bool:
        """Plan, show the plan and conflicts, then merge as one undoable step."""
        from importers.coder_copies import open_copies
        from storage.merge import merge

        project = self.bridge.project
        if project is None:
            return False
        try:
            with _busy():
                copies = open_copies(project, paths)
        except (TelaahError, OSError) as error:
            self._error(self.tr("Merge coder's copy"), error)
            return False
        with copies:
            with _busy():
                plan = merge(project, copies.copies, dry_run=True)
            self.merge_dialog = MergeDialog(plan, self.window)
            if ask and self.merge_dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            choices = self.merge_dialog.chosen()
            try:
                with _busy():
                    self.bridge.run(self.tr("Merge coders' copies"),
                                    lambda p: merge(p, copies.copies, choices=choices))
            except TelaahError as error:
                self._error(self.tr("Merge coder's copy"), error)
                return False
        return True

"""File → Restore from backup…, and the questions asked when a project cannot be opened.

`RestoreFeature` adds the menu command: `RestoreDialog` lists the open project's
backups (time, size, counts, integrity; the newest good one selected) and restoring
closes the project, runs `storage.restore.restore_backup` (lock, the current state kept
as a backup, stale `-wal`/`-shm` removed, result checked) and opens it again. When
opening fails, `offer_recovery` turns two errors into questions instead of a dead end:
a damaged project ("Restore a backup?", the same dialog) and a lock left by another
computer ("Take the lock over?"). Everything is non-blocking (`open()`, not `exec()`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.dialog_parts import ok_cancel_buttons, open_message
from storage import TelaahError, messages
from storage.backup import describe_backup, list_backups


class RestoreDialog(QDialog):
    """The backups of one project; the chosen one is `selected_backup()`."""

    def __init__(self, project_path: Path, parent: QWidget | None = None,
                 key: str | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.project_path = Path(project_path)
        self.key = key  # an encrypted project's backups are read with its key
        self.setWindowTitle(self.tr("Restore from backup"))
        intro = QLabel(self.tr("Choose the backup of %1 to restore. Its present state is "
                               "kept as a backup first, so this can be undone by restoring "
                               "that one.").replace("%1", self.project_path.name))
        intro.setWordWrap(True)
        self.list = QTreeWidget(objectName="backupList")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Time"), self.tr("Size"), self.tr("Sources"),
                                   self.tr("Codes"), self.tr("Segments"),
                                   self.tr("Integrity")])
        self._fill()
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(720, 360)

    def _fill(self) -> None:
        newest_good = None
        for path in list_backups(self.project_path):
            info = describe_backup(path, key=self.key)
            counts = info.counts
            item = QTreeWidgetItem([
                info.time.replace("T", " "), f"{info.size / 1_048_576:.1f} MB",
                str(counts.get("sources", 0)), str(counts.get("codes", 0)),
                str(counts.get("segments", 0)),
                self.tr("ok") if info.ok else self.tr("damaged: %1").replace(
                    "%1", info.integrity)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(0, str(path))
            if not info.ok:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            else:
                newest_good = item
            self.list.insertTopLevelItem(0, item)  # newest first
        if newest_good is not None:
            self.list.setCurrentItem(newest_good)
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)

    def selected_backup(self) -> Path | None:
        item = self.list.currentItem()
        return None if item is None else Path(item.data(0, Qt.ItemDataRole.UserRole))


class RestoreFeature(QObject):
    """Main-window feature: File → Restore from backup…"""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.dialog: RestoreDialog | None = None
        self.action = QAction(window, objectName="actionRestoreBackup")
        self.action.triggered.connect(lambda: self.choose(self.bridge.project.path))
        window.menu("file").addAction(self.action)
        bridge.project_opened.connect(lambda _p: self.action.setEnabled(True))
        bridge.project_closing.connect(lambda: self.action.setEnabled(False))
        self.action.setEnabled(bridge.project is not None)
        i18n.on_language_change(window, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Res&tore from backup…"))

    def choose(self, project_path: Path) -> RestoreDialog:
        """Show the backups of `project_path`; accepting restores the one selected."""
        project = self.bridge.project
        key = project.key if project is not None and \
            project.path.resolve() == Path(project_path).resolve() else None
        self.dialog = RestoreDialog(project_path, self.window, key)
        self.dialog.accepted.connect(lambda d=self.dialog: self.restore(
            d.project_path, d.selected_backup(), d.key))
        self.dialog.open()
        return self.dialog

    def restore(self, project_path: Path, backup: Path | None,
                key: str | None = None) -> bool:
        """Close the project if open, restore `backup` in its place, open it again. An
        encrypted backup needs the project's key or password (asked when not known)."""
        from gui.project.actions import open_project
        from gui.project.privacy import ask_password
        from storage.encryption import is_encrypted
        from storage.restore import restore_backup

        if backup is None:
            return False
        if key is None and is_encrypted(Path(backup)):
            key = ask_password(self.window, Path(project_path).name, False)
            if key is None:
                return False
        project = self.bridge.project
        if project is not None and project.path.resolve() == Path(project_path).resolve():
            self.bridge.close()
        try:
            result = restore_backup(project_path, backup, password=key)
        except TelaahError as error:
            open_message(self.window, "restoreFailedBox", self.tr("Restore from backup"),
                         i18n.translated(error))
            return False
        open_project(self.window, project_path, password=key)
        open_message(self.window, "restoredBox", self.tr("Restore from backup"),
                     self.tr("%1 was restored from the backup of %2.").replace(
                         "%1", Path(project_path).name).replace(
                         "%2", result.restored.time.replace("T", " ")),
                     QMessageBox.Icon.Information)
        return True


def offer_recovery(window, path: Path, error: BaseException) -> bool:
    """For a damaged project or another computer's lock, ask instead of only refusing;
    True when a question was shown (the caller then shows nothing else)."""
    template = getattr(getattr(error, "message", None), "template", None)
    if template == messages.DAMAGED_WITH_BACKUP:
        ask_to_restore(window, path, "damagedOpenBox", i18n.translated(error))
        return True
    if template == messages.PROJECT_LOCKED_ELSEWHERE:
        box = _question(window, "foreignLockBox", RestoreFeature.tr("Project locked"),
                        i18n.translated(error), RestoreFeature.tr("Take the lock over"))
        box.accepted.connect(lambda: _open_forced(window, path))
        return True
    return False


def ask_to_restore(window, path: Path, name: str, text: str) -> QMessageBox:
    """Say the project is damaged and offer its backups (File → Restore from backup…)."""
    box = _question(window, name, RestoreFeature.tr("Damaged project"), text,
                    RestoreFeature.tr("Restore a backup…"))
    box.accepted.connect(lambda: _feature(window).choose(Path(path)))
    return box


def _question(window, name: str, title: str, text: str, yes: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      window)
    box.setObjectName(name)
    box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.open()
    return box


def _feature(window) -> RestoreFeature:
    return window.findChild(RestoreFeature) or RestoreFeature(window, window.bridge, None)


def _open_forced(window, path: Path) -> None:
    from gui.project.actions import open_project

    open_project(window, path, force_unlock=True)

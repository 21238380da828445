"""File → Project password… and File → Privacy…: encryption and privacy in the GUI.

`PrivacyActions` is the main-window feature. Project password… sets, changes or
removes the project's password (`storage.encryption.change_password`): the project is
closed, rewritten with its backups, and opened again with the new password (the undo
history ends there). Privacy… marks the study confidential (pseudonymised exports by
default, owner-only files) and edits the always-replace list, as one undoable action.
`open_with_password` is how the GUI opens a file that may be encrypted: it asks for
the password until it is right or the researcher cancels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.dialog_parts import ok_cancel_buttons, run_or_warn
from storage import Project, TelaahError
from storage.encryption import PasswordRequired, WrongPassword, change_password


def ask_password(parent: QWidget | None, name: str, wrong: bool = False) -> str | None:
    """The password typed for the project `name`, or None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("passwordPrompt")
    dialog.setWindowTitle(PrivacyActions.tr("Project password"))
    text = (PrivacyActions.tr("The password is wrong. Password for %1:") if wrong
            else PrivacyActions.tr("%1 is encrypted. Password:"))
    dialog.setLabelText(text.replace("%1", name))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def open_with_password(window, path: Path, password: str | None = None, **options
                       ) -> Project | None:
    """`Project.open`, asking for the password while it is missing or wrong; None when
    the researcher cancels. Other errors are raised for the caller to show."""
    while True:
        try:
            return Project.open(path, password=password, **options)
        except (PasswordRequired, WrongPassword) as error:
            password = ask_password(window, path.name, isinstance(error, WrongPassword))
            if password is None:
                return None


class PasswordDialog(QDialog):
    """Set, change or remove the password: current (if any), new, repeated."""

    def __init__(self, encrypted: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Project password"))
        self.encrypted = encrypted
        self.current = QLineEdit(objectName="currentPassword")
        self.new = QLineEdit(objectName="newPassword")
        self.repeat = QLineEdit(objectName="repeatPassword")
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remove = QCheckBox(self.tr("&Remove the password (store the file unencrypted)"),
                                objectName="removePassword")
        self.remove.toggled.connect(lambda on: [w.setEnabled(not on)
                                                for w in (self.new, self.repeat)])
        note = QLabel(self.tr("The project file and its backups are encrypted with this "
                              "password. Without it nobody, not even you, can open them."))
        note.setWordWrap(True)
        form = QFormLayout()
        if encrypted:
            form.addRow(self.tr("C&urrent password:"), self.current)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("Re&peat it:"), self.repeat)
        if encrypted:
            form.addRow("", self.remove)
        else:
            self.current.hide()
            self.remove.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self, self._check))
        self.resize(460, 0)

    def passwords(self) -> tuple[str | None, str | None]:
        """(current, new): current None for a plain file, new None to remove it."""
        old = self.current.text() if self.encrypted else None
        return old, None if self.remove.isChecked() else self.new.text()

    def problem(self) -> str:
        if self.remove.isChecked():
            return ""
        if not self.new.text():
            return self.tr("Type the new password.")
        if self.new.text() != self.repeat.text():
            return self.tr("The two new passwords differ.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        self.accept()


class PrivacyDialog(QDialog):
    """Confidential study and the always-replace list."""

    def __init__(self, bridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("privacyDialog")
        self.setWindowTitle(self.tr("Privacy"))
        self.bridge = bridge
        privacy = bridge.project.privacy
        self.confidential = QCheckBox(
            self.tr("&Confidential study: pseudonymised exports by default, files readable "
                    "by you only"), objectName="confidentialCheck")
        self.confidential.setChecked(privacy.confidential())
        self.terms = QPlainTextEdit("\n".join(privacy.always_replace()),
                                    objectName="alwaysReplace")
        self.terms.setPlaceholderText(self.tr("One term per line, e.g. a village or a "
                                              "business name"))
        form = QFormLayout()
        form.addRow(self.confidential)
        form.addRow(self.tr("&Always replace in pseudonymised exports:"), self.terms)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self))
        self.resize(520, 360)

    def accept(self) -> None:
        confidential = self.confidential.isChecked()
        terms = [line.strip() for line in self.terms.toPlainText().splitlines() if line.strip()]

        def save(project) -> None:
            project.privacy.set_confidential(confidential)
            project.privacy.set_always_replace(terms)

        if run_or_warn(self, self.bridge, self.tr("Change privacy settings"), save):
            super().accept()


class PrivacyActions(QObject):
    """Main-window feature: Project password… and Privacy… in the File menu."""

    def __init__(self, window, bridge, selection):
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.password_action = QAction(window, objectName="actionProjectPassword")
        self.password_action.triggered.connect(self.edit_password)
        self.privacy_action = QAction(window, objectName="actionPrivacy")
        self.privacy_action.triggered.connect(self.edit_privacy)
        menu = window.menu("file")
        menu.addAction(self.password_action)
        menu.addAction(self.privacy_action)
        bridge.project_opened.connect(lambda _p: self._update_enabled())
        bridge.project_closing.connect(lambda: self._update_enabled(closing=True))
        i18n.on_language_change(window, self.retranslate_ui)
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.password_action.setText(PrivacyActions.tr("Project pass&word…"))
        self.privacy_action.setText(PrivacyActions.tr("Pri&vacy…"))

    def _update_enabled(self, closing: bool = False) -> None:
        has_project = self.bridge.project is not None and not closing
        self.password_action.setEnabled(has_project)
        self.privacy_action.setEnabled(has_project)

    def edit_privacy(self) -> None:
        if self.bridge.project is not None:
            PrivacyDialog(self.bridge, self.window).exec()

    def edit_password(self) -> None:
        project = self.bridge.project
        if project is None:
            return
        dialog = PasswordDialog(project.encrypted, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change_password(*dialog.passwords())

    def change_password(self, old: str | None, new: str | None) -> bool:
        """Close the project, rewrite it with the new password, open it again."""
        from gui.project.actions import open_project

        path = self.bridge.project.path
        self.bridge.close()
        try:
            change_password(path, old, new)
        except TelaahError as error:
            QMessageBox.warning(self.window, PrivacyActions.tr("Project password"),
                                i18n.translated(error))
            open_project(self.window, path, old)
            return False
        return open_project(self.window, path, new)

"""Editing one participant, and the editable list of stakeholder groups.

`ParticipantDialog` adds or edits a participant (code, name, aliases, organisation,
stakeholder group, role, consent status and date, notes) as one undoable action; whether
their organisation identifies them (pseudonymised exports replace it) and the recorded
override to quote them while their consent is pending.
`GroupsDialog` manages the stakeholder groups (add, rename, reorder, delete; each one undo
step); its `add_group`/`rename_group`/`delete_group` methods do the work the buttons
ask for, so they can also be driven directly.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.dialog_parts import list_with_side_buttons, ok_cancel_buttons
from gui.sources import labels
from gui.sources.group_dialog import GroupDialog, group_text
from gui.sources.widgets import DateField
from storage import TelaahError
from storage.models import CONSENT_STATUSES
from storage.participants import DATED_CONSENT


def next_participant_code(codes: list[str]) -> str:
    """The next free code in the P01, P02... series."""
    numbers = [int(m.group(1)) for c in codes if (m := re.fullmatch(r"[Pp](\d+)", c.strip()))]
    return f"P{max(numbers, default=0) + 1:02d}"


class ParticipantDialog(QDialog):
    """Add (`participant_id=None`) or edit a participant."""

    def __init__(self, bridge, participant_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self.bridge = bridge
        self.participant_id = participant_id
        self.code = QLineEdit(objectName="code")
        self.name = QLineEdit(objectName="name")
        self.aliases = QLineEdit(objectName="aliases")
        self.organisation = QLineEdit(objectName="organisation")
        self.group = QComboBox(objectName="group")
        self.groups_button = QPushButton(objectName="manageGroups")
        self.groups_button.clicked.connect(self.manage_groups)
        group_row = QWidget()
        row_layout = QHBoxLayout(group_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.group, 1)
        row_layout.addWidget(self.groups_button)
        group_row.setFocusProxy(self.group)  # so that the label's Alt+G reaches the list
        self.role = QLineEdit(objectName="role")
        self.consent = QComboBox(objectName="consentStatus")
        for status in CONSENT_STATUSES:
            self.consent.addItem("", status)
        self.consent_date = DateField(objectName="consentDate")
        self.identifying = QCheckBox(objectName="organisationIdentifying")
        self.identifying.clicked.connect(lambda: setattr(self, "_identifying_set", True))
        self._identifying_set = False
        self.override = QCheckBox(objectName="quoteOverride")
        self.consent.currentIndexChanged.connect(self._consent_changed)
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setMaximumHeight(100)
        self.form = QFormLayout()
        self.labels = []
        for widget in (self.code, self.name, self.aliases, self.organisation, self.identifying,
                       group_row, self.role, self.consent, self.consent_date, self.override,
                       self.notes):
            label = QLabel()
            label.setBuddy(widget)
            self.labels.append(label)
            self.form.addRow(label, widget)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._load()
        self.consent.currentIndexChanged.connect(self._consent_date_enabled)
        self._consent_date_enabled()
        self.retranslate_ui()

    def _consent_date_enabled(self, *_args) -> None:
        """A consent date belongs to given consent only (never filled in for the user)."""
        self.consent_date.setEnabled(self.consent.currentData() == "given")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add participant") if self.participant_id is None
                            else self.tr("Participant"))
        texts = (self.tr("&Code:"), self.tr("&Name:"), self.tr("&Also called:"),
                 self.tr("&Organisation:"), "", self.tr("Stakeholder &group:"),
                 self.tr("&Role:"), self.tr("C&onsent:"), self.tr("Consent &date:"), "",
                 self.tr("No&tes:"))
        self.identifying.setText(self.tr("Naming the organisation &identifies them "
                                         "(replaced in pseudonymised exports)"))
        self.override.setText(self.tr("&Quote them although consent is pending "
                                      "(recorded with your name and the date)"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.groups_button.setText(self.tr("Groups…"))
        self.aliases.setPlaceholderText(self.tr("Other names used in transcripts, "
                                                "separated by ;"))
        self.group.setItemText(0, self.tr("(none)"))
        for row, status in enumerate(CONSENT_STATUSES):
            self.consent.setItemText(row, labels.consent_label(status))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_groups(self, selected: int | None) -> None:
        self.group.clear()
        self.group.addItem(self.tr("(none)"), None)
        for group in self.bridge.project.participants.groups():
            self.group.addItem(group.name, group.id)
        self.group.setCurrentIndex(max(0, self.group.findData(selected)))

    def _load(self) -> None:
        project = self.bridge.project
        if self.participant_id is None:
            self.code.setText(next_participant_code([p.code for p in
                                                     project.participants.list()]))
            self._fill_groups(None)
            self._consent_changed()
            return
        participant = project.participants.get(self.participant_id)
        self.code.setText(participant.code)
        self.name.setText(participant.name)
        self.aliases.setText(participant.aliases)
        self.organisation.setText(participant.organisation)
        self._fill_groups(participant.group_id)
        self.role.setText(participant.role)
        self.consent.setCurrentIndex(max(0, self.consent.findData(participant.consent_status)))
        self.consent_date.set_iso(participant.consent_date)
        self.identifying.setChecked(participant.organisation_identifies)
        self.override.setChecked(bool(participant.quote_override))
        self.override.setToolTip(participant.quote_override)
        self.notes.setPlainText(participant.notes)
        for edit in (self.code, self.name, self.aliases, self.organisation, self.role):
            edit.setCursorPosition(0)
        self._consent_changed()

    def _consent_changed(self) -> None:
        """A consent date only once consent was given; an override only while pending."""
        status = self.consent.currentData()
        self.consent_date.setEnabled(status in ("given", "withdrawn"))
        self.override.setEnabled(status == "pending" and self.participant_id is not None)

    def manage_groups(self) -> None:
        current = self.group.currentData()
        GroupsDialog(self.bridge, self).exec()
        self._fill_groups(current)

    def values(self) -> dict:
        return {"code": self.code.text().strip(), "name": self.name.text().strip(),
                "aliases": self.aliases.text().strip(),
                "organisation": self.organisation.text().strip(),
                "group_id": self.group.currentData(), "role": self.role.text().strip(),
                "consent_status": self.consent.currentData(),
                "consent_date": (self.consent_date.iso()
                                 if self.consent.currentData() in DATED_CONSENT else None),
                "notes": self.notes.toPlainText(),
                **({"organisation_identifying": int(self.identifying.isChecked())}
                   if self._identifying_set else {})}

    def _write_override(self, project, participant_id: int) -> None:
        """Record (or take back) the override when its box was changed."""
        wanted = self.override.isChecked() and self.consent.currentData() == "pending"
        if wanted != bool(project.participants.get(participant_id).quote_override):
            project.participants.set_quote_override(participant_id, project.coder, wanted)

    def accept(self) -> None:
        values = self.values()
        try:
            if self.participant_id is None:
                label = self.tr("Add participant %1").replace("%1", values["code"])
                self.participant_id = self.bridge.run(
                    label, lambda p: p.participants.add(**values))
            else:
                pid = self.participant_id
                label = self.tr("Edit participant %1").replace("%1", values["code"])

                def edit(p) -> None:
                    p.participants.update(pid, **values)
                    self._write_override(p, pid)

                self.bridge.run(label, edit)
        except TelaahError as error:
            QMessageBox.warning(self, self.windowTitle(), i18n.translated(error))
            return
        super().accept()


class GroupsDialog(QDialog):
    """Add, rename, reorder and delete stakeholder groups."""

    def __init__(self, bridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("groupsDialog")
        self.bridge = bridge
        self.list = QListWidget(objectName="groupList")
        self.add_button = QPushButton(objectName="addGroup")
        self.rename_button = QPushButton(objectName="renameGroup")
        self.delete_button = QPushButton(objectName="deleteGroup")
        self.up_button = QPushButton(objectName="groupUp")
        self.down_button = QPushButton(objectName="groupDown")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.add_button.clicked.connect(self._ask_add)
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(self._ask_delete)
        self.list.itemDoubleClicked.connect(lambda _item: self._ask_rename())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        list_with_side_buttons(self, self.list, (
            self.add_button, self.rename_button, self.up_button, self.down_button,
            self.delete_button), self.buttons)
        self.reload()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Stakeholder groups"))
        self.add_button.setText(self.tr("&Add…"))
        self.rename_button.setText(self.tr("&Rename…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move d&own"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        self.list.clear()
        for group in self.bridge.project.participants.groups():
            item = QListWidgetItem(group_text(group), self.list)
            item.setData(Qt.ItemDataRole.UserRole, group.id)

    def _group(self, group_id: int):
        return next(g for g in self.bridge.project.participants.groups() if g.id == group_id)

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def add_group(self, name: str, label_en: str = "", is_state: bool | None = None
                  ) -> int | None:
        return self._write(self.tr("Add stakeholder group"), lambda p: p.participants.add_group(
            name, label_en=label_en, is_state=is_state))

    def rename_group(self, group_id: int, name: str, label_en: str | None = None,
                     is_state: bool | None = None) -> None:
        def work(project) -> None:
            project.participants.rename_group(group_id, name, label_en=label_en)
            project.participants.set_group_state(group_id, is_state)
        self._write(self.tr("Rename stakeholder group"), work)

    def move_current(self, offset: int) -> None:
        """Move the chosen group up or down (the order of tables and reports)."""
        group_id = self._current_id()
        if group_id is None:
            return
        self._write(self.tr("Move stakeholder group"),
                    lambda p: p.participants.move_group(group_id, offset))
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == group_id:
                self.list.setCurrentRow(row)

    def delete_group(self, group_id: int) -> None:
        self._write(self.tr("Delete stakeholder group"),
                    lambda p: p.participants.delete_group(group_id))

    def _write(self, label: str, work):
        try:
            result = self.bridge.run(label, work)
        except TelaahError as error:
            QMessageBox.warning(self, self.windowTitle(), i18n.translated(error))
            return None
        self.reload()
        return result

    def _ask_add(self) -> None:
        dialog = GroupDialog(self.tr("Add stakeholder group"), None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.values()[0]:
            self.add_group(*dialog.values())

    def _ask_rename(self) -> None:
        group_id = self._current_id()
        if group_id is None:
            return
        dialog = GroupDialog(self.tr("Rename stakeholder group"), self._group(group_id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.values()[0]:
            self.rename_group(group_id, *dialog.values())

    def _ask_delete(self) -> None:
        group_id = self._current_id()
        if group_id is None:
            return
        members = [p.code for p in self.bridge.project.participants.list()
                   if p.group_id == group_id]
        question = self.tr("Delete the group “%1”?").replace(
            "%1", self._group(group_id).name)
        if members:
            question += " " + self.tr("%n participant(s) will have no group: %1.", "",
                                      len(members)).replace("%1", ", ".join(members))
        answer = QMessageBox.question(self, self.windowTitle(), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_group(group_id)

"""The first step of a session: consent (interview) or the setting (observation).

`ConsentPage` picks or creates the participant and records the consent status, its
date, how it was given (written, verbal, recorded) and a note; an informant without
consent can still be interviewed (the privacy rules decide what may be quoted).
`SettingPage` records place, setting, the participants present and others present.
Each page's `apply(project)` writes its values; the session window runs it as one
undoable action through the bridge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.dialog_parts import open_message
from gui.sources.widgets import DateField
from storage.errors import TelaahError
from storage.field_models import CONSENT_METHODS
from storage.models import CONSENT_STATUSES


class ConsentPage(QWidget):
    """Participant and consent, before the first question."""

    begin = Signal()

    def __init__(self, bridge, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("consentPage")
        self.bridge = bridge
        self.session = session
        self.participant = QComboBox(objectName="consentParticipant")
        self.new_participant = QPushButton(objectName="consentNewParticipant")
        self.status = QComboBox(objectName="consentStatus")
        self.date = DateField(objectName="consentDate")  # empty until consent is given
        self.method = QComboBox(objectName="consentMethod")
        self.note = QLineEdit(objectName="consentNote")
        self.begin_button = QPushButton(objectName="consentBegin", default=True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        who = QHBoxLayout()
        who.addWidget(self.participant, 1)
        who.addWidget(self.new_participant)
        self.form.addRow(self.labels[0], who)
        for label, widget in zip(self.labels[1:], (self.status, self.date, self.method,
                                                   self.note), strict=True):
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.begin_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.new_participant.clicked.connect(self.create_participant)
        self.begin_button.clicked.connect(self.begin.emit)
        self.participant.currentIndexChanged.connect(lambda _i: self._show_consent())
        self.retranslate_ui()
        self.fill_participants()

    def fill_participants(self) -> None:
        project = self.bridge.project
        self.participant.blockSignals(True)
        self.participant.clear()
        for participant in project.participants.list():
            label = participant.code + (f" ({participant.group})" if participant.group else "")
            self.participant.addItem(label, participant.id)
        index = self.participant.findData(self.session.participant_id)
        self.participant.setCurrentIndex(index)  # none when the participant was deleted
        self.participant.blockSignals(False)
        self._show_consent()

    def _show_consent(self) -> None:
        participant_id = self.participant.currentData()
        if participant_id is None:
            return
        participant = self.bridge.project.participants.get(participant_id)
        self.status.setCurrentIndex(max(0, self.status.findData(participant.consent_status)))
        self.date.set_iso(participant.consent_date)
        self.method.setCurrentIndex(max(0, self.method.findData(self.session.consent_method)))
        self.note.setText(self.session.consent_note)

    def create_participant(self) -> None:
        code, ok = QInputDialog.getText(self, self.tr("New participant"),
                                        self.tr("Code of the new participant (e.g. P07):"))
        if not ok or not code.strip():
            return
        try:
            new_id = self.bridge.run(self.tr("Add participant"),
                                     lambda p: p.participants.add(code.strip()))
        except TelaahError as error:
            open_message(self, "consentError", self.tr("Participant"), i18n.translated(error))
            return
        self.session.participant_id = new_id
        self.fill_participants()

    def apply(self, project) -> None:
        """Write the participant choice and the consent (inside the caller's action)."""
        participant_id = self.participant.currentData()
        if participant_id != self.session.participant_id:
            project.sessions.update(self.session.id, participant_id=participant_id)
        project.sessions.set_consent(
            self.session.id, self.status.currentData(),
            date=self.date.iso() if self.status.currentData() == "given" else None,
            method=self.method.currentData() or "", note=self.note.text().strip())

    def retranslate_ui(self) -> None:
        labels = (self.tr("Participant:"), self.tr("Consent:"), self.tr("Date of consent:"),
                  self.tr("Given as:"), self.tr("Note:"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.new_participant.setText(self.tr("New participant…"))
        self.begin_button.setText(self.tr("Begin interview"))
        names = {"pending": self.tr("pending"), "given": self.tr("given"),
                 "withdrawn": self.tr("withdrawn"), "not_required": self.tr("not required")}
        methods = {"written": self.tr("written"), "verbal": self.tr("verbal"),
                   "recorded": self.tr("recorded on the recording")}
        _fill_combo(self.status, [(names[s], s) for s in CONSENT_STATUSES])
        _fill_combo(self.method, [(methods[m], m) for m in CONSENT_METHODS])

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SettingPage(QWidget):
    """Where the observation happens and who is present."""

    begin = Signal()

    def __init__(self, bridge, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingPage")
        self.session = session
        self.place = QLineEdit(session.place, objectName="observationPlace")
        self.setting = QLineEdit(session.setting, objectName="observationSetting")
        self.present = QListWidget(objectName="observationPresent")
        self.others = QLineEdit(session.others_present, objectName="observationOthers")
        self.begin_button = QPushButton(objectName="observationBegin", default=True)
        for participant in bridge.project.participants.list():
            item = QListWidgetItem(participant.code, self.present)
            item.setData(Qt.ItemDataRole.UserRole, participant.id)
            item.setCheckState(Qt.CheckState.Checked if participant.id in session.present
                               else Qt.CheckState.Unchecked)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.place, self.setting, self.present,
                                               self.others), strict=True):
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.begin_button, 0, Qt.AlignmentFlag.AlignRight)
        self.begin_button.clicked.connect(self.begin.emit)
        self.retranslate_ui()

    def apply(self, project) -> None:
        present = [self.present.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.present.count())
                   if self.present.item(i).checkState() == Qt.CheckState.Checked]
        project.sessions.update(self.session.id, place=self.place.text().strip(),
                                setting=self.setting.text().strip(), present=present,
                                others_present=self.others.text().strip())

    def retranslate_ui(self) -> None:
        labels = (self.tr("Place:"), self.tr("Setting:"), self.tr("Participants present:"),
                  self.tr("Others present:"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.begin_button.setText(self.tr("Begin observation"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)

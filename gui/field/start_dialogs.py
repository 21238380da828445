"""Starting a session: an interview from a guide and a participant, or an observation.

`StartInterviewDialog` picks the guide, the participant (or the code and group of a new
one, created in the same action), the date, place and the language the questions are
asked in. `StartObservationDialog` asks date, place, setting and language. Each
`start(bridge)` writes one undoable action and returns the new session's id.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QLineEdit, QVBoxLayout

from gui.dialog_parts import ok_cancel_buttons
from gui.sources.labels import source_language_label
from importers.guide_draft import observation_sections

NEW = -1


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), objectName=name, calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _language_combo(owner, lang: str) -> QComboBox:
    combo = QComboBox(objectName="sessionLanguage")
    for code in ("id", "en"):
        combo.addItem(source_language_label(code), code)
    combo.setCurrentIndex(combo.findData(lang))
    return combo


class StartInterviewDialog(QDialog):
    def __init__(self, project, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("startInterviewDialog")
        self.setWindowTitle(self.tr("Start interview"))
        self.guide = QComboBox(objectName="startGuide")
        for guide in project.guides.list():
            self.guide.addItem(f"{guide.name} ({len(guide.questions)})", guide.id)
        self.participant = QComboBox(objectName="startParticipant")
        for participant in project.participants.list():
            self.participant.addItem(f"{participant.code} {participant.group}".strip(),
                                     participant.id)
        self.participant.addItem(self.tr("New participant…"), NEW)
        self.new_code = QLineEdit(objectName="startNewCode", placeholderText="P07")
        self.new_group = QComboBox(objectName="startNewGroup")
        for group in project.participants.groups():
            self.new_group.addItem(group.name, group.id)
        self.date = _date_edit("startDate")
        self.place = QLineEdit(objectName="startPlace")
        self.language = _language_combo(self, lang)
        form = QFormLayout()
        for label, widget in ((self.tr("Guide:"), self.guide),
                              (self.tr("Participant:"), self.participant),
                              (self.tr("New participant's code:"), self.new_code),
                              (self.tr("New participant's group:"), self.new_group),
                              (self.tr("Date:"), self.date), (self.tr("Place:"), self.place),
                              (self.tr("Questions in:"), self.language)):
            form.addRow(label, widget)
        self.participant.currentIndexChanged.connect(lambda _i: self._show_new())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self))
        self._show_new()

    def _show_new(self) -> None:
        new = self.participant.currentData() == NEW
        self.new_code.setEnabled(new)
        self.new_group.setEnabled(new)

    def start(self, bridge) -> int:
        guide_id = self.guide.currentData()

        def work(project):
            participant_id = self.participant.currentData()
            if participant_id == NEW:
                participant_id = project.participants.add(
                    self.new_code.text().strip(), group_id=self.new_group.currentData())
            return project.sessions.start_interview(
                guide_id, participant_id, date=self.date.date().toString("yyyy-MM-dd"),
                place=self.place.text().strip(), language=self.language.currentData())

        return bridge.run(self.tr("Start interview"), work)


class StartObservationDialog(QDialog):
    def __init__(self, project, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("startObservationDialog")
        self.setWindowTitle(self.tr("Start observation"))
        self.date = _date_edit("startDate")
        self.place = QLineEdit(objectName="startPlace")
        self.setting = QLineEdit(objectName="startSetting")
        self.language = _language_combo(self, lang)
        form = QFormLayout()
        for label, widget in ((self.tr("Date:"), self.date), (self.tr("Place:"), self.place),
                              (self.tr("Setting (event, meeting):"), self.setting),
                              (self.tr("Notes in:"), self.language)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self))

    def start(self, bridge) -> int:
        def work(project):
            return project.sessions.start_observation(
                observation_sections(project), date=self.date.date().toString("yyyy-MM-dd"),
                place=self.place.text().strip(), setting=self.setting.text().strip(),
                language=self.language.currentData())

        return bridge.run(self.tr("Start observation"), work)

"""The Responses tab: offline data entry, one response per respondent.

A list of the form's responses (respondent id, linked participant, complete or not)
beside the `FormView` of the chosen one. "New response" adds one (next free id, R001
...), optionally linked to the participant chosen in the combo box; each answer is
stored as it is given (one undoable action each, through the bridge); "Complete" marks
the response complete only when every required question that shows is answered,
otherwise the response stays marked incomplete. The tab follows `Kind.SURVEY_RESPONSES`
and `Kind.PARTICIPANTS` changes made elsewhere (undo, imports); its own answers do not
rebuild the form, so typing is never interrupted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.surveys.form_view import FormView
from storage.survey_models import FormDefinition


class EntryTab(QWidget):
    """Responses list and form view (see the module docstring)."""

    def __init__(self, bridge, parent=None):
        super().__init__(parent)
        self.bridge = bridge
        self.definition: FormDefinition | None = None
        self.responses = QListWidget(objectName="responseList")
        self.responses.currentRowChanged.connect(lambda _row: self.show_current())
        self.new_button = QPushButton(objectName="newResponse")
        self.new_button.clicked.connect(self.new_response)
        self.participant = QComboBox(objectName="responseParticipant")
        self.participant.activated.connect(lambda _i: self.link_participant())
        self.complete = QCheckBox(objectName="responseComplete")
        self.complete.clicked.connect(self.mark_complete)
        self.status = QLabel(objectName="responseStatus")
        self.form_view = FormView()
        self.form_view.answer_changed.connect(self.store_answer)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_view)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.responses)
        left_layout.addWidget(self.new_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.participant_label = QLabel()
        for widget in (self.participant_label, self.participant, self.complete, self.status):
            top.addWidget(widget)
        top.addStretch(1)
        right_layout.addLayout(top)
        right_layout.addWidget(scroll)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)
        i18n.on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("&New response"))
        self.participant_label.setText(self.tr("Participant:"))
        self.complete.setText(self.tr("Complete"))
        self.show_definition(self.definition)

    # -- showing ---------------------------------------------------------------------

    def show_definition(self, definition: FormDefinition | None, keep: int | None = None):
        """Fill the list with the responses of `definition`, choosing `keep` if given."""
        self.definition = definition
        project = self.bridge.project
        current = keep if keep is not None else self.current_id()
        self.responses.blockSignals(True)
        self.responses.clear()
        self.participant.clear()
        self.participant.addItem(self.tr("(none)"), None)
        if project is not None:
            for participant in project.participants.list():
                self.participant.addItem(participant.code, participant.id)
        codes = {self.participant.itemData(i): self.participant.itemText(i)
                 for i in range(1, self.participant.count())}
        for response in (project.survey_responses.list(definition.form.id)
                         if definition and project else []):
            text = response.respondent + (f" · {codes[response.participant_id]}"
                                          if response.participant_id in codes else "")
            if not response.complete:
                text += "  " + self.tr("(incomplete)")
            item = QListWidgetItem(text, self.responses)
            item.setData(Qt.ItemDataRole.UserRole, response.id)
            if response.id == current:
                self.responses.setCurrentItem(item)
        self.responses.blockSignals(False)
        self.new_button.setEnabled(definition is not None)
        self.show_current()

    def current_id(self) -> int | None:
        item = self.responses.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_current(self) -> None:
        response_id = self.current_id()
        project = self.bridge.project
        enabled = response_id is not None and project is not None
        for widget in (self.participant, self.complete):
            widget.setEnabled(enabled)
        if not enabled:
            self.form_view.show_form(None, {})
            self.status.setText("")
            return
        response = project.survey_responses.get(response_id)
        self.participant.setCurrentIndex(max(0, self.participant.findData(
            response.participant_id)))
        self.complete.setChecked(response.complete)
        self.form_view.show_form(self.definition, project.survey_responses.answers(response_id))
        self.update_status()

    def update_status(self) -> None:
        missing = self.form_view.missing_required()
        self.status.setText(i18n.fill(self.tr("%1 required answer(s) missing"), len(missing))
                            if missing else "")

    # -- writing ---------------------------------------------------------------------

    def new_response(self) -> None:
        if self.definition is None:
            return
        form_pk, participant = self.definition.form.id, self.participant.currentData()

        def work(project):
            respondent = project.survey_responses.next_respondent(form_pk)
            return project.survey_responses.add(form_pk, respondent, participant)

        new_id = self.bridge.run(self.tr("New response"), work, origin=self)
        self.show_definition(self.definition, keep=new_id)

    def store_answer(self, question_id: int, value: str) -> None:
        response_id = self.current_id()
        if response_id is None:
            return
        self.bridge.run(self.tr("Answer question"), lambda project: (
            project.survey_responses.set_answer(response_id, question_id, value)), origin=self)
        if self.complete.isChecked() and self.form_view.missing_required():
            self.bridge.run(self.tr("Mark response incomplete"), lambda project: (
                project.survey_responses.update(response_id, complete=False)), origin=self)
            self.show_definition(self.definition)
        self.update_status()

    def link_participant(self) -> None:
        response_id, participant = self.current_id(), self.participant.currentData()
        if response_id is not None:
            self.bridge.run(self.tr("Link response to participant"), lambda project: (
                project.survey_responses.update(response_id, participant_id=participant)),
                origin=self)
            self.show_definition(self.definition)

    def mark_complete(self, checked: bool) -> None:
        response_id = self.current_id()
        if response_id is None:
            return
        if checked and self.form_view.missing_required():
            self.complete.setChecked(False)
            self.update_status()
            return
        self.bridge.run(self.tr("Mark response complete"), lambda project: (
            project.survey_responses.update(response_id, complete=checked)), origin=self)
        self.show_definition(self.definition)

"""The Surveys panel: choose a questionnaire, then edit it, enter responses, read summaries.

A combo box lists the project's forms (by title and form_id); three tabs show the
chosen one: Questions (`QuestionsTab`, the form editor), Responses (`EntryTab`, data
entry) and Likert summary (`SummaryTab`). The panel refreshes on `Kind.SURVEY_FORMS`,
`Kind.SURVEY_RESPONSES`, `Kind.PARTICIPANTS` and `Kind.GROUPS` changes; answers the
entry tab stored itself (origin: that tab) only refresh the summary.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from gui import i18n
from gui.surveys.entry_tab import EntryTab
from gui.surveys.questions_tab import QuestionsTab
from gui.surveys.summary_tab import SummaryTab
from storage import Kind
from storage.survey_models import FormDefinition


class SurveyPanel(QWidget):
    """See the module docstring."""

    form_changed = Signal()

    def __init__(self, bridge, parent=None):
        super().__init__(parent)
        self.setObjectName("surveyPanel")
        self.bridge = bridge
        self.definition: FormDefinition | None = None
        self.forms = QComboBox(objectName="surveyForms")
        self.forms.currentIndexChanged.connect(lambda _i: self.load_form())
        self.forms_label = QLabel()
        self.questions = QuestionsTab(bridge)
        self.entry = EntryTab(bridge)
        self.summary = SummaryTab(bridge)
        self.tabs = QTabWidget(objectName="surveyTabs")
        for tab in (self.questions, self.entry, self.summary):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(lambda _i: self._refresh_summary())
        top = QHBoxLayout()
        top.addWidget(self.forms_label)
        top.addWidget(self.forms, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        bridge.changed.connect(self.on_change)
        bridge.project_opened.connect(lambda _project: self.reload())
        i18n.on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.forms_label.setText(self.tr("Questionnaire:"))
        for index, text in enumerate((self.tr("Questions"), self.tr("Responses"),
                                      self.tr("Likert summary"))):
            self.tabs.setTabText(index, text)

    def current_form_id(self) -> str | None:
        return self.forms.currentData()

    def reload(self, choose: str | None = None) -> None:
        """Fill the list of forms, keeping (or choosing) one."""
        project = self.bridge.project
        keep = choose or self.current_form_id()
        self.forms.blockSignals(True)
        self.forms.clear()
        for form in project.surveys.forms() if project else []:
            self.forms.addItem(f"{form.title or form.form_id} ({form.form_id})", form.form_id)
        self.forms.setCurrentIndex(max(0, self.forms.findData(keep)))
        self.forms.blockSignals(False)
        self.load_form()

    def load_form(self) -> None:
        project, form_id = self.bridge.project, self.current_form_id()
        self.definition = (project.surveys.definition(project.surveys.form(form_id).id)
                           if project and form_id else None)
        self.questions.show_definition(self.definition)
        self.entry.show_definition(self.definition)
        self._refresh_summary()
        self.form_changed.emit()

    def _refresh_summary(self) -> None:
        """The summary is computed only while its tab is shown (and when it is chosen)."""
        if self.tabs.currentWidget() is self.summary:
            self.summary.show_definition(self.definition)

    def on_change(self, change) -> None:
        if change.affects(Kind.SURVEY_FORMS):
            self.reload()
        elif change.affects(Kind.PARTICIPANTS, Kind.GROUPS):
            self.entry.show_definition(self.definition)
            self._refresh_summary()
        elif change.affects(Kind.SURVEY_RESPONSES):
            if change.origin is not self.entry:
                self.entry.show_definition(self.definition)
            self._refresh_summary()

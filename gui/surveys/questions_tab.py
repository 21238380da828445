"""The Questions tab: the form editor's list of questions with add, edit, delete, move.

One row per survey-sheet row (groups included): type, name, label in the interface
language, required, condition and linked indicators. Each button is one undoable
action through the bridge; the list refreshes from `Kind.SURVEY_FORMS` changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.surveys.question_dialog import QuestionDialog
from storage.survey_models import FormDefinition, Question

COLUMNS = 6


class QuestionsTab(QWidget):
    """The questions of the current form (see the module docstring)."""

    def __init__(self, bridge, parent=None):
        super().__init__(parent)
        self.bridge = bridge
        self.definition: FormDefinition | None = None
        self.dialog: QuestionDialog | None = None
        self.table = QTableWidget(0, COLUMNS, objectName="questionTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.edit_question())
        self.buttons = {}
        row = QHBoxLayout()
        for name, slot in (("addQuestion", self.add_question), ("editQuestion", self.edit_question),
                           ("deleteQuestion", self.delete_question),
                           ("moveUp", lambda: self.move(-1)), ("moveDown", lambda: self.move(1))):
            button = QPushButton(objectName=name)
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        i18n.on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Type"), self.tr("Name"), self.tr("Label"), self.tr("Required"),
            self.tr("Show only if"), self.tr("Indicators")])
        for name, text in (("addQuestion", self.tr("&Add question…")),
                           ("editQuestion", self.tr("&Edit…")),
                           ("deleteQuestion", self.tr("&Delete")),
                           ("moveUp", self.tr("Move &up")), ("moveDown", self.tr("Move do&wn"))):
            self.buttons[name].setText(text)
        self.show_definition(self.definition)

    def show_definition(self, definition: FormDefinition | None) -> None:
        self.definition = definition
        questions = definition.questions if definition else []
        lang = i18n.current_language()
        self.table.setRowCount(len(questions))
        for row, question in enumerate(questions):
            depth = _depth(questions, row)
            values = (question.full_type, "  " * depth + question.name, question.label(lang),
                      self.tr("yes") if question.required else "", question.relevant,
                      ", ".join(question.indicators))
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        for button in self.buttons.values():
            button.setEnabled(definition is not None)

    def current(self) -> Question | None:
        row = self.table.currentRow()
        if self.definition is None or not 0 <= row < len(self.definition.questions):
            return None
        return self.definition.questions[row]

    def _indicators(self) -> list[tuple[str, str]]:
        from analysis.evidence import Evidence

        evidence = Evidence.load(self.bridge.project)
        lang = i18n.current_language()
        return [(evidence.key(i), evidence.label(i, lang)) for i in evidence.rows("indicators")]

    def add_question(self) -> None:
        if self.definition is None:
            return
        self._open(Question(0, "select_one", ""), adding=True)

    def edit_question(self) -> None:
        question = self.current()
        if question is not None:
            self._open(question, adding=False)

    def _open(self, question: Question, adding: bool) -> None:
        choices = self.definition.choices.get(question.list_name, [])
        self.dialog = QuestionDialog(question, choices, self._indicators(), self)
        self.dialog.accepted.connect(lambda: self._save(adding))
        self.dialog.open()

    def _save(self, adding: bool) -> None:
        question, choices = self.dialog.question(), self.dialog.choices()
        form_pk = self.definition.form.id
        after = self.current().id if adding and self.current() else None

        def work(project):
            if question.list_name and choices:
                project.surveys.set_choices(form_pk, question.list_name, choices)
            if adding:
                project.surveys.add_question(form_pk, question, after=after)
            else:
                project.surveys.update_question(question.id, question)

        self._run(self.tr("Edit question"), work)

    def delete_question(self) -> None:
        question = self.current()
        if question is not None:
            self._run(self.tr("Delete question"),
                      lambda project: project.surveys.delete_question(question.id))

    def move(self, offset: int) -> None:
        question = self.current()
        if question is None:
            return
        row = self.table.currentRow()
        self._run(self.tr("Move question"),
                  lambda project: project.surveys.move_question(question.id, offset))
        self.table.selectRow(max(0, min(self.table.rowCount() - 1, row + offset)))

    def _run(self, label: str, work) -> None:
        from gui.dialog_parts import open_message
        from storage.errors import TelaahError

        try:
            self.bridge.run(label, work)
        except TelaahError as error:
            self.error_box = open_message(self, "surveyErrorBox", self.tr("Questionnaire"),
                                          i18n.describe_error(error))


def _depth(questions: list[Question], row: int) -> int:
    depth = 0
    for question in questions[:row]:
        depth += {"begin_group": 1, "end_group": -1}.get(question.type, 0)
    return max(0, depth - (questions[row].type == "end_group"))

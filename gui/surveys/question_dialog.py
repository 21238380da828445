"""The dialog that edits one question of a questionnaire (the common XLSForm types).

Type, name, the label and hint in Indonesian and English, required, the `relevant`
condition, the `constraint` with its message, the indicators the question is evidence
for, and, for select questions, the choice list: its name and its choices (name and
label in both languages), with a "Likert 1–5" button that fills the usual agreement
scale. The spreadsheet (XLSForm export and import) stays the route for anything else.
`question()` and `choices()` give what was entered; the caller stores it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gui.dialog_parts import ok_cancel_buttons
from storage.survey_models import Choice, Question

ID, EN = "Bahasa Indonesia (id)", "English (en)"
EDITABLE_TYPES = ("select_one", "select_multiple", "text", "integer", "decimal", "date",
                  "note", "begin_group", "end_group")
AGREEMENT = (("Sangat tidak setuju", "Strongly disagree"), ("Tidak setuju", "Disagree"),
             ("Ragu-ragu", "Neither agree nor disagree"), ("Setuju", "Agree"),
             ("Sangat setuju", "Strongly agree"))


def _text_in(texts: dict, language: str) -> str:
    return texts.get(language) or next((v for k, v in texts.items()
                                        if k.endswith(language[-4:])), "")


class QuestionDialog(QDialog):
    """Edit a question; `indicators` are (key, label) of the study's indicators."""

    def __init__(self, question: Question, choices: list[Choice],
                 indicators: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setObjectName("surveyQuestionDialog")
        self.setWindowTitle(self.tr("Question"))
        self.resize(640, 760)
        self.original = question
        self.type = QComboBox(objectName="questionType")
        for kind in EDITABLE_TYPES:
            self.type.addItem(kind, kind)
        if question.type not in EDITABLE_TYPES:
            self.type.addItem(question.type, question.type)
        self.type.setCurrentIndex(self.type.findData(question.type))
        self.name = QLineEdit(question.name, objectName="questionName")
        self.label_id = QLineEdit(_text_in(question.labels, ID), objectName="labelId")
        self.label_en = QLineEdit(_text_in(question.labels, EN), objectName="labelEn")
        self.hint_id = QLineEdit(_text_in(question.hints, ID), objectName="hintId")
        self.hint_en = QLineEdit(_text_in(question.hints, EN), objectName="hintEn")
        self.required = QCheckBox(self.tr("Answer required"), objectName="required")
        self.required.setChecked(question.required)
        self.relevant = QLineEdit(question.relevant, objectName="relevant")
        self.relevant.setPlaceholderText("${trust1} <= 2")
        self.constraint = QLineEdit(question.constraint, objectName="constraint")
        self.constraint.setPlaceholderText(". >= 17 and . < 100")
        self.constraint_message = QLineEdit(
            next(iter(question.constraint_messages.values()), ""), objectName="constraintMessage")
        self.indicators = QListWidget(objectName="indicatorList")
        for key, label in indicators:
            item = QListWidgetItem(label, self.indicators)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(_checked(key in question.indicators))
        self.list_name = QLineEdit(question.list_name, objectName="listName")
        self.choice_table = QTableWidget(0, 3, objectName="choiceTable")
        self.choice_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Label (Indonesian)"), self.tr("Label (English)")])
        for choice in choices:
            self._add_choice_row(choice.name, _text_in(choice.labels, ID),
                                 _text_in(choice.labels, EN))
        self._layout()
        self.type.currentIndexChanged.connect(self._show_choices)
        self._show_choices()

    def _layout(self) -> None:
        form = QFormLayout()
        for label, widget in ((self.tr("Type:"), self.type), (self.tr("Name:"), self.name),
                              (self.tr("Label (Indonesian):"), self.label_id),
                              (self.tr("Label (English):"), self.label_en),
                              (self.tr("Hint (Indonesian):"), self.hint_id),
                              (self.tr("Hint (English):"), self.hint_en),
                              ("", self.required),
                              (self.tr("Show only if:"), self.relevant),
                              (self.tr("Valid only if:"), self.constraint),
                              (self.tr("Message when not valid:"), self.constraint_message),
                              (self.tr("Evidence for indicators:"), self.indicators),
                              (self.tr("Choice list:"), self.list_name)):
            form.addRow(label, widget)
        add = QPushButton(self.tr("Add choice"), objectName="addChoice")
        add.clicked.connect(lambda: self._add_choice_row("", "", ""))
        remove = QPushButton(self.tr("Remove choice"), objectName="removeChoice")
        remove.clicked.connect(lambda: self.choice_table.removeRow(
            self.choice_table.currentRow()))
        likert = QPushButton(self.tr("Agreement scale 1–5"), objectName="likertScale")
        likert.clicked.connect(self.fill_agreement_scale)
        self.choice_buttons = [add, remove, likert]
        buttons = QHBoxLayout()
        for button in self.choice_buttons:
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.choice_table)
        layout.addLayout(buttons)
        layout.addWidget(ok_cancel_buttons(self))

    def _add_choice_row(self, name: str, label_id: str, label_en: str) -> None:
        row = self.choice_table.rowCount()
        self.choice_table.insertRow(row)
        for column, text in enumerate((name, label_id, label_en)):
            self.choice_table.setItem(row, column, QTableWidgetItem(text))

    def fill_agreement_scale(self) -> None:
        """The five-point agreement scale (list 'agree5' unless a list is named)."""
        self.choice_table.setRowCount(0)
        for number, (label_id, label_en) in enumerate(AGREEMENT, 1):
            self._add_choice_row(str(number), label_id, label_en)
        if not self.list_name.text().strip():
            self.list_name.setText("agree5")

    def _show_choices(self) -> None:
        select = self.type.currentData() in ("select_one", "select_multiple")
        for widget in (self.list_name, self.choice_table, *self.choice_buttons):
            widget.setEnabled(select)

    def question(self) -> Question:
        kind = self.type.currentData()
        labels = {ID: self.label_id.text().strip(), EN: self.label_en.text().strip()}
        hints = {ID: self.hint_id.text().strip(), EN: self.hint_en.text().strip()}
        message = self.constraint_message.text().strip()
        return Question(
            self.original.id, kind, self.name.text().strip(),
            self.list_name.text().strip() if kind in ("select_one", "select_multiple") else "",
            labels={k: v for k, v in labels.items() if v},
            hints={k: v for k, v in hints.items() if v}, required=self.required.isChecked(),
            relevant=self.relevant.text().strip(), constraint=self.constraint.text().strip(),
            constraint_messages={EN: message} if message else {},
            indicators=self.chosen_indicators(), extra=self.original.extra)

    def chosen_indicators(self) -> list[str]:
        items = [self.indicators.item(i) for i in range(self.indicators.count())]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def choices(self) -> list[Choice]:
        list_name = self.list_name.text().strip()
        found = []
        for row in range(self.choice_table.rowCount()):
            name, label_id, label_en = (
                (self.choice_table.item(row, c).text().strip()
                 if self.choice_table.item(row, c) else "") for c in range(3))
            if name:
                labels = {k: v for k, v in ((ID, label_id), (EN, label_en)) if v}
                found.append(Choice(list_name, name, labels))
        return found


def _checked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked

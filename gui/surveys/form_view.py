"""The form view: one response's questions as input widgets, checked as you go.

Each question of the form becomes a row: its label (and hint), an input (a line edit
for text, numbers and dates; a combo box for select_one; check boxes for
select_multiple; a heading for a group, plain text for a note) and a message line.
Every change is stored at once (`answer_changed(question_id, value)`, which the entry
tab writes as one action), so nothing typed is lost on a crash. `relevant` conditions
(of the question and of the groups around it) show or hide rows after each answer and
`constraint`s are checked before an answer is stored, with pyxform's expression
semantics for the supported subset (`importers.xlsform_expressions`); a required
question left empty is marked. `missing_required()` lists what keeps the response
incomplete.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from importers.xlsform_expressions import is_relevant, passes
from storage.survey_models import FormDefinition, Question


class _Row:
    """The widgets of one question."""

    def __init__(self, question: Question, label: QLabel, editor: QWidget | None,
                 message: QLabel, groups: list[Question]):
        self.question, self.label, self.editor, self.message = question, label, editor, message
        self.groups = groups          # enclosing groups, outermost first


class FormView(QWidget):
    """Inputs for the answers of one response (see the module docstring)."""

    answer_changed = Signal(int, str)   # question id, value ('' removes the answer)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("surveyFormView")
        self.definition: FormDefinition | None = None
        self.answers: dict[int, str] = {}
        self.rows: list[_Row] = []
        self.form = QFormLayout(self)
        self._loading = False

    # -- building --------------------------------------------------------------------

    def show_form(self, definition: FormDefinition | None, answers: dict[int, str]) -> None:
        """Build the rows of `definition` filled with `answers`."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.definition, self.answers, self.rows = definition, dict(answers), []
        if definition is None:
            return
        lang = i18n.current_language()
        groups: list[Question] = []
        for question in definition.questions:
            if question.type == "end_group":
                if groups:
                    groups.pop()
                continue
            label = QLabel(f"<b>{question.label(lang)}</b>" + (" *" if question.required
                                                                else ""))
            label.setWordWrap(True)
            hint = question.hints and i18n_hint(question, lang)
            if hint:
                label.setToolTip(hint)
            message = QLabel(objectName=f"message_{question.name}")
            message.setStyleSheet("color: #c62828")
            editor = self._editor(question, lang)
            row = _Row(question, label, editor, message, list(groups))
            self.rows.append(row)
            box = QVBoxLayout()
            if editor is not None:
                box.addWidget(editor)
            if hint:
                box.addWidget(QLabel(f"<i>{hint}</i>"))
            box.addWidget(message)
            self.form.addRow(label, box)
            if question.type == "begin_group":
                groups.append(question)
        self.refresh_state()

    def _editor(self, question: Question, lang: str) -> QWidget | None:
        value = self.answers.get(question.id, "")
        self._loading = True
        try:
            if question.type in ("note", "begin_group"):
                return None
            if question.type == "select_one":
                return self._combo(question, lang, value)
            if question.type == "select_multiple":
                return self._checks(question, lang, value)
            return self._line(question, value)
        finally:
            self._loading = False

    def _line(self, question: Question, value: str) -> QLineEdit:
        edit = QLineEdit(value, objectName=f"answer_{question.name}")
        if question.type == "integer":
            edit.setValidator(QIntValidator(edit))
        elif question.type == "decimal":
            edit.setValidator(QDoubleValidator(edit))
        elif question.type == "date":
            edit.setPlaceholderText("YYYY-MM-DD")
        edit.editingFinished.connect(lambda: self._changed(question, edit.text().strip()))
        return edit

    def _combo(self, question: Question, lang: str, value: str) -> QComboBox:
        combo = QComboBox(objectName=f"answer_{question.name}")
        combo.addItem("", "")
        for choice in self.definition.choices.get(question.list_name, []):
            combo.addItem(f"{choice.name} · {choice.label(lang)}"
                          if self.definition.likert_scale(question) else choice.label(lang),
                          choice.name)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.currentIndexChanged.connect(
            lambda _i: self._changed(question, combo.currentData() or ""))
        return combo

    def _checks(self, question: Question, lang: str, value: str) -> QWidget:
        holder = QWidget(objectName=f"answer_{question.name}")
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        chosen = set(value.split())
        boxes = []
        for choice in self.definition.choices.get(question.list_name, []):
            box = QCheckBox(choice.label(lang), objectName=f"option_{choice.name}")
            box.setChecked(choice.name in chosen)
            box.setProperty("choice", choice.name)
            boxes.append(box)
            layout.addWidget(box)
        for box in boxes:
            box.toggled.connect(lambda _on: self._changed(question, " ".join(
                b.property("choice") for b in boxes if b.isChecked())))
        return holder

    # -- answering -------------------------------------------------------------------

    def _names(self) -> dict[str, str]:
        return {q.name: self.answers.get(q.id, "") for q in self.definition.questions}

    def _changed(self, question: Question, value: str) -> None:
        if self._loading or value == self.answers.get(question.id, ""):
            return
        row = next(r for r in self.rows if r.question.id == question.id)
        problem = self.problem(question, value)
        row.message.setText(problem)
        if problem:
            return
        if value:
            self.answers[question.id] = value
        else:
            self.answers.pop(question.id, None)
        self.answer_changed.emit(question.id, value)
        self.refresh_state()

    def problem(self, question: Question, value: str) -> str:
        """Why `value` cannot be stored ('' when it can)."""
        if not value:
            return ""
        if question.type == "date":
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                return self.tr("Write the date as YYYY-MM-DD.")
        if question.type in ("integer", "decimal"):
            try:
                float(value.replace(",", "."))
            except ValueError:
                return self.tr("This is not a number.")
        if not passes(question.constraint, self._names(), value):
            return (next(iter(question.constraint_messages.values()), "")
                    or self.tr("This answer is not valid."))
        return ""

    def visible(self, row: _Row, names: dict[str, str]) -> bool:
        return all(is_relevant(q.relevant, names) for q in [*row.groups, row.question])

    def refresh_state(self) -> None:
        """Show relevant rows only; mark required questions left empty."""
        names = self._names()
        for index, row in enumerate(self.rows):
            shown = self.visible(row, names)
            self.form.setRowVisible(index, shown)
            missing = (shown and row.question.required and row.question.answers
                       and row.question.id not in self.answers)
            if missing:
                row.message.setText(self.tr("An answer is required."))
            elif row.message.text() == self.tr("An answer is required."):
                row.message.setText("")

    def missing_required(self) -> list[Question]:
        names = self._names()
        return [row.question for row in self.rows if row.question.required
                and row.question.answers and row.question.id not in self.answers
                and self.visible(row, names)]


def i18n_hint(question: Question, lang: str) -> str:
    from storage.survey_models import pick_label

    return pick_label(question.hints, lang)

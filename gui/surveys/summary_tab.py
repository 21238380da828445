"""The Likert summary tab: per indicator (and per question), overall and by group.

The figures are `analysis.likert.likert_summary`, the same the CLI's `survey summary`
and the exports show. "Group by" chooses the stakeholder groups of the linked
participants or the answers to any select_one question of the form. Each indicator has
its overall row (bold) and one row per group: n, mean, median, the count of each scale
point and the shares agreeing and disagreeing.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from storage.survey_models import FormDefinition


class SummaryTab(QWidget):
    """Likert table of the current form (see the module docstring)."""

    def __init__(self, bridge, parent=None):
        super().__init__(parent)
        self.bridge = bridge
        self.definition: FormDefinition | None = None
        self.by = QComboBox(objectName="summaryBy")
        self.by.activated.connect(lambda _i: self.refresh())
        self.by_label = QLabel()
        self.table = QTableWidget(0, 0, objectName="likertTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        row = QHBoxLayout()
        row.addWidget(self.by_label)
        row.addWidget(self.by)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        i18n.on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.by_label.setText(self.tr("Group by:"))
        self.show_definition(self.definition)

    def show_definition(self, definition: FormDefinition | None) -> None:
        self.definition = definition
        chosen = self.by.currentData()
        self.by.clear()
        self.by.addItem(self.tr("Stakeholder groups of linked participants"), None)
        lang = i18n.current_language()
        for question in definition.questions if definition else []:
            if question.type == "select_one" and not definition.likert_scale(question):
                self.by.addItem(question.label(lang), question.name)
        self.by.setCurrentIndex(max(0, self.by.findData(chosen)))
        self.refresh()

    def refresh(self) -> None:
        from analysis.likert import UNASSIGNED, likert_summary

        self.table.clear()
        if self.definition is None or self.bridge.project is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        summary = likert_summary(self.bridge.project, self.definition.form.form_id,
                                 self.by.currentData())
        size = max((row.size for row in summary.questions), default=5)
        headers = [self.tr("Indicator or question"), self.tr("Group"), "n", self.tr("Mean"),
                   self.tr("Median"), *(str(p) for p in range(1, size + 1)),
                   self.tr("% agree"), self.tr("% disagree")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        lang = i18n.current_language()
        lines = []
        items = [(item, item.label(lang)) for item in summary.indicators] + [
            (item, i18n.fill(self.tr("Question: %1"), item.label(lang)))
            for item in summary.questions]
        for item, label in items:
            lines.append((True, label, self.tr("All respondents"), item.overall))
            for group in summary.groups:
                if group in item.groups:
                    name = self.tr("No group") if group == UNASSIGNED else group
                    lines.append((False, "", name, item.groups[group]))
        self.table.setRowCount(len(lines))
        bold = QFont()
        bold.setBold(True)
        for row, (overall, label, group, stats) in enumerate(lines):
            distribution = stats.distribution
            values = [label, group, stats.n, _number(stats.mean), _number(stats.median),
                      *(distribution.get(str(p), "") for p in range(1, size + 1)),
                      _percent(stats.share(True)), _percent(stats.share(False))]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                if overall:
                    cell.setFont(bold)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _percent(share: float | None) -> str:
    return "" if share is None else f"{round(100 * share)}%"

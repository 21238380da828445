"""The guide editor: the project's interview guides, their questions and coverage.

A guide chooser with New (empty or drafted from the indicators), Rename, Delete and
Print to Word; the questions in order (number, section, wording in the interface
language, groups asked, indicators) with Add, Edit, Move up/down and Delete; below, the
coverage table (`analysis.guide_coverage`): one row per indicator, one column per
stakeholder group, "✓" where a question asks that group about it, the number of guide-
coded answers once interviews are finished, and "—" where the group is not asked.
Every change is one undoable action through the bridge; the editor refreshes on
`change.affects(Kind.GUIDES, ...)`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from analysis.guide_coverage import guide_coverage
from exporters.formats import FORMATS
from gui import file_dialogs, i18n
from gui.dialog_parts import open_message
from gui.field.guide_dialogs import NewGuideDialog, QuestionDialog
from storage.errors import TelaahError
from storage.kinds import Kind
from storage.question_bank import section_title

WATCHED = (Kind.GUIDES, Kind.CODES, Kind.GROUPS, Kind.GUIDE_CODINGS, Kind.SEGMENTS)
MISSING = QColor("#fde2e1")


class GuideEditor(QWidget):
    def __init__(self, bridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideEditor")
        self.bridge = bridge
        self.guides = QComboBox(objectName="guideChooser")
        self.guides.currentIndexChanged.connect(lambda _i: self.refresh_questions())
        self.buttons = {name: QToolButton(objectName=f"guide{name.title()}")
                        for name in ("new", "rename", "delete", "print", "add", "edit", "up",
                                     "down", "remove")}
        for name, slot in (("new", self.new_guide), ("rename", self.rename_guide),
                           ("delete", self.delete_guide), ("print", self.print_guide),
                           ("add", self.add_question), ("edit", self.edit_question),
                           ("up", lambda: self.move_question(-1)),
                           ("down", lambda: self.move_question(1)),
                           ("remove", self.remove_question)):
            self.buttons[name].clicked.connect(slot)
        self.questions = QTableWidget(0, 5, objectName="guideQuestions")
        self.questions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questions.horizontalHeader().setStretchLastSection(True)
        self.questions.verticalHeader().hide()
        self.questions.setWordWrap(True)
        self.questions.cellDoubleClicked.connect(lambda _r, _c: self.edit_question())
        self.coverage = QTableWidget(0, 0, objectName="guideCoverage")
        self.coverage.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverage.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self._stale = False
        self._layout()
        self.retranslate_ui()
        bridge.changed.connect(self._on_changed)
        bridge.project_opened.connect(lambda _p: self.refresh())
        if bridge.project is not None:
            self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.guides, 1)
        for name in ("new", "rename", "delete", "print"):
            top.addWidget(self.buttons[name])
        row = QHBoxLayout()
        for name in ("add", "edit", "up", "down", "remove"):
            row.addWidget(self.buttons[name])
        row.addStretch(1)
        upper = QWidget()
        column = QVBoxLayout(upper)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.questions, 1)
        column.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.coverage)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    @property
    def lang(self) -> str:
        return i18n.current_language()

    def guide_id(self) -> int | None:
        return self.guides.currentData()

    def question_id(self) -> int | None:
        row = self.questions.currentRow()
        item = self.questions.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # -- showing ---------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        project = self.bridge.project
        current = select if select is not None else self.guide_id()
        self.guides.blockSignals(True)
        self.guides.clear()
        for guide in project.guides.list() if project else []:
            self.guides.addItem(guide.name, guide.id)
        self.guides.setCurrentIndex(max(0, self.guides.findData(current)))
        self.guides.blockSignals(False)
        self.refresh_questions()

    def refresh_questions(self) -> None:
        project = self.bridge.project
        guide_id = self.guide_id()
        selected = self.question_id()
        self.questions.setRowCount(0)
        for name in ("rename", "delete", "print", "add", "edit", "up", "down", "remove"):
            self.buttons[name].setEnabled(guide_id is not None)
        if project is None or guide_id is None:
            self.coverage.setRowCount(0)
            return
        labels = {c.node_id: {"id": c.label_id, "en": c.label_en}
                  for c in project.codes.list() if c.node_id}
        for row, question in enumerate(project.guides.get(guide_id).questions):
            self.questions.insertRow(row)
            values = (str(row + 1), section_title(question.section, self.lang, labels),
                      question.text(self.lang), ", ".join(question.groups) or self.tr("all"),
                      ", ".join(question.indicators))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, question.id)
                item.setToolTip(question.text(self.lang))
                self.questions.setItem(row, column, item)
            if question.id == selected:
                self.questions.selectRow(row)
        self.questions.resizeColumnToContents(0)
        self.refresh_coverage(guide_id)

    def refresh_coverage(self, guide_id: int) -> None:
        coverage = guide_coverage(self.bridge.project, guide_id)
        self.coverage.clear()
        self.coverage.setColumnCount(len(coverage.groups))
        self.coverage.setHorizontalHeaderLabels(coverage.groups)
        self.coverage.setRowCount(len(coverage.rows))
        self.coverage.setVerticalHeaderLabels([r.label(self.lang) for r in coverage.rows])
        for row, line in enumerate(coverage.rows):
            for column, group in enumerate(coverage.groups):
                count = line.answered.get(group, 0)
                text = ("✓" + (f" {count}" if count else "")) if group in line.asked else (
                    f"— {count}" if count else "—")
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if group not in line.asked:
                    item.setBackground(MISSING)
                self.coverage.setItem(row, column, item)

    def _on_changed(self, change) -> None:
        if change.affects(Kind.GUIDES) and change.ids_of(Kind.GUIDES) - {
                self.guides.itemData(i) for i in range(self.guides.count())}:
            self.refresh(select=max(change.ids_of(Kind.GUIDES)))
        elif change.affects(*WATCHED):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True   # coding while the dock is closed: refresh when shown

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    # -- actions ---------------------------------------------------------------------------

    def _run(self, label: str, work):
        try:
            return self.bridge.run(label, work)
        except TelaahError as error:
            open_message(self, "guideError", self.tr("Interview guide"),
                         i18n.translated(error))
            return None

    def new_guide(self) -> None:
        dialog = NewGuideDialog(self.bridge.project, self.lang, self)
        if dialog.exec():
            self.create_guide(**dialog.values())

    def create_guide(self, name: str, draft: bool = True, frameworks=(), groups=()):
        from importers.guide_draft import generate_guide

        if draft:
            return self._run(self.tr("New guide"), lambda p: generate_guide(
                p, name, frameworks, (), groups))
        return self._run(self.tr("New guide"), lambda p: p.guides.create(name))

    def rename_guide(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Rename guide"), self.tr("Name:"),
                                        text=self.guides.currentText())
        if ok:
            self._run(self.tr("Rename guide"),
                      lambda p: p.guides.rename(self.guide_id(), name))

    def delete_guide(self) -> None:
        self._run(self.tr("Delete guide"), lambda p: p.guides.delete(self.guide_id()))

    def print_guide(self, path: str | None = None, group: str | None = None) -> None:
        fmt = FORMATS["guide"]
        if path is None:
            path = file_dialogs.save_file(
                self, "export", self.tr("Print guide to Word"),
                f"{self.guides.currentText()}{fmt.suffix}", i18n.format_text(fmt.file_filter),
                self.bridge.project)
        if path:
            try:
                project = self.bridge.project
                fmt.write(project, self.guide_id(), path, self.lang, group,
                          pseudonymize=project.privacy.confidential())
            except TelaahError as error:
                open_message(self, "guideError", self.tr("Interview guide"),
                             i18n.translated(error))

    def add_question(self) -> None:
        dialog = QuestionDialog(self.bridge.project, self.lang, parent=self)
        if dialog.exec():
            self.save_question(None, dialog.values())

    def edit_question(self) -> None:
        question_id = self.question_id()
        if question_id is None:
            return
        question = self.bridge.project.guides.question(question_id)
        dialog = QuestionDialog(self.bridge.project, self.lang, question, self)
        if dialog.exec():
            self.save_question(question_id, dialog.values())

    def save_question(self, question_id: int | None, values: dict):
        if question_id is None:
            at = self.questions.currentRow() + 1 if self.questions.currentRow() >= 0 else None
            return self._run(self.tr("Add question"), lambda p: p.guides.add_question(
                self.guide_id(), position=at, **values))
        return self._run(self.tr("Edit question"),
                         lambda p: p.guides.update_question(question_id, **values))

    def move_question(self, offset: int) -> None:
        question_id = self.question_id()
        if question_id is not None:
            self._run(self.tr("Move question"),
                      lambda p: p.guides.move_question(question_id, offset))

    def remove_question(self) -> None:
        question_id = self.question_id()
        if question_id is not None:
            self._run(self.tr("Delete question"),
                      lambda p: p.guides.delete_question(question_id))

    def retranslate_ui(self) -> None:
        texts = {"new": self.tr("New…"), "rename": self.tr("Rename…"),
                 "delete": self.tr("Delete"), "print": self.tr("Print to Word…"),
                 "add": self.tr("Add question…"), "edit": self.tr("Edit…"),
                 "up": self.tr("Move up"), "down": self.tr("Move down"),
                 "remove": self.tr("Remove question")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.questions.setHorizontalHeaderLabels([
            "#", self.tr("Section"), self.tr("Question"), self.tr("Asked of"),
            self.tr("Indicators")])
        self.coverage.setToolTip(self.tr("✓ asked of this group (with the number of "
                                         "answers coded from interviews); — not asked"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.refresh_questions()
        super().changeEvent(event)

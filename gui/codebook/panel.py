"""The codebook panel: the code tree, the details pane and every codebook action.

Selecting codes emits `selection.codes_selected(ids)`; double-clicking one emits
`selection.code_activated(id)` (the text panel applies it to its selection); dragging
codes carries their ids to the text panel, and dropping them inside the tree moves
them. Add, add sub-code, edit, colour, move to…, merge into… and delete each run as
one action through `bridge.run`, so each is one step on the undo stack. The panel
reloads on `bridge.changed` when codes change (keeping expansion and selection) and
only refreshes the counts when just segments or sources changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.codebook.details import CodeDetails
from gui.codebook.editing import CodeEditing
from gui.codebook.model import CodeTreeModel
from storage import Kind
from storage.kinds import CODED_EVIDENCE
from storage.retrieval import CodeCountTracker

_SELECT = (QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


class CodebookPanel(CodeEditing, QWidget):
    """Code tree with details; owns the codebook actions (see the module docstring)."""

    def __init__(self, bridge, selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("codebookPanel")
        self.bridge = bridge
        self.selection = selection
        self.model = CodeTreeModel(self)
        self.tree = QTreeView(objectName="codeTree")
        self._setup_tree()
        self.details = CodeDetails()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._emitted: list[int] = []
        self._counts: CodeCountTracker | None = None
        self._restoring = False
        self._loaded_once = False
        self._make_actions()
        self.model.move_requested.connect(self.move_codes, Qt.ConnectionType.QueuedConnection)
        bridge.changed.connect(self._on_changed)
        bridge.project_opened.connect(lambda _project: self.reload())
        bridge.project_closing.connect(self._on_closing)
        self.retranslate_ui()
        if bridge.project is not None:
            self.reload()
        self._update_actions()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(440, 640)

    def _setup_tree(self) -> None:
        tree = self.tree
        tree.setModel(self.model)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setExpandsOnDoubleClick(False)
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Count columns are fitted to their contents by `_fit_count_columns` when needed,
        # not by ResizeToContents: that re-measures every row on each count change.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        tree.selectionModel().currentChanged.connect(lambda *_: self._show_details())
        tree.doubleClicked.connect(self._on_double_clicked)
        tree.customContextMenuRequested.connect(self._context_menu)

    def _make_actions(self) -> None:
        def make(name: str, slot, shortcut=None) -> QAction:
            action = QAction(self, objectName=name)
            action.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.tree.addAction(action)
            return action

        self.add_action = make("actionAddCode", self.add_code)
        self.add_sub_action = make("actionAddSubCode", self.add_sub_code)
        self.edit_action = make("actionEditCode", self.edit_code, QKeySequence(Qt.Key.Key_F2))
        self.colour_action = make("actionCodeColour", self.recolour)
        self.move_action = make("actionMoveCode", self.move_to)
        self.merge_action = make("actionMergeCode", self.merge_into)
        self.delete_action = make("actionDeleteCode", self.delete_codes,
                                  QKeySequence(QKeySequence.StandardKey.Delete))
        self.memo_action = make("actionCodeMemo", self.memo_on_code)
        self.actions_in_menu = [self.add_action, self.add_sub_action, self.edit_action,
                                self.colour_action, self.move_action, self.merge_action,
                                self.delete_action, None, self.memo_action]

    def retranslate_ui(self) -> None:
        self.add_action.setText(self.tr("&Add code…"))
        self.add_sub_action.setText(self.tr("Add &sub-code…"))
        self.edit_action.setText(self.tr("&Edit code…"))
        self.colour_action.setText(self.tr("Code co&lour…"))
        self.move_action.setText(self.tr("&Move code to…"))
        self.merge_action.setText(self.tr("Mer&ge code into…"))
        self.delete_action.setText(self.tr("&Delete code…"))
        self.memo_action.setText(self.tr("Memo on this code"))
        self.tree.setToolTip(self.tr("Double-click a code, or drag it onto the text, to "
                                     "code the selected text. Drag it onto another code "
                                     "to move it there."))
        self.model.set_language(i18n.current_language())
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self._show_details()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- loading and refreshing ------------------------------------------------------

    def reload(self) -> None:
        """Rebuild the tree from the project, keeping expansion and selection."""
        project = self.bridge.project
        if project is None:
            self._on_closing()
            return
        expanded = self.expanded_ids()
        selected = self.selected_ids()
        current = self.current_id()
        self._restoring = True
        try:
            self._counts = CodeCountTracker(project)
            self.model.load(project.codes.tree(), self._counts.counts)
            if not self._loaded_once:
                self.tree.expandToDepth(0)
                self._loaded_once = True
            else:
                for code_id in expanded:
                    self.tree.setExpanded(self.model.index_of(code_id), True)
            self.select_codes(selected, current)
        finally:
            self._restoring = False
        self._fit_count_columns()
        self._on_selection_changed()
        self._show_details()

    def _on_closing(self) -> None:
        self._loaded_once = False
        self._counts = None
        self.model.clear()
        self.details.show_code(None)
        self._update_actions()

    def _on_changed(self, change) -> None:
        if self.bridge.project is None:
            return
        if change.affects(Kind.CODES):
            self.reload()
        elif change.affects(*CODED_EVIDENCE) and self._counts is not None:
            changed = self._counts.apply(change)  # only what the change touched
            if changed is None:
                self.model.set_counts(self._counts.counts)
                self._fit_count_columns()
            elif changed:
                self.model.update_counts(self._counts.counts, changed)
                self._fit_count_columns(changed)

    def _fit_count_columns(self, code_ids=None) -> None:
        """Fit the count columns to the widest figure of every code (measured as text,
        not by asking the view for each row), or, given `code_ids`, widen them only if
        one of those codes' figures no longer fits."""
        header, metrics = self.tree.header(), self.tree.fontMetrics()
        ids = [c.id for c in self.model.codes()] if code_ids is None else code_ids
        for column in (1, 2):
            widest, sample = -1, None
            for code_id in ids:
                index = self.model.index_of(code_id, column)
                width = metrics.horizontalAdvance(str(index.data() or ""))
                if index.isValid() and width > widest:
                    widest, sample = width, index
            needed = header.sectionSizeHint(column)
            if sample is not None:  # the widest text with the item's own margins
                needed = max(needed, self.tree.sizeHintForIndex(sample).width())
            if code_ids is None or needed > self.tree.columnWidth(column):
                self.tree.setColumnWidth(column, needed)

    def expanded_ids(self) -> list[int]:
        return [c.id for c in self.model.codes()
                if self.tree.isExpanded(self.model.index_of(c.id))]

    def selected_ids(self) -> list[int]:
        rows = self.tree.selectionModel().selectedRows(0)
        return [i for i in (self.model.code_id(r) for r in rows) if i is not None]

    def current_id(self) -> int | None:
        return self.model.code_id(self.tree.currentIndex())

    def select_codes(self, code_ids, current: int | None = None) -> None:
        """Select these codes (unknown ids ignored), making `current` the current one."""
        model = self.tree.selectionModel()
        chosen = QItemSelection()
        for code_id in code_ids:
            index = self.model.index_of(code_id)
            if index.isValid():
                chosen.select(index, index.siblingAtColumn(2))
                self._expand_to(index)
        current_index = self.model.index_of(current) if current is not None else None
        if current_index is not None and current_index.isValid():
            model.setCurrentIndex(current_index, QItemSelectionModel.SelectionFlag.NoUpdate)
        model.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect | _SELECT)
        if chosen.indexes():
            self.tree.scrollTo(chosen.indexes()[0])

    def _expand_to(self, index) -> None:
        parent = index.parent()
        while parent.isValid():
            self.tree.setExpanded(parent, True)
            parent = parent.parent()

    # -- selection signals -------------------------------------------------------------

    def _on_selection_changed(self, *_args) -> None:
        self._update_actions()
        if self._restoring:
            return
        ids = self.selected_ids()
        if ids != self._emitted:
            self._emitted = ids
            self.selection.codes_selected.emit(ids)

    def _on_double_clicked(self, index) -> None:
        code_id = self.model.code_id(index)
        if code_id is not None:
            self.selection.code_activated.emit(code_id)

    def _show_details(self) -> None:
        code_id = self.current_id()
        if code_id is None and self.selected_ids():
            code_id = self.selected_ids()[0]
        code = self.model.code(code_id) if code_id is not None else None
        self.details.show_code(code, i18n.current_language())

    def _update_actions(self) -> None:
        has_project = self.bridge.project is not None
        ids = self.selected_ids() if has_project else []
        self.add_action.setEnabled(has_project)
        for action in (self.add_sub_action, self.edit_action, self.move_action,
                       self.merge_action, self.memo_action):
            action.setEnabled(len(ids) == 1)
        self.colour_action.setEnabled(bool(ids))
        self.delete_action.setEnabled(bool(ids))

    def _context_menu(self, point) -> None:
        menu = QMenu(self)
        for action in self.actions_in_menu:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(point))

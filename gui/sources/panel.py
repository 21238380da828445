"""The Sources panel (left dock): the grouped, filterable list of the project's sources.

`SourcesPanel` shows a `SourceTreeModel` in the tree view `sourceList`, with a filter
box, a grouping chooser (technique or stakeholder group) and a small toolbar (add,
edit, delete, import). Selecting a source emits `selection.source_selected(id)`;
a source selected elsewhere is selected here too. The list is rebuilt when a change
touches sources, segments, participants or groups, keeping the selected source and
the open groups. Deleting asks first, saying how many codings go with the source.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.sources import labels
from gui.sources.dialog import SourceDialog
from gui.sources.model import (
    BY_STAKEHOLDER,
    BY_TECHNIQUE,
    DATE,
    GROUP_KEY_ROLE,
    SEGMENTS,
    TITLE,
    SourceTreeModel,
)
from storage import Kind
from storage.kinds import CODED_EVIDENCE
from storage.models import TECHNIQUES

WATCHED_KINDS = frozenset({Kind.SOURCES, Kind.SOURCE_TEXT, *CODED_EVIDENCE, Kind.PARTICIPANTS,
                           Kind.SOURCE_LINKS, Kind.GROUPS})
NARROW = 330  # panel width below which the date column is hidden


class SourcesPanel(QWidget):
    """The sources list with its filter, grouping and actions."""

    def __init__(self, bridge, selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sourcesPanel")
        self.bridge = bridge
        self.selection = selection
        self._syncing = False
        self.model = SourceTreeModel(self)
        self.filter_edit = QLineEdit(objectName="sourceFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.grouping_combo = QComboBox(objectName="sourceGrouping")
        self.grouping_combo.addItem("", BY_TECHNIQUE)
        self.grouping_combo.addItem("", BY_STAKEHOLDER)
        self.tree = QTreeView(objectName="sourceList")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.doubleClicked.connect(self._on_double_click)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self._size_columns()
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection)
        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.grouping_combo)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.toolbar)
        saved = QSettings().value("sources/grouping", BY_TECHNIQUE)
        self.grouping_combo.setCurrentIndex(max(0, self.grouping_combo.findData(saved)))
        self.model.set_grouping(self.grouping_combo.currentData())
        self.grouping_combo.currentIndexChanged.connect(self._on_grouping)
        bridge.project_opened.connect(self._on_opened)
        bridge.project_closing.connect(self._on_closing)
        bridge.changed.connect(self._on_change)
        selection.source_selected.connect(self._on_source_selected_elsewhere)
        self.retranslate_ui()
        if bridge.project is not None:
            self._on_opened(bridge.project)

    def _make_actions(self) -> None:
        self.add_actions = {kind: QAction(self) for kind in TECHNIQUES}
        for kind, action in self.add_actions.items():
            action.triggered.connect(lambda _checked=False, k=kind: self.add_source(k))
        self.add_menu = QMenu(self)
        self.add_menu.addActions(list(self.add_actions.values()))
        self.edit_action = QAction(self, objectName="actionEditSource")
        self.edit_action.triggered.connect(lambda: self.edit_source(self.selected_source_id()))
        self.delete_action = QAction(self, objectName="actionDeleteSource")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(
            lambda: self.delete_source(self.selected_source_id()))
        self.tree.addAction(self.delete_action)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button = QToolButton(self, objectName="addSourceButton")
        self.add_button.setMenu(self.add_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.add_button)
        self.toolbar.addAction(self.edit_action)
        self.toolbar.addAction(self.delete_action)
        self._update_actions()

    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter sources"))
        self.filter_edit.setToolTip(self.tr("Show only sources whose title or participant "
                                            "code contains this text"))
        self.grouping_combo.setItemText(0, self.tr("By technique"))
        self.grouping_combo.setItemText(1, self.tr("By stakeholder"))
        self.grouping_combo.setToolTip(self.tr("Group the sources"))
        self.add_button.setText(self.tr("Add"))
        for kind, action in self.add_actions.items():
            action.setText(labels.technique_label(kind) + "…")
        self.edit_action.setText(self.tr("Properties…"))
        self.delete_action.setText(self.tr("Delete"))
        self.model.retranslate()
        self._size_columns()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(380, 520)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(240, 200)

    def _size_columns(self) -> None:
        """Title takes the room left by fixed-width date and count columns."""
        header = self.tree.header()
        metrics = self.tree.fontMetrics()
        for column, sample in ((DATE, "2025-12-31"), (SEGMENTS, "9999")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(
                str(self.model.headerData(column, Qt.Orientation.Horizontal))))
            header.resizeSection(column, width + 16)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """In a narrow dock the date column gives its room to the titles."""
        super().resizeEvent(event)
        self.tree.setColumnHidden(DATE, event.size().width() < NARROW)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- project and changes ---------------------------------------------------------

    def _on_opened(self, project) -> None:
        self.model.set_project(project)
        self.tree.expandAll()
        self._update_actions()
        QTimer.singleShot(0, self._show_first_source)

    def _show_first_source(self) -> None:
        """After opening, show the first source unless another panel chose one."""
        if self.bridge.project is None or self.selected_source_id() is not None:
            return
        visible = self.model.visible_source_ids()
        if not visible:
            return
        self._syncing = True
        try:
            shown = self.select_source(visible[0])
        finally:
            self._syncing = False
        if shown:
            self.selection.source_selected.emit(visible[0])

    def _on_closing(self) -> None:
        self.model.set_project(None)
        self._update_actions(closing=True)

    def _on_change(self, change) -> None:
        if change.kinds & WATCHED_KINDS == {Kind.SEGMENTS}:
            self.model.follow_segments(change)  # coding: only counts change, no re-read
        elif change.affects(*WATCHED_KINDS):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the list, keeping the selected source and the open/closed groups."""
        selected = self.selected_source_id()
        closed = self._collapsed_groups()
        self._syncing = True
        try:
            self.model.reload()
            self._expand_except(closed)
            if selected is not None:
                self.select_source(selected)
        finally:
            self._syncing = False
        self._update_actions()

    def _collapsed_groups(self) -> set[str]:
        return {self.model.index(row, 0).data(GROUP_KEY_ROLE)
                for row in range(self.model.rowCount())
                if not self.tree.isExpanded(self.model.index(row, 0))}

    def _expand_except(self, closed: set[str]) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            self.tree.setExpanded(index, index.data(GROUP_KEY_ROLE) not in closed)

    def _on_filter(self, text: str) -> None:
        self._rebuild(lambda: self.model.set_filter(text))

    def _on_grouping(self) -> None:
        grouping = self.grouping_combo.currentData()
        QSettings().setValue("sources/grouping", grouping)
        self._rebuild(lambda: self.model.set_grouping(grouping))

    def _rebuild(self, change_model) -> None:
        selected = self.selected_source_id()
        self._syncing = True
        try:
            change_model()
            self.tree.expandAll()
            if selected is not None:
                self.select_source(selected)
        finally:
            self._syncing = False
        self._update_actions()

    # -- selection -------------------------------------------------------------------

    def selected_source_id(self) -> int | None:
        rows = self.tree.selectionModel().selectedRows()
        return self.model.source_id(rows[0]) if rows else None

    def select_source(self, source_id: int) -> bool:
        index = self.model.index_of_source(source_id)
        if not index.isValid():
            return False
        self.tree.expand(index.parent())
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)
        return True

    def _on_tree_selection(self, *_args) -> None:
        self._update_actions()
        source_id = self.selected_source_id()
        if self._syncing or source_id is None or source_id == self.selection.source_id:
            return
        self.selection.source_selected.emit(source_id)

    def _on_source_selected_elsewhere(self, source_id: int) -> None:
        if source_id == self.selected_source_id():
            return
        self._syncing = True
        try:
            self.select_source(source_id)
        finally:
            self._syncing = False

    def _update_actions(self, closing: bool = False) -> None:
        has_project = self.bridge.project is not None and not closing
        has_source = self.selected_source_id() is not None
        self.add_button.setEnabled(has_project)
        self.edit_action.setEnabled(has_source)
        self.delete_action.setEnabled(has_source)

    def _on_double_click(self, index) -> None:
        source_id = self.model.source_id(index)
        if source_id is not None:
            self.edit_source(source_id)

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addMenu(self.add_menu).setText(self.add_button.text())
        if self.model.source_id(self.tree.indexAt(pos)) is not None:
            menu.addAction(self.edit_action)
            menu.addAction(self.delete_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # -- adding, editing, deleting -----------------------------------------------------

    def add_source(self, kind: str = "interview") -> int | None:
        if self.bridge.project is None:
            return None
        dialog = SourceDialog(self.bridge, None, kind, self.window())
        if dialog.exec() != SourceDialog.DialogCode.Accepted:
            return None
        self.select_source(dialog.source_id)
        return dialog.source_id

    def edit_source(self, source_id: int | None) -> None:
        if source_id is not None and self.bridge.project is not None:
            SourceDialog(self.bridge, source_id, parent=self.window()).exec()

    def deletion_question(self, source_id: int) -> str:
        """The confirmation text: names the source and how many codings go with it."""
        source = self.bridge.project.sources.get(source_id)
        codings = self.model.segment_count(source_id)
        text = self.tr("Delete the source “%1”?").replace("%1", source.title)
        if codings:
            text += " " + self.tr("Its %n coding(s) will be deleted with it.", "", codings)
        return text + " " + self.tr("You can undo this with Edit → Undo.")

    def delete_source(self, source_id: int | None, confirm: bool = True) -> bool:
        if source_id is None or self.bridge.project is None:
            return False
        if confirm:
            answer = QMessageBox.question(self.window(), self.tr("Delete source"),
                                          self.deletion_question(source_id))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        title = self.bridge.project.sources.get(source_id).title
        self.bridge.run(self.tr("Delete source %1").replace("%1", title),
                        lambda p: p.sources.delete(source_id))
        return True

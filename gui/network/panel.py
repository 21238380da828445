"""The network panel: the map, filters, the measures and the evidence of a tie.

It recomputes `analysis.network.network_view` when the network, the segments or the
sources change (and only while on screen), lays it out with the saved positions
(`analysis.network.layout`), and stores dragged positions or a new layout as one
undoable action. Clicking a tie lists the passages that evidence it; double-clicking
one shows it in the text. An empty network says what would fill it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from analysis.network import NetworkFilter, layout, network_view
from gui import i18n
from gui.network.dialogs import ActorsDialog, sector_label
from gui.network.scene import NetworkMap, NetworkScene
from gui.sources.labels import technique_label
from storage import Kind
from storage.models import TECHNIQUES

WATCHED = (Kind.NETWORK, Kind.SEGMENTS, Kind.SOURCES, Kind.SOURCE_TEXT, Kind.GROUPS)
EXCERPT = 90


class NetworkPanel(QWidget):
    """See the module docstring."""

    def __init__(self, bridge, selection, parent=None):
        super().__init__(parent)
        self.bridge, self.selection = bridge, selection
        self.view = None
        self.on_screen = True
        self._stale = True
        self.scene = NetworkScene(self)
        self.map = NetworkMap(self.scene)
        self.scene.positions_moved.connect(self.save_positions)
        self.scene.edge_clicked.connect(self.show_evidence)
        self._build()
        bridge.changed.connect(self._on_changed)
        bridge.project_opened.connect(lambda _p: self.refresh())
        i18n.on_language_change(self, self.retranslate_ui)
        self.retranslate_ui()

    # -- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.types_button = QToolButton()
        self.types_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.types_menu = QMenu(self.types_button)
        self.types_button.setMenu(self.types_menu)
        self.technique = QComboBox()
        self.technique.currentIndexChanged.connect(self.refresh)
        self.date_from, self.date_to = QLineEdit(), QLineEdit()
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText("YYYY-MM-DD")
            edit.setMaximumWidth(110)
            edit.editingFinished.connect(self.refresh)
        self.relayout_button, self.actors_button = QPushButton(), QPushButton()
        self.relayout_button.clicked.connect(self.new_layout)
        self.actors_button.clicked.connect(self.manage_actors)
        bar = QHBoxLayout()
        for widget in (self.types_button, self.technique, self.date_from, self.date_to):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.relayout_button)
        bar.addWidget(self.actors_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.measures = QTableWidget(0, 4, objectName="networkMeasures")
        self.measures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.measures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.evidence_title = QLabel()
        self.evidence = QListWidget(objectName="networkEvidence")
        self.evidence.setWordWrap(True)
        self.evidence.itemDoubleClicked.connect(self._open_passage)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.summary, self.measures, self.evidence_title, self.evidence):
            side_layout.addWidget(widget)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.map)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])   # the map 3:2 from the start, not squeezed to a strip
        self.empty = QLabel()
        self.empty.setObjectName("networkEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(splitter)
        layout_ = QVBoxLayout(self)
        layout_.addLayout(bar)
        layout_.addWidget(self.pages, 1)

    def retranslate_ui(self) -> None:
        self.types_button.setText(self.tr("Tie types"))
        self.relayout_button.setText(self.tr("New &layout"))
        self.actors_button.setText(self.tr("Ac&tors…"))
        self.date_from.setToolTip(self.tr("Only ties evidenced by sources from this date"))
        self.date_to.setToolTip(self.tr("Only ties evidenced by sources up to this date"))
        self.evidence_title.setText(self.tr("Evidence of the selected tie (double-click to "
                                            "read it in its source):"))
        self.empty.setText(self.tr(
            "No ties yet. Add the actors (Actors…, or take them from the participants' "
            "organisations), then select a passage in a source and choose Code → Mark "
            "tie… to record who works with whom; the passage becomes the tie's evidence."))
        current = self.technique.currentData()
        self.technique.blockSignals(True)
        self.technique.clear()
        self.technique.addItem(self.tr("All techniques"), None)
        for kind in TECHNIQUES:
            self.technique.addItem(technique_label(kind), kind)
        self.technique.setCurrentIndex(max(0, self.technique.findData(current)))
        self.technique.blockSignals(False)
        self.refresh()

    # -- computing --------------------------------------------------------------------

    def set_on_screen(self, shown: bool) -> None:
        self.on_screen = shown
        if shown and self._stale:
            self.refresh()

    def _on_changed(self, change) -> None:
        if change.affects(*WATCHED):
            self.refresh()

    def current_filter(self) -> NetworkFilter:
        checked = {a.data() for a in self.types_menu.actions() if a.isChecked()}
        all_types = {a.data() for a in self.types_menu.actions()}
        kind = self.technique.currentData()
        return NetworkFilter(types=None if checked == all_types else checked,
                             techniques={kind} if kind else None,
                             date_from=self.date_from.text().strip() or None,
                             date_to=self.date_to.text().strip() or None)

    def refresh(self) -> None:
        project = self.bridge.project
        if project is None or not self.on_screen:
            self._stale = True
            return
        self._stale = False
        self._fill_types(project)
        self.view = network_view(project, self.current_filter())
        groups = [g.id for g in project.participants.groups()]
        if not self.view.actors or not project.network.ties():
            self.pages.setCurrentIndex(0)
        else:
            self.pages.setCurrentIndex(1)
        self.scene.show_view(self.view, layout(self.view), groups)
        self.map.fit()
        self._show_measures(project)
        self.evidence.clear()

    def _fill_types(self, project) -> None:
        known = {a.data(): a.isChecked() for a in self.types_menu.actions()}
        lang = i18n.current_language()
        types = project.network.tie_types()
        labels = [(t.key, t.label(lang)) for t in types]
        if labels == [(a.data(), a.text()) for a in self.types_menu.actions()]:
            return
        self.types_menu.clear()
        for tie_type in types:
            action = QAction(tie_type.label(lang), self.types_menu)
            action.setCheckable(True)
            action.setChecked(known.get(tie_type.key, True))
            action.setData(tie_type.key)
            action.toggled.connect(self.refresh)
            self.types_menu.addAction(action)

    def _show_measures(self, project) -> None:
        measures = self.view.measures
        forms = {"shared_governance": self.tr("shared governance"),
                 "lead_organisation": self.tr("lead organisation"),
                 "administrative_organisation": self.tr("network administrative "
                                                        "organisation")}
        centre = self.view.actor(measures.centre).name if measures.centre else ""
        form = forms.get(measures.form, self.tr("too few linked actors to say"))
        self.summary.setText(i18n.fill(self.tr(
            "%1 actors, %2 ties from %3 passages · density %4 · degree centralisation %5 · "
            "suggested form (Provan & Kenis): %6 %7"), len(self.view.actors),
            len(self.view.edges), sum(e.passages for e in self.view.edges),
            f"{measures.density:.2f}", f"{measures.centralisation:.2f}", form,
            f"({centre})" if centre else ""))
        groups = {g.id: g.name for g in project.participants.groups()}
        self.measures.setHorizontalHeaderLabels([self.tr("Actor"), self.tr("Sector"),
                                                 self.tr("Degree"), self.tr("Betweenness")])
        rows = sorted(self.view.actors, key=lambda a: -measures.degree.get(a.id, 0))
        self.measures.setRowCount(len(rows))
        for row, actor in enumerate(rows):
            cells = (actor.name, sector_label(actor.sector),
                     f"{measures.degree.get(actor.id, 0):.2f}",
                     f"{measures.betweenness.get(actor.id, 0):.2f}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(groups.get(actor.group_id, ""))
                self.measures.setItem(row, column, item)

    # -- acting ------------------------------------------------------------------------

    def show_evidence(self, edge) -> None:
        project = self.bridge.project
        ties = {t.id: t for t in project.network.ties()}
        titles = {s.id: s.title for s in project.sources.list()}
        self.evidence.clear()
        for tie_id in edge.tie_ids:
            tie = ties[tie_id]
            text = project.sources.text(tie.source_id)[tie.start:tie.end]
            excerpt = " ".join(text.split())
            excerpt = excerpt if len(excerpt) <= EXCERPT else excerpt[:EXCERPT] + "…"
            item = QListWidgetItem(f"{titles.get(tie.source_id, '')}: “{excerpt}”")
            item.setData(Qt.ItemDataRole.UserRole, tie.segment_id)
            self.evidence.addItem(item)

    def _open_passage(self, item: QListWidgetItem) -> None:
        self.selection.segment_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def save_positions(self, positions: dict) -> None:
        self.bridge.run(self.tr("Arrange the network map"),
                        lambda project: project.network.save_positions(positions))

    def new_layout(self) -> None:
        """Forget the saved arrangement and lay the network out afresh (undoable)."""
        if self.view is None:
            return
        for actor in self.view.actors:
            actor.x = actor.y = None
        fresh = layout(self.view)
        self.bridge.run(self.tr("New network layout"),
                        lambda project: project.network.save_positions(fresh))

    def manage_actors(self) -> None:
        if self.bridge.project is not None:
            ActorsDialog(self.bridge, self).exec()

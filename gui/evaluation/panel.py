"""The evaluation workspace: one panel with the board, triangulation, matrices,
co-occurrence and the summary grid as tabs, over one shared `analysis.Evidence`.

The level chooser at the top ("indicators (sub-indicators rolled up)", "all levels",
...) applies to every tab, so each view says which codes it shows. The evidence is read
once and kept until `bridge.changed` reports a change to segments, codes, sources or
participants; judgements, key quotes, summaries and settings only mark the tabs stale.
Only the visible tab is recomputed (after the event loop settles, and 0.3 s after the
last coding or text edit), the others when they are shown. `flush()` saves what is
being typed (conclusion, summary).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from analysis import LEVELS, Evidence
from gui import i18n
from gui.evaluation.board_tab import BoardTab
from gui.evaluation.common import level_label
from gui.evaluation.matrix import MatrixTab
from gui.evaluation.summary import SummaryTab
from gui.evaluation.triangulation import TriangulationTab
from storage import Kind
from storage.kinds import CODED_EVIDENCE

EVIDENCE_KINDS = (*CODED_EVIDENCE, Kind.CODES, Kind.SOURCES, Kind.SOURCE_TEXT, Kind.SOURCE_LINKS,
                  Kind.PARTICIPANTS, Kind.GROUPS, Kind.STUDY)
JUDGEMENT_KINDS = (Kind.JUDGEMENTS, Kind.KEY_QUOTES, Kind.SUMMARIES, Kind.VERDICT_OPTIONS,
                   Kind.STUDY)
DEFAULT_LEVEL = "indicators"
REFRESH_DELAY_MS = 300  # after coding or text edits elsewhere


class EvaluationPanel(QWidget):
    """Tabs of the evaluation workspace; see the module docstring."""

    def __init__(self, bridge, selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evaluationPanel")
        self.bridge = bridge
        self.selection = selection
        self._evidence: Evidence | None = None
        self.level_combo = QComboBox(objectName="levelCombo")
        self.level_label = QLabel()
        self.level_label.setBuddy(self.level_combo)
        self.status = QLabel(objectName="evaluationStatus")
        self.tabs = QTabWidget(objectName="evaluationTabs")
        self.tabs.setDocumentMode(True)
        self.board = BoardTab(self)
        self.triangulation = TriangulationTab(self)
        self.matrix = MatrixTab(self, cooccurrence=False)
        self.cooccurrence = MatrixTab(self, cooccurrence=True)
        self.summary = SummaryTab(self)
        self.pages = [self.board, self.triangulation, self.matrix, self.cooccurrence,
                      self.summary]
        for page in self.pages:
            self.tabs.addTab(page, "")
        self._stale = set(self.pages)
        # False while the dock sits behind another tab (Qt keeps such a widget "visible"
        # but out of sight), so that hidden tabs compute nothing; None: not known
        self.on_screen: bool | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh_now)
        self._layout()
        for level in LEVELS:
            self.level_combo.addItem("", level)
        self.level_combo.setCurrentIndex(LEVELS.index(DEFAULT_LEVEL))
        self.level_combo.currentIndexChanged.connect(self._on_level)
        self.tabs.currentChanged.connect(lambda _i: self.schedule())
        bridge.changed.connect(self._on_changed)
        bridge.project_opened.connect(lambda _p: self.reset())
        bridge.project_closing.connect(self._on_closing)
        self.retranslate_ui()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.level_label)
        top.addWidget(self.level_combo)
        top.addStretch(1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def retranslate_ui(self) -> None:
        self.level_label.setText(self.tr("Show:"))
        self.level_combo.setToolTip(self.tr("Which codes are rows, and whether segments "
                                            "coded to a sub-code count for its parent"))
        for index, level in enumerate(LEVELS):
            self.level_combo.setItemText(index, level_label(level))
        titles = [self.tr("Indicator board"), self.tr("Triangulation"), self.tr("Matrix"),
                  self.tr("Co-occurrence"), self.tr("Summary grid")]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        for page in self.pages:
            page.retranslate_ui()
        self._stale = set(self.pages)  # code labels follow the interface language
        self.schedule()
        self._update_status()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(900, 320)  # modest: the text panel keeps the room by default

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- shared state ----------------------------------------------------------------

    @property
    def project(self):
        return self.bridge.project

    @property
    def level(self) -> str:
        return self.level_combo.currentData() or DEFAULT_LEVEL

    def set_level(self, level: str) -> None:
        self.level_combo.setCurrentIndex(LEVELS.index(level))

    @property
    def lang(self) -> str:
        return i18n.current_language()

    def evidence(self) -> Evidence | None:
        """The evidence of the open project, read when first needed after a change."""
        if self._evidence is None and self.project is not None:
            self._evidence = Evidence.load(self.project)
        return self._evidence

    def code_label(self, code_id: int) -> str:
        evidence = self.evidence()
        return evidence.label(code_id, self.lang) if evidence else ""

    def show_tab(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)

    # -- refreshing ------------------------------------------------------------------

    def reset(self) -> None:
        self._evidence = None
        self._stale = set(self.pages)
        for page in self.pages:
            page.reset()
        self.schedule()

    def schedule(self, delay_ms: int = 0) -> None:
        """Recompute the visible tab once control returns to the event loop (after
        `delay_ms`, so that a burst of changes, such as typing, costs one refresh)."""
        if self._timer.isActive() and self._timer.interval() < delay_ms:
            return  # a sooner refresh is already due
        self._timer.start(delay_ms)

    def refresh_now(self) -> None:
        page = self.tabs.currentWidget()
        if page in self._stale and self.isVisible() and self.on_screen is not False:
            self._stale.discard(page)
            page.refresh()
        self._update_status()

    def _on_changed(self, change) -> None:
        evidence_changed = change.affects(*EVIDENCE_KINDS)
        if evidence_changed:
            self._evidence = None
        elif not change.affects(*JUDGEMENT_KINDS):
            return
        for page in self.pages:
            page.changed(change)
        self._stale = set(self.pages)
        self.schedule(REFRESH_DELAY_MS if evidence_changed else 0)

    def _on_level(self, _index: int) -> None:
        self._stale = set(self.pages)
        self.schedule()

    def _on_closing(self) -> None:
        self.flush()
        self._evidence = None
        for page in self.pages:
            page.reset()
        self._stale = set(self.pages)
        self.schedule()  # the status line, once the project is gone

    def flush(self) -> None:
        """Save text being typed in any tab (called on close)."""
        for page in self.pages:
            page.flush()

    def set_on_screen(self, shown: bool) -> None:
        """The dock's tab was chosen (True) or another tab covers it (False)."""
        self.on_screen = shown
        if shown:
            self.schedule()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.schedule()

    def _update_status(self) -> None:
        evidence = self._evidence
        if self.project is None:
            self.status.setText(self.tr("No project open"))
        elif evidence is not None:
            self.status.setText(self.tr("%n segment(s) in %1 source(s)", "",
                                        evidence.segment_count).replace(
                "%1", str(len(evidence.sources))))

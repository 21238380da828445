"""The search panel: full-text search across all sources, results in context.

Typing in the `searchBox` searches after a short pause (Enter searches at once). In
word mode the FTS5 index finds the sources holding every word and the hits are the
whole words (case- and accent-insensitive, `word*` for a prefix); in exact-phrase
mode the hits are the exact, case-sensitive occurrences of the phrase. A study of
more than `LARGE_STUDY_CHARS` characters is searched in the background with
`gui.jobs.run_job` on a read-only connection, so the window never blocks.
Clicking a result emits `hit_requested(source_id, start, end)`; "Code all hits
with…" codes every listed hit with a picked code as one undoable action.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui import i18n, jobs
from gui.codebook import dialogs as code_dialogs
from gui.codebook.model import CodeTreeModel
from gui.search.model import AFTER, BEFORE, HIT_ROLE, MATCH, SOURCE, ContextDelegate, HitTableModel
from storage import Kind
from storage.errors import TelaahError
from storage.progress import Cancelled
from storage.search import LARGE_STUDY_CHARS, phrase_hits, search, total_text_length

SEARCH_DELAY_MS = 300
HIT_LIMIT = 1000
WORDS, PHRASE = "words", "phrase"


class SearchPanel(QWidget):
    """Search box, options, results and "Code all hits with…"."""

    hit_requested = Signal(int, int, int)   # source id, start, end (code points)
    searched = Signal(int)                  # number of hits, after each search

    def __init__(self, bridge, selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.bridge = bridge
        self.selection = selection
        self.hits = []
        self.query: tuple[str, str, str | None] | None = None
        self._generation = 0
        self._study_chars: int | None = None  # cached size of the study's text
        self.busy = False
        self.box = QLineEdit(objectName="searchBox")
        self.box.setClearButtonEnabled(True)
        self.mode = QComboBox(objectName="searchMode")
        self.kind = QComboBox(objectName="searchKind")
        self.code_button = QPushButton(objectName="codeAllHits")
        self.summary = QLabel(objectName="searchSummary")
        self.model = HitTableModel(self)
        self.table = QTableView(objectName="searchResults")
        self._setup_table()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self.timer.start())
        self.box.returnPressed.connect(self.run_search)
        self.mode.currentIndexChanged.connect(lambda _i: self.run_search())
        self.kind.currentIndexChanged.connect(lambda _i: self.run_search())
        self.code_button.clicked.connect(lambda: self.code_all_hits())
        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.mode)
        top.addWidget(self.kind)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.code_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        bridge.changed.connect(self._on_changed)
        bridge.project_opened.connect(lambda _p: self.run_search())
        bridge.project_closing.connect(self._on_closing)
        self.retranslate_ui()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(900, 240)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setItemDelegateForColumn(BEFORE, ContextDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MATCH, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(SOURCE, 160)
        table.clicked.connect(self.open_hit)
        table.activated.connect(self.open_hit)

    def retranslate_ui(self) -> None:
        self.box.setPlaceholderText(self.tr("Search all sources…"))
        self.box.setToolTip(self.tr("Words are found whole, ignoring case and accents; end a "
                                    "word with * to find words starting with it."))
        modes = ((WORDS, self.tr("All words")), (PHRASE, self.tr("Exact phrase")))
        kinds = ((None, self.tr("All techniques")), ("interview", self.tr("Interviews")),
                 ("observation", self.tr("Observations")), ("document", self.tr("Documents")),
                 ("survey", self.tr("Survey answers")))
        _refill(self.mode, modes)
        _refill(self.kind, kinds)
        self.mode.setToolTip(self.tr("Exact phrase: case-sensitive, exactly these characters, "
                                     "also inside longer words"))
        self.code_button.setText(self.tr("Code all hits with…"))
        self.code_button.setToolTip(self.tr("Code every hit listed with one code, as one "
                                            "step you can undo"))
        self._update_summary()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- searching -----------------------------------------------------------------------

    def current_query(self) -> tuple[str, str, str | None]:
        return self.box.text(), self.mode.currentData() or WORDS, self.kind.currentData()

    def run_search(self) -> None:
        """Search now for the box's text (in the background when the study is large)."""
        self.timer.stop()
        project = self.bridge.project
        text, mode, kind = self.current_query()
        self._generation += 1
        generation = self._generation
        if project is None or not text.strip() or (mode == PHRASE and not text):
            self._show(generation, None, [])
            return
        self.query = (text, mode, kind)

        def work(target, progress=None):
            if mode == PHRASE:
                return phrase_hits(target, text, kind, HIT_LIMIT)
            return search(target, text, HIT_LIMIT, kind, progress)

        if self._study_chars is None:
            self._study_chars = total_text_length(project)
        if self._study_chars <= LARGE_STUDY_CHARS:
            self._show(generation, self.query, work(project))
            return

        self.busy = True
        self._update_summary()
        jobs.run_on_reader(project, work,
                           lambda hits: self._show(generation, (text, mode, kind), hits),
                           lambda error: self._failed(generation, error), parent=self,
                           title=self.tr("Searching…"))

    def _show(self, generation: int, query, hits) -> None:
        if generation != self._generation:
            return  # an older search finished after a newer one started
        self.busy = False
        self.query = query
        self.hits = list(hits)
        self.model.set_hits(self.hits)
        self._update_summary()
        self.searched.emit(len(self.hits))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.busy = False
            self.summary.setText(self.tr("The search was cancelled.") if isinstance(
                error, Cancelled) else self.tr("The search failed: %1").replace(
                "%1", i18n.translated(error)))

    def _on_changed(self, change) -> None:
        if change.affects(Kind.SOURCES, Kind.SOURCE_TEXT):
            self._study_chars = None
            if self.query is not None:
                self.timer.start()

    def _on_closing(self) -> None:
        self._study_chars = None
        self._generation += 1
        self.query = None
        self.hits = []
        self.model.set_hits([])
        self._update_summary()

    def _update_summary(self) -> None:
        self.code_button.setEnabled(bool(self.hits) and self.bridge.project is not None)
        if self.busy:
            self.summary.setText(self.tr("Searching…"))
        elif self.query is None:
            self.summary.setText(self.tr("Type words to search all sources."))
        else:
            sources = len({h.source_id for h in self.hits})
            text = self.tr("%n hit(s)", "", len(self.hits)) + " · " + self.tr(
                "%n source(s)", "", sources)
            if len(self.hits) >= HIT_LIMIT:
                text += " · " + self.tr("only the first %1 are listed").replace(
                    "%1", str(HIT_LIMIT))
            self.summary.setText(text)

    # -- using the results ---------------------------------------------------------------

    def open_hit(self, index) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is not None:
            self.hit_requested.emit(hit.source_id, hit.start, hit.end)

    def code_all_hits(self, code_id: int | None = None, valence: str = "supports") -> int:
        """Code every listed hit with a code (asked for when not given): one undo step."""
        project = self.bridge.project
        if project is None or not self.hits:
            return 0
        if code_id is None:
            codes = CodeTreeModel(self)
            codes.set_language(i18n.current_language())
            codes.load(project.codes.tree(), {})
            code_id = code_dialogs.ask_code(
                self, self.tr("Code all hits with"), codes,
                prompt=self.tr("Code the %n hit(s) listed with:", "", len(self.hits)))
            if code_id in (None, code_dialogs.TOP_LEVEL):
                return 0
        ranges = [(h.source_id, h.start, h.end) for h in self.hits]
        label = self.tr("Code all hits")
        try:
            made = self.bridge.run(label, lambda p: p.segments.code_ranges(
                ranges, code_id, valence, label=label))
        except TelaahError as error:
            code_dialogs.show_error(self, self.tr("Search"), error)
            return 0
        skipped = len(ranges) - made
        text = self.tr("Coded %n hit(s).", "", made)
        if skipped:
            text += " " + self.tr("%n were already coded so.", "", skipped)
        self.summary.setText(text)
        return made


def _refill(combo: QComboBox, items) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
    combo.blockSignals(False)

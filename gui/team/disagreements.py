"""The disagreement browser (Analysis → Disagreements): where coders differ, one
stretch at a time, with each coder's segments as stripes beside the text.

Choose the coders compared (at least two; remembered in the project for the report)
and filter by code and coder; the list holds every stretch where some but not all of
them applied a code (`analysis.agreement.disagreements`); Previous/Next walk it. A
disagreement is settled by accepting one coder's version or merging it into a
consensus coder, with a memo on the decision (`storage.consensus`, one undoable step
through `bridge.run`). The agreement line (Cohen's kappa per pair and Krippendorff's
alpha, `analysis.agreement`) and the list are computed again after every change to
codings, codes or texts while the browser is shown.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from analysis.agreement import CODERS_SETTING, agreement, agreement_coders, disagreements
from gui.i18n import fill
from gui.team.stripes import StripedText, legend_colour
from storage import Kind, TelaahError

WATCHED = (Kind.SEGMENTS, Kind.CODES, Kind.SOURCE_TEXT, Kind.SOURCES, Kind.STUDY)


class DisagreementPanel(QWidget):
    def __init__(self, bridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("disagreementPanel")
        self.bridge = bridge
        self.items = []
        self.coder_list = QListWidget(objectName="agreementCoders")
        self.coder_list.setMaximumHeight(90)
        self.coder_list.setMaximumWidth(260)
        self.coder_list.itemChanged.connect(self._coders_changed)
        self.code_filter = QComboBox(objectName="disagreementCode")
        self.coder_filter = QComboBox(objectName="disagreementCoder")
        for combo in (self.code_filter, self.coder_filter):
            combo.currentIndexChanged.connect(lambda _i: self._fill_list())
        self.figures = QLabel(objectName="agreementFigures")
        self.figures.setWordWrap(True)
        self.list = QTreeWidget(objectName="disagreementList")
        self.list.setRootIsDecorated(False)
        self.list.currentItemChanged.connect(lambda _c, _p: self._show_current())
        self.text = StripedText()
        self.legend = QLabel(objectName="stripeLegend")
        self.previous = QPushButton(objectName="previousDisagreement")
        self.next = QPushButton(objectName="nextDisagreement")
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.accept_coder = QComboBox(objectName="acceptCoder")
        self.accept_button = QPushButton(objectName="acceptVersion")
        self.accept_button.clicked.connect(self.accept_version)
        self.consensus = QLineEdit(objectName="consensusName")
        self.consensus_button = QPushButton(objectName="mergeConsensus")
        self.consensus_button.clicked.connect(self.merge_consensus)
        self.memo = QPlainTextEdit(objectName="decisionMemo")
        self.memo.setMaximumHeight(70)
        self.message = QLabel(objectName="decisionMessage")
        self._layout()
        self._dirty = True
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        bridge.changed.connect(self._on_change)
        bridge.project_opened.connect(lambda _p: self._schedule(reset=True))
        self.retranslate_ui()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.coder_list)
        filters.addWidget(self.code_filter, 2)
        filters.addWidget(self.coder_filter, 1)
        steps = QHBoxLayout()
        for widget in (self.previous, self.next, self.legend):
            steps.addWidget(widget)
        steps.addStretch(1)
        decide = QHBoxLayout()
        for widget in (self.accept_coder, self.accept_button, self.consensus,
                       self.consensus_button):
            decide.addWidget(widget)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(steps)
        column.addWidget(self.text, 1)
        column.addLayout(decide)
        column.addWidget(self.memo)
        column.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        split.setSizes([380, 720])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.figures)
        layout.addWidget(split, 1)

    def retranslate_ui(self) -> None:
        self.list.setHeaderLabels([self.tr("Source"), self.tr("Code"), self.tr("Where"),
                                   self.tr("Coded by")])
        self.previous.setText(self.tr("◀ &Previous"))
        self.next.setText(self.tr("&Next ▶"))
        self.accept_button.setText(self.tr("&Accept this coder's version"))
        self.consensus_button.setText(self.tr("&Merge into consensus"))
        if not self.consensus.text():
            self.consensus.setText(self.tr("Consensus"))
        self.consensus.setToolTip(self.tr("Name of the consensus coder"))
        self.memo.setPlaceholderText(self.tr("Memo on the decision (optional)"))
        self._schedule()

    # -- refreshing --------------------------------------------------------------------

    def _on_change(self, change) -> None:
        if change.affects(*WATCHED):
            self._schedule()

    def _schedule(self, reset: bool = False) -> None:
        if reset:
            self.coder_list.clear()
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def refresh(self) -> None:
        self._dirty = False
        project = self.bridge.project
        if project is None:
            return
        self._fill_coders(project)
        coders = self.coders()
        self._fill_filters(project, coders)
        self.items = disagreements(project, coders) if len(coders) >= 2 else []
        self._show_figures(project, coders)
        self._fill_list()

    def _fill_coders(self, project) -> None:
        known = sorted(project.segments.coders(), key=str.casefold)
        present = [self.coder_list.item(i).text() for i in range(self.coder_list.count())]
        if present == known:
            return
        chosen = set(self.coders()) or set(agreement_coders(project))
        self.coder_list.blockSignals(True)
        self.coder_list.clear()
        for name in known:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen
                               else Qt.CheckState.Unchecked)
            self.coder_list.addItem(item)
        self.coder_list.blockSignals(False)

    def coders(self) -> list[str]:
        return [self.coder_list.item(i).text() for i in range(self.coder_list.count())
                if self.coder_list.item(i).checkState() == Qt.CheckState.Checked]

    def set_coders(self, names: list[str]) -> None:
        for i in range(self.coder_list.count()):
            item = self.coder_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names
                               else Qt.CheckState.Unchecked)

    def _coders_changed(self, _item) -> None:
        coders = self.coders()
        project = self.bridge.project
        if project is not None and len(coders) >= 2:
            self.bridge.run(self.tr("Choose coders to compare"),
                            lambda p: p.set_setting(CODERS_SETTING, json.dumps(coders)))
        else:
            self._schedule()

    def _fill_filters(self, project, coders: list[str]) -> None:
        self._codes = {c.id: c for c in project.codes.list()}
        for combo, entries, every in (
                (self.code_filter, [(c.label_en or c.label_id, c.id)
                                    for c in self._codes.values()], self.tr("All codes")),
                (self.coder_filter, [(name, name) for name in coders], self.tr("Any coder"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(every, None)
            for text, data in entries:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.accept_coder.clear()
        for name in coders:
            self.accept_coder.addItem(name, name)
        self.legend.setText("  ".join(
            f'<span style="color:{legend_colour(i)}">■</span> {name}'
            for i, name in enumerate(coders)))

    def _show_figures(self, project, coders: list[str]) -> None:
        if len(coders) < 2:
            self.figures.setText(self.tr("Choose at least two coders to compare."))
            return
        try:
            report = agreement(project, coders)
        except TelaahError as error:
            self.figures.setText(str(error))
            return
        pairs = "; ".join(
            f"{t.coders[0]}–{t.coders[1]}: κ {_figure(t.overall.kappa)}, "
            f"{_percent(t.overall.percent)}" for t in report.pairs)
        self.figures.setText(fill(self.tr("Agreement (unit: character): %1; Krippendorff's "
                                          "alpha %2 · %3 disagreements"),
                                  pairs or "-", _figure(report.alpha_overall), len(self.items)))

    def _fill_list(self) -> None:
        code_id, coder = self.code_filter.currentData(), self.coder_filter.currentData()
        project = self.bridge.project
        titles = {s.id: s.title for s in project.sources.list(with_length=False)} \
            if project else {}
        self.list.clear()
        for item in self.items:
            if (code_id is not None and item.code_id != code_id) or (
                    coder is not None and coder not in item.coded_by):
                continue
            code = self._codes.get(item.code_id)
            row = QTreeWidgetItem([titles.get(item.source_id, "?"),
                                   (code.label_en or code.label_id) if code else "?",
                                   f"{item.start}–{item.end}",
                                   ", ".join(sorted(item.coded_by))])
            row.setData(0, Qt.ItemDataRole.UserRole, item)
            self.list.addTopLevelItem(row)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            self.text.clear_source()

    # -- walking and deciding ------------------------------------------------------------

    def current(self):
        row = self.list.currentItem()
        return row.data(0, Qt.ItemDataRole.UserRole) if row else None

    def step(self, offset: int) -> None:
        index = self.list.indexOfTopLevelItem(self.list.currentItem()) + offset
        if 0 <= index < self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(index))

    def _show_current(self) -> None:
        item, project = self.current(), self.bridge.project
        if item is None or project is None:
            return
        coders = self.coders()
        spans = {name: [] for name in coders}
        for segment in project.segments.for_source(item.source_id):
            if segment.code_id == item.code_id and segment.coder in spans:
                spans[segment.coder].append((segment.start, segment.end))
        self.text.show_source(project.sources.text(item.source_id), spans, coders)
        self.text.show_region(item.start, item.end)

    def accept_version(self) -> None:
        from storage.consensus import accept_version

        item, chosen = self.current(), self.accept_coder.currentData()
        if item is None or not chosen:
            return
        coders, memo = self.coders(), self.memo.toPlainText()
        self._decide(self.tr("Accept %1's version").replace("%1", chosen),
                     lambda p: accept_version(p, item.source_id, item.code_id, item.start,
                                              item.end, chosen=chosen, coders=coders,
                                              memo=memo))

    def merge_consensus(self) -> None:
        from storage.consensus import merge_into_consensus

        item = self.current()
        if item is None:
            return
        coders, memo, name = self.coders(), self.memo.toPlainText(), self.consensus.text()
        self._decide(self.tr("Merge into consensus"),
                     lambda p: merge_into_consensus(p, item.source_id, item.code_id,
                                                    item.start, item.end, coders=coders,
                                                    consensus=name, memo=memo))

    def _decide(self, label: str, work) -> None:
        from gui.i18n import translated

        try:
            self.bridge.run(label, work)
        except TelaahError as error:
            self.message.setText(translated(error))
            return
        self.message.setText("")
        self.memo.clear()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _figure(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def _percent(value) -> str:
    return "-" if value is None else f"{value:.1%}"

"""Pieces shared by the evaluation tabs: labels, colours and the segment list.

Technique, level, flag and verdict names are translated here in the "Evaluation"
context, so every tab says them the same way. `SegmentList` shows segments (coded text,
participant, source, date, valence) from `storage.facts.segment_details`; activating one
asks the text panel to open it (`selection.source_selected`, then
`selection.segment_requested`), as the retrieval panel does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from gui.i18n import translated
from storage.facts import segment_details

SEGMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_LIMIT = 500  # segments listed at most; the rest are counted
EXCERPT = 220

VERDICT_COLOURS = {"met": "#c8e6c9", "partly_met": "#fff59d", "not_optimal": "#ffcc80",
                   "not_found": "#e0e0e0"}
OTHER_VERDICT_COLOUR = "#bbdefb"
FLAG_COLOURS = {"single_technique": "#ef6c00", "single_group": "#8e24aa",
                "single_time": "#1565c0", "contradicted": "#c62828"}
HEAT = QColor("#e65100")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Evaluation", text, disambiguation, n)


def technique_label(kind: str) -> str:
    return {"interview": tr("Interview"), "observation": tr("Observation"),
            "document": tr("Document"), "survey": tr("Survey")}.get(kind, kind)


def kind_label(kind: str) -> str:
    """'Source', 'Technique', 'Time', 'Investigator' (triangulation kinds), translated."""
    names = {"source": tr("Source"), "technique": tr("Technique"), "time": tr("Time"),
             "investigator": tr("Investigator")}
    return names.get(kind, kind)


def level_label(level: str) -> str:
    return {"indicators": tr("Indicators (sub-indicators rolled up)"),
            "dimensions": tr("Dimensions (everything below rolled up)"),
            "all": tr("All levels (each code with its sub-codes)"),
            "direct": tr("All levels (own coding only)")}[level]


def flag_label(flag: str) -> str:
    return {"single_technique": tr("one technique"), "single_group": tr("one group"),
            "single_time": tr("one time"), "contradicted": tr("contradicted")}[flag]


def flag_tooltip(flag: str) -> str:
    return {"single_technique": tr("All evidence comes from one data collection technique."),
            "single_group": tr("The evidence comes from fewer than two stakeholder groups."),
            "single_time": tr("The evidence comes from fewer than two source dates."),
            "contradicted": tr("At least one segment contradicts this indicator.")}[flag]


def verdict_colour(key: str | None) -> QColor | None:
    if not key:
        return None
    return QColor(VERDICT_COLOURS.get(key, OTHER_VERDICT_COLOUR))


def heat_colour(value: int, maximum: int) -> QColor | None:
    """White to orange by `value / maximum`; None for empty cells."""
    if not value or maximum <= 0:
        return None
    share = 0.12 + 0.68 * (value / maximum)
    base = QColor(Qt.GlobalColor.white)
    return QColor(round(base.red() + (HEAT.red() - base.red()) * share),
                  round(base.green() + (HEAT.green() - base.green()) * share),
                  round(base.blue() + (HEAT.blue() - base.blue()) * share))


def moment(stamp: str) -> str:
    """An ISO time stamp as 'YYYY-MM-DD HH:MM' (local time as stored)."""
    return stamp[:16].replace("T", " ") if stamp else ""


def one_line(text: str, limit: int = EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def describe(detail) -> str:
    """Where a segment comes from: participant, source, date."""
    parts = [p for p in (detail.participant_code, detail.source_title, detail.date) if p]
    return " · ".join(parts)


def wrap_header(view, lines: int = 3) -> None:
    """Let the column titles of `view` wrap onto up to `lines` lines."""
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter
                               | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value))
    header.setMinimumHeight(header.fontMetrics().height() * lines + 8)


def compact_rows(view, lines: int = 1) -> None:
    """Rows just high enough for `lines` lines of text."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() * lines + 8)


class Page(QWidget):
    """A tab of the evaluation panel; the panel calls these hooks."""

    def __init__(self, panel):
        super().__init__()
        self.panel = panel

    def refresh(self) -> None:
        """Recompute from `panel.evidence()` and the project."""

    def reset(self) -> None:
        """Forget everything about the previous project."""

    def changed(self, change) -> None:
        """A relevant change was committed (before the refresh)."""

    def flush(self) -> None:
        """Save what is being typed."""

    def retranslate_ui(self) -> None:
        """Set every text again (language change)."""


class SegmentList(QListWidget):
    """A list of segments; activating one opens it in the text panel."""

    segment_activated = Signal(int)

    def __init__(self, selection, parent=None):
        super().__init__(parent)
        self.selection = selection
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.itemActivated.connect(self._activate)

    def show_segments(self, project, segment_ids: list[int]) -> None:
        """List these segments (at most LIST_LIMIT; a last line counts the rest)."""
        self.clear()
        if project is None:
            return
        shown = list(segment_ids)[:LIST_LIMIT]
        for detail in segment_details(project, shown):
            mark = "−" if detail.valence == "contradicts" else "+"
            text = (translated(detail.text) if detail.region is not None  # an image region
                    else f"“{one_line(detail.text)}”")
            item = QListWidgetItem(f"{mark} {text}\n    {describe(detail)}")
            item.setData(SEGMENT_ID_ROLE, detail.id)
            item.setData(Qt.ItemDataRole.UserRole + 2, detail.source_id)
            item.setToolTip(translated(detail.text))
            if detail.valence == "contradicts":
                item.setForeground(QColor("#b71c1c"))
            self.addItem(item)
        rest = len(segment_ids) - len(shown)
        if rest > 0:
            more = QListWidgetItem(tr("… and %n more segment(s)", "", rest))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(more)

    def segment_ids(self) -> list[int]:
        return [self.item(i).data(SEGMENT_ID_ROLE) for i in range(self.count())
                if self.item(i).data(SEGMENT_ID_ROLE) is not None]

    def selected_segment_ids(self) -> list[int]:
        return [item.data(SEGMENT_ID_ROLE) for item in self.selectedItems()
                if item.data(SEGMENT_ID_ROLE) is not None]

    def _activate(self, item: QListWidgetItem) -> None:
        segment_id = item.data(SEGMENT_ID_ROLE)
        if segment_id is None:
            return
        self.selection.source_selected.emit(int(item.data(Qt.ItemDataRole.UserRole + 2)))
        self.selection.segment_requested.emit(int(segment_id))
        self.segment_activated.emit(int(segment_id))

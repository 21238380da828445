"""Empty views say why they are empty and what would fill them.

`install_empty_hints(window)` puts an `EmptyHint` over every list, table and tree of
the main window named in `messages()`: a centred, wrapped, grey text on the view's
viewport, shown while the view has nothing to show and hidden as soon as it has rows.
Views are found by object name, so panels need no code of their own; a new view gets
its sentence here (a test checks that every view of the window has one, or carries the
property `emptyHint` = False when an empty view cannot happen). The source list,
grouped by technique, is empty when no group holds a source.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel

from gui import i18n


def tr(text: str) -> str:
    return QCoreApplication.translate("EmptyState", text)


def messages() -> dict[str, str]:
    """View object name -> why it is empty and what fills it, in the interface language."""
    return {
        "sourceList": tr("No sources yet. Import interview, observation or document files "
                         "with File → Import sources…, or drop them on this window."),
        "codeTree": tr("No codes yet. Add one with Code → Add code…, or start a project "
                       "with a governance framework."),
        "memoTable": tr("No memos yet. Write one with Edit → New memo on the study, on "
                        "the current source or on the selected code."),
        "searchResults": tr("Nothing to show. Type a word or phrase above to search all "
                            "sources."),
        "segmentTable": tr("No segments to show. Select a code in the Codebook: the text "
                           "coded with it is listed here."),
        "boardTable": tr("No indicators. The study has no framework codes; add codes or "
                         "start a project with a framework."),
        "triangulationTable": tr("Nothing to triangulate yet. Code text from sources of "
                                 "different techniques, groups and dates."),
        "matrixTable": tr("The matrix is empty. Code text in sources that name their "
                          "participants and stakeholder groups."),
        "cooccurrenceTable": tr("No co-occurrences yet. They appear when two codes are "
                                "applied to overlapping text."),
        "summaryTable": tr("The summary grid is empty. Code text in sources to fill it."),
        "cellSegments": tr("Select a cell to see the segments behind it."),
        "summarySegments": tr("Select a cell to see the segments behind it."),
        "indicatorSegments": tr("No text is coded with this indicator yet. Select an "
                                "indicator, or code text with it."),
        "keyQuotes": tr("No key quotes yet. Choose some from the segments of this "
                        "indicator (Segments tab)."),
        "verdictHistory": tr("No verdict yet. Choose one on the indicator board."),
        "byTechnique": tr("Select an indicator to see its evidence by technique."),
        "byGroup": tr("Select an indicator to see its evidence by stakeholder group."),
        "overTime": tr("Select an indicator to see its evidence over time."),
        "guideQuestions": tr("No questions yet. Create a guide with New… or add a "
                             "question."),
        "guideCoverage": tr("No coverage to show. Add questions linked to indicators."),
        "networkMeasures": tr("No actors yet. Add them with Actors…"),
        "networkEvidence": tr("Select a tie on the map to see the text it was marked in."),
        "questionTable": tr("No questions. Import a questionnaire with Analysis → Survey → "
                            "Import questionnaire (XLSForm)…, draft one from indicators, or "
                            "add a question."),
        "responseList": tr("No responses yet. Enter one with New response, or import them "
                           "with Analysis → Survey → Import responses (Kobo/ODK)…"),
        "likertTable": tr("No Likert evidence yet. It appears when responses answer "
                          "scale questions linked to indicators."),
        "agreementCoders": tr("No coders to compare yet. Bring assistants' work in with "
                              "File → Merge coder's copy…"),
        "disagreementList": tr("No disagreements. They appear when two chosen coders coded "
                               "the same text differently."),
    }


def is_empty(view: QAbstractItemView) -> bool:
    model = view.model()
    if model is None or model.rowCount() == 0:
        return True
    source_id = getattr(model, "source_id", None)
    if view.objectName() == "sourceList" and callable(source_id):
        return not any(model.rowCount(model.index(row, 0)) or source_id(model.index(row, 0))
                       for row in range(model.rowCount()))
    return False


class EmptyHint(QLabel):
    """The sentence over an empty view (see the module docstring)."""

    def __init__(self, view: QAbstractItemView, name: str):
        super().__init__(view.viewport())
        self.setObjectName("emptyHint")
        self.view = view
        self.key = name
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("color: palette(mid); padding: 12px;")
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                           model.layoutChanged):
                signal.connect(self.update_state)
        i18n.on_language_change(self, self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(messages().get(self.key, ""))

    def update_state(self, *_args) -> None:
        self.setGeometry(self.view.viewport().rect())
        self.setVisible(is_empty(self.view))

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.update_state()
        return False


def hinted_views(window) -> list[QAbstractItemView]:
    """The lists, tables and trees of the window (not headers, not popups' lists)."""
    views = []
    for view in window.findChildren(QAbstractItemView):
        parent, inside_combo = view.parent(), False
        while parent is not None and not inside_combo:
            inside_combo = isinstance(parent, QComboBox)
            parent = parent.parent()
        popup = view.window().windowType() == Qt.WindowType.Popup
        if not isinstance(view, QHeaderView) and not inside_combo and not popup:
            views.append(view)
    return views


def install_empty_hints(window) -> list[EmptyHint]:
    known = messages()
    hints = []
    for view in hinted_views(window):
        if view.objectName() in known and view.viewport().findChild(QLabel, "emptyHint") is None:
            hint = EmptyHint(view, view.objectName())
            hint.update_state()
            hints.append(hint)
    return hints


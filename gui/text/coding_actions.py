"""What the researcher can do to codings from the text: code, recode, remove, annotate.

`CodingActions` turns requests (a code activated in the codebook, a code dropped on the
text, the quick-code popup, the context menu) into one undoable project action each,
through `bridge.run(label, fn, origin=host)`. It works on the panel's `TextState`, asks
the `TextHost` protocol (the panel) for the view, selection and popup, and reports
feedback with its `message` signal. It keeps the recently used codes for the
context menu and the quick-code popup (per project, in the machine's config, so they
outlast the session) and builds that menu: the standard edit entries, "Code selection with…",
"Recently used codes", and for each segment under the mouse a submenu to remove it,
change its code, set its valence, fit it to the selection, add a memo, or mark it as a
key quote. Actions carry object names (`removeCoding`, ...) and the segment id as data.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from gui import i18n
from gui.text.lang import code_label
from gui.text.quick_code import colour_icon
from gui.text.state import TextHost, TextState
from storage import NotFoundError, TelaahError, config
from storage.models import Segment

MAX_RECENT = 10
MAX_REMEMBERED_PROJECTS = 20     # projects whose recent codes the config keeps


def _recent_by_project() -> dict:
    stored = config.get("recent_codes")
    return stored if isinstance(stored, dict) else {}


class CodingActions(QObject):
    """Coding operations of one `TextPanel`."""

    message = Signal(str)    # short feedback for the status bar

    def __init__(self, state: TextState, bridge, selection, host: TextHost,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.bridge = bridge
        self.selection = selection
        self.host = host
        self.recent: list[int] = []
        self._quick_target: int | None = None
        bridge.project_opened.connect(self.load_recent)
        if bridge.project is not None:
            self.load_recent(bridge.project)

    # -- running -----------------------------------------------------------------------

    def _run(self, label: str, work):
        if self.bridge.project is None:
            return None
        try:
            return self.bridge.run(label, work, origin=self.host)
        except TelaahError as error:
            self.message.emit(i18n.translated(error))
            return None

    def remember(self, code_id: int) -> None:
        if code_id in self.recent:
            self.recent.remove(code_id)
        self.recent.insert(0, code_id)
        del self.recent[MAX_RECENT:]
        self._store_recent()

    def load_recent(self, project) -> None:
        """The codes last used in `project` on this machine (kept across sessions)."""
        stored = _recent_by_project().get(str(project.path.resolve()), [])
        known = {code.id for code in project.codes.list()}
        self.recent = [c for c in stored if isinstance(c, int) and c in known][:MAX_RECENT]

    def _store_recent(self) -> None:
        project = self.bridge.project
        if project is None:
            return
        key = str(project.path.resolve())
        others = [(k, v) for k, v in _recent_by_project().items() if k != key]
        config.set_values(recent_codes=dict([(key, self.recent)]
                                            + others[:MAX_REMEMBERED_PROJECTS - 1]))

    # -- coding ------------------------------------------------------------------------

    def code_range(self, code_id: int, start: int, end: int, valence: str) -> int | None:
        """Code [start, end) (code points) of the panel's source; the segment's id.

        A code already covering the range is left as it is; a segment of the same code
        overlapping it is stretched to cover both (as MAXQDA and NVivo do).
        """
        source_id = self.state.source_id
        if source_id is None or code_id not in self.state.codes or end <= start:
            return None
        self.remember(code_id)
        near = self.state.layer.near(start, end)
        same = [s for s in near if s.code_id == code_id and s.start < end
                and s.end > start and s.valence == valence]
        for segment in same:
            if segment.start <= start and segment.end >= end:
                return segment.id
        if len(same) == 1:
            segment = same[0]
            low, high = min(segment.start, start), max(segment.end, end)
            self._run(self.tr("Code selection"), lambda project: project.segments.update(
                segment.id, start=low, end=high))
            return segment.id
        return self._run(self.tr("Code selection"), lambda project: project.segments.add(
            source_id, code_id, start, end, valence=valence))

    def remove(self, segment_id: int) -> None:
        self._run(self.tr("Remove coding"),
                  lambda project: project.segments.delete(segment_id))

    def change_code(self, segment_id: int, code_id: int) -> None:
        self.remember(code_id)
        self._run(self.tr("Change code"),
                  lambda project: project.segments.update(segment_id, code_id=code_id))

    def set_valence(self, segment_id: int, valence: str) -> None:
        self._run(self.tr("Set valence"),
                  lambda project: project.segments.update(segment_id, valence=valence))

    def fit_to_selection(self, segment_id: int) -> None:
        selected = self.host.selected_points()
        if selected is None:
            self.message.emit(self.tr("Select the text the coding should cover."))
            return
        start, end = selected
        self._run(self.tr("Adjust coding extent"), lambda project: project.segments.update(
            segment_id, start=start, end=end))

    def set_key_quote(self, segment: Segment, chosen: bool) -> None:
        self._run(self.tr("Key quote"), lambda project: project.evaluation.set_key_quote(
            segment.code_id, segment.id, chosen))

    # -- quick code, showing segments ---------------------------------------------------

    def open_quick_code(self, segment_id: int | None = None) -> None:
        """Open the quick-code popup for the selection (or to recode `segment_id`)."""
        state, host = self.state, self.host
        if state.source is None or not state.codable:
            return
        if segment_id is None and host.selected_points() is None:
            self.message.emit(self.tr("Select some text first, then apply a code."))
            return
        host.flush()
        self._quick_target = segment_id
        host.popup.set_codes(list(state.codes.values()), state.lang, self.recent)
        rect = host.view.cursorRect()
        where = host.view.viewport().mapToGlobal(rect.bottomLeft())
        title = self.tr("Change the code to:") if segment_id is not None else ""
        host.popup.open_at(where, title)

    def quick_chosen(self, code_id: int) -> None:
        target, self._quick_target = self._quick_target, None
        if target is None:
            self.host.code_selection(code_id)
        else:
            self.change_code(target, code_id)

    def show_segment(self, segment_id: int) -> None:
        """Select a segment's text (showing its source first if need be)."""
        state, host = self.state, self.host
        segment = state.layer.segments.get(segment_id)
        if segment is None:
            project = self.bridge.project
            try:
                found = project.segments.get(segment_id) if project else None
            except NotFoundError:
                return
            if found is None:
                return
            self.selection.source_selected.emit(found.source_id)
            if state.source_id != found.source_id:
                host.show_source(found.source_id)
            segment = state.layer.segments.get(segment_id)
            if segment is None:
                return
        start, end = host.units_of(segment)
        host.view.select_units(start, end, center=True)

    def exec_segment_menu(self, segment_id: int, global_pos) -> None:
        segment = self.state.layer.segments.get(segment_id)
        if segment is not None:
            menu = self.segment_menu(segment)
            menu.exec(global_pos)
            menu.deleteLater()

    # -- context menu ------------------------------------------------------------------

    def context_menu(self, unit: int | None, viewport_pos=None) -> QMenu:
        """The text's context menu for UTF-16 position `unit` (None: outside text)."""
        state, host = self.state, self.host
        view = host.view
        menu = view.createStandardContextMenu(viewport_pos) if viewport_pos is not None \
            else view.createStandardContextMenu()
        menu.setObjectName("textContextMenu")
        for action in list(menu.actions()):
            if action.objectName() in ("edit-undo", "edit-redo"):
                menu.removeAction(action)
        first = menu.actions()[0] if menu.actions() else None
        has_selection = host.selected_points() is not None and state.source_id is not None
        quick = QAction(self.tr("Code Selection With…"), menu)
        quick.setObjectName("quickCodeMenuAction")
        quick.setShortcut(host.quick_code_action.shortcut())
        quick.setEnabled(has_selection)
        quick.triggered.connect(lambda: self.open_quick_code())
        menu.insertAction(first, quick)
        menu.insertMenu(first, self._recent_menu(menu, has_selection))
        menu.insertSeparator(first)
        if unit is not None:
            segments = [state.layer.segments[i] for i in state.layer.index.ids_at(unit)]
            for segment in segments:
                menu.insertMenu(first, self.segment_menu(segment, menu))
            if segments:
                menu.insertSeparator(first)
        return menu

    def _recent_menu(self, parent: QMenu, enabled: bool) -> QMenu:
        submenu = QMenu(self.tr("Recently Used Codes"), parent)
        submenu.setObjectName("recentCodesMenu")
        lang = self.state.lang
        for code_id in self.recent:
            code = self.state.codes.get(code_id)
            if code is None:
                continue
            action = submenu.addAction(colour_icon(code.display_color), code_label(code, lang))
            action.setObjectName("recentCode")
            action.setData(code_id)
            action.triggered.connect(lambda _=False, c=code_id: self.host.code_selection(c))
        submenu.setEnabled(enabled and bool(submenu.actions()))
        return submenu

    def segment_menu(self, segment: Segment, parent: QMenu | None = None) -> QMenu:
        """Submenu of actions on one coded segment."""
        state = self.state
        code = state.codes.get(segment.code_id)
        menu = QMenu(self.tr("Coding: %1").replace("%1", code_label(code, state.lang)), parent)
        menu.setObjectName("segmentMenu")
        if code is not None:
            menu.setIcon(colour_icon(code.display_color))
        sid = segment.id

        def add(name: str, text: str, slot, checked: bool | None = None) -> QAction:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.setData(sid)
            if checked is not None:
                action.setCheckable(True)
                action.setChecked(checked)
            action.triggered.connect(slot)
            return action

        add("selectSegment", self.tr("Select Coded Text"), lambda: self.show_segment(sid))
        menu.addSeparator()
        add("removeCoding", self.tr("Remove Coding"), lambda: self.remove(sid))
        add("changeCode", self.tr("Change Code…"), lambda: self.open_quick_code(sid))
        group = QActionGroup(menu)
        for valence, text in (("supports", self.tr("Supports the Code")),
                              ("contradicts", self.tr("Contradicts the Code"))):
            action = add(f"valence_{valence}", text,
                         lambda _=False, v=valence: self.set_valence(sid, v),
                         segment.valence == valence)
            group.addAction(action)
        fit = add("fitToSelection", self.tr("Adjust Extent to Selection"),
                  lambda: self.fit_to_selection(sid))
        fit.setEnabled(self.host.selected_points() is not None)
        menu.addSeparator()
        add("segmentMemo", self.tr("Add Memo to Coding…"),
            lambda: self.selection.memo_requested.emit("segment", sid))
        add("keyQuote", self.tr("Key Quote"),
            lambda checked: self.set_key_quote(segment, checked), state.is_key_quote(segment))
        return menu

"""The text widget: a QPlainTextEdit with a coding margin, code drops and tooltips.

`TextView` knows widgets and events only; what the segments are, what the tooltip
says and what the context menu holds are asked of its `host` (the `TextPanel`), which
provides `layer`, `units_of(segment)`, `colour_of(code_id)`, `is_key_quote(segment)`,
`tooltip_for(segment_ids)` and `context_menu(unit, viewport_pos)`.

In read mode (`set_editing(False)`, the default) the view is read-only but selectable
by mouse and keyboard; a press inside a selection starts a new selection instead of
dragging the text, and text drops are refused (code drops are not). In Edit mode the
page is tinted and the text can be typed, pasted, dragged and dropped.

Ctrl+Z / Ctrl+Y are not the document's (its own undo is off): the view lets them pass
to the window's Undo/Redo actions (after asking the host to store pending typing), and
when no such action exists it asks the host to undo through the project's stack.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from gui.text.margin import CodingMargin

CODE_MIME = "application/x-telaah-code-id"
EDIT_TINT = "#fffbea"      # the page's colour in Edit mode


def code_ids_from_mime(mime) -> list[int]:
    """Code ids carried by a drag: ASCII ids separated by commas, spaces or newlines."""
    if mime is None or not mime.hasFormat(CODE_MIME):
        return []
    raw = bytes(mime.data(CODE_MIME).data()).decode("utf-8", "replace")
    ids = []
    for part in raw.replace(",", " ").split():
        part = part.strip().removeprefix("code:")
        if part.isdigit():
            ids.append(int(part))
    return ids


class TextView(QPlainTextEdit):
    """The transcript view; see the module docstring."""

    codes_dropped = Signal(list)        # code ids dropped on the text
    flush_requested = Signal()          # store pending typing now (undo/redo coming)
    undo_requested = Signal()
    redo_requested = Signal()
    ctrl_clicked = Signal(int)          # UTF-16 position ctrl+clicked (timestamps)

    def __init__(self, host, parent=None):
        super().__init__(parent)
        self.setObjectName("textView")
        self._host = host
        self.passthrough_keys: list[QKeySequence] = []
        self.margin = CodingMargin(self, host)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAcceptDrops(True)
        self.editing = True
        self._read_palette = QPalette(self.palette())
        self.set_editing(False)
        self.updateRequest.connect(self._on_update_request)
        self.update_margin_width()

    def set_editing(self, editing: bool) -> None:
        """Read mode (False) or Edit mode (True); see the module docstring."""
        if editing == self.editing:
            return
        self.editing = editing
        self.setReadOnly(not editing)
        palette = QPalette(self._read_palette)
        if editing:
            palette.setColor(QPalette.ColorRole.Base, QColor(EDIT_TINT))
        else:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setPalette(palette)

    # -- margin ------------------------------------------------------------------------

    def update_margin_width(self) -> None:
        width = self.margin.wanted_width()
        if self.viewportMargins().left() != width:
            self.setViewportMargins(width, 0, 0, 0)
        self._place_margin()
        self.margin.update()

    def _place_margin(self) -> None:
        rect = self.contentsRect()
        self.margin.setGeometry(QRect(rect.left(), rect.top(),
                                      self.margin.wanted_width(), rect.height()))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_margin()

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.margin.update()
        else:
            self.margin.update(0, rect.y(), self.margin.width(), rect.height())

    def visible_block(self):
        return self.firstVisibleBlock()

    def block_rect(self, block):
        return self.blockBoundingGeometry(block).translated(self.contentOffset())

    # -- positions ---------------------------------------------------------------------

    def unit_at(self, point: QPoint) -> int | None:
        """UTF-16 position of the character under viewport `point`, None past line end."""
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        unit = cursor.position()
        if point.x() < rect.x():
            unit -= 1
            if unit < cursor.block().position():
                return None
        elif unit >= cursor.block().position() + cursor.block().length() - 1:
            return None
        return unit if unit >= 0 else None

    def select_units(self, start: int, end: int, center: bool = False) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if center:
            self.centerCursor()

    # -- events ------------------------------------------------------------------------

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                    QKeySequence.StandardKey.Redo):
                self.flush_requested.emit()
                event.ignore()  # let the window's Undo/Redo action have it
                return False
            combo = QKeySequence(event.keyCombination())
            if any(combo.matches(seq) == QKeySequence.SequenceMatch.ExactMatch
                   for seq in self.passthrough_keys):
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redo_requested.emit()
            return
        super().keyPressEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip:
            unit = self.unit_at(event.pos())
            ids = [] if unit is None else self._host.layer.index.ids_at(unit)
            if ids:
                QToolTip.showText(event.globalPos(), self._host.tooltip_for(ids), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        unit = self.unit_at(event.pos())
        menu = self._host.context_menu(unit, event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self.editing and event.button() == Qt.MouseButton.LeftButton and \
                not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            cursor = self.textCursor()   # a new selection, never a drag of the text
            if cursor.hasSelection():
                cursor.clearSelection()
                self.setTextCursor(cursor)
        super().mousePressEvent(event)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and \
                event.button() == Qt.MouseButton.LeftButton:
            self.ctrl_clicked.emit(self.cursorForPosition(event.position().toPoint()).position())

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.flush_requested.emit()

    # -- dropping codes ----------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasFormat(CODE_MIME):
            event.acceptProposedAction()
            return
        if not self.editing:
            event.ignore()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasFormat(CODE_MIME):
            event.acceptProposedAction()
            return
        if not self.editing:
            event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        ids = code_ids_from_mime(event.mimeData())
        if event.mimeData().hasFormat(CODE_MIME):
            event.acceptProposedAction()
            if ids:
                self.codes_dropped.emit(ids)
            return
        if not self.editing:
            event.ignore()
            return
        super().dropEvent(event)

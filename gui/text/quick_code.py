"""Ctrl+K quick coding: a small popup to find a code by typing, then Enter.

The line edit filters the codebook as you type over both labels (Indonesian and
English, accents and case ignored) and node ids; every typed word must occur. Codes
whose label starts with the text come first, then recently used ones, then codebook
order. Up/Down move in the list, Enter applies the current code, Escape closes.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from storage.models import Code

MAX_SHOWN = 60
_NAVIGATION = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def fold(text: str) -> str:
    """Lower case without accents, for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class QuickCodePopup(QFrame):
    """Popup code finder; emits `chosen(code_id)`."""

    chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("quickCodePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("quickCodeEdit")
        self.edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("quickCodeList")
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.resize(520, 340)
        self._entries: list[tuple[Code, str, str, str]] = []
        self._recent: list[int] = []
        self._icons: dict[str, QIcon] = {}
        self.edit.textChanged.connect(self._refilter)
        self.edit.returnPressed.connect(self.accept_current)
        self.list.itemActivated.connect(lambda item: self._choose(item))
        self.edit.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("Type a code label or id…"))
        if not self.title.text():
            self.title.setText(self.tr("Code the selection with:"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- filling -----------------------------------------------------------------------

    def set_codes(self, codes: list[Code], lang: str, recent: list[int]) -> None:
        other = "en" if lang == "id" else "id"
        self._entries = []
        for code in codes:
            if code.level == "framework":
                continue
            primary = code.label(lang) or code.key
            secondary = code.label(other)
            haystack = fold(" ".join((code.label_id, code.label_en, code.node_id or "",
                                      f"code:{code.id}")))
            self._entries.append((code, primary, secondary, haystack))
        self._recent = list(recent)
        self._refilter(self.edit.text())

    def open_at(self, global_pos: QPoint, title: str = "") -> None:
        self.title.setText(title or self.tr("Code the selection with:"))
        self.edit.clear()
        self._refilter("")
        self.move(global_pos)
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()

    def _refilter(self, text: str) -> None:
        words = fold(text).split()
        query = fold(text.strip())
        recent_rank = {code_id: i for i, code_id in enumerate(self._recent)}
        ranked = []
        for position, (code, primary, secondary, haystack) in enumerate(self._entries):
            if not all(word in haystack for word in words):
                continue
            label = fold(primary)
            if query and label.startswith(query):
                first = 0
            elif query and any(w.startswith(words[0]) for w in label.split()):
                first = 1
            else:
                first = 2
            ranked.append((first, recent_rank.get(code.id, len(recent_rank)), position,
                           code, primary, secondary))
        ranked.sort(key=lambda r: r[:3])
        self.list.clear()
        for _first, _recent, _position, code, primary, secondary in ranked[:MAX_SHOWN]:
            second = f"{secondary}  ·  {code.key}" if secondary and secondary != primary \
                else code.key
            item = QListWidgetItem(self._icon(code.display_color), f"{primary}\n{second}")
            item.setData(Qt.ItemDataRole.UserRole, code.id)
            item.setToolTip(f"{primary}\n{secondary}\n{code.key}")
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _icon(self, colour: str) -> QIcon:
        if colour not in self._icons:
            self._icons[colour] = colour_icon(colour)
        return self._icons[colour]

    # -- choosing ----------------------------------------------------------------------

    def accept_current(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        code_id = item.data(Qt.ItemDataRole.UserRole)
        self.hide()
        self.chosen.emit(int(code_id))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and \
                event.key() in _NAVIGATION:
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def shown_code_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())]

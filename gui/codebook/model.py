"""The codebook as a Qt tree model: frameworks → dimensions → indicators → sub-indicators.

`CodeTreeModel` mirrors the codebook's `CodeTree` (`project.codes.tree()`, siblings in order).
Columns: the label in the interface language (colour swatch as decoration, the node
id or `code:N` in the tooltip), segments and sources. For a code with sub-codes the
count columns read "own (with sub-codes)", as the header tooltips say. Codes drag out
as `application/x-telaah-code-id` (ASCII ids, comma-separated) so the text panel can
apply them; a drop inside the tree does not edit anything itself but emits
`move_requested(code_ids, new_parent_id, row)` for the panel to carry out as one
undoable action, after which the model is reloaded from the project.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from storage.code_tree import CodeTree
from storage.models import Code
from storage.retrieval import CodeCounts

CODE_MIME = "application/x-telaah-code-id"
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL, SEGMENTS, SOURCES = range(3)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROOT = QModelIndex()


class _Node:
    __slots__ = ("children", "code", "parent", "row")

    def __init__(self, code: Code | None, parent: _Node | None, row: int = 0):
        self.code = code
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []


def ids_from_mime(mime: QMimeData | None) -> list[int]:
    """Code ids carried by a drag (ASCII, separated by commas or spaces)."""
    if mime is None or not mime.hasFormat(CODE_MIME):
        return []
    raw = bytes(mime.data(CODE_MIME).data()).decode("ascii", "replace")
    return [int(p) for p in raw.replace(",", " ").split() if p.isdigit()]


class CodeTreeModel(QAbstractItemModel):
    """Tree model over the codebook; reload with `load(codes, counts)`."""

    move_requested = Signal(list, object, int)  # code ids, new parent id or None, row or -1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._root = _Node(None, None)
        self._nodes: dict[int, _Node] = {}
        self._tree = CodeTree(())
        self._counts: dict[int, CodeCounts] = {}
        self.language = "id"

    # -- loading ---------------------------------------------------------------------

    def load(self, tree: CodeTree, counts: dict[int, CodeCounts]) -> None:
        """Replace the whole tree with `tree` (`project.codes.tree()`)."""
        self.beginResetModel()
        self._tree = tree
        self._root = _Node(None, None)
        self._nodes = {}
        self._counts = dict(counts)
        for code in tree.codes:
            parent = self._nodes.get(tree.parent(code.id), self._root)
            node = _Node(code, parent, len(parent.children))
            parent.children.append(node)
            self._nodes[code.id] = node
        self.endResetModel()

    def clear(self) -> None:
        self.load(CodeTree(()), {})

    def set_counts(self, counts: dict[int, CodeCounts]) -> None:
        """New figures without rebuilding the tree (segments changed, codes did not)."""
        self._counts = dict(counts)
        self._changed_everywhere(SEGMENTS, SOURCES)

    def update_counts(self, counts: dict[int, CodeCounts], code_ids) -> None:
        """New figures for `code_ids` only: just their rows are repainted."""
        for code_id in code_ids:
            node = self._nodes.get(code_id)
            if code_id in counts:
                self._counts[code_id] = counts[code_id]
            if node is not None:
                self.dataChanged.emit(self._index_of_node(node, SEGMENTS),
                                      self._index_of_node(node, SOURCES))

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self._changed_everywhere(LABEL, LABEL)

    def _changed_everywhere(self, first: int, last: int) -> None:
        parents = [self._root, *self._nodes.values()]
        for node in parents:
            if node.children:
                parent = self._index_of_node(node)
                self.dataChanged.emit(self.index(0, first, parent),
                                      self.index(len(node.children) - 1, last, parent))

    # -- lookup ------------------------------------------------------------------------

    def code(self, code_id: int) -> Code | None:
        node = self._nodes.get(code_id)
        return node.code if node else None

    def codes(self) -> list[Code]:
        return [node.code for node in self._nodes.values()]

    def code_id(self, index: QModelIndex) -> int | None:
        node = self._node(index)
        return node.code.id if node is not None and node.code else None

    def index_of(self, code_id: int, column: int = 0) -> QModelIndex:
        node = self._nodes.get(code_id)
        return QModelIndex() if node is None else self._index_of_node(node, column)

    def counts(self, code_id: int) -> CodeCounts:
        return self._counts.get(code_id, CodeCounts())

    def descendants(self, code_id: int) -> list[int]:
        """`code_id` and every code below it (as currently loaded)."""
        return list(self._tree.descendants(code_id)) if code_id in self._tree else []

    def path(self, code_id: int, skip_root: bool = False) -> str:
        """Labels from the top of the tree down to the code, joined by ›.

        `skip_root` leaves out the top-level code (the framework) unless it is the code.
        """
        parts = [code.label(self.language) for code in self._tree.path(code_id)]
        if skip_root and len(parts) > 1:
            parts.pop(0)
        return " › ".join(parts)

    def _node(self, index: QModelIndex) -> _Node | None:
        if not index.isValid():
            return None
        return index.internalPointer()

    def _index_of_node(self, node: _Node, column: int = 0) -> QModelIndex:
        if node is self._root or node.code is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    # -- QAbstractItemModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent=_ROOT) -> QModelIndex:
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        node = self._node(parent) or self._root
        if not (0 <= row < len(node.children) and 0 <= column < 3):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index=None):  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self._index_of_node(node.parent)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent) or self._root
        return len(node.children)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 3

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        node = self._node(index)
        if node is None or node.code is None:
            return None
        code, column = node.code, index.column()
        if role == CODE_ID_ROLE:
            return code.id
        if column == LABEL:
            return self._label_data(code, role)
        if role == _DISPLAY:
            counts = self.counts(code.id)
            own, total = ((counts.segments, counts.total_segments) if column == SEGMENTS
                          else (counts.sources, counts.total_sources))
            return f"{own} ({total})" if node.children else str(own)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _label_data(self, code: Code, role: int):
        if role in (_DISPLAY, Qt.ItemDataRole.EditRole):
            return code.label(self.language)
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(code.display_color)
        if role == Qt.ItemDataRole.ToolTipRole:
            other = code.label("en" if self.language == "id" else "id")
            return f"{code.key}\n{other}" if other else code.key
        return None

    def headerData(self, section: int, orientation, role: int = _DISPLAY):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == _DISPLAY:
            return (self.tr("Code"), self.tr("Segments"), self.tr("Sources"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Code label; hover a code for its id"),
                    self.tr("Coded segments. For a code with sub-codes: its own segments, "
                            "and in brackets the total including all its sub-codes."),
                    self.tr("Sources with segments of this code. For a code with sub-codes: "
                            "its own, and in brackets the total including all its "
                            "sub-codes (each source counted once)."))[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)

    # -- drag and drop -----------------------------------------------------------------

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt override)
        return [CODE_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 (Qt override)
        ids: list[int] = []
        for index in indexes:
            code_id = self.code_id(index)
            if code_id is not None and code_id not in ids:
                ids.append(code_id)
        mime = QMimeData()
        mime.setData(CODE_MIME, QByteArray(",".join(map(str, ids)).encode("ascii")))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 (Qt override)
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 (Qt override)
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        ids = ids_from_mime(data)
        if not ids or any(i not in self._nodes for i in ids):
            return False
        target = self.code_id(_column_zero(parent))
        return target is None or not any(target in self.descendants(i) for i in ids)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.code_id(_column_zero(parent))
        self.move_requested.emit(ids_from_mime(data), target, row)
        return True


def _column_zero(index) -> QModelIndex:
    if isinstance(index, QPersistentModelIndex):
        index = QModelIndex(index)
    return index.siblingAtColumn(0) if index.isValid() else QModelIndex()

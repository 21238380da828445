"""The network map: actors as draggable nodes, ties as edges, on a QGraphicsView.

Actors are circles (non-state) or rounded squares (state) coloured by stakeholder
group and sized by how many passages evidence their ties; edges are as thick as the
passages behind them, arrowed where the tie has a direction, dashed red for
conflict. Positions are in the layout's unit square ([-1, 1]², `analysis.network.layout`)
scaled by `SCALE`; dragging a node moves its edges live and, when released, reports
the new positions (`positions_moved`) so the panel can store them as one action.
Clicking an edge reports it (`edge_clicked`). The wheel zooms, dragging the
background pans; the scene uses the item index and caches nodes, so 200 actors and
thousands of ties stay fluid.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

SCALE = 320.0
GROUP_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
                 "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
NO_GROUP = "#9e9e9e"


def group_colour(group_id: int | None, order: list[int]) -> QColor:
    if group_id is None or group_id not in order:
        return QColor(NO_GROUP)
    return QColor(GROUP_COLOURS[order.index(group_id) % len(GROUP_COLOURS)])


class ActorNode:
    """One actor's shape and label; moves its edges along when dragged."""

    def __init__(self, scene: NetworkScene, actor, colour: QColor, radius: float):
        shape_type = QGraphicsRectItem if actor.sector == "state" else QGraphicsEllipseItem
        self.item = shape_type(-radius, -radius, 2 * radius, 2 * radius)
        self.item.setBrush(QBrush(colour))
        self.item.setPen(QPen(QColor("#333333"), 1.2))
        self.item.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                           | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                           | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.item.setZValue(2)
        self.item.setToolTip(actor.name)
        self.item.setData(0, actor.id)
        self.label = QGraphicsSimpleTextItem(actor.name, self.item)
        self.label.setPos(-self.label.boundingRect().width() / 2, radius + 2)
        self.actor_id = actor.id
        self.edges: list[TieEdge] = []
        scene.addItem(self.item)


class TieEdge(QGraphicsPathItem):
    """One edge of the view (all passages of one type between two actors)."""

    def __init__(self, edge, first: ActorNode, second: ActorNode, bend: float):
        super().__init__()
        self.edge, self.first, self.second, self.bend = edge, first, second, bend
        conflict = edge.type_key == "conflict"
        pen = QPen(QColor("#c0392b" if conflict else "#555555"),
                   0.8 + 0.7 * min(edge.passages, 8))
        if conflict:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setZValue(1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        first.edges.append(self)
        second.edges.append(self)
        self.update_path()

    def update_path(self) -> None:
        a, b = self.first.item.pos(), self.second.item.pos()
        middle = (a + b) / 2
        normal = QPointF(-(b.y() - a.y()), b.x() - a.x())
        control = middle + normal * self.bend
        path = QPainterPath(a)
        path.quadTo(control, b)
        if self.edge.directed:
            self._arrow(path, control, b)
        self.setPath(path)

    def _arrow(self, path: QPainterPath, control: QPointF, tip: QPointF) -> None:
        angle = math.atan2(tip.y() - control.y(), tip.x() - control.x())
        back = tip - QPointF(math.cos(angle), math.sin(angle)) * 14
        head = QPolygonF([back + QPointF(math.cos(angle + side), math.sin(angle + side)) * 7
                          for side in (math.pi / 2, -math.pi / 2)] + [back])
        path.addPolygon(head)


class NetworkScene(QGraphicsScene):
    """Keeps the nodes and edges; reports moves of nodes and clicks on edges."""

    positions_moved = Signal(object)     # {actor id: (x, y)} in layout units
    edge_clicked = Signal(object)        # analysis.network.Edge

    def __init__(self, parent=None):
        super().__init__(parent)
        self.nodes: dict[int, ActorNode] = {}
        self.edges: list[TieEdge] = []
        self._dragging = False

    def show_view(self, view, positions: dict, group_order: list[int]) -> None:
        """Draw `view` (analysis.network.NetworkView) at `positions`."""
        self.clear()
        self.nodes, self.edges = {}, []
        weight = {a.id: 0 for a in view.actors}
        for edge in view.edges:
            weight[edge.first] += edge.passages
            weight[edge.second] += edge.passages
        for actor in view.actors:
            node = ActorNode(self, actor, group_colour(actor.group_id, group_order),
                             9 + 2.2 * math.sqrt(weight[actor.id]))
            x, y = positions.get(actor.id, (0.0, 0.0))
            node.item.setPos(x * SCALE, y * SCALE)
            self.nodes[actor.id] = node
        order = [t.key for t in view.tie_types]
        for edge in view.edges:
            rank = order.index(edge.type_key) if edge.type_key in order else len(order)
            item = TieEdge(edge, self.nodes[edge.first], self.nodes[edge.second],
                           0.04 + 0.07 * rank)
            self.addItem(item)
            self.edges.append(item)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseMoveEvent(event)
        moving = [n for n in self.nodes.values() if n.item.isSelected()]
        if event.buttons() & Qt.MouseButton.LeftButton and moving:
            self._dragging = True
            for node in moving:
                for edge in node.edges:
                    edge.update_path()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        if self._dragging:
            self._dragging = False
            self.positions_moved.emit(self.layout_positions())

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        item = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() \
            else None
        if isinstance(item, TieEdge):
            self.edge_clicked.emit(item.edge)
        super().mousePressEvent(event)

    def layout_positions(self) -> dict[int, tuple[float, float]]:
        return {actor_id: (node.item.pos().x() / SCALE, node.item.pos().y() / SCALE)
                for actor_id, node in self.nodes.items()}


class NetworkMap(QGraphicsView):
    """The view: antialiased, zoom on the wheel, pan by dragging the background."""

    def __init__(self, scene: NetworkScene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.scale(factor, factor)

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-40, -40, 40, 40)
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

"""The network map: actors as draggable nodes, ties as edges, on a QGraphicsView.

Actors are circles (non-state) or rounded squares (state) coloured by stakeholder
group and sized by how many passages evidence their ties; edges are as thick as the
passages behind them, arrowed where the tie has a direction, dashed red for
conflict. Positions are in the layout's unit square ([-1, 1]², `analysis.network.layout`)
scaled by `SCALE`; dragging a node moves its edges live and, when released, reports
the new positions (`positions_moved`) so the panel can store them as one action.
Clicking an edge reports it (`edge_clicked`). The wheel zooms, dragging the
background pans. Edges of one style (conflict or not, width) are painted as one path
item (`EdgeLayer`), and a click finds its edge by distance to the curves, so 200 actors
and thousands of ties stay fluid; nodes are cached.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

SCALE = 320.0
ANTIALIAS_UP_TO = 400      # edges per layer drawn antialiased
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


class TieEdge:
    """The geometry of one edge of the view (all passages of one type between two
    actors); drawn by the `EdgeLayer` of its style, not as an item of its own."""

    def __init__(self, edge, first: ActorNode, second: ActorNode, bend: float):
        self.edge, self.first, self.second, self.bend = edge, first, second, bend
        first.edges.append(self)
        second.edges.append(self)

    @property
    def style(self) -> tuple[bool, int]:
        """(conflict, width step): edges of one style share a layer."""
        return self.edge.type_key == "conflict", min(self.edge.passages, 8)

    def control(self) -> tuple[QPointF, QPointF, QPointF]:
        a, b = self.first.item.pos(), self.second.item.pos()
        normal = QPointF(-(b.y() - a.y()), b.x() - a.x())
        return a, (a + b) / 2 + normal * self.bend, b

    def add_to(self, path: QPainterPath) -> None:
        a, control, b = self.control()
        path.moveTo(a)
        path.quadTo(control, b)
        if self.edge.directed:
            angle = math.atan2(b.y() - control.y(), b.x() - control.x())
            back = b - QPointF(math.cos(angle), math.sin(angle)) * 14
            path.addPolygon(QPolygonF(
                [back + QPointF(math.cos(angle + side), math.sin(angle + side)) * 7
                 for side in (math.pi / 2, -math.pi / 2)] + [back]))

    def distance(self, point: QPointF) -> float:
        """Distance from `point` to the curve (sampled), in scene units."""
        a, control, b = self.control()
        best = math.inf
        for step in range(17):
            t = step / 16
            x = (1 - t) ** 2 * a.x() + 2 * (1 - t) * t * control.x() + t * t * b.x()
            y = (1 - t) ** 2 * a.y() + 2 * (1 - t) * t * control.y() + t * t * b.y()
            best = min(best, math.hypot(point.x() - x, point.y() - y))
        return best


class EdgeLayer(QGraphicsItem):
    """All edges of one style, painted by one item: thousands of ties need a few items,
    each edge's small path cached until one of its actors moves."""

    def __init__(self, style: tuple[bool, int], edges: list[TieEdge]):
        super().__init__()
        conflict, width = style
        self.pen = QPen(QColor("#c0392b" if conflict else "#555555"), 0.8 + 0.7 * width)
        if conflict:
            self.pen.setStyle(Qt.PenStyle.DashLine)
        self.setZValue(1)
        self.edges = edges
        self.paths: list[QPainterPath] = []
        self.bounds = QRectF()
        self.rebuild()

    def rebuild(self) -> None:
        self.prepareGeometryChange()
        self.paths = []
        bounds = QRectF()
        for edge in self.edges:
            path = QPainterPath()
            edge.add_to(path)
            self.paths.append(path)
            bounds = bounds.united(path.controlPointRect())
        margin = self.pen.widthF() + 8
        self.bounds = bounds.adjusted(-margin, -margin, margin, margin)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.bounds

    def paint(self, painter, _option, _widget=None) -> None:
        if len(self.paths) > ANTIALIAS_UP_TO:   # many edges: crisp enough, much faster
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(self.pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        visible = painter.clipBoundingRect() if painter.hasClipping() else None
        for path in self.paths:
            if visible is None or visible.isEmpty() or visible.intersects(
                    path.controlPointRect()):
                painter.drawPath(path)


class NetworkScene(QGraphicsScene):
    """Keeps the nodes and edges; reports moves of nodes and clicks on edges."""

    positions_moved = Signal(object)     # {actor id: (x, y)} in layout units
    edge_clicked = Signal(object)        # analysis.network.Edge

    def __init__(self, parent=None):
        super().__init__(parent)
        self.nodes: dict[int, ActorNode] = {}
        self.edges: list[TieEdge] = []
        self.layers: list[EdgeLayer] = []
        self._dragging = False

    def show_view(self, view, positions: dict, group_order: list[int]) -> None:
        """Draw `view` (analysis.network.NetworkView) at `positions`."""
        self.clear()
        self.nodes, self.edges, self.layers = {}, [], []
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
        styles: dict[tuple[bool, int], list[TieEdge]] = {}
        for edge in view.edges:
            rank = order.index(edge.type_key) if edge.type_key in order else len(order)
            drawn = TieEdge(edge, self.nodes[edge.first], self.nodes[edge.second],
                            0.04 + 0.07 * rank)
            self.edges.append(drawn)
            styles.setdefault(drawn.style, []).append(drawn)
        for style, edges in sorted(styles.items()):
            layer = EdgeLayer(style, edges)
            self.addItem(layer)
            self.layers.append(layer)

    def edge_at(self, point: QPointF, tolerance: float = 6.0) -> TieEdge | None:
        """The edge nearest `point` within `tolerance` scene units, if any."""
        near = [(edge.distance(point), index) for index, edge in enumerate(self.edges)]
        if not near:
            return None
        distance, index = min(near)
        return self.edges[index] if distance <= tolerance else None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseMoveEvent(event)
        moving = [n for n in self.nodes.values() if n.item.isSelected()]
        if event.buttons() & Qt.MouseButton.LeftButton and moving:
            self._dragging = True
            touched = {id(edge) for node in moving for edge in node.edges}
            for layer in self.layers:
                if any(id(edge) in touched for edge in layer.edges):
                    layer.rebuild()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        if self._dragging:
            self._dragging = False
            self.positions_moved.emit(self.layout_positions())

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        on_node = any(isinstance(item, (QGraphicsRectItem, QGraphicsEllipseItem))
                      for item in self.items(event.scenePos()))
        if not on_node:
            views = self.views()
            scale = views[0].transform().m11() if views else 1.0
            found = self.edge_at(event.scenePos(), 6.0 / max(scale, 0.05))
            if found is not None:
                self.edge_clicked.emit(found.edge)
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
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState
                                  | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.scale(factor, factor)

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-40, -40, 40, 40)
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

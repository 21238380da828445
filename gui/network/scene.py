"""The network map: actors as draggable nodes, ties as edges, on a QGraphicsView.

Actors are circles (non-state) or squares (state) coloured by stakeholder group and
sized by how many passages evidence their ties, with a one-pixel outline and a label
that keeps its size in pixels at any zoom (cached once as a pixmap); edges are as
thick as the passages behind them, arrowed where the tie has a direction, dashed red
for conflict. Positions are in the layout's unit square ([-1, 1]²,
`analysis.network.layout`) scaled by `SCALE`; dragging a node moves its edges live
and, when released, reports the new positions (`positions_moved`) so the panel can
store them as one action. Clicking an edge reports it (`edge_clicked`). The wheel
zooms, dragging the background pans.

Speed (200 actors, 5,000 ties: pan and zoom within a 60 fps frame): the edges are
not items but the scene's background (`drawBackground`, one `EdgeLayer` per style,
see `gui/network/edges.py`), which the view caches (`CacheBackground`), so a pan
repaints the edges only in the strip it uncovers and a zoom redraws them from
segments made once per zoom level.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
)

from gui.network.edges import EdgeLayer, TieEdge, curve_distances

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
        outline = QPen(QColor("#333333"), 1.0)
        outline.setCosmetic(True)            # one pixel at any zoom: the fast stroker
        self.item.setPen(outline)
        self.item.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                           | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                           | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.item.setZValue(2)
        self.item.setToolTip(actor.name)
        self.item.setData(0, actor.id)
        self.label = QGraphicsSimpleTextItem(actor.name, self.item)
        self.label.setPos(0, radius + 2)     # below the shape, centred, unscaled:
        self.label.setTransform(QTransform.fromTranslate(
            -self.label.boundingRect().width() / 2, 0))
        self.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.actor_id = actor.id
        self.radius = radius
        self.edges: list[TieEdge] = []
        scene.addItem(self.item)


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
        self._ahead: list[tuple[EdgeLayer, float]] = []
        self._ahead_timer = QTimer(self, singleShot=True, interval=0)
        self._ahead_timer.timeout.connect(self._work_ahead)

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
        self._ahead = []
        self.layers = [EdgeLayer(style, edges) for style, edges in sorted(styles.items())]
        self.edges_changed()

    def drawn_rect(self) -> QRectF:
        """What the map draws: the nodes with their labels and the edges."""
        rect = self.itemsBoundingRect()
        for layer in self.layers:
            rect = rect.united(layer.bounds)
        return rect

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        """The edges, under every node: views cache this picture (`CacheBackground`),
        so a pan only draws the strip it uncovers."""
        painter.fillRect(rect, self.palette().base())
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.save()
        for layer in self.layers:
            if layer.bounds.intersects(rect):
                layer.paint(painter, scale, rect)
        painter.restore()
        self._plan_ahead(scale)

    def _plan_ahead(self, scale: float) -> None:
        """Make the segments of the next zoom levels in and out while the app is idle,
        one layer at a time, so that zooming past a doubling does not pay for them in
        a frame (not while dragging: each move would throw them away)."""
        if self._dragging:
            return
        self._ahead = [(layer, scale * factor) for factor in (2.0, 0.5)
                       for layer in self.layers if not layer.ready_at(scale * factor)]
        if self._ahead and not self._ahead_timer.isActive():
            self._ahead_timer.start()

    def _work_ahead(self) -> None:
        if self._ahead and not self._dragging:
            layer, scale = self._ahead.pop(0)
            layer.prepare(scale)
        if self._ahead and not self._dragging:
            self._ahead_timer.start()

    def edges_changed(self) -> None:
        """Redraw the edges in every view (their cached background included)."""
        for view in self.views():
            view.resetCachedContent()
        self.update()

    def follow(self, moved: list[ActorNode]) -> None:
        """Move the edges of the `moved` nodes to their new positions."""
        touched = {id(edge) for node in moved for edge in node.edges}
        for layer in self.layers:
            if any(id(edge) in touched for edge in layer.edges):
                layer.rebuild()
        self.edges_changed()

    def edge_at(self, point: QPointF, tolerance: float = 6.0) -> TieEdge | None:
        """The edge nearest `point` within `tolerance` scene units, if any (as drawn:
        the layers hold each curve's geometry since its actors last moved)."""
        best, found = tolerance, None
        for layer in self.layers:
            if not layer.edges or not layer.bounds.adjusted(
                    -tolerance, -tolerance, tolerance, tolerance).contains(point):
                continue
            distances = curve_distances(point, layer.start, layer.control, layer.end)
            index = int(distances.argmin())
            if distances[index] <= best:
                best, found = float(distances[index]), layer.edges[index]
        return found

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseMoveEvent(event)
        moving = [n for n in self.nodes.values() if n.item.isSelected()]
        if event.buttons() & Qt.MouseButton.LeftButton and moving:
            self._dragging = True
            self.follow(moving)

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
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.scale(factor, factor)

    def fit(self) -> None:
        rect = self.scene().drawn_rect().adjusted(-40, -40, 40, 40)
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

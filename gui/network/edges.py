"""The edges of the network map: each tie's curve and the layers that paint them.

An edge (`TieEdge`) is a quadratic curve between its two actors' centres, bent by its
tie type so that ties of several types between one pair stay apart. Edges of one style
(conflict or not, width step) are painted by one item (`EdgeLayer`) with a single
`drawLines` of straight segments: stroking 3,400 curves (5,000 ties) made each frame
cost ~40 ms, while the raster engine fills straight segments several times faster.

- Level of detail: each curve is cut into as few segments as keep it within
  `TOLERANCE` device pixels of the true curve at the current zoom, so a slight bend
  is one straight line when zoomed out and a smooth curve when zoomed in. The
  segments of each zoom level (`detail_level`, one per doubling) are made once and
  kept until an actor moves.
- What lies under a node is not drawn: nodes are painted above edges and most ties
  end on the large nodes of the busiest actors, so the hidden parts were about a
  third of the pixels (`TieEdge.hidden_ends`).
- A click finds its edge by distance to the full curve (`TieEdge.distance`).
"""

from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

ANTIALIAS_UP_TO = 100      # edges per layer drawn antialiased (the thick, rare ties)
TOLERANCE = 0.75           # device pixels between the drawn segments and the curve
MAX_SEGMENTS = 24
ARROW_BACK, ARROW_HALF = 14.0, 7.0


class TieEdge:
    """The geometry of one edge of the view (all passages of one type between two
    actors); drawn by the `EdgeLayer` of its style, not as an item of its own."""

    def __init__(self, edge, first, second, bend: float):
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

    def chord(self) -> float:
        a, b = self.first.item.pos(), self.second.item.pos()
        return math.hypot(b.x() - a.x(), b.y() - a.y())

    def hidden_ends(self) -> tuple[float, float]:
        """The part (t0, t1) of the curve outside both actors' shapes. The distance of
        B(t) from the start is t·L·√(1 + 4(1 − t)²bend²) (L the chord); fixed-point
        steps from below solve it = radius, so the cut never passes a shape's edge."""
        chord = self.chord()
        if chord == 0:
            return 0.0, 0.0
        cuts = []
        for radius in (self.first.radius - 1, self.second.radius - 1):
            t = 0.0
            for _ in range(3):
                t = max(0.0, radius) / (chord * math.sqrt(1 + 4 * ((1 - t) * self.bend) ** 2))
            cuts.append(min(t, 1.0))
        return cuts[0], 1 - cuts[1]

    def segments_at(self, scale: float, span: float = 1.0) -> int:
        """How many straight segments draw `span` of the curve's parameter range within
        `TOLERANCE` pixels at `scale`: cut uniformly into n, a quadratic curve strays
        |a − 2c + b|·span² / 8n² from its segments, and |a − 2c + b| = 2·bend·L."""
        stray = self.bend * self.chord() * scale / 4
        return max(1, min(MAX_SEGMENTS, math.ceil(span * math.sqrt(stray / TOLERANCE))))

    def points(self, segments: int, start: float = 0.0, end: float = 1.0
               ) -> list[tuple[float, float]]:
        """`segments` + 1 points along the curve from parameter `start` to `end`."""
        a, control, b = self.control()
        ax, ay, cx, cy, bx, by = a.x(), a.y(), control.x(), control.y(), b.x(), b.y()
        out = []
        for step in range(segments + 1):
            t = start + (end - start) * step / segments
            u = 1 - t
            out.append((u * u * ax + 2 * u * t * cx + t * t * bx,
                        u * u * ay + 2 * u * t * cy + t * t * by))
        return out

    def lines(self, scale: float, visible: tuple[float, float]) -> list[QLineF]:
        """The segments drawn at `scale`: the `visible` part of the curve, and the
        arrowhead's bar `ARROW_BACK` before the second actor's centre if directed."""
        start, end = visible
        out = []
        if end > start:
            points = self.points(self.segments_at(scale, end - start), start, end)
            out = [QLineF(x1, y1, x2, y2) for (x1, y1), (x2, y2) in pairwise(points)]
        if self.edge.directed:
            _, control, tip = self.control()
            angle = math.atan2(tip.y() - control.y(), tip.x() - control.x())
            back_x = tip.x() - math.cos(angle) * ARROW_BACK
            back_y = tip.y() - math.sin(angle) * ARROW_BACK
            across_x, across_y = -math.sin(angle) * ARROW_HALF, math.cos(angle) * ARROW_HALF
            out.append(QLineF(back_x + across_x, back_y + across_y,
                              back_x - across_x, back_y - across_y))
        return out

    def distance(self, point: QPointF) -> float:
        """Distance from `point` to the curve (sampled), in scene units."""
        px, py = point.x(), point.y()
        return min(math.hypot(px - x, py - y) for x, y in self.points(16))


def detail_level(scale: float) -> int:
    """The zoom level whose segments are drawn at `scale`: one per doubling."""
    return max(-6, min(8, math.ceil(math.log2(max(scale, 1e-3)))))


class EdgeLayer(QGraphicsItem):
    """All edges of one style painted with one `drawLines`; the segments are made once
    per zoom level (`detail_level`) and dropped when one of the actors moves."""

    def __init__(self, style: tuple[bool, int], edges: list[TieEdge]):
        super().__init__()
        conflict, width = style
        self.pen = QPen(QColor("#c0392b" if conflict else "#555555"), 0.8 + 0.7 * width)
        if conflict:
            self.pen.setStyle(Qt.PenStyle.DashLine)
        self.setZValue(1)
        self.edges = edges
        self.drawn: dict[int, list[QLineF]] = {}
        self.visible: list[tuple[float, float]] = []
        self.bounds = QRectF()
        self.rebuild()

    def rebuild(self) -> None:
        """Forget the drawn segments (an actor moved) and measure the bounds again."""
        self.prepareGeometryChange()
        self.drawn = {}
        self.visible = [edge.hidden_ends() for edge in self.edges]
        xs, ys = [], []
        for edge in self.edges:
            a, control, b = edge.control()
            xs += (a.x(), control.x(), b.x())
            ys += (a.y(), control.y(), b.y())
        margin = self.pen.widthF() + ARROW_BACK
        self.bounds = (QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
                       .adjusted(-margin, -margin, margin, margin) if xs else QRectF())
        self.update()

    def lines_at(self, scale: float) -> list[QLineF]:
        """The layer's segments drawn at `scale` (made on first use at its level)."""
        level = detail_level(scale)
        lines = self.drawn.get(level)
        if lines is None:
            lines = []
            for edge, visible in zip(self.edges, self.visible, strict=True):
                lines += edge.lines(2.0 ** level, visible)
            self.drawn[level] = lines
        return lines

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt override)
        return self.bounds

    def paint(self, painter, _option, _widget=None) -> None:
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing,
                              len(self.edges) <= ANTIALIAS_UP_TO)
        painter.setPen(self.pen)
        painter.drawLines(self.lines_at(scale))

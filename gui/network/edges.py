"""The edges of the network map: each tie's curve and the layers that paint them.

An edge (`TieEdge`) is a quadratic curve between its two actors' centres, bent by its
tie type so that ties of several types between one pair stay apart. Edges of one style
(conflict or not, width step) are painted by one `EdgeLayer` with a single `drawLines`
of straight segments, on the view's cached background (`NetworkScene.drawBackground`):
stroking 3,400 curves (5,000 ties) cost ~40 ms a frame, while the raster engine fills
straight segments several times faster. (Antialiased dashed layers draw one polyline
per curve instead, so that their dashes run on from segment to segment.)

- Level of detail: each curve is cut into as few segments as keep it within
  `TOLERANCE` device pixels of the true curve at the current zoom, so a slight bend
  is one straight line when zoomed out and a smooth curve when zoomed in. The
  segments of a zoom level (`detail_level`, one per doubling) are computed for the
  whole layer at once with numpy, and kept until an actor moves.
- What lies under a node is not drawn: nodes are painted above edges and most ties
  end on the large nodes of the busiest actors; skipping the hidden parts (and the
  arrowheads a node covers) halved the edges' drawing time there. The map looks the
  same.
- Only the segments whose box meets the exposed rect are passed to Qt.
- A click finds its edge by distance to the full curve (`TieEdge.distance`).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from storage.gc_pause import gc_paused

ANTIALIAS_UP_TO = 400      # edges per layer drawn antialiased (as before: fewer, smooth)
TOLERANCE = 0.75           # device pixels between the drawn segments and the curve
SMOOTH_TOLERANCE = 0.1     # the same for antialiased layers, where kinks would show
MAX_SEGMENTS = 64
ARROW_BACK, ARROW_HALF = 14.0, 7.0
ARROW_REACH = math.hypot(ARROW_BACK, ARROW_HALF)   # from the centre to the bar's ends


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

    def distance(self, point: QPointF) -> float:
        """Distance from `point` to the curve, in scene units."""
        a, control, b = self.control()
        return float(curve_distances(point, *(np.array([[p.x(), p.y()]])
                                              for p in (a, control, b)))[0])


def curve_distances(point: QPointF, start: np.ndarray, control: np.ndarray,
                    end: np.ndarray) -> np.ndarray:
    """Distance from `point` to each quadratic curve (rows of the three (n, 2) arrays),
    measured to 32 chords of it (closer than 0.1 % of the chord to the curve)."""
    t = np.linspace(0.0, 1.0, 33)[None, :, None]
    curve = ((1 - t) ** 2 * start[:, None] + 2 * (1 - t) * t * control[:, None]
             + t * t * end[:, None])                                   # (n, 33, 2)
    first, step = curve[:, :-1], curve[:, 1:] - curve[:, :-1]
    here = np.array([point.x(), point.y()])
    length = np.maximum((step ** 2).sum(axis=2), 1e-12)
    along = np.clip(((here - first) * step).sum(axis=2) / length, 0.0, 1.0)
    nearest = first + along[..., None] * step
    return np.sqrt(((nearest - here) ** 2).sum(axis=2)).min(axis=1)


def detail_level(scale: float) -> int:
    """The zoom level whose segments are drawn at `scale`: one per doubling."""
    return max(-6, min(8, math.ceil(math.log2(max(scale, 1e-3)))))


def visible_span(chord: np.ndarray, bend: np.ndarray, radius: np.ndarray) -> np.ndarray:
    """The parameter t at which each curve leaves a shape of `radius` around its start
    (or, by symmetry, enters one around its end). B(t) lies t·L·√(1 + 4(1 − t)²bend²)
    from its start (L the chord); fixed-point steps from t = 0 approach the root from
    below, so the cut never passes the shape's edge and no gap shows."""
    t = np.zeros_like(chord)
    safe = np.where(chord > 0, chord, 1.0)
    for _ in range(3):
        t = np.maximum(radius, 0.0) / (safe * np.sqrt(1 + 4 * ((1 - t) * bend) ** 2))
    return np.where(chord > 0, np.minimum(t, 1.0), 1.0)


class EdgeLayer:
    """All edges of one style, painted with one `drawLines` on the map's background;
    the geometry is read from the nodes by `rebuild` (after a move) and the segments
    are made once per zoom level (`detail_level`)."""

    def __init__(self, style: tuple[bool, int], edges: list[TieEdge]):
        conflict, width = style
        self.pen = QPen(QColor("#c0392b" if conflict else "#555555"), 0.8 + 0.7 * width)
        if conflict:
            self.pen.setStyle(Qt.PenStyle.DashLine)
        self.antialiased = len(edges) <= ANTIALIAS_UP_TO
        # Antialiased dashes restart on every line, so each dashed curve is one polyline
        # there; aliased `drawLines` carries the dash pattern from one line to the next.
        self.polylines = conflict and self.antialiased
        self.drawn_polylines: dict[int, list[QPolygonF]] = {}
        self.edges = edges
        self.drawn: dict[int, tuple[list[QLineF], np.ndarray]] = {}
        self.bounds = QRectF()
        self.rebuild()

    def rebuild(self) -> None:
        """Read the actors' positions again (one moved) and forget the segments."""
        self.drawn, self.drawn_polylines = {}, {}
        nodes = {id(n): n for e in self.edges for n in (e.first, e.second)}
        where = {key: (n.item.pos().x(), n.item.pos().y(), n.radius - 1)
                 for key, n in nodes.items()}
        ends = np.array([where[id(e.first)] + where[id(e.second)] for e in self.edges],
                        dtype=float).reshape(-1, 6)
        self.start, self.end = ends[:, 0:2], ends[:, 3:5]
        self.bend = np.array([e.bend for e in self.edges], dtype=float)
        chord_vector = self.end - self.start
        self.chord = np.hypot(chord_vector[:, 0], chord_vector[:, 1])
        normal = np.column_stack((-chord_vector[:, 1], chord_vector[:, 0]))
        self.control = (self.start + self.end) / 2 + normal * self.bend[:, None]
        self.t0 = visible_span(self.chord, self.bend, ends[:, 2])
        self.t1 = 1 - visible_span(self.chord, self.bend, ends[:, 5])
        directed = np.array([e.edge.directed for e in self.edges], dtype=bool)
        self.arrowed = directed & (ends[:, 5] < ARROW_REACH)
        self.bounds = self._bounds()

    def _bounds(self) -> QRectF:
        if not self.edges:
            return QRectF()
        points = np.vstack((self.start, self.end, self.control))
        (left, top), (right, bottom) = points.min(axis=0), points.max(axis=0)
        margin = self.pen.widthF() + ARROW_REACH
        return QRectF(left, top, right - left, bottom - top).adjusted(
            -margin, -margin, margin, margin)

    def lines_at(self, scale: float, within: QRectF | None = None) -> list[QLineF]:
        """The layer's segments drawn at `scale` (made on first use at its level);
        given `within` (scene units), only those whose box meets it."""
        level = detail_level(scale)
        if level not in self.drawn:
            curves = np.empty((0, 4)) if self.polylines else self._curve_segments(2.0 ** level)[0]
            coordinates = np.vstack((curves, self._arrow_bars()))
            with gc_paused():     # thousands of new objects, no cycles among them
                lines = [QLineF(*row) for row in coordinates.tolist()]
            boxes = np.column_stack((np.minimum(coordinates[:, 0], coordinates[:, 2]),
                                     np.minimum(coordinates[:, 1], coordinates[:, 3]),
                                     np.maximum(coordinates[:, 0], coordinates[:, 2]),
                                     np.maximum(coordinates[:, 1], coordinates[:, 3])))
            self.drawn[level] = (lines, boxes)
        lines, boxes = self.drawn[level]
        if within is None or within.contains(self.bounds) or not lines:
            return lines
        left, top, right, bottom = within.getCoords()
        meets = np.nonzero((boxes[:, 0] <= right) & (boxes[:, 2] >= left)
                           & (boxes[:, 1] <= bottom) & (boxes[:, 3] >= top))[0]
        return [lines[index] for index in meets.tolist()]

    def ready_at(self, scale: float) -> bool:
        """Whether the segments drawn at `scale` are made."""
        level = detail_level(scale)
        return level in self.drawn and (not self.polylines or level in self.drawn_polylines)

    def prepare(self, scale: float) -> None:
        """Make the segments drawn at `scale` ahead of their first frame."""
        self.lines_at(scale)
        if self.polylines:
            self.polylines_at(scale)

    def _curve_segments(self, scale: float) -> tuple[np.ndarray, np.ndarray]:
        """(x1, y1, x2, y2) rows and the edge of each: the visible part of each curve
        cut uniformly into n segments; a quadratic curve strays |B''|·(span/n)²/8 =
        bend·L·span²/2n² from them (B'' = 2(a − 2c + b), of length 4·bend·L), kept
        within `TOLERANCE` pixels at `scale` (`SMOOTH_TOLERANCE` when antialiased)."""
        span = self.t1 - self.t0
        shown = np.nonzero(span > 0)[0]
        stray = self.bend[shown] * self.chord[shown] * scale / 2
        tolerance = SMOOTH_TOLERANCE if self.antialiased else TOLERANCE
        count = np.clip(np.ceil(span[shown] * np.sqrt(stray / tolerance)), 1, MAX_SEGMENTS)
        count = count.astype(int)
        edge = np.repeat(shown, count)
        first_of_edge = np.repeat(np.cumsum(count) - count, count)
        step = np.arange(len(edge)) - first_of_edge
        per_step = np.repeat(span[shown] / count, count)
        begin = self.t0[edge] + step * per_step
        return np.hstack((self._at(edge, begin), self._at(edge, begin + per_step))), edge

    def polylines_at(self, scale: float) -> list[QPolygonF]:
        """Each visible curve as one polyline (for `self.polylines` layers)."""
        level = detail_level(scale)
        if level not in self.drawn_polylines:
            rows, edge = self._curve_segments(2.0 ** level)
            firsts = np.nonzero(np.r_[True, edge[1:] != edge[:-1]])[0] if len(edge) else []
            lasts = np.r_[firsts[1:], len(edge)] if len(edge) else []
            self.drawn_polylines[level] = [
                QPolygonF([QPointF(x, y) for x, y in
                           np.vstack((rows[first:last, :2], rows[last - 1, 2:])).tolist()])
                for first, last in zip(firsts, lasts, strict=True)]
        return self.drawn_polylines[level]

    def _at(self, edge: np.ndarray, t: np.ndarray) -> np.ndarray:
        u = (1 - t)[:, None]
        t = t[:, None]
        return (u * u * self.start[edge] + 2 * u * t * self.control[edge]
                + t * t * self.end[edge])

    def _arrow_bars(self) -> np.ndarray:
        """(x1, y1, x2, y2) rows: each directed edge's arrowhead bar, `ARROW_BACK`
        before the second actor's centre across the curve's end tangent, unless that
        actor's shape covers it."""
        arrowed = np.nonzero(self.arrowed)[0]
        tip = self.end[arrowed]
        tangent = tip - self.control[arrowed]
        length = np.hypot(tangent[:, 0], tangent[:, 1])[:, None]
        direction = tangent / np.where(length > 0, length, 1.0)
        back = tip - direction * ARROW_BACK
        across = np.column_stack((-direction[:, 1], direction[:, 0])) * ARROW_HALF
        return np.hstack((back + across, back - across)).reshape(-1, 4)

    def paint(self, painter: QPainter, scale: float, exposed: QRectF) -> None:
        """Draw the segments that may show in `exposed` (scene units) with `painter`,
        whose transform maps scene units to `scale`: when zoomed in, most of them lie
        outside the view, and skipping them is cheaper than letting Qt clip them.
        Not for dashes: `drawLines` carries the dash pattern from line to line, so the
        strip a pan uncovers must see the same lines as the rest to match it."""
        margin = self.pen.widthF()
        within = None if self.pen.style() != Qt.PenStyle.SolidLine else exposed.adjusted(
            -margin, -margin, margin, margin)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialiased)
        painter.setPen(self.pen)
        painter.drawLines(self.lines_at(scale, within))
        for polyline in self.polylines_at(scale) if self.polylines else ():
            painter.drawPolyline(polyline)

"""The collaboration network drawn as a figure: PNG at print resolution, or SVG.

Drawn with networkx's matplotlib functions on matplotlib's Agg canvas (no screen, no
Qt): actors as circles coloured by stakeholder group (squares for state actors), sized
by degree; ties as lines as thick as the passages evidencing them, arrows where the
tie has a direction, conflict dashed; names beside the nodes. Positions come from
`analysis.network.layout` (the researcher's arrangement where saved), so the figure
shows the map as the researcher left it. Written atomically.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("Agg")   # before pyplot: files only, never a window

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from analysis.network import NetworkView, layout  # noqa: E402
from exporters.atomic import atomic_output  # noqa: E402

GROUP_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
                 "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
NO_GROUP = "#9e9e9e"
PRINT_DPI = 300


def group_colour(group_id: int | None, order: list[int]) -> str:
    """The colour of a stakeholder group (grey for actors without one)."""
    if group_id is None or group_id not in order:
        return NO_GROUP
    return GROUP_COLOURS[order.index(group_id) % len(GROUP_COLOURS)]


def draw(view: NetworkView, group_order: list[int], axes) -> None:
    """Draw `view` on matplotlib `axes`."""
    positions = layout(view)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(positions)
    degree = {a.id: 0 for a in view.actors}
    for edge in view.edges:
        degree[edge.first] += edge.passages
        degree[edge.second] += edge.passages
    for marker, sector in (("s", "state"), ("o", "non_state")):
        nodes = [a.id for a in view.actors if a.sector == sector]
        nx.draw_networkx_nodes(
            graph, positions, nodelist=nodes, node_shape=marker, ax=axes,
            node_color=[group_colour(view.actor(n).group_id, group_order) for n in nodes],
            node_size=[240 + 60 * min(degree[n], 20) for n in nodes], edgecolors="#333333")
    type_order = [t.key for t in view.tie_types]
    for edge in view.edges:
        bend = 0.05 + 0.07 * (type_order.index(edge.type_key) if edge.type_key in type_order
                              else len(type_order))
        nx.draw_networkx_edges(
            graph, positions, edgelist=[(edge.first, edge.second)], ax=axes,
            width=0.8 + 0.6 * min(edge.passages, 8), arrows=True,
            arrowstyle="-|>" if edge.directed else "-", arrowsize=12,
            style="dashed" if edge.type_key == "conflict" else "solid",
            edge_color="#c0392b" if edge.type_key == "conflict" else "#555555",
            node_size=400, connectionstyle=f"arc3,rad={bend:.2f}")
    nx.draw_networkx_labels(graph, {n: (x, y - 0.09) for n, (x, y) in positions.items()},
                            labels={a.id: textwrap.fill(a.name, 26) for a in view.actors},
                            font_size=7, ax=axes, verticalalignment="top")
    axes.set_axis_off()
    axes.margins(0.18)


def legend(axes, groups: dict[int, str], order: list[int], used: set[int | None]) -> None:
    """Group colours (squares: state actors, circles: non-state) under the map."""
    handles = [Patch(facecolor=group_colour(g, order), edgecolor="#333333",
                     label=textwrap.shorten(groups[g], 34)) for g in order if g in used]
    if handles:
        axes.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.02),
                    ncol=min(3, len(handles)), fontsize=7, frameon=False)


def write_figure(view: NetworkView, groups: dict[int, str], path: str | Path,
                 project_path: Path | None = None, mode: int | None = None) -> Path:
    """Write the map to `path`; the format follows its suffix (.png or .svg).

    `groups` maps stakeholder group ids to names, in the study's order (actor and group
    names as they should appear: the caller pseudonymises them when the output is);
    `mode` gives the file the project's permissions."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"{path}: the map can be written as .png or .svg")
    figure, axes = plt.subplots(figsize=(8, 6))
    try:
        order = list(groups)
        draw(view, order, axes)
        legend(axes, groups, order, {a.group_id for a in view.actors})
        figure.tight_layout()
        with atomic_output(path, project_path, mode=mode) as temporary:
            figure.savefig(temporary, format=fmt, dpi=PRINT_DPI)
    finally:
        plt.close(figure)
    return path

"""The collaboration network as a graph, its measures, its form and its layout.

`network_view(project, NetworkFilter(...))` reads actors and ties once and keeps the
ties that pass the filter (tie types, techniques of the evidencing sources, a date
range of those sources). Ties between the same two actors with the same type become
one edge whose weight is the number of passages evidencing it (and `sources`, the
number of sources they come from). Measures are computed with networkx on the
undirected graph of all kept ties, weighted by passages: degree and betweenness
centrality, density, and Freeman's degree centralisation, from which the form of
the network is suggested after Provan & Kenis (2008): shared governance (members
deal with each other directly; low centralisation), a lead organisation (one member
at the centre) or a network administrative organisation (an actor the researcher
marked as administrative at the centre). It is a suggestion: the researcher records
the form in the networked-structure verdict. One computation, shared by the GUI, the
CLI and the exports. No Qt, no SQL.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storage.network import Actor, TieType

if TYPE_CHECKING:  # networkx is imported when a map is first measured (0.25 s)
    import networkx as nx

CENTRALISED = 0.5      # degree centralisation from which one actor is "at the centre"
FORMS = ("shared_governance", "lead_organisation", "administrative_organisation")


@dataclass
class NetworkFilter:
    """Which ties count: None means no restriction."""

    types: set[str] | None = None
    techniques: set[str] | None = None
    date_from: str | None = None      # ISO dates of the evidencing sources, inclusive
    date_to: str | None = None


@dataclass
class Edge:
    """All passages of one type between two actors (ordered when directed)."""

    first: int
    second: int
    type_key: str
    directed: bool
    tie_ids: list[int] = field(default_factory=list)
    source_ids: set[int] = field(default_factory=set)

    @property
    def passages(self) -> int:
        return len(self.tie_ids)

    @property
    def sources(self) -> int:
        return len(self.source_ids)


@dataclass
class Measures:
    density: float = 0.0
    centralisation: float = 0.0
    degree: dict[int, float] = field(default_factory=dict)
    betweenness: dict[int, float] = field(default_factory=dict)
    form: str | None = None           # one of FORMS, None when too small to say
    centre: int | None = None         # the actor at the centre, for the centred forms


@dataclass
class NetworkView:
    """The filtered network; its `measures` are computed on first use (the map can be
    drawn before betweenness, the costliest measure, is known)."""

    actors: list[Actor]
    tie_types: list[TieType]
    edges: list[Edge]
    _measures: Measures | None = None

    @property
    def measures(self) -> Measures:
        if self._measures is None:
            self._measures = measure(self.actors, self.edges)
        return self._measures

    def actor(self, actor_id: int) -> Actor:
        return next(a for a in self.actors if a.id == actor_id)


def network_view(project, selection: NetworkFilter | None = None) -> NetworkView:
    """The filtered network of `project` with its measures."""
    selection = selection or NetworkFilter()
    sources = {s.id: s for s in project.sources.list()}
    edges: dict[tuple, Edge] = {}
    for tie in project.network.ties():
        source = sources.get(tie.source_id)
        if source is None or not _passes(selection, tie.type_key, source):
            continue
        pair = (tie.from_actor, tie.to_actor) if tie.directed else tuple(
            sorted((tie.from_actor, tie.to_actor)))
        edge = edges.setdefault((*pair, tie.type_key, bool(tie.directed)),
                                Edge(*pair, tie.type_key, bool(tie.directed)))
        edge.tie_ids.append(tie.id)
        edge.source_ids.add(tie.source_id)
    return NetworkView(project.network.actors(), project.network.tie_types(),
                       list(edges.values()))


def _passes(selection: NetworkFilter, type_key: str, source) -> bool:
    if selection.types is not None and type_key not in selection.types:
        return False
    if selection.techniques is not None and source.kind not in selection.techniques:
        return False
    if selection.date_from or selection.date_to:
        if not source.date:
            return False
        if selection.date_from and source.date < selection.date_from:
            return False
        if selection.date_to and source.date > selection.date_to:
            return False
    return True


def graph_of(actors: list[Actor], edges: list[Edge]) -> nx.Graph:
    """The undirected graph of the actors, edge weights summing passages of all types."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(a.id for a in actors)
    for edge in edges:
        if graph.has_edge(edge.first, edge.second):
            graph[edge.first][edge.second]["weight"] += edge.passages
        else:
            graph.add_edge(edge.first, edge.second, weight=edge.passages)
    return graph


def measure(actors: list[Actor], edges: list[Edge]) -> Measures:
    """Density, centralities, centralisation and the suggested form (see module doc)."""
    import networkx as nx

    graph = graph_of(actors, edges)
    linked = graph.subgraph([n for n in graph if graph.degree(n) > 0])
    result = Measures()
    if graph.number_of_nodes() == 0:
        return result
    result.density = nx.density(graph)
    result.degree = nx.degree_centrality(graph) if graph.number_of_nodes() > 1 else {}
    result.betweenness = nx.betweenness_centrality(graph)
    result.centralisation = degree_centralisation(linked)
    if linked.number_of_nodes() >= 3:
        centre = max(linked.degree, key=lambda item: (item[1], -item[0]))[0]
        if result.centralisation < CENTRALISED:
            result.form = "shared_governance"
        else:
            result.centre = centre
            administrative = next(a.administrative for a in actors if a.id == centre)
            result.form = ("administrative_organisation" if administrative
                           else "lead_organisation")
    return result


def degree_centralisation(graph: nx.Graph) -> float:
    """Freeman's degree centralisation: 1 for a star, 0 when every degree is equal."""
    n = graph.number_of_nodes()
    if n < 3:
        return 0.0
    degrees = [d for _node, d in graph.degree()]
    top = max(degrees)
    return sum(top - d for d in degrees) / ((n - 1) * (n - 2))


def layout(view: NetworkView, seed: int = 7) -> dict[int, tuple[float, float]]:
    """Positions in [-1, 1]²: saved ones kept, the others placed by a force-directed
    layout (networkx's spring layout, seeded, so the same network looks the same)."""
    import networkx as nx

    graph = graph_of(view.actors, view.edges)
    saved = {a.id: (a.x, a.y) for a in view.actors if a.x is not None and a.y is not None}
    if len(saved) == graph.number_of_nodes():
        return saved
    if not saved:
        placed = nx.spring_layout(graph, seed=seed, weight="weight")
    else:
        placed = nx.spring_layout(graph, pos=saved, fixed=list(saved), seed=seed,
                                  weight="weight")
    return {node: (float(x), float(y)) for node, (x, y) in placed.items()}


def tie_counts(view: NetworkView) -> dict[str, int]:
    """Passages per tie type in the view."""
    counts: dict[str, int] = defaultdict(int)
    for edge in view.edges:
        counts[edge.type_key] += edge.passages
    return dict(counts)

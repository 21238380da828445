"""Measures of the collaboration network map (issue: 200 actors, 5,000 ties)."""

from __future__ import annotations

import random
import statistics
import time

from benchmarks.measures import Context, measure

ACTORS, TIES = 200, 5000


def build_network(path) -> None:
    """A project with 200 actors and 5,000 ties, each on its own passage (seeded)."""
    from storage import Project

    rng = random.Random(21)
    text = " ".join(f"kata{n}" for n in range(20000))
    project = Project.create(path, title="Network benchmark", frameworks=["deseve2007"],
                             coder="Benchmark")
    try:
        with project.action("Build network"):
            source = project.sources.add("interview", "W", text)
            ids = [project.network.add_actor(f"Aktor {n:03}", sector=rng.choice(
                ("state", "non_state"))) for n in range(ACTORS)]
            types = [t.key for t in project.network.tie_types()]
            hubs = ids[:12]
            for number in range(TIES):
                first = rng.choice(hubs) if rng.random() < 0.6 else rng.choice(ids)
                second = rng.choice([i for i in ids[:40] if i != first])
                start = (number * 7) % (len(text) - 10)
                project.network.add_tie(first, second, rng.choice(types), source, start,
                                        start + 5)
    finally:
        project.close()


@measure("network_map", "network map: 200 actors, 5,000 ties computed, laid out and drawn",
         limit=1.0)
def network_map(context: Context) -> dict:
    """From the stored ties to a painted map: `network_view` (filter, aggregate,
    networkx measures), the force-directed layout, filling the QGraphicsScene and
    painting the view once. Details: the median frame after a zoom step (`scale(1.1)`)
    and after a pan step (scroll bar + 25 px), each the time from the step to the end
    of a full repaint of the viewport (`viewport().grab()`; 60 fps is 16.7 ms), ten
    of each in turn from the fitted map to 2.6 × its scale; beside them the same
    frames' CPU time (`time.process_time`), which the load of a shared machine does
    not inflate."""
    from PySide6.QtWidgets import QApplication

    from analysis.network import layout, network_view
    from benchmarks.gui_helpers import application
    from gui.network.scene import NetworkMap, NetworkScene
    from storage import Project

    application()
    path = context.scratch_dir() / "network.telaah"
    build_network(path)
    project = Project.open(path, readonly=True)
    scene = NetworkScene()
    view = NetworkMap(scene)
    view.resize(1200, 800)
    view.show()
    values = []
    frames: dict[str, list[float]] = {"zoom": [], "pan": [], "zoom cpu": [], "pan cpu": []}
    try:
        for _ in range(context.runs):
            started = time.perf_counter()
            result = network_view(project)
            scene.show_view(result, layout(result), [])
            view.fit()
            view.viewport().grab()
            QApplication.processEvents()
            values.append(time.perf_counter() - started)
        for step in range(20):
            kind = "zoom" if step % 2 else "pan"
            started, cpu = time.perf_counter(), time.process_time()
            if kind == "zoom":
                view.scale(1.1, 1.1)
            else:
                view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 25)
            view.viewport().grab()
            frames[kind].append(time.perf_counter() - started)
            frames[f"{kind} cpu"].append(time.process_time() - cpu)
    finally:
        project.close()
    details = {f"{name} frame": statistics.median(times) for name, times in frames.items()}
    return {"values": values, "details": {**details, "edges": len(result.edges)}}

"""The network as plain data for the CLI's JSON and the workbook: one shape for both."""

from __future__ import annotations

from analysis.network import NetworkView


def network_data(view: NetworkView, groups: dict[int, str], lang: str = "en") -> dict:
    """`actors`, `ties` (with evidence counts), `measures`, as the CLI prints them."""
    measures = view.measures
    types = {t.key: t for t in view.tie_types}
    names = {a.id: a.name for a in view.actors}
    actors = [{"id": a.id, "name": a.name, "sector": a.sector,
               "group": groups.get(a.group_id, ""), "administrative": bool(a.administrative),
               "degree": round(measures.degree.get(a.id, 0.0), 4),
               "betweenness": round(measures.betweenness.get(a.id, 0.0), 4)}
              for a in view.actors]
    ties = [{"from": names[e.first], "to": names[e.second], "type": e.type_key,
             "type_label": types[e.type_key].label(lang) if e.type_key in types else e.type_key,
             "directed": e.directed, "passages": e.passages, "sources": e.sources,
             "tie_ids": e.tie_ids} for e in view.edges]
    return {"actors": actors, "ties": ties, "measures": {
        "actors": len(view.actors), "ties": len(view.edges),
        "passages": sum(e.passages for e in view.edges),
        "density": round(measures.density, 4),
        "degree_centralisation": round(measures.centralisation, 4),
        "suggested_form": measures.form,
        "centre": names.get(measures.centre) if measures.centre is not None else None}}

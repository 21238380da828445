"""The collaboration network read from a REFI-QDA extras entry (`telaah-extras.json`,
key "network"; written by `exporters.refi.content.network_extras`).

A tie's passage travels as an ordinary coded selection; the entry adds the actors
(by name, with sector and group), the tie types (with the GUID of the code their
passages carry) and each tie (the GUID of its selection, the two actors, the type,
the direction). On import, actors and types missing from the project are added,
and a tie is made for each selection that came in; anything that does not fit (an
unknown actor or selection, a self-tie) is counted in the summary, never guessed.
"""

from __future__ import annotations

from resources.refi import normalise_guid


def apply_network(act, project, entry: dict, segments: dict[str, int],
                  code_ids: dict[str, int]) -> tuple[int, int]:
    """Actors, tie types and ties from an extras entry; (ties made, ties left out)."""
    if not isinstance(entry, dict):
        return 0, 0
    network = project.network
    actors = {a.name.casefold(): a.id for a in network.actors()}
    for actor in entry.get("actors") or []:
        if not isinstance(actor, dict) or not str(actor.get("name", "")).strip():
            continue
        name = str(actor["name"]).strip()
        if name.casefold() not in actors:
            group = project.participants.group_by_name(str(actor.get("group") or ""))
            actors[name.casefold()] = network.add_actor(
                name, sector="state" if actor.get("sector") == "state" else "non_state",
                group_id=group.id if group else None,
                administrative=bool(actor.get("administrative")),
                notes=str(actor.get("notes") or ""))
    _tie_types(act, network, entry, code_ids)
    known_types = {t.key for t in network.tie_types()}
    made = left = 0
    for tie in entry.get("ties") or []:
        segment = segments.get(normalise_guid(str(tie.get("selection"))) or "")
        first = actors.get(str(tie.get("from", "")).casefold())
        second = actors.get(str(tie.get("to", "")).casefold())
        if None in (segment, first, second) or first == second or (
                tie.get("type") not in known_types):
            left += 1
            continue
        act.insert("ties", {"segment_id": segment, "from_actor": first, "to_actor": second,
                            "type_key": tie["type"], "directed": int(bool(tie.get("directed")))})
        made += 1
    return made, left


def _tie_types(act, network, entry: dict, code_ids: dict[str, int]) -> None:
    present = {t.key: t for t in network.tie_types()}
    for kind in entry.get("tie_types") or []:
        if not isinstance(kind, dict) or not str(kind.get("key", "")).strip():
            continue
        key = str(kind["key"]).strip()
        code_id = code_ids.get(normalise_guid(str(kind.get("code"))) or "")
        if key not in present:
            network.add_tie_type(key, str(kind.get("label_en") or key),
                                 str(kind.get("label_id") or key),
                                 directed=bool(kind.get("directed")))
            if code_id is not None:
                act.update("tie_types", {"key": key}, {"code_id": code_id})
        elif present[key].code_id is None and code_id is not None:
            act.update("tie_types", {"key": key}, {"code_id": code_id})

"""The collaboration network: actors, kinds of tie, and ties evidenced by passages.

An actor is an organisation or stakeholder group (state or non-state), interviewed
or only mentioned. A tie joins two different actors with a type (formal agreement,
information flow, resources, joint activity, conflict, or the researcher's own) and a
direction where the type has one. Every tie is evidenced by exactly one passage: a
segment coded with its type's code (made on first use under DeSeve's networked-
structure indicator when the study uses DeSeve, else under a category "Collaboration
network"), so the passage takes part in retrieval, memos, undo and
REFI-QDA like any coding, and removing the segment removes the tie. The map's actor
positions are stored here too. Each change is one undoable action.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage import messages
from storage.errors import ValidationError
from storage.models import Record
from storage.repository import Repository
from storage.stamps import new_guid, now

SECTORS = ("state", "non_state")
NETWORK_CODE = ("Collaboration network", "Jejaring kolaborasi")
NETWORK_INDICATOR = "deseve2007.networked_structure"
# Words in a stakeholder group's name that mark a state body (a first guess the
# researcher can change per actor).
_STATE_WORDS = ("pemerintah", "dinas", "kementerian", "kbri", "kjri", "perwakilan ri",
                "government", "ministry", "embassy", "badan", "pemkot", "pemda")


@dataclass
class Actor(Record):
    id: int
    name: str
    guid: str = ""
    sector: str = "non_state"
    group_id: int | None = None
    administrative: int = 0
    notes: str = ""
    x: float | None = None
    y: float | None = None
    position: int = 0


@dataclass
class TieType(Record):
    key: str
    label_en: str
    label_id: str
    directed: int = 0
    code_id: int | None = None
    position: int = 0

    def label(self, lang: str = "id") -> str:
        return (self.label_id if lang == "id" else self.label_en) or self.key


@dataclass
class Tie(Record):
    id: int
    segment_id: int
    from_actor: int
    to_actor: int
    type_key: str
    directed: int = 0
    source_id: int = 0
    start: int = 0
    end: int = 0


_TIES = ("SELECT t.*, s.source_id, s.start_pos AS start, s.end_pos AS end FROM ties t "
         "JOIN segments s ON s.id = t.segment_id ")


class NetworkRepository(Repository):
    """Read and edit actors, tie types and ties."""

    # -- actors ---------------------------------------------------------------------

    def actors(self) -> list[Actor]:
        return [Actor.from_row(r) for r in self.rows(
            "SELECT * FROM actors ORDER BY position, name COLLATE NOCASE")]

    def resolve_actor(self, name_or_id: str | int) -> Actor:
        """An actor by id or by name (any case)."""
        text = str(name_or_id).strip()
        rows = self.rows("SELECT * FROM actors WHERE name = ? COLLATE NOCASE OR "
                         "CAST(id AS TEXT) = ? ORDER BY name = ? COLLATE NOCASE DESC",
                         [text, text, text])
        if not rows:
            raise ValidationError.of(messages.ACTOR_UNKNOWN, name=text)
        return Actor.from_row(rows[0])

    def add_actor(self, name: str, *, sector: str = "non_state", group_id: int | None = None,
                  administrative: bool = False, notes: str = "", origin: object = None) -> int:
        name = self._free_name(name)
        _check_sector(sector)
        stamp = now()
        position = (self.scalar("SELECT MAX(position) FROM actors") or 0) + 1
        with self.action(f"Add actor {name}", origin) as act:
            return act.insert("actors", {
                "guid": new_guid(), "name": name, "sector": sector, "group_id": group_id,
                "administrative": int(administrative), "notes": notes, "position": position,
                "created": stamp, "modified": stamp})

    def update_actor(self, actor_id: int, origin: object = None, **values) -> None:
        """Change name, sector, group_id, administrative or notes."""
        unknown = set(values) - {"name", "sector", "group_id", "administrative", "notes"}
        if unknown:
            raise ValueError(f"unknown actor field(s): {sorted(unknown)}")
        if "name" in values:
            values["name"] = self._free_name(values["name"], actor_id)
        if "sector" in values:
            _check_sector(values["sector"])
        with self.action("Edit actor", origin) as act:
            act.update("actors", {"id": actor_id}, {**values, "modified": now()})

    def delete_actor(self, actor_id: int, *, with_ties: bool = False,
                     origin: object = None) -> None:
        """Remove an actor; one with ties only together with them (and their passages'
        codings), so no tie is ever left pointing at nobody."""
        actor = self.resolve_actor(actor_id)
        segments = [r["segment_id"] for r in self.rows(
            "SELECT segment_id FROM ties WHERE from_actor = ? OR to_actor = ?",
            [actor_id, actor_id])]
        if segments and not with_ties:
            raise ValidationError.of(messages.ACTOR_HAS_TIES, name=actor.name,
                                     count=len(segments))
        with self.action(f"Delete actor {actor.name}", origin) as act:
            self.project.segments.delete_rows(act, segments)
            act.delete("actors", {"id": actor_id})

    def save_positions(self, positions: dict[int, tuple[float, float]],
                       origin: object = None) -> None:
        """Store the map positions of actors (after dragging or a new layout)."""
        with self.action("Arrange the network map", origin) as act:
            for actor_id, (x, y) in positions.items():
                act.update("actors", {"id": actor_id}, {"x": float(x), "y": float(y)})

    def add_actors_from_participants(self, origin: object = None) -> int:
        """An actor for each participant organisation not yet one; how many were added."""
        have = {a.name.casefold() for a in self.actors()}
        groups = {g.id: g.name for g in self.project.participants.groups()}
        fresh: dict[str, int | None] = {}
        for participant in self.project.participants.list():
            name = participant.organisation.strip()
            if name and name.casefold() not in have and name not in fresh:
                fresh[name] = participant.group_id
        with self.action("Add actors from participants", origin):
            for name, group_id in fresh.items():
                self.add_actor(name, group_id=group_id,
                               sector=guess_sector(groups.get(group_id, "")))
        return len(fresh)

    def _free_name(self, name: str, actor_id: int | None = None) -> str:
        name = name.strip()
        if not name:
            raise ValidationError.of(messages.ACTOR_NEEDS_NAME)
        taken = self.scalar("SELECT id FROM actors WHERE name = ? COLLATE NOCASE", [name])
        if taken is not None and taken != actor_id:
            raise ValidationError.of(messages.ACTOR_EXISTS, name=name)
        return name

    # -- tie types ----------------------------------------------------------------------

    def tie_types(self) -> list[TieType]:
        return [TieType.from_row(r) for r in self.rows(
            "SELECT * FROM tie_types ORDER BY position, key")]

    def tie_type(self, key: str) -> TieType:
        found = next((t for t in self.tie_types() if t.key == key.strip()), None)
        if found is None:
            raise ValidationError.of(messages.TIE_TYPE_UNKNOWN, key=key, known=", ".join(
                t.key for t in self.tie_types()))
        return found

    def add_tie_type(self, key: str, label_en: str, label_id: str, *, directed: bool = False,
                     origin: object = None) -> None:
        key = key.strip()
        if not key or any(t.key == key for t in self.tie_types()):
            raise ValidationError.of(messages.TIE_TYPE_EXISTS, key=key)
        position = len(self.tie_types())
        with self.action("Add tie type", origin) as act:
            act.insert("tie_types", {"key": key, "label_en": label_en, "label_id": label_id,
                                     "directed": int(directed), "position": position})

    def delete_tie_type(self, key: str, origin: object = None) -> None:
        used = self.scalar("SELECT COUNT(*) FROM ties WHERE type_key = ?", [key])
        if used:
            raise ValidationError.of(messages.TIE_TYPE_USED, key=key, count=used)
        self.tie_type(key)
        with self.action("Remove tie type", origin) as act:
            act.delete("tie_types", {"key": key})

    # -- ties -------------------------------------------------------------------------

    def ties(self) -> list[Tie]:
        """Every tie with its passage; read as plain tuples (a map has thousands)."""
        cursor = self.db.execute(
            "SELECT t.id, t.segment_id, t.from_actor, t.to_actor, t.type_key, t.directed, "
            "s.source_id, s.start_pos, s.end_pos FROM ties t JOIN segments s "
            "ON s.id = t.segment_id ORDER BY t.id")
        return [Tie(*row) for row in cursor.fetchall()]

    def tie(self, tie_id: int) -> Tie:
        rows = self.rows(_TIES + "WHERE t.id = ?", [tie_id])
        if not rows:
            raise ValidationError(f"There is no tie with id {tie_id}.")
        return Tie.from_row(rows[0])

    def add_tie(self, from_actor: int, to_actor: int, type_key: str, source_id: int,
                start: int, end: int, *, directed: bool | None = None,
                coder: str | None = None, memo: str = "", origin: object = None) -> int:
        """Mark [start, end) of a source (code points) as evidence of a tie; its id."""
        first, second = self.resolve_actor(from_actor), self.resolve_actor(to_actor)
        if first.id == second.id:
            raise ValidationError.of(messages.TIE_TO_ITSELF, name=first.name)
        kind = self.tie_type(type_key)
        with self.action("Mark tie", origin) as act:
            code_id = kind.code_id or self._make_type_code(act, kind)
            segment_id = self.project.segments.insert(act, source_id, code_id, start, end,
                                                      memo=memo, coder=coder)
            return act.insert("ties", {
                "segment_id": segment_id, "from_actor": first.id, "to_actor": second.id,
                "type_key": kind.key,
                "directed": int(kind.directed if directed is None else directed)})

    def delete_tie(self, tie_id: int, origin: object = None) -> None:
        """Remove a tie with its passage's coding."""
        tie = self.tie(tie_id)
        with self.action("Remove tie", origin) as act:
            self.project.segments.delete_rows(act, [tie.segment_id])

    def _make_type_code(self, act, kind: TieType) -> int:
        """The code a tie type's passages are coded with: a sub-code of DeSeve's
        networked-structure indicator when the study uses DeSeve (the passages are its
        evidence), else of a category "Collaboration network" of its own."""
        codes = self.project.codes
        parent = self.scalar("SELECT id FROM codes WHERE node_id = ?", [NETWORK_INDICATOR])
        if parent is None:
            parent = self.scalar("SELECT id FROM codes WHERE label_en = ? AND parent_id IS "
                                 "NULL AND node_id IS NULL", [NETWORK_CODE[0]])
        if parent is None:
            parent = codes.add(*NETWORK_CODE, codable=0)
        code_id = codes.add(kind.label_en, kind.label_id, parent_id=parent)
        act.update("tie_types", {"key": kind.key}, {"code_id": code_id})
        return code_id


def guess_sector(group_name: str) -> str:
    """'state' when a group's name reads as a state body, else 'non_state'."""
    lowered = group_name.casefold()
    return "state" if any(word in lowered for word in _STATE_WORDS) else "non_state"


def _check_sector(sector: str) -> None:
    if sector not in SECTORS:
        raise ValidationError(f"Sector must be one of {', '.join(SECTORS)}, not '{sector}'.")

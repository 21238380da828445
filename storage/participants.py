"""Participants (informants) and the editable list of stakeholder groups.

A participant is shown everywhere by its code (P01...); the real name is stored for the
researcher and never exported unless asked. Groups are an ordered, editable list seeded
with the stakeholder types of a collaborative-governance study.
"""

from __future__ import annotations

from typing import Any

from storage import messages
from storage.errors import NotFoundError, ValidationError
from storage.models import CONSENT_STATUSES, SEEDED_GROUPS, Group, Participant
from storage.repository import Repository, moved
from storage.stamps import new_guid, now

PARTICIPANT_FIELDS = ("code", "name", "aliases", "organisation", "group_id", "role",
                      "consent_status", "consent_date", "notes", "organisation_identifying")
DATED_CONSENT = ("given", "withdrawn")  # a consent date is empty until consent is given

_SELECT = ("SELECT p.*, COALESCE(g.name, '') AS [group] FROM participants p "
           "LEFT JOIN groups g ON g.id = p.group_id")


class ParticipantRepository(Repository):
    """Participants and stakeholder groups."""

    # -- groups ----------------------------------------------------------------------

    def seed_groups(self, act) -> None:
        for position, (name, label_en, state) in enumerate(SEEDED_GROUPS):
            act.insert("groups", {"name": name, "label_en": label_en, "position": position,
                                  "is_state": None if state is None else int(state)})

    def groups(self) -> list[Group]:
        return [Group.from_row(r) for r in self.rows(
            "SELECT * FROM groups ORDER BY position, name")]

    def group_by_name(self, name: str) -> Group | None:
        """The group whose Indonesian or English label is `name` (any case)."""
        rows = self.rows("SELECT * FROM groups WHERE name = ? COLLATE NOCASE "
                         "OR (label_en <> '' AND label_en = ? COLLATE NOCASE) "
                         "ORDER BY name = ? COLLATE NOCASE DESC", [name, name, name])
        return Group.from_row(rows[0]) if rows else None

    def add_group(self, name: str, origin: object = None, label_en: str = "",
                  is_state: bool | None = None) -> int:
        """Add a group by its Indonesian `name`, with an English label and a state mark."""
        name, label_en = name.strip(), label_en.strip()
        if not name:
            raise ValidationError.of(messages.GROUP_NEEDS_NAME)
        for label in (name, label_en):
            if label and self.group_by_name(label):
                raise ValidationError.of(messages.GROUP_EXISTS, name=label)
        position = (self.scalar("SELECT MAX(position) FROM groups") or 0) + 1
        with self.action("Add stakeholder group", origin) as act:
            return act.insert("groups", {"name": name, "label_en": label_en,
                                         "position": position, "is_state": _state(is_state)})

    def rename_group(self, group_id: int, name: str | None = None, origin: object = None,
                     label_en: str | None = None) -> None:
        """Change a group's Indonesian `name` and/or English label (None: keep)."""
        values = {}
        if name is not None:
            values["name"] = name.strip()
            if not values["name"]:
                raise ValidationError.of(messages.GROUP_NEEDS_NAME)
        if label_en is not None:
            values["label_en"] = label_en.strip()
        for label in values.values():
            other = self.group_by_name(label) if label else None
            if other and other.id != group_id:
                raise ValidationError.of(messages.GROUP_EXISTS, name=label)
        with self.action("Rename stakeholder group", origin) as act:
            act.update("groups", {"id": group_id}, values)

    def set_group_state(self, group_id: int, is_state: bool | None,
                        origin: object = None) -> None:
        """Mark a group as state actors (True), non-state (False) or unsaid (None)."""
        with self.action("Mark stakeholder group", origin) as act:
            act.update("groups", {"id": group_id}, {"is_state": _state(is_state)})

    def move_group(self, group_id: int, offset: int, origin: object = None) -> None:
        """Move a group `offset` places up (negative) or down; tables follow this order."""
        ids = [g.id for g in self.groups()]
        if group_id not in ids:
            raise NotFoundError(f"There is no stakeholder group with id {group_id}.")
        self.write_order("Move stakeholder group", "groups", "id",
                         moved(ids, group_id, offset), origin)

    def delete_group(self, group_id: int, origin: object = None) -> None:
        """Delete a group; its participants keep no group."""
        with self.action("Delete stakeholder group", origin) as act:
            for row in self.rows("SELECT id FROM participants WHERE group_id = ?", [group_id]):
                act.update("participants", {"id": row["id"]}, {"group_id": None})
            act.delete("groups", {"id": group_id})

    def resolve_group(self, name: str) -> int:
        """The id of the group called `name`; unknown names are refused."""
        group = self.group_by_name(name)
        if group is None:
            known = ", ".join(g.name + (f" ({g.label_en})" if g.label_en else "")
                              for g in self.groups())
            raise NotFoundError(f"There is no stakeholder group '{name}'. Known groups: {known}.")
        return group.id

    # -- participants ----------------------------------------------------------------

    def list(self) -> list[Participant]:
        return [Participant.from_row(r) for r in self.rows(_SELECT + " ORDER BY p.code")]

    def get(self, participant_id: int) -> Participant:
        rows = self.rows(_SELECT + " WHERE p.id = ?", [participant_id])
        if not rows:
            raise NotFoundError(f"There is no participant with id {participant_id}.")
        return Participant.from_row(rows[0])

    def by_code(self, code: str) -> Participant:
        rows = self.rows(_SELECT + " WHERE p.code = ? COLLATE NOCASE", [code])
        if not rows:
            raise NotFoundError(f"There is no participant with code '{code}'.")
        return Participant.from_row(rows[0])

    def add(self, code: str, origin: object = None, **values: Any) -> int:
        """Add a participant; `values` are PARTICIPANT_FIELDS (group by `group_id`)."""
        row = self._validated({"code": code, **values}, None)
        stamp = now()
        row.update(guid=values.pop("guid", None) or new_guid(), created=stamp, modified=stamp)
        with self.action(f"Add participant {code}", origin) as action:
            return action.insert("participants", row)

    def update(self, participant_id: int, origin: object = None, **values: Any) -> None:
        row = self._validated(values, participant_id)
        with self.action("Edit participant", origin) as act:
            act.update("participants", {"id": participant_id}, {**row, "modified": now()})

    def delete(self, participant_id: int, origin: object = None) -> None:
        """Delete a participant; sources and segments keep their text but lose the link."""
        with self.action("Delete participant", origin) as act:
            act.delete_where("source_participants", "participant_id = ?", [participant_id])
            for row in self.rows("SELECT id FROM segments WHERE participant_id = ?",
                                 [participant_id]):
                act.update("segments", {"id": row["id"]}, {"participant_id": None})
            act.delete_where("memos", "target_type = 'participant' AND target_id = ?",
                             [participant_id])
            act.delete("participants", {"id": participant_id})

    def _validated(self, values: dict[str, Any], participant_id: int | None) -> dict[str, Any]:
        unknown = set(values) - set(PARTICIPANT_FIELDS) - {"guid"}
        if unknown:
            raise ValueError(f"unknown participant field(s): {sorted(unknown)}")
        row = {k: v for k, v in values.items() if k != "guid"}
        if "code" in row:
            row["code"] = str(row["code"]).strip()
            if not row["code"]:
                raise ValidationError.of(messages.PARTICIPANT_NEEDS_CODE)
            clash = self.rows("SELECT id FROM participants WHERE code = ? COLLATE NOCASE",
                              [row["code"]])
            if clash and clash[0]["id"] != participant_id:
                raise ValidationError.of(messages.PARTICIPANT_CODE_USED, code=row["code"])
        status = row.get("consent_status")
        if status is not None and status not in CONSENT_STATUSES:
            raise ValidationError(f"Consent status must be one of {', '.join(CONSENT_STATUSES)}.")
        if status is None and "consent_date" in row and participant_id is not None:
            status = self.get(participant_id).consent_status
        if status is not None and status not in DATED_CONSENT:
            row["consent_date"] = None
        if status is not None and status != "pending":
            row["quote_override"] = ""
        return row

    def set_quote_override(self, participant_id: int, by: str, on: bool = True,
                           origin: object = None) -> None:
        """Quote a participant whose consent is still pending (recorded: who and when),
        or take that back. Refused unless their consent is pending."""
        person = self.get(participant_id)
        if on and person.consent_status != "pending":
            raise ValidationError.of(messages.OVERRIDE_NOT_PENDING, code=person.code)
        value = f"{now()} {by}".strip() if on else ""
        with self.action(f"Quote {person.code} despite pending consent" if on else
                         f"Stop quoting {person.code} before consent", origin) as act:
            act.update("participants", {"id": participant_id},
                       {"quote_override": value, "modified": now()})


def _state(is_state: bool | None) -> int | None:
    return None if is_state is None else int(bool(is_state))

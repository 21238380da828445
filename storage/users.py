"""Users named in an imported REFI-QDA file, kept with their own GUIDs.

A REFI-QDA project lists its users (GUID and name), also those who never coded. They
are kept as they came so that an export names the same users with the same GUIDs;
coders who are not among them get a GUID derived from their name at export time.
"""

from __future__ import annotations

from storage.repository import Repository


class UserRepository(Repository):
    """Read and record the users of imported files."""

    def list(self) -> list[tuple[str, str]]:
        """(guid, name) of every recorded user, by name."""
        return [(r["guid"], r["name"]) for r in self.rows(
            "SELECT guid, name FROM users ORDER BY name COLLATE NOCASE, guid")]

    def record(self, users: dict[str, str], origin: object = None) -> int:
        """Record `users` (guid -> name) not yet known; returns how many were new."""
        known = {guid for guid, _name in self.list()}
        fresh = {g: n for g, n in users.items() if g not in known}
        if fresh:
            with self.action("Record users", origin) as act:
                for guid, name in fresh.items():
                    act.insert("users", {"guid": guid, "name": name})
        return len(fresh)

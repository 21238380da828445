"""Shared plumbing for the repositories that hang off a `Project`.

A repository reads with plain SQL on the project's connection and writes only through
the `Action` of the current user action, so every write is journaled and undoable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storage.project import Project


class Repository:
    """Base class: access to the project's connection and its action context."""

    def __init__(self, project: Project):
        self.project = project

    @property
    def db(self):
        return self.project.db

    def rows(self, sql: str, params: list[Any] | tuple = ()) -> list[dict[str, Any]]:
        return self.db.execute_returning_dicts(sql, list(params))

    def scalar(self, sql: str, params: list[Any] | tuple = ()) -> Any:
        row = self.db.execute(sql, list(params)).fetchone()
        return None if row is None else row[0]

    def action(self, label: str, origin: object = None):
        return self.project.action(label, origin=origin)

    def write_order(self, label: str, table: str, key_column: str, keys: list,
                    origin: object = None) -> None:
        """Give the rows `keys` (in this order) positions 0, 1, 2... as one action."""
        with self.action(label, origin) as act:
            for position, key in enumerate(keys):
                act.update(table, {key_column: key}, {"position": position})


def moved(keys: list, key: Any, offset: int) -> list:
    """`keys` with `key` moved `offset` places (negative: up), stopping at either end."""
    order = list(keys)
    index = order.index(key)
    order.insert(max(0, min(len(order) - 1, index + offset)), order.pop(index))
    return order

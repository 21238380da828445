"""Codebook edits behind the panel's actions, each one undoable action.

`CodeEditing` is mixed into `CodebookPanel`: add code / sub-code, edit (labels,
definitions, colour), recolour, move to…, drop-to-move, merge into… and delete. Each
asks what it needs through `gui.codebook.dialogs` (so tests can answer instead of a
modal dialog), then runs the repository calls through `bridge.run`, which makes them
one transaction and one step on the undo stack; errors from the core are shown, not
raised. The panel reloads itself from `bridge.changed`.
"""

from __future__ import annotations

from gui.codebook import dialogs
from storage.codes import PALETTE
from storage.errors import TelaahError


class CodeEditing:
    """Codebook write actions; needs `bridge`, `selection`, `model`, `tree` from the panel."""

    def _run(self, label: str, work):
        try:
            return self.bridge.run(label, work)
        except TelaahError as error:
            dialogs.show_error(self, self.tr("Codebook"), error)
            return None

    def _single(self, code_id: int | None) -> int | None:
        if code_id is not None:
            return code_id
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def add_code(self, parent_id: int | None = None) -> int | None:
        """Ask for a new code (under `parent_id`, else at the top level) and add it."""
        if self.bridge.project is None:
            return None
        parent = self.model.code(parent_id) if parent_id is not None else None
        colour = parent.display_color if parent else PALETTE[len(self.model.codes()) % len(PALETTE)]
        title = self.tr("Add sub-code") if parent else self.tr("Add code")
        values = dialogs.ask_code_values(self, title, {"color": colour})
        if values is None:
            return None
        new_id = self._run(title, lambda p: p.codes.add(parent_id=parent_id, **values))
        if new_id is not None:
            self.select_codes([new_id], new_id)
        return new_id

    def add_sub_code(self, parent_id: int | None = None) -> int | None:
        parent_id = self._single(parent_id)
        return None if parent_id is None else self.add_code(parent_id)

    def edit_code(self, code_id: int | None = None) -> bool:
        """Edit the labels, definitions and colour of a code."""
        code = self.model.code(self._single(code_id) or 0)
        if code is None:
            return False
        initial = {"label_en": code.label_en, "label_id": code.label_id, "color": code.color,
                   "definition_en": code.definition_en, "definition_id": code.definition_id}
        values = dialogs.ask_code_values(self, self.tr("Edit code"), initial)
        if values is None or values == initial:
            return False
        self._run(self.tr("Edit code"), lambda p: p.codes.update(code.id, **values))
        return True

    def recolour(self, code_ids=None) -> bool:
        """Pick a colour for the selected codes (one undo step)."""
        ids = list(code_ids) if code_ids else self.selected_ids()
        codes = [c for c in (self.model.code(i) for i in ids) if c is not None]
        if not codes:
            return False
        colour = dialogs.pick_colour(self, codes[0].display_color)
        if not colour:
            return False

        def work(project) -> None:
            for code in codes:
                project.codes.update(code.id, color=colour)
        self._run(self.tr("Change code colour"), work)
        return True

    def move_to(self, code_id: int | None = None) -> bool:
        """Ask where to move a code ("(top level)" allowed) and move it there."""
        code_id = self._single(code_id)
        if code_id is None:
            return False
        target = dialogs.ask_code(self, self.tr("Move code to"), self.model,
                                  exclude=self.model.descendants(code_id), allow_top=True,
                                  prompt=self.tr("Move “%1” under:").replace(
                                      "%1", self.model.path(code_id)))
        if target is None:
            return False
        self.move_codes([code_id], None if target == dialogs.TOP_LEVEL else target, -1)
        return True

    def move_codes(self, code_ids: list, parent_id: int | None, row: int = -1) -> None:
        """Put codes under `parent_id` before sibling `row` (-1: last), as one action."""
        project = self.bridge.project
        if project is None:
            return
        moving = [i for i in code_ids if self.model.code(i) is not None
                  and (parent_id is None or parent_id not in self.model.descendants(i))]
        if not moving:
            return
        siblings = [c.id for c in project.codes.children(parent_id)]
        row = len(siblings) if row < 0 or row > len(siblings) else row
        order = ([i for i in siblings[:row] if i not in moving] + moving
                 + [i for i in siblings[row:] if i not in moving])

        if order == siblings:
            return  # dropped where it already is

        def work(p) -> None:
            if row == len(siblings):  # appended: only the moved codes change
                last = max((c.position for c in p.codes.children(parent_id)
                            if c.id not in moving), default=0)
                for offset, code_id in enumerate(moving):
                    p.codes.move(code_id, parent_id, last + 1 + offset)
                return
            for position, code_id in enumerate(order):
                code = p.codes.get(code_id)
                if code.parent_id != parent_id or code.position != position:
                    p.codes.move(code_id, parent_id, position)
        self._run(self.tr("Move code"), work)
        if parent_id is not None:
            self.tree.setExpanded(self.model.index_of(parent_id), True)
        self.select_codes(moving, moving[0])

    def merge_into(self, code_id: int | None = None) -> bool:
        """Merge a code into another picked from a list; its segments follow."""
        code_id = self._single(code_id)
        if code_id is None:
            return False
        target = dialogs.ask_code(self, self.tr("Merge code into"), self.model,
                                  exclude=self.model.descendants(code_id),
                                  prompt=self.tr("Merge “%1” into (its segments, sub-codes "
                                                 "and memos move there):").replace(
                                      "%1", self.model.path(code_id)))
        if target in (None, dialogs.TOP_LEVEL):
            return False
        self._run(self.tr("Merge code"), lambda p: p.codes.merge(code_id, target))
        self.select_codes([target], target)
        return True

    def delete_codes(self, code_ids=None) -> bool:
        """Delete codes with their sub-codes and segments after confirming (undoable)."""
        ids = list(code_ids) if code_ids else self.selected_ids()
        below = {d for i in ids for d in self.model.descendants(i) if d != i}
        tops = [i for i in ids if i not in below and self.model.code(i) is not None]
        if not tops:
            return False
        segments = sum(self.model.counts(i).total_segments for i in tops)
        subs = sum(len(self.model.descendants(i)) - 1 for i in tops)
        names = ", ".join(f"“{self.model.code(i).label(self.model.language)}”" for i in tops)
        text = self.tr("Delete %1?").replace("%1", names)
        if subs:
            text += " " + self.tr("%n sub-code(s) go with it.", "", subs)
        text += " " + self.tr("%n coded segment(s) will be removed.", "", segments)
        text += " " + self.tr("You can undo this with Edit → Undo.")
        if not dialogs.confirm(self, self.tr("Delete code"), text):
            return False

        def work(project) -> None:
            for code_id in tops:
                project.codes.delete(code_id)
        self._run(self.tr("Delete code"), work)
        return True

    def memo_on_code(self, code_id: int | None = None) -> None:
        code_id = self._single(code_id)
        if code_id is not None:
            self.selection.memo_requested.emit("code", code_id)

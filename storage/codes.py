"""The codebook: hierarchical codes, framework nodes and custom codes.

Framework codes carry their node id (`ag2008.process.trust_building`) and labels,
definitions and cues in both languages, copied from `resources/frameworks/`. Custom
codes have no node id and may sit anywhere. Rename, move, merge (segments follow) and
delete (with its sub-codes and their segments) are each one undoable action.
"""

from __future__ import annotations

import json
from typing import Any

from storage import messages
from storage.code_tree import CodeTree
from storage.errors import NotFoundError, ValidationError
from storage.frameworks import (
    UnknownFrameworkError,
    framework_of,
    load_framework,
    nodes_for_variant,
)
from storage.models import Code
from storage.repository import Repository
from storage.stamps import new_guid, now

CODE_FIELDS = ("label_en", "label_id", "definition_en", "definition_id", "cues", "color",
               "parent_id", "position", "codable")
PALETTE = ("#e57373", "#64b5f6", "#81c784", "#ffb74d", "#ba68c8", "#4db6ac", "#f06292",
           "#a1887f", "#90a4ae", "#dce775", "#7986cb", "#ffd54f")


class CodeRepository(Repository):
    """Read and edit the codebook."""

    def list(self) -> list[Code]:
        """All codes, parents before children, siblings in order."""
        return list(self.tree().codes)

    def tree(self) -> CodeTree:
        """The whole codebook as a `CodeTree` (children, descendants, ancestors, path)."""
        return CodeTree(Code.from_row(r) for r in self.rows("SELECT * FROM codes"))

    def get(self, code_id: int) -> Code:
        rows = self.rows("SELECT * FROM codes WHERE id = ?", [code_id])
        if not rows:
            raise NotFoundError(f"There is no code with id {code_id}.")
        return Code.from_row(rows[0])

    def count(self) -> int:
        return self.scalar("SELECT COUNT(*) FROM codes")

    def children(self, code_id: int | None) -> list[Code]:
        """The direct sub-codes of `code_id` (None: the top level), in order."""
        tree = self.tree()
        return [tree.code(i) for i in tree.children(code_id)]

    def descendant_ids(self, code_id: int) -> list[int]:
        """`code_id` and every code below it, parents first."""
        return list(self.tree().descendants(code_id))

    def resolve(self, key: str) -> Code:
        """Find a code by node id (aliases followed), numeric id, `code:N` or label."""
        key = key.strip()
        rows = self._resolve_alias(key)
        if not rows:
            rows = self.rows("SELECT * FROM codes WHERE node_id = ?", [key])
        if not rows and key.removeprefix("code:").isdigit():
            rows = self.rows("SELECT * FROM codes WHERE id = ?", [int(key.removeprefix("code:"))])
        if not rows:
            rows = self.rows("SELECT * FROM codes WHERE label_en = ? COLLATE NOCASE "
                             "OR label_id = ? COLLATE NOCASE", [key, key])
        if not rows:
            raise NotFoundError(f"There is no code '{key}' in this project's codebook.")
        return Code.from_row(rows[0])

    def _resolve_alias(self, key: str) -> list[dict[str, Any]]:
        try:
            node = load_framework(framework_of(key)).node(key)
        except (UnknownFrameworkError, KeyError):
            return []
        if node is None or not node.alias_of:
            return []
        return self.rows("SELECT * FROM codes WHERE node_id = ?", [node.alias_of])

    def coding_target(self, code_id: int) -> int:
        """The code a segment coded with `code_id` goes to: an alias node's target
        (DeSeve v8 governance item (a) codes trust among participants), else itself."""
        row = self.db.execute("SELECT node_id FROM codes WHERE id = ?", [code_id]).fetchone()
        if not row or not row[0] or not _alias_target(row[0]):
            return code_id
        target = self.db.execute("SELECT id FROM codes WHERE node_id = ?",
                                 [_alias_target(row[0])]).fetchone()
        return target[0] if target else code_id

    def alias_of(self, code: Code) -> str | None:
        """The node id an alias code points to (None for any other code)."""
        return _alias_target(code.node_id) if code.node_id else None

    # -- frameworks --------------------------------------------------------------------

    def add_framework(self, act, framework_id: str, variant: str | None = None) -> None:
        """Copy a framework's nodes into the codebook and record it as in use."""
        framework = load_framework(framework_id)
        if self.scalar("SELECT 1 FROM study_frameworks WHERE framework_id = ?", [framework_id]):
            raise ValidationError.of(messages.FRAMEWORK_PRESENT, framework=framework_id)
        if framework.variants and variant is None:
            variant = next(iter(framework.variants))
        position = self.scalar("SELECT COUNT(*) FROM study_frameworks")
        act.insert("study_frameworks", {"framework_id": framework_id, "variant": variant,
                                        "position": position})
        ids: dict[str, int] = {}
        base = (self.scalar("SELECT MAX(position) FROM codes") or 0) + 1
        stamp = now()
        for index, node in enumerate(nodes_for_variant(framework, variant)):
            if node.alias_of:  # shown under its parent; coding it codes the target
                parent = ids.get(node.parent or "")
                if parent is not None:
                    act.insert("codes", alias_code_row(node, parent, _colour_for(
                        node, framework), base + index))
                continue
            ids[node.id] = act.insert("codes", {
                "guid": new_guid(), "parent_id": ids.get(node.parent or ""),
                "node_id": node.id, "framework_id": framework_id, "level": node.level,
                "label_en": node.label_en, "label_id": node.label_id,
                "definition_en": node.def_en, "definition_id": node.def_id,
                "cues": _cues_json(node), "color": _colour_for(node, framework),
                "position": base + index, "created": stamp, "modified": stamp})

    # -- editing ---------------------------------------------------------------------

    def add(self, label_en: str = "", label_id: str = "", *, parent_id: int | None = None,
            origin: object = None, guid: str | None = None, node_id: str | None = None,
            **values: Any) -> int:
        """Add a custom code (or sub-code under `parent_id`); returns its id."""
        if not (label_en.strip() or label_id.strip()):
            raise ValidationError.of(messages.CODE_NEEDS_LABEL)
        unknown = set(values) - set(CODE_FIELDS) - {"framework_id", "level", "created",
                                                     "modified"}
        if unknown:
            raise ValueError(f"unknown code field(s): {sorted(unknown)}")
        if parent_id is not None:
            self.get(parent_id)
        stamp = now()
        row = {"guid": guid or new_guid(), "parent_id": parent_id, "node_id": node_id,
               "label_en": label_en.strip(), "label_id": label_id.strip(),
               "position": (self.scalar("SELECT MAX(position) FROM codes") or 0) + 1,
               "color": PALETTE[(self.count()) % len(PALETTE)],
               "created": stamp, "modified": stamp, **values}
        with self.action("Add code", origin) as act:
            return act.insert("codes", row)

    def update(self, code_id: int, origin: object = None, **values: Any) -> None:
        """Rename, recolour or redefine a code (fields from CODE_FIELDS)."""
        unknown = set(values) - set(CODE_FIELDS)
        if unknown:
            raise ValueError(f"unknown code field(s): {sorted(unknown)}")
        if "parent_id" in values:
            self._check_move(code_id, values["parent_id"])
        with self.action("Edit code", origin) as act:
            act.update("codes", {"id": code_id}, {**values, "modified": now()})

    def move(self, code_id: int, parent_id: int | None, position: int | None = None,
             origin: object = None) -> None:
        """Put a code under another parent (None: top level) at `position`."""
        values: dict[str, Any] = {"parent_id": parent_id}
        if position is not None:
            values["position"] = position
        self.update(code_id, origin, **values)

    def _check_move(self, code_id: int, parent_id: int | None) -> None:
        if parent_id is None:
            return
        self.get(parent_id)
        if parent_id in self.descendant_ids(code_id):
            raise ValidationError.of(messages.CODE_UNDER_ITSELF)

    def merge(self, code_id: int, into_id: int, origin: object = None) -> None:
        """Merge `code_id` into `into_id`: segments, sub-codes and memos follow."""
        if code_id == into_id:
            raise ValidationError.of(messages.CODE_MERGE_ITSELF)
        if into_id in self.descendant_ids(code_id):
            raise ValidationError.of(messages.CODE_MERGE_SUBCODE)
        target = self.get(into_id)
        with self.action(f"Merge code into {target.label_en or target.label_id}", origin) as act:
            self._merge_segments(act, code_id, into_id)
            for child in self.children(code_id):
                act.update("codes", {"id": child.id}, {"parent_id": into_id})
            for row in self.rows("SELECT id FROM memos WHERE target_type = 'code' "
                                 "AND target_id = ?", [code_id]):
                act.update("memos", {"id": row["id"]}, {"target_id": into_id})
            self._drop_code_rows(act, code_id)

    def _merge_segments(self, act, code_id: int, into_id: int) -> None:
        existing = {(r["source_id"], r["start_pos"], r["end_pos"]) for r in self.rows(
            "SELECT source_id, start_pos, end_pos FROM segments WHERE code_id = ?", [into_id])}
        for row in self.rows("SELECT id, source_id, start_pos, end_pos FROM segments "
                             "WHERE code_id = ?", [code_id]):
            if (row["source_id"], row["start_pos"], row["end_pos"]) in existing:
                self.project.segments.delete_rows(act, [row["id"]])
            else:
                act.update("segments", {"id": row["id"]}, {"code_id": into_id})

    def delete(self, code_id: int, origin: object = None) -> None:
        """Delete a code, its sub-codes and all their segments, in one step."""
        ids = self.descendant_ids(code_id)
        with self.action("Delete code", origin) as act:
            for each in reversed(ids):
                segment_ids = [r["id"] for r in self.rows(
                    "SELECT id FROM segments WHERE code_id = ?", [each])]
                self.project.segments.delete_rows(act, segment_ids)
                act.delete_where("memos", "target_type = 'code' AND target_id = ?", [each])
                self._drop_code_rows(act, each)

    def _drop_code_rows(self, act, code_id: int) -> None:
        act.delete_where("key_quotes", "code_id = ?", [code_id])
        for row in self.rows("SELECT key FROM tie_types WHERE code_id = ?", [code_id]):
            act.update("tie_types", {"key": row["key"]}, {"code_id": None})
        act.delete_where("judgements", "code_id = ?", [code_id])
        act.delete("codes", {"id": code_id})


def alias_code_row(node, parent_id: int, colour: str, position: int) -> dict[str, Any]:
    """The codebook row of an alias node (REFERENCE.md 3.1): shown, never coded itself."""
    stamp = now()
    return {"guid": new_guid(), "parent_id": parent_id, "node_id": node.id,
            "framework_id": node.id.split(".", 1)[0], "level": node.level,
            "label_en": node.label_en, "label_id": node.label_id,
            "definition_en": node.def_en, "definition_id": node.def_id,
            "cues": _cues_json(node), "color": colour, "position": position,
            "created": stamp, "modified": stamp}


def _alias_target(node_id: str) -> str | None:
    from storage.frameworks import UnknownFrameworkError, framework_of, load_framework

    try:
        node = load_framework(framework_of(node_id)).node(node_id)
    except (UnknownFrameworkError, KeyError, ValueError):
        return None
    return node.alias_of if node is not None else None


def _cues_json(node) -> str:
    cues = [{"speaker": c.speaker, "text": c.text, "gloss": c.gloss} for c in node.cues]
    counter = node.counter_cue
    return json.dumps({"cues": cues, "counter_cue": None if counter is None else {
        "speaker": counter.speaker, "text": counter.text, "gloss": counter.gloss}},
        ensure_ascii=False)


def _colour_for(node, framework) -> str:
    """Codes of one dimension share a colour; dimensions cycle through the palette."""
    top = [n.id for n in framework.nodes if n.parent == framework.root.id]
    branch = node.id
    while branch and branch not in top:
        parent = framework.node(branch)
        branch = parent.parent if parent else None
    index = top.index(branch) if branch in top else 0
    return PALETTE[index % len(PALETTE)]


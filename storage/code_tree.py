"""The codebook as a tree: the one walker of parents and children, shared by every layer.

`CodeTree(codes)` is built from any list of codes (`project.codes.tree()` gives the whole
codebook; `analysis.Evidence` builds one over the codes of the study's frameworks). A
code whose parent is not in the list sits at the top. It answers, without SQL:

- `codes` (tree order: parents first, siblings by position), `code(id)`, `ids`;
- `children(id)` (None: the top level), `descendants(id)` (the code and everything below
  it, tree order), `ancestors(id)` (nearest first), `depth(id)`;
- `path(id)` (the codes from the top down to the code) and `framework(id)` (the code's
  framework, or its nearest ancestor's for a custom sub-code);
- `cycles()`: codes that are their own ancestor by their stored `parent_id` (a damaged
  file; such codes are unreachable from the top and left out of `codes`).

A value: build a new one after the codebook changed.
"""

from __future__ import annotations

from collections.abc import Iterable

from storage.models import Code


class CodeTree:
    """Parents, children and paths of a set of codes (see the module docstring)."""

    def __init__(self, codes: Iterable[Code]):
        given = sorted(codes, key=lambda c: (c.position, c.id))
        self._by_id: dict[int, Code] = {c.id: c for c in given}
        self._stored_parent = {c.id: c.parent_id for c in given}
        self._parent: dict[int, int | None] = {
            c.id: c.parent_id if c.parent_id in self._by_id else None for c in given}
        self._children: dict[int | None, list[int]] = {}
        for code in given:
            self._children.setdefault(self._parent[code.id], []).append(code.id)
        self._depth: dict[int, int] = {}
        ordered: list[Code] = []
        stack = [(code_id, 0) for code_id in reversed(self._children.get(None, []))]
        while stack:
            code_id, depth = stack.pop()
            ordered.append(self._by_id[code_id])
            self._depth[code_id] = depth
            stack.extend((child, depth + 1) for child in reversed(self._children.get(code_id, [])))
        self.codes: tuple[Code, ...] = tuple(ordered)
        self._descendants: dict[int, tuple[int, ...]] = {}

    def __len__(self) -> int:
        return len(self.codes)

    def __contains__(self, code_id: object) -> bool:
        return code_id in self._by_id

    @property
    def ids(self) -> list[int]:
        """The ids of `codes`, in tree order."""
        return [c.id for c in self.codes]

    def code(self, code_id: int) -> Code | None:
        return self._by_id.get(code_id)

    def parent(self, code_id: int) -> int | None:
        """The parent's id; None at the top (or when the parent is not in the tree)."""
        return self._parent.get(code_id)

    def children(self, code_id: int | None) -> tuple[int, ...]:
        """The direct sub-codes of `code_id` (None: the top-level codes), in order."""
        return tuple(self._children.get(code_id, ()))

    def descendants(self, code_id: int) -> tuple[int, ...]:
        """`code_id` and every code below it, in tree order (just `code_id` if unknown)."""
        found = self._descendants.get(code_id)
        if found is None:
            result, stack = [], [code_id]
            while stack:
                current = stack.pop()
                result.append(current)
                stack.extend(reversed(self._children.get(current, ())))
            found = self._descendants[code_id] = tuple(result)
        return found

    def ancestors(self, code_id: int) -> list[int]:
        """The parent, its parent, ... up to the top (nearest first)."""
        found, seen, parent = [], {code_id}, self._parent.get(code_id)
        while parent is not None and parent not in seen:
            found.append(parent)
            seen.add(parent)
            parent = self._parent.get(parent)
        return found

    def depth(self, code_id: int) -> int:
        """0 for a top-level code, 1 for its sub-codes, ..."""
        return self._depth.get(code_id, len(self.ancestors(code_id)))

    def path(self, code_id: int) -> list[Code]:
        """The codes from the top of the tree down to `code_id` (included)."""
        if code_id not in self._by_id:
            return []
        return [self._by_id[i] for i in reversed([code_id, *self.ancestors(code_id)])]

    def framework(self, code_id: int) -> str | None:
        """The framework of the code, or of its nearest ancestor that has one."""
        for each in (code_id, *self.ancestors(code_id)):
            code = self._by_id.get(each)
            if code is not None and code.framework_id:
                return code.framework_id
        return None

    def cycles(self) -> list[int]:
        """Codes that are their own ancestor by their stored `parent_id`."""
        found = []
        for code_id in self._stored_parent:
            seen, node = set(), code_id
            while node is not None and node not in seen:
                seen.add(node)
                node = self._stored_parent.get(node)
            if node == code_id:
                found.append(code_id)
        return found

"""The framework codebooks (Ansell & Gash 2008, DeSeve 2007, Emerson et al. 2012) as data.

Each framework ships as `resources/frameworks/<id>.json`, generated from the shared
REFERENCE.md by `tools/build_frameworks.py`; this module reads those files into frozen
dataclasses and never writes them. Node ids are stable, dot-separated and start with
the framework id (`ag2008.process.trust_building`), so `framework_of` needs no lookup.
DeSeve's element list differs between sources, so `nodes_for_variant` gives the node
set of each preset (`v9`, `v8`, `v7`; REFERENCE.md section 3.1). No Qt and no SQL here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from storage.errors import TelaahError

FRAMEWORKS_DIR = Path(__file__).resolve().parent.parent / "resources" / "frameworks"


class UnknownFrameworkError(TelaahError, ValueError):
    """The framework id names no codebook shipped with Telaah."""


@dataclass(frozen=True)
class Cue:
    """An invented sample passage: speaker tag, Indonesian text, short English gloss."""

    speaker: str
    text: str
    gloss: str


@dataclass(frozen=True)
class FrameworkNode:
    """One node of a codebook: the framework root, a dimension, an indicator or a sub."""

    id: str
    level: str
    parent: str | None
    status: str
    variants: tuple[str, ...]
    label_en: str
    label_id: str
    aliases_id: tuple[str, ...]
    def_en: str
    def_id: str
    cues: tuple[Cue, ...]
    counter_cue: Cue | None
    alias_of: str | None

    @property
    def is_alias(self) -> bool:
        return self.alias_of is not None


@dataclass(frozen=True)
class Framework:
    """A whole codebook; `nodes` is in reference order, parents before their children.

    `variants` maps a preset name to the ids of the nodes it contains (empty for
    frameworks without presets). Instances are cached and shared: do not mutate it.
    """

    id: str
    citation: str
    short_label_en: str
    short_label_id: str
    reference_version: str
    variants: dict[str, tuple[str, ...]] = field(hash=False)
    nodes: tuple[FrameworkNode, ...]

    @cached_property
    def _by_id(self) -> dict[str, FrameworkNode]:
        return {node.id: node for node in self.nodes}

    @cached_property
    def _children(self) -> dict[str, tuple[FrameworkNode, ...]]:
        children: dict[str, list[FrameworkNode]] = {node.id: [] for node in self.nodes}
        for node in self.nodes:
            if node.parent is not None:
                children[node.parent].append(node)
        return {node_id: tuple(kids) for node_id, kids in children.items()}

    def node(self, node_id: str) -> FrameworkNode:
        """The node with this id; KeyError naming the framework if there is none."""
        try:
            return self._by_id[node_id]
        except KeyError:
            raise KeyError(f"{node_id!r} is not a node of framework {self.id!r}") from None

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._by_id

    def children(self, node_id: str) -> tuple[FrameworkNode, ...]:
        """The direct children of a node, in reference order."""
        self.node(node_id)
        return self._children[node_id]

    @property
    def root(self) -> FrameworkNode:
        return next(node for node in self.nodes if node.parent is None)


def available_frameworks() -> list[str]:
    """Sorted ids of the framework files present in resources/frameworks/."""
    if not FRAMEWORKS_DIR.is_dir():
        return []
    return sorted(path.stem for path in FRAMEWORKS_DIR.glob("*.json"))


def framework_of(node_id: str) -> str:
    """The framework id of a node id: everything before the first dot."""
    prefix = node_id.split(".", 1)[0]
    if not prefix:
        raise ValueError(f"{node_id!r} is not a framework node id")
    return prefix


@cache
def load_framework(framework_id: str) -> Framework:
    """The codebook with this id, read once and then cached (see `cache_clear()`)."""
    known = available_frameworks()
    if framework_id not in known:
        listed = ", ".join(known) or "none (resources/frameworks/ is empty)"
        raise UnknownFrameworkError(
            f"Unknown framework {framework_id!r}; the known frameworks are: {listed}."
        )
    path = FRAMEWORKS_DIR / f"{framework_id}.json"
    return _framework(json.loads(path.read_text(encoding="utf-8")))


def nodes_for_variant(framework: Framework, variant: str | None) -> list[FrameworkNode]:
    """The nodes shown under a preset, in reference order (REFERENCE.md section 3.1).

    For DeSeve, `v9` shows every element but the `v8` trust alias; `v8` hides
    distributive leadership and network management and shows the alias under
    governance; `v7` also hides governance and its subs. The root is always shown and
    a node is hidden whenever its parent is. Frameworks without presets, or
    `variant=None`, give every node.
    """
    if not framework.variants or variant is None:
        return list(framework.nodes)
    if variant not in framework.variants:
        known = ", ".join(framework.variants)
        raise ValueError(f"{framework.id} has no preset {variant!r}; use one of: {known}.")
    members = set(framework.variants[variant])
    shown: list[FrameworkNode] = []
    shown_ids: set[str] = set()
    for node in framework.nodes:
        if node.parent is None or (node.id in members and node.parent in shown_ids):
            shown.append(node)
            shown_ids.add(node.id)
    return shown


def _cue(data: dict[str, str] | None) -> Cue | None:
    if data is None:
        return None
    return Cue(speaker=data["speaker"], text=data["text"], gloss=data["gloss"])


def _node(data: dict[str, Any]) -> FrameworkNode:
    return FrameworkNode(
        id=data["id"],
        level=data["level"],
        parent=data["parent"],
        status=data["status"],
        variants=tuple(data["variants"]),
        label_en=data["label_en"],
        label_id=data["label_id"],
        aliases_id=tuple(data["aliases_id"]),
        def_en=data["def_en"],
        def_id=data["def_id"],
        cues=tuple(_cue(cue) for cue in data["cues"]),
        counter_cue=_cue(data["counter_cue"]),
        alias_of=data["alias_of"],
    )


def _framework(data: dict[str, Any]) -> Framework:
    return Framework(
        id=data["id"],
        citation=data["citation"],
        short_label_en=data["short_label_en"],
        short_label_id=data["short_label_id"],
        reference_version=data["reference_version"],
        variants={name: tuple(ids) for name, ids in data.get("variants", {}).items()},
        nodes=tuple(_node(node) for node in data["nodes"]),
    )

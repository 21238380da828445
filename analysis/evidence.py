"""The evidence of a study in memory: the code tree and each code's segments as columns.

`Evidence(facts)` keeps the segments of `storage.facts` code by code as `Bundle`s
(`storage.facts.CodeSegments`: tuples of segment ids, sources, participants, valence
flags and offsets, supporting segments first, each decoded when first used), so every
figure is a few C-level passes (`Counter`, `set`, `map`) over tuples, fast enough for
100,000 segments. A *level* chooses the rows of a view and whether sub-codes count for
their parents (roll-up): `indicators` (framework indicators, dimensions without
indicators and top-level custom codes, everything below rolled up), `dimensions`
(dimensions, DeSeve's elements and top-level custom codes, rolled up), `all` (every
code, each with everything below it) and `direct` (every code, its own coding only). A
*dimension* is what a matrix crosses the codes with: `stakeholder_group`, `technique`,
`participant` or `source`; a segment without a participant has no participant and no
group (value None).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from storage.code_tree import CodeTree
from storage.facts import CodeSegments, Facts, load_facts
from storage.models import TECHNIQUES, Code

LEVELS = ("indicators", "dimensions", "all", "direct")
DIMENSIONS = ("stakeholder_group", "technique", "participant", "source")
ANY = object()  # "every value" in `Evidence.segment_ids`


# The segments coded with one code (not its sub-codes), field by field: `ids`,
# `sources`, `participants`, `contradicts`, `starts`, `ends`; `supporting` come first.
Bundle = CodeSegments


class Column(NamedTuple):
    """A column (or row) of a matrix: its value, its key in JSON output, its label."""

    value: object
    key: str
    label: str


def code_key(code: Code) -> str:
    """The id of a code in CLI and JSON output: framework node id, else str(code id)."""
    return code.key


def check_level(level: str) -> str:
    if level not in LEVELS:
        raise ValueError(f"Unknown level '{level}'; use one of {', '.join(LEVELS)}.")
    return level


class Evidence:
    """Codes, sources, participants, groups and the segments of each code."""

    def __init__(self, facts: Facts):
        self.frameworks = list(facts.frameworks)
        self.tree = CodeTree(facts.codes)  # the study's frameworks and custom codes
        self.codes: list[Code] = list(facts.codes)  # codebook order
        self.code_by_id = {c.id: c for c in self.codes}
        self.depth: dict[int, int] = {c.id: self.tree.depth(c.id) for c in self.codes}
        self.sources = list(facts.sources)
        self.source_by_id = {s.id: s for s in self.sources}
        self.participants = list(facts.participants)
        self.participant_by_id = {p.id: p for p in self.participants}
        self.groups = list(facts.groups)
        self.group_by_id = {g.id: g for g in self.groups}
        self.kind_of = {s.id: s.kind for s in self.sources}
        self.date_of = {s.id: s.date or None for s in self.sources}
        self.group_of = {p.id: p.group_id for p in self.participants}
        self.own: dict[int, Bundle] = {code_id: bundle for code_id, bundle
                                       in sorted(facts.by_code.items())
                                       if code_id in self.code_by_id}
        self.segment_count = sum(len(b) for b in self.own.values())
        # Survey answers linked to each code, by group (the `survey` technique).
        self.survey = {code_id: groups for code_id, groups in facts.survey.items()
                       if code_id in self.code_by_id}
        self.cache: dict = {}

    @classmethod
    def load(cls, project) -> Evidence:
        return cls(load_facts(project))

    # -- codes and levels ------------------------------------------------------------

    def key(self, code_id: int) -> str:
        return code_key(self.code_by_id[code_id])

    def label(self, code_id: int, lang: str = "id") -> str:
        return self.code_by_id[code_id].label(lang)

    def rows(self, level: str) -> list[int]:
        """The ids of the codes a view at `level` shows, in codebook order."""
        check_level(level)
        if level in ("all", "direct"):
            return [c.id for c in self.codes]
        test = self._is_indicator if level == "indicators" else self._is_dimension
        return [c.id for c in self.codes if test(c)]

    def _is_indicator(self, code: Code) -> bool:
        if code.framework_id:  # a dimension without indicators (AG's outcomes) counts too
            return code.level == "indicator" or (
                code.level == "dimension" and not self.tree.children(code.id))
        parent = self.code_by_id.get(self.tree.parent(code.id))
        return parent is None or (parent.framework_id is not None
                                  and parent.level in ("framework", "dimension"))

    def _is_dimension(self, code: Code) -> bool:
        parent = self.code_by_id.get(self.tree.parent(code.id))
        if code.framework_id:
            return code.level == "dimension" or (
                code.level == "indicator" and parent is not None and parent.level == "framework")
        return parent is None or (parent.framework_id is not None
                                  and parent.level == "framework")

    def descendants(self, code_id: int) -> tuple[int, ...]:
        """`code_id` and every code below it, in tree order."""
        return self.tree.descendants(code_id)

    def members(self, code_id: int, level: str) -> tuple[int, ...]:
        """The codes whose segments count for `code_id` at `level`."""
        return (code_id,) if level == "direct" else self.descendants(code_id)

    def ancestors(self, code_id: int) -> list[int]:
        """The parent, its parent, ... (nearest first)."""
        return self.tree.ancestors(code_id)

    def group_names(self, group_ids) -> list[str]:
        """Names of the given stakeholder groups, in the groups' order."""
        wanted = set(group_ids)
        return [g.name for g in self.groups if g.id in wanted]

    def bundles(self, code_id: int, level: str) -> list[Bundle]:
        return [self.own[m] for m in self.members(code_id, level) if m in self.own]

    # -- dimensions ------------------------------------------------------------------

    def columns(self, dimension: str) -> list[Column]:
        """The values of a dimension in display order (missing values not included)."""
        if dimension == "technique":  # survey: only in studies with survey evidence
            used = self.survey or any(s.kind == "survey" for s in self.sources)
            return [Column(kind, kind, kind) for kind in TECHNIQUES
                    if kind != "survey" or used]
        if dimension == "stakeholder_group":
            return [Column(g.id, g.name, g.name) for g in self.groups]
        if dimension == "participant":
            return [Column(p.id, p.code, p.code) for p in self.participants]
        if dimension == "source":
            seen: set[str] = set()
            found = []
            for source in self.sources:
                key = source.title if source.title not in seen else (
                    f"{source.title} [{source.id}]")
                seen.add(key)
                found.append(Column(source.id, key, source.title))
            return found
        raise ValueError(f"Unknown dimension '{dimension}'; use one of {', '.join(DIMENSIONS)}.")

    def values(self, bundle: Bundle, dimension: str) -> Iterable:
        """The dimension's value of each segment of `bundle`, in bundle order."""
        if dimension == "source":
            return bundle.sources
        if dimension == "participant":
            return bundle.participants
        if dimension == "technique":
            return map(self.kind_of.__getitem__, bundle.sources)
        if dimension == "stakeholder_group":
            return map(self.group_of.get, bundle.participants)
        if dimension == "date":
            return map(self.date_of.__getitem__, bundle.sources)
        raise ValueError(f"Unknown dimension '{dimension}'; use one of {', '.join(DIMENSIONS)}.")

    def segment_ids(self, code_id: int, level: str, dimension: str | None = None,
                    value: object = ANY, valence: str | None = None) -> list[int]:
        """The segments counted for `code_id` at `level` (where `dimension` is `value`,
        and of `valence` if given), in source order then text order."""
        return self.select(self.members(code_id, level), dimension, value, valence)

    def select(self, code_ids: Iterable[int], dimension: str | None = None,
               value: object = ANY, valence: str | None = None) -> list[int]:
        """The segments coded with any of `code_ids` (own coding), filtered and ordered
        as in `segment_ids`."""
        rank = self._source_rank()
        found = []
        wanted_flag = None if valence is None else int(valence == "contradicts")
        for code_id in code_ids:
            bundle = self.own.get(code_id)
            if bundle is None:
                continue
            matches = (range(len(bundle.ids)) if dimension is None or value is ANY else
                       [i for i, v in enumerate(self.values(bundle, dimension)) if v == value])
            found.extend((rank[bundle.sources[i]], bundle.starts[i], bundle.ids[i])
                         for i in matches
                         if wanted_flag is None or bundle.contradicts[i] == wanted_flag)
        found.sort()
        return [item[2] for item in found]

    def _source_rank(self) -> dict[int, int]:
        rank = self.cache.get("source_rank")
        if rank is None:
            rank = self.cache["source_rank"] = {s.id: i for i, s in enumerate(self.sources)}
        return rank

    def all_bundles(self) -> Iterable[tuple[int, Bundle]]:
        return self.own.items()

"""What a REFI-QDA export says about a project, gathered once as plain data.

`gather(project)` reads the study, codebook, sources, segments, memos and participants
through the repositories and groups them the way the writer needs them (segments by
source and by participant, memos by target). It also decides the pieces of the format
that are Telaah's choice: which coders become Users (each name with a GUID derived
from it, so it is the same in every export), which Variables are declared, the code
name language (the `report_language` setting, falling back to the other label) and
each Description with its trailer (`resources.refi`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from resources.refi import (
    CASE_VARIABLES,
    SOURCE_VARIABLES,
    encode_trailer,
    guid_for_export,
    stable_guid,
)
from storage import config
from storage.models import Code, Memo, Participant, Segment, Source, Study

_DATETIME = re.compile(r"^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


@dataclass
class ExportContent:
    """Everything one export writes, read from the project in one go."""

    study: Study
    lang: str
    codes: list[Code]
    sources: list[Source]
    participants: list[Participant]
    segments_by_source: dict[int, list[Segment]]
    memos: list[Memo]
    memos_by_target: dict[tuple[str, int | None], list[Memo]]
    code_guids: dict[int, str]
    user_guids: dict[str, str] = field(default_factory=dict)
    source_guids: dict[int, str] = field(default_factory=dict)
    segment_guids: dict[int, str] = field(default_factory=dict)
    participant_guids: dict[int, str] = field(default_factory=dict)
    sources_of_participant: dict[int, list[int]] = field(default_factory=dict)
    segments_of_participant: dict[int, list[int]] = field(default_factory=dict)
    stamps: dict[str, str] = field(default_factory=dict)  # checked dateTime values
    consent: Any = None  # exporters.consent.ConsentRule, set by exporters.refi.privacy
    pseudo: Any = None   # the Pseudonymizer when the export is pseudonymised

    def source_text(self, project, source_id: int) -> str:
        """A source's text as exported: pseudonymised (its selections' offsets moved
        to match) when the export is."""
        text = project.sources.text(source_id)
        if self.pseudo is None:
            return text
        text, position = self.pseudo.rewrite(text)
        for segment in self.segments_by_source.get(source_id, []):
            segment.start, segment.end = position(segment.start), position(segment.end, True)
        return text

    @property
    def segment_count(self) -> int:
        return sum(len(s) for s in self.segments_by_source.values())


def gather(project, *, codes_only: bool = False) -> ExportContent:
    """Read what an export needs; `codes_only` skips everything but the codebook."""
    lang = "en" if config.get("report_language") == "en" else "id"
    codes = project.codes.list()
    content = ExportContent(
        study=project.study.get(), lang=lang, codes=codes, sources=[], participants=[],
        segments_by_source={}, memos=[], memos_by_target={},
        code_guids={c.id: guid_for_export(c.guid, "code", str(c.id)) for c in codes})
    if codes_only:
        return content
    content.sources = project.sources.list()
    content.source_guids = {s.id: guid_for_export(s.guid, "source", str(s.id))
                            for s in content.sources}
    content.participants = project.participants.list()
    content.participant_guids = {p.id: guid_for_export(p.guid, "case", str(p.id))
                                 for p in content.participants}
    by_source: dict[int, list[Segment]] = defaultdict(list)
    by_participant: dict[int, list[int]] = defaultdict(list)
    coders: set[str] = set()
    for segment in project.segments.all():
        by_source[segment.source_id].append(segment)
        content.segment_guids[segment.id] = guid_for_export(segment.guid, "segment",
                                                            str(segment.id))
        if segment.participant_id is not None:
            by_participant[segment.participant_id].append(segment.id)
        coders.add(segment.coder)
    content.segments_by_source = dict(by_source)
    content.segments_of_participant = dict(by_participant)
    for source in content.sources:
        for participant_id in source.participant_ids:
            content.sources_of_participant.setdefault(participant_id, []).append(source.id)
    content.memos = project.memos.list()
    for memo in content.memos:
        content.memos_by_target.setdefault((memo.target_type, memo.target_id), []).append(memo)
        coders.add(memo.author)
    content.user_guids = {name: stable_guid("user", name) for name in sorted(coders) if name}
    return content


def code_name_and_description(code: Code, lang: str) -> tuple[str, str]:
    """The name (label in `lang`, else the other) and Description with its trailer."""
    other = "en" if lang == "id" else "id"
    used = lang if getattr(code, f"label_{lang}") else other
    unused = "en" if used == "id" else "id"
    data: dict = {}
    if code.node_id:
        data["node_id"] = code.node_id
    if code.framework_id:
        data["framework"] = code.framework_id
    if code.level and code.level != "code":
        data["level"] = code.level
    for key in (f"label_{unused}", f"definition_{unused}"):
        if getattr(code, key):
            data[key] = getattr(code, key)
    if code.cues and not code.node_id:
        data["cues"] = code.cues
    if data or used != lang:
        data["lang"] = used
    return getattr(code, f"label_{used}"), encode_trailer(getattr(code, f"definition_{used}"),
                                                          data)


def study_description(study: Study) -> str:
    """The study notes, with the other study fields and frameworks in the trailer."""
    data: dict = {}
    for key in ("research_questions", "site", "period_start", "period_end"):
        if getattr(study, key):
            data[key] = getattr(study, key)
    if study.frameworks:
        data["frameworks"] = [[f, study.deseve_variant if f == "deseve2007" else None]
                              for f in study.frameworks]
    return encode_trailer(study.notes, data)


def segment_description(segment: Segment) -> str:
    data = {"valence": segment.valence} if segment.valence != "supports" else {}
    return encode_trailer(segment.memo, data)


def source_values(source: Source) -> list[tuple[str, str, str]]:
    """(variable key, type, value) for each non-empty metadata field of a source."""
    values = []
    for key, _name, kind in SOURCE_VARIABLES:
        value = getattr(source, key)
        if value is None or value == "":
            continue
        if kind == "Date" and not _DATE.match(str(value)):
            continue
        values.append((key, kind, str(value)))
    return values


def participant_values(participant: Participant) -> list[tuple[str, str, str]]:
    return [(key, kind, getattr(participant, key)) for key, _name, kind in CASE_VARIABLES
            if getattr(participant, key)]


def valid_datetime(value: str | None) -> str | None:
    """`value` when it is an xsd:dateTime, else None (the attribute is left out)."""
    return value if value and _DATETIME.match(value) else None


def variable_guid(key: str) -> str:
    return stable_guid("variable", key)

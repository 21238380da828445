"""What a REFI-QDA export says about a project, gathered once as plain data.

`gather(project)` reads the study, codebook, sources, segments, memos and participants
through the repositories and groups them the way the writer needs them (segments by
source and by participant, memos by target). It also decides the pieces of the format
that are Telaah's choice: which coders become Users (each name with a GUID derived
from it, so it is the same in every export), which Variables are declared, the code
name language (given by the caller: the GUI and CLI pass the report language setting;
a code without a label in it falls back to the other label) and
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
    check_language,
    guid_for_export,
    stable_guid,
)
from storage.models import Code, Memo, Participant, Segment, Source, Study
from storage.stamps import utc_z

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
    extras: dict = field(default_factory=dict)            # the Telaah extras entry
    other_users: list[tuple[str, str]] = field(default_factory=list)  # kept, never coded
    participant_codes: dict[int, str] = field(default_factory=dict)
    utf16: bool = False                                   # positions in UTF-16 units
    converters: dict[int, object] = field(default_factory=dict)  # source id -> to UTF-16
    consent: Any = None  # exporters.privacy.consent.ConsentRule, set by exporters.refi.privacy
    pseudo: Any = None   # the Pseudonymizer when the export is pseudonymised
    pseudonymised: bool = False   # asked for, even with no name to replace

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
    media: dict[int, object] = field(default_factory=dict)  # source id -> SourceMedia

    @property
    def segment_count(self) -> int:
        return sum(len(s) for s in self.segments_by_source.values())


def gather(project, *, label_language: str = "id", codes_only: bool = False
           ) -> ExportContent:
    """Read what an export needs; `codes_only` skips everything but the codebook."""
    lang = check_language(label_language)
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
    content.participant_codes = {p.id: p.code for p in content.participants}
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
    recorded = project.users.list()
    known = {name: guid for guid, name in recorded}
    content.user_guids = {name: known.get(name) or stable_guid("user", name)
                          for name in sorted(coders) if name}
    content.other_users = [(guid, name) for guid, name in recorded
                           if content.user_guids.get(name) != guid]
    return content


def code_name_and_description(code: Code, lang: str) -> tuple[str, str]:
    """The name (label in `lang`, else the other) and the Description (its definition)."""
    used = _used_language(code, lang)
    return getattr(code, f"label_{used}"), getattr(code, f"definition_{used}")


def _used_language(code: Code, lang: str) -> str:
    other = "en" if lang == "id" else "id"
    return lang if getattr(code, f"label_{lang}") else other


def code_extras(code: Code, lang: str) -> dict:
    """What the schema has no place for: node id, framework, level, the other label."""
    used = _used_language(code, lang)
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
    return data


def study_extras(study: Study) -> dict:
    """The study fields the schema has no place for, and the frameworks used."""
    data: dict = {}
    for key in ("research_questions", "site", "period_start", "period_end"):
        if getattr(study, key):
            data[key] = getattr(study, key)
    if study.frameworks:
        data["frameworks"] = [[f, study.deseve_variant if f == "deseve2007" else None]
                              for f in study.frameworks]
    return data


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
    """`value` in UTC with `Z` when it is an xsd:dateTime, else None (left out)."""
    return utc_z(value) if value and _DATETIME.match(value) else None


def variable_guid(key: str) -> str:
    return stable_guid("variable", key)


EXTRAS_FORMAT = "telaah-extras"
EXTRAS_VERSION = 1


def gather_extras(project, content: ExportContent) -> dict:
    """The Telaah extras entry: everything REFI-QDA has no place for, keyed by the GUIDs
    the export writes (see `resources.refi.EXTRAS_ENTRY`)."""
    lang = content.lang
    codes = {content.code_guids[c.id]: data for c in content.codes
             if (data := code_extras(c, lang))}
    selections = {content.segment_guids[s.id]: {"valence": s.valence}
                  for segments in content.segments_by_source.values() for s in segments
                  if s.valence != "supports"}
    groups = {g.id: g.name for g in project.participants.groups()}
    participants = {}
    for p in content.participants:
        entry = {"consent_status": p.consent_status}
        if p.consent_date:
            entry["consent_date"] = p.consent_date
        if p.group_id in groups:
            entry["group"] = groups[p.group_id]
        participants[content.participant_guids[p.id]] = entry
    options = [{"key": o.key, "label_en": o.label_en, "label_id": o.label_id}
               for o in project.evaluation.verdict_options()]
    verdicts = {content.code_guids[code_id]: {"verdict": j.verdict, "conclusion": j.conclusion,
                                              "author": j.author}
                for code_id, j in project.evaluation.judgements().items()
                if code_id in content.code_guids}
    return {"format": EXTRAS_FORMAT, "version": EXTRAS_VERSION,
            "study": study_extras(content.study), "codes": codes, "selections": selections,
            "participants": participants, "groups": list(groups.values()),
            "verdict_options": options, "verdicts": verdicts,
            "network": network_extras(project, content.code_guids, content.segment_guids)}


def network_extras(project, code_guids: dict[int, str], segment_guids: dict[int, str]) -> dict:
    """The "network" entry of the extras: actors, tie types (with their code's GUID) and
    ties (with their selection's GUID); read back by `importers.refi.network_extras`."""
    actors = project.network.actors()
    if not actors:
        return {}
    groups = {g.id: g.name for g in project.participants.groups()}
    names = {a.id: a.name for a in actors}
    return {
        "actors": [{"name": a.name, "sector": a.sector, "group": groups.get(a.group_id),
                    "administrative": bool(a.administrative), "notes": a.notes,
                    "x": a.x, "y": a.y} for a in actors],
        "tie_types": [{"key": t.key, "label_en": t.label_en, "label_id": t.label_id,
                       "directed": bool(t.directed), "code": code_guids.get(t.code_id)}
                      for t in project.network.tie_types()],
        "ties": [{"selection": segment_guids[t.segment_id], "from": names[t.from_actor],
                  "to": names[t.to_actor], "type": t.type_key, "directed": bool(t.directed)}
                 for t in project.network.ties() if t.segment_id in segment_guids]}

"""A REFI-QDA file read into plain data, checked and ready to be written into a project.

The reader (`importers.refi.reader`) fills these records from the XML; the writer
(`importers.refi.apply`) turns them into project rows. Nothing here touches a project,
so a file is read and validated completely before anything is written. GUIDs are
normalised (no braces, lower case); a record whose GUID is missing, malformed or
repeated gets a fresh one, so every record here has a GUID of its own. Offsets are
Unicode code points, end exclusive, already checked against their text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class RefiCode:
    guid: str
    name: str
    color: str | None
    definition: str
    extra: dict                      # the Description trailer (see resources.refi)
    parent: RefiCode | None = None
    note_guids: list[str] = field(default_factory=list)
    codable: bool = True             # isCodable="false": a category only


@dataclass(slots=True)
class RefiCoding:
    guid: str                        # as written; normalised only when a note points here
    code_guid: str | None
    user: str | None
    note_guids: list[str] = field(default_factory=list)
    created: str | None = None


@dataclass(slots=True)
class RefiSelection:
    guid: str
    start: int
    end: int
    memo: str
    extra: dict
    user: str | None
    codings: list[RefiCoding] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)
    created: str | None = None


@dataclass
class RefiSource:
    guid: str
    name: str
    text: str
    memo: str
    values: dict[str, str] = field(default_factory=dict)   # Telaah field -> value
    selections: list[RefiSelection] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)
    created: str | None = None
    modified: str | None = None


@dataclass
class RefiNote:
    guid: str
    name: str
    body: str
    user: str | None
    created: str | None


@dataclass
class RefiCase:
    guid: str
    name: str
    description: str
    values: dict[str, str] = field(default_factory=dict)
    source_guids: list[str] = field(default_factory=list)
    selection_guids: list[str] = field(default_factory=list)


@dataclass
class RefiDocument:
    """Everything importable from one file, plus what was left out and why."""

    path: Path
    kind: str                        # "project" or "codebook"
    name: str = ""
    origin: str = ""
    description: str = ""
    extra: dict = field(default_factory=dict)
    default_user: str = ""
    users: dict[str, str] = field(default_factory=dict)        # GUID -> name, as written
    extras: dict = field(default_factory=dict)   # Telaah's extras entry (telaah-extras.json)
    codes: list[RefiCode] = field(default_factory=list)        # parents first
    sources: list[RefiSource] = field(default_factory=list)
    notes: list[RefiNote] = field(default_factory=list)
    cases: list[RefiCase] = field(default_factory=list)
    # note GUID -> (target kind, target GUID), first reference wins; kinds are
    # study, code, source, selection, coding, case.
    note_targets: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    outside_files: list[Path] = field(default_factory=list)  # not allowed, to be asked
    # selections that could not be placed (listed, the rest of the file comes in)
    broken: list[str] = field(default_factory=list)
    # (source name, unit, (code point score, UTF-16 score), selections) where the
    # source has characters outside the BMP, so the unit of its positions mattered
    readings: list[tuple[str, str, tuple[int, int], int]] = field(default_factory=list)
    # source GUID -> its picture or PDF (importers/refi/media_sources.py)
    media: dict = field(default_factory=dict)

    def refer(self, note_guid: str | None, kind: str, target: str | None) -> None:
        if note_guid and note_guid not in self.note_targets:
            self.note_targets[note_guid] = (kind, target)

    @property
    def selection_count(self) -> int:
        return sum(len(s.selections) for s in self.sources)

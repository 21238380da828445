"""Plain data records the core hands to the GUI, the CLI, analysis and exporters.

They mirror the project file's rows with readable field names. Offsets (`start`,
`end`) are Unicode code points into the source text, end exclusive. Records are plain
dataclasses: no database handle, no Qt; build them with `from_row`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

TECHNIQUES = ("interview", "observation", "document", "survey")
VALENCES = ("supports", "contradicts")
MEMO_TARGETS = ("study", "source", "code", "segment", "participant")
CONSENT_STATUSES = ("pending", "given", "withdrawn", "not_required")
# The seeded stakeholder groups: (Indonesian label, English label, state actor?).
# KBRI/KJRI are Indonesia's own state missions (a state actor in Ansell & Gash's
# state/non-state test); a foreign embassy or agency is a foreign partner.
SEEDED_GROUPS = (
    ("Instansi pemerintah", "Government agency", True),
    ("Perwakilan RI di luar negeri (KBRI/KJRI)",
     "Indonesian mission abroad (embassy/consulate)", True),
    ("Platform/perusahaan swasta", "Platform/private company", False),
    ("Mitra/lembaga asing", "Foreign partner/institution", None),  # state or not: varies
    ("Pemilik UMKM", "UMKM owner", False),
    ("Pendamping/asosiasi", "Facilitator/association", False),
    ("Lainnya", "Other", None),
)
DEFAULT_GROUPS = tuple(name for name, _en, _state in SEEDED_GROUPS)
# Groups whose members are individuals: their organisation identifies them (privacy).
INDIVIDUAL_GROUPS = ("", "lainnya", "other", "others", "individu", "individual")


_FIELD_NAMES: dict[type, frozenset[str]] = {}


class Record:
    """Build a dataclass from a row dict, ignoring columns it does not name."""

    @classmethod
    def from_row(cls, row: dict[str, Any], **extra: Any):
        names = _FIELD_NAMES.get(cls)
        if names is None:
            names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls))  # type: ignore
        values = {k: v for k, v in row.items() if k in names}
        values.update(extra)
        return cls(**values)


@dataclass
class Study(Record):
    title: str = ""
    research_questions: str = ""
    site: str = ""
    period_start: str | None = None
    period_end: str | None = None
    notes: str = ""
    created: str = ""
    modified: str = ""
    frameworks: list[str] = field(default_factory=list)
    deseve_variant: str | None = None
    guid: str = ""


@dataclass
class Group(Record):
    """A stakeholder group: Indonesian `name`, English `label_en`, state actor or not.

    `is_state` is 1 (state actor), 0 (non-state) or None (not said).
    """

    id: int
    name: str
    position: int = 0
    label_en: str = ""
    is_state: int | None = None

    def label(self, lang: str = "id") -> str:
        """The label in `lang`, falling back to the Indonesian name."""
        return (self.label_en or self.name) if lang == "en" else self.name


@dataclass
class Participant(Record):
    id: int
    code: str
    name: str = ""
    aliases: str = ""
    organisation: str = ""
    group_id: int | None = None
    group: str = ""
    role: str = ""
    consent_status: str = "pending"
    consent_date: str | None = None
    notes: str = ""
    organisation_identifying: int | None = None
    quote_override: str = ""
    guid: str = ""
    created: str = ""
    modified: str = ""

    @property
    def alias_list(self) -> list[str]:
        return [a.strip() for a in self.aliases.split(";") if a.strip()]

    @property
    def organisation_identifies(self) -> bool:
        """Does naming their organisation identify them? The researcher's choice, else
        yes for UMKM owners and individuals (no group, "Lainnya"), no for agencies."""
        if self.organisation_identifying is not None:
            return bool(self.organisation_identifying)
        group = self.group.casefold()
        return "umkm" in group or group in INDIVIDUAL_GROUPS

    @property
    def quotable(self) -> bool:
        """May their words be quoted in an export? Consent given (or not required),
        or pending with the researcher's recorded override; never once withdrawn."""
        if self.consent_status in ("given", "not_required"):
            return True
        return self.consent_status == "pending" and bool(self.quote_override)


@dataclass
class Source(Record):
    id: int
    kind: str
    title: str
    text: str = ""
    language: str = "id"
    data_type: str = "primary"
    date: str | None = None
    place: str = ""
    interviewer: str = ""
    duration_minutes: int | None = None
    recording_path: str = ""
    event: str = ""
    observer: str = ""
    author: str = ""
    doc_type: str = ""
    memo: str = ""
    origin_path: str = ""
    position: int = 0
    guid: str = ""
    created: str = ""
    modified: str = ""
    participant_ids: list[int] = field(default_factory=list)
    length: int = 0


@dataclass
class Code(Record):
    id: int
    parent_id: int | None
    label_en: str = ""
    label_id: str = ""
    node_id: str | None = None
    framework_id: str | None = None
    level: str = "code"
    definition_en: str = ""
    definition_id: str = ""
    cues: str = ""
    color: str = "#9e9e9e"
    position: int = 0
    guid: str = ""
    created: str = ""
    modified: str = ""
    codable: int = 1

    @property
    def display_color(self) -> str:
        """The colour to show: the stored one, else a default that is never stored."""
        from storage.codes import PALETTE

        return self.color or PALETTE[self.id % len(PALETTE)]

    def label(self, lang: str = "id") -> str:
        """The label in `lang` ('id' or 'en'), falling back to the other one."""
        first, second = (self.label_id, self.label_en) if lang == "id" else (
            self.label_en, self.label_id)
        return first or second

    @property
    def key(self) -> str:
        """The id used by the CLI and analysis: the framework node id, else the numeric id."""
        return self.node_id or str(self.id)


@dataclass
class Segment(Record):
    id: int
    source_id: int
    code_id: int
    start: int
    end: int
    valence: str = "supports"
    participant_id: int | None = None
    coder: str = ""
    memo: str = ""
    guid: str = ""
    created: str = ""
    modified: str = ""


@dataclass
class Memo(Record):
    id: int
    target_type: str
    target_id: int | None
    title: str = ""
    body: str = ""
    author: str = ""
    guid: str = ""
    created: str = ""
    modified: str = ""

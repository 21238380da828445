"""Records of the field work: interview guides, their questions, sessions and answers.

Lists stored as JSON in the project file (probes, indicators, groups, variants) are
plain Python lists and dicts here. A probe is `{"id": ..., "en": ...}`; a variant maps a
stakeholder group name to `{"id": ..., "en": ...}`; indicators are framework node ids.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from storage.models import Record

CONSENT_METHODS = ("written", "verbal", "recorded")
SESSION_KINDS = ("interview", "observation")
JSON_COLUMNS = ("probes", "indicators", "groups", "variants", "present")


def decoded(row: dict[str, Any]) -> dict[str, Any]:
    """`row` with its JSON columns turned into lists and dicts."""
    return {k: json.loads(v) if k in JSON_COLUMNS and isinstance(v, str) else v
            for k, v in row.items()}


def encoded(values: dict[str, Any]) -> dict[str, Any]:
    """`values` with lists and dicts of the JSON columns turned into JSON text."""
    return {k: json.dumps(v, ensure_ascii=False) if k in JSON_COLUMNS else v
            for k, v in values.items()}


@dataclass
class GuideQuestion(Record):
    id: int
    guide_id: int
    section: str = ""
    position: int = 0
    text_id: str = ""
    text_en: str = ""
    probes: list[dict[str, str]] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    variants: dict[str, dict[str, str]] = field(default_factory=dict)
    origin: str = "own"
    guid: str = ""

    def text(self, lang: str, group: str | None = None) -> str:
        """The wording in `lang` ('id' or 'en'), the group's variant when it has one."""
        variant = self.variants.get(group or "", {})
        own = self.text_en if lang == "en" else self.text_id
        return variant.get(lang) or own or self.text_id or self.text_en

    def probe_texts(self, lang: str) -> list[str]:
        return [p.get(lang) or p.get("id") or p.get("en") or "" for p in self.probes]

    def asked_of(self, group: str | None) -> bool:
        """Whether the question is for `group` (no groups: asked of everyone)."""
        return not group or not self.groups or group in self.groups


@dataclass
class Guide(Record):
    id: int
    name: str
    notes: str = ""
    guid: str = ""
    created: str = ""
    modified: str = ""
    questions: list[GuideQuestion] = field(default_factory=list)

    def for_group(self, group: str | None) -> list[GuideQuestion]:
        return [q for q in self.questions if q.asked_of(group)]


@dataclass
class FieldSession(Record):
    id: int
    kind: str
    title: str = ""
    guide_id: int | None = None
    guide_name: str = ""
    participant_id: int | None = None
    present: list[int] = field(default_factory=list)
    others_present: str = ""
    language: str = "id"
    date: str | None = None
    place: str = ""
    setting: str = ""
    status: str = "open"
    elapsed_ms: int = 0
    current_position: int = 0
    consent_method: str = ""
    consent_note: str = ""
    recording_path: str = ""
    recording_sha256: str = ""
    recording_ms: int = 0
    source_id: int | None = None
    guid: str = ""
    created: str = ""
    modified: str = ""


@dataclass
class SessionAnswer(Record):
    id: int
    session_id: int
    position: int = 0
    question_id: int | None = None
    section: str = ""
    text_id: str = ""
    text_en: str = ""
    probes: list[dict[str, str]] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)
    notes: str = ""
    skipped: int = 0
    added: int = 0

    def text(self, lang: str) -> str:
        own = self.text_en if lang == "en" else self.text_id
        return own or self.text_id or self.text_en

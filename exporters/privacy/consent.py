"""One consent rule for every export: whose words may be quoted, and who was left out.

A participant's words (quotes in the Word report, segment texts in the workbook,
coded selections and their sources in a REFI-QDA project) are exported only when
`Participant.quotable`: consent given (or not required), or pending with the
researcher's recorded override. Withdrawn and pending participants are left out of
every output alike, and each export says how many were left out and why (counts,
never names): `ConsentRule.note(language)`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

_REASONS = {
    "withdrawn": {"id": "persetujuan ditarik", "en": "consent withdrawn"},
    "pending": {"id": "persetujuan belum diberikan", "en": "consent pending"},
}
_NOTE = {
    "id": "Kutipan dari {count} partisipan tidak disertakan ({reasons}).",
    "en": "Quotes from {count} participant(s) were left out ({reasons}).",
}
_NONE = {
    "id": "Semua kutipan berasal dari partisipan yang memberikan persetujuan.",
    "en": "All quotes come from participants who gave their consent.",
}


@dataclass
class ConsentRule:
    """Which participants may be quoted; how many were left out, by consent status."""

    quotable_ids: set[int] = field(default_factory=set)
    left_out: Counter = field(default_factory=Counter)
    known_ids: set[int] = field(default_factory=set)

    @classmethod
    def for_participants(cls, participants: Iterable) -> ConsentRule:
        rule = cls()
        for person in participants:
            rule.known_ids.add(person.id)
            if person.quotable:
                rule.quotable_ids.add(person.id)
            else:
                rule.left_out[person.consent_status] += 1
        return rule

    @classmethod
    def for_project(cls, project) -> ConsentRule:
        return cls.for_participants(project.participants.list())

    def allows(self, participant_id: int | None) -> bool:
        """May a segment spoken by `participant_id` (None: nobody, a document) be shown?"""
        return participant_id is None or participant_id not in self.known_ids or (
            participant_id in self.quotable_ids)

    @property
    def count_left_out(self) -> int:
        return sum(self.left_out.values())

    def note(self, language: str = "id") -> str:
        """'Quotes from 2 participant(s) were left out (consent withdrawn: 1, ...)'."""
        lang = "en" if language == "en" else "id"
        if not self.count_left_out:
            return _NONE[lang]
        reasons = "; ".join(f"{_REASONS.get(status, {}).get(lang, status)}: {count}"
                            for status, count in sorted(self.left_out.items()))
        return _NOTE[lang].format(count=self.count_left_out, reasons=reasons)

    def as_json(self) -> dict:
        return {"participants_left_out": self.count_left_out,
                "by_consent_status": dict(sorted(self.left_out.items()))}

"""The interview question bank shipped with Telaah, read from `resources/guides/`.

`resources/guides/question_bank.json` holds, per framework node id, open questions with
probes in Indonesian and English, the stakeholder group *tags* each suits (government,
company, embassy, umkm, association; none: every group) and wordings for one tag. A
project's groups are matched to tags by keywords (`group_tag`), so renamed or added
groups still get the right wording when their name says what they are. Also here: the
observation protocol's sections and the titles of the opening and closing sections.
No Qt and no SQL; the generator that uses it is `importers.guide_draft`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

BANK_PATH = Path(__file__).resolve().parent.parent / "resources" / "guides" / "question_bank.json"
SPECIAL_SECTIONS = {"opening": {"id": "Pembuka", "en": "Opening"},
                    "closing": {"id": "Penutup", "en": "Closing"},
                    "notes": {"id": "Catatan berjalan", "en": "Running notes"}}


@dataclass(frozen=True)
class BankQuestion:
    """One question of the bank for one indicator."""

    indicator: str
    tags: tuple[str, ...]
    text_id: str
    text_en: str
    probes: tuple[dict[str, str], ...]
    variants: dict[str, dict[str, str]]

    def suits(self, tag: str | None) -> bool:
        return not self.tags or tag in self.tags


@dataclass(frozen=True)
class QuestionBank:
    questions: dict[str, tuple[BankQuestion, ...]]
    group_tags: dict[str, tuple[str, ...]]
    opening: dict[str, str]
    closing: dict[str, str]
    observation: tuple[dict[str, Any], ...]

    def group_tag(self, group_name: str) -> str | None:
        """The tag whose keywords the group's name contains, or None."""
        name = group_name.casefold()
        for tag, words in self.group_tags.items():
            if any(word in name for word in words):
                return tag
        return None

    def for_indicator(self, node_id: str) -> tuple[BankQuestion, ...]:
        return self.questions.get(node_id, ())


@cache
def load_bank(path: Path = BANK_PATH) -> QuestionBank:
    """The bank, read once."""
    data = json.loads(path.read_text(encoding="utf-8"))
    questions = {node_id: tuple(_question(node_id, q) for q in items)
                 for node_id, items in data["questions"].items()}
    return QuestionBank(questions=questions,
                        group_tags={k: tuple(v) for k, v in data["group_tags"].items()},
                        opening=data["opening"], closing=data["closing"],
                        observation=tuple(data["observation"]))


def _question(node_id: str, data: dict[str, Any]) -> BankQuestion:
    return BankQuestion(indicator=node_id, tags=tuple(data.get("for", ())),
                        text_id=data["id"], text_en=data["en"],
                        probes=tuple(data.get("probes", ())),
                        variants=dict(data.get("variants", {})))


def section_title(section: str, lang: str, code_labels: dict[str, dict[str, str]]) -> str:
    """A question section as shown: a framework node's label, a special section's
    title, or the text the researcher typed."""
    if section in SPECIAL_SECTIONS:
        return SPECIAL_SECTIONS[section][lang]
    if section in code_labels:
        labels = code_labels[section]
        return labels.get(lang) or labels.get("id") or section
    return section

"""Plain records of questionnaires (the XLSForm standard) and their responses.

A form is what an XLSForm workbook says: its `settings` (form_id, title, version,
default language), its `survey` rows (`Question`, begin/end group rows included, in
order) and its `choices` lists (`Choice`). Labels, hints and constraint messages are
dicts keyed by the XLSForm language (`"Bahasa Indonesia (id)"`, `"English (en)"`, or
`""` for a column without language). `FormDefinition` bundles a form with its questions
and choices; importers build it (ids 0) and `storage.surveys` stores it. No Qt, no SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# The question types Telaah stores (XLSForm names). `likert` is not a type of its own:
# a select_one over a list whose choice names are 1..5 or 1..7 is a Likert question.
ANSWER_TYPES = ("text", "integer", "decimal", "select_one", "select_multiple", "date")
LAYOUT_TYPES = ("note", "begin_group", "end_group")
QUESTION_TYPES = ANSWER_TYPES + LAYOUT_TYPES
SELECT_TYPES = ("select_one", "select_multiple")
LIKERT_SIZES = (5, 7)

_LANG_CODE = re.compile(r"\(([A-Za-z-]+)\)\s*$")


def language_code(language: str) -> str:
    """'Bahasa Indonesia (id)' -> 'id'; a language without a code stays as it is."""
    match = _LANG_CODE.search(language)
    return match.group(1).lower() if match else language.strip().lower()


def pick_label(labels: dict[str, str], lang: str = "id") -> str:
    """The text of `labels` in `lang` (a code such as 'id'), else the default column,
    else any language."""
    for language, text in labels.items():
        if text and language_code(language) == lang:
            return text
    if labels.get(""):
        return labels[""]
    return next((text for text in labels.values() if text), "")


@dataclass
class SurveyForm:
    id: int
    form_id: str
    title: str = ""
    version: str = ""
    default_language: str = ""
    settings: dict = field(default_factory=dict)
    created: str = ""
    modified: str = ""


@dataclass
class Question:
    id: int
    type: str
    name: str
    list_name: str = ""
    labels: dict = field(default_factory=dict)
    hints: dict = field(default_factory=dict)
    required: bool = False
    relevant: str = ""
    constraint: str = ""
    constraint_messages: dict = field(default_factory=dict)
    indicators: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)   # other XLSForm columns, kept for export
    position: int = 0
    row: int = 0                                # the survey sheet row it came from

    def label(self, lang: str = "id") -> str:
        return pick_label(self.labels, lang) or self.name

    @property
    def answers(self) -> bool:
        """True for a row that has a value (not a note or group row; other XLSForm
        types such as calculate or start are kept as text)."""
        return self.type not in LAYOUT_TYPES

    @property
    def full_type(self) -> str:
        """The XLSForm `type` cell: 'select_one agree5', 'begin_group' ..."""
        return f"{self.type} {self.list_name}" if self.list_name else self.type


@dataclass
class Choice:
    list_name: str
    name: str
    labels: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)
    id: int = 0
    position: int = 0

    def label(self, lang: str = "id") -> str:
        return pick_label(self.labels, lang) or self.name


@dataclass
class FormDefinition:
    """A whole form: settings, questions in order, choice lists by name."""

    form: SurveyForm
    questions: list[Question] = field(default_factory=list)
    choices: dict[str, list[Choice]] = field(default_factory=dict)

    def answer_questions(self) -> list[Question]:
        return [q for q in self.questions if q.answers]

    def question(self, name: str) -> Question | None:
        return next((q for q in self.questions if q.name == name and q.answers), None)

    def paths(self) -> dict[str, Question]:
        """Each answer question by its group path ('group/question')."""
        found, stack = {}, []
        for question in self.questions:
            if question.type == "begin_group":
                stack.append(question.name)
            elif question.type == "end_group":
                if stack:
                    stack.pop()
            elif question.answers:
                found["/".join([*stack, question.name])] = question
        return found

    def likert_scale(self, question: Question) -> list[Choice] | None:
        """The ordered choices of a Likert question (names 1..5 or 1..7), else None."""
        if question.type != "select_one":
            return None
        choices = self.choices.get(question.list_name, [])
        names = [c.name.strip() for c in choices]
        if len(names) in LIKERT_SIZES and names == [str(i) for i in range(1, len(names) + 1)]:
            return choices
        return None

    def languages(self) -> list[str]:
        """Every language named in labels, hints or choices, in first-seen order."""
        seen: dict[str, None] = {}
        for question in self.questions:
            seen.update(dict.fromkeys(question.labels))
            seen.update(dict.fromkeys(question.hints))
        for choices in self.choices.values():
            for choice in choices:
                seen.update(dict.fromkeys(choice.labels))
        return list(seen)


@dataclass
class SurveyResponse:
    id: int
    form_id: int
    respondent: str
    participant_id: int | None = None
    complete: bool = False
    submitted: str | None = None
    created: str = ""
    modified: str = ""

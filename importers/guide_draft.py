"""Draft interview guides from the chosen frameworks, indicators and stakeholder groups.

`draft_questions` picks from the question bank (`storage.question_bank`) the questions
for each chosen indicator and group: a question restricted to some group tags is asked
only of the groups with those tags, and a group with its own wording gets it as the
question's variant. Questions are grouped in sections by the indicator's dimension
(DeSeve, which has none, by its framework), between an opening and a closing question.
`generate_guide` writes the draft as one undoable action. `observation_sections` gives
an observation protocol whose sections map to the project's indicators.
"""

from __future__ import annotations

from typing import Any

from storage import Project, messages
from storage.errors import NotFoundError, ValidationError
from storage.frameworks import framework_of
from storage.question_bank import QuestionBank, load_bank


def chosen_indicators(project: Project, frameworks=(), indicators=()) -> list[str]:
    """Node ids, in codebook order, of the indicators the bank has questions for."""
    bank = load_bank()
    in_project = [c.node_id for c in project.codes.list() if c.node_id]
    if indicators:
        chosen = [_bank_node(project, bank, key) for key in indicators]
        return [n for n in in_project if n in set(chosen)]
    wanted = set(frameworks) or set(project.study.get().frameworks)
    found = [n for n in in_project if framework_of(n) in wanted and bank.for_indicator(n)]
    if not found:
        raise ValidationError.of(messages.NO_INDICATORS_CHOSEN,
                                 names=", ".join(sorted(wanted)) or "-")
    return found


def _bank_node(project: Project, bank: QuestionBank, key: str) -> str:
    """The node with bank questions for `key` (a sub-indicator asks its indicator's)."""
    try:
        node_id = project.codes.resolve(key).node_id
    except NotFoundError:
        node_id = None
    while node_id and not bank.for_indicator(node_id):
        node_id = node_id.rsplit(".", 1)[0] if "." in node_id else None
    if not node_id:
        raise ValidationError.of(messages.UNKNOWN_INDICATOR, key=key)
    return node_id


def draft_questions(project: Project, frameworks=(), indicators=(), groups=(),
                    ) -> list[dict[str, Any]]:
    """The questions of a draft guide, as `guides.add_questions` takes them."""
    bank = load_bank()
    for name in groups:
        project.participants.resolve_group(name)
    names = list(groups) or [g.name for g in project.participants.groups()]
    tags = {name: bank.group_tag(name) for name in names}
    codes = {c.node_id: c for c in project.codes.list() if c.node_id}
    everyone = {"groups": [] if not groups else names}
    drafted = [{"section": "opening", "text_id": bank.opening["id"],
                "text_en": bank.opening["en"], **everyone}]
    for node_id in chosen_indicators(project, frameworks, indicators):
        section = _section_of(node_id, codes)
        for question in bank.for_indicator(node_id):
            asked = [n for n in names if question.suits(tags[n])]
            if asked:
                drafted.append(_drafted(question, section, asked, names, tags, groups))
    drafted.append({"section": "closing", "text_id": bank.closing["id"],
                    "text_en": bank.closing["en"], **everyone})
    return drafted


def _drafted(question, section: str, asked: list[str], names: list[str], tags: dict,
             groups) -> dict[str, Any]:
    restricted = bool(groups) or len(asked) < len(names)
    variants = {name: dict(question.variants[tags[name]]) for name in asked
                if tags[name] in question.variants}
    return {"section": section, "text_id": question.text_id, "text_en": question.text_en,
            "probes": [dict(p) for p in question.probes], "indicators": [question.indicator],
            "groups": asked if restricted else [], "variants": variants, "origin": "bank"}


def _section_of(node_id: str, codes: dict) -> str:
    """The dimension above the indicator, or the framework root where there is none."""
    by_id = {c.id: c for c in codes.values()}
    code = codes[node_id]
    while code.level not in ("dimension", "framework") and code.parent_id in by_id:
        code = by_id[code.parent_id]
    return code.node_id


def generate_guide(project: Project, name: str, frameworks=(), indicators=(), groups=(),
                   origin: object = None) -> int:
    """Create the guide `name` with a draft from the bank, as one action."""
    questions = draft_questions(project, frameworks, indicators, groups)
    with project.action(f"Generate guide {name}", origin) as act:
        guide_id = project.guides.create(name)
        project.guides.add_questions(act, guide_id, questions)
    return guide_id


def observation_sections(project: Project, lang: str = "id") -> list[dict[str, Any]]:
    """The observation protocol: the bank's sections (indicators kept where the project
    has them) and the running notes last."""
    present = {c.node_id for c in project.codes.list() if c.node_id}
    sections = [{"section": s["key"], "text_id": s["id"], "text_en": s["en"],
                 "probes": [{"id": s["prompt_id"], "en": s["prompt_en"]}],
                 "indicators": [n for n in s["indicators"] if n in present]}
                for s in load_bank().observation]
    sections.append({"section": "notes", "text_id": "Catatan berjalan",
                     "text_en": "Running notes", "probes": [], "indicators": []})
    return sections

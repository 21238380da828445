"""A draft questionnaire generated from chosen indicators.

`draft_form(project, form_id, indicator_keys)` builds a bilingual XLSForm draft: a first
question asking which party the respondent represents (a select_one, usable as
`survey summary --by kelompok`), then for each indicator one or two Likert statements
(5-point agreement scale) from `resources/surveys/likert_statements.json`, written from
the indicator's definition and cues for participants of a collaborative programme, in
Indonesian and English, each linked to its indicator (`telaah_indicator`), grouped by
framework, and a closing open question. An indicator without statements in the bank (a
custom code) gets one general statement naming it. `add_draft` stores the draft as a
new form; the researcher edits it in the form editor or exports it to XLSForm.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from storage.survey_models import Choice, FormDefinition, Question, SurveyForm

BANK = Path(__file__).resolve().parent.parent / "resources" / "surveys" / "likert_statements.json"
ID, EN = "Bahasa Indonesia (id)", "English (en)"


@cache
def statement_bank() -> dict:
    return json.loads(BANK.read_text(encoding="utf-8"))


def _labels(texts: dict[str, str]) -> dict[str, str]:
    return {ID: texts["id"], EN: texts["en"]}


def _statements(code) -> list[dict[str, str]]:
    entry = statement_bank()["statements"].get(code.key)
    if entry:
        return [{"id": i, "en": e} for i, e in zip(entry["id"], entry["en"], strict=True)]
    return [{"id": f"Menurut saya, aspek \u201c{code.label('id')}\u201d sudah berjalan baik "
                   "dalam program ini.",
             "en": f"In my view, \u201c{code.label('en')}\u201d works well in this programme."}]


def default_indicators(project) -> list[str]:
    """Every indicator of the study's frameworks that the statement bank covers."""
    from analysis.evidence import Evidence

    evidence = Evidence.load(project)
    bank = statement_bank()["statements"]
    return [evidence.key(i) for i in evidence.rows("indicators") if evidence.key(i) in bank]


def draft_form(project, form_id: str, indicator_keys: list[str], title: str = "") -> FormDefinition:
    """The draft questionnaire for `indicator_keys` (see the module docstring)."""
    bank = statement_bank()
    codes = [project.codes.resolve(key) for key in indicator_keys or default_indicators(project)]
    form = SurveyForm(0, form_id=form_id, title=title or "Kuesioner program kolaborasi",
                      default_language=ID)
    definition = FormDefinition(form)
    group = bank["respondent_group"]
    definition.questions.append(Question(0, "select_one", group["name"], group["list_name"],
                                         labels=_labels(group["label"]), required=True))
    definition.choices[group["list_name"]] = [
        Choice(group["list_name"], c["name"], _labels(c)) for c in group["choices"]]
    scale = bank["scale"]
    definition.choices[scale["list_name"]] = [
        Choice(scale["list_name"], c["name"], _labels(c)) for c in scale["choices"]]
    used: set[str] = {group["name"]}
    framework = None
    for code in codes:
        if code.framework_id != framework:
            if framework is not None:
                definition.questions.append(Question(0, "end_group", ""))
            framework = code.framework_id
            definition.questions.append(Question(
                0, "begin_group", _unique(framework or "lainnya", used),
                labels={ID: "Pernyataan", EN: "Statements"}))
        statements = _statements(code)
        for number, texts in enumerate(statements, 1):
            base = code.key.rsplit(".", 1)[-1] if code.node_id else f"code_{code.id}"
            name = _unique(f"{base}_{number}" if len(statements) > 1 else base, used)
            definition.questions.append(Question(
                0, "select_one", name, scale["list_name"], labels=_labels(texts),
                indicators=[code.key]))
    if framework is not None or codes:
        definition.questions.append(Question(0, "end_group", ""))
    closing = bank["closing_question"]
    definition.questions.append(Question(0, "text", closing["name"],
                                         labels=_labels(closing["label"])))
    return definition


def _unique(name: str, used: set[str]) -> str:
    candidate, number = name, 2
    while candidate in used:
        candidate, number = f"{name}_{number}", number + 1
    used.add(candidate)
    return candidate


def add_draft(project, form_id: str, indicator_keys: list[str], title: str = "",
              origin: object = None) -> int:
    """Generate and store the draft; returns the new form's id."""
    return project.surveys.add_form(draft_form(project, form_id, indicator_keys, title), origin)

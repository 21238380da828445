"""Open answers of a questionnaire made codable: one source per text question.

`make_codable(project, form_id)` writes, for every `text` question that has answers, a
source of technique `survey` titled "FORM_ID: question label" whose text lists the
answers one paragraph each, prefixed by the respondent id ("R001: ..."). One source
per question (not per respondent) because open survey answers are read and coded
across respondents, question by question, and because a survey of thousands would
otherwise flood the source list with one-line sources. Coded segments count for the
survey technique in triangulation and the matrix. Running it again after more
responses came in updates the same sources as a text edit, so coding already done
stays on its words. Everything happens in one action.
"""

from __future__ import annotations


def answers_text(rows: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"{respondent}: {' '.join(answer.split())}"
                       for respondent, answer in rows)


def make_codable(project, form_id: str, lang: str = "id", origin: object = None) -> list[int]:
    """Write or update the survey sources of `form_id`; returns their ids."""
    form = project.surveys.form(form_id)
    definition = project.surveys.definition(form.id)
    repo = project.survey_responses
    written = []
    with project.action(f"Make open answers of {form_id} codable", origin):
        for question in definition.questions:
            rows = repo.open_answers(question.id) if question.type == "text" else []
            if not rows:
                continue
            text = answers_text(rows)
            source_id = repo.text_source_of(question.id)
            if source_id is None:
                source_id = project.sources.add(
                    "survey", f"{form_id}: {question.label(lang)}", text,
                    memo=f"Open answers to '{question.name}' ({len(rows)} respondents).")
                repo.link_text_source(source_id, question.id)
            elif project.sources.text(source_id) != text:
                project.sources.set_text(source_id, text)
            written.append(source_id)
    return written

"""The survey chapter of the Word report: per questionnaire a Likert table and a chart.

`write_surveys(document, data, add_table)` writes, for each `SurveySection` gathered
by `exporters.report.surveys`, a Heading 1, an introductory sentence, the captioned
Likert table (through the report's own table writer, so tables stay numbered across
the report) and the diverging bar chart (`exporters.word.survey_chart`) as a picture with a
numbered "Figure" caption. Nothing is written for a study without survey answers.
"""

from __future__ import annotations

import io

from docx.shared import Inches

from exporters.textutil import xml_safe
from exporters.word import parts
from exporters.word.survey_chart import diverging_chart


def outline(data) -> list[tuple[int, str]]:
    """The contents entries of the chapter."""
    return [(1, section.title) for section in getattr(data, "surveys", [])]


def write_surveys(document, data, add_table) -> None:
    """Add the survey chapter (see the module docstring)."""
    for figure, section in enumerate(getattr(data, "surveys", []), 1):
        document.add_heading(section.title, level=1)
        document.add_paragraph(section.intro)
        add_table(section.table)
        picture = diverging_chart(section.chart_rows, section.point_labels)
        document.add_picture(io.BytesIO(picture), width=Inches(6.2))
        _figure_caption(document, data.labels["figure"], figure, section.chart_title)


def _figure_caption(document, word: str, number: int, title: str) -> None:
    """'Gambar 1. Title' in the Caption style, numbered by its own SEQ field."""
    paragraph = parts.styled_paragraph(document, "Caption")
    paragraph.add_run(f"{word} ")
    parts.add_field(paragraph, "SEQ Figure \\* ARABIC", str(number))
    paragraph.add_run(f". {xml_safe(title)}")

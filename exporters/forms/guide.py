"""An interview guide printed to Word, in Indonesian or English, for one group or all.

A4 (`exporters.word.parts.page_setup`). The title page names the study and the guide and leaves
lines for the informant code, group, date and place, and a consent line; then come the
sections with numbered questions, their probes, and a box to write the answer in.
`--group` prints that group's questions in its variant wording. Built-in styles only,
so the document can be restyled; written atomically (`atomic.atomic_output`).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.shared import Cm, Pt

from exporters.atomic import atomic_output
from exporters.privacy.pseudonymize import Pseudonymizer
from exporters.privacy.safeguards import output_guard
from exporters.word.parts import TEXT_TABLE_STYLE, page_setup, styled_paragraph, text_width
from storage import Project, messages
from storage.errors import ValidationError
from storage.question_bank import section_title

LABELS = {
    "id": {"guide": "Panduan wawancara", "study": "Penelitian", "code": "Kode informan",
           "group": "Kelompok pemangku kepentingan", "date": "Tanggal", "place": "Tempat",
           "interviewer": "Pewawancara",
           "consent": "Persetujuan informan: ☐ tertulis   ☐ lisan   ☐ terekam   "
                      "Paraf: ______________",
           "consent_note": "Informan telah mendapat penjelasan tentang tujuan penelitian dan "
                           "bersedia diwawancarai; kutipan hanya dipakai dengan "
                           "persetujuannya."},
    "en": {"guide": "Interview guide", "study": "Study", "code": "Informant code",
           "group": "Stakeholder group", "date": "Date", "place": "Place",
           "interviewer": "Interviewer",
           "consent": "Informant's consent: ☐ written   ☐ verbal   ☐ recorded   "
                      "Initials: ______________",
           "consent_note": "The informant has been told the purpose of the study and agrees "
                           "to be interviewed; quotes are used only with their consent."},
}
BLANK = "______________________________"
ANSWER_BOX = Cm(4.5)


def write_guide_docx(project: Project, guide_id: int, path: str | Path, lang: str = "id",
                     group: str | None = None, pseudonymize: bool = False) -> Path:
    """Write the guide to `path`; returns the path written. `pseudonymize` replaces every
    protected term (names, identifying organisations, the always-replace list) in the
    study title and the questions, and the finished file is then scanned."""
    lang = "en" if lang == "en" else "id"
    guide = project.guides.get(guide_id)
    if group is not None:
        project.participants.resolve_group(group)
        group = project.participants.group_by_name(group).name
    questions = guide.for_group(group)
    if not questions:
        raise ValidationError.of(messages.GUIDE_EMPTY, name=guide.name)
    document = Document()
    page_setup(document.sections[0])
    pseudo = Pseudonymizer.for_project(project) if pseudonymize else Pseudonymizer.off()
    _title_page(document, pseudo(project.study.get().title), pseudo(guide.name), group, lang)
    labels = {c.node_id: {"id": c.label_id, "en": c.label_en}
              for c in project.codes.list() if c.node_id}
    section = None
    for number, question in enumerate(questions, 1):
        if question.section != section:
            section = question.section
            if section:
                document.add_heading(section_title(section, lang, labels), level=1)
        _question(document, number, pseudo(question.text(lang, group)),
                  [pseudo(probe) for probe in question.probe_texts(lang)], lang)
    with atomic_output(path, **output_guard(project, pseudo)) as temporary:
        document.save(temporary)
    return Path(path)


def _title_page(document, study: str, guide: str, group: str | None, lang: str) -> None:
    words = LABELS[lang]
    document.add_heading(words["guide"], level=0)
    styled_paragraph(document, "Subtitle", guide)
    if study:
        document.add_paragraph(f"{words['study']}: {study}")
    for key in ("code", "group", "date", "place", "interviewer"):
        value = group if key == "group" and group else BLANK
        paragraph = document.add_paragraph(f"{words[key]}: {value}")
        paragraph.paragraph_format.space_after = Pt(10)
    document.add_paragraph(words["consent_note"])
    document.add_paragraph(words["consent"])
    document.add_page_break()


def _question(document, number: int, text: str, probes: list[str], lang: str) -> None:
    heading = document.add_paragraph()
    heading.paragraph_format.keep_with_next = True
    heading.add_run(f"{number}. {text}").bold = True
    for probe in probes:
        item = styled_paragraph(document, "List Bullet", "")
        item.paragraph_format.keep_with_next = True
        item.add_run(probe).italic = True
    table = document.add_table(rows=1, cols=1)
    table.style = document.styles[TEXT_TABLE_STYLE]
    row = table.rows[0]
    row.height, row.height_rule = ANSWER_BOX, WD_ROW_HEIGHT_RULE.AT_LEAST
    row.cells[0].width = text_width(document.sections[0])
    document.add_paragraph()

"""The Word report: title page, contents, method (with inter-coder agreement), findings,
survey chapters, the collaboration network, summary tables, references, memo and
codebook appendices.

`write_docx(project, path, options, progress)` gathers a `ReportData` and lays it out
with python-docx on the default template, keeping to built-in styles (Title,
Heading 1-3, Quote, Caption, List Bullet/Number, table styles) so a supervisor can
restyle the whole report from the Styles pane. The method section is written from the
study's settings (`exporters.report.method`); findings go framework (Heading 1, opening with its
verdict table), dimension (Heading 2), indicator (Heading 3; Heading 2 when a
framework has no dimensions). The summary tables sit in a landscape section so wide
matrices fit; every section after the title page numbers its first page too. The
proofing language is the report's (id-ID or en-GB) on the styles and every run. The
file is written to a temporary file and moved into place (`exporters.atomic`).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

from exporters.atomic import atomic_output, check_target
from exporters.network.report import network_outline, network_section
from exporters.options import ExportOptions
from exporters.report import agreement as report_agreement
from exporters.report.data import STEPS, ReportData, TableData, gather_report
from exporters.textutil import xml_safe
from exporters.word import parts
from exporters.word.findings import write_findings, write_memo_appendix
from exporters.word.parts import styled_paragraph
from exporters.word.surveys import outline as survey_outline
from exporters.word.surveys import write_surveys
from storage.progress import Progress


def write_docx(project, path: str | Path, options: ExportOptions | None = None,
               progress: Progress | None = None) -> Path:
    """Write the Word report of `project` to `path`; returns the path written."""
    options = options or ExportOptions()
    target = check_target(path, project.path)
    with project.snapshot():
        data = gather_report(project, options, progress)
    document = build_document(data)
    if data.context.pseudo.active:
        parts.scrub(document, data.context.pseudo)
    parts.set_language(document, parts.LANGUAGE_TAGS[data.labels.lang])
    data.context.step(5, STEPS, "")
    with atomic_output(target, **data.context.output_guard()) as temporary:
        document.save(str(temporary))
        data.context.step(STEPS, STEPS, "")
    return target


def build_document(data: ReportData):
    document = Document()
    section = document.sections[0]
    parts.page_setup(section)
    section.different_first_page_header_footer = True  # no page number on the title page
    parts.page_number_footer(section, data.labels["page"])
    parts.style_quotes(document)
    parts.keep_headings_with_next(document)
    parts.one_table_font(document)
    _core_properties(document, data)
    _title_page(document, data)
    outline = _outline(data)
    bookmarks = parts.table_of_contents(document, outline, data.labels["toc_note"])
    _page_break(document)
    writer = _Tables(document, data)
    _method(document, data, writer)
    write_findings(document, data, writer)
    write_surveys(document, data, writer.add)
    network_section(document, data, writer, figure_number=len(data.surveys) + 1)
    _new_section(document, landscape=True)
    document.add_heading(data.labels["tables"], level=1)
    for table in data.summary_tables:
        writer.add(table)
    _new_section(document)
    _references(document, data)
    if data.memo_groups:
        write_memo_appendix(document, data)
    if data.codebook is not None and data.codebook.rows:
        document.add_heading(data.labels["appendix"], level=1)
        writer.add(data.codebook, caption=False)
    parts.bookmark_headings(document, outline, bookmarks)
    return document


def _new_section(document, landscape: bool = False) -> None:
    """A new page section whose first page is numbered like the others."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    parts.page_setup(section, landscape=landscape)
    section.different_first_page_header_footer = False


def _references(document, data: ReportData) -> None:
    document.add_heading(data.labels["references"], level=1)
    for runs in data.references:
        paragraph = styled_paragraph(document, "Normal")
        paragraph.paragraph_format.left_indent = Cm(1.27)  # APA: hanging indent
        paragraph.paragraph_format.first_line_indent = Cm(-1.27)
        for text, italic in runs:
            paragraph.add_run(xml_safe(text)).italic = italic or None


def _core_properties(document, data: ReportData) -> None:
    properties = document.core_properties
    properties.title = xml_safe(data.title)[:250]
    properties.subject = data.labels["report"]
    properties.author = xml_safe(", ".join(data.coders))[:250] or "Telaah"
    properties.last_modified_by = "Telaah"
    properties.comments = ""
    properties.keywords = ", ".join(data.framework_names)


def _title_page(document, data: ReportData) -> None:
    labels = data.labels
    document.add_paragraph(labels["report"], style="Subtitle")
    document.add_paragraph(xml_safe(data.title) or labels["study"], style="Title")
    facts = [(labels["site"], data.site), (labels["period"], data.period),
             (labels["frameworks"], "; ".join(data.framework_names)),
             (labels["coders"], ", ".join(data.coders)),
             (labels["generated"], labels.date(data.generated, long=True))]
    for name, value in facts:
        if not value:
            continue
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(4)
        paragraph.add_run(f"{name}: ").bold = True
        paragraph.add_run(xml_safe(value))
    if data.options.pseudonymize:
        document.add_paragraph().add_run(labels["pseudonymised"]).italic = True
    document.add_paragraph().add_run(data.context.consent.note(data.options.language)).italic = True
    if data.research_questions:
        heading = document.add_paragraph()  # not a Heading style: kept out of the contents
        heading.paragraph_format.space_before = Pt(12)
        heading.add_run(labels["research_questions"]).bold = True
        for line in data.research_questions.splitlines():
            if line.strip():
                document.add_paragraph(xml_safe(line.strip()))
    _page_break(document)
    document.add_paragraph(labels["toc"], style="TOC Heading")


def _outline(data: ReportData) -> list[tuple[int, str]]:
    labels = data.labels
    entries = [(1, labels["method"]), (2, labels["design"]), (2, labels["participants"]),
               (2, labels["frameworks_heading"]), (2, labels["analysis_steps"]),
               (2, labels["validity"]), *report_agreement.outline(data)]
    if data.method.scope:
        entries.append((2, labels["scope"]))
    for section in data.findings:
        entries.append((1, f"{labels['findings']}: {section.label}"))
        entries.extend((2, d.label) for d in section.dimensions if d.label)
    entries += [*survey_outline(data), *network_outline(data), (1, labels["tables"]),
                (1, labels["references"])]
    if data.memo_groups:
        entries.append((1, labels["memo_appendix"]))
        entries.extend((2, group.title) for group in data.memo_groups)
    if data.codebook is not None and data.codebook.rows:
        entries.append((1, labels["appendix"]))
    return entries


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _method(document, data: ReportData, writer) -> None:
    labels, text = data.labels, data.method
    document.add_heading(labels["method"], level=1)
    by_key = {t.key: t for t in data.method_tables}
    _part(document, labels["design"], text.design)
    writer.add(by_key["sources_by_technique"])
    if by_key["sources_by_group"].rows:
        writer.add(by_key["sources_by_group"])
    _part(document, labels["participants"], text.informants)
    if by_key["participants"].rows:
        writer.add(by_key["participants"])
    _part(document, labels["frameworks_heading"], text.frameworks)
    _part(document, labels["analysis_steps"], [text.steps_intro])
    for step in text.steps:
        styled_paragraph(document, "List Number", xml_safe(step))
    _part(document, labels["validity"], text.validity)
    report_agreement.add_to_docx(document, data, writer)
    if text.scope:
        _part(document, labels["scope"], [text.scope])


def _part(document, heading: str, paragraphs: list[str]) -> None:
    document.add_heading(heading, level=2)
    for paragraph in paragraphs:
        document.add_paragraph(xml_safe(paragraph))


class _Tables:
    """Adds captioned tables, numbering them 1, 2, 3... across the report."""

    def __init__(self, document, data: ReportData):
        self.document = document
        self.labels = data.labels
        self.number = 0

    def add(self, table: TableData, style: str | None = None, caption: bool = True) -> None:
        document = self.document
        if caption:
            self.number += 1
            parts.caption(document, self.labels["table"], self.number, table.title)
        width = parts.text_width(document.sections[-1])
        parts.add_table(document, table.header, table.rows, width, table.widths or None,
                        style=style or parts.DATA_TABLE_STYLE, indents=table.indents or None)
        document.add_paragraph()

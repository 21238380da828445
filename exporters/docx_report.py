"""The Word report: title page, contents, method, findings, summary tables, codebook.

`write_docx(project, path, options, progress)` gathers a `ReportData` and lays it out
with python-docx on the default template, keeping to built-in styles (Title,
Heading 1-3, Quote, Caption, List Bullet/Number, table styles) so a supervisor can
restyle the whole report from the Styles pane. Findings go framework (Heading 1),
dimension (Heading 2), indicator (Heading 3; Heading 2 when a framework has no
dimensions). The summary tables sit in a landscape section so wide matrices fit. The
file is written to a temporary file and moved into place (`exporters.atomic`).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from exporters import docx_parts as parts
from exporters import report_agreement
from exporters.atomic import atomic_output, check_target
from exporters.docx_findings import write_findings
from exporters.docx_surveys import outline as survey_outline
from exporters.docx_surveys import write_surveys
from exporters.network_report import network_section
from exporters.options import ExportOptions
from exporters.report_data import STEPS, ReportData, TableData, gather_report
from exporters.textutil import xml_safe
from storage.progress import Progress


def write_docx(project, path: str | Path, options: ExportOptions | None = None,
               progress: Progress | None = None) -> Path:
    """Write the Word report of `project` to `path`; returns the path written."""
    options = options or ExportOptions()
    target = check_target(path)
    data = gather_report(project, options, progress)
    document = build_document(data)
    if data.context.pseudo.active:
        parts.scrub(document, data.context.pseudo)
    data.context.step(5, STEPS, "")
    with atomic_output(target) as temporary:
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
    _core_properties(document, data)
    _title_page(document, data)
    parts.table_of_contents(document, _outline(data), data.labels["toc_note"])
    _page_break(document)
    writer = _Tables(document, data)
    _method(document, data, writer)
    write_findings(document, data)
    write_surveys(document, data, writer.add)
    network_section(document, data, writer)
    landscape = document.add_section(WD_SECTION.NEW_PAGE)
    parts.page_setup(landscape, landscape=True)
    document.add_heading(data.labels["tables"], level=1)
    for table in data.summary_tables:
        writer.add(table)
    portrait = document.add_section(WD_SECTION.NEW_PAGE)
    parts.page_setup(portrait)
    document.add_heading(data.labels["appendix"], level=1)
    if data.codebook is not None:
        writer.add(data.codebook, caption=False)
    return document


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
    entries = [(1, labels["method"]), (2, labels["sources"]), (2, labels["participants"]),
               (2, labels["analysis_steps"])]
    for section in data.findings:
        entries.append((1, f"{labels['findings']}: {section.label}"))
        entries.extend((2, d.label) for d in section.dimensions if d.label)
    entries += [*survey_outline(data), (1, labels["tables"]), (1, labels["appendix"])]
    return entries


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _method(document, data: ReportData, writer) -> None:
    labels = data.labels
    document.add_heading(labels["method"], level=1)
    document.add_heading(labels["sources"], level=2)
    by_key = {t.key: t for t in data.method_tables}
    writer.add(by_key["sources_by_technique"])
    writer.add(by_key["sources_by_group"])
    document.add_heading(labels["participants"], level=2)
    writer.add(by_key["participants"])
    document.add_heading(labels["analysis_steps"], level=2)
    document.add_paragraph(labels["steps_intro"])
    for key in ("step_reduction", "step_display", "step_conclusion"):
        document.add_paragraph(labels[key], style="List Number")
    document.add_paragraph(labels["steps_triangulation"])
    report_agreement.add_to_docx(document, data, writer)


class _Tables:
    """Adds captioned tables, numbering them 1, 2, 3... across the report."""

    def __init__(self, document, data: ReportData):
        self.document = document
        self.labels = data.labels
        self.number = 0

    def add(self, table: TableData, style: str | None = None, caption: bool = True) -> None:
        document = self.document
        if not table.header:
            document.add_paragraph(table.title, style="Heading 2")
            document.add_paragraph(self.labels["summary_grid_empty"])
            return
        if caption:
            self.number += 1
            parts.caption(document, self.labels["table"], self.number, table.title)
        width = parts.text_width(document.sections[-1])
        parts.add_table(document, table.header, table.rows, width, table.widths or None,
                        style=style or parts.DATA_TABLE_STYLE, indents=table.indents or None)
        document.add_paragraph()

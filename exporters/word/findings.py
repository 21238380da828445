"""The findings chapter of the Word report: a verdict table, then one block per indicator.

Each framework opens with its citation and its verdict table. Each indicator gets a
heading, its definition, the verdict and conclusion, a line per triangulation kind the
study chose, flags, the counts behind them, what each group said and each technique
showed side by side, the key quotes (Quote style, each followed by its attribution
such as "P03 · Pemilik UMKM · wawancara · 12 Mar 2025"; cuts marked "(…)"), a
separate paragraph for contradicting evidence, and the memos linked to it. The memo
appendix (study, source and participant memos) is written here too.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from exporters.report.data import IndicatorSection, Quote, ReportData
from exporters.report.media import FIGURE_WORD
from exporters.textutil import xml_safe
from exporters.word.media import add_figures
from exporters.word.parts import styled_paragraph

MUTED = RGBColor(0x59, 0x59, 0x59)


def write_findings(document, data: ReportData, writer) -> None:
    labels = data.labels
    for section in data.findings:
        document.add_heading(f"{labels['findings']}: {section.label}", level=1)
        if section.citation:
            cited = document.add_paragraph()
            cited.paragraph_format.keep_with_next = True
            _muted(cited, f"({xml_safe(section.citation)})", size=9)
        if section.verdict_table is not None and section.verdict_table.rows:
            writer.add(section.verdict_table)
        for dimension in section.dimensions:
            level = 3
            if dimension.label:
                document.add_heading(xml_safe(dimension.label), level=2)
                if dimension.definition:
                    intro = document.add_paragraph()
                    intro.paragraph_format.keep_with_next = True
                    _muted(intro, xml_safe(dimension.definition))
            else:
                level = 2
            for indicator in dimension.indicators:
                _indicator(document, data, indicator, level, writer)


def write_memo_appendix(document, data: ReportData) -> None:
    """Appendix: the study memo, source memos and memos on participants."""
    document.add_heading(data.labels["memo_appendix"], level=1)
    for group in data.memo_groups:
        document.add_heading(xml_safe(group.title), level=2)
        for about, memo in group.memos:
            title = " \u2014 ".join(p for p in (about, memo.title) if p)
            if title:
                _label_paragraph(document, xml_safe(title))
            for line in memo.body.splitlines() or [""]:
                if line.strip():
                    document.add_paragraph(xml_safe(line.strip()))
            byline = ", ".join(p for p in (memo.author, memo.date) if p)
            if byline:
                _muted(document.add_paragraph(), xml_safe(byline), size=9)


def _indicator(document, data: ReportData, indicator: IndicatorSection, level: int,
               writer) -> None:
    labels = data.labels
    document.add_heading(xml_safe(indicator.label), level=level)
    if indicator.definition:
        _labelled(document, labels["definition"], indicator.definition)
    _labelled(document, labels["verdict"], indicator.verdict or labels["no_verdict"],
              bold_value=bool(indicator.verdict))
    if indicator.conclusion:
        _labelled(document, labels["conclusion"], indicator.conclusion)
    for kind, met, found in indicator.kinds:
        value = labels["met" if met else "not_met"] + (f" ({found})" if found else "")
        _labelled(document, kind[:1].upper() + kind[1:], value)
    if indicator.flags:
        _labelled(document, labels["flags"], "; ".join(indicator.flags))
    _labelled(document, labels["counts"], counts_sentence(data, indicator))
    add_figures(document, indicator.figures, FIGURE_WORD[data.options.language])
    if not indicator.row.segments:
        return
    for table in indicator.side_by_side:
        if table.rows:
            writer.add(table)
    if indicator.quotes:
        _label_paragraph(document, labels["key_quotes"])
        for quote in indicator.quotes:
            _quote(document, quote)
    if indicator.contradicting:
        _label_paragraph(document, labels["contradicting"])
        for quote in indicator.contradicting:
            _quote(document, quote)
    if indicator.memos:
        _label_paragraph(document, labels["memos"])
        for memo in indicator.memos:
            paragraph = styled_paragraph(document, "List Bullet")
            if memo.title:
                paragraph.add_run(xml_safe(memo.title) + ". ").bold = True
            paragraph.add_run(xml_safe(memo.body))
            byline = ", ".join(p for p in (memo.author, memo.date) if p)
            if byline:
                _muted(paragraph, f" ({xml_safe(byline)})")


def counts_sentence(data: ReportData, indicator: IndicatorSection) -> str:
    """'12 segmen (10 mendukung, 2 bertentangan) dari 5 sumber, 4 partisipan, ...'."""
    labels = data.labels
    counts = indicator.row.counts()
    counts["dates"] = len(indicator.row.stats.dates)
    word = "dari" if labels.lang == "id" else "from"
    parts = [labels.count(counts[name], key) for name, key in (
        ("sources", "sources_n"), ("participants", "participants_n"), ("groups", "groups_n"),
        ("techniques", "techniques_n"), ("dates", "dates_n"))]
    return (f"{labels.count(counts['segments'], 'segments')} ({counts['supporting']} "
            f"{labels['supports']}, {counts['contradicting']} {labels['contradicts']}) "
            f"{word} " + ", ".join(parts) + ".")


def _labelled(document, label: str, value: str, bold_value: bool = False) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(4)
    paragraph.add_run(f"{label}: ").bold = True
    run = paragraph.add_run(xml_safe(value))
    run.bold = bold_value


def _label_paragraph(document, label: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.paragraph_format.space_after = Pt(2)
    paragraph.paragraph_format.keep_with_next = True
    paragraph.add_run(label).bold = True


def _quote(document, quote: Quote) -> None:
    paragraph = styled_paragraph(document, "Quote")
    paragraph.add_run(f"\u201c{xml_safe(quote.text)}\u201d" if quote.spoken
                      else xml_safe(quote.text))
    attribution = styled_paragraph(document, "Quote")
    attribution.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    attribution.paragraph_format.space_before = Pt(0)
    run = attribution.add_run(f"\u2014 {xml_safe(quote.attribution)}")
    run.italic = False
    run.font.size = Pt(9)
    paragraph.paragraph_format.keep_with_next = True
    paragraph.paragraph_format.space_after = Pt(0)


def _muted(paragraph, text: str, size: float = 10) -> None:
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.color.rgb = MUTED

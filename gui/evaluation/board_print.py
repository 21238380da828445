"""The printable board: the verdict table a findings chapter opens with, for paper or PDF.

`board_document(model, title)` lays the board's rows out as one table (indicator,
verdict, short conclusion, evidence count) under framework and dimension headings, in
a `QTextDocument`; `print_board` shows it in Qt's print preview, where the researcher
prints it or saves a PDF. The short conclusion is the report's own
(`exporters.report.tables.short_conclusion`), so paper and report say the same.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from exporters.report.tables import short_conclusion
from gui.evaluation.grouping import Heading

STYLE = ("body{font-family:sans-serif;font-size:9pt} h2{font-size:13pt}"
         "th{background:#c5cae9;text-align:left} td,th{padding:3px}"
         "td.h0{background:#e8eaf6;font-weight:bold} td.h1{background:#f3f4fb;"
         "font-weight:bold} td.n{text-align:right}")


def _headers() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (translate("BoardPrint", "Indicator"), translate("BoardPrint", "Verdict"),
            translate("BoardPrint", "Short conclusion"), translate("BoardPrint", "Segments"))


def board_html(model, title: str) -> str:
    """The board as HTML: one row per indicator, a heading row per framework/dimension."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in _headers())
    not_judged = QCoreApplication.translate("BoardPrint", "not judged")
    body = []
    for row in model.rows:
        if isinstance(row, Heading):
            body.append(f"<tr><td class='h{row.level}' colspan='4'>"
                        f"{html.escape(row.label)}</td></tr>")
            continue
        verdict = model.verdict_label(row.verdict) or not_judged
        body.append(f"<tr><td>{html.escape(model.evidence.label(row.code_id, model.lang))}"
                    f"</td><td>{html.escape(verdict)}</td>"
                    f"<td>{html.escape(short_conclusion(row.conclusion))}</td>"
                    f"<td class='n'>{row.segments}</td></tr>")
    return (f"<html><head><style>{STYLE}</style></head><body>"
            f"<h2>{html.escape(title)}</h2>"
            f"<table border='1' cellspacing='0' width='100%'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table></body></html>")


def board_document(model, title: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(board_html(model, title))
    return document


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def print_board(model, title: str, parent=None) -> QPrintPreviewDialog:
    """Open the print preview of the board (print, or save as PDF from there)."""
    document, printer = board_document(model, title), a4_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("boardPrintPreview")
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(document.print_)
    dialog.open()
    dialog._kept = (document, printer)  # Qt does not own them: alive while the dialog is
    return dialog

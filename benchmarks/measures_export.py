"""Measures of the Excel workbook and the Word report of the whole study.

Each is judged against its library baseline (see `benchmarks.baselines`) measured in
the same process. The exporter runs once alone first, so that its peak memory is
recorded before the baseline's input (every captured row) is held; then exporter and
baseline runs alternate, so that both meet the same load on a shared machine (a long
measure drifts by ±15 % over minutes). The captured content is frozen out of the
garbage collector's way (`gc.freeze`), so holding it costs neither side anything a
streaming writer would not pay.
"""

from __future__ import annotations

import gc

from benchmarks import baselines
from benchmarks.measures import Context, alternate, measure, peak_mb, timed

DOCX_QUOTES = 20   # "every indicator with up to 20 quotes"


@measure("xlsx_export", "Excel export of the whole study", baseline_factor=1.2,
         memory_limit_mb=200)
def xlsx_export(context: Context) -> dict:
    from exporters.excel.workbook import write_xlsx

    project = context.open_readonly()
    folder = context.scratch_dir()
    target = folder / "study.xlsx"
    first = timed(lambda: write_xlsx(project, target))
    peak = peak_mb()
    size = target.stat().st_size
    sheets = baselines.capture_xlsx_sheets(project, folder / "captured.xlsx")
    gc.collect()
    gc.freeze()
    base = folder / "baseline.xlsx"
    values, baseline = alternate(context.runs, first,
                                 lambda: write_xlsx(project, target),
                                 lambda: baselines.openpyxl_write_only(sheets, base))
    project.close()
    cells = sum(len(header) + sum(len(r) for r in rows) for _t, header, rows in sheets)
    return {"values": values, "baseline_values": baseline, "peak_mb": peak,
            "details": {"cells": cells, "file MB": round(size / 1e6, 1)}}


@measure("docx_report", f"Word report (every indicator, up to {DOCX_QUOTES} quotes)",
         limit=15.0, baseline_factor=1.5)
def docx_report(context: Context) -> dict:
    from exporters.options import ExportOptions
    from exporters.word.report import write_docx

    project = context.open_readonly()
    folder = context.scratch_dir()
    target = folder / "report.docx"
    options = ExportOptions(max_quotes=DOCX_QUOTES)
    first = timed(lambda: write_docx(project, target, options))
    peak = peak_mb()
    body = baselines.capture_docx_body(target)
    gc.collect()
    gc.freeze()
    base = folder / "baseline.docx"
    values, baseline = alternate(context.runs, first,
                                 lambda: write_docx(project, target, options),
                                 lambda: baselines.python_docx_write(body, base))
    project.close()
    paragraphs = sum(1 for block in body if block[0] == "p")
    tables = sum(1 for block in body if block[0] == "t")
    return {"values": values, "baseline_values": baseline, "peak_mb": peak,
            "details": {"paragraphs": paragraphs, "tables": tables}}

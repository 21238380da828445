"""Measures of the media import: a 300-page programme report PDF.

The PDF is written once per measure process with reportlab (two columns, tables,
running header and footer: `benchmarks/pdf_samples.py`), outside the timing. A run is
`importers.pdf.import_pdf` into a fresh empty project: read every page with pypdf (the
progress callback called per page, as the GUI's progress bar and Cancel use it), drop
the running lines, store the source, its 300 page ranges and the original file.
"""

from __future__ import annotations

from benchmarks.measures import Context, measure, peak_mb, timed

PAGES = 300


@measure("pdf_import", "PDF import: a 300-page report (text, pages, original kept)",
         limit=10.0)
def pdf_import(context: Context) -> dict:
    from benchmarks.pdf_samples import write_report
    from importers.pdf import import_pdf
    from storage import Project

    folder = context.scratch_dir()
    pdf = folder / "laporan-300.pdf"
    write_report(pdf, PAGES)
    calls = []
    values = []
    for run in range(context.runs):
        project = Project.create(folder / f"run{run}.telaah")
        values.append(timed(lambda p=project: import_pdf(
            p, pdf, progress=lambda done, total, text: calls.append(done) or True)))
        pages = project.pages.page_aware_count() and len(project.pages.ranges(1))
        project.close()
        if pages != PAGES:
            raise RuntimeError(f"{pages} pages recorded, not {PAGES}")
    return {"values": values, "peak_mb": peak_mb(),
            "details": {"pages": PAGES, "progress calls per run": len(calls) // context.runs,
                        "file MB": round(pdf.stat().st_size / 1e6, 1)}}

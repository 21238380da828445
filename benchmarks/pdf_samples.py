"""Indonesian government-like PDFs for the PDF extractor comparison and benchmarks.

`write_report(path, pages)` writes a programme report with reportlab: a running header
and footer with the page number, two-column body text, and a table every few pages.
It returns the body words in reading order (the ground truth the extractors are scored
against). Used by `benchmarks/measures_media.py` and `tools/compare_pdf_extractors.py`.
"""

from __future__ import annotations

import random
from pathlib import Path

WORDS = [
    "pemerintah", "daerah", "kabupaten", "kolaborasi", "pemangku", "kepentingan", "forum",
    "musyawarah", "perencanaan", "pembangunan", "desa", "anggaran", "pendapatan", "belanja",
    "keuangan", "dinas", "koperasi", "usaha", "mikro", "kecil", "menengah", "pelayanan",
    "publik", "kesepakatan", "nota", "kesepahaman", "peraturan", "bupati", "pelaksanaan",
    "kegiatan", "evaluasi", "pengawasan", "partisipasi", "masyarakat", "transparansi",
    "akuntabilitas", "kepercayaan", "komitmen", "dialog", "tatap", "muka", "hasil", "antara",
    "kepemimpinan", "fasilitatif", "desain", "kelembagaan", "sumber", "daya", "bersama",
]


def _paragraphs(rng: random.Random, count: int) -> list[str]:
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 70))).capitalize() + "."
            for _ in range(count)]


def write_report(path: Path, pages: int, seed: int = 15) -> list[str]:
    """Write a `pages`-page report to `path`; returns its body paragraphs in order."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        PageTemplate,
        Paragraph,
        Table,
    )

    rng = random.Random(seed)
    width, height = A4
    column = (width - 5 * cm) / 2
    frames = [Frame(2 * cm, 2.5 * cm, column, height - 5 * cm, id="left"),
              Frame(3 * cm + column, 2.5 * cm, column, height - 5 * cm, id="right")]

    def decorate(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, height - 1.5 * cm,
                          "PEMERINTAH KABUPATEN SLEMAN — Laporan Pelaksanaan Program 2024")
        canvas.drawRightString(width - 2 * cm, 1.5 * cm, f"Halaman {doc.page}")

    doc = BaseDocTemplate(str(path), pagesize=A4,
                          pageTemplates=[PageTemplate(frames=frames, onPage=decorate)])
    style = getSampleStyleSheet()["BodyText"]
    story, body = [], []
    for page in range(pages):
        for text in _paragraphs(rng, 3):
            story.append(Paragraph(text, style))
            body.append(text)
        if page % 3 == 0:
            story.append(Table([["No", "Kegiatan", "Anggaran (Rp)"],
                                ["1", "Forum desa", "12.500.000"],
                                ["2", "Pelatihan UMKM", "48.000.000"]]))
        story.append(FrameBreak())
        for text in _paragraphs(rng, 3):
            story.append(Paragraph(text, style))
            body.append(text)
        story.append(FrameBreak())
    doc.build(story)
    return body

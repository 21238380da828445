"""Compare PDF text extractors on generated Indonesian government-like reports.

Writes a 10-page and a 300-page programme report with `benchmarks/pdf_samples.py`
(two columns, tables, running header and footer), then for each extractor installed
(pypdf, pypdf's layout mode, pdfminer.six, pdfplumber) reports the in-order word
recall on the 10-page report (the share of the body's words found in reading order:
difflib matching blocks over the word sequences) and the time to extract the
300-page report. pypdf was chosen on these figures (docs/ARCHITECTURE.md, "Media").

    .venv/bin/pip install pdfminer.six pdfplumber   # the others, for the comparison
    .venv/bin/python tools/compare_pdf_extractors.py
"""

from __future__ import annotations

import difflib
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.pdf_samples import write_report  # noqa: E402


def _pypdf(path, mode="plain"):
    from pypdf import PdfReader

    return [page.extract_text(extraction_mode=mode) for page in PdfReader(path).pages]


def _pdfminer(path):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return ["\n".join(e.get_text() for e in page if isinstance(e, LTTextContainer))
            for page in extract_pages(path)]


def _pdfplumber(path):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


EXTRACTORS = {"pypdf": _pypdf, "pypdf (layout)": lambda p: _pypdf(p, "layout"),
              "pdfminer.six": _pdfminer, "pdfplumber": _pdfplumber}


def recall(truth: list[str], pages: list[str]) -> float:
    words = re.sub(r"-\n", "", "\n".join(pages)).split()
    matcher = difflib.SequenceMatcher(None, truth, words, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(truth)


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="telaah-pdf-"))
    small, large = folder / "r10.pdf", folder / "r300.pdf"
    truth = " ".join(write_report(small, 10)).split()
    write_report(large, 300)
    out = sys.stdout.write
    out(f"{'extractor':16} {'in-order recall':>16} {'300 pages':>10}\n")
    for name, extract in EXTRACTORS.items():
        try:
            score = recall(truth, extract(small))
        except ImportError:
            out(f"{name:16} {'not installed':>16}\n")
            continue
        started = time.perf_counter()
        extract(large)
        out(f"{name:16} {score:16.3f} {time.perf_counter() - started:9.1f}s\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

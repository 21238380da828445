"""Render a report and a workbook with LibreOffice (as a supervisor without Word would)
and check the PDFs: the contents has page numbers, the workbook prints on few pages,
and pdftoppm makes a PNG of a page. Skipped where LibreOffice or poppler is missing:
`apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils`."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from test_export_support import build_study

from exporters.excel.workbook import write_xlsx
from exporters.options import ExportOptions
from exporters.word.report import write_docx

TOOLS = ("soffice", "pdftoppm", "pdftotext", "pdfinfo")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS),
    reason="needs LibreOffice and poppler-utils (soffice, pdftoppm, pdftotext, pdfinfo)")


def _to_pdf(files, folder, profile):
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), *map(str, files)],
                   check=True, capture_output=True, timeout=240)


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))


def _text(pdf, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page),
                           str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def test_libreoffice_renders_contents_with_page_numbers_and_a_compact_workbook(
        project, tmp_path):
    build_study(project)
    report = write_docx(project, tmp_path / "laporan.docx", ExportOptions())
    book = write_xlsx(project, tmp_path / "lampiran.xlsx", ExportOptions())
    _to_pdf([report, book], tmp_path, tmp_path / "lo-profile")
    report_pdf, book_pdf = tmp_path / "laporan.pdf", tmp_path / "lampiran.pdf"
    contents = _text(report_pdf, 2)
    assert "Daftar Isi" in contents
    numbers = {m.group(1).strip(): int(m.group(2)) for m in re.finditer(
        r"^\s*(\S.*?)\.{3,}\s*(\d+)\s*$", contents, re.M)}
    assert numbers["Metode"] >= 3 and numbers["Daftar Pustaka"] > numbers["Metode"]
    assert _pages(book_pdf) <= 13  # eleven sheets (Privacy too), each one page wide
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "3", "-l", "3", str(report_pdf),
                    str(tmp_path / "page")], check=True, timeout=60)
    png = next(tmp_path.glob("page*.png"))
    assert png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_size > 5000

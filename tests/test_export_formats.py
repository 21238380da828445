"""The one list of export formats (`exporters.formats`): every writer it names exists,
the project formats write real files through it, and the CLI offers exactly them."""

from __future__ import annotations

import zipfile

import openpyxl
from docx import Document
from lxml import etree
from test_export_support import build_study

from cli.commands import export as export_command
from exporters.formats import FORMATS, NETWORK, PROJECT, of_subject
from exporters.options import ExportOptions


def test_every_format_names_a_writer_that_exists():
    for fmt in FORMATS.values():
        assert fmt.suffix.startswith(".") and f"*{fmt.suffix}" in fmt.file_filter, fmt.key
        assert callable(fmt.write.resolve()), fmt.key


def test_the_project_formats_are_the_cli_formats_in_menu_order():
    assert list(of_subject(PROJECT)) == ["docx", "xlsx", "qdpx", "qdc"]
    offered = export_command.FORMATS   # the CLI's --format choices
    assert offered == of_subject(PROJECT)
    assert list(of_subject(NETWORK)) == ["png", "svg"]


def test_project_formats_write_real_files_through_the_registry(project, tmp_path):
    build_study(project)
    options = ExportOptions(language="en")
    written = {key: fmt.write(project, tmp_path / f"out{fmt.suffix}", options, None)
               for key, fmt in of_subject(PROJECT).items()}
    assert any(p.text.startswith("Findings") for p in Document(written["docx"]).paragraphs)
    assert "Segments" in openpyxl.load_workbook(written["xlsx"]).sheetnames
    with zipfile.ZipFile(written["qdpx"].path) as archive:
        assert "project.qde" in archive.namelist()
    codebook = etree.parse(str(written["qdc"].path)).getroot()
    assert etree.QName(codebook).localname == "CodeBook" and written["qdc"].codes > 0


def test_with_suffix_adds_the_format_suffix_only_when_missing(tmp_path):
    docx = FORMATS["docx"]
    assert docx.with_suffix(tmp_path / "Report.DOCX") == tmp_path / "Report.DOCX"
    assert docx.with_suffix(tmp_path / "report.v2") == tmp_path / "report.v2.docx"

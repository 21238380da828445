"""`python main.py export ...`: formats, options, and one-line errors with exit status 2."""

from __future__ import annotations

import openpyxl
import pytest
from docx import Document
from test_export_support import NAMES, build_study, xml_parts

from cli.commands.export import FORMATS
from cli.main import run
from storage import Project


@pytest.fixture
def study_path(tmp_path):
    path = tmp_path / "study.telaah"
    project = Project.create(path, title="CLI study", frameworks=["ag2008", "deseve2007"],
                             coder="Tester")
    build_study(project)
    project.close()
    return path


def _run(capsys, *argv):
    code = run(["export", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_formats_table_leaves_room_for_refi():
    assert list(FORMATS) == ["docx", "xlsx", "qdpx", "qdc"]


def test_docx_and_xlsx(study_path, tmp_path, capsys):
    report = tmp_path / "report.docx"
    code, out, err = _run(capsys, study_path, "--format", "docx", "--output", report,
                          "--lang", "en")
    assert (code, err) == (0, "") and str(report) in out
    assert any(p.text == "Findings: Ansell & Gash (2008)" for p in Document(report).paragraphs)
    book = tmp_path / "data.xlsx"
    code, out, _err = _run(capsys, study_path, "--format", "xlsx", "-o", book,
                           "--pseudonymize", "--framework", "deseve2007",
                           "--group", "Instansi pemerintah", "--group", "Pemilik UMKM")
    assert code == 0 and "data.xlsx" in out
    rows = list(openpyxl.load_workbook(book)["Segmen"].iter_rows(values_only=True))[1:]
    assert rows and {r[4] for r in rows} == {"deseve2007"}
    text = "".join(xml_parts(book).values()).casefold()
    assert not any(name.casefold() in text for name in NAMES)


def test_real_names_flag(study_path, tmp_path, capsys):
    report = tmp_path / "named.docx"
    assert _run(capsys, study_path, "--format", "docx", "-o", report, "--real-names")[0] == 0
    table = next(t for t in Document(report).tables if t.rows[0].cells[0].text == "Kode")
    assert table.rows[1].cells[1].text == "Ratna Wulandari"


@pytest.mark.parametrize("extra, expected", [
    (["--framework", "enb2012"], "enb2012"),
    (["--group", "Tidak ada"], "Tidak ada"),
    (["--max-quotes", "-1"], "negative"),
])
def test_bad_input_is_one_line_and_exit_2(study_path, tmp_path, capsys, extra, expected):
    output = tmp_path / "r.docx"
    code, out, err = _run(capsys, study_path, "--format", "docx", "-o", output, *extra)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and expected in err and err.startswith("telaah: ")
    assert not output.exists()


def test_unwritable_or_missing_output_folder(study_path, tmp_path, capsys):
    code, _out, err = _run(capsys, study_path, "--format", "xlsx", "-o",
                           tmp_path / "gone" / "r.xlsx")
    assert code == 2 and "does not exist" in err and err.count("\n") == 1


def test_unknown_format_and_refi_refuses_report_options(study_path, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(["export", str(study_path), "--format", "pdf", "-o", str(tmp_path / "x.pdf")])
    assert exit_info.value.code == 2
    capsys.readouterr()
    code, _out, err = _run(capsys, study_path, "--format", "qdpx", "-o",
                           tmp_path / "x.qdpx", "--group", "Pemilik UMKM")
    assert code == 2 and "--group" in err


def test_refi_formats_are_wired(study_path, tmp_path, capsys):
    code, _out, err = _run(capsys, study_path, "--format", "qdpx", "-o", tmp_path / "p.qdpx")
    assert (code, err) == (0, "") and (tmp_path / "p.qdpx").is_file()
    code, _out, _err = _run(capsys, study_path, "--format", "qdc", "-o", tmp_path / "c.qdc")
    assert code == 0 and (tmp_path / "c.qdc").is_file()


def test_all_indicators_and_no_memos_options(study_path, tmp_path, capsys):
    everything = tmp_path / "all.docx"
    code, _out, _err = _run(capsys, study_path, "--format", "docx", "-o", everything,
                            "--all-indicators", "--no-memos")
    assert code == 0
    headings = [p.text for p in Document(everything).paragraphs
                if p.style.name.startswith("Heading")]
    assert "Komitmen terhadap proses" in headings  # not studied, yet reported
    assert "Lampiran: Memo analitis" not in headings

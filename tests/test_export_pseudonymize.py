"""Pseudonymisation: no participant's name or alias anywhere in a pseudonymised export."""

from __future__ import annotations

import pytest
from docx import Document
from test_export_support import NAMES, build_study, docx_text, xml_parts

from exporters.excel.workbook import write_xlsx
from exporters.options import ExportOptions
from exporters.privacy.pseudonymize import Pseudonymizer
from exporters.word.report import write_docx
from storage.models import Participant


def _people():
    return [Participant(1, "P01", name="Budi Santoso", aliases="Pak Bud; Mas B"),
            Participant(2, "P02", name="Bagus Santoso"),
            Participant(3, "P03", name="Dewi", aliases="Bu Dewi")]


def test_names_aliases_and_name_parts_become_codes():
    pseudo = Pseudonymizer.from_participants(_people(), "[nama]")
    text = ("budi  SANTOSO bertemu Pak Bud dan Mas B; Budi bilang Bagus itu bagus. "
            "Santoso? Bu Dewi, DEWI dan Budiman.")
    # Name parts match in any case (issue 13): a name that is also a word goes too.
    assert pseudo(text) == ("P01 bertemu P01 dan P01; P01 bilang P02 itu P02. "
                            "[nama]? P03, P03 dan Budiman.")


def test_off_and_empty_texts_are_unchanged():
    assert Pseudonymizer.off()("Budi Santoso") == "Budi Santoso"
    assert Pseudonymizer.from_participants([])("Budi") == "Budi"
    assert Pseudonymizer.from_participants(_people())("") == ""


@pytest.fixture
def study(project):
    ids = build_study(project)
    project.study.update(title="Studi bersama Ratna Wulandari", notes="Bu Siti membantu.")
    family = project.participants.add_group("Keluarga Khodijah")  # a group named after her
    project.participants.update(ids["P03"], group_id=family)
    return project, ids


@pytest.mark.parametrize("writer, suffix", [(write_docx, "docx"), (write_xlsx, "xlsx")])
@pytest.mark.parametrize("language", ["id", "en"])
def test_no_name_in_any_part_of_a_pseudonymised_file(study, tmp_path, writer, suffix,
                                                     language):
    project, _ids = study
    path = writer(project, tmp_path / f"anon.{suffix}", ExportOptions(
        language=language, pseudonymize=True, include_real_names=True))
    parts = xml_parts(path)
    assert len(parts) > 5
    for part, text in parts.items():
        lowered = text.casefold()
        for name in NAMES:
            assert name.casefold() not in lowered, f"{name!r} in {part}"
    everything = "".join(parts.values())
    assert "P01" in everything and "P02" in everything


def test_pseudonymised_quote_reads_with_codes(study, tmp_path):
    project, _ids = study
    text = docx_text(write_docx(project, tmp_path / "anon.docx",
                                ExportOptions(pseudonymize=True)))
    assert "Kami belum percaya penuh pada Dinas; P01 sering berganti rencana." in text
    assert "Nama partisipan disamarkan dengan kode." in text


def test_without_pseudonymisation_names_stay_only_where_the_text_has_them(study, tmp_path):
    project, _ids = study
    path = write_docx(project, tmp_path / "plain.docx", ExportOptions())
    assert "Dinas; Bu Kabid sering berganti" in docx_text(path)  # the quote as spoken
    table = next(t for t in Document(str(path)).tables if t.rows[0].cells[0].text == "Kode")
    header = [c.text for c in table.rows[0].cells]
    assert "Nama" not in header  # no name column; the organisation is shown as written
    names = [row.cells[1].text for row in table.rows]
    assert not any("Ratna" in name for name in names) and "P01" in table.rows[1].cells[0].text
    book = xml_parts(write_xlsx(project, tmp_path / "plain.xlsx", ExportOptions()))
    sheet = next(v for k, v in book.items() if k.endswith("sheet4.xml"))
    shared = book.get("xl/sharedStrings.xml", "")
    assert "Dimas Prasetyo" not in sheet and "Organisasi Dimas" not in shared

"""Issue 13, points 1-4: pseudonymised exports of the demo study hold no identity.

Every output (docx, xlsx, qdpx, qdc) of the demo study is unzipped and every part is
searched, case-insensitively, for every protected term: each participant's name,
aliases, the parts of both (honorifics excepted), identifying organisations and the
study's always-replace terms. Terms are searched as whole words: `Agus` is a name part
here, and the Indonesian words `bagus` (good) and `Agustus` (August) rightly stay.
"""

from __future__ import annotations

import html
import re
import zipfile

import openpyxl
import pytest
from docx import Document

from exporters.atomic import atomic_output
from exporters.excel.workbook import write_xlsx
from exporters.options import ExportError, ExportOptions
from exporters.privacy.pseudonymize import HONORIFICS, Pseudonymizer
from exporters.privacy.scan import scan_file
from exporters.refi import write_qdc, write_qdpx
from exporters.word.report import write_docx
from importers.demo import write_demo
from importers.refi import new_project_from_refi
from storage.models import Participant

ALWAYS = ["Kelurahan Kauman", "Ruang Kabid"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    project = write_demo(folder / "demo.telaah", coder="Tester")
    project.privacy.set_always_replace(ALWAYS)
    p01 = project.participants.by_code("P01").id
    project.memos.add("participant", p01, title="w-ratna-1",
                      body="Catatan: Rat\u200bna, ratna, WULANDARI, dijah, Ｙｕｌｉ, w-siti.")
    yield project, folder
    project.close()


def protected_terms(project) -> set[str]:
    terms = set(ALWAYS)
    for person in project.participants.list():
        for text in [person.name, *person.alias_list]:
            terms.add(text)
            terms.update(w for w in re.split(r"[\s,.()]+", text)
                         if len(w) >= 3 and w.casefold() not in HONORIFICS)
        if person.organisation_identifies:
            terms.add(person.organisation)
    return terms


def unzipped_texts(path) -> dict[str, str]:
    if not zipfile.is_zipfile(path):
        return {path.name: html.unescape(path.read_text(encoding="utf-8"))}
    with zipfile.ZipFile(path) as archive:
        texts = {name: html.unescape(archive.read(name).decode("utf-8", "replace"))
                 for name in archive.namelist()}
    texts["(entry names)"] = "\n".join(texts)
    return texts


def hits(path, terms) -> list[tuple[str, str]]:
    found = []
    for part, text in unzipped_texts(path).items():
        plain = text.replace("\u200b", "").casefold()
        for term in terms:
            if re.search(r"(?<![^\W_])" + re.escape(term.casefold()) + r"(?![^\W_])", plain):
                found.append((part, term))
    return found


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "qdpx", "qdc"])
def test_pseudonymised_demo_exports_hold_no_protected_term(demo, fmt):
    project, folder = demo
    target = folder / f"pseudo.{fmt}"
    if fmt == "docx":
        write_docx(project, target, ExportOptions(pseudonymize=True))
    elif fmt == "xlsx":
        write_xlsx(project, target, ExportOptions(pseudonymize=True, include_real_names=True))
    elif fmt == "qdpx":
        write_qdpx(project, target, pseudonymize=True)
    else:
        write_qdc(project, target, pseudonymize=True)
    terms = protected_terms(project)
    assert {"Ratna", "wulandari", "Dijah", "Yohan", "Yuli", "Batik Tulis Srikandi",
            "Kopi Lereng Arum", "Rotan Anyam Mandiri"} <= {t for t in terms} | {"wulandari"}
    assert hits(target, terms) == []


def test_organisations_become_neutral_labels_and_agencies_stay(demo):
    project, folder = demo
    target = folder / "orgs.xlsx"
    write_xlsx(project, target, ExportOptions(pseudonymize=True))
    sources = openpyxl.load_workbook(target, read_only=True)["Sumber"]   # --lang id titles
    titles = [c for row in sources.iter_rows(min_row=2, values_only=True) for c in row]
    assert "Wawancara pemilik UMKM P06" in titles
    assert any("Dinas Koperasi" in str(t) for t in titles)  # a public agency is not hidden


def test_the_researcher_decides_whether_an_organisation_identifies(demo):
    project, _folder = demo
    p01 = project.participants.by_code("P01")
    assert not p01.organisation_identifies
    project.participants.update(p01.id, organisation_identifying=1)
    try:
        pseudo = Pseudonymizer.for_project(project)
        assert pseudo("di Dinas Koperasi dan UKM Kota Sukamaju") == "di Organisasi P01"
    finally:
        project.participants.update(p01.id, organisation_identifying=None)


def test_matching_ignores_case_width_accents_and_zero_width_characters():
    people = [Participant(1, "P01", name="Ratna Wulandari", aliases="Bu Ratna"),
              Participant(6, "P06", name="Siti Khodijah", aliases="Bu Dijah",
                          organisation="Batik Tulis Srikandi", group="Pemilik UMKM")]
    pseudo = Pseudonymizer.from_participants(people, always_replace=["Kauman"])
    text = "w-ratna-1 RAT\u200bNA Rátna ｗｕｌａｎｄａｒｉ dijah; batik tulis  srikandi, kauman"
    assert pseudo(text) == "w-P01-1 P01 P01 P06; UMKM P06, [\u2026]"  # one full name
    assert pseudo("Pak Bu Mas") == "Pak Bu Mas"  # honorifics alone are no names


def test_offsets_follow_the_replacements():
    pseudo = Pseudonymizer.from_participants([Participant(1, "P01", name="Ratna Wulandari")])
    new, position = pseudo.rewrite("Bu Ratna Wulandari: ya.")
    assert new == "Bu P01: ya."
    assert new[position(20):position(22, True)] == "ya"
    assert (position(5), position(5, True)) == (3, 6)  # inside a name: onto the code


def _docx_with_author(path, author: str):
    document = Document()
    document.add_paragraph("Tidak ada nama di sini.")
    document.core_properties.author = author
    document.save(str(path))


def test_the_final_scan_names_the_kind_and_place_never_the_term(tmp_path):
    pseudo = Pseudonymizer.from_participants([Participant(1, "P01", name="Ratna Wulandari",
                                                          aliases="Bu Kabid")])
    docx = tmp_path / "a.docx"
    _docx_with_author(docx, "Disusun oleh wulandari")
    with pytest.raises(ExportError) as error:
        scan_file(docx, pseudo)
    assert "name part" in str(error.value) and "docProps/core.xml" in str(error.value)
    assert "ulandari" not in str(error.value).casefold()
    archive = tmp_path / "b.qdpx"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("project.qde", "<Project name='Studi'/>")
        out.writestr("sources/bu kabid.txt", "teks")
    with pytest.raises(ExportError, match="alias is still in an entry name"):
        scan_file(archive, pseudo)
    book = tmp_path / "c.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Ratna"
    workbook.save(book)
    with pytest.raises(ExportError, match="xl/workbook.xml"):
        scan_file(book, pseudo)


def test_a_leak_found_by_the_scan_leaves_no_file(tmp_path):
    pseudo = Pseudonymizer.from_participants([Participant(1, "P01", name="Ratna")])
    target = tmp_path / "out.docx"
    with pytest.raises(ExportError), atomic_output(
            target, verify=lambda p: scan_file(p, pseudo)) as temporary:
        _docx_with_author(temporary, "Ratna")
    assert list(tmp_path.iterdir()) == []


def test_an_export_with_a_term_the_report_cannot_replace_is_refused(project, tmp_path):
    """A participant called like a Word style: styles.xml still says it, so no file."""
    project.participants.add("P01", name="Grace Heading", consent_status="given")
    with pytest.raises(ExportError, match="name part is still in word/styles.xml"):
        write_docx(project, tmp_path / "r.docx", ExportOptions(pseudonymize=True))
    assert not (tmp_path / "r.docx").exists()


@pytest.mark.parametrize(("fmt", "name", "where"), [
    ("qdpx", "Telaah Widodo", "an entry name"),  # telaah-extras.json (and origin="Telaah")
    ("xlsx", "Calibri Santoso", "xl/theme/theme1.xml"),  # the workbook theme font
])
def test_qdpx_and_xlsx_with_a_term_they_cannot_replace_are_refused(project, tmp_path, fmt,
                                                                   name, where):
    project.participants.add("P01", name=name, consent_status="given")
    target = tmp_path / f"out.{fmt}"
    with pytest.raises(ExportError, match=f"name part is still in {where}"):
        if fmt == "qdpx":
            write_qdpx(project, target, pseudonymize=True)
        else:
            write_xlsx(project, target, ExportOptions(pseudonymize=True))
    assert not target.exists() and list(tmp_path.glob("*.part")) == []


def test_a_pseudonymised_qdpx_imports_with_its_selections_on_the_new_text(demo, tmp_path):
    project, folder = demo
    archive = folder / "roundtrip.qdpx"
    result = write_qdpx(project, archive, pseudonymize=True)
    copy, summary = new_project_from_refi(tmp_path / "copy.telaah", archive)
    with copy:
        assert summary.segments == result.segments > 0 and summary.skipped == []
        originals = {s.guid: project.sources.text(s.source_id)[s.start:s.end]
                     for s in project.segments.all()}
        moved = 0
        for segment in copy.segments.all():
            quote = copy.sources.text(segment.source_id)[segment.start:segment.end]
            original = originals[segment.guid]
            assert Pseudonymizer.for_project(project)(original) == quote
            moved += original != quote
        assert moved > 0  # some quotes held names, and their selections moved with them

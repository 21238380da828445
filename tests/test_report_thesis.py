"""The Word report as a findings chapter (issue 18), checked on the generated file:
verdict tables, no padding, the method section from the study's settings, triangulation
per kind, memos, APA references, proofing language, footers, tables, quotes, contents."""

from __future__ import annotations

import re

import pytest
from docx import Document
from docx.oxml.ns import qn
from test_export_support import build_study, docx_text, xml_parts

from analysis import save_kinds
from exporters.options import ExportOptions
from exporters.report.references import save_references
from exporters.textutil import mark_cuts
from exporters.word.report import write_docx


@pytest.fixture
def study(project):
    ids = build_study(project)
    project.memos.add("study", None, "Catatan desain", "Kasus tunggal.", author="Peneliti")
    project.memos.add("source", ids["w2"], "Suasana wawancara", "Informan terburu-buru.",
                      author="Peneliti")
    project.memos.add("participant", ids["P03"], "Profil", "Perajin batik.", author="Peneliti")
    return project, ids


def _write(project, tmp_path, name="report.docx", **options):
    return write_docx(project, tmp_path / name, ExportOptions(**options))


def _table_titled(document, caption_part: str):
    body = document.element.body
    found = False
    for element in body.iterchildren():
        if element.tag == qn("w:p"):
            text = "".join(t.text or "" for t in element.iter(qn("w:t")))
            found = caption_part in text
        elif element.tag == qn("w:tbl") and found:
            return next(t for t in document.tables if t._tbl is element)
    raise AssertionError(f"no table after a caption with {caption_part!r}")


def _rows(table):
    return [[c.text for c in row.cells] for row in table.rows]


def test_each_framework_opens_with_its_verdict_table(study, tmp_path):
    project, _ids = study
    document = Document(str(_write(project, tmp_path)))
    rows = _rows(_table_titled(document, "Ringkasan penilaian indikator Ansell dan Gash"))
    assert rows[0] == ["Indikator", "Penilaian", "Kesimpulan singkat", "Bukti (segmen)"]
    assert ["Proses kolaboratif"] * 4 in rows  # a dimension heading row spans the table
    trust = next(r for r in rows if r[0] == "Membangun kepercayaan")
    assert trust == ["Membangun kepercayaan", "Sebagian",
                     "Kepercayaan tumbuh, tetapi Dimas Prasetyo masih ragu.", "3"]
    deseve = _rows(_table_titled(document, "Ringkasan penilaian indikator DeSeve"))
    assert [r[0] for r in deseve[1:]] == ["Berbagi informasi"]  # studied ones only


def test_report_covers_studied_indicators_and_names_the_others(study, tmp_path):
    project, _ids = study
    path = _write(project, tmp_path)
    document = Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    text = docx_text(path)
    assert "Komitmen terhadap proses" not in headings
    assert "Belum ada segmen berkode" not in text and "Jumlah bukti: 0 segmen" not in text
    assert "Belum ada kesimpulan" not in text  # an empty conclusion is not printed
    assert "Kisi ringkasan \u2014 Belum ada" not in text
    scope = next(p.text for p in document.paragraphs if p.text.startswith(
        "Indikator berikut tidak diteliti"))
    assert "Komitmen terhadap proses" in scope and "Membangun kepercayaan" not in scope
    everything = Document(str(_write(project, tmp_path, "all.docx", include_all=True)))
    assert "Komitmen terhadap proses" in [p.text for p in everything.paragraphs
                                          if p.style.name.startswith("Heading")]


def test_no_empty_summary_grid_section(project, tmp_path):
    source = project.sources.add("interview", "W", "Kami saling percaya.", date="2025-01-02")
    project.segments.add(source, project.codes.resolve(
        "ag2008.process.trust_building").id, 0, 19)
    text = docx_text(_write(project, tmp_path))
    assert "Kisi ringkasan" not in text and "Belum ada ringkasan" not in text


def test_method_section_states_what_the_study_did(study, tmp_path):
    project, _ids = study
    text = docx_text(_write(project, tmp_path))
    assert ("Data dikumpulkan dengan teknik wawancara, observasi dan dokumentasi "
            "(4 sumber, 5 Feb 2025 \u2013 20 Mei 2025). Data primer berasal dari 4 sumber "
            "dan data sekunder dari 0 sumber.") in text
    assert "triangulasi sumber" in text and "triangulasi teknik" in text
    assert "triangulasi waktu" not in text  # not chosen: never claimed
    assert "model interaktif (Miles et al., 2014)" in text
    assert "3 orang dari 3 kelompok" in text and "diberikan 3" in text
    save_kinds(project, ["time", "investigator"])
    chosen = docx_text(_write(project, tmp_path, "kinds.docx"))
    assert "triangulasi waktu (sedikitnya dua tanggal)" in chosen
    assert "triangulasi peneliti" in chosen and "triangulasi sumber" not in chosen
    save_kinds(project, [])
    none = docx_text(_write(project, tmp_path, "none.docx"))
    assert "Tidak ada jenis triangulasi yang dipilih" in none


def test_findings_show_each_kind_and_voices_side_by_side(study, tmp_path):
    project, _ids = study
    document = Document(str(_write(project, tmp_path)))
    texts = [p.text for p in document.paragraphs]
    assert ("Triangulasi sumber: terpenuhi (Instansi pemerintah, "
            "Platform/perusahaan swasta)") in texts
    rows = _rows(_table_titled(document, "Membangun kepercayaan: triangulasi sumber"))
    assert rows[0] == ["Asal bukti", "+", "\u2212", "Temuan (kutipan singkat)"]
    platform = next(r for r in rows if r[0] == "Platform/perusahaan swasta")
    assert platform[1:3] == ["\u2013", "1"]  # contradicting only: the disagreement shows
    assert "belum percaya penuh" in platform[3]
    assert any(r[0] == "Observasi" for r in rows)


def test_memo_appendix_and_option(study, tmp_path):
    project, _ids = study
    path = _write(project, tmp_path)
    headings = [p.text for p in Document(str(path)).paragraphs
                if p.style.name.startswith("Heading")]
    assert "Lampiran: Memo analitis" in headings
    assert {"Memo penelitian", "Memo sumber", "Memo informan"} <= set(headings)
    text = docx_text(path)
    assert "Wawancara platform \u2014 Suasana wawancara" in text
    assert "Informan terburu-buru." in text and "P03 \u2014 Profil" in text
    assert "Diwawancarai di kantor" in text  # the source's own note
    without = docx_text(_write(project, tmp_path, "nomemo.docx", include_memos=False))
    assert "Memo analitis" not in without


def test_references_apa_and_deseve_never_uncertain(study, tmp_path):
    project, _ids = study
    path = _write(project, tmp_path)
    document = Document(str(path))
    text = docx_text(path)
    start = next(i for i, p in enumerate(document.paragraphs) if p.text == "Daftar Pustaka")
    entries = [p for p in document.paragraphs[start + 1:start + 4]]
    assert entries[0].text == (
        "Ansell, C., & Gash, A. (2008). Collaborative governance in theory and practice. "
        "Journal of Public Administration Research and Theory, 18(4), 543\u2013571. "
        "https://doi.org/10.1093/jopart/mum032")
    assert [r.text for r in entries[0].runs if r.italic] == [
        "Journal of Public Administration Research and Theory, 18"]
    assert entries[0].paragraph_format.first_line_indent < 0  # hanging indent
    assert "Sudarmo. (2011). Isu-isu administrasi publik dalam perspektif governance." in text
    assert "(DeSeve, 2007, dalam Sudarmo, 2011)" in text
    assert "Morse" not in text and "Transforming public leadership" not in text
    save_references(project, ["DeSeve, G. E. (2007). Creating public value using managed "
                              "networks [Bab buku yang diperiksa peneliti].",
                              "Sugiyono. (2019). Metode penelitian kualitatif. Alfabeta."],
                    deseve="own")
    own = docx_text(_write(project, tmp_path, "own.docx"))
    assert "(DeSeve, 2007)" in own and "Sudarmo" not in own
    assert "Sugiyono. (2019). Metode penelitian kualitatif. Alfabeta." in own
    english = docx_text(_write(project, tmp_path, "en.docx", language="en"))
    assert "References" in english and "Daftar Pustaka" not in english


def test_proofing_language_on_styles_and_runs(study, tmp_path):
    project, _ids = study
    for language, tag in (("id", "id-ID"), ("en", "en-GB")):
        parts = xml_parts(_write(project, tmp_path, f"{language}.docx", language=language))
        styles, body = parts["word/styles.xml"], parts["word/document.xml"]
        assert f'<w:lang w:val="{tag}"' in styles and "en-US" not in styles
        runs = re.findall(r"<w:r>.*?</w:r>|<w:r .*?</w:r>", body, re.S)
        assert runs and all(f'w:val="{tag}"' in run for run in runs)


def test_every_section_after_the_title_numbers_its_first_page(study, tmp_path):
    project, _ids = study
    document = Document(str(_write(project, tmp_path)))
    sections = document.sections
    assert sections[0].different_first_page_header_footer  # the title page: no number
    assert len(sections) >= 3
    for section in sections[1:]:
        assert not section.different_first_page_header_footer
        assert "PAGE" in section.footer._element.xml  # linked to the numbered footer


def test_tables_one_font_headers_fit_headings_keep_with_next(study, tmp_path):
    project, _ids = study
    document = Document(str(_write(project, tmp_path)))
    for table in document.tables:
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        assert look.get(qn("w:firstColumn")) == "0"
        fonts = {r.font.name for row in table.rows for c in row.cells
                 for p in c.paragraphs for r in p.runs}
        assert fonts == {None}  # no run names a font: the table style's font for all
        widths = [int(g.get(qn("w:w"))) / 567 for g in
                  table._tbl.tblGrid.findall(qn("w:gridCol"))]  # cm
        for header, width in zip([c.text for c in table.rows[0].cells], widths, strict=True):
            longest = max((len(w) for w in header.split()), default=0)
            assert width >= 0.2 * longest, (header, width)  # the word is not split
    style = document.styles["Light Grid Accent 1"].element.xml
    assert "majorHAnsi" not in style  # no heading font for header row or first column
    for level in (1, 2, 3):
        assert document.styles[f"Heading {level}"].paragraph_format.keep_with_next


def test_quote_cuts_are_marked():
    assert mark_cuts("banyak produk UMKM yang belum bisa ikut") == (
        "(\u2026) banyak produk UMKM yang belum bisa ikut (\u2026)")
    assert mark_cuts("Kami sudah dua kali bikin bazar.") == "Kami sudah dua kali bikin bazar."
    assert mark_cuts("Kami sudah dua kali bikin bazar online.", 4) == (
        "Kami sudah dua kali (\u2026)")


def test_contents_note_in_the_report_language_and_fields_update(study, tmp_path):
    project, _ids = study
    id_path = _write(project, tmp_path, "id.docx")
    text_id = docx_text(id_path)
    assert "klik kanan daftar isi lalu pilih \u201cPerbarui Bidang\u201d, atau tekan F9" in text_id
    assert "Update Field" not in text_id
    assert "Update Field" in docx_text(_write(project, tmp_path, "en.docx", language="en"))
    parts = xml_parts(id_path)
    assert "w:updateFields" in parts["word/settings.xml"]
    body = parts["word/document.xml"]
    names = re.findall(r"PAGEREF (_Toc\d+)", body)
    assert names and all(f'w:name="{n}"' in body for n in names)  # each heading bookmarked


def test_framework_tooltips_never_state_the_unconfirmed_host_book():
    from exporters.report.references import framework_reference

    deseve = framework_reference("deseve2007")
    assert "Sudarmo" in deseve and "Morse" not in deseve and "not confirmed" in deseve
    assert "10.1093/jopart/mum032" in framework_reference("ag2008")

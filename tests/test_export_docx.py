"""The Word report: real Word structure, labels in both languages, figures from analysis."""

from __future__ import annotations

import re

import pytest
from docx import Document
from test_export_support import build_study, docx_text, xml_parts

from analysis import load_board
from exporters.options import ExportOptions
from exporters.word.report import write_docx
from storage.errors import ValidationError


@pytest.fixture
def study(project):
    return project, build_study(project)


def _write(project, tmp_path, name="report.docx", **options):
    return write_docx(project, tmp_path / name, ExportOptions(**options))


def test_structure_uses_builtin_styles_fields_and_a4(study, tmp_path):
    project, _ids = study
    path = _write(project, tmp_path)
    document = Document(str(path))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "Quote", "Caption",
            "List Number", "List Bullet", "TOC Heading"} <= styles
    table_styles = {t.style.name for t in document.tables}
    assert table_styles <= {"Light Grid Accent 1", "Table Grid"} and table_styles
    body = xml_parts(path)["word/document.xml"]
    assert "PAGEREF _Toc00000001" in body and "SEQ Table" in body  # contents: PAGEREF
    footers = "".join(v for k, v in xml_parts(path).items() if k.startswith("word/footer"))
    assert "PAGE" in footers
    assert "w:updateFields" in xml_parts(path)["word/settings.xml"]
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert any(s.page_width > s.page_height for s in document.sections)  # landscape tables


def test_findings_follow_framework_dimension_indicator(study, tmp_path):
    project, _ids = study
    document = Document(str(_write(project, tmp_path)))
    headings = [(p.style.name, p.text) for p in document.paragraphs
                if p.style.name.startswith("Heading")]
    h1 = [t for s, t in headings if s == "Heading 1"]
    assert h1[:3] == ["Metode", "Temuan: Ansell dan Gash (2008)", "Temuan: DeSeve (2007)"]
    assert "Temuan: Kode tambahan peneliti" in h1
    process = headings.index(("Heading 2", "Proses kolaboratif"))
    assert headings[process + 1] == ("Heading 3", "Dialog tatap muka")
    deseve = headings.index(("Heading 1", "Temuan: DeSeve (2007)"))
    assert ("Heading 2", "Berbagi informasi") in headings[deseve:]


def test_attribution_in_indonesian_and_english(study, tmp_path):
    project, _ids = study
    text_id = docx_text(_write(project, tmp_path, "id.docx"))
    assert "\u2014 P01 \u00b7 Instansi pemerintah \u00b7 observasi \u00b7 2 Apr 2025" in text_id
    assert "P02 \u00b7 Platform/perusahaan swasta \u00b7 wawancara \u00b7 20 Mei 2025" in text_id
    text_en = docx_text(_write(project, tmp_path, "en.docx", language="en"))
    # the English report names groups by their English labels
    assert "P02 \u00b7 Platform/private company \u00b7 interview \u00b7 20 May 2025" in text_en
    assert "Notulen rapat \u00b7 document \u00b7 5 Feb 2025" in text_en
    assert "Findings: Ansell & Gash (2008)" in text_en
    assert "Contradicting evidence" in text_en and "Bukti yang bertentangan" in text_id


def _indicator_block(document, title: str) -> list[str]:
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs)
                 if p.style.name.startswith("Heading") and p.text == title)
    block = []
    for paragraph in paragraphs[start + 1:]:
        if paragraph.style.name.startswith("Heading"):
            break
        block.append(paragraph)
    return block


def test_counts_come_from_the_analysis_board(study, tmp_path):
    project, ids = study
    document = Document(str(_write(project, tmp_path)))
    board = {row.code_id: row for row in load_board(project)}
    for code_id, title in ((ids["trust"], "Membangun kepercayaan"),
                           (ids["info"], "Berbagi informasi"),
                           (ids["dialogue"], "Dialog tatap muka")):
        counts = board[code_id].counts()
        line = next(p.text for p in _indicator_block(document, title)
                    if p.text.startswith("Jumlah bukti:"))
        numbers = [int(n) for n in re.findall(r"\d+", line)]
        assert numbers[:3] == [counts["segments"], counts["supporting"],
                               counts["contradicting"]]
        assert numbers[3:7] == [counts["sources"], counts["participants"], counts["groups"],
                                counts["techniques"]]
    # the sub-indicator's segment counts for its indicator (roll-up)
    assert board[ids["dialogue"]].segments == 2


def test_key_quotes_verdict_and_contradicting_paragraph(study, tmp_path):
    project, _ids = study
    document = Document(str(_write(project, tmp_path)))
    block = _indicator_block(document, "Membangun kepercayaan")
    texts = [p.text for p in block]
    assert "Penilaian: Sebagian" in texts
    quotes = [p.text for p in block if p.style.name == "Quote"]
    # the chosen key quote only; it starts mid-sentence, so the cut is marked
    assert quotes[0] == "\u201c(\u2026) peserta saling percaya.\u201d"
    assert not any("Mas Dimas selalu" in q for q in quotes[:2])
    contra = texts.index("Bukti yang bertentangan")
    assert "belum percaya penuh" in texts[contra + 1]
    assert "Memo terkait" in texts
    info = [p.text for p in _indicator_block(document, "Berbagi informasi")
            if p.style.name == "Quote"]
    assert info[0].startswith("\u201c(\u2026) para pihak sepakat")  # first by date (Feb)


def test_tables_method_and_real_names_only_when_asked(study, tmp_path):
    project, _ids = study
    document = Document(str(_write(project, tmp_path)))
    headers = [[c.text for c in t.rows[0].cells] for t in document.tables]
    participants = next(t for t in document.tables if t.rows[0].cells[0].text == "Kode")
    assert [c.text for c in participants.rows[0].cells] == [
        "Kode", "Kelompok pemangku kepentingan", "Organisasi", "Jabatan/peran",
        "Tanggal wawancara", "Persetujuan"]
    assert [c.text for c in participants.rows[1].cells] == [
        "P01", "Instansi pemerintah (negara)", "Organisasi Ratna Wulandari",
        "Kepala Bidang", "12 Mar 2025", "diberikan"]
    assert ["Teknik", "Sumber", "Primer", "Sekunder", "Partisipan", "Periode"] in headers
    assert any(h[0] == "Kelompok pemangku kepentingan" for h in headers)
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert any("Triangulasi per indikator" in c for c in captions)
    assert any("Indikator \u00d7 kelompok" in c for c in captions)
    assert any("Kisi ringkasan" in c for c in captions)
    assert "Ratna Wulandari" not in [row.cells[1].text for row in participants.rows]
    anonymous = Document(str(_write(project, tmp_path, "anon.docx", pseudonymize=True)))
    table = next(t for t in anonymous.tables if t.rows[0].cells[0].text == "Kode")
    assert "Organisasi" not in [c.text for c in table.rows[0].cells]
    named = Document(str(_write(project, tmp_path, "named.docx", include_real_names=True)))
    table = next(t for t in named.tables if t.rows[0].cells[0].text == "Kode")
    assert [c.text for c in table.rows[1].cells][:2] == ["P01", "Ratna Wulandari"]


def test_filters_restrict_frameworks_and_refuse_unknown(study, tmp_path):
    project, _ids = study
    text = docx_text(_write(project, tmp_path, frameworks=["deseve2007"]))
    assert "Temuan: DeSeve (2007)" in text and "Ansell dan Gash (2008)" not in text
    assert "Kendala bahasa" not in text.split("Lampiran")[0]
    with pytest.raises(ValidationError, match="enb2012"):
        _write(project, tmp_path, "x.docx", frameworks=["enb2012"])
    with pytest.raises(ValidationError, match="Nobody"):
        _write(project, tmp_path, "y.docx", groups=["Nobody"])
    assert not (tmp_path / "x.docx").exists()


def test_group_filter_counts_only_that_groups_evidence(study, tmp_path):
    project, _ids = study
    document = Document(str(_write(project, tmp_path, groups=["platform/perusahaan swasta"])))

    def count_line(title):
        return next(p.text for p in _indicator_block(document, title)
                    if p.text.startswith("Jumlah bukti:"))

    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Dialog tatap muka" not in headings  # no evidence from this group: not studied
    assert count_line("Membangun kepercayaan").startswith(
        "Jumlah bukti: 1 segmen (0 mendukung, 1 bertentangan)")
    group_table = next(t for t in document.tables
                       if t.rows[0].cells[0].text == "Kelompok pemangku kepentingan")
    assert [r.cells[0].text for r in group_table.rows[1:]] == ["Platform/perusahaan swasta"]


def test_withdrawn_consent_is_never_quoted_automatically(study, tmp_path):
    project, ids = study
    project.participants.update(ids["P01"], consent_status="withdrawn")
    document = Document(str(_write(project, tmp_path)))
    block = _indicator_block(document, "Dialog tatap muka")
    assert not [p for p in block if p.style.name == "Quote"]
    assert any(p.text.startswith("Jumlah bukti: 2 segmen") for p in block)

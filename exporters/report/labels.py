"""Every word the exported files show, in Indonesian and in English.

The report language is chosen per export (`ExportOptions.language`), independently of
the interface language, so these labels are plain dictionaries rather than Qt
translations. `labels_for(lang)` gives a `Labels` object: `labels["key"]` for a fixed
phrase, `labels.technique(kind)` for wawancara/interview etc., and `labels.date(iso)`
for a date with a localised month name ("12 Mar 2025", "12 Maret 2025" in long form).
Storage and analysis never hold user-facing text; the exporters get it from here.
"""

from __future__ import annotations

from datetime import date

from exporters.report.chapter_labels import REPORT_LABELS

_ID: dict[str, str] = {
    "report": "Laporan Analisis Kualitatif", "study": "Penelitian", "site": "Lokasi",
    "period": "Periode", "frameworks": "Kerangka teori", "coders": "Pengode",
    "generated": "Tanggal laporan", "pseudonymised": "Nama partisipan disamarkan dengan kode.",
    "research_questions": "Pertanyaan penelitian",
    "toc": "Daftar Isi",
    "toc_note": "Untuk memperbarui nomor halaman, klik kanan daftar isi lalu pilih "
                "\u201cPerbarui Bidang\u201d, atau tekan F9.",
    "method": "Metode", "sources": "Sumber data",
    "sources_by_technique": "Sumber data menurut teknik pengumpulan",
    "sources_by_group": "Sumber data menurut kelompok pemangku kepentingan",
    "participants": "Partisipan (informan)",
    "analysis_steps": "Langkah analisis",
    "steps_intro": "Analisis mengikuti model interaktif Miles dan Huberman:",
    "step_reduction": "Reduksi data: transkrip, catatan observasi dan dokumen dikode "
                      "menurut indikator kerangka teori dan kode tambahan peneliti.",
    "step_display": "Penyajian data: segmen berkode disusun per indikator, per kelompok "
                    "pemangku kepentingan dan per teknik dalam matriks dan tabel.",
    "step_conclusion": "Penarikan kesimpulan/verifikasi: tiap indikator diberi penilaian "
                       "dan kesimpulan yang diuji terhadap bukti yang mendukung dan yang "
                       "bertentangan.",
    "steps_triangulation": "Keabsahan data diperiksa dengan triangulasi sumber "
                           "(beberapa informan dan kelompok), triangulasi teknik "
                           "(wawancara, observasi, dokumentasi) dan triangulasi waktu "
                           "(pengumpulan data pada tanggal berbeda).",
    "technique": "Teknik", "group": "Kelompok pemangku kepentingan", "count": "Jumlah",
    "total": "Total", "code": "Kode", "role": "Jabatan/peran", "organisation": "Organisasi",
    "name": "Nama", "consent": "Persetujuan", "no_group": "(tanpa kelompok)",
    "findings": "Temuan", "dimension": "Dimensi", "indicator": "Indikator",
    "definition": "Definisi", "verdict": "Penilaian", "conclusion": "Kesimpulan",
    "no_verdict": "belum dinilai", "no_conclusion": "Belum ada kesimpulan.",
    "triangulation": "Triangulasi", "flags": "Catatan", "counts": "Jumlah bukti",
    "segments": "segmen", "supports": "mendukung", "contradicts": "bertentangan",
    "participants_n": "partisipan", "groups_n": "kelompok", "sources_n": "sumber",
    "techniques_n": "teknik", "dates_n": "tanggal",
    "key_quotes": "Kutipan kunci", "contradicting": "Bukti yang bertentangan",
    "no_evidence": "Belum ada segmen berkode untuk indikator ini.",
    "memos": "Memo terkait", "tables": "Tabel ringkasan",
    "triangulation_table": "Triangulasi per indikator",
    "matrix_group": "Indikator \u00d7 kelompok pemangku kepentingan",
    "matrix_technique": "Indikator \u00d7 teknik",
    "summary_grid": "Kisi ringkasan", "summary_grid_empty": "Belum ada ringkasan yang ditulis.",
    "appendix": "Lampiran: Buku kode", "level": "Tingkat", "label": "Label",
    "table": "Tabel", "status": "Status", "framework": "Kerangka",
    "custom_codes": "Kode tambahan peneliti", "row": "Baris", "summary": "Ringkasan",
    "page": "Halaman", "interview": "wawancara", "observation": "observasi",
    "document": "dokumentasi", "survey": "survei", "name_placeholder": "[nama]",
    "organisation_word": "Organisasi", "privacy": "Privasi",
    "level_framework": "kerangka", "level_dimension": "dimensi",
    "level_indicator": "indikator", "level_sub": "subindikator", "level_code": "kode",
    # workbook
    "sheet_segments": "Segmen",
    "segment_id": "ID segmen", "indicator_id": "ID indikator", "code_path": "Jalur kode",
    "valence": "Valensi", "text": "Teks", "source": "Sumber", "participant": "Partisipan",
    "date": "Tanggal", "coder": "Pengode", "memo": "Memo", "title": "Judul",
    "place": "Tempat", "length": "Panjang (karakter)", "data_type": "Jenis data",
    "code_a": "Kode A", "code_b": "Kode B", "overlaps": "Tumpang tindih",
    "parent": "Induk", "cues": "Contoh ungkapan", "author": "Penulis",
    "row_kind": "Jenis baris", "first_date": "Tanggal pertama", "last_date": "Tanggal terakhir",
}

_EN: dict[str, str] = {
    "report": "Qualitative Analysis Report", "study": "Study", "site": "Site",
    "period": "Period", "frameworks": "Frameworks", "coders": "Coders",
    "generated": "Report date", "pseudonymised": "Participant names replaced by codes.",
    "research_questions": "Research questions",
    "toc": "Contents",
    "toc_note": "Right-click the table of contents and choose \u201cUpdate Field\u201d "
                "(F9) to refresh page numbers.",
    "method": "Method", "sources": "Sources",
    "sources_by_technique": "Sources by data-collection technique",
    "sources_by_group": "Sources by stakeholder group",
    "participants": "Participants (informants)",
    "analysis_steps": "Analysis steps",
    "steps_intro": "The analysis follows Miles and Huberman's interactive model:",
    "step_reduction": "Data reduction: transcripts, observation notes and documents were "
                      "coded against the framework indicators and the researcher's own codes.",
    "step_display": "Data display: coded segments were arranged by indicator, stakeholder "
                    "group and technique in matrices and tables.",
    "step_conclusion": "Conclusion drawing/verification: each indicator received a verdict "
                       "and a conclusion tested against supporting and contradicting "
                       "evidence.",
    "steps_triangulation": "Credibility was checked by triangulation of sources (several "
                           "informants and groups), of techniques (interview, observation, "
                           "documents) and of time (data collected on different dates).",
    "technique": "Technique", "group": "Stakeholder group", "count": "Count",
    "total": "Total", "code": "Code", "role": "Role", "organisation": "Organisation",
    "name": "Name", "consent": "Consent", "no_group": "(no group)",
    "findings": "Findings", "dimension": "Dimension", "indicator": "Indicator",
    "definition": "Definition", "verdict": "Verdict", "conclusion": "Conclusion",
    "no_verdict": "not yet judged", "no_conclusion": "No conclusion yet.",
    "triangulation": "Triangulation", "flags": "Flags", "counts": "Evidence",
    "segments": "segments", "supports": "supporting", "contradicts": "contradicting",
    "participants_n": "participants", "groups_n": "groups", "sources_n": "sources",
    "techniques_n": "techniques", "dates_n": "dates",
    "key_quotes": "Key quotes", "contradicting": "Contradicting evidence",
    "no_evidence": "No coded segments for this indicator yet.",
    "memos": "Linked memos", "tables": "Summary tables",
    "triangulation_table": "Triangulation per indicator",
    "matrix_group": "Indicator \u00d7 stakeholder group",
    "matrix_technique": "Indicator \u00d7 technique",
    "summary_grid": "Summary grid", "summary_grid_empty": "No summaries written yet.",
    "appendix": "Appendix: Codebook", "level": "Level", "label": "Label",
    "table": "Table", "status": "Status", "framework": "Framework",
    "custom_codes": "Researcher's own codes", "row": "Row", "summary": "Summary",
    "page": "Page", "interview": "interview", "observation": "observation",
    "document": "document", "survey": "survey", "name_placeholder": "[name]",
    "organisation_word": "Organisation", "privacy": "Privacy",
    "level_framework": "framework", "level_dimension": "dimension",
    "level_indicator": "indicator", "level_sub": "sub-indicator", "level_code": "code",
    "sheet_segments": "Segments",
    "segment_id": "Segment id", "indicator_id": "Indicator id", "code_path": "Code path",
    "valence": "Valence", "text": "Text", "source": "Source", "participant": "Participant",
    "date": "Date", "coder": "Coder", "memo": "Memo", "title": "Title",
    "place": "Place", "length": "Length (characters)", "data_type": "Data type",
    "code_a": "Code A", "code_b": "Code B", "overlaps": "Overlaps",
    "parent": "Parent", "cues": "Sample phrases", "author": "Author",
    "row_kind": "Row kind", "first_date": "First date", "last_date": "Last date",
}

_EN_SINGULAR = {"segments": "segment", "sources_n": "source", "participants_n": "participant",
                "groups_n": "group", "techniques_n": "technique", "dates_n": "date"}

_MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_SHORT_MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
_TABLES = {"id": _ID, "en": _EN}


class Labels:
    """The phrases of one report language; `labels["key"]` or a helper method."""

    def __init__(self, lang: str):
        self.lang = lang if lang in _TABLES else "en"
        self._table = dict(_TABLES[self.lang])
        self.extend(REPORT_LABELS)

    def __getitem__(self, key: str) -> str:
        return self._table.get(key) or _EN.get(key) or key

    def extend(self, extra: dict[str, dict[str, str]]) -> None:
        """Add phrases given as {key: {'id': ..., 'en': ...}} (used for analysis keys)."""
        for key, texts in extra.items():
            self._table.setdefault(key, texts.get(self.lang) or texts.get("en") or key)

    def count(self, number: int, key: str) -> str:
        """'3 segments', '1 segment' ('3 segmen', '1 segmen'): `key` names the plural."""
        word = self[key]
        if number == 1 and self.lang == "en":
            word = _EN_SINGULAR.get(key, word)
        return f"{number} {word}"

    def technique(self, kind: str) -> str:
        return self[kind] if kind in ("interview", "observation", "document", "survey") else kind

    def valence(self, valence: str) -> str:
        return self[valence] if valence in ("supports", "contradicts") else valence

    def region(self, ref) -> str:
        """A coded image region (`storage.region_evidence.RegionRef`) described in words:
        '[area 10,20 300×200] pada foto Forum desa'."""
        values = {"x": ref.x, "y": ref.y, "width": ref.width, "height": ref.height,
                  "title": ref.title, "page": ref.page}
        key = "region_evidence" if ref.page is None else "region_page_evidence"
        return self[key].format(**values)

    def level(self, level: str) -> str:
        return self[f"level_{level}"]

    def date(self, value: str | date | None, long: bool = False) -> str:
        """'12 Mar 2025' (or '12 Maret 2025' when `long`); '' for no or a bad date."""
        parsed = parse_date(value)
        if parsed is None:
            return ""
        months = _MONTHS if long else _SHORT_MONTHS
        return f"{parsed.day} {months[self.lang][parsed.month - 1]} {parsed.year}"

    def period(self, start: str | None, end: str | None) -> str:
        first, last = self.date(start, long=True), self.date(end, long=True)
        if first and last:
            return f"{first} \u2013 {last}"
        return first or last


def labels_for(lang: str) -> Labels:
    return Labels(lang)


def parse_date(value: str | date | None) -> date | None:
    """A date from 'YYYY-MM-DD' or an ISO timestamp; None when there is none."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None

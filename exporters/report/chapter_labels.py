"""The report's words for the method section, verdict tables, triangulation per kind,
memos and references, in Indonesian and English (merged into `exporters.report.labels`).

Values with `{named}` fields are filled in by the method and findings writers.
"""

from __future__ import annotations

REPORT_LABELS: dict[str, dict[str, str]] = {
    "verdict_table": {"id": "Ringkasan penilaian indikator {framework}",
                      "en": "Summary of indicator verdicts, {framework}"},
    "short_conclusion": {"id": "Kesimpulan singkat", "en": "Short conclusion"},
    "evidence_n": {"id": "Bukti (segmen)", "en": "Evidence (segments)"},
    "design": {"id": "Data dan teknik pengumpulan", "en": "Data and data collection"},
    "design_text": {
        "id": "Data dikumpulkan dengan teknik {techniques} ({sources} sumber{period}). "
              "Data primer berasal dari {primary} sumber dan data sekunder dari {secondary} "
              "sumber.",
        "en": "Data were collected by {techniques} ({sources} sources{period}). {primary} "
              "sources are primary data and {secondary} secondary data."},
    "no_sources": {"id": "Belum ada sumber data.", "en": "No sources yet."},
    "and": {"id": "dan", "en": "and"},
    "informants_text": {
        "id": "Informan berjumlah {count} orang dari {groups} kelompok pemangku kepentingan "
              "({state} dari unsur negara/pemerintah dan {non_state} dari unsur non-negara). "
              "Persetujuan: {consent}.",
        "en": "There are {count} informants from {groups} stakeholder groups ({state} state "
              "and {non_state} non-state actors). Consent: {consent}."},
    "consent_given": {"id": "diberikan", "en": "given"},
    "consent_pending": {"id": "belum diperoleh", "en": "pending"},
    "consent_withdrawn": {"id": "ditarik", "en": "withdrawn"},
    "consent_not_required": {"id": "tidak diperlukan", "en": "not required"},
    "state": {"id": "Unsur", "en": "Sector"},
    "state_yes": {"id": "negara", "en": "state"},
    "state_no": {"id": "non-negara", "en": "non-state"},
    "state_unmarked": {"id": "belum ditandai", "en": "not marked"},
    "sectors": {"id": "Unsur negara dan non-negara", "en": "State and non-state actors"},
    "interview_dates": {"id": "Tanggal wawancara", "en": "Interview dates"},
    "primary": {"id": "primer", "en": "primary"},
    "secondary": {"id": "sekunder", "en": "secondary"},
    "primary_n": {"id": "Primer", "en": "Primary"},
    "secondary_n": {"id": "Sekunder", "en": "Secondary"},
    "frameworks_heading": {"id": "Kerangka teori", "en": "Frameworks"},
    "frameworks_text": {"id": "Data dianalisis dengan kerangka teori {names}.",
                        "en": "The data were analysed with {names}."},
    "deseve_v8": {"id": "Indikator DeSeve mengikuti daftar delapan item versi Indonesia "
                        "({cite}), dengan saling percaya di antara para pelaku sebagai butir "
                        "(a) tata kelola.",
                  "en": "DeSeve's elements follow the eight-item Indonesian rendering "
                        "({cite}), with mutual trust among actors as governance item (a)."},
    "deseve_v7": {"id": "Indikator DeSeve mengikuti daftar tujuh item tanpa tata kelola.",
                  "en": "DeSeve's elements follow the seven-item list without governance."},
    "deseve_v9": {"id": "Indikator DeSeve mengikuti daftar sembilan unsur ({cite}).",
                  "en": "DeSeve's elements follow the nine-element list ({cite})."},
    "steps_intro_cited": {
        "id": "Analisis data mengikuti model interaktif ({cite}): pengumpulan data, "
              "kondensasi data, penyajian data, dan penarikan kesimpulan/verifikasi, yang "
              "berlangsung bersamaan dan berulang.",
        "en": "The analysis follows the interactive model ({cite}): data collection, data "
              "condensation, data display and conclusion drawing/verification, carried out "
              "together and repeatedly."},
    "step_collection": {
        "id": "Pengumpulan data: {sources} sumber ({techniques}) dicatat dalam proyek "
              "beserta tanggal, teknik, dan informannya.",
        "en": "Data collection: {sources} sources ({techniques}) were entered with their "
              "dates, techniques and informants."},
    "step_condensation": {
        "id": "Kondensasi data: {segments} segmen dikode menurut {codes} indikator kerangka "
              "teori dan kode tambahan peneliti.",
        "en": "Data condensation: {segments} segments were coded against {codes} framework "
              "indicators and the researcher's own codes."},
    "validity": {"id": "Keabsahan data", "en": "Credibility"},
    "validity_text": {"id": "Keabsahan data diperiksa dengan {kinds} ({cite}).",
                      "en": "Credibility was checked by {kinds} ({cite})."},
    "validity_none": {"id": "Tidak ada jenis triangulasi yang dipilih untuk penelitian ini.",
                      "en": "No kind of triangulation was chosen for this study."},
    "kind_source": {"id": "triangulasi sumber", "en": "source triangulation"},
    "kind_technique": {"id": "triangulasi teknik", "en": "technique triangulation"},
    "kind_time": {"id": "triangulasi waktu", "en": "time triangulation"},
    "kind_investigator": {"id": "triangulasi peneliti", "en": "investigator triangulation"},
    "kind_source_rule": {"id": "informan dari sedikitnya dua kelompok",
                         "en": "informants from at least two groups"},
    "kind_technique_rule": {"id": "sedikitnya dua teknik", "en": "at least two techniques"},
    "kind_time_rule": {"id": "sedikitnya dua tanggal", "en": "at least two dates"},
    "kind_investigator_rule": {"id": "sedikitnya dua pengode", "en": "at least two coders"},
    "met": {"id": "terpenuhi", "en": "met"},
    "not_met": {"id": "belum terpenuhi", "en": "not met"},
    "scope": {"id": "Cakupan indikator", "en": "Indicators covered"},
    "not_studied": {"id": "Indikator berikut tidak diteliti (belum dinilai dan tanpa "
                          "segmen berkode), sehingga tidak dibahas dalam temuan: {names}.",
                    "en": "The following indicators were not studied (not judged and "
                          "without coded segments) and are left out of the findings: "
                          "{names}."},
    "all_studied": {"id": "Semua indikator kerangka teori diteliti.",
                    "en": "Every indicator of the frameworks was studied."},
    "side_by_side_source": {"id": "Menurut kelompok pemangku kepentingan",
                            "en": "By stakeholder group"},
    "side_by_side_technique": {"id": "Menurut teknik", "en": "By technique"},
    "evidence_from": {"id": "Asal bukti", "en": "Evidence from"},
    "what_said": {"id": "Temuan (kutipan singkat)", "en": "What it showed (short quote)"},
    "memo_appendix": {"id": "Lampiran: Memo analitis", "en": "Appendix: Analytic memos"},
    "memo_study": {"id": "Memo penelitian", "en": "Study memos"},
    "memo_source": {"id": "Memo sumber", "en": "Source memos"},
    "memo_participant": {"id": "Memo informan", "en": "Memos on participants"},
    "memo_code": {"id": "Memo kode", "en": "Code memos"},
    "memo_segment": {"id": "Memo segmen", "en": "Segment memos"},
    "source_note": {"id": "Catatan sumber", "en": "Source note"},
    "references": {"id": "Daftar Pustaka", "en": "References"},
    "target": {"id": "Tentang", "en": "About"},
    "memo_kind": {"id": "Jenis memo", "en": "Memo kind"},
    # workbook sheet names (Indonesian under --lang id; table names stay identifiers)
    "sheet_Codebook": {"id": "Buku kode", "en": "Codebook"},
    "sheet_Sources": {"id": "Sumber", "en": "Sources"},
    "sheet_Participants": {"id": "Informan", "en": "Participants"},
    "sheet_Indicators": {"id": "Indikator", "en": "Indicators"},
    "sheet_MatrixByGroup": {"id": "Matriks per kelompok", "en": "Matrix by group"},
    "sheet_MatrixByTechnique": {"id": "Matriks per teknik", "en": "Matrix by technique"},
    "sheet_SummaryGrid": {"id": "Kisi ringkasan", "en": "Summary grid"},
    "sheet_CoOccurrence": {"id": "Kookurensi", "en": "Co-occurrence"},
    "sheet_Memos": {"id": "Memo", "en": "Memos"},
    # a coded image region where a quote would be (storage.region_evidence)
    "region_evidence": {"id": "[area {x},{y} {width}\u00d7{height}] pada foto {title}",
                        "en": "[region {x},{y} {width}\u00d7{height}] of {title}"},
    "region_page_evidence": {
        "id": "[area {x},{y} {width}\u00d7{height}] pada hlm. {page} {title}",
        "en": "[region {x},{y} {width}\u00d7{height}] of page {page} of {title}"},
}

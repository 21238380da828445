"""Indonesian translations of questionnaires: the Surveys dock and the Survey menu (the
core's survey messages are in `translations_id_core`).

Merged into `tools.translations_id.TRANSLATIONS`; see that module for the conventions.
Vocabulary: questionnaire = kuesioner, response = jawaban/respons, respondent =
responden, Likert = Likert, agree = setuju.
"""

from __future__ import annotations

SURVEYS: dict[str, str] = {
    # -- dock, tabs, menu ------------------------------------------------------------------
    "Surveys": "Survei",
    "Survey": "Survei",
    "Survey answers": "Jawaban survei",
    "&Survey": "&Survei",
    "Show &questionnaires": "Tampilkan &kuesioner",
    "&Import questionnaire (XLSForm)…": "&Impor kuesioner (XLSForm)…",
    "Import &responses (Kobo/ODK)…": "Impor &jawaban (Kobo/ODK)…",
    "E&xport questionnaire (XLSForm)…": "Ekspor k&uesioner (XLSForm)…",
    "Export responses (&Excel)…": "Ekspor jawaban (E&xcel)…",
    "Export responses with la&bels (Excel)…": "Ekspor jawaban dengan &label (Excel)…",
    "New &draft from indicators…": "&Draf baru dari indikator…",
    "Make open answers &codable": "Jadikan jawaban terbuka &siap dikode",
    "De&lete questionnaire": "&Hapus kuesioner",
    "Questionnaire:": "Kuesioner:",
    "Questionnaire": "Kuesioner",
    "Questions": "Pertanyaan",
    "Responses": "Jawaban",
    "Likert summary": "Ringkasan Likert",
    # -- form editor -----------------------------------------------------------------------
    "Type": "Jenis",
    "Label": "Label",
    "Required": "Wajib",
    "Show only if": "Tampil hanya jika",
    "&Add question…": "&Tambah pertanyaan…",
    "Move do&wn": "Pindah ke &bawah",
    "Edit question": "Sunting pertanyaan",
    "Delete question": "Hapus pertanyaan",
    "Move question": "Pindahkan pertanyaan",
    "Question": "Pertanyaan",
    "Type:": "Jenis:",
    "Name:": "Nama:",
    "Label (Indonesian):": "Label (Indonesia):",
    "Label (English):": "Label (Inggris):",
    "Label (Indonesian)": "Label (Indonesia)",
    "Label (English)": "Label (Inggris)",
    "Hint (Indonesian):": "Petunjuk (Indonesia):",
    "Hint (English):": "Petunjuk (Inggris):",
    "Answer required": "Wajib dijawab",
    "Show only if:": "Tampil hanya jika:",
    "Valid only if:": "Sah hanya jika:",
    "Message when not valid:": "Pesan bila tidak sah:",
    "Evidence for indicators:": "Bukti untuk indikator:",
    "Choice list:": "Daftar pilihan:",
    "Add choice": "Tambah pilihan",
    "Remove choice": "Hapus pilihan",
    "Agreement scale 1–5": "Skala persetujuan 1–5",
    # -- data entry ------------------------------------------------------------------------
    "&New response": "Jawaban &baru",
    "New response": "Jawaban baru",
    "Complete": "Lengkap",
    "(incomplete)": "(belum lengkap)",
    "%1 required answer(s) missing": "%1 jawaban wajib belum diisi",
    "Answer question": "Jawab pertanyaan",
    "Mark response complete": "Tandai jawaban lengkap",
    "Mark response incomplete": "Tandai jawaban belum lengkap",
    "Link response to participant": "Kaitkan jawaban dengan informan",
    "An answer is required.": "Pertanyaan ini wajib dijawab.",
    "This answer is not valid.": "Jawaban ini tidak sah.",
    "Write the date as YYYY-MM-DD.": "Tulis tanggal sebagai TTTT-BB-HH.",
    "This is not a number.": "Ini bukan angka.",
    # -- summary ---------------------------------------------------------------------------
    "Group by:": "Kelompokkan menurut:",
    "Stakeholder groups of linked participants":
        "Kelompok pemangku kepentingan dari informan yang terkait",
    "Indicator or question": "Indikator atau pertanyaan",
    "Question: %1": "Pertanyaan: %1",
    "Mean": "Rerata",
    "Median": "Median",
    "% agree": "% setuju",
    "% disagree": "% tidak setuju",
    "All respondents": "Semua responden",
    "No group": "Tanpa kelompok",
    # -- files and drafts ------------------------------------------------------------------
    "Import questionnaire": "Impor kuesioner",
    "Import responses": "Impor jawaban",
    "Export questionnaire": "Ekspor kuesioner",
    "Export responses": "Ekspor jawaban",
    "Delete questionnaire": "Hapus kuesioner",
    "XLSForm workbooks (*.xlsx);;All files (*)": "Buku kerja XLSForm (*.xlsx);;Semua berkas (*)",
    "Kobo/ODK exports (*.xlsx *.csv);;All files (*)":
        "Ekspor Kobo/ODK (*.xlsx *.csv);;Semua berkas (*)",
    "Excel workbooks (*.xlsx)": "Buku kerja Excel (*.xlsx)",
    "Problems in the responses": "Masalah pada jawaban",
    "%1 has %2 problem(s) in %3 of %4 row(s). Import only the %5 valid row(s)?":
        "%1 memuat %2 masalah pada %3 dari %4 baris. Impor hanya %5 baris yang sah?",
    "Import valid rows": "Impor baris yang sah",
    "Imported %1 response(s).": "%1 jawaban diimpor.",
    "Wrote %1.": "%1 telah ditulis.",
    "New draft questionnaire": "Draf kuesioner baru",
    "Questionnaire for programme participants": "Kuesioner untuk peserta program",
    "Form ID:": "ID formulir:",
    "Title:": "Judul:",
    "Indicators:": "Indikator:",
    "Make open answers codable": "Jadikan jawaban terbuka siap dikode",
    "%1 survey source(s) hold the open answers; code them like any source.":
        "%1 sumber survei memuat jawaban terbuka; kodekan seperti sumber lain.",
}

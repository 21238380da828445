"""Indonesian translations of field work: guides, sessions, recording (issue 14).

Merged into `tools.translations_id.TRANSLATIONS`; see that module for the conventions.
"""

from __future__ import annotations

FIELD: dict[str, str] = {
    # -- menu and dock ---------------------------------------------------------------------
    "Fiel&d work": "&Lapangan",
    "Interview &guides": "&Panduan wawancara",
    "Start &interview…": "Mulai &wawancara…",
    "Start &observation…": "Mulai &observasi…",
    "&Resume session…": "&Lanjutkan sesi…",
    "Interview guides": "Panduan wawancara",
    "Interview guide": "Panduan wawancara",
    "Unfinished session": "Sesi belum selesai",
    "Unfinished session:": "Sesi yang belum selesai:",
    "Resume session": "Lanjutkan sesi",
    "%1 was not finished. Resume it now? Everything typed in it is kept.":
        "%1 belum selesai. Lanjutkan sekarang? Semua yang sudah diketik tetap tersimpan.",
    # -- guide editor ----------------------------------------------------------------------
    "New…": "Baru…",
    "Rename…": "Ganti nama…",
    "Print to Word…": "Cetak ke Word…",
    "Add question…": "Tambah pertanyaan…",
    "Edit…": "Sunting…",
    "Move up": "Naikkan",
    "Move down": "Turunkan",
    "Remove question": "Hapus pertanyaan",
    "Section": "Bagian",
    "Question": "Pertanyaan",
    "Asked of": "Ditanyakan kepada",
    "Indicators": "Indikator",
    "all": "semua",
    "✓ asked of this group (with the number of answers coded from interviews); — not asked":
        "✓ ditanyakan kepada kelompok ini (dengan jumlah jawaban yang dikode dari "
        "wawancara); — tidak ditanyakan",
    "New guide": "Panduan baru",
    "Rename guide": "Ganti nama panduan",
    "Delete guide": "Hapus panduan",
    "Print guide to Word": "Cetak panduan ke Word",
    "Word documents (*.docx)": "Dokumen Word (*.docx)",
    "Add question": "Tambah pertanyaan",
    "Edit question": "Sunting pertanyaan",
    "Move question": "Pindahkan pertanyaan",
    "Delete question": "Hapus pertanyaan",
    "New interview guide": "Panduan wawancara baru",
    "Draft the questions from the indicators": "Susun draf pertanyaan dari indikator",
    "Frameworks:": "Kerangka teori:",
    "Groups (none ticked: all):": "Kelompok (tidak ada yang dicentang: semua):",
    "Section:": "Bagian:",
    "Question (Indonesian):": "Pertanyaan (Indonesia):",
    "Question (English):": "Pertanyaan (Inggris):",
    "Probes, one per line (Indonesian | English):":
        "Pertanyaan pendalaman, satu per baris (Indonesia | Inggris):",
    "Indicators:": "Indikator:",
    "Wording for one group (Indonesian, English):":
        "Rumusan untuk satu kelompok (Indonesia, Inggris):",
    "Asked of (none ticked: everyone):": "Ditanyakan kepada (tidak ada yang dicentang: semua):",
    # -- starting a session ----------------------------------------------------------------
    "Start interview": "Mulai wawancara",
    "Start observation": "Mulai observasi",
    "Guide:": "Panduan:",
    "New participant…": "Informan baru…",
    "New participant's code:": "Kode informan baru:",
    "New participant's group:": "Kelompok informan baru:",
    "Questions in:": "Bahasa pertanyaan:",
    "Notes in:": "Bahasa catatan:",
    "Setting (event, meeting):": "Situasi (acara, rapat):",
    # -- the session window ----------------------------------------------------------------
    "Interview": "Wawancara",
    "Observation": "Observasi",
    "Session": "Sesi",
    "Show the whole guide": "Tampilkan seluruh panduan",
    "Finish and make source": "Selesai dan jadikan sumber",
    "Consent…": "Persetujuan…",
    "Setting…": "Situasi…",
    "Previous": "Sebelumnya",
    "Next": "Berikutnya",
    "Skip": "Lewati",
    "Ask after all": "Tetap tanyakan",
    "Insert time (Ctrl+T)": "Sisipkan waktu (Ctrl+T)",
    "Type the answer here; it is saved as you type.":
        "Ketik jawaban di sini; tersimpan sambil Anda mengetik.",
    "Question %1 of %2": "Pertanyaan %1 dari %2",
    "Question asked on the spot": "Pertanyaan tambahan di tempat",
    "Question:": "Pertanyaan:",
    "Begin session": "Mulai sesi",
    "Skip question": "Lewati pertanyaan",
    "Finish session": "Selesaikan sesi",
    "Participant:": "Informan:",
    "Consent:": "Persetujuan:",
    "Date of consent:": "Tanggal persetujuan:",
    "Given as:": "Diberikan secara:",
    "Note:": "Catatan:",
    "Begin interview": "Mulai wawancara",
    "New participant": "Informan baru",
    "Code of the new participant (e.g. P07):": "Kode informan baru (mis. P07):",
    "Add participant": "Tambah informan",
    "Participant": "Informan",
    "pending": "belum ada",
    "given": "diberikan",
    "withdrawn": "ditarik",
    "not required": "tidak diperlukan",
    "written": "tertulis",
    "verbal": "lisan",
    "recorded on the recording": "terekam dalam rekaman",
    "Place:": "Tempat:",
    "Name:": "Nama:",
    "Date:": "Tanggal:",
    "Setting:": "Situasi:",
    "Participants present:": "Informan yang hadir:",
    "Others present:": "Pihak lain yang hadir:",
    "Begin observation": "Mulai observasi",
    # -- recording -------------------------------------------------------------------------
    "Record": "Rekam",
    "Pause": "Jeda",
    "Stop": "Berhenti",
    "Input level": "Tingkat masukan",
    "No audio input found: the session goes on without recording.":
        "Tidak ada masukan audio: sesi berjalan tanpa rekaman.",
    "Recording": "Rekaman",
    "Attach recording": "Lampirkan rekaman",
    "There is too little free disk space to record; free some space. The session goes "
    "on without recording.":
        "Ruang disk tidak cukup untuk merekam; kosongkan sebagian ruang. Sesi berjalan "
        "tanpa rekaman.",
    "Recording stopped: %1. What was recorded so far is kept in %2, and your notes are "
    "kept.":
        "Perekaman berhenti: %1. Yang sudah terekam tetap tersimpan di %2, dan catatan "
        "Anda tetap tersimpan.",
}

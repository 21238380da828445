"""Indonesian for the findings-chapter work: the study's method settings (triangulation
kinds, references, DeSeve citation), the printable board, the export's report contents
and bilingual stakeholder groups. (Core messages are in `translations_id_core`.)"""

from __future__ import annotations

REPORT: dict[str, str] = {}

REPORT.update({
    # the printable board
    "Print board…": "Cetak papan…",
    "The verdict table grouped by framework and dimension, to print or save as PDF":
        "Tabel penilaian per kerangka teori dan dimensi, untuk dicetak atau disimpan "
        "sebagai PDF",
    "Indicator board": "Papan indikator",
    "Short conclusion": "Kesimpulan singkat",
    "not judged": "belum dinilai",
    # export dialog
    "Report contents:": "Isi laporan:",
    "Include indicators not &studied (not judged, no evidence)":
        "Sertakan indikator yang tidak &diteliti (belum dinilai, tanpa bukti)",
    "Appendix of analytic &memos (study, sources, participants)":
        "Lampiran &memo analitis (penelitian, sumber, informan)",
    # stakeholder groups
    "not said": "tidak ditentukan",
    "state actors": "unsur negara",
    "non-state actors": "unsur non-negara",
    "state": "negara",
    "non-state": "non-negara",
    "&Indonesian label:": "Label bahasa &Indonesia:",
    "&English label:": "Label bahasa &Inggris:",
    "&Members are:": "&Anggotanya:",
    # grouping rows of the board and the triangulation tab
    "Researcher's own codes": "Kode tambahan peneliti",
    # Study properties: method
    "Method (for the report)": "Metode (untuk laporan)",
    "S&ource (informants of several groups)": "Sum&ber (informan dari beberapa kelompok)",
    "Tec&hnique (interview, observation, documents)":
        "Tek&nik (wawancara, observasi, dokumentasi)",
    "Ti&me (several dates)": "&Waktu (beberapa tanggal)",
    "In&vestigator (several coders)": "Pen&eliti (beberapa pengode)",
    "Through Sudarmo (2011), as Indonesian theses cite it":
        "Melalui Sudarmo (2011), seperti lazim dalam skripsi dan tesis",
    "The original, as entered in my references below":
        "Sumber asli, sesuai entri di daftar pustaka saya di bawah",
    "One APA entry per line, e.g. Sugiyono. (2019). Metode penelitian kualitatif. "
    "Alfabeta.":
        "Satu entri APA per baris, misalnya Sugiyono. (2019). Metode penelitian "
        "kualitatif. Alfabeta.",
    "The frameworks and Miles, Huberman & Saldaña (2014) are cited for you.":
        "Kerangka teori dan Miles, Huberman & Saldaña (2014) sudah dikutip otomatis.",
    "Triangulation used:": "Triangulasi yang dipakai:",
    "Cite &DeSeve:": "Kutip DeSe&ve:",
    "O&wn references:": "Daftar pustaka sendi&ri:",
    # triangulation tab
    "By kind": "Per jenis",
    "What it showed": "Temuan",
    "Investigator": "Peneliti",
})

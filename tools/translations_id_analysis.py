"""Indonesian translations of the analysis side: evaluation tabs and REFI-QDA exchange.

Merged into `tools.translations_id.TRANSLATIONS`; see that module for the conventions.
"""

from __future__ import annotations

ANALYSIS: dict[str, str] = {
    # -- evaluation: shared labels -----------------------------------------------------------
    "Evaluation": "Evaluasi",
    "Indicators (sub-indicators rolled up)": "Indikator (subindikator digabung)",
    "Dimensions (everything below rolled up)": "Dimensi (semua di bawahnya digabung)",
    "All levels (each code with its sub-codes)": "Semua tingkat (setiap kode dengan "
                                                 "subkodenya)",
    "All levels (own coding only)": "Semua tingkat (koding sendiri saja)",
    "one technique": "satu teknik",
    "one group": "satu kelompok",
    "one time": "satu waktu",
    "contradicted": "dibantah",
    "All evidence comes from one data collection technique.":
        "Semua bukti berasal dari satu teknik pengumpulan data.",
    "The evidence comes from fewer than two stakeholder groups.":
        "Bukti berasal dari kurang dari dua kelompok pemangku kepentingan.",
    "The evidence comes from fewer than two source dates.":
        "Bukti berasal dari kurang dari dua tanggal sumber.",
    "At least one segment contradicts this indicator.":
        "Setidaknya satu segmen bertentangan dengan indikator ini.",
    "… and %n more segment(s)": "… dan %n segmen lagi",
    "%n segment(s) in %1 source(s)": "%n segmen dalam %1 sumber",
    "No project open": "Tidak ada proyek yang terbuka",
    "Show:": "Tampilkan:",
    "Which codes are rows, and whether segments coded to a sub-code count for its parent":
        "Kode mana yang menjadi baris, dan apakah segmen pada subkode dihitung untuk "
        "induknya",
    "Indicator board": "Papan indikator",
    "Matrix (data display)": "Matriks (penyajian data)",
    "Matrix": "Matriks",
    "Co-occurrence": "Ko-okurensi",
    "Code co-occurrence": "Ko-okurensi kode",
    "Summary grid": "Kisi ringkasan",
    "Triangulation": "Triangulasi",
    # -- indicator board -------------------------------------------------------------------
    "%1 on %2": "%1 pada %2",
    "Add as key quote": "Jadikan kutipan kunci",
    "Choose key quote": "Pilih kutipan kunci",
    "Conclusion": "Kesimpulan",
    "Contradicting segments": "Segmen yang bertentangan",
    "Double-click to choose a verdict": "Klik dua kali untuk memilih penilaian",
    "Drop key quote": "Lepaskan kutipan kunci",
    "First and last date of the sources": "Tanggal pertama dan terakhir sumber",
    "Groups": "Kelompok",
    "History": "Riwayat",
    "Indicator": "Indikator",
    "Key quotes": "Kutipan kunci",
    "Key quotes (double-click to open in the text)":
        "Kutipan kunci (klik dua kali untuk membukanya di teks)",
    "Last judged by %1 on %2": "Terakhir dinilai oleh %1 pada %2",
    "Period": "Periode",
    "Remove": "Hapus",
    "Save conclusion": "Simpan kesimpulan",
    "Segments of this indicator": "Segmen indikator ini",
    "Select an indicator to write its conclusion and choose key quotes.":
        "Pilih indikator untuk menulis kesimpulannya dan memilih kutipan kunci.",
    "Set verdict": "Tetapkan penilaian",
    "— not judged —": "— belum dinilai —",
    "Supporting segments": "Segmen pendukung",
    "Techniques": "Teknik",
    "Verdict": "Penilaian",
    "When": "Kapan",
    "Who": "Siapa",
    "Write conclusion": "Tulis kesimpulan",
    "Write the conclusion for this indicator: what the evidence shows, where it disagrees, "
    "and why the verdict.": "Tulis kesimpulan untuk indikator ini: apa yang ditunjukkan "
                           "bukti, di mana bukti berbeda, dan alasan penilaiannya.",
    "Conclusion:": "Kesimpulan:",
    "Remove from key quotes": "Hapus dari kutipan kunci",
    "New verdict option…": "Pilihan penilaian baru…",
    "Verdicts:": "Penilaian:",
    "(double-click a verdict cell to change it)": "(klik dua kali sel penilaian untuk "
                                                  "mengubahnya)",
    "Key quotes (%1)": "Kutipan kunci (%1)",
    "Segments (%1)": "Segmen (%1)",
    "History (%1)": "Riwayat (%1)",
    "Add verdict option": "Tambah pilihan penilaian",
    "New verdict option": "Pilihan penilaian baru",
    "Verdict options…": "Pilihan penilaian…",
    "Verdict options": "Pilihan penilaian",
    "Indicators": "Indikator",
    "Move &up": "Naikkan (&U)",
    "Move &down": "Turunkan (&D)",
    "Move d&own": "Turunkan (&O)",
    "&Remove": "&Hapus",
    "%n indicator(s) carry this verdict; give them another verdict first.":
        "%n indikator memakai penilaian ini; beri indikator itu penilaian lain dahulu.",
    "A verdict option needs a label in both languages.":
        "Pilihan penilaian perlu label dalam kedua bahasa.",
    "Rename verdict option": "Ubah nama pilihan penilaian",
    "Move verdict option": "Pindahkan pilihan penilaian",
    "Remove verdict option": "Hapus pilihan penilaian",
    "Move stakeholder group": "Pindahkan kelompok pemangku kepentingan",
    "Label (Indonesian):": "Label (Indonesia):",
    "Label (English):": "Label (Inggris):",
    # -- matrix ----------------------------------------------------------------------------
    "%1 × %2: %n segment(s)": "%1 × %2: %n segmen",
    "(+%n more)": "(+%n lagi)",
    "(no participant)": "(tanpa informan)",
    "Cells:": "Sel:",
    "Click a cell to list its segments.": "Klik sel untuk menampilkan segmennya.",
    "Coded text": "Teks berkode",
    "Columns:": "Kolom:",
    "Heat colouring": "Pewarnaan intensitas",
    "Hide codes without overlaps": "Sembunyikan kode tanpa tumpang tindih",
    "Hide rows without segments": "Sembunyikan baris tanpa segmen",
    "Number of segments": "Jumlah segmen",
    # -- summary grid ----------------------------------------------------------------------
    "Column summary": "Ringkasan kolom",
    "Row summary": "Ringkasan baris",
    "Rows:": "Baris:",
    "Select a cell to see its segments and write its summary.":
        "Pilih sel untuk melihat segmennya dan menulis ringkasannya.",
    "Summarise these segments in your own words…":
        "Ringkas segmen-segmen ini dengan kata-kata Anda sendiri…",
    "Summary (saved as you type):": "Ringkasan (tersimpan selagi Anda mengetik):",
    "Write summary": "Tulis ringkasan",
    # -- triangulation ---------------------------------------------------------------------
    "%n date(s)": "%n tanggal",
    "(undated)": "(tanpa tanggal)",
    "An indicator is triangulated when its segments come from at least:":
        "Sebuah indikator tertriangulasi bila segmennya berasal dari sekurang-kurangnya:",
    "Change triangulation rule": "Ubah aturan triangulasi",
    "Different source dates (1: no condition):": "Tanggal sumber berbeda (1: tanpa syarat):",
    "Flags": "Tanda",
    "Rule…": "Aturan…",
    "Segments (+/−)": "Segmen (+/−)",
    "Source date": "Tanggal sumber",
    "Stakeholder groups:": "Kelompok pemangku kepentingan:",
    "Techniques (interview, observation, document):":
        "Teknik (wawancara, observasi, dokumentasi):",
    "Time": "Waktu",
    "Triangulated": "Tertriangulasi",
    "Triangulated: at least %1 technique(s), %2 stakeholder group(s) and %3 source date(s).":
        "Tertriangulasi: sekurang-kurangnya %1 teknik, %2 kelompok pemangku kepentingan dan "
        "%3 tanggal sumber.",
    "Triangulation rule": "Aturan triangulasi",
    "no evidence": "tanpa bukti",
    "no": "tidak",
    "yes": "ya",
    # -- export -----------------------------------------------------------------------------
    "Export": "Ekspor",
    "&Export": "&Ekspor",
    "&Export report or workbook…": "&Ekspor laporan atau buku kerja…",
    "&Export…": "&Ekspor…",
    "Write a Word report or an Excel workbook of the open project":
        "Tulis laporan Word atau buku kerja Excel dari proyek yang terbuka",
    "Word report (.docx)": "Laporan Word (.docx)",
    "Excel workbook (.xlsx)": "Buku kerja Excel (.xlsx)",
    "&Format:": "&Format:",
    "Report &language:": "&Bahasa laporan:",
    "Names:": "Nama:",
    "Frame&works:": "&Kerangka teori:",
    "Stakeholder &groups:": "Kelompok &pemangku kepentingan:",
    "&Save as:": "&Simpan sebagai:",
    "&Pseudonymise (participant codes instead of names, also inside quotes)":
        "&Samarkan nama (kode informan sebagai ganti nama, juga di dalam kutipan)",
    "Show real &names in the participants table": "Tampilkan &nama asli di tabel informan",
    "Only evidence from the checked groups is counted and quoted.":
        "Hanya bukti dari kelompok yang dicentang yang dihitung dan dikutip.",
    "&Browse…": "&Telusuri…",
    "Word document (*.docx)": "Dokumen Word (*.docx)",
    "Excel workbook (*.xlsx)": "Buku kerja Excel (*.xlsx)",
    "Export to": "Ekspor ke",
    "Choose a file to save the export in.": "Pilih berkas untuk menyimpan hasil ekspor.",
    "Check at least one framework.": "Centang sekurang-kurangnya satu kerangka teori.",
    "Check at least one stakeholder group.":
        "Centang sekurang-kurangnya satu kelompok pemangku kepentingan.",
    "The export was saved as %1.": "Hasil ekspor disimpan sebagai %1.",
    "Export finished": "Ekspor selesai",
    "The export was cancelled; no file was written.":
        "Ekspor dibatalkan; tidak ada berkas yang ditulis.",
    # -- REFI-QDA --------------------------------------------------------------------------
    "Import RE&FI-QDA…": "Impor RE&FI-QDA…",
    "Bring in a .qdpx project or .qdc codebook from NVivo, ATLAS.ti, MAXQDA, QualCoder or "
    "Taguette": "Masukkan proyek .qdpx atau buku kode .qdc dari NVivo, ATLAS.ti, MAXQDA, "
                "QualCoder atau Taguette",
    "Export REFI-QDA pro&ject…": "Ekspor &proyek REFI-QDA…",
    "Export REFI-QDA project": "Ekspor proyek REFI-QDA",
    "Export code&book (.qdc)…": "Ekspor buku ko&de (.qdc)…",
    "Export codebook": "Ekspor buku kode",
    "Export failed": "Ekspor gagal",
    "Import REFI-QDA": "Impor REFI-QDA",
    "Import failed": "Impor gagal",
    "Wrote %1: %2 sources, %3 codes, %4 coded segments, %5 memos, %6 participants":
        "Ditulis ke %1: %2 sumber, %3 kode, %4 segmen berkode, %5 memo, %6 informan",
    "Wrote the codebook %1: %2 codes": "Buku kode ditulis ke %1: %2 kode",
    "REFI-QDA codebook (*.qdc)": "Buku kode REFI-QDA (*.qdc)",
    "REFI-QDA export": "Ekspor REFI-QDA",
    "REFI-QDA files (*.qdpx *.qdc);;All files (*)":
        "Berkas REFI-QDA (*.qdpx *.qdc);;Semua berkas (*)",
    "REFI-QDA import": "Impor REFI-QDA",
    "REFI-QDA project (*.qdpx)": "Proyek REFI-QDA (*.qdpx)",
    "Reading %1…": "Membaca %1…",
    "Writing %1…": "Menulis %1…",
    "the REFI-QDA project": "proyek REFI-QDA",
    "New project fro&m REFI-QDA…": "Proyek baru d&ari REFI-QDA…",
    "Make a new Telaah project from a .qdpx project of another program":
        "Buat proyek Telaah baru dari proyek .qdpx program lain",
    "New project from REFI-QDA": "Proyek baru dari REFI-QDA",
    "Save the new project as": "Simpan proyek baru sebagai",
    "Telaah projects (*.telaah)": "Proyek Telaah (*.telaah)",
    "the REFI-QDA codebook": "buku kode REFI-QDA",
    "Imported %1 “%2” (made by %3) from %4.":
        "Berhasil mengimpor %1 “%2” (dibuat dengan %3) dari %4.",
    "Came in:": "Yang masuk:",
    "%1 new code(s), %2 matched to existing codes":
        "%1 kode baru, %2 dicocokkan dengan kode yang sudah ada",
    "%1 text source(s) (%2 already present, codings merged)":
        "%1 sumber teks (%2 sudah ada, kodingnya digabungkan)",
    "%1 coded segment(s), %2 memo(s)": "%1 segmen berkode, %2 memo",
    "%1 new participant(s), %2 matched to existing ones":
        "%1 informan baru, %2 dicocokkan dengan yang sudah ada",
    "Not imported (%1):": "Tidak diimpor (%1):",
    "Everything was imported.": "Semuanya diimpor.",
    "Notes:": "Catatan:",
}

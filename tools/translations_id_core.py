"""Indonesian for the core's messages (`storage/messages.py`, context "CoreMessages").

Keep every `{named}` value of the English template; the GUI fills them in after
translating (and translates values that are messages themselves, such as the guessed
encoding of a file).
"""

from __future__ import annotations

CORE: dict[str, str] = {
    "{path} already exists; choose another file name.":
        "{path} sudah ada; pilih nama berkas lain.",
    "The folder {folder} does not exist.": "Folder {folder} tidak ada.",
    "{path} does not exist.": "{path} tidak ada.",
    "{name} was written by a newer Telaah; update Telaah to open it.":
        "{name} dibuat dengan Telaah yang lebih baru; perbarui Telaah untuk membukanya.",
    "{path} is not a Telaah project ({detail}).": "{path} bukan proyek Telaah ({detail}).",
    "{path} is damaged (integrity check: {detail}). Restore a copy from {backups}.":
        "{path} rusak (pemeriksaan integritas: {detail}). Pulihkan salinan dari {backups}.",
    "{name} is open read-only.": "{name} terbuka hanya-baca.",
    "{name} is already open in another Telaah process (host {host}, pid {pid}, since "
    "{since}). Close it there first.":
        "{name} sedang dibuka di proses Telaah lain (host {host}, pid {pid}, sejak "
        "{since}). Tutup dulu di sana.",
    "A stakeholder group needs a name.": "Kelompok pemangku kepentingan perlu nama.",
    "The stakeholder group '{name}' already exists.":
        "Kelompok pemangku kepentingan '{name}' sudah ada.",
    "A participant needs a code such as P01.": "Informan perlu kode, misalnya P01.",
    "The participant code '{code}' is already used.":
        "Kode informan '{code}' sudah dipakai.",
    "A code needs a label.": "Kode perlu label.",
    "A code cannot be moved under itself or its own sub-code.":
        "Kode tidak dapat dipindah ke bawah dirinya sendiri atau sub-kodenya.",
    "A code cannot be merged into itself.": "Kode tidak dapat digabung ke dirinya sendiri.",
    "A code cannot be merged into its own sub-code.":
        "Kode tidak dapat digabung ke sub-kodenya sendiri.",
    "The framework {framework} is already in this project.":
        "Kerangka teori {framework} sudah ada di proyek ini.",
    "A source needs a title.": "Sumber perlu judul.",
    "'{value}' is not a date in the form YYYY-MM-DD.":
        "'{value}' bukan tanggal dengan bentuk TTTT-BB-HH.",
    "The verdict '{key}' is empty or already exists.":
        "Penilaian '{key}' kosong atau sudah ada.",
    "A verdict option needs a label in both languages.":
        "Pilihan penilaian perlu label dalam kedua bahasa.",
    "The verdict '{label}' is given to {count} indicator(s); give them another verdict "
    "first.": "Penilaian '{label}' dipakai {count} indikator; beri indikator itu penilaian "
              "lain dahulu.",
    "{path}: no such file.": "{path}: berkas tidak ada.",
    "{path}: cannot be read ({detail}).": "{path}: tidak dapat dibaca ({detail}).",
    "{path}: cannot import '{suffix}' files; use {supported}.":
        "{path}: berkas '{suffix}' tidak dapat diimpor; gunakan {supported}.",
    "{path}: is not a readable Word .docx file ({detail}).":
        "{path}: bukan berkas Word .docx yang dapat dibaca ({detail}).",
    "{path}: starts with a {encoding} byte-order mark but byte {position} is not valid "
    "{encoding}.": "{path}: diawali penanda urutan bita {encoding}, tetapi bita ke-{position} "
                   "bukan {encoding} yang sah.",
    "{path}: {guess}; save it as UTF-8 and import it again.":
        "{path}: {guess}; simpan sebagai UTF-8 lalu impor lagi.",
    "{path}: is not UTF-8 (invalid byte at position {position}); it is probably {guess}. "
    "Save it as UTF-8 and import it again.":
        "{path}: bukan UTF-8 (bita tidak sah di posisi {position}); kemungkinan {guess}. "
        "Simpan sebagai UTF-8 lalu impor lagi.",
    "UTF-16 ({order}) without a byte-order mark": "UTF-16 ({order}) tanpa penanda urutan bita",
    "a binary file, not text": "berkas biner, bukan teks",
    "Latin-1 (ISO-8859-1) or Windows-1252": "Latin-1 (ISO-8859-1) atau Windows-1252",
    "Windows-1252 (ANSI) or another legacy code page":
        "Windows-1252 (ANSI) atau halaman kode lama lainnya",
}

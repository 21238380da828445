"""Indonesian for the core's messages (`storage/messages.py`, context "CoreMessages").

Keep every `{named}` value of the English template; the GUI fills them in after
translating (and translates values that are messages themselves, such as the guessed
encoding of a file).
"""

from __future__ import annotations

from tools.translations_id_privacy import PRIVACY_CORE

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
    "Give the phrase to code (it is empty).": "Isi frasa yang akan dikode (masih kosong).",
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
    "the file": "berkas ini",
    "{path}: is larger than {limit} MB; refused.": "{path}: lebih besar dari {limit} MB; ditolak.",
    "{path}: is not a readable zip archive ({detail}).":
        "{path}: bukan arsip zip yang dapat dibaca ({detail}).",
    "{path}: unpacks to more than {limit} MB; refused.":
        "{path}: isinya lebih dari {limit} MB bila dibuka; ditolak.",
    "{path}: unpacks to {size} bytes (more than {limit} MB); refused.":
        "{path}: isinya {size} bita bila dibuka (lebih dari {limit} MB); ditolak.",
    "{path}: holds {count} entries (more than {limit}); refused.":
        "{path}: berisi {count} entri (lebih dari {limit}); ditolak.",
    "{path}: entry '{entry}' unpacks to {size} bytes (more than {limit} MB); refused.":
        "{path}: entri '{entry}' berisi {size} bita bila dibuka (lebih dari {limit} MB); "
        "ditolak.",
    "{path}: entry '{entry}' unpacks to more than its declared {size} bytes; refused.":
        "{path}: entri '{entry}' berisi lebih dari {size} bita yang dinyatakan; ditolak.",
    "{path}: entry '{entry}' is damaged or unsupported ({detail}).":
        "{path}: entri '{entry}' rusak atau tidak didukung ({detail}).",
    "{path}: the entry name '{entry}' points outside the archive (a zip-slip attack); "
    "refused.": "{path}: nama entri '{entry}' menunjuk ke luar arsip (serangan zip-slip); "
                "ditolak.",
    "{path}: has no project.qde inside; it is not a REFI-QDA project archive.":
        "{path}: tidak berisi project.qde; ini bukan arsip proyek REFI-QDA.",
    "{path}: {what} declares a DOCTYPE (entities or an external DTD), which REFI-QDA "
    "files never need; refused as unsafe.":
        "{path}: {what} memuat DOCTYPE (entitas atau DTD luar), yang tidak pernah "
        "diperlukan berkas REFI-QDA; ditolak karena tidak aman.",
    "{path}: {what} is not well-formed XML ({detail}).":
        "{path}: {what} bukan XML yang tersusun benar ({detail}).",
    "{path}: {what} is empty.": "{path}: {what} kosong.",
    "{path}: the reference {reference} climbs out of the project's folder; refused.":
        "{path}: rujukan {reference} keluar dari folder proyek; ditolak.",
    "{path}: uses the XML namespace '{namespace}', which is not REFI-QDA's "
    "(urn:QDA-XML:...).": "{path}: memakai ruang nama XML '{namespace}', bukan milik "
                          "REFI-QDA (urn:QDA-XML:...).",
    "{path}: its root element is <{kind}>, not a REFI-QDA <Project> or <CodeBook>.":
        "{path}: elemen akarnya <{kind}>, bukan <Project> atau <CodeBook> REFI-QDA.",
    "{path}: the selection {selection} in source '{source}' has no valid "
    "startPosition/endPosition ({start!r}, {end!r}).":
        "{path}: seleksi {selection} di sumber '{source}' tidak punya "
        "startPosition/endPosition yang sah ({start!r}, {end!r}).",
    "{path}: the selection {selection} in source '{source}' runs from {start} to {end}, "
    "outside its text (0-{length}); refused.":
        "{path}: seleksi {selection} di sumber '{source}' berada di {start} sampai {end}, "
        "di luar teksnya (0-{length}); ditolak.",
}

CORE.update(PRIVACY_CORE)  # privacy and security (issue 13)

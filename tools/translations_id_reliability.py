"""Indonesian for the reliability work: core messages about locks, damage, full disks and
backups (`RELIABILITY_CORE`, merged into `translations_id_core.CORE`) and the interface
strings of File → Restore from backup… and its questions (`RELIABILITY`, merged into
`translations_id.TRANSLATIONS`)."""

from __future__ import annotations

RELIABILITY_CORE: dict[str, str] = {
    "{name} is already open in another Telaah process (its lock file {lock} does not say "
    "which). Close it there first.":
        "{name} sedang dibuka di proses Telaah lain (berkas kuncinya {lock} tidak menyebut "
        "proses mana). Tutup dulu di sana.",
    "{name} was opened on another computer ({host}, since {since}) and its lock file "
    "{lock} is still there. If Telaah is no longer running there, take the lock over "
    "(command line: --force-unlock).":
        "{name} dibuka di komputer lain ({host}, sejak {since}) dan berkas kuncinya {lock} "
        "masih ada. Jika Telaah tidak lagi berjalan di sana, ambil alih kuncinya (baris "
        "perintah: --force-unlock).",
    "Could not lock {path}: its lock file {lock} keeps changing.":
        "{path} tidak dapat dikunci: berkas kuncinya {lock} terus berubah.",
    "Could not write the lock file {lock} ({detail}); nothing was changed.":
        "Berkas kunci {lock} tidak dapat ditulis ({detail}); tidak ada yang diubah.",
    "{name} cannot be changed: its folder {folder} is read-only ({detail}). It can only be "
    "read; copy it to a writable folder to work on it.":
        "{name} tidak dapat diubah: foldernya {folder} hanya-baca ({detail}). Proyek ini "
        "hanya dapat dibaca; salin ke folder yang dapat ditulisi untuk mengerjakannya.",
    "{path} is a folder, not a Telaah project file.":
        "{path} adalah folder, bukan berkas proyek Telaah.",
    "{path} is not a regular file, so it is not a Telaah project.":
        "{path} bukan berkas biasa, jadi bukan proyek Telaah.",
    "{path} is empty (0 bytes), so it is not a Telaah project.":
        "{path} kosong (0 bita), jadi bukan proyek Telaah.",
    "{path} is damaged ({detail}). The newest good backup is {backup}; restore it with: "
    "python main.py restore {path} {backup}":
        "{path} rusak ({detail}). Cadangan baik yang terbaru adalah {backup}; pulihkan "
        "dengan: python main.py restore {path} {backup}",
    "{path} is damaged ({detail}), and no good backup of it was found in {backups}.":
        "{path} rusak ({detail}), dan tidak ada cadangan baik di {backups}.",
    "The disk holding {path} is full; the last step was not saved and the project is "
    "unchanged. Free some space and try again.":
        "Disk tempat {path} penuh; langkah terakhir tidak tersimpan dan proyek tidak "
        "berubah. Kosongkan sebagian ruang lalu coba lagi.",
    "{path} cannot be written ({detail}); the last step was not saved and the project is "
    "unchanged.":
        "{path} tidak dapat ditulis ({detail}); langkah terakhir tidak tersimpan dan proyek "
        "tidak berubah.",
    "Could not make a backup of {name} in {folder} before changing it ({detail}); nothing "
    "was changed.":
        "Cadangan {name} di {folder} tidak dapat dibuat sebelum mengubahnya ({detail}); "
        "tidak ada yang diubah.",
    "There is no backup {backup} (nor in {backups}).":
        "Tidak ada cadangan {backup} (juga tidak di {backups}).",
    "{backup} is the project itself, not one of its backups.":
        "{backup} adalah proyek itu sendiri, bukan salah satu cadangannya.",
    "{backup} is not a good backup ({detail}); nothing was restored.":
        "{backup} bukan cadangan yang baik ({detail}); tidak ada yang dipulihkan.",
    "{path}: is a folder, not a file; give the files inside it.":
        "{path}: adalah folder, bukan berkas; berikan berkas-berkas di dalamnya.",
    "{path}: is {kind}, not a regular file.": "{path}: adalah {kind}, bukan berkas biasa.",
    "{path}: is a symbolic link that loops back on itself.":
        "{path}: adalah tautan simbolik yang berputar kembali ke dirinya sendiri.",
    "{path}: declares a DOCTYPE (entities), which Word never writes; refused because text "
    "after an entity would be lost.":
        "{path}: mendeklarasikan DOCTYPE (entitas), yang tidak pernah ditulis Word; ditolak "
        "karena teks setelah entitas akan hilang.",
}

RELIABILITY: dict[str, str] = {
    # -- File → Restore from backup… (gui/restore_actions.py) ---------------------------
    "Res&tore from backup…": "Pu&lihkan dari cadangan…",
    "Restore from backup": "Pulihkan dari cadangan",
    "Choose the backup of %1 to restore. Its present state is kept as a backup first, so "
    "this can be undone by restoring that one.":
        "Pilih cadangan %1 yang akan dipulihkan. Keadaannya sekarang disimpan dulu sebagai "
        "cadangan, jadi langkah ini dapat dibatalkan dengan memulihkan cadangan itu.",
    "Time": "Waktu",
    "Size": "Ukuran",
    "Codes": "Kode",
    "Segments": "Segmen",
    "Integrity": "Integritas",
    "ok": "baik",
    "damaged: %1": "rusak: %1",
    "%1 was restored from the backup of %2.": "%1 telah dipulihkan dari cadangan %2.",
    "Damaged project": "Proyek rusak",
    "Restore a backup…": "Pulihkan cadangan…",
    "Project locked": "Proyek terkunci",
    "Take the lock over": "Ambil alih kunci",
    # -- importing a text that is already a source (gui/sources/importing.py) ------------
    "• %1 (same text as the source '%2')": "• %1 (teksnya sama dengan sumber '%2')",
    "%n file(s) have the same text as a source already in the project:":
        "%n berkas teksnya sama dengan sumber yang sudah ada di proyek:",
    "Import them anyway as second copies? (No skips them.)":
        "Tetap impor sebagai salinan kedua? (Tidak: berkas itu dilewati.)",
}

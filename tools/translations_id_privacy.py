"""Indonesian for privacy and security (issue 13): passwords, privacy settings, consent
override, confidential exports, files outside a REFI-QDA archive, and the core's
messages about them (context "CoreMessages").

`PRIVACY` is merged into `tools.translations_id.TRANSLATIONS`, `PRIVACY_CORE` into
`tools.translations_id_core.CORE`; see those modules for the conventions.
"""

from __future__ import annotations

PRIVACY: dict[str, str] = {
    # -- File menu: password and privacy ------------------------------------------------
    "Project pass&word…": "Kata sandi pro&yek…",
    "Pri&vacy…": "Pri&vasi…",
    "Project password": "Kata sandi proyek",
    "The password is wrong. Password for %1:": "Kata sandinya salah. Kata sandi untuk %1:",
    "%1 is encrypted. Password:": "%1 terenkripsi. Kata sandi:",
    "&Remove the password (store the file unencrypted)":
        "&Hapus kata sandi (simpan berkas tanpa enkripsi)",
    "The project file and its backups are encrypted with this password. Without it "
    "nobody, not even you, can open them.":
        "Berkas proyek dan cadangannya dienkripsi dengan kata sandi ini. Tanpanya tidak "
        "ada yang dapat membukanya, termasuk Anda sendiri.",
    "C&urrent password:": "Kata sandi saat &ini:",
    "&New password:": "Kata sandi &baru:",
    "Re&peat it:": "&Ulangi:",
    "Type the new password.": "Ketik kata sandi baru.",
    "The two new passwords differ.": "Kedua kata sandi baru tidak sama.",
    "Privacy": "Privasi",
    "&Confidential study: pseudonymised exports by default, files readable by you only":
        "Penelitian &rahasia: ekspor disamarkan secara bawaan, berkas hanya dapat dibaca "
        "oleh Anda",
    "One term per line, e.g. a village or a business name":
        "Satu istilah per baris, mis. nama desa atau nama usaha",
    "&Always replace in pseudonymised exports:": "&Selalu ganti dalam ekspor tersamar:",
    "Change privacy settings": "Ubah pengaturan privasi",
    # -- participant dialog -------------------------------------------------------------
    "Naming the organisation &identifies them (replaced in pseudonymised exports)":
        "Nama organisasinya &mengungkap identitas informan (diganti dalam ekspor tersamar)",
    "&Quote them although consent is pending (recorded with your name and the date)":
        "&Kutip meskipun persetujuan belum diberikan (dicatat dengan nama Anda dan "
        "tanggalnya)",
    # -- exports ------------------------------------------------------------------------
    "Confidential study": "Penelitian rahasia",
    "This study is confidential. Export it with the participants' real names and "
    "organisations?": "Penelitian ini rahasia. Ekspor dengan nama asli dan organisasi "
                      "informan?",
    "This study is confidential. Export it pseudonymised (participant codes instead of "
    "names)?": "Penelitian ini rahasia. Ekspor dalam bentuk tersamar (kode informan "
               "sebagai pengganti nama)?",
    "Real names": "Nama asli",
    "File outside the archive": "Berkas di luar arsip",
    "The REFI-QDA file wants to read %1 from this computer as a source text. Read it?":
        "Berkas REFI-QDA ini hendak membaca %1 dari komputer ini sebagai teks sumber. "
        "Baca berkas itu?",
}

# The core's messages (storage/messages.py), merged into translations_id_core.CORE.
PRIVACY_CORE: dict[str, str] = {
    "participant name": "nama informan",
    "name part": "bagian nama",
    "alias": "nama panggilan",
    "organisation": "organisasi",
    "always-replace term": "istilah selalu-ganti",
    "{code}'s consent is not pending; only a pending consent can be overridden for "
    "quoting.": "Persetujuan {code} tidak sedang menunggu; hanya persetujuan yang belum "
                "diberikan yang dapat dikecualikan untuk dikutip.",
    "The export was not written: a {kind} is still in {where} after pseudonymisation. "
    "Add it to the always-replace list or check that text.":
        "Ekspor tidak ditulis: sebuah {kind} masih ada di {where} setelah penyamaran. "
        "Tambahkan ke daftar selalu-ganti atau periksa teks itu.",
    "This study is confidential: exports are pseudonymised. Pass --real-names to export "
    "real names.": "Penelitian ini rahasia: ekspor disamarkan. Gunakan --real-names untuk "
                   "mengekspor nama asli.",
    "{path}: a source is read from {file}, outside the archive; refused (pass "
    "--allow-outside-files to read files outside the archive).":
        "{path}: sebuah sumber dibaca dari {file}, di luar arsip; ditolak (gunakan "
        "--allow-outside-files untuk membaca berkas di luar arsip).",
    "{path}: entry '{entry}' inflates {ratio}-fold (more than {limit}-fold, implausible "
    "for text); refused.": "{path}: entri '{entry}' mengembang {ratio} kali lipat (lebih "
                           "dari {limit} kali, tidak wajar untuk teks); ditolak.",
    "{name} is encrypted and the password is wrong.":
        "{name} terenkripsi dan kata sandinya salah.",
    "{name} is encrypted; give its password (TELAAH_PASSWORD or the prompt).":
        "{name} terenkripsi; berikan kata sandinya (TELAAH_PASSWORD atau saat diminta).",
    "Encryption needs the sqlcipher3 package, which is not installed ({detail}).":
        "Enkripsi memerlukan paket sqlcipher3, yang belum terpasang ({detail}).",
    "{name}: no password given; set TELAAH_PASSWORD (TELAAH_NEW_PASSWORD for a new one) "
    "or run the command in a terminal.":
        "{name}: kata sandi tidak diberikan; isi TELAAH_PASSWORD (TELAAH_NEW_PASSWORD "
        "untuk yang baru) atau jalankan perintah di terminal.",
    "The password is empty; give at least one character.":
        "Kata sandinya kosong; berikan paling sedikit satu karakter.",
    "{name} has no password.": "{name} tidak memiliki kata sandi.",
    "{name} already has a password; use --change or --remove.":
        "{name} sudah memiliki kata sandi; gunakan --change atau --remove.",
}

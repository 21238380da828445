"""Indonesian translations of the interface, the maintained source for telaah_id.ts.

`TRANSLATIONS` maps an English source string to its Indonesian text, used in every
context (the shell and sources strings are here; the panels' strings are merged in
from `translations_id_workbench`, `translations_id_analysis` and
`translations_id_privacy`, and the core's messages from `translations_id_core`, to keep
files short);
`CONTEXT_TRANSLATIONS` overrides one (context, source) pair where the same English
needs different Indonesian. `tools/update_translations.py` fills the .ts file
from these, so adding strings and re-running never loses a translation. Keep `&`
accelerators (a different letter for each entry of a menu: the workflow tests check)
and `%1`/`%n` placeholders; plural strings need one form in Indonesian.
Vocabulary: source = sumber, participant = informan, coding = koding, code = kode,
stakeholder group = kelompok pemangku kepentingan, framework = kerangka teori.
"""

from __future__ import annotations

from tools.translations_id_analysis import ANALYSIS
from tools.translations_id_core import CORE
from tools.translations_id_privacy import PRIVACY
from tools.translations_id_workbench import WORKBENCH

TRANSLATIONS: dict[str, str] = {
    # -- main window, menus ------------------------------------------------------------
    "&File": "&Berkas",
    "&Edit": "&Sunting",
    "&Code": "&Kode",
    "&Analysis": "&Analisis",
    "&View": "&Tampilan",
    "&Help": "Ba&ntuan",  # not &B: &Berkas has it
    "Undo": "Urungkan",
    "Redo": "Ulangi",
    "Undo %1": "Urungkan %1",
    "Redo %1": "Ulangi %1",
    "&About Telaah": "&Tentang Telaah",
    "About Telaah": "Tentang Telaah",
    "<b>Telaah %1</b><p>Offline qualitative analysis for governance field research: "
    "code interviews, observations and documents against governance frameworks, check "
    "triangulation and judge each indicator.</p><p>Every action is saved in the project "
    "file as you work; each opening keeps a backup beside it.</p>":
        "<b>Telaah %1</b><p>Analisis kualitatif luring untuk penelitian lapangan tata "
        "kelola: kode wawancara, observasi, dan dokumen dengan kerangka teori tata kelola, "
        "periksa triangulasi, dan nilai setiap indikator.</p><p>Setiap tindakan langsung "
        "tersimpan di berkas proyek; setiap kali dibuka, salinan cadangan disimpan di "
        "sampingnya.</p>",
    "No project": "Tidak ada proyek",
    "Sources": "Sumber",
    "Cancel": "Batal",
    # -- Qt's own buttons and edit menus ---------------------------------------------------
    "OK": "OK",
    "Save": "Simpan",
    "Save All": "Simpan semua",
    "Open": "Buka",
    "&Yes": "&Ya",
    "Yes to &All": "Ya untuk &semua",
    "&No": "&Tidak",
    "N&o to All": "T&idak untuk semua",
    "Abort": "Batalkan",
    "Retry": "Coba lagi",
    "Ignore": "Abaikan",
    "Close": "Tutup",
    "Discard": "Buang",
    "Help": "Bantuan",
    "Apply": "Terapkan",
    "Reset": "Atur ulang",
    "Restore Defaults": "Kembalikan bawaan",
    "&Undo": "&Urungkan",
    "&Redo": "U&langi",
    "Cu&t": "Po&tong",
    "&Copy": "&Salin",
    "&Paste": "&Tempel",
    "Select All": "Pilih semua",
    "Copy &Link Location": "Salin &lokasi tautan",
    # -- application, errors -----------------------------------------------------------
    "Something went wrong: %1": "Terjadi kesalahan: %1",
    "(no log file)": "(tidak ada berkas log)",
    "Everything up to your last completed action is saved in the project. The details "
    "were written to %1; please include that file when you report the problem.":
        "Semua pekerjaan sampai tindakan terakhir yang selesai sudah tersimpan di proyek. "
        "Rinciannya ditulis ke %1; sertakan berkas itu saat melaporkan masalah ini.",
    # -- project commands ----------------------------------------------------------------
    "&New project…": "Proyek &baru…",
    "&Open project…": "B&uka proyek…",
    "Open &recent": "Buka yang te&rakhir",
    "&Close project": "&Tutup proyek",
    "&Study properties…": "Pr&operti penelitian…",
    "&Quit": "&Keluar",
    "(none)": "(tidak ada)",
    "Clear list": "Kosongkan daftar",
    "Cannot open project": "Proyek tidak dapat dibuka",
    "Telaah could not open %1.": "Telaah tidak dapat membuka %1.",
    "Choose where to save the project.": "Pilih tempat menyimpan proyek.",
    "New project": "Proyek baru",
    "Open project": "Buka proyek",
    "Damaged project": "Proyek rusak",
    "No backup made": "Cadangan tidak dibuat",
    "Telaah could not make a backup copy of %1 in %2 (%3). Your work is still saved in "
    "the project file.": "Telaah tidak dapat membuat salinan cadangan %1 di %2 (%3). "
    "Pekerjaan Anda tetap tersimpan di berkas proyek.",
    "%1 is damaged (integrity check: %2). Close it and restore a copy from %3.":
        "%1 rusak (pemeriksaan integritas: %2). Tutup proyek ini dan pulihkan salinan "
        "dari %3.",
    "&Title:": "&Judul:",
    "&File:": "&Berkas:",
    "Choose…": "Pilih…",
    "Framework:": "Kerangka teori:",
    "Frameworks:": "Kerangka teori:",
    "DeSeve &variant:": "&Varian DeSeve:",
    "9 elements (full list)": "9 elemen (daftar lengkap)",
    "8 elements": "8 elemen",
    "7 elements": "7 elemen",
    "e.g. Collaborative governance of MSME digitalisation":
        "mis. Tata kelola kolaboratif digitalisasi UMKM",
    "Study properties": "Properti penelitian",
    "Edit study properties": "Ubah properti penelitian",
    "&Research questions:": "&Pertanyaan penelitian:",
    "&Site:": "&Lokasi:",
    "Fieldwork &from:": "Penelitian lapangan &dari:",
    "Fieldwork &until:": "Penelitian lapangan &sampai:",
    "&Notes:": "&Catatan:",
    # -- preferences ---------------------------------------------------------------------
    "Preferences": "Preferensi",
    "&Preferences…": "&Preferensi…",
    "Interface language:": "Bahasa antarmuka:",
    "Coder name:": "Nama pengode:",
    "Text font size:": "Ukuran huruf teks:",
    "Backups kept per project:": "Cadangan yang disimpan per proyek:",
    "Report language:": "Bahasa laporan:",
    " pt": " pt",
    "Your name, stamped on codings and memos":
        "Nama Anda, dicantumkan pada koding dan memo",
    "How many automatic backups to keep for each project (taken each time it is opened)":
        "Berapa banyak cadangan otomatis yang disimpan untuk setiap proyek (dibuat setiap "
        "kali proyek dibuka)",
    "Welcome to Telaah": "Selamat datang di Telaah",
    "Your name as coder (stamped on every coding and memo; change it later in Edit → "
    "Preferences):": "Nama Anda sebagai pengode (dicantumkan pada setiap koding dan memo; "
                     "dapat diubah nanti di Sunting → Preferensi):",
    # -- fixed values --------------------------------------------------------------------
    "Interview": "Wawancara",
    "Observation": "Observasi",
    "Document": "Dokumentasi",
    "Interviews": "Wawancara",
    "Observations": "Observasi",
    "Documents": "Dokumentasi",
    "Pending": "Menunggu",
    "Given": "Diberikan",
    "Withdrawn": "Ditarik",
    "Not required": "Tidak diperlukan",
    "Primary data": "Data primer",
    "Secondary data": "Data sekunder",
    "Indonesian": "Bahasa Indonesia",
    "English": "Bahasa Inggris",
    "Javanese": "Bahasa Jawa",
    "Other language": "Bahasa lain",
    "No participant": "Tanpa informan",
    "No stakeholder group": "Tanpa kelompok pemangku kepentingan",
    # -- sources panel -------------------------------------------------------------------
    "Source": "Sumber",
    "Date": "Tanggal",
    "Codings": "Koding",
    "Number of coded segments": "Jumlah segmen yang dikode",
    "Participants: %1": "Informan: %1",
    "Filter sources": "Saring sumber",
    "Show only sources whose title or participant code contains this text":
        "Tampilkan hanya sumber yang judul atau kode informannya memuat teks ini",
    "By technique": "Per teknik",
    "By stakeholder": "Per pemangku kepentingan",
    "Group the sources": "Kelompokkan sumber",
    "Add": "Tambah",
    "Properties…": "Properti…",
    "Delete": "Hapus",
    "Delete source": "Hapus sumber",
    "Delete source %1": "Hapus sumber %1",
    "Delete the source “%1”?": "Hapus sumber “%1”?",
    "Its %n coding(s) will be deleted with it.": "%n koding di dalamnya ikut terhapus.",
    "You can undo this with Edit → Undo.":
        "Tindakan ini dapat dibatalkan dengan Sunting → Urungkan.",
    "You can undo this.": "Tindakan ini dapat dibatalkan.",
    # -- source dialog -------------------------------------------------------------------
    "Add source": "Tambah sumber",
    "Add source %1": "Tambah sumber %1",
    "Edit source %1": "Ubah sumber %1",
    "Source properties": "Properti sumber",
    "&Technique:": "&Teknik:",
    "T&itle:": "&Judul:",
    "&Date:": "&Tanggal:",
    "Document &date:": "&Tanggal dokumen:",
    "&Place:": "Te&mpat:",
    "Inter&viewer:": "Pe&wawancara:",
    "&Event / setting:": "&Peristiwa / latar:",
    "O&bserver:": "Peng&amat:",
    "Pa&rticipants:": "&Informan:",
    "Participants &present:": "&Informan yang hadir:",
    "D&uration:": "&Durasi:",
    " min": " menit",
    "&Recording:": "&Rekaman:",
    "&Author / organisation:": "&Penulis / organisasi:",
    "T&ype:": "Je&nis:",
    "&Language:": "&Bahasa:",
    "Da&ta:": "D&ata:",
    "&Memo:": "&Memo:",
    "e.g. Interview with the head of the cooperatives office":
        "mis. Wawancara dengan kepala dinas koperasi",
    "No date": "Tanpa tanggal",
    "Browse…": "Telusuri…",
    "Choose a file": "Pilih berkas",
    # -- participants --------------------------------------------------------------------
    "&Participants…": "I&nforman…",
    "Participants (informants) and stakeholder groups":
        "Informan dan kelompok pemangku kepentingan",
    "Participants": "Informan",
    "Participant": "Informan",
    "Add participant": "Tambah informan",
    "Add participant %1": "Tambah informan %1",
    "Edit participant %1": "Ubah informan %1",
    "Delete participant %1": "Hapus informan %1",
    "Delete participant %1?": "Hapus informan %1?",
    "%n source(s) will no longer name this participant; their text and codings stay.":
        "%n sumber tidak lagi mencantumkan informan ini; teks dan kodingnya tetap ada.",
    "&Add…": "&Tambah…",
    "&Edit…": "&Ubah…",
    "&Delete": "&Hapus",
    "&Rename…": "&Ganti nama…",
    "Stakeholder &groups…": "&Kelompok pemangku kepentingan…",
    "Groups…": "Kelompok…",
    "Code": "Kode",
    "Name": "Nama",
    "Organisation": "Organisasi",
    "Stakeholder group": "Kelompok pemangku kepentingan",
    "Role": "Peran",
    "Consent": "Persetujuan",
    "Consent date": "Tanggal persetujuan",
    "Notes": "Catatan",
    "&Code:": "&Kode:",
    "&Name:": "&Nama:",
    "&Also called:": "&Nama lain:",
    "&Organisation:": "&Organisasi:",
    "Stakeholder &group:": "Kelompok &pemangku kepentingan:",
    "&Role:": "P&eran:",
    "C&onsent:": "Per&setujuan:",
    "Consent &date:": "&Tanggal persetujuan:",
    "No&tes:": "&Catatan:",
    "Other names used in transcripts, separated by ;":
        "Nama lain yang dipakai dalam transkrip, dipisahkan dengan ;",
    "Stakeholder groups": "Kelompok pemangku kepentingan",
    "Add stakeholder group": "Tambah kelompok pemangku kepentingan",
    "Rename stakeholder group": "Ganti nama kelompok pemangku kepentingan",
    "Delete stakeholder group": "Hapus kelompok pemangku kepentingan",
    "Delete the group “%1”?": "Hapus kelompok “%1”?",
    "%n participant(s) will have no group: %1.": "%n informan tidak lagi berkelompok: %1.",
    "Name of the new group:": "Nama kelompok baru:",
    "New name:": "Nama baru:",
    # -- importing -----------------------------------------------------------------------
    "&Import sources…": "&Impor sumber…",
    "Import sources": "Impor sumber",
    "Import .txt, .md or .docx files as sources (or drop them on the window)":
        "Impor berkas .txt, .md atau .docx sebagai sumber (atau seret ke jendela)",
    "Importing sources…": "Mengimpor sumber…",
    "Import %n file(s)": "Impor %n berkas",
    "%n file(s) could not be imported:": "%n berkas tidak dapat diimpor:",
    "Text and Word files (*.txt *.md *.docx);;All files (*)":
        "Berkas teks dan Word (*.txt *.md *.docx);;Semua berkas (*)",
    "The import stopped: %1": "Impor terhenti: %1",
    "%n file(s): %1": "%n berkas: %1",
    "Files:": "Berkas:",
    "&Participant:": "&Informan:",
}

TRANSLATIONS.update(WORKBENCH)
TRANSLATIONS.update(ANALYSIS)
TRANSLATIONS.update(CORE)
TRANSLATIONS.update(PRIVACY)

CONTEXT_TRANSLATIONS: dict[tuple[str, str], str] = {
    ("ParticipantTableModel", "Sources"): "Sumber",
    ("CodeTreeModel", "Code"): "Kode",
}

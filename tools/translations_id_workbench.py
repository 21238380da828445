"""Indonesian translations of the workbench panels: codebook, text, memos, search, retrieval.

Merged into `tools.translations_id.TRANSLATIONS`; see that module for the conventions.
"""

from __future__ import annotations

WORKBENCH: dict[str, str] = {
    # -- codebook ------------------------------------------------------------------------
    "Codebook": "Buku kode",
    "Segments": "Segmen",
    "Framework": "Kerangka teori",
    "Id": "Id",
    "Level": "Tingkat",
    "Definition (English)": "Definisi (Inggris)",
    "Definition (Indonesian)": "Definisi (Indonesia)",
    "Select a code to see its definition and evidence cues.":
        "Pilih kode untuk melihat definisi dan petunjuk buktinya.",
    "code": "kode",
    "dimension": "dimensi",
    "framework": "kerangka teori",
    "indicator": "indikator",
    "sub-indicator": "subindikator",
    "&Colour:": "&Warna:",
    "Definition (En&glish):": "Definisi (&Inggris):",
    "Definition (I&ndonesian):": "Definisi (I&ndonesia):",
    "Label (&English):": "Label (In&ggris):",
    "Label (&Indonesian):": "Label (&Indonesia):",
    "%n coded segment(s) will be removed.": "%n segmen berkode akan dihapus.",
    "%n sub-code(s) go with it.": "%n subkode ikut terhapus.",
    "Add code": "Tambah kode",
    "Add sub-code": "Tambah subkode",
    "Change code colour": "Ubah warna kode",
    "Delete %1?": "Hapus %1?",
    "Delete code": "Hapus kode",
    "Edit code": "Ubah kode",
    "Merge code into": "Gabungkan kode ke",
    "Merge code": "Gabungkan kode",
    "Merge “%1” into (its segments, sub-codes and memos move there):":
        "Gabungkan “%1” ke (segmen, subkode dan memonya pindah ke sana):",
    "Move code to": "Pindahkan kode ke",
    "Move code": "Pindahkan kode",
    "Move “%1” under:": "Pindahkan “%1” ke bawah:",
    "(top level)": "(tingkat teratas)",
    "Type to filter codes…": "Ketik untuk menyaring kode…",
    "Code label; hover a code for its id": "Label kode; arahkan kursor ke kode untuk "
                                           "melihat id-nya",
    "Coded segments. For a code with sub-codes: its own segments, and in brackets the total "
    "including all its sub-codes.": "Segmen berkode. Untuk kode yang memiliki subkode: "
                                    "segmennya sendiri, dan dalam kurung jumlah termasuk "
                                    "semua subkodenya.",
    "Sources with segments of this code. For a code with sub-codes: its own, and in "
    "brackets the total including all its sub-codes (each source counted once).":
        "Sumber yang memiliki segmen kode ini. Untuk kode yang memiliki subkode: miliknya "
        "sendiri, dan dalam kurung jumlah termasuk semua subkodenya (setiap sumber dihitung "
        "sekali).",
    "&Add code…": "&Tambah kode…",
    "&Delete code…": "&Hapus kode…",
    "&Edit code…": "&Ubah kode…",
    "&Move code to…": "&Pindahkan kode ke…",
    "Add &sub-code…": "Tambah &subkode…",
    "Code co&lour…": "&Warna kode…",
    "Mer&ge code into…": "&Gabungkan kode ke…",
    "Memo on this code": "Memo untuk kode ini",
    "Double-click a code, or drag it onto the text, to code the selected text. Drag it "
    "onto another code to move it there.": "Klik dua kali sebuah kode, atau seret ke teks, "
                                           "untuk mengode teks yang dipilih. Seret ke kode "
                                           "lain untuk memindahkannya ke sana.",
    # -- coding in the text --------------------------------------------------------------
    "Add Memo to Coding…": "Tambah memo pada koding…",
    "Adjust Extent to Selection": "Sesuaikan cakupan dengan pilihan",
    "Adjust coding extent": "Sesuaikan cakupan koding",
    "Change Code…": "Ganti kode…",
    "Change code": "Ganti kode",
    "Code Selection With…": "Beri kode pada teks terpilih…",
    "Code selection": "Beri kode pada teks terpilih",
    "Coding: %1": "Koding: %1",
    "Contradicts the Code": "Bertentangan dengan kode",
    "Supports the Code": "Mendukung kode",
    "Key Quote": "Kutipan kunci",
    "Key quote": "Kutipan kunci",
    "Recently Used Codes": "Kode yang baru dipakai",
    "Remove Coding": "Hapus koding",
    "Remove coding": "Hapus koding",
    "Select Coded Text": "Pilih teks berkode",
    "Select the text the coding should cover.": "Pilih teks yang harus dicakup koding.",
    "Set valence": "Atur valensi",
    "Code the selection with:": "Beri kode pada teks terpilih:",
    "Type a code label or id…": "Ketik label atau id kode…",
    "Edit text": "Sunting teks",
    "English gloss:": "Terjemahan Inggris:",
    "No definition yet.": "Belum ada definisi.",
    "Evidence cues": "Petunjuk bukti",
    "Counter-cue (not this code)": "Petunjuk tandingan (bukan kode ini)",
    "Change the code to:": "Ganti kodenya menjadi:",
    "Select some text first, then apply a code.": "Pilih teks dahulu, lalu terapkan kode.",
    # -- text panel ----------------------------------------------------------------------
    "Choose a source to read and code it.": "Pilih sumber untuk dibaca dan dikode.",
    "No source shown": "Tidak ada sumber yang ditampilkan",
    "Code the selection: type a code (Ctrl+K)": "Kode pilihan: ketik kode (Ctrl+K)",
    "Quick Code…": "Kode cepat…",
    "Supports": "Mendukung",
    "Contradicts": "Bertentangan",
    "Valence of new codings: click to switch between supports and contradicts (Ctrl+Alt+V)":
        "Valensi koding baru: klik untuk beralih antara mendukung dan bertentangan "
        "(Ctrl+Alt+V)",
    "The edit could not be stored: %1": "Perubahan tidak dapat disimpan: %1",
    "This text has Windows or old Mac line breaks, which this view cannot keep exact; it is "
    "shown read-only. Import it again to code or edit it.":
        "Teks ini memakai pemisah baris Windows atau Mac lama yang tidak dapat dipertahankan "
        "persis oleh tampilan ini, sehingga hanya dapat dibaca. Impor ulang untuk mengode "
        "atau menyuntingnya.",
    "Type or paste the text here.": "Ketik atau tempel teks di sini.",
    "Valence: contradicts": "Valensi: bertentangan",
    "Valence: supports": "Valensi: mendukung",
    "This text is shown read-only and cannot be coded.":
        "Teks ini hanya dapat dibaca dan tidak dapat dikode.",
    "The text was changed elsewhere; your last few keystrokes could not be kept.":
        "Teks diubah di tempat lain; beberapa ketikan terakhir Anda tidak dapat disimpan.",
    "%n codings": "%n koding",
    "1 coding": "1 koding",
    "key quote": "kutipan kunci",
    # -- recording -------------------------------------------------------------------------
    "Audio playback is not available on this computer.":
        "Pemutaran audio tidak tersedia di komputer ini.",
    "No audio output device is available.": "Tidak ada perangkat keluaran audio.",
    "Insert Timestamp": "Sisipkan cap waktu",
    "Insert [hh:mm:ss] at the cursor (Ctrl+T)": "Sisipkan [jj:mm:dd] di kursor (Ctrl+T)",
    "Pause": "Jeda",
    "Play": "Putar",
    "Playback speed": "Kecepatan putar",
    "The recording was not found: %1": "Rekaman tidak ditemukan: %1",
    # -- memos -----------------------------------------------------------------------------
    "Memos": "Memo",
    "Add memo": "Tambah memo",
    "All memos": "Semua memo",
    "Attached to": "Melekat pada",
    "Author": "Penulis",
    "(untitled)": "(tanpa judul)",
    "(deleted)": "(terhapus)",
    "Codes": "Kode",
    "Delete memo": "Hapus memo",
    "Edit memo": "Ubah memo",
    "Editing…": "Menyunting…",
    "Memo title": "Judul memo",
    "New memo": "Memo baru",
    "New memo on the &study": "Memo baru tentang pe&nelitian",
    "New memo on the current s&ource": "Memo baru tentang &sumber ini",
    "New memo on the selected &code": "Memo baru tentang &kode terpilih",
    "No memo open. Choose one in the list or make a new one.":
        "Tidak ada memo yang terbuka. Pilih dari daftar atau buat yang baru.",
    "Saved": "Tersimpan",
    "Segment": "Segmen",
    "Show the memos attached to one kind of thing":
        "Tampilkan memo yang melekat pada satu jenis hal",
    "Study": "Penelitian",
    "Title": "Judul",
    "Write the memo here; it is saved as you type.":
        "Tulis memo di sini; memo tersimpan selagi Anda mengetik.",
    # -- search ----------------------------------------------------------------------------
    "Search": "Cari",
    "&Find in all sources…": "&Cari di semua sumber…",
    "%n hit(s)": "%n temuan",
    "%n source(s)": "%n sumber",
    "%n were already coded so.": "%n sudah dikode demikian.",
    "After": "Sesudah",
    "Before": "Sebelum",
    "Hit": "Temuan",
    "All techniques": "Semua teknik",
    "All words": "Semua kata",
    "Exact phrase": "Frasa persis",
    "Exact phrase: case-sensitive, exactly these characters, also inside longer words":
        "Frasa persis: peka huruf besar-kecil, persis karakter ini, juga di dalam kata "
        "yang lebih panjang",
    "Code all hits": "Kode semua temuan",
    "Code all hits with": "Kode semua temuan dengan",
    "Code all hits with…": "Kode semua temuan dengan…",
    "Code every hit listed with one code, as one step you can undo":
        "Kode setiap temuan dalam daftar dengan satu kode, sebagai satu langkah yang dapat "
        "diurungkan",
    "Code the %n hit(s) listed with:": "Kode %n temuan dalam daftar dengan:",
    "Coded %n hit(s).": "%n temuan telah dikode.",
    "Search all sources…": "Cari di semua sumber…",
    "Searching…": "Mencari…",
    "The search failed: %1": "Pencarian gagal: %1",
    "Type words to search all sources.": "Ketik kata untuk mencari di semua sumber.",
    "Words are found whole, ignoring case and accents; end a word with * to find words "
    "starting with it.": "Kata dicari utuh, tanpa membedakan huruf besar-kecil dan aksen; "
                         "akhiri kata dengan * untuk mencari kata yang berawalan itu.",
    "only the first %1 are listed": "hanya %1 yang pertama ditampilkan",
    # -- retrieval -------------------------------------------------------------------------
    "Retrieval": "Penelusuran",
    "%1 of %2": "%1 dari %2",
    "%n segment(s)": "%n segmen",
    "All": "Semua",
    "Also list segments coded with the codes below the selected ones":
        "Tampilkan juga segmen yang dikode dengan kode di bawah kode terpilih",
    "Coder": "Pengode",
    "Coder:": "Pengode:",
    "Filter by text…": "Saring menurut teks…",
    "Group": "Kelompok",
    "Group:": "Kelompok:",
    "Include sub-codes": "Sertakan subkode",
    "Memo on this segment": "Memo untuk segmen ini",
    "Participant:": "Informan:",
    "Select codes in the codebook to list their segments.":
        "Pilih kode di buku kode untuk menampilkan segmennya.",
    "Show in text": "Tampilkan di teks",
    "Technique": "Teknik",
    "Technique:": "Teknik:",
    "Text": "Teks",
    "Valence": "Valensi",
    "Valence:": "Valensi:",
    "contradicts": "bertentangan",
    "supports": "mendukung",
}

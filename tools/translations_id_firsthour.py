"""Indonesian for issue 19 (first hour): Qt's file dialog and the new texts."""

QT = {
    ("QFileDialog", "&Look in:"): "&Lihat di:",
    ("QFileDialog", "File &name:"): "&Nama berkas:",
    ("QFileDialog", "Files of &type:"): "&Jenis berkas:",
    ("QFileDialog", "&Open"): "&Buka",
    ("QFileDialog", "&Save"): "&Simpan",
    ("QFileDialog", "&Choose"): "&Pilih",
    ("QFileDialog", "&Delete"): "&Hapus",
    ("QFileDialog", "&Rename"): "&Ganti nama",
    ("QFileDialog", "&New Folder"): "&Folder baru",
    ("QFileDialog", "Show &hidden files"): "Tampilkan berkas &tersembunyi",
    ("QFileDialog", "All Files (*)"): "Semua berkas (*)",
    ("QFileDialog", "Back"): "Kembali",
    ("QFileDialog", "Forward"): "Maju",
    ("QFileDialog", "Parent Directory"): "Folder induk",
    ("QFileDialog", "Create New Folder"): "Buat folder baru",
    ("QFileDialog", "Create a New Folder"): "Buat folder baru",
    ("QFileDialog", "List View"): "Tampilan daftar",
    ("QFileDialog", "Detail View"): "Tampilan rinci",
    ("QFileDialog", "Change to detail view mode"): "Beralih ke tampilan rinci",
    ("QFileDialog", "Change to list view mode"): "Beralih ke tampilan daftar",
    ("QFileDialog", "Directories"): "Folder",
    ("QFileDialog", "Directory:"): "Folder:",
    ("QFileDialog", "Files"): "Berkas",
    ("QFileDialog", "Go back"): "Kembali",
    ("QFileDialog", "Go forward"): "Maju",
    ("QFileDialog", "Go to the parent directory"): "Ke folder induk",
    ("QFileDialog", "List of places and bookmarks"): "Daftar tempat dan penanda",
    ("QFileDialog", "Show "): "Tampilkan ",
    ("QFileDialog", "Sidebar"): "Bilah samping",
    ("QFileDialog", "New Folder"): "Folder baru",
    ("QFileDialog", "Open"): "Buka",
    ("QFileDialog", "Save As"): "Simpan sebagai",
    ("QFileDialog", "Find Directory"): "Pilih folder",
    ("QFileDialog", "Recent Places"): "Tempat terakhir",
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?"):
        "%1 sudah ada.\nGanti berkas itu?",
    ("QFileDialog", "Are you sure you want to delete '%1'?"): "Yakin ingin menghapus '%1'?",
    ("QFileDialog", "Could not delete directory."): "Folder tidak dapat dihapus.",
    ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"):
        "'%1' dilindungi dari penulisan.\nTetap hapus?",
    ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."):
        "%1\nBerkas tidak ditemukan.\nPeriksa kembali nama berkasnya.",
    ("QFileDialog",
     "%1\nDirectory not found.\nPlease verify the correct directory name was given."):
        "%1\nFolder tidak ditemukan.\nPeriksa kembali nama foldernya.",
    ("QFileSystemModel", "Computer"): "Komputer",
    ("QFileSystemModel", "Date Modified"): "Tanggal diubah",
    ("QFileSystemModel", "Name"): "Nama",
    ("QFileSystemModel", "Size"): "Ukuran",
    ("QFileSystemModel", "Type"): "Jenis",
    ("QAbstractFileIconProvider", "Drive"): "Diska",
    ("QAbstractFileIconProvider", "Folder"): "Folder",
    ("QAbstractFileIconProvider", "File"): "Berkas",
    ("QAbstractFileIconProvider", "%1 File"): "Berkas %1",
    ("QAbstractFileIconProvider", "Unknown"): "Tidak diketahui",
    ("QAbstractFileIconProvider", "File Folder"): "Folder berkas",
}

OWN = {
    "YYYY-MM-DD (empty: not known)": "TTTT-BB-HH (kosong: tidak diketahui)",
    "Pick from a calendar": "Pilih dari kalender",
}

DEMO = {
    "Open &demo study": "Buka penelitian &demo",
    "Open the fictional demo study (a fresh copy if yours has been deleted)":
        "Buka penelitian demo rekaan (salinan baru bila salinan Anda sudah terhapus)",
    "Demo study": "Penelitian demo",
    "The demo study could not be written to %1.": "Penelitian demo tidak dapat ditulis ke %1.",
}

EMPTY = {
    ("EmptyState", "No sources yet. Import interview, observation or document files "
     "with File → Import sources…, or drop them on this window."):
        "Belum ada sumber. Impor berkas wawancara, observasi atau dokumen lewat "
        "Berkas → Impor sumber…, atau seret berkasnya ke jendela ini.",
    ("EmptyState", "No codes yet. Add one with Code → Add code…, or start a project "
     "with a governance framework."):
        "Belum ada kode. Tambahkan lewat Kode → Tambah kode…, atau mulai proyek dengan "
        "kerangka teori tata kelola.",
    ("EmptyState", "No memos yet. Write one with Edit → New memo on the study, on "
     "the current source or on the selected code."):
        "Belum ada memo. Tulis memo lewat Sunting → Memo baru tentang penelitian, "
        "tentang sumber yang terbuka, atau tentang kode yang dipilih.",
    ("EmptyState", "Nothing to show. Type a word or phrase above to search all sources."):
        "Belum ada hasil. Ketik kata atau frasa di atas untuk mencari di semua sumber.",
    ("EmptyState", "No segments to show. Select a code in the Codebook: the text coded "
     "with it is listed here."):
        "Belum ada segmen. Pilih kode di Buku kode: teks yang dikoding dengannya "
        "tercantum di sini.",
    ("EmptyState", "No indicators. The study has no framework codes; add codes or start "
     "a project with a framework."):
        "Belum ada indikator. Penelitian ini tidak memakai kerangka teori; tambahkan kode "
        "atau mulai proyek dengan kerangka teori.",
    ("EmptyState", "Nothing to triangulate yet. Code text from sources of different "
     "techniques, groups and dates."):
        "Belum ada yang dapat ditriangulasi. Koding teks dari sumber dengan teknik, "
        "kelompok dan tanggal yang berbeda.",
    ("EmptyState", "The matrix is empty. Code text in sources that name their "
     "participants and stakeholder groups."):
        "Matriks masih kosong. Koding teks pada sumber yang mencantumkan informan dan "
        "kelompok pemangku kepentingannya.",
    ("EmptyState", "No co-occurrences yet. They appear when two codes are applied to "
     "overlapping text."):
        "Belum ada kemunculan bersama. Kemunculan bersama tampil bila dua kode dipasang "
        "pada teks yang saling bertumpang.",
    ("EmptyState", "The summary grid is empty. Code text in sources to fill it."):
        "Kisi ringkasan masih kosong. Koding teks dalam sumber untuk mengisinya.",
    ("EmptyState", "Select a cell to see the segments behind it."):
        "Pilih sel untuk melihat segmen di baliknya.",
    ("EmptyState", "No text is coded with this indicator yet. Select an indicator, or "
     "code text with it."):
        "Belum ada teks yang dikoding dengan indikator ini. Pilih indikator, atau koding "
        "teks dengannya.",
    ("EmptyState", "No key quotes yet. Choose some from the segments of this indicator "
     "(Segments tab)."):
        "Belum ada kutipan kunci. Pilih dari segmen indikator ini (tab Segmen).",
    ("EmptyState", "No verdict yet. Choose one on the indicator board."):
        "Belum ada penilaian. Pilih penilaian di papan indikator.",
    ("EmptyState", "Select an indicator to see its evidence by technique."):
        "Pilih indikator untuk melihat buktinya menurut teknik.",
    ("EmptyState", "Select an indicator to see its evidence by stakeholder group."):
        "Pilih indikator untuk melihat buktinya menurut kelompok pemangku kepentingan.",
    ("EmptyState", "Select an indicator to see its evidence over time."):
        "Pilih indikator untuk melihat buktinya dari waktu ke waktu.",
    ("EmptyState", "No questions yet. Create a guide with New… or add a question."):
        "Belum ada pertanyaan. Buat panduan lewat Baru… atau tambahkan pertanyaan.",
    ("EmptyState", "No coverage to show. Add questions linked to indicators."):
        "Belum ada cakupan. Tambahkan pertanyaan yang terkait dengan indikator.",
    ("EmptyState", "No actors yet. Add them with Actors…"):
        "Belum ada aktor. Tambahkan lewat Aktor…",
    ("EmptyState", "Select a tie on the map to see the text it was marked in."):
        "Pilih hubungan di peta untuk melihat teks tempat hubungan itu ditandai.",
}

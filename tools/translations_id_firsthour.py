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

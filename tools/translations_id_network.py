"""Indonesian for the collaboration network (gui/network/), merged in translations_id."""

from __future__ import annotations

NETWORK: dict[str, str] = {
    "Collaboration network": "Jejaring kolaborasi",
    "Collaboration &network": "&Jejaring kolaborasi",
    "Mark t&ie…": "Tandai r&elasi…",
    "Mark tie": "Tandai relasi",
    "Record that the selected passage shows a tie between two actors":
        "Catat bahwa kutipan terpilih menunjukkan relasi antara dua aktor",
    "Select a passage in a source first, then mark the tie.":
        "Pilih dulu kutipan di sebuah sumber, lalu tandai relasinya.",
    "Add at least two actors first (Collaboration network → Actors…).":
        "Tambahkan dulu sedikitnya dua aktor (Jejaring kolaborasi → Aktor…).",
    "The tie has a &direction (from → to)": "Relasi ini ber&arah (dari → ke)",
    "&From:": "&Dari:",
    "&To:": "&Ke:",
    "T&ype:": "&Jenis:",
    "Choose two different actors.": "Pilih dua aktor yang berbeda.",
    "Actor": "Aktor",
    "(none)": "(tidak ada)",
    "&Administers the network (its own organisation)":
        "&Mengelola jejaring (organisasi administratif jejaring)",
    "&Name:": "&Nama:",
    "&Sector:": "&Sektor:",
    "&Group:": "&Kelompok:",
    "State": "Negara",
    "Non-state": "Non-negara",
    "Network actors": "Aktor jejaring",
    "&Add…": "&Tambah…",
    "&Edit…": "&Ubah…",
    "&Remove": "&Hapus",
    "From &participants": "Dari &informan",
    "Sector": "Sektor",
    "Group": "Kelompok",
    "Administers": "Mengelola",
    "yes": "ya",
    "Add actor": "Tambah aktor",
    "Edit actor": "Ubah aktor",
    "Remove actor": "Hapus aktor",
    "%1 has %2 tie(s). Remove the actor together with its ties and their passages' "
    "codings?": "%1 memiliki %2 relasi. Hapus aktor ini beserta relasinya dan koding "
                "kutipannya?",
    "Add actors from participants": "Tambah aktor dari informan",
    "Tie types": "Jenis relasi",
    "New &layout": "Tata &letak baru",
    "Ac&tors…": "A&ktor…",
    "Only ties evidenced by sources from this date":
        "Hanya relasi yang didukung sumber sejak tanggal ini",
    "Only ties evidenced by sources up to this date":
        "Hanya relasi yang didukung sumber sampai tanggal ini",
    "Evidence of the selected tie (double-click to read it in its source):":
        "Bukti relasi terpilih (klik dua kali untuk membacanya di sumbernya):",
    "No ties yet. Add the actors (Actors…, or take them from the participants' "
    "organisations), then select a passage in a source and choose Code → Mark tie… to "
    "record who works with whom; the passage becomes the tie's evidence.":
        "Belum ada relasi. Tambahkan aktornya (Aktor…, atau ambil dari organisasi para "
        "informan), lalu pilih kutipan di sebuah sumber dan pilih Kode → Tandai relasi… "
        "untuk mencatat siapa bekerja sama dengan siapa; kutipan itu menjadi bukti "
        "relasinya.",
    "All techniques": "Semua teknik",
    "shared governance": "tata kelola bersama (shared governance)",
    "lead organisation": "organisasi pemimpin (lead organisation)",
    "network administrative organisation":
        "organisasi administratif jejaring (NAO)",
    "too few linked actors to say": "aktor yang terhubung terlalu sedikit untuk dinilai",
    "%1 actors, %2 ties from %3 passages · density %4 · degree centralisation %5 · "
    "suggested form (Provan & Kenis): %6 %7":
        "%1 aktor, %2 relasi dari %3 kutipan · kepadatan %4 · sentralisasi derajat %5 · "
        "bentuk yang disarankan (Provan & Kenis): %6 %7",
    "Degree": "Derajat",
    "Betweenness": "Keperantaraan",
    "Arrange the network map": "Atur peta jejaring",
    "New network layout": "Tata letak jejaring baru",
}

"""Indonesian translations of team work: coders, copies for coders, merging, the
disagreement browser (issue 17).

Merged into `tools.translations_id.TRANSLATIONS`; see that module for the conventions.
"""

from __future__ import annotations

TEAM: dict[str, str] = {
    # -- coder in the status bar -----------------------------------------------------------
    "Switch…": "Ganti…",
    "Code as another person (stamped on every coding, memo, verdict and summary from "
    "now on)": "Mengode sebagai orang lain (dicantumkan pada setiap koding, memo, "
               "penilaian, dan ringkasan mulai sekarang)",
    "Coder: %1": "Pengode: %1",
    "No coder set": "Pengode belum ditentukan",
    "Switch coder": "Ganti pengode",
    "Who is coding now?": "Siapa yang mengode sekarang?",
    # -- File menu, hand out -----------------------------------------------------------------
    "Prepare cop&y for a coder…": "Siapkan &salinan untuk pengode…",
    "Save a copy of chosen sources and the codebook for a research assistant":
        "Simpan salinan sumber terpilih beserta buku kode untuk asisten peneliti",
    "Mer&ge coder's copy…": "&Gabungkan salinan pengode…",
    "Bring coders' copies (Telaah or REFI-QDA) back into this project":
        "Masukkan kembali salinan para pengode (Telaah atau REFI-QDA) ke proyek ini",
    "&Disagreements between coders": "Ketidaksepakatan antar&pengode",
    "Prepare copy for %1": "Siapkan salinan untuk %1",
    "Prepare copy for a coder": "Siapkan salinan untuk pengode",
    "Saved a copy for %1: %2": "Salinan untuk %1 tersimpan: %2",
    "Merge coder's copy": "Gabungkan salinan pengode",
    "Coders' copies (*.telaah *.qdpx);;All files (*)":
        "Salinan pengode (*.telaah *.qdpx);;Semua berkas (*)",
    "Merge coders' copies": "Gabungkan salinan para pengode",
    "&Coder:": "&Pengode:",
    "&Sources:": "&Sumber:",
    "Save &as:": "Simpan s&ebagai:",
    "&Without the existing codings, verdicts and summaries (blind double coding)":
        "&Tanpa koding, penilaian, dan ringkasan yang sudah ada (koding ganda buta)",
    "&Pseudonymise: participants' names become their codes":
        "Pseu&donimkan: nama informan diganti kodenya",
    "Save the copy as": "Simpan salinan sebagai",
    # -- merge dialog -------------------------------------------------------------------------
    "participants": "informan",
    "sources": "sumber",
    "changed source texts": "teks sumber yang berubah",
    "codes": "kode",
    "renamed or moved codes": "kode yang diganti nama atau dipindah",
    "codings": "koding",
    "memos": "memo",
    "verdicts": "penilaian",
    "summary texts": "teks ringkasan",
    "codings whose words are gone (skipped)": "koding yang kata-katanya sudah hilang "
                                              "(dilewati)",
    "memos without their target (skipped)": "memo tanpa sasarannya (dilewati)",
    "%1 (%2): %3": "%1 (%2): %3",
    "nothing new": "tidak ada yang baru",
    "Conflicts: choose for each which version stands.":
        "Konflik: pilih versi mana yang dipakai untuk masing-masing.",
    "Copy": "Salinan",
    "What": "Apa",
    "Ours": "Milik kita",
    "Theirs": "Milik salinan",
    "Keep": "Pakai",
    "— choose —": "— pilih —",
    "Ours (this project)": "Milik kita (proyek ini)",
    "Theirs (the copy)": "Milik salinan",
    "Choose a version for every conflict first.":
        "Pilih dulu satu versi untuk setiap konflik.",
    # -- disagreement browser ----------------------------------------------------------------
    "Disagreements": "Ketidaksepakatan",
    "Where": "Letak",
    "Coded by": "Dikode oleh",
    "◀ &Previous": "◀ Se&belumnya",
    "&Next ▶": "Berikut&nya ▶",
    "&Accept this coder's version": "&Terima versi pengode ini",
    "&Merge into consensus": "&Gabungkan menjadi konsensus",
    "Consensus": "Konsensus",
    "Name of the consensus coder": "Nama pengode konsensus",
    "Memo on the decision (optional)": "Memo tentang keputusan (opsional)",
    "Choose coders to compare": "Pilih pengode yang dibandingkan",
    "All codes": "Semua kode",
    "Any coder": "Pengode mana pun",
    "Choose at least two coders to compare.": "Pilih sedikitnya dua pengode untuk "
                                              "dibandingkan.",
    "Agreement (unit: character): %1; Krippendorff's alpha %2 · %3 disagreements":
        "Kesepakatan (satuan: karakter): %1; alfa Krippendorff %2 · %3 ketidaksepakatan",
    "Accept %1's version": "Terima versi %1",
    "Merge into consensus": "Gabungkan menjadi konsensus",
}

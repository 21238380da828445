<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>ActorEditor</name>
        <message>
            <location filename="../../gui/network/dialogs.py" line="88" />
            <source>Actor</source>
            <translation>Aktor</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="95" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="100" />
            <source>&amp;Administers the network (its own organisation)</source>
            <translation>&amp;Mengelola jejaring (organisasi administratif jejaring)</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="104" />
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="104" />
            <source>&amp;Sector:</source>
            <translation>&amp;Sektor:</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="105" />
            <source>&amp;Group:</source>
            <translation>&amp;Kelompok:</translation>
        </message>
    </context>
    <context>
        <name>ActorsDialog</name>
        <message>
            <location filename="../../gui/network/dialogs.py" line="34" />
            <source>State</source>
            <translation>Negara</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="34" />
            <source>Non-state</source>
            <translation>Non-negara</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="126" />
            <source>Network actors</source>
            <translation>Aktor jejaring</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="134" />
            <source>&amp;Add…</source>
            <translation>&amp;Tambah…</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="134" />
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="135" />
            <source>&amp;Remove</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="136" />
            <source>From &amp;participants</source>
            <translation>Dari &amp;informan</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="148" />
            <source>Actor</source>
            <translation>Aktor</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="148" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="149" />
            <source>Group</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="149" />
            <source>Administers</source>
            <translation>Mengelola</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="154" />
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="181" />
            <source>Add actor</source>
            <translation>Tambah aktor</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="191" />
            <source>Edit actor</source>
            <translation>Ubah aktor</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="200" />
            <location filename="../../gui/network/dialogs.py" line="204" />
            <source>Remove actor</source>
            <translation>Hapus aktor</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="201" />
            <source>%1 has %2 tie(s). Remove the actor together with its ties and their passages' codings?</source>
            <translation>%1 memiliki %2 relasi. Hapus aktor ini beserta relasinya dan koding kutipannya?</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="208" />
            <source>Add actors from participants</source>
            <translation>Tambah aktor dari informan</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../gui/app.py" line="162" />
            <source>Something went wrong: %1</source>
            <translation>Terjadi kesalahan: %1</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="164" />
            <source>(no log file)</source>
            <translation>(tidak ada berkas log)</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="165" />
            <source>Everything up to your last completed action is saved in the project. The details were written to %1; please include that file when you report the problem.</source>
            <translation>Semua pekerjaan sampai tindakan terakhir yang selesai sudah tersimpan di proyek. Rinciannya ditulis ke %1; sertakan berkas itu saat melaporkan masalah ini.</translation>
        </message>
    </context>
    <context>
        <name>BoardModel</name>
        <message>
            <location filename="../../gui/evaluation/board.py" line="94" />
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="94" />
            <source>Segments</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="95" />
            <source>Sources</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="95" />
            <source>Participants</source>
            <translation>Informan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="95" />
            <source>Groups</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="96" />
            <source>Techniques</source>
            <translation>Teknik</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="96" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="94" />
            <source>Verdict</source>
            <translation>Penilaian</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="96" />
            <source>Key quotes</source>
            <translation>Kutipan kunci</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="97" />
            <source>Conclusion</source>
            <translation>Kesimpulan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="97" />
            <source>Triangulation</source>
            <translation>Triangulasi</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="99" />
            <source>Supporting segments</source>
            <translation>Segmen pendukung</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="100" />
            <source>Contradicting segments</source>
            <translation>Segmen yang bertentangan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="101" />
            <source>First and last date of the sources</source>
            <translation>Tanggal pertama dan terakhir sumber</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="102" />
            <source>Double-click to choose a verdict</source>
            <translation>Klik dua kali untuk memilih penilaian</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="176" />
            <source>%1 on %2</source>
            <translation>%1 pada %2</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board.py" line="191" />
            <source>Set verdict</source>
            <translation>Tetapkan penilaian</translation>
        </message>
    </context>
    <context>
        <name>BoardPrint</name>
        <message>
            <location filename="../../gui/evaluation/board_print.py" line="29" />
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_print.py" line="29" />
            <source>Verdict</source>
            <translation>Penilaian</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_print.py" line="30" />
            <source>Short conclusion</source>
            <translation>Kesimpulan singkat</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_print.py" line="30" />
            <source>Segments</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_print.py" line="36" />
            <source>not judged</source>
            <translation>belum dinilai</translation>
        </message>
    </context>
    <context>
        <name>BoardTab</name>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="163" />
            <source>Conclusion</source>
            <translation>Kesimpulan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="156" />
            <source>Write the conclusion for this indicator: what the evidence shows, where it disagrees, and why the verdict.</source>
            <translation>Tulis kesimpulan untuk indikator ini: apa yang ditunjukkan bukti, di mana bukti berbeda, dan alasan penilaiannya.</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="159" />
            <source>Save conclusion</source>
            <translation>Simpan kesimpulan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="155" />
            <source>Conclusion:</source>
            <translation>Kesimpulan:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="160" />
            <source>Remove from key quotes</source>
            <translation>Hapus dari kutipan kunci</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="161" />
            <source>Add as key quote</source>
            <translation>Jadikan kutipan kunci</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="162" />
            <source>When</source>
            <translation>Kapan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="162" />
            <source>Who</source>
            <translation>Siapa</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="163" />
            <source>Verdict</source>
            <translation>Penilaian</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="164" />
            <source>New verdict option…</source>
            <translation>Pilihan penilaian baru…</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="165" />
            <source>Verdict options…</source>
            <translation>Pilihan penilaian…</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="166" />
            <source>Print board…</source>
            <translation>Cetak papan…</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="167" />
            <source>The verdict table grouped by framework and dimension, to print or save as PDF</source>
            <translation>Tabel penilaian per kerangka teori dan dimensi, untuk dicetak atau disimpan sebagai PDF</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="179" />
            <source>Verdicts:</source>
            <translation>Penilaian:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="180" />
            <source>(double-click a verdict cell to change it)</source>
            <translation>(klik dua kali sel penilaian untuk mengubahnya)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="186" />
            <source>Key quotes (%1)</source>
            <translation>Kutipan kunci (%1)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="186" />
            <source>Segments (%1)</source>
            <translation>Segmen (%1)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="186" />
            <source>History (%1)</source>
            <translation>Riwayat (%1)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="249" />
            <source>Select an indicator to write its conclusion and choose key quotes.</source>
            <translation>Pilih indikator untuk menulis kesimpulannya dan memilih kutipan kunci.</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="260" />
            <source>Last judged by %1 on %2</source>
            <translation>Terakhir dinilai oleh %1 pada %2</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="310" />
            <source>Write conclusion</source>
            <translation>Tulis kesimpulan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="327" />
            <source>Add verdict option</source>
            <translation>Tambah pilihan penilaian</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="342" />
            <source>Indicator board</source>
            <translation>Papan indikator</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="355" />
            <source>Choose key quote</source>
            <translation>Pilih kutipan kunci</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/board_tab.py" line="355" />
            <source>Drop key quote</source>
            <translation>Lepaskan kutipan kunci</translation>
        </message>
    </context>
    <context>
        <name>ChangeFollower</name>
        <message>
            <location filename="../../gui/text/changes.py" line="65" />
            <source>The text was changed elsewhere; your last few keystrokes could not be kept.</source>
            <translation>Teks diubah di tempat lain; beberapa ketikan terakhir Anda tidak dapat disimpan.</translation>
        </message>
    </context>
    <context>
        <name>CodeDetails</name>
        <message>
            <location filename="../../gui/codebook/details.py" line="70" />
            <source>Select a code to see its definition and evidence cues.</source>
            <translation>Pilih kode untuk melihat definisi dan petunjuk buktinya.</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/details.py" line="81" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/details.py" line="83" />
            <source>Framework</source>
            <translation>Kerangka teori</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/details.py" line="85" />
            <source>Level</source>
            <translation>Tingkat</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/details.py" line="88" />
            <source>Definition (Indonesian)</source>
            <translation>Definisi (Indonesia)</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/details.py" line="89" />
            <source>Definition (English)</source>
            <translation>Definisi (Inggris)</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/details.py" line="95" />
            <source>English gloss:</source>
            <translation>Terjemahan Inggris:</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/details.py" line="106" />
            <source>framework</source>
            <translation>kerangka teori</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/details.py" line="106" />
            <source>dimension</source>
            <translation>dimensi</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/details.py" line="107" />
            <source>indicator</source>
            <translation>indikator</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/details.py" line="107" />
            <location filename="../../gui/codebook/details.py" line="108" />
            <source>sub-indicator</source>
            <translation>subindikator</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/details.py" line="108" />
            <source>code</source>
            <translation>kode</translation>
        </message>
        <message>
            <source>No definition yet.</source>
            <translation>Belum ada definisi.</translation>
        </message>
        <message>
            <source>Evidence cues</source>
            <translation>Petunjuk bukti</translation>
        </message>
        <message>
            <source>Counter-cue (not this code)</source>
            <translation>Petunjuk tandingan (bukan kode ini)</translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <location filename="../../gui/codebook/dialogs.py" line="79" />
            <source>Label (&amp;Indonesian):</source>
            <translation>Label (&amp;Indonesia):</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/dialogs.py" line="79" />
            <source>Label (&amp;English):</source>
            <translation>Label (In&amp;ggris):</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/dialogs.py" line="80" />
            <source>Definition (I&amp;ndonesian):</source>
            <translation>Definisi (I&amp;ndonesia):</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/dialogs.py" line="80" />
            <source>Definition (En&amp;glish):</source>
            <translation>Definisi (&amp;Inggris):</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/dialogs.py" line="81" />
            <source>&amp;Colour:</source>
            <translation>&amp;Warna:</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/dialogs.py" line="84" />
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
    </context>
    <context>
        <name>CodeEditing</name>
        <message>
            <location filename="../../gui/codebook/editing.py" line="25" />
            <source>Codebook</source>
            <translation>Buku kode</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="40" />
            <source>Add sub-code</source>
            <translation>Tambah subkode</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="40" />
            <source>Add code</source>
            <translation>Tambah kode</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="60" />
            <location filename="../../gui/codebook/editing.py" line="63" />
            <source>Edit code</source>
            <translation>Ubah kode</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="79" />
            <source>Change code colour</source>
            <translation>Ubah warna kode</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="87" />
            <source>Move code to</source>
            <translation>Pindahkan kode ke</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="89" />
            <source>Move “%1” under:</source>
            <translation>Pindahkan “%1” ke bawah:</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="124" />
            <source>Move code</source>
            <translation>Pindahkan kode</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="134" />
            <source>Merge code into</source>
            <translation>Gabungkan kode ke</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="136" />
            <source>Merge “%1” into (its segments, sub-codes and memos move there):</source>
            <translation>Gabungkan “%1” ke (segmen, subkode dan memonya pindah ke sana):</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="141" />
            <source>Merge code</source>
            <translation>Gabungkan kode</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="155" />
            <source>Delete %1?</source>
            <translation>Hapus %1?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/codebook/editing.py" line="157" />
            <source>%n sub-code(s) go with it.</source>
            <translation>
                <numerusform>%n subkode ikut terhapus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/codebook/editing.py" line="158" />
            <source>%n coded segment(s) will be removed.</source>
            <translation>
                <numerusform>%n segmen berkode akan dihapus.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="159" />
            <source>You can undo this with Edit → Undo.</source>
            <translation>Tindakan ini dapat dibatalkan dengan Sunting → Urungkan.</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/editing.py" line="160" />
            <location filename="../../gui/codebook/editing.py" line="166" />
            <source>Delete code</source>
            <translation>Hapus kode</translation>
        </message>
    </context>
    <context>
        <name>CodePickerDialog</name>
        <message>
            <location filename="../../gui/codebook/dialogs.py" line="152" />
            <source>Type to filter codes…</source>
            <translation>Ketik untuk menyaring kode…</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/dialogs.py" line="154" />
            <source>(top level)</source>
            <translation>(tingkat teratas)</translation>
        </message>
    </context>
    <context>
        <name>CodeTreeModel</name>
        <message>
            <location filename="../../gui/codebook/model.py" line="218" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/model.py" line="218" />
            <source>Segments</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/model.py" line="218" />
            <source>Sources</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/model.py" line="220" />
            <source>Code label; hover a code for its id</source>
            <translation>Label kode; arahkan kursor ke kode untuk melihat id-nya</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/model.py" line="221" />
            <source>Coded segments. For a code with sub-codes: its own segments, and in brackets the total including all its sub-codes.</source>
            <translation>Segmen berkode. Untuk kode yang memiliki subkode: segmennya sendiri, dan dalam kurung jumlah termasuk semua subkodenya.</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/model.py" line="223" />
            <source>Sources with segments of this code. For a code with sub-codes: its own, and in brackets the total including all its sub-codes (each source counted once).</source>
            <translation>Sumber yang memiliki segmen kode ini. Untuk kode yang memiliki subkode: miliknya sendiri, dan dalam kurung jumlah termasuk semua subkodenya (setiap sumber dihitung sekali).</translation>
        </message>
    </context>
    <context>
        <name>CodebookPanel</name>
        <message>
            <location filename="../../gui/codebook/panel.py" line="124" />
            <source>&amp;Add code…</source>
            <translation>&amp;Tambah kode…</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/panel.py" line="125" />
            <source>Add &amp;sub-code…</source>
            <translation>Tambah &amp;subkode…</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/panel.py" line="126" />
            <source>&amp;Edit code…</source>
            <translation>&amp;Ubah kode…</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/panel.py" line="127" />
            <source>Code co&amp;lour…</source>
            <translation>&amp;Warna kode…</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/panel.py" line="128" />
            <source>&amp;Move code to…</source>
            <translation>&amp;Pindahkan kode ke…</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/panel.py" line="129" />
            <source>Mer&amp;ge code into…</source>
            <translation>&amp;Gabungkan kode ke…</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/panel.py" line="130" />
            <source>&amp;Delete code…</source>
            <translation>&amp;Hapus kode…</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/panel.py" line="131" />
            <source>Memo on this code</source>
            <translation>Memo untuk kode ini</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/panel.py" line="132" />
            <source>Double-click a code, or drag it onto the text, to code the selected text. Drag it onto another code to move it there.</source>
            <translation>Klik dua kali sebuah kode, atau seret ke teks, untuk mengode teks yang dipilih. Seret ke kode lain untuk memindahkannya ke sana.</translation>
        </message>
    </context>
    <context>
        <name>CoderStatus</name>
        <message>
            <location filename="../../gui/team/coder_status.py" line="36" />
            <source>Switch…</source>
            <translation>Ganti…</translation>
        </message>
        <message>
            <location filename="../../gui/team/coder_status.py" line="37" />
            <source>Code as another person (stamped on every coding, memo, verdict and summary from now on)</source>
            <translation>Mengode sebagai orang lain (dicantumkan pada setiap koding, memo, penilaian, dan ringkasan mulai sekarang)</translation>
        </message>
        <message>
            <location filename="../../gui/team/coder_status.py" line="43" />
            <source>Coder: %1</source>
            <translation>Pengode: %1</translation>
        </message>
        <message>
            <location filename="../../gui/team/coder_status.py" line="44" />
            <source>No coder set</source>
            <translation>Pengode belum ditentukan</translation>
        </message>
        <message>
            <location filename="../../gui/team/coder_status.py" line="47" />
            <source>Switch coder</source>
            <translation>Ganti pengode</translation>
        </message>
        <message>
            <location filename="../../gui/team/coder_status.py" line="48" />
            <source>Who is coding now?</source>
            <translation>Siapa yang mengode sekarang?</translation>
        </message>
    </context>
    <context>
        <name>CodingActions</name>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="109" />
            <location filename="../../gui/text/coding_actions.py" line="112" />
            <source>Code selection</source>
            <translation>Beri kode pada teks terpilih</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="116" />
            <source>Remove coding</source>
            <translation>Hapus koding</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="121" />
            <source>Change code</source>
            <translation>Ganti kode</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="125" />
            <source>Set valence</source>
            <translation>Atur valensi</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="131" />
            <source>Select the text the coding should cover.</source>
            <translation>Pilih teks yang harus dicakup koding.</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="134" />
            <source>Adjust coding extent</source>
            <translation>Sesuaikan cakupan koding</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="138" />
            <source>Key quote</source>
            <translation>Kutipan kunci</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="149" />
            <source>Select some text first, then apply a code.</source>
            <translation>Pilih teks dahulu, lalu terapkan kode.</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="156" />
            <source>Change the code to:</source>
            <translation>Ganti kodenya menjadi:</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="208" />
            <source>Code Selection With…</source>
            <translation>Beri kode pada teks terpilih…</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="225" />
            <source>Recently Used Codes</source>
            <translation>Kode yang baru dipakai</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="243" />
            <source>Coding: %1</source>
            <translation>Koding: %1</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="259" />
            <source>Select Coded Text</source>
            <translation>Pilih teks berkode</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="261" />
            <source>Remove Coding</source>
            <translation>Hapus koding</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="262" />
            <source>Change Code…</source>
            <translation>Ganti kode…</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="264" />
            <source>Supports the Code</source>
            <translation>Mendukung kode</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="265" />
            <source>Contradicts the Code</source>
            <translation>Bertentangan dengan kode</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="270" />
            <source>Adjust Extent to Selection</source>
            <translation>Sesuaikan cakupan dengan pilihan</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="274" />
            <source>Add Memo to Coding…</source>
            <translation>Tambah memo pada koding…</translation>
        </message>
        <message>
            <location filename="../../gui/text/coding_actions.py" line="276" />
            <source>Key Quote</source>
            <translation>Kutipan kunci</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <location filename="../../gui/field/session_pages.py" line="95" />
            <source>New participant</source>
            <translation>Informan baru</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="96" />
            <source>Code of the new participant (e.g. P07):</source>
            <translation>Kode informan baru (mis. P07):</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="100" />
            <source>Add participant</source>
            <translation>Tambah informan</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="103" />
            <source>Participant</source>
            <translation>Informan</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="119" />
            <source>Participant:</source>
            <translation>Informan:</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="119" />
            <source>Consent:</source>
            <translation>Persetujuan:</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="119" />
            <source>Date of consent:</source>
            <translation>Tanggal persetujuan:</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="120" />
            <source>Given as:</source>
            <translation>Diberikan secara:</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="120" />
            <source>Note:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="123" />
            <source>New participant…</source>
            <translation>Informan baru…</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="124" />
            <source>Begin interview</source>
            <translation>Mulai wawancara</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="125" />
            <source>pending</source>
            <translation>belum ada</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="125" />
            <source>given</source>
            <translation>diberikan</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="126" />
            <source>withdrawn</source>
            <translation>ditarik</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="126" />
            <source>not required</source>
            <translation>tidak diperlukan</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="127" />
            <source>written</source>
            <translation>tertulis</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="127" />
            <source>verbal</source>
            <translation>lisan</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="128" />
            <source>recorded on the recording</source>
            <translation>terekam dalam rekaman</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../gui/sources/widgets.py" line="74" />
            <source>YYYY-MM-DD (empty: not known)</source>
            <translation>TTTT-BB-HH (kosong: tidak diketahui)</translation>
        </message>
        <message>
            <location filename="../../gui/sources/widgets.py" line="75" />
            <source>Pick from a calendar</source>
            <translation>Pilih dari kalender</translation>
        </message>
        <message>
            <location filename="../../gui/sources/widgets.py" line="76" />
            <source>No date</source>
            <translation>Tanpa tanggal</translation>
        </message>
    </context>
    <context>
        <name>DemoFeature</name>
        <message>
            <location filename="../../gui/project/demo.py" line="35" />
            <source>Open &amp;demo study</source>
            <translation>Buka penelitian &amp;demo</translation>
        </message>
        <message>
            <location filename="../../gui/project/demo.py" line="36" />
            <source>Open the fictional demo study (a fresh copy if yours has been deleted)</source>
            <translation>Buka penelitian demo rekaan (salinan baru bila salinan Anda sudah terhapus)</translation>
        </message>
        <message>
            <location filename="../../gui/project/demo.py" line="45" />
            <source>Demo study</source>
            <translation>Penelitian demo</translation>
        </message>
        <message>
            <location filename="../../gui/project/demo.py" line="46" />
            <source>The demo study could not be written to %1.</source>
            <translation>Penelitian demo tidak dapat ditulis ke %1.</translation>
        </message>
    </context>
    <context>
        <name>DisagreementPanel</name>
        <message>
            <location filename="../../gui/team/disagreements.py" line="117" />
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="117" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="117" />
            <source>Where</source>
            <translation>Letak</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="118" />
            <source>Coded by</source>
            <translation>Dikode oleh</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="119" />
            <source>◀ &amp;Previous</source>
            <translation>◀ Se&amp;belumnya</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="120" />
            <source>&amp;Next ▶</source>
            <translation>Berikut&amp;nya ▶</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="121" />
            <source>&amp;Accept this coder's version</source>
            <translation>&amp;Terima versi pengode ini</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="122" />
            <source>&amp;Merge into consensus</source>
            <translation>&amp;Gabungkan menjadi konsensus</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="124" />
            <source>Consensus</source>
            <translation>Konsensus</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="125" />
            <source>Name of the consensus coder</source>
            <translation>Nama pengode konsensus</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="126" />
            <source>Memo on the decision (optional)</source>
            <translation>Memo tentang keputusan (opsional)</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="189" />
            <source>Choose coders to compare</source>
            <translation>Pilih pengode yang dibandingkan</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="198" />
            <source>All codes</source>
            <translation>Semua kode</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="199" />
            <source>Any coder</source>
            <translation>Pengode mana pun</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="217" />
            <source>Choose at least two coders to compare.</source>
            <translation>Pilih sedikitnya dua pengode untuk dibandingkan.</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="227" />
            <source>Agreement (unit: character): %1; Krippendorff's alpha %2 · %3 disagreements</source>
            <translation>Kesepakatan (satuan: karakter): %1; alfa Krippendorff %2 · %3 ketidaksepakatan</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="283" />
            <source>Accept %1's version</source>
            <translation>Terima versi %1</translation>
        </message>
        <message>
            <location filename="../../gui/team/disagreements.py" line="295" />
            <source>Merge into consensus</source>
            <translation>Gabungkan menjadi konsensus</translation>
        </message>
    </context>
    <context>
        <name>DraftDialog</name>
        <message>
            <location filename="../../gui/surveys/draft_dialog.py" line="26" />
            <source>New draft questionnaire</source>
            <translation>Draf kuesioner baru</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/draft_dialog.py" line="32" />
            <source>Questionnaire for programme participants</source>
            <translation>Kuesioner untuk peserta program</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/draft_dialog.py" line="45" />
            <source>Form ID:</source>
            <translation>ID formulir:</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/draft_dialog.py" line="46" />
            <source>Title:</source>
            <translation>Judul:</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/draft_dialog.py" line="47" />
            <source>Indicators:</source>
            <translation>Indikator:</translation>
        </message>
    </context>
    <context>
        <name>EditMode</name>
        <message>
            <location filename="../../gui/text/edit_mode.py" line="47" />
            <source>&amp;Edit Text</source>
            <translation>Sunting &amp;Teks</translation>
        </message>
        <message>
            <location filename="../../gui/text/edit_mode.py" line="49" />
            <source>Switch between reading (the text cannot change) and editing the source's text (Ctrl+E)</source>
            <translation>Beralih antara membaca (teks tidak dapat berubah) dan menyunting teks sumber (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../gui/text/edit_mode.py" line="52" />
            <source>Edit mode: what you type changes the source. Switch Edit Text off (Ctrl+E) to read and code without changing it.</source>
            <translation>Mode sunting: apa yang Anda ketik mengubah teks sumber. Matikan Sunting Teks (Ctrl+E) untuk membaca dan mengoding tanpa mengubahnya.</translation>
        </message>
    </context>
    <context>
        <name>EntryTab</name>
        <message>
            <location filename="../../gui/surveys/entry_tab.py" line="80" />
            <source>&amp;New response</source>
            <translation>Jawaban &amp;baru</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/entry_tab.py" line="81" />
            <source>Participant:</source>
            <translation>Informan:</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/entry_tab.py" line="82" />
            <source>Complete</source>
            <translation>Lengkap</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/entry_tab.py" line="95" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/entry_tab.py" line="106" />
            <source>(incomplete)</source>
            <translation>(belum lengkap)</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/entry_tab.py" line="138" />
            <source>%1 required answer(s) missing</source>
            <translation>%1 jawaban wajib belum diisi</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/entry_tab.py" line="152" />
            <source>New response</source>
            <translation>Jawaban baru</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/entry_tab.py" line="159" />
            <source>Answer question</source>
            <translation>Jawab pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/entry_tab.py" line="162" />
            <source>Mark response incomplete</source>
            <translation>Tandai jawaban belum lengkap</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/entry_tab.py" line="170" />
            <source>Link response to participant</source>
            <translation>Kaitkan jawaban dengan informan</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/entry_tab.py" line="183" />
            <source>Mark response complete</source>
            <translation>Tandai jawaban lengkap</translation>
        </message>
    </context>
    <context>
        <name>EvaluationFeature</name>
        <message>
            <location filename="../../gui/evaluation/feature.py" line="54" />
            <source>Indicator board</source>
            <translation>Papan indikator</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/feature.py" line="54" />
            <source>Triangulation</source>
            <translation>Triangulasi</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/feature.py" line="55" />
            <source>Matrix (data display)</source>
            <translation>Matriks (penyajian data)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/feature.py" line="55" />
            <source>Code co-occurrence</source>
            <translation>Ko-okurensi kode</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/feature.py" line="56" />
            <source>Summary grid</source>
            <translation>Kisi ringkasan</translation>
        </message>
    </context>
    <context>
        <name>EvaluationPanel</name>
        <message>
            <location filename="../../gui/evaluation/panel.py" line="89" />
            <source>Show:</source>
            <translation>Tampilkan:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/panel.py" line="90" />
            <source>Which codes are rows, and whether segments coded to a sub-code count for its parent</source>
            <translation>Kode mana yang menjadi baris, dan apakah segmen pada subkode dihitung untuk induknya</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/panel.py" line="94" />
            <source>Indicator board</source>
            <translation>Papan indikator</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/panel.py" line="94" />
            <source>Triangulation</source>
            <translation>Triangulasi</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/panel.py" line="94" />
            <source>Matrix</source>
            <translation>Matriks</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/panel.py" line="95" />
            <source>Co-occurrence</source>
            <translation>Ko-okurensi</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/panel.py" line="95" />
            <source>Summary grid</source>
            <translation>Kisi ringkasan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/panel.py" line="206" />
            <source>No project open</source>
            <translation>Tidak ada proyek yang terbuka</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/evaluation/panel.py" line="208" />
            <source>%n segment(s) in %1 source(s)</source>
            <translation>
                <numerusform>%n segmen dalam %1 sumber</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../gui/exchange/export.py" line="137" />
            <location filename="../../gui/exchange/export.py" line="242" />
            <source>Export</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="141" />
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="141" />
            <source>Report &amp;language:</source>
            <translation>&amp;Bahasa laporan:</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="142" />
            <source>Names:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="142" />
            <source>Report contents:</source>
            <translation>Isi laporan:</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="143" />
            <source>Frame&amp;works:</source>
            <translation>&amp;Kerangka teori:</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="144" />
            <source>Stakeholder &amp;groups:</source>
            <translation>Kelompok &amp;pemangku kepentingan:</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="144" />
            <source>&amp;Save as:</source>
            <translation>&amp;Simpan sebagai:</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="147" />
            <source>&amp;Pseudonymise (participant codes instead of names, also inside quotes)</source>
            <translation>&amp;Samarkan nama (kode informan sebagai ganti nama, juga di dalam kutipan)</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="149" />
            <source>Show real &amp;names in the participants table</source>
            <translation>Tampilkan &amp;nama asli di tabel informan</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="150" />
            <source>Quote &amp;timestamps: (00:12:34) after a transcript quote's attribution</source>
            <translation>Cap &amp;waktu kutipan: (00:12:34) setelah atribusi kutipan transkrip</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="152" />
            <source>Include indicators not &amp;studied (not judged, no evidence)</source>
            <translation>Sertakan indikator yang tidak &amp;diteliti (belum dinilai, tanpa bukti)</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="154" />
            <source>Appendix of analytic &amp;memos (study, sources, participants)</source>
            <translation>Lampiran &amp;memo analitis (penelitian, sumber, informan)</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="156" />
            <source>Only evidence from the checked groups is counted and quoted.</source>
            <translation>Hanya bukti dari kelompok yang dicentang yang dihitung dan dikutip.</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="158" />
            <source>&amp;Browse…</source>
            <translation>&amp;Telusuri…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="159" />
            <source>&amp;Export</source>
            <translation>&amp;Ekspor</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="160" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="208" />
            <source>Confidential study</source>
            <translation>Penelitian rahasia</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="209" />
            <source>This study is confidential. Export it with the participants' real names and organisations?</source>
            <translation>Penelitian ini rahasia. Ekspor dengan nama asli dan organisasi informan?</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="222" />
            <source>Export to</source>
            <translation>Ekspor ke</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="229" />
            <source>Choose a file to save the export in.</source>
            <translation>Pilih berkas untuk menyimpan hasil ekspor.</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="231" />
            <source>Check at least one framework.</source>
            <translation>Centang sekurang-kurangnya satu kerangka teori.</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="233" />
            <source>Check at least one stakeholder group.</source>
            <translation>Centang sekurang-kurangnya satu kelompok pemangku kepentingan.</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="258" />
            <source>Writing %1…</source>
            <translation>Menulis %1…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="262" />
            <source>The export was saved as %1.</source>
            <translation>Hasil ekspor disimpan sebagai %1.</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="263" />
            <source>Export finished</source>
            <translation>Ekspor selesai</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="269" />
            <source>The export was cancelled; no file was written.</source>
            <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="272" />
            <source>Export failed</source>
            <translation>Ekspor gagal</translation>
        </message>
    </context>
    <context>
        <name>ExportFeature</name>
        <message>
            <location filename="../../gui/exchange/export.py" line="299" />
            <source>&amp;Export…</source>
            <translation>&amp;Ekspor…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export.py" line="301" />
            <source>Write a Word report or an Excel workbook of the open project</source>
            <translation>Tulis laporan Word atau buku kerja Excel dari proyek yang terbuka</translation>
        </message>
    </context>
    <context>
        <name>FieldFeature</name>
        <message>
            <location filename="../../gui/field/feature.py" line="55" />
            <source>Fiel&amp;d work</source>
            <translation>&amp;Lapangan</translation>
        </message>
        <message>
            <location filename="../../gui/field/feature.py" line="56" />
            <source>Interview &amp;guides</source>
            <translation>&amp;Panduan wawancara</translation>
        </message>
        <message>
            <location filename="../../gui/field/feature.py" line="57" />
            <source>Start &amp;interview…</source>
            <translation>Mulai &amp;wawancara…</translation>
        </message>
        <message>
            <location filename="../../gui/field/feature.py" line="58" />
            <source>Start &amp;observation…</source>
            <translation>Mulai &amp;observasi…</translation>
        </message>
        <message>
            <location filename="../../gui/field/feature.py" line="59" />
            <source>&amp;Resume session…</source>
            <translation>&amp;Lanjutkan sesi…</translation>
        </message>
        <message>
            <location filename="../../gui/field/feature.py" line="85" />
            <source>Session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <location filename="../../gui/field/feature.py" line="100" />
            <source>Interview</source>
            <translation>Wawancara</translation>
        </message>
        <message>
            <location filename="../../gui/field/feature.py" line="100" />
            <source>Observation</source>
            <translation>Observasi</translation>
        </message>
        <message>
            <location filename="../../gui/field/feature.py" line="107" />
            <source>Resume session</source>
            <translation>Lanjutkan sesi</translation>
        </message>
        <message>
            <location filename="../../gui/field/feature.py" line="108" />
            <source>Unfinished session:</source>
            <translation>Sesi yang belum selesai:</translation>
        </message>
        <message>
            <location filename="../../gui/field/feature.py" line="119" />
            <source>Unfinished session</source>
            <translation>Sesi belum selesai</translation>
        </message>
        <message>
            <location filename="../../gui/field/feature.py" line="120" />
            <source>%1 was not finished. Resume it now? Everything typed in it is kept.</source>
            <translation>%1 belum selesai. Lanjutkan sekarang? Semua yang sudah diketik tetap tersimpan.</translation>
        </message>
    </context>
    <context>
        <name>FileField</name>
        <message>
            <location filename="../../gui/sources/widgets.py" line="122" />
            <source>Browse…</source>
            <translation>Telusuri…</translation>
        </message>
        <message>
            <location filename="../../gui/sources/widgets.py" line="130" />
            <location filename="../../gui/sources/widgets.py" line="132" />
            <source>Choose a file</source>
            <translation>Pilih berkas</translation>
        </message>
    </context>
    <context>
        <name>FormView</name>
        <message>
            <location filename="../../gui/surveys/form_view.py" line="180" />
            <source>Write the date as YYYY-MM-DD.</source>
            <translation>Tulis tanggal sebagai TTTT-BB-HH.</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/form_view.py" line="185" />
            <source>This is not a number.</source>
            <translation>Ini bukan angka.</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/form_view.py" line="188" />
            <source>This answer is not valid.</source>
            <translation>Jawaban ini tidak sah.</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/form_view.py" line="203" />
            <location filename="../../gui/surveys/form_view.py" line="204" />
            <source>An answer is required.</source>
            <translation>Pertanyaan ini wajib dijawab.</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../gui/sources/group_dialog.py" line="17" />
            <source>state</source>
            <translation>negara</translation>
        </message>
        <message>
            <location filename="../../gui/sources/group_dialog.py" line="18" />
            <source>non-state</source>
            <translation>non-negara</translation>
        </message>
        <message>
            <location filename="../../gui/sources/group_dialog.py" line="33" />
            <source>not said</source>
            <translation>tidak ditentukan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/group_dialog.py" line="33" />
            <source>state actors</source>
            <translation>unsur negara</translation>
        </message>
        <message>
            <location filename="../../gui/sources/group_dialog.py" line="34" />
            <source>non-state actors</source>
            <translation>unsur non-negara</translation>
        </message>
        <message>
            <location filename="../../gui/sources/group_dialog.py" line="39" />
            <source>&amp;Indonesian label:</source>
            <translation>Label bahasa &amp;Indonesia:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/group_dialog.py" line="40" />
            <source>&amp;English label:</source>
            <translation>Label bahasa &amp;Inggris:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/group_dialog.py" line="41" />
            <source>&amp;Members are:</source>
            <translation>&amp;Anggotanya:</translation>
        </message>
    </context>
    <context>
        <name>Grouping</name>
        <message>
            <location filename="../../gui/evaluation/grouping.py" line="29" />
            <source>Researcher's own codes</source>
            <translation>Kode tambahan peneliti</translation>
        </message>
    </context>
    <context>
        <name>GroupsDialog</name>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="243" />
            <source>Stakeholder groups</source>
            <translation>Kelompok pemangku kepentingan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="244" />
            <source>&amp;Add…</source>
            <translation>&amp;Tambah…</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="245" />
            <source>&amp;Rename…</source>
            <translation>&amp;Ganti nama…</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="246" />
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="247" />
            <source>Move &amp;up</source>
            <translation>Naikkan (&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="248" />
            <source>Move d&amp;own</source>
            <translation>Turunkan (&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="270" />
            <location filename="../../gui/sources/participant_dialog.py" line="305" />
            <source>Add stakeholder group</source>
            <translation>Tambah kelompok pemangku kepentingan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="278" />
            <location filename="../../gui/sources/participant_dialog.py" line="313" />
            <source>Rename stakeholder group</source>
            <translation>Ganti nama kelompok pemangku kepentingan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="285" />
            <source>Move stakeholder group</source>
            <translation>Pindahkan kelompok pemangku kepentingan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="292" />
            <source>Delete stakeholder group</source>
            <translation>Hapus kelompok pemangku kepentingan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="323" />
            <source>Delete the group “%1”?</source>
            <translation>Hapus kelompok “%1”?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sources/participant_dialog.py" line="326" />
            <source>%n participant(s) will have no group: %1.</source>
            <translation>
                <numerusform>%n informan tidak lagi berkelompok: %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuideEditor</name>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="142" />
            <source>all</source>
            <translation>semua</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="194" />
            <location filename="../../gui/field/guide_editor.py" line="234" />
            <source>Interview guide</source>
            <translation>Panduan wawancara</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="207" />
            <location filename="../../gui/field/guide_editor.py" line="209" />
            <source>New guide</source>
            <translation>Panduan baru</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="212" />
            <location filename="../../gui/field/guide_editor.py" line="215" />
            <source>Rename guide</source>
            <translation>Ganti nama panduan</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="212" />
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="219" />
            <source>Delete guide</source>
            <translation>Hapus panduan</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="225" />
            <source>Print guide to Word</source>
            <translation>Cetak panduan ke Word</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="254" />
            <source>Add question</source>
            <translation>Tambah pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="256" />
            <source>Edit question</source>
            <translation>Sunting pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="262" />
            <source>Move question</source>
            <translation>Pindahkan pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="268" />
            <source>Delete question</source>
            <translation>Hapus pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="272" />
            <source>New…</source>
            <translation>Baru…</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="272" />
            <source>Rename…</source>
            <translation>Ganti nama…</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="273" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="273" />
            <source>Print to Word…</source>
            <translation>Cetak ke Word…</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="274" />
            <source>Add question…</source>
            <translation>Tambah pertanyaan…</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="274" />
            <source>Edit…</source>
            <translation>Sunting…</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="275" />
            <source>Move up</source>
            <translation>Naikkan</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="275" />
            <source>Move down</source>
            <translation>Turunkan</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="276" />
            <source>Remove question</source>
            <translation>Hapus pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="280" />
            <source>Section</source>
            <translation>Bagian</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="280" />
            <source>Question</source>
            <translation>Pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="280" />
            <source>Asked of</source>
            <translation>Ditanyakan kepada</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="281" />
            <source>Indicators</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_editor.py" line="282" />
            <source>✓ asked of this group (with the number of answers coded from interviews); — not asked</source>
            <translation>✓ ditanyakan kepada kelompok ini (dengan jumlah jawaban yang dikode dari wawancara); — tidak ditanyakan</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <location filename="../../gui/team/handout_dialog.py" line="56" />
            <source>Prepare copy for a coder</source>
            <translation>Siapkan salinan untuk pengode</translation>
        </message>
        <message>
            <location filename="../../gui/team/handout_dialog.py" line="57" />
            <source>&amp;Coder:</source>
            <translation>&amp;Pengode:</translation>
        </message>
        <message>
            <location filename="../../gui/team/handout_dialog.py" line="57" />
            <source>&amp;Sources:</source>
            <translation>&amp;Sumber:</translation>
        </message>
        <message>
            <location filename="../../gui/team/handout_dialog.py" line="58" />
            <source>Save &amp;as:</source>
            <translation>Simpan s&amp;ebagai:</translation>
        </message>
        <message>
            <location filename="../../gui/team/handout_dialog.py" line="62" />
            <source>&amp;Without the existing codings, verdicts and summaries (blind double coding)</source>
            <translation>&amp;Tanpa koding, penilaian, dan ringkasan yang sudah ada (koding ganda buta)</translation>
        </message>
        <message>
            <location filename="../../gui/team/handout_dialog.py" line="64" />
            <source>&amp;Pseudonymise: participants' names become their codes</source>
            <translation>Pseu&amp;donimkan: nama informan diganti kodenya</translation>
        </message>
        <message>
            <location filename="../../gui/team/handout_dialog.py" line="66" />
            <source>&amp;Browse…</source>
            <translation>&amp;Telusuri…</translation>
        </message>
        <message>
            <location filename="../../gui/team/handout_dialog.py" line="69" />
            <source>Save the copy as</source>
            <translation>Simpan salinan sebagai</translation>
        </message>
        <message>
            <location filename="../../gui/team/handout_dialog.py" line="70" />
            <source>Telaah projects (*.telaah)</source>
            <translation>Proyek Telaah (*.telaah)</translation>
        </message>
    </context>
    <context>
        <name>HitTableModel</name>
        <message>
            <location filename="../../gui/search/model.py" line="64" />
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <location filename="../../gui/search/model.py" line="64" />
            <source>Before</source>
            <translation>Sebelum</translation>
        </message>
        <message>
            <location filename="../../gui/search/model.py" line="64" />
            <source>Hit</source>
            <translation>Temuan</translation>
        </message>
        <message>
            <location filename="../../gui/search/model.py" line="64" />
            <source>After</source>
            <translation>Sesudah</translation>
        </message>
    </context>
    <context>
        <name>ImagePanel</name>
        <message>
            <location filename="../../gui/images/panel.py" line="91" />
            <source>Zoom In</source>
            <translation>Perbesar</translation>
        </message>
        <message>
            <location filename="../../gui/images/panel.py" line="92" />
            <source>Zoom Out</source>
            <translation>Perkecil</translation>
        </message>
        <message>
            <location filename="../../gui/images/panel.py" line="93" />
            <source>Fit</source>
            <translation>Pas layar</translation>
        </message>
        <message>
            <location filename="../../gui/images/panel.py" line="94" />
            <source>Remove Region Coding</source>
            <translation>Hapus Koding Area</translation>
        </message>
        <message>
            <location filename="../../gui/images/panel.py" line="95" />
            <source>Caption</source>
            <translation>Keterangan gambar</translation>
        </message>
        <message>
            <location filename="../../gui/images/panel.py" line="97" />
            <source>Drag a rectangle to code it with the codes selected in the codebook; Ctrl+wheel zooms.</source>
            <translation>Tarik sebuah persegi untuk mengodingnya dengan kode yang dipilih di buku kode; Ctrl+roda tetikus untuk memperbesar.</translation>
        </message>
        <message>
            <location filename="../../gui/images/panel.py" line="115" />
            <source>Page %1</source>
            <translation>Halaman %1</translation>
        </message>
        <message>
            <location filename="../../gui/images/panel.py" line="132" />
            <source>The image cannot be shown: %1</source>
            <translation>Gambar tidak dapat ditampilkan: %1</translation>
        </message>
        <message>
            <location filename="../../gui/images/panel.py" line="155" />
            <source>taken %1</source>
            <translation>diambil %1</translation>
        </message>
        <message>
            <location filename="../../gui/images/panel.py" line="177" />
            <source>Select a code in the codebook, then draw the region.</source>
            <translation>Pilih kode di buku kode, lalu gambar areanya.</translation>
        </message>
        <message>
            <location filename="../../gui/images/panel.py" line="181" />
            <source>Code image region</source>
            <translation>Koding area gambar</translation>
        </message>
        <message>
            <location filename="../../gui/images/panel.py" line="214" />
            <source>Remove image coding</source>
            <translation>Hapus koding gambar</translation>
        </message>
        <message>
            <location filename="../../gui/images/panel.py" line="222" />
            <source>Edit caption</source>
            <translation>Ubah keterangan gambar</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../gui/sources/importing.py" line="131" />
            <source>&amp;Import sources…</source>
            <translation>&amp;Impor sumber…</translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="145" />
            <location filename="../../gui/sources/importing.py" line="198" />
            <location filename="../../gui/sources/importing.py" line="216" />
            <location filename="../../gui/sources/importing.py" line="236" />
            <location filename="../../gui/sources/importing.py" line="240" />
            <location filename="../../gui/sources/importing.py" line="249" />
            <location filename="../../gui/sources/importing.py" line="252" />
            <source>Import sources</source>
            <translation>Impor sumber</translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="210" />
            <source>Importing sources…</source>
            <translation>Mengimpor sumber…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sources/importing.py" line="203" />
            <source>Import %n file(s)</source>
            <translation>
                <numerusform>Impor %n berkas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="214" />
            <source>• %1 (same text as the source '%2')</source>
            <translation>• %1 (teksnya sama dengan sumber '%2')</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sources/importing.py" line="217" />
            <source>%n file(s) have the same text as a source already in the project:</source>
            <translation>
                <numerusform>%n berkas teksnya sama dengan sumber yang sudah ada di proyek:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="222" />
            <source>Import them anyway as second copies? (No skips them.)</source>
            <translation>Tetap impor sebagai salinan kedua? (Tidak: berkas itu dilewati.)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sources/importing.py" line="235" />
            <source>%n file(s) could not be imported:</source>
            <translation>
                <numerusform>%n berkas tidak dapat diimpor:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="250" />
            <source>The import was cancelled; no file was imported.</source>
            <translation>Impor dibatalkan; tidak ada berkas yang diimpor.</translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="253" />
            <source>The import stopped: %1</source>
            <translation>Impor terhenti: %1</translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="132" />
            <source>Import text, Word and PDF files, photos or recordings as sources (or drop them on the window)</source>
            <translation>Impor berkas teks, Word dan PDF, foto atau rekaman sebagai sumber (atau seret dan lepas ke jendela)</translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="146" />
            <source>Sources (%1);;All files (*)</source>
            <translation>Sumber (%1);;Semua berkas (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../gui/sources/importing.py" line="85" />
            <source>Import sources</source>
            <translation>Impor sumber</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sources/importing.py" line="88" />
            <source>%n file(s): %1</source>
            <translation>
                <numerusform>%n berkas: %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="89" />
            <source>Files:</source>
            <translation>Berkas:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="89" />
            <source>&amp;Technique:</source>
            <translation>&amp;Teknik:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="89" />
            <source>&amp;Participant:</source>
            <translation>&amp;Informan:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="90" />
            <source>&amp;Date:</source>
            <translation>&amp;Tanggal:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="90" />
            <source>T&amp;itle:</source>
            <translation>&amp;Judul:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/importing.py" line="95" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
    </context>
    <context>
        <name>Jobs</name>
        <message>
            <location filename="../../gui/jobs.py" line="137" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../gui/sources/labels.py" line="19" />
            <source>Interview</source>
            <translation>Wawancara</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="20" />
            <source>Observation</source>
            <translation>Observasi</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="21" />
            <source>Document</source>
            <translation>Dokumentasi</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="22" />
            <source>Survey</source>
            <translation>Survei</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="25" />
            <source>Interviews</source>
            <translation>Wawancara</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="26" />
            <source>Observations</source>
            <translation>Observasi</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="27" />
            <source>Documents</source>
            <translation>Dokumentasi</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="28" />
            <source>Survey answers</source>
            <translation>Jawaban survei</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="31" />
            <source>Pending</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="32" />
            <source>Given</source>
            <translation>Diberikan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="33" />
            <source>Withdrawn</source>
            <translation>Ditarik</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="34" />
            <source>Not required</source>
            <translation>Tidak diperlukan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="37" />
            <source>Primary data</source>
            <translation>Data primer</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="38" />
            <source>Secondary data</source>
            <translation>Data sekunder</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="41" />
            <source>Indonesian</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="42" />
            <source>English</source>
            <translation>Bahasa Inggris</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="43" />
            <source>Javanese</source>
            <translation>Bahasa Jawa</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="44" />
            <source>Other language</source>
            <translation>Bahasa lain</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="49" />
            <source>No participant</source>
            <translation>Tanpa informan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/labels.py" line="50" />
            <source>No stakeholder group</source>
            <translation>Tanpa kelompok pemangku kepentingan</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="98" />
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="98" />
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="98" />
            <source>&amp;Code</source>
            <translation>&amp;Kode</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="99" />
            <source>&amp;Analysis</source>
            <translation>&amp;Analisis</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="99" />
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="100" />
            <source>&amp;Help</source>
            <translation>Ba&amp;ntuan</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="105" />
            <source>&amp;About Telaah</source>
            <translation>&amp;Tentang Telaah</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="131" />
            <source>Undo</source>
            <translation>Urungkan</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="131" />
            <source>Undo %1</source>
            <translation>Urungkan %1</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="132" />
            <source>Redo</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="132" />
            <source>Redo %1</source>
            <translation>Ulangi %1</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="136" />
            <source>About Telaah</source>
            <translation>Tentang Telaah</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="137" />
            <source>&lt;b&gt;Telaah %1&lt;/b&gt;&lt;p&gt;Offline qualitative analysis for governance field research: code interviews, observations and documents against governance frameworks, check triangulation and judge each indicator.&lt;/p&gt;&lt;p&gt;Every action is saved in the project file as you work; each opening keeps a backup beside it.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Telaah %1&lt;/b&gt;&lt;p&gt;Analisis kualitatif luring untuk penelitian lapangan tata kelola: kode wawancara, observasi, dan dokumen dengan kerangka teori tata kelola, periksa triangulasi, dan nilai setiap indikator.&lt;/p&gt;&lt;p&gt;Setiap tindakan langsung tersimpan di berkas proyek; setiap kali dibuka, salinan cadangan disimpan di sampingnya.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="148" />
            <source>No project</source>
            <translation>Tidak ada proyek</translation>
        </message>
        <message>
            <location filename="../../gui/sources/feature.py" line="19" />
            <source>Sources</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <location filename="../../gui/codebook/feature.py" line="15" />
            <source>Codebook</source>
            <translation>Buku kode</translation>
        </message>
        <message>
            <location filename="../../gui/memos/feature.py" line="16" />
            <source>Memos</source>
            <translation>Memo</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/feature.py" line="14" />
            <source>Retrieval</source>
            <translation>Penelusuran</translation>
        </message>
        <message>
            <location filename="../../gui/search/feature.py" line="19" />
            <source>Search</source>
            <translation>Cari</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/feature.py" line="19" />
            <source>Evaluation</source>
            <translation>Evaluasi</translation>
        </message>
        <message>
            <location filename="../../gui/field/feature.py" line="23" />
            <source>Interview guides</source>
            <translation>Panduan wawancara</translation>
        </message>
        <message>
            <location filename="../../gui/network/feature.py" line="21" />
            <source>Collaboration network</source>
            <translation>Jejaring kolaborasi</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/feature.py" line="18" />
            <source>Surveys</source>
            <translation>Survei</translation>
        </message>
        <message>
            <location filename="../../gui/team/feature.py" line="28" />
            <source>Disagreements</source>
            <translation>Ketidaksepakatan</translation>
        </message>
        <message>
            <location filename="../../gui/images/feature.py" line="23" />
            <source>Image</source>
            <translation>Gambar</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/feature.py" line="25" />
            <source>Transcription</source>
            <translation>Transkripsi</translation>
        </message>
    </context>
    <context>
        <name>MatrixModel</name>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="100" />
            <source>(no participant)</source>
            <translation>(tanpa informan)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/evaluation/matrix.py" line="148" />
            <source>%1 × %2: %n segment(s)</source>
            <translation>
                <numerusform>%1 × %2: %n segmen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MatrixTab</name>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="215" />
            <source>Columns:</source>
            <translation>Kolom:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="216" />
            <source>Stakeholder groups</source>
            <translation>Kelompok pemangku kepentingan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="217" />
            <source>Techniques</source>
            <translation>Teknik</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="217" />
            <source>Participants</source>
            <translation>Informan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="218" />
            <source>Sources</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="221" />
            <source>Cells:</source>
            <translation>Sel:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="222" />
            <source>Number of segments</source>
            <translation>Jumlah segmen</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="223" />
            <source>Coded text</source>
            <translation>Teks berkode</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="224" />
            <source>Heat colouring</source>
            <translation>Pewarnaan intensitas</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="225" />
            <source>Hide codes without overlaps</source>
            <translation>Sembunyikan kode tanpa tumpang tindih</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="226" />
            <source>Hide rows without segments</source>
            <translation>Sembunyikan baris tanpa segmen</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/matrix.py" line="233" />
            <source>Click a cell to list its segments.</source>
            <translation>Klik sel untuk menampilkan segmennya.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/evaluation/matrix.py" line="277" />
            <source>(+%n more)</source>
            <translation>
                <numerusform>(+%n lagi)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/evaluation/matrix.py" line="290" />
            <source>%1 × %2: %n segment(s)</source>
            <translation>
                <numerusform>%1 × %2: %n segmen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemoEditor</name>
        <message>
            <location filename="../../gui/memos/editor.py" line="52" />
            <source>Memo title</source>
            <translation>Judul memo</translation>
        </message>
        <message>
            <location filename="../../gui/memos/editor.py" line="53" />
            <source>Write the memo here; it is saved as you type.</source>
            <translation>Tulis memo di sini; memo tersimpan selagi Anda mengetik.</translation>
        </message>
        <message>
            <location filename="../../gui/memos/editor.py" line="112" />
            <source>Edit memo</source>
            <translation>Ubah memo</translation>
        </message>
        <message>
            <location filename="../../gui/memos/editor.py" line="134" />
            <source>No memo open. Choose one in the list or make a new one.</source>
            <translation>Tidak ada memo yang terbuka. Pilih dari daftar atau buat yang baru.</translation>
        </message>
        <message>
            <location filename="../../gui/memos/editor.py" line="137" />
            <source>Editing…</source>
            <translation>Menyunting…</translation>
        </message>
        <message>
            <location filename="../../gui/memos/editor.py" line="139" />
            <source>Saved</source>
            <translation>Tersimpan</translation>
        </message>
    </context>
    <context>
        <name>MemoPanel</name>
        <message>
            <location filename="../../gui/memos/panel.py" line="128" />
            <source>New memo</source>
            <translation>Memo baru</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="129" />
            <source>New memo on the &amp;study</source>
            <translation>Memo baru tentang pe&amp;nelitian</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="130" />
            <source>New memo on the current s&amp;ource</source>
            <translation>Memo baru tentang &amp;sumber ini</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="131" />
            <source>New memo on the selected &amp;code</source>
            <translation>Memo baru tentang &amp;kode terpilih</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="132" />
            <location filename="../../gui/memos/panel.py" line="262" />
            <source>Delete memo</source>
            <translation>Hapus memo</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="133" />
            <source>Study</source>
            <translation>Penelitian</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="133" />
            <source>Sources</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="134" />
            <source>Codes</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="134" />
            <source>Segments</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="135" />
            <source>Participants</source>
            <translation>Informan</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="139" />
            <source>All memos</source>
            <translation>Semua memo</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="144" />
            <source>Show the memos attached to one kind of thing</source>
            <translation>Tampilkan memo yang melekat pada satu jenis hal</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="226" />
            <source>Add memo</source>
            <translation>Tambah memo</translation>
        </message>
        <message>
            <location filename="../../gui/memos/panel.py" line="229" />
            <source>Memos</source>
            <translation>Memo</translation>
        </message>
    </context>
    <context>
        <name>MemoTableModel</name>
        <message>
            <location filename="../../gui/memos/model.py" line="52" />
            <location filename="../../gui/memos/model.py" line="102" />
            <source>Study</source>
            <translation>Penelitian</translation>
        </message>
        <message>
            <location filename="../../gui/memos/model.py" line="52" />
            <location filename="../../gui/memos/model.py" line="102" />
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <location filename="../../gui/memos/model.py" line="53" />
            <location filename="../../gui/memos/model.py" line="103" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../gui/memos/model.py" line="53" />
            <location filename="../../gui/memos/model.py" line="103" />
            <source>Segment</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="../../gui/memos/model.py" line="54" />
            <location filename="../../gui/memos/model.py" line="104" />
            <source>Participant</source>
            <translation>Informan</translation>
        </message>
        <message>
            <location filename="../../gui/memos/model.py" line="55" />
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <location filename="../../gui/memos/model.py" line="55" />
            <location filename="../../gui/memos/model.py" line="105" />
            <source>(deleted)</source>
            <translation>(terhapus)</translation>
        </message>
        <message>
            <location filename="../../gui/memos/model.py" line="137" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../gui/memos/model.py" line="137" />
            <source>Author</source>
            <translation>Penulis</translation>
        </message>
        <message>
            <location filename="../../gui/memos/model.py" line="137" />
            <source>Attached to</source>
            <translation>Melekat pada</translation>
        </message>
        <message>
            <location filename="../../gui/memos/model.py" line="138" />
            <source>Title</source>
            <translation>Judul</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="56" />
            <source>Merge coders' copies</source>
            <translation>Gabungkan salinan para pengode</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="57" />
            <source>participants</source>
            <translation>informan</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="57" />
            <source>sources</source>
            <translation>sumber</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="58" />
            <source>changed source texts</source>
            <translation>teks sumber yang berubah</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="58" />
            <source>codes</source>
            <translation>kode</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="59" />
            <source>renamed or moved codes</source>
            <translation>kode yang diganti nama atau dipindah</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="60" />
            <source>codings</source>
            <translation>koding</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="60" />
            <source>memos</source>
            <translation>memo</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="61" />
            <source>verdicts</source>
            <translation>penilaian</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="61" />
            <source>summary texts</source>
            <translation>teks ringkasan</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="66" />
            <source>codings whose words are gone (skipped)</source>
            <translation>koding yang kata-katanya sudah hilang (dilewati)</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="67" />
            <source>memos without their target (skipped)</source>
            <translation>memo tanpa sasarannya (dilewati)</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="72" />
            <source>%1 (%2): %3</source>
            <translation>%1 (%2): %3</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="73" />
            <source>nothing new</source>
            <translation>tidak ada yang baru</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="77" />
            <source>Conflicts: choose for each which version stands.</source>
            <translation>Konflik: pilih versi mana yang dipakai untuk masing-masing.</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="80" />
            <source>Copy</source>
            <translation>Salinan</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="80" />
            <source>What</source>
            <translation>Apa</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="80" />
            <source>Ours</source>
            <translation>Milik kita</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="80" />
            <source>Theirs</source>
            <translation>Milik salinan</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="81" />
            <source>Keep</source>
            <translation>Pakai</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="85" />
            <source>— choose —</source>
            <translation>— pilih —</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="86" />
            <source>Ours (this project)</source>
            <translation>Milik kita (proyek ini)</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="87" />
            <source>Theirs (the copy)</source>
            <translation>Milik salinan</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="115" />
            <source>Choose a version for every conflict first.</source>
            <translation>Pilih dulu satu versi untuk setiap konflik.</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="62" />
            <source>codings changed in the copy</source>
            <translation>koding yang diubah di salinan</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="63" />
            <source>codings deleted in the copy</source>
            <translation>koding yang dihapus di salinan</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="64" />
            <source>memos changed in the copy</source>
            <translation>memo yang diubah di salinan</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="65" />
            <source>memos deleted in the copy</source>
            <translation>memo yang dihapus di salinan</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="91" />
            <source>Coding changed: %1 → %2</source>
            <translation>Koding diubah: %1 → %2</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="92" />
            <source>Coding deleted: %1</source>
            <translation>Koding dihapus: %1</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="93" />
            <source>Memo changed: %1 → %2</source>
            <translation>Memo diubah: %1 → %2</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="94" />
            <source>Memo deleted: %1</source>
            <translation>Memo dihapus: %1</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="98" />
            <source>Coding</source>
            <translation>Koding</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="98" />
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="99" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="99" />
            <source>Source text</source>
            <translation>Teks sumber</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="100" />
            <source>Verdict</source>
            <translation>Penilaian</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="100" />
            <source>Summary text</source>
            <translation>Teks ringkasan</translation>
        </message>
        <message>
            <location filename="../../gui/team/merge_dialog.py" line="101" />
            <source>(deleted)</source>
            <translation>(dihapus)</translation>
        </message>
    </context>
    <context>
        <name>MethodSettings</name>
        <message>
            <location filename="../../gui/project/study_method.py" line="40" />
            <source>Method (for the report)</source>
            <translation>Metode (untuk laporan)</translation>
        </message>
        <message>
            <location filename="../../gui/project/study_method.py" line="44" />
            <source>S&amp;ource (informants of several groups)</source>
            <translation>Sum&amp;ber (informan dari beberapa kelompok)</translation>
        </message>
        <message>
            <location filename="../../gui/project/study_method.py" line="45" />
            <source>Tec&amp;hnique (interview, observation, documents)</source>
            <translation>Tek&amp;nik (wawancara, observasi, dokumentasi)</translation>
        </message>
        <message>
            <location filename="../../gui/project/study_method.py" line="46" />
            <source>Ti&amp;me (several dates)</source>
            <translation>&amp;Waktu (beberapa tanggal)</translation>
        </message>
        <message>
            <location filename="../../gui/project/study_method.py" line="47" />
            <source>In&amp;vestigator (several coders)</source>
            <translation>Pen&amp;eliti (beberapa pengode)</translation>
        </message>
        <message>
            <location filename="../../gui/project/study_method.py" line="57" />
            <source>Through Sudarmo (2011), as Indonesian theses cite it</source>
            <translation>Melalui Sudarmo (2011), seperti lazim dalam skripsi dan tesis</translation>
        </message>
        <message>
            <location filename="../../gui/project/study_method.py" line="59" />
            <source>The original, as entered in my references below</source>
            <translation>Sumber asli, sesuai entri di daftar pustaka saya di bawah</translation>
        </message>
        <message>
            <location filename="../../gui/project/study_method.py" line="64" />
            <source>One APA entry per line, e.g. Sugiyono. (2019). Metode penelitian kualitatif. Alfabeta.</source>
            <translation>Satu entri APA per baris, misalnya Sugiyono. (2019). Metode penelitian kualitatif. Alfabeta.</translation>
        </message>
        <message>
            <location filename="../../gui/project/study_method.py" line="66" />
            <source>The frameworks and Miles, Huberman and Saldaña (2014) are cited for you.</source>
            <translation>Kerangka teori dan Miles, Huberman, dan Saldaña (2014) sudah dikutip otomatis.</translation>
        </message>
        <message>
            <location filename="../../gui/project/study_method.py" line="70" />
            <source>Triangulation used:</source>
            <translation>Triangulasi yang dipakai:</translation>
        </message>
        <message>
            <location filename="../../gui/project/study_method.py" line="71" />
            <source>Cite &amp;DeSeve:</source>
            <translation>Kutip DeSe&amp;ve:</translation>
        </message>
        <message>
            <location filename="../../gui/project/study_method.py" line="72" />
            <source>O&amp;wn references:</source>
            <translation>Daftar pustaka sendi&amp;ri:</translation>
        </message>
    </context>
    <context>
        <name>NetworkFeature</name>
        <message>
            <location filename="../../gui/network/feature.py" line="56" />
            <source>Collaboration &amp;network</source>
            <translation>&amp;Jejaring kolaborasi</translation>
        </message>
        <message>
            <location filename="../../gui/network/feature.py" line="57" />
            <source>Mark t&amp;ie…</source>
            <translation>Tandai r&amp;elasi…</translation>
        </message>
        <message>
            <location filename="../../gui/network/feature.py" line="58" />
            <source>Record that the selected passage shows a tie between two actors</source>
            <translation>Catat bahwa kutipan terpilih menunjukkan relasi antara dua aktor</translation>
        </message>
        <message>
            <location filename="../../gui/network/feature.py" line="77" />
            <source>Select a passage in a source first, then mark the tie.</source>
            <translation>Pilih dulu kutipan di sebuah sumber, lalu tandai relasinya.</translation>
        </message>
        <message>
            <location filename="../../gui/network/feature.py" line="81" />
            <source>Add at least two actors first (Collaboration network → Actors…).</source>
            <translation>Tambahkan dulu sedikitnya dua aktor (Jejaring kolaborasi → Aktor…).</translation>
        </message>
        <message>
            <location filename="../../gui/network/feature.py" line="94" />
            <source>Mark tie</source>
            <translation>Tandai relasi</translation>
        </message>
    </context>
    <context>
        <name>NetworkPanel</name>
        <message>
            <location filename="../../gui/network/panel.py" line="118" />
            <source>Tie types</source>
            <translation>Jenis relasi</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="119" />
            <source>New &amp;layout</source>
            <translation>Tata &amp;letak baru</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="120" />
            <source>Ac&amp;tors…</source>
            <translation>A&amp;ktor…</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="121" />
            <source>Only ties evidenced by sources from this date</source>
            <translation>Hanya relasi yang didukung sumber sejak tanggal ini</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="122" />
            <source>Only ties evidenced by sources up to this date</source>
            <translation>Hanya relasi yang didukung sumber sampai tanggal ini</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="123" />
            <source>Evidence of the selected tie (double-click to read it in its source):</source>
            <translation>Bukti relasi terpilih (klik dua kali untuk membacanya di sumbernya):</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="126" />
            <source>No ties yet. Add the actors (Actors…, or take them from the participants' organisations), then select a passage in a source and choose Code → Mark tie… to record who works with whom; the passage becomes the tie's evidence.</source>
            <translation>Belum ada relasi. Tambahkan aktornya (Aktor…, atau ambil dari organisasi para informan), lalu pilih kutipan di sebuah sumber dan pilih Kode → Tandai relasi… untuk mencatat siapa bekerja sama dengan siapa; kutipan itu menjadi bukti relasinya.</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="132" />
            <source>All techniques</source>
            <translation>Semua teknik</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="195" />
            <source>shared governance</source>
            <translation>tata kelola bersama (shared governance)</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="196" />
            <source>lead organisation</source>
            <translation>organisasi pemimpin (lead organisation)</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="197" />
            <source>network administrative organisation</source>
            <translation>organisasi administratif jejaring (NAO)</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="200" />
            <source>too few linked actors to say</source>
            <translation>aktor yang terhubung terlalu sedikit untuk dinilai</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="202" />
            <source>%1 actors, %2 ties from %3 passages · density %4 · degree centralisation %5 · suggested form (Provan &amp; Kenis): %6 %7</source>
            <translation>%1 aktor, %2 relasi dari %3 kutipan · kepadatan %4 · sentralisasi derajat %5 · bentuk yang disarankan (Provan &amp; Kenis): %6 %7</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="208" />
            <source>Actor</source>
            <translation>Aktor</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="208" />
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="209" />
            <source>Degree</source>
            <translation>Derajat</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="209" />
            <source>Betweenness</source>
            <translation>Keperantaraan</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="241" />
            <source>Arrange the network map</source>
            <translation>Atur peta jejaring</translation>
        </message>
        <message>
            <location filename="../../gui/network/panel.py" line="251" />
            <source>New network layout</source>
            <translation>Tata letak jejaring baru</translation>
        </message>
    </context>
    <context>
        <name>NewGuideDialog</name>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="56" />
            <source>New interview guide</source>
            <translation>Panduan wawancara baru</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="58" />
            <source>Draft the questions from the indicators</source>
            <translation>Susun draf pertanyaan dari indikator</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="72" />
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="74" />
            <source>Frameworks:</source>
            <translation>Kerangka teori:</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="75" />
            <source>Groups (none ticked: all):</source>
            <translation>Kelompok (tidak ada yang dicentang: semua):</translation>
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <location filename="../../gui/project/actions.py" line="149" />
            <location filename="../../gui/project/actions.py" line="201" />
            <source>New project</source>
            <translation>Proyek baru</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="151" />
            <source>e.g. Collaborative governance of MSME digitalisation</source>
            <translation>mis. Tata kelola kolaboratif digitalisasi UMKM</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="157" />
            <source>&amp;Title:</source>
            <translation>&amp;Judul:</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="158" />
            <source>&amp;File:</source>
            <translation>&amp;Berkas:</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="160" />
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="171" />
            <source>Framework:</source>
            <translation>Kerangka teori:</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="173" />
            <source>9 elements (full list)</source>
            <translation>9 elemen (daftar lengkap)</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="174" />
            <source>8 elements</source>
            <translation>8 elemen</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="174" />
            <source>7 elements</source>
            <translation>7 elemen</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="176" />
            <source>DeSeve &amp;variant:</source>
            <translation>&amp;Varian DeSeve:</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="108" />
            <source>Add participant</source>
            <translation>Tambah informan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="109" />
            <source>Participant</source>
            <translation>Informan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="110" />
            <source>&amp;Code:</source>
            <translation>&amp;Kode:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="110" />
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="110" />
            <source>&amp;Also called:</source>
            <translation>&amp;Nama lain:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="111" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisasi:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="111" />
            <source>Stakeholder &amp;group:</source>
            <translation>Kelompok &amp;pemangku kepentingan:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="112" />
            <source>&amp;Role:</source>
            <translation>P&amp;eran:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="112" />
            <source>C&amp;onsent:</source>
            <translation>Per&amp;setujuan:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="112" />
            <source>Consent &amp;date:</source>
            <translation>&amp;Tanggal persetujuan:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="113" />
            <source>No&amp;tes:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="114" />
            <source>Naming the organisation &amp;identifies them (replaced in pseudonymised exports)</source>
            <translation>Nama organisasinya &amp;mengungkap identitas informan (diganti dalam ekspor tersamar)</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="116" />
            <source>&amp;Quote them although consent is pending (recorded with your name and the date)</source>
            <translation>&amp;Kutip meskipun persetujuan belum diberikan (dicatat dengan nama Anda dan tanggalnya)</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="120" />
            <source>Groups…</source>
            <translation>Kelompok…</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="121" />
            <source>Other names used in transcripts, separated by ;</source>
            <translation>Nama lain yang dipakai dalam transkrip, dipisahkan dengan ;</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="123" />
            <location filename="../../gui/sources/participant_dialog.py" line="134" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="197" />
            <source>Add participant %1</source>
            <translation>Tambah informan %1</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participant_dialog.py" line="202" />
            <source>Edit participant %1</source>
            <translation>Ubah informan %1</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <location filename="../../gui/sources/participants.py" line="88" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="88" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="88" />
            <source>Organisation</source>
            <translation>Organisasi</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="89" />
            <source>Stakeholder group</source>
            <translation>Kelompok pemangku kepentingan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="89" />
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="89" />
            <source>Consent</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="90" />
            <source>Consent date</source>
            <translation>Tanggal persetujuan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="90" />
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="90" />
            <source>Sources</source>
            <translation>Sumber</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsManager</name>
        <message>
            <location filename="../../gui/sources/participants.py" line="188" />
            <source>Participants</source>
            <translation>Informan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="189" />
            <source>&amp;Add…</source>
            <translation>&amp;Tambah…</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="190" />
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="191" />
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="192" />
            <source>Stakeholder &amp;groups…</source>
            <translation>&amp;Kelompok pemangku kepentingan…</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="236" />
            <source>Delete participant %1?</source>
            <translation>Hapus informan %1?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sources/participants.py" line="239" />
            <source>%n source(s) will no longer name this participant; their text and codings stay.</source>
            <translation>
                <numerusform>%n sumber tidak lagi mencantumkan informan ini; teks dan kodingnya tetap ada.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="241" />
            <source>You can undo this.</source>
            <translation>Tindakan ini dapat dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../gui/sources/participants.py" line="248" />
            <source>Delete participant %1</source>
            <translation>Hapus informan %1</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../gui/project/privacy.py" line="70" />
            <source>Project password</source>
            <translation>Kata sandi proyek</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="77" />
            <source>&amp;Remove the password (store the file unencrypted)</source>
            <translation>&amp;Hapus kata sandi (simpan berkas tanpa enkripsi)</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="81" />
            <source>The project file and its backups are encrypted with this password. Without it nobody, not even you, can open them.</source>
            <translation>Berkas proyek dan cadangannya dienkripsi dengan kata sandi ini. Tanpanya tidak ada yang dapat membukanya, termasuk Anda sendiri.</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="86" />
            <source>C&amp;urrent password:</source>
            <translation>Kata sandi saat &amp;ini:</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="87" />
            <source>&amp;New password:</source>
            <translation>Kata sandi &amp;baru:</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="88" />
            <source>Re&amp;peat it:</source>
            <translation>&amp;Ulangi:</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="109" />
            <source>Type the new password.</source>
            <translation>Ketik kata sandi baru.</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="111" />
            <source>The two new passwords differ.</source>
            <translation>Kedua kata sandi baru tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="107" />
            <source>Preferences</source>
            <translation>Preferensi</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="108" />
            <source>Interface language:</source>
            <translation>Bahasa antarmuka:</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="108" />
            <source>Coder name:</source>
            <translation>Nama pengode:</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="109" />
            <source>Text font size:</source>
            <translation>Ukuran huruf teks:</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="109" />
            <source>Backups kept per project:</source>
            <translation>Cadangan yang disimpan per proyek:</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="110" />
            <source>Report language:</source>
            <translation>Bahasa laporan:</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="113" />
            <source>Your name, stamped on codings and memos</source>
            <translation>Nama Anda, dicantumkan pada koding dan memo</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="114" />
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="115" />
            <source>How many automatic backups to keep for each project (taken each time it is opened)</source>
            <translation>Berapa banyak cadangan otomatis yang disimpan untuk setiap proyek (dibuat setiap kali proyek dibuka)</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="141" />
            <source>Welcome to Telaah</source>
            <translation>Selamat datang di Telaah</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="142" />
            <source>Your name as coder (stamped on every coding and memo; change it later in Edit → Preferences):</source>
            <translation>Nama Anda sebagai pengode (dicantumkan pada setiap koding dan memo; dapat diubah nanti di Sunting → Preferensi):</translation>
        </message>
        <message>
            <location filename="../../gui/preferences/dialog.py" line="167" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferensi…</translation>
        </message>
    </context>
    <context>
        <name>PrivacyActions</name>
        <message>
            <location filename="../../gui/project/privacy.py" line="41" />
            <location filename="../../gui/project/privacy.py" line="209" />
            <source>Project password</source>
            <translation>Kata sandi proyek</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="42" />
            <source>The password is wrong. Password for %1:</source>
            <translation>Kata sandinya salah. Kata sandi untuk %1:</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="43" />
            <source>%1 is encrypted. Password:</source>
            <translation>%1 terenkripsi. Kata sandi:</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="180" />
            <source>Project pass&amp;word…</source>
            <translation>Kata sandi pro&amp;yek…</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="181" />
            <source>Pri&amp;vacy…</source>
            <translation>Pri&amp;vasi…</translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <location filename="../../gui/project/privacy.py" line="128" />
            <source>Privacy</source>
            <translation>Privasi</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="132" />
            <source>&amp;Confidential study: pseudonymised exports by default, files readable by you only</source>
            <translation>Penelitian &amp;rahasia: ekspor disamarkan secara bawaan, berkas hanya dapat dibaca oleh Anda</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="137" />
            <source>One term per line, e.g. a village or a business name</source>
            <translation>Satu istilah per baris, mis. nama desa atau nama usaha</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="141" />
            <source>&amp;Always replace in pseudonymised exports:</source>
            <translation>&amp;Selalu ganti dalam ekspor tersamar:</translation>
        </message>
        <message>
            <location filename="../../gui/project/privacy.py" line="155" />
            <source>Change privacy settings</source>
            <translation>Ubah pengaturan privasi</translation>
        </message>
    </context>
    <context>
        <name>ProjectActions</name>
        <message>
            <location filename="../../gui/project/actions.py" line="65" />
            <source>Cannot open project</source>
            <translation>Proyek tidak dapat dibuka</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="66" />
            <source>Telaah could not open %1.</source>
            <translation>Telaah tidak dapat membuka %1.</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="123" />
            <source>%1 is damaged (integrity check: %2). Close it and restore a copy from %3.</source>
            <translation>%1 rusak (pemeriksaan integritas: %2). Tutup proyek ini dan pulihkan salinan dari %3.</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="128" />
            <source>Telaah could not make a backup copy of %1 in %2 (%3). Your work is still saved in the project file.</source>
            <translation>Telaah tidak dapat membuat salinan cadangan %1 di %2 (%3). Pekerjaan Anda tetap tersimpan di berkas proyek.</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="127" />
            <source>No backup made</source>
            <translation>Cadangan tidak dibuat</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="326" />
            <source>&amp;New project…</source>
            <translation>Proyek &amp;baru…</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="327" />
            <source>&amp;Open project…</source>
            <translation>B&amp;uka proyek…</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="328" />
            <source>Open &amp;recent</source>
            <translation>Buka yang te&amp;rakhir</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="329" />
            <source>&amp;Close project</source>
            <translation>&amp;Tutup proyek</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="330" />
            <source>&amp;Study properties…</source>
            <translation>Pr&amp;operti penelitian…</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="331" />
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="355" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="358" />
            <source>Clear list</source>
            <translation>Kosongkan daftar</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="367" />
            <source>Open project</source>
            <translation>Buka proyek</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="383" />
            <source>Choose where to save the project.</source>
            <translation>Pilih tempat menyimpan proyek.</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="388" />
            <source>New project</source>
            <translation>Proyek baru</translation>
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="90" />
            <location filename="../../gui/surveys/question_dialog.py" line="52" />
            <source>Question</source>
            <translation>Pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="121" />
            <source>Section:</source>
            <translation>Bagian:</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="122" />
            <source>Question (Indonesian):</source>
            <translation>Pertanyaan (Indonesia):</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="123" />
            <source>Question (English):</source>
            <translation>Pertanyaan (Inggris):</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="124" />
            <source>Probes, one per line (Indonesian | English):</source>
            <translation>Pertanyaan pendalaman, satu per baris (Indonesia | Inggris):</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="125" />
            <source>Wording for one group (Indonesian, English):</source>
            <translation>Rumusan untuk satu kelompok (Indonesia, Inggris):</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="126" />
            <source>Indicators:</source>
            <translation>Indikator:</translation>
        </message>
        <message>
            <location filename="../../gui/field/guide_dialogs.py" line="127" />
            <source>Asked of (none ticked: everyone):</source>
            <translation>Ditanyakan kepada (tidak ada yang dicentang: semua):</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="66" />
            <source>Answer required</source>
            <translation>Wajib dijawab</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="82" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="82" />
            <source>Label (Indonesian)</source>
            <translation>Label (Indonesia)</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="82" />
            <source>Label (English)</source>
            <translation>Label (Inggris)</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="92" />
            <source>Type:</source>
            <translation>Jenis:</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="92" />
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="93" />
            <source>Label (Indonesian):</source>
            <translation>Label (Indonesia):</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="94" />
            <source>Label (English):</source>
            <translation>Label (Inggris):</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="95" />
            <source>Hint (Indonesian):</source>
            <translation>Petunjuk (Indonesia):</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="96" />
            <source>Hint (English):</source>
            <translation>Petunjuk (Inggris):</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="98" />
            <source>Show only if:</source>
            <translation>Tampil hanya jika:</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="99" />
            <source>Valid only if:</source>
            <translation>Sah hanya jika:</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="100" />
            <source>Message when not valid:</source>
            <translation>Pesan bila tidak sah:</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="101" />
            <source>Evidence for indicators:</source>
            <translation>Bukti untuk indikator:</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="102" />
            <source>Choice list:</source>
            <translation>Daftar pilihan:</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="104" />
            <source>Add choice</source>
            <translation>Tambah pilihan</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="106" />
            <source>Remove choice</source>
            <translation>Hapus pilihan</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/question_dialog.py" line="109" />
            <source>Agreement scale 1–5</source>
            <translation>Skala persetujuan 1–5</translation>
        </message>
    </context>
    <context>
        <name>QuestionsTab</name>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="58" />
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="58" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="58" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="58" />
            <source>Required</source>
            <translation>Wajib</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="59" />
            <source>Show only if</source>
            <translation>Tampil hanya jika</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="59" />
            <source>Indicators</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="60" />
            <source>&amp;Add question…</source>
            <translation>&amp;Tambah pertanyaan…</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="61" />
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="62" />
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="63" />
            <source>Move &amp;up</source>
            <translation>Naikkan (&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="63" />
            <source>Move do&amp;wn</source>
            <translation>Pindah ke &amp;bawah</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="75" />
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="125" />
            <source>Edit question</source>
            <translation>Sunting pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="130" />
            <source>Delete question</source>
            <translation>Hapus pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="138" />
            <source>Move question</source>
            <translation>Pindahkan pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/questions_tab.py" line="149" />
            <source>Questionnaire</source>
            <translation>Kuesioner</translation>
        </message>
    </context>
    <context>
        <name>QuickCodePopup</name>
        <message>
            <location filename="../../gui/text/quick_code.py" line="69" />
            <source>Type a code label or id…</source>
            <translation>Ketik label atau id kode…</translation>
        </message>
        <message>
            <location filename="../../gui/text/quick_code.py" line="71" />
            <location filename="../../gui/text/quick_code.py" line="95" />
            <source>Code the selection with:</source>
            <translation>Beri kode pada teks terpilih:</translation>
        </message>
    </context>
    <context>
        <name>RecorderBar</name>
        <message>
            <location filename="../../gui/field/recorder.py" line="206" />
            <source>Record</source>
            <translation>Rekam</translation>
        </message>
        <message>
            <location filename="../../gui/field/recorder.py" line="207" />
            <source>Pause</source>
            <translation>Jeda</translation>
        </message>
        <message>
            <location filename="../../gui/field/recorder.py" line="208" />
            <source>Stop</source>
            <translation>Berhenti</translation>
        </message>
        <message>
            <location filename="../../gui/field/recorder.py" line="209" />
            <source>Input level</source>
            <translation>Tingkat masukan</translation>
        </message>
        <message>
            <location filename="../../gui/field/recorder.py" line="211" />
            <source>No audio input found: the session goes on without recording.</source>
            <translation>Tidak ada masukan audio: sesi berjalan tanpa rekaman.</translation>
        </message>
    </context>
    <context>
        <name>RecordingBar</name>
        <message>
            <location filename="../../gui/text/recording.py" line="105" />
            <source>Pause</source>
            <translation>Jeda</translation>
        </message>
        <message>
            <location filename="../../gui/text/recording.py" line="105" />
            <source>Play</source>
            <translation>Putar</translation>
        </message>
        <message>
            <location filename="../../gui/text/recording.py" line="106" />
            <source>Insert Timestamp</source>
            <translation>Sisipkan cap waktu</translation>
        </message>
        <message>
            <location filename="../../gui/text/recording.py" line="107" />
            <source>Insert [hh:mm:ss] at the cursor (Ctrl+T)</source>
            <translation>Sisipkan [jj:mm:dd] di kursor (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../gui/text/recording.py" line="108" />
            <source>Playback speed</source>
            <translation>Kecepatan putar</translation>
        </message>
        <message>
            <location filename="../../gui/text/recording.py" line="173" />
            <source>The recording was not found: %1</source>
            <translation>Rekaman tidak ditemukan: %1</translation>
        </message>
        <message>
            <location filename="../../gui/text/recording.py" line="174" />
            <source>No audio output device is available.</source>
            <translation>Tidak ada perangkat keluaran audio.</translation>
        </message>
        <message>
            <location filename="../../gui/text/recording.py" line="175" />
            <source>Audio playback is not available on this computer.</source>
            <translation>Pemutaran audio tidak tersedia di komputer ini.</translation>
        </message>
    </context>
    <context>
        <name>RecordingLink</name>
        <message>
            <location filename="../../gui/field/recording_link.py" line="43" />
            <location filename="../../gui/field/recording_link.py" line="66" />
            <location filename="../../gui/field/recording_link.py" line="70" />
            <source>Recording</source>
            <translation>Rekaman</translation>
        </message>
        <message>
            <location filename="../../gui/field/recording_link.py" line="44" />
            <source>There is too little free disk space to record; free some space. The session goes on without recording.</source>
            <translation>Ruang disk tidak cukup untuk merekam; kosongkan sebagian ruang. Sesi berjalan tanpa rekaman.</translation>
        </message>
        <message>
            <location filename="../../gui/field/recording_link.py" line="63" />
            <source>Attach recording</source>
            <translation>Lampirkan rekaman</translation>
        </message>
        <message>
            <location filename="../../gui/field/recording_link.py" line="71" />
            <source>Recording stopped: %1. What was recorded so far is kept in %2, and your notes are kept.</source>
            <translation>Perekaman berhenti: %1. Yang sudah terekam tetap tersimpan di %2, dan catatan Anda tetap tersimpan.</translation>
        </message>
    </context>
    <context>
        <name>RefiActions</name>
        <message>
            <location filename="../../gui/exchange/refi.py" line="83" />
            <source>Bring in a .qdpx project or .qdc codebook from NVivo, ATLAS.ti, MAXQDA, QualCoder or Taguette</source>
            <translation>Masukkan proyek .qdpx atau buku kode .qdc dari NVivo, ATLAS.ti, MAXQDA, QualCoder atau Taguette</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="81" />
            <source>Import RE&amp;FI-QDA…</source>
            <translation>Impor RE&amp;FI-QDA…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="85" />
            <source>New project fro&amp;m REFI-QDA…</source>
            <translation>Proyek baru d&amp;ari REFI-QDA…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="87" />
            <source>Make a new Telaah project from a .qdpx project of another program</source>
            <translation>Buat proyek Telaah baru dari proyek .qdpx program lain</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="88" />
            <source>Export REFI-QDA pro&amp;ject…</source>
            <translation>Ekspor &amp;proyek REFI-QDA…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="89" />
            <source>Export code&amp;book (.qdc)…</source>
            <translation>Ekspor buku ko&amp;de (.qdc)…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="100" />
            <source>Import REFI-QDA</source>
            <translation>Impor REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="101" />
            <location filename="../../gui/exchange/refi.py" line="155" />
            <source>REFI-QDA files (*.qdpx *.qdc);;All files (*)</source>
            <translation>Berkas REFI-QDA (*.qdpx *.qdc);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="112" />
            <location filename="../../gui/exchange/refi.py" line="148" />
            <location filename="../../gui/exchange/refi.py" line="197" />
            <source>Import failed</source>
            <translation>Impor gagal</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="113" />
            <location filename="../../gui/exchange/refi.py" line="198" />
            <source>Reading %1…</source>
            <translation>Membaca %1…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="120" />
            <source>The REFI-QDA file wants to read %1 from this computer as a source text. Read it?</source>
            <translation>Berkas REFI-QDA ini hendak membaca %1 dari komputer ini sebagai teks sumber. Baca berkas itu?</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="123" />
            <source>File outside the archive</source>
            <translation>Berkas di luar arsip</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="150" />
            <location filename="../../gui/exchange/refi.py" line="194" />
            <source>REFI-QDA import</source>
            <translation>Impor REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="154" />
            <source>New project from REFI-QDA</source>
            <translation>Proyek baru dari REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="159" />
            <source>Save the new project as</source>
            <translation>Simpan proyek baru sebagai</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="161" />
            <source>Telaah projects (*.telaah)</source>
            <translation>Proyek Telaah (*.telaah)</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="204" />
            <source>Export REFI-QDA project</source>
            <translation>Ekspor proyek REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="207" />
            <source>Export codebook</source>
            <translation>Ekspor buku kode</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="242" />
            <source>REFI-QDA export</source>
            <translation>Ekspor REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="243" />
            <source>Writing %1…</source>
            <translation>Menulis %1…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="247" />
            <source>Confidential study</source>
            <translation>Penelitian rahasia</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="248" />
            <source>This study is confidential. Export it pseudonymised (participant codes instead of names)?</source>
            <translation>Penelitian ini rahasia. Ekspor dalam bentuk tersamar (kode informan sebagai pengganti nama)?</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="253" />
            <source>Real names</source>
            <translation>Nama asli</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="230" />
            <location filename="../../gui/exchange/refi.py" line="261" />
            <source>Export failed</source>
            <translation>Ekspor gagal</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="278" />
            <source>the REFI-QDA project</source>
            <translation>proyek REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="279" />
            <source>the REFI-QDA codebook</source>
            <translation>buku kode REFI-QDA</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="280" />
            <source>Imported %1 “%2” (made by %3) from %4.</source>
            <translation>Berhasil mengimpor %1 “%2” (dibuat dengan %3) dari %4.</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="282" />
            <source>Came in:</source>
            <translation>Yang masuk:</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="283" />
            <source>%1 new code(s), %2 matched to existing codes</source>
            <translation>%1 kode baru, %2 dicocokkan dengan kode yang sudah ada</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="286" />
            <source>%1 text source(s) (%2 already present, codings merged)</source>
            <translation>%1 sumber teks (%2 sudah ada, kodingnya digabungkan)</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="288" />
            <source>%1 coded segment(s), %2 memo(s)</source>
            <translation>%1 segmen berkode, %2 memo</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="290" />
            <source>%1 new participant(s), %2 matched to existing ones</source>
            <translation>%1 informan baru, %2 dicocokkan dengan yang sudah ada</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="294" />
            <source>Not imported (%1):</source>
            <translation>Tidak diimpor (%1):</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="297" />
            <source>Everything was imported.</source>
            <translation>Semuanya diimpor.</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="299" />
            <source>Notes:</source>
            <translation>Catatan:</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="308" />
            <source>Wrote the codebook %1: %2 codes</source>
            <translation>Buku kode ditulis ke %1: %2 kode</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/refi.py" line="310" />
            <source>Wrote %1: %2 sources, %3 codes, %4 coded segments, %5 memos, %6 participants</source>
            <translation>Ditulis ke %1: %2 sumber, %3 kode, %4 segmen berkode, %5 memo, %6 informan</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../gui/project/restore.py" line="44" />
            <source>Restore from backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="45" />
            <source>Choose the backup of %1 to restore. Its present state is kept as a backup first, so this can be undone by restoring that one.</source>
            <translation>Pilih cadangan %1 yang akan dipulihkan. Keadaannya sekarang disimpan dulu sebagai cadangan, jadi langkah ini dapat dibatalkan dengan memulihkan cadangan itu.</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="52" />
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="52" />
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="52" />
            <source>Sources</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="53" />
            <source>Codes</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="53" />
            <source>Segments</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="54" />
            <source>Integrity</source>
            <translation>Integritas</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="72" />
            <source>ok</source>
            <translation>baik</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="72" />
            <source>damaged: %1</source>
            <translation>rusak: %1</translation>
        </message>
    </context>
    <context>
        <name>RestoreFeature</name>
        <message>
            <location filename="../../gui/project/restore.py" line="109" />
            <source>Res&amp;tore from backup…</source>
            <translation>Pu&amp;lihkan dari cadangan…</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="143" />
            <location filename="../../gui/project/restore.py" line="147" />
            <source>Restore from backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="148" />
            <source>%1 was restored from the backup of %2.</source>
            <translation>%1 telah dipulihkan dari cadangan %2.</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="163" />
            <source>Project locked</source>
            <translation>Proyek terkunci</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="164" />
            <source>Take the lock over</source>
            <translation>Ambil alih kunci</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="172" />
            <source>Damaged project</source>
            <translation>Proyek rusak</translation>
        </message>
        <message>
            <location filename="../../gui/project/restore.py" line="173" />
            <source>Restore a backup…</source>
            <translation>Pulihkan cadangan…</translation>
        </message>
    </context>
    <context>
        <name>RetrievalPanel</name>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="134" />
            <source>Include sub-codes</source>
            <translation>Sertakan subkode</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="135" />
            <source>Also list segments coded with the codes below the selected ones</source>
            <translation>Tampilkan juga segmen yang dikode dengan kode di bawah kode terpilih</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="137" />
            <source>Filter by text…</source>
            <translation>Saring menurut teks…</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="138" />
            <source>Participant:</source>
            <translation>Informan:</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="138" />
            <source>Group:</source>
            <translation>Kelompok:</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="139" />
            <source>Technique:</source>
            <translation>Teknik:</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="139" />
            <source>Valence:</source>
            <translation>Valensi:</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="140" />
            <source>Coder:</source>
            <translation>Pengode:</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="190" />
            <source>All</source>
            <translation>Semua</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="192" />
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="213" />
            <source>Select codes in the codebook to list their segments.</source>
            <translation>Pilih kode di buku kode untuk menampilkan segmennya.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/retrieval/panel.py" line="217" />
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segmen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="219" />
            <source>%1 of %2</source>
            <translation>%1 dari %2</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="248" />
            <source>Show in text</source>
            <translation>Tampilkan di teks</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/panel.py" line="251" />
            <source>Memo on this segment</source>
            <translation>Memo untuk segmen ini</translation>
        </message>
    </context>
    <context>
        <name>RuleDialog</name>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="71" />
            <source>Triangulation rule</source>
            <translation>Aturan triangulasi</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="72" />
            <source>An indicator is triangulated when its segments come from at least:</source>
            <translation>Sebuah indikator tertriangulasi bila segmennya berasal dari sekurang-kurangnya:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="74" />
            <source>Techniques (interview, observation, document):</source>
            <translation>Teknik (wawancara, observasi, dokumentasi):</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="75" />
            <source>Stakeholder groups:</source>
            <translation>Kelompok pemangku kepentingan:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="76" />
            <source>Different source dates (1: no condition):</source>
            <translation>Tanggal sumber berbeda (1: tanpa syarat):</translation>
        </message>
    </context>
    <context>
        <name>SearchFeature</name>
        <message>
            <location filename="../../gui/search/feature.py" line="43" />
            <source>&amp;Find in all sources…</source>
            <translation>&amp;Cari di semua sumber…</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../gui/search/panel.py" line="116" />
            <source>Search all sources…</source>
            <translation>Cari di semua sumber…</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="117" />
            <source>Words are found whole, ignoring case and accents; end a word with * to find words starting with it.</source>
            <translation>Kata dicari utuh, tanpa membedakan huruf besar-kecil dan aksen; akhiri kata dengan * untuk mencari kata yang berawalan itu.</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="119" />
            <source>All words</source>
            <translation>Semua kata</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="119" />
            <source>Exact phrase</source>
            <translation>Frasa persis</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="120" />
            <source>All techniques</source>
            <translation>Semua teknik</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="120" />
            <source>Interviews</source>
            <translation>Wawancara</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="121" />
            <source>Observations</source>
            <translation>Observasi</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="121" />
            <source>Documents</source>
            <translation>Dokumentasi</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="122" />
            <source>Survey answers</source>
            <translation>Jawaban survei</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="125" />
            <source>Exact phrase: case-sensitive, exactly these characters, also inside longer words</source>
            <translation>Frasa persis: peka huruf besar-kecil, persis karakter ini, juga di dalam kata yang lebih panjang</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="127" />
            <source>Code all hits with…</source>
            <translation>Kode semua temuan dengan…</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="128" />
            <source>Code every hit listed with one code, as one step you can undo</source>
            <translation>Kode setiap temuan dalam daftar dengan satu kode, sebagai satu langkah yang dapat diurungkan</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="170" />
            <location filename="../../gui/search/panel.py" line="206" />
            <source>Searching…</source>
            <translation>Mencari…</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="185" />
            <source>The search was cancelled.</source>
            <translation>Pencarian dibatalkan.</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="186" />
            <source>The search failed: %1</source>
            <translation>Pencarian gagal: %1</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="208" />
            <source>Type words to search all sources.</source>
            <translation>Ketik kata untuk mencari di semua sumber.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/search/panel.py" line="211" />
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n temuan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/search/panel.py" line="212" />
            <source>%n source(s)</source>
            <translation>
                <numerusform>%n sumber</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="214" />
            <source>only the first %1 are listed</source>
            <translation>hanya %1 yang pertama ditampilkan</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="235" />
            <source>Code all hits with</source>
            <translation>Kode semua temuan dengan</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/search/panel.py" line="236" />
            <source>Code the %n hit(s) listed with:</source>
            <translation>
                <numerusform>Kode %n temuan dalam daftar dengan:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="240" />
            <source>Code all hits</source>
            <translation>Kode semua temuan</translation>
        </message>
        <message>
            <location filename="../../gui/search/panel.py" line="245" />
            <source>Search</source>
            <translation>Cari</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/search/panel.py" line="248" />
            <source>Coded %n hit(s).</source>
            <translation>
                <numerusform>%n temuan telah dikode.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/search/panel.py" line="250" />
            <source>%n were already coded so.</source>
            <translation>
                <numerusform>%n sudah dikode demikian.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SegmentTableModel</name>
        <message>
            <location filename="../../gui/retrieval/model.py" line="79" />
            <source>Interview</source>
            <translation>Wawancara</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="79" />
            <source>Observation</source>
            <translation>Observasi</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="80" />
            <source>Document</source>
            <translation>Dokumentasi</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="81" />
            <source>Survey</source>
            <translation>Survei</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="83" />
            <source>supports</source>
            <translation>mendukung</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="84" />
            <source>contradicts</source>
            <translation>bertentangan</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="121" />
            <source>Text</source>
            <translation>Teks</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="121" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="121" />
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="121" />
            <source>Participant</source>
            <translation>Informan</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="122" />
            <source>Group</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="122" />
            <source>Technique</source>
            <translation>Teknik</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="122" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="122" />
            <source>Valence</source>
            <translation>Valensi</translation>
        </message>
        <message>
            <location filename="../../gui/retrieval/model.py" line="123" />
            <source>Coder</source>
            <translation>Pengode</translation>
        </message>
    </context>
    <context>
        <name>SessionWindow</name>
        <message>
            <location filename="../../gui/field/session_window.py" line="168" />
            <source>Question %1 of %2</source>
            <translation>Pertanyaan %1 dari %2</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="170" />
            <source>Ask after all</source>
            <translation>Tetap tanyakan</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="171" />
            <source>Skip</source>
            <translation>Lewati</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="232" />
            <source>Begin session</source>
            <translation>Mulai sesi</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="239" />
            <source>Skip question</source>
            <translation>Lewati pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="244" />
            <source>Move question</source>
            <translation>Pindahkan pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="251" />
            <source>Question asked on the spot</source>
            <translation>Pertanyaan tambahan di tempat</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="252" />
            <source>Question:</source>
            <translation>Pertanyaan:</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="260" />
            <source>Add question</source>
            <translation>Tambah pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="266" />
            <source>Finish session</source>
            <translation>Selesaikan sesi</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="277" />
            <source>Session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="307" />
            <source>Interview</source>
            <translation>Wawancara</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="308" />
            <source>Observation</source>
            <translation>Observasi</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="312" />
            <source>Show the whole guide</source>
            <translation>Tampilkan seluruh panduan</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="313" />
            <source>Finish and make source</source>
            <translation>Selesai dan jadikan sumber</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="314" />
            <source>Consent…</source>
            <translation>Persetujuan…</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="315" />
            <source>Setting…</source>
            <translation>Situasi…</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="316" />
            <source>Previous</source>
            <translation>Sebelumnya</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="316" />
            <source>Next</source>
            <translation>Berikutnya</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="317" />
            <source>Move up</source>
            <translation>Naikkan</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="317" />
            <source>Move down</source>
            <translation>Turunkan</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="318" />
            <source>Add question…</source>
            <translation>Tambah pertanyaan…</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="318" />
            <source>Insert time (Ctrl+T)</source>
            <translation>Sisipkan waktu (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_window.py" line="321" />
            <source>Type the answer here; it is saved as you type.</source>
            <translation>Ketik jawaban di sini; tersimpan sambil Anda mengetik.</translation>
        </message>
    </context>
    <context>
        <name>SettingPage</name>
        <message>
            <location filename="../../gui/field/session_pages.py" line="177" />
            <source>Place:</source>
            <translation>Tempat:</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="177" />
            <source>Setting:</source>
            <translation>Situasi:</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="177" />
            <source>Participants present:</source>
            <translation>Informan yang hadir:</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="178" />
            <source>Others present:</source>
            <translation>Pihak lain yang hadir:</translation>
        </message>
        <message>
            <location filename="../../gui/field/session_pages.py" line="181" />
            <source>Begin observation</source>
            <translation>Mulai observasi</translation>
        </message>
    </context>
    <context>
        <name>SourceDialog</name>
        <message>
            <location filename="../../gui/sources/dialog.py" line="114" />
            <source>Add source</source>
            <translation>Tambah sumber</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="114" />
            <source>Source properties</source>
            <translation>Properti sumber</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="122" />
            <source>&amp;Technique:</source>
            <translation>&amp;Teknik:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="122" />
            <source>T&amp;itle:</source>
            <translation>&amp;Judul:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="123" />
            <source>&amp;Place:</source>
            <translation>Te&amp;mpat:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="123" />
            <source>Inter&amp;viewer:</source>
            <translation>Pe&amp;wawancara:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="124" />
            <source>&amp;Event / setting:</source>
            <translation>&amp;Peristiwa / latar:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="124" />
            <source>O&amp;bserver:</source>
            <translation>Peng&amp;amat:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="125" />
            <source>D&amp;uration:</source>
            <translation>&amp;Durasi:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="125" />
            <source>&amp;Recording:</source>
            <translation>&amp;Rekaman:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="126" />
            <source>&amp;Author / organisation:</source>
            <translation>&amp;Penulis / organisasi:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="127" />
            <source>T&amp;ype:</source>
            <translation>Je&amp;nis:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="127" />
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="128" />
            <source>Da&amp;ta:</source>
            <translation>D&amp;ata:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="128" />
            <source>&amp;Memo:</source>
            <translation>&amp;Memo:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="131" />
            <source> min</source>
            <translation> menit</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="132" />
            <source>e.g. Interview with the head of the cooperatives office</source>
            <translation>mis. Wawancara dengan kepala dinas koperasi</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="143" />
            <source>Document &amp;date:</source>
            <translation>&amp;Tanggal dokumen:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="144" />
            <source>&amp;Date:</source>
            <translation>&amp;Tanggal:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="146" />
            <source>Participants &amp;present:</source>
            <translation>&amp;Informan yang hadir:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="147" />
            <source>Pa&amp;rticipants:</source>
            <translation>&amp;Informan:</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="204" />
            <source>Add source %1</source>
            <translation>Tambah sumber %1</translation>
        </message>
        <message>
            <location filename="../../gui/sources/dialog.py" line="209" />
            <source>Edit source %1</source>
            <translation>Ubah sumber %1</translation>
        </message>
    </context>
    <context>
        <name>SourceTreeModel</name>
        <message>
            <location filename="../../gui/sources/model.py" line="257" />
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <location filename="../../gui/sources/model.py" line="257" />
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location filename="../../gui/sources/model.py" line="257" />
            <source>Codings</source>
            <translation>Koding</translation>
        </message>
        <message>
            <location filename="../../gui/sources/model.py" line="259" />
            <source>Number of coded segments</source>
            <translation>Jumlah segmen yang dikode</translation>
        </message>
        <message>
            <location filename="../../gui/sources/model.py" line="305" />
            <source>Participants: %1</source>
            <translation>Informan: %1</translation>
        </message>
    </context>
    <context>
        <name>SourcesFeature</name>
        <message>
            <location filename="../../gui/sources/feature.py" line="49" />
            <source>&amp;Participants…</source>
            <translation>I&amp;nforman…</translation>
        </message>
        <message>
            <location filename="../../gui/sources/feature.py" line="50" />
            <source>Participants (informants) and stakeholder groups</source>
            <translation>Informan dan kelompok pemangku kepentingan</translation>
        </message>
    </context>
    <context>
        <name>SourcesPanel</name>
        <message>
            <location filename="../../gui/sources/panel.py" line="123" />
            <source>Filter sources</source>
            <translation>Saring sumber</translation>
        </message>
        <message>
            <location filename="../../gui/sources/panel.py" line="124" />
            <source>Show only sources whose title or participant code contains this text</source>
            <translation>Tampilkan hanya sumber yang judul atau kode informannya memuat teks ini</translation>
        </message>
        <message>
            <location filename="../../gui/sources/panel.py" line="126" />
            <source>By technique</source>
            <translation>Per teknik</translation>
        </message>
        <message>
            <location filename="../../gui/sources/panel.py" line="127" />
            <source>By stakeholder</source>
            <translation>Per pemangku kepentingan</translation>
        </message>
        <message>
            <location filename="../../gui/sources/panel.py" line="128" />
            <source>Group the sources</source>
            <translation>Kelompokkan sumber</translation>
        </message>
        <message>
            <location filename="../../gui/sources/panel.py" line="129" />
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <location filename="../../gui/sources/panel.py" line="132" />
            <source>Properties…</source>
            <translation>Properti…</translation>
        </message>
        <message>
            <location filename="../../gui/sources/panel.py" line="133" />
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <location filename="../../gui/sources/panel.py" line="312" />
            <source>Delete the source “%1”?</source>
            <translation>Hapus sumber “%1”?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sources/panel.py" line="314" />
            <source>Its %n coding(s) will be deleted with it.</source>
            <translation>
                <numerusform>%n koding di dalamnya ikut terhapus.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/sources/panel.py" line="315" />
            <source>You can undo this with Edit → Undo.</source>
            <translation>Tindakan ini dapat dibatalkan dengan Sunting → Urungkan.</translation>
        </message>
        <message>
            <location filename="../../gui/sources/panel.py" line="321" />
            <source>Delete source</source>
            <translation>Hapus sumber</translation>
        </message>
        <message>
            <location filename="../../gui/sources/panel.py" line="326" />
            <source>Delete source %1</source>
            <translation>Hapus sumber %1</translation>
        </message>
    </context>
    <context>
        <name>StartInterviewDialog</name>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="39" />
            <location filename="../../gui/field/start_dialogs.py" line="86" />
            <source>Start interview</source>
            <translation>Mulai wawancara</translation>
        </message>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="47" />
            <source>New participant…</source>
            <translation>Informan baru…</translation>
        </message>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="56" />
            <source>Guide:</source>
            <translation>Panduan:</translation>
        </message>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="57" />
            <source>Participant:</source>
            <translation>Informan:</translation>
        </message>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="58" />
            <source>New participant's code:</source>
            <translation>Kode informan baru:</translation>
        </message>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="59" />
            <source>New participant's group:</source>
            <translation>Kelompok informan baru:</translation>
        </message>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="60" />
            <source>Date:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="60" />
            <source>Place:</source>
            <translation>Tempat:</translation>
        </message>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="61" />
            <source>Questions in:</source>
            <translation>Bahasa pertanyaan:</translation>
        </message>
    </context>
    <context>
        <name>StartObservationDialog</name>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="93" />
            <location filename="../../gui/field/start_dialogs.py" line="114" />
            <source>Start observation</source>
            <translation>Mulai observasi</translation>
        </message>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="99" />
            <source>Date:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="99" />
            <source>Place:</source>
            <translation>Tempat:</translation>
        </message>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="100" />
            <source>Setting (event, meeting):</source>
            <translation>Situasi (acara, rapat):</translation>
        </message>
        <message>
            <location filename="../../gui/field/start_dialogs.py" line="101" />
            <source>Notes in:</source>
            <translation>Bahasa catatan:</translation>
        </message>
    </context>
    <context>
        <name>StudyPropertiesDialog</name>
        <message>
            <location filename="../../gui/project/actions.py" line="223" />
            <source>Study properties</source>
            <translation>Properti penelitian</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="244" />
            <source>&amp;Title:</source>
            <translation>&amp;Judul:</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="245" />
            <source>&amp;Research questions:</source>
            <translation>&amp;Pertanyaan penelitian:</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="246" />
            <source>&amp;Site:</source>
            <translation>&amp;Lokasi:</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="247" />
            <source>Fieldwork &amp;from:</source>
            <translation>Penelitian lapangan &amp;dari:</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="248" />
            <source>Fieldwork &amp;until:</source>
            <translation>Penelitian lapangan &amp;sampai:</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="249" />
            <source>&amp;Notes:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="250" />
            <source>Frameworks:</source>
            <translation>Kerangka teori:</translation>
        </message>
        <message>
            <location filename="../../gui/project/actions.py" line="274" />
            <source>Edit study properties</source>
            <translation>Ubah properti penelitian</translation>
        </message>
    </context>
    <context>
        <name>SummaryGridModel</name>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="87" />
            <source>Row summary</source>
            <translation>Ringkasan baris</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="92" />
            <source>Column summary</source>
            <translation>Ringkasan kolom</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/evaluation/summary.py" line="111" />
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segmen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryTab</name>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="195" />
            <source>Rows:</source>
            <translation>Baris:</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="196" />
            <source>Participants</source>
            <translation>Informan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="197" />
            <source>Stakeholder groups</source>
            <translation>Kelompok pemangku kepentingan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="198" />
            <source>Summary (saved as you type):</source>
            <translation>Ringkasan (tersimpan selagi Anda mengetik):</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="199" />
            <source>Summarise these segments in your own words…</source>
            <translation>Ringkas segmen-segmen ini dengan kata-kata Anda sendiri…</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="253" />
            <source>Select a cell to see its segments and write its summary.</source>
            <translation>Pilih sel untuk melihat segmennya dan menulis ringkasannya.</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="260" />
            <source>Column summary</source>
            <translation>Ringkasan kolom</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="262" />
            <source>Row summary</source>
            <translation>Ringkasan baris</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="281" />
            <source>Editing…</source>
            <translation>Menyunting…</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="293" />
            <location filename="../../gui/evaluation/summary.py" line="299" />
            <source>Saved</source>
            <translation>Tersimpan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/summary.py" line="297" />
            <source>Write summary</source>
            <translation>Tulis ringkasan</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/summary_tab.py" line="51" />
            <source>Group by:</source>
            <translation>Kelompokkan menurut:</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/summary_tab.py" line="58" />
            <source>Stakeholder groups of linked participants</source>
            <translation>Kelompok pemangku kepentingan dari informan yang terkait</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/summary_tab.py" line="77" />
            <source>Indicator or question</source>
            <translation>Indikator atau pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/summary_tab.py" line="77" />
            <source>Group</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/summary_tab.py" line="77" />
            <source>Mean</source>
            <translation>Rerata</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/summary_tab.py" line="78" />
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/summary_tab.py" line="79" />
            <source>% agree</source>
            <translation>% setuju</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/summary_tab.py" line="79" />
            <source>% disagree</source>
            <translation>% tidak setuju</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/summary_tab.py" line="85" />
            <source>Question: %1</source>
            <translation>Pertanyaan: %1</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/summary_tab.py" line="88" />
            <source>All respondents</source>
            <translation>Semua responden</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/summary_tab.py" line="91" />
            <source>No group</source>
            <translation>Tanpa kelompok</translation>
        </message>
    </context>
    <context>
        <name>SurveyActions</name>
        <message>
            <location filename="../../gui/surveys/actions.py" line="55" />
            <source>&amp;Import questionnaire (XLSForm)…</source>
            <translation>&amp;Impor kuesioner (XLSForm)…</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="56" />
            <source>Import &amp;responses (Kobo/ODK)…</source>
            <translation>Impor &amp;jawaban (Kobo/ODK)…</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="57" />
            <source>E&amp;xport questionnaire (XLSForm)…</source>
            <translation>Ekspor k&amp;uesioner (XLSForm)…</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="58" />
            <source>Export responses (&amp;Excel)…</source>
            <translation>Ekspor jawaban (E&amp;xcel)…</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="59" />
            <source>Export responses with la&amp;bels (Excel)…</source>
            <translation>Ekspor jawaban dengan &amp;label (Excel)…</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="60" />
            <source>New &amp;draft from indicators…</source>
            <translation>&amp;Draf baru dari indikator…</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="61" />
            <source>Make open answers &amp;codable</source>
            <translation>Jadikan jawaban terbuka &amp;siap dikode</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="62" />
            <source>De&amp;lete questionnaire</source>
            <translation>&amp;Hapus kuesioner</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="74" />
            <location filename="../../gui/surveys/actions.py" line="78" />
            <source>Questionnaire</source>
            <translation>Kuesioner</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="94" />
            <location filename="../../gui/surveys/actions.py" line="99" />
            <source>Import questionnaire</source>
            <translation>Impor kuesioner</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="95" />
            <source>XLSForm workbooks (*.xlsx);;All files (*)</source>
            <translation>Buku kerja XLSForm (*.xlsx);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="111" />
            <source>Import responses</source>
            <translation>Impor jawaban</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="112" />
            <source>Kobo/ODK exports (*.xlsx *.csv);;All files (*)</source>
            <translation>Ekspor Kobo/ODK (*.xlsx *.csv);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="131" />
            <source>Problems in the responses</source>
            <translation>Masalah pada jawaban</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="132" />
            <source>%1 has %2 problem(s) in %3 of %4 row(s). Import only the %5 valid row(s)?</source>
            <translation>%1 memuat %2 masalah pada %3 dari %4 baris. Impor hanya %5 baris yang sah?</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="140" />
            <source>Import valid rows</source>
            <translation>Impor baris yang sah</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="151" />
            <source>Imported %1 response(s).</source>
            <translation>%1 jawaban diimpor.</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="154" />
            <source>Export questionnaire</source>
            <translation>Ekspor kuesioner</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="161" />
            <source>Export responses</source>
            <translation>Ekspor jawaban</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="180" />
            <source>Wrote %1.</source>
            <translation>%1 telah ditulis.</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="193" />
            <source>New draft questionnaire</source>
            <translation>Draf kuesioner baru</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="206" />
            <source>Make open answers codable</source>
            <translation>Jadikan jawaban terbuka siap dikode</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="211" />
            <source>%1 survey source(s) hold the open answers; code them like any source.</source>
            <translation>%1 sumber survei memuat jawaban terbuka; kodekan seperti sumber lain.</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/actions.py" line="219" />
            <source>Delete questionnaire</source>
            <translation>Hapus kuesioner</translation>
        </message>
    </context>
    <context>
        <name>SurveyPanel</name>
        <message>
            <location filename="../../gui/surveys/panel.py" line="56" />
            <source>Questionnaire:</source>
            <translation>Kuesioner:</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/panel.py" line="57" />
            <source>Questions</source>
            <translation>Pertanyaan</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/panel.py" line="57" />
            <source>Responses</source>
            <translation>Jawaban</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/panel.py" line="58" />
            <source>Likert summary</source>
            <translation>Ringkasan Likert</translation>
        </message>
    </context>
    <context>
        <name>SurveysFeature</name>
        <message>
            <location filename="../../gui/surveys/feature.py" line="52" />
            <source>&amp;Survey</source>
            <translation>&amp;Survei</translation>
        </message>
        <message>
            <location filename="../../gui/surveys/feature.py" line="53" />
            <source>Show &amp;questionnaires</source>
            <translation>Tampilkan &amp;kuesioner</translation>
        </message>
    </context>
    <context>
        <name>TeamFeature</name>
        <message>
            <location filename="../../gui/team/feature.py" line="68" />
            <source>Prepare cop&amp;y for a coder…</source>
            <translation>Siapkan &amp;salinan untuk pengode…</translation>
        </message>
        <message>
            <location filename="../../gui/team/feature.py" line="70" />
            <source>Save a copy of chosen sources and the codebook for a research assistant</source>
            <translation>Simpan salinan sumber terpilih beserta buku kode untuk asisten peneliti</translation>
        </message>
        <message>
            <location filename="../../gui/team/feature.py" line="71" />
            <source>Mer&amp;ge coder's copy…</source>
            <translation>&amp;Gabungkan salinan pengode…</translation>
        </message>
        <message>
            <location filename="../../gui/team/feature.py" line="73" />
            <source>Bring coders' copies (Telaah or REFI-QDA) back into this project</source>
            <translation>Masukkan kembali salinan para pengode (Telaah atau REFI-QDA) ke proyek ini</translation>
        </message>
        <message>
            <location filename="../../gui/team/feature.py" line="74" />
            <source>&amp;Disagreements between coders</source>
            <translation>Ketidaksepakatan antar&amp;pengode</translation>
        </message>
        <message>
            <location filename="../../gui/team/feature.py" line="114" />
            <source>Prepare copy for %1</source>
            <translation>Siapkan salinan untuk %1</translation>
        </message>
        <message>
            <location filename="../../gui/team/feature.py" line="121" />
            <source>Prepare copy for a coder</source>
            <translation>Siapkan salinan untuk pengode</translation>
        </message>
        <message>
            <location filename="../../gui/team/feature.py" line="124" />
            <source>Saved a copy for %1: %2</source>
            <translation>Salinan untuk %1 tersimpan: %2</translation>
        </message>
        <message>
            <location filename="../../gui/team/feature.py" line="131" />
            <location filename="../../gui/team/feature.py" line="148" />
            <location filename="../../gui/team/feature.py" line="162" />
            <source>Merge coder's copy</source>
            <translation>Gabungkan salinan pengode</translation>
        </message>
        <message>
            <location filename="../../gui/team/feature.py" line="132" />
            <source>Coders' copies (*.telaah *.qdpx);;All files (*)</source>
            <translation>Salinan pengode (*.telaah *.qdpx);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../gui/team/feature.py" line="159" />
            <source>Merge coders' copies</source>
            <translation>Gabungkan salinan para pengode</translation>
        </message>
    </context>
    <context>
        <name>TextPanel</name>
        <message>
            <location filename="../../gui/text/panel.py" line="176" />
            <source>Quick Code…</source>
            <translation>Kode cepat…</translation>
        </message>
        <message>
            <location filename="../../gui/text/panel.py" line="177" />
            <source>Code the selection: type a code (Ctrl+K)</source>
            <translation>Kode pilihan: ketik kode (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../gui/text/panel.py" line="179" />
            <source>Valence: contradicts</source>
            <translation>Valensi: bertentangan</translation>
        </message>
        <message>
            <location filename="../../gui/text/panel.py" line="180" />
            <source>Valence: supports</source>
            <translation>Valensi: mendukung</translation>
        </message>
        <message>
            <location filename="../../gui/text/panel.py" line="182" />
            <source>Valence of new codings: click to switch between supports and contradicts (Ctrl+Alt+V)</source>
            <translation>Valensi koding baru: klik untuk beralih antara mendukung dan bertentangan (Ctrl+Alt+V)</translation>
        </message>
        <message>
            <location filename="../../gui/text/panel.py" line="184" />
            <source>Insert Timestamp</source>
            <translation>Sisipkan cap waktu</translation>
        </message>
        <message>
            <location filename="../../gui/text/panel.py" line="186" />
            <source>This text has Windows or old Mac line breaks, which this view cannot keep exact; it is shown read-only. Import it again to code or edit it.</source>
            <translation>Teks ini memakai pemisah baris Windows atau Mac lama yang tidak dapat dipertahankan persis oleh tampilan ini, sehingga hanya dapat dibaca. Impor ulang untuk mengode atau menyuntingnya.</translation>
        </message>
        <message>
            <location filename="../../gui/text/panel.py" line="190" />
            <source>Type or paste the text here.</source>
            <translation>Ketik atau tempel teks di sini.</translation>
        </message>
        <message>
            <location filename="../../gui/text/panel.py" line="191" />
            <source>Choose a source to read and code it.</source>
            <translation>Pilih sumber untuk dibaca dan dikode.</translation>
        </message>
        <message>
            <location filename="../../gui/text/panel.py" line="277" />
            <source>This text is shown read-only and cannot be coded.</source>
            <translation>Teks ini hanya dapat dibaca dan tidak dapat dikode.</translation>
        </message>
        <message>
            <location filename="../../gui/text/panel.py" line="283" />
            <source>Select some text first, then apply a code.</source>
            <translation>Pilih teks dahulu, lalu terapkan kode.</translation>
        </message>
        <message>
            <location filename="../../gui/text/panel.py" line="308" />
            <source>The edit could not be stored: %1</source>
            <translation>Perubahan tidak dapat disimpan: %1</translation>
        </message>
        <message>
            <location filename="../../gui/text/panel.py" line="352" />
            <source>The text is read-only: switch on Edit Text (Ctrl+E) to change it.</source>
            <translation>Teks ini hanya untuk dibaca: nyalakan Sunting Teks (Ctrl+E) untuk mengubahnya.</translation>
        </message>
        <message>
            <location filename="../../gui/text/presentation.py" line="42" />
            <source>%n codings</source>
            <translation>%n koding</translation>
        </message>
        <message>
            <location filename="../../gui/text/editing.py" line="205" />
            <source>Edit text</source>
            <translation>Sunting teks</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Wawancara</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observasi</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokumentasi</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Survei</translation>
        </message>
        <message>
            <source>contradicts</source>
            <translation>bertentangan</translation>
        </message>
        <message>
            <source>supports</source>
            <translation>mendukung</translation>
        </message>
        <message>
            <source>1 coding</source>
            <translation>1 koding</translation>
        </message>
        <message>
            <source>key quote</source>
            <translation>kutipan kunci</translation>
        </message>
        <message>
            <source>No source shown</source>
            <translation>Tidak ada sumber yang ditampilkan</translation>
        </message>
    </context>
    <context>
        <name>TieDialog</name>
        <message>
            <location filename="../../gui/network/dialogs.py" line="42" />
            <source>Mark tie</source>
            <translation>Tandai relasi</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="51" />
            <source>The tie has a &amp;direction (from → to)</source>
            <translation>Relasi ini ber&amp;arah (dari → ke)</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="57" />
            <source>&amp;From:</source>
            <translation>&amp;Dari:</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="57" />
            <source>&amp;To:</source>
            <translation>&amp;Ke:</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="58" />
            <source>T&amp;ype:</source>
            <translation>Je&amp;nis:</translation>
        </message>
        <message>
            <location filename="../../gui/network/dialogs.py" line="74" />
            <source>Choose two different actors.</source>
            <translation>Pilih dua aktor yang berbeda.</translation>
        </message>
    </context>
    <context>
        <name>TranscriptionFeature</name>
        <message>
            <location filename="../../gui/transcription/feature.py" line="61" />
            <source>&amp;Transcription</source>
            <translation>T&amp;ranskripsi</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/feature.py" line="62" />
            <source>Import Recording as Interview…</source>
            <translation>Impor Rekaman sebagai Wawancara…</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/feature.py" line="77" />
            <source>Choose a recording</source>
            <translation>Pilih rekaman</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/feature.py" line="78" />
            <source>Recordings (%1);;All files (*)</source>
            <translation>Rekaman (%1);;Semua berkas (*)</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/feature.py" line="91" />
            <source>Attach recording</source>
            <translation>Lampirkan rekaman</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/feature.py" line="99" />
            <source>Import recording</source>
            <translation>Impor rekaman</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/feature.py" line="109" />
            <source>Recording</source>
            <translation>Rekaman</translation>
        </message>
    </context>
    <context>
        <name>TranscriptionPanel</name>
        <message>
            <location filename="../../gui/transcription/panel.py" line="144" />
            <source>Pause</source>
            <translation>Jeda</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/panel.py" line="144" />
            <source>Play</source>
            <translation>Putar</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/panel.py" line="145" />
            <source>Back</source>
            <translation>Mundur</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/panel.py" line="145" />
            <source>Forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/panel.py" line="146" />
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/panel.py" line="147" />
            <source>Interviewer (I:)</source>
            <translation>Pewawancara (I:)</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/panel.py" line="148" />
            <source>Participant</source>
            <translation>Informan</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/panel.py" line="149" />
            <source>Play Segment</source>
            <translation>Putar Segmen</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/panel.py" line="150" />
            <source>Attach Recording…</source>
            <translation>Lampirkan Rekaman…</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/panel.py" line="151" />
            <source>Keys…</source>
            <translation>Tombol…</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/panel.py" line="156" />
            <source>Playback speed (the voice keeps its pitch)</source>
            <translation>Kecepatan putar (tinggi nada suara tetap)</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/panel.py" line="217" />
            <source>No recording: attach one to transcribe.</source>
            <translation>Belum ada rekaman: lampirkan rekaman untuk mulai mentranskripsi.</translation>
        </message>
    </context>
    <context>
        <name>TranscriptionSettingsDialog</name>
        <message>
            <location filename="../../gui/transcription/settings.py" line="56" />
            <source>Transcription Settings</source>
            <translation>Pengaturan Transkripsi</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/settings.py" line="63" />
            <source>Play/pause:</source>
            <translation>Putar/jeda:</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/settings.py" line="63" />
            <source>Skip back:</source>
            <translation>Lompat mundur:</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/settings.py" line="64" />
            <source>Skip forward:</source>
            <translation>Lompat maju:</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/settings.py" line="65" />
            <source>Insert time:</source>
            <translation>Sisipkan waktu:</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/settings.py" line="66" />
            <source>Interviewer label (I:):</source>
            <translation>Label pewawancara (I:):</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/settings.py" line="67" />
            <source>Participant label:</source>
            <translation>Label informan:</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/settings.py" line="71" />
            <source>Rewind on resume (seconds):</source>
            <translation>Mundur saat lanjut memutar (detik):</translation>
        </message>
        <message>
            <location filename="../../gui/transcription/settings.py" line="72" />
            <source>Skip (seconds):</source>
            <translation>Lompat (detik):</translation>
        </message>
    </context>
    <context>
        <name>TriangulationModel</name>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="82" />
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="82" />
            <source>Segments (+/−)</source>
            <translation>Segmen (+/−)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="82" />
            <source>Techniques</source>
            <translation>Teknik</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="83" />
            <source>Groups</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="83" />
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="83" />
            <source>Flags</source>
            <translation>Tanda</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="84" />
            <source>Triangulated</source>
            <translation>Tertriangulasi</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="84" />
            <source>By kind</source>
            <translation>Per jenis</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="129" />
            <source>%1 of %2</source>
            <translation>%1 dari %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/evaluation/triangulation.py" line="134" />
            <source>%n date(s)</source>
            <translation>
                <numerusform>%n tanggal</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="143" />
            <source>no evidence</source>
            <translation>tanpa bukti</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="144" />
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="144" />
            <source>no</source>
            <translation>tidak</translation>
        </message>
    </context>
    <context>
        <name>TriangulationTab</name>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="233" />
            <source>Rule…</source>
            <translation>Aturan…</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="234" />
            <source>Technique</source>
            <translation>Teknik</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="234" />
            <source>Stakeholder group</source>
            <translation>Kelompok pemangku kepentingan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="234" />
            <source>Source date</source>
            <translation>Tanggal sumber</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="236" />
            <source>What it showed</source>
            <translation>Temuan</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="246" />
            <source>Triangulated: at least %1 technique(s), %2 stakeholder group(s) and %3 source date(s).</source>
            <translation>Tertriangulasi: sekurang-kurangnya %1 teknik, %2 kelompok pemangku kepentingan dan %3 tanggal sumber.</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="293" />
            <source>(no participant)</source>
            <translation>(tanpa informan)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="294" />
            <source>(undated)</source>
            <translation>(tanpa tanggal)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/triangulation.py" line="333" />
            <source>Change triangulation rule</source>
            <translation>Ubah aturan triangulasi</translation>
        </message>
    </context>
    <context>
        <name>VerdictDelegate</name>
        <message>
            <location filename="../../gui/evaluation/board.py" line="224" />
            <source>— not judged —</source>
            <translation>— belum dinilai —</translation>
        </message>
    </context>
    <context>
        <name>VerdictOptionDialog</name>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="101" />
            <source>New verdict option</source>
            <translation>Pilihan penilaian baru</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="102" />
            <source>Label (Indonesian):</source>
            <translation>Label (Indonesia):</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/dialogs.py" line="103" />
            <source>Label (English):</source>
            <translation>Label (Inggris):</translation>
        </message>
    </context>
    <context>
        <name>VerdictOptionsDialog</name>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="72" />
            <source>Verdict options</source>
            <translation>Pilihan penilaian</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="73" />
            <source>Indonesian</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="73" />
            <source>English</source>
            <translation>Bahasa Inggris</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="74" />
            <source>Indicators</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="75" />
            <source>&amp;Add…</source>
            <translation>&amp;Tambah…</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="75" />
            <source>Move &amp;up</source>
            <translation>Naikkan (&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="76" />
            <source>Move &amp;down</source>
            <translation>Turunkan (&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="76" />
            <source>&amp;Remove</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/evaluation/verdict_options.py" line="119" />
            <source>%n indicator(s) carry this verdict; give them another verdict first.</source>
            <translation>
                <numerusform>%n indikator memakai penilaian ini; beri indikator itu penilaian lain dahulu.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="133" />
            <source>A verdict option needs a label in both languages.</source>
            <translation>Pilihan penilaian perlu label dalam kedua bahasa.</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="137" />
            <source>Rename verdict option</source>
            <translation>Ubah nama pilihan penilaian</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="143" />
            <source>Move verdict option</source>
            <translation>Pindahkan pilihan penilaian</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="150" />
            <source>Remove verdict option</source>
            <translation>Hapus pilihan penilaian</translation>
        </message>
        <message>
            <location filename="../../gui/evaluation/verdict_options.py" line="160" />
            <source>Add verdict option</source>
            <translation>Tambah pilihan penilaian</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>No sources yet. Import interview, observation or document files with File → Import sources…, or drop them on this window.</source>
            <translation>Belum ada sumber. Impor berkas wawancara, observasi atau dokumen lewat Berkas → Impor sumber…, atau seret berkasnya ke jendela ini.</translation>
        </message>
        <message>
            <source>No codes yet. Add one with Code → Add code…, or start a project with a governance framework.</source>
            <translation>Belum ada kode. Tambahkan lewat Kode → Tambah kode…, atau mulai proyek dengan kerangka teori tata kelola.</translation>
        </message>
        <message>
            <source>No memos yet. Write one with Edit → New memo on the study, on the current source or on the selected code.</source>
            <translation>Belum ada memo. Tulis memo lewat Sunting → Memo baru tentang penelitian, tentang sumber yang terbuka, atau tentang kode yang dipilih.</translation>
        </message>
        <message>
            <source>Nothing to show. Type a word or phrase above to search all sources.</source>
            <translation>Belum ada hasil. Ketik kata atau frasa di atas untuk mencari di semua sumber.</translation>
        </message>
        <message>
            <source>No segments to show. Select a code in the Codebook: the text coded with it is listed here.</source>
            <translation>Belum ada segmen. Pilih kode di Buku kode: teks yang dikoding dengannya tercantum di sini.</translation>
        </message>
        <message>
            <source>No indicators. The study has no framework codes; add codes or start a project with a framework.</source>
            <translation>Belum ada indikator. Penelitian ini tidak memakai kerangka teori; tambahkan kode atau mulai proyek dengan kerangka teori.</translation>
        </message>
        <message>
            <source>Nothing to triangulate yet. Code text from sources of different techniques, groups and dates.</source>
            <translation>Belum ada yang dapat ditriangulasi. Koding teks dari sumber dengan teknik, kelompok dan tanggal yang berbeda.</translation>
        </message>
        <message>
            <source>The matrix is empty. Code text in sources that name their participants and stakeholder groups.</source>
            <translation>Matriks masih kosong. Koding teks pada sumber yang mencantumkan informan dan kelompok pemangku kepentingannya.</translation>
        </message>
        <message>
            <source>No co-occurrences yet. They appear when two codes are applied to overlapping text.</source>
            <translation>Belum ada kemunculan bersama. Kemunculan bersama tampil bila dua kode dipasang pada teks yang saling bertumpang.</translation>
        </message>
        <message>
            <source>The summary grid is empty. Code text in sources to fill it.</source>
            <translation>Kisi ringkasan masih kosong. Koding teks dalam sumber untuk mengisinya.</translation>
        </message>
        <message>
            <source>Select a cell to see the segments behind it.</source>
            <translation>Pilih sel untuk melihat segmen di baliknya.</translation>
        </message>
        <message>
            <source>No text is coded with this indicator yet. Select an indicator, or code text with it.</source>
            <translation>Belum ada teks yang dikoding dengan indikator ini. Pilih indikator, atau koding teks dengannya.</translation>
        </message>
        <message>
            <source>No key quotes yet. Choose some from the segments of this indicator (Segments tab).</source>
            <translation>Belum ada kutipan kunci. Pilih dari segmen indikator ini (tab Segmen).</translation>
        </message>
        <message>
            <source>No verdict yet. Choose one on the indicator board.</source>
            <translation>Belum ada penilaian. Pilih penilaian di papan indikator.</translation>
        </message>
        <message>
            <source>Select an indicator to see its evidence by technique.</source>
            <translation>Pilih indikator untuk melihat buktinya menurut teknik.</translation>
        </message>
        <message>
            <source>Select an indicator to see its evidence by stakeholder group.</source>
            <translation>Pilih indikator untuk melihat buktinya menurut kelompok pemangku kepentingan.</translation>
        </message>
        <message>
            <source>Select an indicator to see its evidence over time.</source>
            <translation>Pilih indikator untuk melihat buktinya dari waktu ke waktu.</translation>
        </message>
        <message>
            <source>No questions yet. Create a guide with New… or add a question.</source>
            <translation>Belum ada pertanyaan. Buat panduan lewat Baru… atau tambahkan pertanyaan.</translation>
        </message>
        <message>
            <source>No coverage to show. Add questions linked to indicators.</source>
            <translation>Belum ada cakupan. Tambahkan pertanyaan yang terkait dengan indikator.</translation>
        </message>
        <message>
            <source>No actors yet. Add them with Actors…</source>
            <translation>Belum ada aktor. Tambahkan lewat Aktor…</translation>
        </message>
        <message>
            <source>Select a tie on the map to see the text it was marked in.</source>
            <translation>Pilih hubungan di peta untuk melihat teks tempat hubungan itu ditandai.</translation>
        </message>
        <message>
            <source>No questions. Import a questionnaire with Analysis → Survey → Import questionnaire (XLSForm)…, draft one from indicators, or add a question.</source>
            <translation>Belum ada pertanyaan. Impor kuesioner lewat Analisis → Survei → Impor kuesioner (XLSForm)…, buat draf dari indikator, atau tambah pertanyaan.</translation>
        </message>
        <message>
            <source>No responses yet. Enter one with New response, or import them with Analysis → Survey → Import responses (Kobo/ODK)…</source>
            <translation>Belum ada jawaban. Isi satu lewat Jawaban baru, atau impor lewat Analisis → Survei → Impor jawaban (Kobo/ODK)…</translation>
        </message>
        <message>
            <source>No Likert evidence yet. It appears when responses answer scale questions linked to indicators.</source>
            <translation>Belum ada bukti Likert. Bukti muncul bila ada jawaban atas pertanyaan skala yang terkait dengan indikator.</translation>
        </message>
        <message>
            <source>No coders to compare yet. Bring assistants' work in with File → Merge coder's copy…</source>
            <translation>Belum ada pengode untuk dibandingkan. Masukkan hasil kerja asisten lewat Berkas → Gabungkan salinan pengode…</translation>
        </message>
        <message>
            <source>No disagreements. They appear when two chosen coders coded the same text differently.</source>
            <translation>Tidak ada perbedaan. Perbedaan muncul bila dua pengode yang dipilih mengode teks yang sama secara berbeda.</translation>
        </message>
    </context>
    <context>
        <name>Evaluation</name>
        <message>
            <source>Interview</source>
            <translation>Wawancara</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observasi</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokumentasi</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Survei</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Technique</source>
            <translation>Teknik</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Investigator</source>
            <translation>Peneliti</translation>
        </message>
        <message>
            <source>Indicators (sub-indicators rolled up)</source>
            <translation>Indikator (subindikator digabung)</translation>
        </message>
        <message>
            <source>Dimensions (everything below rolled up)</source>
            <translation>Dimensi (semua di bawahnya digabung)</translation>
        </message>
        <message>
            <source>All levels (each code with its sub-codes)</source>
            <translation>Semua tingkat (setiap kode dengan subkodenya)</translation>
        </message>
        <message>
            <source>All levels (own coding only)</source>
            <translation>Semua tingkat (koding sendiri saja)</translation>
        </message>
        <message>
            <source>one technique</source>
            <translation>satu teknik</translation>
        </message>
        <message>
            <source>one group</source>
            <translation>satu kelompok</translation>
        </message>
        <message>
            <source>one time</source>
            <translation>satu waktu</translation>
        </message>
        <message>
            <source>contradicted</source>
            <translation>dibantah</translation>
        </message>
        <message>
            <source>All evidence comes from one data collection technique.</source>
            <translation>Semua bukti berasal dari satu teknik pengumpulan data.</translation>
        </message>
        <message>
            <source>The evidence comes from fewer than two stakeholder groups.</source>
            <translation>Bukti berasal dari kurang dari dua kelompok pemangku kepentingan.</translation>
        </message>
        <message>
            <source>The evidence comes from fewer than two source dates.</source>
            <translation>Bukti berasal dari kurang dari dua tanggal sumber.</translation>
        </message>
        <message>
            <source>At least one segment contradicts this indicator.</source>
            <translation>Setidaknya satu segmen bertentangan dengan indikator ini.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more segment(s)</source>
            <translation>
                <numerusform>… dan %n segmen lagi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MacroStep</name>
    </context>
    <context>
        <name>ChangeCommand</name>
    </context>
    <context>
        <name>ProjectBridge</name>
    </context>
    <context>
        <name>CodebookFeature</name>
    </context>
    <context>
        <name>_Node</name>
    </context>
    <context>
        <name>EmptyHint</name>
    </context>
    <context>
        <name>VerdictEditor</name>
    </context>
    <context>
        <name>Page</name>
    </context>
    <context>
        <name>SegmentList</name>
    </context>
    <context>
        <name>_Dialog</name>
    </context>
    <context>
        <name>Heading</name>
    </context>
    <context>
        <name>FlagDelegate</name>
    </context>
    <context>
        <name>SummaryDialog</name>
    </context>
    <context>
        <name>_LanguageWatcher</name>
    </context>
    <context>
        <name>ImageCanvas</name>
    </context>
    <context>
        <name>ImagesFeature</name>
    </context>
    <context>
        <name>_Signals</name>
    </context>
    <context>
        <name>Job</name>
    </context>
    <context>
        <name>MemosFeature</name>
    </context>
    <context>
        <name>MemoFilterProxy</name>
    </context>
    <context>
        <name>ActorNode</name>
    </context>
    <context>
        <name>TieEdge</name>
    </context>
    <context>
        <name>EdgeLayer</name>
    </context>
    <context>
        <name>NetworkScene</name>
    </context>
    <context>
        <name>NetworkMap</name>
    </context>
    <context>
        <name>OffsetMap</name>
    </context>
    <context>
        <name>PreferenceSignals</name>
    </context>
    <context>
        <name>PreferencesFeature</name>
    </context>
    <context>
        <name>ProjectGuard</name>
    </context>
    <context>
        <name>RetrievalFeature</name>
    </context>
    <context>
        <name>SegmentFilterProxy</name>
    </context>
    <context>
        <name>ContextDelegate</name>
    </context>
    <context>
        <name>Selection</name>
    </context>
    <context>
        <name>_Group</name>
    </context>
    <context>
        <name>CheckList</name>
    </context>
    <context>
        <name>_Row</name>
    </context>
    <context>
        <name>CoderStripes</name>
    </context>
    <context>
        <name>StripedText</name>
    </context>
    <context>
        <name>EditSync</name>
    </context>
    <context>
        <name>TextFeature</name>
    </context>
    <context>
        <name>CodingHighlighter</name>
    </context>
    <context>
        <name>IntervalIndex</name>
    </context>
    <context>
        <name>LiveOffsetMap</name>
    </context>
    <context>
        <name>PendingEdit</name>
    </context>
    <context>
        <name>CodingMargin</name>
    </context>
    <context>
        <name>SegmentLayer</name>
    </context>
    <context>
        <name>SourceLoading</name>
    </context>
    <context>
        <name>TextState</name>
    </context>
    <context>
        <name>TextHost</name>
    </context>
    <context>
        <name>TextView</name>
    </context>
    <context>
        <name>_Peaks</name>
    </context>
    <context>
        <name>TranscriptionPlayer</name>
    </context>
    <context>
        <name>TranscriptionSettings</name>
    </context>
    <context>
        <name>WaveformStrip</name>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Simpan semua</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;semua</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>T&amp;idak untuk semua</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Coba lagi</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atur ulang</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Kembalikan bawaan</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih semua</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Salin &amp;lokasi tautan</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Tempel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih semua</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Lihat di:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nama berkas:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Jenis berkas:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Pilih</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ganti nama</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Folder baru</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Tampilkan berkas &amp;tersembunyi</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folder induk</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Buat folder baru</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Buat folder baru</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Tampilan daftar</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Tampilan rinci</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Beralih ke tampilan rinci</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Beralih ke tampilan daftar</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ke folder induk</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Daftar tempat dan penanda</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Tampilkan </translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bilah samping</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Folder baru</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Simpan sebagai</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Pilih folder</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Tempat terakhir</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 sudah ada.
Ganti berkas itu?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Yakin ingin menghapus '%1'?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Folder tidak dapat dihapus.</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' dilindungi dari penulisan.
Tetap hapus?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Berkas tidak ditemukan.
Periksa kembali nama berkasnya.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Folder tidak ditemukan.
Periksa kembali nama foldernya.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>Komputer</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Tanggal diubah</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Jenis</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Diska</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Folder</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Berkas %1</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Tidak diketahui</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Folder berkas</translation>
        </message>
    </context>
    <context>
        <name>CoreMessages</name>
        <message>
            <source>{path} already exists; choose another file name.</source>
            <translation>{path} sudah ada; pilih nama berkas lain.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Folder {folder} tidak ada.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} tidak ada.</translation>
        </message>
        <message>
            <source>{name} was written by a newer Telaah; update Telaah to open it.</source>
            <translation>{name} dibuat dengan Telaah yang lebih baru; perbarui Telaah untuk membukanya.</translation>
        </message>
        <message>
            <source>{path} is not a Telaah project ({detail}).</source>
            <translation>{path} bukan proyek Telaah ({detail}).</translation>
        </message>
        <message>
            <source>{name} is open read-only.</source>
            <translation>{name} terbuka hanya-baca.</translation>
        </message>
        <message>
            <source>{name} is already open in another Telaah process (its lock file {lock} does not say which). Close it there first.</source>
            <translation>{name} sedang dibuka di proses Telaah lain (berkas kuncinya {lock} tidak menyebut proses mana). Tutup dulu di sana.</translation>
        </message>
        <message>
            <source>{name} was opened on another computer ({host}, since {since}) and its lock file {lock} is still there. If Telaah is no longer running there, take the lock over (command line: --force-unlock).</source>
            <translation>{name} dibuka di komputer lain ({host}, sejak {since}) dan berkas kuncinya {lock} masih ada. Jika Telaah tidak lagi berjalan di sana, ambil alih kuncinya (baris perintah: --force-unlock).</translation>
        </message>
        <message>
            <source>Could not lock {path}: its lock file {lock} keeps changing.</source>
            <translation>{path} tidak dapat dikunci: berkas kuncinya {lock} terus berubah.</translation>
        </message>
        <message>
            <source>Could not write the lock file {lock} ({detail}); nothing was changed.</source>
            <translation>Berkas kunci {lock} tidak dapat ditulis ({detail}); tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>{name} cannot be changed: its folder {folder} is read-only ({detail}). It can only be read; copy it to a writable folder to work on it.</source>
            <translation>{name} tidak dapat diubah: foldernya {folder} hanya-baca ({detail}). Proyek ini hanya dapat dibaca; salin ke folder yang dapat ditulisi untuk mengerjakannya.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a Telaah project file.</source>
            <translation>{path} adalah folder, bukan berkas proyek Telaah.</translation>
        </message>
        <message>
            <source>{path} is not a regular file, so it is not a Telaah project.</source>
            <translation>{path} bukan berkas biasa, jadi bukan proyek Telaah.</translation>
        </message>
        <message>
            <source>{path} is empty (0 bytes), so it is not a Telaah project.</source>
            <translation>{path} kosong (0 bita), jadi bukan proyek Telaah.</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}). The newest good backup is {backup}; restore it with: python main.py restore {path} {backup}</source>
            <translation>{path} rusak ({detail}). Cadangan baik yang terbaru adalah {backup}; pulihkan dengan: python main.py restore {path} {backup}</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}), and no good backup of it was found in {backups}.</source>
            <translation>{path} rusak ({detail}), dan tidak ada cadangan baik di {backups}.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full; the last step was not saved and the project is unchanged. Free some space and try again.</source>
            <translation>Disk tempat {path} penuh; langkah terakhir tidak tersimpan dan proyek tidak berubah. Kosongkan sebagian ruang lalu coba lagi.</translation>
        </message>
        <message>
            <source>{path} cannot be written ({detail}); the last step was not saved and the project is unchanged.</source>
            <translation>{path} tidak dapat ditulis ({detail}); langkah terakhir tidak tersimpan dan proyek tidak berubah.</translation>
        </message>
        <message>
            <source>Could not make a backup of {name} in {folder} before changing it ({detail}); nothing was changed.</source>
            <translation>Cadangan {name} di {folder} tidak dapat dibuat sebelum mengubahnya ({detail}); tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>There is no backup {backup} (nor in {backups}).</source>
            <translation>Tidak ada cadangan {backup} (juga tidak di {backups}).</translation>
        </message>
        <message>
            <source>{backup} is the project itself, not one of its backups.</source>
            <translation>{backup} adalah proyek itu sendiri, bukan salah satu cadangannya.</translation>
        </message>
        <message>
            <source>{backup} is not a good backup ({detail}); nothing was restored.</source>
            <translation>{backup} bukan cadangan yang baik ({detail}); tidak ada yang dipulihkan.</translation>
        </message>
        <message>
            <source>Name the coder the copy is for (--coder NAME).</source>
            <translation>Sebutkan pengode penerima salinan (--coder NAMA).</translation>
        </message>
        <message>
            <source>{path} is the project itself; choose another file for the copy.</source>
            <translation>{path} adalah proyek itu sendiri; pilih berkas lain untuk salinannya.</translation>
        </message>
        <message>
            <source>There is no source with id {ids}; nothing was handed out.</source>
            <translation>Tidak ada sumber dengan id {ids}; tidak ada salinan yang dibuat.</translation>
        </message>
        <message>
            <source>{path} is the project itself; merge a coder's copy into it.</source>
            <translation>{path} adalah proyek itu sendiri; gabungkan salinan pengode ke dalamnya.</translation>
        </message>
        <message>
            <source>{path}: cannot be merged ({detail}); nothing was merged.</source>
            <translation>{path}: tidak dapat digabungkan ({detail}); tidak ada yang digabungkan.</translation>
        </message>
        <message>
            <source>{path}: shares no study or source with this project (a copy of another study?); nothing was merged.</source>
            <translation>{path}: tidak berbagi studi atau sumber dengan proyek ini (salinan studi lain?); tidak ada yang digabungkan.</translation>
        </message>
        <message>
            <source>{first} and {second} are both copies from {coder}; merge one of them at a time. Nothing was merged.</source>
            <translation>{first} dan {second} sama-sama salinan dari {coder}; gabungkan satu per satu. Tidak ada yang digabungkan.</translation>
        </message>
        <message>
            <source>{count} conflict(s) need a choice (ours or theirs) before merging: {ids}. Nothing was merged.</source>
            <translation>{count} konflik perlu dipilih (ours atau theirs) sebelum digabungkan: {ids}. Tidak ada yang digabungkan.</translation>
        </message>
        <message>
            <source>'{value}' is not a choice for a conflict; use ID=ours or ID=theirs.</source>
            <translation>'{value}' bukan pilihan untuk konflik; gunakan ID=ours atau ID=theirs.</translation>
        </message>
        <message>
            <source>No coder is set: say who is coding (--coder NAME or TELAAH_CODER on the command line, the coder name in the app).</source>
            <translation>Pengode belum ditentukan: sebutkan siapa yang mengode (--coder NAMA atau TELAAH_CODER di baris perintah, nama pengode di aplikasi).</translation>
        </message>
        <message>
            <source>{name} is already open in another Telaah process (host {host}, pid {pid}, since {since}). Close it there first.</source>
            <translation>{name} sedang dibuka di proses Telaah lain (host {host}, pid {pid}, sejak {since}). Tutup dulu di sana.</translation>
        </message>
        <message>
            <source>A stakeholder group needs a name.</source>
            <translation>Kelompok pemangku kepentingan perlu nama.</translation>
        </message>
        <message>
            <source>The stakeholder group '{name}' already exists.</source>
            <translation>Kelompok pemangku kepentingan '{name}' sudah ada.</translation>
        </message>
        <message>
            <source>There is no verdict '{verdict}'; the verdicts are: {known}.</source>
            <translation>Penilaian '{verdict}' tidak ada; penilaian yang tersedia: {known}.</translation>
        </message>
        <message>
            <source>A participant needs a code such as P01.</source>
            <translation>Informan perlu kode, misalnya P01.</translation>
        </message>
        <message>
            <source>The participant code '{code}' is already used.</source>
            <translation>Kode informan '{code}' sudah dipakai.</translation>
        </message>
        <message>
            <source>A code needs a label.</source>
            <translation>Kode perlu label.</translation>
        </message>
        <message>
            <source>A code cannot be moved under itself or its own sub-code.</source>
            <translation>Kode tidak dapat dipindah ke bawah dirinya sendiri atau sub-kodenya.</translation>
        </message>
        <message>
            <source>A code cannot be merged into itself.</source>
            <translation>Kode tidak dapat digabung ke dirinya sendiri.</translation>
        </message>
        <message>
            <source>A code cannot be merged into its own sub-code.</source>
            <translation>Kode tidak dapat digabung ke sub-kodenya sendiri.</translation>
        </message>
        <message>
            <source>The framework {framework} is already in this project.</source>
            <translation>Kerangka teori {framework} sudah ada di proyek ini.</translation>
        </message>
        <message>
            <source>A source needs a title.</source>
            <translation>Sumber perlu judul.</translation>
        </message>
        <message>
            <source>'{value}' is not a date in the form YYYY-MM-DD.</source>
            <translation>'{value}' bukan tanggal dengan bentuk TTTT-BB-HH.</translation>
        </message>
        <message>
            <source>The verdict '{key}' is empty or already exists.</source>
            <translation>Penilaian '{key}' kosong atau sudah ada.</translation>
        </message>
        <message>
            <source>A verdict option needs a label in both languages.</source>
            <translation>Pilihan penilaian perlu label dalam kedua bahasa.</translation>
        </message>
        <message>
            <source>Give the phrase to code (it is empty).</source>
            <translation>Isi frasa yang akan dikode (masih kosong).</translation>
        </message>
        <message>
            <source>The verdict '{label}' is given to {count} indicator(s); give them another verdict first.</source>
            <translation>Penilaian '{label}' dipakai {count} indikator; beri indikator itu penilaian lain dahulu.</translation>
        </message>
        <message>
            <source>{path}: no such file.</source>
            <translation>{path}: berkas tidak ada.</translation>
        </message>
        <message>
            <source>{path}: is a folder, not a file; give the files inside it.</source>
            <translation>{path}: adalah folder, bukan berkas; berikan berkas-berkas di dalamnya.</translation>
        </message>
        <message>
            <source>{path}: is {kind}, not a regular file.</source>
            <translation>{path}: adalah {kind}, bukan berkas biasa.</translation>
        </message>
        <message>
            <source>{path}: is a symbolic link that loops back on itself.</source>
            <translation>{path}: adalah tautan simbolik yang berputar kembali ke dirinya sendiri.</translation>
        </message>
        <message>
            <source>{path}: declares a DOCTYPE (entities), which Word never writes; refused because text after an entity would be lost.</source>
            <translation>{path}: mendeklarasikan DOCTYPE (entitas), yang tidak pernah ditulis Word; ditolak karena teks setelah entitas akan hilang.</translation>
        </message>
        <message>
            <source>{path}: cannot be read ({detail}).</source>
            <translation>{path}: tidak dapat dibaca ({detail}).</translation>
        </message>
        <message>
            <source>{path}: cannot import '{suffix}' files; use {supported}.</source>
            <translation>{path}: berkas '{suffix}' tidak dapat diimpor; gunakan {supported}.</translation>
        </message>
        <message>
            <source>{path}: is not a readable Word .docx file ({detail}).</source>
            <translation>{path}: bukan berkas Word .docx yang dapat dibaca ({detail}).</translation>
        </message>
        <message>
            <source>{path}: starts with a {encoding} byte-order mark but byte {position} is not valid {encoding}.</source>
            <translation>{path}: diawali penanda urutan bita {encoding}, tetapi bita ke-{position} bukan {encoding} yang sah.</translation>
        </message>
        <message>
            <source>{path}: {guess}; save it as UTF-8 and import it again.</source>
            <translation>{path}: {guess}; simpan sebagai UTF-8 lalu impor lagi.</translation>
        </message>
        <message>
            <source>{path}: is not UTF-8 (invalid byte at position {position}); it is probably {guess}. Save it as UTF-8 and import it again.</source>
            <translation>{path}: bukan UTF-8 (bita tidak sah di posisi {position}); kemungkinan {guess}. Simpan sebagai UTF-8 lalu impor lagi.</translation>
        </message>
        <message>
            <source>UTF-16 ({order}) without a byte-order mark</source>
            <translation>UTF-16 ({order}) tanpa penanda urutan bita</translation>
        </message>
        <message>
            <source>a binary file, not text</source>
            <translation>berkas biner, bukan teks</translation>
        </message>
        <message>
            <source>Latin-1 (ISO-8859-1) or Windows-1252</source>
            <translation>Latin-1 (ISO-8859-1) atau Windows-1252</translation>
        </message>
        <message>
            <source>Windows-1252 (ANSI) or another legacy code page</source>
            <translation>Windows-1252 (ANSI) atau halaman kode lama lainnya</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>berkas ini</translation>
        </message>
        <message>
            <source>{path}: is larger than {limit} MB; refused.</source>
            <translation>{path}: lebih besar dari {limit} MB; ditolak.</translation>
        </message>
        <message>
            <source>{path}: is not a readable zip archive ({detail}).</source>
            <translation>{path}: bukan arsip zip yang dapat dibaca ({detail}).</translation>
        </message>
        <message>
            <source>{path}: unpacks to more than {limit} MB; refused.</source>
            <translation>{path}: isinya lebih dari {limit} MB bila dibuka; ditolak.</translation>
        </message>
        <message>
            <source>{path}: unpacks to {size} bytes (more than {limit} MB); refused.</source>
            <translation>{path}: isinya {size} bita bila dibuka (lebih dari {limit} MB); ditolak.</translation>
        </message>
        <message>
            <source>{path}: holds {count} entries (more than {limit}); refused.</source>
            <translation>{path}: berisi {count} entri (lebih dari {limit}); ditolak.</translation>
        </message>
        <message>
            <source>{path}: entry '{entry}' unpacks to {size} bytes (more than {limit} MB); refused.</source>
            <translation>{path}: entri '{entry}' berisi {size} bita bila dibuka (lebih dari {limit} MB); ditolak.</translation>
        </message>
        <message>
            <source>{path}: entry '{entry}' unpacks to more than its declared {size} bytes; refused.</source>
            <translation>{path}: entri '{entry}' berisi lebih dari {size} bita yang dinyatakan; ditolak.</translation>
        </message>
        <message>
            <source>{path}: entry '{entry}' is damaged or unsupported ({detail}).</source>
            <translation>{path}: entri '{entry}' rusak atau tidak didukung ({detail}).</translation>
        </message>
        <message>
            <source>{path}: the entry name '{entry}' points outside the archive (a zip-slip attack); refused.</source>
            <translation>{path}: nama entri '{entry}' menunjuk ke luar arsip (serangan zip-slip); ditolak.</translation>
        </message>
        <message>
            <source>{path}: has no project.qde inside; it is not a REFI-QDA project archive.</source>
            <translation>{path}: tidak berisi project.qde; ini bukan arsip proyek REFI-QDA.</translation>
        </message>
        <message>
            <source>{path}: {what} declares a DOCTYPE (entities or an external DTD), which REFI-QDA files never need; refused as unsafe.</source>
            <translation>{path}: {what} memuat DOCTYPE (entitas atau DTD luar), yang tidak pernah diperlukan berkas REFI-QDA; ditolak karena tidak aman.</translation>
        </message>
        <message>
            <source>{path}: {what} is not well-formed XML ({detail}).</source>
            <translation>{path}: {what} bukan XML yang tersusun benar ({detail}).</translation>
        </message>
        <message>
            <source>{path}: {what} is empty.</source>
            <translation>{path}: {what} kosong.</translation>
        </message>
        <message>
            <source>{path}: the reference {reference} climbs out of the project's folder; refused.</source>
            <translation>{path}: rujukan {reference} keluar dari folder proyek; ditolak.</translation>
        </message>
        <message>
            <source>{path}: uses the XML namespace '{namespace}', which is not REFI-QDA's (urn:QDA-XML:...).</source>
            <translation>{path}: memakai ruang nama XML '{namespace}', bukan milik REFI-QDA (urn:QDA-XML:...).</translation>
        </message>
        <message>
            <source>{path}: its root element is &lt;{kind}&gt;, not a REFI-QDA &lt;Project&gt; or &lt;CodeBook&gt;.</source>
            <translation>{path}: elemen akarnya &lt;{kind}&gt;, bukan &lt;Project&gt; atau &lt;CodeBook&gt; REFI-QDA.</translation>
        </message>
        <message>
            <source>The code '{label}' is a category only (not codable), so it cannot be applied to text; use one of its sub-codes.</source>
            <translation>Kode '{label}' hanya kategori (tidak dapat dipakai mengoding), jadi tidak bisa diterapkan pada teks; pakai salah satu subkodenya.</translation>
        </message>
        <message>
            <source>{path}: could not be copied into the media folder ({detail}).</source>
            <translation>{path}: tidak dapat disalin ke folder media ({detail}).</translation>
        </message>
        <message>
            <source>The file {name} is missing from the media folder {folder}.</source>
            <translation>Berkas {name} tidak ada di folder media {folder}.</translation>
        </message>
        <message>
            <source>{path} ({name}) has changed since it was added (its checksum differs).</source>
            <translation>{path} ({name}) telah berubah sejak ditambahkan (checksum-nya berbeda).</translation>
        </message>
        <message>
            <source>{path}: is not a recording Telaah can read ({detail}); use wav, mp3, m4a, aac, ogg, opus or mp4.</source>
            <translation>{path}: bukan rekaman yang dapat dibaca Telaah ({detail}); gunakan wav, mp3, m4a, aac, ogg, opus, atau mp4.</translation>
        </message>
        <message>
            <source>The region {width}x{height} at ({x}, {y}) is empty or outside the image ({image_width}x{image_height} pixels).</source>
            <translation>Area {width}x{height} di ({x}, {y}) kosong atau berada di luar gambar ({image_width}x{image_height} piksel).</translation>
        </message>
        <message>
            <source>[region {x},{y} {width}×{height}] of {title}</source>
            <translation>[area {x},{y} {width}×{height}] pada foto {title}</translation>
        </message>
        <message>
            <source>[region {x},{y} {width}×{height}] of page {page} of {title}</source>
            <translation>[area {x},{y} {width}×{height}] pada hlm. {page} {title}</translation>
        </message>
        <message>
            <source>{path}: is encrypted (password-protected); remove the password and import it again.</source>
            <translation>{path}: terenkripsi (dilindungi kata sandi); hapus kata sandinya lalu impor lagi.</translation>
        </message>
        <message>
            <source>{path}: is not a readable PDF ({detail}).</source>
            <translation>{path}: bukan PDF yang dapat dibaca ({detail}).</translation>
        </message>
        <message>
            <source>{path}: has {pages} pages (more than {limit}); split it and import the parts.</source>
            <translation>{path}: berisi {pages} halaman (lebih dari {limit}); pecah berkasnya lalu impor bagian-bagiannya.</translation>
        </message>
        <message>
            <source>{path}: has no pages.</source>
            <translation>{path}: tidak berisi halaman.</translation>
        </message>
        <message>
            <source>{path}: has no text layer (a scanned document); its {pages} page(s) were imported as images, which you can code by region.</source>
            <translation>{path}: tidak memiliki lapisan teks (dokumen hasil pindaian); {pages} halamannya diimpor sebagai gambar yang dapat Anda koding per area.</translation>
        </message>
        <message>
            <source>{path}: has no text layer and no page images could be read from it; run text recognition (OCR) on it and import it again.</source>
            <translation>{path}: tidak memiliki lapisan teks dan gambar halamannya tidak dapat dibaca; jalankan pengenalan teks (OCR) lalu impor lagi.</translation>
        </message>
        <message>
            <source>{path}: is not an image Telaah can read ({detail}); use jpg or png.</source>
            <translation>{path}: bukan gambar yang dapat dibaca Telaah ({detail}); gunakan jpg atau png.</translation>
        </message>
        <message>
            <source>An actor needs a name.</source>
            <translation>Aktor perlu nama.</translation>
        </message>
        <message>
            <source>The actor '{name}' already exists.</source>
            <translation>Aktor '{name}' sudah ada.</translation>
        </message>
        <message>
            <source>There is no actor '{name}'.</source>
            <translation>Tidak ada aktor '{name}'.</translation>
        </message>
        <message>
            <source>The actor '{name}' has {count} tie(s); remove them first, or delete the actor together with its ties.</source>
            <translation>Aktor '{name}' memiliki {count} relasi; hapus relasinya dulu, atau hapus aktor itu bersama relasinya.</translation>
        </message>
        <message>
            <source>A tie joins two different actors; '{name}' cannot be tied to itself.</source>
            <translation>Relasi menghubungkan dua aktor yang berbeda; '{name}' tidak bisa berelasi dengan dirinya sendiri.</translation>
        </message>
        <message>
            <source>There is no tie type '{key}'; use one of: {known}.</source>
            <translation>Tidak ada jenis relasi '{key}'; pakai salah satu dari: {known}.</translation>
        </message>
        <message>
            <source>The tie type '{key}' already exists.</source>
            <translation>Jenis relasi '{key}' sudah ada.</translation>
        </message>
        <message>
            <source>The tie type '{key}' is used by {count} tie(s) and cannot be removed.</source>
            <translation>Jenis relasi '{key}' dipakai oleh {count} relasi dan tidak dapat dihapus.</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written or changed.</source>
            <translation>Dibatalkan; tidak ada yang ditulis atau diubah.</translation>
        </message>
        <message>
            <source>There is no interview guide '{name}'.</source>
            <translation>Tidak ada panduan wawancara '{name}'.</translation>
        </message>
        <message>
            <source>An interview guide needs a name.</source>
            <translation>Panduan wawancara perlu nama.</translation>
        </message>
        <message>
            <source>The interview guide '{name}' already exists.</source>
            <translation>Panduan wawancara '{name}' sudah ada.</translation>
        </message>
        <message>
            <source>The interview guide '{name}' has no questions; add or generate some first.</source>
            <translation>Panduan wawancara '{name}' belum berisi pertanyaan; tambahkan atau susun drafnya dulu.</translation>
        </message>
        <message>
            <source>A question needs a wording in Indonesian or English.</source>
            <translation>Pertanyaan perlu rumusan dalam bahasa Indonesia atau Inggris.</translation>
        </message>
        <message>
            <source>None of the chosen frameworks or indicators is in this project: {names}.</source>
            <translation>Tidak satu pun kerangka teori atau indikator yang dipilih ada di proyek ini: {names}.</translation>
        </message>
        <message>
            <source>'{key}' is not an indicator of a framework in this project.</source>
            <translation>'{key}' bukan indikator dari kerangka teori di proyek ini.</translation>
        </message>
        <message>
            <source>There is no field session with id {id}.</source>
            <translation>Tidak ada sesi lapangan dengan id {id}.</translation>
        </message>
        <message>
            <source>This session is already finished; its source is '{title}'.</source>
            <translation>Sesi ini sudah selesai; sumbernya '{title}'.</translation>
        </message>
        <message>
            <source>This session has no notes yet; type at least one answer before finishing (nothing was changed).</source>
            <translation>Sesi ini belum berisi catatan; ketik setidaknya satu jawaban sebelum menyelesaikan (tidak ada yang diubah).</translation>
        </message>
        <message>
            <source>The participant of this session was deleted meanwhile; choose or create a participant, then finish again (your notes are kept).</source>
            <translation>Informan sesi ini sudah dihapus; pilih atau buat informan, lalu selesaikan lagi (catatan Anda tetap tersimpan).</translation>
        </message>
        <message>
            <source>An interview session needs a participant.</source>
            <translation>Sesi wawancara perlu informan.</translation>
        </message>
        <message>
            <source>Consent method must be one of: {methods}.</source>
            <translation>Cara pemberian persetujuan harus salah satu dari: {methods}.</translation>
        </message>
        <message>
            <source>{path}: the selection {selection} in source '{source}' has no valid startPosition/endPosition ({start!r}, {end!r}).</source>
            <translation>{path}: seleksi {selection} di sumber '{source}' tidak punya startPosition/endPosition yang sah ({start!r}, {end!r}).</translation>
        </message>
        <message>
            <source>{path}: the selection {selection} in source '{source}' runs from {start} to {end}, outside its text (0-{length}); refused.</source>
            <translation>{path}: seleksi {selection} di sumber '{source}' berada di {start} sampai {end}, di luar teksnya (0-{length}); ditolak.</translation>
        </message>
        <message>
            <source>{code}'s consent is not pending; only a pending consent can be overridden for quoting.</source>
            <translation>Persetujuan {code} tidak sedang menunggu; hanya persetujuan yang belum diberikan yang dapat dikecualikan untuk dikutip.</translation>
        </message>
        <message>
            <source>participant name</source>
            <translation>nama informan</translation>
        </message>
        <message>
            <source>name part</source>
            <translation>bagian nama</translation>
        </message>
        <message>
            <source>alias</source>
            <translation>nama panggilan</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisasi</translation>
        </message>
        <message>
            <source>always-replace term</source>
            <translation>istilah selalu-ganti</translation>
        </message>
        <message>
            <source>The export was not written: a {kind} is still in {where} after pseudonymisation. Add it to the always-replace list or check that text.</source>
            <translation>Ekspor tidak ditulis: sebuah {kind} masih ada di {where} setelah penyamaran. Tambahkan ke daftar selalu-ganti atau periksa teks itu.</translation>
        </message>
        <message>
            <source>This study is confidential: exports are pseudonymised. Pass --real-names to export real names.</source>
            <translation>Penelitian ini rahasia: ekspor disamarkan. Gunakan --real-names untuk mengekspor nama asli.</translation>
        </message>
        <message>
            <source>{path}: a source is read from {file}, outside the archive; refused (pass --allow-outside-files to read files outside the archive).</source>
            <translation>{path}: sebuah sumber dibaca dari {file}, di luar arsip; ditolak (gunakan --allow-outside-files untuk membaca berkas di luar arsip).</translation>
        </message>
        <message>
            <source>{path}: entry '{entry}' inflates {ratio}-fold (more than {limit}-fold, implausible for text); refused.</source>
            <translation>{path}: entri '{entry}' mengembang {ratio} kali lipat (lebih dari {limit} kali, tidak wajar untuk teks); ditolak.</translation>
        </message>
        <message>
            <source>{name} is encrypted and the password is wrong.</source>
            <translation>{name} terenkripsi dan kata sandinya salah.</translation>
        </message>
        <message>
            <source>{name} is encrypted; give its password (TELAAH_PASSWORD or the prompt).</source>
            <translation>{name} terenkripsi; berikan kata sandinya (TELAAH_PASSWORD atau saat diminta).</translation>
        </message>
        <message>
            <source>Encryption needs the sqlcipher3 package, which is not installed ({detail}).</source>
            <translation>Enkripsi memerlukan paket sqlcipher3, yang belum terpasang ({detail}).</translation>
        </message>
        <message>
            <source>{name}: no password given; set TELAAH_PASSWORD (TELAAH_NEW_PASSWORD for a new one) or run the command in a terminal.</source>
            <translation>{name}: kata sandi tidak diberikan; isi TELAAH_PASSWORD (TELAAH_NEW_PASSWORD untuk yang baru) atau jalankan perintah di terminal.</translation>
        </message>
        <message>
            <source>The password is empty; give at least one character.</source>
            <translation>Kata sandinya kosong; berikan paling sedikit satu karakter.</translation>
        </message>
        <message>
            <source>{name} has no password.</source>
            <translation>{name} tidak memiliki kata sandi.</translation>
        </message>
        <message>
            <source>{name} already has a password; use --change or --remove.</source>
            <translation>{name} sudah memiliki kata sandi; gunakan --change atau --remove.</translation>
        </message>
        <message>
            <source>There is no questionnaire with form_id '{form}'. Known forms: {known}.</source>
            <translation>Tidak ada kuesioner dengan form_id '{form}'. Kuesioner yang ada: {known}.</translation>
        </message>
        <message>
            <source>A questionnaire needs a form_id (settings sheet).</source>
            <translation>Kuesioner perlu form_id (lembar settings).</translation>
        </message>
        <message>
            <source>The questionnaire '{form}' is already in this project; give the new one another form_id.</source>
            <translation>Kuesioner '{form}' sudah ada di proyek ini; beri kuesioner baru form_id yang lain.</translation>
        </message>
        <message>
            <source>Each choice needs a list name and a name without spaces, different from the other names of its list.</source>
            <translation>Setiap pilihan perlu nama daftar dan nama tanpa spasi yang berbeda dari nama lain di daftarnya.</translation>
        </message>
        <message>
            <source>Telaah does not know the question type '{type}'.</source>
            <translation>Telaah tidak mengenal jenis pertanyaan '{type}'.</translation>
        </message>
        <message>
            <source>A question needs a name (letters, digits and _, as in XLSForm).</source>
            <translation>Pertanyaan perlu nama (huruf, angka, dan _, seperti di XLSForm).</translation>
        </message>
        <message>
            <source>The question '{name}' is a select question and needs a choice list.</source>
            <translation>Pertanyaan '{name}' adalah pertanyaan pilihan dan perlu daftar pilihan.</translation>
        </message>
        <message>
            <source>The name '{name}' is already used by another question of this form.</source>
            <translation>Nama '{name}' sudah dipakai pertanyaan lain di kuesioner ini.</translation>
        </message>
        <message>
            <source>{path}: the form has {count} problem(s); nothing was imported.
{problems}</source>
            <translation>{path}: kuesioner ini memuat {count} masalah; tidak ada yang diimpor.
{problems}</translation>
        </message>
        <message>
            <source>{path}: {count} problem(s) in the responses; nothing was imported.
{problems}</source>
            <translation>{path}: ada {count} masalah pada jawaban; tidak ada yang diimpor.
{problems}</translation>
        </message>
        <message>
            <source>{path}: has no responses (no rows under the header).</source>
            <translation>{path}: tidak memuat jawaban (tidak ada baris di bawah judul kolom).</translation>
        </message>
        <message>
            <source>{path}: no column matches a question of the form '{form}' (columns are named by question, e.g. group/question).</source>
            <translation>{path}: tidak ada kolom yang cocok dengan pertanyaan kuesioner '{form}' (kolom dinamai menurut pertanyaan, misalnya grup/pertanyaan).</translation>
        </message>
        <message>
            <source>The form '{form}' has no question '{name}'.</source>
            <translation>Kuesioner '{form}' tidak punya pertanyaan '{name}'.</translation>
        </message>
        <message>
            <source>--by needs a select_one question; '{name}' is {type}.</source>
            <translation>--by memerlukan pertanyaan select_one; '{name}' berjenis {type}.</translation>
        </message>
    </context>
    <context>
        <name>ExportFormats</name>
        <message>
            <source>Word report</source>
            <translation>Laporan Word</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Dokumen Word (*.docx)</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Buku kerja Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>REFI-QDA project</source>
            <translation>Proyek REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA project (*.qdpx)</source>
            <translation>Proyek REFI-QDA (*.qdpx)</translation>
        </message>
        <message>
            <source>REFI-QDA codebook</source>
            <translation>Buku kode REFI-QDA</translation>
        </message>
        <message>
            <source>REFI-QDA codebook (*.qdc)</source>
            <translation>Buku kode REFI-QDA (*.qdc)</translation>
        </message>
        <message>
            <source>questionnaire</source>
            <translation>kuesioner</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>responses</source>
            <translation>jawaban kuesioner</translation>
        </message>
        <message>
            <source>interview guide</source>
            <translation>pedoman wawancara</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Dokumen Word (*.docx)</translation>
        </message>
        <message>
            <source>network map</source>
            <translation>peta jejaring</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Gambar PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>Gambar SVG (*.svg)</translation>
        </message>
    </context>
</TS>
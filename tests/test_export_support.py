"""A small study with real names in its texts, shared by the export tests.

`build_study(project)` fills a project (ag2008 + deseve2007) with three named
participants (with aliases), four sources whose texts, titles and memos mention them,
framework and custom codes, segments of both valences, a verdict, a chosen key quote,
memos and summary-grid texts. `NAMES` lists every name and alias that must vanish
under pseudonymisation; `xml_parts(path)` gives the text of every part of a docx/xlsx.
"""

from __future__ import annotations

import zipfile

TRUST = "ag2008.process.trust_building"
DIALOGUE = "ag2008.process.face_to_face_dialogue"
GOOD_FAITH = "ag2008.process.face_to_face_dialogue.good_faith_negotiation"
INFO = "deseve2007.information_sharing"

PEOPLE = [
    ("P01", "Ratna Wulandari", "Bu Ratna; Bu Kabid", "Instansi pemerintah", "Kepala Bidang"),
    ("P02", "Dimas Prasetyo", "Mas Dimas", "Platform/perusahaan swasta", "Manajer kemitraan"),
    ("P03", "Siti Khodijah", "Bu Siti", "Pemilik UMKM", "Pemilik usaha batik"),
]
NAMES = ["Ratna Wulandari", "Ratna", "Wulandari", "Bu Kabid", "Dimas Prasetyo", "Dimas",
         "Prasetyo", "Siti Khodijah", "Khodijah"]

INTERVIEW_1 = ("Saya Ratna Wulandari, kepala bidang. Kami percaya pada PasarNusa karena "
               "Mas Dimas selalu datang ke rapat. Rapat tatap muka diadakan tiap bulan. "
               "Tetapi Bu Siti bilang data penjualan tidak pernah dibagi.")
INTERVIEW_2 = ("Dimas Prasetyo di sini. Kami belum percaya penuh pada Dinas; Bu Kabid sering "
               "berganti rencana. Data toko aktif kami bagi tiap bulan ke grup.")
OBSERVATION = ("Rapat koordinasi dihadiri Bu Ratna dan Siti Khodijah. Suasana rapat hangat, "
               "peserta saling percaya.\fIstilah FOB tidak dipahami peserta.")
DOCUMENT = "Notulen: para pihak sepakat berbagi data agregat setiap bulan."


def build_study(project) -> dict:
    """Fill `project`; returns ids by name (participants, sources, codes, segments)."""
    ids: dict = {}
    p = project.participants
    with project.action("Build export study"):
        for code, name, aliases, group, role in PEOPLE:
            ids[code] = p.add(code, name=name, aliases=aliases, role=role,
                              organisation=f"Organisasi {name}",
                              group_id=p.resolve_group(group), consent_status="given")
        project.study.update(site="Kota Sukamaju", period_start="2025-02-01",
                             period_end="2025-06-30",
                             research_questions="Bagaimana kolaborasi berjalan?")
        add = project.sources.add
        ids["w1"] = add("interview", "Wawancara Ratna Wulandari", INTERVIEW_1,
                        date="2025-03-12", participant_ids=[ids["P01"]],
                        memo="Diwawancarai di kantor Bu Ratna.")
        ids["w2"] = add("interview", "Wawancara platform", INTERVIEW_2, date="2025-05-20",
                        participant_ids=[ids["P02"]])
        ids["obs"] = add("observation", "Observasi rakor", OBSERVATION, date="2025-04-02",
                         participant_ids=[ids["P01"], ids["P03"]])
        ids["doc"] = add("document", "Notulen rapat", DOCUMENT, date="2025-02-05")
        codes = project.codes
        for name, key in (("trust", TRUST), ("dialogue", DIALOGUE),
                          ("good_faith", GOOD_FAITH), ("info", INFO)):
            ids[name] = codes.resolve(key).id
        ids["language"] = codes.add("Language barrier", "Kendala bahasa",
                                    definition_id="Kesulitan bahasa.")
        seg = _coder(project)
        ids["s_trust_1"] = seg("w1", INTERVIEW_1, "Kami percaya pada PasarNusa karena Mas "
                               "Dimas selalu datang ke rapat.", "trust", ids)
        ids["s_trust_2"] = seg("w2", INTERVIEW_2, "Kami belum percaya penuh pada Dinas; Bu "
                               "Kabid sering berganti rencana.", "trust", ids,
                               valence="contradicts")
        ids["s_trust_3"] = seg("obs", OBSERVATION, "peserta saling percaya.", "trust", ids)
        ids["s_dialogue"] = seg("w1", INTERVIEW_1, "Rapat tatap muka diadakan tiap bulan.",
                                "dialogue", ids, memo="Dikonfirmasi Bu Ratna.")
        ids["s_faith"] = seg("obs", OBSERVATION, "Rapat koordinasi dihadiri Bu Ratna dan "
                             "Siti Khodijah.", "good_faith", ids)
        ids["s_info_1"] = seg("w1", INTERVIEW_1, "Tetapi Bu Siti bilang data penjualan tidak "
                              "pernah dibagi.", "info", ids, valence="contradicts")
        ids["s_info_2"] = seg("w2", INTERVIEW_2, "Data toko aktif kami bagi tiap bulan ke "
                              "grup.", "info", ids)
        ids["s_info_3"] = seg("doc", DOCUMENT, "para pihak sepakat berbagi data agregat "
                              "setiap bulan.", "info", ids)
        ids["s_language"] = seg("obs", OBSERVATION, "Istilah FOB tidak dipahami peserta.",
                                "language", ids)
        ev = project.evaluation
        ev.set_judgement(ids["trust"], verdict="partly_met", author="Peneliti",
                         conclusion="Kepercayaan tumbuh, tetapi Dimas Prasetyo masih ragu.")
        ev.set_key_quote(ids["trust"], ids["s_trust_3"])
        project.memos.add("code", ids["trust"], "Catatan kepercayaan",
                          "Bandingkan pernyataan Bu Kabid dan Mas Dimas.", author="Peneliti")
        project.memos.add("segment", ids["s_info_2"], "", "Siti Khodijah membantah.",
                          author="Peneliti")
        group = str(p.resolve_group("Instansi pemerintah"))
        ev.set_summary("group", group, ids["trust"], "Ratna Wulandari menilai hubungan baik.")
        ev.set_summary("participant", str(ids["P02"]), 0, "Dimas Prasetyo kritis.")
    return ids


def _coder(project):
    def seg(source_key, text, phrase, code_name, ids, **values):
        start = text.index(phrase)
        return project.segments.add(ids[source_key], ids[code_name], start,
                                    start + len(phrase), coder="Asisten", **values)
    return seg


def xml_parts(path) -> dict[str, str]:
    """Every part of an Office file (a zip) decoded as text."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8", errors="replace")
                for name in archive.namelist()}


def docx_text(path) -> str:
    """All paragraph and table text of a Word file, in document order (roughly)."""
    from docx import Document

    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    return "\n".join(texts)

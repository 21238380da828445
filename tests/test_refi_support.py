"""Helpers for the REFI-QDA tests: a populated study, schemas, and crafted files.

Crafted `.qdpx`/`.qdc` files are built with lxml (`lxml.builder.ElementMaker`), never
as hand-written XML strings. This module holds no tests of its own.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree
from lxml.builder import ElementMaker
from refi_tool_files import REFERENCE_SAMPLES as SAMPLES

from resources.refi import CODEBOOK_XSD, PROJECT_NS, PROJECT_XSD

# the reference samples: read only by tests marked `needs_reference_samples`
ATLAS_84 = SAMPLES / "atlasti-8.4_refi-standard-project.qdpx"
ATLAS_23 = SAMPLES / "atlasti-23.2_target-atlas-project.qdpx"
TAGUETTE = SAMPLES / "taguette-1.4.1_codebook.qdc"

G = {name: guid for name, guid in (
    ("user", "{AD68FBE7-E1EE-4A82-A279-23CC698C89EB}"),
    ("code_a", "85D17F60-7BB0-481E-B742-B4861DD669DF"),
    ("code_b", "0f8a1907-7e42-4739-8610-a676b4d1b69f"),
    ("code_child", "{D2C1E38E-5220-42FA-A442-908471CC7964}"),
    ("source", "69A4332D-5B31-4915-B520-5275CFC21B40"),
    ("selection", "4191294A-E287-4510-95B0-69BCE4638E56"),
    ("coding", "445A6AEC-1400-4502-919D-0867832FF211"),
    ("coding2", "2284BF5B-8F78-45B6-A6EF-A128D991408B"),
    ("note", "CE15250D-46AD-42C2-B90F-A509B8D64EC8"),
    ("case", "C29B5DB8-2ED6-406B-BFD2-68E8E273C1E9"),
    ("var_group", "02B010C9-3990-4065-B09C-2D228030B01C"),
    ("var_tech", "0AC83F4E-D0AF-4A77-A842-4325EC62FA8C"),
)}
TEXT = "Saya pemilik UMKM. Kami percaya 😀 pada e\u0301-commerce."


def schema(kind: str = "project") -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(PROJECT_XSD if kind == "project"
                                           else CODEBOOK_XSD)))


def qde_of(path: Path):
    """The parsed `project.qde` of a .qdpx (the entry name in any case)."""
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.lower() == "project.qde")
        return etree.fromstring(archive.read(name))


def maker(namespace: str = PROJECT_NS) -> ElementMaker:
    return ElementMaker(namespace=namespace or None,
                        nsmap={None: namespace} if namespace else None)


def foreign_project(namespace: str = PROJECT_NS, *, text_path: str | None = None,
                    content: str | None = None, start: int = 5, end: int = 17,
                    technique: str | None = None):
    """A small project as another tool might write it (upper-case GUIDs, braces)."""
    e = maker(namespace)
    source_children = []
    if content is not None:
        source_children.append(e.PlainTextContent(content))
    selection = e.PlainTextSelection(
        e.Description("a comment"),
        e.Coding(e.CodeRef(targetGUID=G["code_a"]), guid=G["coding"], creatingUser=G["user"]),
        e.Coding(e.CodeRef(targetGUID=G["code_child"]), guid=G["coding2"]),
        e.NoteRef(targetGUID=G["note"]),
        guid=G["selection"], name="pemilik UMKM", startPosition=str(start),
        endPosition=str(end), creatingUser=G["user"])
    source_children.append(selection)
    if technique:
        source_children.append(e.VariableValue(e.VariableRef(targetGUID=G["var_tech"]),
                                               e.TextValue(technique)))
    source_attrs = {"guid": G["source"], "name": "Wawancara Bu Sari"}
    if text_path:
        source_attrs["plainTextPath"] = text_path
    return e.Project(
        e.Users(e.User(guid=G["user"], name="Sebastian")),
        e.CodeBook(e.Codes(
            e.Code(e.Description("trust between partners"), guid=G["code_a"], name="Trust",
                   isCodable="true", color="#F00082"),
            e.Code(e.Code(guid=G["code_child"], name="Sub", isCodable="true"),
                   guid=G["code_b"], name="Parent", isCodable="true"))),
        e.Variables(e.Variable(guid=G["var_group"], name="Stakeholder group",
                               typeOfVariable="Text"),
                    e.Variable(guid=G["var_tech"], name="Technique", typeOfVariable="Text")),
        e.Cases(e.Case(e.VariableValue(e.VariableRef(targetGUID=G["var_group"]),
                                       e.TextValue("Pemilik UMKM")),
                       e.SourceRef(targetGUID=G["source"]),
                       e.SelectionRef(targetGUID=G["selection"]),
                       guid=G["case"], name="P07")),
        e.Sources(e.TextSource(*source_children, **source_attrs)),
        e.Notes(e.Note(e.PlainTextContent("on the selection"), guid=G["note"],
                       name="Catatan", creatingUser=G["user"])),
        name="Foreign study", origin="OtherTool 1.0")


def write_qdpx(path: Path, root, files: dict[str, bytes] | None = None, *,
               qde_name: str = "project.qde", doctype: str | None = None) -> Path:
    data = etree.tostring(root, xml_declaration=True, encoding="utf-8", doctype=doctype)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(qde_name, data)
        for name, content in (files or {}).items():
            archive.writestr(name, content)
    return path


def populate(project) -> dict:
    """A small study using every exported feature; returns the ids made."""
    group = project.participants.resolve_group("Pemilik UMKM")
    p1 = project.participants.add("P01", name="Nama Asli", organisation="UMKM Batik",
                                  role="Pemilik", group_id=group, consent_status="given",
                                  consent_date="2024-04-01")
    p2 = project.participants.add("P02", organisation="Dinas Koperasi",
                                  consent_status="not_required")
    s1 = project.sources.add("interview", "Wawancara P01", TEXT, participant_ids=[p1],
                             date="2024-05-01", place="Solo", interviewer="Ani",
                             duration_minutes=45, memo="recorded at the shop")
    s2 = project.sources.add("observation", "Rapat forum", "Rapat dimulai.\r\nSelesai.",
                             event="Forum UMKM", observer="Budi")
    trust = project.codes.resolve("ag2008.process.trust_building")
    custom = project.codes.add("Digital skills", "Keterampilan digital",
                               definition_en="Skills to sell online", color="#123abc")
    child = project.codes.add("Marketplace", "", parent_id=custom)
    seg1 = project.segments.add(s1, trust.id, 5, 17, participant_id=p1, memo="key quote",
                                coder="Ani")
    seg2 = project.segments.add(s1, custom, 31, 33, valence="contradicts", coder="Budi")
    seg3 = project.segments.add(s2, child, 0, 5, participant_id=p2, coder="Ani")
    project.memos.add("study", None, "Rencana", "Analisis tahap 1", author="Ani")
    project.memos.add("source", s1, "Konteks", "di toko", author="Budi")
    project.memos.add("code", custom, "Definisi", "perlu diperjelas", author="Ani")
    project.memos.add("segment", seg1, "Kutipan", "kutipan kunci", author="Ani")
    project.memos.add("participant", p1, "Profil", "pemilik sejak 2010", author="Ani")
    return {"participants": (p1, p2), "sources": (s1, s2), "codes": (trust.id, custom, child),
            "segments": (seg1, seg2, seg3)}


def snapshot(project) -> dict:
    """What a round trip must keep, keyed by GUID so ids may differ."""
    sources = {s.id: s for s in project.sources.list()}
    codes = {c.id: c for c in project.codes.list()}
    segments = project.segments.all()
    participants = {p.id: p for p in project.participants.list()}
    by_table = {"source": sources, "code": codes, "participant": participants,
                "segment": {s.id: s for s in segments}}
    return {
        "sources": sorted((s.guid, s.kind, s.title, project.sources.text(s.id), s.date,
                           s.memo, s.place, s.language, s.data_type, s.duration_minutes,
                           sorted(participants[p].guid for p in s.participant_ids))
                          for s in sources.values()),
        "codes": [(c.guid, codes[c.parent_id].guid if c.parent_id else None, c.label_en,
                   c.label_id, c.definition_en, c.definition_id, c.node_id, c.framework_id,
                   c.level, c.color, c.cues) for c in codes.values()],
        "segments": sorted((s.guid, sources[s.source_id].guid, codes[s.code_id].guid,
                            s.start, s.end,
                            project.sources.text(s.source_id)[s.start:s.end], s.valence,
                            s.memo, s.coder,
                            participants[s.participant_id].guid if s.participant_id else None)
                           for s in segments),
        "memos": sorted((m.guid, m.title, m.body, m.author, m.created, m.target_type,
                         by_table[m.target_type][m.target_id].guid
                         if m.target_type != "study" else None)
                        for m in project.memos.list()),
        "participants": sorted((p.guid, p.code, p.organisation, p.role, p.group)
                               for p in participants.values()),
        "frameworks": project.study.frameworks(),
    }

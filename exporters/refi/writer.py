"""Stream a project out as a REFI-QDA `.qdpx` archive or a `.qdc` codebook.

The `.qdpx` is a zip holding `sources/<guid>.txt` (each source's text, UTF-8) and
`project.qde`, written with lxml's incremental `xmlfile` writer one TextSource subtree
at a time, so a study of 100,000 segments never exists as one XML tree. Elements
follow the schema's order: Users, CodeBook, Variables, Cases, Sources, Notes, Links,
Description, NoteRef. Each segment is one PlainTextSelection (its GUID the segment's)
with one Coding; offsets are Unicode code points, end exclusive, as the standard says
(or UTF-16 code units for a file meant for NVivo: `positions="utf16"`, and the origin
says so). Memos are Notes, with their text both as PlainTextContent and as
`sources/<guid>.txt` (QualCoder reads only the latter), linked by NoteRef from the
study, code, source or selection, and by a Link from a participant's Case (a Case has
no NoteRef). What REFI-QDA has no place for travels in the extras entry
(`telaah-extras.json`), so Descriptions stay clean; a `.qdc` (no archive) keeps the
old `[Telaah] {json}` trailer on code Descriptions. Times are written in UTC with Z.
Output goes through `exporters.atomic` (a temporary file renamed into place), so a
failed or cancelled export (`storage.progress.Cancelled`) leaves no half-written file
and an older export intact. Consent and pseudonymisation are applied to the gathered
content first (`exporters.refi.privacy`), the extras entry included; a pseudonymised
archive is scanned for protected terms (every entry: project.qde, the source and note
texts, the extras) before it is put in place.
"""

from __future__ import annotations

import codecs
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from exporters.atomic import atomic_output, check_target
from exporters.privacy.pseudonymize import Pseudonymizer
from exporters.privacy.safeguards import output_guard
from exporters.refi.content import (
    ExportContent,
    code_extras,
    code_name_and_description,
    gather,
    gather_extras,
    valid_datetime,
)
from exporters.refi.media import gather_media, media_source, write_media_files
from exporters.refi.parts import (
    memo_guid,
    new_element,
    sub_element,
    write_cases,
    write_source_tail,
    write_variables,
)
from exporters.refi.privacy import protect, protect_extras
from exporters.refi.transcripts import RECORDING_KINDS, sync_points, write_recording_source
from importers.refi.positions import to_utf16
from resources.refi import (
    CASE_VARIABLES,
    CODEBOOK_NS,
    CODEBOOK_SCHEMA_LOCATION,
    EXTRAS_ENTRY,
    PARTICIPANTS_VARIABLE,
    PROJECT_NS,
    PROJECT_SCHEMA_LOCATION,
    RGB_RE,
    SOURCE_VARIABLES,
    XSI_NS,
    encode_trailer,
    stable_guid,
    xml_safe,
)
from storage.errors import ValidationError
from storage.progress import Progress, report
from storage.stamps import now

ORIGIN = "Telaah"
COMPRESSLEVEL = 1  # speed over size: project.qde is most of the archive
NAME_LENGTH = 60
_VARIABLES = {key: (name, kind) for key, name, kind in
              SOURCE_VARIABLES + (PARTICIPANTS_VARIABLE,) + CASE_VARIABLES}


@dataclass
class ExportResult:
    """What an export wrote."""

    path: Path
    codes: int
    sources: int = 0
    segments: int = 0
    memos: int = 0
    participants: int = 0
    consent: object = None  # exporters.privacy.consent.ConsentRule: who was left out, and why

    def describe(self) -> str:
        if self.path.suffix.lower() == ".qdc":
            return f"Wrote the codebook {self.path}: {self.codes} codes"
        return (f"Wrote {self.path}: {self.sources} sources, {self.codes} codes, "
                f"{self.segments} coded segments, {self.memos} memos, "
                f"{self.participants} participants. "
                f"{self.consent.note('en') if self.consent else ''}").strip()


def _replace_atomically(project, content: ExportContent, path: Path,
                        write: Callable[[Path], None]) -> None:
    guard = output_guard(project, content.pseudo or Pseudonymizer.off())
    with atomic_output(path, **guard) as temporary:
        write(temporary)


# -- codebook ----------------------------------------------------------------------------

def _code_tree(content: ExportContent, ns: str, with_notes: bool):
    """The <Codes> element with nested Code elements, in codebook order.

    In a project (`with_notes`) the Telaah-only fields go to the extras entry; a
    codebook file has no archive, so they stay in a trailer of the Description.
    """
    codes = new_element(f"{{{ns}}}Codes", {}, nsmap={None: ns})
    made: dict[int, object] = {}
    for code in content.codes:  # parents come before children
        name, description = code_name_and_description(code, content.lang)
        if not with_notes:
            description = encode_trailer(description, code_extras(code, content.lang))
        parent = made.get(code.parent_id, codes)
        element = sub_element(parent, f"{{{ns}}}Code", {
            "guid": content.code_guids[code.id], "name": name,
            "isCodable": "true" if code.codable else "false",
            "color": code.color if RGB_RE.match(code.color or "") else None})
        if description:
            sub_element(element, f"{{{ns}}}Description", {}, description)
        if with_notes:
            for memo in content.memos_by_target.get(("code", code.id), []):
                sub_element(element, f"{{{ns}}}NoteRef", {"targetGUID": memo_guid(memo)})
        made[code.id] = element
    return codes


def write_qdc(project, path: str | Path, *, label_language: str = "id",
              pseudonymize: bool = False) -> ExportResult:
    """Write the project's codebook as a REFI-QDA `.qdc` file (code names in
    `label_language`, 'id' or 'en'); `pseudonymize` replaces names."""
    path = check_target(path, project.path)
    with project.snapshot():
        return _write_qdc(project, path, label_language, pseudonymize)


def _write_qdc(project, path: Path, label_language: str, pseudonymize: bool) -> ExportResult:
    content = gather(project, label_language=label_language, codes_only=True)
    protect(project, content, pseudonymize)
    if not content.codes:
        raise ValidationError("The project has no codes, so there is no codebook to export.")

    def write(temp: Path) -> None:
        with etree.xmlfile(str(temp), encoding="utf-8") as xf:
            xf.write_declaration()
            with xf.element(f"{{{CODEBOOK_NS}}}CodeBook", {
                    "origin": ORIGIN, f"{{{XSI_NS}}}schemaLocation": CODEBOOK_SCHEMA_LOCATION},
                    nsmap={None: CODEBOOK_NS, "xsi": XSI_NS}):
                xf.write(_code_tree(content, CODEBOOK_NS, with_notes=False))

    _replace_atomically(project, content, path, write)
    return ExportResult(path, codes=len(content.codes))


# -- project -----------------------------------------------------------------------------

def write_qdpx(project, path: str | Path, progress: Progress | None = None, *,
               label_language: str = "id", positions: str = "codepoints",
               pseudonymize: bool = False) -> ExportResult:
    """Write the whole project as a REFI-QDA `.qdpx` archive at `path` (code names in
    `label_language`, 'id' or 'en').

    `progress(done, total, text)` is called once per source; when it returns False the
    export stops with `Cancelled` and nothing is written. `positions="utf16"` writes
    selection positions in UTF-16 code units, for NVivo. Participants who may not be
    quoted are left out (`exporters.refi.privacy`); `pseudonymize` replaces names.
    """
    if positions not in ("codepoints", "utf16"):
        raise ValidationError(f"Unknown position unit '{positions}': use codepoints or utf16.")
    path = check_target(path, project.path)
    with project.snapshot():
        return _write_qdpx(project, path, progress, label_language, positions, pseudonymize)


def _write_qdpx(project, path: Path, progress: Progress | None, label_language: str,
                positions: str, pseudonymize: bool) -> ExportResult:
    content = gather(project, label_language=label_language)
    protect(project, content, pseudonymize)
    content.extras = protect_extras(content, gather_extras(project, content))
    content.utf16 = positions == "utf16"
    content.media = gather_media(project, content)
    total = len(content.sources) * 2

    def step(done: int, text: str) -> None:
        report(progress, done, total, text)

    def write(temp: Path) -> None:
        names: dict[int, str] = {}
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED,
                             compresslevel=COMPRESSLEVEL) as archive:
            for index, source in enumerate(content.sources):
                step(index, source.title)
                text = content.source_text(project, source.id)
                # Readers drop a leading byte-order mark, so a text that starts with
                # U+FEFF gets one in front to keep that character.
                bom = codecs.BOM_UTF8 if text.startswith("\ufeff") else b""
                archive.writestr(f"sources/{content.source_guids[source.id]}.txt",
                                 bom + text.encode("utf-8"))
                for segment in content.segments_by_source.get(source.id, []):
                    names[segment.id] = _excerpt(text, segment.start, segment.end)
                if content.utf16:
                    content.converters[source.id] = to_utf16(text)
                if source.id in content.media:
                    content.media[source.id].points = sync_points(
                        text, content.segments_by_source.get(source.id, []))
            for memo in content.memos:
                archive.writestr(f"sources/{memo_guid(memo)}.txt", memo.body.encode("utf-8"))
            write_media_files(archive, project, content.media, content.pseudo is not None)
            archive.writestr(EXTRAS_ENTRY, json.dumps(content.extras, ensure_ascii=False,
                                                      indent=1, sort_keys=True))
            with archive.open("project.qde", "w", force_zip64=True) as stream:
                _write_project(stream, content, names,
                               lambda i, t: step(len(content.sources) + i, t))
        step(total, "")

    _replace_atomically(project, content, path, write)
    return ExportResult(path, codes=len(content.codes), sources=len(content.sources),
                        segments=content.segment_count, memos=len(content.memos),
                        participants=len(content.participants), consent=content.consent)


def _excerpt(text: str, start: int, end: int) -> str:
    words = " ".join(text[start:min(end, start + NAME_LENGTH + 20)].split())
    if len(words) > NAME_LENGTH or end - start > NAME_LENGTH + 20:
        return words[:NAME_LENGTH].rstrip() + "…"
    return words


def _write_project(stream, content: ExportContent, names: dict[int, str], step) -> None:
    q = f"{{{PROJECT_NS}}}"
    study = content.study
    origin = f"{ORIGIN} (UTF-16 positions for NVivo)" if content.utf16 else ORIGIN
    attrib = {"name": study.title or "Telaah project", "origin": origin,
              "creationDateTime": valid_datetime(study.created),
              "modifiedDateTime": valid_datetime(now()),
              f"{{{XSI_NS}}}schemaLocation": PROJECT_SCHEMA_LOCATION}
    with etree.xmlfile(stream, encoding="utf-8") as xf:
        xf.write_declaration(standalone=True)
        with xf.element(f"{q}Project", {k: xml_safe(v) for k, v in attrib.items() if v},
                        nsmap={None: PROJECT_NS, "xsi": XSI_NS}):
            if content.user_guids or content.other_users:
                users = new_element(f"{q}Users", {}, nsmap={None: PROJECT_NS})
                for name, guid in content.user_guids.items():
                    sub_element(users, f"{q}User", {"guid": guid, "name": name})
                for guid, name in content.other_users:
                    sub_element(users, f"{q}User", {"guid": guid, "name": name})
                xf.write(users)
            if content.codes:
                codebook = new_element(f"{q}CodeBook", {}, nsmap={None: PROJECT_NS})
                codebook.append(_code_tree(content, PROJECT_NS, with_notes=True))
                xf.write(codebook)
            write_variables(xf, content, q)
            write_cases(xf, content, q)
            if content.sources:
                with xf.element(f"{q}Sources"):
                    for index, source in enumerate(content.sources):
                        step(index, source.title)
                        media = content.media.get(source.id)
                        if media is None:
                            _write_text_source(xf, content, source, names, q)
                            continue
                        if media.kind in RECORDING_KINDS:
                            write_recording_source(xf, q, content, source, media, names)
                            continue
                        with media_source(xf, q, content, source, media) as (tag, guid):
                            _write_text_source(xf, content, source, names, q, tag, guid)
            _write_notes(xf, content, q)
            if study.notes:
                xf.write(new_element(f"{q}Description", {}, study.notes, {None: PROJECT_NS}))
            for memo in content.memos_by_target.get(("study", None), []):
                xf.write(new_element(f"{q}NoteRef", {"targetGUID": memo_guid(memo)},
                                  nsmap={None: PROJECT_NS}))


def _write_text_source(xf, content: ExportContent, source, names: dict[int, str],
                       q: str, tag: str | None = None, guid: str | None = None) -> None:
    """Stream one TextSource (or, with `tag` and `guid`, the TextDescription or
    Representation inside a PictureSource/PDFSource: exporters/refi/media.py). Hot path:
    GUIDs, numbers and dates are XML-safe by construction, so only names and memos go
    through `xml_safe`."""
    text_file = content.source_guids[source.id]
    guid = guid or text_file
    attrib = {"guid": guid, "name": source.title, "plainTextPath": f"internal://{text_file}.txt",
              "creationDateTime": valid_datetime(source.created),
              "modifiedDateTime": valid_datetime(source.modified)}
    memos, users = content.memos_by_target, content.user_guids
    convert = content.converters.get(source.id)
    segment_guids, code_guids = content.segment_guids, content.code_guids
    element, stamps = xf.element, content.stamps
    tag_selection, tag_description = f"{q}PlainTextSelection", f"{q}Description"
    tag_coding, tag_code_ref, tag_note_ref = f"{q}Coding", f"{q}CodeRef", f"{q}NoteRef"
    with element(tag or f"{q}TextSource", {k: xml_safe(v) for k, v in attrib.items() if v}):
        if source.memo:
            with element(tag_description):
                xf.write(xml_safe(source.memo))
        for segment in content.segments_by_source.get(source.id, []):
            segment_guid = segment_guids[segment.id]
            start, end = (segment.start, segment.end) if convert is None else (
                convert(segment.start), convert(segment.end))
            attrib = {"guid": segment_guid, "name": xml_safe(names.get(segment.id, "")),
                      "startPosition": str(start), "endPosition": str(end)}
            coding = {"guid": stable_guid("coding", segment_guid)}
            user = users.get(segment.coder)
            if user:
                attrib["creatingUser"] = coding["creatingUser"] = user
            created = stamps.get(segment.created) or stamps.setdefault(
                segment.created, valid_datetime(segment.created) or "")
            if created:
                attrib["creationDateTime"] = coding["creationDateTime"] = created
            modified = stamps.get(segment.modified) or stamps.setdefault(
                segment.modified, valid_datetime(segment.modified) or "")
            if modified:
                attrib["modifiedDateTime"] = modified
            with element(tag_selection, attrib):
                if segment.memo:
                    with element(tag_description):
                        xf.write(xml_safe(segment.memo))
                with element(tag_coding, coding), element(
                        tag_code_ref, {"targetGUID": code_guids[segment.code_id]}):
                    pass
                for memo in memos.get(("segment", segment.id), ()):
                    with element(tag_note_ref, {"targetGUID": memo_guid(memo)}):
                        pass
        write_source_tail(xf, content, source, q)


def _write_notes(xf, content: ExportContent, q: str) -> None:
    if not content.memos:
        return
    notes = new_element(f"{q}Notes", {}, nsmap={None: PROJECT_NS})
    links = []
    for memo in content.memos:
        guid = memo_guid(memo)
        note = sub_element(notes, f"{q}Note", {
            "guid": guid, "name": memo.title, "plainTextPath": f"internal://{guid}.txt",
            "creatingUser": content.user_guids.get(memo.author),
            "creationDateTime": valid_datetime(memo.created),
            "modifiedDateTime": valid_datetime(memo.modified)})
        sub_element(note, f"{q}PlainTextContent", {}, memo.body)
        if memo.target_type == "participant" and memo.target_id in content.participant_guids:
            links.append(memo)
    xf.write(notes)
    if links:
        element = new_element(f"{q}Links", {}, nsmap={None: PROJECT_NS})
        for memo in links:
            sub_element(element, f"{q}Link", {
                "guid": stable_guid("link", memo_guid(memo)), "name": "Memo on participant",
                "direction": "OneWay", "originGUID": memo_guid(memo),
                "targetGUID": content.participant_guids[memo.target_id]})
        xf.write(element)

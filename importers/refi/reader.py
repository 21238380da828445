"""Read a REFI-QDA project (`project.qde` in a `.qdpx`) or codebook (`.qdc`) into plain data.

`read_document(path)` opens the file safely (`importers.refi.package`), parses it once
and walks the tree child by child (no XPath), producing a `RefiDocument`. It accepts
the namespace variants real tools write, GUIDs in any case or in braces, and missing
optional parts. Text sources come with their text (from the archive, from disk for
`relative://`/`absolute://`, or from PlainTextContent); what Telaah cannot hold
(pictures, PDFs, audio, video, transcripts, sets, graphs, other links, case codings)
is listed in `document.skipped` instead of failing. A selection outside its text, or
with positions that are not whole numbers, is skipped and listed; the rest comes in.
Positions are read in the unit the writing tool used (`positions.py`), per source.
"""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path

from lxml import etree

from importers.refi.document import RefiCase, RefiCode, RefiDocument, RefiNote
from importers.refi.extras import apply_extras, read_extras
from importers.refi.media_sources import MEDIA_KINDS, read_media_source
from importers.refi.package import REFUSE, Package, open_package, parse_xml
from importers.refi.positions import CODE_POINTS, origin_unit
from importers.refi.recording_sources import RECORDING_KINDS, read_recording_source
from importers.refi.text_sources import TextSourceReader, text_of
from resources.refi import ACCEPTED_NS, RGB_RE, VARIABLE_ALIASES, decode_trailer, normalise_guid
from storage import messages
from storage.errors import ImportFailedError, Message
from storage.gc_pause import gc_paused

_CASE_KEYS = ("group", "organisation", "role")
_MEDIA = {"PictureSource": "picture", "PDFSource": "PDF document",
          "AudioSource": "audio source", "VideoSource": "video source"}
_MEDIA_REASON = {
    "PictureSource": "pictures and their regions are not supported",
    "PDFSource": "PDF documents and their regions are not supported (nor their text "
                 "representation)",
    "AudioSource": "audio, its transcripts and time selections are not supported",
    "VideoSource": "video, its transcripts and time selections are not supported",
}


def read_document(path: Path, outside: str | frozenset = REFUSE) -> RefiDocument:
    """Read and check `path` completely; raises ImportFailedError when it is refused.

    `outside` says which files outside the archive may be read (`package.py`); the
    ones it did not allow are listed in `document.outside_files`."""
    with gc_paused():
        package = open_package(path, outside)
        try:
            root = parse_xml(package, package.xml, "project.qde" if package.archive is not None
                             else Message(messages.THE_FILE))
            document = _Reader(package, root).read(root)
            document.outside_files = list(dict.fromkeys(package.outside_asked))
            return document
        finally:
            package.close()


class _Reader(TextSourceReader):
    def __init__(self, package: Package, root):
        self.package = package
        namespace = etree.QName(root).namespace or ""
        if not ACCEPTED_NS.match(namespace):
            raise package.fail(messages.REFI_NAMESPACE, namespace=namespace)
        self.prefix = f"{{{namespace}}}" if namespace else ""
        self.users: dict[str, str] = {}
        self.variables: dict[str, str] = {}
        self.seen: dict[str, set[str]] = {"code": set(), "source": set(), "selection": set(),
                                          "note": set(), "case": set(), "coding": set()}
        self.selection_guids = self.seen["selection"]
        self.unknown_variables: Counter[str] = Counter()
        self.tags = {name: f"{self.prefix}{name}" for name in (
            "PlainTextSelection", "Coding", "CodeRef", "Description", "NoteRef", "VariableValue",
            "PlainTextContent")}
        self.refs: dict[str | None, str | None] = {}          # raw GUID -> normalised
        self.user_names: dict[str | None, str | None] = {}    # raw GUID -> user name
        self.code_names: dict[str, str] = {}                  # code GUID -> name
        self.preferred_unit = (CODE_POINTS, False)
        self.doc: RefiDocument | None = None

    # -- helpers ------------------------------------------------------------------

    def children(self, element):
        """(local name, child) for each child element in this document's namespace."""
        prefix, cut = self.prefix, len(self.prefix)
        for child in element:
            tag = child.tag
            if isinstance(tag, str) and tag.startswith(prefix):
                yield tag[cut:], child

    def guid(self, value: str | None, kind: str) -> str:
        """The normalised GUID, or a fresh one when missing or already used by `kind`."""
        guid = normalise_guid(value)
        if guid is None or guid in self.seen[kind]:
            guid = str(uuid.uuid4())
        self.seen[kind].add(guid)
        return guid

    def user(self, value: str | None) -> str | None:
        try:
            return self.user_names[value]
        except KeyError:
            name = self.user_names[value] = self.users.get(normalise_guid(value) or "")
            return name

    def fail(self, template: str, **values) -> ImportFailedError:
        return self.package.fail(template, **values)

    # -- document -----------------------------------------------------------------

    def read(self, root) -> RefiDocument:
        kind = etree.QName(root).localname
        if kind not in ("Project", "CodeBook"):
            raise self.fail(messages.REFI_ROOT, kind=kind)
        self.doc = doc = RefiDocument(self.package.path,
                                      "project" if kind == "Project" else "codebook")
        doc.name = root.get("name", "")
        doc.origin = root.get("origin", "")
        self.preferred_unit = origin_unit(doc.origin)
        if doc.kind == "codebook":
            for name, child in self.children(root):
                if name == "Codes":
                    self.read_codes(child, None)
                elif name == "Sets":
                    self.skip_count(child, "Set", "set(s) of codes: sets are not supported")
            return doc
        self.read_project(root)
        self.report_positions()
        apply_extras(doc, read_extras(self.package))
        return doc

    def report_positions(self) -> None:
        """Say which reading of positions was used where, and what could not be placed."""
        doc = self.doc
        for name, unit, (as_points, as_units), count in doc.readings:
            doc.notices.append(
                f"Source '{name}' has characters outside the Basic Multilingual Plane: its "
                f"positions were read as {unit} ({max(as_points, as_units)} of {count} "
                f"selection(s) start and end on word boundaries that way, "
                f"{min(as_points, as_units)} the other way).")
        if doc.broken:
            doc.skipped.append(f"{len(doc.broken)} selection(s) that could not be placed:")
            doc.skipped += [f"  {line}" for line in doc.broken]

    def read_project(self, root) -> None:
        doc = self.doc
        parts = list(self.children(root))
        for name, child in parts:
            if name == "Users":
                for _n, user in self.children(child):
                    guid = normalise_guid(user.get("guid"))
                    if guid:
                        self.users[guid] = user.get("name") or f"user {guid[:8]}"
                        self.doc.users[guid] = self.users[guid]
            elif name == "Variables":
                for _n, variable in self.children(child):
                    guid = normalise_guid(variable.get("guid"))
                    if guid:
                        self.variables[guid] = variable.get("name") or ""
        doc.default_user = self.user(root.get("creatingUserGUID")) or ""
        links = []
        for name, child in parts:
            if name == "CodeBook":
                for _n, codes in self.children(child):
                    self.read_codes(codes, None)
            elif name == "Cases":
                for _n, case in self.children(child):
                    self.read_case(case)
            elif name == "Sources":
                for kind, source in self.children(child):
                    if kind == "TextSource":
                        self.read_text_source(source, root.get("basePath", ""))
                    elif kind in MEDIA_KINDS:
                        read_media_source(self, kind, source, root.get("basePath", ""))
                    elif kind in RECORDING_KINDS:
                        read_recording_source(self, kind, source, root.get("basePath", ""))
                    elif kind in _MEDIA:
                        self.skip_media(kind, source)
            elif name == "Notes":
                for _n, note in self.children(child):
                    self.read_note(note, root.get("basePath", ""))
            elif name == "Links":
                links = [(link.get("originGUID"), link.get("targetGUID"))
                         for _n, link in self.children(child)]
            elif name == "Sets":
                self.skip_count(child, "Set", "set(s) of codes or sources: sets are not "
                                "supported")
            elif name == "Graphs":
                self.skip_count(child, "Graph", "graph(s) (network views): not supported")
            elif name == "Description":
                doc.description, doc.extra = decode_trailer(text_of(child))
            elif name == "NoteRef":
                doc.refer(normalise_guid(child.get("targetGUID")), "study", None)
        self.resolve_links(links)
        for variable, count in sorted(self.unknown_variables.items()):
            doc.skipped.append(f"variable '{variable}' ({count} value(s)): Telaah has no "
                               "such field")

    def skip_count(self, element, tag: str, what: str) -> None:
        count = sum(1 for name, _c in self.children(element) if name == tag)
        if count:
            self.doc.skipped.append(f"{count} {what}")

    def skip_media(self, kind: str, element) -> None:
        selections, codings = set(), 0
        for child in element.iter():
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag.endswith("Selection"):
                selections.add(normalise_guid(child.get("guid")) or id(child))
            codings += tag == f"{self.prefix}Coding"
        name = element.get("name") or element.get("path") or "?"
        self.doc.skipped.append(f"{_MEDIA[kind]} '{name}' ({len(selections)} selection(s), "
                                f"{codings} coding(s)): {_MEDIA_REASON[kind]}")

    def resolve_links(self, links) -> None:
        notes, cases = self.seen["note"], self.seen["case"]
        other = 0
        for origin, target in links:
            origin, target = normalise_guid(origin), normalise_guid(target)
            if origin in notes and target in cases:
                self.doc.refer(origin, "case", target)
            elif target in notes and origin in cases:
                self.doc.refer(target, "case", origin)
            else:
                other += 1
        if other:
            self.doc.skipped.append(f"{other} link(s) between items: only links from a note "
                                    "to a case are kept (as participant memos)")

    # -- codes --------------------------------------------------------------------

    def read_codes(self, elements, parent: RefiCode | None) -> None:
        """Read the Code elements among `elements` (an element or a list of them)."""
        for name, child in self.children(elements):
            if name != "Code":
                continue
            description, notes, subcodes = "", [], []
            for part, grandchild in self.children(child):
                if part == "Description":
                    description = text_of(grandchild)
                elif part == "NoteRef":
                    notes.append(normalise_guid(grandchild.get("targetGUID")))
                elif part == "Code":
                    subcodes.append(grandchild)
            definition, extra = decode_trailer(description)
            color = child.get("color")
            code = RefiCode(self.guid(child.get("guid"), "code"), child.get("name") or "",
                            color if color and RGB_RE.match(color) else None, definition,
                            extra, parent, [n for n in notes if n],
                            child.get("isCodable", "true").strip().lower() != "false")
            self.doc.codes.append(code)
            self.code_names[normalise_guid(child.get("guid")) or code.guid] = code.name
            for note in code.note_guids:
                self.doc.refer(note, "code", code.guid)
            self.read_codes(subcodes, code)

    # -- variables and cases --------------------------------------------------------

    def read_values(self, elements, keys: tuple[str, ...]) -> dict[str, str]:
        """Telaah field -> value for the VariableValue `elements` it recognises."""
        values: dict[str, str] = {}
        for child in elements:
            ref, value = None, None
            for part, grandchild in self.children(child):
                if part == "VariableRef":
                    ref = normalise_guid(grandchild.get("targetGUID"))
                elif part.endswith("Value"):
                    value = text_of(grandchild)
            variable = self.variables.get(ref or "", "")
            key = next((k for k in keys if variable.strip().lower() in VARIABLE_ALIASES[k]),
                       None)
            if key is None:
                self.unknown_variables[variable or "(undeclared)"] += 1
            elif value:
                values[key] = value
        return values

    def read_case(self, element) -> None:
        case = RefiCase(self.guid(element.get("guid"), "case"), element.get("name") or "", "")
        coded = 0
        for name, child in self.children(element):
            if name == "Description":
                case.description = text_of(child)
            elif name == "CodeRef":
                coded += 1
            elif name in ("SourceRef", "SelectionRef"):
                guid = normalise_guid(child.get("targetGUID"))
                if guid:
                    (case.source_guids if name == "SourceRef" else case.selection_guids
                     ).append(guid)
        case.values = self.read_values(
            [c for n, c in self.children(element) if n == "VariableValue"], _CASE_KEYS)
        if coded:
            self.doc.skipped.append(f"{coded} code(s) applied to case '{case.name}': codes "
                                    "on whole cases are not supported")
        self.doc.cases.append(case)

    # -- sources and notes ----------------------------------------------------------

    def read_note(self, element, base_path: str) -> None:
        guid = self.guid(element.get("guid"), "note")
        name = element.get("name") or ""
        parts = {n: c for n, c in reversed(list(self.children(element)))}   # first wins
        content = text_of(parts["PlainTextContent"]) if "PlainTextContent" in parts else None
        text, _reason = self.loadtext_of(element, content, base_path, f"Note '{name}'")
        description = text_of(parts["Description"]) if "Description" in parts else ""
        body = text or ""
        if description:
            body = description + ("\n\n" + body if body else "")
        coded = sum(1 for n, _c in self.children(element) if n == "PlainTextSelection")
        if coded:
            self.doc.skipped.append(f"{coded} coded selection(s) inside note '{name}': "
                                    "codings of memos are not supported")
        self.doc.notes.append(RefiNote(guid, name, body, self.user(element.get("creatingUser")),
                                       element.get("creationDateTime")))

"""Open a REFI-QDA file safely: the archive, its XML, and the text files it points to.

A `.qdpx` is a zip from an unknown sender, so nothing is extracted to disk: entries are
read into memory by name, at most `MAX_ENTRIES` of them, each read with a size cap
(the declared sizes are checked first, then enforced while decompressing, so a lying
header cannot inflate), at most `MAX_TOTAL_BYTES` in all. Entry names and `internal://`
references that climb out of the archive (`..`, absolute paths, drive letters) refuse
the whole file. XML is parsed by lxml with entities unresolved, no DTD, no network and
libxml2's default size limits; a document that declares a DOCTYPE is refused before
it is parsed (and checked again after, should the prolog scan be fooled).
`relative://` paths must stay inside the `.qdpx`'s folder (or `basePath`);
`absolute://` paths may name only `.txt` files. Names are matched case-insensitively
(`Project.qde`, `Sources/`). Every refusal is an `ImportFailedError` naming the file.

Files outside the archive (`relative://`, `absolute://`) are read only when the
researcher allows it (`outside`): "refuse" (the default: the whole file is refused,
naming the outside file), "allow" (the CLI's --allow-outside-files), or the set of
files the researcher confirmed one by one (the GUI); under a set, any other outside
file is skipped and listed in `Package.outside_asked` to be asked about.

Zip bombs: an entry whose compression ratio exceeds `MAX_RATIO` (plain text deflates
about 3-10-fold; 100-fold is no longer text) is refused, from its declared sizes and
again while it is unpacked, as is an archive declaring more than `MAX_TOTAL_BYTES`
uncompressed, at most `MAX_ENTRY_BYTES` per entry. Entries are unpacked in 1 MB
chunks into one buffer, so an accepted entry is held once, never twice.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from lxml import etree

from storage import messages
from storage.errors import ImportFailedError

MAX_ENTRIES = 20_000
MAX_TOTAL_BYTES = 2 << 30       # all entries together, uncompressed
MAX_ENTRY_BYTES = 1 << 30       # project.qde or one source file
MAX_LOOSE_FILE_BYTES = 256 << 20  # a .qdc, or a source read via relative:// or absolute://
MAX_PREFETCH_BYTES = 512 << 20  # source entries unpacked ahead while the XML is parsed
MAX_RATIO = 100                 # uncompressed / compressed size of one entry
RATIO_FLOOR = 1 << 20           # entries smaller than this unpacked may have any ratio
_CHUNK = 1 << 20
REFUSE, ALLOW = "refuse", "allow"


@dataclass
class Package:
    """A REFI-QDA file opened for reading: its XML bytes and its archive entries."""

    path: Path
    xml: bytes
    archive: zipfile.ZipFile | None = None
    entries: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    read_bytes: int = 0
    outside: str | frozenset = REFUSE     # REFUSE, ALLOW or the confirmed files
    outside_asked: list[Path] = field(default_factory=list)

    prefetched: dict[str, Future] = field(default_factory=dict)
    _prefetcher: ThreadPoolExecutor | None = None
    _prefetch_archive: zipfile.ZipFile | None = None

    def close(self) -> None:
        if self._prefetcher is not None:
            self._prefetcher.shutdown(wait=True, cancel_futures=True)
            self._prefetcher = None
        self.prefetched.clear()
        for archive in (self._prefetch_archive, self.archive):
            if archive is not None:
                archive.close()

    def prefetch_sources(self) -> None:
        """Start unpacking the entries under `sources/` in a background thread.

        The XML is unpacked and parsed meanwhile (zlib and lxml let go of Python's
        lock), so the texts are ready when the reader asks for them; `entry` waits for
        one that is not. At most `MAX_PREFETCH_BYTES` are unpacked ahead, the rest on
        demand; `close` stops the thread and its archive handle.
        """
        if self.archive is None:
            return
        budget, wanted = MAX_PREFETCH_BYTES, []
        for name, info in self.entries.items():
            if name.startswith("sources/") and info.file_size <= budget:
                budget -= info.file_size
                wanted.append((name, info))
        if not wanted:
            return
        self._prefetcher = ThreadPoolExecutor(1, thread_name_prefix="refi-prefetch")
        self._prefetch_archive = zipfile.ZipFile(self.path)   # a handle of its own
        for name, info in wanted:
            self.prefetched[name] = self._prefetcher.submit(
                _read_capped, self, info, self._prefetch_archive)

    def fail(self, template: str, **values) -> ImportFailedError:
        """The refusal `template` (one of `storage.messages`, starting "{path}: ")."""
        return ImportFailedError.of(template, path=self.path, **values)

    def entry(self, name: str) -> bytes | None:
        """The bytes of the archive entry `name` (any case), None when absent."""
        info = self.entries.get(name.lower())
        if info is None or self.archive is None:
            return None
        ahead = self.prefetched.pop(name.lower(), None)
        data = ahead.result() if ahead is not None else _read_capped(self, info)
        self.read_bytes += len(data)
        if self.read_bytes > MAX_TOTAL_BYTES:
            raise self.fail(messages.REFI_UNPACKS_TOO_MUCH, limit=MAX_TOTAL_BYTES >> 20)
        return data


def open_package(path: Path, outside: str | frozenset = REFUSE) -> Package:
    """Read a `.qdpx` (zip) or `.qdc`/`.qde` (bare XML) file; see the module docstring."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as error:
        raise ImportFailedError.of(messages.FILE_UNREADABLE, path=path,
                                   detail=error.strerror or error) from None
    if magic != b"PK\x03\x04":
        if path.stat().st_size > MAX_LOOSE_FILE_BYTES:
            raise ImportFailedError.of(messages.REFI_TOO_LARGE, path=path,
                                       limit=MAX_LOOSE_FILE_BYTES >> 20)
        return Package(path, path.read_bytes(), outside=outside)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise ImportFailedError.of(messages.REFI_NOT_ZIP, path=path, detail=error) from None
    package = Package(path, b"", archive, outside=outside)
    try:
        _index(package)
        qde = _find_qde(package)
        package.prefetch_sources()
        package.xml = package.entry(qde.filename)
    except BaseException:
        package.close()
        raise
    return package


def _index(package: Package) -> None:
    infos = package.archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise package.fail(messages.REFI_TOO_MANY_ENTRIES, count=len(infos), limit=MAX_ENTRIES)
    declared = 0
    for info in infos:
        check_entry_name(package, info.filename)
        declared += info.file_size
        if info.file_size > MAX_ENTRY_BYTES:
            raise package.fail(messages.REFI_ENTRY_TOO_BIG, entry=info.filename,
                               size=info.file_size, limit=MAX_ENTRY_BYTES >> 20)
        if not info.is_dir():
            package.entries.setdefault(info.filename.lower(), info)
    if declared > MAX_TOTAL_BYTES:
        raise package.fail(messages.REFI_DECLARES_TOO_MUCH, size=declared,
                           limit=MAX_TOTAL_BYTES >> 20)
    for info in infos:
        _check_ratio(package, info, info.file_size)


def check_entry_name(package: Package, name: str) -> None:
    """Refuse names that would leave the archive's folder if it were extracted."""
    unified = name.replace("\\", "/")
    parts = PurePosixPath(unified).parts
    if (unified.startswith("/") or ".." in parts or (len(unified) > 1 and unified[1] == ":")
            or "\x00" in name):
        raise package.fail(messages.REFI_ZIP_SLIP, entry=name)


def _find_qde(package: Package) -> zipfile.ZipInfo:
    info = package.entries.get("project.qde")
    if info is not None:
        return info
    found = [i for n, i in package.entries.items() if n.endswith(".qde") and "/" not in n]
    if len(found) == 1:
        return found[0]
    raise package.fail(messages.REFI_NO_QDE)


def _check_ratio(package: Package, info: zipfile.ZipInfo, unpacked: int) -> None:
    """Refuse an entry that inflates more than MAX_RATIO-fold (not plausible for text)."""
    if unpacked > RATIO_FLOOR and unpacked > MAX_RATIO * max(info.compress_size, 1):
        raise package.fail(messages.REFI_RATIO, entry=info.filename,
                           ratio=unpacked // max(info.compress_size, 1), limit=MAX_RATIO)


def _read_capped(package: Package, info: zipfile.ZipInfo,
                 archive: zipfile.ZipFile | None = None) -> bytearray:
    """The entry's bytes, unpacked chunk by chunk into one preallocated buffer, with
    the declared size, the ratio and the size limit enforced as it inflates."""
    limit = min(info.file_size, MAX_ENTRY_BYTES)
    buffer, size = bytearray(limit), 0
    try:
        with (archive or package.archive).open(info) as stream:
            while True:
                chunk = stream.read(min(_CHUNK, limit - size + 1))
                if not chunk:
                    break
                if size + len(chunk) > limit:
                    raise package.fail(messages.REFI_ENTRY_LIES, entry=info.filename,
                                       size=info.file_size)
                buffer[size:size + len(chunk)] = chunk
                size += len(chunk)
                _check_ratio(package, info, size)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            ValueError) as error:
        raise package.fail(messages.REFI_ENTRY_DAMAGED, entry=info.filename,
                           detail=error) from None
    del buffer[size:]
    return buffer  # bytes-like; lxml and the decoder take it without a copy


_PROLOG_DOCTYPE = re.compile(r"^\ufeff?\s*(<\?.*?\?>\s*|<!--.*?-->\s*)*<!DOCTYPE",
                             re.DOTALL | re.IGNORECASE)


def _declares_doctype(data: bytes) -> bool:
    """True when the prolog (before the root element) holds a DOCTYPE declaration."""
    head = data[:1 << 16]
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return bool(_PROLOG_DOCTYPE.match(head[2:].decode(encoding, "ignore")))
    return bool(_PROLOG_DOCTYPE.match(head.decode("utf-8", "ignore")))


def parse_xml(package: Package, data: bytes, what: str):
    """The root element of `data`, parsed with the safe settings above."""
    if not data.strip():
        raise package.fail(messages.REFI_EMPTY, what=what)
    if _declares_doctype(data):
        raise package.fail(messages.REFI_DOCTYPE, what=what)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False, dtd_validation=False, remove_comments=True,
                             remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, IndexError) as error:  # IndexError: lxml on odd bytes
        raise package.fail(messages.REFI_NOT_XML, what=what, detail=error) from None
    if root is None:
        raise package.fail(messages.REFI_EMPTY, what=what)
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise package.fail(messages.REFI_DOCTYPE, what=what)
    return root


def read_reference(package: Package, reference: str, base_path: str) -> tuple[bytes | None, str]:
    """The bytes a plainTextPath names, and a note on where they came from (or why not)."""
    scheme, found, rest = reference.partition("://")
    if not found:         # no scheme at all: some writers name the file in sources/
        return _read_schemeless(package, reference.replace("\\", "/"))
    scheme = scheme.lower()
    rest = rest.replace("\\", "/")
    if scheme == "internal":
        name = rest.lstrip("/")
        check_entry_name(package, name)
        for candidate in (f"sources/{name}", name):
            data = package.entry(candidate)
            if data is not None:
                return data, ""
        return None, f"its text file {reference} is not in the archive"
    if scheme == "relative":
        return _read_relative(package, rest.lstrip("/"), base_path, reference)
    if scheme in ("absolute", "file"):
        target = Path(rest[1:] if len(rest) > 2 and rest[0] == "/" and rest[2] == ":" else rest)
        return _read_loose(package, target, reference)
    return None, f"its text file reference '{reference}' is not internal://, relative:// " \
                 "or absolute://"


def _outside_allowed(package: Package, target: Path) -> bool:
    """May a file outside the archive be read? Refused outright unless allowed."""
    if package.outside == ALLOW:
        return True
    if package.outside == REFUSE:
        raise package.fail(messages.REFI_OUTSIDE_FILE, file=target)
    return target.resolve() in package.outside
def _read_schemeless(package: Package, name: str) -> tuple[bytes | None, str]:
    check_entry_name(package, name)
    for candidate in (f"sources/{name}", name):
        data = package.entry(candidate)
        if data is not None:
            return data, (f"named without a scheme ('{name}') and read from {candidate} "
                          "inside the archive")
    return None, f"its text file '{name}' has no scheme and is not in the archive"


def _read_relative(package: Package, rest: str, base_path: str, reference: str):
    if ".." in PurePosixPath(rest).parts:
        raise package.fail(messages.REFI_CLIMBS_OUT, reference=reference)
    bases = [package.path.resolve().parent]
    if base_path and Path(base_path).is_absolute():
        bases.append(Path(base_path))
    for base in bases:
        target = (base / rest).resolve()
        if target.is_relative_to(base.resolve()) and target.is_file():
            return _read_loose(package, target, reference)
    return None, f"its text file {reference} was not found next to {package.path.name}"


def _read_loose(package: Package, target: Path, reference: str):
    if not target.is_absolute():
        return None, f"{reference} is not an absolute path on this computer"
    if target.suffix.lower() != ".txt":
        return None, f"{reference} is not a .txt file, and only those are read from disk"
    try:
        if not target.is_file():
            return None, f"its text file {reference} was not found"
        if not _outside_allowed(package, target):
            package.outside_asked.append(target)
            return None, f"its text file {target} is outside the archive and was not allowed"
        if target.stat().st_size > MAX_LOOSE_FILE_BYTES:
            return None, f"{reference} is larger than {MAX_LOOSE_FILE_BYTES >> 20} MB"
        return target.read_bytes(), f"read from {target}"
    except OSError as error:
        return None, f"{reference} cannot be read ({error.strerror or error})"

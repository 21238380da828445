"""Refresh the Indonesian translation file and compile it: `make translations`.

`resources/i18n/telaah_id.ts` is the maintained source of the translations: edit it in
Qt Linguist (or any translation platform that reads Qt's .ts), then run this tool. It
runs `pyside6-lupdate` over every `gui/**/*.py` into the .ts, which keeps every
translation already there (obsolete strings dropped); files strings of module-level
`tr()` wrappers under their real context; adds the dock titles passed as literals to
`window.add_dock(...)` (translated by the main window, so lupdate cannot see them), the
`tr("...")` calls lupdate misses (inside f-strings) under their context, Qt's own button
and edit-menu texts (Qt has no Indonesian of its own), the core's message templates
(`storage/messages.py`, context "CoreMessages") and the export formats' labels and file
filters (`exporters/formats.py`, context "ExportFormats"), each new one as unfinished;
lists what is still untranslated, and compiles `telaah_id.qm` with `pyside6-lrelease`.
`--check` exits 1 when anything is untranslated. `tests/test_translations.py` checks
the .ts itself (nothing unfinished, placeholders kept, one accelerator per entry, the
.qm compiled from it).

Folding in a Python dictionary of translations (a branch written before the .ts became
the source, with a `tools/translations_id_<feature>.py`): once, after merging, run

    python tools/update_translations.py --import-dict tools/translations_id_<feature>.py

which refreshes the .ts as above and then fills its untranslated entries from every
module-level dict of that file (`{english: indonesian}` for any context, or
`{(context, english): indonesian}` for one); translations already in the .ts are never
overwritten. Then delete the dictionary file.
"""

from __future__ import annotations

import argparse
import ast
import copy
import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

I18N = ROOT / "resources" / "i18n"
TS = I18N / "telaah_id.ts"
QM = I18N / "telaah_id.qm"
DOCK_CONTEXT = "MainWindow"
CORE_CONTEXT = "CoreMessages"    # storage/messages.py, translated by gui.i18n.translated
FORMATS_CONTEXT = "ExportFormats"  # exporters/formats.py, translated by gui.i18n.format_text
# Qt's own strings shown in our windows; Qt ships no Indonesian for them, so our file
# carries them (a translator is asked for every context).
QT_MESSAGES = {
    "QPlatformTheme": ["OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No",
                       "N&o to All", "Abort", "Retry", "Ignore", "Close", "Cancel",
                       "Discard", "Help", "Apply", "Reset", "Restore Defaults"],
    "QLineEdit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
    "QWidgetTextControl": ["&Undo", "&Redo", "Cu&t", "&Copy", "Copy &Link Location",
                           "&Paste", "Delete", "Select All"],
    "QProgressDialog": ["Cancel"],
    # Qt's own file dialog (shown where the platform has no native one)
    "QFileDialog": [
        "&Look in:", "File &name:", "Files of &type:", "&Open", "&Save", "&Choose",
        "&Delete", "&Rename", "&New Folder", "Show &hidden files", "All Files (*)",
        "Back", "Forward", "Parent Directory", "Create New Folder", "Create a New Folder",
        "List View", "Detail View", "Change to detail view mode", "Change to list view mode",
        "Directories", "Directory:", "Files", "Go back", "Go forward",
        "Go to the parent directory", "List of places and bookmarks", "Show ", "Sidebar",
        "New Folder", "Open", "Save As", "Find Directory", "Recent Places",
        "%1 already exists.\nDo you want to replace it?",
        "Are you sure you want to delete '%1'?", "Could not delete directory.",
        "'%1' is write protected.\nDo you want to delete it anyway?",
        "%1\nFile not found.\nPlease verify the correct file name was given.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given."],
    "QFileSystemModel": ["Computer", "Date Modified", "Name", "Size",
                         ("Type", "All other platforms")],
    "QAbstractFileIconProvider": ["Drive", ("Folder", "All other platforms"), "File",
                                  "%1 File", "Unknown", "File Folder"],
}


def tool(name: str) -> str:
    """Path of a PySide6 tool: next to this Python, on PATH, or inside PySide6."""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}"]
    found = shutil.which(f"pyside6-{name}")
    if found:
        candidates.append(Path(found))
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).parent / name)
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found; install PySide6 in this environment.")


def gui_files() -> list[Path]:
    return sorted(p for p in (ROOT / "gui").rglob("*.py") if "__pycache__" not in p.parts)


def dock_titles(files: list[Path]) -> list[str]:
    """Literal titles given to `add_dock(widget, name, "Title", ...)`."""
    titles: list[str] = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "add_dock"):
                continue
            arg = node.args[2] if len(node.args) > 2 else next(
                (k.value for k in node.keywords if k.arg == "title_source"), None)
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                titles.append(arg.value)
    return titles


def module_tr_contexts(files: list[Path]) -> dict[Path, str]:
    """Files whose module-level `tr()` wraps `QCoreApplication.translate("Context", ...)`.

    lupdate files such bare `tr("...")` calls under an empty context; the strings are
    looked up at run time under the wrapper's context, so they are moved there.
    """
    found: dict[Path, str] = {}
    for path in files:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not (isinstance(node, ast.FunctionDef) and node.name == "tr"):
                continue
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate" and call.args
                        and isinstance(call.args[0], ast.Constant)):
                    found[path.resolve()] = str(call.args[0].value)
    return found


def missed_tr_messages(files: list[Path], module_contexts: dict[Path, str]
                       ) -> dict[str, list[tuple[str, bool]]]:
    """Literal `tr("...")` calls by context: (source, numerus) pairs.

    lupdate does not see a `tr()` call inside an f-string expression. `self.tr("...")`
    is filed under its class (where lupdate files the others), a module-level wrapper's
    `tr("...")` under the wrapper's context; only what lupdate missed gets added.
    """
    found: dict[str, list[tuple[str, bool]]] = {}

    def literal_calls(node, is_tr):
        for call in ast.walk(node):
            if (isinstance(call, ast.Call) and is_tr(call.func) and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)):
                yield call.args[0].value, len(call.args) > 2

    def self_tr(func) -> bool:
        return (isinstance(func, ast.Attribute) and func.attr == "tr"
                and isinstance(func.value, ast.Name) and func.value.id == "self")

    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in ast.walk(tree):
            if isinstance(cls, ast.ClassDef):
                found.setdefault(cls.name, []).extend(literal_calls(cls, self_tr))
        context = module_contexts.get(path.resolve())
        if context:
            found.setdefault(context, []).extend(literal_calls(
                tree, lambda func: isinstance(func, ast.Name) and func.id == "tr"))
    return found


def core_messages() -> list[str]:
    """The templates of `storage/messages.py` (module-level string constants)."""
    tree = ast.parse((ROOT / "storage" / "messages.py").read_text(encoding="utf-8"))
    return [node.value.value for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)]


def export_format_texts() -> list[str]:
    """The labels and file filters of `exporters.formats`, each once."""
    from exporters.formats import FORMATS

    texts = [text for fmt in FORMATS.values() for text in (fmt.label, fmt.file_filter)]
    return list(dict.fromkeys(texts))


def move_module_tr_messages(root: ET.Element, contexts: dict[Path, str],
                            folder: Path = I18N) -> None:
    for context in list(root.iter("context")):
        if context.findtext("name"):
            continue
        for message in list(context.iter("message")):
            targets = {contexts.get((folder / loc.get("filename", "")).resolve())
                       for loc in message.iter("location")} - {None}
            if not targets:
                continue
            context.remove(message)
            for target in sorted(targets):
                add_messages(root, target, [message.findtext("source")],
                             numerus=message.get("numerus") == "yes")
        if not context.findall("message"):
            root.remove(context)


def add_messages(root: ET.Element, context_name: str, sources: list,
                 numerus: bool = False) -> None:
    """Add each source (or (source, disambiguation) pair) not yet in the context."""
    context = next((c for c in root.iter("context")
                    if c.findtext("name") == context_name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
    known = {m.findtext("source") for m in context.iter("message")}
    for entry in sources:
        source, comment = entry if isinstance(entry, tuple) else (entry, None)
        if source not in known:
            message = ET.SubElement(context, "message", numerus="yes") if numerus else \
                ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            ET.SubElement(message, "translation", type="unfinished")
            known.add(source)


def untranslated(root: ET.Element) -> list[tuple[str, ET.Element]]:
    """(context name, message) of every message without a finished translation."""
    return [(context.findtext("name"), message)
            for context in root.iter("context") for message in context.iter("message")
            if _unfinished(message)]


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (translation is None or translation.get("type") == "unfinished"
            or not _has_text(translation))


def dictionaries(path: Path) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """The translations in a Python module's module-level dicts: (any context, by context)."""
    anywhere: dict[str, str] = {}
    by_context: dict[tuple[str, str], str] = {}
    for value in runpy.run_path(str(path)).values():
        if not isinstance(value, dict):
            continue
        for key, text in value.items():
            if isinstance(key, str) and isinstance(text, str):
                anywhere[key] = text
            elif (isinstance(key, tuple) and len(key) == 2 and isinstance(text, str)
                  and all(isinstance(part, str) for part in key)):
                by_context[key] = text
    return anywhere, by_context


def fill_from(root: ET.Element, anywhere: dict[str, str],
              by_context: dict[tuple[str, str], str]) -> int:
    """Fill untranslated messages from the dicts; returns how many were filled."""
    filled = 0
    for name, message in untranslated(root):
        source = message.findtext("source")
        text = by_context.get((name, source), anywhere.get(source))
        if text is None:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            translation.text = None
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        filled += 1
    return filled


def _has_text(translation: ET.Element) -> bool:
    return bool((translation.text or "").strip() or any(
        (f.text or "").strip() for f in translation))


def finished_translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the finished <translation> of every message in `ts`."""
    if not ts.is_file():
        return {}
    return {(context.findtext("name"), message.findtext("source")): message.find("translation")
            for context in ET.parse(ts).getroot().iter("context")
            for message in context.iter("message") if not _unfinished(message)}


def restore(root: ET.Element, kept: dict[tuple[str, str], ET.Element]) -> None:
    """Give untranslated messages the translation they had before lupdate ran: lupdate
    drops those it cannot see itself (docks, core messages...) and we add them again."""
    for name, message in untranslated(root):
        translation = kept.get((name, message.findtext("source")))
        if translation is not None:
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            message.append(copy.deepcopy(translation))


def refresh(ts: Path = TS) -> ET.ElementTree:
    """Run lupdate into `ts` and add the strings it cannot see (see the docstring);
    every translation the file had is kept."""
    kept = finished_translations(ts)
    files = gui_files()
    subprocess.run([tool("lupdate"), *map(str, files), "-no-obsolete", "-locations",
                    "absolute", "-target-language", "id_ID", "-ts", str(ts)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    tree = ET.parse(ts)
    module_contexts = module_tr_contexts(files)
    move_module_tr_messages(tree.getroot(), module_contexts, ts.parent)
    add_messages(tree.getroot(), DOCK_CONTEXT, dock_titles(files))
    for context, messages in missed_tr_messages(files, module_contexts).items():
        for numerus in (False, True):
            add_messages(tree.getroot(), context,
                         [text for text, plural in messages if plural is numerus], numerus)
    for context, sources in QT_MESSAGES.items():
        add_messages(tree.getroot(), context, sources)
    add_messages(tree.getroot(), CORE_CONTEXT, core_messages())
    add_messages(tree.getroot(), FORMATS_CONTEXT, export_format_texts())
    restore(tree.getroot(), kept)
    return tree


def write_ts(tree: ET.ElementTree, ts: Path = TS) -> None:
    ET.indent(tree, space="    ")
    with ts.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)


def compile_qm(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True,
                   stdout=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a string has no translation")
    parser.add_argument("--import-dict", action="append", default=[], type=Path,
                        metavar="MODULE.py",
                        help="fill untranslated entries from the dicts of this Python "
                             "file (once, to fold in an old translations_id_*.py)")
    args = parser.parse_args(argv)
    tree = refresh()
    for path in args.import_dict:
        filled = fill_from(tree.getroot(), *dictionaries(path))
        sys.stdout.write(f"{path}: filled {filled} untranslated entries\n")
    write_ts(tree)
    compile_qm()
    missing = untranslated(tree.getroot())
    for context, message in missing:
        sys.stdout.write(f"untranslated [{context}] {message.findtext('source')!r}\n")
    sys.stdout.write(f"{TS.relative_to(ROOT)}: {len(missing)} untranslated; "
                     f"wrote {QM.relative_to(ROOT)}\n")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    raise SystemExit(main())

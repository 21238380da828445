"""Refresh the Indonesian translation: collect strings, fill them, compile the .qm.

Run `python tools/update_translations.py` after changing interface strings. It runs
`pyside6-lupdate` over every `gui/**/*.py` into `resources/i18n/telaah_id.ts` (obsolete
strings dropped), files strings of module-level `tr()` wrappers under their real
context, adds the dock titles passed as literals to `window.add_dock(...)`
(translated by the main window, so lupdate cannot see them), the `tr("...")` calls
lupdate misses (inside f-strings) under their context, and Qt's own button and
edit-menu texts (Qt has no Indonesian of its own), the core's message templates
(`storage/messages.py`, context "CoreMessages"), fills every message
from the dictionaries in `tools/translations_id.py` (the maintained source of the
translations; re-running keeps them), lists what is still untranslated, and compiles
`telaah_id.qm` with `pyside6-lrelease`. `--check` fails when anything is untranslated.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.translations_id import CONTEXT_TRANSLATIONS, TRANSLATIONS  # noqa: E402

I18N = ROOT / "resources" / "i18n"
TS = I18N / "telaah_id.ts"
QM = I18N / "telaah_id.qm"
DOCK_CONTEXT = "MainWindow"
CORE_CONTEXT = "CoreMessages"    # storage/messages.py, translated by gui.i18n.translated
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


def move_module_tr_messages(root: ET.Element, contexts: dict[Path, str]) -> None:
    for context in list(root.iter("context")):
        if context.findtext("name"):
            continue
        for message in list(context.iter("message")):
            targets = {contexts.get((I18N / loc.get("filename", "")).resolve())
                       for loc in message.iter("location")} - {None}
            if not targets:
                continue
            context.remove(message)
            for target in sorted(targets):
                add_messages(root, target, [message.findtext("source")],
                             numerus=message.get("numerus") == "yes")
        if not context.findall("message"):
            root.remove(context)


def add_messages(root: ET.Element, context_name: str, sources: list[str],
                 numerus: bool = False) -> None:
    context = next((c for c in root.iter("context")
                    if c.findtext("name") == context_name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
    known = {m.findtext("source") for m in context.iter("message")}
    for source in sources:
        if source not in known:
            message = ET.SubElement(context, "message", numerus="yes") if numerus else \
                ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")
            known.add(source)


def fill(root: ET.Element) -> list[tuple[str, str]]:
    """Fill every message from the dictionaries; returns those still missing."""
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            text = CONTEXT_TRANSLATIONS.get((name, source), TRANSLATIONS.get(source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if text is None:
                if translation.get("type") == "unfinished" or not _has_text(translation):
                    missing.append((name, source))
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
    return missing


def _has_text(translation: ET.Element) -> bool:
    return bool((translation.text or "").strip() or any(
        (f.text or "").strip() for f in translation))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a string has no translation")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    files = gui_files()
    subprocess.run([tool("lupdate"), *map(str, files), "-no-obsolete", "-locations",
                    "absolute", "-target-language", "id_ID", "-ts", str(TS)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    tree = ET.parse(TS)
    module_contexts = module_tr_contexts(files)
    move_module_tr_messages(tree.getroot(), module_contexts)
    add_messages(tree.getroot(), DOCK_CONTEXT, dock_titles(files))
    for context, messages in missed_tr_messages(files, module_contexts).items():
        for numerus in (False, True):
            add_messages(tree.getroot(), context,
                         [text for text, plural in messages if plural is numerus], numerus)
    for context, sources in QT_MESSAGES.items():
        add_messages(tree.getroot(), context, sources)
    add_messages(tree.getroot(), CORE_CONTEXT, core_messages())
    missing = fill(tree.getroot())
    ET.indent(tree, space="    ")
    with TS.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(QM)], check=True,
                   stdout=subprocess.DEVNULL)
    for context, source in missing:
        sys.stdout.write(f"untranslated [{context}] {source!r}\n")
    sys.stdout.write(f"{TS.relative_to(ROOT)}: {len(missing)} untranslated; "
                     f"wrote {QM.relative_to(ROOT)}\n")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    raise SystemExit(main())

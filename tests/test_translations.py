"""The Indonesian translation file (`resources/i18n/telaah_id.ts`) is the maintained
source: these checks run on the .ts itself (and on the tool that refreshes it)."""

from __future__ import annotations

import re
import shutil
import string
import xml.etree.ElementTree as ET

import pytest

from storage import messages
from tools import update_translations as tool

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def entries() -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translation forms, unfinished) of every message of the .ts."""
    found = []
    for context in ET.parse(tool.TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = ([f.text or "" for f in translation] or [translation.text or ""]
                     if translation is not None else [""])
            found.append((context.findtext("name"), message.findtext("source"), forms,
                          tool._unfinished(message)))
    return found


def accelerators(text: str) -> list[str]:
    return re.findall(r"&([^&\s])", text.replace("&&", ""))


def fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_nothing_is_unfinished():
    unfinished = [(context, source) for context, source, _f, open_ in entries() if open_]
    assert unfinished == []


def test_placeholders_are_kept():
    lost = [(context, source, form) for context, source, forms, _u in entries()
            for form in forms
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source))]
    assert lost == []


def test_an_entry_with_an_accelerator_keeps_exactly_one():
    wrong = [(context, source, form) for context, source, forms, _u in entries()
             for form in forms
             if len(accelerators(source)) == 1 and len(accelerators(form)) != 1]
    assert wrong == []


def test_every_core_message_has_indonesian_with_the_same_values():
    core = {source: forms[0] for context, source, forms, unfinished in entries()
            if context == tool.CORE_CONTEXT and not unfinished}
    templates = [value for name, value in vars(messages).items()
                 if name.isupper() and isinstance(value, str)]
    assert [t for t in templates if t not in core] == []
    assert [t for t in templates if fields(core[t]) != fields(t)] == []


def test_the_qm_is_compiled_from_the_ts(tmp_path):
    compiled = tmp_path / "telaah_id.qm"
    tool.compile_qm(tool.TS, compiled)
    assert compiled.read_bytes() == tool.QM.read_bytes(), "run `make translations`"


def test_the_ts_holds_every_interface_string(tmp_path):
    """Refreshing a copy adds nothing untranslated (else run `make translations` and
    translate what it lists) and keeps every translation."""
    copy = tmp_path / "i18n" / "telaah_id.ts"
    copy.parent.mkdir()
    shutil.copy(tool.TS, copy)
    refreshed = tool.refresh(copy)
    missing = [(c, m.findtext("source")) for c, m in tool.untranslated(refreshed.getroot())]
    assert missing == []


def test_a_translation_dictionary_is_folded_in_once(tmp_path):
    ts = tmp_path / "telaah_id.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">'
        "<context><name>Panel</name>"
        "<message><source>New text</source><translation type=\"unfinished\"/></message>"
        "<message><source>Kept</source><translation>Tetap</translation></message>"
        "<message numerus=\"yes\"><source>%n file(s)</source>"
        "<translation type=\"unfinished\"/></message>"
        "<message><source>Other</source><translation type=\"unfinished\"/></message>"
        "</context></TS>", encoding="utf-8")
    module = tmp_path / "translations_id_feature.py"
    module.write_text('FEATURE = {"New text": "Teks baru", "Kept": "Diganti",\n'
                      '           "%n file(s)": "%n berkas"}\n'
                      'BY_CONTEXT = {("Panel", "Other"): "Lain"}\n', encoding="utf-8")
    tree = ET.parse(ts)
    assert tool.fill_from(tree.getroot(), *tool.dictionaries(module)) == 3
    texts = {m.findtext("source"): m.find("translation") for m in tree.iter("message")}
    assert texts["New text"].text == "Teks baru" and texts["Kept"].text == "Tetap"
    assert texts["%n file(s)"].findtext("numerusform") == "%n berkas"
    assert texts["Other"].text == "Lain" and tool.untranslated(tree.getroot()) == []


@pytest.mark.parametrize("text,keys", [("&File", ["F"]), ("Save && &quit", ["q"]),
                                       ("No key", [])])
def test_accelerators_are_read_like_qt(text, keys):
    assert accelerators(text) == keys

"""Interface language: which translators are installed, and switching them live.

Telaah's own strings are written in English and translated by
`resources/i18n/telaah_<lang>.qm` (built by `tools/update_translations.py`); Qt's own
dialogs use `qtbase_<lang>.qm` from the Qt installation when it exists. The language
is the per-machine setting `ui_language`, else the system's, else English when no
translation is shipped. `set_language` swaps the translators at run time; Qt then
sends `QEvent.LanguageChange` to every widget, whose `retranslate_ui()` re-sets its
texts, so the whole window changes language without a restart. The default QLocale
follows too, so calendar popups name months in the interface language.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from storage import config
from storage.errors import TelaahError

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
SOURCE_LANGUAGE = "en"
# Names of the languages in themselves: shown untranslated in the language chooser.
LANGUAGE_NAMES = {"en": "English", "id": "Bahasa Indonesia"}

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"telaah_{lang}.qm"


def available_languages() -> list[str]:
    """English plus every language with a compiled translation file."""
    found = [lang for lang in LANGUAGE_NAMES if lang != SOURCE_LANGUAGE and qm_path(lang).is_file()]
    return [SOURCE_LANGUAGE, *found]


def _normalise(lang: str | None) -> str:
    code = (lang or "").strip().replace("-", "_").split("_", 1)[0].lower()
    return "id" if code == "in" else code  # old Java-style code for Indonesian


def configured_language() -> str:
    """The language to use: the `ui_language` setting, else the system's, else English."""
    wanted = _normalise(str(config.get("ui_language") or "")) or _normalise(
        QLocale.system().name())
    return wanted if wanted in available_languages() else SOURCE_LANGUAGE


def current_language() -> str:
    """The language the interface is shown in now ('en' or 'id')."""
    return _current


def set_language(lang: str | None) -> str:
    """Install the translators for `lang` (live); returns the language actually used."""
    global _current
    app = QCoreApplication.instance()
    lang = _normalise(lang) or SOURCE_LANGUAGE
    if lang not in available_languages():
        lang = SOURCE_LANGUAGE
    if app is None:
        _current = lang
        return lang
    if lang == _current and (_installed or lang == SOURCE_LANGUAGE):
        return lang
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != SOURCE_LANGUAGE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path in (Path(qt_dir) / f"qtbase_{lang}.qm", qm_path(lang)):
            translator = QTranslator(app)
            if path.is_file() and translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    _current = lang
    _set_default_locale(lang)
    return lang


def _set_default_locale(lang: str) -> None:
    """Dates Qt spells out (calendar popups: month and day names) follow the interface
    language; the system's own variant of that language is kept when it matches."""
    system = QLocale.system()
    wanted = QLocale(lang)
    QLocale.setDefault(system if system.language() == wanted.language() else wanted)


def install_configured() -> str:
    """Install the translators for the configured language (called at start-up)."""
    return set_language(configured_language())


class _LanguageWatcher(QObject):
    """Calls a function whenever its widget receives a LanguageChange event."""

    def __init__(self, widget, callback):
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        return False


def on_language_change(widget, callback) -> QObject:
    """Call `callback()` after each language switch (for features that are not widgets).

    The watcher is a child of `widget`, so it lives exactly as long as the widget.
    """
    return _LanguageWatcher(widget, callback)


def fill(text: str, *values) -> str:
    """A translated `text` with %1, %2... replaced by `values`, in one pass (so a %
    inside a value, say in a file name, stays as it is)."""
    return re.sub(r"%(\d+)", lambda m: str(values[int(m.group(1)) - 1])
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def translated(message) -> str:
    """A core error or message in the interface language.

    Errors made from a template (`storage.errors.Message`, see `storage.messages`) are
    translated under the context "CoreMessages", their values too when they are
    messages themselves; anything else is shown as it is (English).
    """
    message = getattr(message, "message", message)
    template = getattr(message, "template", None)
    if not template:
        return str(message)
    values = {key: translated(value) for key, value in message.values.items()}
    try:
        return QCoreApplication.translate("CoreMessages", template).format(**values)
    except (KeyError, IndexError, ValueError):   # a translation that lost a {value}
        return str(message)


def describe_error(error: BaseException) -> str:
    """What to show for an error: a Telaah error in the interface language (see
    `translated`); anything else (a disk or database fault) as its type and message."""
    if isinstance(error, TelaahError):
        return translated(error)
    return f"{type(error).__name__}: {error}"


def format_text(text: str) -> str:
    """An export format's label or file filter (`exporters.formats`) in the interface
    language: context "ExportFormats", collected by `tools/update_translations.py`."""
    return QCoreApplication.translate("ExportFormats", text)

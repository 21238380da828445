"""Which language code labels are shown in: the interface language.

`gui.i18n` (when present) knows the language the interface is shown in; otherwise the
per-machine setting `ui_language`, else the system locale, decides. Labels of codes
are shown in Indonesian when that language is Indonesian, else in English.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from storage import config
from storage.models import Code


def ui_language() -> str:
    """'id' when the interface is Indonesian, else 'en'."""
    try:
        from gui import i18n

        lang = i18n.current_language()
    except (ImportError, AttributeError):
        lang = str(config.get("ui_language") or "") or QLocale.system().name()
    return "id" if lang.lower().startswith(("id", "in_", "in-")) or lang == "in" else "en"


def code_label(code: Code | None, lang: str) -> str:
    if code is None:
        return "?"
    return code.label(lang) or code.key

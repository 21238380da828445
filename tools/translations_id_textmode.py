"""Indonesian for the Text panel's read mode and Edit Text mode (issue 11).

Merged into `tools.translations_id.TRANSLATIONS`; see that module for the conventions.
"""

from __future__ import annotations

TEXT_MODE: dict[str, str] = {
    "&Edit Text": "Sunting &Teks",
    "Switch between reading (the text cannot change) and editing the source's text "
    "(Ctrl+E)":
        "Beralih antara membaca (teks tidak dapat berubah) dan menyunting teks sumber "
        "(Ctrl+E)",
    "Edit mode: what you type changes the source. Switch Edit Text off (Ctrl+E) to read "
    "and code without changing it.":
        "Mode sunting: apa yang Anda ketik mengubah teks sumber. Matikan Sunting Teks "
        "(Ctrl+E) untuk membaca dan mengoding tanpa mengubahnya.",
    "The text is read-only: switch on Edit Text (Ctrl+E) to change it.":
        "Teks ini hanya untuk dibaca: nyalakan Sunting Teks (Ctrl+E) untuk mengubahnya.",
}

"""The report's reference list (APA 7th) and the in-text citations that point into it.

Built-in works are cited only as confirmed in `resources/frameworks/` provenance
(REFERENCE.md section 1): Ansell & Gash (2008) and Emerson, Nabatchi & Balogh (2012)
with their DOIs, Miles, Huberman & Saldaña (2014) for the analysis steps and Denzin
(1978) for the kinds of triangulation; Provan & Kenis (2008) when the network chapter
suggests a form of network governance. DeSeve's host book is *not* confirmed, so by
default DeSeve is cited the way Indonesian theses do, through the secondary source:
"(DeSeve, 2007, dalam Sudarmo, 2011)" in the text and Sudarmo's book in the list
(APA 7 lists the work read). A researcher who has checked the original chooses
`deseve_citation = "own"` in Study properties and writes the entry in their own list;
without such an entry the secondary citation is kept. The researcher's own entries
(setting `references`, one APA entry per line) are added, and the list is sorted by
author. An entry is a list of (text, italic) runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

REFERENCES_SETTING = "references"
DESEVE_SETTING = "deseve_citation"
DESEVE_CHOICES = ("secondary", "own")

Runs = list[tuple[str, bool]]


@dataclass(frozen=True)
class Work:
    """A built-in work: its citation in the text and its reference-list entry."""

    key: str
    cite: str          # "Ansell & Gash, 2008"
    narrative: str     # "Ansell dan Gash (2008)" / "Ansell and Gash (2008)" built per language
    entry: tuple[tuple[str, bool], ...]


WORKS = {
    "ag2008": Work("ag2008", "Ansell & Gash, 2008", "Ansell {and} Gash (2008)", (
        ("Ansell, C., & Gash, A. (2008). Collaborative governance in theory and practice. ",
         False),
        ("Journal of Public Administration Research and Theory, 18", True),
        ("(4), 543\u2013571. https://doi.org/10.1093/jopart/mum032", False))),
    "enb2012": Work("enb2012", "Emerson et al., 2012", "Emerson et al. (2012)", (
        ("Emerson, K., Nabatchi, T., & Balogh, S. (2012). An integrative framework for "
         "collaborative governance. ", False),
        ("Journal of Public Administration Research and Theory, 22", True),
        ("(1), 1\u201329. https://doi.org/10.1093/jopart/mur011", False))),
    "sudarmo2011": Work("sudarmo2011", "Sudarmo, 2011", "Sudarmo (2011)", (
        ("Sudarmo. (2011). ", False),
        ("Isu-isu administrasi publik dalam perspektif governance", True),
        (". SmartMedia.", False))),
    "miles2014": Work("miles2014", "Miles et al., 2014", "Miles et al. (2014)", (
        ("Miles, M. B., Huberman, A. M., & Salda\u00f1a, J. (2014). ", False),
        ("Qualitative data analysis: A methods sourcebook", True),
        (" (3rd ed.). SAGE.", False))),
    "provan2008": Work("provan2008", "Provan & Kenis, 2008", "Provan {and} Kenis (2008)", (
        ("Provan, K. G., & Kenis, P. (2008). Modes of network governance: Structure, "
         "management, and effectiveness. ", False),
        ("Journal of Public Administration Research and Theory, 18", True),
        ("(2), 229\u2013252. https://doi.org/10.1093/jopart/mum015", False))),
    "denzin1978": Work("denzin1978", "Denzin, 1978", "Denzin (1978)", (
        ("Denzin, N. K. (1978). ", False), ("The research act", True),
        (" (2nd ed.). McGraw-Hill.", False))),
}


def own_entries(text: str | None) -> list[str]:
    """The researcher's entries from the stored setting (a JSON list of strings)."""
    try:
        data = json.loads(text) if text else []
    except ValueError:
        data = []
    return [str(e).strip() for e in data if str(e).strip()] if isinstance(data, list) else []


def save_references(project, entries: list[str], deseve: str | None = None) -> None:
    """Store the researcher's entries (and the DeSeve choice) as one action."""
    with project.action("Edit references"):
        project.set_setting(REFERENCES_SETTING, json.dumps(
            [e.strip() for e in entries if e.strip()], ensure_ascii=False))
        if deseve is not None:
            if deseve not in DESEVE_CHOICES:
                raise ValueError(f"unknown DeSeve citation choice {deseve!r}")
            project.set_setting(DESEVE_SETTING, deseve)


@dataclass
class Citations:
    """The works one report cites, in one language; `cite(key)` marks a work used."""

    lang: str
    own: list[str] = field(default_factory=list)
    deseve: str = "secondary"
    used: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, project, lang: str) -> Citations:
        own = own_entries(project.get_setting(REFERENCES_SETTING))
        choice = project.get_setting(DESEVE_SETTING) or "secondary"
        if choice == "own" and not _deseve_entry(own):
            choice = "secondary"  # never cite an original nobody entered
        return cls(lang, own, choice)

    def cite(self, key: str) -> str:
        """'Ansell & Gash, 2008' (for parentheses) for a built-in work or framework id."""
        if key == "deseve2007":
            if self.deseve == "own":
                return "DeSeve, 2007"
            self._use("sudarmo2011")
            word = "dalam" if self.lang == "id" else "as cited in"
            return f"DeSeve, 2007, {word} {WORKS['sudarmo2011'].cite}"
        work = WORKS.get(key)
        if work is None:
            return ""
        self._use(key)
        return work.cite

    def narrative(self, key: str) -> str:
        """'Ansell dan Gash (2008)' for running text."""
        if key == "deseve2007":
            if self.deseve == "own":
                return "DeSeve (2007)"
            self._use("sudarmo2011")
            word = "dalam" if self.lang == "id" else "as cited in"
            return f"DeSeve (2007, {word} {WORKS['sudarmo2011'].cite})"
        work = WORKS.get(key)
        if work is None:
            return ""
        self._use(key)
        return work.narrative.format(**{"and": "dan" if self.lang == "id" else "and"})

    def _use(self, key: str) -> None:
        if key not in self.used:
            self.used.append(key)

    def entries(self) -> list[Runs]:
        """The reference list: cited works and the researcher's entries, by author."""
        found = [list(WORKS[k].entry) for k in self.used]
        found += [[(entry, False)] for entry in self.own]
        return sorted(found, key=lambda runs: "".join(t for t, _i in runs).casefold())


def _deseve_entry(own: list[str]) -> bool:
    return any(entry.casefold().startswith("deseve") for entry in own)


def framework_reference(framework_id: str, fallback: str = "") -> str:
    """The citation of a framework as the provenance confirms it, as plain text (for
    tooltips): DeSeve through Sudarmo, since the original's host book is unconfirmed."""
    if framework_id == "deseve2007":
        return ("DeSeve (2007), cited through " + "".join(t for t, _i in
                                                       WORKS["sudarmo2011"].entry)
                + " The host book of DeSeve's original chapter is not confirmed.")
    work = WORKS.get(framework_id)
    return "".join(t for t, _i in work.entry) if work else fallback

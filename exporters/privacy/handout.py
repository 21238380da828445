"""Pseudonymise a coder's copy (`handout --pseudonymize`): every protected term of the
project (`exporters.privacy.pseudonymize.Pseudonymizer.for_project`: participants' names,
aliases and their parts, identifying organisations, the always-replace list) in every
source text becomes its replacement, written as edits so the copy's segments stay on
their words; the sources' other fields and the memos are pseudonymised too, the names
and aliases are blanked in the participant records and an identifying organisation
becomes its neutral label. Passed to `storage.handout.prepare_copy` as its `rewrite`."""

from __future__ import annotations

from exporters.privacy.pseudonymize import Pseudonymizer
from storage.text_align import edits

_SOURCE_FIELDS = ("title", "place", "interviewer", "event", "observer", "author", "memo")


def pseudonymize_copy(copy) -> None:
    people = copy.participants.list()
    pseudo = Pseudonymizer.for_project(copy)
    with copy.action("Pseudonymise copy", journal=False):
        if pseudo.active:
            for source in copy.sources.list(with_length=False):
                text = copy.sources.text(source.id)
                for start, end, inserted in edits(text, pseudo(text)):
                    copy.sources.edit_text(source.id, start, end, inserted)
                changed = {field: pseudo(value) for field in _SOURCE_FIELDS
                           if isinstance(value := getattr(source, field, None), str)
                           and pseudo(value) != value}
                if changed:
                    copy.sources.update(source.id, **changed)
            for memo in copy.memos.list():
                if pseudo(memo.title) != memo.title or pseudo(memo.body) != memo.body:
                    copy.memos.update(memo.id, title=pseudo(memo.title), body=pseudo(memo.body))
        for person in people:
            values = {"name": "", "aliases": ""}
            if person.organisation and person.organisation_identifies:
                values["organisation"] = pseudo(person.organisation)
            if pseudo(person.notes) != person.notes:
                values["notes"] = pseudo(person.notes)
            copy.participants.update(person.id, **values)

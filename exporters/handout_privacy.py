"""Pseudonymise a coder's copy (`handout --pseudonymize`): the participants' names and
aliases in every source text become their codes (`exporters.pseudonymize`), written as
edits so the copy's segments stay on their words, and the names are blanked in the
participant records. Passed to `storage.handout.prepare_copy` as its `rewrite`."""

from __future__ import annotations

from exporters.pseudonymize import Pseudonymizer
from storage.text_align import edits


def pseudonymize_copy(copy) -> None:
    people = copy.participants.list()
    pseudo = Pseudonymizer.from_participants(people)
    with copy.action("Pseudonymise copy", journal=False):
        if pseudo.active:
            for source in copy.sources.list(with_length=False):
                text = copy.sources.text(source.id)
                for start, end, inserted in edits(text, pseudo(text)):
                    copy.sources.edit_text(source.id, start, end, inserted)
                if source.title != pseudo(source.title):
                    copy.sources.update(source.id, title=pseudo(source.title))
        for person in people:
            copy.participants.update(person.id, name="", aliases="")

"""The English translation says what the Dutch says, once. Merging the catalogue once glued two translations
into one: the 400 page read "… Please type the address or your answer again.The address or the form contains
…", the 429 page added the join page's "You have entered a wrong code too many times", and the team-visit
form's fault message added the rate-limit message. `make translations` checks that every string has a
translation; this checks the translations themselves, in the compiled catalogue the site uses."""

import gettext
import re
from pathlib import Path

from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.mo"
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
GLUED = re.compile(r"[a-z)][.!?][A-Z]")


def translations():
    """(Dutch, English) for every string and plural form in the compiled English catalogue."""
    with CATALOGUE.open("rb") as file:
        catalogue = gettext.GNUTranslations(file)._catalog
    for key, english in catalogue.items():
        dutch = key[0] if isinstance(key, tuple) else key
        if dutch and english:
            yield dutch, english


def test_no_two_sentences_are_glued_together():
    glued = [(dutch, english) for dutch, english in translations() if GLUED.search(english)]
    assert glued == []


def test_no_translation_says_more_sentences_than_the_dutch():
    longer = [
        (dutch, english)
        for dutch, english in translations()
        if len(SENTENCE_END.findall(english)) > len(SENTENCE_END.findall(dutch))
    ]
    assert longer == []

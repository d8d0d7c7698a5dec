"""One voice: the texts a learner sees from Django and allauth say "je", spelled as the site spells them."""

import gettext
import re
from pathlib import Path

from django.contrib.auth.password_validation import password_validators_help_texts, validate_password
from django.core.exceptions import ValidationError
from django.utils import translation

import wagtail

import allauth
import pytest

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

FORMAL_OR_MISSPELLED = re.compile(
    r"(^|\W)([Uu]|[Uu]w|[Uu]zelf)(\W|$)|alstublieft|a\.u\.b\.|e-mail adres|Bevestigings e-mail|verificatie e-mail"
    # "email" as a Dutch word (not the placeholder in %(email)s or {email}, nor the OpenID scope "email")
    r"|(?<![({%)])\b[Ee]mail\b(?![)}(])"
    # "afmelden" is cancelling a briefing on this site; leaving the site is "uitloggen"
    r"|[Aa]fgemeld"
    r"|You kunt|onmiddelijk|IP adres|[Ww]achtwoord wijziging|verificatie link|Dien een"
)


def msgids(package_dir):
    """The singular msgids of every Dutch catalogue in a package (Wagtail has one per app)."""
    found = []
    for mo in sorted(Path(package_dir).glob("**/locale/nl/LC_MESSAGES/django.mo")):
        with mo.open("rb") as handle:
            catalog = gettext.GNUTranslations(handle)._catalog
        found += [key for key in catalog if isinstance(key, str) and key]
    return found


def allauth_msgids():
    return msgids(Path(allauth.__file__).parent)


def test_allauth_texts_say_je_and_are_spelled_right():
    """Every allauth text in Dutch (pages, messages, e-mails) says "je", "e-mailadres" and "uitloggen", never "u",
    "a.u.b.", "email" or "afgemeld"."""
    with translation.override("nl"):
        wrong = [text for msgid in allauth_msgids() if FORMAL_OR_MISSPELLED.search(text := translation.gettext(msgid))]
    assert wrong == []


# Wagtail's Dutch, on top: "zal worden verwijdert", "met success verplaatst", "je kan".
WAGTAIL_MISSPELLED = re.compile(r"(worden|is|zijn) verwijdert|met success?\b|(^|\W)Email\W|(^|\W)[Jj]e kan\b")


def test_wagtail_admin_texts_say_je_and_are_spelled_right():
    """Every Wagtail admin text in Dutch says "je" ("je kunt", not "je kan"), never "u", and spells "verwijderd",
    "e-mail" and "met succes"."""
    with translation.override("nl"):
        texts = [translation.gettext(msgid) for msgid in msgids(Path(wagtail.__file__).parent)]
    wrong = [text for text in texts if FORMAL_OR_MISSPELLED.search(text) or WAGTAIL_MISSPELLED.search(text)]
    assert wrong == []


def test_the_users_active_box_says_je():
    """Django's help text for "actief" on Wagtail's user form speaks to the coordinator as "je"."""
    from accounts.models import User

    with translation.override("nl"):
        help_text = str(User._meta.get_field("is_active").help_text)
    assert "Je kunt dit uitvinken" in help_text
    assert not FORMAL_OR_MISSPELLED.search(help_text)


@pytest.mark.django_db
def test_password_rules_say_je():
    """The password rules a learner meets when choosing a password speak to them as "je"."""
    with translation.override("nl"), pytest.raises(ValidationError) as refused:
        validate_password("12345678")
    with translation.override("nl"):
        help_texts = password_validators_help_texts()
    messages = " ".join([*refused.value.messages, *help_texts])
    assert "Je wachtwoord" in " ".join(help_texts)
    assert not FORMAL_OR_MISSPELLED.search(messages), messages


def test_the_password_rules_speak_dutch_with_je():
    """Too short or too like the e-mail address: the learner reads Dutch, in the site's voice, not English."""
    from accounts.factories import UserFactory

    with translation.override("nl"), pytest.raises(ValidationError) as refused:
        validate_password("123", user=UserFactory.build(email="jan@example.org"))
    messages = " ".join(refused.value.messages)
    assert "Dit wachtwoord is te kort. Het moet minstens 10 tekens lang zijn." in messages
    assert "This password" not in messages


@pytest.mark.django_db
def test_logging_out_says_uitgelogd(learner_client, home_page):
    """After logging out the learner reads "Je bent uitgelogd.", not "afgemeld" (that is cancelling a briefing)."""
    from django.urls import reverse

    response = learner_client.post(reverse("account_logout"), follow=True)
    html = response.content.decode()
    assert "Je bent uitgelogd." in html
    assert "afgemeld" not in html

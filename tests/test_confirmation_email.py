"""No e-mail to an unconfirmed address repeats text the requester typed."""

from django.core import mail
from django.urls import reverse

import pytest

from accounts.factories import UserFactory

from .test_accounts import signup_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]

PHISHING_NAME = "je account is geblokkeerd, herstel via http://herstel-leren-kijken.example"


def bodies():
    """Subject, text and any HTML part of every mail sent, as one string per mail."""
    texts = []
    for message in mail.outbox:
        parts = [message.subject, message.body] + [content for content, _type in getattr(message, "alternatives", [])]
        texts.append("\n".join(parts))
    return texts


def assert_no_typed_name(texts):
    assert texts, "a mail was sent"
    for text in texts:
        assert "geblokkeerd" not in text and "herstel-leren-kijken" not in text


class TestConfirmationEmail:
    def test_sign_up_confirmation_does_not_repeat_the_name(
        self, client, home_page, organisation, audiences, django_capture_on_commit_callbacks
    ):
        """The confirmation mail of a sign-up with a phishing-like name holds the link, not the name."""
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("account_signup"), signup_data(organisation, audiences.social, full_name=PHISHING_NAME))

        assert_no_typed_name(bodies())
        assert "/account/confirm-email/" in mail.outbox[0].body
        assert "Iemand heeft dit e-mailadres opgegeven" in mail.outbox[0].body

    def test_sign_up_with_a_taken_address_does_not_repeat_the_name(
        self, client, home_page, organisation, audiences, django_capture_on_commit_callbacks
    ):
        """The mail to the owner of a taken address does not carry the name the stranger typed."""
        UserFactory(email="huong@example.org")
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("account_signup"), signup_data(organisation, audiences.social, full_name=PHISHING_NAME))

        assert_no_typed_name(bodies())

    def test_adding_an_address_does_not_send_the_name_to_it(
        self, client, home_page, django_capture_on_commit_callbacks
    ):
        """Confirming a newly added address sends nothing of the account's name to that address."""
        client.force_login(UserFactory(full_name=PHISHING_NAME))
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("account_email"), {"action_add": "", "email": "nieuw@example.org"})

        assert [message.to for message in mail.outbox] == [["nieuw@example.org"]]
        assert_no_typed_name(bodies())

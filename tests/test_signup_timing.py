"""Sign-up takes the same work for a known and a new address, so its timing does not tell them apart."""

from django.contrib.auth.hashers import MD5PasswordHasher
from django.urls import reverse

import pytest

from home.models import OutgoingEmail
from tests.test_accounts import signup_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]


@pytest.fixture
def hashing(monkeypatch):
    """Counts password hashes (the slow step: Argon2 in production, MD5 in tests)."""
    calls = []
    encode = MD5PasswordHasher.encode

    def counting(self, password, salt):
        calls.append(password)
        return encode(self, password, salt)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counting)
    return calls


def sign_up(client, organisation, audiences, email):
    response = client.post(reverse("account_signup"), signup_data(organisation, audiences.social, email=email))
    assert response.status_code == 302 and response["Location"] == reverse("account_email_verification_sent")


def test_known_and_new_address_do_the_same_work(client, home_page, organisation, audiences, learner, hashing):
    """Both hash the typed password once, queue one e-mail and answer with the same redirect."""
    sign_up(client, organisation, audiences, "nieuw@example.org")
    new = (len(hashing), OutgoingEmail.objects.count())
    hashing.clear()
    OutgoingEmail.objects.all().delete()
    client.logout()
    sign_up(client, organisation, audiences, learner.email)
    known = (len(hashing), OutgoingEmail.objects.count())
    assert new == known == (1, 1)


def test_known_and_new_address_see_the_same_page(home_page, organisation, audiences, learner):
    """The page after sign-up showed "Bevestigingsmail verzonden aan …" for a new address only, which told
    anyone whether an address has an account. Both now see the same page, with no such note."""
    from django.test import Client

    pages = []
    for email in ("nieuw@example.org", learner.email):
        client = Client()
        data = signup_data(organisation, audiences.social, email=email)
        response = client.post(reverse("account_signup"), data, follow=True)
        assert response.status_code == 200
        html = response.content.decode()
        pages.append(html)
        assert "Kijk in je e-mail" in html and "Bevestigingsmail" not in html and email not in html
    assert len(pages[0]) == len(pages[1])  # the same page; only the (equally long) form tokens differ

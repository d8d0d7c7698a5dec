"""What a learner reads on allauth's pages and in its e-mails: plain Dutch, "je", and a way on at every end."""

import re

from django.core import mail
from django.urls import reverse

import pytest

from accounts.factories import UserFactory
from home.models import SiteSettings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]

NEW_PASSWORD = "Een-lang-nieuw-wachtwoord-2029"


def request_reset(client, email, capture):
    with capture(execute=True):
        return client.post(reverse("account_reset_password"), {"email": email}, follow=True)


class TestPasswordReset:
    def test_reset_page_says_whom_to_contact(self, client, home_page):
        """The "Wachtwoord vergeten" page names the coordinator and how to reach her, not an unnamed "ons"."""
        html = client.get(reverse("account_reset_password")).content.decode()
        assert "Lukt het niet om een nieuw wachtwoord te kiezen? Neem dan contact op met Sanne de Vries:" in html
        assert 'href="mailto:coordinator@example.org"' in html
        assert "contact met ons op" not in html

    def test_reset_page_does_not_point_to_contact_details_that_are_not_there(self, client, home_page):
        """Until the coordinator is set, the footer says her details will follow: the page then does not send
        the reader there ("De gegevens staan onderaan deze pagina")."""
        SiteSettings.objects.update(coordinator_name="", coordinator_email="", coordinator_phone="")
        html = client.get(reverse("account_reset_password")).content.decode()
        assert "volgen nog" in html  # the footer
        assert "onderaan deze pagina" not in html and "Neem dan contact op" not in html

    def test_mail_sent_page_speaks_of_a_new_password_and_names_the_coordinator(
        self, client, home_page, django_capture_on_commit_callbacks
    ):
        """After asking for a new password the page says a link is on its way, not "de verificatiemail", and
        gives the coordinator's name, address and phone number."""
        UserFactory(email="jan@example.org")
        html = request_reset(client, "jan@example.org", django_capture_on_commit_callbacks).content.decode()
        assert "Via die link kies je een nieuw wachtwoord." in html
        assert "verificatie" not in html and "contact met ons op" not in html
        assert "Neem dan contact op met Sanne de Vries:" in html
        assert 'href="mailto:coordinator@example.org"' in html and 'href="tel:0880000000"' in html

    def test_mail_sent_page_leaves_out_the_contact_until_there_is_one(
        self, client, home_page, django_capture_on_commit_callbacks
    ):
        """Without the coordinator's details the page says nothing about contacting anyone."""
        SiteSettings.objects.update(coordinator_name="", coordinator_email="", coordinator_phone="")
        html = request_reset(client, "jan@example.org", django_capture_on_commit_callbacks).content.decode()
        assert "Kijk in je e-mail" in html
        assert "Neem dan contact op" not in html

    def test_mail_to_an_unknown_address_is_plain_dutch(self, client, home_page, django_capture_on_commit_callbacks):
        """A reset for an address without an account gets a mail that says so in plain Dutch, with "ontvangt"
        spelled right (allauth: "Je ontvang … Echter, dit account bestaat niet.")."""
        request_reset(client, "onbekend@example.org", django_capture_on_commit_callbacks)
        body = mail.outbox[-1].body
        assert "Maar er is geen account met dit e-mailadres." in body
        assert "Was jij het niet? Dan kun je deze e-mail negeren." in body
        assert "Echter" not in body and "Je ontvang " not in body

    def test_new_password_ends_on_a_page_with_the_way_to_log_in(
        self, client, home_page, django_capture_on_commit_callbacks
    ):
        """Following the link and choosing a password ends on "Je wachtwoord is gewijzigd." with an "Inloggen"
        button, not "Wachtwoord wijziging geslaagd." and no way on."""
        UserFactory(email="jan@example.org")
        request_reset(client, "jan@example.org", django_capture_on_commit_callbacks)
        body = mail.outbox[-1].body
        assert "Iemand heeft een nieuw wachtwoord aangevraagd voor je account." in body
        link = re.search(r"https?://[^/\s]+(/account/password/reset/key/\S+)", body).group(1)
        form_url = client.get(link, follow=True).redirect_chain[-1][0]

        response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}, follow=True)

        assert response.request["PATH_INFO"] == reverse("account_reset_password_from_key_done")
        html = response.content.decode()
        assert "Je wachtwoord is gewijzigd." in html
        assert "Wachtwoord wijziging geslaagd" not in html
        assert re.search(rf'<a [^>]*href="{reverse("account_login")}"[^>]*>\s*Inloggen\s*</a>', html)


def test_check_your_mail_after_signing_up_names_the_coordinator(
    client, home_page, organisation, audiences, django_capture_on_commit_callbacks
):
    """After signing up, "Kijk in je e-mail" says whom to contact when no mail comes, not "neem contact met ons op"."""
    from .test_accounts import signup_data

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), signup_data(organisation, audiences.social), follow=True)
    html = response.content.decode()
    assert "Kijk in je e-mail" in html
    assert "Neem dan contact op met Sanne de Vries:" in html and "contact met ons op" not in html


class TestConfirmationLink:
    def confirm_link(self, client, organisation, audiences, capture):
        from .test_accounts import signup_data

        with capture(execute=True):
            client.post(reverse("account_signup"), signup_data(organisation, audiences.social))
        return re.search(r"https?://[^/\s]+(/account/confirm-email/\S+)", mail.outbox[-1].body).group(1)

    def test_a_link_opened_again_says_a_confirmed_address_is_fine_and_offers_to_log_in(
        self, client, home_page, organisation, audiences, django_capture_on_commit_callbacks
    ):
        """The confirmation link opened a second time says in plain Dutch that a confirmed address is fine and
        offers "Inloggen", not "Deze e-mail verificatie link is verlopen … Dien een nieuw … verzoek in"."""
        link = self.confirm_link(client, organisation, audiences, django_capture_on_commit_callbacks)
        client.post(link)
        client.post(reverse("account_logout"))

        html = client.get(link).content.decode()

        assert "Deze link werkt niet meer. Misschien heb je hem al gebruikt, of is hij verlopen." in html
        assert "Heb je je e-mailadres al bevestigd? Dan is alles in orde." in html
        assert re.search(rf'<a [^>]*href="{reverse("account_login")}"[^>]*>\s*Inloggen\s*</a>', html)
        assert "verificatie link" not in html and "Dien een" not in html

    def test_a_link_opened_again_while_logged_in_leads_to_the_dashboard(
        self, client, home_page, organisation, audiences, django_capture_on_commit_callbacks
    ):
        """Logged in (the first confirmation logs in), the same page offers the way to the learning environment."""
        link = self.confirm_link(client, organisation, audiences, django_capture_on_commit_callbacks)
        client.post(link)

        html = client.get(link).content.decode()

        assert "Dan is alles in orde." in html
        assert f'href="{reverse("courses:dashboard")}"' in html


class TestEmailChange:
    def test_page_says_e_mailadres_and_leads_back_to_the_profile(self, learner_client, home_page):
        """/account/email/ says "Huidig e-mailadres" (not "Huidig email") and links back to Mijn profiel."""
        html = learner_client.get(reverse("account_email")).content.decode()
        assert "Huidig e-mailadres" in html and "E-mailadres wijzigen" in html
        assert "Huidig email" not in html
        assert re.search(rf'<a [^>]*href="{reverse("accounts:profile")}"[^>]*>Terug naar Mijn profiel</a>', html)

    def test_a_wrong_address_is_summed_up_at_the_top(self, learner_client, home_page):
        """A wrong new address: the site's error summary under the heading (focused on load, linking to the box),
        and the message beside the box as a sentence, not a bulleted list."""
        response = learner_client.post(reverse("account_email"), {"action_add": "", "email": "<script>@x.nl"})
        html = response.content.decode()
        assert response.status_code == 200
        summary = re.search(
            r'<div class="[^"]*lk-form-errors"[^>]*id="form-errors" autofocus>(.*?)</div>\s*</div>', html, re.S
        )
        assert summary and 'href="#id_email"' in summary.group(1) and "Nieuw e-mailadres" in summary.group(1)
        assert html.index('id="form-errors"') < html.index('id="id_email"')
        assert 'class="errorlist' not in html
        assert re.search(r'id="id_email_error">[^<]+</div>', html)

    def test_a_pending_change_says_what_to_do_with_its_buttons_beneath(self, learner_client, learner, home_page):
        """After asking for a new address: the current one as text (no disabled box), then what to do next, then
        the buttons to send the mail again or cancel, in that order, in one form that names the new address."""
        learner_client.post(reverse("account_email"), {"action_add": "", "email": "nieuw-adres@example.org"})
        html = learner_client.get(reverse("account_email")).content.decode()
        assert "disabled" not in html
        assert f"Huidig e-mailadres: <strong>{learner.email}</strong>" in html
        pending = re.search(r'<form method="post"[^>]*class="lk-pending-email">(.*?)</form>', html, re.S).group(1)
        assert 'name="email" value="nieuw-adres@example.org"' in pending
        text = re.sub(r"\s+", " ", pending)
        said = text.index("Je wijzigt je e-mailadres in <strong>nieuw-adres@example.org</strong>.")
        assert said < text.index("Stuur de mail opnieuw") < text.index("Wijziging annuleren")

    def test_english_page_is_in_sentence_case(self, learner_client, home_page):
        """In English the page says "Email address" and "Change email", not allauth's Title Case."""
        from django.conf import settings

        learner_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        html = learner_client.get(reverse("account_email")).content.decode()
        assert "Email address" in html and "Change email" in html and "Back to My profile" in html
        assert "Email Address" not in html and "Change Email" not in html


def test_a_wrong_current_password_is_called_wrong(learner_client, home_page):
    """Changing the password with a wrong current one says it is wrong, not "Geef je huidige wachtwoord op."
    (allauth's words, which read as if the box were empty); an empty box says it is required."""
    url = reverse("account_change_password")
    fields = {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    html = learner_client.post(url, {"oldpassword": "niet-mijn-wachtwoord", **fields}).content.decode()
    assert "Dit is niet je huidige wachtwoord. Typ het nog een keer." in html
    assert "Geef je huidige wachtwoord op." not in html
    html = learner_client.post(url, {"oldpassword": "", **fields}).content.decode()
    assert "Dit is niet je huidige wachtwoord" not in html and "Dit is een verplicht veld." in html


def test_a_failed_log_in_and_a_used_reset_link_are_said_plainly(client, home_page, learner):
    """allauth's "Het door jou opgegeven e-mailadres en/of wachtwoord is niet correct." and the heading
    "Ongeldige sleutel" for a used link are not B1: plain words, and what to do next."""
    response = client.post(reverse("account_login"), {"login": learner.email, "password": "fout-wachtwoord"})
    html = response.content.decode()
    assert "Het e-mailadres of het wachtwoord klopt niet." in html and "en/of" not in html
    used = client.get(reverse("account_reset_password_from_key", args=["abc", "set-password"]), follow=True)
    html = used.content.decode()
    assert "Deze link werkt niet meer" in html and "Vraag een nieuwe link aan" in html
    assert "sleutel" not in html

"""Single sign-on in a browser against a real OpenID Connect provider (panva's oidc-provider, started here)."""

import re
import time

from django.core import mail

import pytest
from allauth.socialaccount.models import SocialAccount
from playwright.sync_api import expect

from accounts.factories import OrganisationFactory, UserFactory
from accounts.models import User
from tests.sso.provider import running_provider

ACCOUNTS = {
    "anna": {"email": "anna@almere.nl", "name": "Anna de Vries"},
    "bert": {"email": "bert@almere.nl", "given_name": "Bert", "family_name": "Bakker"},
    "carla": {"email": "carla@almere.nl", "name": "Carla Jansen"},
    "dirk": {"email": "dirk@almere.nl", "name": "Dirk Visser"},
    "gast": {"email": "gast@elders.example", "name": "Gast van Buiten"},
}


@pytest.fixture(scope="module")
def provider(live_server):
    callback = f"{live_server.url}/account/oidc/almere/login/callback/"
    with running_provider([callback], ACCOUNTS) as running:
        yield running


@pytest.fixture
def sso(provider, settings, transactional_db, catalogue, audiences):
    """The site with Gemeente Almere's provider configured: organisation and e-mail domain set."""
    almere = OrganisationFactory(name="Gemeente Almere", municipality="almere")
    OrganisationFactory(name="Gemeente Lelystad", municipality="lelystad")
    app = provider.app(organisation="Gemeente Almere", email_domains=["almere.nl"])
    settings.SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"APPS": [app]}}
    mail.outbox.clear()
    return almere


def wait_for_mail(timeout=5.0):
    deadline = time.monotonic() + timeout
    while not mail.outbox and time.monotonic() < deadline:
        time.sleep(0.05)
    assert mail.outbox, "no e-mail was sent"
    return mail.outbox[-1]


def start_sso(page, live_server):
    page.goto(live_server.url + "/account/login/")
    page.get_by_role("link", name="Gemeente Almere").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen via Gemeente Almere")
    page.get_by_role("button", name="Doorgaan").click()


def sign_in_at_provider(page, login, consent=True):
    """Log in on the provider's own page; give consent when it asks (once per provider session)."""
    expect(page.get_by_role("heading", name="Sign-in")).to_be_visible()
    page.locator("input[name=login]").fill(login)
    page.locator("input[name=password]").fill("wachtwoord-bij-de-gemeente")
    page.get_by_role("button", name="Sign-in").click()
    if consent:
        page.get_by_role("button", name="Continue").click()


def log_out(page):
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("link", name="Inloggen").first).to_be_visible()


def test_new_user_signs_up_through_sso_and_logs_in_again(page, live_server, sso, catalogue, assert_accessible):
    """A first SSO log-in asks only the team (name and organisation filled in), lands on the dashboard with
    recommendations; logging out and in again through SSO reaches the same account."""
    callbacks = []
    page.on("request", lambda request: callbacks.append(request.url) if "/login/callback/" in request.url else None)
    start_sso(page, live_server)
    sign_in_at_provider(page, "anna")

    expect(page.get_by_role("heading", level=1)).to_have_text("Account maken")
    expect(page.get_by_label("Volledige naam")).to_have_value("Anna de Vries")
    expect(page.get_by_label("E-mail")).to_have_value("anna@almere.nl")
    expect(page.get_by_label("Organisatie").locator("option:checked")).to_have_text("Gemeente Almere")
    assert_accessible(page)
    page.get_by_label("Team").select_option(label="Sociaal domein")
    page.get_by_role("button", name="Account maken").click()

    expect(page.get_by_role("heading", name="Mijn leeromgeving")).to_be_visible()
    recommended = page.get_by_role("region", name="Aanbevolen voor jouw team")
    expect(recommended.get_by_role("link", name=catalogue.social.title)).to_be_visible()
    anna = User.objects.get(email="anna@almere.nl")
    assert (anna.full_name, anna.organisation, anna.has_usable_password()) == ("Anna de Vries", sso, False)

    log_out(page)
    start_sso(page, live_server)  # the provider remembers her: no password, no consent this time
    expect(page.get_by_role("heading", name="Mijn leeromgeving")).to_be_visible()
    assert User.objects.filter(email="anna@almere.nl").count() == 1

    # The provider's answer can be used once: replayed, in this browser or another, it logs nobody in.
    log_out(page)
    page.goto(callbacks[0])
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen via je organisatie is niet gelukt")
    expect(page.get_by_role("link", name="Inloggen").first).to_be_visible()
    other = page.context.browser.new_page()
    other.goto(callbacks[-1])
    expect(other.get_by_role("heading", level=1)).to_have_text("Inloggen via je organisatie is niet gelukt")
    other.goto(live_server.url + "/mijn/profiel/")
    expect(other).to_have_url(re.compile(r"/account/login/"))
    other.close()


def test_consent_denied_at_the_provider(page, live_server, sso):
    """Declining at the provider brings the learner back to a clear message, not logged in, no account made."""
    start_sso(page, live_server)
    sign_in_at_provider(page, "dirk", consent=False)
    expect(page.get_by_role("heading", name="Authorize")).to_be_visible()
    page.get_by_role("link", name="[ Cancel ]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen afgebroken")
    expect(page.get_by_text("Er is niets veranderd en je bent niet ingelogd.")).to_be_visible()
    assert not User.objects.filter(email="dirk@almere.nl").exists()


def test_address_outside_the_municipality_is_refused(page, live_server, sso):
    """A provider limited to @almere.nl refuses another address with a message that names the domain."""
    start_sso(page, live_server)
    sign_in_at_provider(page, "gast")
    expect(page.get_by_text("kan alleen met een e-mailadres dat eindigt op @almere.nl")).to_be_visible()
    assert not User.objects.filter(email="gast@elders.example").exists()


def test_existing_local_account_is_not_taken_over_and_can_be_linked(page, live_server, sso, assert_accessible):
    """SSO with the address of a local account: page and mail say the same (account exists, how to link),
    nobody is logged in; after logging in with the password the learner links the provider and from then
    on logs in through it."""
    UserFactory(email="bert@almere.nl", full_name="Bert Bakker-de Wit", organisation=sso)
    start_sso(page, live_server)
    sign_in_at_provider(page, "bert")

    expect(page.get_by_role("heading", level=1)).to_have_text("Je hebt al een account")
    said = "Er is al een account met bert@almere.nl. Je bent niet ingelogd en er is geen nieuw account gemaakt."
    expect(page.get_by_text(said)).to_be_visible()
    assert_accessible(page)
    message = wait_for_mail()
    assert message.to == ["bert@almere.nl"] and said in " ".join(message.body.split())
    assert "Hallo van Leren Kijken!" in message.body
    assert not SocialAccount.objects.exists()
    page.goto(live_server.url + "/mijn/profiel/")
    expect(page).to_have_url(re.compile(r"/account/login/"))

    page.goto(re.search(r"http\S+/account/login/\S+", message.body).group(0).replace("http://testserver", ""))
    page.get_by_label("E-mail").fill("bert@almere.nl")
    page.get_by_label("Wachtwoord").fill("correct-horse-battery")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen via je organisatie")
    page.get_by_role("link", name="Gemeente Almere").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Koppelen met Gemeente Almere")
    page.get_by_role("button", name="Doorgaan").click()
    expect(page.get_by_text("Je account is gekoppeld aan:")).to_be_visible()
    assert_accessible(page)

    page.goto(live_server.url + "/mijn/profiel/")
    expect(page.get_by_role("link", name="Inloggen via je organisatie")).to_be_visible()
    log_out(page)
    start_sso(page, live_server)
    expect(page.get_by_role("heading", name="Mijn leeromgeving")).to_be_visible()
    page.goto(live_server.url + "/mijn/profiel/")
    expect(page.get_by_label("Volledige naam")).to_have_value("Bert Bakker-de Wit")
    assert SocialAccount.objects.get().user.email == "bert@almere.nl"


def test_sso_account_is_deleted_after_a_fresh_log_in(page, live_server, sso, audiences, assert_accessible):
    """An account without a password is deleted after the learner logs in again at the provider."""
    start_sso(page, live_server)
    sign_in_at_provider(page, "carla")
    page.get_by_label("Team").select_option(label="Sociaal domein")
    page.get_by_role("button", name="Account maken").click()
    expect(page.get_by_role("heading", name="Mijn leeromgeving")).to_be_visible()

    page.goto(live_server.url + "/mijn/account-verwijderen/")
    expect(page.get_by_role("heading", name="Bevestig eerst dat jij het bent")).to_be_visible()
    expect(page.get_by_label("Je wachtwoord")).to_have_count(0)
    assert_accessible(page)
    page.get_by_role("button", name="Opnieuw inloggen via Gemeente Almere").click()
    sign_in_at_provider(page, "carla", consent=False)  # asked again despite the provider's session

    expect(page.get_by_role("heading", level=1)).to_have_text("Account verwijderen")
    page.get_by_role("button", name="Verwijder mijn account").click()
    expect(page.get_by_text("Je account is verwijderd.")).to_be_visible()
    assert not User.objects.filter(email="carla@almere.nl").exists()


def test_sso_account_is_deleted_with_an_emailed_code(page, live_server, sso, audiences):
    """Instead of logging in again, the learner may type a code sent to their address, then delete."""
    start_sso(page, live_server)
    sign_in_at_provider(page, "dirk")
    page.get_by_label("Team").select_option(label="Sociaal domein")
    page.get_by_role("button", name="Account maken").click()
    expect(page.get_by_role("heading", name="Mijn leeromgeving")).to_be_visible()

    page.goto(live_server.url + "/mijn/account-verwijderen/")
    page.get_by_role("link", name="Stuur me een code per e-mail").click()
    expect(page.get_by_text("We mailen een code naar dirk@almere.nl.")).to_be_visible()
    page.get_by_role("button", name="Stuur me de code").click()
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", wait_for_mail().body, re.MULTILINE).group(1)
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Bevestig").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Account verwijderen")
    page.get_by_role("button", name="Verwijder mijn account").click()
    expect(page.get_by_text("Je account is verwijderd.")).to_be_visible()
    assert not User.objects.filter(email="dirk@almere.nl").exists()

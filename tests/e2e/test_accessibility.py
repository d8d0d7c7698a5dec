import pytest

from accounts.factories import UserFactory


@pytest.fixture
def site(transactional_db, catalogue):
    return catalogue


PUBLIC_PAGES = [
    "/",
    "/modules/",
    "/modules/?team=sociaal-domein",
    "/account/signup/",
    "/account/login/",
    "/account/password/reset/",
    "/bestaat-niet/",
]


def test_public_pages_have_no_axe_violations(page, live_server, site, assert_accessible):
    """Home, catalogue, module, standard page, sign-up, log-in, password reset and the 404 pass axe."""
    for path in [*PUBLIC_PAGES, site.social.url, site.what_to_do.url]:
        page.goto(live_server.url + path)
        assert_accessible(page)


def test_learner_pages_have_no_axe_violations(page, live_server, site, audiences, assert_accessible):
    """Dashboard, profile, a lesson and the module with progress pass axe."""
    UserFactory(email="a11y@example.org", team=audiences.social)
    page.goto(live_server.url + "/account/login/")
    page.get_by_label("E-mail").fill("a11y@example.org")
    page.get_by_label("Wachtwoord").fill("correct-horse-battery")
    page.get_by_role("button", name="Inloggen").click()
    for path in [
        "/mijn/",
        "/mijn/profiel/",
        "/mijn/account-verwijderen/",
        site.social_lessons[0].url,
        site.social.url,
        "/account/email/",
        "/account/password/change/",
    ]:
        page.goto(live_server.url + path)
        assert_accessible(page)

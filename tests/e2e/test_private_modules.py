"""Private modules on a phone: a visitor is sent to the site's own log-in page and comes back to the module;
a signed-in learner outside the module's groups reads why, on a page that fits the screen, instead of being
sent to log in again and again."""

import os

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

import pytest
from playwright.sync_api import expect

from accounts.factories import UserFactory

from . import tour

PHONE = {"width": 390, "height": 844}
SHOTS = os.environ.get("LK_SHOTS")  # a folder for screenshots to look at, when set


def fits(page):
    width = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    return width <= 0 and not tour.reflow_problems(page)


def shot(page, name):
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


@pytest.fixture
def private_module(transactional_db, catalogue, audiences):
    PageViewRestriction.objects.create(page=catalogue.social, restriction_type=PageViewRestriction.LOGIN)
    restriction = PageViewRestriction.objects.create(page=catalogue.school, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Pilot scholen"))
    UserFactory(email="leerling@example.org", full_name="Noor Bakker", team=audiences.social)
    return catalogue


def test_a_visitor_logs_in_on_the_sites_page_and_comes_back(page, live_server, private_module):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + private_module.social.url)

    expect(page).to_have_url(live_server.url + "/account/login/?next=" + private_module.social.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    assert fits(page)
    shot(page, "private-module-login")
    page.get_by_label("E-mail").fill("leerling@example.org")
    page.get_by_label("Wachtwoord").fill("correct-horse-battery")
    page.get_by_role("button", name="Inloggen").click()

    expect(page).to_have_url(live_server.url + private_module.social.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(private_module.social.title)


def test_a_learner_outside_the_group_reads_why(page, live_server, private_module):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/account/login/?next=" + private_module.school.url)
    page.get_by_label("E-mail").fill("leerling@example.org")
    page.get_by_label("Wachtwoord").fill("correct-horse-battery")
    page.get_by_role("button", name="Inloggen").click()

    expect(page).to_have_url(live_server.url + private_module.school.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Niet voor jouw groep")
    expect(page.get_by_role("alert")).to_contain_text("alleen voor bepaalde groepen")
    assert fits(page)
    shot(page, "private-module-not-in-group")
    page.get_by_role("link", name="Naar mijn leeromgeving").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn leeromgeving")

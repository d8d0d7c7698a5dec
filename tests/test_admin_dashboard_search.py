"""The admin dashboard offers "Doorzoek alle pagina's" only to users who can explore pages: a contact person has
no pages, and the search sent her to "Sorry, je hebt geen toegang". templates/wagtailadmin/home.html is
Wagtail's dashboard with that one condition added; the last test fails when a Wagtail upgrade changes the
original, so the copy is compared again."""

import re
from pathlib import Path

from django.contrib.auth.models import Group
from django.urls import reverse

import wagtail

import pytest

from accounts.factories import OrganisationFactory, UserFactory
from reports.roles import ensure_roles

ROOT = Path(__file__).resolve().parent.parent
SEARCH_FORM = 'role="search"'

pytestmark = pytest.mark.search_index  # the page search finds what the catalogue's pages put in the index


@pytest.mark.django_db
class TestDashboardSearch:
    def test_a_contact_person_gets_a_dashboard_without_a_page_search(self, client):
        """She sees her dashboard (her reports), with no search form that would only lead to a 403."""
        ensure_roles()
        contact = UserFactory(organisation=OrganisationFactory(), team=None)
        contact.groups.add(Group.objects.get(name="Contactpersonen organisatie"))
        client.force_login(contact)
        response = client.get(reverse("wagtailadmin_home"))
        assert response.status_code == 200
        assert SEARCH_FORM not in response.content.decode()
        assert client.get(reverse("wagtailadmin_explore_root")).status_code in (302, 403)

    def test_the_coordinator_keeps_the_page_search(self, client):
        """Whoever can explore pages still searches them from the dashboard, and the search answers."""
        client.force_login(UserFactory(organisation=None, is_staff=True, is_superuser=True))
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert SEARCH_FORM in html and "Doorzoek alle pagina" in html
        action = re.search(r'<form\s+class="w-mb-12"\s+action="([^"]+)"', html).group(1)
        assert client.get(action, {"q": "signalen"}).status_code == 200


def content_block(path):
    text = path.read_text()
    return text[text.index("{% block content %}") : text.rindex("{% endblock %}")]


def test_the_dashboard_copy_is_wagtails_own_but_for_the_search_condition():
    """Our block, without the two lines marked {# added #}, equals Wagtail's (Wagtail 8.0)."""
    ours = content_block(ROOT / "templates" / "wagtailadmin" / "home.html")
    theirs = content_block(Path(wagtail.__file__).parent / "admin" / "templates" / "wagtailadmin" / "home.html")
    lines = ours.splitlines()
    added = [line for line in lines if "{# added" in line]
    assert [line.split("{#")[0].strip() for line in added] == ["{% if root_page %}", "{% endif %}"]
    assert "\n".join(line for line in lines if line not in added) == theirs.rstrip("\n")


@pytest.mark.django_db
@pytest.mark.parametrize("language, expected", [("nl", "1-4 van 4 </th>"), ("en", "1-4 of 4 </th>")])
def test_the_page_search_counts_its_results_without_none(client, catalogue, language, expected):
    """Wagtail's page search header read "1-4van 4None" in Dutch and "1-4 of 4 None" in English: its Dutch text
    lacks spaces and the search has no model name to fill in (locale_overrides/)."""
    from django.conf import settings

    client.force_login(UserFactory(organisation=None, is_staff=True, is_superuser=True))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    html = client.get(reverse("wagtailadmin_pages:search"), {"q": "les"}).content.decode()  # the 4 lessons
    header = re.search(r"\d+-\d+[^<]*</th>", re.sub(r"\s+", " ", html))
    assert header and header.group(0) == expected, header and header.group(0)


@pytest.mark.django_db
def test_the_count_within_one_page_has_its_dash_in_place(client, catalogue):
    """Searching under one page (the explorer's search): Wagtail's Dutch read "17- van 7 pagina's in ..."."""
    client.force_login(UserFactory(organisation=None, is_staff=True, is_superuser=True))
    html = client.get(reverse("wagtailadmin_explore", args=[catalogue.social.pk]), {"q": "les"}).content.decode()
    header = re.search(r"\d+-?\d*-? van \d+[^<]*<span", re.sub(r"\s+", " ", html))
    assert header and header.group(0).startswith("1-3 van 3 "), header and header.group(0)

import re

from django.core import mail
from django.urls import reverse

from wagtail.contrib.forms.models import FormSubmission

import pytest

from accounts.factories import UserFactory
from home.models import SiteSettings, TeamVisitFormPage
from tests.test_roles import roles  # noqa: F401 (fixture)

# The demo content (with its team-visit form page), loaded once for this module's tests (tests/conftest.py);
# what each test changes (settings, submissions) is rolled back before the next.
pytestmark = pytest.mark.usefixtures("demo_shared_by_the_module")


@pytest.mark.django_db
def test_team_lead_requests_a_visit_and_the_coordinator_gets_it(client, django_capture_on_commit_callbacks):
    """A team lead sends the form; the coordinator (once her e-mail is in the settings) gets it, and it is kept."""
    # The demo fills in no coordinator; she enters her own details in the site settings.
    SiteSettings.objects.update(coordinator_name="Coördinator Test", coordinator_email="coordinator@example.org")
    page = TeamVisitFormPage.objects.get()
    html = client.get(page.url).content.decode()
    assert "Organisatie en team" in html
    fields = {field.label: field.clean_name for field in page.form_fields.all()}
    data = {
        fields["Je naam"]: "Fatima <b>El Amrani</b>",
        fields["E-mailadres"]: "fatima@school.example",
        fields["Organisatie en team"]: "Scholengemeenschap De Polder, mentoren",
        fields["Aantal collega's"]: "12",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url, data)
    assert response.status_code == 200 and "Bedankt" in response.content.decode()
    assert FormSubmission.objects.filter(page=page).count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["coordinator@example.org"]
    assert "Fatima <b>El Amrani</b>" in mail.outbox[0].body
    assert "&lt;b&gt;El Amrani" in mail.outbox[0].alternatives[0][0]


@pytest.mark.django_db
def test_incomplete_request_is_refused_with_messages(client):
    """Without name and e-mail the form comes back with messages and nothing is stored or sent."""
    page = TeamVisitFormPage.objects.get()
    response = client.post(page.url, {})
    assert response.status_code == 200 and "Controleer het formulier" in response.content.decode()
    assert not FormSubmission.objects.exists() and not mail.outbox


@pytest.mark.django_db
def test_team_visit_requests_are_rate_limited_and_bounded(client, settings):
    """Anonymous requests are limited per address (429 with a message) and long texts are refused."""
    settings.TEAM_VISIT_RATE_LIMIT = "2/h/ip"
    page = TeamVisitFormPage.objects.get()
    fields = {field.label: field.clean_name for field in page.form_fields.all()}
    data = {
        fields["Je naam"]: "Jan",
        fields["E-mailadres"]: "jan@example.org",
        fields["Organisatie en team"]: "Gemeente Urk",
        fields["Wat wil je bespreken?"]: "x" * 2001,
    }
    response = client.post(page.url, data)
    assert (
        response.status_code == 200
        and "hoogstens" in response.content.decode().lower()
        or "2000" in response.content.decode()
    )
    assert not FormSubmission.objects.exists()
    client.post(page.url, {**data, fields["Wat wil je bespreken?"]: "Kort"})
    response = client.post(page.url, {**data, fields["Wat wil je bespreken?"]: "Kort"})
    assert response.status_code == 429 and "veel aanvragen" in response.content.decode()
    assert FormSubmission.objects.count() == 1
    # What was typed stays in the fields (a tester lost a long text), nothing is marked wrong, and the message
    # takes the focus.
    html = response.content.decode()
    assert 'value="Jan"' in html and 'value="jan@example.org"' in html and re.search(r">\s*Kort</textarea>", html)
    assert 'aria-invalid="true"' not in html and "Controleer het formulier" not in html
    assert 'role="alert" tabindex="-1" autofocus' in html


@pytest.mark.django_db
def test_in_english_the_editors_labels_are_marked_dutch(client, settings):
    """The form's labels and help are the editor's Dutch text: in English mode they carry lang="nl", also in the
    error summary, while "(optional)" and Django's messages stay English."""
    page = TeamVisitFormPage.objects.get()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.post(page.url, {}).content.decode()
    assert '<span lang="nl">Je naam</span>' in html
    assert '<span lang="nl">Je naam</span>: This field is required.' in html
    assert "(optional)" in html


@pytest.mark.django_db
def test_an_editor_edits_the_request_form_but_not_whom_it_goes_to_nor_what_people_sent(client, roles):  # noqa: F811
    """The team-visit requests hold names, addresses and phone numbers: the coordinator sees them, an
    editor does not (menu, list, export, the count on the page). The page's e-mail addresses are the
    coordinator's too: an editor's form has no such fields, and a tampered one changes nothing. (One of the
    roles tests, here to share this module's demo.)"""
    page = TeamVisitFormPage.objects.get()
    names = {field.label: field.clean_name for field in page.form_fields.all()}
    FormSubmission.objects.create(
        page=page, form_data={names["Je naam"]: "Fatima", names["E-mailadres"]: "f@school.example"}
    )
    submissions = reverse("wagtailforms:list_submissions", args=[page.pk])
    editor = UserFactory()
    editor.groups.add(roles["Redacteuren"])
    coordinator = UserFactory(organisation=None)
    coordinator.groups.add(roles["Coördinatoren"])
    client.force_login(coordinator)
    assert "f@school.example" in client.get(submissions).content.decode()
    assert reverse("wagtailforms:index") in client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'name="to_address"' in client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    client.force_login(editor)
    assert client.get(submissions).status_code in (302, 403)
    assert client.get(submissions, {"export": "csv"}).status_code in (302, 403)
    assert client.get(reverse("wagtailforms:index")).content.decode().count(f"/{page.pk}/") == 0
    assert reverse("wagtailforms:index") not in client.get(reverse("wagtailadmin_home")).content.decode()
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'name="to_address"' not in edit and 'name="from_address"' not in edit
    assert "f@school.example" not in edit and "aanvraag teambezoek-inzendingen" not in edit.lower()

"""Single-line form fields refuse line breaks, so no one can forge lines in the e-mails the site sends."""

from django import forms
from django.core import mail
from django.test import Client

from wagtail.contrib.forms.models import FormSubmission

import pytest

from home.models import TeamVisitFormField, TeamVisitFormPage

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

FORGED = "Jan\r\nBcc: iedereen@example.org\r\n\r\nKlik hier: http://evil.example"


class Sample(forms.Form):
    name = forms.CharField()
    email = forms.EmailField()
    website = forms.URLField(required=False, assume_scheme="https")
    message = forms.CharField(widget=forms.Textarea, required=False)


def test_every_single_line_field_refuses_line_breaks():
    """Text, e-mail and URL inputs refuse CR/LF with a message; a text area keeps its lines."""
    form = Sample(data={"name": FORGED, "email": "jan@example.org\nBcc: x@example.org", "website": "https://a.nl/\nx"})
    assert not form.is_valid()
    assert {
        field for field, errors in form.errors.as_data().items() if errors[0].code in {"line_break", "invalid"}
    } == {
        "name",
        "email",
        "website",
    }
    assert "één regel" in form.errors["name"][0]
    form = Sample(data={"name": "Jan", "email": "jan@example.org", "message": "Regel 1\r\nRegel 2"})
    assert form.is_valid() and "Regel 2" in form.cleaned_data["message"]


@pytest.mark.django_db
def test_team_visit_single_line_field_refuses_line_breaks(home_page, django_capture_on_commit_callbacks):
    """The form builder's single-line field refuses CR/LF; nothing is stored or mailed; multi-line is fine."""
    page = home_page.add_child(instance=TeamVisitFormPage(title="Teambezoek", slug="teambezoek"))
    TeamVisitFormField.objects.create(page=page, label="Je naam", field_type="singleline", required=True)
    TeamVisitFormField.objects.create(page=page, label="Vraag", field_type="multiline", required=False)
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(page.url, {"je_naam": FORGED, "vraag": "Regel 1\r\nRegel 2"})
    assert response.status_code == 200 and "één regel" in response.content.decode()
    assert not FormSubmission.objects.exists() and not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(page.url, {"je_naam": "Jan", "vraag": "Regel 1\r\nRegel 2"})
    assert FormSubmission.objects.count() == 1 and len(mail.outbox) == 1


@pytest.mark.django_db
def test_sign_up_name_refuses_line_breaks(client, organisation, audiences):
    """The name typed at sign-up (printed on certificates, quoted in mail) cannot hold a line break."""
    response = client.post(
        "/account/signup/",
        {"email": "nieuw@example.org", "password1": "Lang-genoeg-wachtwoord-1", "password2": "Lang-genoeg-wachtwoord-1",
         "full_name": FORGED, "organisation": organisation.pk, "team": audiences.social.pk},
    )  # fmt: skip
    assert response.status_code == 200 and "één regel" in response.content.decode()

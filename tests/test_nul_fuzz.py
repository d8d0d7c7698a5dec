"""NUL bytes and control characters in any URL parameter or form field never give a 500 (SQLite and PostgreSQL).

Every URL pattern of the site is resolved and its parameters filled with the payloads (numbers and UUIDs
with real-looking values, so the view runs); each URL is requested by a visitor and by a superuser, and
every POST form on the pages that answer is sent back with the payload in each field. A NUL byte in what
someone typed comes back in the form with a message at the field (TestNulByteInAFormField).
"""

import re
import uuid
from urllib.parse import quote

from django.contrib.auth import get_user_model
from django.core import mail
from django.db import DataError
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from wagtail.contrib.forms.models import FormSubmission

import pytest

from accounts.factories import UserFactory
from home.middleware import RejectNulBytesMiddleware
from home.models import TeamVisitFormField, TeamVisitFormPage
from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions.models import Participant
from team_sessions.services import start_session

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

PAYLOADS = ["a\x00b", "a\x01\x08\x0b\x1b\x7fb"]
FORM = re.compile(r"<form\b[^>]*method=\"post\"[^>]*>(.*?)</form>", re.S | re.I)
FIELD = re.compile(r"<(?:input|select|textarea)\b[^>]*\bname=\"([^\"]+)\"", re.I)
CONVERTER = re.compile(r"<(?:(\w+):)?\w+>")
SKIPPED_FIELDS = {"csrfmiddlewaretoken"}
GUESSED_FIELDS = ["q", "title", "name", "code", "email", "login", "full_name", "url", "link_text"]
DELIBERATE_ERRORS = {"/admin/failwhale/"}  # Wagtail's page that raises on purpose, to show its 500 page


def _route_part(route, payload):
    def fill(match):
        converter = match.group(1) or "str"
        if converter in ("int", "id"):  # `id`: home.converters.DatabaseIdConverter
            return "1"
        if converter == "uuid":
            return str(uuid.uuid4())
        return quote(payload, safe="")

    return CONVERTER.sub(fill, route)


def _regex_part(regex, payload):
    """A path for a regex pattern: each top-level group becomes the payload, anchors and escapes go."""
    out, depth, index = [], 0, 0
    regex = regex.lstrip("^").rstrip("$")
    while index < len(regex):
        char = regex[index]
        if char == "\\" and index + 1 < len(regex):
            if depth == 0:
                out.append(regex[index + 1])
            index += 2
            continue
        if char == "(":
            if depth == 0:
                out.append("1" if regex[index:].startswith(r"(\d+)") else quote(payload, safe=""))
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0 and char not in "?*+$^":
            out.append(char)
        index += 1
    return "".join(out)


def urls(payload, patterns=None, prefix="/"):
    """One path per URL pattern of the site, with every parameter filled in."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        regex = getattr(pattern.pattern, "_regex", None)
        if regex is not None and not hasattr(pattern.pattern, "_route"):
            part = _regex_part(regex, payload)
        else:
            part = _route_part(str(pattern.pattern), payload)
        if isinstance(pattern, URLResolver):
            yield from urls(payload, pattern.url_patterns, prefix + part)
        elif isinstance(pattern, URLPattern):
            yield prefix + part


def forms(html):
    """The field names of each POST form on a page."""
    return [sorted(set(FIELD.findall(body)) - SKIPPED_FIELDS) for body in FORM.findall(html)]


@pytest.fixture
def superuser(db):
    return UserFactory(is_superuser=True, is_staff=True, full_name="Beheerder Fuzz")


def signed_in(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("payload", PAYLOADS, ids=["nul", "control"])
def test_no_url_or_form_gives_a_500(payload, catalogue, learner, superuser):
    """Every URL pattern and every POST form on the pages, filled with the payload: no 500 anywhere."""
    failures = []
    paths = sorted(set(urls(payload)) - DELIBERATE_ERRORS)
    assert len(paths) > 300, "the URL patterns were not all found"
    for path in paths:
        for who in ("visitor", "superuser"):
            if who == "superuser" and not type(superuser).objects.filter(pk=superuser.pk).exists():
                superuser = UserFactory(is_superuser=True, is_staff=True)  # a POST deleted the account
            client = Client(raise_request_exception=False) if who == "visitor" else signed_in(superuser)
            response = client.get(path)
            if response.status_code >= 500:
                failures.append(f"GET {path} as {who}: {response.status_code}")
                continue
            response = client.post(path, dict.fromkeys(GUESSED_FIELDS, payload))
            # Some Wagtail admin views fail on a hand-made POST without their management fields whatever
            # the values: only a 500 that the payload causes counts here.
            if response.status_code >= 500 and client.post(path, dict.fromkeys(GUESSED_FIELDS, "ab")).status_code < 500:
                failures.append(f"POST {path} as {who}: {response.status_code}")
    pages = [learner_page.url for learner_page in catalogue.social_lessons] + [catalogue.home.url]
    for path in pages + [p for p in paths if p.startswith(("/account/", "/mijn/", "/doe-mee/", "/verifieer/"))]:
        # A fresh learner each time: one of the forms deletes the account.
        for client in (Client(raise_request_exception=False), signed_in(UserFactory())):
            page = client.get(path)
            if page.status_code != 200 or "html" not in page.get("Content-Type", ""):
                continue
            for fields in forms(page.content.decode()):
                response = client.post(path, dict.fromkeys(fields, payload))
                if response.status_code >= 500:
                    failures.append(f"POST form {fields} to {path}: {response.status_code}")
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_a_nul_byte_outside_a_form_field_is_refused_with_a_message(home_page, learner):
    """A NUL byte in the address, the query string or a cookie gets a 400 page that says what is wrong."""
    responses = [
        Client().get("/verifieer/AB%00CD/"),
        Client().get("/verifieer/", {"code": "AB\x00CD"}),
        Client(raise_request_exception=False, HTTP_COOKIE="sessionid=abcdefgh\x00ijkl").get("/"),
        Client().post("/account/login/", {"login\x00": "a@b.nl"}),
    ]
    for response in responses:
        assert response.status_code == 400
        assert "tekens die hier niet kunnen" in response.content.decode()


NAME_WITH_NUL = "Anna\x00 de Jong"
NUL_MESSAGE = "onzichtbaar teken (U+0000)"


@pytest.fixture
def team_visit_page(home_page):
    page = home_page.add_child(instance=TeamVisitFormPage(title="Teambezoek", slug="teambezoek"))
    TeamVisitFormField.objects.create(page=page, label="Je naam", field_type="singleline", required=True)
    TeamVisitFormField.objects.create(page=page, label="Vraag", field_type="multiline", required=False)
    return page


@pytest.mark.django_db
class TestNulByteInAFormField:
    """A NUL byte in what someone typed (pasted text) is answered by the form, not by a bare error page."""

    def assert_form_comes_back(self, response, status, kept):
        html = response.content.decode()
        assert response.status_code == status
        assert NUL_MESSAGE in html, "the field says what is wrong"
        assert kept in html, "what was typed in the other fields is still there"

    def test_sign_up(self, client, organisation, audiences):
        """Sign-up: the form comes back with the message and the e-mail address typed; no account is made."""
        response = client.post(
            "/account/signup/",
            {"email": "anna@example.org", "password1": "Lang-genoeg-wachtwoord-1",
             "password2": "Lang-genoeg-wachtwoord-1", "full_name": NAME_WITH_NUL, "organisation": organisation.pk,
             "team": audiences.social.pk},
        )  # fmt: skip
        # allauth answers every invalid sign-up form with 200, as for any other validation error.
        self.assert_form_comes_back(response, 200, "anna@example.org")
        assert not get_user_model().objects.filter(email="anna@example.org").exists()

    def test_profile(self, learner_client, learner):
        """Profile: 400 with the message at the name; the stored name stays as it was."""
        response = learner_client.post(
            "/mijn/profiel/",
            {"full_name": NAME_WITH_NUL, "organisation": learner.organisation.pk, "team": learner.team.pk},
        )
        self.assert_form_comes_back(response, 400, "Gemeente Lelystad")
        learner.refresh_from_db()
        assert learner.full_name == "Łukasz Żółć"

    def test_joining_a_team_session(self, catalogue, learner):
        """Joining a team session on a phone: 400 with the message; the e-mail typed stays; no seat is taken."""
        questions = [QuestionFactory(title="Situatie 1")]
        quiz = QuizPageFactory(parent=catalogue.social, questions=questions)
        session = start_session(learner, quiz, "Team mentoren")
        response = Client().post(
            f"/doe-mee/{session.code}/",
            {"display_name": "Anna", "full_name": NAME_WITH_NUL, "email": "anna@example.org"},
        )
        self.assert_form_comes_back(response, 400, "anna@example.org")
        assert not Participant.objects.exists()

    def test_team_visit_request(self, team_visit_page, django_capture_on_commit_callbacks):
        """The team-visit request (Wagtail's form builder): the message and the question typed; nothing sent."""
        with django_capture_on_commit_callbacks(execute=True):
            response = Client().post(team_visit_page.url, {"je_naam": NAME_WITH_NUL, "vraag": "Kunnen jullie in mei?"})
        # Wagtail's form pages answer every invalid form with 200.
        self.assert_form_comes_back(response, 200, "Kunnen jullie in mei?")
        assert not FormSubmission.objects.exists() and not mail.outbox

    def test_a_value_a_view_takes_to_the_database_gets_the_400_page(self, learner_client):
        """A NUL byte in a value a view looks up without a form: the 400 page on PostgreSQL, never a 500."""
        response = learner_client.post("/mijn/account-verwijderen/bevestigen/", {"provider": "a\x00b"})
        # SQLite compares the value and finds no linked provider (404); PostgreSQL refuses it (the 400 page).
        assert response.status_code in {400, 404}

    def test_the_database_refusing_a_nul_byte_is_the_400_page(self, rf):
        """When the database refuses a form value with a NUL byte, the visitor sees the 400 page, not a 500."""
        middleware = RejectNulBytesMiddleware(lambda request: None)
        refused = middleware.process_exception(rf.post("/", {"naam": "a\x00b"}), DataError("NUL"))
        assert refused.status_code == 400 and "tekens die hier niet kunnen" in refused.content.decode()
        assert middleware.process_exception(rf.post("/", {"naam": "ab"}), DataError("other")) is None

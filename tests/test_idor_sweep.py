"""Every URL pattern that takes an id, code or token, tried as another learner and anonymously.

Owned objects (a learner's attempt, certificate, registration) must answer 403, 404 or the log-in page to
anyone else. Patterns that name public content (a module, a quiz, a session to register for) or are public
by design (certificate verification) are listed with the reason. A new pattern that is in neither list
makes the test fail, so nobody adds one without deciding who may see it.
"""

from django.contrib.auth.models import Permission
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

import pytest

from accounts.factories import UserFactory
from briefings.factories import BriefingSessionFactory
from briefings.services import register
from certificates.models import Certificate
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.services import start_attempt
from team_sessions.services import join, start_session

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

# Patterns outside our own apps: Wagtail's admin, documents and page-password form (password
# restrictions are switched off), allauth, Django's i18n.
FOREIGN_PREFIXES = ("admin/", "documents/", "account/", "i18n/", "jsi18n/", "_util/")

PUBLIC_BY_DESIGN = {
    "certificates:verify": "anyone may check a certificate by its code; it shows name, module and date only",
    "certificates:status_list": "the revocation status list is public by the standard; one bit per certificate",
    "courses:start_course": "a module is public content; starting it needs an account (log-in page)",
    "courses:complete_lesson": "a lesson is public content to every learner; needs an account (log-in page)",
    "courses:signal_card": "the signal card of a public module is public",
    "quizzes:start": "a quiz is open to every learner; needs an account (log-in page)",
    "briefings:register": "any learner may register for a session; needs an account (log-in page)",
    "team_sessions:join": "anyone with the code on the big screen may join; wrong codes are rate-limited",
    "team_sessions:claim_certificate": (
        "the signed token in the certificate mail is the key; claiming also needs a log-in with the same "
        "verified address (team_sessions.claims)"
    ),
    "team_sessions:facilitator_guide": (
        "a module's guide is the same for every facilitator; needs the facilitator permission (log-in page or 403)"
    ),
}


def parameterised_names(patterns=None, prefix="", namespace=""):
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            route = prefix + str(entry.pattern)
            ns = f"{entry.namespace}:" if entry.namespace else namespace
            yield from parameterised_names(entry.url_patterns, route, ns)
        elif isinstance(entry, URLPattern) and entry.pattern.converters and entry.name:
            route = prefix + str(entry.pattern)
            if not route.startswith(FOREIGN_PREFIXES):
                yield f"{namespace}{entry.name}"


@pytest.fixture
def owned(catalogue, audiences, django_capture_on_commit_callbacks):
    """One owned object of each kind, all belonging to learner A."""
    owner = UserFactory(team=audiences.social)
    quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()])
    attempt = start_attempt(owner, quiz)
    certificate = Certificate.objects.create(
        learner=owner,
        full_name=owner.full_name,
        email=owner.email,
        course_title="Module",
        valid_until=timezone.localdate(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(BriefingSessionFactory(), user=owner)
    facilitator = UserFactory()
    facilitator.user_permissions.add(Permission.objects.get(codename="add_teamsession"))
    team_session = start_session(facilitator, quiz, "Team")
    join(team_session, "Anna")
    return {
        "team_sessions:present": [team_session.uuid],
        "team_sessions:present_status": [team_session.uuid],
        "team_sessions:control": [team_session.uuid],
        "team_sessions:team_answer": [team_session.uuid],
        "team_sessions:end": [team_session.uuid],
        "team_sessions:participants": [team_session.uuid],
        "team_sessions:summary": [team_session.uuid],
        "team_sessions:stop": [team_session.uuid],
        "team_sessions:attendance": [team_session.uuid, "csv"],
        "team_sessions:participant_email": [team_session.uuid],
        "team_sessions:phone_status": [team_session.code],
        "team_sessions:answer": [team_session.code],
        "quizzes:resume": [attempt.uuid],
        "quizzes:question": [attempt.uuid, 1],
        "quizzes:result": [attempt.uuid],
        "certificates:download": [certificate.code],
        "certificates:credential_download": [certificate.code, "json"],
        "briefings:registration_detail": [registration.token],
        "briefings:registration_cancel": [registration.token],
        "briefings:registration_ics": [registration.token],
    }


def refused(response):
    if response.status_code in (403, 404, 405):
        return True
    return response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
def test_every_parameterised_url_is_covered(owned):
    """Each of our URL patterns with a parameter is either an owned-object check below or public by design."""
    names = set(parameterised_names())
    uncovered = names - set(owned) - set(PUBLIC_BY_DESIGN)
    assert uncovered == set(), f"Decide who may see these and add them to the sweep: {sorted(uncovered)}"
    assert set(owned) <= names, "the sweep names a pattern that no longer exists"


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "post"])
def test_owned_objects_are_refused_to_others_and_to_anonymous_visitors(client, owned, method):
    """Another learner and an anonymous visitor get 403, 404 or the log-in page, for reading and writing."""
    for name, args in owned.items():
        url = reverse(name, args=args)
        client.logout()
        assert refused(getattr(client, method)(url)), (name, "anonymous", method)
        client.force_login(UserFactory())
        assert refused(getattr(client, method)(url)), (name, "another learner", method)

"""E-mail addresses that look the same are the same: case, NFKC and invisible characters make no second account."""

from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

import pytest
from allauth.account.models import EmailAddress

from accounts.emails import canonical_email
from accounts.factories import UserFactory
from accounts.models import User
from briefings.factories import BriefingSessionFactory
from briefings.models import Registration
from briefings.services import register
from quizzes.factories import QuestionFactory, QuizPageFactory
from team_sessions.models import Participant
from team_sessions.services import start_session

from .test_accounts import PASSWORD, signup_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("catalogue_for_the_module")]

# Each looks like jan@example.org on screen.
LOOK_ALIKES = [
    "Jan@Example.ORG",
    "jan@exam\u00adple.org",  # soft hyphen
    "ja\u200bn@example.org",  # zero-width space
    "jan\u2060@example.org",  # word joiner
    "\ufeffjan@example.org",  # byte-order mark
    "ｊａｎ@example.org",  # full-width letters (NFKC)
    " JAN@EXAMPLE.ORG ",
]
HOMOGLYPHS = ["j\u0430n@example.org", "jan@ex\u0430mple.org"]  # Cyrillic а


@pytest.fixture
def jan(organisation, audiences):
    return UserFactory(email="jan@example.org", password=PASSWORD, organisation=organisation, team=audiences.social)


class TestCanonicalSpelling:
    @pytest.mark.parametrize("spelling", LOOK_ALIKES)
    def test_every_look_alike_has_one_spelling(self, spelling):
        """Case, white space, NFKC and invisible characters all come down to the same address."""
        assert canonical_email(spelling) == "jan@example.org"

    def test_an_account_saved_with_a_look_alike_stores_the_plain_address(self):
        """An account made outside the forms (admin, command) stores the canonical address too."""
        user = UserFactory(email="Jan@Exam\u00adple.org")
        user.refresh_from_db()
        assert user.email == "jan@example.org"


class TestSignup:
    @pytest.mark.parametrize("spelling", LOOK_ALIKES)
    def test_a_look_alike_of_an_existing_address_makes_no_second_account(
        self, client, home_page, organisation, audiences, jan, spelling
    ):
        """Signing up with a look-alike of a taken address creates no second account."""
        client.post(reverse("account_signup"), signup_data(organisation, audiences.social, email=spelling))

        assert User.objects.count() == 1
        assert EmailAddress.objects.exclude(email="jan@example.org").count() == 0

    def test_a_new_address_with_a_soft_hyphen_is_stored_without_it(self, client, home_page, organisation, audiences):
        """A new address typed with a soft hyphen and capitals is stored as it looks: plain lower case."""
        client.post(
            reverse("account_signup"), signup_data(organisation, audiences.social, email="Huong@Exam\u00adple.org")
        )

        assert list(User.objects.values_list("email", flat=True)) == ["huong@example.org"]
        assert list(EmailAddress.objects.values_list("email", flat=True)) == ["huong@example.org"]

    @pytest.mark.parametrize("spelling", HOMOGLYPHS)
    def test_a_letter_from_another_script_is_refused(self, client, home_page, organisation, audiences, spelling):
        """An address with a Cyrillic letter that looks Latin is refused with a message, not stored."""
        response = client.post(reverse("account_signup"), signup_data(organisation, audiences.social, email=spelling))

        assert response.status_code == 200
        assert not User.objects.exists()
        assert "gewone letters" in response.content.decode()


class TestLogin:
    @pytest.mark.parametrize("spelling", LOOK_ALIKES)
    def test_a_look_alike_logs_in_to_the_same_account(self, client, home_page, jan, spelling):
        """Logging in with capitals or an invisible character logs in to the one account."""
        response = client.post(reverse("account_login"), {"login": spelling, "password": PASSWORD})

        assert response.status_code == 302
        assert client.session["_auth_user_id"] == str(jan.pk)


class TestAddEmail:
    def test_a_look_alike_of_another_accounts_address_is_not_added(self, client, home_page, jan):
        """Adding a look-alike of someone else's address adds no second spelling of it; it stays theirs."""
        other = UserFactory(email="piet@example.org")
        client.force_login(other)

        client.post(reverse("account_email"), {"action_add": "", "email": "JAN@exam\u00adple.org"})

        stored = EmailAddress.objects.values_list("email", flat=True)
        assert all(address == canonical_email(address) for address in stored)
        assert EmailAddress.objects.get(email="jan@example.org", verified=True).user == jan


class TestTeamSessionJoin:
    @pytest.fixture
    def session(self, organisation, catalogue):
        group, _ = Group.objects.get_or_create(name="Begeleiders (test)")
        group.permissions.add(Permission.objects.get(codename="add_teamsession"))
        facilitator = UserFactory(organisation=organisation)
        facilitator.groups.add(group)
        quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()], pass_mark=50)
        return start_session(facilitator, quiz, "Team mentoren")

    def test_a_join_email_is_stored_in_its_plain_spelling(self, session):
        """A join e-mail with capitals and a soft hyphen is kept as the plain address the certificate goes to."""
        response = Client().post(
            reverse("team_sessions:join", args=[session.code]),
            {"display_name": "Anna", "full_name": "Anna de Jong", "email": "Anna@Exam\u00adple.org"},
        )

        assert response.status_code == 302
        assert Participant.objects.get().email == "anna@example.org"

    def test_a_join_email_with_a_cyrillic_letter_is_refused(self, session):
        """A join e-mail with a look-alike letter from another script is refused with a message."""
        response = Client().post(
            reverse("team_sessions:join", args=[session.code]),
            {"display_name": "Anna", "full_name": "Anna de Jong", "email": "\u0430nna@example.org"},
        )

        assert response.status_code == 400
        assert "gewone letters" in response.content.decode()
        assert not Participant.objects.exists()


class TestBriefingRegistration:
    def test_a_look_alike_registers_once(self):
        """Registering for a briefing with a look-alike of a registered address finds that registration."""
        session = BriefingSessionFactory(capacity=5)

        first = register(session, full_name="Jan Jansen", email="jan@example.org")
        second = register(session, full_name="Jan Jansen", email="JAN@exam\u00adple.org")

        assert second.pk == first.pk
        assert Registration.objects.count() == 1

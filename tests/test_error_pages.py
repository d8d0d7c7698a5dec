"""Error pages speak the site's language in the site's layout, and /admin/ has no redirect loop for learners."""

from django.conf import settings
from django.test import Client, RequestFactory
from django.views.defaults import server_error

import pytest

from certificates.factories import CertificateFactory

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")


def in_site_layout(response):
    html = response.content.decode()
    return "lk-footer" in html and "Leren Kijken" in html and "Hoofdmenu" in html


@pytest.mark.django_db
class TestErrorPages:
    def test_404_in_dutch_in_the_site_layout(self, client, home_page):
        """An unknown address shows "Pagina niet gevonden" with the menu and footer."""
        response = client.get("/bestaat-niet/")
        assert response.status_code == 404
        assert "Pagina niet gevonden" in response.content.decode()
        assert in_site_layout(response)

    def test_every_404_shows_the_dutch_page_with_debug_off(self, client, learner_client, home_page, settings):
        """With DEBUG off every Http404 (unknown page, odd URL parameter, a view's own 404) shows the site's
        Dutch 404 page, never Django's technical page. With DEBUG on (`make run`) Django shows its own."""
        settings.DEBUG = False
        stranger_certificate = CertificateFactory()
        responses = {
            "unknown page": client.get("/bestaat-niet/"),
            "odd parameter": client.get("/certificaten/status/abc/"),
            "no such status list": client.get(f"/certificaten/status/{10**20}/"),
            "a view's Http404": learner_client.get(f"/certificaten/{stranger_certificate.code}/pdf/"),
            "get_object_or_404": learner_client.get("/bijeenkomsten/999999/aanmelden/"),
        }
        for kind, response in responses.items():
            html = response.content.decode()
            assert response.status_code == 404, kind
            assert "Pagina niet gevonden" in html and in_site_layout(response), kind
            assert "Using the URLconf" not in html and "Page not found" not in html, kind

    def test_a_views_404_says_what_is_missing_and_links_back(self, client, learner, learner_client, catalogue):
        """A 404 from a quiz, a certificate or a team session says what was not found and gives the way back that
        fits (the quiz, the learner's own page, the code form), in the site's layout. A plain 404 keeps the
        general text and never shows Django's English message ("No … matches the given query")."""
        import uuid

        from django.contrib.auth.models import Group, Permission

        from accounts.factories import UserFactory
        from quizzes.factories import QuestionFactory, QuizPageFactory
        from quizzes.services import start_attempt
        from team_sessions.services import start_session

        quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory(), QuestionFactory()])
        attempt = start_attempt(learner, quiz)
        facilitator = UserFactory()
        group = Group.objects.create(name="Begeleiders (test)")
        group.permissions.add(Permission.objects.get(codename="add_teamsession"))
        facilitator.groups.add(group)
        session = start_session(facilitator, quiz, "Team")
        facilitator_client = Client()
        facilitator_client.force_login(facilitator)
        cases = {
            f"/toets/poging/{attempt.uuid}/vraag/99/": (
                learner_client,
                "Deze vraag hoort niet bij deze poging.",
                f'href="/toets/poging/{attempt.uuid}/">Terug naar de toets',
            ),
            f"/toets/poging/{uuid.uuid4()}/vraag/1/": (
                learner_client,
                "Deze poging bestaat niet.",
                'href="/mijn/">Naar je leeromgeving',
            ),
            f"/certificaten/{CertificateFactory().code}/pdf/": (
                learner_client,
                "Dit certificaat bestaat niet.",
                'href="/mijn/">Naar je leeromgeving',
            ),
            f"/teamsessie/{uuid.uuid4()}/": (
                facilitator_client,
                "Deze teamsessie bestaat niet.",
                'href="/teamsessie/">Naar je teamsessies',
            ),
        }
        for url, (who, message, back) in cases.items():
            response = who.get(url)
            html = response.content.decode()
            assert response.status_code == 404, url
            assert message in html and back in html and in_site_layout(response), url
        response = client.post(f"/doe-mee/{session.code}/antwoord/", {"position": 1, "choice": "x"})
        html = response.content.decode()
        assert response.status_code == 404
        assert "Je doet niet mee aan deze teamsessie." in html and 'href="/doe-mee/">Een code invullen' in html

        plain = learner_client.get("/bijeenkomsten/999999/aanmelden/").content.decode()
        assert "Deze pagina bestaat niet (meer)." in plain and "matches the given query" not in plain

    def test_the_language_switch_after_a_refused_form_goes_back_to_the_forms_page(
        self, learner_client, learner, catalogue
    ):
        """An answer refused with 400 is shown at the form's action address, which answers only POST: the
        language switch there went to that address and got 405. It now goes back to the page the form was on
        (the Referer); on a normal page it stays where it is."""
        from quizzes.factories import QuestionFactory, QuizPageFactory
        from quizzes.services import start_attempt

        quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()])
        attempt = start_attempt(learner, quiz)
        question = f"/toets/poging/{attempt.uuid}/vraag/1/"
        response = learner_client.post(question, {}, HTTP_REFERER=f"http://testserver{question}")
        assert response.status_code == 400
        assert f'name="next" value="http://testserver{question}"' in response.content.decode()
        switched = learner_client.post("/i18n/setlang/", {"language": "en", "next": f"http://testserver{question}"})
        assert switched.status_code == 302 and switched["Location"].endswith(question)
        page = learner_client.get(question).content.decode()
        assert f'name="next" value="{question}"' in page

    def test_404_in_english_when_english_is_chosen(self, client, home_page):
        """With English chosen, the 404 page is in English."""
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        response = client.get("/bestaat-niet/")
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()

    def test_405_for_a_buttons_address_opened_by_hand(self, client, learner_client, catalogue):
        """A button's address opened by hand (a GET where only the button's POST works) explains itself in the
        site's layout, keeps its 405 and `Allow` header, changes nothing; in English when English is chosen."""
        from courses.models import Enrolment

        start = f"/leren/module/{catalogue.social.pk}/starten/"
        response = learner_client.get(start)
        html = response.content.decode()
        assert response.status_code == 405 and response["Allow"] == "POST"
        assert "Dit werkt alleen met de knop" in html and in_site_layout(response)
        assert not Enrolment.objects.exists()

        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        english = client.get(start).content.decode()
        assert "Only works with the button" in english

    def test_403_for_a_learner_opening_team_sessions(self, learner_client, home_page):
        """A learner opening /teamsessie/ gets "Geen toegang" in the site's layout, not a bare "403 Forbidden"."""
        response = learner_client.get("/teamsessie/")
        assert response.status_code == 403
        html = response.content.decode()
        assert "Geen toegang" in html and "403 Forbidden" not in html
        assert in_site_layout(response)

    def test_learner_opening_admin_gets_no_access_page_not_a_loop(self, learner_client, home_page):
        """/admin/ for a logged-in learner ends, after Wagtail's redirect, on a "geen toegang" page with a way back."""
        response = learner_client.get("/admin/", follow=True)
        assert len(response.redirect_chain) <= 2
        assert response.status_code == 403
        html = response.content.decode()
        assert "Geen toegang tot het beheer" in html
        assert 'href="/mijn/"' in html

    def test_facilitator_opening_admin_reads_who_has_access_and_finds_the_team_sessions(self, client, home_page):
        """A facilitator on /admin/ reads that the admin is for coordinators, editors and organisation contact
        persons (those have access too), and gets a link to their team sessions."""
        from django.contrib.auth.models import Group

        from accounts.factories import UserFactory
        from reports.roles import FACILITATORS, ensure_roles

        ensure_roles()
        facilitator = UserFactory()
        facilitator.groups.add(Group.objects.get(name=FACILITATORS))
        client.force_login(facilitator)
        response = client.get("/admin/", follow=True)
        assert response.status_code == 403
        html = response.content.decode()
        assert "Het beheer is alleen voor coördinatoren, redacteuren en contactpersonen van organisaties." in html
        assert 'href="/teamsessie/"' in html

    def test_visitor_opening_admin_is_sent_to_the_login(self, client, home_page):
        """Someone not logged in who opens /admin/ lands on the one log-in page, with a way back to /admin/."""
        response = client.get("/admin/", follow=True)
        assert response.status_code == 200
        assert response.request["PATH_INFO"] == "/account/login/"
        assert "next=%2Fadmin%2F" in response.redirect_chain[-1][0]

    def test_csrf_failure_explains_in_the_site_layout(self, home_page):
        """A form sent without a valid CSRF token shows "Het formulier is verlopen" (403) in the site's layout."""
        response = Client(enforce_csrf_checks=True).post("/account/login/", {"login": "a@example.org"})
        assert response.status_code == 403
        assert "Het formulier is verlopen" in response.content.decode()
        assert in_site_layout(response)

    def test_400_for_a_bad_host_in_the_site_layout(self, client, home_page, settings):
        """A request for an unknown host gets a 400 "Dit verzoek klopt niet" page in the site's layout."""
        settings.ALLOWED_HOSTS = ["testserver"]
        response = client.get("/", HTTP_HOST="evil.example.com")
        assert response.status_code == 400
        html = response.content.decode()
        assert "Dit verzoek klopt niet" in html and "lk-footer" in html

    def test_400_does_not_pretend_to_know_who_is_there(self, client, home_page, learner):
        """The 400 page is rendered without the request (a bad host or a NUL byte in a cookie must not break it
        again). It showed the logged-out menu ("Inloggen") to a logged-in learner, "De contactgegevens … volgen
        nog" though they were set, and a language switch without a CSRF token. Now none of these."""
        client.force_login(learner)
        response = client.get("/verifieer/", {"code": "AB\x00CD"})
        html = response.content.decode()
        assert response.status_code == 400 and "tekens die hier niet kunnen" in html
        # One explanation, not two after each other (a re-walk read both, in either language).
        main = html.split("<main", 1)[1].split("</main>", 1)[0]
        assert main.count('<p class="utrecht-paragraph">') == 1 and "Misschien is de link beschadigd" in main
        assert "Inloggen" not in html and "volgen nog" not in html and "set_language" not in html
        assert 'action="/i18n/setlang/"' not in html and "Naar de startpagina" in html

    def test_500_is_static_and_needs_no_database(self, django_assert_num_queries):
        """The 500 page renders without one query, says what happened in Dutch and English, in the site's style."""
        with django_assert_num_queries(0):
            response = server_error(RequestFactory().get("/"))
        html = response.content.decode()
        assert response.status_code == 500
        assert "Er ging iets mis" in html and "Something went wrong" in html
        assert "css/site.css" in html


@pytest.mark.django_db
class TestEnglishInterface:
    def test_english_pages_say_once_that_content_is_dutch_and_translate_112(self, client, home_page):
        """In English the page says once, politely, that content is Dutch, and the emergency line is English."""
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        html = client.get("/").content.decode()
        assert html.count("The course content is written in Dutch") == 1
        assert "In an emergency, always call 112." in html
        assert "bel je altijd 112" not in html

    def test_dutch_pages_have_no_language_note(self, client, home_page):
        """In Dutch there is no note about the language, and the footer shows the coordinator's own note."""
        html = client.get("/").content.decode()
        assert "The course content is written in Dutch" not in html
        assert "Bij acuut gevaar bel je altijd 112." in html

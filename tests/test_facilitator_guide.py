"""The facilitator guide: a PDF per module for leading a team session, with the answers, for facilitators only."""

import io

from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Site

import pytest
from pypdf import PdfReader

from accounts.factories import UserFactory
from courses.factories import LessonPageFactory
from home.models import SiteSettings
from quizzes.factories import PathQuestionFactory, QuestionFactory, QuizPageFactory
from quizzes.models import Question, QuizDraw, QuizPage, QuizQuestion
from team_sessions import facilitator_guide

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

ROUTE = {
    "title": "Route bij signalen in Flevoland",
    "intro": "Je kunt altijd eerst advies vragen.",
    "steps": [
        {"title": "Veiligheid eerst", "text": "Bij acuut gevaar bel je 112."},
        {"title": "Overleg", "text": "Bel het Meld- en Adviespunt Mensenhandel Flevoland."},
    ],
    "contacts": [{"name": "Meldpunt Flevoland", "purpose": "Advies, ook anoniem", "phone": "088-2220500", "url": ""}],
    "show_coordinator": True,
}


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def url_for(course):
    return reverse("team_sessions:facilitator_guide", args=[course.pk])


@pytest.fixture
def facilitator(db):
    user = UserFactory(full_name="Fenna Begeleider")
    user.user_permissions.add(
        Permission.objects.get(codename="add_teamsession", content_type__app_label="team_sessions")
    )
    return user


@pytest.fixture
def facilitator_client(client, facilitator):
    client.force_login(facilitator)
    return client


@pytest.fixture
def module(catalogue):
    """The social-domain module with a referral route in a lesson and a quiz of a choice and a path question."""
    course = catalogue.social
    LessonPageFactory(
        parent=course,
        title="Wat doe je met signalen?",
        body=[
            {"type": "paragraph", "value": "<p>Overleg altijd eerst.</p>"},
            {"type": "referral_route", "value": ROUTE},
        ],
    )
    question = QuestionFactory(
        scenario="<p>Bij een huisbezoek in Almere zie je acht matrassen in twee kamers.</p>",
        discussion_prompts="Wie in ons team doet huisbezoeken?\n\n  Wat schrijf jij op na zo'n bezoek?  \n",
    )
    path_question = PathQuestionFactory(discussion_prompts="Met welke tolkdienst werken wij?")
    QuizPageFactory(parent=course, questions=[question, path_question])
    return course


@pytest.mark.django_db
class TestAccess:
    def test_anonymous_visitors_go_to_the_log_in_page(self, client, module):
        response = client.get(url_for(module))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))

    def test_a_learner_without_the_facilitator_permission_is_refused(self, learner_client, module):
        assert learner_client.get(url_for(module)).status_code == 403

    def test_a_facilitator_downloads_the_guide_as_a_pdf_attachment(self, facilitator_client, module):
        response = facilitator_client.get(url_for(module))
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == f'attachment; filename="handleiding-teamsessie-{module.slug}.pdf"'
        assert "no-store" in response["Cache-Control"]
        assert response.content.startswith(b"%PDF")

    def test_a_superuser_is_a_facilitator(self, client, module):
        client.force_login(UserFactory(is_superuser=True, is_staff=True))
        assert client.get(url_for(module)).status_code == 200

    def test_an_unknown_module_is_not_found(self, facilitator_client, catalogue):
        assert facilitator_client.get(reverse("team_sessions:facilitator_guide", args=[999999])).status_code == 404

    def test_a_page_that_is_not_a_module_is_not_found(self, facilitator_client, catalogue):
        assert facilitator_client.get(url_for(catalogue.social_lessons[0])).status_code == 404

    def test_an_unpublished_module_is_not_found(self, facilitator_client, module):
        module.unpublish()
        assert facilitator_client.get(url_for(module)).status_code == 404


@pytest.mark.django_db
class TestContent:
    def test_the_guide_holds_intro_questions_answers_prompts_advice_and_route(self, facilitator_client, module):
        text = pdf_text(facilitator_client.get(url_for(module)).content)
        assert "Handleiding teamsessie" in text and module.title in text
        assert "Wat deze module je leert." in text  # the module's intro
        assert "acht matrassen in twee kamers" in text  # a question's scenario
        assert "Goed: Ik schrijf op wat ik zie en overleg" in text  # the right answer
        assert "Overbewoning en wonen via de werkgever" in text  # the explanation
        assert "Wie in ons team doet huisbezoeken?" in text  # discussion prompts, one per line
        assert "Wat schrijf jij op na zo'n bezoek?" in text
        assert "Met welke tolkdienst werken wij?" in text
        assert "Met een onafhankelijke tolk" in text and "einde, 100 punten" in text  # a decision path
        assert "Zo leid je de sessie" in text
        assert "Dit onderwerp kan je raken" in text  # the care notice from the site settings
        assert "Route bij signalen in Flevoland" in text and "Meldpunt Flevoland" in text  # the lesson's route
        assert "Sanne de Vries" in text  # the route shows the coordinator

    def test_a_route_that_several_lessons_repeat_is_in_the_guide_once(self, module):
        LessonPageFactory(parent=module, body=[{"type": "referral_route", "value": ROUTE}])
        html = facilitator_guide.render_guide_html(module)
        assert html.count("Route bij signalen in Flevoland") == 1

    def test_a_module_without_a_quiz_or_route_still_has_a_guide(self, facilitator_client, catalogue):
        response = facilitator_client.get(url_for(catalogue.school))
        assert response.status_code == 200
        text = pdf_text(response.content)
        assert "Deze module heeft nog geen toets" in text
        assert "Sanne de Vries" in text and "coordinator@example.org" in text  # the coordinator, for lack of a route
        assert "112" in text

    def test_plain_text_is_escaped_and_rich_text_is_rendered(self, module):
        question = QuestionFactory(
            scenario="<p>Een <b>vet</b> detail.</p>",
            discussion_prompts="Is <b>dit</b> vet?\n<script>alert(1)</script>",
            choices=[("Kies <i>mij</i>", True)],
        )
        quiz = QuizPage.objects.child_of(module).get()
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=9)
        html = facilitator_guide.render_guide_html(module)
        assert "<b>vet</b>" in html
        assert "Is &lt;b&gt;dit&lt;/b&gt; vet?" in html
        assert "Kies &lt;i&gt;mij&lt;/i&gt;" in html
        assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html

    def test_random_draws_are_in_the_guide_with_a_warning(self, catalogue):
        QuestionFactory(scenario="<p>Een getrokken vraag over een nagelstudio.</p>")
        quiz = QuizPageFactory(parent=catalogue.school)
        QuizDraw.objects.create(quiz=quiz, count=1)
        html = facilitator_guide.render_guide_html(catalogue.school)
        assert "nagelstudio" in html
        assert "willekeurige vragen" in html


@pytest.mark.django_db
class TestCache:
    def test_a_second_download_comes_from_the_cache(self, facilitator_client, module, monkeypatch):
        calls = []
        original = facilitator_guide.render_guide
        monkeypatch.setattr(facilitator_guide, "render_guide", lambda *a, **k: calls.append(1) or original(*a, **k))
        with CaptureQueriesContext(connection) as first:
            first_pdf = facilitator_client.get(url_for(module)).content
        with CaptureQueriesContext(connection) as second:
            second_pdf = facilitator_client.get(url_for(module)).content
        assert calls == [1]
        assert second_pdf == first_pdf
        assert len(second.captured_queries) < len(first.captured_queries)

    def test_publishing_a_change_renders_the_guide_anew(self, facilitator_client, module):
        question = Question.objects.get(scenario__contains="in Almere")
        facilitator_client.get(url_for(module))
        question.discussion_prompts = "Een nieuwe gespreksvraag over de buren."
        question.save_revision().publish()
        assert "Een nieuwe gespreksvraag over de buren." in pdf_text(facilitator_client.get(url_for(module)).content)

    def test_a_new_coordinator_renders_the_guide_anew(self, facilitator_client, module):
        facilitator_client.get(url_for(module))
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.coordinator_name = "Jan Nieuw"
        settings.save()
        assert "Jan Nieuw" in pdf_text(facilitator_client.get(url_for(module)).content)


@pytest.mark.django_db
class TestCoordinatorNotYetSet:
    def test_the_guide_says_the_contact_follows_and_no_pdf_invents_one(self, module):
        """Without the coordinator's details, the guide says they follow (like the site); neither the guide nor
        the one-page signal card shows an empty or invented contact."""
        from courses.signal_card import render_signal_card

        SiteSettings.objects.update(coordinator_name="", coordinator_phone="", coordinator_email="")
        guide = facilitator_guide.render_guide_html(module)
        card = pdf_text(render_signal_card(module))
        assert "de contactgegevens volgen nog" in guide
        assert "Coördinator" not in card
        assert "Sanne de Vries" not in guide and "Sanne de Vries" not in card

import io

from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page

import pytest

from accounts.models import Audience, Organisation
from courses.models import CoursePage, LessonPage
from home.models import StandardPage


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


# Every test here starts from the demo as `load_demo` leaves it, with DEMO_PASSWORD set: it is loaded once for
# this module (tests/conftest.py), and what a test changes is rolled back before the next. A first load into an
# empty database without DEMO_PASSWORD is in test_demo_password.py.
pytestmark = pytest.mark.usefixtures("demo_shared_by_the_module")


def counts():
    return (
        Page.objects.count(),
        Organisation.objects.count(),
        Audience.objects.count(),
        get_user_model().objects.count(),
    )


class TestDemoContent:
    def test_loading_twice_changes_nothing_and_every_page_answers(self, client, monkeypatch):
        """The demo loads twice without duplicates, and every page it made returns 200."""
        monkeypatch.setenv("DEMO_PASSWORD", "demo-wachtwoord-123")
        first = counts()  # after the first load
        load_demo()
        assert counts() == first

        modules = CoursePage.objects.live()
        assert modules.count() >= 5
        assert {a.slug for a in Audience.objects.all()} >= {"sociaal-domein", "handhaving", "oov", "zorg", "onderwijs"}
        for module in modules:
            assert LessonPage.objects.child_of(module).live().count() >= 3, module.title
        assert Organisation.objects.filter(kind="municipality").count() == 6

        assert client.login(email="learner@example.org", password="demo-wachtwoord-123")
        for page in Page.objects.live().filter(depth__gt=1).specific():
            response = client.get(page.url)
            assert response.status_code == 200, page.url

    def test_every_block_type_is_used(self):
        """The demo shows every lesson block somewhere, so editors see each one in use."""
        used = set()
        for lesson in LessonPage.objects.all():
            used |= {block.block_type for block in lesson.body}
        for page in StandardPage.objects.all():
            used |= {block.block_type for block in page.body}
        expected = {"paragraph", "image", "callout", "quote", "referral_route", "signal_list", "case_story", "video"}
        assert expected <= used

    def test_what_to_do_page_has_the_referral_route(self, client):
        """ "Wat te doen bij signalen" is public and names the Flevoland advice line and 112."""
        html = client.get("/wat-te-doen-bij-signalen/").content.decode()
        assert "112" in html and "088-2220500" in html

    def test_demo_coordinator_reaches_the_admin(self, client):
        """The demo coordinator logs in to the Wagtail admin."""
        assert client.login(email="coordinator@example.org", password="demo-wachtwoord-123")
        assert client.get("/admin/").status_code == 200

    def test_reset_reloads_edited_content(self, monkeypatch):
        """--reset throws away edits to the demo content and loads it fresh; a plain run keeps edits."""
        from courses.models import CoursePage
        from quizzes.models import Question

        monkeypatch.setenv("DEMO_PASSWORD", "demo-wachtwoord-123")
        module = CoursePage.objects.live().first()
        original_title = module.title
        module.title = "Door de redactie aangepast"
        module.save_revision().publish()
        load_demo()
        assert CoursePage.objects.filter(title="Door de redactie aangepast").exists()
        pages, questions = Page.objects.count(), Question.objects.count()

        out = io.StringIO()
        call_command("load_demo", "--reset", stdout=out)
        assert "loading it again" in out.getvalue()
        assert not CoursePage.objects.filter(title="Door de redactie aangepast").exists()
        assert CoursePage.objects.filter(title=original_title).exists()
        assert (Page.objects.count(), Question.objects.count()) == (pages, questions)
        assert get_user_model().objects.filter(email="learner@example.org").exists()


class TestReferralRouteWithoutCoordinator:
    def test_demo_shows_no_invented_coordinator_and_says_the_contact_is_to_be_set(self, client):
        """The demo fills in no coordinator: every route says her details follow, and starts with 112."""
        from accounts.factories import UserFactory
        from home.models import SiteSettings

        site_settings = SiteSettings.objects.get()
        assert not site_settings.coordinator_is_set
        client.force_login(UserFactory())  # lessons are for signed-in learners
        pages = [page.url for page in LessonPage.objects.live() if "referral_route" in str(page.body.raw_data)]
        for url in ["/wat-te-doen-bij-signalen/", *pages]:
            html = client.get(url).content.decode()
            assert "de contactgegevens volgen nog" in html, url
            assert "Sanne de Vries" not in html and "088-0000000" not in html, url
            route = html[html.index('class="lk-route"') :]
            assert route.index("112") < route.index("088-2220500") < route.index("contactgegevens volgen nog"), url

    def test_route_shows_the_coordinator_once_her_details_are_filled_in(self, client):
        """After the coordinator fills in her name and phone, the route and footer show them."""
        from home.models import SiteSettings

        SiteSettings.objects.update(coordinator_name="Coördinator Test", coordinator_phone="036-1234567")
        html = client.get("/wat-te-doen-bij-signalen/").content.decode()
        assert "Coördinator Test" in html and "036-1234567" in html
        assert "contactgegevens volgen nog" not in html and "volgen nog" not in html

    def test_editors_see_a_warning_while_the_coordinator_is_missing(self, client):
        """The admin dashboard and the site settings warn that the coordinator's details are missing."""
        assert client.login(email="coordinator@example.org", password="demo-wachtwoord-123")
        assert "Contact van de zorgcoördinator ontbreekt" in client.get("/admin/").content.decode()
        html = client.get("/admin/settings/home/sitesettings/", follow=True).content.decode()
        assert "nog niet ingevuld" in html
        from home.models import SiteSettings

        SiteSettings.objects.update(coordinator_name="Coördinator Test", coordinator_email="c@example.org")
        assert "Contact van de zorgcoördinator ontbreekt" not in client.get("/admin/").content.decode()


def test_care_notice_is_on_lessons_and_quizzes(client):
    """The care notice ('Zorg goed voor jezelf') is on every lesson and quiz page, not only the module page."""
    from accounts.factories import UserFactory
    from demo_content.curriculum.site import CARE_NOTICE
    from quizzes.models import QuizPage

    client.force_login(UserFactory())
    pages = [LessonPage.objects.live().first(), QuizPage.objects.live().first()]
    for page in pages:
        html = client.get(page.url).content.decode()
        assert "Zorg goed voor jezelf" in html and CARE_NOTICE[:40] in html, page.url


def test_reset_removes_questions_under_their_former_titles():
    """--reset also removes demo questions an older version loaded under a title that has since changed."""
    from demo_content.curriculum.questions import FORMER_TITLES
    from quizzes.models import Question

    old = Question(title=FORMER_TITLES[0], kind="single", scenario="<p>Oud</p>")
    old.save()
    call_command("load_demo", "--reset", stdout=io.StringIO())
    assert not Question.objects.filter(title__in=FORMER_TITLES).exists()


def test_demo_briefings_are_for_their_teams_and_on_working_days():
    """Each demo briefing is for the teams its data names (they were set after the last save of a
    ParentalManyToManyField, so none was stored and "Past bij jouw team" never showed), and none falls on a
    weekend or a fixed public holiday (they landed on 25 December and 1 January)."""
    from django.utils import timezone

    from briefings.models import BriefingSession
    from demo_content.curriculum.briefings import BRIEFINGS
    from demo_content.management.commands.load_demo import FIXED_HOLIDAYS, working_day

    for data in BRIEFINGS:
        session = BriefingSession.objects.get(title=data["title"])
        assert sorted(session.audiences.values_list("slug", flat=True)) == sorted(data["audiences"]), data["title"]
        day = timezone.localtime(session.start).date()
        assert day.weekday() < 5 and (day.month, day.day) not in FIXED_HOLIDAYS, (data["title"], day)
    from datetime import date

    assert working_day(date(2026, 12, 25)) == date(2026, 12, 28)  # Friday Christmas → Monday 28th
    assert working_day(date(2027, 1, 1)) == date(2027, 1, 4)
    assert working_day(date(2026, 12, 1)) == date(2026, 12, 1)

from django.urls import reverse

import pytest

from courses.models import Enrolment, LessonCompletion
from courses.services import complete_lesson, course_progress

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")


@pytest.mark.django_db
class TestCatalogue:
    def test_catalogue_lists_modules_and_filters_by_team(self, client, catalogue, audiences):
        """The public modules page lists every module, and ?team= narrows it to that team's modules."""
        html = client.get(catalogue.index.url).content.decode()
        assert catalogue.social.title in html and catalogue.school.title in html
        html = client.get(catalogue.index.url + "?team=onderwijs").content.decode()
        assert catalogue.school.title in html and catalogue.social.title not in html

    def test_signed_in_learner_sees_team_recommendation_first(self, learner_client, catalogue):
        """A learner in the social domain sees that module under "Aanbevolen voor jouw team"."""
        html = learner_client.get(catalogue.home.url).content.decode()
        recommended = html.index("Aanbevolen voor jouw team")
        assert recommended < html.index(catalogue.social.title) < html.index(catalogue.school.title)

    def test_anonymous_visitor_gets_no_recommendation(self, client, catalogue):
        """Without an account there is no team to recommend for."""
        assert "Aanbevolen voor jouw team" not in client.get(catalogue.home.url).content.decode()

    def test_module_overview_is_public_but_lessons_need_login(self, client, catalogue):
        """Anyone can read the module overview; a lesson sends anonymous visitors to log in."""
        assert client.get(catalogue.social.url).status_code == 200
        response = client.get(catalogue.social_lessons[0].url)
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]


@pytest.mark.django_db
class TestProgress:
    def test_start_module_enrols_and_opens_first_lesson(self, learner_client, learner, catalogue):
        """ "Start de module" enrols the learner and opens the first lesson."""
        response = learner_client.post(reverse("courses:start_course", args=[catalogue.social.pk]))
        assert response["Location"] == catalogue.social_lessons[0].url
        assert Enrolment.objects.filter(user=learner, course=catalogue.social).count() == 1

    def test_double_click_never_duplicates(self, learner_client, learner, catalogue):
        """Posting start and complete twice leaves one enrolment and one completion."""
        lesson = catalogue.social_lessons[0]
        for _ in range(2):
            learner_client.post(reverse("courses:start_course", args=[catalogue.social.pk]))
            learner_client.post(reverse("courses:complete_lesson", args=[lesson.pk]))
        assert Enrolment.objects.filter(user=learner).count() == 1
        assert LessonCompletion.objects.filter(user=learner, lesson=lesson).count() == 1

    def test_completing_lessons_moves_on_and_reaches_100_percent(self, learner_client, learner, catalogue):
        """Each completed lesson leads to the next; after the last the module is complete."""
        lessons = catalogue.social_lessons
        response = learner_client.post(reverse("courses:complete_lesson", args=[lessons[0].pk]))
        assert response["Location"] == lessons[1].url
        assert "1 van 3 lessen afgerond (33%)" in learner_client.get(lessons[1].url).content.decode()
        learner_client.post(reverse("courses:complete_lesson", args=[lessons[1].pk]))
        response = learner_client.post(reverse("courses:complete_lesson", args=[lessons[2].pk]))
        assert response["Location"] == catalogue.social.url
        html = learner_client.get(catalogue.social.url).content.decode()
        assert "3 van 3 lessen afgerond (100%)" in html
        assert Enrolment.objects.get(user=learner, course=catalogue.social).completed_at is not None

    def test_resume_where_left_off(self, learner_client, learner, catalogue):
        """ "Verder waar je was" opens the first lesson not yet done."""
        complete_lesson(learner, catalogue.social_lessons[0])
        html = learner_client.get(catalogue.social.url).content.decode()
        assert "Verder waar je was" in html
        response = learner_client.post(reverse("courses:start_course", args=[catalogue.social.pk]))
        assert response["Location"] == catalogue.social_lessons[1].url

    def test_unpublished_lesson_does_not_count(self, learner, catalogue):
        """Progress counts live lessons only, so an unpublished lesson never blocks 100%."""
        catalogue.social_lessons[2].unpublish()
        for lesson in catalogue.social_lessons[:2]:
            complete_lesson(learner, lesson)
        assert course_progress(learner, catalogue.social).percent == 100

    def test_unknown_ids_get_404_and_get_is_not_allowed(self, learner_client, catalogue):
        """Tampered ids give 404; a GET to an action gives 405; nothing is written."""
        assert learner_client.post(reverse("courses:complete_lesson", args=[999999])).status_code == 404
        assert (
            learner_client.post(reverse("courses:start_course", args=[catalogue.social_lessons[0].pk])).status_code
            == 404
        )
        assert (
            learner_client.get(reverse("courses:complete_lesson", args=[catalogue.social_lessons[0].pk])).status_code
            == 405
        )
        assert not LessonCompletion.objects.exists() and not Enrolment.objects.exists()

    def test_actions_need_login(self, client, catalogue):
        """Anonymous posts are sent to log in and record nothing."""
        response = client.post(reverse("courses:complete_lesson", args=[catalogue.social_lessons[0].pk]))
        assert response.status_code == 302 and reverse("account_login") in response["Location"]
        assert not LessonCompletion.objects.exists()


@pytest.mark.django_db
class TestDashboard:
    def test_dashboard_shows_in_progress_completed_and_recommended(self, learner_client, learner, catalogue):
        """Mijn leeromgeving groups modules by in progress, completed and recommended."""
        html = learner_client.get(reverse("courses:dashboard")).content.decode()
        assert "Aanbevolen voor jouw team" in html and catalogue.social.title in html
        complete_lesson(learner, catalogue.social_lessons[0])
        html = learner_client.get(reverse("courses:dashboard")).content.decode()
        in_progress = html.index("Mee bezig")
        assert in_progress < html.index(catalogue.social.title) < html.index("Afgerond")
        assert "1 van 3 lessen afgerond" in html
        for lesson in catalogue.social_lessons[1:]:
            complete_lesson(learner, lesson)
        html = learner_client.get(reverse("courses:dashboard")).content.decode()
        assert html.index("Afgerond") < html.index(catalogue.social.title)
        assert "3 van 3 lessen afgerond (100%)" in html

    def test_staff_find_their_tasks_on_the_dashboard(self, learner_client, learner, catalogue):
        """A facilitator or an admin user lands on /mijn/ after logging in: it links to the team sessions and
        the admin, each only for whoever may use it; a learner sees neither."""
        from django.contrib.auth.models import Group, Permission
        from django.test import Client

        from accounts.factories import UserFactory

        client = Client()
        facilitators = Group.objects.create(name="Begeleiders (test)")
        facilitators.permissions.add(Permission.objects.get(codename="add_teamsession"))
        facilitator = UserFactory()
        facilitator.groups.add(facilitators)
        client.force_login(facilitator)
        html = client.get(reverse("courses:dashboard")).content.decode()
        assert 'href="/teamsessie/">Teamsessies leiden' in html and 'href="/admin/">Naar het beheer' not in html
        editor = UserFactory(is_staff=False)  # an editor or contact person: admin access by permission, not is_staff
        editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(editor)
        html = client.get(reverse("courses:dashboard")).content.decode()
        assert 'href="/admin/">Naar het beheer' in html and "Teamsessies leiden" not in html
        assert 'href="/admin/">Beheer</a>' in html  # the menu too
        html = learner_client.get(reverse("courses:dashboard")).content.decode()
        assert "Je taken op deze site" not in html

    def test_dashboard_needs_login(self, client, home_page):
        """The dashboard is personal: anonymous visitors go to the log-in page."""
        response = client.get(reverse("courses:dashboard"))
        assert response.status_code == 302

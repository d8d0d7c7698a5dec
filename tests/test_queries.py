from django.contrib.auth.models import Group
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import PageViewRestriction, Site

import pytest

from courses.factories import CoursePageFactory, LessonPageFactory
from courses.services import complete_lesson
from home.models import SiteSettings
from home.routing import site_for_request
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.services import answer_question, start_attempt

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

MAX_QUERIES = 12


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def module_with_lessons(index, audience, n, questions=None):
    course = CoursePageFactory(parent=index, audiences=[audience])
    lessons = [LessonPageFactory(parent=course) for _ in range(n)]
    quiz = QuizPageFactory(parent=course, questions=questions or [QuestionFactory()])
    return course, lessons, quiz


def right_key(attempt, position):
    return next(c["key"] for c in attempt.questions[position - 1]["choices"] if c["correct"])


def learner_pages(learner, catalogue, audiences, lessons):
    """The eight learner page types, for a module with `lessons` lessons: {name: url}."""
    course, module_lessons, quiz = module_with_lessons(
        catalogue.index, audiences.social, lessons, [QuestionFactory() for _ in range(3)]
    )
    complete_lesson(learner, module_lessons[0])
    attempt = start_attempt(learner, quiz)
    answer_question(attempt, 1, {"choice": right_key(attempt, 1)})
    _, _, short_quiz = module_with_lessons(catalogue.index, audiences.social, 1)
    finished = start_attempt(learner, short_quiz)
    answer_question(finished, 1, {"choice": right_key(finished, 1)})
    return {
        "home": catalogue.home.url,
        "modules": catalogue.index.url,
        "module": course.url,
        "lesson": module_lessons[-1].url,
        "quiz question": reverse("quizzes:question", args=[attempt.uuid, 2]),
        "feedback": reverse("quizzes:question", args=[attempt.uuid, 1]),
        "result": reverse("quizzes:result", args=[finished.uuid]),
        "dashboard": reverse("courses:dashboard"),
    }


@pytest.mark.django_db
class TestQueryCounts:
    def test_every_learner_page_makes_at_most_twelve_queries(self, learner_client, learner, catalogue, audiences):
        """Home, modules, module, lesson, quiz question, feedback, result and dashboard: 12 queries or fewer."""
        pages = learner_pages(learner, catalogue, audiences, lessons=5)
        count_queries(learner_client, pages["module"])  # Fill the shared caches (site, settings) first.
        counts = {name: count_queries(learner_client, url) for name, url in pages.items()}
        assert all(count <= MAX_QUERIES for count in counts.values()), counts

    def test_module_and_lesson_pages_do_not_grow_with_lessons(self, learner_client, learner, catalogue, audiences):
        """A module page and a lesson page make as many queries with 30 lessons as with 3."""
        small, small_lessons, _ = module_with_lessons(catalogue.index, audiences.social, 3)
        large, large_lessons, _ = module_with_lessons(catalogue.index, audiences.social, 30)
        for lessons in (small_lessons, large_lessons):
            complete_lesson(learner, lessons[0])
            complete_lesson(learner, lessons[1])
        count_queries(learner_client, catalogue.home.url)  # Fill the shared caches (site, settings) first.
        for pair in ((small.url, large.url), (small_lessons[1].url, large_lessons[1].url)):
            first = [count_queries(learner_client, url) for url in pair]  # the module's structure read and cached
            again = [count_queries(learner_client, url) for url in pair]  # and read from the cache
            assert first[0] == first[1] and again[0] == again[1], pair

    def test_catalogue_and_dashboard_do_not_grow_with_modules(self, learner_client, learner, catalogue, audiences):
        """The modules page, home page and dashboard make the same queries for 2 or 20 modules, both on the
        first view after a change (the catalogue read again) and on the next (from the cache)."""
        for course in (catalogue.social, catalogue.school):
            QuizPageFactory(parent=course, questions=[QuestionFactory()])
        urls = [catalogue.index.url, catalogue.home.url, reverse("courses:dashboard")]

        def counts():
            first = [count_queries(learner_client, url) for url in urls]
            return first, [count_queries(learner_client, url) for url in urls]

        count_queries(learner_client, catalogue.social_lessons[0].url)  # the site and its settings cached first
        before = counts()
        for _ in range(18):
            _, lessons, _ = module_with_lessons(catalogue.index, audiences.social, 3)
            complete_lesson(learner, lessons[0])
        after = counts()
        assert before == after
        assert max(after[0]) <= MAX_QUERIES

    def test_module_lists_read_the_catalogue_from_the_cache(self, learner_client, catalogue):
        """After the first view, the home page, the modules page and the dashboard read the modules, their
        teams, lessons and quizzes from the shared cache: only the learner's own progress is read (3 queries),
        beside the session, the account and the role check."""
        for course in (catalogue.social, catalogue.school):
            QuizPageFactory(parent=course, questions=[QuestionFactory()])
        urls = {"home": catalogue.home.url, "modules": catalogue.index.url, "dashboard": reverse("courses:dashboard")}
        count_queries(learner_client, catalogue.social_lessons[0].url)  # the site and its settings cached first
        first = {name: count_queries(learner_client, url) for name, url in urls.items()}
        again = {name: count_queries(learner_client, url) for name, url in urls.items()}
        assert first["home"] - again["home"] == 4, (first, again)  # modules, their teams, every team, lessons
        assert again["home"] == again["modules"] == 7, again  # page (2), session, account, progress (3)
        assert again["dashboard"] == 7, again  # session, account, progress (3), certificates, briefings booked

    def test_base_template_costs_a_learner_at_most_one_query(self, rf, learner, catalogue):
        """The base template (header, menu, footer) asks the database at most once for a signed-in learner."""

        def learner_request():
            request = rf.get("/")
            request.user = learner.__class__.objects.get(pk=learner.pk)
            request._wagtail_site = site_for_request(request)
            return request

        render_to_string("base.html", {}, request=learner_request())  # An earlier page view filled the caches.
        request = learner_request()
        with CaptureQueriesContext(connection) as queries:
            html = render_to_string("base.html", {}, request=request)
        assert "Mijn leeromgeving" in html and "Sanne de Vries" in html
        assert len(queries) <= 1, [query["sql"] for query in queries.captured_queries]


@pytest.mark.django_db
class TestCachedFactsStayTrue:
    def test_new_coordinator_details_show_at_once(self, client, catalogue):
        """Saving new contact details in the site settings changes the footer on the next page view."""
        assert "Sanne de Vries" in client.get("/").content.decode()
        settings = SiteSettings.objects.get()
        settings.coordinator_name = "Pieter Jansen"
        settings.save()
        html = client.get("/").content.decode()
        assert "Pieter Jansen" in html and "Sanne de Vries" not in html

    def test_page_made_private_is_closed_at_once(self, client, catalogue):
        """A module made private after a visit asks for a log-in on the next visit, and leaves the list."""
        assert client.get(catalogue.social.url).status_code == 200
        assert "Signalen in het sociaal domein" in client.get(catalogue.index.url).content.decode()
        PageViewRestriction.objects.create(page=catalogue.social, restriction_type=PageViewRestriction.LOGIN)
        assert client.get(catalogue.social.url).status_code == 302
        assert "Signalen in het sociaal domein" not in client.get(catalogue.index.url).content.decode()

    def test_a_module_for_signed_in_learners_is_listed_for_them(self, learner_client, catalogue):
        """A module that asks visitors to log in is listed on home, the modules page and the team filter for a
        signed-in learner (who may open it), not for an anonymous visitor; one behind a password for nobody."""
        PageViewRestriction.objects.create(page=catalogue.social, restriction_type=PageViewRestriction.LOGIN)
        PageViewRestriction.objects.create(
            page=catalogue.school, restriction_type=PageViewRestriction.PASSWORD, password="geheim-woord"
        )
        from django.test import Client

        anonymous = Client()
        urls = [catalogue.home.url, catalogue.index.url, catalogue.index.url + "?team=sociaal-domein"]
        for url in urls:
            learner_page = learner_client.get(url).content.decode()
            assert "Signalen in het sociaal domein" in learner_page, url
            assert "Signalen op school" not in learner_page, url
            assert "Signalen in het sociaal domein" not in anonymous.get(url).content.decode(), url
        assert learner_client.get(catalogue.social.url).status_code == 200
        learner_client.post(reverse("courses:start_course", args=[catalogue.social.pk]))
        assert "Signalen in het sociaal domein" in learner_client.get(reverse("courses:dashboard")).content.decode()

    def test_unknown_and_unpublished_paths_are_not_found(self, client, catalogue):
        """A path that names no page, or an unpublished one, is a 404 as before."""
        assert client.get("/modules/bestaat-niet/").status_code == 404
        url = catalogue.school.url
        catalogue.school.unpublish()
        assert client.get(url).status_code == 404

    def test_a_lesson_page_reads_its_modules_structure_from_the_cache(self, learner_client, catalogue):
        """The second view of a lesson reads the module, its lessons and its quiz from the shared cache."""
        url = catalogue.social_lessons[1].url
        count_queries(learner_client, catalogue.home.url)  # the site and its settings cached first
        first = count_queries(learner_client, url)
        assert count_queries(learner_client, url) == first - 3

    def test_a_modules_navigation_follows_every_page_change_at_once(self, learner_client, catalogue):
        """A lesson renamed and published, a new lesson, an unpublished one and a module renamed show on the
        next view of a lesson in that module (its navigation is cached)."""
        lesson, other = catalogue.social_lessons[0], catalogue.social_lessons[2]
        url = catalogue.social_lessons[1].url

        def page():
            return learner_client.get(url).content.decode()

        assert other.title in page()
        other.title = "Geldschulden en afhankelijkheid"
        other.save_revision().publish()
        assert "Geldschulden en afhankelijkheid" in page()
        LessonPageFactory(parent=catalogue.social, title="Nieuwe les over werkplekken")
        assert "Nieuwe les over werkplekken" in page()
        lesson.unpublish()
        assert lesson.title not in page()
        catalogue.social.title = "Signalen herkennen: sociaal domein"
        catalogue.social.save_revision().publish()
        assert "Signalen herkennen: sociaal domein" in page()

    def test_module_lists_follow_every_change_at_once(self, learner_client, catalogue, audiences):
        """A module renamed, a new module, an unpublished one, a renamed team and a new cover image show on the
        next view of the module lists (the catalogue is cached)."""
        from wagtail.images import get_image_model
        from wagtail.images.tests.utils import get_test_image_file

        urls = [catalogue.home.url, catalogue.index.url, reverse("courses:dashboard")]
        learner_client.post(reverse("courses:start_course", args=[catalogue.school.pk]))  # on the dashboard too

        def pages():
            return [learner_client.get(url).content.decode() for url in urls]

        assert all("Signalen op school" in html for html in pages())
        catalogue.school.title = "Signalen op school en in de klas"
        catalogue.school.save_revision().publish()
        assert all("Signalen op school en in de klas" in html for html in pages())
        CoursePageFactory(parent=catalogue.index, title="Signalen bij handhaving", audiences=[audiences.social])
        assert all("Signalen bij handhaving" in html for html in pages()[:2])
        catalogue.social.unpublish()
        assert not any("Signalen in het sociaal domein" in html for html in pages())
        audiences.school.name = "Scholen en kinderopvang"
        audiences.school.save()
        assert "Scholen en kinderopvang" in learner_client.get(catalogue.index.url).content.decode()
        image = get_image_model().objects.create(title="Klaslokaal", file=get_test_image_file())
        catalogue.school.cover_image = image
        catalogue.school.save_revision().publish()
        assert 'class="lk-card__image"' in learner_client.get(catalogue.index.url).content.decode()
        image.delete()
        assert 'class="lk-card__image"' not in learner_client.get(catalogue.index.url).content.decode()

    def test_a_lookup_racing_a_site_change_does_not_keep_its_old_answer(self, rf, monkeypatch, catalogue):
        """A request reads the sites while the site is being changed, and writes its answer after the change
        cleared the cache: the next request still gets the new site, not the old answer for good."""
        from home import routing

        site = Site.objects.get()
        request = rf.get("/", HTTP_HOST="leren.example.org")
        real = routing.get_site_for_hostname

        def lookup_during_a_change(hostname, port):
            found = real(hostname, port)  # the old answer: the default site
            routing.get_site_for_hostname = real
            Site.objects.create(hostname="leren.example.org", port=80, root_page=catalogue.index, site_name="Nieuw")
            return found

        monkeypatch.setattr(routing, "get_site_for_hostname", lookup_during_a_change)
        assert routing.site_for_request(request) == site  # read before the change
        assert routing.site_for_request(rf.get("/", HTTP_HOST="leren.example.org")).site_name == "Nieuw"

    def test_team_session_link_follows_the_role(self, client, learner, catalogue):
        """A learner sees no team-session link; once made a facilitator, the next page shows it."""
        client.force_login(learner)
        assert "Teamsessies" not in client.get("/").content.decode()
        learner.groups.add(Group.objects.get(name="Begeleiders"))
        assert "Teamsessies" in client.get("/").content.decode()
        learner.groups.clear()
        assert "Teamsessies" not in client.get("/").content.decode()

    def test_roles_given_or_taken_through_a_group_show_at_once(self, client, learner, catalogue):
        """Whether someone holds a role is cached; a permission given to their group, or the group deleted,
        changes the next page."""
        from django.contrib.auth.models import Permission

        group = Group.objects.create(name="Werkgroep")
        learner.groups.add(group)
        client.force_login(learner)
        assert "Teamsessies" not in client.get("/").content.decode()
        group.permissions.add(Permission.objects.get(codename="add_teamsession"))
        assert "Teamsessies" in client.get("/").content.decode()
        group.delete()
        assert "Teamsessies" not in client.get("/").content.decode()


@pytest.mark.django_db
class TestAnswerQueries:
    def test_an_answer_reads_the_question_snapshot_once(self, learner_client, learner, catalogue, audiences):
        """The attempt's questions (a copy of every question, the largest column) are read once per answer: the
        lock and the refresh afterwards read only what answering changes; the quiz page is not read again."""
        _, _, quiz = module_with_lessons(catalogue.index, audiences.social, 1, [QuestionFactory() for _ in range(3)])
        attempt = start_attempt(learner, quiz)
        url = reverse("quizzes:question", args=[attempt.uuid, 1])
        with CaptureQueriesContext(connection) as queries:
            response = learner_client.post(url, {"choice": right_key(attempt, 1)})
        assert response.status_code == 302
        sql = [query["sql"] for query in queries]
        assert sum('"quizzes_attempt"."questions"' in statement for statement in sql) == 1, sql
        assert sum('FROM "wagtailcore_page"' in statement for statement in sql) <= 1, sql
        assert len(sql) <= MAX_QUERIES + 2, sql  # with BEGIN and COMMIT of the answer's transaction

    def test_the_result_and_quiz_pages_read_no_other_attempts_questions(
        self, learner_client, learner, catalogue, audiences
    ):
        """With earlier attempts at the quiz, the result page reads the question snapshot of its own attempt only,
        and the quiz page (its list of attempts and the rules for a new one) reads none."""
        _, _, quiz = module_with_lessons(catalogue.index, audiences.social, 1, [QuestionFactory() for _ in range(2)])
        quiz.pass_mark = 100
        quiz.save_revision().publish()
        for _ in range(3):
            attempt = start_attempt(learner, quiz)
            for position in (1, 2):
                wrong = next(c["key"] for c in attempt.questions[position - 1]["choices"] if not c["correct"])
                answer_question(attempt, position, {"choice": wrong})
        for url, reads in ((reverse("quizzes:result", args=[attempt.uuid]), 1), (quiz.url, 0)):
            with CaptureQueriesContext(connection) as queries:
                assert learner_client.get(url).status_code == 200
            sql = [query["sql"] for query in queries]
            assert sum('"quizzes_attempt"."questions"' in statement for statement in sql) == reads, (url, sql)

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses.factories import CoursePageFactory, LessonPageFactory
from courses.services import complete_lesson


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def module_with_lessons(index, audience, n):
    course = CoursePageFactory(parent=index, audiences=[audience])
    lessons = [LessonPageFactory(parent=course) for _ in range(n)]
    return course, lessons


@pytest.mark.django_db
class TestQueryCounts:
    def test_module_and_lesson_pages_do_not_grow_with_lessons(self, learner_client, learner, catalogue, audiences):
        """A module page and a lesson page make as many queries with 30 lessons as with 3."""
        small, small_lessons = module_with_lessons(catalogue.index, audiences.social, 3)
        large, large_lessons = module_with_lessons(catalogue.index, audiences.social, 30)
        for lessons in (small_lessons, large_lessons):
            complete_lesson(learner, lessons[0])
            complete_lesson(learner, lessons[1])
        # Warm per-request caches that have nothing to do with the page size (site root paths, settings).
        count_queries(learner_client, small.url)
        assert count_queries(learner_client, small.url) == count_queries(learner_client, large.url)
        assert count_queries(learner_client, small_lessons[1].url) == count_queries(
            learner_client, large_lessons[1].url
        )

    def test_catalogue_and_dashboard_do_not_grow_with_modules(self, learner_client, learner, catalogue, audiences):
        """The modules page, home page and dashboard make the same queries for 2 or 12 modules."""
        from django.urls import reverse

        urls = [catalogue.index.url, catalogue.home.url, reverse("courses:dashboard")]
        count_queries(learner_client, urls[0])
        before = [count_queries(learner_client, url) for url in urls]
        for _ in range(10):
            course, lessons = module_with_lessons(catalogue.index, audiences.social, 3)
            complete_lesson(learner, lessons[0])
        after = [count_queries(learner_client, url) for url in urls]
        assert before == after

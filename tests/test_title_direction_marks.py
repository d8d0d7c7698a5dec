"""Page titles and the question bank's names refuse a character that turns the writing direction (U+202E),
as people's names do (home.names): every page type, Wagtail's copy form and the question snippet."""

from wagtail.fields import StreamField
from wagtail.models import get_page_models

import pytest
from bs4 import BeautifulSoup

from home.models import TeamVisitFormPage
from quizzes.models import Question

from .test_admin_coordinator import admin_client, coordinator  # noqa: F401 (fixtures)
from .test_question_authoring import question_form
from .test_quizzes import quiz  # noqa: F401 (fixture)
from .test_roles import form_as_sent

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

TURNED = "Signalen \u202eneeJ"
MESSAGE = "Dit teken draait de schrijfrichting om"


@pytest.fixture
def every_page_type(catalogue, quiz):  # noqa: F811
    visit = catalogue.home.add_child(instance=TeamVisitFormPage(title="Teambezoek", slug="teambezoek"))
    pages = [
        catalogue.home,
        catalogue.what_to_do,
        visit,
        catalogue.index,
        catalogue.social,
        catalogue.social_lessons[0],
        quiz.page,
    ]
    assert {type(page) for page in pages} == {m for m in get_page_models() if m._meta.app_label != "wagtailcore"}
    return pages


def edit_form(client, page):
    """The edit form as a browser sends it; a StreamField (drawn by JavaScript) is sent empty."""
    html = client.get(f"/admin/pages/{page.pk}/edit/").content
    data = form_as_sent(BeautifulSoup(html, "html.parser").find("form", id="page-edit-form"))
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField):
            data.setdefault(f"{field.name}-count", ["0"])
    return data


@pytest.mark.django_db
class TestPageTitles:
    def test_every_page_type_refuses_a_turned_title_in_the_admin(self, admin_client, every_page_type):  # noqa: F811
        """On every page type's edit form, a title with U+202E gets the message at the field and is not
        saved; the same form with a plain title saves."""
        for page in every_page_type:
            data = edit_form(admin_client, page)
            response = admin_client.post(f"/admin/pages/{page.pk}/edit/", {**data, "title": [TURNED]})
            content = response.content.decode()
            assert response.status_code == 200, type(page)
            assert MESSAGE in content and "U+202E" in content, type(page)
            # The message fits a title as well as a name: it does not call the title "de naam".
            assert "een naam" not in content and "Schrijf de naam" not in content, type(page)
            page.refresh_from_db()
            assert "\u202e" not in page.title and "\u202e" not in page.draft_title
            response = admin_client.post(f"/admin/pages/{page.pk}/edit/", {**data, "title": ["Nieuwe titel"]})
            assert response.status_code == 302, type(page)

    def test_the_title_for_search_engines_is_checked_too(self, admin_client, catalogue):  # noqa: F811
        """The promote tab's title (shown in the browser tab and search results) is refused the same way."""
        lesson = catalogue.social_lessons[0]
        data = edit_form(admin_client, lesson)
        response = admin_client.post(f"/admin/pages/{lesson.pk}/edit/", {**data, "seo_title": [TURNED]})
        assert response.status_code == 200 and MESSAGE in response.content.decode()

    def test_a_new_page_with_a_turned_title_is_refused(self, admin_client, catalogue):  # noqa: F811
        """Adding a standard page with U+202E in its title gives the message and adds nothing."""
        url = f"/admin/pages/add/home/standardpage/{catalogue.home.pk}/"
        data = form_as_sent(
            BeautifulSoup(admin_client.get(url).content, "html.parser").find("form", id="page-edit-form")
        )
        data.setdefault("body-count", ["0"])
        response = admin_client.post(url, {**data, "title": [TURNED], "slug": ["omgedraaid"]})
        assert response.status_code == 200 and MESSAGE in response.content.decode()
        assert not type(catalogue.what_to_do).objects.filter(slug="omgedraaid").exists()

    def test_a_copy_with_a_turned_title_is_refused(self, admin_client, catalogue):  # noqa: F811
        """Wagtail's copy form asks for the copy's title: U+202E there gets the same message, no copy."""
        lesson = catalogue.social_lessons[0]
        url = f"/admin/pages/{lesson.pk}/copy/"
        response = admin_client.post(
            url, {"new_title": TURNED, "new_slug": "kopie", "new_parent_page": str(catalogue.social.pk)}
        )
        assert response.status_code == 200 and MESSAGE in response.content.decode()
        assert not type(lesson).objects.filter(slug="kopie").exists()

    def test_a_slug_with_a_turned_character_is_refused(self, admin_client, catalogue):  # noqa: F811
        """The page's address (slug) refuses U+202E as well, with a message, not an error page."""
        lesson = catalogue.social_lessons[0]
        data = edit_form(admin_client, lesson)
        response = admin_client.post(f"/admin/pages/{lesson.pk}/edit/", {**data, "slug": ["les\u202eeen"]})
        assert response.status_code == 200
        lesson.refresh_from_db()
        assert "\u202e" not in lesson.slug


@pytest.mark.django_db
class TestQuestionBankName:
    def test_a_question_named_with_a_turned_character_is_refused(self, admin_client):  # noqa: F811
        """The question's name in the bank refuses U+202E with the message; nothing is added."""
        response = admin_client.post("/admin/snippets/quizzes/question/add/", question_form(title=TURNED))
        assert response.status_code == 200 and MESSAGE in response.content.decode()
        assert not Question.objects.exists()

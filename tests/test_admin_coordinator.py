"""The Wagtail admin as the coordinator runs it: previews, search, dates, revoking, words (issue 14)."""

import pytest

from quizzes.factories import QuestionFactory
from tests.test_question_authoring import question_form


@pytest.fixture
def coordinator(db, django_user_model):
    return django_user_model.objects.create_superuser(
        email="coordinator@example.org", password="echt-goed-wachtwoord", full_name="Coördinator"
    )


@pytest.fixture
def admin_client(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.mark.django_db
class TestAdminSearch:
    def test_question_bank_search_finds_by_title_and_scenario(self, admin_client):
        """Searching the question bank finds a question by a word in its title or its situation."""
        QuestionFactory(title="Slapen in de schuur", scenario="<p>Arbeiders slapen achter het bedrijf.</p>")
        QuestionFactory(title="Bij de kapper", scenario="<p>Een jonge vrouw in een schuur aan de dijk.</p>")
        QuestionFactory(title="Op de markt", scenario="<p>Niets bijzonders.</p>")
        response = admin_client.get("/admin/snippets/quizzes/question/?q=schuur")
        assert response.status_code == 200
        content = response.content.decode()
        assert "Slapen in de schuur" in content and "Bij de kapper" in content
        assert "Op de markt" not in content

    def test_every_admin_listing_with_a_search_box_answers(self, admin_client):
        """Each snippet listing with a search box answers a search with 200, on the database in use."""
        for url in (
            "/admin/snippets/quizzes/question/",
            "/admin/snippets/accounts/organisation/",
            "/admin/snippets/accounts/audience/",
            "/admin/snippets/certificates/certificate/",
            "/admin/snippets/briefings/briefingsession/",
            "/admin/pages/search/",
        ):
            assert admin_client.get(url, {"q": "schuur"}).status_code == 200, url


def _frame_ancestors(response):
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    return policy["frame-ancestors"]


@pytest.mark.django_db
class TestPreviewFraming:
    def test_preview_may_be_framed_by_the_admin_and_pages_by_nobody(self, admin_client, catalogue):
        """The preview of a question answers with frame-ancestors 'self' and SAMEORIGIN; a normal page with
        'none' and DENY, so only the site's own admin can show a page in a frame."""
        question = QuestionFactory(title="Voorbeeld")
        url = f"/admin/snippets/quizzes/question/preview/{question.pk}/"
        assert admin_client.post(url, question_form(title="Voorbeeld in het paneel")).json()["is_valid"]
        response = admin_client.get(url, {"in_preview_panel": "true"})
        assert response.status_code == 200 and "Situatie" in response.content.decode()
        assert _frame_ancestors(response) == "'self'"
        assert response["X-Frame-Options"] == "SAMEORIGIN"
        admin_client.logout()
        page = admin_client.get(catalogue.home.url)
        assert _frame_ancestors(page) == "'none'"
        assert page["X-Frame-Options"] == "DENY"


def help_menu_names(user):
    """The names of the items in the admin's help menu for this user."""
    from django.test import RequestFactory

    from wagtail.admin.menu import help_menu

    request = RequestFactory().get("/admin/")
    request.user = user
    return [item.name for item in help_menu.menu_items_for_request(request)]


ENGLISH = ["Display code", "Live: True", "True", "False", "Editor Guide", "What's new in Wagtail"]


@pytest.mark.django_db
class TestDutchAdmin:
    def test_admin_screens_have_no_english(self, admin_client, coordinator, catalogue, learner):
        """The listings, filters, certificate details and the menu the coordinator uses are Dutch throughout."""
        from certificates.factories import CertificateFactory

        certificate = CertificateFactory(learner=learner)
        QuestionFactory(title="Matrassen in de schuur")
        pages = [
            "/admin/",
            "/admin/snippets/quizzes/question/?live=1",
            "/admin/snippets/certificates/certificate/",
            f"/admin/snippets/certificates/certificate/inspect/{certificate.pk}/",
            "/admin/snippets/briefings/briefingsession/",
        ]
        for url in pages:
            html = admin_client.get(url).content.decode()
            found = [word for word in ENGLISH if f">{word}<" in html or f" {word}<" in html or f">{word} " in html]
            assert not found, (url, found)
        assert not any(name.startswith(("editor-guide", "whats-new")) for name in help_menu_names(coordinator))
        listing = admin_client.get("/admin/snippets/quizzes/question/?live=1").content.decode()
        assert "Matrassen in de schuur" in listing and "gepubliceerd" in listing
        assert (
            "Matrassen in de schuur"
            not in admin_client.get("/admin/snippets/quizzes/question/?live=0").content.decode()
        )


def custom_blocks():
    """Every block class defined in this project's blocks modules, instantiated."""
    import inspect

    from wagtail import blocks as wagtail_blocks

    import courses.blocks
    import home.blocks
    import quizzes.blocks

    found = []
    for module in (home.blocks, courses.blocks, quizzes.blocks):
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, wagtail_blocks.Block):
                if cls.__name__ in {"StructBlock", "BaseStreamBlock", "LessonStreamBlock"}:
                    continue
                found.append(cls())
    return found


def test_every_custom_block_has_a_proper_name_and_a_one_line_help_text():
    """Each custom block has a capitalised label, a description for the picker and a one-line help text,
    and the fields inside show capitalised labels."""
    blocks = custom_blocks()
    assert len(blocks) >= 12
    for block in blocks:
        name = type(block).__name__
        assert str(block.label)[:1].isupper(), name
        assert block.meta.help_text and "\n" not in str(block.meta.help_text), name
        assert getattr(block.meta, "description", ""), name
        for child in getattr(block, "child_blocks", {}).values():
            assert str(child.label)[:1].isupper(), (name, child.label)


HEIC_PHOTO = """
import io, sys
import pillow_heif
from PIL import Image
pillow_heif.register_heif_opener()
out = io.BytesIO()
Image.new("RGB", (32, 32), "red").save(out, format="HEIF")
sys.stdout.buffer.write(out.getvalue())
"""


@pytest.mark.django_db
def test_a_phone_photo_in_heic_gets_a_message_and_is_not_stored(admin_client, tmp_path, settings):
    """The site takes no HEIC images (WAGTAILIMAGES_EXTENSIONS) and its workers do not load the HEIF plugin
    (settings.base, docs/performance.md): an iPhone photo renamed to .jpg gets the form's message naming its
    format, and no image is stored (no error page for a file Willow cannot open)."""
    import subprocess
    import sys

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from wagtail.images import get_image_model

    settings.MEDIA_ROOT = str(tmp_path)
    # Made in a fresh interpreter: in this one (as in a worker) the plugin cannot be imported.
    photo = subprocess.run([sys.executable, "-c", HEIC_PHOTO], capture_output=True, check=True, timeout=60).stdout
    assert photo[4:12] == b"ftypheic"
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Foto", "file": SimpleUploadedFile("foto.jpg", photo, content_type="image/jpeg")},
    )
    assert response.status_code == 200
    assert "(heic)" in " ".join(response.context["form"].errors["file"])
    assert not get_image_model().objects.exists()


@pytest.mark.django_db
class TestOwnAccountPage:
    def account_form(self, admin_client, **changes):
        from bs4 import BeautifulSoup

        from tests.test_roles import form_as_sent

        html = admin_client.get("/admin/account/").content
        form = BeautifulSoup(html, "html.parser").find("form", attrs={"method": "POST"})
        return {**form_as_sent(form), **{name: [value] for name, value in changes.items()}}

    def test_the_admin_can_be_switched_to_english_without_typing_first_and_last_names(self, admin_client, coordinator):
        """Wagtail's account page required a first and a last name, which this user model does not have, so
        saving it (to switch the admin to English, say) failed until two names were typed and then lost.
        It now shows the full name, saves the language and keeps the name; the e-mail address is not on it."""
        data = self.account_form(admin_client, **{"locale-preferred_language": "en"})
        assert "name_email-first_name" not in data and "name_email-email" not in data
        assert data["name_email-full_name"] == ["Coördinator"]
        response = admin_client.post("/admin/account/", data)
        assert response.status_code == 302
        coordinator.refresh_from_db()
        assert coordinator.wagtail_userprofile.preferred_language == "en"
        assert coordinator.full_name == "Coördinator"
        assert "Name" in admin_client.get("/admin/account/").content.decode()

    def test_a_changed_name_is_kept_and_a_name_that_turns_the_text_is_refused(self, admin_client, coordinator):
        """The full name on this page is checked as on the learner's profile."""
        response = admin_client.post(
            "/admin/account/", self.account_form(admin_client, **{"name_email-full_name": "Anna \u202ede Jong"})
        )
        assert response.status_code == 200 and "schrijfrichting" in response.content.decode()
        coordinator.refresh_from_db()
        assert coordinator.full_name == "Coördinator"
        admin_client.post(
            "/admin/account/", self.account_form(admin_client, **{"name_email-full_name": "Anna de Jong"})
        )
        coordinator.refresh_from_db()
        assert coordinator.full_name == "Anna de Jong"

    def test_only_people_with_admin_access_reach_it(self, client, home_page):
        """Served at Wagtail's address by this project: a visitor goes to the log-in, a learner gets no access."""
        from accounts.factories import UserFactory

        response = client.get("/admin/account/")
        assert response.status_code == 302 and "login" in response["Location"]
        client.force_login(UserFactory())
        assert client.get("/admin/account/").status_code in (302, 403)
        assert "full_name" not in client.get("/admin/account/", follow=True).content.decode()


@pytest.mark.django_db
def test_a_question_added_twice_to_a_quiz_is_named_in_dutch(admin_client, catalogue):
    """Adding the same question twice as a fixed question said "Corrigeer de dubbele gegevens voor quiz en
    question": now which field is repeated, by its label, and what to do. Nothing is saved."""
    from bs4 import BeautifulSoup

    from quizzes.factories import QuizPageFactory
    from tests.test_roles import form_as_sent

    question = QuestionFactory()
    quiz = QuizPageFactory(parent=catalogue.social, questions=[question])
    url = f"/admin/pages/{quiz.pk}/edit/"
    data = form_as_sent(BeautifulSoup(admin_client.get(url).content, "html.parser").find("form", id="page-edit-form"))
    rows = int(data["fixed_questions-TOTAL_FORMS"][0])
    data[f"fixed_questions-{rows}-question"] = [str(question.pk)]
    data[f"fixed_questions-{rows}-ORDER"] = [str(rows + 1)]
    data[f"fixed_questions-{rows}-id"] = [""]
    data["fixed_questions-TOTAL_FORMS"] = [str(rows + 1)]
    response = admin_client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Je hebt twee keer hetzelfde gekozen bij: vraag. Haal er één weg." in html
    assert "quiz en question" not in html
    assert quiz.fixed_questions.count() == 1


@pytest.mark.django_db
class TestPublishingAQuiz:
    def edit_form(self, admin_client, quiz):
        from bs4 import BeautifulSoup

        from tests.test_roles import form_as_sent

        html = admin_client.get(f"/admin/pages/{quiz.pk}/edit/").content
        return form_as_sent(BeautifulSoup(html, "html.parser").find("form", id="page-edit-form"))

    @pytest.fixture
    def empty_quiz(self, catalogue):
        from quizzes.factories import QuizPageFactory

        quiz = QuizPageFactory(parent=catalogue.social, questions=[], live=False)
        quiz.save_revision()
        return quiz

    def test_a_quiz_without_questions_is_not_published_but_can_be_saved_as_a_draft(self, admin_client, empty_quiz):
        """Learners saw "Start de toets" and then "Deze toets heeft nog geen vragen"."""
        data = self.edit_form(admin_client, empty_quiz)
        response = admin_client.post(f"/admin/pages/{empty_quiz.pk}/edit/", {**data, "action-publish": ["1"]})
        assert response.status_code == 200
        assert "Deze toets heeft nog geen vragen." in response.content.decode()
        empty_quiz.refresh_from_db()
        assert not empty_quiz.live
        response = admin_client.post(f"/admin/pages/{empty_quiz.pk}/edit/", data)
        assert response.status_code == 302

    def test_with_a_question_it_is_published(self, admin_client, empty_quiz):
        data = self.edit_form(admin_client, empty_quiz)
        data.update(
            {
                "fixed_questions-0-question": [str(QuestionFactory().pk)],
                "fixed_questions-0-ORDER": ["1"],
                "fixed_questions-0-id": [""],
                "fixed_questions-TOTAL_FORMS": ["1"],
                "action-publish": ["1"],
            }
        )
        assert admin_client.post(f"/admin/pages/{empty_quiz.pk}/edit/", data).status_code == 302
        empty_quiz.refresh_from_db()
        assert empty_quiz.live

    def test_a_pass_mark_of_0_is_refused(self, admin_client, empty_quiz):
        """At 0% everyone passes, without one right answer."""
        data = self.edit_form(admin_client, empty_quiz)
        response = admin_client.post(f"/admin/pages/{empty_quiz.pk}/edit/", {**data, "pass_mark": ["0"]})
        assert response.status_code == 200 and "bij 0 procent slaagt iedereen" in response.content.decode()

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from accounts.factories import AudienceFactory
from courses.factories import CourseIndexPageFactory, CoursePageFactory
from courses.models import CourseIndexPage, CoursePage, LessonPage
from home.factories import HomePageFactory
from home.models import HomePage, StandardPage, TeamVisitFormPage
from quizzes.models import QuizPage


class TestAdminCreatesEveryPageType(WagtailPageTestCase):
    """Per page type: an editor creates it through the Wagtail admin."""

    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        Page.objects.filter(depth=2).delete()
        cls.home = HomePageFactory(parent=root)
        cls.index = CourseIndexPageFactory(parent=cls.home)
        cls.audience = AudienceFactory(name="Zorg", slug="zorg")
        cls.course = CoursePageFactory(parent=cls.index, audiences=[cls.audience])

    def setUp(self):
        self.login()

    def test_can_create_home_page(self):
        """The home page can be created under the root."""
        Page.objects.filter(depth=2).delete()
        self.assertCanCreate(
            Page.get_first_root_node(),
            HomePage,
            nested_form_data(
                {
                    "title": "Leren Kijken",
                    "slug": "start",
                    "intro": rich_text("<p>Welkom</p>"),
                    "body": streamfield([]),
                    "audiences_heading": "Voor jouw team",
                }
            ),
        )

    def test_can_create_standard_page(self):
        """A standard page with a referral route can be created under home."""
        route = {
            "title": "Wat doe je?",
            "intro": "",
            "steps": streamfield([("item", {"title": "Bel 112", "text": "Bij gevaar."})]),
            "contacts": streamfield([]),
            "show_coordinator": "on",
        }
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Wat te doen",
                    "slug": "wat-te-doen",
                    "intro": rich_text("<p>Zo</p>"),
                    "body": streamfield([("referral_route", route)]),
                }
            ),
        )

    def test_can_create_course_index_page(self):
        """The modules page can be created under home."""
        self.index.delete()
        self.assertCanCreate(
            self.home,
            CourseIndexPage,
            nested_form_data({"title": "Modules", "slug": "modules", "intro": rich_text("")}),
        )

    def test_can_create_course_page(self):
        """A module with objectives and a team can be created under the modules page."""
        self.assertCanCreate(
            self.index,
            CoursePage,
            nested_form_data(
                {
                    "title": "Signalen in de zorg",
                    "slug": "zorg",
                    "intro": rich_text("<p>Voor de GGD</p>"),
                    "learning_objectives": streamfield([("objective", "Je herkent signalen")]),
                    "estimated_minutes": 40,
                    "audiences": [self.audience.pk],
                    "cover_image_alt": "",
                }
            ),
        )

    def test_can_create_lesson_page(self):
        """A lesson with a signal list and a case story can be created under a module."""
        signal_list = {
            "title": "Signalen",
            "intro": "",
            "groups": streamfield(
                [("item", {"category": "housing", "signals": streamfield([("item", "Overbewoning")])})]
            ),
        }
        case = {
            "title": "Casus",
            "story": rich_text("<p>Verhaal</p>"),
            "question": "Wat valt je op?",
            "reveal": rich_text("<p>Dit</p>"),
        }
        self.assertCanCreate(
            self.course,
            LessonPage,
            nested_form_data(
                {
                    "title": "Les 1",
                    "slug": "les-1",
                    "intro": rich_text(""),
                    "estimated_minutes": 10,
                    "body": streamfield([("signal_list", signal_list), ("case_story", case)]),
                }
            ),
        )

    def test_page_tree_rules(self):
        """Each page type only goes where it belongs."""
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {CourseIndexPage, StandardPage, TeamVisitFormPage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage, QuizPage})
        self.assertAllowedSubpageTypes(LessonPage, set())


@pytest.mark.django_db
class TestRenderEveryPageType:
    def test_home_page_renders(self, client, catalogue):
        """The home page shows its title, the teams and the modules."""
        html = client.get(catalogue.home.url).content.decode()
        assert "Leren Kijken" in html and "Sociaal domein" in html and catalogue.social.title in html

    def test_browser_titles_name_the_site_once(self, client, catalogue):
        """The home page (titled "Leren Kijken") was "Leren Kijken · Leren Kijken" in the tab; other pages are
        "<page> · Leren Kijken"."""
        catalogue.home.title = "Leren Kijken"
        catalogue.home.save_revision().publish()
        home = client.get(catalogue.home.url).content.decode()
        assert "<title>Leren Kijken · Mensenhandel herkennen in Flevoland</title>" in home
        modules = client.get(catalogue.index.url).content.decode()
        assert f"<title>{catalogue.index.title} · Leren Kijken</title>" in modules

    def test_standard_page_renders(self, client, catalogue):
        """A standard page shows its title and the coordinator in the footer."""
        html = client.get(catalogue.what_to_do.url).content.decode()
        assert catalogue.what_to_do.title in html and "Sanne de Vries" in html

    def test_course_index_renders(self, client, catalogue):
        """The modules page renders with the team filter."""
        html = client.get(catalogue.index.url).content.decode()
        assert "Alle teams" in html

    def test_course_page_renders(self, client, catalogue):
        """A module page opens with the care notice and lists its lessons in order."""
        html = client.get(catalogue.social.url).content.decode()
        assert "Zorg goed voor jezelf" in html and "Dit onderwerp kan je raken." in html
        positions = [html.index(lesson.title) for lesson in catalogue.social_lessons]
        assert positions == sorted(positions)

    def test_lesson_page_renders(self, learner_client, catalogue):
        """A lesson shows "Les 2 van 3" and its body."""
        html = learner_client.get(catalogue.social_lessons[1].url).content.decode()
        assert "Les 2 van 3" in html and "Kijk goed naar wat je ziet." in html

    def test_unknown_page_gets_friendly_404(self, client, catalogue):
        """An unknown address gets the site's own 404 page in Dutch."""
        response = client.get("/bestaat-niet/")
        assert response.status_code == 404
        assert "Pagina niet gevonden" in response.content.decode()

    def test_english_interface(self, client, catalogue):
        """Choosing English translates the interface; the content stays Dutch and is marked lang=nl."""
        client.post("/i18n/setlang/", {"language": "en", "next": "/"})
        html = client.get(catalogue.index.url).content.decode()
        assert 'lang="en"' in html and "All teams" in html and "Skip to content" in html


def test_block_preview_template_loads_site_css():
    """Editors' block previews use the site's stylesheet, so they look like the real page."""
    from django.template.loader import get_template

    source = get_template("wagtailcore/shared/block_preview.html").template.source
    assert "css/site.css" in source


@pytest.mark.django_db
def test_every_block_has_an_editor_preview():
    """Each lesson block declares an icon, a description and a preview value for the block picker."""
    from wagtail_factories import ImageFactory

    from courses.blocks import LessonStreamBlock

    ImageFactory()
    for name, block in LessonStreamBlock().child_blocks.items():
        assert block.meta.icon and block.meta.icon != "placeholder", name
        assert block.meta.description, name
        assert block.get_preview_value() is not None, name
        assert block.get_template(block.get_preview_value()), name

"""The module cards on the home page, the modules page and the dashboard keep the part that is the same for every
learner (title, link, intro, duration, teams) per worker, for each state of the pages (courses.catalogue
.CardFragments). What a learner must see: a change to a module on the next visit, her own progress, and the
interface language she chose."""

from django.conf import settings
from django.urls import reverse

import pytest

from courses.catalogue import CardFragments, card_fragments
from courses.services import complete_lesson, enrol

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")


def publish_title(page, title):
    page.title = title
    page.save_revision().publish()


@pytest.mark.django_db
class TestCardsOnThePages:
    @pytest.mark.parametrize("where", ["home", "modules", "dashboard"])
    def test_a_changed_module_shows_on_the_next_visit(self, learner_client, learner, catalogue, where):
        enrol(learner, catalogue.social)  # the dashboard lists modules in progress
        complete_lesson(learner, catalogue.social_lessons[0])
        url = {"home": catalogue.home.url, "modules": catalogue.index.url, "dashboard": reverse("courses:dashboard")}
        assert "Signalen in het sociaal domein" in learner_client.get(url[where]).content.decode()
        publish_title(catalogue.social, "Uitbuiting herkennen in het sociaal domein")
        html = learner_client.get(url[where]).content.decode()
        assert "Uitbuiting herkennen in het sociaal domein" in html
        assert "Signalen in het sociaal domein" not in html

    def test_each_learner_sees_her_own_progress_beside_the_same_card(self, client, learner, catalogue):
        from accounts.factories import UserFactory

        colleague = UserFactory(team=learner.team)
        enrol(learner, catalogue.social)
        for lesson in catalogue.social_lessons[:2]:
            complete_lesson(learner, lesson)
        client.force_login(learner)
        assert "Voortgang: 2 van 3 lessen afgerond" in client.get(catalogue.home.url).content.decode()
        client.force_login(colleague)
        html = client.get(catalogue.home.url).content.decode()
        assert "Signalen in het sociaal domein" in html and "Voortgang:" not in html

    def test_the_duration_follows_the_interface_language(self, learner_client, catalogue):
        assert "Ongeveer 30 minuten" in learner_client.get(catalogue.home.url).content.decode()
        learner_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        html = learner_client.get(catalogue.home.url).content.decode()
        assert "About 30 minutes" in html and "Ongeveer 30 minuten" not in html

    def test_the_cards_are_kept_after_the_first_visit(self, learner_client, catalogue):
        """The second visit renders no card part again: the title comes from what the first kept."""
        learner_client.get(catalogue.home.url)
        generation, kept = card_fragments._state
        assert generation is not None
        assert {key[1] for key in kept} >= {catalogue.social.pk, catalogue.school.pk}
        count = len(kept)
        learner_client.get(catalogue.home.url)
        assert card_fragments._state == (generation, kept) and len(kept) == count


class TestCardFragments:
    def test_renders_once_per_generation_and_key(self):
        fragments, calls = CardFragments(), []

        def render(html):
            return lambda: calls.append(html) or html

        assert fragments.get_or_render("g1", ("card", 1, "nl", 1), render("a")) == "a"
        assert fragments.get_or_render("g1", ("card", 1, "nl", 1), render("b")) == "a"
        assert fragments.get_or_render("g1", ("card", 1, "en", 1), render("c")) == "c"
        assert fragments.get_or_render("g2", ("card", 1, "nl", 1), render("d")) == "d"
        assert calls == ["a", "c", "d"]

    def test_an_older_generation_never_fills_the_newer_one(self):
        """A request that read the pages before a change renders its own HTML; the next request with the new
        generation does not get it."""
        fragments = CardFragments()
        fragments.get_or_render("new", ("card", 1, "nl", 1), lambda: "new title")
        assert fragments.get_or_render("old", ("card", 1, "nl", 1), lambda: "old title") == "old title"
        assert fragments.get_or_render("new", ("card", 1, "nl", 1), lambda: "new title") == "new title"

    def test_without_a_generation_nothing_is_kept(self):
        """The cache is down: every card is rendered."""
        fragments, calls = CardFragments(), []
        for _ in range(2):
            fragments.get_or_render(None, ("card", 1, "nl", 1), lambda: calls.append(1) or "x")
        assert len(calls) == 2

    def test_the_number_kept_is_bounded(self):
        fragments = CardFragments()
        for pk in range(CardFragments.LIMIT + 10):
            fragments.get_or_render("g", ("card", pk, "nl", 1), lambda: "x")
        assert len(fragments._state[1]) == CardFragments.LIMIT

"""A module, lesson or quiz that learners have used is taken offline, not deleted: the cascade would erase their
progress and answers, and Wagtail's confirmation only counted content references ("0 verwijzingen"). The
coordinator is told what would be lost and offered to unpublish; a tampered POST deletes nothing (409).
Unused pages are deleted as before."""

from django.urls import reverse

from wagtail.models import Page

import pytest

from accounts.factories import UserFactory
from courses.models import Enrolment, LessonCompletion
from courses.services import complete_lesson
from quizzes.factories import QuestionFactory, QuizPageFactory
from quizzes.models import Attempt
from quizzes.services import start_attempt

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")


@pytest.fixture
def coordinator_client(client, db):
    client.force_login(UserFactory(organisation=None, is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def used(catalogue):
    """Two learners used the social-domain module: one finished a lesson, the other started its quiz."""
    quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()])
    complete_lesson(UserFactory(), catalogue.social_lessons[0])
    start_attempt(UserFactory(), quiz)
    return catalogue


def delete_url(page):
    return reverse("wagtailadmin_pages:delete", args=[page.id])


@pytest.mark.django_db
class TestDeletingUsedPages:
    def test_the_confirmation_says_what_would_be_lost_and_offers_to_unpublish(self, coordinator_client, used):
        """The module's delete page counts learners, completed lessons and attempts, with no delete button."""
        response = coordinator_client.get(delete_url(used.social))
        html = response.content.decode()
        assert response.status_code == 200
        assert "Verwijderen kan niet" in html and "Daarom kun je dit niet verwijderen." in html
        assert "2 deelnemers hebben deze pagina" in html
        assert "1 afgeronde les" in html and "1 poging voor een toets" in html
        assert reverse("wagtailadmin_pages:unpublish", args=[used.social.id]) in html
        assert 'value="Ja, verwijderen"' not in html

    def test_a_posted_deletion_changes_nothing(self, coordinator_client, used):
        """A tampered POST gets 409; the module, its lessons and every learner record stay."""
        before = (Enrolment.objects.count(), LessonCompletion.objects.count(), Attempt.objects.count())
        response = coordinator_client.post(delete_url(used.social))
        assert response.status_code == 409
        assert Page.objects.filter(id=used.social.id).exists()
        assert (Enrolment.objects.count(), LessonCompletion.objects.count(), Attempt.objects.count()) == before

    def test_a_page_above_a_used_module_is_kept_too(self, coordinator_client, used):
        """Deleting the modules overview would take the used module with it: refused as well."""
        assert coordinator_client.post(delete_url(used.index)).status_code == 409
        assert Page.objects.filter(id=used.social.id).exists()

    def test_a_used_lesson_is_kept_and_an_unused_one_in_the_same_module_is_deleted(self, coordinator_client, used):
        """Only what learners used is kept: a lesson nobody finished is deleted as before."""
        done, unused = used.social_lessons[0], used.social_lessons[2]
        assert coordinator_client.post(delete_url(done)).status_code == 409
        response = coordinator_client.post(delete_url(unused))
        assert response.status_code == 302
        assert not Page.objects.filter(id=unused.id).exists()
        assert Page.objects.filter(id=done.id).exists()

    def test_an_unused_module_is_deleted_as_before(self, coordinator_client, used):
        """The school module has no learner records: Wagtail's own confirmation, and the deletion goes through."""
        confirmation = coordinator_client.get(delete_url(used.school)).content.decode()
        assert "Verwijderen kan niet" not in confirmation and 'value="Ja, verwijderen"' in confirmation
        assert coordinator_client.post(delete_url(used.school)).status_code == 302
        assert not Page.objects.filter(id=used.school.id).exists()

    def test_bulk_deletion_keeps_a_used_module(self, coordinator_client, used):
        """Selecting both modules in the page explorer and choosing delete deletes neither, and names the used one."""
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
        query = f"?id={used.social.id}&id={used.school.id}"
        response = coordinator_client.post(url + query, {})
        html = response.content.decode()
        assert response.status_code == 409 and "Daarom is er niets verwijderd." in html
        assert used.social.title in html and "2 deelnemers hebben" in html and used.school.title not in html
        assert Page.objects.filter(id__in=[used.social.id, used.school.id]).count() == 2

    def test_the_bulk_confirmation_already_refuses_a_used_module(self, coordinator_client, used):
        """The first screen of a bulk delete names the used module and has no delete button (Wagtail showed
        "0 verwijzingen" and a button); an unused module alone gets Wagtail's confirmation."""
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
        response = coordinator_client.get(url + f"?id={used.social.id}&id={used.school.id}")
        html = response.content.decode()
        assert response.status_code == 200
        assert "Verwijderen kan niet" in html and "2 deelnemers hebben" in html and "0 verwijzingen" not in html
        confirmation = coordinator_client.get(url + f"?id={used.school.id}").content.decode()
        assert "Verwijderen kan niet" not in confirmation and used.school.title in confirmation

    def test_bulk_deletion_names_each_used_page(self, coordinator_client, used):
        """With two used modules selected, each is named with its number of learners."""
        complete_lesson(UserFactory(), used.school_lessons[0])
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
        response = coordinator_client.post(url + f"?id={used.social.id}&id={used.school.id}", {})
        html = response.content.decode()
        assert response.status_code == 409
        assert f"{used.social.title}: 2 deelnemers" in html and f"{used.school.title}: 1 deelnemer" in html


@pytest.mark.django_db
class TestMovingUsedPages:
    """A used lesson moved to another module would take its completions along: the modules report's "Alle lessen
    gedaan" fell from 56 to 0 for one module and rose for the other, without a word on the confirmation."""

    def move_url(self, page, destination):
        return reverse("wagtailadmin_pages:move_confirm", args=[page.id, destination.id])

    def test_the_confirmation_refuses_and_offers_a_copy(self, coordinator_client, used):
        response = coordinator_client.get(self.move_url(used.social_lessons[0], used.school))
        html = response.content.decode()
        assert response.status_code == 200
        assert "Verplaatsen kan niet" in html and "1 deelnemer heeft deze pagina" in html
        assert "Daarom kun je dit niet verplaatsen." in html
        assert reverse("wagtailadmin_pages:copy", args=[used.social_lessons[0].id]) in html

    def test_a_posted_move_changes_nothing(self, coordinator_client, used):
        lesson = used.social_lessons[0]
        response = coordinator_client.post(self.move_url(lesson, used.school))
        assert response.status_code == 409 and "Daarom is er niets verplaatst." in response.content.decode()
        lesson.refresh_from_db()
        assert lesson.get_parent().id == used.social.id

    def test_an_unused_lesson_moves_as_before(self, coordinator_client, used):
        lesson = used.social_lessons[1]
        response = coordinator_client.post(self.move_url(lesson, used.school))
        assert response.status_code == 302
        lesson.refresh_from_db()
        assert lesson.get_parent().id == used.school.id

    def test_a_slug_taken_at_the_destination_is_named_in_whole_dutch(self, coordinator_client, used):
        """Wagtail's Dutch said "is al gebruik" (a word missing)."""
        from courses.factories import LessonPageFactory

        lesson = used.social_lessons[1]
        LessonPageFactory(parent=used.school, title="Zelfde", slug=lesson.slug)
        response = coordinator_client.get(self.move_url(lesson, used.school), follow=True)
        html = response.content.decode()
        assert f"De slug &#x27;{lesson.slug}&#x27; is al in gebruik op deze plek in de paginaboom." in html

    def test_a_used_page_is_not_moved_in_bulk(self, coordinator_client, used):
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "move"))
        query = f"?id={used.social_lessons[0].id}&id={used.social_lessons[1].id}"
        response = coordinator_client.post(url + query, {"chooser": used.school.id})
        html = response.content.decode()
        assert response.status_code == 409 and "Daarom is er niets verplaatst." in html
        assert used.social_lessons[0].title in html and "1 deelnemer heeft deze pagina" in html
        assert Page.objects.child_of(used.social).count() == 4  # three lessons and the quiz stay


@pytest.mark.django_db
def test_the_unpublish_confirmation_says_what_happens_to_the_learners(coordinator_client, used):
    """Wagtail's "Er bestaan 0 verwijzingen naar module" said nothing of the two learners in the module: the
    confirmation now counts them and says their records stay and they go on where they were after republishing.
    An unused module gets no such note."""
    html = coordinator_client.get(reverse("wagtailadmin_pages:unpublish", args=[used.social.id])).content.decode()
    assert "2 deelnemers hebben deze pagina (of een pagina eronder) al gebruikt." in html
    assert "Hun voortgang en toetsresultaten blijven bewaard" in html
    unused = coordinator_client.get(reverse("wagtailadmin_pages:unpublish", args=[used.school.id])).content.decode()
    assert "al gebruikt" not in unused

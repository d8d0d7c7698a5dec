"""Before deleting an image, the coordinator sees where it is used: Wagtail's reference index, kept up to date
when a lesson is saved, counts the lesson on the confirmation page and lists it under "Gebruik"."""

from django.urls import reverse

import pytest
import wagtail_factories

from accounts.factories import UserFactory

pytestmark = pytest.mark.reference_index  # what uses the image is recorded when the lesson is saved


@pytest.fixture
def image_in_a_lesson(catalogue):
    image = wagtail_factories.ImageFactory(title="Matrassen in de schuur")
    lesson = catalogue.social_lessons[0]
    lesson.body = [("image", {"image": image, "alt_text": "Matrassen op de grond van een schuur", "caption": ""})]
    lesson.save_revision().publish()
    return image, lesson


@pytest.mark.django_db
def test_deleting_a_used_image_says_it_is_used_and_where(client, image_in_a_lesson):
    image, lesson = image_in_a_lesson
    client.force_login(UserFactory(is_superuser=True, is_staff=True))

    confirm = client.get(reverse("wagtailimages:delete", args=[image.pk]))
    assert confirm.status_code == 200
    assert "Er bestaat 1 verwijzing naar" in confirm.content.decode()

    usage = client.get(reverse("wagtailimages:image_usage", args=[image.pk]))
    assert usage.status_code == 200
    assert lesson.title in usage.content.decode()

"""The admin dashboard's "Leren Kijken in cijfers" for a contact person: it says whose figures these are (as her
reports do), and the most-missed questions are plain text for her (the question bank is not hers: the link gave
"geen toegang"); the coordinator still gets the links."""

from unittest import mock

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from accounts.factories import OrganisationFactory, UserFactory
from quizzes.factories import QuestionFactory
from reports.item_analysis import ItemRow
from reports.roles import ensure_roles


@pytest.fixture
def missed(db):
    question = QuestionFactory(title="Matrassen in de gang")
    row = ItemRow(question_id=question.pk, title=question.title, answers=10, score_sum=2.0, exists=True)
    with mock.patch("reports.wagtail_hooks.most_missed_questions", return_value=[row]):
        yield question


@pytest.mark.django_db
class TestDashboardPanelScope:
    def test_a_contact_person_sees_whose_figures_and_no_question_bank_links(self, client, missed):
        """Her panel names her organisation and lists the missed question without a link she cannot follow."""
        ensure_roles()
        contact = UserFactory(organisation=OrganisationFactory(name="Gemeente Almere"), team=None)
        contact.groups.add(Group.objects.get(name="Contactpersonen organisatie"))
        client.force_login(contact)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Je ziet alleen de cijfers van Gemeente Almere." in html
        assert "Matrassen in de gang" in html
        assert reverse("wagtailsnippets_quizzes_question:edit", args=[missed.pk]) not in html

    def test_the_coordinator_gets_the_links_and_no_scope_line(self, client, missed):
        """The coordinator sees all figures, and each missed question links to its edit screen."""
        client.force_login(UserFactory(organisation=None, is_staff=True, is_superuser=True))
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert reverse("wagtailsnippets_quizzes_question:edit", args=[missed.pk]) in html
        assert "Je ziet alleen de cijfers van" not in html

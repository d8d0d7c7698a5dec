"""A row of an inline list (a question's options, a quiz's questions, a form's fields) may only stand for a row of
the object being edited: a tampered hidden id is refused with a message, never saved as a copy, never a 500."""

from wagtail.test.utils.form_data import inline_formset

import pytest

from quizzes.factories import QuestionFactory
from quizzes.models import Question

from .test_question_authoring import question_form

pytestmark = pytest.mark.usefixtures("catalogue_for_the_module")

REFUSED = "hoort niet bij wat je nu bewerkt"


def edit_url(question):
    return f"/admin/snippets/quizzes/question/edit/{question.pk}/"


def option_rows(question, tampered_id=None):
    """The question's own options as the editor posts them, the second one's hidden id replaced if asked."""
    rows = [
        {
            "id": str(choice.pk),
            "text": choice.text,
            "is_correct": "on" if choice.is_correct else "",
            "feedback": choice.feedback,
        }
        for choice in question.choices.all()
    ]
    if tampered_id is not None:
        rows[1]["id"] = tampered_id
    return inline_formset(rows, initial=len(rows))


@pytest.mark.django_db
class TestTamperedChildIds:
    @pytest.fixture
    def admin_client(self, client, django_user_model):
        admin = django_user_model.objects.create_superuser(email="admin@example.org", password="x", full_name="Admin")
        client.force_login(admin)
        return client

    @pytest.fixture
    def questions(self):
        edited = QuestionFactory(title="Bewerkte vraag")
        other = QuestionFactory(title="Andere vraag", choices=[("Bel de politie", True), ("Wacht af", False)])
        return edited, other

    def post(self, client, question, tampered_id):
        form = question_form(choices=option_rows(question, tampered_id), title=question.title)
        return client.post(edit_url(question), form)

    def test_an_untouched_form_still_saves(self, admin_client, questions):
        """The editor's own ids pass: "Bewaar concept" saves a draft."""
        edited, _ = questions
        response = self.post(admin_client, edited, None)
        assert response.status_code == 302, response.content.decode()[:2000]
        assert edited.revisions.count() == 1

    @pytest.mark.parametrize(
        "tampered",
        ["other", "missing", "abc", "12abc", "99999999999999999999999", "-1"],
        ids=["another-question", "no-such-option", "letters", "digits-and-letters", "too-big", "negative"],
    )
    def test_a_foreign_or_broken_id_is_refused(self, admin_client, questions, tampered):
        """An option id of another question, of no option at all, or no number: refused with a message, nothing
        saved for either question, never a 500."""
        edited, other = questions
        tampered_id = {"other": str(other.choices.first().pk), "missing": "987654"}.get(tampered, tampered)
        response = self.post(admin_client, edited, tampered_id)
        html = response.content.decode()
        assert response.status_code in (200, 400), html[:2000]
        assert REFUSED in html
        # The summary at the top says what happened, not that something is missing (a re-walk read that).
        assert "Een of meer keuzes horen niet bij deze vraag." in html and "niet compleet" not in html
        assert edited.revisions.count() == 0 and other.revisions.count() == 0
        assert Question.objects.get(pk=edited.pk).latest_revision is None
        assert [c.text for c in other.choices.all()] == ["Bel de politie", "Wacht af"]
        assert edited.choices.count() == 3


@pytest.mark.django_db
class TestEveryInlineList:
    @pytest.fixture
    def quizzes(self, catalogue):
        from quizzes.factories import QuizPageFactory

        edited = QuizPageFactory(parent=catalogue.social, slug="bewerkt", questions=[QuestionFactory()])
        other = QuizPageFactory(parent=catalogue.school, slug="ander", questions=[QuestionFactory()])
        return edited, other

    def fixed_questions(self, quiz, row_id):
        """A quiz page's "Vaste vragen" list as its edit form posts it, with one row of the given id."""
        from quizzes.models import QuizPage

        formset_class = QuizPage.get_edit_handler().get_form_class().formsets["fixed_questions"]
        row = quiz.fixed_questions.get()
        data = {
            "fixed_questions-TOTAL_FORMS": "1",
            "fixed_questions-INITIAL_FORMS": "1",
            "fixed_questions-MIN_NUM_FORMS": "0",
            "fixed_questions-MAX_NUM_FORMS": "1000",
            "fixed_questions-0-id": row_id,
            "fixed_questions-0-question": str(row.question_id),
            "fixed_questions-0-ORDER": "1",
            "fixed_questions-0-DELETE": "",
        }
        return formset_class(data, instance=quiz, prefix="fixed_questions")

    def test_a_quiz_pages_own_row_passes(self, quizzes):
        """A quiz page's list of fixed questions takes its own row's id."""
        edited, _ = quizzes
        formset = self.fixed_questions(edited, str(edited.fixed_questions.get().pk))
        assert formset.is_valid(), formset.errors

    @pytest.mark.parametrize("row_id", ["other", "x1", "99999999999999999999999"])
    def test_a_quiz_pages_list_refuses_another_quizs_row(self, quizzes, row_id):
        """The same rule holds on a page's inline list (the quiz's fixed questions): another quiz's row, or no id
        at all, is refused on the row with the message."""
        edited, other = quizzes
        formset = self.fixed_questions(edited, str(other.fixed_questions.get().pk) if row_id == "other" else row_id)
        assert not formset.is_valid()
        assert REFUSED in " ".join(formset.forms[0].non_field_errors())

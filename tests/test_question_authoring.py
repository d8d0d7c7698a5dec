from django.core.exceptions import ValidationError

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from courses.factories import CourseIndexPageFactory, CoursePageFactory
from home.factories import HomePageFactory
from quizzes.blocks import DecisionPathBlock
from quizzes.factories import PathQuestionFactory, QuestionFactory, QuizPageFactory, path_step, sample_path
from quizzes.models import Question, QuizPage
from quizzes.paths import path_errors


def steps(*specs):
    return [
        {"key": key, "choices": [{"next_step": n or "", "end_score": s} for n, s in choices]} for key, choices in specs
    ]


class TestDecisionPathRules:
    def test_a_sound_path_has_no_errors(self):
        """Start → step → ends, with a full-score end, passes."""
        assert path_errors(steps(("start", [("b", None), (None, 0)]), ("b", [(None, 100), (None, 50)]))) == []

    def test_cycle_is_refused_and_named(self):
        """A route that loops back is refused with the steps of the loop."""
        errors = path_errors(steps(("start", [("b", None), (None, 100)]), ("b", [("start", None), (None, 0)])))
        assert any("draait rond" in e and "‘start’ → ‘b’ → ‘start’" in e for e in errors)

    def test_unreachable_step_is_refused_and_named(self):
        """A step no choice leads to is named."""
        errors = path_errors(steps(("start", [(None, 100), (None, 0)]), ("los", [(None, 50), (None, 0)])))
        assert errors == ["Stap ‘los’ is vanaf de eerste stap niet te bereiken."]

    def test_dead_end_is_refused_with_step_and_choice(self):
        """A choice with neither a next step nor an end score says which step and choice."""
        errors = path_errors(steps(("start", [(None, 100), (None, None)])))
        assert errors == ["Stap ‘start’, keuze 2 leidt nergens heen: kies een vervolgstap of geef een eindscore."]

    def test_unknown_step_and_duplicate_key(self):
        """A reference to a missing step and a repeated code are both reported."""
        errors = path_errors(steps(("start", [("nergens", None), (None, 100)]), ("start", [(None, 0), (None, 0)])))
        assert any("‘nergens’, die niet bestaat" in e for e in errors)
        assert any("meer dan één stap" in e for e in errors)

    def test_two_choices_of_a_step_with_the_same_text(self):
        """Two options a learner cannot tell apart in one step are named with the step."""
        path = steps(("start", [(None, 100), (None, 0)]))
        path[0]["choices"][0]["text"], path[0]["choices"][1]["text"] = "Bellen", " bellen"
        assert path_errors(path) == [
            "Stap ‘start’ heeft twee keuzes met dezelfde tekst: ‘bellen’. Maak elke keuze anders."
        ]

    def test_best_path_must_earn_full_marks(self):
        """Without an end worth 100 the path is refused."""
        assert path_errors(steps(("start", [(None, 60), (None, 0)]))) == [
            "Geen enkel einde geeft de volle score (100); het beste pad hoort die te geven."
        ]

    def test_stream_block_clean_raises_the_messages(self):
        """The admin's StreamField block refuses a cyclic path with the same message."""
        block = DecisionPathBlock()
        value = block.to_python(
            [
                path_step("start", [("Verder", "b", None), ("Stop", None, 100)]),
                path_step("b", [("Terug", "start", None), ("Stop", None, 0)]),
            ]
        )
        with pytest.raises(ValidationError) as refused:
            block.clean(value)
        assert "draait rond" in str(refused.value.non_block_errors.as_data()[0].message)

    def test_stream_block_accepts_a_sound_path(self):
        """The sample path used in the tests is valid."""
        block = DecisionPathBlock()
        assert block.clean(block.to_python(sample_path()))


def choice_rows(*rows):
    return inline_formset([{"text": text, "is_correct": "on" if ok else "", "feedback": "Uitleg"} for text, ok in rows])


def question_form(kind="single", choices=None, path=None, **extra):
    data = {
        "title": "Nieuwe vraag",
        "kind": kind,
        "scenario": rich_text("<p>Situatie</p>"),
        "image_alt": "",
        "prompt": "Wat doe je?" if kind != "path" else "",
        "choices": choices if choices is not None else choice_rows(("Goed", True), ("Fout", False)),
        "path": streamfield(path or []),
        "explanation": rich_text("<p>Uitleg</p>"),
        "discussion_prompts": "",
    }
    data.update(extra)
    # Checkbox lists are posted as repeated keys, which nested_form_data would flatten.
    return {**nested_form_data(data), "signals": ["housing"], "exploitation_forms": ["labour"]}


@pytest.mark.django_db
class TestQuestionAdmin:
    @pytest.fixture
    def admin_client(self, client, django_user_model):
        admin = django_user_model.objects.create_superuser(email="admin@example.org", password="x", full_name="Admin")
        client.force_login(admin)
        return client

    def test_editor_adds_a_question_with_choices(self, admin_client):
        """An editor saves a single-choice question with its choices as a draft in the bank."""
        response = admin_client.post("/admin/snippets/quizzes/question/add/", question_form())
        assert response.status_code == 302, response.content.decode()[:3000]
        question = Question.objects.get(title="Nieuwe vraag")
        assert [c.text for c in question.choices.all()] == ["Goed", "Fout"]
        assert question.live is False and question.latest_revision is not None

    def test_the_choices_are_added_one_keuze_at_a_time(self, admin_client):
        """The question form's button says "Voeg keuze toe" and each choice is headed "Keuze", not "Voeg Keuzes
        toe" and "Keuzes 1": Wagtail puts the inline panel's label in both."""
        html = admin_client.get("/admin/snippets/quizzes/question/add/").content.decode()
        assert "Voeg keuze toe" in html
        assert "Keuze<span data-inline-panel-child-count>" in html
        assert "Voeg Keuzes toe" not in html and "Keuzes<span" not in html

    def test_the_other_inline_panels_name_one_item_too(self):
        """The quiz's fixed questions and random draws and the request form's fields are labelled per item."""
        from wagtail.admin.panels import InlinePanel

        from home.models import TeamVisitFormPage

        labels = {
            panel.relation_name: str(panel.label)
            for model in (QuizPage, TeamVisitFormPage)
            for panel in model.content_panels
            if isinstance(panel, InlinePanel)
        }
        assert labels == {"fixed_questions": "vaste vraag", "draws": "groep willekeurige vragen", "form_fields": "veld"}

    def test_single_choice_needs_exactly_one_right_answer(self, admin_client):
        """Two right answers on a single-choice question are refused with a message."""
        form = question_form(choices=choice_rows(("A", True), ("B", True)))
        response = admin_client.post("/admin/snippets/quizzes/question/add/", form)
        assert response.status_code == 200
        assert "precies één keuze goed" in response.content.decode()
        assert not Question.objects.exists()

    @pytest.mark.parametrize("second", ["Zelfde", "zelfde ", "  ZELFDE"])
    def test_two_options_with_the_same_text_are_refused(self, admin_client, second):
        """Options "Zelfde" (right) and "Zelfde" (wrong) were published: a learner cannot tell them apart. Case and
        spaces do not make them different; nothing is saved."""
        form = question_form(choices=choice_rows(("Zelfde", True), (second, False)))
        response = admin_client.post("/admin/snippets/quizzes/question/add/", form)
        assert response.status_code == 200
        assert "Twee keuzes hebben dezelfde tekst: ‘" in response.content.decode()
        assert not Question.objects.exists()

    def test_the_label_fields_start_with_a_capital_like_the_others(self, admin_client):
        """ "vormen van uitbuiting" and "signalen die de vraag oefent" stood in lower case beside "Teams"."""
        html = admin_client.get("/admin/snippets/quizzes/question/add/").content.decode()
        assert "Vormen van uitbuiting" in html and "Signalen die de vraag oefent" in html
        assert ">vormen van uitbuiting<" not in html

    def test_a_draft_without_a_name_goes_by_its_question(self, admin_client):
        """A draft saved without a bank name was called "Question object (77)" in the message, heading and tab;
        it goes by its question (or situation), else "Vraag zonder naam"."""
        response = admin_client.post("/admin/snippets/quizzes/question/add/", question_form(title=""), follow=True)
        question = Question.objects.get()
        assert str(question) == "Wat doe je?"
        assert "Question object" not in response.content.decode()
        listing = admin_client.get("/admin/snippets/quizzes/question/").content.decode()
        assert "Wat doe je?" in listing and "(leeg)" not in listing
        assert str(Question(scenario="<p>Een &amp; twee</p>")) == "Een & twee"
        assert str(Question()) == "Vraag zonder naam"

    def test_a_choice_without_feedback_is_named_not_counted_away(self, admin_client):
        """Two choices, one without its feedback: the message at the top says a choice is incomplete (not
        "Geef minstens twee keuzes"), the field says what is missing, and what was typed stays."""
        rows = inline_formset(
            [
                {"text": "Ik overleg", "is_correct": "on", "feedback": "Uitleg"},
                {"text": "Ik doe niets", "is_correct": "", "feedback": ""},
            ]
        )
        form = question_form(choices=rows, **{"action-publish": "action-publish"})  # "Publiceren"
        html = admin_client.post("/admin/snippets/quizzes/question/add/", form).content.decode()
        assert "Een of meer keuzes zijn niet compleet" in html
        assert "Geef minstens twee keuzes" not in html
        assert "Ik doe niets" in html
        assert not Question.objects.exists()

    @pytest.mark.parametrize("total", ["abc", "", None], ids=["letters", "empty", "missing"])
    def test_a_broken_form_count_gets_a_plain_message(self, admin_client, total):
        """A tampered choices form count (Wagtail's inline panel): a Dutch message, no Django developer wording."""
        form = question_form()
        form["choices-TOTAL_FORMS"] = total
        if total is None:
            del form["choices-TOTAL_FORMS"]
        html = admin_client.post("/admin/snippets/quizzes/question/add/", form).content.decode()
        assert "Het formulier is niet goed aangekomen. Laad de pagina opnieuw." in html
        assert "Verborgen veld" not in html and "ManagementForm" not in html and "bug" not in html
        assert not Question.objects.exists()

    def test_decision_path_with_a_cycle_is_refused_in_the_admin(self, admin_client):
        """A cyclic decision path is refused and the message names the loop."""
        path = [
            (
                "step",
                {
                    "key": "start",
                    "scenario": rich_text("<p>A</p>"),
                    "prompt": "Wat doe je?",
                    "choices": streamfield(
                        [
                            (
                                "item",
                                {
                                    "text": "Verder",
                                    "feedback": "f",
                                    "next_step": "b",
                                    "end_score": "",
                                    "end_explanation": "",
                                },
                            ),
                            (
                                "item",
                                {
                                    "text": "Stop",
                                    "feedback": "f",
                                    "next_step": "",
                                    "end_score": "100",
                                    "end_explanation": "e",
                                },
                            ),
                        ]
                    ),
                },
            ),
            (
                "step",
                {
                    "key": "b",
                    "scenario": rich_text("<p>B</p>"),
                    "prompt": "En nu?",
                    "choices": streamfield(
                        [
                            (
                                "item",
                                {
                                    "text": "Terug",
                                    "feedback": "f",
                                    "next_step": "start",
                                    "end_score": "",
                                    "end_explanation": "",
                                },
                            ),
                            (
                                "item",
                                {
                                    "text": "Stop",
                                    "feedback": "f",
                                    "next_step": "",
                                    "end_score": "0",
                                    "end_explanation": "e",
                                },
                            ),
                        ]
                    ),
                },
            ),
        ]
        response = admin_client.post(
            "/admin/snippets/quizzes/question/add/", question_form(kind="path", choices=inline_formset([]), path=path)
        )
        assert response.status_code == 200
        assert "draait rond" in response.content.decode()
        assert not Question.objects.exists()

    def test_question_preview_shows_answers_and_feedback(self, admin_client):
        """The snippet preview shows the question with the right answer and the feedback per choice."""
        question = QuestionFactory()
        response = question.make_preview_request()
        response.render()
        html = response.content.decode()
        assert response.status_code == 200
        assert "Ik schrijf op wat ik zie en overleg" in html and "Uitleg bij: Ik doe niets" in html


class TestQuizPageAdmin(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        Page.objects.filter(depth=2).delete()
        home = HomePageFactory(parent=Page.get_first_root_node())
        index = CourseIndexPageFactory(parent=home)
        cls.course = CoursePageFactory(parent=index)
        cls.question = QuestionFactory()
        cls.path_question = PathQuestionFactory()

    def setUp(self):
        self.login()

    def test_can_create_quiz_page_with_fixed_and_random_questions(self):
        """An editor creates a quiz under a module with a fixed question and a random draw."""
        self.assertCanCreate(
            self.course,
            QuizPage,
            nested_form_data(
                {
                    "title": "Toets",
                    "slug": "toets",
                    "intro": rich_text("<p>Test wat je weet.</p>"),
                    "fixed_questions": inline_formset([{"question": self.question.pk}]),
                    "draws": inline_formset([{"count": 2}]),
                    "pass_mark": "70",
                    "attempts_allowed": 0,
                    "cooldown_minutes": 0,
                    "shuffle_choices": "on",
                    "feedback_timing": "each",
                }
            ),
        )

    def test_quiz_preview_shows_every_question_with_answers(self):
        """Previewing a quiz in the admin lists its questions with the right answers."""
        quiz = QuizPageFactory(parent=self.course, questions=[self.question, self.path_question])
        response = quiz.make_preview_request(preview_mode="questions")
        response.render()
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("Ik schrijf op wat ik zie en overleg", html)
        self.assertIn("Met een onafhankelijke tolk", html)
        self.assertIn("einde, 100 punten", html)

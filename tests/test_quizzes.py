import re
from datetime import timedelta
from fractions import Fraction
from types import SimpleNamespace

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts.factories import UserFactory
from courses.models import Enrolment
from courses.services import complete_lesson, course_progress
from quizzes.factories import PathQuestionFactory, QuestionFactory, QuizPageFactory
from quizzes.models import Answer, Attempt, Question
from quizzes.scoring import attempt_percentage, has_passed, score_choices
from quizzes.services import QuizError, answer_question, start_attempt
from quizzes.snapshots import QuestionSnapshot


def choice_key(attempt, position, text):
    question = attempt.questions[position - 1]
    options = question["choices"] or [c for step in question["steps"] for c in step["choices"]]
    return next(option["key"] for option in options if option["text"] == text)


def post_answer(client, attempt, position, *texts, step=None):
    data = {"choice": [choice_key(attempt, position, text) for text in texts]}
    if step:
        data["step"] = step
    return client.post(reverse("quizzes:question", args=[attempt.uuid, position]), data)


@pytest.fixture
def quiz(catalogue):
    single = QuestionFactory(title="Huisbezoek")
    multiple = QuestionFactory(
        title="Welke signalen?",
        kind=Question.Kind.MULTIPLE,
        prompt="Welke van deze zijn signalen?",
        choices=[
            ("Slaapt op het werk", True),
            ("Paspoort bij de baas", True),
            ("Heeft een fiets", False),
            ("Gaat graag sporten", False),
        ],
    )
    path = PathQuestionFactory(title="Gesprek")
    page = QuizPageFactory(parent=catalogue.social, questions=[single, multiple, path])
    return SimpleNamespace(page=page, single=single, multiple=multiple, path=path)


def answer_all(
    client,
    attempt,
    single="Ik schrijf op wat ik zie en overleg",
    multiple=("Slaapt op het werk", "Paspoort bij de baas"),
    path=("Apart gaan praten", "Met een onafhankelijke tolk"),
):
    post_answer(client, attempt, 1, single)
    post_answer(client, attempt, 2, *multiple)
    post_answer(client, attempt, 3, path[0], step="start")
    if len(path) > 1:
        post_answer(client, attempt, 3, path[1], step="apart")


@pytest.mark.django_db
class TestScoring:
    def test_single_choice_is_all_or_nothing(self):
        """Single choice: the right choice scores 1, any other 0."""
        choices = [{"key": "a", "correct": True}, {"key": "b", "correct": False}]
        question = QuestionSnapshot({"kind": "single", "choices": choices})
        assert score_choices(question, ["a"]) == 1
        assert score_choices(question, ["b"]) == 0

    def test_multiple_choice_gives_credit_per_choice_judged_right(self):
        """Multiple choice: each choice judged correctly (ticked if right, open if wrong) earns a share."""
        question = QuestionSnapshot(
            {
                "kind": "multiple",
                "choices": [
                    {"key": k, "correct": c} for k, c in [("a", True), ("b", True), ("c", False), ("d", False)]
                ],
            }
        )
        assert score_choices(question, ["a", "b"]) == 1
        assert score_choices(question, ["a"]) == Fraction(3, 4)
        assert score_choices(question, ["a", "c"]) == Fraction(1, 2)
        assert score_choices(question, ["c", "d"]) == 0

    def test_pass_mark_edges(self):
        """69.9% fails a 70% pass mark; 70% passes."""
        assert not has_passed(Fraction(699, 10), 70)
        assert has_passed(Fraction(70), 70)
        assert has_passed(attempt_percentage([Fraction(1)] * 7 + [Fraction(0)] * 3), 70)
        assert not has_passed(attempt_percentage([Fraction(1)] * 7 + [Fraction(0)] * 3), "70.01")

    def test_decision_path_scores_the_end_reached(self, learner_client, learner, quiz):
        """The best path earns full marks, a reasonable one part, a harmful one none."""
        for route, expected in [
            (("Apart gaan praten", "Met een onafhankelijke tolk"), 1),
            (("Apart gaan praten", "Met de collega als tolk"), Fraction(1, 2)),
            (("De baas aanspreken",), 0),
        ]:
            Attempt.objects.filter(user=learner).delete()
            attempt = start_attempt(learner, quiz.page)
            post_answer(learner_client, attempt, 3, route[0], step="start")
            if len(route) > 1:
                post_answer(learner_client, attempt, 3, route[1], step="apart")
            assert Answer.objects.get(attempt=attempt, position=3).score == expected

    def test_full_attempt_is_graded_once_on_the_server(self, learner_client, learner, quiz):
        """Answering every question closes the attempt with its score and passed flag."""
        attempt = start_attempt(learner, quiz.page)
        answer_all(
            learner_client,
            attempt,
            multiple=("Slaapt op het werk",),
            path=("Apart gaan praten", "Met de collega als tolk"),
        )
        attempt.refresh_from_db()
        # (1 + 3/4 + 1/2) / 3 = 75%
        assert attempt.submitted_at is not None
        assert attempt.score == 75 and attempt.passed is True


@pytest.mark.django_db
class TestAttemptRules:
    def test_attempt_limit(self, learner, quiz):
        """With two attempts allowed, a third is refused with a message."""
        quiz.page.attempts_allowed = 2
        quiz.page.save()
        for _ in range(2):
            attempt = start_attempt(learner, quiz.page)
            Attempt.objects.filter(pk=attempt.pk).update(submitted_at=timezone.now(), passed=False, score=0)
        with pytest.raises(QuizError) as refused:
            start_attempt(learner, quiz.page)
        assert "alle 2 pogingen gebruikt" in refused.value.message
        assert Attempt.objects.filter(user=learner).count() == 2

    def test_attempt_limit_starts_again_after_a_pass(self, learner, quiz):
        """The limit counts attempts since the last pass, so a learner can renew after expiry."""
        quiz.page.attempts_allowed = 1
        quiz.page.save()
        attempt = start_attempt(learner, quiz.page)
        Attempt.objects.filter(pk=attempt.pk).update(submitted_at=timezone.now(), passed=True, score=100)
        assert start_attempt(learner, quiz.page).number == 2

    def test_cooldown_says_when_the_next_attempt_is_possible(self, learner, quiz, monkeypatch):
        """After a failed attempt the cool-down refuses a new one, naming the time; after it, a new one starts."""
        quiz.page.cooldown_minutes = 60
        quiz.page.save()
        attempt = start_attempt(learner, quiz.page)
        finished = timezone.now()
        Attempt.objects.filter(pk=attempt.pk).update(submitted_at=finished, passed=False, score=0)
        with pytest.raises(QuizError) as refused:
            start_attempt(learner, quiz.page, now=finished + timedelta(minutes=59))
        assert "Je kunt het opnieuw proberen vanaf" in refused.value.message
        assert timezone.localtime(finished + timedelta(minutes=60)).strftime("%H:%M") in refused.value.message
        assert start_attempt(learner, quiz.page, now=finished + timedelta(minutes=61)).number == 2

    def test_one_open_attempt_per_learner(self, learner, quiz):
        """Starting twice resumes the open attempt instead of opening a second."""
        assert start_attempt(learner, quiz.page) == start_attempt(learner, quiz.page)
        assert Attempt.objects.filter(user=learner, submitted_at__isnull=True).count() == 1

    def test_resume_after_leaving(self, learner_client, learner, quiz):
        """Answers are saved as they are given: coming back opens the first unanswered question."""
        learner_client.post(reverse("quizzes:start", args=[quiz.page.pk]))
        attempt = Attempt.objects.get(user=learner)
        post_answer(learner_client, attempt, 1, "Ik schrijf op wat ik zie en overleg")
        learner_client.logout()
        learner_client.force_login(learner)
        response = learner_client.post(reverse("quizzes:start", args=[quiz.page.pk]))
        assert response["Location"] == reverse("quizzes:question", args=[attempt.uuid, 2])
        assert Answer.objects.get(attempt=attempt, position=1).completed

    def test_snapshot_unchanged_after_question_edit(self, learner_client, learner, quiz):
        """Editing a question later does not change what a past attempt asked or how it was graded."""
        attempt = start_attempt(learner, quiz.page)
        answer_all(learner_client, attempt)
        quiz.single.scenario = "<p>Iets heel anders.</p>"
        quiz.single.save()
        right = quiz.single.choices.get(is_correct=True)
        right.is_correct = False
        right.text = "Nieuwe tekst"
        right.save()
        attempt.refresh_from_db()
        html = learner_client.get(reverse("quizzes:result", args=[attempt.uuid])).content.decode()
        assert "Bij een huisbezoek zie je acht matrassen" in html and "Iets heel anders" not in html
        assert attempt.score == 100
        assert attempt.questions[0]["choices"][0]["correct"] is True


@pytest.mark.django_db
class TestBadInput:
    def test_choice_from_another_question_is_refused(self, learner_client, learner, quiz):
        """A key from question 2 posted to question 1 gets 400 and a message; nothing is stored."""
        attempt = start_attempt(learner, quiz.page)
        other = choice_key(attempt, 2, "Slaapt op het werk")
        response = learner_client.post(reverse("quizzes:question", args=[attempt.uuid, 1]), {"choice": other})
        assert response.status_code == 400
        assert "hoort niet bij deze vraag" in response.content.decode()
        assert not Answer.objects.exists()

    def test_two_options_for_a_single_choice_question_are_refused(self, learner_client, learner, quiz):
        """A form made by hand with two options for a one-answer question (or one step of a decision path) gets
        400 and a message; nothing is stored (before, the last option silently counted)."""
        attempt = start_attempt(learner, quiz.page)
        response = post_answer(learner_client, attempt, 1, "Ik schrijf op wat ik zie en overleg", "Ik doe niets")
        assert response.status_code == 400
        assert "Kies één antwoord." in response.content.decode()
        both_steps = ("Apart gaan praten", "De baas aanspreken")
        response = post_answer(learner_client, attempt, 3, *both_steps, step="start")
        assert response.status_code == 400
        assert not Answer.objects.exists()
        assert post_answer(learner_client, attempt, 1, "Ik doe niets").status_code == 302

    def test_missing_answer_is_refused(self, learner_client, learner, quiz):
        """Submitting without a choice gets 400 "Kies een antwoord"."""
        attempt = start_attempt(learner, quiz.page)
        response = learner_client.post(reverse("quizzes:question", args=[attempt.uuid, 1]), {})
        assert response.status_code == 400
        assert "Kies een antwoord." in response.content.decode()
        assert not Answer.objects.exists()

    def test_another_learners_attempt_is_unknown(self, client, learner, quiz):
        """Someone else's attempt answers 404 for reading and writing."""
        attempt = start_attempt(learner, quiz.page)
        client.force_login(UserFactory())
        key = choice_key(attempt, 1, "Ik doe niets")
        assert client.get(reverse("quizzes:question", args=[attempt.uuid, 1])).status_code == 404
        assert client.post(reverse("quizzes:question", args=[attempt.uuid, 1]), {"choice": key}).status_code == 404
        assert client.get(reverse("quizzes:result", args=[attempt.uuid])).status_code == 404
        assert not Answer.objects.exists()

    def test_question_not_in_attempt(self, learner_client, learner, quiz):
        """Question 99 of a three-question attempt is a 404."""
        attempt = start_attempt(learner, quiz.page)
        assert (
            learner_client.post(reverse("quizzes:question", args=[attempt.uuid, 99]), {"choice": "x"}).status_code
            == 404
        )

    def test_an_attempt_removed_while_answering_is_a_404_and_stores_nothing(self, learner, quiz):
        """The attempt was read, then erased (the learner's data removed) before the answer's lock: a 404 with a
        message, not a server error, and no answer without its attempt."""
        attempt = start_attempt(learner, quiz.page)
        Attempt.objects.filter(pk=attempt.pk).delete()
        with pytest.raises(QuizError) as refused:
            answer_question(attempt, 1, {"choice": attempt.questions[0]["choices"][0]["key"]})
        assert refused.value.status == 404 and str(refused.value.message) == "Deze poging bestaat niet."
        assert not Answer.objects.exists()

    def test_an_answer_after_the_attempt_was_handed_in_elsewhere_is_refused(self, learner_client, learner, quiz):
        """The attempt was read open, then closed in another tab before the lock: 409, nothing changed."""
        attempt = start_attempt(learner, quiz.page)
        Attempt.objects.filter(pk=attempt.pk).update(submitted_at=timezone.now(), score=0, passed=False)
        with pytest.raises(QuizError) as refused:
            answer_question(attempt, 1, {"choice": attempt.questions[0]["choices"][0]["key"]})
        assert refused.value.status == 409
        assert not Answer.objects.filter(attempt=attempt).exists()

    def test_double_submit_keeps_the_first_answer(self, learner_client, learner, quiz):
        """A replayed answer is refused with 409 and the first answer stands."""
        attempt = start_attempt(learner, quiz.page)
        assert post_answer(learner_client, attempt, 1, "Ik schrijf op wat ik zie en overleg").status_code == 302
        response = post_answer(learner_client, attempt, 1, "Ik doe niets")
        assert response.status_code == 409
        assert "Je eerste antwoord telt" in response.content.decode()
        assert Answer.objects.get(attempt=attempt, position=1).score == 1

    def test_replayed_path_step_is_refused(self, learner_client, learner, quiz):
        """Posting the first step of a decision path again after moving on is refused."""
        attempt = start_attempt(learner, quiz.page)
        post_answer(learner_client, attempt, 3, "Apart gaan praten", step="start")
        response = post_answer(learner_client, attempt, 3, "De baas aanspreken", step="start")
        assert response.status_code == 409 and "Je eerste keuze telt" in response.content.decode()
        assert Answer.objects.get(attempt=attempt, position=3).path == [
            {"step": "start", "choice": choice_key(attempt, 3, "Apart gaan praten")}
        ]

    @pytest.mark.parametrize("step", ["nope", "a\x00b", "x" * 10_000, "<script>alert(1)</script>", "apart"])
    def test_a_tampered_path_step_is_not_an_answer(self, learner_client, learner, quiz, step):
        """A step that is not this question's current or an already chosen one is a 400, not "already chosen"."""
        attempt = start_attempt(learner, quiz.page)
        response = post_answer(learner_client, attempt, 3, "Apart gaan praten", step=step)
        html = response.content.decode()
        assert response.status_code == 400 and "Dit antwoord hoort niet bij deze vraag." in html
        assert "Je eerste keuze telt" not in html and "<script>alert" not in html
        assert not Answer.objects.filter(attempt=attempt).exists()

    def test_answer_after_submission_is_refused_and_graded_once(self, learner_client, learner, quiz):
        """After the last answer the attempt is closed: a late or replayed answer is 409 and the grade stays."""
        attempt = start_attempt(learner, quiz.page)
        answer_all(learner_client, attempt)
        attempt.refresh_from_db()
        graded_at, score = attempt.submitted_at, attempt.score
        response = post_answer(learner_client, attempt, 3, "Met de collega als tolk", step="apart")
        assert response.status_code == 409
        assert "al ingeleverd" in response.content.decode()
        attempt.refresh_from_db()
        assert (attempt.submitted_at, attempt.score) == (graded_at, score)
        assert Attempt.objects.filter(user=learner, submitted_at__isnull=False).count() == 1

    def test_direct_service_call_refuses_unknown_position(self, learner, quiz):
        """The service itself refuses a position outside the attempt."""
        attempt = start_attempt(learner, quiz.page)
        with pytest.raises(QuizError):
            answer_question(attempt, 0, {"choice": "x"})


@pytest.mark.django_db
class TestNothingLeaksBeforeAnswering:
    def test_question_pages_reveal_no_right_answer(self, learner_client, learner, quiz):
        """Before answering, a question page holds no feedback, explanation or sign of which choice is right."""
        attempt = start_attempt(learner, quiz.page)
        for position in (1, 2, 3):
            html = learner_client.get(reverse("quizzes:question", args=[attempt.uuid, position])).content.decode()
            for leak in [
                "Uitleg bij:",
                "Feedback:",
                "Overbewoning en wonen via de werkgever",
                "Einde:",
                "correct",
                "lk-review__choice--correct",
                "end_score",
                "jouw keuze",
            ]:
                assert leak not in html, (position, leak)
        # The second step of the decision path is not on the page either.
        assert (
            "Met een onafhankelijke tolk"
            not in learner_client.get(reverse("quizzes:question", args=[attempt.uuid, 3])).content.decode()
        )

    def test_choice_keys_are_random_per_attempt(self, learner, quiz):
        """Choice keys are random per attempt, so their value or order says nothing about which is right."""
        first = start_attempt(learner, quiz.page)
        Attempt.objects.filter(pk=first.pk).update(submitted_at=timezone.now(), passed=False, score=0)
        second = start_attempt(learner, quiz.page)
        keys = [[c["key"] for c in attempt.questions[0]["choices"]] for attempt in (first, second)]
        assert not set(keys[0]) & set(keys[1])

    def test_feedback_appears_after_answering(self, learner_client, learner, quiz):
        """After answering, the learner sees the feedback for their choice, the explanation and the lesson link."""
        attempt = start_attempt(learner, quiz.page)
        post_answer(learner_client, attempt, 1, "Ik spreek de huisbaas aan")
        html = learner_client.get(reverse("quizzes:question", args=[attempt.uuid, 1])).content.decode()
        assert "Uitleg bij: Ik spreek de huisbaas aan" in html
        assert "Overbewoning en wonen via de werkgever" in html

    def test_a_path_ended_early_shows_the_rest_of_the_story_before_the_explanation(self, learner_client, learner, quiz):
        """A route that ended at the first step never read the later situations, yet the explanation speaks of
        them ("een paspoort bij de eigenares"): the feedback first shows how the story went on along the best
        route. A learner who walked the whole best route reads nothing twice."""
        attempt = start_attempt(learner, quiz.page)
        post_answer(learner_client, attempt, 3, "De baas aanspreken", step="start")
        html = learner_client.get(reverse("quizzes:question", args=[attempt.uuid, 3])).content.decode()
        assert "Op de beste route ging het gesprek nog verder:" in html
        assert html.index("Je praat apart met de man.") < html.index("Overbewoning en wonen via de werkgever")

        again = start_attempt(UserFactory(), quiz.page)
        client = learner_client.__class__()
        client.force_login(again.user)
        post_answer(client, again, 3, "Apart gaan praten", step="start")
        post_answer(client, again, 3, "Met een onafhankelijke tolk", step="apart")
        html = client.get(reverse("quizzes:question", args=[again.uuid, 3])).content.decode()
        assert "Op de beste route ging het gesprek nog verder:" not in html
        assert "Overbewoning en wonen via de werkgever" in html


@pytest.mark.django_db
class TestCompletion:
    def test_module_completes_only_with_lessons_and_passed_quiz(self, learner_client, learner, quiz, catalogue):
        """All lessons done is not enough while the quiz is not passed; passing completes the module."""
        for lesson in catalogue.social_lessons:
            complete_lesson(learner, lesson)
        progress = course_progress(learner, catalogue.social)
        assert progress.lessons_done and not progress.completed
        assert Enrolment.objects.get(user=learner, course=catalogue.social).completed_at is None
        attempt = start_attempt(learner, quiz.page)
        answer_all(learner_client, attempt)
        assert course_progress(learner, catalogue.social).completed
        assert Enrolment.objects.get(user=learner, course=catalogue.social).completed_at is not None
        html = learner_client.get(reverse("courses:dashboard")).content.decode()
        assert "Toets: gehaald." in html and "Module afgerond." in html

    def test_failed_result_shows_what_to_revisit(self, learner_client, learner, quiz):
        """Below the pass mark the result names the missed signals and offers a retry."""
        attempt = start_attempt(learner, quiz.page)
        answer_all(
            learner_client, attempt, single="Ik doe niets", multiple=("Heeft een fiets",), path=("De baas aanspreken",)
        )
        html = learner_client.get(reverse("quizzes:result", args=[attempt.uuid])).content.decode()
        assert "Je bent nog niet geslaagd." in html
        assert "Signalen die je miste" in html and "Huisvesting" in html
        assert "Probeer het opnieuw" in html

    def test_quiz_page_needs_login(self, client, quiz):
        """The quiz is for signed-in learners."""
        response = client.get(quiz.page.url)
        assert response.status_code == 302 and "/account/login/" in response["Location"]


def count(client, method, url, data=None):
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url, data or {})
    assert response.status_code in (200, 302), response.status_code
    return len(queries)


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_questions_and_choices(client, catalogue):
    """A question page and an answer submission cost the same queries for 3 or 15 questions with 3 or 8 choices."""
    measured = []
    for n_questions, n_choices in [(3, 3), (15, 8)]:
        learner = UserFactory()
        client.force_login(learner)
        questions = [
            QuestionFactory(choices=[(f"Keuze {i}", i == 0) for i in range(n_choices)]) for _ in range(n_questions)
        ]
        quiz = QuizPageFactory(parent=catalogue.social, slug=f"toets-{n_questions}", questions=questions)
        attempt = start_attempt(learner, quiz)
        url = reverse("quizzes:question", args=[attempt.uuid, 1])
        client.get(url)  # warm per-process caches (site root paths) that are not about this page
        get_count = count(client, "get", url)
        post_count = count(client, "post", url, {"choice": choice_key(attempt, 1, "Keuze 0")})
        measured.append((get_count, post_count))
        quiz.delete()
    assert measured[0] == measured[1]


@pytest.mark.django_db(transaction=True)
def test_a_crash_while_grading_leaves_no_half_written_attempt(catalogue, monkeypatch):
    """If the process dies between storing the last answer and grading, nothing of that request remains."""
    from quizzes import services

    learner = UserFactory()
    quiz = QuizPageFactory(parent=catalogue.social, questions=[QuestionFactory()])
    attempt = start_attempt(learner, quiz)
    key = choice_key(attempt, 1, "Ik schrijf op wat ik zie en overleg")

    def worker_killed(attempt):
        raise SystemExit("worker killed")

    monkeypatch.setattr(services, "finish_attempt", worker_killed)
    with pytest.raises(SystemExit):
        answer_question(attempt, 1, {"choice": key})
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and not Answer.objects.filter(attempt=attempt).exists()
    monkeypatch.undo()
    answer_question(attempt, 1, {"choice": key})
    attempt.refresh_from_db()
    assert attempt.passed is True and Answer.objects.filter(attempt=attempt).count() == 1


@pytest.mark.django_db
class TestFeedbackInWords:
    def test_multiple_choice_verdict_per_question_and_per_option(self, learner_client, learner, quiz):
        """Ticking one of two right signals: "3 van 4 goed", and each option says whether the learner was right."""
        attempt = start_attempt(learner, quiz.page)
        post_answer(learner_client, attempt, 2, "Slaapt op het werk")
        html = learner_client.get(reverse("quizzes:question", args=[attempt.uuid, 2])).content.decode()
        assert "3 van 4 goed." in html
        assert html.count("jouw keuze: goed") == 1
        assert html.count("niet aangevinkt, maar dit klopt wel") == 1
        # The wrong options left open were judged right: no "niet goed" on them.
        assert html.count("terecht niet aangevinkt") == 2
        assert "jouw keuze: niet goed" not in html

    def test_single_choice_marks_the_right_answer_not_the_options_left_open(self, learner_client, learner, quiz):
        """A wrong pick on a single-choice question: the right answer is marked right ("dit was het goede
        antwoord", green), the pick wrong, and the other wrong option neutral, not "right" for being left open."""
        attempt = start_attempt(learner, quiz.page)
        post_answer(learner_client, attempt, 1, "Ik spreek de huisbaas aan")
        html = learner_client.get(reverse("quizzes:question", args=[attempt.uuid, 1])).content.decode()
        marks = {
            text: re.search(r"lk-review__choice--(right|wrong|neutral)", item).group(1)
            for item in html.split('<li class="lk-review__choice')[1:]
            for text in ("Ik schrijf op wat ik zie en overleg", "Ik spreek de huisbaas aan", "Ik doe niets")
            if text in item
        }
        assert marks == {
            "Ik schrijf op wat ik zie en overleg": "right",
            "Ik spreek de huisbaas aan": "wrong",
            "Ik doe niets": "neutral",
        }
        assert '<span class="lk-badge lk-badge--done">dit was het goede antwoord</span>' in html

    def test_result_page_folds_the_review_per_question(self, learner_client, learner, quiz):
        """The result page shows each question's verdict as a closed disclosure, its feedback inside it."""
        attempt = start_attempt(learner, quiz.page)
        answer_all(learner_client, attempt)
        html = learner_client.get(reverse("quizzes:result", args=[attempt.uuid])).content.decode()
        assert html.count('<details class="lk-review-question">') == 3
        assert '<details class="lk-review-question" open' not in html

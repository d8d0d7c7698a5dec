"""Learner records made with the code of an earlier release (run by `old_database.py` inside that release's
tree through `manage.py shell`): a passed quiz with its certificate, a briefing registration and a whole team
session with participants, their answers and a participant's certificate. Only public functions of that
release are used, the way its views used them."""

from django.contrib.auth import get_user_model
from django.db import transaction

from certificates.briefings import register
from certificates.models import BriefingSession
from courses.models import CoursePage
from courses.services import complete_lesson
from quizzes.models import QuizPage
from quizzes.services import answer_question, start_attempt
from quizzes.team_sessions import answer, end_session, join, next_question, open_first_question, reveal, start_session

User = get_user_model()


def best_choices(question, step=None):
    """The form data that answers best: the right choices, or the way to the highest end of a path."""
    if question["kind"] == "path":
        choice = max(step["choices"], key=lambda c: (c["end_score"] is None, c["end_score"] or 0))
        if choice["next_step"] and all(c["next_step"] for c in step["choices"]):
            choice = step["choices"][0]
        return {"choice": choice["key"], "step": step["key"]}
    right = [c["key"] for c in question["choices"] if c["correct"]]
    return {"choice": right if question["kind"] == "multiple" else right[0]}


def walk_path(question, record):
    """Answer a decision path step by step: prefer an end worth 100, else go on to the next step."""
    steps = {step["key"]: step for step in question["steps"]}
    step = question["steps"][0]
    for _ in range(len(steps) + 1):
        ends = [c for c in step["choices"] if not c["next_step"]]
        best_end = max(ends, key=lambda c: c["end_score"], default=None)
        if best_end is not None and best_end["end_score"] == 100:
            record({"choice": best_end["key"], "step": step["key"]})
            return
        going_on = next((c for c in step["choices"] if c["next_step"]), None)
        choice = going_on or best_end
        record({"choice": choice["key"], "step": step["key"]})
        if not choice["next_step"]:
            return
        step = steps[choice["next_step"]]


def answer_all(questions, record_at):
    for position, question in enumerate(questions, start=1):
        if question["kind"] == "path":
            walk_path(question, lambda data, position=position: record_at(position, data))
        else:
            record_at(position, best_choices(question))


learner = User.objects.get(email="learner@example.org")
facilitator = User.objects.get(email="begeleider@example.org")
quiz = QuizPage.objects.live().order_by("path").first()

with transaction.atomic():
    module = CoursePage.objects.parent_of(quiz).get()
    for lesson in module.lessons()[:2]:
        complete_lesson(learner, lesson)
    attempt = start_attempt(learner, quiz)
    answer_all(attempt.questions, lambda position, data: answer_question(attempt, position, data))
    attempt.refresh_from_db()
    assert attempt.passed, "the seeded attempt must pass"

    session = BriefingSession.objects.order_by("start").first()
    register(session, user=learner)

    team = start_session(facilitator, quiz, "Team migratietest")
    anna, _secret = join(team, "Anna", full_name="Anna de Boer", email="anna@example.org")
    bram, _secret = join(team, "Bram")
    participants = [anna, bram]
    open_first_question(team)
    for position, question in enumerate(team.questions, start=1):
        for participant in participants:
            if question["kind"] == "path":
                walk_path(question, lambda data, p=participant, n=position: answer(team, p, n, data))
            else:
                answer(team, participant, position, best_choices(question))
        reveal(team, position)
        if position < len(team.questions):
            next_question(team, position)
    end_session(team)

print("seeded")

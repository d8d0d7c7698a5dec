from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from briefings.services import upcoming_sessions
from certificates.issuing import valid_certificate
from home.errors import NotFound
from home.routing import accepts

from .forms import AnswerForm
from .models import Answer, QuizPage
from .services import (
    QuizError,
    answer_question,
    attempt_for,
    attempt_rules,
    first_open_position,
    result_summary,
    review_row,
    start_attempt,
)
from .snapshots import QuestionSnapshot, public_step


def _own_attempt(request, attempt_uuid):
    """The learner's own attempt (404 otherwise). While it is open, the learner must still be allowed to see
    its quiz (the page's view restrictions, e.g. a group they were taken out of): 403 otherwise. The result
    of a finished attempt stays theirs. No query while no page is private."""
    attempt = attempt_for(request.user, attempt_uuid)
    if attempt is None:
        raise NotFound(_("Deze poging bestaat niet."), reverse("courses:dashboard"), _("Naar je leeromgeving"))
    if attempt.is_open and not accepts(attempt.quiz, request):
        raise PermissionDenied
    return attempt


def _refused(request, error, attempt=None):
    return render(request, "quizzes/refused.html", {"message": error.message, "attempt": attempt}, status=error.status)


@require_POST
@login_required
def start(request, quiz_id):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    if not accepts(quiz, request) or not quiz.in_live_module:
        raise Http404
    try:
        attempt = start_attempt(request.user, quiz)
    except QuizError as error:
        messages.error(request, error.message)
        return redirect(quiz.url)
    answers = list(attempt.answers.all())
    return redirect("quizzes:question", attempt.uuid, first_open_position(attempt, answers) or 1)


@login_required
def resume(request, attempt_uuid):
    attempt = _own_attempt(request, attempt_uuid)
    if not attempt.is_open:
        return redirect("quizzes:result", attempt.uuid)
    position = first_open_position(attempt, list(attempt.answers.all())) or 1
    return redirect("quizzes:question", attempt.uuid, position)


@login_required
def question(request, attempt_uuid, position):
    attempt = _own_attempt(request, attempt_uuid)
    if not 1 <= position <= len(attempt.questions):
        raise NotFound(
            _("Deze vraag hoort niet bij deze poging."),
            reverse("quizzes:resume", args=[attempt.uuid]),
            _("Terug naar de toets"),
        )
    if request.method == "POST":
        try:
            answer_question(attempt, position, request.POST)
        except QuizError as error:
            return _refused_or_form(request, attempt, position, error)
        if attempt.quiz.feedback_timing == "end":
            return _next(attempt, position)
        return redirect(reverse("quizzes:question", args=[attempt.uuid, position]) + "#feedback")
    return _render_question(request, attempt, position)


def _next(attempt, position):
    answers = list(attempt.answers.all())
    current = next((a for a in answers if a.position == position), None)
    if current and not current.completed:
        return redirect("quizzes:question", attempt.uuid, position)
    if not attempt.is_open:
        return redirect("quizzes:result", attempt.uuid)
    return redirect("quizzes:question", attempt.uuid, first_open_position(attempt, answers) or position)


def _refused_or_form(request, attempt, position, error):
    if error.status == 400:
        return _render_question(request, attempt, position, error=error.message, status=400)
    return _refused(request, error, attempt)


def _render_question(request, attempt, position, error="", status=200):
    snapshot = QuestionSnapshot(attempt.questions[position - 1])
    answer = Answer.objects.filter(attempt=attempt, position=position).first()
    show_feedback = attempt.quiz.feedback_timing == "each" or not attempt.is_open
    step = None
    form = None
    if snapshot.is_path:
        step = snapshot.current_step(answer)
    answered = answer is not None and answer.completed
    if attempt.is_open and not answered:
        form = AnswerForm(snapshot, step=step, invalid=bool(error))
    elif not attempt.is_open and not answered:
        return redirect("quizzes:result", attempt.uuid)
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "position": position,
        "total": len(attempt.questions),
        "question": snapshot.public_view(),
        "step": public_step(step) if step else None,
        "form": form,
        "error": error,
        "answered": answered,
        "show_feedback": show_feedback,
        # Feedback only for what has been answered: the review never includes an unanswered question.
        "review": review_row(snapshot, answer) if answer and show_feedback else None,
        "next_url": _next_url(attempt, position),
    }
    return render(request, "quizzes/question.html", context, status=status)


def _next_url(attempt, position):
    if not attempt.is_open:
        return reverse("quizzes:result", args=[attempt.uuid])
    return reverse("quizzes:resume", args=[attempt.uuid])


def _certificate_for(attempt, learner):
    """The learner's valid certificate for the attempt's module, if the attempt passed (else None)."""
    if not attempt.passed:
        return None
    module = attempt.quiz.module  # from the cache of module structures; the attempt's own module if it moved
    return valid_certificate(
        learner, module if module is not None and module.pk == attempt.course_id else attempt.course
    )


def _upcoming_sessions(user):

    return list(upcoming_sessions(user, seats=False)[:3])


@login_required
def result(request, attempt_uuid):
    attempt = _own_attempt(request, attempt_uuid)
    if attempt.is_open:
        messages.info(request, _("Je bent nog niet klaar met deze toets."))
        return redirect("quizzes:resume", attempt.uuid)
    answers = list(attempt.answers.all())
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "certificate": _certificate_for(attempt, request.user),
        "upcoming_sessions": _upcoming_sessions(request.user) if attempt.passed else [],
        "summary": result_summary(attempt, answers),
        "rules": attempt_rules(request.user, attempt.quiz),
    }
    return render(request, "quizzes/result.html", context)

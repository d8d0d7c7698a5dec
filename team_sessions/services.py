"""Team sessions: a facilitator paces a quiz on a big screen while the team answers on phones (or together).

All state is in the database (the session's stage and position, the answers), so any app server can serve
any phone or presenter. Pacing and answering lock the session row, so an answer is taken only while its
question is open: once the facilitator reveals, a late answer is refused and the tally no longer changes.
Views call these functions; a rule that says no raises TeamSessionError with a message for the person.
"""

import hashlib
import random
import secrets
from collections import Counter
from datetime import timedelta
from fractions import Fraction

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, module_path
from home.errors import RuleRefused
from home.models import OutgoingEmail
from quizzes.models import QuizPage
from quizzes.scoring import as_decimal, attempt_percentage, has_passed
from quizzes.services import PREVIEW_SEED as GUIDE_SEED
from quizzes.services import QuizError, build_snapshot, record_choice, scores_for

from .models import Participant, SessionAnswer, TeamSession

Stage = TeamSession.Stage


def one_screen_message():
    return _("In deze sessie antwoordt het team samen op het grote scherm. Je hoeft niet mee te doen op je telefoon.")


class TeamSessionError(RuleRefused):
    """A team-session rule refused the request (session ended or full, answer too late, wrong step)."""


def can_facilitate(user):
    return user.is_authenticated and user.has_perm("team_sessions.add_teamsession")


def sessions_run_by(user):
    """The sessions a facilitator may present: their own; coordinators (change permission) see all."""
    sessions = TeamSession.objects.select_related("facilitator")
    if user.has_perm("team_sessions.change_teamsession"):
        return sessions
    return sessions.filter(facilitator=user)


def quizzes_to_run():
    """Live quizzes a team session can use, with their module, in catalogue order."""
    quizzes = list(QuizPage.objects.live().public().order_by("path"))
    parent_paths = {module_path(quiz.path) for quiz in quizzes}
    courses = {course.path: course for course in CoursePage.objects.filter(path__in=parent_paths)}
    return [(quiz, courses.get(module_path(quiz.path))) for quiz in quizzes]


def start_session(facilitator, quiz, group_name, mode=TeamSession.Mode.PHONES):
    """Freeze the quiz's questions for the session. Random draws use the same fixed seed as the editors'
    preview and the facilitator guide, so the facilitator can prepare exactly the questions the team gets."""
    snapshot = build_snapshot(quiz, rng=random.Random(GUIDE_SEED))
    if not snapshot:
        raise TeamSessionError(_("Deze toets heeft nog geen vragen."), status=409)
    course = quiz.module
    for _attempt in range(20):
        try:
            with transaction.atomic():
                return TeamSession.objects.create(
                    quiz=quiz,
                    course=course,
                    course_title=course.title if course else quiz.title,
                    group_name=group_name,
                    facilitator=facilitator,
                    organisation=getattr(facilitator, "organisation", None),
                    mode=mode,
                    questions=snapshot,
                    pass_mark=quiz.pass_mark,
                )
        except IntegrityError:
            continue  # the random join code was taken; draw another
    raise TeamSessionError(_("Er is nu geen vrije deelnamecode. Probeer het zo nog eens."), status=503)


# Phones and seats


def seat_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def join(session, display_name, full_name="", email="", user=None):
    """Take a seat. Returns the participant and the seat's secret for the phone's cookie."""
    with transaction.atomic():
        locked = TeamSession.objects.select_for_update().get(pk=session.pk)
        if locked.has_ended:
            raise TeamSessionError(_("Deze teamsessie is afgelopen. Meedoen kan niet meer."), status=410)
        if locked.is_one_screen:
            raise TeamSessionError(
                one_screen_message(),
                status=409,
            )
        if locked.participants.count() >= locked.capacity:
            raise TeamSessionError(
                _("Deze teamsessie is vol (%(n)d deelnemers). Kijk mee op het scherm van iemand anders.")
                % {"n": locked.capacity},
                status=409,
            )
        token = secrets.token_urlsafe(32)
        participant = Participant.objects.create(
            session=locked,
            seat_hash=seat_hash(token),
            display_name=display_name,
            full_name=full_name,
            email=email,
            user=user if user is not None and user.is_authenticated else None,
        )
    return participant, token


def participant_for(session, token):
    """The participant whose phone holds this seat's secret, or None."""
    if not token:
        return None
    return Participant.objects.filter(session=session, seat_hash=seat_hash(token)).first()


def _refuse_late(locked, position):
    if locked.has_ended:
        raise TeamSessionError(_("De teamsessie is afgelopen. Je antwoord is niet meer meegeteld."), status=409)
    if locked.position != position or locked.stage != Stage.QUESTION:
        if locked.position == position and locked.stage == Stage.REVEALED:
            message = _("Het antwoord is al getoond. Je antwoord telt niet meer mee.")
        else:
            message = _("Deze vraag is niet meer open. Kijk op het scherm bij welke vraag de groep is.")
        raise TeamSessionError(message, status=409)


def answer(session, participant, position, form_data):
    """A phone's answer to the open question (for a decision path: one step). Only the open question counts."""
    return _record(session, participant, position, form_data)


def team_answer(session, position, form_data):
    """One-screen mode: the answer the team agreed on; once complete, the question is revealed."""
    return _record(session, None, position, form_data)


def _record(session, participant, position, form_data):
    with transaction.atomic():
        locked = TeamSession.objects.select_for_update().get(pk=session.pk)
        _refuse_late(locked, position)
        question = locked.current_question
        existing = SessionAnswer.objects.filter(session=locked, participant=participant, position=position).first()
        answer = existing or SessionAnswer(session=locked, participant=participant, position=position)
        try:
            record_choice(question, answer, form_data)
        except QuizError as error:
            raise TeamSessionError(error.message, status=error.status) from error
        answer.save()
        if participant is None and answer.completed:
            TeamSession.objects.filter(pk=locked.pk).update(stage=Stage.REVEALED)
    session.refresh_from_db()
    return answer


# Pacing by the facilitator. Each move names the stage and question it expects, so a double click or a
# second presenter tab moves the session once.


def _move(session, expected_stage, expected_position, **changes):
    with transaction.atomic():
        moved = TeamSession.objects.filter(pk=session.pk, stage=expected_stage, position=expected_position).update(
            **changes
        )
    session.refresh_from_db()
    return moved == 1


def open_first_question(session):
    return _move(session, Stage.LOBBY, 0, stage=Stage.QUESTION, position=1)


def reveal(session, position):
    if session.is_one_screen:
        raise TeamSessionError(_("Geef eerst het antwoord van het team."), status=409)
    return _move(session, Stage.QUESTION, position, stage=Stage.REVEALED)


def next_question(session, position):
    if position >= len(session.questions):
        raise TeamSessionError(_("Dit was de laatste vraag. Rond de sessie af."), status=409)
    return _move(session, Stage.REVEALED, position, stage=Stage.QUESTION, position=position + 1)


def remove_participant(session, participant_id):
    """Take someone off the session (and their answers); their phone gets the join form again.
    Returns the removed display name, or None when there is no such participant in this session."""
    try:
        participant = Participant.objects.get(session=session, pk=int(participant_id))
    except (TypeError, ValueError, Participant.DoesNotExist):
        return None
    if session.has_ended:
        return None
    participant.delete()
    return participant.display_name


# Figures for the screens


def unasked_count(session):
    """Questions the group has not seen yet; ending now counts them as not answered."""
    if session.stage == Stage.LOBBY:
        return len(session.questions)
    return len(session.questions) - session.position


def answered_count(session):
    """How many participants finished the current question (one query)."""
    return SessionAnswer.objects.filter(
        session=session, position=session.position, participant__isnull=False, completed=True
    ).count()


def choice_letter(index):
    """A, B, C … for the 0-based `index` of a choice; past Z the number (27, 28 …)."""
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def lettered_steps(steps):
    """The steps of a decision path with the labels the room uses: one lettering on every screen.

    `steps` is the snapshot's list of step dicts. Returns copies: each step gets `number` (1, 2 …) and
    `title` ("Stap 1"); each choice gets `label`, the step number and its letter ("1A", "2C", the same on
    the question screen, the reveal and the facilitator guide, so "1C" never changes meaning), and
    `next_title`, the human title of the step it leads to ("" for an end). Internal step keys stay hidden.
    """
    numbers = {step["key"]: number for number, step in enumerate(steps, start=1)}
    lettered = []
    for number, step in enumerate(steps, start=1):
        choices = [
            {
                **choice,
                "label": f"{number}{choice_letter(index)}",
                "next_title": _("Stap %(number)s") % {"number": numbers[choice["next_step"]]}
                if choice.get("next_step") in numbers
                else "",
            }
            for index, choice in enumerate(step["choices"])
        ]
        title = _("Stap %(number)s") % {"number": number}
        lettered.append({**step, "number": number, "title": title, "choices": choices})
    return lettered


def distribution(session, position):
    """For the reveal: per choice (or, for a decision path, per end) how many picked it, right or not."""
    question = session.question_at(position)
    answers = SessionAnswer.objects.filter(session=session, position=position, completed=True)
    if session.is_one_screen:
        answers = answers.filter(participant__isnull=True)
    else:
        answers = answers.filter(participant__isnull=False)
    picked = Counter()
    total = 0
    for chosen in answers.values_list("chosen", flat=True):
        total += 1
        if question.is_path:
            picked[chosen[-1]] += 1
        else:
            picked.update(set(chosen))
    if question.is_path:
        # Each end keeps the label it has as a choice in its step ("2B"), as on the question screen.
        options = [
            {**choice, "correct": choice["end_score"] == 100, "letter": choice["label"]}
            for step in lettered_steps(question.steps)
            for choice in step["choices"]
            if not choice.get("next_step")
        ]
    else:
        options = [{**choice, "letter": choice_letter(number)} for number, choice in enumerate(question.choices)]
    rows = []
    for option in options:
        count = picked.get(option["key"], 0)
        rows.append(
            {
                "letter": option["letter"],
                "text": option["text"],
                "correct": option["correct"],
                "feedback": option.get("end_explanation") or option["feedback"],
                "end_score": option.get("end_score"),
                "count": count,
                "percent": round(count * 100 / total) if total else 0,
            }
        )
    return {"rows": rows, "total": total}


# Ending


def end_session(session, attendees=()):
    """Close the session: score everyone, keep the summary, issue certificates to those who passed.

    In one-screen mode `attendees` are the people present (dicts with full_name and email); each is
    credited with the team's answers. Ending twice changes nothing.
    """
    from certificates.issuing import issue_participant_certificate

    with transaction.atomic():
        locked = TeamSession.objects.select_for_update().get(pk=session.pk)
        if locked.has_ended:
            session.refresh_from_db()
            return False
        if locked.is_one_screen:
            Participant.objects.bulk_create(
                Participant(
                    session=locked,
                    display_name=person["full_name"][:60],
                    full_name=person["full_name"],
                    email=person.get("email", ""),
                )
                for person in attendees
            )
        participants = list(locked.participants.all())
        answers = list(SessionAnswer.objects.filter(session=locked, completed=True))
        team_answers = [a for a in answers if a.participant_id is None]
        by_participant = {}
        for item in answers:
            if item.participant_id is not None:
                by_participant.setdefault(item.participant_id, []).append(item)
        percentages = []
        for participant in participants:
            own = team_answers if locked.is_one_screen else by_participant.get(participant.pk, [])
            percentage = attempt_percentage(scores_for(locked.questions, own))
            percentages.append(percentage)
            participant.score = as_decimal(percentage)
            participant.passed = has_passed(percentage, locked.pass_mark)
        Participant.objects.bulk_update(participants, ["score", "passed"])
        locked.results = question_results(locked, answers)
        locked.stage = Stage.ENDED
        locked.ended_at = timezone.now()
        locked.participant_count = len(participants)
        locked.passed_count = sum(1 for p in participants if p.passed)
        locked.average_score = as_decimal(sum(percentages, Fraction(0)) / len(percentages)) if percentages else None
        locked.save(
            update_fields=["stage", "ended_at", "participant_count", "passed_count", "average_score", "results"]
        )
        for participant in participants:
            if participant.passed and (participant.email or participant.user_id):
                issue_participant_certificate(participant, locked)
    session.refresh_from_db()
    return True


def question_results(session, answers):
    """Per question how many answered and the share right, from the finished answers that count (the
    phones', or the team's in one-screen mode). Kept on the session, so it survives the purge."""
    per_position = {}
    for item in answers:
        if (item.participant_id is None) == session.is_one_screen and item.completed:
            per_position.setdefault(item.position, []).append(item.score)
    results = []
    for position in range(1, len(session.questions) + 1):
        question = session.question_at(position)
        scores = per_position.get(position, [])
        right = sum(scores) / len(scores) if scores else None
        results.append(
            {
                "position": position,
                "title": question.title,
                "answered": len(scores),
                "percent_right": round(right * 100) if right is not None else None,
            }
        )
    return results


def summary(session):
    """After the session: everyone's score and certificate, and the questions missed most (lowest share
    right first)."""
    from certificates.models import Certificate

    certified = Certificate.objects.filter(participant=OuterRef("pk"))
    participants = list(
        session.participants.select_related("user")
        .annotate(has_certificate=Exists(certified))
        .order_by("-score", "display_name")
    )
    questions = session.results
    missed = sorted((q for q in questions if q["answered"]), key=lambda q: (q["percent_right"], q["position"]))
    return {
        "participants": participants,
        "questions": questions,
        "most_missed": [q for q in missed if q["percent_right"] < 100][:3],
    }


# Privacy


def purge_participants(now=None):
    """Delete participants without an account (and their answers) of sessions older than the retention
    period. Certificates stay; so do the session's counts and the team's answers in one-screen mode."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.TEAM_SESSION_RETENTION_DAYS)
    sessions = TeamSession.objects.filter(purged_at__isnull=True).filter(
        Q(ended_at__lt=cutoff) | Q(ended_at__isnull=True, created_at__lt=cutoff)
    )
    removed = 0
    for session in sessions:
        with transaction.atomic():
            gone = Participant.objects.filter(session=session, user__isnull=True)
            emails = [email for email in gone.values_list("email", flat=True) if email]
            removed += gone.delete()[1].get(Participant._meta.label, 0)
            # The certificate e-mails sent to them hold name and address too.
            OutgoingEmail.objects.filter(to__in=emails, created_at__lt=cutoff).delete()
            if not session.has_ended:
                session.stage = Stage.ENDED
                session.ended_at = now
            session.purged_at = now
            session.save(update_fields=["stage", "ended_at", "purged_at"])
    return removed

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
from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

from certificates.issuing import issue_participant_certificate
from certificates.models import Certificate
from certificates.notifications import send_certificate_email
from courses.models import CoursePage, module_path
from home.errors import RuleRefused
from home.models import OutgoingEmail
from home.names import is_invisible
from quizzes.models import QuizPage
from quizzes.scoring import as_decimal, attempt_percentage, has_passed
from quizzes.services import PREVIEW_SEED as GUIDE_SEED
from quizzes.services import QuizError, build_snapshot, record_choice, scores_for

from .claims import record_completion
from .models import TIMER_CHOICES, Participant, SessionAnswer, TeamSession

Stage = TeamSession.Stage


def one_screen_message():
    return _("In deze sessie antwoordt het team samen op het grote scherm. Je hoeft niet mee te doen op je telefoon.")


class TeamSessionError(RuleRefused):
    """A team-session rule refused the request (session ended or full, answer too late, wrong step)."""


class NameTaken(TeamSessionError):
    """Someone else in the session already shows this name on the big screen (status 400: the join form
    shows the message at the name field)."""


class AlreadyCounted(TeamSessionError):
    """This phone answered the question (or chose at this step of a decision path) before: in a second tab,
    after the back button, or a double tap. The first answer counts. No mistake in the form, so the phone
    shows where the participant is now, with a neutral note (status 409)."""


def same_name_key(name):
    """How two names on the big screen are compared: "Anna", " anna " and "An‍na" look alike.
    Case folded, runs of spaces made one, other invisible characters (`home.names.is_invisible`) dropped."""
    words = ("".join(char for char in word if not is_invisible(char)) for word in name.casefold().split())
    return " ".join(word for word in words if word)


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


OWN = object()  # start_session's default: the facilitator's own organisation or team


def start_session(facilitator, quiz, group_name, mode=TeamSession.Mode.PHONES, organisation=OWN, team=OWN):
    """Freeze the quiz's questions for the session. Random draws use the same fixed seed as the editors'
    preview and the facilitator guide, so the facilitator can prepare exactly the questions the team gets.

    `organisation` and `team` (an Audience, or None for none) are who the session is held for; the reports
    count it there. Left out, they are the facilitator's own."""
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
                    organisation=getattr(facilitator, "organisation", None) if organisation is OWN else organisation,
                    team=getattr(facilitator, "team", None) if team is OWN else team,
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
    """Take a seat. Returns the participant and the seat's secret for the phone's cookie.

    One seat per person: a join with the e-mail address (any case) or the account of a seat already in
    the session takes that seat back (a new secret, so the old phone loses it; answers stay). A seat that
    belongs to an account is taken back only by that account, not by someone typing its address."""
    user = user if user is not None and user.is_authenticated else None
    token = secrets.token_urlsafe(32)
    try:
        with transaction.atomic():
            locked = TeamSession.objects.select_for_update().get(pk=session.pk)
            if locked.has_ended:
                raise TeamSessionError(_("Deze teamsessie is afgelopen. Meedoen kan niet meer."), status=410)
            if locked.is_one_screen:
                raise TeamSessionError(one_screen_message(), status=409)
            existing = _seat_of(locked, email, user)
            if existing is not None:
                return _reclaim(existing, token, display_name, full_name, user), token
            key = same_name_key(display_name)
            names = locked.participants.values_list("display_name", flat=True)
            taken = next((name for name in names if same_name_key(name) == key), None)
            if taken is not None:
                raise NameTaken(
                    _(
                        "Iemand in deze sessie heet al %(name)s. Kies een andere naam, bijvoorbeeld met de "
                        "eerste letter van je achternaam erbij."
                    )
                    % {"name": taken},
                    status=400,
                )
            if locked.participants.count() >= locked.capacity:
                raise TeamSessionError(
                    _("Deze teamsessie is vol (%(n)d deelnemers). Kijk mee op het scherm van iemand anders.")
                    % {"n": locked.capacity},
                    status=409,
                )
            participant = Participant.objects.create(
                session=locked,
                seat_hash=seat_hash(token),
                display_name=display_name,
                full_name=full_name,
                email=email,
                user=user,
            )
    except IntegrityError as error:
        # Two phones of one person joined at the same moment: the other one made the seat.
        raise TeamSessionError(
            _("Je doet al mee in deze sessie. Vul de code nog eens in om verder te gaan op dit apparaat."), status=409
        ) from error
    return participant, token


def _seat_of(session, email, user):
    """The seat this person already has in the session (by account, or by address in any case), or None."""
    match = Q(user=user) if user is not None else Q(pk__in=[])
    if email:
        match |= Q(email__iexact=email.strip())
    return Participant.objects.filter(match, session=session).order_by("joined_at", "pk").first()


def _reclaim(participant, token, display_name, full_name, user):
    if participant.user_id is not None and (user is None or participant.user_id != user.pk):
        raise TeamSessionError(
            _("Met dit e-mailadres doet al iemand mee via een account. Log in met dat account om verder te gaan."),
            status=409,
        )
    if participant.seat_hash is None:
        raise TeamSessionError(_("Je doet al mee in deze sessie."), status=409)
    participant.seat_hash = seat_hash(token)
    participant.display_name = display_name
    participant.full_name = full_name or participant.full_name
    participant.save(update_fields=["seat_hash", "display_name", "full_name"])
    return participant


def seat(code, token):
    """The participant whose phone holds this seat's secret `token` in the session with join code `code`, with
    that session loaded (`participant.session`), or None: one query, none without a token.

    Every request of a phone starts here (its answers, its page, its poll every few seconds), so the session
    comes with the seat in one join on two unique keys (`seat_hash`, `code`), without an ORDER BY."""
    if not token:
        return None
    try:
        return Participant.objects.select_related("session").get(session__code=code, seat_hash=seat_hash(token))
    except Participant.DoesNotExist:
        return None


def _refuse_late(state, position):
    """Refuse an answer to `position` unless it is the open question; `state` is (stage, position)."""
    stage, open_position = state
    if stage == Stage.ENDED:
        raise TeamSessionError(_("De teamsessie is afgelopen. Je antwoord is niet meer meegeteld."), status=409)
    if open_position != position or stage != Stage.QUESTION:
        if open_position == position and stage == Stage.REVEALED:
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
    """Grade one answer (or one step of a decision path) and store it, only while `position` is open.

    The question comes from `session` as loaded: a session's questions are fixed when it starts. Inside the
    transaction only the stage and position are read, under a shared lock (`_open_position`), so answers do
    not wait for each other, while the facilitator's reveal (an UPDATE of that row) waits for the answers
    already being stored and every later answer sees the reveal. Two answers of one participant at once:
    the unique constraints keep the first; the second gets 409. Raises TeamSessionError (400, 409).
    """
    question = session.question_at(position)
    try:
        with transaction.atomic():
            # The team's answer reveals the question itself: it writes the row, so it takes it exclusively.
            _refuse_late(_open_position(session.pk, exclusive=participant is None), position)
            # At most one row (one_session_answer_per_participant, one_team_answer): a slice, not .first(), which
            # would add a sort by id.
            existing = next(
                iter(
                    SessionAnswer.objects.select_for_update().filter(
                        session_id=session.pk, participant=participant, position=position
                    )[:1]
                ),
                None,
            )
            answer = existing or SessionAnswer(session_id=session.pk, participant=participant, position=position)
            _refuse_counted(question, answer, form_data)
            try:
                record_choice(question, answer, form_data)
            except QuizError as error:
                raise TeamSessionError(error.message, status=error.status) from error
            answer.save()
            if participant is None and answer.completed:
                TeamSession.objects.filter(pk=session.pk).update(stage=Stage.REVEALED, revealed_upto=position)
    except IntegrityError as error:  # the same phone (or team) answered this question a moment ago
        raise AlreadyCounted(_("Je antwoord was al binnen. Je eerste antwoord telt."), status=409) from error
    return answer


def _refuse_counted(question, answer, form_data):
    """Raise AlreadyCounted when `form_data` answers what `answer` already holds: a finished question, or a
    step of the decision path that was chosen before (the note names that choice, "1B")."""
    if answer.completed:
        raise AlreadyCounted(_("Je had deze vraag al beantwoord. Je eerste antwoord telt."), status=409)
    if not question.is_path:
        return
    sent = form_data.get("step")
    if sent == (question.current_step(answer) or {}).get("key"):
        return
    for item in chosen_options(question, answer):
        if item["step"] == sent:
            raise AlreadyCounted(
                _("Bij stap %(number)s had je al %(label)s gekozen. Je eerste keuze telt.")
                % {"number": item["number"], "label": item["label"]},
                status=409,
            )


def _open_position(session_pk, exclusive=False):
    """(stage, position) of the session, read with a row lock held until the transaction ends: shared, or
    with `exclusive` for a transaction that goes on to update the row (two shared holders upgrading would
    deadlock).

    PostgreSQL: `FOR SHARE`, which Django's ORM does not offer (`select_for_update` would make the answers
    of one session queue behind each other). SQLite has no row locks; its write transactions already run one
    at a time (`"transaction_mode": "IMMEDIATE"`, settings/base.py).
    """
    lock = (" FOR UPDATE" if exclusive else " FOR SHARE") if connection.vendor == "postgresql" else ""
    table = TeamSession._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT stage, position FROM {table} WHERE id = %s{lock}", [session_pk])
        row = cursor.fetchone()
    if row is None:
        raise TeamSessionError(_("Deze teamsessie bestaat niet meer."), status=404)
    return row


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
    return _move(session, Stage.LOBBY, 0, stage=Stage.QUESTION, position=1, timer_ends_at=None)


def reveal(session, position):
    if session.is_one_screen:
        raise TeamSessionError(_("Geef eerst het antwoord van het team."), status=409)
    return _move(session, Stage.QUESTION, position, stage=Stage.REVEALED, revealed_upto=position, timer_ends_at=None)


def next_question(session, position):
    if position >= len(session.questions):
        raise TeamSessionError(_("Dit was de laatste vraag. Rond de sessie af."), status=409)
    # After going back, a question already discussed comes back revealed; its answers stay as they were.
    stage = Stage.REVEALED if position + 1 <= session.revealed_upto else Stage.QUESTION
    return _move(session, Stage.REVEALED, position, stage=stage, position=position + 1, timer_ends_at=None)


def back(session, position):
    """Go back to the question before `position` to discuss it again: it shows revealed, with the answers
    as they were (nobody can change them). From the first question's reveal nothing lies before it."""
    if position <= 1:
        raise TeamSessionError(_("Dit is de eerste vraag. Eerder is er niets."), status=409)
    stage = session.stage if session.stage in (Stage.QUESTION, Stage.REVEALED) else Stage.QUESTION
    return _move(session, stage, position, stage=Stage.REVEALED, position=position - 1, timer_ends_at=None)


def start_timer(session, position, seconds, now=None):
    """Start (or restart) the open question's timer: the end time is kept on the session, so the presenter
    and every phone count down to the same moment, and so is the duration, which every presenter screen
    then offers for the next start. `seconds` must be one of TIMER_CHOICES. The timer only shows the time;
    the facilitator still decides when to reveal."""
    if seconds not in TIMER_CHOICES:
        raise TeamSessionError(_("Kies een tijd uit de lijst."), status=400)
    ends = (now or timezone.now()) + timedelta(seconds=seconds)
    return _move(session, Stage.QUESTION, position, timer_ends_at=ends, timer_seconds=seconds)


def stop_timer(session, position):
    """Stop the open question's running timer: no screen shows the time any more. The duration stays."""
    return _move(session, Stage.QUESTION, position, timer_ends_at=None)


def stop_from_lobby(session):
    """Stop a session that has not started (started by mistake, or the meeting fell through): it is removed
    with whoever joined, so it counts nowhere. Returns False when the first question was already open (then
    the facilitator ends it as usual)."""
    with transaction.atomic():
        deleted, _rows = TeamSession.objects.filter(pk=session.pk, stage=Stage.LOBBY).delete()
    if deleted:
        # Nothing of the session is kept, but the phones that joined are told why their code stopped working,
        # and so is a second presenter screen of the session.
        cache.set_many({_stopped_key(session.code): True, _stopped_key(session.uuid): True}, STOPPED_NOTICE_SECONDS)
    return deleted > 0


STOPPED_NOTICE_SECONDS = 12 * 60 * 60  # half a day: a seat cookie lasts a day, a meeting a few hours


def _stopped_key(code):
    return f"lk:team-session:stopped:{code}"


def was_stopped(code):
    """Whether a session with this join code (or this uuid) was stopped from the lobby in the last 12 hours
    (and no session uses the code now: ask only after looking the code up). A wrong code is a str of any
    length."""
    return bool(cache.get(_stopped_key(code)))


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
    """How many participants finished the current question, and how many are part-way along its decision path
    (chose in a step but not yet at an end), as `(answered, walking)`, in one query. The presenter shows the
    second, so a facilitator does not reveal while phones are still walking without knowing: at the reveal
    their path ends where it stopped and counts as not right."""
    counts = SessionAnswer.objects.filter(
        session=session, position=session.position, participant__isnull=False
    ).aggregate(answered=Count("pk", filter=Q(completed=True)), walking=Count("pk", filter=Q(completed=False)))
    return counts["answered"], counts["walking"]


def still_to_answer(session):
    """Names (as the participants typed them) of those who have not finished the open question."""
    done = SessionAnswer.objects.filter(participant=OuterRef("pk"), position=session.position, completed=True)
    return list(
        session.participants.annotate(done=Exists(done))
        .filter(done=False)
        .order_by("display_name", "pk")
        .values_list("display_name", flat=True)
    )


def choice_letter(index):
    """A, B, C … for the 0-based `index` of a choice; past Z the number (27, 28 …)."""
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def option_letters(question, step=None):
    """The labels of the options a phone (or the one-screen form) shows: "A", "B" … for a question; for a
    step of a decision path its number and letter ("2A", "2B" …), as `lettered_steps` gives them to the big
    screen. `question` is a `QuestionSnapshot`, `step` one of its step dicts."""
    if step is None:
        return [choice_letter(index) for index in range(len(question.choices))]
    number = [candidate["key"] for candidate in question.steps].index(step["key"]) + 1
    return [f"{number}{choice_letter(index)}" for index in range(len(step["choices"]))]


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


def chosen_options(question, answer):
    """What `answer` chose so far, with the big screen's labels: for a decision path the route ("1B", "2A"),
    each item with its `step` key and that step's `number`; otherwise the chosen options in the question's
    order ("B"; "A", "C"). Dicts with `label` and `text`, nothing about right or wrong, so a phone may show
    them before the reveal."""
    if answer is None:
        return []
    if question.is_path:
        numbers = {step["key"]: step["number"] for step in lettered_steps(question.steps)}
        labels = _path_labels(question)
        return [
            {
                "step": step["key"],
                "number": numbers[step["key"]],
                "label": labels[choice["key"]],
                "text": choice["text"],
            }
            for step, choice in question.walk(answer.path or [])
        ]
    chosen = set(answer.chosen)
    return [
        {"label": choice_letter(index), "text": choice["text"]}
        for index, choice in enumerate(question.choices)
        if choice["key"] in chosen
    ]


def with_letters(question, review):
    """A review row (`quizzes.services.review_row`) whose option texts begin with the big screen's letters
    ("B", "1B"), in the answer form's badge, so the phone's feedback can be discussed by letter."""
    if question.is_path:
        labels = _path_labels(question)
        path = [
            {**taken, "choice": _lettered(taken["choice"], labels[taken["choice"]["key"]])} for taken in review["path"]
        ]
        return {**review, "path": path}
    letters = {choice["key"]: choice_letter(index) for index, choice in enumerate(question.choices)}
    return {**review, "choices": [_lettered(choice, letters[choice["key"]]) for choice in review["choices"]]}


def _path_labels(question):
    """{choice key: "1B"} over every step of a decision path (choice keys are unique in a snapshot)."""
    return {choice["key"]: choice["label"] for step in lettered_steps(question.steps) for choice in step["choices"]}


def _lettered(choice, letter):
    return {**choice, "text": format_html('<span class="lk-options__letter">{}</span> {}', letter, choice["text"])}


def distribution(session, position):
    """For the reveal: per choice (or, for a decision path, per end) how many picked it, right or not.

    Returns `rows` (one per choice or end), `total` (the answers counted) and `unfinished`. A decision path
    is walked step by step, so at the reveal some phones may be part-way along it: they count in `total`
    (the percentages then add up to 100 over everyone who chose something) and in `unfinished`, one
    `{"number", "count", "percent"}` per step they stopped after ("2 stopten na stap 1"), in step order.
    """
    question = session.question_at(position)
    answers = SessionAnswer.objects.filter(session=session, position=position)
    if session.is_one_screen:
        answers = answers.filter(participant__isnull=True, completed=True)
    else:
        answers = answers.filter(participant__isnull=False)
    picked = Counter()
    stopped_after = Counter()  # step number -> phones whose last choice was in that step
    step_numbers = {step["key"]: number for number, step in enumerate(question.steps, start=1)}
    total = 0
    for chosen, path, completed in answers.values_list("chosen", "path", "completed"):
        if not completed:
            if question.is_path and path:
                total += 1
                stopped_after[step_numbers.get(path[-1]["step"], 0)] += 1
            continue
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
    unfinished = [
        {"number": number, "count": count, "percent": round(count * 100 / total)}
        for number, count in sorted(stopped_after.items())
    ]
    return {"rows": rows, "total": total, "unfinished": unfinished}


# Ending


def end_session(session, attendees=()):
    """Close the session: score everyone, keep the summary, issue certificates to those who passed.

    In one-screen mode `attendees` are the people present (dicts with full_name and email); each is
    credited with the team's answers. Ending twice changes nothing.
    """

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
        all_answers = list(SessionAnswer.objects.filter(session=locked))
        answers = [a for a in all_answers if a.completed]
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
        locked.results = question_results(locked, all_answers)
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
                certificate = issue_participant_certificate(participant, locked)
                if certificate is not None and certificate.learner_id is not None:
                    record_completion(certificate.learner, certificate)
    session.refresh_from_db()
    return True


def set_participant_email(session, participant_id, email):
    """After the session: add or correct a participant's e-mail address. A passed participant without a
    certificate gets it now, mailed to this address; an unclaimed certificate moves to this address and is
    mailed again (with a new claim link). The trust rule stays: the certificate joins an account only through
    the claim link (team_sessions.claims). Returns the participant; raises TeamSessionError with a message."""

    email = email.strip()
    with transaction.atomic():
        locked = TeamSession.objects.select_for_update().get(pk=session.pk)
        if not locked.has_ended:
            raise TeamSessionError(_("Rond de sessie eerst af."), status=409)
        try:
            participant = Participant.objects.select_for_update().get(session=locked, pk=int(participant_id))
        except (TypeError, ValueError, Participant.DoesNotExist) as error:
            raise TeamSessionError(_("Deze deelnemer hoort niet bij deze sessie."), status=404) from error
        certificate = Certificate.objects.filter(participant=participant).first()
        if participant.user_id is not None or (certificate is not None and certificate.learner_id is not None):
            raise TeamSessionError(
                _("Het certificaat van deze deelnemer staat al in een account. Het adres verandert niet."), status=409
            )
        taken = Participant.objects.filter(session=locked, email__iexact=email).exclude(pk=participant.pk)
        if email and taken.exists():
            raise TeamSessionError(_("Dit e-mailadres hoort al bij iemand anders in deze sessie."), status=400)
        if participant.passed and not (participant.full_name or participant.display_name):
            raise TeamSessionError(_("Deze deelnemer heeft geen naam."), status=400)
        participant.email = email
        participant.save(update_fields=["email"])
        if not (participant.passed and email):
            return participant
        if certificate is None:
            issue_participant_certificate(participant, locked)
        elif certificate.email.strip().lower() != email.lower() and certificate.revoked_at is None:
            certificate.email = email
            certificate.save(update_fields=["email"])
            send_certificate_email(certificate)
    return participant


def question_results(session, answers):
    """Per question how many answered and the share right (`[{"position", "title", "answered",
    "percent_right"}]`, percent a whole number or None when no one answered), from the answers that count
    (the phones', or the team's in one-screen mode). A phone part-way along a decision path when the answers
    were shown counts as answered and not right, as in its score (`scores_for`) and in the reveal
    (`distribution`: "2 stopten na stap 1"). Kept on the session, so it survives the purge."""
    per_position = {}
    for item in answers:
        if (item.participant_id is None) != session.is_one_screen:
            continue
        if item.completed:
            per_position.setdefault(item.position, []).append(item.score)
        elif item.path:
            per_position.setdefault(item.position, []).append(0)
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
    """After the session: everyone's score and certificate, the questions missed most (lowest share right
    first), and how many questions were asked (`asked`, `ended_early`); each question says whether it was."""

    certified = Certificate.objects.filter(participant=OuterRef("pk"))
    participants = list(
        session.participants.select_related("user")
        .annotate(has_certificate=Exists(certified))
        .order_by("-score", "display_name")
    )
    asked = max(session.position, session.revealed_upto)
    questions = [{**q, "asked": q["position"] <= asked} for q in session.results]
    missed = sorted((q for q in questions if q["answered"]), key=lambda q: (q["percent_right"], q["position"]))
    return {
        "participants": participants,
        # Whether the attendance tools' e-mail forms can still send someone a certificate.
        "anyone_passed": any(p.passed for p in participants),
        "questions": questions,
        "most_missed": [q for q in missed if q["percent_right"] < 100][:3],
        # A session ended early: the summary says how far it got, so "most missed" is not read as the whole quiz.
        "asked": asked,
        "ended_early": 0 < asked < len(questions),
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

"""Enrolment and progress rules. Views, pages and tasks call these; nothing else writes the models.

Completion is one rule (`Progress.completed`), used by the dashboard, the module page, the certificate and the
reports (through `Enrolment.completed_at`, which `close_enrolment_if_complete` writes by the same rule):

- a module with a live quiz is completed by passing that quiz. The quiz opens when all lessons are done, or at
  once when the module says so (`CoursePage.quiz_before_lessons`, on for the demo modules: experienced staff
  may test out). So a pass always means the module is done, and the certificate says so truthfully;
- a module without a quiz is completed when all its live lessons are done;
- either way, a learner who holds a valid certificate for the module (not revoked, not expired) has completed
  it, however it was earned: a team-session certificate put in the account through its claim link (or earned
  while logged in) counts as much as her own pass. An expired or revoked one does not.

Quizzes are a higher layer than courses, so this module asks about them through `assessment`, which the
quizzes app registers when it is ready (`register_assessment`), instead of importing it.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import DateTimeField, F, IntegerField, Value
from django.db.models.functions import Least
from django.utils import timezone

from wagtail.models import Page

from certificates.issuing import valid_certificates

from .models import Enrolment, LessonCompletion, LessonPage, module_path
from .signals import enrolment_closed


class HeldCertificate(NamedTuple):
    """A valid certificate the learner holds for a module, as progress needs it: when it was issued, and whether
    it was earned in a team session."""

    issued_at: datetime
    in_team_session: bool


@dataclass
class Progress:
    """A learner's progress in one module: lessons done, the quiz's state and a valid certificate she holds."""

    total: int = 0
    done_ids: set = field(default_factory=set)
    enrolled: bool = False
    next_lesson: LessonPage | None = None
    quiz: object = None
    quiz_passed: bool = False
    quiz_before_lessons: bool = True
    open_attempt: object = None
    quiz_attempted: bool = False
    certificate: HeldCertificate | None = None

    @property
    def done(self):
        return len(self.done_ids)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def started(self):
        return self.enrolled or self.done > 0 or self.quiz_attempted or self.certificate is not None

    @property
    def lessons_done(self):
        return self.total > 0 and self.done >= self.total

    @property
    def quiz_open(self):
        """May the learner take the quiz now: before the lessons if the module allows it, else after them.
        An attempt already under way stays open."""
        if self.quiz is None:
            return False
        return self.quiz_before_lessons or self.lessons_done or self.open_attempt is not None

    @property
    def completed(self):
        """The completion rule (see the module docstring)."""
        if self.certificate is not None:
            return True
        if self.quiz is not None:
            return self.quiz_passed
        return self.lessons_done

    @property
    def passed_in_team_session(self):
        """Completed through a valid team-session certificate, without a pass of her own at the quiz: the module
        page says so (with the date) and still offers the lessons and the quiz."""
        return self.certificate is not None and self.certificate.in_team_session and not self.quiz_passed


def _progress(lessons, done_ids, enrolled, quiz=None, quiz_passed=False, certificate=None, **quiz_state):
    lesson_ids = {lesson.pk for lesson in lessons}
    done_ids = {pk for pk in done_ids if pk in lesson_ids}
    next_lesson = next((lesson for lesson in lessons if lesson.pk not in done_ids), None)
    return Progress(
        total=len(lessons),
        done_ids=done_ids,
        enrolled=enrolled,
        next_lesson=next_lesson,
        quiz=quiz,
        quiz_passed=quiz_passed,
        certificate=certificate,
        **quiz_state,
    )


def enrolments_and_certificates(user, courses):
    """The modules among `courses` the signed-in user is enrolled in ({module pk}) and the valid certificates she
    holds for them ({module pk: HeldCertificate}, the newest per module), in one query (a UNION), so counting
    certificates costs the module page and the module lists no query of their own."""
    no_date = Value(None, output_field=DateTimeField())
    no_session = Value(None, output_field=IntegerField())
    enrolments = Enrolment.objects.filter(user=user, course__in=courses).values_list("course_id", no_date, no_session)
    certificates = valid_certificates(user, courses).values_list("course_id", "issued_at", "team_session_id")
    enrolled, held = set(), {}
    # An enrolment's row has no date; a certificate's always has one (`issued_at` is required).
    for course_id, issued_at, team_session_id in enrolments.order_by().union(certificates, all=True):
        if issued_at is None:
            enrolled.add(course_id)
        elif course_id not in held or issued_at > held[course_id].issued_at:
            held[course_id] = HeldCertificate(issued_at, team_session_id is not None)
    return enrolled, held


class Assessment:
    """What progress needs to know about a module's quiz. The quizzes app registers the real one."""

    quiz_model = None  # The quiz page model, so module lists can read quizzes with lessons in one query.

    def quiz_of(self, course):
        """The module's live quiz page, or None."""
        return None

    def attempts_of(self, user, quizzes):
        """The user's attempts at these quizzes (pages or ids), each with `pk`, `uuid`, `quiz_id`,
        `submitted_at` and `passed` (None while open)."""
        return []


assessment = Assessment()


def register_assessment(implementation):
    """Called once by the quizzes app's `ready()`."""
    global assessment
    assessment = implementation


def course_quiz(course):
    """The module's live quiz page, or None."""
    return assessment.quiz_of(course)


def course_progress(user, course, lessons=None, quiz=False):
    """How far the user is in one module; anonymous visitors get an empty progress."""
    if lessons is None:
        lessons = list(course.lessons())
    if quiz is False:
        quiz = course_quiz(course)
    if not user.is_authenticated:
        return _progress(lessons, set(), False, quiz, quiz_before_lessons=course.quiz_before_lessons)
    done_ids = set(LessonCompletion.objects.filter(user=user, course=course).values_list("lesson_id", flat=True))
    enrolled_ids, held = enrolments_and_certificates(user, [course])
    attempts = list(assessment.attempts_of(user, [quiz])) if quiz else []
    return _progress(
        lessons,
        done_ids,
        course.pk in enrolled_ids,
        quiz,
        any(a.passed for a in attempts),
        certificate=held.get(course.pk),
        quiz_before_lessons=course.quiz_before_lessons,
        open_attempt=next((a for a in attempts if a.submitted_at is None), None),
        quiz_attempted=bool(attempts),
    )


def module_completed(user, course):
    """Has this user completed this module, by the one completion rule? False for anonymous visitors."""
    return course_progress(user, course).completed


def completed_course_ids(user, courses):
    """The pks of the given modules this user has completed, by the same rule, in a fixed number of queries."""
    return {pk for pk, progress in progress_by_course(user, courses).items() if progress.completed}


class ModuleParts(NamedTuple):
    """A module's live lessons (`PageRef`s in tree order) and its live quiz (a `PageRef` or None)."""

    lessons: list
    quiz: object


def module_parts(courses):
    """{module pk: ModuleParts} for these modules, in one query whatever their number (values, no page objects)."""
    parent_paths = {course.path: course.pk for course in courses}
    depths = {course.depth + 1 for course in courses}
    lessons_by_course, quiz_by_course = {}, {}
    for ref, is_quiz in _module_parts(depths) if courses else []:
        course_pk = parent_paths.get(module_path(ref.path))
        if course_pk is None:
            continue
        if is_quiz:
            quiz_by_course.setdefault(course_pk, ref)
        else:
            lessons_by_course.setdefault(course_pk, []).append(ref)
    return {
        course.pk: ModuleParts(lessons_by_course.get(course.pk, []), quiz_by_course.get(course.pk))
        for course in courses
    }


def progress_by_course(user, courses, parts=None):
    """Progress for many modules in a fixed number of queries, whatever their number: {module pk: Progress}.

    `parts` is `module_parts(courses)` where the caller has it (the cached catalogue); else it costs one query.
    Lessons and quizzes are values (`PageRef`: pk, path, title), not page objects: the module lists need only
    their number and ids. `Progress.next_lesson` and `.quiz` are `PageRef`s here. For a signed-in learner the
    progress costs three queries (lessons done, enrolments with valid certificates, attempts).
    """
    courses = list(courses)
    if not courses:
        return {}
    if parts is None:
        parts = module_parts(courses)
    quiz_by_course = {pk: part.quiz for pk, part in parts.items() if part.quiz is not None}
    done_ids, enrolled_ids, passed_quiz_ids, attempted_quiz_ids, open_attempts = set(), set(), set(), set(), {}
    held = {}
    if user.is_authenticated:
        done_ids = set(
            LessonCompletion.objects.filter(user=user, course__in=courses).values_list("lesson_id", flat=True)
        )
        enrolled_ids, held = enrolments_and_certificates(user, courses)
        for attempt in assessment.attempts_of(user, [quiz.pk for quiz in quiz_by_course.values()]):
            attempted_quiz_ids.add(attempt.quiz_id)
            if attempt.passed:
                passed_quiz_ids.add(attempt.quiz_id)
            if attempt.submitted_at is None:
                open_attempts[attempt.quiz_id] = attempt
    progress = {}
    for course in courses:
        quiz = quiz_by_course.get(course.pk)
        progress[course.pk] = _progress(
            parts[course.pk].lessons,
            done_ids,
            course.pk in enrolled_ids,
            quiz,
            quiz is not None and quiz.pk in passed_quiz_ids,
            certificate=held.get(course.pk),
            quiz_before_lessons=course.quiz_before_lessons,
            open_attempt=open_attempts.get(quiz.pk) if quiz else None,
            quiz_attempted=quiz is not None and quiz.pk in attempted_quiz_ids,
        )
    return progress


class PageRef(NamedTuple):
    """A lesson or quiz page as the module lists need it: no StreamField, no page object."""

    pk: int
    path: str
    title: str


def _module_parts(depths):
    """(PageRef, is_quiz) for every live lesson and quiz page at these depths, in tree order: one query."""
    lesson_type = ContentType.objects.get_for_model(LessonPage)
    quiz_model = assessment.quiz_model
    quiz_type = ContentType.objects.get_for_model(quiz_model) if quiz_model else None
    rows = (
        Page.objects.live()
        .filter(depth__in=depths, content_type__in=[t for t in (lesson_type, quiz_type) if t])
        .order_by("path")
        .values_list("pk", "path", "title", "content_type_id")
    )
    return [
        (PageRef(pk, path, title), quiz_type is not None and type_id == quiz_type.pk)
        for pk, path, title, type_id in rows
    ]


def enrol(user, course):
    """Start a module. Safe against double clicks: the unique constraint decides, not a prior read."""
    try:
        with transaction.atomic():
            enrolment, _created = Enrolment.objects.get_or_create(user=user, course=course)
    except IntegrityError:
        enrolment = Enrolment.objects.get(user=user, course=course)
    return enrolment


def close_enrolment_if_complete(user, course, completed_at=None):
    """Record when the module was completed (by `Progress.completed`), once; the reports count this date.

    `completed_at` (an aware datetime) is when it happened, if not now: a team session's certificate claimed
    later completed the module on the day of the session. The enrolment then counts as started that day too
    when it was made later (by the claim itself), so it never ends before it starts."""
    progress = course_progress(user, course)
    if progress.completed:
        enrol(user, course)
        when = completed_at or timezone.now()
        closed = Enrolment.objects.filter(user=user, course=course, completed_at__isnull=True).update(
            completed_at=when, started_at=Least(F("started_at"), Value(when, output_field=DateTimeField()))
        )
        if closed:
            enrolment_closed.send(sender=Enrolment, user=user, course=course)
    return progress


@transaction.atomic  # one transaction with what it writes elsewhere (the reports' module statistics)
def complete_lesson(user, lesson):
    """Mark a lesson done for the user; enrols them and closes the module when it is complete."""
    course = lesson.module
    enrol(user, course)
    try:
        with transaction.atomic():
            LessonCompletion.objects.get_or_create(user=user, lesson=lesson, defaults={"course": course})
    except IntegrityError:
        pass  # A concurrent request recorded the same completion; the outcome is the same.
    return close_enrolment_if_complete(user, course)

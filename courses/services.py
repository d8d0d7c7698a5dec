"""Enrolment and progress rules. Views, pages and tasks call these; nothing else writes the models."""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import CoursePage, Enrolment, LessonCompletion, LessonPage


@dataclass
class Progress:
    total: int = 0
    done_ids: set = field(default_factory=set)
    enrolled: bool = False
    next_lesson: LessonPage | None = None

    @property
    def done(self):
        return len(self.done_ids)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def started(self):
        return self.enrolled or self.done > 0

    @property
    def completed(self):
        return self.total > 0 and self.done >= self.total


def _progress(lessons, done_ids, enrolled):
    done_ids = {pk for pk in done_ids if pk in {lesson.pk for lesson in lessons}}
    next_lesson = next((lesson for lesson in lessons if lesson.pk not in done_ids), None)
    return Progress(total=len(lessons), done_ids=done_ids, enrolled=enrolled, next_lesson=next_lesson)


def course_progress(user, course, lessons=None):
    """How far the user is in one module; anonymous visitors get an empty progress."""
    if lessons is None:
        lessons = list(course.lessons())
    if not user.is_authenticated:
        return _progress(lessons, set(), False)
    done_ids = set(LessonCompletion.objects.filter(user=user, course=course).values_list("lesson_id", flat=True))
    enrolled = Enrolment.objects.filter(user=user, course=course).exists()
    return _progress(lessons, done_ids, enrolled)


def progress_by_course(user, courses):
    """Progress for many modules in a fixed number of queries, whatever their number."""
    courses = list(courses)
    if not courses:
        return {}
    lessons_by_parent = {}
    parent_paths = {course.path: course.pk for course in courses}
    depths = {course.depth + 1 for course in courses}
    for lesson in LessonPage.objects.live().filter(depth__in=depths).defer_streamfields().order_by("path"):
        course_pk = parent_paths.get(lesson.path[: -LessonPage.steplen])
        if course_pk is not None:
            lessons_by_parent.setdefault(course_pk, []).append(lesson)
    done_ids, enrolled_ids = set(), set()
    if user.is_authenticated:
        done_ids = set(
            LessonCompletion.objects.filter(user=user, course__in=courses).values_list("lesson_id", flat=True)
        )
        enrolled_ids = set(Enrolment.objects.filter(user=user, course__in=courses).values_list("course_id", flat=True))
    return {
        course.pk: _progress(lessons_by_parent.get(course.pk, []), done_ids, course.pk in enrolled_ids)
        for course in courses
    }


def enrol(user, course):
    """Start a module. Safe against double clicks: the unique constraint decides, not a prior read."""
    try:
        with transaction.atomic():
            enrolment, _created = Enrolment.objects.get_or_create(user=user, course=course)
    except IntegrityError:
        enrolment = Enrolment.objects.get(user=user, course=course)
    return enrolment


def complete_lesson(user, lesson):
    """Mark a lesson done for the user; enrols them and closes the module when it was the last one."""
    course = CoursePage.objects.parent_of(lesson).get()
    enrolment = enrol(user, course)
    try:
        with transaction.atomic():
            LessonCompletion.objects.get_or_create(user=user, lesson=lesson, defaults={"course": course})
    except IntegrityError:
        pass  # A concurrent request recorded the same completion; the outcome is the same.
    progress = course_progress(user, course)
    if progress.completed and enrolment.completed_at is None:
        Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(completed_at=timezone.now())
    return progress

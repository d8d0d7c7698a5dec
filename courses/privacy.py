"""The courses app's part of a person's data: enrolments and completed lessons (deleted with the account)."""

from accounts.privacy import when

from .models import Enrolment, LessonCompletion


def export_modules(user):
    return [
        {
            "module": enrolment.course.title,
            "started_at": when(enrolment.started_at),
            "completed_at": when(enrolment.completed_at),
        }
        for enrolment in Enrolment.objects.filter(user=user).select_related("course")
    ]


def export_lessons(user):
    return [
        {"lesson": completion.lesson.title, "completed_at": when(completion.completed_at)}
        for completion in LessonCompletion.objects.filter(user=user).select_related("lesson")
    ]

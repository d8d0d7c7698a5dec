from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Site

from briefings.services import upcoming_registrations
from certificates.models import Certificate
from home.routing import accepts, serve_like_page

from .catalogue import catalogue, is_recommended, learner_team
from .models import CoursePage, LessonPage
from .services import complete_lesson, course_progress, enrol, progress_by_course


def _visible(queryset, request, pk):
    """The live page `pk` of `queryset` if `request` may see it (as Wagtail serves it), else 404."""
    page = get_object_or_404(queryset.live(), pk=pk)
    if not accepts(page, request) or not getattr(page, "in_live_module", True):
        raise Http404
    return page


@require_POST
@login_required
def start_course(request, course_id):
    course = _visible(CoursePage.objects, request, course_id)
    enrol(request.user, course)
    progress = course_progress(request.user, course)
    target = progress.next_lesson or (progress.total and course.lessons().first())
    if target is None:
        messages.info(request, _("Deze module heeft nog geen lessen."))
        return redirect(course.url)
    return redirect(target.url)


@require_POST
@login_required
def mark_lesson_complete(request, lesson_id):
    lesson = _visible(LessonPage.objects, request, lesson_id)
    progress = complete_lesson(request.user, lesson)
    course = lesson.module
    if progress.lessons_done and progress.quiz and not progress.quiz_passed:
        messages.success(request, _("Je hebt alle lessen afgerond. Test nu wat je weet met de toets."))
        return redirect(progress.quiz.url)
    if progress.lessons_done:
        messages.success(request, _("Je hebt alle lessen van deze module afgerond."))
        return redirect(course.url)
    messages.success(request, _("Les afgerond. Op naar de volgende."))
    return redirect(progress.next_lesson.url)


def signal_card(request, course_id):
    """The module's printable signal card (PDF), for whoever may see the module page: a visitor of a module
    that asks to log in or for a password gets what the page itself answers (`serve_like_page`)."""
    from django.http import HttpResponse

    from .signal_card import cached_signal_card

    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)

    def pdf():
        response = HttpResponse(
            cached_signal_card(course, site=Site.find_for_request(request)), content_type="application/pdf"
        )
        response["Content-Disposition"] = f'inline; filename="signalenkaart-{course.slug}.pdf"'
        return response

    return serve_like_page(course, request, pdf)


@login_required
def dashboard(request):
    found = catalogue()
    courses = found.courses_for(request.user)
    progress = progress_by_course(request.user, courses, parts=found.parts)
    in_progress, completed, recommended = [], [], []
    for course in courses:
        course_progress_ = progress[course.pk]
        if course_progress_.completed:
            completed.append(course)
        elif course_progress_.started:
            in_progress.append(course)
        elif is_recommended(course, request.user):
            recommended.append(course)
    context = {
        "certificates": list(Certificate.objects.filter(learner=request.user).order_by("-issued_at")),
        "registrations": upcoming_registrations(request.user),
        "in_progress": in_progress,
        "completed": completed,
        "recommended_courses": recommended,
        "learner_team": learner_team(request.user, found.audiences),
        "progress": progress,
        "catalogue_generation": found.generation,
    }
    return render(request, "courses/dashboard.html", context)

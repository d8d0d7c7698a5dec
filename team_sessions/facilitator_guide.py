"""The facilitator guide of a module: a PDF to lead a team session with.

Generated from the content, so it always matches what the team sees: the module's intro and lessons,
every question its quiz asks (random draws with the fixed seed of the editors' preview) with the right
answers, the explanation and the discussion prompts, fixed suggestions for running the session, and the
referral route from the module's lessons (or else the coordinator from the site settings).

Rendered and cached by the PDF service (`home.pdf`) under a fingerprint of everything it is made from, so
a second download is not rendered again.
The guide holds the right answers, so only facilitators (permission to add a team session) get it.
"""

from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Count, Max, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import content_disposition_header
from django.views.decorators.cache import never_cache

from wagtail.models import Site

from courses.models import CoursePage, LessonPage
from courses.services import course_quiz
from home.models import SiteSettings
from home.pdf import PdfRenderError, cached_pdf, render_html, render_pdf
from quizzes.models import Question, QuizPage
from quizzes.services import preview_questions

from .services import lettered_steps

TEMPLATE = "team_sessions/facilitator_guide_pdf.html"
# Part of the cache key: raise it when the template or the context changes, so no old guide is served.
GUIDE_VERSION = 2
CACHE_SECONDS = 60 * 60 * 24
PERMISSION = "team_sessions.add_teamsession"


# The service's error: callers catch one exception for every document.
FacilitatorGuideError = PdfRenderError


def _route_key(route):
    """What a route says, without the ids its list items get in each lesson."""
    return (
        route["title"],
        route["intro"],
        tuple((step["title"], step["text"]) for step in route["steps"]),
        tuple((c["name"], c["purpose"], c["phone"], c["url"]) for c in route["contacts"]),
        bool(route["show_coordinator"]),
    )


def referral_routes(lessons):
    """The referral-route blocks of the lessons, in lesson order, each different route once."""
    routes, seen = [], set()
    for lesson in lessons:
        for block in lesson.body:
            if block.block_type != "referral_route":
                continue
            key = _route_key(block.value)
            if key not in seen:
                seen.add(key)
                routes.append(block.value)
    return routes


def guide_context(course, site=None):
    lessons = list(course.lessons())
    quiz = course_quiz(course)
    return {
        "course": course,
        "lessons": lessons,
        "quiz": quiz,
        "questions": [
            {**question, "steps": lettered_steps(question.get("steps", []))}
            for question in (preview_questions(quiz) if quiz else [])
        ],
        "has_draws": bool(quiz and quiz.draws.exists()),
        "routes": referral_routes(lessons),
        "site_settings": SiteSettings.for_site_or_default(site),
    }


def render_guide_html(course, site=None):
    """The guide as HTML (Dutch), before it becomes a PDF."""
    return render_html(TEMPLATE, guide_context(course, site))


def render_guide(course, site=None):
    """The guide as PDF bytes. Raises FacilitatorGuideError rather than return a broken document."""
    return render_pdf(TEMPLATE, guide_context(course, site), what=f"Facilitator guide for {course.pk}")


def guide_sources(course, site=None):
    """Everything the guide is made from; it changes when any of it is published or withdrawn."""
    lessons = list(LessonPage.objects.child_of(course).values_list("pk", "live", "last_published_at"))
    quizzes = list(QuizPage.objects.child_of(course).values_list("pk", "live", "last_published_at"))
    # Random draws may pick any live question, so the whole bank counts, not only the fixed questions.
    bank = Question.objects.aggregate(
        latest=Max("last_published_at"), live=Count("pk", filter=Q(live=True)), last_id=Max("pk")
    )
    site_settings = SiteSettings.for_site_or_default(site)
    contact = (
        (
            site_settings.coordinator_name,
            site_settings.coordinator_role,
            site_settings.coordinator_phone,
            site_settings.coordinator_email,
            site_settings.care_notice,
        )
        if site_settings
        else ()
    )
    return (GUIDE_VERSION, course.last_published_at, lessons, quizzes, sorted(bank.items()), contact)


def cached_guide(course, site=None):
    """The PDF from the cache while nothing it is made from has changed; rendered otherwise."""
    parts = guide_sources(course, site)
    return cached_pdf("facilitator-guide", course.pk, parts, lambda: render_guide(course, site), CACHE_SECONDS)


@never_cache
@login_required
@permission_required(PERMISSION, raise_exception=True)
def download(request, course_id):
    """The module's facilitator guide as a PDF download; it holds the right answers, so facilitators only."""
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    pdf = cached_guide(course, site=Site.find_for_request(request))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"handleiding-teamsessie-{course.slug}.pdf"
    )
    return response

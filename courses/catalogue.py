"""What the home page and the modules page list: modules, the team filter and recommendations."""

from home.routing import public_pages

from .models import Audience, CoursePage
from .services import progress_by_course


def is_recommended(course, user):
    """True when the module is meant for the signed-in learner's team (its audiences include the team).

    Uses `course.audiences.all()`, so prefetch the audiences when calling it for many modules.
    """
    team_id = getattr(user, "team_id", None) if user.is_authenticated else None
    return bool(team_id) and any(audience.pk == team_id for audience in course.audiences.all())


def catalogue_context(request, filter_by_team=False, limit=None):
    """The module lists of the home and modules pages: `courses` (shown), `recommended_courses`,
    `audiences`, `selected_audience` (from `?team=<slug>` when `filter_by_team`), `learner_team` (the signed-in
    learner's team, from the same list) and `progress` by module id."""
    courses = list(
        public_pages(CoursePage.objects.live())
        .select_related("cover_image")
        .prefetch_related("audiences")
        .order_by("path")
    )
    audiences = list(Audience.objects.all())
    selected = None
    if filter_by_team:
        slug = request.GET.get("team", "")
        selected = next((audience for audience in audiences if audience.slug == slug), None)
    user = request.user
    recommended = [course for course in courses if is_recommended(course, user)]
    shown = courses
    if selected is not None:
        shown = [c for c in courses if any(a.pk == selected.pk for a in c.audiences.all())]
    if recommended and selected is None:
        recommended_ids = {c.pk for c in recommended}
        shown = [c for c in courses if c.pk not in recommended_ids]
    if limit:
        shown = shown[:limit]
    return {
        "courses": shown,
        "recommended_courses": recommended if selected is None else [],
        "audiences": audiences,
        "selected_audience": selected,
        "learner_team": next((a for a in audiences if a.pk == getattr(user, "team_id", None)), None),
        "progress": progress_by_course(user, courses),
    }

"""What the home page and the modules page list: modules, the team filter and recommendations."""

from .models import Audience, CoursePage
from .services import progress_by_course


def catalogue_context(request, filter_by_team=False, limit=None):
    courses = list(
        CoursePage.objects.live().public().select_related("cover_image").prefetch_related("audiences").order_by("path")
    )
    audiences = list(Audience.objects.all())
    selected = None
    if filter_by_team:
        slug = request.GET.get("team", "")
        selected = next((audience for audience in audiences if audience.slug == slug), None)
    user = request.user
    team_id = getattr(user, "team_id", None) if user.is_authenticated else None
    recommended = [c for c in courses if team_id and any(a.pk == team_id for a in c.audiences.all())]
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
        "progress": progress_by_course(user, courses),
    }

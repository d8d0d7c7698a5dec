"""What the home page, the modules page and the dashboard list: modules, the team filter and recommendations.

The list itself (the live modules anyone, or any signed-in learner, may open, with their teams and cover
image; every team; and each module's lessons and quiz as `PageRef`s) is the same for every learner and changes
only when pages, teams, images or view restrictions change. It is kept in the shared cache (`catalogue()`), in
the same generation as the module structures (`courses.structure.PAGES`), which every such change replaces
(`CoursesConfig.ready`). Only the learner's own progress is read per request (`progress_by_course`: three
queries).
"""

from dataclasses import dataclass

from wagtail.models import PageViewRestriction

from home.routing import MISSING, any_view_restrictions, cache

from .models import Audience, CoursePage
from .services import ModuleParts, module_parts, progress_by_course
from .structure import CACHE_SECONDS, PAGES

SHAPE = 1  # bump when what is cached changes shape, so a deploy never reads an old pickle
KEY = f"lk:courses:catalogue:{SHAPE}"


@dataclass
class Catalogue:
    """`courses`: the live modules anyone may see, in tree order, each with `audiences` prefetched and its
    `cover_image`; `member_courses`: the same plus those that only ask visitors to log in (Wagtail's "private,
    accessible to logged-in users"), which every signed-in learner may open; `audiences`: every team, in their
    set order; `parts`: {module pk: ModuleParts} for every module in either list."""

    courses: list
    member_courses: list
    audiences: list
    parts: dict[int, ModuleParts]

    def courses_for(self, user):
        """The modules to list for this visitor: `member_courses` when signed in, else `courses`."""
        return self.member_courses if user.is_authenticated else self.courses


def catalogue():
    """The Catalogue, from the shared cache or, after a change, from four queries (five while a page is
    private). Modules behind a password or for certain groups only are listed for nobody, as before."""
    found, generation = cache.read(KEY, group=PAGES)
    if found is not MISSING:
        return found
    live = list(CoursePage.objects.live().select_related("cover_image").prefetch_related("audiences").order_by("path"))
    restrictions = list(PageViewRestriction.objects.select_related("page")) if any_view_restrictions() else []

    def hidden(course, kinds):
        return any(course.path.startswith(r.page.path) for r in restrictions if r.restriction_type in kinds)

    every_kind = {choice for choice, _label in PageViewRestriction.RESTRICTION_CHOICES}
    found = Catalogue(
        courses=[course for course in live if not hidden(course, every_kind)],
        member_courses=[course for course in live if not hidden(course, every_kind - {PageViewRestriction.LOGIN})],
        audiences=list(Audience.objects.all()),
        parts=module_parts(live),
    )
    cache.write(KEY, generation, found, CACHE_SECONDS)
    return found


def is_recommended(course, user):
    """True when the module is meant for the signed-in learner's team (its audiences include the team).

    Uses `course.audiences.all()`, so prefetch the audiences when calling it for many modules.
    """
    team_id = getattr(user, "team_id", None) if user.is_authenticated else None
    return bool(team_id) and any(audience.pk == team_id for audience in course.audiences.all())


def learner_team(user, audiences):
    """The signed-in learner's team from `audiences` (no query), or None."""
    team_id = getattr(user, "team_id", None) if user.is_authenticated else None
    return next((audience for audience in audiences if audience.pk == team_id), None) if team_id else None


def catalogue_context(request, filter_by_team=False, limit=None):
    """The module lists of the home and modules pages: `courses` (shown), `recommended_courses`,
    `audiences`, `selected_audience` (from `?team=<slug>` when `filter_by_team`), `learner_team` (the signed-in
    learner's team, from the same list) and `progress` by module id."""
    found = catalogue()
    courses, audiences = found.courses_for(request.user), found.audiences
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
        "learner_team": learner_team(user, audiences),
        "progress": progress_by_course(user, courses, parts=found.parts),
    }


def catalogue_changed(instance=None, **kwargs):
    """Signal receiver: a team, an image or a view restriction was saved or deleted, so the catalogue (with the
    module structures, in the same generation) goes."""
    cache.forget(PAGES)

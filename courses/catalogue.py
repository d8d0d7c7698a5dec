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

SHAPE = 2  # bump when what is cached changes shape, so a deploy never reads an old pickle
KEY = f"lk:courses:catalogue:{SHAPE}"


@dataclass
class Catalogue:
    """`courses`: the live modules anyone may see, in tree order, each with `audiences` prefetched and its
    `cover_image`; `member_courses`: the same plus those that only ask visitors to log in (Wagtail's "private,
    accessible to logged-in users"), which every signed-in learner may open; `group_courses`: (module, the
    group-id sets it requires) for the modules private to some groups, whose members may open them (one of the
    groups of every such restriction on the module or above it, as Wagtail's `accept_request` decides);
    `audiences`: every team, in their set order; `parts`: {module pk: ModuleParts} for every live module."""

    courses: list
    member_courses: list
    group_courses: list
    audiences: list
    parts: dict[int, ModuleParts]

    def courses_for(self, user):
        """The modules to list for this visitor, in tree order: `courses` for an anonymous visitor;
        `member_courses` and the `group_courses` they may open for a signed-in one. Costs one query for the
        user's groups only while a module is private to some groups (kept on the user for the request)."""
        if not user.is_authenticated:
            return self.courses
        if not self.group_courses:
            return self.member_courses
        groups = group_ids(user)
        theirs = [
            course
            for course, required in self.group_courses
            if user.is_superuser or all(group_set & groups for group_set in required)
        ]
        if not theirs:
            return self.member_courses
        return sorted([*self.member_courses, *theirs], key=lambda course: course.path)


def group_ids(user):
    """The ids of the user's groups, as a frozenset: one query, then kept on the user object."""
    if not hasattr(user, "_lk_group_ids"):
        user._lk_group_ids = frozenset(user.groups.values_list("pk", flat=True))
    return user._lk_group_ids


def catalogue():
    """The Catalogue, from the shared cache or, after a change, from four queries (six while a page is
    private). Modules behind a password are listed for nobody. Its `generation` (str, or None while the cache
    is down) names the state of the pages it was read from: `CardFragments` keys on it."""
    found, generation = cache.read(KEY, group=PAGES)
    if found is not MISSING:
        found.generation = generation
        return found
    live = list(CoursePage.objects.live().select_related("cover_image").prefetch_related("audiences").order_by("path"))
    restrictions = (
        list(PageViewRestriction.objects.select_related("page").prefetch_related("groups"))
        if any_view_restrictions()
        else []
    )

    def on(course):
        return [r for r in restrictions if course.path.startswith(r.page.path)]

    courses, member_courses, group_courses = [], [], []
    for course in live:
        kinds = {r.restriction_type for r in on(course)}
        if not kinds:
            courses.append(course)
            member_courses.append(course)
        elif kinds == {PageViewRestriction.LOGIN}:
            member_courses.append(course)
        elif PageViewRestriction.PASSWORD not in kinds:
            required = [
                frozenset(group.pk for group in r.groups.all())
                for r in on(course)
                if r.restriction_type == PageViewRestriction.GROUPS
            ]
            group_courses.append((course, required))
    found = Catalogue(
        courses=courses,
        member_courses=member_courses,
        group_courses=group_courses,
        audiences=list(Audience.objects.all()),
        parts=module_parts(live),
    )
    cache.write(KEY, generation, found, CACHE_SECONDS)
    found.generation = generation
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
    learner's team, from the same list), `progress` by module id and `catalogue_generation` (for the cards'
    `{% card_fragment %}`)."""
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
        "catalogue_generation": found.generation,
    }


class CardFragments:
    """The part of each module card that is the same for every learner (cover image, title and link, intro,
    duration, teams), rendered once per worker for each state of the pages, instead of on every request.

    Keyed by the catalogue's generation (`catalogue()`), which every change to pages, teams, images or view
    restrictions replaces (`catalogue_changed`, `CoursesConfig.ready`), and within it by what the fragment's
    HTML depends on: the fragment's name, the module, the interface language and the site. Only the current
    generation is kept; at most `LIMIT` fragments. A request with an older generation (read before a change)
    renders and keeps its fragments apart, so a new generation never holds HTML of an old one. Without a
    generation (the cache is down) every fragment is rendered."""

    LIMIT = 2000

    def __init__(self):
        self._state = (None, {})

    def get_or_render(self, generation, key, render):
        """The HTML for `key` (a hashable tuple) in `generation` (str or None): kept, or `render()` (a
        callable returning the HTML) and kept."""
        if generation is None:
            return render()
        state = self._state
        if state[0] != generation:
            state = (generation, {})
            self._state = state
        fragments = state[1]
        html = fragments.get(key)
        if html is None:
            html = render()
            if len(fragments) < self.LIMIT:
                fragments[key] = html
        return html


card_fragments = CardFragments()


def catalogue_changed(instance=None, **kwargs):
    """Signal receiver: a team, an image or a view restriction was saved or deleted, so the catalogue (with the
    module structures, in the same generation) goes."""
    cache.forget(PAGES)

"""A module's structure (its page, its live lessons in tree order, its live quiz), kept in the shared cache.

Lesson and module pages show the module's navigation on every view. Reading it from the database costs three
queries and builds a page object for every lesson, about a third of a lesson page's time (docs/performance.md).
It changes only when pages change, so every module's structure is kept in one generation (`PAGES`, with
`home.routing.cache`'s `read`/`write`/`forget`), which every page save, publish, unpublish, move or delete
replaces, at once and when its transaction commits (`pages_changed`, connected in `CoursesConfig.ready`). With
the cache down (Redis in production) every view reads the database, as before.
"""

from dataclasses import dataclass

from wagtail.models import Page

from home.routing import MISSING, cache

from .models import CoursePage
from .services import course_quiz

PAGES = "lk:courses:pages"  # the generation every module's structure is kept in
SHAPE = 1  # bump when what is cached changes shape, so a deploy never reads an old pickle
CACHE_SECONDS = 24 * 3600


@dataclass
class ModuleStructure:
    """`course`: the CoursePage; `lessons`: its live LessonPages in tree order, without their bodies (Wagtail's
    `defer_streamfields`; navigation shows titles and links); `quiz`: its live quiz page or None."""

    course: CoursePage
    lessons: list
    quiz: object


def module_structure(course_path):
    """The ModuleStructure of the module at tree path `course_path`, or None if there is no module there."""
    key = f"lk:courses:module:{SHAPE}:{course_path}"
    structure, generation = cache.read(key, group=PAGES)
    if structure is MISSING:
        course = CoursePage.objects.filter(path=course_path).first()
        if course is None:
            return None
        structure = ModuleStructure(course=course, lessons=list(course.lesson_list()), quiz=course_quiz(course))
        cache.write(key, generation, structure, CACHE_SECONDS)
    return structure


def pages_changed(instance=None, **kwargs):
    """Signal receiver: a page was saved, published, unpublished, moved or deleted, so every cached module
    structure goes (a new generation)."""
    if instance is None or isinstance(instance, Page):
        cache.forget(PAGES)

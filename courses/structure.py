"""A module's structure (its page, its live lessons in tree order, its live quiz), kept in the shared cache.

Lesson and module pages show the module's navigation on every view. Reading it from the database costs three
queries and builds a page object for every lesson, about a third of a lesson page's time (docs/performance.md).
It changes only when pages change, so it is cached under a token that every page save, publish, unpublish,
move or delete replaces, at once and when its transaction commits (`pages_changed`, connected in `CoursesConfig.ready`).
The next view on any worker reads the new token and the committed pages. With the cache down (Redis in
production) every view reads the database, as before.
"""

import secrets
from dataclasses import dataclass

from django.db import transaction

from wagtail.models import Page

from home.routing import cache

from .models import CoursePage
from .services import course_quiz

TOKEN_KEY = "lk:courses:pages-token"
SHAPE = 1  # bump when what is cached changes shape, so a deploy never reads an old pickle
CACHE_SECONDS = 24 * 3600


@dataclass
class ModuleStructure:
    """`course`: the CoursePage; `lessons`: its live LessonPages in tree order, without their bodies (Wagtail's
    `defer_streamfields`; navigation shows titles and links); `quiz`: its live quiz page or None."""

    course: CoursePage
    lessons: list
    quiz: object


def _token():
    token = cache.get(TOKEN_KEY)
    if token is None:
        token = secrets.token_hex(8)
        cache.set(TOKEN_KEY, token, None)
    return token


def module_structure(course_path):
    """The ModuleStructure of the module at tree path `course_path`, or None if there is no module there."""
    key = f"lk:courses:module:{SHAPE}:{_token()}:{course_path}"
    structure = cache.get(key)
    if structure is None:
        course = CoursePage.objects.filter(path=course_path).first()
        if course is None:
            return None
        structure = ModuleStructure(course=course, lessons=list(course.lesson_list()), quiz=course_quiz(course))
        cache.set(key, structure, CACHE_SECONDS)
    return structure


def _forget():
    cache.delete(TOKEN_KEY)


def pages_changed(instance=None, **kwargs):
    """Signal receiver: a page was saved, published, unpublished, moved or deleted, so every cached module
    structure goes: at once, and again when the change is committed (in between, another worker could still
    read the old pages and cache them under the new token)."""
    if instance is None or isinstance(instance, Page):
        _forget()
        transaction.on_commit(_forget)

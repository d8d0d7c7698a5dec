from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from accounts.models import Audience
from home.models import IntroMixin, TitleCheckMixin
from home.routing import ViewRestrictionsMixin

from .blocks import LessonStreamBlock

MAX_MINUTES = 24 * 60
# An estimate of more than a day is a typo; SQLite would store any number ("hoogstens 9223372036854775807").
estimated_minutes_validators = [
    # 0 was accepted and published: "Ongeveer 0 minuten" on the card.
    MinValueValidator(1, message=_("Vul minstens %(limit_value)s minuut in.")),
    MaxValueValidator(MAX_MINUTES, message=_("Vul hoogstens %(limit_value)s minuten in (een dag).")),
]


def module_path(path):
    """The tree path of the module that the lesson or quiz page at `path` sits in: its parent's path.

    Lessons and quizzes sit directly under their module (`CoursePage.subpage_types`), so this is exact.
    """
    return path[: -Page.steplen]


class InModuleMixin:
    """For the pages that make up a module (lessons and the quiz): the one way to ask which module it is."""

    @cached_property
    def module(self):
        """The CoursePage this page sits in, or None: from the shared cache of module structures
        (`courses.structure`), else one query; then kept on the instance."""
        from .structure import module_structure

        structure = module_structure(module_path(self.path))
        return structure.course if structure is not None else None

    @property
    def in_live_module(self):
        """False when the module this page sits in is unpublished: its lessons and quiz go offline with it
        (404 to learners, and their buttons do nothing). True for a page outside any module."""
        module = self.module
        return module is None or module.live


class CourseIndexPage(TitleCheckMixin, ViewRestrictionsMixin, IntroMixin, Page):
    """The catalogue: every module, filterable by team."""

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht modules")

    def get_context(self, request, *args, **kwargs):
        from .catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(request, filter_by_team=True))
        return context


class CoursePage(TitleCheckMixin, ViewRestrictionsMixin, IntroMixin, Page):
    """A module: a series of lessons for one or more teams, later closed by a quiz."""

    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("omslagafbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image_alt = models.CharField(
        _("alternatieve tekst omslag"),
        max_length=250,
        blank=True,
        help_text=_("Laat leeg als de afbeelding alleen sfeer geeft."),
    )
    learning_objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("leerdoel"), max_length=250))],
        verbose_name=_("leerdoelen"),
        blank=True,
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("geschatte duur in minuten"), default=30, validators=estimated_minutes_validators
    )
    audiences = ParentalManyToManyField(Audience, verbose_name=_("teams"), related_name="courses", blank=True)
    quiz_before_lessons = models.BooleanField(
        _("toets open vóór alle lessen af zijn"),
        default=True,
        help_text=_(
            "Aan: deelnemers mogen de toets meteen maken (ervaren medewerkers kunnen zo laten zien wat ze al "
            "weten). Wie slaagt, heeft de module afgerond. Uit: de toets gaat pas open als alle lessen af zijn."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_image_alt")], heading=_("Omslag")),
        FieldPanel("learning_objectives"),
        FieldPanel("estimated_minutes"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("quiz_before_lessons"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def lessons(self):
        """The module's live lessons in tree order, whole (with their bodies)."""
        return LessonPage.objects.child_of(self).live().order_by("path")

    def lesson_list(self):
        """The live lessons for lists and navigation: `lessons()` without their bodies, which a list never shows
        (Wagtail's `defer_streamfields`; a body read from one of these costs a query)."""
        return self.lessons().defer_streamfields()

    def get_context(self, request, *args, **kwargs):
        from .services import course_progress
        from .structure import module_structure

        context = super().get_context(request, *args, **kwargs)
        structure = module_structure(self.path)
        lessons, quiz = structure.lessons, structure.quiz
        context["lessons"] = lessons
        context["quiz"] = quiz
        context["progress"] = course_progress(request.user, self, lessons=lessons, quiz=quiz)
        return context


class LessonPage(TitleCheckMixin, ViewRestrictionsMixin, InModuleMixin, IntroMixin, Page):
    body = StreamField(LessonStreamBlock(), verbose_name=_("inhoud"))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("geschatte duur in minuten"), default=10, validators=estimated_minutes_validators
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("estimated_minutes"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("les")
        verbose_name_plural = _("lessen")

    def get_context(self, request, *args, **kwargs):
        from .services import course_progress
        from .structure import module_structure

        context = super().get_context(request, *args, **kwargs)
        structure = module_structure(module_path(self.path))
        course, lessons, quiz = structure.course, structure.lessons, structure.quiz
        ids = [lesson.pk for lesson in lessons]
        position = ids.index(self.pk) if self.pk in ids else 0
        context.update(
            course=course,
            lessons=lessons,
            position=position + 1,
            previous_lesson=lessons[position - 1] if position > 0 else None,
            next_lesson=lessons[position + 1] if position + 1 < len(lessons) else None,
            quiz=quiz,
            progress=course_progress(request.user, course, lessons=lessons, quiz=quiz),
        )
        return context


class Enrolment(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="enrolments")
    started_at = models.DateTimeField(_("gestart op"), auto_now_add=True)
    completed_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="unique_enrolment_per_course")]
        verbose_name = _("inschrijving")
        verbose_name_plural = _("inschrijvingen")

    def __str__(self):
        return f"{self.user} – {self.course}"


class LessonCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="completions")
    # Denormalised so progress per module is one indexed query, not a walk of the page tree.
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="lesson_completions")
    completed_at = models.DateTimeField(_("afgerond op"), auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="unique_completion_per_lesson")]
        indexes = [models.Index(fields=["user", "course"])]
        verbose_name = _("afgeronde les")
        verbose_name_plural = _("afgeronde lessen")

    def __str__(self):
        return f"{self.user} – {self.lesson}"

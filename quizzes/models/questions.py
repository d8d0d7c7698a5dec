"""The question bank: scenario questions with their choices or decision path, shared by quizzes and team
sessions."""

import html

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Orderable, PreviewableMixin, RevisionMixin
from wagtail.search import index

from home.blocks import INLINE_FEATURES
from home.choices import ExploitationForm, SignalCategory
from home.names import validate_name

from ..blocks import DecisionPathBlock
from ..forms import QuestionAdminForm


class MultipleChoiceField(models.JSONField):
    """A list of choices stored as JSON, edited as checkboxes (tags such as signal categories)."""

    def __init__(self, *args, choices_enum=None, **kwargs):
        self.choices_enum = choices_enum
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("choices_enum", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices_enum.choices if self.choices_enum else [],
            required=not self.blank,
            label=capfirst(self.verbose_name),  # as Django labels its own fields ("Vormen van uitbuiting")
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


class Question(PreviewableMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """A scenario question in the bank, shared by quizzes and team sessions."""

    class Kind(models.TextChoices):
        SINGLE = "single", _("Eén goed antwoord")
        MULTIPLE = "multiple", _("Meerdere goede antwoorden")
        PATH = "path", _("Beslispad")

    title = models.CharField(
        _("naam in de vragenbank"),
        max_length=200,
        help_text=_("Alleen zichtbaar voor redacteuren."),
        validators=[validate_name],
    )
    kind = models.CharField(_("soort vraag"), max_length=10, choices=Kind.choices, default=Kind.SINGLE)
    scenario = RichTextField(_("situatie"), features=INLINE_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("alternatieve tekst afbeelding"), max_length=250, blank=True)
    prompt = models.CharField(_("vraag"), max_length=300, blank=True, help_text=_("Bijvoorbeeld: Wat doe je?"))
    explanation = RichTextField(_("uitleg"), features=INLINE_FEATURES, blank=True)
    discussion_prompts = models.TextField(
        _("gespreksvragen"), blank=True, help_text=_("Voor teamsessies: één vraag per regel.")
    )
    path = StreamField(DecisionPathBlock(), verbose_name=_("beslispad"), blank=True)
    audiences = ParentalManyToManyField("accounts.Audience", verbose_name=_("teams"), blank=True)
    exploitation_forms = MultipleChoiceField(_("vormen van uitbuiting"), choices_enum=ExploitationForm)
    signals = MultipleChoiceField(_("signalen die de vraag oefent"), choices_enum=SignalCategory)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="question")

    panels = [
        FieldPanel("title"),
        FieldPanel("kind"),
        FieldPanel("scenario"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Afbeelding")),
        FieldPanel("prompt"),
        InlinePanel("choices", label=_("keuze"), heading=_("Keuzes (bij één of meerdere goede antwoorden)"), min_num=0),
        FieldPanel("path", heading=_("Beslispad (alleen bij de soort beslispad)")),
        FieldPanel("explanation"),
        FieldPanel("discussion_prompts"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("exploitation_forms"),
                FieldPanel("signals"),
            ],
            heading=_("Labels"),
        ),
    ]
    base_form_class = QuestionAdminForm
    search_fields = [index.SearchField("title"), index.SearchField("scenario"), index.AutocompleteField("title")]

    class Meta:
        # The id breaks ties, so random draws with a fixed seed (preview, guide, team session) always agree.
        ordering = ["title", "pk"]
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")

    def __str__(self):
        """The bank name; a draft saved without one goes by its question or situation ("Question object (77)"
        before), and else "Vraag zonder naam"."""
        if self.title:
            return self.title
        words = self.prompt or strip_tags(self.scenario or "")
        words = " ".join(html.unescape(words).split())
        if words:
            return Truncator(words).chars(60)
        return gettext("Vraag zonder naam")

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "quizzes/question_preview.html"

    def get_preview_context(self, request, mode_name):
        from ..snapshots import QuestionSnapshot  # snapshots import the models

        snapshot = QuestionSnapshot.from_question(self, list(self.choices.all()))
        return {"question": snapshot.with_labels(), "object": self}


class Choice(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("keuze"), max_length=300)
    is_correct = models.BooleanField(_("goed"), default=False)
    feedback = models.TextField(_("feedback bij deze keuze"))

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("feedback")]

    class Meta(Orderable.Meta):
        verbose_name = _("keuze")
        verbose_name_plural = _("keuzes")

    def __str__(self):
        return self.text

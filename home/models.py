from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import INLINE_FEATURES, BaseStreamBlock


class IntroMixin(models.Model):
    """The lead paragraph every content page opens with."""

    intro = RichTextField(_("inleiding"), features=INLINE_FEATURES, blank=True)

    class Meta:
        abstract = True


class HomePage(IntroMixin, Page):
    body = StreamField(BaseStreamBlock(), verbose_name=_("inhoud"), blank=True)
    audiences_heading = models.CharField(_("kop boven de teams"), max_length=150, default="Voor jouw team")

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), FieldPanel("audiences_heading")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "home.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")

    def get_context(self, request, *args, **kwargs):
        from courses.catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(request, limit=None))
        return context


class StandardPage(IntroMixin, Page):
    """Content such as "Wat te doen bij signalen", the privacy and the accessibility statement."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standaardpagina")


@register_setting(icon="user")
class SiteSettings(BaseSiteSetting):
    """The coordinator's contact details, shown in the footer and in every referral route."""

    coordinator_name = models.CharField(_("naam coördinator"), max_length=150, blank=True)
    coordinator_role = models.CharField(
        _("functie coördinator"), max_length=150, blank=True, default="Zorgcoördinator mensenhandel Flevoland"
    )
    coordinator_email = models.EmailField(_("e-mail coördinator"), blank=True)
    coordinator_phone = models.CharField(_("telefoon coördinator"), max_length=40, blank=True)
    care_notice = models.TextField(
        _("zorg voor de deelnemer"),
        blank=True,
        help_text=_("Staat aan het begin van elke module: het onderwerp kan iemand raken, en waar je steun vindt."),
    )
    footer_note = models.CharField(
        _("tekst in de voettekst"),
        max_length=250,
        blank=True,
        default="Bij acuut gevaar bel je altijd 112.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("coordinator_name"),
                FieldPanel("coordinator_role"),
                FieldPanel("coordinator_email"),
                FieldPanel("coordinator_phone"),
            ],
            heading=_("Coördinator"),
        ),
        FieldPanel("care_notice"),
        FieldPanel("footer_note"),
    ]

    class Meta:
        verbose_name = _("site-instellingen")

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from .blocks import INLINE_FEATURES, BaseStreamBlock
from .names import validate_name, validate_title_fields
from .phone import validate_contact_phone, validate_phone_number
from .ratelimit import allow
from .routing import ViewRestrictionsMixin, settings_for_site


class TitleCheckMixin(models.Model):
    """For every page type: its title (and its title for search engines) refuses what a name refuses
    (home.names.validate_name): characters that turn the writing direction such as U+202E, control characters,
    a title of only invisible characters. Checked in `clean`, so the admin's page form shows the message at
    the field and a page saved in code is checked too (Page.save runs full_clean). Wagtail's copy form is
    checked by home.forms.install."""

    class Meta:
        abstract = True

    def clean(self):
        """Wagtail's checks (the slug) and the title's, all messages at once."""
        errors = {}
        for check in (super().clean, lambda: validate_title_fields(self)):
            try:
                check()
            except ValidationError as error:
                errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)


class IntroMixin(models.Model):
    """The lead paragraph every content page opens with."""

    intro = RichTextField(_("inleiding"), features=INLINE_FEATURES, blank=True)

    class Meta:
        abstract = True


class HomePage(TitleCheckMixin, ViewRestrictionsMixin, IntroMixin, Page):
    body = StreamField(BaseStreamBlock(), verbose_name=_("inhoud"), blank=True)
    audiences_heading = models.CharField(_("kop boven de teams"), max_length=150, default="Voor jouw team")

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), FieldPanel("audiences_heading")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "home.StandardPage", "home.TeamVisitFormPage"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")


class StandardPage(TitleCheckMixin, ViewRestrictionsMixin, IntroMixin, Page):
    """Content such as "Wat te doen bij signalen", the privacy and the accessibility statement."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standaardpagina")


class TeamVisitFormField(AbstractFormField):
    page = ParentalKey("TeamVisitFormPage", on_delete=models.CASCADE, related_name="form_fields")


# Who may change the site settings (the coordinator's address and phone) may change where requests are sent.
MAIL_SETTINGS = "home.change_sitesettings"


class TeamVisitRequestsPanel(FormSubmissionsPanel):
    """The count of requests and a link to them, for who may see them (the `filter_form_submissions_for_user`
    hooks decide: the requests hold the requester's name, e-mail address and phone number)."""

    class BoundPanel(FormSubmissionsPanel.BoundPanel):
        def is_shown(self):
            from wagtail.contrib.forms.utils import get_forms_for_user

            if not self.instance.pk or not get_forms_for_user(self.request.user).filter(pk=self.instance.pk).exists():
                return False
            return super().is_shown()


class TeamVisitFormPage(TitleCheckMixin, ViewRestrictionsMixin, IntroMixin, AbstractEmailForm):
    """ "Vraag een teambezoek aan": a team lead asks the coordinator to come and inform their team.

    Submissions are kept in the admin (Formulieren) and e-mailed to the coordinator through the mail
    queue, to the page's own address or else the coordinator's address from the site settings.
    """

    thank_you_text = RichTextField(_("tekst na versturen"), features=INLINE_FEATURES, blank=True)

    content_panels = [
        TeamVisitRequestsPanel(),
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("veld"), heading=_("Velden")),
        FieldPanel("thank_you_text"),
        # Not for an editor: the addresses decide who receives people's requests (and in whose name).
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("from_address", permission=MAIL_SETTINGS),
                        FieldPanel("to_address", permission=MAIL_SETTINGS),
                    ]
                ),
                FieldPanel("subject", permission=MAIL_SETTINGS),
            ],
            heading=_("E-mail"),
            permission=MAIL_SETTINGS,
        ),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("aanvraag teambezoek")

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        for field in form.fields.values():
            if isinstance(field, forms.CharField) and not field.max_length:
                field.max_length = 2000
                field.validators.append(MaxLengthValidator(2000))
                field.widget.attrs["maxlength"] = 2000
        return form

    def serve(self, request, *args, **kwargs):
        # Every accepted submission e-mails the coordinator, so anonymous posting is limited per address.
        # While Redis is down nothing can be counted, so the form fails closed and says so (503).
        if request.method == "POST" and not allow(
            request, "team_visit_request", settings.TEAM_VISIT_RATE_LIMIT, when_cache_down=False
        ):
            from django.template.response import TemplateResponse

            from .cache import cache_available

            context = self.get_context(request)
            # What was typed stays in the fields (to copy, or to send later), without marking anything red:
            # the form was not checked, only refused for now.
            typed = {name: request.POST.get(name) for name in request.POST if name != "csrfmiddlewaretoken"}
            context["form"] = self.get_form(page=self, user=request.user, initial=typed)
            cache_down = not cache_available()
            context["rate_limited"] = not cache_down
            context["cache_down"] = cache_down
            return TemplateResponse(request, self.get_template(request), context, status=503 if cache_down else 429)
        return super().serve(request, *args, **kwargs)

    def recipients(self):
        if self.to_address:
            return [address.strip() for address in self.to_address.split(",") if address.strip()]
        coordinator = SiteSettings.for_site(self.get_site()).coordinator_email
        return [coordinator] if coordinator else []

    def process_form_submission(self, form):
        # Wagtail mails only when to_address is set; we fall back to the coordinator's address.
        submission = FormMixin.process_form_submission(self, form)
        self.send_mail(form)
        return submission

    def send_mail(self, form):
        from .mail import queue_email

        context = {"page": self, "content": self.render_email(form), "subject": self.subject or self.title}
        for address in self.recipients():
            queue_email(address, "home/email/team_visit", context)


class CoordinatorStatusPanel(HelpPanel):
    """A warning above the coordinator's fields while her contact details are not filled in."""

    class BoundPanel(HelpPanel.BoundPanel):
        def is_shown(self):
            return not getattr(self.instance, "coordinator_is_set", True)


COORDINATOR_MISSING_WARNING = _(
    "De contactgegevens van de zorgcoördinator zijn nog niet ingevuld. Op de site staat nu bij elke route: "
    "‘contactgegevens volgen nog’. Vul een naam en een telefoonnummer of e-mailadres in. Gebruik alleen "
    "echte, werkende gegevens."
)


@register_setting(icon="user")
class SiteSettings(BaseSiteSetting):
    """The coordinator's contact details, shown in the footer and in every referral route.

    Until a name and a phone number or e-mail address are filled in (`coordinator_is_set`), the site says
    that the contact is still to be set and the admin shows a warning: a safety route never shows an
    invented contact as if it were real (content issue 15).
    """

    coordinator_name = models.CharField(_("naam coördinator"), max_length=150, blank=True, validators=[validate_name])
    coordinator_role = models.CharField(
        _("functie coördinator"), max_length=150, blank=True, default="Zorgcoördinator mensenhandel Flevoland"
    )
    coordinator_email = models.EmailField(_("e-mail coördinator"), blank=True)
    coordinator_phone = models.CharField(
        _("telefoon coördinator"),
        max_length=40,
        blank=True,
        validators=[validate_phone_number, validate_contact_phone],
    )
    coordinator_signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("handtekening coördinator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Staat op de certificaten. Een PNG met een transparante achtergrond werkt het best."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Staat op de certificaten."),
    )
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
                CoordinatorStatusPanel(
                    content=format_lazy('<p class="help-block help-warning">{}</p>', COORDINATOR_MISSING_WARNING)
                ),
                FieldPanel("coordinator_name"),
                FieldPanel("coordinator_role"),
                FieldPanel("coordinator_email"),
                FieldPanel("coordinator_phone"),
                FieldPanel("coordinator_signature"),
            ],
            heading=_("Coördinator"),
        ),
        FieldPanel("logo"),
        FieldPanel("care_notice"),
        FieldPanel("footer_note"),
    ]

    class Meta:
        verbose_name = _("site-instellingen")

    @classmethod
    def for_request(cls, request):
        """The settings of the request's site, read from the cache (`home.routing`), once per request."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is None:
                raise cls.DoesNotExist("SiteSettings do not exist for site None.")
            instance = settings_for_site(cls, site)
            instance._request = request
            setattr(request, attr_name, instance)
        return getattr(request, attr_name)

    @classmethod
    def for_site_or_default(cls, site=None):
        """The settings of `site`, or of the default site when there is no request (PDFs, e-mails, tasks).

        Returns None only when no site exists yet (before `load_demo` or the first page).
        """
        if site is None:
            site = Site.objects.filter(is_default_site=True).first()
        return cls.for_site(site) if site else None

    def clean(self):
        """A name and a way to reach her go together: the site shows neither without the other
        (`coordinator_is_set`), so saving one alone left the warning standing without saying why."""
        super().clean()
        name = self.coordinator_name.strip()
        reach = self.coordinator_phone.strip() or self.coordinator_email.strip()
        if reach and not name:
            raise ValidationError(
                {
                    "coordinator_name": _(
                        "Vul ook de naam van de coördinator in. Zonder naam toont de site de gegevens niet."
                    )
                }
            )
        if name and not reach:
            raise ValidationError(
                {
                    "coordinator_email": _(
                        "Vul een e-mailadres of telefoonnummer in. Zonder een van beide toont de site de naam niet."
                    )
                }
            )

    @property
    def coordinator_is_set(self):
        """True when the coordinator has a name and a way to reach her (phone or e-mail)."""
        return bool(
            self.coordinator_name.strip() and (self.coordinator_phone.strip() or self.coordinator_email.strip())
        )


class OutgoingEmail(models.Model):
    """An e-mail written to the database first and sent by a task, so a mail server outage loses nothing.

    Sending failures are counted and retried later by the task worker, with back-off (home.mail); the
    record that caused the mail (a certificate, a registration) was committed before.
    """

    to = models.EmailField(_("aan"))
    subject = models.CharField(_("onderwerp"), max_length=255)
    text_body = models.TextField(_("tekst"))
    html_body = models.TextField(_("html"), blank=True)
    attachments = models.JSONField(_("bijlagen"), default=list, blank=True)
    created_at = models.DateTimeField(_("gemaakt op"), auto_now_add=True)
    sent_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    last_error = models.TextField(_("laatste fout"), blank=True)
    next_attempt_at = models.DateTimeField(_("volgende poging"), null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["sent_at", "next_attempt_at"])]
        verbose_name = _("uitgaande e-mail")
        verbose_name_plural = _("uitgaande e-mails")

    def __str__(self):
        return f"{self.to}: {self.subject}"

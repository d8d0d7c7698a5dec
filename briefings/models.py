"""Briefing sessions by the coordinator, and the registrations for them (a seat or the waiting list).

The tables keep the names they had in the certificates app, so moving the models here moved no data.
"""

import uuid
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from accounts.models import Municipality
from home.names import validate_name

from .forms import BriefingSessionForm
from .panels import StatusPanel

FIRST_SESSION_YEAR = 2020
YEARS_AHEAD = 5
MAX_CAPACITY = 1000


def validate_session_date(value):
    """A session from `FIRST_SESSION_YEAR` up to `YEARS_AHEAD` years from now: a typo such as 1900 or 9999 is
    refused with a message (a date near year 1 or 9999 cannot even be stored)."""
    latest = timezone.now() + timedelta(days=365 * YEARS_AHEAD + 2)
    if value.year < FIRST_SESSION_YEAR or value > latest:
        raise ValidationError(
            _("Kies een datum vanaf %(first)d en hoogstens %(years)d jaar vooruit.")
            % {"first": FIRST_SESSION_YEAR, "years": YEARS_AHEAD},
            code="date_out_of_range",
        )


class BriefingSession(index.Indexed, ClusterableModel):
    """An in-person (or online) briefing by the coordinator, for those who passed a module."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("gepland")
        CANCELLED = "cancelled", _("afgelast")

    title = models.CharField(_("titel"), max_length=200, validators=[validate_name])
    description = models.TextField(_("omschrijving"), blank=True)
    start = models.DateTimeField(_("begin"), validators=[validate_session_date])
    end = models.DateTimeField(_("einde"), validators=[validate_session_date])
    venue_name = models.CharField(
        _("naam van de locatie"),
        max_length=150,
        blank=True,
        help_text=_("Bijvoorbeeld: Stadhuis Lelystad."),
        validators=[validate_name],
    )
    room = models.CharField(_("zaal"), max_length=100, blank=True, help_text=_("Bijvoorbeeld: zaal 2.14."))
    location = models.CharField(
        _("adres"), max_length=255, blank=True, help_text=_("Straat, huisnummer en plaats: Stationsplein 1, Lelystad.")
    )
    route_notes = models.TextField(
        _("route en parkeren"),
        blank=True,
        help_text=_("Optioneel: hoe je de zaal vindt, waar je parkeert, bij welke balie je je meldt."),
    )
    online_url = models.URLField(_("link voor online deelname"), blank=True)
    municipality = models.CharField(
        _("gemeente"), max_length=30, choices=Municipality.choices, default=Municipality.REGION
    )
    audiences = ParentalManyToManyField("accounts.Audience", verbose_name=_("teams"), blank=True)
    capacity = models.PositiveSmallIntegerField(
        _("aantal plaatsen"),
        default=20,
        validators=[
            MaxValueValidator(MAX_CAPACITY, message=_("Een bijeenkomst heeft hoogstens %(limit_value)s plaatsen."))
        ],
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PLANNED)
    # Raised each time the time or place changes, so a calendar replaces the invitation it has (RFC 5545
    # SEQUENCE); a cancellation is sent with one more, so it outranks the last change.
    sequence = models.PositiveIntegerField(_("versie van de uitnodiging"), default=0, editable=False)

    # A change to one of these is announced to everyone with a seat, with an updated calendar item.
    ANNOUNCED_FIELDS = ("start", "end", "venue_name", "room", "location", "online_url")

    panels = [
        StatusPanel(),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("room"),
                FieldPanel("location"),
                FieldPanel("route_notes"),
                FieldPanel("online_url"),
            ],
            heading=_("Waar"),
            help_text=_(
                "Wie een plek heeft, krijgt een e-mail met een nieuwe agenda-afspraak als tijd of plaats verandert."
            ),
        ),
        FieldPanel("municipality"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("capacity"),
    ]
    base_form_class = BriefingSessionForm
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        db_table = "certificates_briefingsession"
        ordering = ["start"]
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def __str__(self):
        return self.title

    @property
    def place(self):
        """Where, on one line: "Stadhuis Lelystad, zaal 2.14, Stationsplein 1, Lelystad" (empty when online only)."""
        return ", ".join(part.strip() for part in (self.venue_name, self.room, self.location) if part.strip())

    def clean(self):
        # That the end comes after the start is checked by the admin form (briefings.forms), which knows
        # whether both were read at all.
        if not self.location and not self.online_url:
            raise ValidationError({"location": _("Geef een adres of een link voor online deelname.")})


class Registration(models.Model):
    """A place at a briefing, or a place on its waiting list."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("aangemeld")
        WAITING = "waiting", _("wachtlijst")
        CANCELLED = "cancelled", _("afgemeld")

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    session = models.ForeignKey(BriefingSession, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="registrations"
    )
    full_name = models.CharField(_("naam"), max_length=150, validators=[validate_name])
    email = models.EmailField(_("e-mailadres"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED)
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    attended = models.BooleanField(_("aanwezig geweest"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("herinnering verstuurd"), null=True, blank=True)

    class Meta:
        db_table = "certificates_registration"
        ordering = ["created_at", "pk"]
        constraints = [
            # One live registration (place or waiting list) per person per session.
            models.UniqueConstraint(
                fields=["session", "email"], condition=~Q(status="cancelled"), name="one_registration_per_session"
            )
        ]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")

    def __str__(self):
        return f"{self.full_name} – {self.session}"

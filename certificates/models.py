import secrets
import uuid

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from accounts.models import Municipality

# Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper survives.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 20  # 20 symbols of 5 bits = 100 bits


def new_verification_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text):
    """What someone typed (spaces, dashes, lower case, O for 0) as a stored code."""
    cleaned = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))


def private_storage():
    from django.core.files.storage import storages

    return storages["private"]


def certificate_upload_path(instance, filename):
    return f"certificates/{instance.code}.pdf"


class Certificate(models.Model):
    """Proof that someone passed a module. Names and titles are copied in, so they stay as printed."""

    class Status(models.TextChoices):
        VALID = "valid", _("geldig")
        EXPIRED = "expired", _("verlopen")
        REVOKED = "revoked", _("ingetrokken")

    code = models.CharField(_("verificatiecode"), max_length=CODE_LENGTH, unique=True, default=new_verification_code)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("deelnemer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("module"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    attempt = models.OneToOneField(
        "quizzes.Attempt",
        verbose_name=_("geslaagde poging"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificate",
    )
    # Set when earned in a team session without an account; `learner` is filled in when they claim it.
    participant = models.ForeignKey(
        "quizzes.Participant",
        verbose_name=_("deelnemer teamsessie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    team_session = models.ForeignKey(
        "quizzes.TeamSession",
        verbose_name=_("teamsessie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    full_name = models.CharField(_("naam op het certificaat"), max_length=150)
    email = models.EmailField(_("e-mailadres"), blank=True)
    course_title = models.CharField(_("module op het certificaat"), max_length=255)
    audience_names = models.CharField(_("teams op het certificaat"), max_length=255, blank=True)
    issued_at = models.DateTimeField(_("uitgegeven op"), default=timezone.now)
    valid_until = models.DateField(_("geldig tot"))
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    revoked_reason = models.TextField(_("reden van intrekken"), blank=True)
    pdf = models.FileField(_("pdf"), upload_to=certificate_upload_path, storage=private_storage, blank=True)
    expiry_reminder_sent_at = models.DateTimeField(_("herinnering verlopen verstuurd"), null=True, blank=True)

    class Meta:
        ordering = ["-issued_at"]
        indexes = [models.Index(fields=["learner", "course", "valid_until"])]
        verbose_name = _("certificaat")
        verbose_name_plural = _("certificaten")

    def __str__(self):
        return f"{self.full_name} – {self.course_title}"

    @property
    def display_code(self):
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))

    def status(self, today=None):
        today = today or timezone.localdate()
        if self.revoked_at:
            return self.Status.REVOKED
        if self.valid_until < today:
            return self.Status.EXPIRED
        return self.Status.VALID

    @property
    def is_valid(self):
        return self.status() == self.Status.VALID


class BriefingSession(index.Indexed, ClusterableModel):
    """An in-person (or online) briefing by the coordinator, for those who passed a module."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("gepland")
        CANCELLED = "cancelled", _("afgelast")

    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(_("omschrijving"), blank=True)
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"))
    location = models.CharField(_("adres"), max_length=255, blank=True)
    online_url = models.URLField(_("link voor online deelname"), blank=True)
    municipality = models.CharField(
        _("gemeente"), max_length=30, choices=Municipality.choices, default=Municipality.REGION
    )
    audiences = ParentalManyToManyField("courses.Audience", verbose_name=_("teams"), blank=True)
    capacity = models.PositiveSmallIntegerField(_("aantal plaatsen"), default=20)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PLANNED)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        MultiFieldPanel([FieldPanel("location"), FieldPanel("online_url")], heading=_("Waar")),
        FieldPanel("municipality"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("capacity"),
        FieldPanel("status"),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        ordering = ["start"]
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def __str__(self):
        return self.title

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Het einde moet na het begin liggen.")})
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
    full_name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.CONFIRMED)
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    attended = models.BooleanField(_("aanwezig geweest"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("herinnering verstuurd"), null=True, blank=True)

    class Meta:
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

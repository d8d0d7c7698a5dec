import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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
        "team_sessions.Participant",
        verbose_name=_("deelnemer teamsessie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    team_session = models.ForeignKey(
        "team_sessions.TeamSession",
        verbose_name=_("teamsessie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    full_name = models.CharField(_("naam op het certificaat"), max_length=150)
    email = models.EmailField(_("e-mailadres"), blank=True)
    course_title = models.CharField(_("module op het certificaat"), max_length=255)
    # Every team the module is for, joined by ", " (issuing.audience_on_certificate): no length limit, as a
    # module may be for many teams (a name may be 100 characters) and issuing runs inside the grading.
    audience_names = models.TextField(_("teams op het certificaat"), blank=True)
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

from django.conf import settings
from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from home.names import name_key, validate_name

from .emails import canonical_email, validate_plain_email


class Municipality(models.TextChoices):
    ALMERE = "almere", "Almere"
    DRONTEN = "dronten", "Dronten"
    LELYSTAD = "lelystad", "Lelystad"
    NOORDOOSTPOLDER = "noordoostpolder", "Noordoostpolder"
    URK = "urk", "Urk"
    ZEEWOLDE = "zeewolde", "Zeewolde"
    REGION = "flevoland", _("Heel Flevoland")


STAFF_COUNT_MINIMUM = _("Vul minstens 1 medewerker in, of laat het leeg als je het niet weet.")


class Organisation(index.Indexed, models.Model):
    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Gemeente")
        SCHOOL = "school", _("School")
        CARE = "care", _("Zorg")
        OTHER = "other", _("Anders")

    name = models.CharField(_("naam"), max_length=200, unique=True, validators=[validate_name])
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    municipality = models.CharField(
        _("gemeente"), max_length=30, choices=Municipality.choices, default=Municipality.REGION
    )
    staff_count = models.PositiveIntegerField(
        _("aantal medewerkers"),
        null=True,
        blank=True,
        help_text=_("Voor de rapportages: welk deel van de medewerkers is getraind. Leeg als het onbekend is."),
        validators=[
            MinValueValidator(1, message=STAFF_COUNT_MINIMUM),
            MaxValueValidator(1_000_000, message=_("Vul hoogstens %(limit_value)s medewerkers in.")),
        ],
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")

    def __str__(self):
        return self.name

    def clean(self):
        """Spaces at the ends or in a row are not part of a name ("gemeente almere " is "gemeente almere")."""
        super().clean()
        self.name = " ".join((self.name or "").split())

    def validate_unique(self, exclude=None):
        """One organisation per name, however it was typed: "gemeente almere", "Gemeente-Almere" or
        "Gemeente Almere." next to "Gemeente Almere" would split one organisation's learners over two rows of
        every report (home.names.name_key: capitals, accents, punctuation and spaces do not count). Refused
        with the name that exists (instead of Django's "Er bestaat al een Organisatie met eenzelfde Naam")."""
        if not exclude or "name" not in exclude:
            key = name_key(self.name)
            others = Organisation.objects.exclude(pk=self.pk).values_list("name", flat=True)
            existing = next((name for name in others.iterator() if name_key(name) == key), None) if key else None
            if existing is not None:
                raise ValidationError(
                    {"name": _("Er is al een organisatie met deze naam: %(name)s.") % {"name": existing}}
                )
        super().validate_unique(exclude)


class UserManager(BaseUserManager):
    use_in_migrations = True

    @classmethod
    def normalize_email(cls, email):
        """The canonical address (accounts.emails): lower case, NFKC, no invisible characters."""
        return canonical_email(email)

    def get_by_natural_key(self, username):
        return self.get(**{self.model.USERNAME_FIELD: canonical_email(username)})

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A learner, facilitator or coordinator. The e-mail address is the login."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mailadres"), unique=True)
    full_name = models.CharField(
        _("volledige naam"),
        max_length=150,
        help_text=_("Zoals de naam op je certificaat moet staan."),
        validators=[validate_name],
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    team = models.ForeignKey(
        "accounts.Audience",
        verbose_name=_("team"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")

    def __str__(self):
        return self.full_name or self.email

    def clean(self):
        """The address in its canonical spelling, so the admin's forms find a look-alike taken too."""
        super().clean()
        self.email = canonical_email(self.email)
        try:
            validate_plain_email(self.email)
        except ValidationError as error:
            raise ValidationError({"email": error.messages}) from None

    def save(self, *args, **kwargs):
        self.email = canonical_email(self.email)
        super().save(*args, **kwargs)

    # Staff powers need the second factor (REQUIRE_STAFF_MFA): until a staff member has set up an
    # authenticator app, every permission check answers as for a learner, on every page (certificate PDFs
    # of others, team-session participant lists, reports, the facilitator guide) and not only under /admin/.

    def has_staff_powers(self):
        """True for superusers, staff and anyone holding a permission (coordinators, editors, facilitators)."""
        return self.is_active and (self.is_superuser or self.is_staff or bool(super().get_all_permissions()))

    def needs_mfa_setup(self):
        """True while REQUIRE_STAFF_MFA is on and this user has staff powers but no TOTP authenticator.
        Asked once per user object (one request)."""
        if not settings.REQUIRE_STAFF_MFA or self.pk is None:
            return False
        if not hasattr(self, "_needs_mfa_setup"):
            from allauth.mfa.models import Authenticator

            self._needs_mfa_setup = (
                self.has_staff_powers()
                and not Authenticator.objects.filter(user=self, type=Authenticator.Type.TOTP).exists()
            )
        return self._needs_mfa_setup

    def has_perm(self, perm, obj=None):
        if self.needs_mfa_setup():
            return False
        return super().has_perm(perm, obj)

    def has_perms(self, perm_list, obj=None):
        if self.needs_mfa_setup():
            return False
        return super().has_perms(perm_list, obj)

    def has_module_perms(self, app_label):
        if self.needs_mfa_setup():
            return False
        return super().has_module_perms(app_label)

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email


class Audience(index.Indexed, models.Model):
    """A team the training is tailored to: sociaal domein, handhaving, OOV, zorg, onderwijs.

    Learners belong to one; modules and briefing sessions name the teams they are for.
    """

    name = models.CharField(_("naam"), max_length=100, unique=True, validators=[validate_name])
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("omschrijving"), blank=True)
    sort_order = models.PositiveSmallIntegerField(
        _("volgorde"),
        default=0,
        validators=[MaxValueValidator(1000, message=_("Vul een getal van 0 tot en met %(limit_value)s in."))],
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        # The table keeps its first name: the model moved here from courses without moving data.
        db_table = "courses_audience"
        ordering = ["sort_order", "name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")

    def __str__(self):
        return self.name

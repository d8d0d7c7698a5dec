from django.db import models
from django.utils.translation import gettext_lazy as _


class SignalCategory(models.TextChoices):
    """The signal groups of the content brief; lessons and quiz questions are tagged with them."""

    PERSON = "person", _("De persoon")
    CONTROL = "control", _("Controle en afhankelijkheid")
    DOCUMENTS_MONEY = "documents_money", _("Papieren, geld en schulden")
    WORKPLACE = "workplace", _("Werkplek")
    HOUSING = "housing", _("Huisvesting")
    SEXUAL = "sexual", _("Seksuele uitbuiting")
    MINORS = "minors", _("Minderjarigen, loverboys en criminele werving")


class ExploitationForm(models.TextChoices):
    SEXUAL = "sexual", _("Seksuele uitbuiting")
    LABOUR = "labour", _("Arbeidsuitbuiting")
    CRIMINAL = "criminal", _("Criminele uitbuiting")
    ORGAN = "organ", _("Gedwongen orgaanverwijdering")

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportAccess(models.Model):
    """Carries the report permissions; it has no table and no rows.

    A model with `Meta.permissions` is Django's own way to define permissions, so they appear in Wagtail's
    group editor and `user.has_perm` works without a custom backend. Unmanaged with no default permissions:
    nothing to add, change or delete.
    """

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_all_reports", _("Alle rapportages bekijken (alle organisaties)")),
            ("view_organisation_reports", _("Rapportages van de eigen organisatie bekijken")),
        ]
        verbose_name = _("toegang tot rapportages")
        verbose_name_plural = _("toegang tot rapportages")

    def __str__(self):
        return str(self._meta.verbose_name)

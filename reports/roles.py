"""The roles are Wagtail groups, created by the data migration `0002_roles`; see docs/reports.md."""

import importlib

from django.apps import apps

COORDINATORS = "Coördinatoren"
EDITORS = "Redacteuren"
FACILITATORS = "Begeleiders"
ORGANISATION_CONTACTS = "Contactpersonen organisatie"


def ensure_roles():
    """Make the groups as the migration does, for a database whose tables were flushed (browser tests)."""
    importlib.import_module("reports.migrations.0002_roles").create_roles(apps, None)

"""The roles are Wagtail groups, created by the data migrations `0002_roles` and `0003_roles_for_moved_apps`
(the rights of the apps split off later), with the editors' publish rights taken back by
`0008_editors_send_pages_for_approval`; see docs/reports.md."""

import importlib

from django.apps import apps

COORDINATORS = "Coördinatoren"
EDITORS = "Redacteuren"
FACILITATORS = "Begeleiders"
ORGANISATION_CONTACTS = "Contactpersonen organisatie"


def ensure_roles():
    """Make the groups as the migration does, for a database whose tables were flushed (browser tests)."""
    importlib.import_module("reports.migrations.0002_roles").create_roles(apps, None)
    importlib.import_module("reports.migrations.0003_roles_for_moved_apps").grant(apps, None)
    importlib.import_module("reports.migrations.0008_editors_send_pages_for_approval").withdraw(apps, None)

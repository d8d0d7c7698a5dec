"""The roles keep their rights after briefings and team sessions got their own apps.

On a database migrated before, the permissions moved with their content types (see the apps' 0001). On a
fresh database the roles migration may run after those apps, when their permissions are no longer under
`certificates` and `quizzes`; this grants them by their new app labels. Running it again changes nothing.
"""

import importlib

from django.db import migrations

roles = importlib.import_module("reports.migrations.0002_roles")


def grant(apps, schema_editor):
    roles.ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    coordinators, _ = Group.objects.get_or_create(name=roles.COORDINATORS)
    moved = [p for label in ("briefings", "team_sessions", "accounts") for p in roles.permissions(apps, label)]
    coordinators.permissions.add(*moved)
    facilitators, _ = Group.objects.get_or_create(name=roles.FACILITATORS)
    facilitators.permissions.add(*roles.permissions(apps, "team_sessions", ["add_teamsession", "view_teamsession"]))


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0002_roles"),
        ("briefings", "0001_initial"),
        ("team_sessions", "0001_initial"),
        ("accounts", "0004_audience_moved_from_courses"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

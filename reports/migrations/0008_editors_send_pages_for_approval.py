"""Editors send pages for approval; the coordinators publish.

`0002_roles` gave the Redacteuren the same page rights as the Coördinatoren, publish and "bypass workflow"
included, so the approval step "Goedkeuring door coördinator" (0006) held back nobody: an editor could put a
lesson with a wrong phone number live, or take a module offline, without the coordinator seeing it. This takes
those two rights away from the Redacteuren at the root page, where 0002 gave them; adding, editing, locking and
the question bank stay (questions have no approval step in Wagtail, so editors keep publishing those).

Rights given elsewhere in the page tree (by a coordinator, on purpose) are left alone. Going back gives the two
rights back.
"""

from django.db import migrations

EDITORS = "Redacteuren"
WITHDRAWN = ["publish_page", "bypass_workflow_page"]


def _rights(apps):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name=EDITORS).first()
    root_page = Page.objects.filter(depth=1).first()
    permissions = Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=WITHDRAWN)
    return editors, root_page, list(permissions)


def withdraw(apps, schema_editor):
    editors, root_page, permissions = _rights(apps)
    if editors is None or root_page is None:
        return
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(group=editors, page=root_page, permission__in=permissions).delete()


def give_back(apps, schema_editor):
    editors, root_page, permissions = _rights(apps)
    if editors is None or root_page is None:
        return
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(group=editors, page=root_page, permission=permission)


class Migration(migrations.Migration):
    dependencies = [("reports", "0007_completions_from_team_certificates")]

    operations = [migrations.RunPython(withdraw, give_back)]

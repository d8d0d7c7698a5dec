"""Wagtail's own starting roles: the approval step in Dutch and for the coordinators; its English groups gone.

A new Wagtail database comes with two groups, "Editors" and "Moderators", and a workflow "Moderators approval"
on the whole site whose one task lets the Moderators approve a page. This project has its own roles
(0002_roles, docs/reports.md). In the admin the two English groups sat beside "Redacteuren" and "Coördinatoren"
with rights of their own, and a page sent for approval went to a group nobody was in.

- Wagtail's task and workflow, recognised by their name and their one group (Moderators), are renamed
  "Goedkeuring door coördinator" and the Coördinatoren approve (they may publish every page). A workflow or
  task someone made or changed is left alone.
- "Editors" and "Moderators" are removed when nobody is in them (so on every new database); a group someone was
  put in stays as it is.

Running it again changes nothing. Going back changes nothing either (the old names and groups are not restored).
"""

from django.db import migrations

WAGTAIL_APPROVAL = "Moderators approval"
WAGTAIL_GROUPS = ["Editors", "Moderators"]
APPROVAL = "Goedkeuring door coördinator"
COORDINATORS = "Coördinatoren"


def replace_wagtail_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    coordinators = Group.objects.filter(name=COORDINATORS).first()
    if coordinators is not None:
        for task in GroupApprovalTask.objects.filter(name=WAGTAIL_APPROVAL):
            if list(task.groups.values_list("name", flat=True)) != ["Moderators"]:
                continue
            task.name = APPROVAL
            task.save(update_fields=["name"])
            task.groups.set([coordinators])
            Workflow.objects.filter(name=WAGTAIL_APPROVAL, workflow_tasks__task=task).update(name=APPROVAL)
    for group in Group.objects.filter(name__in=WAGTAIL_GROUPS, user__isnull=True):
        if not GroupApprovalTask.objects.filter(groups=group).exists():
            group.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0005_module_statistics"),
    ]

    operations = [
        migrations.RunPython(replace_wagtail_roles, migrations.RunPython.noop),
    ]

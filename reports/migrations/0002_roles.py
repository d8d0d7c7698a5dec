"""The four roles as Wagtail groups. See docs/reports.md.

Django creates permissions after all migrations ran (post_migrate), so on a fresh database they do not
exist yet here: this migration creates the ones it hands out. Running it again changes nothing.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

OUR_APPS = ["accounts", "home", "courses", "quizzes", "certificates", "reports"]
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "bypass_workflow_page", "lock_page", "unlock_page"]
IMAGE_PERMISSIONS = ["add_image", "change_image", "delete_image", "choose_image"]
DOCUMENT_PERMISSIONS = ["add_document", "change_document", "delete_document", "choose_document"]
QUESTION_PERMISSIONS = ["add_question", "change_question", "delete_question", "view_question", "publish_question"]

COORDINATORS = "Coördinatoren"
EDITORS = "Redacteuren"
FACILITATORS = "Begeleiders"
ORGANISATION_CONTACTS = "Contactpersonen organisatie"


def ensure_permissions(apps):
    for app_config in global_apps.get_app_configs():
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        except LookupError:  # an app without models in this migration state
            continue
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    # Wagtail adds the publish permission of draftable snippets after migrating, like Django's own.
    question_type, _ = ContentType.objects.get_or_create(app_label="quizzes", model="question")
    Permission.objects.get_or_create(
        content_type=question_type, codename="publish_question", defaults={"name": "Can publish vraag"}
    )


def permissions(apps, app_label, codenames=None, model=None):
    Permission = apps.get_model("auth", "Permission")
    found = Permission.objects.filter(content_type__app_label=app_label)
    if model:
        found = found.filter(content_type__model=model)
    if codenames is not None:
        found = found.filter(codename__in=codenames)
    return list(found)


def create_roles(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    admin_access = permissions(apps, "wagtailadmin", ["access_admin"])
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    def content_rights(group):
        if root_page:
            for permission in permissions(apps, "wagtailcore", PAGE_PERMISSIONS, model="page"):
                GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
        if root_collection:
            media = permissions(apps, "wagtailimages", IMAGE_PERMISSIONS) + permissions(
                apps, "wagtaildocs", DOCUMENT_PERMISSIONS
            )
            for permission in media:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )

    coordinators, _ = Group.objects.get_or_create(name=COORDINATORS)
    ours = [p for label in OUR_APPS for p in permissions(apps, label)]
    roles = permissions(apps, "auth", ["add_group", "change_group", "delete_group", "view_group"])
    coordinators.permissions.add(*ours, *roles, *admin_access)
    content_rights(coordinators)

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*permissions(apps, "quizzes", QUESTION_PERMISSIONS, model="question"), *admin_access)
    content_rights(editors)

    facilitators, _ = Group.objects.get_or_create(name=FACILITATORS)
    facilitators.permissions.add(*permissions(apps, "quizzes", ["add_teamsession", "view_teamsession"]))

    contacts, _ = Group.objects.get_or_create(name=ORGANISATION_CONTACTS)
    contacts.permissions.add(*permissions(apps, "reports", ["view_organisation_reports"]), *admin_access)


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[COORDINATORS, EDITORS, FACILITATORS, ORGANISATION_CONTACTS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("accounts", "0003_organisation_staff_count"),
        ("home", "0005_team_visit_form"),
        ("courses", "0001_initial"),
        ("quizzes", "0003_team_sessions"),
        ("certificates", "0003_team_session_certificates"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]

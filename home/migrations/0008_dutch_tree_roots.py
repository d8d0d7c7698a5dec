"""The root page and root collection that Wagtail's first migration calls "Root" get Dutch names.

The coordinator sees them in the page explorer's and page chooser's breadcrumbs ("Root › Leren Kijken") and in
the collection list of an image upload. Only the names Wagtail gave are changed: a name someone chose stays."""

from django.db import migrations

ROOT_PAGE_TITLE = "Alle pagina's"
ROOT_COLLECTION_NAME = "Algemeen"


def dutch_names(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    Page.objects.filter(depth=1, title="Root").update(title=ROOT_PAGE_TITLE, draft_title=ROOT_PAGE_TITLE)
    Collection.objects.filter(depth=1, name="Root").update(name=ROOT_COLLECTION_NAME)


def wagtail_names(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    Page.objects.filter(depth=1, title=ROOT_PAGE_TITLE).update(title="Root", draft_title="Root")
    Collection.objects.filter(depth=1, name=ROOT_COLLECTION_NAME).update(name="Root")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_phone_validators"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(dutch_names, wagtail_names)]

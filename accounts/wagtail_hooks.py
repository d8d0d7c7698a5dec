from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.models import Audience

from .models import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisaties")
    list_display = ["name", "kind", "municipality", "staff_count"]
    list_filter = ["kind", "municipality"]
    search_fields = ["name"]
    # The ORM searches these fields the same way on SQLite and PostgreSQL; the database search backend
    # cannot restrict a search to chosen fields on SQLite ("no such column").
    search_backend_name = None
    ordering = ["name"]
    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("municipality"), FieldPanel("staff_count")]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "tag"
    menu_label = _("Teams")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    # The ORM searches these fields the same way on SQLite and PostgreSQL; the database search backend
    # cannot restrict a search to chosen fields on SQLite ("no such column").
    search_backend_name = None
    ordering = ["sort_order", "name"]


class PeopleViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, AudienceViewSet)
    menu_icon = "group"
    menu_label = _("Organisaties en teams")
    menu_name = "organisations"


register_snippet(PeopleViewSetGroup)

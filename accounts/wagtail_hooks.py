from django.urls import reverse
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.models import Audience
from home.deletion import Alternative, KeepRecordsDeleteView, KeptRecord, refuse_bulk_deletion

from .forms import OrganisationForm
from .models import Organisation


def kept_members(group):
    """An organisation or team (audience) that people belong to, or team sessions were held for, is not deleted:
    its members would silently lose it (and with it their contact person, the modules offered to them and their
    place in the reports), and so would the sessions (home/deletion.py). `group` has the reverse relations
    `members` (accounts.User) and `team_sessions` (team_sessions.TeamSession)."""
    records = []
    members = group.members.count()
    if members:
        records.append(KeptRecord(ngettext("%(n)s gebruiker", "%(n)s gebruikers", members) % {"n": members}))
    sessions = group.team_sessions.count()
    if sessions:
        records.append(KeptRecord(ngettext("%(n)s teamsessie", "%(n)s teamsessies", sessions) % {"n": sessions}))
    if isinstance(group, Audience):
        # A team also decides which modules, briefings and questions its people get (many-to-many: deleting the
        # team would quietly take it off them).
        if modules := group.courses.count():
            text = ngettext("%(n)s module voor dit team", "%(n)s modules voor dit team", modules)
            records.append(KeptRecord(text % {"n": modules}))
        if briefings := group.briefingsession_set.count():
            text = ngettext("%(n)s bijeenkomst voor dit team", "%(n)s bijeenkomsten voor dit team", briefings)
            records.append(KeptRecord(text % {"n": briefings}))
        if questions := group.question_set.count():
            text = ngettext("%(n)s vraag voor dit team", "%(n)s vragen voor dit team", questions)
            records.append(KeptRecord(text % {"n": questions}))
    return records


def move_members_first(group):
    if isinstance(group, Audience):
        text = gettext_now(
            "Is de naam veranderd? Pas dan de naam aan. Bestaat het team niet meer? Zet de gebruikers dan eerst "
            "bij een ander team."
        )
    else:
        text = gettext_now(
            "Is de naam veranderd? Pas dan de naam aan. Bestaat de organisatie niet meer? Zet de gebruikers dan "
            "eerst bij een andere organisatie."
        )
    users = (
        reverse("wagtailusers_users:index") + f"?{'team' if isinstance(group, Audience) else 'organisation'}={group.pk}"
    )
    return Alternative(text, gettext_now("Naar deze gebruikers"), users)


class AudienceDeleteView(KeepRecordsDeleteView):
    kept_records = staticmethod(kept_members)
    alternative = staticmethod(move_members_first)


class OrganisationDeleteView(KeepRecordsDeleteView):
    kept_records = staticmethod(kept_members)
    alternative = staticmethod(move_members_first)


@hooks.register("before_bulk_action")
def keep_organisations_and_teams_with_members(request, action_type, objects, action_class_instance):
    """Bulk delete keeps organisations and teams with members or team sessions, as the single delete does."""
    if action_type == "delete" and objects and isinstance(objects[0], Organisation | Audience):
        return refuse_bulk_deletion(request, objects, kept_members)
    return None


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    delete_view_class = OrganisationDeleteView
    icon = "group"
    menu_label = _("Organisaties")
    list_display = ["name", "kind", "municipality", "staff_count"]
    list_filter = ["kind", "municipality"]
    search_fields = ["name"]
    # The ORM searches these fields the same way on SQLite and PostgreSQL; the database search backend
    # cannot restrict a search to chosen fields on SQLite ("no such column").
    search_backend_name = None
    ordering = ["name"]
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("kind"), FieldPanel("municipality"), FieldPanel("staff_count")],
        base_form_class=OrganisationForm,
    )


class AudienceViewSet(SnippetViewSet):
    model = Audience
    delete_view_class = AudienceDeleteView
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

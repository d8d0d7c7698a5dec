from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from briefings.wagtail_hooks import BriefingSessionViewSet

from . import admin_views
from .models import Certificate


class CertificateViewSet(SnippetViewSet):
    """Read-only, apart from the dedicated "Certificaat intrekken" action (see `admin_views`)."""

    model = Certificate
    icon = "doc-full-inverse"
    menu_label = _("Certificaten")
    index_view_class = admin_views.CertificateIndexView
    add_view_class = admin_views.NoCreateView
    edit_view_class = admin_views.RevokeInsteadOfEditView
    delete_view_class = admin_views.NoDeleteView
    inspect_view_class = admin_views.CertificateInspectView
    list_display = [
        "full_name",
        "course_title",
        Column("display_code", label=_("Code"), classname="lk-code"),  # one line: "JRYY-/JGQK-" broke at every dash
        "issued_at",
        "valid_until",
        "revoked_at",
    ]
    list_filter = ["course_title", "revoked_at", "valid_until"]
    search_fields = ["full_name", "code", "email"]
    search_backend_name = None
    ordering = ["-issued_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "full_name",
        "email",
        "course_title",
        "audience_names",
        "code",
        "issued_at",
        "valid_until",
        "revoked_at",
        "revoked_reason",
    ]

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("<id:pk>/intrekken/", admin_views.revoke, name="revoke")]


class CertificatesGroup(SnippetViewSetGroup):
    items = (CertificateViewSet, BriefingSessionViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Certificaten en bijeenkomsten")
    menu_name = "certificates"


register_snippet(CertificatesGroup)

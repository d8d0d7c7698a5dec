from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, DeleteView, SnippetViewSet, SnippetViewSetGroup

from briefings.wagtail_hooks import BriefingSessionViewSet

from .forms import CertificateRevokeForm
from .models import Certificate


class NoCreateView(CreateView):
    """Certificates are issued by passing a quiz, never typed in."""

    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied


class NoDeleteView(DeleteView):
    """Certificates are revoked, never deleted: the verification page must keep saying "ingetrokken"."""

    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "doc-full-inverse"
    menu_label = _("Certificaten")
    add_view_class = NoCreateView
    delete_view_class = NoDeleteView
    list_display = ["full_name", "course_title", "display_code", "issued_at", "valid_until", "revoked_at"]
    list_filter = ["course_title", "revoked_at", "valid_until"]
    search_fields = ["full_name", "code", "email"]
    ordering = ["-issued_at"]
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            HelpPanel(
                content=_(
                    "Een certificaat intrekken kan niet ongedaan worden gemaakt. "
                    "De controlepagina toont het direct als ingetrokken."
                )
            ),
            FieldPanel("revoke"),
            FieldPanel("revoked_reason"),
        ],
        base_form_class=CertificateRevokeForm,
    )


class CertificatesGroup(SnippetViewSetGroup):
    items = (CertificateViewSet, BriefingSessionViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Certificaten en bijeenkomsten")
    menu_name = "certificates"


register_snippet(CertificatesGroup)

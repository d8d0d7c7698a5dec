from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction as PageDeleteBulkAction
from wagtail.models import Site
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction as SnippetDeleteBulkAction

from . import routing
from .deletion import HooksOnConfirmation
from .models import COORDINATOR_MISSING_WARNING, SiteSettings


class CoordinatorMissingPanel(Component):
    """On the admin dashboard, for editors: the coordinator's contact details are still empty."""

    name = "leren_kijken_coordinator_missing"
    template_name = "home/admin/coordinator_missing_panel.html"
    order = 10

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["message"] = COORDINATOR_MISSING_WARNING
        context["settings_url"] = reverse("wagtailsettings:edit", args=["home", "sitesettings"])
        return context


@hooks.register("construct_homepage_panels")
def add_coordinator_missing_panel(request, panels):
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None or not request.user.has_perm("home.change_sitesettings"):
        return
    if not SiteSettings.for_site(site).coordinator_is_set:
        panels.append(CoordinatorMissingPanel())


# Wagtail's own help items open English pages on wagtail.org (release notes, the editor guide); the people
# who run this admin read Dutch, and the release notes are for developers. The keyboard shortcuts stay.
ENGLISH_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("construct_help_menu")
def keep_dutch_help_only(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(ENGLISH_HELP_ITEMS)]


@hooks.register("before_serve_page")
def signed_in_outsiders_are_told(page, request, serve_args, serve_kwargs):
    """A signed-in user outside the groups a page is for gets a clear 403 page, not Wagtail's log-in loop."""
    if routing.outside_groups(page, request):
        from .views import not_in_group

        return not_in_group(request)
    return None


@hooks.register("insert_global_admin_css")
def admin_stylesheet():
    """The admin's extras (static/css/admin.css): report charts and tables, and the registrations page, readable
    on a phone."""
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


# Registered after Wagtail's own (order 1), so these replace its bulk delete of pages and of snippets: the same
# actions, whose confirmation page already refuses what the posted action would refuse (home/deletion.py).
@hooks.register("register_bulk_action", order=1)
class PageDeleteKeepingRecords(HooksOnConfirmation, PageDeleteBulkAction):
    """Wagtail's bulk delete of pages; its confirmation runs the `before_bulk_action` hooks."""


@hooks.register("register_bulk_action", order=1)
class SnippetDeleteKeepingRecords(HooksOnConfirmation, SnippetDeleteBulkAction):
    """Wagtail's bulk delete of snippets; its confirmation runs the `before_bulk_action` hooks."""

from django.core.cache import cache
from django.urls import include, path, reverse
from django.utils import translation

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from . import admin_urls
from .access import VIEW_ALL, can_view_reports, report_scope
from .figures import dashboard_figures
from .item_analysis import most_missed_questions
from .views import REPORT_VIEWS

DASHBOARD_SECONDS = 300


@hooks.register("register_permissions")
def report_permissions():
    """The two report permissions (`reports.models.ReportAccess`) in Wagtail's group editor: all organisations'
    reports, or one's own organisation's (`reports.access`)."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="reports", codename__endswith="_reports")


@hooks.register("filter_form_submissions_for_user")
def only_coordinators_see_team_visit_requests(user, editable_forms):
    """Form submissions (the team-visit requests) hold the requester's name, e-mail address and phone: only who
    may see every organisation's reports (the coordinator) sees them. An editor edits the form page, not what
    people sent through it. `editable_forms`: a queryset of form pages; returns one."""
    if user.has_perm(VIEW_ALL):
        return editable_forms
    return editable_forms.none()


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("rapportages/", include(admin_urls, namespace="lk_reports"))]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_reports(request.user)


def _menu_item(view, order):
    def register():
        return ReportMenuItem(
            view.page_title,
            reverse(f"lk_reports:{view.url_name}"),
            name=f"lk-{view.url_name.replace('_', '-')}",
            icon_name=view.header_icon,
            order=order,
        )

    return register


for _order, _view in enumerate(REPORT_VIEWS):
    hooks.register("register_reports_menu_item", _menu_item(_view, 10 + _order))


class ReportsDashboardPanel(Component):
    name = "leren_kijken_figures"
    template_name = "reports/dashboard_panel.html"
    order = 50

    def __init__(self, scope, organisation=None, can_edit_questions=False):
        self.scope = scope
        # A contact person's panel says whose figures these are, as her reports do; questions link to the
        # question bank only for whoever may edit them (a contact person got "geen toegang").
        self.organisation = organisation
        self.can_edit_questions = can_edit_questions

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        # A glance, not an audit: five minutes old is fine, and spares a scan of all attempts on every visit.
        key = f"reports:dashboard:{self.scope.organisation_id or 'all'}:{translation.get_language()}"
        figures = cache.get(key)
        if figures is None:
            figures = dashboard_figures(self.scope)
            figures["most_missed"] = most_missed_questions(self.scope)
            cache.set(key, figures, DASHBOARD_SECONDS)
        context.update(figures)
        context["scope_organisation"] = self.organisation
        context["can_edit_questions"] = self.can_edit_questions
        return context


@hooks.register("construct_homepage_panels")
def add_reports_panel(request, panels):
    if can_view_reports(request.user):
        scope = report_scope(request.user)
        organisation = None if scope.is_everything else request.user.organisation
        panels.append(
            ReportsDashboardPanel(
                scope, organisation, can_edit_questions=request.user.has_perm("quizzes.change_question")
            )
        )

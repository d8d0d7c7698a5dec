"""Report filters. Choices of organisation are limited to what the user may see, so a contact person's
form refuses another organisation's id; the scope is applied to every query as well."""

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

import django_filters

from accounts.models import Audience, Municipality, Organisation
from briefings.models import BriefingSession
from certificates.models import Certificate
from courses.models import CoursePage
from home.forms import DatabaseIdChoiceField, FilterDateRangeFilter
from team_sessions.models import TeamSession

from .access import Scope, certificate_q, report_scope
from .figures import GROUP_BY_MUNICIPALITY, GROUP_BY_ORGANISATION, GROUP_BY_TEAM


class DatabaseIdChoiceFilter(django_filters.ModelChoiceFilter):
    """django-filter's ModelChoiceFilter that refuses an id no database column can hold (`?course=10**30`)."""

    field_class = DatabaseIdChoiceField


def visible_organisations(request):
    scope = report_scope(request.user)
    organisations = Organisation.objects.order_by("name")
    return organisations if scope.is_everything else organisations.filter(pk=scope.organisation_id)


def modules(request):
    return CoursePage.objects.order_by("path")


def teams(request):
    return Audience.objects.order_by("sort_order", "name")


def keep(queryset, name, value):
    """For filters the view reads itself from the form."""
    return queryset


class LearnerFilterSet(WagtailFilterSet):
    organisation = DatabaseIdChoiceFilter(
        label=_("Organisatie"), queryset=visible_organisations, method=keep, empty_label=_("Alle organisaties")
    )
    municipality = django_filters.ChoiceFilter(
        label=_("Gemeente"), choices=Municipality.choices, method=keep, empty_label=_("Alle gemeenten")
    )
    team = DatabaseIdChoiceFilter(label=_("Team"), queryset=teams, method=keep, empty_label=_("Alle teams"))

    class Meta:
        model = get_user_model()
        fields = []


class ReachFilterSet(LearnerFilterSet):
    group_by = django_filters.ChoiceFilter(
        label=_("Per"),
        choices=[
            (GROUP_BY_ORGANISATION, _("organisatie")),
            (GROUP_BY_MUNICIPALITY, _("gemeente")),
            (GROUP_BY_TEAM, _("team")),
        ],
        method=keep,
        empty_label=None,
    )


class ModuleFilterSet(LearnerFilterSet):
    course = DatabaseIdChoiceFilter(label=_("Module"), queryset=modules, method=keep, empty_label=_("Alle modules"))


class CertificateFilterSet(WagtailFilterSet):
    course = DatabaseIdChoiceFilter(label=_("Module"), queryset=modules, empty_label=_("Alle modules"))
    organisation = DatabaseIdChoiceFilter(
        label=_("Organisatie"),
        queryset=visible_organisations,
        method="filter_organisation",
        empty_label=_("Alle organisaties"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Certificate.Status.choices, method="filter_status", empty_label=_("Alle")
    )

    class Meta:
        model = Certificate
        fields = ["course"]

    def filter_organisation(self, queryset, name, value):
        return queryset.filter(certificate_q(Scope(), organisation=value))

    def filter_status(self, queryset, name, value):
        today = timezone.localdate()
        if value == Certificate.Status.REVOKED:
            return queryset.filter(revoked_at__isnull=False)
        if value == Certificate.Status.EXPIRED:
            return queryset.filter(revoked_at__isnull=True, valid_until__lt=today)
        return queryset.filter(revoked_at__isnull=True, valid_until__gte=today)


class BriefingFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Wanneer"),
        choices=[("upcoming", _("komende bijeenkomsten")), ("past", _("afgelopen bijeenkomsten"))],
        method="filter_period",
        empty_label=_("Alle"),
    )
    municipality = django_filters.ChoiceFilter(
        label=_("Gemeente"), choices=Municipality.choices, empty_label=_("Alle gemeenten")
    )

    class Meta:
        model = BriefingSession
        fields = ["municipality"]

    def filter_period(self, queryset, name, value):
        now = timezone.now()
        return queryset.filter(start__gte=now) if value == "upcoming" else queryset.filter(start__lt=now)


class TeamSessionFilterSet(WagtailFilterSet):
    course = DatabaseIdChoiceFilter(label=_("Module"), queryset=modules, empty_label=_("Alle modules"))
    organisation = DatabaseIdChoiceFilter(
        label=_("Organisatie"), queryset=visible_organisations, empty_label=_("Alle organisaties")
    )
    team = DatabaseIdChoiceFilter(label=_("Team"), queryset=teams, empty_label=_("Alle teams"))
    ended_at = FilterDateRangeFilter(label=_("Gehouden op"), widget=DateRangePickerWidget)

    class Meta:
        model = TeamSession
        fields = ["course", "organisation", "team", "ended_at"]

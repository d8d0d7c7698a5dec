"""The coordinator's reports, on Wagtail's report views: filters, CSV and XLSX export.

Every view limits its rows to the user's scope (reports.access) before any filter; the figures come
from reports.figures and reports.item_analysis.
"""

from django.db.models import Count, F, Q, Sum
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from briefings.models import BriefingSession, Registration
from certificates.models import Certificate, normalise_code
from home.numbers import percentage_text
from home.views import admin_forbidden
from quizzes.templatetags.score_tags import score
from team_sessions.models import TeamSession

from . import figures as stats
from .access import can_view_reports, certificate_q, registration_q, report_scope, team_session_q
from .charts import bar_chart
from .filters import (
    BriefingFilterSet,
    CertificateFilterSet,
    ModuleFilterSet,
    ReachFilterSet,
    TeamSessionFilterSet,
)
from .item_analysis import cached_analysis


class AbsoluteDateColumn(Column):
    """A date (and time) as the rest of the site writes it, "di 12 maart 2029, 19:00", Amsterdam time: a report
    is read as a record, so never "Zojuist" or "over 3 weken" (Wagtail's DateColumn). The month in full: Django's
    "M" capitalises the Dutch abbreviation ("Mrt"), and it stood beside "30 november 2028" in the same table."""

    cell_template_name = "reports/cells/absolute_date.html"

    def __init__(self, name, with_time=True, **kwargs):
        super().__init__(name, **kwargs)
        self.date_format = "D j F Y, H:i" if with_time else "j F Y"


PERCENT_FIGURES = {"pass_rate", "staff_share", "facility_percent", "missed_percent"}


def percentage_of(name):
    """An accessor for a report column: the row's percentage `name` as text ("56" for 56.0, "" for none)."""
    return lambda row: percentage_text(getattr(row, name))


class LerenKijkenReportView(ReportView):
    """Scope first, then filters, then figures; exports guarded against formula injection."""

    results_template_name = "reports/report_results.html"
    header_icon = "table"
    url_name = ""
    description = ""
    figures = []  # (attribute, heading): the table's columns and the export's

    def dispatch(self, request, *args, **kwargs):
        # An editor following a shared link or a bookmark to a report: a 403 in the admin's layout that says why,
        # not Wagtail's redirect to the dashboard with a short red message (what PermissionDenied would give).
        if not can_view_reports(request.user):
            return admin_forbidden(
                request, _("De rapporten zijn alleen voor coördinatoren en contactpersonen van een organisatie.")
            )
        self.scope = report_scope(request.user)
        return super().dispatch(request, *args, **kwargs)

    @property
    def index_url_name(self):
        return f"lk_reports:{self.url_name}"

    @property
    def index_results_url_name(self):
        return f"lk_reports:{self.url_name}_results"

    @property
    def list_export(self):
        return [name for name, _heading in self.figures]

    @property
    def export_headings(self):
        return dict(self.figures)

    @cached_property
    def columns(self):
        # A share shows as a Dutch reader expects a percentage: "56", "56,3", not "56,0"; exports keep the number.
        return [
            Column(name, label=heading, accessor=percentage_of(name) if name in PERCENT_FIGURES else None)
            for name, heading in self.figures
        ]

    def get_filename(self):
        return f"{self.url_name}-{timezone.localdate():%Y-%m-%d}"

    @cached_property
    def chosen(self):
        """The filter form's cleaned values; an invalid value (such as another organisation) counts as none."""
        if self.filters and self.filters.is_valid():
            return {k: v for k, v in self.filters.form.cleaned_data.items() if v not in (None, "")}
        return {}

    def learner_filters(self):
        return {key: self.chosen.get(key) for key in ("organisation", "municipality", "team")}

    def charts(self, rows):
        return []

    def summary(self):
        return []

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["charts"] = [] if self.is_export else self.charts(context["object_list"])
        context["summary"] = [] if self.is_export else self.summary()
        context["description"] = self.description
        context["scope_organisation"] = None if self.scope.is_everything else self.request.user.organisation
        return context


class FigureReportView(LerenKijkenReportView):
    """A report whose rows are computed figures (a list), not a queryset."""

    paginate_by = None

    @cached_property
    def computed_rows(self):
        return self.rows()

    def get_filtered_queryset(self):
        return self.computed_rows

    def get_queryset(self):
        return self.computed_rows

    def rows(self):
        raise NotImplementedError


class ReachReportView(FigureReportView):
    page_title = _("Bereik")
    url_name = "reach"
    header_icon = "group"
    filterset_class = ReachFilterSet
    description = _(
        "Per organisatie, gemeente of team: hoeveel deelnemers zich aanmeldden, begonnen, een module afrondden en "
        "slaagden; hun certificaten; wie bij een bijeenkomst was; en welk deel van de medewerkers slaagde."
    )

    @property
    def figures(self):
        """The columns. The staff figures only per organisation (a municipality or team has no staff count), and
        only when a listed organisation has one: an empty column second from the left filled a phone's screen
        and pushed the figures out of view."""
        group = self.chosen.get("group_by") or stats.GROUP_BY_ORGANISATION
        with_staff = group == stats.GROUP_BY_ORGANISATION and any(
            row.staff_count is not None for row in self.computed_rows
        )
        label = {"organisation": _("Organisatie"), "municipality": _("Gemeente"), "team": _("Team")}[group]
        return [
            ("label", label),
            # The key figure next to the name, so it is in view without scrolling sideways (1366 px and up).
            *([("staff_share", _("Deel van de medewerkers geslaagd (%)"))] if with_staff else []),
            ("registered", _("Aangemeld")),
            ("started", _("Begonnen")),
            ("completed", _("Module afgerond")),
            ("passed", _("Geslaagd")),
            ("certificates_valid", _("Certificaten geldig")),
            ("certificates_expired", _("Certificaten verlopen")),
            ("briefing_attended", _("Bij een bijeenkomst geweest")),
            *([("staff_count", _("Aantal medewerkers"))] if with_staff else []),
        ]

    def rows(self):
        return stats.reach(
            self.scope, group_by=self.chosen.get("group_by") or stats.GROUP_BY_ORGANISATION, **self.learner_filters()
        )

    def charts(self, rows):
        return [
            bar_chart(
                _("Geslaagd"),
                [(row.label, row.passed) for row in rows][:30],
                self.figures[0][1],
                _("Geslaagd"),
            )
        ]


class ModuleReportView(FigureReportView):
    page_title = _("Modules")
    url_name = "modules"
    header_icon = "doc-full"
    filterset_class = ModuleFilterSet
    description = _(
        "Per module hoeveel deelnemers begonnen, alle lessen deden, de toets maakten en slaagden; het gemiddelde "
        "aantal pogingen en hoe lang het duurde van begin tot eerste geslaagde poging (mediaan, in dagen)."
    )
    figures = [
        ("title", _("Module")),
        ("enrolled", _("Begonnen")),
        ("lessons_done", _("Alle lessen gedaan")),
        ("attempted", _("Toets gemaakt")),
        ("passed", _("Geslaagd")),
        ("completed", _("Module afgerond")),
        ("pass_rate", _("Geslaagd van begonnen (%)")),
        ("average_attempts", _("Gemiddeld aantal pogingen")),
        ("median_days", _("Mediaan dagen tot geslaagd")),
    ]

    def rows(self):
        return stats.module_funnel(self.scope, course=self.chosen.get("course"), **self.learner_filters())

    def charts(self, rows):
        totals = [
            (_("Begonnen"), sum(r.enrolled for r in rows)),
            (_("Alle lessen gedaan"), sum(r.lessons_done for r in rows)),
            (_("Toets gemaakt"), sum(r.attempted for r in rows)),
            (_("Geslaagd"), sum(r.passed for r in rows)),
            (_("Module afgerond"), sum(r.completed for r in rows)),
        ]
        title = _("Trechter: %(module)s") % {"module": rows[0].title} if len(rows) == 1 else _("Trechter: alle modules")
        return [bar_chart(title, totals, _("Stap"), _("Deelnemers"))]


class PicksColumn(Column):
    """How often each choice was picked, as a list (the export keeps the one-line text)."""

    cell_template_name = "reports/cells/picks.html"

    def __init__(self, *args, counter, top=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.counter = counter
        self.top = top

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["picks"] = getattr(instance, self.counter).most_common(self.top)
        return context


class AnalysisMixin:
    filterset_class = ModuleFilterSet

    @cached_property
    def analysis(self):
        return cached_analysis(self.scope, course=self.chosen.get("course"), **self.learner_filters())


class ItemReportView(AnalysisMixin, FigureReportView):
    page_title = _("Vragen (itemanalyse)")
    url_name = "items"
    header_icon = "help"
    description = _(
        "Per vraag: hoe vaak beantwoord, welk deel goed (p-waarde), hoe goed de vraag sterke en zwakke deelnemers "
        "onderscheidt (hoe sterk de score op de vraag samengaat met de score op de hele poging: van −1 tot 1, "
        "onder 0,20 is zwak), hoe vaak elke keuze gekozen werd en welke foute keuzes het meest misleiden. "
        "Moeilijkste vragen bovenaan."
    )
    figures = [
        ("title", _("Vraag")),
        ("answers", _("Antwoorden")),
        ("facility_percent", _("Goed (%)")),
        ("discrimination", _("Onderscheidend vermogen")),
        ("choice_summary", _("Gekozen")),
        ("misleading", _("Misleidt het meest")),
    ]

    @cached_property
    def columns(self):
        columns = {
            "choice_summary": PicksColumn("choice_summary", label=_("Gekozen"), counter="picks", width="30%"),
            "misleading": PicksColumn("misleading", label=_("Misleidt het meest"), counter="wrong_picks", top=2),
        }
        return [
            TitleColumn("title", label=_("Vraag"), get_url=self.question_url, classname="title lk-question"),
            *[columns.get(name, Column(name, label=heading)) for name, heading in self.figures[1:]],
        ]

    def question_url(self, item):
        if not item.exists:
            return None
        return reverse("wagtailsnippets_quizzes_question:edit", args=[item.question_id])

    def rows(self):
        return self.analysis.items


class SignalReportView(AnalysisMixin, FigureReportView):
    page_title = _("Gemiste signalen")
    url_name = "signals"
    header_icon = "warning"
    description = _(
        "Per signaal en per team: hoeveel antwoorden er waren op vragen die dat signaal oefenen, en welk deel "
        "gemist werd (1 min de score). Meest gemist bovenaan."
    )
    figures = [
        ("label", _("Signaal")),
        ("team", _("Team")),
        ("answers", _("Antwoorden")),
        ("missed_percent", _("Gemist (%)")),
    ]

    def rows(self):
        return self.analysis.signals

    def charts(self, rows):
        overall = [row for row in rows if row.team == str(_("alle teams"))]
        return [
            bar_chart(
                _("Gemiste signalen, alle teams"),
                [(row.label, row.missed_percent) for row in overall],
                _("Signaal"),
                _("Gemist (%)"),
                unit="%",
            )
        ]


def certificate_status_label(status):
    return str(Certificate.Status(status).label)


class CertificateReportView(LerenKijkenReportView):
    page_title = _("Certificaten")
    url_name = "certificates"
    header_icon = "doc-full-inverse"
    filterset_class = CertificateFilterSet
    is_searchable = True
    search_backend_name = None
    paginate_by = 50
    description = _(
        "Zoek op naam of code. Intrekken doe je via de link bij het certificaat. De grafiek telt de uitgegeven "
        "certificaten per maand in deze selectie."
    )
    # For a contact person, who may see the certificates of her organisation but not revoke them.
    description_without_revoking = _(
        "Zoek op naam of code. De grafiek telt de uitgegeven certificaten per maand in deze selectie. Moet een "
        "certificaat worden ingetrokken? Vraag het de coördinator."
    )
    figures = [
        ("full_name", _("Naam")),
        ("course_title", _("Module")),
        ("display_code", _("Code")),
        ("organisation_name", _("Organisatie")),
        ("issued_at", _("Uitgegeven op")),
        ("valid_until", _("Geldig tot")),
        ("status", _("Status")),
    ]
    custom_field_preprocess = {
        "status": {"csv": certificate_status_label, "xlsx": certificate_status_label},
    }

    @cached_property
    def columns(self):
        columns = [
            TitleColumn("full_name", label=_("Naam"), get_url=self.revoke_url),
            Column("course_title", label=_("Module")),
            Column("display_code", label=_("Code")),
            Column("organisation_name", label=_("Organisatie")),
            AbsoluteDateColumn("issued_at", label=_("Uitgegeven op"), with_time=False),
            AbsoluteDateColumn("valid_until", label=_("Geldig tot"), with_time=False),
            Column("status_label", label=_("Status")),
        ]
        return columns

    @cached_property
    def can_revoke(self):
        return self.request.user.has_perm("certificates.change_certificate")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.can_revoke:
            context["description"] = self.description_without_revoking
        return context

    def revoke_url(self, certificate):
        if not self.can_revoke:
            return None
        return reverse("wagtailsnippets_certificates_certificate:revoke", args=[certificate.pk])

    def get_base_queryset(self):
        return (
            Certificate.objects.filter(certificate_q(self.scope))
            .annotate(organisation_name=Coalesce("learner__organisation__name", "team_session__organisation__name"))
            .order_by("-issued_at", "-pk")
        )

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = Q(full_name__icontains=self.search_query)
        code = normalise_code(self.search_query)
        if len(code) >= 4:  # a code is typed from its start; fewer characters would match codes at random
            query |= Q(code__startswith=code)
        return queryset.filter(query)

    def decorate_paginated_queryset(self, object_list):
        for certificate in object_list:
            certificate.status_label = certificate_status_label(certificate.status())
        return object_list

    def charts(self, rows):
        per_month = stats.certificates_per_month(self.object_list)
        return [
            bar_chart(
                # Says the period: the chart's twelve months add up to less than the list, which has every year.
                _("Uitgegeven certificaten per maand, de laatste 12 maanden"),
                [(month.strftime("%m-%Y"), n) for month, n in per_month],
                _("Maand"),
                _("Certificaten"),
            )
        ]


class BriefingReportView(LerenKijkenReportView):
    page_title = _("Bijeenkomsten")
    url_name = "briefings"
    header_icon = "date"
    filterset_class = BriefingFilterSet
    paginate_by = 50
    description = _(
        "Per bijeenkomst: aanmeldingen, wachtlijst, afmeldingen en wie er was. Vrije plaatsen gelden voor de hele "
        "bijeenkomst."
    )
    figures = [
        ("title", _("Bijeenkomst")),
        ("start", _("Begin")),
        ("municipality_label", _("Gemeente")),
        ("status_label", _("Status")),
        ("capacity", _("Plaatsen")),
        ("confirmed", _("Aangemeld")),
        ("waiting", _("Wachtlijst")),
        ("cancelled", _("Afgemeld")),
        ("attended", _("Aanwezig")),
        ("free_seats", _("Vrije plaatsen")),
    ]

    def get_base_queryset(self):
        own = registration_q(self.scope, prefix="registrations__")
        status = Registration.Status
        return (
            BriefingSession.objects.annotate(
                confirmed=Count("registrations", filter=own & Q(registrations__status=status.CONFIRMED)),
                waiting=Count("registrations", filter=own & Q(registrations__status=status.WAITING)),
                cancelled=Count("registrations", filter=own & Q(registrations__status=status.CANCELLED)),
                attended=Count("registrations", filter=own & Q(registrations__attended=True)),
                all_confirmed=Count("registrations", filter=Q(registrations__status=status.CONFIRMED)),
            )
            .annotate(free_seats=F("capacity") - F("all_confirmed"))
            .order_by("-start")
        )

    def decorate_paginated_queryset(self, object_list):
        for session in object_list:
            session.municipality_label = session.get_municipality_display()
            session.status_label = session.get_status_display()
            session.free_seats = max(session.free_seats, 0)
        return object_list

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Bijeenkomst"),
                get_url=lambda session: (
                    reverse("wagtailsnippets_briefings_briefingsession:edit", args=[session.pk])
                    if self.request.user.has_perm("briefings.change_briefingsession")
                    else None
                ),
            ),
            AbsoluteDateColumn("start", label=_("Begin")),
            *[Column(name, label=heading) for name, heading in self.figures[2:]],
        ]


class TeamSessionReportView(LerenKijkenReportView):
    page_title = _("Teamsessies")
    url_name = "team_sessions"
    header_icon = "group"
    filterset_class = TeamSessionFilterSet
    paginate_by = 50
    description = _("Gehouden teamsessies (afgesloten), met het aantal deelnemers, geslaagden en de gemiddelde score.")
    figures = [
        ("ended_at", _("Gehouden op")),
        ("course_title", _("Module")),
        ("group_name", _("Groep")),
        ("facilitator_name", _("Begeleider")),
        ("organisation_name", _("Organisatie")),
        ("team_name", _("Team")),
        ("mode_label", _("Werkvorm")),
        ("participant_count", _("Deelnemers")),
        ("passed_count", _("Geslaagd")),
        ("average_score", _("Gemiddelde score (%)")),
    ]

    @cached_property
    def columns(self):
        # The average as every score is shown (quizzes.templatetags.score_tags); the export keeps the stored value.
        shown = {"average_score": lambda session: score(session.average_score)}
        return [
            AbsoluteDateColumn("ended_at", label=_("Gehouden op")),
            *[Column(n, label=h, accessor=shown.get(n)) for n, h in self.figures[1:]],
        ]

    def get_base_queryset(self):
        sessions = TeamSession.objects.filter(team_session_q(self.scope), stage=TeamSession.Stage.ENDED)
        return sessions.annotate(
            facilitator_name=F("facilitator__full_name"),
            organisation_name=F("organisation__name"),
            team_name=F("team__name"),
        ).order_by("-ended_at", "-pk")

    def decorate_paginated_queryset(self, object_list):
        for session in object_list:
            session.mode_label = session.get_mode_display()
        return object_list

    def summary(self):
        totals = self.object_list.aggregate(
            sessions=Count("pk"), participants=Sum("participant_count"), passed=Sum("passed_count")
        )
        return [
            (_("Gehouden sessies"), totals["sessions"]),
            (_("Deelnemers"), totals["participants"] or 0),
            (_("Geslaagd"), totals["passed"] or 0),
        ]


REPORT_VIEWS = [
    ReachReportView,
    ModuleReportView,
    ItemReportView,
    SignalReportView,
    CertificateReportView,
    BriefingReportView,
    TeamSessionReportView,
]

"""Briefing sessions in the Wagtail admin: the snippet list and edit form, and per session the registrations,
attendance, a CSV export and calling the session off.

`briefings/wagtail_hooks.py` registers `BriefingSessionViewSet`, whose URL patterns include the views below.
"""

import csv
from functools import wraps

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods

from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from home.deletion import Alternative, KeepRecordsDeleteView, KeptRecord
from home.exports import BOM, DutchExcel, csv_value
from home.views import admin_forbidden

from . import services as briefings
from .models import BriefingSession, Registration
from .services import BRIEFING_TZ, BriefingError

PERMISSION = "briefings.change_briefingsession"
# The snippet viewset's URL namespace; its extra views are registered in BriefingSessionViewSet.get_urlpatterns.
ADMIN_NAMESPACE = "wagtailsnippets_briefings_briefingsession"
ATTENDANCE_CHOICES = {"": None, "yes": True, "no": False}


def registrations_url(session):
    return reverse(f"{ADMIN_NAMESPACE}:registrations", args=[session.pk])


def cancel_session_url(session):
    return reverse(f"{ADMIN_NAMESPACE}:cancel", args=[session.pk])


class BriefingSessionIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm(PERMISSION):
            buttons.append(Button(_("Aanmeldingen"), url=registrations_url(instance), icon_name="list-ul", priority=15))
        return buttons


def called_off_message(informed):
    """What the coordinator is told after calling a session off."""
    if not informed:
        return _("De bijeenkomst is afgelast. Er was niemand aangemeld, dus niemand heeft een e-mail gekregen.")
    return ngettext(
        "De bijeenkomst is afgelast. %(count)s persoon was aangemeld of stond op de wachtlijst en heeft een e-mail "
        "gekregen.",
        "De bijeenkomst is afgelast. %(count)s mensen waren aangemeld of stonden op de wachtlijst en hebben een "
        "e-mail gekregen.",
        informed,
    ) % {"count": informed}


class BriefingSessionEditView(EditView):
    def save_instance(self):
        # The status is not in this form (briefings.forms): calling off goes through `session_cancel`.
        # A higher capacity gives the new seats to the waiting list.
        # A new time or place is e-mailed to everyone with a seat, with the updated calendar item.
        before = BriefingSession.objects.get(pk=self.object.pk)
        instance = super().save_instance()
        if instance.status == BriefingSession.Status.PLANNED:
            if briefings.changed_fields(before, instance):
                told = briefings.announce_change(instance)
                if told:
                    messages.info(
                        self.request,
                        ngettext(
                            "%(n)d persoon met een plek krijgt een e-mail met de nieuwe tijd of plaats.",
                            "%(n)d mensen met een plek krijgen een e-mail met de nieuwe tijd of plaats.",
                            told,
                        )
                        % {"n": told},
                    )
            briefings.fill_free_seats(instance)
        return instance

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.request.user.has_perm(PERMISSION):
            buttons.append(
                Button(_("Aanmeldingen"), url=registrations_url(self.object), icon_name="list-ul", priority=5)
            )
            if self.object.status == BriefingSession.Status.PLANNED:
                buttons.append(
                    Button(_("Afgelasten"), url=cancel_session_url(self.object), icon_name="cross", priority=25)
                )
        return buttons


def kept_registrations(session):
    """A session that anyone registered for is not deleted (home/deletion.py): deleting removed every booking and
    waiting-list place without a word to the people who had them, and their link from the e-mail then led
    nowhere. A planned session is called off instead (everyone gets an e-mail); a called-off or past one stays,
    so the link still says what happened and the attendance still counts in the reach."""
    live = session.registrations.exclude(status=Registration.Status.CANCELLED).count()
    cancelled = session.registrations.filter(status=Registration.Status.CANCELLED).count()
    records = []
    if live:
        text = ngettext(
            "%(n)s aanmelding of plaats op de wachtlijst", "%(n)s aanmeldingen en plaatsen op de wachtlijst", live
        )
        records.append(KeptRecord(text % {"n": live}))
    if cancelled:
        text = ngettext(
            "%(n)s afgemelde of afgelaste aanmelding", "%(n)s afgemelde of afgelaste aanmeldingen", cancelled
        )
        records.append(KeptRecord(text % {"n": cancelled}))
    return records


def call_off_instead(session):
    if session.status == BriefingSession.Status.CANCELLED:
        return Alternative(
            _(
                "De bijeenkomst is afgelast en blijft bewaard: wie de link uit de e-mail opent, ziet dat hij niet "
                "doorgaat."
            )
        )
    if session.start <= timezone.now():
        return Alternative(
            _("De bijeenkomst is al begonnen of geweest: wie er was, telt mee in het bereik. Laat hem staan.")
        )
    return Alternative(
        _("Gaat de bijeenkomst niet door? Gelast hem af: dan krijgt iedereen die aangemeld is een e-mail."),
        _("Afgelasten"),
        cancel_session_url(session),
    )


class BriefingSessionDeleteView(KeepRecordsDeleteView):
    kept_records = staticmethod(kept_registrations)
    alternative = staticmethod(call_off_instead)


class BriefingSessionViewSet(SnippetViewSet):
    model = BriefingSession
    icon = "date"
    menu_label = gettext_lazy("Bijeenkomsten")
    menu_name = "briefings"
    index_view_class = BriefingSessionIndexView
    edit_view_class = BriefingSessionEditView
    delete_view_class = BriefingSessionDeleteView
    list_display = [
        "title",
        "start",
        "municipality",
        "capacity",
        Column("confirmed_count", label=gettext_lazy("Aangemeld"), sort_key="confirmed_count"),
        Column("waiting_count", label=gettext_lazy("Wachtlijst"), sort_key="waiting_count"),
        "status",
    ]
    list_filter = ["status", "municipality"]
    search_fields = ["title"]
    # The database query, not the search index: the index cannot combine a search with the status and
    # municipality filters (they are not FilterFields on the model), and a title match is all this list needs.
    search_backend_name = None
    ordering = ["-start"]

    def get_queryset(self, request):
        # The counts come from the list query itself, not one query per row.
        return briefings.with_counts(BriefingSession.objects.all())

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<id:session_id>/aanmeldingen/", session_registrations, name="registrations"),
            path("<id:session_id>/aanmeldingen.csv", session_registrations_csv, name="registrations_csv"),
            path("<id:session_id>/afgelasten/", session_cancel, name="cancel"),
        ]


def coordinator_required(view):
    """403 for admin users without the permission to change briefing sessions, in the admin's layout
    (`home.views.admin_forbidden`) rather than PermissionDenied, which Wagtail's admin turns into a redirect."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return admin_forbidden(request, _("Je hebt geen toestemming om bijeenkomsten te beheren."))
        return view(request, *args, **kwargs)

    return wrapped


def _registrations(session):
    return list(session.registrations.select_related("user").order_by("created_at", "pk"))


@coordinator_required
@require_http_methods(["GET", "POST"])
def session_registrations(request, session_id):
    """The registrations of one session, with a form to record who came."""
    session = get_object_or_404(BriefingSession, pk=session_id)
    registrations = _registrations(session)
    if request.method == "POST":
        error = _save_attendance(request, registrations)
        if error is None:
            messages.success(request, _("De aanwezigheid is opgeslagen."))
            return redirect(registrations_url(session))
        return _render_registrations(request, session, registrations, error, status=400)
    return _render_registrations(request, session, registrations)


def _save_attendance(request, registrations):
    """Apply `attended-<pk>` fields: all of them or none. Returns a Dutch error message, or None."""
    editable = {str(r.pk): r for r in registrations if r.status != Registration.Status.CANCELLED}
    changes = []
    for key, value in request.POST.items():
        if not key.startswith("attended-"):
            continue
        registration = editable.get(key.removeprefix("attended-"))
        if registration is None or value not in ATTENDANCE_CHOICES:
            return _("De aanwezigheid is niet opgeslagen: het formulier klopt niet. Laad de pagina opnieuw.")
        if registration.attended != ATTENDANCE_CHOICES[value]:
            changes.append((registration, ATTENDANCE_CHOICES[value]))
    try:
        with transaction.atomic():
            for registration, attended in changes:
                briefings.set_attendance(registration, attended)
    except BriefingError as error:
        return error.message
    return None


def _render_registrations(request, session, registrations, error=None, status=200):
    context = {
        "session": session,
        "registrations": registrations,
        "confirmed_count": sum(r.status == Registration.Status.CONFIRMED for r in registrations),
        "waiting_count": sum(r.status == Registration.Status.WAITING for r in registrations),
        "error": error,
        "edit_url": _edit_url(session),
        "can_cancel": session.status == BriefingSession.Status.PLANNED,
    }
    return render(request, "briefings/admin/registrations.html", context, status=status)


def _edit_url(session):
    return reverse(f"wagtailsnippets_{session._meta.app_label}_{session._meta.model_name}:edit", args=[session.pk])


@coordinator_required
@require_GET
def session_registrations_csv(request, session_id):
    """All registrations of one session as CSV, written for Dutch Excel as every export is (home.exports)."""
    session = get_object_or_404(BriefingSession, pk=session_id)
    day = timezone.localtime(session.start, BRIEFING_TZ).date().isoformat()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="aanmeldingen-{day}-{session.pk}.csv"'
    response.write(BOM)
    writer = csv.writer(response, dialect=DutchExcel)
    writer.writerow([_("Naam"), _("E-mailadres"), _("Status"), _("Aangemeld op"), _("Aanwezig")])
    attended_labels = {True: _("ja"), False: _("nee"), None: ""}
    for registration in _registrations(session):
        writer.writerow(
            [
                csv_value(registration.full_name),
                csv_value(registration.email),
                registration.get_status_display(),
                csv_value(registration.created_at),
                attended_labels[registration.attended],
            ]
        )
    return response


@coordinator_required
@require_http_methods(["GET", "POST"])
def session_cancel(request, session_id):
    """Confirm, then call the session off: everyone registered is cancelled and e-mailed."""
    session = get_object_or_404(BriefingSession, pk=session_id)
    if request.method == "POST":
        if session.status == BriefingSession.Status.CANCELLED:
            messages.info(request, _("Deze bijeenkomst is al afgelast."))
            return redirect(registrations_url(session))
        informed = briefings.cancel_session(session)
        messages.success(request, called_off_message(informed))
        return redirect(registrations_url(session))
    live_count = session.registrations.filter(briefings.LIVE).count()
    context = {"session": session, "live_count": live_count, "edit_url": _edit_url(session)}
    return render(request, "briefings/admin/cancel_session.html", context)

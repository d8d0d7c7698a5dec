"""Learners' side of the briefings: the list, registering, the confirmation, cancelling and the calendar file.

The registration token in the e-mail links is the secret. A registration that belongs to an account also
needs that account: the link asks to log in first, and anyone else gets a 404.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from . import services as briefings
from .calendar import registration_ics
from .models import BriefingSession, Registration
from .services import BRIEFING_TZ, BriefingError


def _own_registrations(user):
    return (
        Registration.objects.filter(Q(user=user) | Q(email__iexact=user.email), briefings.LIVE)
        .filter(session__status=BriefingSession.Status.PLANNED, session__start__gt=timezone.now())
        .select_related("session")
        .order_by("session__start", "pk")
    )


def _list_context(user):
    sessions = list(briefings.upcoming_sessions(user))
    own = list(_own_registrations(user))
    own_by_session = {registration.session_id: registration for registration in own}
    for session in sessions:
        session.places_left = max(session.capacity - session.confirmed_count, 0)
        session.own_registration = own_by_session.get(session.pk)
    return {"sessions": sessions, "own_registrations": own}


@login_required
@require_GET
def briefing_list(request):
    return render(request, "briefings/list.html", _list_context(request.user))


@require_http_methods(["GET", "POST"])
def briefing_register(request, session_id):
    """GET: one session with a button to register (the links in the invitation e-mail come here).
    POST: register, or join the waiting list when it is full."""
    if not request.user.is_authenticated:
        # After signing in, come back to this session (a POST could not be repeated; the GET page can).
        return redirect_to_login(reverse("briefings:register", args=[session_id]))
    session = get_object_or_404(BriefingSession, pk=session_id)
    if request.method == "GET":
        return _confirm_page(request, session)
    try:
        registration = briefings.register(session, user=request.user)
    except BriefingError as error:
        context = _list_context(request.user) | {"error": error.message}
        return render(request, "briefings/list.html", context, status=error.status)
    if registration.status == Registration.Status.CONFIRMED:
        # Said once, right after registering: the registration's page is also where people come back later.
        messages.success(request, _("Je krijgt een bevestiging per e-mail, met de afspraak voor je agenda."))
    return redirect("briefings:registration_detail", token=registration.token)


def _confirm_page(request, session):
    context = _list_context(request.user)
    listed = next((item for item in context["sessions"] if item.pk == session.pk), None)
    if listed is None:
        message = _("Voor deze bijeenkomst kun je je niet (meer) aanmelden. Kies een andere bijeenkomst.")
        return render(request, "briefings/list.html", context | {"error": message}, status=410)
    return render(request, "briefings/confirm.html", {"session": listed})


def _registration_for(request, token):
    """The registration behind an e-mail link. One that belongs to an account is only for that account:
    anonymous visitors log in first, anyone else gets a 404; the token alone works for registrations
    without an account."""
    registration = get_object_or_404(Registration.objects.select_related("session"), token=token)
    if registration.user_id is not None:
        if not request.user.is_authenticated:
            raise _LoginFirst
        if request.user.pk != registration.user_id:
            raise Http404
    return registration


class _LoginFirst(Exception):
    pass


def _with_owner_check(view):
    @wraps(view)
    def wrapper(request, token, *args, **kwargs):
        try:
            return view(request, token, *args, **kwargs)
        except _LoginFirst:
            return redirect_to_login(request.get_full_path())

    return wrapper


@never_cache
@require_GET
@_with_owner_check
def registration_detail(request, token):
    registration = _registration_for(request, token)
    context = {
        "registration": registration,
        "session": registration.session,
        "waiting_position": briefings.waiting_position(registration),
        "can_cancel": _can_cancel(registration),
    }
    return render(request, "briefings/registered.html", context)


def _can_cancel(registration):
    return registration.status != Registration.Status.CANCELLED and registration.session.start > timezone.now()


@never_cache
@require_http_methods(["GET", "POST"])
@_with_owner_check
def registration_cancel(request, token):
    registration = _registration_for(request, token)
    status = 200
    error = None
    if request.method == "POST":
        try:
            briefings.cancel_registration(registration)
        except BriefingError as exc:
            error, status = exc.message, exc.status
        else:
            # The page it returns to says "Je bent afgemeld …" itself: no second message saying the same.
            return redirect("briefings:registration_cancel", token=registration.token)
    context = {
        "registration": registration,
        "session": registration.session,
        "can_cancel": _can_cancel(registration),
        "error": error,
    }
    return render(request, "briefings/registration_cancel.html", context, status=status)


@never_cache
@require_GET
@_with_owner_check
def registration_calendar(request, token):
    registration = _registration_for(request, token)
    day = timezone.localtime(registration.session.start, BRIEFING_TZ).date().isoformat()
    response = HttpResponse(registration_ics(registration), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="bijeenkomst-leren-kijken-{day}.ics"'
    return response

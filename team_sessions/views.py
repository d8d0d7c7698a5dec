"""Team-session screens: the facilitator's presenter screen and the participants' phones.

Screens follow the session by polling (htmx): the polling element carries what it last showed, and the
server answers 204 while nothing changed. A phone whose stage changed reloads, so it always shows what
the database says, whichever app server answers.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from certificates.issuing import certificate_for_claim
from home.errors import NotFound
from home.ratelimit import allow
from quizzes.forms import AnswerForm
from quizzes.services import review_row, scores_for
from quizzes.snapshots import public_step

from . import services as sessions
from .forms import JoinCodeForm, JoinForm, ParticipantEmailForm, StartSessionForm, attendee_formset_class
from .models import SessionAnswer, TeamSession

Stage = TeamSession.Stage
SEAT_SALT = "team-seat"


# Facilitator


def _facilitator(request):
    if not request.user.is_authenticated:
        return None
    if not sessions.can_facilitate(request.user):
        raise PermissionDenied(_("Alleen begeleiders kunnen teamsessies leiden."))
    return request.user


def _presented(request, session_uuid):
    """A session this facilitator may present; anyone else's is as good as unknown (404)."""
    session = sessions.sessions_run_by(request.user).filter(uuid=session_uuid).first()
    if session is None:
        raise NotFound(_("Deze teamsessie bestaat niet."), reverse("team_sessions:index"), _("Naar je teamsessies"))
    return session


@login_required
def index(request):
    user = _facilitator(request)
    quizzes = sessions.quizzes_to_run()
    form = StartSessionForm(request.POST or None, quizzes=quizzes, facilitator=user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            session = sessions.start_session(
                user,
                data["quiz"],
                data["group_name"],
                data["mode"],
                organisation=data["organisation"],
                team=data["team"],
            )
        except sessions.TeamSessionError as error:
            form.add_error("quiz", error.message)
        else:
            return redirect("team_sessions:present", session.uuid)
    status = 400 if request.method == "POST" else 200
    recent = sessions.sessions_run_by(user).filter(facilitator=user)[:20]
    courses = [course for _quiz, course in quizzes if course]
    context = {"form": form, "recent": recent, "courses": courses}
    return render(request, "team_sessions/index.html", context, status=status)


def _stage_key(session):
    return f"{session.stage}-{session.position}"


def _address_parts(url):
    """An address in the pieces a line may break between: "https://", the host, and each "/path" (the last
    with its closing slash). The lobby shows the pieces whole, so a phone never sees "…/do" "e-mee/"."""
    scheme, _sep, rest = url.partition("://")
    host, _sep, path = rest.partition("/")
    parts = [f"{scheme}://", host] + [f"/{piece}" for piece in path.strip("/").split("/") if piece]
    if url.endswith("/"):
        parts[-1] += "/"
    return parts


def _presenter_context(request, session):
    question = session.current_question
    context = {"session": session, "question": question.with_labels() if question else None}
    context["total"] = len(session.questions)
    context["joined"] = session.participants.count()
    context["stage_key"] = _stage_key(session)
    context["steps"] = sessions.lettered_steps(question.steps) if question and question.is_path else []
    if question and not question.is_path:
        context["options"] = [{**c, "letter": sessions.choice_letter(i)} for i, c in enumerate(question.choices)]
    if session.stage == Stage.LOBBY and not session.is_one_screen:
        join_url = request.build_absolute_uri(reverse("team_sessions:join", args=[session.code]))
        context["join_url"] = join_url
        context["join_root"] = request.build_absolute_uri(reverse("team_sessions:join_lookup"))
        context["join_root_parts"] = _address_parts(context["join_root"])
        import segno  # Imported where used, not at worker start (docs/performance.md).

        svg = segno.make(join_url, error="m", micro=False).svg_inline(
            scale=8, border=2, title=_("QR-code om mee te doen"), svgclass="lk-qr", omitsize=True
        )
        context["qr_svg"] = svg.replace("<svg ", '<svg role="img" ', 1)
        context["names"] = list(session.participants.values_list("display_name", flat=True))
    if session.stage in (Stage.QUESTION, Stage.REVEALED) and not session.is_one_screen:
        # Latecomers: the lobby's address (without the scheme) and code stay in the line at the top.
        context["late_join_address"] = request.build_absolute_uri(reverse("team_sessions:join_lookup")).split("://")[-1]
    team = None
    if session.is_one_screen and session.stage in (Stage.QUESTION, Stage.REVEALED):
        team = SessionAnswer.objects.filter(session=session, participant=None, position=session.position).first()
    if session.stage == Stage.QUESTION:
        context["answered"], context["walking"] = sessions.answered_count(session)
        context["timer_remaining"] = session.timer_remaining()
        context["timer_choices"] = sessions.TIMER_CHOICES
        context["timer_chosen"] = session.timer_seconds
        context["timer_bar"] = _timer_bar(session, context["timer_remaining"])
        if request.GET.get("nog") and not session.is_one_screen:
            context["still_to_answer"] = sessions.still_to_answer(session)
        if session.is_one_screen:
            step = question.current_step(team)
            if question.is_path and team:
                context["chosen"] = sessions.chosen_options(question, team)  # "Eerder gekozen", lettered
            context["form"] = AnswerForm(question, step=step, letters=sessions.option_letters(question, step))
            context["step"] = public_step(step) if step else None
    if session.stage == Stage.REVEALED:
        context["distribution"] = sessions.distribution(session, session.position)
        context["max_count"] = max([row["count"] for row in context["distribution"]["rows"]] + [1])
        if session.is_one_screen:
            context["review"] = review_row(question, team)
            context["team_choice"] = _team_choice(context["distribution"], context["steps"], team)
    return context


def _team_choice(distribution, steps, team):
    """One-screen mode: what the team chose, in the room's labels: the letters ("B", "A, C"), or a decision
    path's route ("1B → 2A → 3A"). Counts and percentages say nothing about one answer."""
    if team is None or not team.completed:
        return None
    if steps:
        labels = {(step["key"], choice["key"]): choice["label"] for step in steps for choice in step["choices"]}
        return {"route": [labels.get((item["step"], item["choice"]), "?") for item in team.path or []]}
    return {"letters": [row["letter"] for row in distribution["rows"] if row["count"]]}


@login_required
def present(request, session_uuid):
    _facilitator(request)
    session = _presented(request, session_uuid)
    if session.has_ended:
        return redirect("team_sessions:summary", session.uuid)
    return render(request, "team_sessions/present.html", _presenter_context(request, session))


@require_GET
def present_status(request, session_uuid):
    """Polled every second by the presenter screen: who joined, how many answered, the timer; and the bar's
    timer controls when the timer was started or stopped elsewhere, ran out, or another screen chose another
    duration. 204 while nothing changed."""
    if not request.user.is_authenticated:
        if not request.headers.get("HX-Request"):
            return redirect_to_login(request.get_full_path())
        # The log-in expired under a polling screen: send the whole screen to the log-in page, not the block.
        response = HttpResponse(status=204)
        login_url = resolve_url(settings.LOGIN_URL)
        response["HX-Redirect"] = f"{login_url}?next={reverse('team_sessions:present', args=[session_uuid])}"
        return response
    _facilitator(request)
    session = sessions.sessions_run_by(request.user).filter(uuid=session_uuid).first()
    if session is None:
        if sessions.was_stopped(session_uuid):  # stopped in another tab: this one goes where that one went
            messages.success(request, _("De sessie is gestopt. Er is niets van bewaard."))
            response = HttpResponse(status=204)
            response["HX-Redirect"] = reverse("team_sessions:index")
            return response
        raise Http404(_("Deze teamsessie bestaat niet."))
    if request.GET.get("stage") != _stage_key(session):
        return _follow(reverse("team_sessions:present", args=[session.uuid]), session)
    # Only the figures of the status block: this runs every second for every open presenter screen.
    context = {"session": session, "stage_key": _stage_key(session), "joined": session.participants.count()}
    if session.stage == Stage.QUESTION:
        context["answered"], context["walking"] = sessions.answered_count(session)
        context["timer_remaining"] = session.timer_remaining()
        context["timer_bar"] = _timer_bar(session, context["timer_remaining"])
    figures = f"{context['joined']}-{context.get('answered', '')}"
    if context.get("walking"):
        figures += f"-w{context['walking']}"  # phones part-way along a decision path (the presenter says how many)
    if context.get("timer_remaining") is not None:
        figures += f"-{context['timer_remaining']}"  # a running timer changes the block every second
    # The bar's timer controls as this screen shows them ("timer=off-60": "Start de tijd", 60 seconds chosen).
    # A timer started, stopped or run out, or a duration chosen in another tab (the laptop beside the
    # projector), swaps them, out of band.
    timer_shown = request.GET.get("timer")
    bar_follows = session.stage == Stage.QUESTION and not session.is_one_screen
    if bar_follows and timer_shown not in (None, context["timer_bar"]):
        context["timer_buttons_changed"] = True
        context["timer_choices"] = sessions.TIMER_CHOICES
        context["timer_chosen"] = session.timer_seconds
    elif request.GET.get("seen") == figures:
        return HttpResponse(status=204)
    if session.stage == Stage.LOBBY:
        context["names"] = list(session.participants.values_list("display_name", flat=True))
    context["figures"] = figures
    return render(request, "team_sessions/includes/presenter_status.html", context)


def _timer_bar(session, remaining):
    """What the bar's timer controls show, as the status poll compares it: the timer's state ("off" without
    a timer, "on" while it counts down, "up" once the time is up) and the duration offered: "up-90".
    `remaining` is `session.timer_remaining()`, read once per request so the figures and the bar agree."""
    state = "off" if remaining is None else "on" if remaining else "up"
    return f"{state}-{session.timer_seconds}"


def _follow(url, session=None):
    """Tell a polling screen to load its page anew (a GET, so no form is ever sent twice). The `stap`
    parameter makes the address new for each stage, and tells the page to move focus to its heading."""
    response = HttpResponse(status=204)
    response["HX-Redirect"] = f"{url}?stap={_stage_key(session) if session else 'weg'}"
    return response


@require_POST
@login_required
def control(request, session_uuid):
    """The facilitator's buttons: start, reveal, next, back, the timer. A stale or repeated click changes
    nothing."""
    _facilitator(request)
    session = _presented(request, session_uuid)
    action = request.POST.get("action")
    try:
        position = int(request.POST.get("position", ""))
    except ValueError:
        return _refused(request, _("Deze knop hoort niet bij deze sessie. Ververs de pagina."), 400, session)
    try:
        if action == "start":
            moved = sessions.open_first_question(session)
        elif action == "reveal":
            moved = sessions.reveal(session, position)
        elif action == "next":
            moved = sessions.next_question(session, position)
        elif action == "back":
            moved = sessions.back(session, position)
        elif action == "timer":
            try:
                seconds = int(request.POST.get("seconds", ""))
            except ValueError:
                seconds = 0
            moved = sessions.start_timer(session, position, seconds)
        elif action == "stop_timer":
            moved = sessions.stop_timer(session, position)
        else:
            return _refused(request, _("Deze knop hoort niet bij deze sessie. Ververs de pagina."), 400, session)
    except sessions.TeamSessionError as error:
        return _refused(request, error.message, error.status, session)
    if not moved:
        messages.info(request, _("De sessie was al verder. Je ziet nu waar de groep is."))
    return redirect("team_sessions:present", session.uuid)


@require_POST
@login_required
def team_answer(request, session_uuid):
    """One-screen mode: the answer the team agreed on."""
    _facilitator(request)
    session = _presented(request, session_uuid)
    try:
        position = int(request.POST.get("position", ""))
        sessions.team_answer(session, position, request.POST)
    except ValueError:
        return _refused(request, _("Deze vraag hoort niet bij deze sessie. Ververs de pagina."), 400, session)
    except sessions.TeamSessionError as error:
        if error.status == 400:
            context = _presenter_context(request, session)
            context["error"] = error.message
            return render(request, "team_sessions/present.html", context, status=400)
        return _refused(request, error.message, error.status, session)
    return redirect("team_sessions:present", session.uuid)


@login_required
def end(request, session_uuid):
    """Close the session. In one-screen mode the facilitator first enters who was there."""
    _facilitator(request)
    session = _presented(request, session_uuid)
    if session.has_ended:
        return redirect("team_sessions:summary", session.uuid)
    context = {"session": session, "unasked": sessions.unasked_count(session), "show_errors": True}
    formset = None
    if session.is_one_screen:
        data = request.POST or None
        if data is not None and "more_rows" in data:
            # More lines, keeping what was typed: the same data with a larger form count, not validated yet.
            data = data.copy()
            data["present-TOTAL_FORMS"] = str(_attendee_rows(data.get("present-TOTAL_FORMS"), add=ATTENDEE_ROWS))
            context["show_errors"] = False
        formset = attendee_formset_class(ATTENDEE_ROWS)(data, prefix="present")
        context.update(formset=formset, can_add_rows=formset.total_form_count() < settings.TEAM_SESSION_CAPACITY)
        if not context["show_errors"]:
            return render(request, "team_sessions/end.html", context)
    else:
        context["joined"] = session.participants.count()
    if request.method == "POST":
        if formset is not None and not formset.is_valid():
            return render(request, "team_sessions/end.html", context, status=400)
        if sessions.end_session(session, formset.attendees() if formset is not None else ()):
            messages.success(
                request,
                _("De sessie is afgerond. Wie geslaagd is en een e-mailadres gaf, krijgt het certificaat."),
            )
        return redirect("team_sessions:summary", session.uuid)
    return render(request, "team_sessions/end.html", context)


ATTENDEE_ROWS = 15


@login_required
def stop(request, session_uuid):
    """Stop a session from the lobby, after a confirmation: nothing was asked yet, so nothing is kept."""
    _facilitator(request)
    session = _presented(request, session_uuid)
    if session.stage != Stage.LOBBY:
        return redirect("team_sessions:end", session.uuid)
    if request.method == "POST":
        if sessions.stop_from_lobby(session):
            messages.success(request, _("De sessie is gestopt. Er is niets van bewaard."))
            return redirect("team_sessions:index")
        return redirect("team_sessions:end", session.uuid)
    context = {"session": session, "joined": session.participants.count()}
    return render(request, "team_sessions/stop.html", context)


def _attendee_rows(value, add=0):
    try:
        rows = int(value) + add
    except (TypeError, ValueError):
        rows = ATTENDEE_ROWS
    return max(1, min(rows, settings.TEAM_SESSION_CAPACITY))


@login_required
def participants(request, session_uuid):
    """Who joined, with a button to remove someone (a wrong or unwelcome name on the big screen). Removing
    takes two steps: "Haal X weg" asks (a GET, so it changes nothing), "Ja, haal X weg" removes."""
    _facilitator(request)
    session = _presented(request, session_uuid)
    if request.method == "POST":
        person = _participant_to_remove(session, request.POST.get("participant"))
        if person is None:
            return _refused(request, _("Deze deelnemer doet niet (meer) mee."), 404, session)
        if request.POST.get("confirm") != "1":
            # The old one-step form, or a form sent without its confirmation: ask first.
            return render(request, "team_sessions/participants.html", {"session": session, "confirm": person})
        removed = sessions.remove_participant(session, person.pk)
        if removed is None:
            return _refused(request, _("Deze deelnemer doet niet (meer) mee."), 404, session)
        messages.success(request, _("%(name)s doet niet meer mee.") % {"name": removed})
        return redirect("team_sessions:participants", session.uuid)
    if "weghalen" in request.GET:
        person = _participant_to_remove(session, request.GET["weghalen"])
        if person is None:
            return _refused(request, _("Deze deelnemer doet niet (meer) mee."), 404, session)
        return render(request, "team_sessions/participants.html", {"session": session, "confirm": person})
    people = session.participants.order_by("joined_at", "pk")
    return render(request, "team_sessions/participants.html", {"session": session, "people": people})


def _participant_to_remove(session, participant_id):
    """The participant of this session with that id, while it can still be changed; None for an unknown,
    tampered or someone else's id, or after the end."""
    if session.has_ended:
        return None
    try:
        return session.participants.filter(pk=int(participant_id)).first()
    except (TypeError, ValueError, OverflowError):
        return None


@login_required
def summary(request, session_uuid):
    _facilitator(request)
    session = _presented(request, session_uuid)
    if not session.has_ended:
        return redirect("team_sessions:present", session.uuid)
    context = {"session": session, **sessions.summary(session), "show_people": request.GET.get("deelnemers") == "1"}
    return render(request, "team_sessions/summary.html", context)


@login_required
@require_GET
def attendance(request, session_uuid, extension):
    """Who was present, with result, as CSV or XLSX (like Moodle's attendance export)."""
    from . import attendance as sheet

    if extension not in ("csv", "xlsx"):
        raise Http404
    _facilitator(request)
    session = _presented(request, session_uuid)
    if not session.has_ended:
        return redirect("team_sessions:present", session.uuid)
    people = sessions.summary(session)["participants"]
    if extension == "xlsx":
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        response = HttpResponse(sheet.as_xlsx(session, people), content_type=content_type)
    else:
        response = HttpResponse(sheet.as_csv(session, people), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{sheet.filename(session, extension)}"'
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@login_required
def participant_email(request, session_uuid):
    """After the session: add or correct someone's e-mail address; a passed participant then gets the
    certificate at that address. A refused address shows the summary again (400) with what was typed and
    the message at that person's row."""
    _facilitator(request)
    session = _presented(request, session_uuid)
    form = ParticipantEmailForm(request.POST)
    if not form.is_valid():
        return _summary_with_email_error(request, session, form, _("Vul een geldig e-mailadres in."))
    try:
        participant = sessions.set_participant_email(
            session, form.cleaned_data["participant"], form.cleaned_data["email"]
        )
    except sessions.TeamSessionError as error:
        if error.status == 400:
            return _summary_with_email_error(request, session, form, error.message)
        messages.error(request, error.message)
    else:
        if participant.passed and participant.email:
            messages.success(
                request,
                _("Het e-mailadres van %(name)s is opgeslagen. Het certificaat gaat naar dat adres.")
                % {"name": participant.display_name},
            )
        else:
            messages.success(
                request, _("Het e-mailadres van %(name)s is opgeslagen.") % {"name": participant.display_name}
            )
    return redirect(f"{reverse('team_sessions:summary', args=[session.uuid])}?deelnemers=1#attendance-heading")


def _summary_with_email_error(request, session, form, message):
    """The summary page (400) with the refused address as typed and the message at that participant's row;
    without a known row, the message goes at the top."""
    if not session.has_ended:
        return redirect("team_sessions:present", session.uuid)
    summary = sessions.summary(session)
    row = form.cleaned_data.get("participant")
    email_error = {"participant": row, "value": form.data.get("email", ""), "message": message}
    if row not in {p.pk for p in summary["participants"] if not p.user_id}:
        messages.error(request, message)
        email_error = None
    context = {"session": session, **summary, "email_error": email_error, "show_people": True}
    return render(request, "team_sessions/summary.html", context, status=400)


def _refused(request, message, status, session=None):
    return render(request, "team_sessions/refused.html", {"message": message, "session": session}, status=status)


# Claiming a certificate (the link in the certificate mail)


def claim_certificate(request, token):
    """The claim link: log in (or sign up) with the address the mail went to, then put the certificate in
    that account. The rule is in team_sessions.claims."""

    from .claims import ClaimRefused, check_claim, claim_certificate, same_name

    certificate = certificate_for_claim(token)
    if certificate is None:
        # The site's own 404 page (logo, menu, a way on), not a session phone's page with "Een code invullen".
        message = _(
            "Deze link werkt niet (meer). Vraag de begeleider van de sessie om het certificaat opnieuw te sturen."
        )
        if request.user.is_authenticated:
            raise NotFound(message, reverse("courses:dashboard"), _("Naar je leeromgeving"))
        raise NotFound(message, reverse("account_login"), _("Inloggen"))
    context = {"certificate": certificate}
    if not request.user.is_authenticated:
        context["login_url"] = f"{reverse('account_login')}?next={request.path}"
        # The account must have the address the mail went to: the sign-up form starts with it filled in.
        context["signup_url"] = (
            f"{reverse('account_signup')}?{urlencode({'next': request.path, 'email': certificate.email})}"
        )
        return render(request, "team_sessions/claim.html", context)
    try:
        check_claim(request.user, certificate)
    except ClaimRefused as error:
        context["error"] = error.message
        # Logged in with another address (403): a way out on the page itself, log out and come back here to
        # log in or sign up with the right one, instead of a dead end with only the menu.
        context["switch_account"] = error.status == 403
        return render(request, "team_sessions/claim.html", context, status=error.status)
    account_name = request.user.full_name
    context["account_name"] = account_name
    context["names_differ"] = bool(account_name) and not same_name(account_name, certificate.full_name)
    if request.method == "POST":
        keep = request.POST.get("name") == "typed" or not context["names_differ"]
        try:
            claim_certificate(request.user, certificate, keep_typed_name=keep)
        except ClaimRefused as error:
            context["error"] = error.message
            return render(request, "team_sessions/claim.html", context, status=error.status)
        messages.success(request, _("Het certificaat staat nu in je account."))
        return redirect("courses:dashboard")
    return render(request, "team_sessions/claim.html", context)


# Phones


def _seat_cookie(session):
    return f"lk_seat_{session.code}"  # also read in join(), before the rate limit


def _seat_token(request, code):
    """The seat token this phone was given when it joined the session with this code, or None. A cookie that
    was not signed by this site (made up, or copied from another code) counts as none."""
    return request.get_signed_cookie(f"lk_seat_{code}", default=None, salt=SEAT_SALT)


def _seat(request, code):
    """The participant this phone's seat cookie for `code` names, with its session (`participant.session`), or
    None. One query; none without a signed cookie."""
    return sessions.seat(code, _seat_token(request, code))


def _had_seat(request, code):
    """Whether a phone without a seat (None from `_seat`) had one: it holds a seat cookie this site signed for
    `code`, and the session is there or was stopped. The facilitator removed the seat, someone took it over, or
    the session was stopped: the join page says which. Anyone else, a made-up cookie too, learns nothing."""
    if _seat_token(request, code) is None:
        return False
    return TeamSession.objects.filter(code=code).exists() or sessions.was_stopped(code)


def _session_by_code(request, code):
    """The session with this join code. Wrong codes are counted per client; a client over the limit gets
    no answer at all, for right codes too, so guessing cannot tell which codes are in use."""
    if not allow(request, "team_join_wrong_code", settings.TEAM_JOIN_RATE_LIMIT, dry_run=True):
        raise _TooMany
    session = TeamSession.objects.filter(code=code).first()
    if session is None:
        if sessions.was_stopped(code):
            # Not a guess: the code was shown on the big screen until the facilitator stopped the session. The
            # phones that joined all come here at once, often from one school network: they cost no attempt.
            raise _Stopped
        allow(request, "team_join_wrong_code", settings.TEAM_JOIN_RATE_LIMIT)
    return session


class _Stopped(Exception):
    pass


def _find(request, code):
    """(session or None, None), or (None, the page to answer with: too many wrong codes, or stopped)."""
    try:
        return _session_by_code(request, code), None
    except _TooMany:
        return None, _too_many(request)
    except _Stopped:
        return None, _stopped(request)


def _stopped(request):
    """The page for a code whose session the facilitator stopped before it began (410)."""
    message = _("De begeleider heeft deze teamsessie gestopt voordat hij begon. Er is niets van bewaard.")
    return _refused(request, message, 410)


class _TooMany(Exception):
    pass


def _too_many(request):
    message = _("Je hebt te vaak een verkeerde code ingevuld. Wacht een minuut en probeer het opnieuw.")
    return render(request, "team_sessions/join_lookup.html", {"form": JoinCodeForm(), "error": message}, status=429)


def join_lookup(request):
    """Type the code from the big screen."""
    form = JoinCodeForm(request.GET or None)
    if request.GET and form.is_valid():
        code = form.cleaned_data["code"]
        session, refusal = _find(request, code)
        if refusal is not None:
            return refusal
        if session is None:
            form.add_error("code", _("Er is geen teamsessie met deze code. Kijk nog eens op het grote scherm."))
            return render(request, "team_sessions/join_lookup.html", {"form": form}, status=404)
        return redirect("team_sessions:join", code)
    status = 400 if request.GET else 200
    return render(request, "team_sessions/join_lookup.html", {"form": form}, status=status)


def join(request, code):
    """The phone's one page: the join form, or the session as it stands for this seat."""
    if f"lk_seat_{code}" in request.COOKIES:
        # A phone with a seat is never held back by someone else on the same network typing wrong codes.
        # (A made-up cookie gains nothing: without a valid seat the rate-limited path below still runs.)
        participant = _seat(request, code)
        if participant is not None:
            return _phone(request, participant.session, participant)
    session, refusal = _find(request, code)
    if refusal is not None:
        return refusal
    if session is None:
        form = JoinCodeForm(initial={"code": code})
        message = _("Er is geen teamsessie met deze code. Kijk nog eens op het grote scherm.")
        return render(request, "team_sessions/join_lookup.html", {"form": form, "error": message}, status=404)
    if session.has_ended:
        return _refused(request, _("Deze teamsessie is afgelopen. Meedoen kan niet meer."), 410)
    user = request.user if request.user.is_authenticated else None
    initial = {"display_name": user.get_short_name(), "full_name": user.full_name, "email": user.email} if user else {}
    form = JoinForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "team_sessions/join.html", {"session": session, "form": form}, status=400)
        try:
            participant, token = sessions.join(session, user=user, **form.cleaned_data)
        except sessions.NameTaken as error:
            form.add_error("display_name", error.message)
            return render(request, "team_sessions/join.html", {"session": session, "form": form}, status=400)
        except sessions.TeamSessionError as error:
            return _refused(request, error.message, error.status)
        response = redirect("team_sessions:join", session.code)
        response.set_signed_cookie(
            _seat_cookie(session),
            token,
            salt=SEAT_SALT,
            max_age=60 * 60 * 24,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
        return response
    if session.is_one_screen:
        return _refused(
            request,
            sessions.one_screen_message(),
            409,
        )
    # A phone that still holds this session's seat cookie but no seat: someone took the seat over on another
    # device with the same address, or the facilitator removed it. Say so, instead of a blank form.
    lost_seat = _seat_token(request, session.code) is not None
    return render(request, "team_sessions/join.html", {"session": session, "form": form, "lost_seat": lost_seat})


def _phone_context(session, participant):
    question = session.current_question
    context = {"session": session, "participant": participant, "stage_key": _stage_key(session)}
    context["total"] = len(session.questions)
    context["timer_remaining"] = session.timer_remaining()
    context["seen"] = _timer_seen(context["timer_remaining"])
    if question is None:
        return context
    answer = SessionAnswer.objects.filter(participant=participant, position=session.position).first()
    context["question"] = question.public_view()
    context["answered"] = bool(answer and answer.completed)
    # What this phone chose, with the big screen's labels ("B", "1B"): the route so far, or the answer given.
    context["chosen"] = sessions.chosen_options(question, answer)
    if session.stage == Stage.QUESTION and not context["answered"]:
        step = question.current_step(answer)
        context["form"] = AnswerForm(question, step=step, letters=sessions.option_letters(question, step))
        context["step"] = public_step(step) if step else None
        if step and question.is_path:
            context["step_number"] = [candidate["key"] for candidate in question.steps].index(step["key"]) + 1
    if session.stage == Stage.REVEALED:
        review = review_row(question, answer, with_lessons=False) if answer else None
        context["review"] = sessions.with_letters(question, review) if review else None
        context["explanation"] = question.explanation
    return context


def _phone(request, session, participant, error=None, status=200, notice=None):
    context = _phone_context(session, participant)
    if session.has_ended:
        answers = list(SessionAnswer.objects.filter(participant=participant, completed=True))
        context["score"] = participant.score
        context["certificate_email"] = participant.email or (participant.user.email if participant.user_id else "")
        context["scores"] = scores_for(session.questions, answers)
        # Ended before the last question: the score counts the questions never asked as wrong, so say so.
        asked = max(session.position, session.revealed_upto)
        context["asked"] = asked
        context["ended_early"] = 0 < asked < len(session.questions)
    context["error"] = error
    context["notice"] = notice  # not a mistake (an answer that already counted): shown neutral, not red
    return render(request, "team_sessions/phone.html", context, status=status)


@require_GET
def phone_status(request, code):
    """Polled by phones: 204 while the session stays where this phone is, else a reload; while the facilitator's
    timer runs, the poll block with the seconds left (`seen` is the figure the phone shows). A phone whose seat
    is gone (the facilitator removed it, or stopped the session in the lobby) reloads too: the join page
    then says so. Without a seat this site gave out for this code the answer is a 404 whether the code is in
    use or not, so a made-up cookie cannot tell which codes are live."""
    participant = _seat(request, code)
    if participant is None:
        if _had_seat(request, code):
            return _follow(reverse("team_sessions:join", args=[code]))
        raise Http404(_("Deze teamsessie bestaat niet."))
    session = participant.session
    if request.GET.get("stage") != _stage_key(session):
        return _follow(reverse("team_sessions:join", args=[session.code]), session)
    remaining = session.timer_remaining()
    seen = _timer_seen(remaining)
    if request.GET.get("seen", "") == seen:
        return HttpResponse(status=204)
    context = {"session": session, "stage_key": _stage_key(session), "timer_remaining": remaining, "seen": seen}
    if remaining == 0:  # time is up: the block tells a phone that has not answered yet that it still can
        context["answered"] = SessionAnswer.objects.filter(
            participant=participant, position=session.position, completed=True
        ).exists()
    return render(request, "team_sessions/includes/phone_poll.html", context)


def _timer_seen(remaining):
    """The timer figure a phone shows: seconds left, or "" without a running timer."""
    return "" if remaining is None else str(remaining)


@require_POST
def answer(request, code):
    participant = _seat(request, code)
    if participant is None:
        if _had_seat(request, code):
            return redirect("team_sessions:join", code)
        raise NotFound(
            _("Je doet niet mee aan deze teamsessie. Vul de code opnieuw in."),
            reverse("team_sessions:join_lookup"),
            _("Een code invullen"),
        )
    session = participant.session
    try:
        position = int(request.POST.get("position", ""))
        sessions.answer(session, participant, position, request.POST)
    except ValueError:
        return _phone(request, session, participant, _("Dit antwoord hoort niet bij deze vraag."), 400)
    except sessions.AlreadyCounted as error:
        # A second tab or the back button: the phone shows where this participant is now (the next step, or
        # the answer given) with a note that the first choice counts. The form they see now was not touched.
        session.refresh_from_db()
        return _phone(request, session, participant, status=error.status, notice=error.message)
    except sessions.TeamSessionError as error:
        session.refresh_from_db()
        return _phone(request, session, participant, error.message, error.status)
    return redirect("team_sessions:join", session.code)

import re

from django.conf import settings
from django.db import DataError
from django.http import HttpResponseBadRequest
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.functional import SimpleLazyObject, empty

from csp.constants import SELF
from csp.middleware import CSPMiddleware


class PermissionsPolicyMiddleware:
    """Switch off browser features the site never uses (camera, microphone, location, ...)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class ChosenLanguageMiddleware(LocaleMiddleware):
    """Dutch unless the visitor chose English with the language switch.

    Django's LocaleMiddleware would follow the browser's Accept-Language; many Dutch
    professionals run an English browser, and the course content is Dutch, so the interface
    follows only the explicit choice (the language cookie set by the switch).
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RejectNulBytesMiddleware:
    """400 page for a NUL byte that no form can answer: in the path (any control character there), the query
    string, a cookie or a form field's name. (Django's multipart parser already drops the non-printable
    characters of an uploaded file's name.)

    No page of the site has a use for them, and PostgreSQL cannot store or even compare a string with a NUL
    byte ("PostgreSQL text fields cannot contain NUL"), so a lookup by such a value would end in a 500.

    A NUL byte in a form field's *value* is left to the form: every Django CharField refuses it
    (ProhibitNullCharactersValidator, worded in locale_overrides/), so the form comes back with what was typed
    and a message at the field, and nothing is saved. A view that still takes such a value to the database
    gets the same 400 page here instead of a 500 (`process_exception`).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            CONTROL_CHARACTERS.search(request.path)
            or _has_nul(request.GET, values=True)
            or any("\x00" in name or "\x00" in value for name, value in request.COOKIES.items())
            or (_form_data(request) and _has_nul(request.POST, values=False))
        ):
            return _refused()
        return self.get_response(request)

    def process_exception(self, request, exception):
        """The 400 page for a database error caused by a NUL byte in a form field's value."""
        if isinstance(exception, DataError) and _form_data(request) and _has_nul(request.POST, values=True):
            return _refused()
        return None


def _form_data(request):
    return request.method == "POST" and request.content_type in {
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    }


def _has_nul(query_dict, values):
    return any(
        "\x00" in key or (values and any("\x00" in value for value in key_values))
        for key, key_values in query_dict.lists()
    )


def _refused():
    # Rendered without the request, like home.views.bad_request: the session behind a cookie with a NUL byte
    # cannot be looked up. The language is already chosen (ChosenLanguageMiddleware).
    return HttpResponseBadRequest(loader.get_template("400.html").render())


# Pages that carry one person's data without a log-in: a team participant's phone (seat cookie), a briefing
# registration opened from its e-mail link, allauth's confirmation and reset links.
PERSONAL_PREFIXES = ("/doe-mee/", "/bijeenkomsten/aanmelding/", "/bijeenkomsten/afmelden/", "/account/")


def made_for_signed_in_user(request):
    """True when the response to `request` was made for a signed-in user.

    Reads the account only when the view, a template or another middleware already read it or the session
    (`request.user` is Django's lazy object until then); a response made without either cannot depend on who
    is signed in, so it counts as not made for them.
    """
    user = getattr(request, "user", None)
    if user is None:
        return False
    session = getattr(request, "session", None)
    untouched = isinstance(user, SimpleLazyObject) and user._wrapped is empty
    if untouched and not getattr(session, "accessed", False):
        return False
    return user.is_authenticated


class MethodNotAllowedPageMiddleware:
    """A 405 as a page in the site's look (`templates/405.html`), with its status and `Allow` header.

    Django's `require_POST` answers a GET with an empty body, which browsers show as their own blank error
    in English: someone who opens a button's address by hand, or from a bookmark or the history, learns
    nothing. A 405 that has a body of its own passes unchanged.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 405 or response.content:
            return response
        page = render(request, "405.html", status=405)
        if "Allow" in response:
            page["Allow"] = response["Allow"]
        return page


class PersonalPagesNoStoreMiddleware:
    """`Cache-Control: no-store` on every personal response, so a shared (municipal) PC keeps no copy.

    Personal means: made for a signed-in user (the dashboard /mijn/, the personal-data export, certificate
    PDFs, quiz attempts, the admin and its exports), or a response that depends on the session cookie
    (`Vary: Cookie`), or under PERSONAL_PREFIXES. Public pages for visitors stay cacheable.

    A response whose view read neither the account nor the session cannot show anything of the account, so
    for it the account is not loaded just to ask (`made_for_signed_in_user`): a phone's poll or /healthz
    costs no session and user queries.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        personal = (
            made_for_signed_in_user(request)
            or "cookie" in response.get("Vary", "").lower()
            or request.path.startswith(PERSONAL_PREFIXES)
        )
        if personal:
            add_never_cache_headers(response)
        return response


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with one exception: a Wagtail preview may be framed by the site itself.

    Wagtail renders a preview by sending a dummy request (`request.is_preview`) through the whole
    middleware stack, so the page's own policy (`frame-ancestors 'none'`) would stop the admin's preview
    panel from showing it. Only those responses get `frame-ancestors 'self'`; the preview views that return
    them are admin views, for editors only. Every other page stays unframeable. X-Frame-Options follows
    the same line: Wagtail's preview views set SAMEORIGIN themselves, everything else is DENY.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if getattr(request, "is_preview", False) and not report_only:
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts

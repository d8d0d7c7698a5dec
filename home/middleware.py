import re

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.middleware.locale import LocaleMiddleware
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers

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
    """400 for a request with a NUL byte in its path, query or form data, or a control character in its path.

    No page or form of the site has a use for them, and PostgreSQL cannot store or even compare a string
    with a NUL byte ("A string literal cannot contain NUL"), so a lookup by such a value would end in a 500.
    Refusing them here, before any view, covers every URL pattern and form at once; Django's form
    CharField refuses NUL as well (ProhibitNullCharactersValidator). Uploaded files are not inspected.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if CONTROL_CHARACTERS.search(request.path) or self._has_nul(request):
            return HttpResponseBadRequest(
                render_to_string("400.html", request=request), content_type="text/html; charset=utf-8"
            )
        return self.get_response(request)

    @staticmethod
    def _has_nul(request):
        sources = [request.GET]
        if request.method == "POST" and request.content_type in {
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        }:
            sources.append(request.POST)
        return any(
            "\x00" in key or any("\x00" in value for value in values)
            for source in sources
            for key, values in source.lists()
        )


# Pages that carry one person's data without a log-in: a team participant's phone (seat cookie), a briefing
# registration opened from its e-mail link, allauth's confirmation and reset links.
PERSONAL_PREFIXES = ("/doe-mee/", "/bijeenkomsten/aanmelding/", "/bijeenkomsten/afmelden/", "/account/")


class PersonalPagesNoStoreMiddleware:
    """`Cache-Control: no-store` on every personal response, so a shared (municipal) PC keeps no copy.

    Personal means: for a signed-in user (the dashboard /mijn/, the personal-data export, certificate
    PDFs, quiz attempts, the admin and its exports), or a response that depends on the session cookie
    (`Vary: Cookie`), or under PERSONAL_PREFIXES. Public pages for visitors stay cacheable.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        personal = (
            getattr(getattr(request, "user", None), "is_authenticated", False)
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

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

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

from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog

from wagtail import urls as wagtail_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import routing
from home.views import admin_login, frontend_login, healthz, too_many_requests
from training_site import admin_api

# Wagtail's admin URLs, with its admin API (Django REST framework, pydantic) loaded on first use: 10 MiB less
# in a worker that serves only learners (training_site/admin_api.py).
with admin_api.deferred():
    from wagtail.admin import urls as wagtailadmin_urls
    from wagtail.admin.auth import require_admin_access

    from accounts.admin_account import AccountView as AdminAccountView

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
# allauth's rate limits answer through this (also while Redis is down: they fail closed).
handler429 = too_many_requests

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # One log-in for everyone, allauth's: rate-limited (on Redis in production) and, for staff, two-factor.
    # A logged-in learner without admin access sees "no access" there instead of a redirect loop.
    path("admin/login/", admin_login),
    # Wagtail's account page asked for a first and last name this user model does not have (accounts.admin_account).
    path("admin/account/", require_admin_access(AdminAccountView.as_view()), name="wagtailadmin_account"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("account/", include("accounts.allauth_urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("", include("accounts.urls")),
    path("", include("courses.urls")),
    path("", include("quizzes.urls")),
    path("", include("team_sessions.urls")),
    path("", include("certificates.urls")),
    path("", include("briefings.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving comes last, so it catches everything the apps above did not. Pages are found by
# `home.routing.serve` in two queries and then served by Wagtail's own view (hooks, restrictions, preview).
# Wagtail's own front-end log-in form (/_util/login/) is replaced by a redirect to the site's log-in: it would
# log in accounts whose address is not confirmed, without rate limits or two-factor.
urlpatterns += [
    path("_util/login/", frontend_login, name="wagtailcore_login"),
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name not in {"wagtail_serve", "wagtailcore_login"}],
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
]

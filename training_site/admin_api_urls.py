"""The admin API's endpoints, imported on the first request under /admin/api/main/ or the first reverse() of a
`wagtailadmin_api:` URL (training_site/admin_api.py): Wagtail's own router, built by `wagtail.admin.api.urls`
with every app's `construct_admin_api` hook, so pages, documents and images are served as Wagtail serves them.

`wagtail.admin.urls` wraps every admin view, these included, in three decorators when it is imported: the admin
access check, the admin's 404 page and `never_cache`. These views were not there yet, so they get the same three
here, in the same order (tests/test_admin_api.py compares them with the rest of the admin)."""

from django.views.decorators.cache import never_cache

from wagtail.admin.api.urls import urlpatterns as _wagtail_api
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404
from wagtail.utils.urlpatterns import decorate_urlpatterns

# wagtail.admin.api.urls: [path("main/", admin_api.urls)]; the "main/" pattern and namespace are already ours.
urlpatterns = _wagtail_api[0].url_patterns
for decorator in (require_admin_access, display_custom_404, never_cache):  # wagtail/admin/urls/__init__.py
    urlpatterns = decorate_urlpatterns(urlpatterns, decorator)

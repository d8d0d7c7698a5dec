"""The admin API's endpoints, imported on the first request under /admin/api/main/ or the first reverse() of a
`wagtailadmin_api:` URL (training_site/admin_api.py): Wagtail's own router, built by `wagtail.admin.api.urls`
with every app's `construct_admin_api` hook, so pages, documents and images are served as Wagtail serves them.

`wagtail.admin.urls` wraps every admin view, these included, in `require_admin_access` when it is imported;
these views were not there yet, so they get the same wrapping here."""

from wagtail.admin.api.urls import urlpatterns as _wagtail_api
from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns

# wagtail.admin.api.urls: [path("main/", admin_api.urls)]; the "main/" pattern and namespace are already ours.
urlpatterns = decorate_urlpatterns(_wagtail_api[0].url_patterns, require_admin_access)

"""The admin API's endpoints, imported on the first request under /admin/api/main/ or the first reverse() of a
`wagtailadmin_api:` URL (training_site/admin_api.py): Wagtail's own router, built by `wagtail.admin.api.urls`
with every app's `construct_admin_api` hook, so pages, documents and images are served as Wagtail serves them.

`wagtail.admin.urls` wraps every admin view, these included, in three decorators when it is imported: the admin
access check, the admin's 404 page and `never_cache`. These views were not there yet, so they get the same three
here, in the same order (tests/test_admin_api.py compares them with the rest of the admin).

Two checks are added. A `find/` request whose `?id=` is not a whole number gets a 400 instead of a server error.
And Wagtail's images and documents endpoints list every image and every document outside private
collections (titles, file names, sizes) to anyone who may open the admin, though no screen of the admin reads
them (its scripts use the pages endpoint only) and the admin's own image and document screens refuse whoever has
no permission on them, such as an organisation's contact person, who only reads reports. Here they answer 403
unless the user may add, change or choose images (or documents), the same permissions those screens ask for.
"""

import functools

from django.http import JsonResponse
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache

from wagtail.admin.api.urls import urlpatterns as _wagtail_api
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry
from wagtail.utils.urlpatterns import decorate_urlpatterns

ACTIONS = ["add", "change", "choose"]


def permitted_by(policy):
    """View decorator: a 403 with a JSON `{"message": ...}` body, as the API's own errors have, unless
    `request.user` may do one of ACTIONS under `policy` (a Wagtail permission policy) on some of its model."""

    def decorator(view):
        @functools.wraps(view)
        def checked(request, *args, **kwargs):
            if not policy.user_has_any_permission(request.user, ACTIONS):
                return JsonResponse({"message": gettext("Geen toegang")}, status=403)
            return view(request, *args, **kwargs)

        return checked

    return decorator


def whole_number_id(view):
    """View decorator for an endpoint's `find/` view: a 400 with a JSON message when `?id=` is not a whole number.
    Wagtail's `find_object` passes it to `queryset.get(id=...)` unchecked, and `?id=abc` was a server error."""

    @functools.wraps(view)
    def checked(request, *args, **kwargs):
        given = request.GET.get("id")
        if given is not None and not (given.isascii() and given.isdigit()):
            return JsonResponse({"message": gettext("Dit id is geen geheel getal.")}, status=400)
        return view(request, *args, **kwargs)

    return checked


# wagtail.admin.api.urls: [path("main/", admin_api.urls)]; the "main/" pattern and namespace are already ours.
urlpatterns = _wagtail_api[0].url_patterns
for endpoint in urlpatterns:  # one include per endpoint, namespaced by its name (WagtailAPIRouter)
    for view in endpoint.url_patterns:
        if view.name == "find":
            view.callback = functools.update_wrapper(whole_number_id(view.callback), view.callback)
    model = {"images": get_image_model, "documents": get_document_model}.get(endpoint.namespace)
    if model is not None:
        decorate_urlpatterns(endpoint.url_patterns, permitted_by(policy_registry.get_by_type(model())))
for decorator in (require_admin_access, display_custom_404, never_cache):  # wagtail/admin/urls/__init__.py
    urlpatterns = decorate_urlpatterns(urlpatterns, decorator)

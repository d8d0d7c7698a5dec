"""URLs for `make screenshots`: the site's, plus uploaded images (DEBUG is off there, so Django serves none)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from training_site.urls import *  # noqa: F403
from training_site.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]

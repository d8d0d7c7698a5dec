from django.http import HttpResponse
from django.shortcuts import render
from django.urls import include, path


def bare(request):
    """The yardstick: a Django view that reads the request and answers, through the same middleware."""
    return HttpResponse(f"ok {len(request.POST)}")


def bare_page(request):
    """A second yardstick: the site's base template (header, footer, settings) with no content of its own."""
    return render(request, "base.html", {})


urlpatterns = [
    path("bench/bare/", bare),
    path("bench/bare-page/", bare_page),
    path("", include("training_site.urls")),
]

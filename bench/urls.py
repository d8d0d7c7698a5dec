from django.http import HttpResponse
from django.urls import include, path


def bare(request):
    """The floor: a plain Django view (no template, no database) that reads the request and answers,
    through the project's whole middleware."""
    return HttpResponse(f"ok {len(request.POST)}")


urlpatterns = [
    path("bench/bare/", bare),
    path("", include("training_site.urls")),
]

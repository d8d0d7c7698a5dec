from django.urls import path

from .views import REPORT_VIEWS

app_name = "lk_reports"
urlpatterns = []
for view in REPORT_VIEWS:
    slug = view.url_name.replace("_", "-")
    urlpatterns += [
        path(f"{slug}/", view.as_view(), name=view.url_name),
        path(f"{slug}/resultaten/", view.as_view(results_only=True), name=f"{view.url_name}_results"),
    ]

"""The report "Controle vragenbank": every flag over the live question bank, each with why it matters and a
link to the question's edit screen (see `quizzes.bank_checks`). For editors who may change questions."""

from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

import django_filters

from home.views import admin_forbidden

from .bank_checks import bank_flags
from .models import Question

PERMISSION = "quizzes.change_question"


def status_label(question):
    """ "gepubliceerd" or "concept", never "True"/"False"."""
    return _("gepubliceerd") if question.live else _("concept")


class QuestionFilterSet(WagtailFilterSet):
    """The question bank's filters, with Dutch values in the form and in the active-filter pills."""

    live = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=[("1", gettext_lazy("gepubliceerd")), ("0", gettext_lazy("concept"))],
        method="filter_live",
        empty_label=gettext_lazy("Alle"),
    )

    class Meta:
        model = Question
        fields = ["kind", "live", "audiences"]

    def filter_live(self, queryset, name, value):
        return queryset.filter(live=value == "1")


class QuestionBankReportView(ReportView):
    page_title = gettext_lazy("Controle vragenbank")
    header_icon = "help"
    index_url_name = "question_bank_report"
    index_results_url_name = "question_bank_report_results"
    results_template_name = "quizzes/admin/question_bank_report_results.html"
    paginate_by = None
    list_export = ["question", "label", "detail", "message"]
    export_headings = {
        "question": gettext_lazy("Vraag"),
        "label": gettext_lazy("Wat opvalt"),
        "detail": gettext_lazy("Waar"),
        "message": gettext_lazy("Waarom het uitmaakt"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return admin_forbidden(request, _("Je hebt geen toestemming om vragen te bewerken."))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def flags(self):
        return bank_flags()

    def get_queryset(self):
        return self.flags

    def get_filtered_queryset(self):
        return self.flags

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "question", label=_("Vraag"), get_url=lambda flag: flag.edit_url, classname="title lk-question"
            ),
            Column("label", label=_("Wat opvalt"), width="18%"),
            Column("detail", label=_("Waar"), width="20%"),
            Column("message", label=_("Waarom het uitmaakt")),
        ]

    def get_filename(self):
        return f"controle-vragenbank-{timezone.localdate():%Y-%m-%d}"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["flag_count"] = len(self.flags)
        context["blocking_count"] = sum(flag.blocking for flag in self.flags)
        return context

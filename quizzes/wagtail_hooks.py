from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import PERMISSION, QuestionBankReportView, QuestionFilterSet, status_label
from .models import Question
from .panels import QualityPanel


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Vragenbank")
    menu_name = "question-bank"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["title", "kind", Column("status", label=_("Status"), accessor=status_label)]
    filterset_class = QuestionFilterSet
    search_fields = ["title", "scenario"]
    # The ORM searches these fields the same way on SQLite and PostgreSQL; the database search backend
    # cannot restrict a search to chosen fields on SQLite ("no such column").
    search_backend_name = None
    ordering = ["title"]
    # The quality checks first, so an editor sees what to improve before scrolling through the question.
    edit_handler = ObjectList([QualityPanel(), *Question.panels], base_form_class=Question.base_form_class)


register_snippet(QuestionViewSet)


@hooks.register("register_admin_urls")
def register_question_bank_report():
    return [
        path("vragenbank-controle/", QuestionBankReportView.as_view(), name="question_bank_report"),
        path(
            "vragenbank-controle/resultaten/",
            QuestionBankReportView.as_view(results_only=True),
            name="question_bank_report_results",
        ),
    ]


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_question_bank_report_menu_item():
    return EditorMenuItem(
        _("Controle vragenbank"),
        reverse("question_bank_report"),
        name="question-bank-check",
        icon_name="help",
        order=5,
    )

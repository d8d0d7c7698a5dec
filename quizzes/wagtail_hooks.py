from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Question


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Vragenbank")
    menu_name = "question-bank"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["title", "kind", "live"]
    list_filter = {"kind": ["exact"], "live": ["exact"], "audiences": ["exact"]}
    search_fields = ["title", "scenario"]
    # The ORM searches these fields the same way on SQLite and PostgreSQL; the database search backend
    # cannot restrict a search to chosen fields on SQLite ("no such column").
    search_backend_name = None
    ordering = ["title"]


register_snippet(QuestionViewSet)

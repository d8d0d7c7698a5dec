from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import PERMISSION, QuestionBankReportView, QuestionFilterSet, status_label
from .learner_records import learner_records_below
from .models import Question
from .panels import QualityPanel


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Vragenbank")
    menu_name = "question-bank"
    menu_order = 200
    add_to_admin_menu = True
    # "__str__": a draft saved without a bank name goes by its question here too, not "(leeg)".
    list_display = ["__str__", "kind", Column("status", label=_("Status"), accessor=status_label)]
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


def _page_kept(request, used, template, heading, **extra):
    """The page that explains why pages that learners used are kept (not deleted, not moved). `used` is a list
    of (page, LearnerRecords); `extra` is the template's own context. 409 when the action was posted anyway,
    200 for the confirmation page itself."""
    page = used[0][0]
    context = {
        "refusal_heading": heading,
        "used": used,
        "posted": request.method == "POST",
        "back_url": reverse("wagtailadmin_explore", args=[page.get_parent().id]),
        **extra,
    }
    return TemplateResponse(request, template, context, status=409 if request.method == "POST" else 200)


def _deletion_refused(request, used):
    """Why used pages are not deleted, with the records a deletion would erase and the offer to unpublish."""
    page = used[0][0]
    can_unpublish = len(used) == 1 and page.live and page.permissions_for_user(request.user).can_unpublish()
    return _page_kept(
        request,
        used,
        "quizzes/admin/deletion_refused.html",
        _("Verwijderen kan niet"),
        records=used[0][1],
        can_unpublish=can_unpublish,
    )


@hooks.register("before_delete_page")
def keep_pages_with_learner_records(request, page):
    """A module, lesson or quiz (or a page above one) that learners used is not deleted: the cascade would erase
    their progress and answers (quizzes/learner_records.py). Unpublishing takes it offline instead."""
    records = learner_records_below(page)
    if records:
        return _deletion_refused(request, [(page, records)])
    return None


def _move_refused(request, used):
    """Why used pages stay in their module, with the offer to copy the page instead."""
    page = used[0][0]
    can_copy = len(used) == 1 and page.permissions_for_user(request.user).can_copy()
    return _page_kept(request, used, "quizzes/admin/move_refused.html", _("Verplaatsen kan niet"), can_copy=can_copy)


@hooks.register("before_move_page")
def keep_used_pages_in_their_module(request, page, destination):
    """A lesson or quiz (or a page above one) that learners used stays under its parent. Its enrolments,
    completions and attempts belong to the module it is in: moved to another module, the reports would count
    them there ("Alle lessen gedaan" of both modules changes) without anyone having learned anything. A move to
    the same parent changes nothing and is let through; copying the page is offered instead."""
    parent = page.get_parent()
    if parent is None or destination.pk == parent.pk:  # the root (Wagtail refuses that move itself), or no move
        return None
    records = learner_records_below(page)
    if records:
        return _move_refused(request, [(page, records)])
    return None


@hooks.register("before_bulk_action")
def keep_pages_with_learner_records_in_bulk(request, action_type, objects, action_class_instance):
    """The same rules for "Verwijderen" and "Verplaatsen" on several pages selected in the page explorer (the
    destination of a bulk move is chosen after this check, so a used page is not moved in bulk at all)."""
    if action_type in ("delete", "move") and objects and all(hasattr(obj, "get_descendants") for obj in objects):
        used = [(page, records) for page in objects if (records := learner_records_below(page))]
        if used:
            return _deletion_refused(request, used) if action_type == "delete" else _move_refused(request, used)
    return None

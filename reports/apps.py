from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"
    verbose_name = _("Rapportages")

    def ready(self):
        # The question bank's checks (quizzes, a lower layer) gain the item analysis, which lives here.
        from quizzes.bank_checks import register_check

        from .question_bank import LABELS, item_analysis_flags

        register_check(item_analysis_flags, LABELS)
        # A contact person sees their organisation's reports: they may not move themselves to another one.
        from accounts.forms import fix_organisation_when

        from .access import VIEW_ALL, VIEW_OWN_ORGANISATION

        fix_organisation_when(lambda user: user.has_perm(VIEW_OWN_ORGANISATION) and not user.has_perm(VIEW_ALL))
        self.keep_item_statistics()
        self.keep_module_statistics()

    def keep_item_statistics(self):
        """Connect the events that change the item statistics (see `reports.item_statistics`): each receiver
        writes in the transaction of its event."""
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

        from accounts.models import Audience, Organisation
        from accounts.privacy import register_personal_data
        from courses.models import CoursePage
        from quizzes.models import Answer, Attempt, Question
        from quizzes.signals import attempt_submitted

        from . import item_statistics as stats

        User = get_user_model()
        uid = "reports-item-statistics"
        attempt_submitted.connect(stats.on_attempt_submitted, sender=Attempt, dispatch_uid=uid)
        pre_delete.connect(stats.on_attempt_deleting, sender=Attempt, dispatch_uid=uid)
        pre_delete.connect(stats.on_answer_deleting, sender=Answer, dispatch_uid=uid)
        pre_save.connect(stats.remember_learner_cell, sender=User, dispatch_uid=uid)
        post_save.connect(stats.move_learner_if_moved, sender=User, dispatch_uid=uid)
        pre_delete.connect(stats.on_user_deleting, sender=User, dispatch_uid=uid)
        for model, field in (
            (Question, "question_id"),
            (CoursePage, "course_id"),
            (Organisation, "organisation_id"),
            (Audience, "team_id"),
        ):
            post_delete.connect(stats.cells_mover(field), sender=model, dispatch_uid=f"{uid}-{field}", weak=False)
        # Deleting an account anonymises the attempts (quizzes, order 40) with an update, which sends no signal:
        # move the learner's answers first.
        register_personal_data("item_statistics", erase=stats.forget_learner, order=39)

    def keep_module_statistics(self):
        """Connect the events that change the modules report's figures (see `reports.module_statistics`)."""
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_delete, post_save, pre_delete

        from wagtail.signals import page_published, page_unpublished, post_page_move

        from accounts.models import Audience, Organisation
        from courses.models import Enrolment, LessonCompletion, LessonPage
        from courses.signals import enrolment_closed
        from quizzes.models import Attempt
        from quizzes.signals import attempt_submitted

        from . import module_statistics as stats

        uid = "reports-module-statistics"
        for model in (Enrolment, LessonCompletion):
            post_save.connect(stats.on_saved, sender=model, dispatch_uid=uid)
            pre_delete.connect(stats.on_row_deleting, sender=model, dispatch_uid=uid)
            post_delete.connect(stats.on_rows_deleted, sender=model, dispatch_uid=uid)
        enrolment_closed.connect(stats.on_enrolment_closed, sender=Enrolment, dispatch_uid=uid)
        attempt_submitted.connect(stats.on_attempt_submitted, sender=Attempt, dispatch_uid=uid)
        pre_delete.connect(stats.on_attempt_deleting, sender=Attempt, dispatch_uid=uid)
        post_delete.connect(stats.on_rows_deleted, sender=Attempt, dispatch_uid=uid)
        User = get_user_model()
        pre_delete.connect(stats.on_user_deleting, sender=User, dispatch_uid=uid)
        post_delete.connect(stats.on_rows_deleted, sender=User, dispatch_uid=uid)
        # A learner who moves to another organisation or team: `item_statistics.move_learner_if_moved` refreshes.
        page_published.connect(stats.on_lesson_live_changed, sender=LessonPage, dispatch_uid=uid)
        page_unpublished.connect(stats.on_lesson_live_changed, sender=LessonPage, dispatch_uid=uid)
        post_page_move.connect(stats.on_page_moved, dispatch_uid=uid)
        for model, field in ((Organisation, "organisation_id"), (Audience, "team_id")):
            post_delete.connect(stats.cell_refresher(field), sender=model, dispatch_uid=f"{uid}-{field}", weak=False)

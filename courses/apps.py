from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Modules and lessons, enrolment and progress."""

    name = "courses"
    verbose_name = _("Modules")

    def ready(self):
        from accounts.privacy import register_personal_data

        from .privacy import export_lessons, export_modules

        register_personal_data("modules", export=export_modules)
        register_personal_data("lessons_completed", export=export_lessons)

        from django.db.models.signals import m2m_changed, post_delete, post_save

        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .structure import pages_changed

        # Any page: a lesson, a quiz or a module changes what a module's navigation shows.
        signals = {"save": post_save, "delete": post_delete, "publish": page_published}
        signals |= {"unpublish": page_unpublished, "move": post_page_move}
        for name, signal in signals.items():
            signal.connect(pages_changed, dispatch_uid=f"lk-module-structure-{name}")

        from wagtail.images import get_image_model
        from wagtail.models import PageViewRestriction, Site

        from accounts.models import Audience

        from .catalogue import catalogue_changed

        # The catalogue also shows the teams and the cover images, and lists only pages anyone may see; the module
        # cards kept per generation (CardFragments) hold links, which a site's host name or port can change.
        for model in (Audience, get_image_model(), PageViewRestriction, Site):
            for name, signal in (("save", post_save), ("delete", post_delete)):
                signal.connect(catalogue_changed, sender=model, dispatch_uid=f"lk-catalogue-{model.__name__}-{name}")
        # A module private to some groups is listed for their members: a change of those groups counts too.
        m2m_changed.connect(
            catalogue_changed, sender=PageViewRestriction.groups.through, dispatch_uid="lk-catalogue-restriction-groups"
        )

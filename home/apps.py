from django.apps import AppConfig


class HomeConfig(AppConfig):
    """Home and standard pages, site settings, and the lean page serving of `home.routing`."""

    name = "home"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from django.urls import register_converter

        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import routing
        from .converters import DatabaseIdConverter
        from .models import SiteSettings

        # Before any URLconf is read: every number in our URL patterns is `<id:...>`.
        register_converter(DatabaseIdConverter, "id")

        for signal in (post_save, post_delete):
            signal.connect(routing.forget_sites, sender=Site, dispatch_uid="lk-forget-sites")
            signal.connect(routing.forget_view_restrictions, sender=PageViewRestriction, dispatch_uid="lk-forget-vr")
            signal.connect(routing.forget_site_settings, sender=SiteSettings, dispatch_uid="lk-forget-settings")
        # A root page's slug or place changes only by publishing or moving it.
        page_published.connect(routing.forget_sites_for_page, dispatch_uid="lk-forget-root-publish")
        page_unpublished.connect(routing.forget_sites_for_page, dispatch_uid="lk-forget-root-unpublish")
        post_page_move.connect(routing.forget_sites_for_page, dispatch_uid="lk-forget-root-move")

        from . import exports, single_line

        exports.install()
        single_line.install()

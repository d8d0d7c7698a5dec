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

        # Who holds a role (the base template's `has_roles`, kept in the cache).
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group, Permission
        from django.db.models.signals import m2m_changed, post_migrate

        from .context_processors import roles_changed

        user_model = get_user_model()
        for through in (user_model.groups.through, user_model.user_permissions.through, Group.permissions.through):
            m2m_changed.connect(roles_changed, sender=through, dispatch_uid=f"lk-roles-{through.__name__}")
        # Data migrations change roles through historical models, which send no signals the receivers above match.
        post_migrate.connect(roles_changed, dispatch_uid="lk-roles-migrate")
        for model in (Group, Permission, user_model):
            post_delete.connect(roles_changed, sender=model, dispatch_uid=f"lk-roles-delete-{model.__name__}")

        from . import exports, forms, single_line

        exports.install()
        forms.install()
        single_line.install()

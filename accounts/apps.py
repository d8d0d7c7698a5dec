from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from home.privacy import erase_outgoing_email

        from .privacy import register_personal_data

        # Last: the other parts may queue a cancellation e-mail while they erase.
        register_personal_data("outgoing_email", erase=erase_outgoing_email, order=90)


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with forms for our e-mail-only user (no first or last name)."""

    default = False
    user_viewset = "accounts.viewsets.UserViewSet"

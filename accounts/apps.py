from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    # apps.py also holds UsersAppConfig, so Django needs to be told which config "accounts" means.
    default = True
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from allauth.account.signals import user_logged_in

        from home.privacy import erase_outgoing_email

        from .privacy import register_personal_data
        from .sso import record_sso_reauthentication

        user_logged_in.connect(record_sso_reauthentication, dispatch_uid="accounts.sso.reauthentication")
        # Last: the other parts may queue a cancellation e-mail while they erase.
        register_personal_data("outgoing_email", erase=erase_outgoing_email, order=90)


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with forms for our e-mail-only user (no first or last name)."""

    default = False
    user_viewset = "accounts.viewsets.UserViewSet"

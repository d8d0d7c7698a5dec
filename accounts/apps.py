from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin with forms for our e-mail-only user (no first or last name)."""

    user_viewset = "accounts.viewsets.UserViewSet"

from django.utils.translation import gettext_lazy as _

from wagtail.users.views.users import UserFilterSet as WagtailUserFilterSet
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

import django_filters

from .forms import AdminUserCreationForm, AdminUserEditForm
from .models import Audience, Organisation


class UserFilterSet(WagtailUserFilterSet):
    """Wagtail's user filters plus organisation and team, so the coordinator finds the people of one (e.g. to
    move them before an organisation or team can go: home/deletion.py links here with ?organisation=<id>)."""

    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisatie"), queryset=Organisation.objects.order_by("name")
    )
    team = django_filters.ModelChoiceFilter(label=_("Team"), queryset=Audience.objects.order_by("sort_order", "name"))


class UserViewSet(WagtailUserViewSet):
    filterset_class = UserFilterSet

    def get_form_class(self, for_update=False):
        return AdminUserEditForm if for_update else AdminUserCreationForm

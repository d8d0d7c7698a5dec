from functools import cache

from django.contrib.auth.models import Permission
from django.db.models import Q


def roles(request):
    """`has_roles`: whether the signed-in user holds any permission (a role, or superuser).

    Checked lazily and once per request, in one query, so the base template asks for the full permission
    set (Wagtail's user bar, the team-session link) only for the people who may see them, never for learners.
    """
    user = getattr(request, "user", None)

    @cache
    def has_roles():
        if user is None or not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser:
            return True
        return Permission.objects.filter(Q(user=user) | Q(group__user=user)).exists()

    return {"has_roles": has_roles}

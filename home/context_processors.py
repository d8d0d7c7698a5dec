"""`has_roles` for the base template: does the signed-in person hold any role at all?"""

from functools import cache as once

from django.contrib.auth.models import Permission
from django.db.models import Q

from .routing import MISSING, cache

ROLES = "lk:roles"  # the generation every person's "holds a permission" answer is kept in
CACHE_SECONDS = 24 * 3600


def holds_any_permission(user):
    """True when the user holds a permission directly or through a group: from the shared cache, else one
    query. Who holds what changes only through group membership, a user's or a group's permissions, or a
    group, permission or account deleted; each of those starts a new generation (`roles_changed`, connected
    in `HomeConfig.ready`)."""
    key = f"{ROLES}:{user.pk}"
    found, generation = cache.read(key, group=ROLES)
    if found is MISSING:
        found = Permission.objects.filter(Q(user=user) | Q(group__user=user)).exists()
        cache.write(key, generation, found, CACHE_SECONDS)
    return found


def roles_changed(**kwargs):
    """Signal receiver (m2m_changed on group memberships and permissions, post_delete of groups, permissions
    and accounts): every cached answer of `holds_any_permission` goes."""
    cache.forget(ROLES)


def roles(request):
    """`has_roles`: whether the signed-in user holds any permission (a role, or superuser).

    Checked lazily and once per request, from the shared cache (`holds_any_permission`), so the base template
    asks for the full permission set (Wagtail's user bar, the team-session link) only for the people who may
    see them, never for learners.
    """
    user = getattr(request, "user", None)

    @once
    def has_roles():
        if user is None or not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser:
            return True
        return holds_any_permission(user)

    return {"has_roles": has_roles}

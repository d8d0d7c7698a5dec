"""The briefing sessions' admin viewset. It sits in the "Certificaten en bijeenkomsten" menu group, which
`certificates/wagtail_hooks.py` registers (certificates are the higher layer and may import this)."""

from wagtail import hooks

from home.deletion import refuse_bulk_deletion

from .admin_views import BriefingSessionViewSet, kept_registrations
from .models import BriefingSession

__all__ = ["BriefingSessionViewSet"]


@hooks.register("before_bulk_action")
def keep_sessions_with_registrations(request, action_type, objects, action_class_instance):
    """Bulk delete keeps planned sessions that people registered for, as the single delete does."""
    if action_type == "delete" and objects and isinstance(objects[0], BriefingSession):
        return refuse_bulk_deletion(request, objects, kept_registrations)
    return None

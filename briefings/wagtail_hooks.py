"""The briefing sessions' admin viewset. It sits in the "Certificaten en bijeenkomsten" menu group, which
`certificates/wagtail_hooks.py` registers (certificates are the higher layer and may import this)."""

from .admin_views import BriefingSessionViewSet

__all__ = ["BriefingSessionViewSet"]

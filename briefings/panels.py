from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import HelpPanel


class StatusPanel(HelpPanel):
    """The session's status, read-only, on the edit form: how to call it off (its own page, which says who gets
    an e-mail first), or that it was called off for good. Not shown while a session is being created."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Status"))
        kwargs.setdefault("template", "briefings/admin/status_panel.html")
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def is_shown(self):
            return bool(self.instance.pk) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["session"] = self.instance
            context["cancel_label"] = _("Afgelasten")
            return context

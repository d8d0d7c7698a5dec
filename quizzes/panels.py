from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from .bank_checks import question_flags


class QualityPanel(Panel):
    """On a question's edit screen: what makes it a poor test, each flag with why it matters.

    Shows the question as last saved; the whole bank's figures are in the report "Controle vragenbank"."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Controle van deze vraag"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "quality"

    class BoundPanel(Panel.BoundPanel):
        template_name = "quizzes/admin/quality_panel.html"

        def is_shown(self):
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["flags"] = question_flags(self.instance)
            return context

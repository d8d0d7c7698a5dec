from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateTimeInput

# Dutch first (what the date picker writes and what people type), then ISO, whatever the admin's language.
DATETIME_INPUT_FORMATS = ["%d-%m-%Y %H:%M", "%d-%m-%Y %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"]
DATETIME_HELP = _("Dag-maand-jaar en tijd, bijvoorbeeld 12-03-2029 19:00.")
DATETIME_INVALID = _("Schrijf de datum en tijd als dag-maand-jaar uur:minuut, bijvoorbeeld 12-03-2029 19:00.")


class BriefingSessionForm(WagtailAdminModelForm):
    """The session form in the admin: start and end accept "12-03-2029 19:00" as typed; anything else is refused
    with a message that names the format, and the order of start and end is only checked when both are read."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("start", "end"):
            field = self.fields[name]
            field.input_formats = DATETIME_INPUT_FORMATS
            # The picker writes and reads the Dutch format, so a date typed that way is kept, not replaced.
            field.widget = AdminDateTimeInput(format=DATETIME_INPUT_FORMATS[0])
            field.error_messages["invalid"] = DATETIME_INVALID
            field.help_text = DATETIME_HELP

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end <= start:
            self.add_error("end", _("Het einde moet na het begin liggen."))
        return cleaned

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateTimeInput

# Dutch first (what the date picker writes and what people type), then ISO, whatever the admin's language.
DATETIME_INPUT_FORMATS = ["%d-%m-%Y %H:%M", "%d-%m-%Y %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"]
DATETIME_HELP = _("Dag-maand-jaar en tijd, bijvoorbeeld 12-03-2029 19:00.")
MAX_HOURS = 12  # a briefing is part of a day
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
        # A negative number got Django's "minstens 0", while 0 itself is refused: one message for both.
        self.fields["capacity"].error_messages["min_value"] = _("Geef minstens één plaats.")

    def clean(self):
        """End after start and on the same day (a briefing takes hours: "1 maart – 5 april" is a typo), at
        least one place, and a new session not in the past (an existing one may be, to record attendance)."""
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end <= start:
            self.add_error("end", _("Het einde moet na het begin liggen."))
        elif start and end and end - start > timedelta(hours=MAX_HOURS):
            self.add_error(
                "end",
                _("Een bijeenkomst duurt hoogstens %(hours)d uur. Kijk de datum van het einde na.")
                % {"hours": MAX_HOURS},
            )
        if start and self.instance._state.adding and start < timezone.now():
            self.add_error("start", _("Dit begin ligt in het verleden. Kies een datum en tijd die nog komen."))
        if cleaned.get("capacity") == 0:
            self.add_error("capacity", _("Geef minstens één plaats."))
        return cleaned

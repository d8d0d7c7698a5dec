import re
from datetime import date, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

# What the browser's own date-and-time field sends (`<input type="datetime-local">`), then what someone types in a
# browser that shows a plain text box instead: Dutch first, then ISO.
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d-%m-%Y %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
]
# The value the browser's field reads; it shows it the way the browser's language writes dates.
DATETIME_WIDGET_FORMAT = "%Y-%m-%dT%H:%M"
DATETIME_HELP = _("Dag-maand-jaar en tijd, bijvoorbeeld 12-03-2029 19:00.")
MAX_HOURS = 12  # a briefing is part of a day
DATETIME_INVALID = _("Schrijf de datum en tijd als dag-maand-jaar uur:minuut, bijvoorbeeld 12-03-2029 19:00.")
DATETIME_REQUIRED = _("Vul een datum en tijd in die bestaan, bijvoorbeeld 12-03-2029 19:00.")
DATETIME_NO_SUCH_DAY = _("%(typed)s bestaat niet: die maand heeft geen %(day)d dagen. Kijk de datum na.")

# A day, month and year in either order, as typed: 31-02-2027 or 2027-02-31.
_DUTCH_DATE = re.compile(r"^\s*(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4})(?!\d)")
_ISO_DATE = re.compile(r"^\s*(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)")


def impossible_date(text):
    """A date that is written correctly but does not exist, as typed, with its day: ("31-02-2027", 31); else None."""
    match = _DUTCH_DATE.match(text or "") or _ISO_DATE.match(text or "")
    if not match:
        return None
    day, month, year = (int(match[part]) for part in ("day", "month", "year"))
    if not (1 <= month <= 12 and 1 <= day <= 31 and year >= 1):
        return None
    try:
        date(year, month, day)
    except ValueError:
        return match[0].strip(), day
    return None


class BriefingDateTimeField(forms.DateTimeField):
    """A date and time that is read as typed or refused with a message, never moved to another day: 31-02-2027
    is refused by name (Wagtail's date picker made it 3 March), and text it cannot read is kept in the box."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_WIDGET_FORMAT)

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", DATETIME_INPUT_FORMATS)
        kwargs.setdefault("help_text", DATETIME_HELP)
        super().__init__(**kwargs)
        self.error_messages["invalid"] = DATETIME_INVALID
        self.error_messages["required"] = DATETIME_REQUIRED

    def to_python(self, value):
        impossible = impossible_date(value) if isinstance(value, str) else None
        if impossible is not None:
            typed, day = impossible
            raise ValidationError(DATETIME_NO_SUCH_DAY, code="invalid", params={"typed": typed, "day": day})
        return super().to_python(value)


class BriefingSessionForm(WagtailAdminModelForm):
    """The session form in the admin. Start and end are the browser's own date-and-time fields (a phone shows its
    picker); what cannot be read is refused with a message and never replaced, and the order of start and end is
    only checked when both are read.

    The status is not in the form: calling a session off e-mails everyone, so it goes through its own
    confirmation page ("Afgelasten"), and a called-off session stays called off. A status in a (tampered) POST
    that differs from the stored one is refused with a form error, so nothing is saved."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("start", "end"):
            field = self.fields[name]
            self.fields[name] = BriefingDateTimeField(
                label=field.label, required=field.required, validators=field.validators
            )
        # A negative number got Django's "minstens 0", while 0 itself is refused: one message for both.
        self.fields["capacity"].error_messages["min_value"] = _("Geef minstens één plaats.")

    def clean(self):
        """End after start and on the same day (a briefing takes hours: "1 maart – 5 april" is a typo), at
        least one place, a new session not in the past (an existing one may be, to record attendance), no second
        copy of a planned session, and no change of status through this form."""
        cleaned = super().clean()
        self._refuse_status_change()
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
        self._refuse_duplicate(cleaned)
        return cleaned

    def _refuse_status_change(self):
        model = self._meta.model
        sent = self.data.get("status")
        current = self.instance.status if self.instance.pk else model.Status.PLANNED
        if sent is None or sent == current:
            return
        if current == model.Status.CANCELLED:
            message = _(
                "Deze bijeenkomst is afgelast en blijft afgelast: de aanmeldingen zijn geannuleerd en iedereen "
                "heeft een e-mail gekregen. Gaat hij toch door? Maak dan een nieuwe bijeenkomst."
            )
        else:
            message = _(
                "De status verander je niet in dit formulier. Gaat de bijeenkomst niet door? Kies dan ‘%(button)s’ "
                "bovenaan deze pagina: je ziet eerst wie een e-mail krijgt."
            ) % {"button": _("Afgelasten")}
        raise ValidationError(message, code="status_change")

    def _refuse_duplicate(self, cleaned):
        model = self._meta.model
        title, start = cleaned.get("title"), cleaned.get("start")
        if not title or not start:
            return
        same = model.objects.filter(
            title__iexact=title.strip(),
            start=start,
            venue_name__iexact=(cleaned.get("venue_name") or "").strip(),
            room__iexact=(cleaned.get("room") or "").strip(),
            location__iexact=(cleaned.get("location") or "").strip(),
            online_url=cleaned.get("online_url") or "",
            # A called-off session may be planned again, at the same time and place.
            status=model.Status.PLANNED,
        )
        if self.instance.pk:
            same = same.exclude(pk=self.instance.pk)
        existing = same.order_by("pk").first()
        if existing is not None:
            from .services import BRIEFING_TZ

            self.add_error(
                None,
                _(
                    "Deze bijeenkomst bestaat al: ‘%(title)s’ op %(start)s op dezelfde plek. Pas die aan, of kies "
                    "een andere tijd of plaats."
                )
                % {
                    "title": existing.title,
                    "start": timezone.localtime(existing.start, BRIEFING_TZ).strftime("%d-%m-%Y %H:%M"),
                },
            )

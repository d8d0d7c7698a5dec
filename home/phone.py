"""Phone numbers as people write them ("0320 - 123 456", "+31 (0)6 1234 5678", "14 0320"): checked when an
editor saves one, and turned into a `tel:` link a phone can dial.

Only digits, spaces, a leading +, hyphens and parentheses are accepted, with 3 to 15 digits: from 112 up
to the longest international number (ITU-T E.164). A phone dials the `tel:`
link, so it holds only the digits and a leading + (RFC 3966); a "(0)" after a country code is not dialled.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PHONE_NUMBER = re.compile(r"\+?[0-9 ()\-]+")
MIN_DIGITS = 3
MAX_DIGITS = 15


def validate_phone_number(value):
    """Refuse anything but a phone number ("bel me maar", "abc <script>") with a Dutch message."""
    digits = re.sub(r"\D", "", value)
    if not PHONE_NUMBER.fullmatch(value.strip()) or not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        raise ValidationError(
            _(
                "Vul een telefoonnummer in met cijfers, bijvoorbeeld 0320 123 456 of +31 6 1234 5678. "
                "Spaties, een + aan het begin, streepjes en haakjes mogen."
            ),
            code="invalid_phone_number",
        )


def tel_href(value):
    """The `tel:` link for a written phone number ("tel:+31612345678"), or "" when it holds no digits, so a
    template shows the number as text instead of a link that dials nothing."""
    value = (value or "").strip()
    international = value.startswith("+")
    if international:
        value = value.replace("(0)", "")
    digits = re.sub(r"\D", "", value)
    if not digits:
        return ""
    return f"tel:{'+' if international else ''}{digits}"

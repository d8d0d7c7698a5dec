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


# Numbers that reach a service, not a person: the emergency numbers and the police's non-emergency line.
SERVICE_NUMBERS = {"112", "911", "999", "09008844"}
CONTACT_MIN_DIGITS = 6
PLACEHOLDER = re.compile(r"(\d)\1{6}")  # seven equal digits in a row: 06-00000000, 088-0000000


def validate_contact_phone(value):
    """A number that reaches one person (the coordinator's): refuse a service number (112, 0900-8844) and a
    placeholder such as 06-00000000 (seven equal digits in a row), with a Dutch message.
    The site shows this number as the coordinator's in every referral route, so a fake one must not pass."""
    digits = re.sub(r"\D", "", value or "")
    # Six digits at least: the shortest number that reaches a person here is a municipality's 14 + area code.
    if digits in SERVICE_NUMBERS or PLACEHOLDER.search(digits) or len(digits) < CONTACT_MIN_DIGITS:
        raise ValidationError(
            _(
                "Dit lijkt geen nummer waarop de coördinator zelf te bereiken is (een alarmnummer of een "
                "voorbeeldnummer). Vul haar eigen nummer in, of laat het leeg en vul een e-mailadres in."
            ),
            code="not_a_contact_phone",
        )

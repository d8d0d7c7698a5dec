"""One spelling per e-mail address, so that two addresses that look the same are the same.

Every address that enters the site (sign-up, adding or changing an address, log-in, password reset, a
team-session join, the admin's user forms) goes through `canonical_email`: Unicode NFKC (a full-width "ａ" is
an "a"), invisible and formatting characters removed (soft hyphen U+00AD, zero-width space and joiners,
word joiner, byte-order mark: Unicode category Cf), surrounding white space removed, and lower case.
What is left must be plain ASCII: a Cyrillic "а" in "pаul@example.org" looks like a Latin one but is
another address, so such an address is refused (`validate_plain_email`) rather than stored. The rule
follows UTS #39 (confusables) and IDNA's mapping of U+00AD to nothing; Dutch (.nl) domains have no
internationalised names.
"""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NOT_PLAIN = _(
    "Dit e-mailadres bevat een teken dat op een gewone letter lijkt maar het niet is. "
    "Typ je e-mailadres opnieuw, met gewone letters (a-z), cijfers en leestekens."
)


def canonical_email(value):
    """The address as stored and compared: str -> str (NFKC, no Cf characters, stripped, lower case).
    Does not validate; an empty or None value comes back as ""."""
    if not value:
        return ""
    value = unicodedata.normalize("NFKC", value)
    value = "".join(char for char in value if unicodedata.category(char) != "Cf")
    return value.strip().lower()


def validate_plain_email(value):
    """Raises ValidationError when the canonical address still has characters outside ASCII."""
    if not canonical_email(value).isascii():
        raise ValidationError(NOT_PLAIN, code="not_plain")


def clean_email_value(value):
    """Canonical and plain: the value a form should keep. Raises ValidationError like validate_plain_email."""
    value = canonical_email(value)
    validate_plain_email(value)
    return value


class CanonicalEmailField(forms.EmailField):
    """An e-mail field that keeps the canonical address (see canonical_email) and refuses look-alikes."""

    default_validators = [*forms.EmailField.default_validators, validate_plain_email]

    def to_python(self, value):
        return canonical_email(super().to_python(value))


def canonicalise_email_fields(form, names=("email", "email2", "login")):
    """Make the named fields of an existing form (allauth's) clean to the canonical address before they
    validate, and refuse look-alikes: a soft hyphen inside the address is dropped, not an error."""
    for name in names:
        field = form.fields.get(name)
        if field is None:
            continue
        original = field.to_python
        field.to_python = lambda value, original=original: canonical_email(original(value))
        field.validators = [*field.validators, validate_plain_email]

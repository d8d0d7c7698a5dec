"""Names people type that others see or that are exported: a participant's name, a group, an organisation.

Three kinds of character are refused, each with a message at the field that names the code (U+202E), since
the characters themselves cannot be seen:

- control characters (U+0001-U+001F, U+007F-U+009F; Django's CharField refuses U+0000 itself): nobody
  types them on purpose, a screen shows nothing or a box, and XML (so XLSX and the certificate) cannot hold
  most of them;
- bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C): they turn the text
  around them, so "Jan" followed by U+202E and "nee" reads differently on screen and on a certificate;
- a name that is nothing but invisible characters (format characters, Unicode category Cf: zero-width spaces
  and joiners, word joiner, BOM, soft hyphen; and the blank "letters" U+2800, U+3164, U+115F, U+1160,
  U+FFA0) and spaces: it passes "required" but shows nothing, also on a certificate. NameField treats it as
  empty, so the field's usual "required" message appears; validate_name refuses it where a model field is
  used directly.

Joiners inside a name stay allowed: Persian and Indic names need U+200C and U+200D between letters. The
other invisible characters (zero-width space U+200B, word joiner U+2060, BOM U+FEFF, soft hyphen U+00AD) have
no use in a name and would make look-alikes ("Eef" U+200B "oof" shows as "Eefoof"): NameField drops them.
"""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

BLANK_LETTERS = frozenset("\u2800\u3164\u115f\u1160\uffa0")  # Braille blank, Hangul fillers: show nothing
DROPPED = {ord(char): None for char in "\u200b\u2060\ufeff\u00ad"}  # invisible and never needed in a name
# A tab pasted from a table or a spreadsheet: a space. (A line break is refused by every single-line field,
# home.single_line: a browser's one-line input never holds one, so it is a forged request.)
TAB_SPACES = {ord("\t"): " "}
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def _code(char):
    return f"U+{ord(char):04X}"


def _once(chars):
    return list(dict.fromkeys(chars))


def is_invisible(char):
    """True for a character that shows nothing: a space, a format character (Cf) or a blank letter."""
    return char.isspace() or char in BLANK_LETTERS or unicodedata.category(char) == "Cf"


def is_blank(value):
    """True when the text is empty once spaces and invisible characters (zero-width space and the like) go."""
    return all(is_invisible(char) for char in value)


def control_characters(value):
    """The control characters in the text (category Cc: U+0001-U+001F, U+007F-U+009F), in order, once each.
    U+0000 is left out: every Django CharField refuses it already, with its own message."""
    return _once(char for char in value if unicodedata.category(char) == "Cc" and char != "\x00")


def bidi_controls(value):
    """The characters in the text that change the writing direction, in order, once each."""
    return _once(char for char in value if char in BIDI_CONTROLS)


def name_key(value):
    """The part of a name that tells it apart from another, as a string: letters and digits only, accents
    and capitals dropped, every run of other characters one space. "Gemeente-Almere", "gemeente almere."
    and "Gemeente Almère" all give "gemeente almere", so one organisation is not added twice under names
    that differ only in how they were typed."""
    decomposed = unicodedata.normalize("NFKD", value or "")
    letters = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return " ".join("".join(char if char.isalnum() else " " for char in letters).split())


def validate_name(value):
    """Form and model validator for a name others see or that is exported: refuses control characters,
    characters that turn the writing direction, and a name of only invisible characters. Raises
    ValidationError with a Dutch message that names the characters by their code."""
    errors = []
    controls = control_characters(value)
    if controls:
        errors.append(
            ValidationError(
                ngettext(
                    "Er zit een onzichtbaar teken in dat hier niet kan (%(chars)s). Dat komt vaak door "
                    "kopiëren en plakken. Typ het opnieuw.",
                    "Er zitten onzichtbare tekens in die hier niet kunnen (%(chars)s). Dat komt vaak door "
                    "kopiëren en plakken. Typ het opnieuw.",
                    len(controls),
                )
                % {"chars": " ".join(_code(char) for char in controls)},
                code="control_character",
            )
        )
    turning = bidi_controls(value)
    if turning:
        errors.append(
            ValidationError(
                ngettext(
                    "Dit teken draait de schrijfrichting om en kan hier niet: %(chars)s. Schrijf het zonder dit teken.",
                    "Deze tekens draaien de schrijfrichting om en kunnen hier niet: %(chars)s. "
                    "Schrijf het zonder deze tekens.",
                    len(turning),
                )
                % {"chars": " ".join(_code(char) for char in turning)},
                code="bidi_control",
            )
        )
    if value and is_blank(value):
        errors.append(ValidationError(_("Vul een naam in met letters. Onzichtbare tekens tellen niet."), code="blank"))
    if errors:
        raise ValidationError(errors)


class NameField(forms.CharField):
    """A CharField for a name: a value of only invisible characters counts as empty (so "required" applies
    with the field's own message); zero-width spaces, word joiners and BOMs are dropped; validate_name runs
    on the rest. A name for a certificate passes
    validators=[validate_printable_name], which includes validate_name."""

    def __init__(self, *, validators=(validate_name,), **kwargs):
        super().__init__(validators=validators, **kwargs)

    def to_python(self, value):
        """The name as typed, with a pasted tab as a space and runs of spaces as one; "" when nothing visible
        is left."""
        value = super().to_python(value)
        if is_blank(value):
            return self.empty_value
        return " ".join(part for part in value.translate(DROPPED).translate(TAB_SPACES).split(" ") if part)


def validate_title_fields(instance, names=("title", "seo_title")):
    """Runs validate_name on a page's title and its title for search engines (when filled in): raises one
    ValidationError that names each field, so a form shows the message at that field."""
    errors = {}
    for name in names:
        value = getattr(instance, name, "")
        if not value:
            continue
        try:
            validate_name(value)
        except ValidationError as error:
            errors[name] = error.error_list
    if errors:
        raise ValidationError(errors)

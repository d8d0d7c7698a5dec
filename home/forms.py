"""Form fields the apps share."""

import re

from django import forms
from django.core.exceptions import ValidationError

from .converters import DatabaseIdConverter

DATABASE_ID = re.compile(DatabaseIdConverter.regex)


class DatabaseIdChoiceField(forms.ModelChoiceField):
    """A choice of object by id that refuses an id no database column can hold as an invalid choice.

    Django's ModelChoiceField sends any number to the database; on SQLite a number of 2**63 or more (as a
    tampered form or `?course=` filter sends) raises OverflowError for a page model's id, a 500.
    """

    def to_python(self, value):
        """An id longer than the ids in URLs (18 digits) is an invalid choice without asking the database."""
        if isinstance(value, str) and value not in self.empty_values and not DATABASE_ID.fullmatch(value.strip()):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)

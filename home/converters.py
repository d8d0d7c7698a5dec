"""Path converters for the site's URLs."""

from django.urls.converters import IntConverter


class DatabaseIdConverter(IntConverter):
    """A database id or other stored whole number in a URL: at most 18 digits, so always below 2**63.

    Django's `int` converter takes any length. A number that no 64-bit column can hold gives an
    OverflowError on SQLite (a 500) before the lookup can say "not found"; with this converter such a URL
    matches no pattern and is a 404, on SQLite and PostgreSQL alike.
    """

    regex = "[0-9]{1,18}"

"""Spreadsheet exports that are safe to open: formulas neutralised, UTF-8 that Excel recognises.

Every CSV export in the admin comes from Wagtail's SpreadsheetExportMixin: the team-visit form's
submissions (Formulieren), the reports (Rapporten) and Wagtail's own reports. `install()`, called once at
start-up (home.apps), makes all of them:

- write a text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
  return) with a leading quote, so it shows as text (OWASP "CSV injection");
- start with a byte-order mark and say `text/csv; charset=utf-8`, so Excel opens "Zoë" and "coördinator"
  as written instead of guessing Windows-1252.

XLSX exports need no quote (Wagtail already stores formula-like text as text cells), but XML cannot hold
most control characters (U+0000-U+001F but tab and newlines): openpyxl raises IllegalCharacterError and the
whole export fails. Names are now refused with such characters (home.names), but rows stored before that
still hold them, so every XLSX cell goes through `xlsx_safe`, which drops them.
"""

import re

# The characters XML 1.0 cannot hold: the same pattern as openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE, written out
# so a worker does not load openpyxl (~6 MiB) until it writes a workbook.
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def spreadsheet_safe(value):
    """A text cell that a spreadsheet would run as a formula gets a leading quote; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def xlsx_safe(value):
    """Text without the characters XML cannot hold (control characters), so one old row never breaks an XLSX
    export; other values unchanged."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def install():
    """Patch Wagtail's SpreadsheetExportMixin (once) so every CSV export is neutralised and marked UTF-8, and
    every XLSX export drops the characters XML cannot hold."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "leren_kijken_safe", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    stream = SpreadsheetExportMixin.stream_csv
    respond = SpreadsheetExportMixin.write_csv_response

    def preprocess_field_value(self, field, value, export_format):
        value = preprocess(self, field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return spreadsheet_safe(value)
        return xlsx_safe(value)

    def stream_csv(self, queryset):
        yield BOM
        yield from stream(self, queryset)

    def write_csv_response(self, queryset):
        response = respond(self, queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.stream_csv = stream_csv
    SpreadsheetExportMixin.write_csv_response = write_csv_response
    SpreadsheetExportMixin.leren_kijken_safe = True

"""Spreadsheet exports that are safe to open: formulas neutralised, UTF-8 that Excel recognises.

Every CSV export is written for Dutch Excel, which opens it in columns as is: UTF-8 with a byte-order mark,
semicolons between the cells (`DutchExcel`; the comma is the decimal sign), a decimal comma ("66,7"), dates
and times in Dutch time without seconds' fractions ("2027-02-23 14:00"), and a text cell that a spreadsheet
would run as a formula (starting with = + - @, a tab or a carriage return) with a leading quote, so it shows
as text (OWASP "CSV injection"). `csv_value` writes one cell that way; the briefing registrations and the
team-session attendance use it directly.

The admin's other CSV and XLSX exports come from Wagtail's SpreadsheetExportMixin: the team-visit form's
submissions (Formulieren), the reports (Rapporten) and Wagtail's own reports. `install()`, called once at
start-up (home.apps), makes all of them write CSV as above and say `text/csv; charset=utf-8`, and makes XLSX
cells hold Dutch time as well (Wagtail writes UTC): a real date and time, without a time zone, which Excel
shows in the interface language's short date format.

XLSX exports need no quote (Wagtail already stores formula-like text as text cells), but XML cannot hold
most control characters (U+0000-U+001F but tab and newlines): openpyxl raises IllegalCharacterError and the
whole export fails. Names are now refused with such characters (home.names), but rows stored before that
still hold them, so every XLSX cell goes through `xlsx_safe`, which drops them.
"""

import csv
import datetime
import re
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings

# The characters XML 1.0 cannot hold: the same pattern as openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE, written out
# so a worker does not load openpyxl (~6 MiB) until it writes a workbook.
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"


class DutchExcel(csv.excel):
    """The CSV dialect Dutch Excel splits into columns: a semicolon, its list separator."""

    delimiter = ";"


def local_datetime(value):
    """A date and time as naive Dutch time (settings.TIME_ZONE, whatever the admin's own time zone), to the
    second: what a spreadsheet cell shows of it."""
    if value.tzinfo is not None:
        value = value.astimezone(ZoneInfo(settings.TIME_ZONE)).replace(tzinfo=None)
    return value.replace(microsecond=0)


def decimal_comma(value):
    """A number with a decimal comma and no trailing zeros: 66.70 → "66,7", 10.0 → "10"."""
    text = format(value if isinstance(value, Decimal) else Decimal(repr(value)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def csv_value(value):
    """One CSV cell as Dutch Excel reads it: nothing for None, Dutch time without seconds, a decimal comma,
    and a formula neutralised (`spreadsheet_safe`); other values unchanged."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return local_datetime(value).strftime(DATETIME_FORMAT)
    if isinstance(value, float | Decimal):
        return decimal_comma(value)
    return spreadsheet_safe(value)


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
    """Patch Wagtail's SpreadsheetExportMixin (once) so every CSV export is written for Dutch Excel
    (`csv_value`, `DutchExcel`, a BOM) and marked UTF-8, and every XLSX export holds Dutch time and drops the
    characters XML cannot hold."""
    from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "leren_kijken_safe", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    respond = SpreadsheetExportMixin.write_csv_response

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime):
            value = local_datetime(value)  # before Wagtail's own step, which would make it UTC
        value = preprocess(self, field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return csv_value(value)
        return xlsx_safe(value)

    def stream_csv(self, queryset):
        # Wagtail's own, with the dialect: its writer has no way to be given one.
        yield BOM
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, dialect=DutchExcel)
        yield writer.writerow({field: self.get_heading(queryset, field) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        response = respond(self, queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.stream_csv = stream_csv
    SpreadsheetExportMixin.write_csv_response = write_csv_response
    SpreadsheetExportMixin.leren_kijken_safe = True

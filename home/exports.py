"""Spreadsheet exports that are safe to open: formulas neutralised, UTF-8 that Excel recognises.

Every CSV export in the admin comes from Wagtail's SpreadsheetExportMixin: the team-visit form's
submissions (Formulieren), the reports (Rapporten) and Wagtail's own reports. `install()`, called once at
start-up (home.apps), makes all of them:

- write a text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
  return) with a leading quote, so it shows as text (OWASP "CSV injection");
- start with a byte-order mark and say `text/csv; charset=utf-8`, so Excel opens "Zoë" and "coördinator"
  as written instead of guessing Windows-1252.

XLSX exports need neither: Wagtail already stores formula-like text as text cells.
"""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def spreadsheet_safe(value):
    """A text cell that a spreadsheet would run as a formula gets a leading quote; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def install():
    """Patch Wagtail's SpreadsheetExportMixin (once) so every CSV export is neutralised and marked UTF-8."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "leren_kijken_safe", False):
        return
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    stream = SpreadsheetExportMixin.stream_csv
    respond = SpreadsheetExportMixin.write_csv_response

    def preprocess_field_value(self, field, value, export_format):
        value = preprocess(self, field, value, export_format)
        return spreadsheet_safe(value) if export_format == self.FORMAT_CSV else value

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

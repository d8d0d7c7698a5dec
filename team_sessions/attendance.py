"""Attendance of a team session, as Moodle's attendance module keeps it: who was present, with result, as
CSV and XLSX. Names and addresses are as the participants typed them; a cell a spreadsheet would run as a
formula gets a leading quote in the CSV and is stored as a text cell in the XLSX (as Wagtail's own XLSX exports
do, so no quote shows there); characters XML cannot hold are left out of the XLSX. The CSV is written for Dutch
Excel, as every export is (home.exports)."""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _

from openpyxl import Workbook

from home.exports import BOM, DutchExcel, csv_value, xlsx_safe


def headings():
    return [
        _("Naam op het scherm"),
        _("Volledige naam"),
        _("E-mailadres"),
        _("Account"),
        _("Score (%)"),
        _("Resultaat"),
        _("Certificaat"),
    ]


def rows(session, participants):
    """One list per participant (from services.summary, with `has_certificate`), in the order of headings()."""
    result = []
    for p in participants:
        if p.passed is None:
            outcome = ""
        else:
            outcome = _("geslaagd") if p.passed else _("niet geslaagd")
        result.append(
            [
                p.display_name,
                p.full_name,
                p.email,
                _("ja") if p.user_id else _("nee"),
                float(p.score) if p.score is not None else None,
                outcome,
                _("ja") if p.has_certificate else _("nee"),
            ]
        )
    return result


def filename(session, extension):
    day = timezone.localtime(session.ended_at or session.created_at).date().isoformat()
    return f"aanwezigheid-{day}-{session.code}.{extension}"


def as_csv(session, participants):
    """UTF-8 with a BOM, semicolons and a decimal comma, so Dutch Excel opens it with accents intact."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, dialect=DutchExcel)
    writer.writerow(headings())
    for row in rows(session, participants):
        writer.writerow([csv_value(cell) for cell in row])
    return out.getvalue().encode("utf-8")


def as_xlsx(session, participants):
    book = Workbook()
    sheet = book.active
    sheet.title = _("Aanwezigheid")[:31]
    sheet.append(headings())
    for row in rows(session, participants):
        sheet.append([xlsx_safe(cell) for cell in row])
        for cell in sheet[sheet.max_row]:
            if cell.data_type == "f":  # openpyxl reads "=…" as a formula: keep it the text that was typed
                cell.data_type = "s"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()

"""A module passed in a team session, with its certificate claimed before claims recorded the completion, counts
as completed in the reports from the day of the session.

Since 2026-12-01 claiming a team session's certificate records the module's completion at once
(`team_sessions.claims.record_completion`). A certificate claimed before then completed the module on the
learner's own pages (`courses.services.enrolments_and_certificates`), but the reports (reach, modules) only
counted her once she next finished a lesson. This fills in the missing completion date: for every valid
certificate of a team session held by an account (not revoked, `valid_until` today or later; the rule of
`Certificate.status`), the learner's enrolment in the module gets `completed_at` = the certificate's `issued_at`
(the day of the session), and counts as started then if it was made later; an enrolment is made where there
was none. An enrolment that already has a completion
date keeps it. Then the reports' module statistics are rebuilt from the raw rows (`reports.module_statistics`).

Running it again changes nothing. Going back changes nothing (the dates are true either way).
"""

from django.db import migrations
from django.utils import timezone


def complete_from_team_certificates(apps, schema_editor):
    from reports.module_statistics import rebuild

    Certificate = apps.get_model("certificates", "Certificate")
    Enrolment = apps.get_model("courses", "Enrolment")

    valid = Certificate.objects.filter(
        learner__isnull=False,
        course__isnull=False,
        team_session__isnull=False,
        revoked_at__isnull=True,
        valid_until__gte=timezone.localdate(),
    ).order_by("issued_at")
    first_issued = {}  # (user, module) -> the earliest valid certificate's date: when the module was completed
    for learner_id, course_id, issued_at in valid.values_list("learner_id", "course_id", "issued_at"):
        first_issued.setdefault((learner_id, course_id), issued_at)
    if not first_issued:
        return
    enrolments = {
        (row.user_id, row.course_id): row
        for row in Enrolment.objects.filter(user_id__in={user for user, _course in first_issued})
        if (row.user_id, row.course_id) in first_issued
    }
    changed = 0
    for (user_id, course_id), issued_at in first_issued.items():
        enrolment = enrolments.get((user_id, course_id))
        if enrolment is None:
            enrolment = Enrolment.objects.create(user_id=user_id, course_id=course_id)
            Enrolment.objects.filter(pk=enrolment.pk).update(started_at=issued_at, completed_at=issued_at)
            changed += 1
        elif enrolment.completed_at is None:
            Enrolment.objects.filter(pk=enrolment.pk).update(
                completed_at=issued_at, started_at=min(enrolment.started_at, issued_at)
            )
            changed += 1
    if changed:
        rebuild(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0006_wagtail_starting_roles"),
        ("certificates", "0005_audience_names_unlimited"),
        ("courses", "0006_estimated_minutes_at_least_one"),
    ]

    operations = [
        migrations.RunPython(complete_from_team_certificates, migrations.RunPython.noop),
    ]

"""Audience (a team) now lives in accounts: the state only, the table keeps its name."""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("accounts", "0004_audience_moved_from_courses"),
        # Every other model that points to a team points to accounts.Audience first.
        ("quizzes", "0008_team_sessions_moved_attempt_course"),
        ("certificates", "0004_briefings_and_team_sessions_moved"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="coursepage",
                    name="audiences",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, related_name="courses", to="accounts.audience", verbose_name="teams"
                    ),
                ),
                migrations.DeleteModel(name="Audience"),
            ],
            database_operations=[],
        ),
    ]

"""Briefings and team sessions left this app (state only): the certificate's links point to team_sessions."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0003_team_session_certificates"),
        ("briefings", "0001_initial"),
        ("team_sessions", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="certificate",
                    name="participant",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="certificates",
                        to="team_sessions.participant",
                        verbose_name="deelnemer teamsessie",
                    ),
                ),
                migrations.AlterField(
                    model_name="certificate",
                    name="team_session",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="certificates",
                        to="team_sessions.teamsession",
                        verbose_name="teamsessie",
                    ),
                ),
                migrations.DeleteModel(name="Registration"),
                migrations.DeleteModel(name="BriefingSession"),
            ],
            database_operations=[],
        ),
    ]

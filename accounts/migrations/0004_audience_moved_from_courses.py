"""Audience (a team) moves from courses to accounts: the state only, the table keeps its name."""

import django.db.models.deletion
import modelsearch.index
from django.db import migrations, models

from home.content_types import moves

forwards, backwards = moves("courses", "accounts", ["audience"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_organisation_staff_count"),
        ("courses", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Audience",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("name", models.CharField(max_length=100, unique=True, verbose_name="naam")),
                        ("slug", models.SlugField(max_length=100, unique=True, verbose_name="slug")),
                        ("description", models.TextField(blank=True, verbose_name="omschrijving")),
                        ("sort_order", models.PositiveSmallIntegerField(default=0, verbose_name="volgorde")),
                    ],
                    options={
                        "verbose_name": "team",
                        "verbose_name_plural": "teams",
                        "db_table": "courses_audience",
                        "ordering": ["sort_order", "name"],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.AlterField(
                    model_name="user",
                    name="team",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="members",
                        to="accounts.audience",
                        verbose_name="team",
                    ),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]

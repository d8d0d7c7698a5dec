"""Team sessions left this app (state only), teams are in accounts now, and an attempt stores its module
(filled in for earlier attempts from the page tree: a quiz sits directly under its module)."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models

STEPLEN = 4  # Wagtail's page tree: a child's path is its parent's plus four characters


def fill_in_modules(apps, schema_editor):
    Attempt = apps.get_model("quizzes", "Attempt")
    QuizPage = apps.get_model("quizzes", "QuizPage")
    CoursePage = apps.get_model("courses", "CoursePage")
    modules = dict(CoursePage.objects.values_list("path", "pk"))
    for quiz_id, path in QuizPage.objects.values_list("pk", "path"):
        course_id = modules.get(path[:-STEPLEN])
        if course_id:
            Attempt.objects.filter(quiz_id=quiz_id, course__isnull=True).update(course_id=course_id)


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0007_question_order_tiebreak"),
        ("accounts", "0004_audience_moved_from_courses"),
        ("courses", "0001_initial"),
        ("team_sessions", "0001_initial"),
        # The certificates' links move to team_sessions before the models leave this app's state.
        ("certificates", "0004_briefings_and_team_sessions_moved"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="question",
                    name="audiences",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, to="accounts.audience", verbose_name="teams"
                    ),
                ),
                migrations.AlterField(
                    model_name="quizdraw",
                    name="audiences",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, to="accounts.audience", verbose_name="teams"
                    ),
                ),
                migrations.DeleteModel(name="SessionAnswer"),
                migrations.DeleteModel(name="Participant"),
                migrations.DeleteModel(name="TeamSession"),
            ],
            database_operations=[],
        ),
        migrations.AddField(
            model_name="attempt",
            name="course",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="courses.coursepage",
                verbose_name="module",
            ),
        ),
        migrations.RunPython(fill_in_modules, migrations.RunPython.noop),
    ]

"""The module statistics: the modules report's figures per learner and module, and summed per (module,
organisation, team), kept up to date as learners enrol, finish lessons and submit attempts (see
reports.module_statistics); filled from the enrolments, completions and attempts there are."""

from django.db import migrations, models


def fill(apps, schema_editor):
    from reports.module_statistics import rebuild

    rebuild(apps)


class Migration(migrations.Migration):

    dependencies = [
        ('reports', '0004_item_statistics'),
        ('courses', '0003_quiz_before_lessons'),
        ('quizzes', '0008_team_sessions_moved_attempt_course'),
        ('accounts', '0005_name_validators'),
    ]

    operations = [
        migrations.CreateModel(
            name='LessonStatistics',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('course_id', models.BigIntegerField()),
                ('organisation_id', models.BigIntegerField()),
                ('team_id', models.BigIntegerField()),
                ('lessons', models.IntegerField()),
                ('learners', models.BigIntegerField(default=0)),
            ],
            options={
                'default_permissions': (),
                'constraints': [models.UniqueConstraint(fields=('course_id', 'organisation_id', 'team_id', 'lessons'), name='one_lesson_statistics_cell')],
            },
        ),
        migrations.CreateModel(
            name='ModuleProgress',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('user_id', models.BigIntegerField()),
                ('course_id', models.BigIntegerField()),
                ('organisation_id', models.BigIntegerField()),
                ('team_id', models.BigIntegerField()),
                ('enrolled', models.BooleanField(default=False)),
                ('completed', models.BooleanField(default=False)),
                ('lessons', models.IntegerField(default=0)),
                ('attempts', models.IntegerField(default=0)),
                ('passed', models.BooleanField(default=False)),
                ('pass_after', models.BigIntegerField(null=True)),
            ],
            options={
                'default_permissions': (),
                'indexes': [models.Index(fields=['course_id', 'pass_after', 'organisation_id', 'team_id'], name='module_progress_pass_after')],
                'constraints': [models.UniqueConstraint(fields=('user_id', 'course_id'), name='one_module_progress')],
            },
        ),
        migrations.CreateModel(
            name='ModuleStatistics',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('course_id', models.BigIntegerField()),
                ('organisation_id', models.BigIntegerField()),
                ('team_id', models.BigIntegerField()),
                ('learners', models.BigIntegerField(default=0)),
                ('enrolled', models.BigIntegerField(default=0)),
                ('completed', models.BigIntegerField(default=0)),
                ('started', models.BigIntegerField(default=0)),
                ('attempted', models.BigIntegerField(default=0)),
                ('attempts', models.BigIntegerField(default=0)),
                ('passed', models.BigIntegerField(default=0)),
                ('timed', models.BigIntegerField(default=0)),
            ],
            options={
                'default_permissions': (),
                'constraints': [models.UniqueConstraint(fields=('course_id', 'organisation_id', 'team_id'), name='one_module_statistics_cell')],
            },
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
